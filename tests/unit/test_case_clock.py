"""A case's clock: which target runs, what falls due, and when the sweep must look next."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from amends.policy.case_clock import case_clock
from amends.policy.loader import default_policy
from tests.factories import make_case

POLICY = default_policy().policy


def _clock_for(case_band: str = "p3"):  # type: ignore[no-untyped-def]
    return case_clock(POLICY, "care", case_band)


def test_a_new_case_runs_the_first_contact_clock_until_someone_tries() -> None:
    case = make_case()
    clock = _clock_for()
    deadlines = clock.deadlines(case.opened_at)
    case = replace(case, contact_by=deadlines.contact_by, resolve_by=deadlines.resolve_by)
    assert clock.running_target(case) == ("first_contact", case.opened_at, case.contact_by)
    contacted = replace(case, first_contact_at=case.opened_at + timedelta(hours=1))
    assert clock.running_target(contacted) == ("resolution", case.opened_at, case.resolve_by)


def test_no_clock_runs_while_waiting_on_the_customer_or_after_resolution() -> None:
    clock = _clock_for()
    assert clock.running_target(make_case(status="waiting_on_customer", category="waiting")) is None
    assert clock.running_target(make_case(status="resolved", category="resolved")) is None
    assert (
        clock.next_check(make_case(status="closed", category="closed"), make_case().opened_at)
        is None
    )


def test_events_fall_due_in_order_and_each_only_once() -> None:
    clock = _clock_for()
    case = make_case()
    deadlines = clock.deadlines(case.opened_at)
    case = replace(case, contact_by=deadlines.contact_by)
    kinds = [(e.kind, e.notify) for e in clock.events(case)]
    assert kinds == [
        ("warning", None),
        ("breach", None),
        ("escalation", "lead"),
        ("escalation", "manager"),
    ]
    warning, breach = clock.events(case)[:2]
    assert clock.due(case, warning.at - timedelta(seconds=1)) == []
    assert [e.kind for e in clock.due(case, warning.at)] == ["warning"]
    assert clock.next_check(case, case.opened_at) == warning.at
    warned = replace(case, warned_at=warning.at)
    assert clock.next_check(warned, warning.at) == breach.at
    breached = replace(warned, breached_at=breach.at, escalation="manager")
    assert clock.due(breached, breach.at + timedelta(days=30)) == []
    assert clock.next_check(breached, breach.at) is None


def test_the_first_check_of_a_new_case_is_its_warning() -> None:
    clock = _clock_for("p1")
    case = make_case(priority_band="p1")
    deadlines = clock.deadlines(case.opened_at)
    opened = replace(case, contact_by=deadlines.contact_by, resolve_by=deadlines.resolve_by)
    assert clock.first_check(case.opened_at, deadlines) == clock.next_check(opened, case.opened_at)


def test_business_hours_push_deadlines_over_the_weekend() -> None:
    clock = _clock_for("p1")
    # Friday 27 Nov, 18:30 in New York: closed until Saturday's 10:00-14:00 opening.
    friday_evening = make_case().opened_at + timedelta(days=4, hours=9, minutes=30)
    due = clock.deadlines(friday_evening)
    assert due.contact_by == friday_evening + timedelta(hours=16, minutes=30)  # Sat 11:00 NY
    assert clock.business_time(friday_evening, due.contact_by) == timedelta(hours=1)
