"""Analyses flow into the store on ingestion and again on re-analysis; `analyze` streams rows."""

from __future__ import annotations

from amends.domain.records import RawRow
from amends.services.analysis import reanalyze
from amends.services.analysis_stream import score_rows
from amends.services.ingest import ingest
from tests.factories import make_feedback, rows
from tests.fakes import FakeAnalyzer, FakeClock, FakeStore, FakeUnitOfWork


def test_new_feedback_is_analysed_as_it_lands_and_only_once(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    analyzer = FakeAnalyzer()
    data = rows(
        make_feedback(external_id="a", text="Parcel came late again"),
        make_feedback(external_id="b", text=None, metric="nps", score="9"),
        make_feedback(external_id="c", text="angry, call me"),
    )

    def run() -> None:
        ingest(
            lambda: FakeUnitOfWork(fake_store),
            "feedback",
            data,
            source="s",
            clock=clock,
            analyzer=analyzer,
        )

    run()
    run()

    assert analyzer.calls == [["Parcel came late again", "angry, call me"]]
    stored = {key[0]: row for key, row in fake_store.analyses.items()}
    assert len(stored) == 2
    first = stored[fake_store.feedback[("s", "a")]["id"]]
    assert (first["analyzer"], first["version"], first["is_negative"]) == ("fake", "1", True)
    assert first["evidence"] == {"negative": [[12, 16, "late"]]}
    assert first["topics"] == ["delivery"]


def test_reanalysis_reads_only_what_the_new_version_has_not_read(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    data = rows(*(make_feedback(text=f"text {i}") for i in range(7)))
    ingest(
        lambda: FakeUnitOfWork(fake_store),
        "feedback",
        data,
        source="s",
        clock=clock,
        analyzer=FakeAnalyzer("1"),
    )
    upgraded = FakeAnalyzer("2")
    progress: list[int] = []

    report = reanalyze(
        lambda: FakeUnitOfWork(fake_store),
        upgraded,
        clock=clock,
        batch=3,
        on_progress=progress.append,
    )
    again = reanalyze(lambda: FakeUnitOfWork(fake_store), upgraded, clock=clock, batch=3)
    everything = reanalyze(
        lambda: FakeUnitOfWork(fake_store), upgraded, clock=clock, everything=True
    )

    assert (report.analyzed, again.analyzed, everything.analyzed) == (7, 0, 7)
    assert progress == [3, 3, 1]
    assert {row["version"] for row in fake_store.analyses.values()} == {"2"}
    assert fake_store.audit[-1].action == "feedback.reanalyze"


def test_analyze_streams_rows_in_order_and_turns_bad_rows_into_error_objects() -> None:
    incoming = [
        RawRow(2, {"id": "1", "text": "late again"}),
        RawRow(3, None, "not valid JSON: Expecting value at column 1"),
        RawRow(4, {"id": "3"}),
        RawRow(5, {"id": "4", "text": 42}),
        RawRow(6, {"id": "5", "text": "fine"}),
    ]

    scored = [row.as_json() for row in score_rows(incoming, FakeAnalyzer(), blank_is_empty=False)]

    assert [row["id"] for row in scored] == ["1", None, "3", "4", "5"]
    assert scored[0]["is_negative"] is True
    assert scored[1] == {
        "id": None,
        "line": 3,
        "error": "not valid JSON: Expecting value at column 1",
    }
    assert scored[2]["error"] == "no 'text' field"
    assert scored[3]["error"] == "'text' is not text"
    assert scored[4]["is_negative"] is False


def test_a_csv_row_with_an_empty_text_cell_is_an_empty_text_not_an_error() -> None:
    (scored,) = score_rows([RawRow(2, {"id": "9"})], FakeAnalyzer(), blank_is_empty=True)
    assert scored.error is None
    assert scored.result is not None
