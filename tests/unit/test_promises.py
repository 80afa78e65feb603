"""Promises to customers: making them, finding overdue ones, settling them, what breaking costs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from amends.domain.promises import (
    Promise,
    PromiseKind,
    PromiseStatus,
    cancel,
    keep,
    mark_broken,
    mark_reminded,
    new_promise,
    overdue,
    reminders_due,
    validate_new_promise,
)
from amends.errors import IllegalTransition, InvalidInput
from amends.policy.promises import (
    PromisesSection,
    broken_promise_consequences,
    spoken_time,
)

NOW = datetime(2024, 11, 25, 12, 0, tzinfo=UTC)
THREE_PM = datetime(2024, 11, 25, 15, 0, tzinfo=UTC)
HORIZON = timedelta(days=30)
GRACE = timedelta(minutes=15)


def _promise(**overrides: Any) -> Promise:
    base = Promise(
        id=1,
        kind=PromiseKind.CALLBACK,
        description="call back about the missing parcel",
        due_at=THREE_PM,
        made_at=NOW,
        made_by="ana",
        case_id=11,
    )
    return replace(base, **overrides)


# Making a promise


def test_a_new_promise_is_pending_and_due_when_agreed() -> None:
    made = new_promise(
        PromiseKind.REFUND,
        " refund the delivery fee ",
        THREE_PM,
        now=NOW,
        by="ana",
        max_horizon=HORIZON,
    )
    assert (made.status, made.due_at, made.made_at, made.made_by) == (
        PromiseStatus.PENDING,
        THREE_PM,
        NOW,
        "ana",
    )
    assert made.description == "refund the delivery fee"


def test_a_due_time_in_another_zone_is_kept_in_utc() -> None:
    in_paris = datetime(2024, 11, 25, 16, 0, tzinfo=ZoneInfo("Europe/Paris"))
    due = validate_new_promise(in_paris, NOW, max_horizon=HORIZON)
    assert due == THREE_PM
    assert due.tzinfo is UTC


@pytest.mark.parametrize("due_at", [NOW, NOW - timedelta(minutes=1)])
def test_a_promise_due_now_or_in_the_past_is_refused(due_at: datetime) -> None:
    with pytest.raises(InvalidInput, match="due in the future"):
        validate_new_promise(due_at, NOW, max_horizon=HORIZON)


def test_a_promise_beyond_the_horizon_is_refused_but_one_at_it_is_allowed() -> None:
    assert validate_new_promise(NOW + HORIZON, NOW, max_horizon=HORIZON) == NOW + HORIZON
    with pytest.raises(InvalidInput, match="at most 30 days ahead"):
        validate_new_promise(NOW + HORIZON + timedelta(seconds=1), NOW, max_horizon=HORIZON)


def test_a_due_time_without_a_zone_is_refused() -> None:
    with pytest.raises(InvalidInput, match="time zone"):
        validate_new_promise(datetime(2024, 11, 25, 15), NOW, max_horizon=HORIZON)


@pytest.mark.parametrize("description", ["", "   ", "x" * 501])
def test_a_promise_needs_a_description_of_sensible_length(description: str) -> None:
    with pytest.raises(InvalidInput, match="describe the promise"):
        new_promise(
            PromiseKind.OTHER, description, THREE_PM, now=NOW, by="ana", max_horizon=HORIZON
        )


# Overdue and reminders


def test_a_promise_is_overdue_only_once_its_grace_has_passed() -> None:
    promise = _promise()
    assert overdue([promise], THREE_PM + GRACE - timedelta(seconds=1), GRACE) == []
    assert overdue([promise], THREE_PM + GRACE, GRACE) == [promise]


def test_settled_promises_are_never_overdue() -> None:
    late = THREE_PM + timedelta(days=1)
    settled = [
        keep(_promise(), THREE_PM),
        mark_broken(_promise(), late),
        cancel(_promise(), NOW, "customer asked us not to call"),
    ]
    assert overdue(settled, late, GRACE) == []


def test_overdue_promises_come_oldest_first() -> None:
    later = _promise(id=2, due_at=THREE_PM + timedelta(hours=1))
    earlier = _promise(id=3)
    assert overdue([later, earlier], THREE_PM + timedelta(days=1), GRACE) == [earlier, later]


@given(
    st.timedeltas(min_value=timedelta(hours=-48), max_value=timedelta(hours=48)),
    st.timedeltas(min_value=timedelta(), max_value=timedelta(hours=4)),
)
def test_overdue_means_pending_and_past_due_plus_grace(offset: timedelta, grace: timedelta) -> None:
    now = THREE_PM + offset
    assert bool(overdue([_promise()], now, grace)) == (THREE_PM + grace <= now)


def test_the_owner_is_reminded_once_shortly_before_the_promise_is_due() -> None:
    before = timedelta(minutes=30)
    promise = _promise()
    assert reminders_due([promise], THREE_PM - timedelta(minutes=31), before) == []
    assert reminders_due([promise], THREE_PM - before, before) == [promise]
    reminded = mark_reminded(promise, THREE_PM - before)
    assert reminders_due([reminded], THREE_PM - timedelta(minutes=10), before) == []
    assert reminders_due([promise], THREE_PM, before) == []  # due now: that is the sweeper's job


# Settling a promise


def test_keeping_a_promise_records_when_even_if_late() -> None:
    kept = keep(_promise(), THREE_PM + timedelta(minutes=5))
    assert (kept.status, kept.kept_at) == (PromiseStatus.KEPT, THREE_PM + timedelta(minutes=5))


def test_breaking_a_promise_records_when() -> None:
    broken = mark_broken(_promise(), THREE_PM + GRACE)
    assert (broken.status, broken.broken_at) == (PromiseStatus.BROKEN, THREE_PM + GRACE)


def test_cancelling_a_promise_needs_a_reason() -> None:
    cancelled = cancel(_promise(), NOW, " customer asked us not to call ")
    assert (cancelled.status, cancelled.cancel_reason) == (
        PromiseStatus.CANCELLED,
        "customer asked us not to call",
    )
    with pytest.raises(InvalidInput, match="say why"):
        cancel(_promise(), NOW, " ")


SETTLING: dict[str, Callable[[Promise], Promise]] = {
    "keep": lambda p: keep(p, THREE_PM),
    "mark_broken": lambda p: mark_broken(p, THREE_PM),
    "cancel": lambda p: cancel(p, THREE_PM, "no longer needed"),
    "mark_reminded": lambda p: mark_reminded(p, THREE_PM),
}


@pytest.mark.parametrize(
    "settled", [PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.CANCELLED]
)
@pytest.mark.parametrize("change", SETTLING)
def test_a_settled_promise_cannot_change_again(settled: PromiseStatus, change: str) -> None:
    with pytest.raises(IllegalTransition, match=f"a promise that is {settled.value} cannot"):
        SETTLING[change](_promise(status=settled))


def test_keeping_a_broken_promise_says_only_pending_ones_change() -> None:
    with pytest.raises(IllegalTransition) as raised:
        keep(_promise(status=PromiseStatus.BROKEN), THREE_PM)
    assert raised.value.message == (
        "a promise that is broken cannot be kept; only a pending promise can change"
    )
    assert raised.value.details == {"promise_id": 1, "status": "broken", "allowed": []}


def test_settling_times_are_stored_in_utc() -> None:
    plus_one = timezone(timedelta(hours=1))
    kept = keep(_promise(), datetime(2024, 11, 25, 16, 0, tzinfo=plus_one))
    assert kept.kept_at == THREE_PM
    assert kept.kept_at is not None
    assert kept.kept_at.tzinfo is UTC


# The ``promises`` policy section (mirrors /tmp/act_yaml/promises.yaml) and its consequences

FRAGMENT: dict[str, Any] = {
    "grace": "15m",
    "reminder_before": "30m",
    "max_horizon": "30d",
    "priority_bump": 1,
    "escalate_to": "lead",
}


def test_the_default_fragment_reads_as_the_defaults() -> None:
    assert PromisesSection.model_validate(FRAGMENT) == PromisesSection()


@pytest.mark.parametrize(
    ("overrides", "complaint"),
    [
        ({"escalate_to": "agent"}, "escalate_to"),
        ({"priority_bump": -1}, "priority_bump"),
        ({"max_horizon": "30m"}, "at least 1h"),
        ({"grace": "soon"}, "not a duration"),
        ({"graze": "15m"}, "graze"),
    ],
)
def test_a_bad_promises_section_is_refused(overrides: dict[str, Any], complaint: str) -> None:
    with pytest.raises(ValidationError, match=complaint):
        PromisesSection.model_validate(FRAGMENT | overrides)


def test_a_broken_callback_escalates_and_says_what_was_missed() -> None:
    consequence = broken_promise_consequences(_promise(), PromisesSection())
    assert (consequence.priority_bump, consequence.escalate_to) == (1, "lead")
    assert consequence.reason == "callback promised for 3 pm on 25 Nov was not made"


def test_the_reason_speaks_in_the_zone_it_is_given() -> None:
    section = PromisesSection(priority_bump=2, escalate_to="manager")
    refund = _promise(kind=PromiseKind.REFUND, due_at=datetime(2024, 11, 29, 17, 30, tzinfo=UTC))
    consequence = broken_promise_consequences(refund, section, tz=ZoneInfo("America/New_York"))
    assert consequence.reason == "refund promised by 12:30 pm on 29 Nov was not issued"
    assert (consequence.priority_bump, consequence.escalate_to) == (2, "manager")


def test_an_other_promise_is_described_in_its_own_words() -> None:
    other = _promise(kind=PromiseKind.OTHER, description="send the manager's apology letter")
    reason = broken_promise_consequences(other, PromisesSection()).reason
    assert reason == "promise due 3 pm on 25 Nov was not kept: send the manager's apology letter"


def test_a_kept_promise_has_no_consequences() -> None:
    with pytest.raises(ValueError, match="kept promise has no consequences"):
        broken_promise_consequences(_promise(status=PromiseStatus.KEPT), PromisesSection())


@pytest.mark.parametrize(
    ("hour", "minute", "spoken"),
    [(0, 0, "12 am"), (9, 30, "9:30 am"), (12, 0, "12 pm"), (23, 5, "11:05 pm")],
)
def test_times_are_spoken_on_a_twelve_hour_clock(hour: int, minute: int, spoken: str) -> None:
    moment = datetime(2024, 12, 2, hour, minute, tzinfo=UTC)
    assert spoken_time(moment) == f"{spoken} on 2 Dec"
