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
