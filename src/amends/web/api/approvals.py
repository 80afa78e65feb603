"""/api/v1/cases/{id}/remedies and /api/v1/approvals: make-goods within budget, and the queue of
offers above an agent's budget waiting for a lead or manager."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from amends.services.case_views import case_detail
from amends.services.remedies import decide_approval, offer_remedy, pending_approvals
from amends.web.api.case_actions import AgentId, Note
from amends.web.api.case_models import OfferOut, RecommendationOut
from amends.web.deps import Now, PolicyDep, UowDep

remedies = APIRouter(prefix="/cases", tags=["remedies"])
approvals = APIRouter(prefix="/approvals", tags=["remedies"])

Money = Annotated[Decimal, Field(ge=0, max_digits=12, decimal_places=2)]
OrderValue = Annotated[
    Decimal | None,
    Query(ge=0, description="The order's value; default: the customer's latest order."),
]


class OfferIn(BaseModel):
    kind: str = Field(min_length=1, max_length=60, description="A remedy of the policy catalogue.")
    amount: Money | None = Field(
        default=None, description="For remedies with a range or the order's value; else omit."
    )
    agent: AgentId
    order_value: Money | None = Field(default=None, description="For refunds and replacements.")
    note: Note = None


class ApprovalIn(BaseModel):
    approve: bool
    agent: AgentId = Field(description="The lead or manager deciding.")
    reason: Note = None


class ApprovalPage(BaseModel):
    items: list[OfferOut]
    limit: int
    offset: int


@remedies.get("/{case_id}/remedies/recommendation")
def recommendation(
    case_id: int, uow: UowDep, policy: PolicyDep, now: Now, order_value: OrderValue = None
) -> RecommendationOut:
    """The standard remedy for this case (topic x problem severity x tier), with the reason.
    How loudly the customer complained is never an input."""
    detail = case_detail(uow, policy, case_id, now=now, order_value=order_value)
    return RecommendationOut.of(detail.recommendation)


@remedies.post("/{case_id}/remedies", status_code=201)
def offer(case_id: int, body: OfferIn, uow: UowDep, policy: PolicyDep, now: Now) -> OfferOut:
    """Offer a remedy: ``granted`` within the agent's budget, ``pending`` (an approval request
    for the role above) beyond it, ``refused`` when no role may grant that much."""
    made = offer_remedy(
        uow,
        policy,
        case_id,
        kind=body.kind,
        amount=body.amount,
        by=body.agent,
        now=now,
        order_value=body.order_value,
        note=body.note,
    )
    return OfferOut.of(made, policy)


@remedies.post("/{case_id}/remedies/{offer_id}/approval")
def decide(
    case_id: int, offer_id: int, body: ApprovalIn, uow: UowDep, policy: PolicyDep, now: Now
) -> OfferOut:
    """Approve or refuse a pending offer. Only the role the offer waits for (or one above)
    decides; approving beyond the approver's own budget passes it further up."""
    decided = decide_approval(
        uow,
        policy,
        case_id,
        offer_id,
        approve=body.approve,
        by=body.agent,
        now=now,
        reason=body.reason,
    )
    return OfferOut.of(decided, policy)


@approvals.get("")
def list_approvals(
    uow: UowDep,
    policy: PolicyDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ApprovalPage:
    """Remedy offers waiting for approval, the oldest first; ``approver_role`` says whose."""
    found = pending_approvals(uow, limit=limit, offset=offset)
    return ApprovalPage(items=[OfferOut.of(o, policy) for o in found], limit=limit, offset=offset)
