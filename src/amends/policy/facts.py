"""What the policy is shown about one piece of feedback and its customer: plain values, no I/O.

Services build these from stored rows; every rule in ``amends.policy`` reads only these, so each
rule can be tested with a one-line constructor call (``tests/factories.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from amends.analysis.labels import NEGATIVE_CX

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
    email: str | None = None
    phone: str | None = None  # E.164
    # Channels we may message the customer on: consent given and not withdrawn, as stored.
    consent_sms: bool | None = None
    consent_email: bool | None = None
    opted_out_sms_at: datetime | None = None
    opted_out_email_at: datetime | None = None

    def may_message(self, channel: str, now: datetime) -> bool:
        """``sms`` or ``email``: we hold the address, consent was given and not withdrawn."""
        if channel == "sms":
            consent, opted_out, address = self.consent_sms, self.opted_out_sms_at, self.phone
        elif channel == "email":
            consent, opted_out, address = self.consent_email, self.opted_out_email_at, self.email
        else:
            return False
        return bool(address) and bool(consent) and (opted_out is None or opted_out > now)


def loudness(facts: FeedbackFacts) -> dict[str, object]:
    """How loudly the customer spoke: recorded for the fairness report, never used to price a
    remedy (``amends.policy.remedies`` takes no such input)."""
    intensity = max(
        (p for name, p in facts.cx_emotions.items() if name in NEGATIVE_CX), default=0.0
    )
    return {
        "emotion_intensity": round(float(intensity), 4),
        "public_threat": "public_escalation_threat" in facts.signals,
        "followers": facts.followers,
    }


def louder(first: Mapping[str, object], second: Mapping[str, object]) -> dict[str, object]:
    """The loudest of two readings, field by field (a case keeps its customer's loudest moment)."""

    def number(value: object) -> float:
        return float(value) if isinstance(value, int | float) else 0.0

    followers = [v for v in (first.get("followers"), second.get("followers")) if v is not None]
    return {
        "emotion_intensity": max(
            number(first.get("emotion_intensity")), number(second.get("emotion_intensity"))
        ),
        "public_threat": bool(first.get("public_threat")) or bool(second.get("public_threat")),
        "followers": max(followers, key=number) if followers else None,
    }
