"""SQLAlchemy implementations of the case ports in ``amends.services.unit_of_work``."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from amends.domain.case_records import (
    CaseFeedbackLink,
    CaseSnapshot,
    ContactAttempt,
    HistoryEntry,
    OpportunityRecord,
)
from amends.errors import CustomerNotFound
from amends.policy.facts import CustomerFacts, FeedbackFacts
from amends.services.unit_of_work import CaseFilter
from amends.store.repositories import in_batches, table_of
from amends.store.tables import (
    CaseFeedbackRow,
    CaseHistoryRow,
    CaseRow,
    ContactAttemptRow,
    CustomerRow,
    FeedbackAnalysisRow,
    FeedbackRow,
    OpportunityDecisionRow,
)

ACTIVE_CATEGORIES = ("open", "waiting")


def _snapshot(row: Any) -> CaseSnapshot:
    """From an ORM row or a Core row of the cases table (both read by attribute)."""
    return CaseSnapshot(
        id=row.id,
        customer_id=row.customer_id,
        status=row.status,
        category=row.category,
        team=row.team,
        assignee=row.assignee,
        priority_score=row.priority_score,
        priority_band=row.priority_band,
        priority_factors=tuple(row.priority_factors),
        topics=tuple(row.topics),
        severity=row.severity,
        reasons=tuple(row.reasons),
        loudness=dict(row.loudness),
        opened_at=row.opened_at,
        contact_by=row.contact_by,
        resolve_by=row.resolve_by,
        first_contact_at=row.first_contact_at,
        resolved_at=row.resolved_at,
        closed_at=row.closed_at,
        failed_attempts=row.failed_attempts,
        escalation=row.escalation,
        warned_at=row.warned_at,
        breached_at=row.breached_at,
        paused_since=row.paused_since,
        paused_seconds=row.paused_seconds,
        last_feedback_at=row.last_feedback_at,
        updated_at=row.updated_at,
        follow_up_since=row.follow_up_since,
    )


def _spans(evidence: dict[str, Any]) -> dict[str, tuple[tuple[int, int, str], ...]]:
    return {
        name: tuple((int(s[0]), int(s[1]), str(s[2])) for s in spans)
        for name, spans in evidence.items()
    }


def _followers(raw: dict[str, Any]) -> int | None:
    value = raw.get("followers") if isinstance(raw, dict) else None
    if isinstance(value, str) and value.strip().isdigit():  # a CSV column arrives as text
        return int(value.strip())
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class SqlCaseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def undecided_feedback(self, *, after_id: int, limit: int) -> list[int]:
        decided = select(OpportunityDecisionRow.feedback_id).where(
            OpportunityDecisionRow.feedback_id == FeedbackRow.id
        )
        query = (
            select(FeedbackRow.id)
            .where(FeedbackRow.id > after_id, ~decided.exists())
            .order_by(FeedbackRow.id)
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def facts_for(
        self, feedback_ids: Collection[int], analyzer: str
    ) -> list[tuple[FeedbackFacts, CustomerFacts]]:
        f, c, a = table_of(FeedbackRow).c, table_of(CustomerRow).c, table_of(FeedbackAnalysisRow).c
        found: list[tuple[FeedbackFacts, CustomerFacts]] = []
        for batch in in_batches(sorted(feedback_ids)):
            query = (
                select(*_fact_columns(f, a, c))
                .join(table_of(CustomerRow), c.id == f.customer_id)
                .outerjoin(
                    table_of(FeedbackAnalysisRow),
                    and_(a.feedback_id == f.id, a.analyzer == analyzer),
                )
                .where(f.id.in_(batch))
                .order_by(f.id)
            )
            for row in self.session.connection().execute(query):
                found.append(_facts(row))
        return found

    def customer_facts(self, customer_id: int) -> CustomerFacts:
        row = self.session.get(CustomerRow, customer_id)
        if row is None:
            raise CustomerNotFound(f"no customer {customer_id}")
        return _customer(row, row.id)

    def active_for_customers(
        self, customer_ids: Collection[int], *, closed_since: datetime
    ) -> list[CaseSnapshot]:
        # Core rows, not ORM objects: intake reads every open case of a batch's customers.
        table = table_of(CaseRow)
        result: list[CaseSnapshot] = []
        for batch in in_batches(sorted(customer_ids)):
            query = (
                select(table)
                .where(table.c.customer_id.in_(batch))
                .where(
                    or_(
                        table.c.category.in_(ACTIVE_CATEGORIES),
                        table.c.closed_at >= closed_since,
                        table.c.resolved_at >= closed_since,
                    )
                )
                .order_by(table.c.id)
            )
            rows = self.session.connection().execute(query)
            result.extend(_snapshot(row) for row in rows)
        return result

    def open_loads(self) -> dict[str, int]:
        query = (
            select(CaseRow.assignee, func.count())
            .where(CaseRow.category.in_(ACTIVE_CATEGORIES), CaseRow.assignee.is_not(None))
            .group_by(CaseRow.assignee)
        )
        return {str(agent): int(count) for agent, count in self.session.execute(query)}

    def last_assignees(self) -> dict[str, str]:
        latest = (
            select(CaseRow.team, func.max(CaseRow.id).label("id"))
            .where(CaseRow.assignee.is_not(None))
            .group_by(CaseRow.team)
            .subquery()
        )
        query = select(CaseRow.team, CaseRow.assignee).join(latest, latest.c.id == CaseRow.id)
        return {team: str(agent) for team, agent in self.session.execute(query)}

    def add(self, rows: Sequence[dict[str, object]]) -> list[int]:
        if not rows:
            return []
        table = table_of(CaseRow)
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(self.session.connection().execute(statement, list(rows)).scalars())

    def update(self, case_id: int, values: dict[str, object]) -> None:
        self.session.execute(update(CaseRow).where(CaseRow.id == case_id).values(**values))

    def update_many(self, changes: dict[int, dict[str, object]]) -> None:
        # executemany needs one statement per set of columns: group the changes by their keys.
        shapes: dict[tuple[str, ...], list[dict[str, object]]] = {}
        for case_id, values in changes.items():
            shapes.setdefault(tuple(sorted(values)), []).append({"_id": case_id, **values})
        table = table_of(CaseRow)
        for columns, rows in shapes.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({name: bindparam(name) for name in columns})
            )
            self.session.connection().execute(statement, rows)

    def get(self, case_id: int, *, for_update: bool = False) -> CaseSnapshot | None:
        query = select(CaseRow).where(CaseRow.id == case_id)
        if for_update:
            query = query.with_for_update()
        row = self.session.scalars(query).first()
        return _snapshot(row) if row is not None else None

    def search(
        self, where: CaseFilter, *, now: datetime, limit: int, offset: int
    ) -> list[CaseSnapshot]:
        query = select(CaseRow).where(*_conditions(where, now))
        # Band first: a broken promise raises the band but leaves the score as computed.
        urgency = (CaseRow.priority_band, CaseRow.priority_score.desc(), CaseRow.id)
        query = query.order_by(*urgency).limit(limit)
        return [_snapshot(row) for row in self.session.scalars(query.offset(offset))]

    def count(self, where: CaseFilter, *, now: datetime) -> int:
        query = select(func.count()).select_from(CaseRow).where(*_conditions(where, now))
        return self.session.scalar(query) or 0

    def due_for_check(self, now: datetime, *, limit: int) -> list[CaseSnapshot]:
        query = (
            select(CaseRow)
            .where(CaseRow.next_check_at <= now)
            .order_by(CaseRow.next_check_at, CaseRow.id)
            .limit(limit)
            # Two sweepers on PostgreSQL (two worker processes) take different cases instead of
            # recording the same breach twice; SQLite has one writer at a time anyway.
            .with_for_update(skip_locked=True)
        )
        return [_snapshot(row) for row in self.session.scalars(query)]

    def link_feedback(self, rows: Sequence[dict[str, object]]) -> None:
        if rows:
            self.session.connection().execute(insert(table_of(CaseFeedbackRow)), list(rows))

    def feedback_links(self, case_id: int) -> list[CaseFeedbackLink]:
        query = (
            select(CaseFeedbackRow)
            .where(CaseFeedbackRow.case_id == case_id)
            .order_by(CaseFeedbackRow.attached_at, CaseFeedbackRow.id)
        )
        return [
            CaseFeedbackLink(row.feedback_id, row.role, row.attached_at)
            for row in self.session.scalars(query)
        ]

    def record_decisions(self, rows: Sequence[dict[str, object]]) -> None:
        # Core, not the ORM's bulk path (here and for links, history and the outbox): opening
        # cases ran a quarter faster on SQLite, a third on PostgreSQL (benchmarks/cases.py).
        if rows:
            self.session.connection().execute(insert(table_of(OpportunityDecisionRow)), list(rows))

    def decisions_for(self, feedback_ids: Collection[int]) -> dict[int, OpportunityRecord]:
        found: dict[int, OpportunityRecord] = {}
        for batch in in_batches(sorted(feedback_ids)):
            query = select(OpportunityDecisionRow).where(
                OpportunityDecisionRow.feedback_id.in_(batch)
            )
            for row in self.session.scalars(query):
                found[row.feedback_id] = OpportunityRecord(
                    row.feedback_id,
                    row.outcome,
                    row.case_id,
                    tuple(row.reasons),
                    row.policy_version,
                    row.decided_at,
                )
        return found

    def append_history(self, case_id: int, entries: Sequence[HistoryEntry]) -> None:
        self.add_history([(case_id, entry) for entry in entries])

    def add_history(self, entries: Sequence[tuple[int, HistoryEntry]]) -> None:
        rows = [
            {
                "case_id": case_id,
                "at": e.at,
                "actor": e.actor,
                "action": e.action,
                "from_status": e.from_status,
                "to_status": e.to_status,
                "note": e.note,
                "details": e.details,
            }
            for case_id, e in entries
        ]
        if rows:
            self.session.connection().execute(insert(table_of(CaseHistoryRow)), rows)

    def history(self, case_id: int) -> list[HistoryEntry]:
        query = (
            select(CaseHistoryRow)
            .where(CaseHistoryRow.case_id == case_id)
            .order_by(CaseHistoryRow.at, CaseHistoryRow.id)
        )
        return [
            HistoryEntry(r.at, r.actor, r.action, r.from_status, r.to_status, r.note, r.details)
            for r in self.session.scalars(query)
        ]


def _fact_columns(f: Any, a: Any, c: Any) -> list[Any]:
    return [
        *(f.id, f.customer_id, f.channel, f.received_at, f.metric, f.score),
        *(f.contact_requested, f.text, f.language, f.raw),
        *(a.negative, a.is_negative, a.cx_emotions, a.labels, a.signals, a.topics, a.evidence),
        a.language.label("analysis_language"),
        *(c.tier, c.lifetime_value, c.timezone, c.name, c.email, c.phone),
        *(c.consent_sms, c.consent_email, c.opted_out_sms_at, c.opted_out_email_at),
    ]


def _facts(row: Any) -> tuple[FeedbackFacts, CustomerFacts]:
    analyzed = row.negative is not None
    feedback = FeedbackFacts(
        feedback_id=row.id,
        customer_id=row.customer_id,
        channel=row.channel,
        received_at=row.received_at,
        metric=row.metric,
        score=row.score,
        contact_requested=bool(row.contact_requested),
        text=row.text,
        language=row.analysis_language or row.language,
        analyzed=analyzed,
        negative=float(row.negative) if analyzed else 0.0,
        is_negative=bool(row.is_negative) if analyzed else False,
        cx_emotions=dict(row.cx_emotions or {}),
        labels=tuple(row.labels or ()),
        signals=frozenset(row.signals or ()),
        topics=tuple(row.topics or ()),
        evidence=_spans(row.evidence or {}),
        followers=_followers(row.raw),
    )
    return feedback, _customer(row, row.customer_id)


def _customer(row: Any, customer_id: int) -> CustomerFacts:
    """From a customers row, or a joined row carrying the customer's columns."""
    return CustomerFacts(
        customer_id=customer_id,
        tier=row.tier,
        lifetime_value=row.lifetime_value,
        timezone=row.timezone,
        name=row.name,
        email=row.email,
        phone=row.phone,
        consent_sms=row.consent_sms,
        consent_email=row.consent_email,
        opted_out_sms_at=row.opted_out_sms_at,
        opted_out_email_at=row.opted_out_email_at,
    )


