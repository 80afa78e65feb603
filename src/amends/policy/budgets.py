"""The ``budgets`` section: how much each role may give a customer without asking anyone.

The idea is the Ritz-Carlton's: every employee may spend up to a fixed amount per guest to put
a problem right, on the spot, without a manager's signature. An offer within the acting role's
limits is granted at once; above them it waits for the first role up the approval chain whose
limits cover it; above the top of the chain it is refused. Services keep the audit log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from amends.errors import NotPermitted
from amends.policy.durations import Money

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CENT = Decimal("0.01")

Outcome = Literal["granted", "needs_approval", "refused"]


class RoleBudget(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    per_case: Money
    per_customer_per_day: Money
    approver: str | None = None  # the role that approves above these limits; None: nobody

    @model_validator(mode="after")
    def _day_covers_case(self) -> RoleBudget:
        if self.per_customer_per_day < self.per_case:
            raise ValueError(
                f"the per-customer-per-day limit ({self.per_customer_per_day}) is below the "
                f"per-case limit ({self.per_case}), so the per-case limit could never be reached"
            )
        return self


class BudgetsSection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    roles: dict[str, RoleBudget] = Field(min_length=1)

    @field_validator("roles")
    @classmethod
    def _chains(cls, roles: dict[str, RoleBudget]) -> dict[str, RoleBudget]:
        for name, budget in roles.items():
            if not _NAME.match(name):
                raise ValueError(f"role names are snake_case words such as frontline: {name!r}")
            if budget.approver is not None and budget.approver not in roles:
                raise ValueError(
                    f"{name}'s approver {budget.approver!r} has no budget of its own "
                    f"(roles: {', '.join(roles)})"
                )
        for name in roles:
            _walk(roles, name)
        return roles


def _walk(roles: dict[str, RoleBudget], start: str) -> list[str]:
    """``start``'s approvers, nearest first; rejects loops and approvers with smaller limits."""
    chain: list[str] = []
    current = start
    while (above := roles[current].approver) is not None:
        if above == start or above in chain:
            raise ValueError(f"the approval chain from {start} goes round in a loop via {above}")
        lower, upper = roles[current], roles[above]
        if (
            upper.per_case < lower.per_case
            or upper.per_customer_per_day < lower.per_customer_per_day
        ):
            raise ValueError(
                f"{above} approves {current}'s requests, so its limits cannot be smaller "
                f"({upper.per_case}/{upper.per_customer_per_day} per case/per day against "
                f"{lower.per_case}/{lower.per_customer_per_day})"
            )
        chain.append(above)
        current = above
    return chain


@dataclass(frozen=True, slots=True)
class BudgetDecision:
    outcome: Outcome
    approver_role: str | None  # who must approve when the outcome is needs_approval
    reason: str  # the arithmetic, in words


def _budget(section: BudgetsSection, role: str) -> RoleBudget:
    budget = section.roles.get(role)
    if budget is None:
        raise NotPermitted(
            f"the role {role!r} has no budget in the policy, so it cannot offer remedies "
            f"(roles with a budget: {', '.join(section.roles)})"
        )
    return budget


def _breaches(role: str, budget: RoleBudget, value: Decimal, case: Decimal, day: Decimal) -> str:
    """Which of ``role``'s limits the offer breaks, in words; empty when it breaks none."""
    parts = []
    if value + case > budget.per_case:
        parts.append(
            f"{value} + {case} already on this case exceeds {role}'s {budget.per_case} per case"
        )
    if value + day > budget.per_customer_per_day:
        parts.append(
            f"{value} + {day} already given to this customer today exceeds {role}'s "
            f"{budget.per_customer_per_day} per customer per day"
        )
    return " and ".join(parts)


def _within(role: str, budget: RoleBudget, value: Decimal, case: Decimal, day: Decimal) -> str:
    return (
        f"{value} + {case} already on this case is within {role}'s {budget.per_case} per case, "
        f"and {value} + {day} already given to this customer today is within its "
        f"{budget.per_customer_per_day} per customer per day"
    )


def _article(role: str) -> str:
    return f"an {role}" if role[:1] in "aeiou" else f"a {role}"


def _judge(
    section: BudgetsSection,
    role: str,
    value: Decimal,
    case: Decimal,
    day: Decimal,
    kind: str | None,
) -> BudgetDecision:
    for amount in (value, case, day):
        if not amount.is_finite() or amount < 0:
            raise ValueError(f"amounts must be numbers of zero or more, not {amount}")
    value, case, day = (a.quantize(_CENT) for a in (value, case, day))
    budget = _budget(section, role)
    what = f"{kind.replace('_', ' ')} " if kind else ""
    if value == 0:
        return BudgetDecision("granted", None, f"{what}{value} costs nothing: always granted")
    breach = _breaches(role, budget, value, case, day)
    if not breach:
        return BudgetDecision("granted", None, what + _within(role, budget, value, case, day))
    passed_over: list[str] = []
    for above in _walk(section.roles, role):
        if not _breaches(above, section.roles[above], value, case, day):
            skipped = f"; above {_article(passed_over[-1])}'s limits too" if passed_over else ""
            why = f"{what}{breach}{skipped}; {_article(above)} must approve"
            return BudgetDecision("needs_approval", above, why)
        passed_over.append(above)
    if passed_over:
        why = f"{what}{breach}; even {passed_over[-1]}'s limits are too small, so it is refused"
    else:
        why = f"{what}{breach}; nobody above {role} can approve it, so it is refused"
    return BudgetDecision("refused", None, why)


def judge_offer(
    section: BudgetsSection,
    *,
    role: str,
    value: Decimal,
    spent_on_case: Decimal,
    spent_on_customer_today: Decimal,
    kind: str | None = None,
) -> BudgetDecision:
    """Granted within ``role``'s limits; else the first approver who can cover it; else refused.

    ``spent_*`` count granted value only (pending requests are not spent);
    ``spent_on_customer_today`` covers all the customer's cases, this one included, within the
    window :func:`budget_day` gives.
    """
    return _judge(section, role, value, spent_on_case, spent_on_customer_today, kind)


def judge_approval(
    section: BudgetsSection,
    *,
    approver_role: str,
    value: Decimal,
    spent_on_case: Decimal,
    spent_on_customer_today: Decimal,
    kind: str | None = None,
) -> BudgetDecision:
    """A pending request judged against its approver's own limits, as when it was raised."""
    decision = _judge(section, approver_role, value, spent_on_case, spent_on_customer_today, kind)
    if decision.outcome == "granted":
        return BudgetDecision("granted", None, f"approved by {approver_role}: {decision.reason}")
    return decision


def can_approve(section: BudgetsSection, *, role: str, required_role: str) -> bool:
    """Whether an agent in ``role`` may decide a request waiting for ``required_role``."""
    if role not in section.roles or required_role not in section.roles:
        return False
    return role == required_role or role in _walk(section.roles, required_role)


def budget_day(now: datetime, zone: str | None) -> tuple[datetime, datetime]:
    """The UTC start and end of the calendar day containing ``now`` in ``zone`` (UTC when None).

    Callers pass the zone of the calendar of the team that owns the case: the day its staff
    live in. A day across a daylight-saving change is 23 or 25 hours long.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    tz = ZoneInfo(zone) if zone else UTC
    local = now.astimezone(tz).date()
    start = datetime.combine(local, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(local + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end
