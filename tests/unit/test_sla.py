"""SLA maths in business time, and the sla: / contact: policy sections."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from amends.domain.calendar import BusinessCalendar
from amends.domain.sla import (
    EscalationLevel,
    Rung,
    SlaState,
    SlaTargets,
    deadlines,
    escalation_level,
    milestones,
    paused_time,
    sla_state,
)
from amends.policy.sla import ContactSection, SlaSection

NEW_YORK = ZoneInfo("America/New_York")
HOURS = {day: [(540, 1080)] for day in range(5)} | {5: [(600, 840)]}
DEFAULT = BusinessCalendar.weekly("America/New_York", HOURS, {date(2026, 11, 26)})
CALENDARS = [
    DEFAULT,
    BusinessCalendar.weekly("Europe/London", {d: [(540, 720), (780, 1020)] for d in range(5)}),
    BusinessCalendar.weekly("Pacific/Auckland", {d: [(480, 1200)] for d in range(6)}),
    BusinessCalendar.always_open(),
]
LADDER = (
    Rung(EscalationLevel.LEAD, timedelta()),
    Rung(EscalationLevel.MANAGER, timedelta(hours=4)),
)


def ny(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK).astimezone(UTC)


instants = st.integers(0, 400 * 86_400).map(
    lambda s: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=s)
)
durations = st.integers(0, 120 * 3600).map(lambda s: timedelta(seconds=s))
calendars = st.sampled_from(CALENDARS)


# --- deadlines --------------------------------------------------------------------------------


def test_a_case_opened_on_friday_evening_is_due_on_saturday_and_monday() -> None:
    targets = SlaTargets(first_contact=timedelta(hours=1), resolution=timedelta(hours=8))
    due = deadlines(ny(2026, 3, 6, 17, 30), targets, DEFAULT)
    assert due.contact_by == ny(2026, 3, 7, 10, 30)  # 30 min Friday, 30 min Saturday
    assert due.resolve_by == ny(2026, 3, 9, 12, 30)  # Fri 0.5h + Sat 4h + Mon 3.5h


def test_time_waiting_on_the_customer_extends_only_the_resolution_deadline() -> None:
    targets = SlaTargets(first_contact=timedelta(hours=1), resolution=timedelta(hours=8))
    opened = ny(2026, 3, 10, 9)
    plain = deadlines(opened, targets, DEFAULT)
    waited = deadlines(opened, targets, DEFAULT, paused=timedelta(hours=2))
    assert waited.contact_by == plain.contact_by
    assert waited.resolve_by == ny(2026, 3, 11, 10)


def test_a_holiday_does_not_count_towards_a_deadline() -> None:
    targets = SlaTargets(first_contact=timedelta(hours=2), resolution=timedelta(hours=9))
    due = deadlines(ny(2026, 11, 25, 17), targets, DEFAULT)  # the day before Thanksgiving
    assert due.contact_by == ny(2026, 11, 27, 10)


@given(calendars, instants, durations, durations, durations)
def test_deadlines_spend_exactly_the_targets_in_business_time(
    calendar: BusinessCalendar, opened: datetime, a: timedelta, b: timedelta, paused: timedelta
) -> None:
    contact, resolution = sorted((a, b))
    due = deadlines(opened, SlaTargets(contact, resolution), calendar, paused=paused)
    assert opened <= due.contact_by <= due.resolve_by
    assert calendar.between(opened, due.contact_by) == contact
    assert calendar.between(opened, due.resolve_by) == resolution + paused


@given(calendars, instants, durations, durations, durations)
def test_more_waiting_never_brings_the_resolution_deadline_forward(
    calendar: BusinessCalendar, opened: datetime, target: timedelta, p: timedelta, q: timedelta
) -> None:
    less, more = sorted((p, q))
    targets = SlaTargets(target, target)
    early = deadlines(opened, targets, calendar, paused=less).resolve_by
    assert early <= deadlines(opened, targets, calendar, paused=more).resolve_by


def test_negative_targets_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        SlaTargets(first_contact=timedelta(hours=-1), resolution=timedelta(hours=1))


# --- paused time ------------------------------------------------------------------------------


def test_paused_time_counts_only_business_hours_and_runs_until_now_when_open() -> None:
    pauses = [
        (ny(2026, 3, 10, 17), ny(2026, 3, 11, 10)),  # Tue 17:00 - Wed 10:00: 2h open
        (ny(2026, 3, 12, 16), None),  # since Thu 16:00, still waiting
    ]
    assert paused_time(pauses, DEFAULT, ny(2026, 3, 12, 17, 30)) == timedelta(hours=3, minutes=30)


def test_overlapping_pauses_count_once() -> None:
    pauses = [(ny(2026, 3, 10, 10), ny(2026, 3, 10, 12)), (ny(2026, 3, 10, 11), None)]
    assert paused_time(pauses, DEFAULT, ny(2026, 3, 10, 13)) == timedelta(hours=3)


def test_a_pause_is_counted_only_up_to_now() -> None:
    pauses = [(ny(2026, 3, 10, 10), ny(2026, 3, 10, 16)), (ny(2026, 3, 11, 10), None)]
    assert paused_time(pauses, DEFAULT, ny(2026, 3, 10, 12)) == timedelta(hours=2)


@given(calendars, st.lists(st.tuples(instants, st.none() | durations), max_size=5), instants)
def test_paused_time_is_the_business_time_of_the_union_of_pauses(
    calendar: BusinessCalendar,
    raw: list[tuple[datetime, timedelta | None]],
    now: datetime,
) -> None:
    pauses = [(start, None if length is None else start + length) for start, length in raw]
    total = paused_time(pauses, calendar, now)
    # Oracle: count each business second once, by splitting time at every pause boundary.
    spans = [(s, now if e is None else min(e, now)) for s, e in pauses]
    cuts = sorted({t for span in spans for t in span})
    expected = sum(
        (
            calendar.between(a, b)
            for a, b in pairwise(cuts)
            if any(s <= a and b <= e for s, e in spans)
        ),
        timedelta(),
    )
    assert total == expected
    assert paused_time(list(reversed(pauses)), calendar, now) == total


# --- state ------------------------------------------------------------------------------------


def test_states_move_from_ok_to_warning_to_breached() -> None:
    started, deadline = ny(2026, 3, 10, 9), ny(2026, 3, 10, 17)  # 8 business hours
    states = [
        sla_state(ny(2026, 3, 10, h), started, deadline, DEFAULT, 0.75) for h in (10, 15, 17, 18)
    ]
    assert states == [SlaState.OK, SlaState.WARNING, SlaState.BREACHED, SlaState.BREACHED]


def test_met_on_time_is_met_and_met_late_is_breached() -> None:
    started, deadline = ny(2026, 3, 10, 9), ny(2026, 3, 10, 17)
    later = ny(2026, 3, 12, 9)
    assert sla_state(later, started, deadline, DEFAULT, 0.75, deadline) is SlaState.MET
    late = deadline + timedelta(seconds=1)
    assert sla_state(later, started, deadline, DEFAULT, 0.75, late) is SlaState.BREACHED


def test_the_warning_counts_business_time_not_the_weekend() -> None:
    started = ny(2026, 3, 6, 17)  # Friday 17:00
    deadline = DEFAULT.add(started, timedelta(hours=8))  # Fri 1h, Sat 4h, Mon 3h
    assert deadline == ny(2026, 3, 9, 12)
    # Sunday evening is 62% of the way in business time, though 76% in hours on the clock.
    assert sla_state(ny(2026, 3, 8, 20), started, deadline, DEFAULT, 0.75) is SlaState.OK
    assert sla_state(ny(2026, 3, 9, 10), started, deadline, DEFAULT, 0.75) is SlaState.WARNING


@given(calendars, instants, durations, st.floats(0.05, 0.95), instants, instants)
def test_sla_state_never_goes_back_as_time_passes(
    calendar: BusinessCalendar,
    started: datetime,
    budget: timedelta,
    fraction: float,
    t1: datetime,
    t2: datetime,
) -> None:
    deadline = calendar.add(started, budget)
    order = [SlaState.OK, SlaState.WARNING, SlaState.BREACHED]
    earlier, later = sorted((t1, t2))
    first = sla_state(earlier, started, deadline, calendar, fraction)
    second = sla_state(later, started, deadline, calendar, fraction)
    assert order.index(first) <= order.index(second)


@given(calendars, instants, durations, st.floats(0.05, 0.95), instants)
def test_warning_starts_exactly_when_the_fraction_of_business_time_is_spent(
    calendar: BusinessCalendar, started: datetime, budget: timedelta, fraction: float, now: datetime
) -> None:
    deadline = calendar.add(started, budget)
    assume(now < deadline)
    warn_at = calendar.add(started, budget * fraction)
    expected = SlaState.WARNING if now >= warn_at else SlaState.OK
    assert sla_state(now, started, deadline, calendar, fraction) is expected


@given(calendars, instants, durations, instants, instants)
def test_met_means_done_by_the_deadline(
    calendar: BusinessCalendar, started: datetime, budget: timedelta, met: datetime, now: datetime
) -> None:
    deadline = calendar.add(started, budget)
    state = sla_state(now, started, deadline, calendar, 0.75, met)
    assert state is (SlaState.MET if met <= deadline else SlaState.BREACHED)


def test_paused_time_is_left_out_of_the_warning_fraction() -> None:
    started = ny(2026, 3, 10, 9)
    deadline = ny(2026, 3, 11, 10)  # 8h target + 2h waiting on the customer
    now = ny(2026, 3, 10, 17)  # 8h in, of which 2h waiting: 6h of 8h used
    paused = timedelta(hours=2)
    assert sla_state(now, started, deadline, DEFAULT, 0.8, paused=paused) is SlaState.OK
    assert sla_state(now, started, deadline, DEFAULT, 0.8) is SlaState.WARNING


# --- escalation -------------------------------------------------------------------------------


def test_escalation_climbs_from_agent_to_lead_to_manager() -> None:
    deadline = ny(2026, 3, 13, 16)  # Friday 16:00
    ladder = (Rung(EscalationLevel.LEAD, timedelta(hours=1)), LADDER[1])
    assert escalation_level(ny(2026, 3, 13, 15), deadline, DEFAULT, ladder) is None
    assert escalation_level(deadline, deadline, DEFAULT, ladder) is EscalationLevel.AGENT
    assert escalation_level(ny(2026, 3, 13, 17), deadline, DEFAULT, ladder) is EscalationLevel.LEAD
    assert escalation_level(ny(2026, 3, 14, 11), deadline, DEFAULT, ladder) is EscalationLevel.LEAD
    saturday_noon = ny(2026, 3, 14, 12)  # 2h on Friday + 2h on Saturday since the breach
    assert escalation_level(saturday_noon, deadline, DEFAULT, ladder) is EscalationLevel.MANAGER


def test_without_a_ladder_only_the_agent_hears_of_a_breach() -> None:
    deadline = ny(2026, 3, 13, 16)
    assert escalation_level(ny(2026, 4, 1), deadline, DEFAULT, ()) is EscalationLevel.AGENT


@given(calendars, instants, instants, instants)
def test_escalation_never_steps_down_as_time_passes(
    calendar: BusinessCalendar, deadline: datetime, t1: datetime, t2: datetime
) -> None:
    order = [None, *EscalationLevel]
    earlier, later = sorted((t1, t2))
    first = escalation_level(earlier, deadline, calendar, LADDER)
    assert order.index(first) <= order.index(escalation_level(later, deadline, calendar, LADDER))


@given(calendars, instants, durations, instants)
def test_a_rung_is_due_from_the_business_time_it_names_after_the_breach(
    calendar: BusinessCalendar, deadline: datetime, after: timedelta, now: datetime
) -> None:
    ladder = (Rung(EscalationLevel.MANAGER, after),)
    due = escalation_level(now, deadline, calendar, ladder) is EscalationLevel.MANAGER
    assert due == (now >= calendar.add(deadline, after))


# --- the sla: and contact: sections -----------------------------------------------------------

DEFAULT_SLA: dict[str, Any] = {
    "targets": {
        "p1": {"first_contact": "1h", "resolution": "8h"},
        "p2": {"first_contact": "4h", "resolution": "18h"},
        "p3": {"first_contact": "9h", "resolution": "45h"},
        "p4": {"first_contact": "18h", "resolution": "90h"},
    },
    "warn_at": 0.75,
    "escalation": [
        {"notify": "lead", "after_breach": "0m"},
        {"notify": "manager", "after_breach": "4h"},
    ],
}
DEFAULT_CONTACT = {"max_failed_attempts": 3, "min_gap_between_attempts": "2h"}


def test_the_default_sla_section_gives_targets_per_band() -> None:
    section = SlaSection.model_validate(DEFAULT_SLA)
    assert section.targets_for("p1") == SlaTargets(timedelta(hours=1), timedelta(hours=8))
    assert section.targets_for("p4") == SlaTargets(timedelta(hours=18), timedelta(hours=90))
    assert section.ladder() == LADDER
    assert SlaSection.model_validate(section.model_dump()) == section


def test_an_unknown_band_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown priority band 'p5'"):
        SlaSection.model_validate(DEFAULT_SLA).targets_for("p5")


def _with(path: str, value: Any) -> dict[str, Any]:
    changed: dict[str, Any] = {**DEFAULT_SLA, "targets": dict(DEFAULT_SLA["targets"])}
    if path.startswith("targets."):
        changed["targets"][path.removeprefix("targets.")] = value
    else:
        changed[path] = value
    return changed


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({**DEFAULT_SLA, "targets": {"p1": DEFAULT_SLA["targets"]["p1"]}}, "missing: p2, p3, p4"),
        (
            _with("targets.urgent", {"first_contact": "1h", "resolution": "2h"}),
            "not a band: urgent",
        ),
        (_with("targets.p1", {"first_contact": "9h", "resolution": "8h"}), "cannot be longer"),
        (_with("targets.p4", {"first_contact": "2d", "resolution": "10d"}), "not days"),
        (_with("targets.p1", {"first_contact": "5h", "resolution": "8h"}), "p1 is more urgent"),
        (_with("warn_at", 1.0), "less than 1"),
        (_with("warn_at", 0), "greater than 0"),
        (
            _with("escalation", [{"notify": "manager", "after_breach": "4h"}, {"notify": "lead"}]),
            "after_breach",
        ),
        (
            _with(
                "escalation",
                [
                    {"notify": "manager", "after_breach": "4h"},
                    {"notify": "lead", "after_breach": "1h"},
                ],
            ),
            "in the order they happen",
        ),
        (_with("escalation", [{"notify": "ceo", "after_breach": "1h"}]), "'lead' or 'manager'"),
    ],
)
def test_sla_mistakes_are_explained(document: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        SlaSection.model_validate(document)


def test_the_contact_section_decides_when_a_customer_is_unreachable() -> None:
    contact = ContactSection.model_validate(DEFAULT_CONTACT)
    assert contact == ContactSection()
    assert [contact.is_unreachable(n) for n in (0, 2, 3, 4)] == [False, False, True, True]


def test_the_next_try_waits_the_gap_and_for_opening_hours() -> None:
    contact = ContactSection.model_validate(DEFAULT_CONTACT)
    assert contact.earliest_next_attempt(ny(2026, 3, 10, 10), DEFAULT) == ny(2026, 3, 10, 12)
    assert contact.earliest_next_attempt(ny(2026, 3, 10, 17), DEFAULT) == ny(2026, 3, 11, 9)


@pytest.mark.parametrize(
    ("document", "message"),
    [({"max_failed_attempts": 0}, "greater than or equal to 1"), ({"retry": 2}, "Extra inputs")],
)
def test_contact_mistakes_are_explained(document: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ContactSection.model_validate(document)


# --- milestones: when the state changes, for the sweep ---------------------------------------


@given(calendars, instants, durations, st.floats(0.05, 0.95), instants)
def test_milestones_are_exactly_when_the_state_and_escalation_change(
    calendar: BusinessCalendar, start: datetime, budget: timedelta, fraction: float, now: datetime
) -> None:
    assume(budget > timedelta(minutes=1))
    deadline = calendar.add(start, budget)
    found = {
        m.kind if m.notify is None else m.notify.value: m.at
        for m in milestones(start, deadline, calendar, fraction, LADDER)
    }
    state = sla_state(now, start, deadline, calendar, fraction)
    if now >= found["breach"]:
        assert state is SlaState.BREACHED
    elif now >= found["warning"]:
        assert state is SlaState.WARNING
    elif now >= start:
        assert state is SlaState.OK
    level = escalation_level(now, deadline, calendar, LADDER)
    expected = "manager" if now >= found["manager"] else "lead" if now >= found["lead"] else None
    assert (level.value if level and level is not EscalationLevel.AGENT else None) == (
        expected if now >= deadline else None
    )


def test_time_spent_waiting_on_the_customer_delays_the_warning() -> None:
    start = ny(2026, 11, 23, 9)  # a Monday
    deadline = DEFAULT.add(start, timedelta(hours=18))
    plain = milestones(start, deadline, DEFAULT, 0.5, LADDER)
    waited = milestones(start, deadline, DEFAULT, 0.5, LADDER, paused=timedelta(hours=4))
    assert plain[0].at == DEFAULT.add(start, timedelta(hours=9))
    assert waited[0].at == DEFAULT.add(start, timedelta(hours=11))
    assert plain[1:] == waited[1:]
