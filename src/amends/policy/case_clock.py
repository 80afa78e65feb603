"""One case's clock: its team's business calendar and its priority's SLA targets, together.

Answers the questions the services and the timer sweep ask, all with ``now`` passed in: when
must we contact and resolve, which warnings, breaches and escalations are due, and when does the
sweep next need to look at this case (``next_check``), so it never scans cases with nothing due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from amends.domain.calendar import BusinessCalendar
from amends.domain.case_records import CaseSnapshot
from amends.domain.cases import CaseStatus
from amends.domain.sla import Deadlines, SlaTargets, deadlines, milestones

if TYPE_CHECKING:
    from amends.policy.model import Policy
    from amends.policy.sla import SlaSection

Target = Literal["first_contact", "resolution"]
RUNGS = ("agent", "lead", "manager")


@dataclass(frozen=True, slots=True)
class DueEvent:
    kind: Literal["warning", "breach", "escalation"]
    target: Target
    at: datetime
    notify: str | None = None  # escalations: lead or manager


@dataclass(frozen=True, slots=True)
class CaseClock:
    calendar: BusinessCalendar
    targets: SlaTargets
    sla: SlaSection
    auto_close_after: timedelta = timedelta(days=7)  # a follow-up nobody answers closes itself

    def deadlines(self, opened_at: datetime, *, paused_seconds: int = 0) -> Deadlines:
        paused = timedelta(seconds=paused_seconds)
        return deadlines(opened_at, self.targets, self.calendar, paused=paused)

    def business_time(self, start: datetime, end: datetime) -> timedelta:
        return self.calendar.between(start, end) if end > start else timedelta()

    def running_target(self, case: CaseSnapshot) -> tuple[Target, datetime, datetime] | None:
        """The target the case is working towards now (start, deadline), or None when no clock
        runs: finished, or waiting on the customer."""
        status = CaseStatus(case.status)
        if not status.is_active or status.clock_paused:
            return None
        if case.first_contact_at is None:
            return "first_contact", case.opened_at, case.contact_by
        return "resolution", case.opened_at, case.resolve_by

    def events(self, case: CaseSnapshot) -> list[DueEvent]:
        """Every warning, breach and escalation of the running target, in time order."""
        running = self.running_target(case)
        if running is None:
            return []
        target, start, deadline = running
        paused = timedelta(seconds=case.paused_seconds) if target == "resolution" else timedelta()
        found = milestones(
            start, deadline, self.calendar, self.sla.warn_at, self.sla.ladder(), paused=paused
        )
        return [
            DueEvent(m.kind, target, m.at, m.notify.value if m.notify is not None else None)
            for m in found
        ]

    def due(self, case: CaseSnapshot, now: datetime) -> list[DueEvent]:
        """Events that have come and that the case has not yet recorded."""
        return [e for e in self.events(case) if e.at <= now and _unrecorded(e, case)]

    def next_check(self, case: CaseSnapshot, now: datetime) -> datetime | None:
        """When the sweep must next look: the first event not yet recorded (it may be past),
        or, for a case in follow-up, when it closes by itself."""
        if case.status == CaseStatus.FOLLOW_UP and case.follow_up_since is not None:
            return case.follow_up_since + self.auto_close_after
        return min((e.at for e in self.events(case) if _unrecorded(e, case)), default=None)

    def first_check(self, now: datetime, planned: Deadlines) -> datetime | None:
        """``next_check`` of a case about to be opened at ``now`` with these deadlines."""
        budget = self.business_time(now, planned.contact_by)
        return self.calendar.add(now, budget * self.sla.warn_at)


def _unrecorded(event: DueEvent, case: CaseSnapshot) -> bool:
    if event.kind == "warning":
        return case.warned_at is None
    if event.kind == "breach":
        return case.breached_at is None
    level = RUNGS.index(case.escalation) if case.escalation in RUNGS else 0
    return RUNGS.index(event.notify or "agent") > level


def case_clock(policy: Policy, team: str, band: str) -> CaseClock:
    return CaseClock(
        policy.calendar_of(team),
        policy.sla.targets_for(band),
        policy.sla,
        policy.cases.auto_close_after_follow_up,
    )
