"""/api/v1/cases/{id}/...: what agents do to a case — move it, assign it, log attempts, promise.

``agent`` in each body is who acts; it must be an agent in the policy's roster (there is no
per-agent login yet). The services check what that agent may do.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter
from pydantic import AwareDatetime, BaseModel, Field

from amends.domain.cases import AttemptOutcome, CaseAction
from amends.domain.promises import MAX_DESCRIPTION, PromiseKind
from amends.services.cases import (
    assign_case,
    make_promise,
    record_contact_attempt,
    settle_promise,
    transition_case,
)
from amends.web.api.case_models import CaseOut, PromiseOut
from amends.web.deps import Now, PolicyDep, UowDep

router = APIRouter(prefix="/cases", tags=["cases"])

AgentId = Annotated[
    str, Field(min_length=1, max_length=100, description="The acting agent's id in the policy.")
]
Note = Annotated[str | None, Field(max_length=2000)]


class TransitionIn(BaseModel):
    action: CaseAction = Field(
        description="start_contact, start_work, wait_on_customer, resume, resolve, "
        "start_follow_up, close or reopen (assignment and unreachable have their own routes)."
    )
    agent: AgentId
    note: Note = None


class AssignmentIn(BaseModel):
    agent: AgentId = Field(description="Who takes the case (any team's agent).")
    by: AgentId = Field(description="Who hands it over.")
    note: Note = None


class AttemptIn(BaseModel):
    outcome: AttemptOutcome
    channel: str = Field(min_length=1, max_length=40, examples=["phone", "sms", "email"])
    agent: AgentId
    note: Note = None


class PromiseIn(BaseModel):
    kind: PromiseKind
    description: str = Field(min_length=1, max_length=MAX_DESCRIPTION)
    due_at: AwareDatetime = Field(description="ISO 8601 with an offset, e.g. 2026-11-25T15:00Z.")
    agent: AgentId


class SettlementIn(BaseModel):
    outcome: Literal["kept", "cancelled"] = Field(
        description="Broken is not asked for: the timer sweep says so when the time passes."
    )
    agent: AgentId
    note: Note = None


@router.post("/{case_id}/transitions")
def move_case(
    case_id: int, body: TransitionIn, uow: UowDep, policy: PolicyDep, now: Now
) -> CaseOut:
    """Move the case along its lifecycle; 409 ``illegal_transition`` names the actions its
    status allows (``details.allowed``)."""
    case = transition_case(
        uow, policy, case_id, body.action, by=body.agent, now=now, note=body.note
    )
    return CaseOut.of(case, policy, now)


@router.post("/{case_id}/assignment")
def assign(case_id: int, body: AssignmentIn, uow: UowDep, policy: PolicyDep, now: Now) -> CaseOut:
    """Give the case to an agent, or hand it to another (across teams too)."""
    case = assign_case(
        uow, policy, case_id, agent_id=body.agent, by=body.by, now=now, note=body.note
    )
    return CaseOut.of(case, policy, now)


@router.post("/{case_id}/attempts")
def record_attempt(
    case_id: int, body: AttemptIn, uow: UowDep, policy: PolicyDep, now: Now
) -> CaseOut:
    """Log a try to reach the customer. Reaching them starts the work; after the policy's
    ``contact.max_failed_attempts`` failures in a row the case is unreachable."""
    case = record_contact_attempt(
        uow,
        policy,
        case_id,
        outcome=body.outcome,
        channel=body.channel,
        by=body.agent,
        now=now,
        note=body.note,
    )
    return CaseOut.of(case, policy, now)


@router.post("/{case_id}/promises", status_code=201)
def promise(case_id: int, body: PromiseIn, uow: UowDep, policy: PolicyDep, now: Now) -> PromiseOut:
    """Record a commitment to the customer; the customer is told when to expect it. Left
    unmet past its due time (plus the policy's grace), it breaks and the case escalates."""
    made = make_promise(
        uow,
        policy,
        case_id,
        kind=body.kind,
        description=body.description,
        due_at=body.due_at,
        by=body.agent,
        now=now,
    )
    return PromiseOut.model_validate(made)


@router.post("/{case_id}/promises/{promise_id}/settlement")
def settle(
    case_id: int, promise_id: int, body: SettlementIn, uow: UowDep, policy: PolicyDep, now: Now
) -> PromiseOut:
    """Mark a pending promise kept or cancelled."""
    settled = settle_promise(
        uow,
        policy,
        case_id,
        promise_id,
        outcome=body.outcome,
        by=body.agent,
        now=now,
        note=body.note,
    )
    return PromiseOut.model_validate(settled)
