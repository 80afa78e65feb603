"""Turning feedback into recovery cases: decide, attach or reopen, or open, route and promise.

Every feedback item gets exactly one recorded decision (``opportunity_decisions``), including
"no case" with the reason-less verdict, so "why is there (no) case for this?" always has an
answer. Work is batched: one query for the facts, one for the customers' cases, bulk inserts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from amends.domain.case_records import CaseSnapshot, HistoryEntry
from amends.domain.cases import CaseAction, CaseStatus, should_reopen, transition
from amends.policy.case_clock import case_clock
from amends.policy.facts import CustomerFacts, FeedbackFacts, louder, loudness
from amends.policy.loader import LoadedPolicy
from amends.policy.opportunities import OpenCaseRef, Reason, case_to_attach, decide_opportunity
from amends.services.new_cases import SYSTEM, IntakeBatch, plan_case, write_batch
from amends.services.unit_of_work import AuditEntry, UnitOfWork


@dataclass(slots=True)
class IntakeReport:
    decided: int = 0
    opened: int = 0
    attached: int = 0
    reopened: int = 0
    messages_queued: int = 0
    case_ids: list[int] = field(default_factory=list)

    def add(self, other: IntakeReport) -> None:
        self.decided += other.decided
        self.opened += other.opened
        self.attached += other.attached
        self.reopened += other.reopened
        self.messages_queued += other.messages_queued
        self.case_ids.extend(other.case_ids)


def reason_json(reason: Reason) -> dict[str, Any]:
    return {
        "rule": reason.rule,
        "explanation": reason.explanation,
        "evidence": {k: [list(s) for s in spans] for k, spans in reason.evidence.items()},
    }


def open_cases_for_feedback(
    uow: UnitOfWork,
    policy: LoadedPolicy,
    feedback_ids: Sequence[int],
    *,
    analyzer: str,
    now: datetime,
) -> IntakeReport:
    """Decide on each feedback item inside the caller's transaction."""
    report = IntakeReport()
    facts = uow.cases.facts_for(feedback_ids, analyzer)
    if not facts:
        return report
    rules = policy.policy
    known = uow.cases.active_for_customers(
        {c.customer_id for _, c in facts},
        # Far enough back to find a case to reopen and to count the customer's earlier cases.
        closed_since=now
        - max(rules.cases.reopen_within, rules.priority.recoverability.history_window),
    )
    by_customer: dict[int, list[CaseSnapshot]] = defaultdict(list)
    for case in known:
        by_customer[case.customer_id].append(case)
    batch = IntakeBatch(policy, now, uow.cases.open_loads(), uow.cases.last_assignees())
    for feedback, customer in facts:
        _decide(uow, batch, feedback, customer, by_customer[customer.customer_id], report)
    new_ids, queued = write_batch(uow, batch)
    report.opened += len(new_ids)
    report.case_ids.extend(new_ids)
    report.messages_queued += queued
    report.decided = len(facts)
    return report


def _decide(
    uow: UnitOfWork,
    batch: IntakeBatch,
    feedback: FeedbackFacts,
    customer: CustomerFacts,
    known: list[CaseSnapshot],
    report: IntakeReport,
) -> None:
    rules = batch.policy.policy
    decision = decide_opportunity(feedback, rules.opportunities)
    reasons = [reason_json(r) for r in decision.reasons]
    refs = [
        OpenCaseRef(c.id, c.customer_id, c.topics, c.opened_at)
        for c in known
        if CaseStatus(c.status).is_active
    ]
    refs += [
        OpenCaseRef(-1 - i, customer.customer_id, batch.case_topics[i], batch.now)
        for i in batch.new_by_customer[customer.customer_id]
    ]
    target = case_to_attach(refs, feedback, opens=decision.opens)
    if target is not None:
        if target >= 0:
            case = next(c for c in known if c.id == target)
            _attach(uow, batch, feedback, case, None, reasons, "attached")
        else:
            _attach(uow, batch, feedback, None, -1 - target, reasons, "attached")
        report.attached += 1
        return
    reopened = _reopen_candidate(batch, feedback, known) if decision.opens else None
    if reopened is not None:
        back = _reopen(uow, batch, reopened, feedback)
        known[known.index(reopened)] = back  # later items of the batch see it open again
        _attach(uow, batch, feedback, back, None, reasons, "reopened")
        report.reopened += 1
        return
    if decision.opens:
        index = plan_case(batch, feedback, customer, known, reasons)
        batch.links.append((None, index, _link(feedback, "opened", batch.now)))
        batch.decisions.append((None, index, _decision(feedback, "opened", reasons, batch)))
        return
    batch.decisions.append((None, None, _decision(feedback, "none", reasons, batch)))


def _link(feedback: FeedbackFacts, role: str, now: datetime) -> dict[str, object]:
    return {"feedback_id": feedback.feedback_id, "role": role, "attached_at": now}


def _decision(
    feedback: FeedbackFacts, outcome: str, reasons: list[dict[str, Any]], batch: IntakeBatch
) -> dict[str, object]:
    return {
        "feedback_id": feedback.feedback_id,
        "outcome": outcome,
        "reasons": reasons,
        "policy_version": batch.policy.version,
        "decided_at": batch.now,
    }


