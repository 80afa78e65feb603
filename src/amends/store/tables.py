"""The tables, as typed SQLAlchemy 2 models. Alembic migrations in ``migrations/`` create them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from amends.store.types import UtcDateTime

# Named constraints, so migrations can refer to them on every database (SQLite included).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime,
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class CustomerRow(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    timezone: Mapped[str | None] = mapped_column(String(64))
    tier: Mapped[str | None] = mapped_column(String(32))
    lifetime_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    tags: Mapped[list[str]] = mapped_column(default=list)
    # None means "never told": neither granted nor refused.
    consent_email: Mapped[bool | None] = mapped_column(Boolean)
    consent_sms: Mapped[bool | None] = mapped_column(Boolean)
    consent_call: Mapped[bool | None] = mapped_column(Boolean)
    opted_out_email_at: Mapped[datetime | None]
    opted_out_sms_at: Mapped[datetime | None]
    opted_out_call_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_events_customer_time", "customer_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(200))
    external_id: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime]
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    channel: Mapped[str | None] = mapped_column(String(40))
    hold_seconds: Mapped[int | None]
    transfers: Mapped[int | None]
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ingested_at: Mapped[datetime]


class FeedbackRow(Base):
    __tablename__ = "feedback"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_feedback_customer_time", "customer_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(200))
    external_id: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20))
    metric: Mapped[str | None] = mapped_column(String(8))
    score: Mapped[int | None]
    text: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    # Deliberately no index of its own: it cost a third of the insert time (benchmarks/ingest.py);
    # per-customer history is served by ix_feedback_customer_time.
    received_at: Mapped[datetime]
    in_reply_to: Mapped[str | None] = mapped_column(String(200))
    contact_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    raw: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ingested_at: Mapped[datetime]


class IngestRunRow(Base):
    """One file or API batch taken in: what came, what landed, what was refused."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    rows_read: Mapped[int]
    created: Mapped[int]
    updated: Mapped[int]
    unchanged: Mapped[int]
    rejected: Mapped[int]
    customers_created: Mapped[int]


class AuditRow(Base):
    """Append-only record of who did what, when and why. Nothing updates or deletes these rows."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_subject", "subject_type", "subject_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(80))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class FeedbackAnalysisRow(Base):
    """What an analyzer read in one feedback item; one row per (feedback, analyzer)."""

    __tablename__ = "feedback_analyses"
    __table_args__ = (UniqueConstraint("feedback_id", "analyzer"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"))
    analyzer: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(80))
    negative: Mapped[float]
    is_negative: Mapped[bool] = mapped_column(Boolean, index=True)
    labels: Mapped[list[str]]
    topics: Mapped[list[str]]
    signals: Mapped[list[str]]  # the signals present
    emotions: Mapped[dict[str, Any]]
    cx_emotions: Mapped[dict[str, Any]]
    evidence: Mapped[dict[str, Any]]
    language: Mapped[str] = mapped_column(String(16))
    analyzed_at: Mapped[datetime]


# --- Recovery cases (issue "Act"). Statuses and outcomes are the enums of amends.domain.cases.


class CaseRow(Base):
    """A recovery case: one unhappy customer, one owner, one clock."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_customer_category", "customer_id", "category"),
        Index("ix_cases_category_team", "category", "team"),
        Index("ix_cases_assignee_category", "assignee", "category"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(24))
    category: Mapped[str] = mapped_column(String(12))
    team: Mapped[str] = mapped_column(String(80))
    assignee: Mapped[str | None] = mapped_column(String(80))
    priority_score: Mapped[float]
    priority_band: Mapped[str] = mapped_column(String(4))
    priority_factors: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    topics: Mapped[list[str]]
    severity: Mapped[str] = mapped_column(String(16))  # the problem's, for remedies
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # How loudly the customer spoke (emotion intensity, public threat, followers): kept for the
    # fairness report, and deliberately never read by the remedy rules.
    loudness: Mapped[dict[str, Any]] = mapped_column(default=dict)
    opened_at: Mapped[datetime]
    contact_by: Mapped[datetime]
    resolve_by: Mapped[datetime]
    first_contact_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    escalation: Mapped[str] = mapped_column(String(16), default="agent")
    warned_at: Mapped[datetime | None]
    breached_at: Mapped[datetime | None]
    paused_since: Mapped[datetime | None]
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)  # business time waited
    # When the timer sweep next needs to look at this case (a warning, deadline or escalation
    # falls due); None once nothing can fall due. Business-hours maths happens in Python.
    next_check_at: Mapped[datetime | None] = mapped_column(index=True)
    follow_up_since: Mapped[datetime | None]  # when we asked how it went; auto-close counts from it
    last_feedback_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CaseFeedbackRow(Base):
    """Which feedback a case is about: the one that opened it and any attached later."""

    __tablename__ = "case_feedback"
    __table_args__ = (Index("ix_case_feedback_case", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), unique=True
    )
    role: Mapped[str] = mapped_column(String(12))  # opened | attached | reopened
    attached_at: Mapped[datetime]


class OpportunityDecisionRow(Base):
    """What the policy decided about one feedback item, and why: also when it opened nothing."""

    __tablename__ = "opportunity_decisions"

    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), primary_key=True
    )
    outcome: Mapped[str] = mapped_column(String(12))  # opened | attached | reopened | none
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    policy_version: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime]


class CaseHistoryRow(Base):
    """Every status change, assignment, escalation and note on a case, in order."""

    __tablename__ = "case_history"
    __table_args__ = (Index("ix_case_history_case_at", "case_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ContactAttemptRow(Base):
    __tablename__ = "contact_attempts"
    __table_args__ = (Index("ix_contact_attempts_case", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    agent: Mapped[str] = mapped_column(String(80))
    channel: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


class PromiseRow(Base):
    """A commitment made to the customer, with the time it is due."""

    __tablename__ = "promises"
    __table_args__ = (
        Index("ix_promises_case", "case_id"),
        Index("ix_promises_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime]
    made_at: Mapped[datetime]
    made_by: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(12))
    settled_at: Mapped[datetime | None]  # kept, broken or cancelled
    reminded_at: Mapped[datetime | None]  # the owner was reminded before it fell due
    note: Mapped[str | None] = mapped_column(Text)


class RemedyOfferRow(Base):
    """A make-good offered on a case: granted at once, waiting for approval, or refused."""

    __tablename__ = "remedy_offers"
    __table_args__ = (
        Index("ix_remedy_offers_case", "case_id"),
        Index("ix_remedy_offers_customer_at", "customer_id", "offered_at"),
        Index("ix_remedy_offers_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))  # granted | pending | refused
    offered_by: Mapped[str] = mapped_column(String(80))
    offered_role: Mapped[str] = mapped_column(String(16))
    offered_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
    approver_role: Mapped[str | None] = mapped_column(String(16))
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)
    # Snapshot for the fairness report: what the remedy was for, and how loud the customer was.
    topic: Mapped[str | None] = mapped_column(String(80))
    severity: Mapped[str] = mapped_column(String(16))
    loudness: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OutboxMessageRow(Base):
    """A message to a customer, queued for the messaging channels to send."""

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_status_after", "status", "send_after"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    milestone: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(12))
    to_address: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12))  # queued | sent | failed | suppressed
    created_at: Mapped[datetime]
    send_after: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)
