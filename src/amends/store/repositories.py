"""SQLAlchemy implementations of the repository ports in ``amends.services.unit_of_work``."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Table, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from amends.domain.customers import CUSTOMER_FIELDS, ContactChannel, CustomerProfile
from amends.domain.identity import CustomerIdentity, IdentityKeys
from amends.domain.timeline import EventItem, FeedbackItem
from amends.services.unit_of_work import AuditEntry, IngestRun
from amends.store.tables import (
    AuditRow,
    Base,
    CustomerRow,
    EventRow,
    FeedbackAnalysisRow,
    FeedbackRow,
    IngestRunRow,
)

# Stay well under every driver's bound-parameter limit (SQLite's default is 32,766).
_IN_BATCH = 5000


def table_of(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def in_batches(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _IN_BATCH):
        yield values[start : start + _IN_BATCH]


class SqlCustomerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def identities_matching(self, keys: Iterable[IdentityKeys]) -> list[CustomerIdentity]:
        """Every customer a key could resolve to. Email and phone are looked up only for keys
        whose external id is unknown: a known external id settles the match on its own."""
        keys = list(keys)
        found = self._where(CustomerRow.external_id, {k.external_id for k in keys})
        known_ids = {c.external_id for c in found.values()}
        unsettled = [k for k in keys if k.external_id is None or k.external_id not in known_ids]
        found |= self._where(CustomerRow.email, {k.email for k in unsettled})
        found |= self._where(CustomerRow.phone, {k.phone for k in unsettled})
        return list(found.values())

    def _where(self, column: Any, values: set[str | None]) -> dict[int, CustomerIdentity]:
        wanted = sorted(value for value in values if value)
        found: dict[int, CustomerIdentity] = {}
        table = table_of(CustomerRow).c
        columns = (table.id, table.external_id, table.email, table.phone, table.name)
        for batch in in_batches(wanted):
            query = select(*columns).where(column.in_(batch))
            for id_, external_id, email, phone, name in self.session.connection().execute(query):
                found[id_] = CustomerIdentity(id_, external_id, email, phone, name)
        return found

    def attributes_of(self, ids: Collection[int]) -> dict[int, dict[str, object]]:
        columns = [getattr(CustomerRow, name) for name in CUSTOMER_FIELDS]
        result: dict[int, dict[str, object]] = {}
        for batch in in_batches(sorted(ids)):
            query = select(CustomerRow.id, *columns).where(CustomerRow.id.in_(batch))
            for row in self.session.execute(query):
                result[row[0]] = dict(zip(CUSTOMER_FIELDS, row[1:], strict=True))
        return result

    def add(self, customers: Sequence[dict[str, object]], *, now: datetime) -> list[int]:
        if not customers:
            return []
        rows = [_customer_row(values, now) for values in customers]
        table = table_of(CustomerRow)
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(self.session.connection().execute(statement, rows).scalars())

    def update(self, changes: dict[int, dict[str, object]], *, now: datetime) -> None:
        for customer_id, values in changes.items():
            statement = update(CustomerRow).where(CustomerRow.id == customer_id)
            self.session.execute(statement.values(**values, updated_at=now))

    def get(self, customer_id: int) -> CustomerProfile | None:
        row = self.session.get(CustomerRow, customer_id)
        return _profile(row) if row is not None else None

    def find(self, key: str) -> CustomerProfile | None:
        key = key.strip()
        for column in (CustomerRow.external_id, CustomerRow.email, CustomerRow.phone):
            query = select(CustomerRow).where(column == key).order_by(CustomerRow.id).limit(1)
            row = self.session.scalars(query).first()
            if row is not None:
                return _profile(row)
        return self.get(int(key)) if key.isdigit() else None

    def search(self, *, query: str | None, limit: int, offset: int) -> list[CustomerProfile]:
        statement = select(CustomerRow).order_by(CustomerRow.id)
        if query:
            pattern = f"%{query.lower()}%"
            statement = statement.where(
                or_(
                    func.lower(CustomerRow.name).like(pattern),
                    CustomerRow.email.like(pattern),
                    CustomerRow.external_id == query,
                    CustomerRow.phone == query,
                )
            )
        rows = self.session.scalars(statement.limit(limit).offset(offset))
        return [_profile(row) for row in rows]

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(CustomerRow)) or 0


def _customer_row(values: dict[str, object], now: datetime) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(CUSTOMER_FIELDS)
    row.update(values)
    row["tags"] = row["tags"] or []
    row["tier"] = None if row["tier"] is None else str(row["tier"])
    return row | {"created_at": now, "updated_at": now}


def _profile(row: CustomerRow) -> CustomerProfile:
    return CustomerProfile(
        id=row.id,
        external_id=row.external_id,
        name=row.name,
        email=row.email,
        phone=row.phone,
        timezone=row.timezone,
        tier=row.tier,
        lifetime_value=float(row.lifetime_value) if row.lifetime_value is not None else None,
        tags=tuple(row.tags or ()),
        consent={
            ContactChannel.EMAIL: row.consent_email,
            ContactChannel.SMS: row.consent_sms,
            ContactChannel.CALL: row.consent_call,
        },
        opted_out_at={
            ContactChannel.EMAIL: row.opted_out_email_at,
            ContactChannel.SMS: row.opted_out_sms_at,
            ContactChannel.CALL: row.opted_out_call_at,
        },
        created_at=row.created_at,
    )


class _SqlItemRepository:
    table: type[FeedbackRow] | type[EventRow]
    time_column: str

    def __init__(self, session: Session) -> None:
        self.session = session

    def existing_external_ids(self, source: str, external_ids: Collection[str]) -> set[str]:
        found: set[str] = set()
        column = self.table.external_id
        for batch in in_batches(sorted(external_ids)):
            query = select(column).where(self.table.source == source, column.in_(batch))
            found.update(self.session.scalars(query))
        return found

    def add(self, rows: Sequence[dict[str, object]]) -> None:
        if not rows:
            return
        # A concurrent ingestion of the same file may have landed a row since we looked: skip it.
        dialect = self.session.get_bind().dialect.name
        insert_for = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert_for(table_of(self.table)).on_conflict_do_nothing(
            index_elements=["source", "external_id"]
        )
        # Core, not the ORM's bulk path: these rows never become objects in this session, and
        # skipping the ORM's bookkeeping makes large files about a third faster.
        self.session.connection().execute(statement, rows)

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(self.table)) or 0

    def _window(
        self, customer_id: int, since: datetime | None, until: datetime | None, limit: int
    ) -> Select[Any]:
        """The newest ``limit`` rows of one customer in ``[since, until)``, newest first."""
        table = table_of(self.table).c
        at = table[self.time_column]
        query = select(self.table).where(table.customer_id == customer_id)
        if since is not None:
            query = query.where(at >= since)
        if until is not None:
            query = query.where(at < until)
        return query.order_by(at.desc(), table.id.desc()).limit(limit)


class SqlFeedbackRepository(_SqlItemRepository):
    table = FeedbackRow
    time_column = "received_at"

    def by_ids(self, ids: Collection[int]) -> list[FeedbackItem]:
        found: list[FeedbackItem] = []
        for batch in in_batches(sorted(ids)):
            query = select(FeedbackRow).where(FeedbackRow.id.in_(batch))
            found.extend(_feedback_item(row) for row in self.session.scalars(query))
        return sorted(found, key=lambda item: (item.received_at, item.id))

    def ids_for(self, source: str, external_ids: Collection[str]) -> dict[str, int]:
        table = table_of(FeedbackRow).c
        found: dict[str, int] = {}
        for batch in in_batches(sorted(external_ids)):
            query = select(table.external_id, table.id).where(
                table.source == source, table.external_id.in_(batch)
            )
            found.update((ext, id_) for ext, id_ in self.session.connection().execute(query))
        return found

    def needing_analysis(
        self, *, after_id: int, limit: int, analyzer: str, version: str | None
    ) -> list[tuple[int, str]]:
        feedback = table_of(FeedbackRow).c
        analyses = table_of(FeedbackAnalysisRow).c
        query = select(feedback.id, feedback.text).where(
            feedback.id > after_id, feedback.text.is_not(None)
        )
        if version is not None:
            current = select(analyses.feedback_id).where(
                analyses.feedback_id == feedback.id,
                analyses.analyzer == analyzer,
                analyses.version == version,
            )
            query = query.where(~current.exists())
        query = query.order_by(feedback.id).limit(limit)
        return [(id_, text) for id_, text in self.session.connection().execute(query)]

    def for_customer(
        self, customer_id: int, *, since: datetime | None, until: datetime | None, limit: int
    ) -> list[FeedbackItem]:
        rows = self.session.scalars(self._window(customer_id, since, until, limit))
        return [_feedback_item(row) for row in rows]


class SqlEventRepository(_SqlItemRepository):
    table = EventRow
    time_column = "occurred_at"

    def for_customer(
        self, customer_id: int, *, since: datetime | None, until: datetime | None, limit: int
    ) -> list[EventItem]:
        rows = self.session.scalars(self._window(customer_id, since, until, limit))
        return [_event_item(row) for row in rows]

    def for_customers(
        self, customer_ids: Collection[int], *, since: datetime
    ) -> dict[int, list[EventItem]]:
        found: dict[int, list[EventItem]] = {}
        for batch in in_batches(sorted(customer_ids)):
            query = (
                select(EventRow)
                .where(EventRow.customer_id.in_(batch), EventRow.occurred_at >= since)
                .order_by(EventRow.occurred_at, EventRow.id)
            )
            for row in self.session.scalars(query):
                found.setdefault(row.customer_id, []).append(_event_item(row))
        return found


def _feedback_item(row: FeedbackRow) -> FeedbackItem:
    return FeedbackItem(
        id=row.id,
        customer_id=row.customer_id,
        source=row.source,
        external_id=row.external_id,
        channel=row.channel,
        metric=row.metric,
        score=row.score,
        text=row.text,
        language=row.language,
        received_at=row.received_at,
        in_reply_to=row.in_reply_to,
        contact_requested=row.contact_requested,
    )


def _event_item(row: EventRow) -> EventItem:
    return EventItem(
        id=row.id,
        customer_id=row.customer_id,
        source=row.source,
        external_id=row.external_id,
        type=row.type,
        occurred_at=row.occurred_at,
        amount=row.amount,
        currency=row.currency,
        channel=row.channel,
        hold_seconds=row.hold_seconds,
        transfers=row.transfers,
        attributes=dict(row.attributes or {}),
    )


class SqlIngestRunRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, run: IngestRun) -> int:
        row = IngestRunRow(**{name: getattr(run, name) for name in IngestRun.__dataclass_fields__})
        self.session.add(row)
        self.session.flush()
        return row.id


class SqlAuditLog:
    def __init__(self, session: Session) -> None:
        self.session = session

    def append(self, entry: AuditEntry) -> None:
        self.extend([entry])

    def extend(self, entries: Sequence[AuditEntry]) -> None:
        # A Core insert: ORM objects would be flushed before every later UPDATE in the session.
        rows = [
            {
                "at": e.at,
                "actor": e.actor,
                "action": e.action,
                "subject_type": e.subject_type,
                "subject_id": e.subject_id,
                "details": e.details,
            }
            for e in entries
        ]
        if rows:
            self.session.connection().execute(insert(table_of(AuditRow)), rows)


class SqlAnalysisRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, rows: Sequence[dict[str, object]]) -> None:
        if not rows:
            return
        table = table_of(FeedbackAnalysisRow)
        by_analyzer: dict[object, list[object]] = {}
        for row in rows:
            by_analyzer.setdefault(row["analyzer"], []).append(row["feedback_id"])
        connection = self.session.connection()
        for analyzer, ids in by_analyzer.items():
            for batch in in_batches(ids):
                connection.execute(
                    delete(table).where(
                        table.c.analyzer == analyzer, table.c.feedback_id.in_(batch)
                    )
                )
        connection.execute(insert(table), list(rows))

    def for_feedback(
        self, feedback_ids: Collection[int], analyzer: str
    ) -> dict[int, dict[str, Any]]:
        table = table_of(FeedbackAnalysisRow)
        found: dict[int, dict[str, Any]] = {}
        for batch in in_batches(sorted(feedback_ids)):
            query = select(table).where(
                table.c.analyzer == analyzer, table.c.feedback_id.in_(batch)
            )
            for row in self.session.connection().execute(query).mappings():
                found[row["feedback_id"]] = dict(row)
        return found

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(FeedbackAnalysisRow)) or 0
