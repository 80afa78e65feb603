"""What the case routes answer: pydantic models, so the OpenAPI spec describes every field."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from amends.domain.case_records import (
    CaseSnapshot,
    OpportunityRecord,
    RemedyOffer,
)
from amends.domain.cases import CaseStatus
from amends.domain.journeys import JourneyComparison
from amends.domain.timeline import FeedbackItem
from amends.policy.cases import case_reference, status_label
from amends.policy.loader import LoadedPolicy
from amends.policy.remedies import Recommendation
from amends.services.case_views import CaseDetail, SlaReading, sla_reading
from amends.web.api.customers import CustomerOut


class _Copied(BaseModel):
    """Read field by field from the service's frozen dataclass of the same shape."""

    model_config = ConfigDict(from_attributes=True)


def _seconds(span: timedelta | None) -> float | None:
    return span.total_seconds() if span is not None else None


class PriorityOut(BaseModel):
    score: float
    band: str = Field(description="p1 (most urgent) to p4.")


class FactorOut(BaseModel):
    name: str
    value: float
    explanation: str


class PriorityDetailOut(PriorityOut):
    factors: list[FactorOut]


class SlaOut(BaseModel):
    target: str | None = Field(description="first_contact, resolution, or null: no clock runs.")
    due_at: datetime | None
    state: str = Field(description="ok, warning, breached, paused or met.")

    @classmethod
    def of(cls, reading: SlaReading) -> SlaOut:
        return cls(target=reading.target, due_at=reading.due_at, state=reading.state)


class SlaDetailOut(SlaOut):
    business_seconds_left: float | None = Field(
        description="Business time left on the running target; negative once breached."
    )

    @classmethod
    def of(cls, reading: SlaReading) -> SlaDetailOut:
        return cls(
            target=reading.target,
            due_at=reading.due_at,
            state=reading.state,
            business_seconds_left=_seconds(reading.business_time_left),
        )


class CaseOut(BaseModel):
    """A case as the list shows it, and as every action on a case answers."""

    id: int
    reference: str = Field(description="What people say on the phone, e.g. C-00042.")
    customer_id: int
    status: str
    status_label: str
    category: str = Field(description="open, waiting, resolved or closed.")
    team: str
    assignee: str | None
    priority: PriorityOut
    topics: list[str]
    opened_at: datetime
    contact_by: datetime
    resolve_by: datetime
    sla: SlaOut
    escalation: str = Field(description="Who has been told about a missed target: agent, lead…")

    @classmethod
    def fields_of(cls, case: CaseSnapshot, policy: LoadedPolicy) -> dict[str, Any]:
        rules = policy.policy.cases
        return {
            "id": case.id,
            "reference": case_reference(case.id, rules),
            "customer_id": case.customer_id,
            "status": case.status,
            "status_label": status_label(CaseStatus(case.status), rules),
            "category": case.category,
            "team": case.team,
            "assignee": case.assignee,
            "topics": list(case.topics),
            "opened_at": case.opened_at,
            "contact_by": case.contact_by,
            "resolve_by": case.resolve_by,
            "escalation": case.escalation,
        }

    @classmethod
    def of(cls, case: CaseSnapshot, policy: LoadedPolicy, now: datetime) -> CaseOut:
        return cls(
            **cls.fields_of(case, policy),
            priority=PriorityOut(score=case.priority_score, band=case.priority_band),
            sla=SlaOut.of(sla_reading(policy, case, now)),
        )


class CasePage(BaseModel):
    items: list[CaseOut]
    total: int
    limit: int
    offset: int


class ReasonOut(BaseModel):
    rule: str
    explanation: str
    evidence: dict[str, list[Any]] = Field(
        description="Per kind of evidence, the [start, end, text] spans of the customer's words."
    )


class DecisionOut(BaseModel):
    outcome: str = Field(description="opened, attached, reopened or none.")
    case_id: int | None
    reasons: list[ReasonOut]
    policy_version: str
    decided_at: datetime

    @classmethod
    def of(cls, record: OpportunityRecord) -> DecisionOut:
        return cls(
            outcome=record.outcome,
            case_id=record.case_id,
            reasons=[ReasonOut(**reason) for reason in record.reasons],
            policy_version=record.policy_version,
            decided_at=record.decided_at,
        )


class FeedbackOut(BaseModel):
    id: int
    source: str
    external_id: str
    channel: str
    metric: str | None
    score: int | None
    text: str | None
    received_at: datetime
    contact_requested: bool
    decision: DecisionOut | None

    @classmethod
    def of(cls, item: FeedbackItem, decision: OpportunityRecord | None) -> FeedbackOut:
        return cls(
            id=item.id,
            source=item.source,
            external_id=item.external_id,
            channel=item.channel,
            metric=item.metric,
            score=item.score,
            text=item.text,
            received_at=item.received_at,
            contact_requested=item.contact_requested,
            decision=DecisionOut.of(decision) if decision is not None else None,
        )


class HistoryOut(_Copied):
    at: datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str | None
    note: str | None
    details: dict[str, Any]


class AttemptOut(_Copied):
    id: int
    at: datetime
    agent: str
    channel: str
    outcome: str
    note: str | None


class PromiseOut(_Copied):
    id: int
    case_id: int
    kind: str
    description: str
    due_at: datetime
    made_at: datetime
    made_by: str
    status: str = Field(description="pending, kept, broken or cancelled.")
    settled_at: datetime | None
    note: str | None


