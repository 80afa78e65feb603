"""Recovery cases: the status state machine, contact attempts and when new feedback reopens a case.

Statuses are fixed in code; each belongs to a category (open / waiting / resolved / closed) and
behaviour keys off the category: SLA clocks pause while *waiting*, and "open cases" (for attaching
new feedback and counting an agent's load) are the open and waiting categories. Display names
live in the policy (``amends.policy.cases``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from amends.errors import IllegalTransition


class StatusCategory(StrEnum):
    OPEN = "open"
    WAITING = "waiting"  # on the customer: SLA clocks pause
    RESOLVED = "resolved"
    CLOSED = "closed"


class CaseStatus(StrEnum):
    OPEN = "open"  # not yet owned by anyone
    ASSIGNED = "assigned"
    CONTACTING = "contacting"  # trying to reach the customer
    IN_PROGRESS = "in_progress"  # reached; working on it
    WAITING_ON_CUSTOMER = "waiting_on_customer"
    RESOLVED = "resolved"
    FOLLOW_UP = "follow_up"  # we asked the customer how it went
    CLOSED = "closed"
    UNREACHABLE = "unreachable"  # an outcome of its own: the effectiveness report compares it

    @property
    def category(self) -> StatusCategory:
        return CATEGORIES[self]

    @property
    def is_active(self) -> bool:
        """Open or waiting: new feedback attaches to it and it counts towards an agent's load."""
        return self.category in ACTIVE_CATEGORIES

    @property
    def clock_paused(self) -> bool:
        return self.category is StatusCategory.WAITING

    @property
    def readable(self) -> str:
        return self.value.replace("_", " ")


CATEGORIES: dict[CaseStatus, StatusCategory] = {
    CaseStatus.OPEN: StatusCategory.OPEN,
    CaseStatus.ASSIGNED: StatusCategory.OPEN,
    CaseStatus.CONTACTING: StatusCategory.OPEN,
    CaseStatus.IN_PROGRESS: StatusCategory.OPEN,
    CaseStatus.WAITING_ON_CUSTOMER: StatusCategory.WAITING,
    CaseStatus.RESOLVED: StatusCategory.RESOLVED,
    CaseStatus.FOLLOW_UP: StatusCategory.RESOLVED,
    CaseStatus.CLOSED: StatusCategory.CLOSED,
    CaseStatus.UNREACHABLE: StatusCategory.CLOSED,
}
ACTIVE_CATEGORIES = frozenset({StatusCategory.OPEN, StatusCategory.WAITING})
ACTIVE_STATUSES = frozenset(s for s in CaseStatus if CATEGORIES[s] in ACTIVE_CATEGORIES)


class CaseAction(StrEnum):
    ASSIGN = "assign"
    REASSIGN = "reassign"
    START_CONTACT = "start_contact"
    START_WORK = "start_work"
    WAIT_ON_CUSTOMER = "wait_on_customer"
    RESUME = "resume"
    RESOLVE = "resolve"
    START_FOLLOW_UP = "start_follow_up"
    CLOSE = "close"
    MARK_UNREACHABLE = "mark_unreachable"
    REOPEN = "reopen"


_S, _A = CaseStatus, CaseAction
# The whole state machine. ``reopen`` is listed with target OPEN; ``transition`` sends it to
# ASSIGNED instead when the case still has an owner.
TRANSITIONS: dict[CaseStatus, dict[CaseAction, CaseStatus]] = {
    _S.OPEN: {_A.ASSIGN: _S.ASSIGNED, _A.CLOSE: _S.CLOSED},
    _S.ASSIGNED: {
        _A.REASSIGN: _S.ASSIGNED,
        _A.START_CONTACT: _S.CONTACTING,
        _A.START_WORK: _S.IN_PROGRESS,  # the customer called us first
        _A.CLOSE: _S.CLOSED,
        _A.MARK_UNREACHABLE: _S.UNREACHABLE,
    },
    _S.CONTACTING: {
        _A.REASSIGN: _S.CONTACTING,
        _A.START_WORK: _S.IN_PROGRESS,
        _A.CLOSE: _S.CLOSED,
        _A.MARK_UNREACHABLE: _S.UNREACHABLE,
    },
    _S.IN_PROGRESS: {
        _A.REASSIGN: _S.IN_PROGRESS,
        _A.WAIT_ON_CUSTOMER: _S.WAITING_ON_CUSTOMER,
        _A.RESOLVE: _S.RESOLVED,
        _A.CLOSE: _S.CLOSED,
        _A.MARK_UNREACHABLE: _S.UNREACHABLE,
    },
    _S.WAITING_ON_CUSTOMER: {
        _A.REASSIGN: _S.WAITING_ON_CUSTOMER,
        _A.RESUME: _S.IN_PROGRESS,
        _A.RESOLVE: _S.RESOLVED,
        _A.CLOSE: _S.CLOSED,
        _A.MARK_UNREACHABLE: _S.UNREACHABLE,
    },
    _S.RESOLVED: {_A.START_FOLLOW_UP: _S.FOLLOW_UP, _A.CLOSE: _S.CLOSED, _A.REOPEN: _S.OPEN},
    _S.FOLLOW_UP: {_A.CLOSE: _S.CLOSED, _A.REOPEN: _S.OPEN},
    _S.CLOSED: {_A.REOPEN: _S.OPEN},
    _S.UNREACHABLE: {_A.REOPEN: _S.OPEN},
}

