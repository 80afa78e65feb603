"""Reading customers: look one up, list them, lay out their timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from amends.domain.customers import CustomerProfile, normalize_email, normalize_phone
from amends.domain.timeline import TimelineEntry, merge_timeline
from amends.errors import CustomerNotFound
from amends.services.unit_of_work import UnitOfWork

MAX_TIMELINE = 1000


@dataclass(frozen=True, slots=True)
class Reading:
    """What the analyzer read in one feedback item, as the timeline shows it."""

    negative: float
    is_negative: bool
    labels: tuple[str, ...]
    signals: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    customer: CustomerProfile
    entries: list[TimelineEntry]
    truncated: bool
    readings: dict[int, Reading] = field(default_factory=dict)  # by feedback id


def find_customer(uow: UnitOfWork, key: str, *, region: str = "US") -> CustomerProfile:
    """By external id, email, phone or internal id; a clear error when nobody matches."""
    with uow:
        customer = None
        for candidate in _spellings(key, region):
            customer = uow.customers.find(candidate)
            if customer is not None:
                break
    if customer is None:
        raise CustomerNotFound(f"no customer with id, external id, email or phone {key!r}")
    return customer


def _spellings(key: str, region: str) -> list[str]:
    """The key as typed, then as a normalised email or phone, the way identities are stored."""
    spellings = [key.strip()]
    for normalise in (normalize_email, lambda raw: normalize_phone(raw, region)):
        try:
            spellings.append(normalise(key))
        except ValueError:
            continue
    return list(dict.fromkeys(spellings))


def get_customer(uow: UnitOfWork, customer_id: int) -> CustomerProfile:
    with uow:
        customer = uow.customers.get(customer_id)
    if customer is None:
        raise CustomerNotFound(f"no customer with id {customer_id}")
    return customer


def customer_timeline(
    uow: UnitOfWork,
    customer_id: int,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
    analyzer: str = "default",
) -> Timeline:
    """The newest ``limit`` feedback items and events in ``[since, until)``, oldest first, with
    what ``analyzer`` read in each feedback item."""
    limit = max(1, min(limit, MAX_TIMELINE))
    with uow:
        customer = uow.customers.get(customer_id)
        if customer is None:
            raise CustomerNotFound(f"no customer with id {customer_id}")
        # One more than asked for tells whether anything older was left out.
        feedback = uow.feedback.for_customer(customer_id, since=since, until=until, limit=limit + 1)
        events = uow.events.for_customer(customer_id, since=since, until=until, limit=limit + 1)
        analyses = uow.analyses.for_feedback([item.id for item in feedback], analyzer)
    entries = merge_timeline(feedback, events)
    truncated = len(entries) > limit
    readings = {
        feedback_id: Reading(
            negative=float(row["negative"]),
            is_negative=bool(row["is_negative"]),
            labels=tuple(row["labels"]),
            signals=tuple(row["signals"]),
            topics=tuple(row["topics"]),
        )
        for feedback_id, row in analyses.items()
    }
    return Timeline(customer, entries[-limit:], truncated, readings)


def list_customers(
    uow: UnitOfWork, *, query: str | None, limit: int, offset: int
) -> list[CustomerProfile]:
    with uow:
        return uow.customers.search(query=query, limit=max(1, min(limit, 500)), offset=offset)
