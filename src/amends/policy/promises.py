"""The ``promises`` policy section: grace, reminders, how far ahead, and what a broken one costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from amends.domain.promises import Promise, PromiseKind, PromiseStatus
from amends.policy.durations import Duration

EscalateTo = Literal["lead", "manager"]


class PromisesSection(BaseModel):
    """When a promise counts as broken and what happens to its case then."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    grace: Duration = timedelta(minutes=15)
    priority_bump: int = Field(default=1, ge=0, le=5)
    escalate_to: EscalateTo = "lead"
    max_horizon: Duration = timedelta(days=30)
    reminder_before: Duration = timedelta(minutes=30)

    @field_validator("max_horizon")
    @classmethod
    def _some_horizon(cls, value: timedelta) -> timedelta:
        if value < timedelta(hours=1):
            raise ValueError("max_horizon must be at least 1h, or no promise could be made")
        return value


@dataclass(frozen=True, slots=True)
class Consequence:
    """What a broken promise does to its case, and the sentence that says why."""

    priority_bump: int  # priority bands towards the most urgent
    escalate_to: EscalateTo
    reason: str


# How each kind reads when it was not met: (preposition before the time, what did not happen).
_UNMET: dict[PromiseKind, tuple[str, str]] = {
    PromiseKind.CALLBACK: ("for", "was not made"),
    PromiseKind.REFUND: ("by", "was not issued"),
    PromiseKind.REPLACEMENT: ("by", "was not sent"),
    PromiseKind.CREDIT: ("by", "was not applied"),
    PromiseKind.INFORMATION: ("by", "was not sent"),
}


def broken_promise_consequences(
    promise: Promise, section: PromisesSection, *, tz: tzinfo = UTC
) -> Consequence:
    """Escalation and priority bump for a broken (or overdue) promise; ``tz`` is for the reason.

    "callback promised for 3 pm on 25 Nov was not made"
    """
    if promise.status not in (PromiseStatus.PENDING, PromiseStatus.BROKEN):
        raise ValueError(f"a {promise.status.value} promise has no consequences")
    when = spoken_time(promise.due_at.astimezone(tz))
    if promise.kind in _UNMET:
        preposition, unmet = _UNMET[promise.kind]
        reason = f"{promise.kind.value} promised {preposition} {when} {unmet}"
    else:
        reason = f"promise due {when} was not kept: {promise.description}"
    return Consequence(section.priority_bump, section.escalate_to, reason)


def spoken_time(moment: datetime) -> str:
    """``3 pm on 25 Nov``, ``9:30 am on 2 Dec``: how an agent would say it."""
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    half = "am" if moment.hour < 12 else "pm"
    return f"{hour}{minutes} {half} on {moment.day} {_MONTHS[moment.month - 1]}"


# Not strftime("%b"): that follows the process locale, and the reason is stored as written.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