def _attach(
    uow: UnitOfWork,
    batch: IntakeBatch,
    feedback: FeedbackFacts,
    case: CaseSnapshot | None,
    new_index: int | None,
    reasons: list[dict[str, Any]],
    role: str,
) -> None:
    case_id = case.id if case is not None else None
    batch.links.append((case_id, new_index, _link(feedback, role, batch.now)))
    batch.decisions.append((case_id, new_index, _decision(feedback, role, reasons, batch)))
    if new_index is not None:
        planned = batch.cases[new_index]
        planned["loudness"] = louder(_mapping(planned["loudness"]), loudness(feedback))
    if case is not None:
        # Several items of one batch may join the same case: build on what is pending.
        pending = batch.case_updates.setdefault(case.id, {})
        latest = pending.get("last_feedback_at", case.last_feedback_at)
        assert isinstance(latest, datetime)
        pending["last_feedback_at"] = max(latest, feedback.received_at)
        pending["loudness"] = louder(
            _mapping(pending.get("loudness", case.loudness)), loudness(feedback)
        )
        details = {"feedback_id": feedback.feedback_id}
        batch.history.append(
            (case.id, HistoryEntry(batch.now, SYSTEM, "feedback_attached", details=details))
        )


def _mapping(value: object) -> dict[str, object]:
    assert isinstance(value, dict)
    return value


def _reopen_candidate(
    batch: IntakeBatch, feedback: FeedbackFacts, known: list[CaseSnapshot]
) -> CaseSnapshot | None:
    """The customer's recently finished case on the same topic, if new negative feedback
    should bring it back rather than start a new one."""
    topics = set(feedback.topics)
    for case in sorted(known, key=lambda c: c.opened_at, reverse=True):
        status = CaseStatus(case.status)
        finished_at = case.closed_at or case.resolved_at
        same_topic = bool(topics & set(case.topics)) or (not topics and not case.topics)
        if same_topic and should_reopen(
            status,
            feedback_is_negative=True,
            closed_at=finished_at,
            now=batch.now,
            reopen_within=batch.policy.policy.cases.reopen_within,
        ):
            return case
    return None


def _reopen(
    uow: UnitOfWork, batch: IntakeBatch, case: CaseSnapshot, feedback: FeedbackFacts
) -> CaseSnapshot:
    """Bring a finished case back, with fresh deadlines; returns it as it now stands."""
    status = CaseStatus(case.status)
    target = transition(status, CaseAction.REOPEN, has_assignee=case.assignee is not None)
    clock = case_clock(batch.policy.policy, case.team, case.priority_band)
    deadlines = clock.deadlines(batch.now)
    changes: dict[str, Any] = {
        "status": target.value,
        "category": target.category.value,
        "resolved_at": None,
        "closed_at": None,
        "failed_attempts": 0,
        "opened_at": batch.now,
        "contact_by": deadlines.contact_by,
        "resolve_by": deadlines.resolve_by,
        "first_contact_at": None,
        "warned_at": None,
        "breached_at": None,
        "escalation": "agent",
        "paused_since": None,
        "paused_seconds": 0,
        "next_check_at": clock.first_check(batch.now, deadlines),
        "last_feedback_at": feedback.received_at,
        "updated_at": batch.now,
    }
    uow.cases.update(case.id, changes)
    entry = HistoryEntry(
        batch.now,
        SYSTEM,
        CaseAction.REOPEN.value,
        status.value,
        target.value,
        details={"feedback_id": feedback.feedback_id},
    )
    batch.history.append((case.id, entry))
    changes.pop("next_check_at")
    return replace(case, **changes)


@dataclass(frozen=True, slots=True)
class CaseIntake:
    """Ingestion's hook: decide on freshly stored feedback in the same transaction."""

    policy: Callable[[], LoadedPolicy]
    analyzer: str

    def __call__(self, uow: UnitOfWork, feedback_ids: Sequence[int], now: datetime) -> IntakeReport:
        return open_cases_for_feedback(
            uow, self.policy(), feedback_ids, analyzer=self.analyzer, now=now
        )


def open_pending_cases(
    uow_factory: Callable[[], UnitOfWork],
    policy: Callable[[], LoadedPolicy],
    *,
    analyzer: str,
    clock: Callable[[], datetime],
    batch: int = 2000,
    on_progress: Callable[[int], None] | None = None,
    actor: str = SYSTEM,
) -> IntakeReport:
    """Decide on every feedback item that has no decision yet, batch by batch (resumable)."""
    report = IntakeReport()
    after = 0
    while True:
        with uow_factory() as uow:
            ids = uow.cases.undecided_feedback(after_id=after, limit=batch)
            if not ids:
                break
            part = open_cases_for_feedback(uow, policy(), ids, analyzer=analyzer, now=clock())
            uow.commit()
        report.add(part)
        after = ids[-1]
        if on_progress is not None:
            on_progress(len(ids))
    if report.decided:
        with uow_factory() as uow:
            uow.audit.append(
                AuditEntry(
                    at=clock(),
                    actor=actor,
                    action="cases.intake",
                    subject_type="feedback",
                    subject_id="pending",
                    details={
                        "decided": report.decided,
                        "opened": report.opened,
                        "attached": report.attached,
                        "reopened": report.reopened,
                    },
                )
            )
            uow.commit()
    return report
