"""The ingestion use case, on in-memory fakes: what lands, what is refused, what is counted."""

from __future__ import annotations

from datetime import timedelta

from amends.domain.records import FeedbackRecord, RawRow, RecordContext, read_record
from amends.services.ingest import Reject, fingerprint, ingest
from tests.factories import make_customer, make_event, make_feedback, rows
from tests.fakes import FakeClock, FakeStore, FakeUnitOfWork


def _ingest(store: FakeStore, clock: FakeClock, kind, data, **options):  # type: ignore[no-untyped-def]
    return ingest(
        lambda: FakeUnitOfWork(store), kind, data, source="test.csv", clock=clock, **options
    )


def test_good_rows_land_and_each_bad_row_is_reported_with_its_line(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    data = rows(
        make_feedback(external_id="a"),
        make_feedback(external_id="b", score="11"),
        make_feedback(external_id="c"),
        make_feedback(external_id="d", received_at="2026-11-20 10:15"),
    )
    data.append(RawRow(9, None, "unreadable CSV"))

    report = _ingest(fake_store, clock, "feedback", data)

    assert report.created == 2
    assert sorted(key[1] for key in fake_store.feedback) == ["a", "c"]
    assert [(r.line, r.reason.split(":")[0]) for r in report.rejects] == [
        (3, "nps score must be between 0 and 10, got 11"),
        (5, "received_at"),
        (9, "unreadable CSV"),
    ]
    assert report.rejected == 3
    assert report.rows_read == 5


def test_ingesting_the_same_rows_twice_changes_nothing(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    data = rows(*(make_feedback() for _ in range(30)))
    first = _ingest(fake_store, clock, "feedback", data)
    customers_after_first = dict(fake_store.customers)

    second = _ingest(fake_store, clock, "feedback", data)

    assert (first.created, second.created, second.unchanged) == (30, 0, 30)
    assert second.customers_created == 0
    assert fake_store.customers == customers_after_first
    assert len(fake_store.feedback) == 30


def test_rows_without_external_id_are_keyed_by_their_content(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    same = make_feedback(external_id=None, text="Still no refund.")
    other = make_feedback(external_id=None, text="Still no refund!")

    report = _ingest(fake_store, clock, "feedback", rows(same, dict(same), other))

    assert (report.created, report.unchanged) == (2, 1)
    assert all(key[1].startswith("fp:") for key in fake_store.feedback)


def test_fingerprint_is_stable_and_ignores_nothing_but_the_external_id() -> None:
    context = RecordContext()
    one = read_record("feedback", make_feedback(external_id="x", text="late"), context)
    two = read_record("feedback", make_feedback(external_id="y", text="late"), context)
    assert isinstance(one, FeedbackRecord)
    assert isinstance(two, FeedbackRecord)
    assert fingerprint(one) == fingerprint(one.model_copy())
    changed = one.model_copy(update={"text": "late!"})
    assert fingerprint(changed) != fingerprint(one)


def test_unknown_senders_become_customers_once_per_person(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    data = rows(
        make_feedback(customer_id=None, email="New.Person@Example.com"),
        make_feedback(customer_id=None, email="new.person@example.com"),
        make_feedback(customer_id=None, phone="+1 415 555 0123"),
    )

    report = _ingest(fake_store, clock, "feedback", data, chunk_size=2)

    assert report.customers_created == 2
    emails = sorted(str(row["email"]) for row in fake_store.customers.values())
    assert emails == ["None", "new.person@example.com"]
    owners = {row["customer_id"] for row in fake_store.feedback.values()}
    assert len(owners) == 2


def test_feedback_by_email_attaches_to_the_customer_from_the_customer_file(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    _ingest(
        fake_store,
        clock,
        "customers",
        rows(make_customer(external_id="C-9", email="ann@example.com")),
    )

    _ingest(
        fake_store,
        clock,
        "feedback",
        rows(make_feedback(customer_id=None, email="ANN@example.com")),
    )

    (customer_id,) = fake_store.customers
    (feedback,) = fake_store.feedback.values()
    assert feedback["customer_id"] == customer_id


def test_a_customers_file_creates_then_updates_then_leaves_alone(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    original = make_customer(external_id="C-1", tier="silver", lifetime_value="120.00")
    first = _ingest(fake_store, clock, "customers", rows(original))
    again = _ingest(fake_store, clock, "customers", rows(original))
    upgraded = _ingest(fake_store, clock, "customers", rows(dict(original, tier="gold", name=None)))

    assert (first.created, again.unchanged, upgraded.updated) == (1, 1, 1)
    (row,) = fake_store.customers.values()
    assert row["tier"] == "gold"
    assert row["name"] == original["name"]  # a blank cell never erases


def test_the_same_new_customer_twice_in_one_file_is_one_customer(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    report = _ingest(
        fake_store,
        clock,
        "customers",
        rows(
            make_customer(external_id="C-5", tier="silver"),
            make_customer(external_id="C-5", tier="gold"),
        ),
    )

    assert (report.created, report.updated) == (1, 1)
    (row,) = fake_store.customers.values()
    assert row["tier"] == "gold"


def test_events_keep_their_extra_columns_as_attributes(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    call = make_event(type="call", hold_seconds="2400", transfers="3", department="billing")

    _ingest(fake_store, clock, "events", rows(call))

    (event,) = fake_store.events.values()
    assert (event["type"], event["hold_seconds"], event["transfers"]) == ("call", 2400, 3)
    assert event["attributes"] == {"department": "billing"}


def test_each_chunk_is_its_own_transaction_and_the_run_is_recorded(
    fake_store: FakeStore,
) -> None:
    clock = FakeClock(step=timedelta(milliseconds=10))
    seen: list[Reject] = []
    progress: list[int] = []

    report = _ingest(
        fake_store,
        clock,
        "feedback",
        rows(*(make_feedback() for _ in range(5)), make_feedback(metric="csat", score="9")),
        chunk_size=2,
        on_reject=seen.append,
        on_progress=progress.append,
    )

    assert progress == [2, 2, 2]
    assert fake_store.commits == 3 + 1  # three chunks, then the run record
    (run,) = fake_store.ingest_runs
    assert (run.rows_read, run.created, run.rejected) == (6, 5, 1)
    assert [r.line for r in seen] == [7]
    (audit,) = fake_store.audit
    assert audit.action == "ingest.feedback"
    assert audit.details["rejects"] == [{"line": 7, "reason": seen[0].reason}]
    assert report.seconds > 0


def test_a_chunk_with_only_bad_rows_opens_no_transaction(
    fake_store: FakeStore, clock: FakeClock
) -> None:
    report = _ingest(fake_store, clock, "feedback", rows(make_feedback(score="99")))

    assert report.rejected == 1
    assert fake_store.commits == 1  # only the run record
