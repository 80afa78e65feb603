"""What agents do to a case: assign, move it along, record contact attempts, make promises.

Each function is one transaction: load the case (locked), ask the pure rules, write the change,
its history row and the audit entry, and recompute when the timer sweep next needs to look.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from amends.domain.case_records import CaseSnapshot, HistoryEntry, PromiseRecord
from amends.domain.cases import (
    AttemptOutcome,
    CaseAction,
    CaseStatus,
    after_attempt,
    assignment_action,
    transition,
)
from amends.domain.promises import PromiseKind, validate_new_promise
from amends.errors import (
    CaseNotFound,
    IllegalTransition,
    InvalidInput,
    NotPermitted,
    PromiseNotFound,
)
from amends.policy.case_clock import case_clock
from amends.policy.expectations import expectation_message
from amends.policy.loader import LoadedPolicy
from amends.policy.routing import Agent, can_take, needed_skills
from amends.services.unit_of_work import AuditEntry, UnitOfWork

# Actions an agent asks for by name; the others happen as a consequence of something else
# (assign/reassign through assign_case, mark_unreachable through contact attempts).
AGENT_ACTIONS = frozenset(
    {
        CaseAction.START_CONTACT,
        CaseAction.START_WORK,
        CaseAction.WAIT_ON_CUSTOMER,
        CaseAction.RESUME,
        CaseAction.RESOLVE,
        CaseAction.START_FOLLOW_UP,
        CaseAction.CLOSE,
        CaseAction.REOPEN,
    }
)


def load_case(uow: UnitOfWork, case_id: int, *, for_update: bool = False) -> CaseSnapshot:
    case = uow.cases.get(case_id, for_update=for_update)
    if case is None:
        raise CaseNotFound(f"no case {case_id}", details={"case_id": case_id})
    return case


def agent_of(policy: LoadedPolicy, agent_id: str) -> Agent:
    """The agent the policy's roster names ``agent_id``; NotPermitted for anyone else."""
    team = policy.policy.teams.team_of(agent_id)
    agent = team.agent(agent_id) if team is not None else None
    if agent is None:
        raise NotPermitted(
            f"{agent_id!r} is not an agent of any team in the policy", details={"agent": agent_id}
        )
    return agent


def _save(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case: CaseSnapshot,
    changes: dict[str, Any],
    entries: list[HistoryEntry],
    now: datetime,
) -> CaseSnapshot:
    """Write ``changes`` with the timer's next look recomputed, the history and the audit rows."""
    updated = replace(case, **changes, updated_at=now)
    clock = case_clock(policy.policy, updated.team, updated.priority_band)
    changes = {**changes, "updated_at": now, "next_check_at": clock.next_check(updated, now)}
    uow.cases.update(case.id, changes)
    uow.cases.append_history(case.id, entries)
    uow.audit.extend(
        [
            AuditEntry(
                at=entry.at,
                actor=entry.actor,
                action=f"case.{entry.action}",
                subject_type="case",
                subject_id=str(case.id),
                details={"from": entry.from_status, "to": entry.to_status, **entry.details},
            )
            for entry in entries
        ]
    )
    return updated


def _status_changes(
    policy: LoadedPolicy, case: CaseSnapshot, target: CaseStatus, now: datetime
) -> dict[str, Any]:
    """The columns a move to ``target`` touches besides the status: clocks, timestamps."""
    changes: dict[str, Any] = {"status": target.value, "category": target.category.value}
    current = CaseStatus(case.status)
    clock = case_clock(policy.policy, case.team, case.priority_band)
    if current.clock_paused and not target.clock_paused and case.paused_since is not None:
        # Time spent waiting on the customer does not count against the resolution target.
        waited = clock.business_time(case.paused_since, now)
        paused = case.paused_seconds + int(waited.total_seconds())
        deadlines = clock.deadlines(case.opened_at, paused_seconds=paused)
        changes |= {"paused_since": None, "paused_seconds": paused}
        changes["resolve_by"] = deadlines.resolve_by
    if target.clock_paused and not current.clock_paused:
        changes["paused_since"] = now
    if target is CaseStatus.FOLLOW_UP:
        changes["follow_up_since"] = now
    if target.category.value in ("resolved", "closed") and case.resolved_at is None:
        changes["resolved_at"] = now
    if target.category.value == "closed":
        changes["closed_at"] = now
    return changes


def transition_case(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    action: CaseAction,
    *,
    by: str,
    now: datetime,
    note: str | None = None,
) -> CaseSnapshot:
    """Move a case by an agent's action (start work, wait on the customer, resolve, close ...)."""
    if action not in AGENT_ACTIONS:
        allowed = ", ".join(sorted(a.value for a in AGENT_ACTIONS))
        raise InvalidInput(f"{action.value!r} is not an action to ask for; use one of: {allowed}")
    agent_of(policy, by)
    with uow:
        case = load_case(uow, case_id, for_update=True)
        current = CaseStatus(case.status)
        target = transition(current, action, has_assignee=case.assignee is not None)
        changes = _status_changes(policy, case, target, now)
        if action is CaseAction.REOPEN:
            changes |= {"resolved_at": None, "closed_at": None, "failed_attempts": 0}
            changes["follow_up_since"] = None
        entry = HistoryEntry(now, by, action.value, current.value, target.value, note)
        updated = _save(uow, policy, case, changes, [entry], now)
        if action is CaseAction.RESOLVE:
            _queue(uow, policy, updated, "case_resolved", now, deadline=now)
        uow.commit()
    return updated


