"""Test data builders: a valid row by default, ``**overrides`` for what the test is about."""

from __future__ import annotations

from itertools import count
from typing import Any

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
