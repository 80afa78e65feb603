"""/api/v1/customers: list and read customers, and their timeline. (POST: see records.py.)"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from amends.domain.customers import CustomerProfile
from amends.domain.timeline import EventItem, FeedbackItem, TimelineEntry
from amends.services.customers import (
    Reading,
    customer_timeline,
    get_customer,
    list_customers,
)
from amends.web.deps import UowDep

router = APIRouter(prefix="/customers", tags=["customers"])


class CustomerOut(BaseModel):
    id: int
    external_id: str | None
    name: str | None
    email: str | None
    phone: str | None
    timezone: str | None
    tier: str | None
    lifetime_value: float | None
    tags: list[str]
    consent: dict[str, bool | None]
    opted_out_at: dict[str, datetime | None]
    created_at: datetime

    @classmethod
    def of(cls, customer: CustomerProfile) -> CustomerOut:
        return cls(
            id=customer.id,
            external_id=customer.external_id,
            name=customer.name,
            email=customer.email,
            phone=customer.phone,
            timezone=customer.timezone,
            tier=customer.tier,
            lifetime_value=customer.lifetime_value,
            tags=list(customer.tags),
            consent={str(k): v for k, v in customer.consent.items()},
            opted_out_at={str(k): v for k, v in customer.opted_out_at.items()},
            created_at=customer.created_at,
        )


class ReadingOut(BaseModel):
    negative: float
    is_negative: bool
    labels: list[str]
    signals: list[str]
    topics: list[str]


class TimelineEntryOut(BaseModel):
    at: datetime
    kind: Literal["feedback", "event"]
    id: int
    source: str
    external_id: str
    type: str
    channel: str | None
    metric: str | None = None
    score: int | None = None
    text: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    hold_seconds: int | None = None
    transfers: int | None = None
    attributes: dict[str, Any] | None = None
    analysis: ReadingOut | None = None

    @classmethod
    def of(cls, entry: TimelineEntry, readings: dict[int, Reading]) -> TimelineEntryOut:
        item = entry.item
        common = {"at": entry.at, "kind": entry.kind, "id": item.id, "source": item.source}
        if isinstance(item, FeedbackItem):
            reading = readings.get(item.id)
            return cls(
                **common,
                analysis=ReadingOut(**asdict(reading)) if reading is not None else None,
                external_id=item.external_id,
                type=item.channel,
                channel=item.channel,
                metric=item.metric,
                score=item.score,
                text=item.text,
            )
        assert isinstance(item, EventItem)
        return cls(
            **common,
            external_id=item.external_id,
            type=item.type,
            channel=item.channel,
            amount=item.amount,
            currency=item.currency,
            hold_seconds=item.hold_seconds,
            transfers=item.transfers,
            attributes=item.attributes,
        )


class TimelineOut(BaseModel):
    customer: CustomerOut
    entries: list[TimelineEntryOut]
    truncated: bool


@router.get("")
def list_customers_route(
    uow: UowDep,
    q: Annotated[str | None, Query(description="Part of a name or email.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[CustomerOut]:
    """Customers in id order, optionally matching a name or email."""
    found = list_customers(uow, query=q, limit=limit, offset=offset)
    return [CustomerOut.of(customer) for customer in found]


@router.get("/{customer_id}")
def read_customer(customer_id: int, uow: UowDep) -> CustomerOut:
    return CustomerOut.of(get_customer(uow, customer_id))


@router.get("/{customer_id}/timeline")
def read_timeline(
    customer_id: int,
    uow: UowDep,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> TimelineOut:
    """Feedback and events in time order, oldest first; the newest ``limit`` of them."""
    timeline = customer_timeline(uow, customer_id, since=since, until=until, limit=limit)
    return TimelineOut(
        customer=CustomerOut.of(timeline.customer),
        entries=[TimelineEntryOut.of(entry, timeline.readings) for entry in timeline.entries],
        truncated=timeline.truncated,
    )
