"""feedback analyses

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import amends.store.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feedback_analyses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("analyzer", sa.String(length=80), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("negative", sa.Double(), nullable=False),
        sa.Column("is_negative", sa.Boolean(), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.Column("emotions", sa.JSON(), nullable=False),
        sa.Column("cx_emotions", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("analyzed_at", amends.store.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["feedback_id"],
            ["feedback.id"],
            name=op.f("fk_feedback_analyses_feedback_id_feedback"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_analyses")),
        sa.UniqueConstraint(
            "feedback_id", "analyzer", name=op.f("uq_feedback_analyses_feedback_id_analyzer")
        ),
    )
    with op.batch_alter_table("feedback_analyses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_analyses_is_negative"), ["is_negative"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("feedback_analyses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_analyses_is_negative"))

    op.drop_table("feedback_analyses")
