"""Expectation messages: tell the customer, on a channel they agreed to, when a person will be
in touch ("We'll call you by 3 pm tomorrow"), computed from the SLA deadline and business hours.

Pure: returns the outbox row to queue. Sending belongs to the messaging channels; a customer who
gave no consent on any channel gets a *suppressed* row, so the case shows that nobody was told.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from amends.policy.cases import case_reference
from amends.policy.facts import CustomerFacts
from amends.policy.messages import render_message, when_phrase
from amends.policy.routing import Team

if TYPE_CHECKING:
    from amends.policy.model import Policy

# Text messages reach people faster than e-mail; a phone number with SMS consent wins.
CHANNEL_PREFERENCE = ("sms", "email")
# Stands in for the reference of a case not inserted yet; ``with_reference`` fills it in.
CASE_REF_SLOT = "\x00case_ref\x00"


def with_reference(message: dict[str, object], reference: str) -> dict[str, object]:
    filled = dict(message)
    for key in ("subject", "body"):
        value = filled.get(key)
        if isinstance(value, str):
            filled[key] = value.replace(CASE_REF_SLOT, reference)
    return filled


def customer_zone(customer: CustomerFacts, fallback: tzinfo) -> tzinfo:
    if customer.timezone:
        try:
            return ZoneInfo(customer.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return fallback


def first_name(customer: CustomerFacts) -> str | None:
    return customer.name.split()[0] if customer.name and customer.name.split() else None


def expectation_message(
    policy: Policy,
    milestone: str,
    customer: CustomerFacts,
    *,
    team: Team,
    deadline: datetime,
    now: datetime,
    case_id: int | None = None,
) -> dict[str, object]:
    """The outbox row for ``milestone`` (``case_opened``, ``promise_made`` ...), without its
    ``case_id`` when the case is not inserted yet."""
    calendar = policy.calendar_of(team.name)
    zone = customer_zone(customer, calendar.zone)
    channel = next((c for c in CHANNEL_PREFERENCE if customer.may_message(c, now)), None)
    reference = case_reference(case_id, policy.cases) if case_id is not None else CASE_REF_SLOT
    rendered = render_message(
        policy.messages,
        milestone,
        channel or "email",
        first_name=first_name(customer),
        when=when_phrase(deadline, now, zone),
        case_ref=reference,
        team=team.name,
    )
    return {
        "customer_id": customer.customer_id,
        "milestone": milestone,
        "channel": channel or "none",
        "to_address": customer.phone if channel == "sms" else customer.email if channel else None,
        "subject": rendered.subject,
        "body": rendered.body,
        "status": "queued" if channel else "suppressed",
        "created_at": now,
        "send_after": now,
        "error": None if channel else "no channel with consent",
    }
