"""SLA arithmetic in business time: deadlines, paused time, warning/breach state, escalation.

Pure: the clock is always a parameter and every duration is business time on the team's
calendar, so a target of 4h opened at 5 pm on Friday falls due on Monday, not Friday night.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Literal

from amends.domain.calendar import BusinessCalendar

__all__ = [
    "Deadlines",
    "EscalationLevel",
    "Milestone",
    "Rung",
    "SlaState",
    "SlaTargets",
    "deadlines",
    "escalation_level",
    "milestones",
    "paused_time",
    "sla_state",
]


@dataclass(frozen=True, slots=True)
class SlaTargets:
    """Business time allowed until first contact and until resolution."""

    first_contact: timedelta
    resolution: timedelta

    def __post_init__(self) -> None:
        if self.first_contact < timedelta() or self.resolution < timedelta():
            raise ValueError("SLA targets cannot be negative")


@dataclass(frozen=True, slots=True)
class Deadlines:
    contact_by: datetime
    resolve_by: datetime


class SlaState(StrEnum):
    OK = "ok"
    WARNING = "warning"  # the warn-at fraction of the business-time budget has gone
    BREACHED = "breached"  # the deadline passed unmet (or was met late)
    MET = "met"  # met on or before the deadline


class EscalationLevel(StrEnum):
    """Who must act on a breach, in rising order."""

    AGENT = "agent"
    LEAD = "lead"
    MANAGER = "manager"


@dataclass(frozen=True, slots=True)
class Rung:
    """Notify ``notify`` once ``after_breach`` of business time has passed since the breach."""

    notify: EscalationLevel
    after_breach: timedelta


def _utc(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"SLA times must be timezone-aware (UTC), got {at.isoformat()}")
    return at.astimezone(UTC)


def deadlines(
    opened_at: datetime,
    targets: SlaTargets,
    calendar: BusinessCalendar,
    *,
    paused: timedelta = timedelta(),
) -> Deadlines:
    """Contact-by and resolve-by; business time spent waiting on the customer extends resolution."""
    if paused < timedelta():
        raise ValueError(f"paused time cannot be negative: {paused}")
    return Deadlines(
        contact_by=calendar.add(opened_at, targets.first_contact),
        resolve_by=calendar.add(opened_at, targets.resolution + paused),
    )


def paused_time(
    pauses: Sequence[tuple[datetime, datetime | None]],
    calendar: BusinessCalendar,
    now: datetime,
) -> timedelta:
    """Business time inside the pauses up to ``now``; an open-ended pause is still running.

    Overlapping pauses count once, so a double-recorded wait cannot stretch a deadline twice.
    """
    now = _utc(now)
    spans = sorted(
        (_utc(start), now if end is None else min(_utc(end), now)) for start, end in pauses
    )
    total, covered_until = timedelta(), None
    for start, end in spans:
        if covered_until is not None:
            start = max(start, covered_until)
        if end > start:
            total += calendar.between(start, end)
            covered_until = end
    return total


def sla_state(
    now: datetime,
    started: datetime,
    deadline: datetime,
    calendar: BusinessCalendar,
    warn_at_fraction: float,
    met_at: datetime | None = None,
    *,
    paused: timedelta = timedelta(),
) -> SlaState:
    """Where one target stands at ``now``.

    Met when done on or before the deadline, breached when done late or not done by the
    deadline, warning once ``warn_at_fraction`` of the budget (business time from ``started``
    to ``deadline``, less ``paused``) has been used, else ok (also before ``started``).
    """
    if not 0.0 <= warn_at_fraction <= 1.0:
        raise ValueError(f"warn_at_fraction must lie between 0 and 1, got {warn_at_fraction}")
    if met_at is not None:
        return SlaState.MET if met_at <= deadline else SlaState.BREACHED
    if now >= deadline:
        return SlaState.BREACHED
    if now < started:
        return SlaState.OK
    budget = calendar.between(started, deadline) - paused
    used = calendar.between(started, now) - paused
    if used >= budget * warn_at_fraction:
        return SlaState.WARNING
    return SlaState.OK


def escalation_level(
    now: datetime,
    deadline: datetime,
    calendar: BusinessCalendar,
    ladder: Sequence[Rung],
) -> EscalationLevel | None:
    """The highest rung due at ``now``: none before the breach, the agent at it, then the ladder.

    Time after the breach is business time, so nobody is paged about a breach on a Sunday.
    """
    if now < deadline:
        return None
    overdue = calendar.between(deadline, now)
    level = EscalationLevel.AGENT
    order = list(EscalationLevel)
    for rung in ladder:
        if overdue >= rung.after_breach and order.index(rung.notify) > order.index(level):
            level = rung.notify
    return level


@dataclass(frozen=True, slots=True)
class Milestone:
    """An instant at which a target's standing changes: warning, breach, or a rung's escalation."""

    kind: Literal["warning", "breach", "escalation"]
    at: datetime
    notify: EscalationLevel | None = None


def milestones(
    started: datetime,
    deadline: datetime,
    calendar: BusinessCalendar,
    warn_at_fraction: float,
    ladder: Sequence[Rung],
    *,
    paused: timedelta = timedelta(),
) -> list[Milestone]:
    """When ``sla_state`` turns to warning and breached, and ``escalation_level`` reaches each
    rung, in time order: what a sweep needs to know to wake up exactly when something is due."""
    budget = calendar.between(started, deadline) - paused
    warning = calendar.add(started, budget * warn_at_fraction + paused)
    found = [Milestone("warning", min(warning, deadline)), Milestone("breach", deadline)]
    found += [
        Milestone("escalation", calendar.add(deadline, rung.after_breach), rung.notify)
        for rung in ladder
    ]
    return found
