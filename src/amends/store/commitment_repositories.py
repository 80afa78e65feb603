"""SQLAlchemy implementations of the promise, remedy and outbox ports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from amends.domain.case_records import OutboxMessage, PromiseRecord, RemedyOffer
from amends.store.repositories import table_of
from amends.store.tables import OutboxMessageRow, PromiseRow, RemedyOfferRow


def _promise(r: PromiseRow) -> PromiseRecord:
    return PromiseRecord(
        r.id,
        r.case_id,
        r.kind,
        r.description,
        r.due_at,
        r.made_at,
        r.made_by,
        r.status,
        r.settled_at,
        r.note,
        r.reminded_at,
    )


class SqlPromiseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: dict[str, object]) -> int:
        table = table_of(PromiseRow)
        return int(self.session.execute(insert(table).returning(table.c.id), row).scalar_one())

    def get(self, promise_id: int) -> PromiseRecord | None:
        row = self.session.get(PromiseRow, promise_id)
        return _promise(row) if row is not None else None

    def update(self, promise_id: int, values: dict[str, object]) -> None:
        self.session.execute(update(PromiseRow).where(PromiseRow.id == promise_id).values(**values))

    def for_case(self, case_id: int) -> list[PromiseRecord]:
        query = select(PromiseRow).where(PromiseRow.case_id == case_id)
        return [_promise(r) for r in self.session.scalars(query.order_by(PromiseRow.due_at))]

    def reminders_due(self, instant: datetime, *, limit: int) -> list[PromiseRecord]:
        query = (
            select(PromiseRow)
            .where(
                PromiseRow.status == "pending",
                PromiseRow.reminded_at.is_(None),
                PromiseRow.due_at <= instant,
            )
            .order_by(PromiseRow.due_at, PromiseRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True)  # a second sweeper takes other promises
        )
        return [_promise(r) for r in self.session.scalars(query)]

    def pending_due_by(self, instant: datetime, *, limit: int) -> list[PromiseRecord]:
        query = (
            select(PromiseRow)
            .where(PromiseRow.status == "pending", PromiseRow.due_at <= instant)
            .order_by(PromiseRow.due_at, PromiseRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True)  # a second sweeper takes other promises
        )
        return [_promise(r) for r in self.session.scalars(query)]


def _offer(r: RemedyOfferRow) -> RemedyOffer:
    return RemedyOffer(
        r.id,
        r.case_id,
        r.customer_id,
        r.kind,
        r.amount,
        r.currency,
        r.status,
        r.offered_by,
        r.offered_role,
        r.offered_at,
        r.reason,
        r.approver_role,
        r.decided_by,
        r.decided_at,
        r.decision_reason,
        r.topic,
        r.severity,
        r.loudness,
    )


class SqlRemedyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: dict[str, object]) -> int:
        table = table_of(RemedyOfferRow)
        return int(self.session.execute(insert(table).returning(table.c.id), row).scalar_one())

    def get(self, offer_id: int) -> RemedyOffer | None:
        row = self.session.get(RemedyOfferRow, offer_id)
        return _offer(row) if row is not None else None

    def update(self, offer_id: int, values: dict[str, object]) -> None:
        statement = update(RemedyOfferRow).where(RemedyOfferRow.id == offer_id)
        self.session.execute(statement.values(**values))

    def for_case(self, case_id: int) -> list[RemedyOffer]:
        query = select(RemedyOfferRow).where(RemedyOfferRow.case_id == case_id)
        return [_offer(r) for r in self.session.scalars(query.order_by(RemedyOfferRow.id))]

    def granted_value(
        self,
        *,
        case_id: int | None = None,
        customer_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Decimal:
        query = select(func.coalesce(func.sum(RemedyOfferRow.amount), 0)).where(
            RemedyOfferRow.status == "granted"
        )
        if case_id is not None:
            query = query.where(RemedyOfferRow.case_id == case_id)
        if customer_id is not None:
            query = query.where(RemedyOfferRow.customer_id == customer_id)
        if since is not None:
            query = query.where(RemedyOfferRow.offered_at >= since)
        if until is not None:
            query = query.where(RemedyOfferRow.offered_at < until)
        return Decimal(str(self.session.scalar(query) or 0)).quantize(Decimal("0.01"))

    def pending(self, *, limit: int, offset: int) -> list[RemedyOffer]:
        query = select(RemedyOfferRow).where(RemedyOfferRow.status == "pending")
        query = query.order_by(RemedyOfferRow.offered_at, RemedyOfferRow.id)
        return [_offer(r) for r in self.session.scalars(query.limit(limit).offset(offset))]

    def granted(self) -> list[RemedyOffer]:
        query = select(RemedyOfferRow).where(RemedyOfferRow.status == "granted")
        return [_offer(r) for r in self.session.scalars(query.order_by(RemedyOfferRow.id))]


class SqlOutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, rows: Sequence[dict[str, object]]) -> None:
        if rows:
            self.session.connection().execute(insert(table_of(OutboxMessageRow)), list(rows))

    def for_case(self, case_id: int) -> list[OutboxMessage]:
        query = select(OutboxMessageRow).where(OutboxMessageRow.case_id == case_id)
        return [
            OutboxMessage(
                r.id,
                r.case_id,
                r.customer_id,
                r.milestone,
                r.channel,
                r.to_address,
                r.subject,
                r.body,
                r.status,
                r.created_at,
                r.send_after,
            )
            for r in self.session.scalars(query.order_by(OutboxMessageRow.id))
        ]

    def count(self, *, status: str | None = None) -> int:
        query = select(func.count()).select_from(OutboxMessageRow)
        if status is not None:
            query = query.where(OutboxMessageRow.status == status)
        return self.session.scalar(query) or 0
