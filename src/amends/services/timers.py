"""The timer sweep: SLA warnings, breaches and escalations, and promises that passed unmet.

Run every minute (a thread in embedded mode, the worker in production). It reads only cases
whose ``next_check_at`` has come, so a sweep over 100k quiet cases costs one indexed query.
Idempotent: each warning, breach, escalation and broken promise is recorded once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from amends.domain.case_records import CaseSnapshot, HistoryEntry, PromiseRecord
from amends.domain.cases import CaseAction, CaseStatus, transition
from amends.domain.promises import Promise, PromiseKind, PromiseStatus
from amends.policy.case_clock import RUNGS, DueEvent, case_clock
from amends.policy.cases import auto_close_due
from amends.policy.loader import LoadedPolicy
from amends.policy.priority import Factor, Priority, bump
from amends.policy.promises import broken_promise_consequences
from amends.services.unit_of_work import AuditEntry, UnitOfWork

SWEEPER = "amends-sweeper"


@dataclass(slots=True)
class SweepReport:
    cases_checked: int = 0
    warnings: int = 0
    breaches: int = 0
    escalations: int = 0
    promises_broken: int = 0
    reminders: int = 0
    auto_closed: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "cases_checked": self.cases_checked,
            "warnings": self.warnings,
            "breaches": self.breaches,
            "escalations": self.escalations,
            "promises_broken": self.promises_broken,
            "reminders": self.reminders,
            "auto_closed": self.auto_closed,
        }


def sweep_timers(
    uow_factory: Callable[[], UnitOfWork],
    policy: Callable[[], LoadedPolicy],
    *,
    now: datetime,
    batch: int = 500,
) -> SweepReport:
    """Record everything that has fallen due by ``now``; safe to run as often as you like."""
    report = SweepReport()
    loaded = policy()
    _sweep_promises(uow_factory, loaded, now, report, batch)
    seen: set[int] = set()
    while True:
        with uow_factory() as uow:
            cases = [c for c in uow.cases.due_for_check(now, limit=batch) if c.id not in seen]
            changes: dict[int, dict[str, object]] = {}
            history: list[tuple[int, HistoryEntry]] = []
            for case in cases:
                changes[case.id], entries = _check_case(loaded, case, now, report)
                history.extend((case.id, entry) for entry in entries)
                seen.add(case.id)
            # One statement per kind of write for the whole batch, not three per case.
            uow.cases.update_many(changes)
            uow.cases.add_history(history)
            uow.audit.extend(
                [
                    AuditEntry(e.at, SWEEPER, f"case.{e.action}", "case", str(case_id), e.details)
                    for case_id, e in history
                ]
            )
            uow.commit()
        if len(cases) < batch:
            return report


def _check_case(
    policy: LoadedPolicy, case: CaseSnapshot, now: datetime, report: SweepReport
) -> tuple[dict[str, object], list[HistoryEntry]]:
    """The case's changes and history rows for everything due by ``now``."""
    report.cases_checked += 1
    clock = case_clock(policy.policy, case.team, case.priority_band)
    changes: dict[str, object] = {}
    entries: list[HistoryEntry] = []
    status = CaseStatus(case.status)
    if auto_close_due(
        status, follow_up_since=case.follow_up_since, now=now, section=policy.policy.cases
    ):
        target = transition(status, CaseAction.CLOSE)
        changes = {"status": target.value, "category": target.category.value, "closed_at": now}
        note = "closed by itself: the follow-up had no reply"
        entries.append(HistoryEntry(now, SWEEPER, "close", status.value, target.value, note))
        report.auto_closed += 1
    for event in clock.due(case, now):
        changes |= _apply(policy, case, event, entries, report)
    updated = replace(case, **changes)  # type: ignore[arg-type]
    changes["next_check_at"] = clock.next_check(updated, now)
    changes["updated_at"] = now
    return changes, entries


def _apply(
    policy: LoadedPolicy,
    case: CaseSnapshot,
    event: DueEvent,
    entries: list[HistoryEntry],
    report: SweepReport,
) -> dict[str, object]:
    target = event.target.replace("_", " ")
    details: dict[str, object] = {"target": event.target, "due_at": event.at.isoformat()}
    if event.kind == "warning":
        report.warnings += 1
        entries.append(
            HistoryEntry(
                event.at,
                SWEEPER,
                "sla_warning",
                note=f"{target} target nearly due",
                details=details,
            )
        )
        return {"warned_at": event.at}
    if event.kind == "breach":
        report.breaches += 1
        entries.append(
            HistoryEntry(
                event.at, SWEEPER, "sla_breached", note=f"{target} target missed", details=details
            )
        )
        return {"breached_at": event.at}
    report.escalations += 1
    team = policy.policy.team(case.team)
    person = team.lead if event.notify == "lead" else team.manager
    details |= {"to": event.notify, "notify": person}
    note = f"{target} target missed: escalated to the {event.notify} ({person})"
    entries.append(HistoryEntry(event.at, SWEEPER, "escalated", note=note, details=details))
    return {"escalation": event.notify}


