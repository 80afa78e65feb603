"""Promises: every commitment made to a customer, with its due time, and whether it was kept.

A promise starts pending and ends exactly once: kept, broken (its time passed unmet, or someone
says it cannot be met) or cancelled (with a reason). A dropped callback that is never returned is
how customers give up, so the sweeper looks for overdue promises every minute.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from amends.errors import IllegalTransition, InvalidInput

MAX_DESCRIPTION = 500


class PromiseKind(StrEnum):
    CALLBACK = "callback"
    REFUND = "refund"
    REPLACEMENT = "replacement"
    CREDIT = "credit"
    INFORMATION = "information"
    OTHER = "other"


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Promise:
    id: int | None
    kind: PromiseKind
    description: str
    due_at: datetime  # aware UTC
    made_at: datetime
    made_by: str | None  # agent id
    status: PromiseStatus = PromiseStatus.PENDING
    kept_at: datetime | None = None
    broken_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None
    # Set once the owner has been reminded, so a sweep every minute reminds only once.
    reminded_at: datetime | None = None
    case_id: int | None = None


def validate_new_promise(due_at: datetime, now: datetime, *, max_horizon: timedelta) -> datetime:
    """The due time in UTC, if it is in the future and no further than ``max_horizon``."""
    _require_aware(now, "now")
    if due_at.tzinfo is None or due_at.utcoffset() is None:
        raise InvalidInput(
            "a promise's due time needs a time zone (e.g. 2024-11-25T15:00:00Z)",
            details={"field": "due_at"},
        )
    due = due_at.astimezone(UTC)
    if due <= now:
        raise InvalidInput(
            "a promise must be due in the future; this one is already past",
            details={"field": "due_at", "due_at": due.isoformat(), "now": now.isoformat()},
        )
    if due - now > max_horizon:
        raise InvalidInput(
            f"a promise may be due at most {_days(max_horizon)} ahead; make a nearer one and "
            "a new promise when it is kept",
            details={"field": "due_at", "max_horizon_seconds": int(max_horizon.total_seconds())},
        )
    return due


def new_promise(
    kind: PromiseKind,
    description: str,
    due_at: datetime,
    *,
    now: datetime,
    by: str | None,
    max_horizon: timedelta,
    case_id: int | None = None,
) -> Promise:
    """A pending promise made ``now``; its due time and description are checked."""
    due = validate_new_promise(due_at, now, max_horizon=max_horizon)
    text = description.strip()
    if not text or len(text) > MAX_DESCRIPTION:
        raise InvalidInput(
            f"describe the promise in 1 to {MAX_DESCRIPTION} characters",
            details={"field": "description"},
        )
    return Promise(None, kind, text, due, now, by, case_id=case_id)


def overdue(promises: Iterable[Promise], now: datetime, grace: timedelta) -> list[Promise]:
    """Pending promises whose due time plus ``grace`` has passed, the oldest first."""
    late = [p for p in promises if p.status is PromiseStatus.PENDING and p.due_at + grace <= now]
    return sorted(late, key=lambda p: p.due_at)


def reminders_due(promises: Iterable[Promise], now: datetime, before: timedelta) -> list[Promise]:
    """Pending, not yet reminded promises due within ``before`` from now (and not yet due)."""
    return sorted(
        (
            p
            for p in promises
            if p.status is PromiseStatus.PENDING
            and p.reminded_at is None
            and p.due_at - before <= now < p.due_at
        ),
        key=lambda p: p.due_at,
    )


def keep(promise: Promise, at: datetime) -> Promise:
    """Kept, even if late: the customer got what we said, and the history shows when."""
    _require_pending(promise, "kept")
    return replace(promise, status=PromiseStatus.KEPT, kept_at=_utc(at))


def mark_broken(promise: Promise, at: datetime) -> Promise:
    _require_pending(promise, "marked broken")
    return replace(promise, status=PromiseStatus.BROKEN, broken_at=_utc(at))


def cancel(promise: Promise, at: datetime, reason: str) -> Promise:
    """Withdrawn with the customer's agreement, e.g. "customer asked us not to call"."""
    _require_pending(promise, "cancelled")
    if not reason.strip():
        raise InvalidInput("say why the promise is cancelled", details={"field": "reason"})
    return replace(
        promise,
        status=PromiseStatus.CANCELLED,
        cancelled_at=_utc(at),
        cancel_reason=reason.strip(),
    )


def mark_reminded(promise: Promise, at: datetime) -> Promise:
    _require_pending(promise, "reminded")
    return replace(promise, reminded_at=_utc(at))


def _require_pending(promise: Promise, doing: str) -> None:
    if promise.status is not PromiseStatus.PENDING:
        raise IllegalTransition(
            f"a promise that is {promise.status.value} cannot be {doing}; "
            "only a pending promise can change",
            # A settled promise accepts nothing: a new commitment is a new promise.
            details={"promise_id": promise.id, "status": promise.status.value, "allowed": []},
        )


def _utc(moment: datetime) -> datetime:
    _require_aware(moment, "at")
    return moment.astimezone(UTC)


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (UTC), got {moment!r}")


def _days(span: timedelta) -> str:
    if span % timedelta(days=1) == timedelta():
        days = span.days
        return f"{days} day" if days == 1 else f"{days} days"
    hours = span.total_seconds() / 3600
    return f"{hours:g} hours"