def assign_case(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    *,
    agent_id: str,
    by: str,
    now: datetime,
    note: str | None = None,
) -> CaseSnapshot:
    """Give a case to an agent (manual assignment or reassignment, across teams too)."""
    agent_of(policy, by)
    agent = agent_of(policy, agent_id)
    team = policy.policy.teams.team_of(agent_id)
    assert team is not None
    with uow:
        case = load_case(uow, case_id, for_update=True)
        current = CaseStatus(case.status)
        action = assignment_action(current)
        target = transition(current, action)
        load = uow.cases.open_loads().get(agent_id, 0)
        problem = can_take(
            agent, load=load, language=None, needed_skills=needed_skills(team, case.topics)
        )
        if problem is not None and not agent.active:
            raise NotPermitted(problem, details={"agent": agent_id})
        changes = {"status": target.value, "category": target.category.value}
        changes |= {"assignee": agent_id, "team": team.name}
        details = {"agent": agent_id, "team": team.name, "warning": problem}
        entry = HistoryEntry(now, by, action.value, current.value, target.value, note, details)
        updated = _save(uow, policy, case, changes, [entry], now)
        uow.commit()
    return updated


def record_contact_attempt(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    *,
    outcome: AttemptOutcome,
    channel: str,
    by: str,
    now: datetime,
    note: str | None = None,
) -> CaseSnapshot:
    """Log a call, message or visit; reaching the customer starts the work, and too many
    unsuccessful attempts make the case unreachable."""
    agent_of(policy, by)
    with uow:
        case = load_case(uow, case_id, for_update=True)
        current = CaseStatus(case.status)
        result = after_attempt(
            current,
            outcome,
            failed_before=case.failed_attempts,
            max_failed=policy.policy.contact.max_failed_attempts,
        )
        uow.attempts.add(
            {
                "case_id": case.id,
                "at": now,
                "agent": by,
                "channel": channel,
                "outcome": outcome.value,
                "note": note,
            }
        )
        changes = _status_changes(policy, case, result.status, now)
        changes["failed_attempts"] = result.failed_attempts
        if case.first_contact_at is None:
            # Any attempt answers the first-contact target: the customer heard from a person,
            # or was tried. The resolution clock takes over from here.
            changes |= {"first_contact_at": now, "warned_at": None, "breached_at": None}
            changes["escalation"] = "agent"
        action = result.action.value if result.action else "contact_attempt"
        details = {"outcome": outcome.value, "channel": channel, "failed": result.failed_attempts}
        entry = HistoryEntry(now, by, action, current.value, result.status.value, note, details)
        updated = _save(uow, policy, case, changes, [entry], now)
        if not outcome.succeeded and not result.became_unreachable:
            # Tell the customer we tried, and when we will try again (in the team's hours).
            calendar = policy.policy.calendar_of(case.team)
            retry = policy.policy.contact.earliest_next_attempt(now, calendar)
            _queue(uow, policy, updated, "contact_rescheduled", now, deadline=retry)
        uow.commit()
    return updated


def make_promise(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    *,
    kind: PromiseKind,
    description: str,
    due_at: datetime,
    by: str,
    now: datetime,
) -> PromiseRecord:
    """Record a commitment to the customer; the customer is told when to expect it."""
    agent_of(policy, by)
    if not description.strip():
        raise InvalidInput("a promise needs a description of what was promised")
    due_at = validate_new_promise(due_at, now, max_horizon=policy.policy.promises.max_horizon)
    with uow:
        case = load_case(uow, case_id, for_update=True)
        if not CaseStatus(case.status).is_active:
            raise IllegalTransition(
                f"case {case.id} is {case.status}: reopen it before promising anything",
                details={"status": case.status},
            )
        promise_id = uow.promises.add(
            {
                "case_id": case.id,
                "kind": kind.value,
                "description": description.strip(),
                "due_at": due_at,
                "made_at": now,
                "made_by": by,
                "status": "pending",
            }
        )
        details = {"promise_id": promise_id, "kind": kind.value, "due_at": due_at.isoformat()}
        entry = HistoryEntry(now, by, "promise_made", note=description.strip(), details=details)
        updated = _save(uow, policy, case, {}, [entry], now)
        _queue(uow, policy, updated, "promise_made", now, deadline=due_at)
        promise = uow.promises.get(promise_id)
        uow.commit()
    assert promise is not None
    return promise


def settle_promise(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case_id: int,
    promise_id: int,
    *,
    outcome: str,
    by: str,
    now: datetime,
    note: str | None = None,
) -> PromiseRecord:
    """Mark a pending promise ``kept`` or ``cancelled`` (broken is the sweep's verdict)."""
    if outcome not in ("kept", "cancelled"):
        raise InvalidInput(f"a promise is settled as kept or cancelled, not {outcome!r}")
    agent_of(policy, by)
    with uow:
        promise = uow.promises.get(promise_id)
        if promise is None or promise.case_id != case_id:
            raise PromiseNotFound(f"case {case_id} has no promise {promise_id}")
        if promise.status != "pending":
            raise IllegalTransition(
                f"promise {promise_id} is already {promise.status}",
                details={"status": promise.status, "allowed": []},
            )
        uow.promises.update(promise_id, {"status": outcome, "settled_at": now, "note": note})
        case = load_case(uow, case_id, for_update=True)
        entry = HistoryEntry(
            now, by, f"promise_{outcome}", note=note, details={"promise_id": promise_id}
        )
        _save(uow, policy, case, {}, [entry], now)
        settled = uow.promises.get(promise_id)
        uow.commit()
    assert settled is not None
    return settled


def _queue(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    case: CaseSnapshot,
    milestone: str,
    now: datetime,
    *,
    deadline: datetime,
) -> None:
    facts = uow.cases.customer_facts(case.customer_id)
    team = policy.policy.teams.team(case.team)
    message = expectation_message(
        policy.policy, milestone, facts, team=team, deadline=deadline, now=now, case_id=case.id
    )
    uow.outbox.add([{**message, "case_id": case.id}])
