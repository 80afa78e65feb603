"""recovery cases

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import amends.store.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("category", sa.String(length=12), nullable=False),
        sa.Column("team", sa.String(length=80), nullable=False),
        sa.Column("assignee", sa.String(length=80), nullable=True),
        sa.Column("priority_score", sa.Double(), nullable=False),
        sa.Column("priority_band", sa.String(length=4), nullable=False),
        sa.Column("priority_factors", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("loudness", sa.JSON(), nullable=False),
        sa.Column("opened_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("contact_by", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("resolve_by", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("first_contact_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("escalation", sa.String(length=16), nullable=False),
        sa.Column("warned_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("breached_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("paused_since", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("paused_seconds", sa.Integer(), nullable=False),
        sa.Column("next_check_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("follow_up_since", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "last_feedback_at", amends.store.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("updated_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_cases_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_assignee_category", ["assignee", "category"], unique=False)
        batch_op.create_index("ix_cases_category_team", ["category", "team"], unique=False)
        batch_op.create_index(
            "ix_cases_customer_category", ["customer_id", "category"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_next_check_at"), ["next_check_at"], unique=False)

    op.create_table(
        "case_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("attached_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_feedback_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["feedback_id"],
            ["feedback.id"],
            name=op.f("fk_case_feedback_feedback_id_feedback"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_feedback")),
        sa.UniqueConstraint("feedback_id", name=op.f("uq_case_feedback_feedback_id")),
    )
    with op.batch_alter_table("case_feedback", schema=None) as batch_op:
        batch_op.create_index("ix_case_feedback_case", ["case_id"], unique=False)

    op.create_table(
        "case_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_history_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_history")),
    )
    with op.batch_alter_table("case_history", schema=None) as batch_op:
        batch_op.create_index("ix_case_history_case_at", ["case_id", "at"], unique=False)

    op.create_table(
        "contact_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("agent", sa.String(length=80), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_contact_attempts_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_attempts")),
    )
    with op.batch_alter_table("contact_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_contact_attempts_case", ["case_id"], unique=False)

    op.create_table(
        "opportunity_decisions",
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("policy_version", sa.String(length=80), nullable=False),
        sa.Column("decided_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_opportunity_decisions_case_id_cases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["feedback_id"],
            ["feedback.id"],
            name=op.f("fk_opportunity_decisions_feedback_id_feedback"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("feedback_id", name=op.f("pk_opportunity_decisions")),
    )
    op.create_table(
        "outbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("milestone", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("to_address", sa.String(length=320), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("send_after", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_outbox_messages_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_outbox_messages_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_messages")),
    )
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_status_after", ["status", "send_after"], unique=False)

    op.create_table(
        "promises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("made_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("settled_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_promises_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promises")),
    )
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.create_index("ix_promises_case", ["case_id"], unique=False)
        batch_op.create_index("ix_promises_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "remedy_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("offered_by", sa.String(length=80), nullable=False),
        sa.Column("offered_role", sa.String(length=16), nullable=False),
        sa.Column("offered_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("approver_role", sa.String(length=16), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column("decided_at", amends.store.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("topic", sa.String(length=80), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("loudness", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_remedy_offers_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_remedy_offers_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remedy_offers")),
    )
    with op.batch_alter_table("remedy_offers", schema=None) as batch_op:
        batch_op.create_index("ix_remedy_offers_case", ["case_id"], unique=False)
        batch_op.create_index(
            "ix_remedy_offers_customer_at", ["customer_id", "offered_at"], unique=False
        )
        batch_op.create_index("ix_remedy_offers_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("remedy_offers", schema=None) as batch_op:
        batch_op.drop_index("ix_remedy_offers_status")
        batch_op.drop_index("ix_remedy_offers_customer_at")
        batch_op.drop_index("ix_remedy_offers_case")

    op.drop_table("remedy_offers")
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_index("ix_promises_status_due")
        batch_op.drop_index("ix_promises_case")

    op.drop_table("promises")
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_status_after")

    op.drop_table("outbox_messages")
    op.drop_table("opportunity_decisions")
    with op.batch_alter_table("contact_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_attempts_case")

    op.drop_table("contact_attempts")
    with op.batch_alter_table("case_history", schema=None) as batch_op:
        batch_op.drop_index("ix_case_history_case_at")

    op.drop_table("case_history")
    with op.batch_alter_table("case_feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_case_feedback_case")

    op.drop_table("case_feedback")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_next_check_at"))
        batch_op.drop_index("ix_cases_customer_category")
        batch_op.drop_index("ix_cases_category_team")
        batch_op.drop_index("ix_cases_assignee_category")

    op.drop_table("cases")