def _conditions(where: CaseFilter, now: datetime) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    exact = {
        CaseRow.status: where.status,
        CaseRow.category: where.category,
        CaseRow.team: where.team,
        CaseRow.assignee: where.assignee,
        CaseRow.priority_band: where.priority_band,
        CaseRow.customer_id: where.customer_id,
    }
    conditions.extend(column == value for column, value in exact.items() if value is not None)
    if where.open_only:
        conditions.append(CaseRow.category.in_(ACTIVE_CATEGORIES))
    if where.breached is True:
        conditions.append(CaseRow.breached_at.is_not(None))
    elif where.breached is False:
        conditions.append(CaseRow.breached_at.is_(None))
    return conditions


class SqlContactAttemptRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: dict[str, object]) -> int:
        table = table_of(ContactAttemptRow)
        return int(self.session.execute(insert(table).returning(table.c.id), row).scalar_one())

    def for_case(self, case_id: int) -> list[ContactAttempt]:
        query = (
            select(ContactAttemptRow)
            .where(ContactAttemptRow.case_id == case_id)
            .order_by(ContactAttemptRow.at, ContactAttemptRow.id)
        )
        return [
            ContactAttempt(r.id, r.case_id, r.at, r.agent, r.channel, r.outcome, r.note)
            for r in self.session.scalars(query)
        ]
