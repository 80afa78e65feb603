"""Empowerment budgets: granted within the limits, approved above them, refused at the top."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from amends.errors import NotPermitted
from amends.policy.budgets import (
    BudgetsSection,
    budget_day,
    can_approve,
    judge_approval,
    judge_offer,
)

# Mirrors the default fragment (/tmp/act_yaml/budgets.yaml -> src/amends/policy/default.yaml).
DEFAULT: dict[str, Any] = {
    "roles": {
        "frontline": {"per_case": "100.00", "per_customer_per_day": "150.00", "approver": "lead"},
        "lead": {"per_case": "500.00", "per_customer_per_day": "750.00", "approver": "manager"},
        "manager": {"per_case": "2500.00", "per_customer_per_day": "5000.00", "approver": None},
    }
}
SECTION = BudgetsSection.model_validate(DEFAULT)
D = Decimal


def _offer(role: str, value: str, case: str = "0", day: str = "0", kind: str = "credit") -> Any:
    return judge_offer(
        SECTION,
        role=role,
        value=D(value),
        spent_on_case=D(case),
        spent_on_customer_today=D(day),
        kind=kind,
    )


def test_an_offer_within_frontline_limits_is_granted_at_once() -> None:
    decision = _offer("frontline", "40", case="30", day="20")
    assert decision.outcome == "granted"
    assert decision.approver_role is None
    assert decision.reason == (
        "credit 40.00 + 30.00 already on this case is within frontline's 100.00 per case, "
        "and 40.00 + 20.00 already given to this customer today is within its 150.00 per "
        "customer per day"
    )


def test_an_offer_exactly_at_the_limit_is_granted() -> None:
    assert _offer("frontline", "60", case="40", day="90").outcome == "granted"


def test_refund_above_agent_limit_waits_for_approval() -> None:
    decision = _offer("frontline", "120", kind="credit")
    assert decision.outcome == "needs_approval"
    assert decision.approver_role == "lead"
    assert decision.reason == (
        "credit 120.00 + 0.00 already on this case exceeds frontline's 100.00 per case; "
        "a lead must approve"
    )


def test_earlier_grants_to_the_customer_today_count_against_the_daily_limit() -> None:
    decision = _offer("frontline", "50", case="0", day="120")
    assert decision.outcome == "needs_approval"
    assert decision.reason == (
        "credit 50.00 + 120.00 already given to this customer today exceeds frontline's "
        "150.00 per customer per day; a lead must approve"
    )


def test_an_offer_beyond_the_leads_limits_goes_straight_to_a_manager() -> None:
    decision = _offer("frontline", "600")
    assert decision.outcome == "needs_approval"
    assert decision.approver_role == "manager"
    assert "above a lead's limits too; a manager must approve" in decision.reason


def test_an_offer_beyond_every_limit_is_refused() -> None:
    decision = _offer("frontline", "3000")
    assert decision.outcome == "refused"
    assert decision.approver_role is None
    assert decision.reason.endswith("even manager's limits are too small, so it is refused")


def test_a_manager_over_their_own_limit_is_refused_because_nobody_is_above() -> None:
    decision = _offer("manager", "2600", kind="refund")
    assert decision.outcome == "refused"
    assert decision.reason == (
        "refund 2600.00 + 0.00 already on this case exceeds manager's 2500.00 per case; "
        "nobody above manager can approve it, so it is refused"
    )


def test_a_zero_value_remedy_is_always_granted() -> None:
    decision = _offer("frontline", "0", case="9999", day="9999", kind="apology")
    assert decision.outcome == "granted"
    assert decision.reason == "apology 0.00 costs nothing: always granted"


def test_a_role_without_a_budget_may_not_offer() -> None:
    with pytest.raises(NotPermitted, match="'intern' has no budget"):
        _offer("intern", "10")


def test_negative_amounts_are_rejected() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        _offer("frontline", "10", case="-5")


@given(
    value=st.decimals(min_value=D("0.01"), max_value=D("400"), places=2),
    case=st.decimals(min_value=0, max_value=D("200"), places=2),
    extra=st.decimals(min_value=0, max_value=D("200"), places=2),
)
def test_frontline_grants_exactly_when_both_limits_hold(
    value: Decimal, case: Decimal, extra: Decimal
) -> None:
    day = case + extra  # today's spending includes this case's
    decision = _offer("frontline", str(value), case=str(case), day=str(day))
    within = value + case <= D("100") and value + day <= D("150")
    assert (decision.outcome == "granted") == within
    if not within:
        assert decision.outcome == "needs_approval"


# --- approvals --------------------------------------------------------------------------------


def _approve(approver: str, value: str, case: str = "0", day: str = "0") -> Any:
    return judge_approval(
        SECTION,
        approver_role=approver,
        value=D(value),
        spent_on_case=D(case),
        spent_on_customer_today=D(day),
        kind="credit",
    )


def test_a_lead_approves_a_request_within_the_leads_limits() -> None:
    decision = _approve("lead", "120")
    assert decision.outcome == "granted"
    assert decision.reason.startswith("approved by lead: credit 120.00 + 0.00 already on this case")


def test_a_request_beyond_the_leads_limits_escalates_to_a_manager() -> None:
    decision = _approve("lead", "400", day="500")
    assert decision.outcome == "needs_approval"
    assert decision.approver_role == "manager"


def test_a_request_beyond_the_managers_limits_is_refused() -> None:
    assert _approve("manager", "2600").outcome == "refused"


def test_only_the_required_role_or_one_above_may_decide_a_request() -> None:
    assert can_approve(SECTION, role="lead", required_role="lead")
    assert can_approve(SECTION, role="manager", required_role="lead")
    assert not can_approve(SECTION, role="frontline", required_role="lead")
    assert not can_approve(SECTION, role="lead", required_role="manager")
    assert not can_approve(SECTION, role="intern", required_role="lead")


# --- validation -------------------------------------------------------------------------------


def _error(roles: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as caught:
        BudgetsSection.model_validate({"roles": roles})
    return str(caught.value)


def test_an_approver_without_a_budget_is_rejected() -> None:
    roles = {"frontline": {"per_case": 100, "per_customer_per_day": 150, "approver": "boss"}}
    assert "frontline's approver 'boss' has no budget of its own" in _error(roles)


def test_an_approval_loop_is_rejected() -> None:
    roles = {
        "a": {"per_case": 100, "per_customer_per_day": 150, "approver": "b"},
        "b": {"per_case": 100, "per_customer_per_day": 150, "approver": "a"},
    }
    assert "goes round in a loop" in _error(roles)


def test_an_approver_with_smaller_limits_is_rejected() -> None:
    roles = {
        "frontline": {"per_case": 100, "per_customer_per_day": 150, "approver": "lead"},
        "lead": {"per_case": 50, "per_customer_per_day": 150},
    }
    assert "lead approves frontline's requests, so its limits cannot be smaller" in _error(roles)


def test_a_daily_limit_below_the_case_limit_is_rejected() -> None:
    roles = {"frontline": {"per_case": 100, "per_customer_per_day": 50}}
    assert "the per-case limit could never be reached" in _error(roles)


# --- the budget day ---------------------------------------------------------------------------

ZONES = ["UTC", "Europe/London", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"]


@given(
    now=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
    ),
    zone=st.sampled_from(ZONES),
)
def test_the_budget_day_is_the_local_calendar_day_containing_now(now: datetime, zone: str) -> None:
    start, end = budget_day(now, zone)
    assert start <= now < end
    assert start.tzinfo == UTC
    local = ZoneInfo(zone)
    assert start.astimezone(local).date() == now.astimezone(local).date()
    assert start.astimezone(local).time() == end.astimezone(local).time() == datetime.min.time()
    assert timedelta(hours=23) <= end - start <= timedelta(hours=25)


def test_the_budget_day_is_23_hours_when_the_clocks_go_forward() -> None:
    start, end = budget_day(datetime(2026, 3, 29, 12, tzinfo=UTC), "Europe/London")
    assert start == datetime(2026, 3, 29, 0, tzinfo=UTC)
    assert end - start == timedelta(hours=23)


def test_without_a_zone_the_budget_day_is_the_utc_day() -> None:
    start, end = budget_day(datetime(2026, 5, 1, 23, 30, tzinfo=UTC), None)
    assert (start, end) == (datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 5, 2, tzinfo=UTC))


def test_a_naive_now_is_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        budget_day(datetime(2026, 5, 1), None)