class OfferOut(BaseModel):
    id: int
    case_id: int
    reference: str
    customer_id: int
    kind: str
    amount: Decimal
    currency: str
    status: str = Field(description="granted, pending (waiting for approval) or refused.")
    offered_by: str
    offered_role: str
    offered_at: datetime
    reason: str
    approver_role: str | None = Field(description="Who must decide a pending offer.")
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    topic: str | None
    severity: str

    @classmethod
    def of(cls, offer: RemedyOffer, policy: LoadedPolicy) -> OfferOut:
        return cls(
            id=offer.id,
            case_id=offer.case_id,
            reference=case_reference(offer.case_id, policy.policy.cases),
            customer_id=offer.customer_id,
            kind=offer.kind,
            amount=offer.amount,
            currency=offer.currency,
            status=offer.status,
            offered_by=offer.offered_by,
            offered_role=offer.offered_role,
            offered_at=offer.offered_at,
            reason=offer.reason,
            approver_role=offer.approver_role,
            decided_by=offer.decided_by,
            decided_at=offer.decided_at,
            decision_reason=offer.decision_reason,
            topic=offer.topic,
            severity=offer.severity,
        )


class MessageOut(_Copied):
    id: int
    milestone: str
    channel: str
    to_address: str | None
    subject: str | None
    body: str
    status: str
    created_at: datetime
    send_after: datetime


class ActualEventOut(_Copied):
    event_id: int
    type: str
    occurred_at: datetime
    label: str
    channel: str | None
    hold_seconds: int | None
    transfers: int | None


class JourneyRowOut(_Copied):
    number: int | None = Field(description="The actual event's place; null: nothing happened.")
    ideal_step: str | None
    expected_by: datetime | None
    actual: ActualEventOut | None
    status: str


class DiscrepancyOut(BaseModel):
    kind: str
    step: str | None
    detail: str
    number: int | None
    late_by_seconds: float | None


class JourneyOut(BaseModel):
    journey: str
    anchor: ActualEventOut
    rows: list[JourneyRowOut]
    discrepancies: list[DiscrepancyOut]

    @classmethod
    def of(cls, journey: JourneyComparison) -> JourneyOut:
        rows = [JourneyRowOut.model_validate(row) for row in journey.rows]
        discrepancies = [
            DiscrepancyOut(
                kind=d.kind,
                step=d.step,
                detail=d.detail,
                number=d.number,
                late_by_seconds=_seconds(d.late_by),
            )
            for d in journey.discrepancies
        ]
        anchor = ActualEventOut.model_validate(journey.anchor)
        return cls(journey=journey.journey, anchor=anchor, rows=rows, discrepancies=discrepancies)


class RecommendedOut(BaseModel):
    kind: str
    amount: Decimal | None = Field(description="0.00 without monetary value; null: unknown order.")
    reason: str


class RecommendationOut(BaseModel):
    items: list[RecommendedOut]
    reason: str
    rule: str = Field(description="The policy rule that matched (topic x severity x tier).")

    @classmethod
    def of(cls, recommendation: Recommendation) -> RecommendationOut:
        items = [
            RecommendedOut(kind=item.kind, amount=item.amount, reason=item.reason)
            for item in recommendation.items
        ]
        return cls(items=items, reason=recommendation.reason, rule=recommendation.rule)


class CaseDetailOut(CaseOut):
    """Everything one case needs on one screen."""

    priority: PriorityDetailOut
    sla: SlaDetailOut
    severity: str = Field(description="The problem's severity (what happened, not how loud).")
    reasons: list[ReasonOut]
    failed_attempts: int
    first_contact_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    warned_at: datetime | None
    breached_at: datetime | None
    paused_since: datetime | None
    customer: CustomerOut | None
    feedback: list[FeedbackOut]
    history: list[HistoryOut]
    attempts: list[AttemptOut]
    promises: list[PromiseOut]
    offers: list[OfferOut]
    messages: list[MessageOut]
    journey: JourneyOut | None
    recommendation: RecommendationOut

    @classmethod
    def of_detail(cls, detail: CaseDetail, policy: LoadedPolicy) -> CaseDetailOut:
        case = detail.case
        factors = [FactorOut(**factor) for factor in case.priority_factors]
        return cls(
            **cls.fields_of(case, policy),
            priority=PriorityDetailOut(
                score=case.priority_score, band=case.priority_band, factors=factors
            ),
            sla=SlaDetailOut.of(detail.sla),
            severity=case.severity,
            reasons=[ReasonOut(**reason) for reason in case.reasons],
            failed_attempts=case.failed_attempts,
            first_contact_at=case.first_contact_at,
            resolved_at=case.resolved_at,
            closed_at=case.closed_at,
            warned_at=case.warned_at,
            breached_at=case.breached_at,
            paused_since=case.paused_since,
            customer=CustomerOut.of(detail.customer) if detail.customer is not None else None,
            feedback=[FeedbackOut.of(f, detail.decisions.get(f.id)) for f in detail.feedback],
            history=[HistoryOut.model_validate(entry) for entry in detail.history],
            attempts=[AttemptOut.model_validate(attempt) for attempt in detail.attempts],
            promises=[PromiseOut.model_validate(promise) for promise in detail.promises],
            offers=[OfferOut.of(offer, policy) for offer in detail.offers],
            messages=[MessageOut.model_validate(message) for message in detail.messages],
            journey=JourneyOut.of(detail.journey) if detail.journey is not None else None,
            recommendation=RecommendationOut.of(detail.recommendation),
        )
