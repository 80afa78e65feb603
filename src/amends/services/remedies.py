"""Make-goods: what the policy recommends for a case, offers within budget, and approvals.

Every grant, approval request, approval and refusal is written to the append-only audit log with
who, when and why (the budget arithmetic in words).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from amends.domain.case_records import CaseSnapshot, HistoryEntry, RemedyOffer
from amends.domain.cases import CaseStatus, StatusCategory
from amends.errors import IllegalTransition, NotPermitted, OfferNotFound
from amends.policy.budgets import (
    BudgetDecision,
    budget_day,
    can_approve,
    judge_approval,
    judge_offer,
)
from amends.policy.loader import LoadedPolicy
from amends.policy.remedies import (
    Recommendation,
    Severity,
    check_offer,
    primary_topic,
    recommend,
)
from amends.services.cases import agent_of, load_case
from amends.services.unit_of_work import AuditEntry, UnitOfWork

_STATUS = {"granted": "granted", "needs_approval": "pending", "refused": "refused"}


def recommend_for_case(
    policy: LoadedPolicy, case: CaseSnapshot, *, tier: str | None, order_value: Decimal | None
) -> Recommendation:
    """The standard remedy for this case's problem: topic, problem severity and tier. How loudly
    the customer complained is not an input (decision 0007)."""
    topic = primary_topic(policy.policy.remedies, case.topics)
    return recommend(
        policy.policy.remedies,
        topic=topic,
        severity=Severity(case.severity),
        tier=tier,
        order_value=order_value,
    )


def pending_approvals(uow: UnitOfWork, *, limit: int, offset: int) -> list[RemedyOffer]:
    """Offers waiting for a lead's or manager's decision, the oldest first."""
    with uow:
        return uow.remedies.pending(limit=limit, offset=offset)


def _spent(
    uow: UnitOfWork, policy: LoadedPolicy, case: CaseSnapshot, now: datetime
) -> tuple[Decimal, Decimal]:
    """Money already granted on this case, and to this customer on the budget day."""
    zone = policy.policy.calendar_of(case.team).timezone
    start, end = budget_day(now, zone)
    on_case = uow.remedies.granted_value(case_id=case.id)
    today = uow.remedies.granted_value(customer_id=case.customer_id, since=start, until=end)
    return on_case, today


def offer_remedy(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    *,
    kind: str,
    amount: Decimal | None,
    by: str,
    now: datetime,
    order_value: Decimal | None = None,
    note: str | None = None,
) -> RemedyOffer:
    """Offer a remedy: granted at once within the agent's budget, otherwise an approval request
    for the role above (or refused when nobody may grant that much)."""
    agent = agent_of(policy, by)
    rules = policy.policy
    value = check_offer(rules.remedies, kind, amount, order_value=order_value)
    with uow:
        case = load_case(uow, case_id, for_update=True)
        if CaseStatus(case.status).category is StatusCategory.CLOSED:
            raise IllegalTransition(
                f"case {case.id} is {case.status}: reopen it before offering a remedy",
                details={"status": case.status},
            )
        on_case, today = _spent(uow, policy, case, now)
        decision = judge_offer(
            rules.budgets,
            role=agent.role,
            value=value,
            spent_on_case=on_case,
            spent_on_customer_today=today,
            kind=kind,
        )
        status = _STATUS[decision.outcome]
        offer_id = uow.remedies.add(
            {
                "case_id": case.id,
                "customer_id": case.customer_id,
                "kind": kind,
                "amount": value,
                "currency": rules.currency,
                "status": status,
                "offered_by": by,
                "offered_role": agent.role,
                "offered_at": now,
                "reason": note or decision.reason,
                "approver_role": decision.approver_role,
                "decided_by": by if status != "pending" else None,
                "decided_at": now if status != "pending" else None,
                "decision_reason": decision.reason,
                "topic": primary_topic(rules.remedies, case.topics),
                "severity": case.severity,
                "loudness": case.loudness,
            }
        )
        action = {"granted": "remedy_granted", "pending": "approval_requested"}.get(
            status, "remedy_refused"
        )
        _record(uow, case, offer_id, action, by, now, decision, kind, value)
        offer = uow.remedies.get(offer_id)
        uow.commit()
    assert offer is not None
    return offer


def decide_approval(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    offer_id: int,
    *,
    approve: bool,
    by: str,
    now: datetime,
    reason: str | None = None,
) -> RemedyOffer:
    """A lead or manager approves or refuses a pending offer. Approving more than the
    approver's own limits passes the request up to their approver."""
    approver = agent_of(policy, by)
    rules = policy.policy
    with uow:
        case = load_case(uow, case_id, for_update=True)
        offer = uow.remedies.get(offer_id)
        if offer is None or offer.case_id != case.id:
            raise OfferNotFound(f"case {case_id} has no remedy offer {offer_id}")
        if offer.status != "pending":
            raise IllegalTransition(
                f"offer {offer_id} is already {offer.status}; only pending offers are decided",
                details={"status": offer.status, "allowed": []},
            )
        required = offer.approver_role or ""
        if not can_approve(rules.budgets, role=approver.role, required_role=required):
            raise NotPermitted(
                f"{by} is a {approver.role}; this offer waits for a {required}",
                details={"agent": by, "role": approver.role, "required": required},
            )
        if approve:
            on_case, today = _spent(uow, policy, case, now)
            decision = judge_approval(
                rules.budgets,
                approver_role=approver.role,
                value=offer.amount,
                spent_on_case=on_case,
                spent_on_customer_today=today,
                kind=offer.kind,
            )
        else:
            decision = BudgetDecision("refused", None, reason or f"refused by {by}")
        status = _STATUS[decision.outcome]
        changes: dict[str, object] = {"status": status, "decision_reason": decision.reason}
        if status == "pending":
            changes["approver_role"] = decision.approver_role
        else:
            changes |= {"decided_by": by, "decided_at": now}
        uow.remedies.update(offer_id, changes)
        action = {"granted": "approval_granted", "pending": "approval_passed_up"}.get(
            status, "approval_refused"
        )
        _record(uow, case, offer_id, action, by, now, decision, offer.kind, offer.amount, reason)
        decided = uow.remedies.get(offer_id)
        uow.commit()
    assert decided is not None
    return decided


def _record(
    uow: UnitOfWork,
    case: CaseSnapshot,
    offer_id: int,
    action: str,
    by: str,
    now: datetime,
    decision: BudgetDecision,
    kind: str,
    value: Decimal,
    note: str | None = None,
) -> None:
    details = {
        "offer_id": offer_id,
        "kind": kind,
        "amount": str(value),
        "outcome": decision.outcome,
        "approver_role": decision.approver_role,
        "why": decision.reason,
    }
    uow.cases.append_history(case.id, [HistoryEntry(now, by, action, note=note, details=details)])
    uow.audit.append(
        AuditEntry(
            at=now,
            actor=by,
            action=f"remedy.{action}",
            subject_type="remedy_offer",
            subject_id=str(offer_id),
            details={"case_id": case.id, **details, "note": note},
        )
    )
