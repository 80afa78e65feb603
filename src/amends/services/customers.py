"""Reading customers: look one up, list them, lay out their timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from amends.domain.customers import CustomerProfile, normalize_email, normalize_phone
from amends.domain.timeline import TimelineEntry, merge_timeline
from amends.errors import CustomerNotFound
from amends.services.unit_of_work import UnitOfWork

MAX_TIMELINE = 1000


@dataclass(frozen=True, slots=True)
class Timeline:
    customer: CustomerProfile
    entries: list[TimelineEntry]
    truncated: bool


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
) -> Timeline:
    """The newest ``limit`` feedback items and events in ``[since, until)``, oldest first."""
    limit = max(1, min(limit, MAX_TIMELINE))
    with uow:
        customer = uow.customers.get(customer_id)
        if customer is None:
            raise CustomerNotFound(f"no customer with id {customer_id}")
        # One more than asked for tells whether anything older was left out.
        feedback = uow.feedback.for_customer(customer_id, since=since, until=until, limit=limit + 1)
        events = uow.events.for_customer(customer_id, since=since, until=until, limit=limit + 1)
    entries = merge_timeline(feedback, events)
    truncated = len(entries) > limit
    return Timeline(customer, entries[-limit:], truncated)


def list_customers(
    uow: UnitOfWork, *, query: str | None, limit: int, offset: int
) -> list[CustomerProfile]:
    with uow:
        return uow.customers.search(query=query, limit=max(1, min(limit, 500)), offset=offset)
