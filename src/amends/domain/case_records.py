"""Recovery cases as the store hands them back: plain frozen values, no behaviour.

The rules that move a case live in ``domain/cases.py`` (lifecycle), ``domain/sla.py`` (clocks) and
``amends.policy``; services read these snapshots, ask the rules, and write the changes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    id: int
    customer_id: int
    status: str
    category: str
    team: str
    assignee: str | None
    priority_score: float
    priority_band: str
    priority_factors: tuple[dict[str, Any], ...]
    topics: tuple[str, ...]
    severity: str
    reasons: tuple[dict[str, Any], ...]
    loudness: dict[str, Any]
    opened_at: datetime
    contact_by: datetime
    resolve_by: datetime
    first_contact_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    failed_attempts: int
    escalation: str
    warned_at: datetime | None
    breached_at: datetime | None
    paused_since: datetime | None
    paused_seconds: int
    last_feedback_at: datetime
    updated_at: datetime
    follow_up_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    from_status: str | None = None
    to_status: str | None = None
    note: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ContactAttempt:
    id: int
    case_id: int
    at: datetime
    agent: str
    channel: str
    outcome: str
    note: str | None


@dataclass(frozen=True, slots=True)
class PromiseRecord:
    id: int
    case_id: int
    kind: str
    description: str
    due_at: datetime
    made_at: datetime
    made_by: str
    status: str
    settled_at: datetime | None
    note: str | None
    reminded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class RemedyOffer:
    id: int
    case_id: int
    customer_id: int
    kind: str
    amount: Decimal
    currency: str
    status: str
    offered_by: str
    offered_role: str
    offered_at: datetime
    reason: str
    approver_role: str | None
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    topic: str | None
    severity: str
    loudness: dict[str, Any]


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    id: int
    case_id: int | None
    customer_id: int
    milestone: str
    channel: str
    to_address: str | None
    subject: str | None
    body: str
    status: str
    created_at: datetime
    send_after: datetime


@dataclass(frozen=True, slots=True)
class CaseFeedbackLink:
    feedback_id: int
    role: str
    attached_at: datetime


@dataclass(frozen=True, slots=True)
class OpportunityRecord:
    feedback_id: int
    outcome: str
    case_id: int | None
    reasons: tuple[dict[str, Any], ...]
    policy_version: str
    decided_at: datetime
