"""Test data builders: a valid row by default, ``**overrides`` for what the test is about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

from amends.domain.case_records import CaseSnapshot
from amends.domain.records import RawRow

_numbers = count(1)


def make_feedback(**overrides: Any) -> dict[str, Any]:
    n = next(_numbers)
    row: dict[str, Any] = {
        "external_id": f"F-{n}",
        "customer_id": f"C-{n % 50}",
        "channel": "survey",
        "metric": "nps",
        "score": "3",
        "text": "The parcel came a week late and nobody told me why.",
        "received_at": "2026-11-20T10:15:00+00:00",
    }
    row.update(overrides)
    return {k: v for k, v in row.items() if v is not None}


def make_event(**overrides: Any) -> dict[str, Any]:
    n = next(_numbers)
    row: dict[str, Any] = {
        "external_id": f"E-{n}",
        "customer_id": f"C-{n % 50}",
        "type": "order",
        "occurred_at": "2026-11-10T08:00:00+00:00",
        "amount": "49.90",
        "currency": "USD",
    }
    row.update(overrides)
    return {k: v for k, v in row.items() if v is not None}


def make_customer(**overrides: Any) -> dict[str, Any]:
    n = next(_numbers)
    row: dict[str, Any] = {
        "external_id": f"C-{n}",
        "name": f"Customer {n}",
        "email": f"customer{n}@example.com",
        "tier": "standard",
    }
    row.update(overrides)
    return {k: v for k, v in row.items() if v is not None}


def rows(*records: dict[str, Any]) -> list[RawRow]:
    """Number rows the way a CSV would (the header is line 1)."""
    return [RawRow(line, record) for line, record in enumerate(records, start=2)]


def make_case(**overrides: Any) -> CaseSnapshot:
    """An assigned, freshly opened p3 case of the care team (Monday 23 Nov 2026, 14:00 UTC)."""
    opened = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
    values: dict[str, Any] = {
        "id": next(_numbers),
        "customer_id": 1,
        "status": "assigned",
        "category": "open",
        "team": "care",
        "assignee": "emma.wilson",
        "priority_score": 30.0,
        "priority_band": "p3",
        "priority_factors": (),
        "topics": ("delivery",),
        "severity": "moderate",
        "reasons": (),
        "loudness": {},
        "opened_at": opened,
        "contact_by": opened + timedelta(hours=9),
        "resolve_by": opened + timedelta(days=5),
        "first_contact_at": None,
        "resolved_at": None,
        "closed_at": None,
        "failed_attempts": 0,
        "escalation": "agent",
        "warned_at": None,
        "breached_at": None,
        "paused_since": None,
        "paused_seconds": 0,
        "last_feedback_at": opened,
        "updated_at": opened,
    }
    values.update(overrides)
    return CaseSnapshot(**values)
