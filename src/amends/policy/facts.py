"""What the policy is shown about one piece of feedback and its customer: plain values, no I/O.

Services build these from stored rows; every rule in ``amends.policy`` reads only these, so each
rule can be tested with a one-line constructor call (``tests/factories.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

Span = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class FeedbackFacts:
    feedback_id: int
    customer_id: int
    channel: str  # amends.domain.feedback.FeedbackChannel values
    received_at: datetime
    metric: str | None = None  # "nps" | "csat" | "ces"
    score: int | None = None
    contact_requested: bool = False  # the survey's "talk to someone now" choice
    text: str | None = None
    language: str | None = None
    # What the analyzer read (all empty when the item was not analysed, e.g. a bare score).
    analyzed: bool = False
    negative: float = 0.0
    is_negative: bool = False
    cx_emotions: Mapping[str, float] = field(default_factory=dict)
    labels: tuple[str, ...] = ()
    signals: frozenset[str] = frozenset()
    topics: tuple[str, ...] = ()
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    # Loudness: how publicly the customer spoke. Used by the fairness report, never by remedies.
    followers: int | None = None


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    customer_id: int
    tier: str | None = None  # amends.domain.customers.Tier values
    lifetime_value: Decimal | None = None
    timezone: str | None = None  # IANA name
    name: str | None = None
