"""/api/v1/cases: the recovery-case list, one case in full, and the intake and timer runs.

What agents do to a case is in ``case_actions.py``; remedies and approvals in ``approvals.py``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from amends.domain.cases import CaseStatus, StatusCategory
from amends.policy.priority import Band
from amends.services.case_views import case_detail, list_cases
from amends.services.intake import open_pending_cases
from amends.services.unit_of_work import CaseFilter
from amends.web.api.case_models import CaseDetailOut, CaseOut, CasePage
from amends.web.deps import Now, PolicyDep, RuntimeDep, UowDep
from amends.worker.tasks import sweep_timers_task

router = APIRouter(prefix="/cases", tags=["cases"])

# Who the audit log names when intake is started through the API rather than by ingestion.
API_ACTOR = "api"


class IntakeOut(BaseModel):
    decided: int
    opened: int
    attached: int
    reopened: int
    messages_queued: int


class SweepOut(BaseModel):
    cases_checked: int
    warnings: int
    breaches: int
    escalations: int
    promises_broken: int
    reminders: int
    auto_closed: int


@router.get("")
def list_cases_route(
    uow: UowDep,
    policy: PolicyDep,
    now: Now,
    status: CaseStatus | None = None,
    category: StatusCategory | None = None,
    team: str | None = None,
    assignee: str | None = None,
    priority_band: Band | None = None,
    customer_id: int | None = None,
    breached: Annotated[bool | None, Query(description="Missed an SLA target (or not).")] = None,
    open_only: Annotated[bool, Query(description="Only open and waiting cases.")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> CasePage:
    """Cases, most urgent first (priority band, then score), and how many match in all."""
    where = CaseFilter(
        status=status.value if status is not None else None,
        category=category.value if category is not None else None,
        team=team,
        assignee=assignee,
        priority_band=priority_band,
        customer_id=customer_id,
        breached=breached,
        open_only=open_only,
    )
    found, total = list_cases(uow, where, now=now, limit=limit, offset=offset)
    items = [CaseOut.of(case, policy, now) for case in found]
    return CasePage(items=items, total=total, limit=limit, offset=offset)


@router.post("/intake")
def run_intake(runtime: RuntimeDep) -> IntakeOut:
    """Decide on every feedback item that has no decision yet: open, attach or reopen cases
    (for feedback taken in with ``AMENDS_OPEN_CASES_ON_INGEST=false``). Safe to repeat."""
    report = open_pending_cases(
        runtime.uow,
        runtime.policy,
        analyzer=runtime.settings.analyzer,
        clock=runtime.clock,
        actor=API_ACTOR,
    )
    return IntakeOut(
        decided=report.decided,
        opened=report.opened,
        attached=report.attached,
        reopened=report.reopened,
        messages_queued=report.messages_queued,
    )


@router.post("/sweep")
def run_sweep(runtime: RuntimeDep) -> SweepOut:
    """Record every SLA warning, breach, escalation and broken promise due by now; the
    scheduler runs this same task every minute. Safe to repeat: each is recorded once."""
    return SweepOut(**sweep_timers_task(runtime))


@router.get("/{case_id}")
def read_case(
    case_id: int,
    uow: UowDep,
    policy: PolicyDep,
    now: Now,
    order_value: Annotated[
        Decimal | None,
        Query(
            ge=0,
            description="The order's value for the recommendation; default: the "
            "customer's latest order before the case opened.",
        ),
    ] = None,
) -> CaseDetailOut:
    """One case in full: priority factors, why it opened, the feedback and the decision on
    each, history, attempts, promises, remedy offers, messages, SLA, journey and the
    recommended remedy."""
    detail = case_detail(uow, policy, case_id, now=now, order_value=order_value)
    return CaseDetailOut.of_detail(detail, policy)