def _sweep_promises(
    uow_factory: Callable[[], UnitOfWork],
    policy: LoadedPolicy,
    now: datetime,
    report: SweepReport,
    batch: int,
) -> None:
    section = policy.policy.promises
    _remind(uow_factory, policy, now, report, batch)
    while True:
        with uow_factory() as uow:
            overdue = uow.promises.pending_due_by(now - section.grace, limit=batch)
            for promise in overdue:
                _break_promise(uow, policy, promise, now)
                report.promises_broken += 1
            uow.commit()
        if len(overdue) < batch:
            return


def _remind(
    uow_factory: Callable[[], UnitOfWork],
    policy: LoadedPolicy,
    now: datetime,
    report: SweepReport,
    batch: int,
) -> None:
    """Nudge the case owner shortly before a promise falls due (once per promise)."""
    before = policy.policy.promises.reminder_before
    while True:
        with uow_factory() as uow:
            due = uow.promises.reminders_due(now + before, limit=batch)
            for promise in due:
                uow.promises.update(promise.id, {"reminded_at": now})
                case = uow.cases.get(promise.case_id)
                owner = case.assignee if case is not None else None
                note = f"due {promise.due_at.isoformat()}: {promise.description}"
                details = {"promise_id": promise.id, "notify": owner}
                entry = HistoryEntry(now, SWEEPER, "promise_reminder", note=note, details=details)
                uow.cases.append_history(promise.case_id, [entry])
                report.reminders += 1
            uow.commit()
        if len(due) < batch:
            return


def _break_promise(
    uow: UnitOfWork, policy: LoadedPolicy, record: PromiseRecord, now: datetime
) -> None:
    """A promise passed unmet: mark it broken, raise the case's priority and escalate it."""
    uow.promises.update(record.id, {"status": "broken", "settled_at": now})
    case = uow.cases.get(record.case_id, for_update=True)
    if case is None:
        return
    rules = policy.policy
    zone = rules.calendar_of(case.team).zone
    consequence = broken_promise_consequences(_promise(record), rules.promises, tz=zone)
    factors = tuple(
        Factor(f["name"], float(f["value"]), f["explanation"]) for f in case.priority_factors
    )
    raised = bump(
        Priority(case.priority_score, case.priority_band, factors),  # type: ignore[arg-type]
        consequence.priority_bump,
        reason=consequence.reason,
    )
    clock = case_clock(rules, case.team, raised.band)
    deadlines = clock.deadlines(case.opened_at, paused_seconds=case.paused_seconds)
    level = max(RUNGS.index(case.escalation), RUNGS.index(consequence.escalate_to))
    changes: dict[str, object] = {
        "priority_band": raised.band,
        "priority_factors": [
            {"name": f.name, "value": f.value, "explanation": f.explanation} for f in raised.factors
        ],
        "contact_by": deadlines.contact_by,
        "resolve_by": deadlines.resolve_by,
        "escalation": RUNGS[level],
    }
    updated = replace(case, **changes)  # type: ignore[arg-type]
    changes |= {"next_check_at": clock.next_check(updated, now), "updated_at": now}
    uow.cases.update(case.id, changes)
    team = rules.team(case.team)
    person = team.lead if consequence.escalate_to == "lead" else team.manager
    details = {
        "promise_id": record.id,
        "band": raised.band,
        "to": consequence.escalate_to,
        "notify": person,
    }
    entry = HistoryEntry(now, SWEEPER, "promise_broken", note=consequence.reason, details=details)
    uow.cases.append_history(case.id, [entry])
    uow.audit.append(AuditEntry(now, SWEEPER, "case.promise_broken", "case", str(case.id), details))


def _promise(record: PromiseRecord) -> Promise:
    return Promise(
        id=record.id,
        kind=PromiseKind(record.kind),
        description=record.description,
        due_at=record.due_at,
        made_at=record.made_at,
        made_by=record.made_by,
        status=PromiseStatus(record.status),
        case_id=record.case_id,
    )
