"""`amends analyze`, `reanalyze`, `topics` and `model info` through the command line."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from amends.cli import main
from amends.store.engine import build_engine
from amends.store.tables import FeedbackAnalysisRow
from tests.e2e.conftest import run


def test_analyze_writes_one_object_per_row_in_order_with_errors_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": 1, "text": "On hold 2 hours. Call me back or I cancel my account."}\n'
        "{not json\n"
        '{"id": 3, "body": "no text field"}\n'
        '{"id": 4, "text": "Thanks Priya, sorted in minutes!"}\n'
    )

    assert run("analyze", str(source), "--quiet") == 0

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line.get("id") for line in lines] == [1, None, 3, 4]
    first = lines[0]
    assert set(first) == {
        "id",
        "emotions",
        "labels",
        "cx_emotions",
        "negative",
        "is_negative",
        "signals",
        "topics",
        "evidence",
        "language",
    }
    assert len(first["emotions"]) == 28
    assert first["signals"]["follow_up_requested"] is True
    assert first["signals"]["churn_threat"] is True
    assert first["is_negative"] is True
    for name, spans in first["evidence"].items():
        for start, end, text in spans:
            assert "On hold 2 hours. Call me back or I cancel my account."[start:end] == text, name
    assert lines[1] == {"id": None, "line": 2, "error": lines[1]["error"]}
    assert lines[1]["error"].startswith("not valid JSON")
    assert lines[2]["error"] == "no 'text' field"
    assert lines[3]["is_negative"] is False


def test_analyze_reads_csv_with_named_columns_and_writes_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text('ticket,body\nT-1,"Charged twice, still no refund."\nT-2,\n')

    code = run(
        "analyze",
        str(source),
        "--text-column",
        "body",
        "--id-column",
        "ticket",
        "--format",
        "csv",
        "--quiet",
    )

    assert code == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["id"] for row in rows] == ["T-1", "T-2"]
    assert rows[0]["is_negative"] == "True"
    assert "emotion_anger" in rows[0]
    assert "signal_repeat_contact" in rows[0]
    assert rows[1]["error"] == ""


def test_analyze_refuses_a_csv_without_the_text_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,comment\n1,hello\n")
    assert run("analyze", str(source)) == 2
    assert "no column 'text'" in capsys.readouterr().err


def test_analyze_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = '{"id": "a", "text": "still waiting for my parcel"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload.encode())))
    assert run("analyze", "-", "--quiet") == 0
    assert json.loads(capsys.readouterr().out)["id"] == "a"


def test_ingested_feedback_is_analysed_and_reanalysis_is_resumable(
    database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "fb.csv"
    source.write_text(
        "external_id,customer_id,channel,text,received_at\n"
        "1,C1,email,Third time asking for my refund,2026-11-01T10:00:00Z\n"
        "2,C2,chat,thanks all good,2026-11-01T11:00:00Z\n"
    )
    assert run("ingest", "feedback", str(source)) == 0
    engine = build_engine(database)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(FeedbackAnalysisRow)) == 2
    capsys.readouterr()

    assert run("reanalyze") == 0
    assert "0 feedback items analysed" in capsys.readouterr().out
    assert run("reanalyze", "--all") == 0
    assert "2 feedback items analysed" in capsys.readouterr().out
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(FeedbackAnalysisRow)) == 2
    engine.dispose()


def test_topics_fit_writes_a_taxonomy_that_topics_check_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["text,topic"]
    for i in range(12):
        lines.append(f"my parcel {i} never arrived and the courier lost it,delivery")
        lines.append(f"I was charged twice on invoice {i} and need a refund,billing")
    (tmp_path / "labelled.csv").write_text("\n".join(lines) + "\n")
    output = tmp_path / "ours.yaml"

    assert run("topics", "fit", str(tmp_path / "labelled.csv"), "--output", str(output)) == 0
    assert run("topics", "check", str(output)) == 0
    assert "2 topics, valid" in " ".join(capsys.readouterr().out.split())


def test_model_info_shows_the_shipped_models_card(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("model", "info") == 0
    card = capsys.readouterr().out
    assert "amends-linear" in card
    assert "thresholds" in card
    assert "letter_signal_heads" in card  # the learned signal heads' card too
    assert "labels_sha256" in card


def test_main_is_importable() -> None:
    assert callable(main)


def test_no_analyze_takes_feedback_in_without_reading_it(database: str, tmp_path: Path) -> None:
    source = tmp_path / "fb.csv"
    source.write_text(
        "external_id,customer_id,channel,text,received_at\n"
        "1,C1,email,Third time asking for my refund,2026-11-01T10:00:00Z\n"
    )
    assert run("ingest", "feedback", str(source), "--no-analyze") == 0
    engine = build_engine(database)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(FeedbackAnalysisRow)) == 0
    engine.dispose()


def test_a_configured_taxonomy_replaces_the_shipped_topics(
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    taxonomy = tmp_path / "ours.yaml"
    taxonomy.write_text(
        "topics:\n"
        "  - name: loyalty_points\n"
        "    description: Points that went missing.\n"
        "    phrases: [points, miles]\n"
    )
    monkeypatch.setenv("AMENDS_TAXONOMY", str(taxonomy))
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "My miles never showed up and the parcel is late."}\n')

    assert run("analyze", str(source), "--quiet") == 0

    assert json.loads(capsys.readouterr().out)["topics"] == ["loyalty_points"]


def test_the_ml_analyzer_without_its_extra_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("numpy")
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("the [ml] extra is installed here")
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "late"}\n')
    assert run("analyze", str(source), "--analyzer", "ml", "--quiet") == 2
    assert "[missing_extra]" in capsys.readouterr().err
