"""The customer timeline: everything they told us and everything that happened, in time order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from itertools import chain
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class FeedbackItem:
    id: int
    customer_id: int
    source: str
    external_id: str
    channel: str
    metric: str | None
    score: int | None
    text: str | None
    language: str | None
    received_at: datetime
    in_reply_to: str | None
    contact_requested: bool


@dataclass(frozen=True, slots=True)
class EventItem:
    id: int
    customer_id: int
    source: str
    external_id: str
    type: str
    occurred_at: datetime
    amount: Decimal | None
    currency: str | None
    channel: str | None
    hold_seconds: int | None
    transfers: int | None
    attributes: dict[str, Any]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: Literal["feedback", "event"]
    item: FeedbackItem | EventItem


def merge_timeline(
    feedback: Iterable[FeedbackItem], events: Iterable[EventItem]
) -> list[TimelineEntry]:
    """Both streams, oldest first. At the same instant the event comes first: it is usually what
    the customer is reacting to."""
    entries = chain(
        (TimelineEntry(item.occurred_at, "event", item) for item in events),
        (TimelineEntry(item.received_at, "feedback", item) for item in feedback),
    )
    return sorted(entries, key=lambda entry: (entry.at, entry.kind != "event", entry.item.id))
