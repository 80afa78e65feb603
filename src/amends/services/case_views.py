"""Reading cases: the list an agent works from and everything one case needs on one screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from amends.domain.case_records import (
    CaseSnapshot,
    ContactAttempt,
    HistoryEntry,
    OpportunityRecord,
    OutboxMessage,
    PromiseRecord,
    RemedyOffer,
)
from amends.domain.cases import CaseStatus
from amends.domain.customers import CustomerProfile
from amends.domain.journeys import JOURNEY_LOOKBACK, JourneyComparison, compare_case_journey
from amends.domain.timeline import FeedbackItem
from amends.policy.case_clock import case_clock
from amends.policy.cases import case_reference, status_label
from amends.policy.loader import LoadedPolicy
from amends.policy.remedies import Recommendation
from amends.services.cases import load_case
from amends.services.remedies import recommend_for_case
from amends.services.unit_of_work import CaseFilter, UnitOfWork


@dataclass(frozen=True, slots=True)
class SlaReading:
    target: str | None  # first_contact | resolution | None when no clock runs
    due_at: datetime | None
    business_time_left: timedelta | None  # negative once breached
    state: str  # ok | warning | breached | paused | met


@dataclass(frozen=True, slots=True)
class CaseDetail:
    case: CaseSnapshot
    reference: str
    status_label: str
    customer: CustomerProfile | None
    feedback: tuple[FeedbackItem, ...]
    decisions: dict[int, OpportunityRecord]
    history: tuple[HistoryEntry, ...]
    attempts: tuple[ContactAttempt, ...]
    promises: tuple[PromiseRecord, ...]
    offers: tuple[RemedyOffer, ...]
    messages: tuple[OutboxMessage, ...]
    sla: SlaReading
    journey: JourneyComparison | None
    recommendation: Recommendation


def sla_reading(policy: LoadedPolicy, case: CaseSnapshot, now: datetime) -> SlaReading:
    clock = case_clock(policy.policy, case.team, case.priority_band)
    running = clock.running_target(case)
    status = CaseStatus(case.status)
    if running is None:
        state = "paused" if status.clock_paused else "met"
        return SlaReading(None, None, None, state)
    target, _start, due = running
    left = clock.business_time(now, due) if due > now else -clock.business_time(due, now)
    if case.breached_at is not None or now >= due:
        state = "breached"
    elif case.warned_at is not None:
        state = "warning"
    else:
        state = "ok"
    return SlaReading(target, due, left, state)


def list_cases(
    uow: UnitOfWork, where: CaseFilter, *, now: datetime, limit: int, offset: int
) -> tuple[list[CaseSnapshot], int]:
    """A page of cases, most urgent first, and how many match in all (two queries)."""
    with uow:
        return uow.cases.search(where, now=now, limit=limit, offset=offset), uow.cases.count(
            where, now=now
        )


def case_detail(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    *,
    now: datetime,
    order_value: Decimal | None = None,
) -> CaseDetail:
    rules = policy.policy
    with uow:
        case = load_case(uow, case_id)
        links = uow.cases.feedback_links(case.id)
        ids = {link.feedback_id for link in links}
        customer = uow.customers.get(case.customer_id)
        since = min((link.attached_at for link in links), default=case.opened_at)
        feedback = tuple(uow.feedback.by_ids(ids))
        events = uow.events.for_customer(
            case.customer_id, since=since - JOURNEY_LOOKBACK, until=None, limit=1000
        )
        detail_parts = (
            uow.cases.decisions_for(ids),
            tuple(uow.cases.history(case.id)),
            tuple(uow.attempts.for_case(case.id)),
            tuple(uow.promises.for_case(case.id)),
            tuple(uow.remedies.for_case(case.id)),
            tuple(uow.outbox.for_case(case.id)),
        )
    zone = rules.calendar_of(case.team).zone
    # The journey that explains a case is the one the customer complained about: anchor it
    # before their first feedback on the case, not when we got round to opening it.
    complained_at = min((item.received_at for item in feedback), default=case.opened_at)
    journey = compare_case_journey(
        rules.journeys, case.topics, events, opened_at=complained_at, now=now, tz=zone
    )
    tier = customer.tier if customer is not None else None
    if order_value is None:
        orders = [e for e in events if e.type == "order" and e.amount is not None]
        before = [e for e in orders if e.occurred_at <= case.opened_at] or orders
        latest = max(before, key=lambda e: e.occurred_at, default=None)
        order_value = latest.amount if latest is not None else None
    decisions, entries, attempts, promises, offers, messages = detail_parts
    return CaseDetail(
        case=case,
        reference=case_reference(case.id, rules.cases),
        status_label=status_label(CaseStatus(case.status), rules.cases),
        customer=customer,
        feedback=feedback,
        decisions=decisions,
        history=entries,
        attempts=attempts,
        promises=promises,
        offers=offers,
        messages=messages,
        sla=sla_reading(policy, case, now),
        journey=journey,
        recommendation=recommend_for_case(policy, case, tier=tier, order_value=order_value),
    )