# "a case that is resolved cannot be <...>"
_PARTICIPLES: dict[CaseAction, str] = {
    _A.ASSIGN: "assigned",
    _A.REASSIGN: "reassigned",
    _A.START_CONTACT: "moved to contacting",
    _A.START_WORK: "moved to in progress",
    _A.WAIT_ON_CUSTOMER: "set to wait on the customer",
    _A.RESUME: "resumed",
    _A.RESOLVE: "resolved",
    _A.START_FOLLOW_UP: "moved to follow-up",
    _A.CLOSE: "closed",
    _A.MARK_UNREACHABLE: "marked unreachable",
    _A.REOPEN: "reopened",
}


def allowed_actions(status: CaseStatus) -> tuple[CaseAction, ...]:
    """The actions a case in ``status`` accepts, in the order the state machine lists them."""
    return tuple(TRANSITIONS[status])


def _refuse(status: CaseStatus, action: str, doing: str) -> IllegalTransition:
    allowed = [a.value for a in allowed_actions(status)]
    message = (
        f"a case that is {status.readable} cannot be {doing}; "
        f"from {status.readable} you can: {', '.join(allowed)}"
    )
    details = {"status": status.value, "action": action, "allowed": allowed}
    return IllegalTransition(message, details=details)


def transition(status: CaseStatus, action: CaseAction, *, has_assignee: bool = False) -> CaseStatus:
    """The status after ``action``; ``IllegalTransition`` (naming what is allowed) otherwise.

    ``has_assignee`` only matters for ``reopen``: a case that still has an owner goes back to
    that owner (assigned) rather than to the unowned queue (open).
    """
    target = TRANSITIONS[status].get(action)
    if target is None:
        raise _refuse(status, action.value, _PARTICIPLES[action])
    if action is CaseAction.REOPEN and has_assignee:
        return CaseStatus.ASSIGNED
    return target


def assignment_action(status: CaseStatus) -> CaseAction:
    """``assign`` for an unowned case, ``reassign`` for an owned one (manual reassignment)."""
    return CaseAction.ASSIGN if status is CaseStatus.OPEN else CaseAction.REASSIGN


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One row of a case's status history."""

    from_status: CaseStatus
    to_status: CaseStatus
    action: CaseAction
    at: datetime
    by: str | None  # agent id; None when the system moved it (sweeper, new feedback)
    note: str | None = None


def change_status(
    status: CaseStatus,
    action: CaseAction,
    *,
    at: datetime,
    by: str | None,
    note: str | None = None,
    has_assignee: bool = False,
) -> StatusChange:
    """Apply ``action`` and describe the move as a history row."""
    _require_aware(at)
    target = transition(status, action, has_assignee=has_assignee)
    return StatusChange(status, target, action, at, by, note)


class AttemptOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    WRONG_NUMBER = "wrong_number"

    @property
    def succeeded(self) -> bool:
        return self is AttemptOutcome.REACHED


@dataclass(frozen=True, slots=True)
class AttemptResult:
    status: CaseStatus
    failed_attempts: int  # unsuccessful attempts in a row since the customer was last reached
    became_unreachable: bool
    # The state-machine action this attempt amounts to, for the history row; None: no move.
    action: CaseAction | None


_REACHED_ACTIONS: dict[CaseStatus, CaseAction] = {
    CaseStatus.ASSIGNED: CaseAction.START_WORK,
    CaseStatus.CONTACTING: CaseAction.START_WORK,
    CaseStatus.WAITING_ON_CUSTOMER: CaseAction.RESUME,
}


def after_attempt(
    status: CaseStatus, outcome: AttemptOutcome, *, failed_before: int, max_failed: int
) -> AttemptResult:
    """Where a contact attempt leaves the case.

    Reaching the customer moves the case to in progress and resets the count. Every other outcome
    (wrong number included) counts one failure; at ``max_failed`` failures in a row the case is
    unreachable. Only an owned case that is open or waiting takes attempts.
    """
    if failed_before < 0 or max_failed < 1:
        raise ValueError(f"bad attempt counts: failed_before={failed_before}, max={max_failed}")
    if not status.is_active:
        raise _refuse(status, "record_attempt", "given a contact attempt")
    if status is CaseStatus.OPEN:
        raise _refuse(status, "record_attempt", "given a contact attempt before it is assigned")
    if outcome.succeeded:
        action = _REACHED_ACTIONS.get(status)
        return AttemptResult(CaseStatus.IN_PROGRESS, 0, False, action)
    failed = failed_before + 1
    if failed >= max_failed:
        return AttemptResult(CaseStatus.UNREACHABLE, failed, True, CaseAction.MARK_UNREACHABLE)
    if status is CaseStatus.ASSIGNED:
        return AttemptResult(CaseStatus.CONTACTING, failed, False, CaseAction.START_CONTACT)
    return AttemptResult(status, failed, False, None)


def should_reopen(
    status: CaseStatus,
    *,
    feedback_is_negative: bool,
    closed_at: datetime | None,
    now: datetime,
    reopen_within: timedelta,
) -> bool:
    """Whether new feedback reopens this finished case (rather than opening a new one).

    ``closed_at`` is when the case left the open and waiting categories (resolved, closed or
    unreachable). Feedback on an active case attaches to it instead, so this is False for those.
    """
    _require_aware(now)
    if not feedback_is_negative or status.is_active or closed_at is None:
        return False
    if reopen_within <= timedelta():  # a zero window switches reopening off
        return False
    _require_aware(closed_at)
    return now - closed_at <= reopen_within


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a naive datetime reached the case rules: {moment!r} (use UTC)")
