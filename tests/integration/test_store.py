"""The store on real databases: every test here runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, select

from amends.runtime import Runtime
from amends.services.customers import customer_timeline, find_customer
from amends.services.ingest import ingest
from amends.store import schema
from amends.store.engine import build_engine
from amends.store.tables import Base, CustomerRow, FeedbackRow
from tests.factories import make_customer, make_event, make_feedback, rows


def _ingest(runtime: Runtime, kind, data, **options):  # type: ignore[no-untyped-def]
    return ingest(runtime.uow, kind, data, source="file.csv", clock=runtime.clock, **options)


def test_the_migrations_build_exactly_the_tables_the_code_declares(runtime: Runtime) -> None:
    with runtime.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert schema.current_revision(runtime.engine) == schema.head_revision()


def test_ingesting_twice_leaves_the_row_counts_unchanged(runtime: Runtime) -> None:
    data = rows(*(make_feedback(customer_id=f"C-{i % 7}") for i in range(120)))

    first = _ingest(runtime, "feedback", data, chunk_size=50)
    second = _ingest(runtime, "feedback", data, chunk_size=50)

    with runtime.uow() as uow:
        assert (uow.feedback.count(), uow.customers.count()) == (120, 7)
    assert (first.created, second.created, second.unchanged) == (120, 0, 120)


def test_identity_resolution_joins_sources_across_files_and_chunks(runtime: Runtime) -> None:
    _ingest(
        runtime,
        "customers",
        rows(make_customer(external_id="C-1", email="ann@example.com", phone="+44 20 7946 0321")),
    )
    _ingest(
        runtime,
        "feedback",
        rows(
            make_feedback(customer_id=None, email="Ann@Example.com"),
            make_feedback(customer_id=None, phone="020 7946 0321"),
            make_feedback(customer_id=None, email="stranger@example.org", name="Sam Stranger"),
        ),
        chunk_size=1,
        context=_context_gb(),
    )

    with runtime.uow() as uow:
        ann = uow.customers.find("C-1")
        stranger = uow.customers.find("stranger@example.org")
        assert ann is not None
        assert stranger is not None
        assert len(uow.feedback.for_customer(ann.id, since=None, until=None, limit=10)) == 2
        assert stranger.name == "Sam Stranger"
        assert stranger.external_id is None


def _context_gb():  # type: ignore[no-untyped-def]
    from amends.domain.records import RecordContext

    return RecordContext(region="GB")


def test_a_later_customers_file_adopts_the_email_only_customer(runtime: Runtime) -> None:
    _ingest(runtime, "feedback", rows(make_feedback(customer_id=None, email="bo@example.com")))

    report = _ingest(
        runtime, "customers", rows(make_customer(external_id="C-77", email="bo@example.com"))
    )

    assert (report.created, report.updated) == (0, 1)
    with runtime.uow() as uow:
        assert uow.customers.count() == 1
        customer = uow.customers.find("C-77")
        assert customer is not None
        assert customer.email == "bo@example.com"


def test_values_come_back_as_they_went_in(runtime: Runtime) -> None:
    _ingest(
        runtime,
        "customers",
        rows(
            make_customer(
                external_id="C-1",
                tags="VIP;b2b",
                lifetime_value="1234.50",
                timezone="Europe/Berlin",
                consent_sms="yes",
                opted_out_email_at="2026-06-01T12:00:00+02:00",
            )
        ),
    )
    _ingest(
        runtime,
        "events",
        rows(
            make_event(
                customer_id="C-1",
                type="refund",
                amount="-19.99",
                occurred_at="2026-11-01T23:30:00-05:00",
                reason="late",
            )
        ),
    )
    customer = find_customer(runtime.uow(), "C-1")
    (entry,) = customer_timeline(runtime.uow(), customer.id).entries

    assert customer.tags == ("b2b", "vip")
    assert customer.lifetime_value == 1234.5
    assert customer.consent["sms"] is True
    assert customer.consent["email"] is None
    assert customer.opted_out_at["email"] == datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    assert entry.at == datetime(2026, 11, 2, 4, 30, tzinfo=UTC)
    assert entry.at.tzinfo is not None
    assert entry.item.amount == Decimal("-19.99")  # type: ignore[union-attr]
    assert entry.item.attributes == {"reason": "late"}  # type: ignore[union-attr]


def test_the_timeline_is_in_time_order_and_limited_to_the_newest(runtime: Runtime) -> None:
    _ingest(
        runtime,
        "events",
        rows(
            *(
                make_event(customer_id="C-1", occurred_at=f"2026-10-{d:02d}T09:00:00Z")
                for d in range(1, 11)
            )
        ),
    )
    _ingest(
        runtime,
        "feedback",
        rows(
            *(
                make_feedback(customer_id="C-1", received_at=f"2026-10-{d:02d}T09:00:00Z")
                for d in range(1, 11)
            )
        ),
    )
    customer = find_customer(runtime.uow(), "C-1")

    timeline = customer_timeline(runtime.uow(), customer.id, limit=6)

    assert timeline.truncated
    assert [(e.at.day, e.kind) for e in timeline.entries] == [
        (8, "event"),
        (8, "feedback"),
        (9, "event"),
        (9, "feedback"),
        (10, "event"),
        (10, "feedback"),
    ]


def test_the_timeline_costs_four_queries_however_long_it_is(runtime: Runtime) -> None:
    many = [make_feedback(customer_id="C-1") for _ in range(40)]
    _ingest(runtime, "feedback", rows(*many, *(make_event(customer_id="C-1") for _ in range(40))))
    _ingest(runtime, "events", rows(*(make_event(customer_id="C-1") for _ in range(40))))
    customer = find_customer(runtime.uow(), "C-1")
    statements: list[str] = []
    event.listen(runtime.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))

    timeline = customer_timeline(runtime.uow(), customer.id, limit=500)

    assert len(timeline.entries) == 80
    # customer, feedback, events, and the feedback's analyses: four, never one per item
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 4


def test_a_concurrent_duplicate_is_skipped_not_an_error(runtime: Runtime) -> None:
    row = make_feedback(external_id="dup")
    _ingest(runtime, "feedback", rows(row))
    with runtime.uow() as uow:
        customer_id = uow.session.scalar(select(CustomerRow.id))  # type: ignore[attr-defined]
        duplicate = {
            "customer_id": customer_id,
            "source": "file.csv",
            "external_id": "dup",
            "channel": "sms",
            "received_at": datetime(2026, 1, 1, tzinfo=UTC),
            "contact_requested": False,
            "raw": {},
            "ingested_at": datetime(2026, 1, 1, tzinfo=UTC),
        }
        uow.feedback.add([duplicate])
        uow.commit()
    with runtime.uow() as uow:
        assert uow.feedback.count() == 1
        channel = uow.session.scalar(select(FeedbackRow.channel))  # type: ignore[attr-defined]
        assert channel == "survey"


def test_naive_datetimes_are_refused_by_the_store(runtime: Runtime) -> None:
    with runtime.uow() as uow, pytest.raises(Exception, match="naive datetime"):
        uow.customers.add([{"external_id": "C-1"}], now=datetime(2026, 1, 1))


def test_sqlite_runs_in_wal_mode(sqlite_url: str) -> None:
    engine = build_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_database_without_the_schema_is_reported_not_crashed_into(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from amends.errors import StoreNotReady

    engine = build_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(StoreNotReady, match="amends db upgrade"):
        schema.ensure_current(engine)
    engine.dispose()


def test_feedback_is_fetched_by_id_oldest_first_however_much_the_customer_wrote(
    runtime: Runtime,
) -> None:
    items = [
        make_feedback(
            external_id=f"f-{n}",
            customer_id="C-9",
            received_at=f"2026-11-{n + 1:02d}T10:00:00+00:00",
        )
        for n in range(12)
    ]
    _ingest(runtime, "feedback", rows(*items))
    with runtime.uow() as uow:
        wanted = uow.feedback.ids_for("file.csv", ["f-0", "f-7", "f-3"])
        found = uow.feedback.by_ids(set(wanted.values()))
    assert [item.external_id for item in found] == ["f-0", "f-3", "f-7"]
