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
from amends.domain.journeys import JOURNEY_LOOKBACK, compare_case_journey
from amends.policy.case_clock import case_clock
from amends.policy.cases import case_reference
from amends.policy.expectations import expectation_message, with_reference
from amends.policy.facts import CustomerFacts, FeedbackFacts, louder, loudness
from amends.policy.loader import LoadedPolicy
from amends.policy.opportunities import OpenCaseRef, Reason, case_to_attach, decide_opportunity
from amends.policy.priority import score_priority
from amends.policy.remedies import problem_severity
from amends.policy.routing import needed_skills, pick_agent, route
from amends.services.unit_of_work import AuditEntry, UnitOfWork

SYSTEM = "amends"


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


@dataclass(slots=True)
class _Batch:
    """What one batch will write, with new cases referred to by their index until inserted."""

    policy: LoadedPolicy
    now: datetime
    loads: dict[str, int]
    last_assignees: dict[str, str]
    cases: list[dict[str, object]] = field(default_factory=list)
    case_customers: list[int] = field(default_factory=list)
    case_topics: list[tuple[str, ...]] = field(default_factory=list)
    new_case_messages: list[dict[str, object]] = field(default_factory=list)
    links: list[tuple[int | None, int | None, dict[str, object]]] = field(default_factory=list)
    decisions: list[tuple[int | None, int | None, dict[str, object]]] = field(default_factory=list)
    # Written once per batch: changes to existing cases, their history, new cases per customer.
    case_updates: dict[int, dict[str, object]] = field(default_factory=dict)
    history: list[tuple[int, HistoryEntry]] = field(default_factory=list)
    new_by_customer: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    # Per new case: its failure signals, earlier cases on the topic, when the customer spoke.
    severity_inputs: list[tuple[frozenset[str], int, datetime]] = field(default_factory=list)


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
    batch = _Batch(policy, now, uow.cases.open_loads(), uow.cases.last_assignees())
    for feedback, customer in facts:
        _decide(uow, batch, feedback, customer, by_customer[customer.customer_id], report)
    _write(uow, batch, report)
    report.decided = len(facts)
    return report


def _decide(
    uow: UnitOfWork,
    batch: _Batch,
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
        index = _plan_case(batch, feedback, customer, known, reasons)
        batch.links.append((None, index, _link(feedback, "opened", batch.now)))
        batch.decisions.append((None, index, _decision(feedback, "opened", reasons, batch)))
        return
    batch.decisions.append((None, None, _decision(feedback, "none", reasons, batch)))


def _link(feedback: FeedbackFacts, role: str, now: datetime) -> dict[str, object]:
    return {"feedback_id": feedback.feedback_id, "role": role, "attached_at": now}


def _decision(
    feedback: FeedbackFacts, outcome: str, reasons: list[dict[str, Any]], batch: _Batch
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
    batch: _Batch,
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
    batch: _Batch, feedback: FeedbackFacts, known: list[CaseSnapshot]
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
    uow: UnitOfWork, batch: _Batch, case: CaseSnapshot, feedback: FeedbackFacts
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


def _plan_case(
    batch: _Batch,
    feedback: FeedbackFacts,
    customer: CustomerFacts,
    known: list[CaseSnapshot],
    reasons: list[dict[str, Any]],
) -> int:
    rules = batch.policy.policy
    since = batch.now - rules.priority.recoverability.history_window
    earlier = sum(1 for case in known if case.opened_at >= since)
    priority = score_priority(feedback, customer, rules.priority, earlier_cases=earlier)
    routing = route(rules.teams, feedback, customer, feedback.topics)
    team = rules.team(routing.team)
    status = CaseStatus.OPEN  # an agent is chosen once the batch is planned, most urgent first
    clock = case_clock(rules, team.name, priority.band)
    deadlines = clock.deadlines(batch.now)
    same_topic = [c for c in known if set(c.topics) & set(feedback.topics)]
    severity = problem_severity(feedback.topics, feedback.signals, repeat_cases=len(same_topic))
    batch.severity_inputs.append((feedback.signals, len(same_topic), feedback.received_at))
    history = [{"action": "opened", "to": CaseStatus.OPEN.value, "detail": routing.reason}]
    batch.cases.append(
        {
            "customer_id": customer.customer_id,
            "status": status.value,
            "category": status.category.value,
            "team": team.name,
            "assignee": None,
            "priority_score": priority.score,
            "priority_band": priority.band,
            "priority_factors": [
                {"name": f.name, "value": f.value, "explanation": f.explanation}
                for f in priority.factors
            ],
            "topics": list(feedback.topics),
            "severity": str(severity),
            "reasons": reasons,
            "loudness": loudness(feedback),
            "opened_at": batch.now,
            "contact_by": deadlines.contact_by,
            "resolve_by": deadlines.resolve_by,
            "failed_attempts": 0,
            "escalation": "agent",
            "paused_seconds": 0,
            "next_check_at": clock.first_check(batch.now, deadlines),
            "last_feedback_at": feedback.received_at,
            "updated_at": batch.now,
            "_history": history,
            "_language": feedback.language,
        }
    )
    batch.case_customers.append(customer.customer_id)
    batch.case_topics.append(feedback.topics)
    batch.new_by_customer[customer.customer_id].append(len(batch.cases) - 1)
    message = expectation_message(
        rules, "case_opened", customer, team=team, deadline=deadlines.contact_by, now=batch.now
    )
    batch.new_case_messages.append(message)
    return len(batch.cases) - 1


def _weigh_journeys(uow: UnitOfWork, batch: _Batch) -> None:
    """A journey that went wrong (late, missing, extra contacts) makes the problem more severe:
    compare each new case's events with its ideal journey and fold the discrepancies in."""
    if not batch.cases:
        return
    rules = batch.policy.policy
    earliest = min(spoke for _, _, spoke in batch.severity_inputs)
    events = uow.events.for_customers(set(batch.case_customers), since=earliest - JOURNEY_LOOKBACK)
    for index, row in enumerate(batch.cases):
        items = events.get(batch.case_customers[index])
        if not items:
            continue
        signals, repeats, spoke = batch.severity_inputs[index]
        topics = batch.case_topics[index]
        journey = compare_case_journey(
            rules.journeys, topics, items, opened_at=spoke, now=batch.now
        )
        if journey is not None and journey.discrepancy_count:
            row["severity"] = str(
                problem_severity(
                    topics,
                    signals,
                    journey_discrepancies=journey.discrepancy_count,
                    repeat_cases=repeats,
                )
            )


def _assign_most_urgent_first(batch: _Batch) -> None:
    """Give the batch's new cases to agents in priority order, so when a team runs out of
    capacity it is the least urgent cases that wait in its queue."""
    rules = batch.policy.policy
    order = sorted(
        range(len(batch.cases)),
        key=lambda i: (batch.cases[i]["priority_band"], -_number(batch.cases[i]["priority_score"])),
    )
    for index in order:
        row = batch.cases[index]
        team = rules.team(str(row["team"]))
        language = row.pop("_language")
        choice = pick_agent(
            team,
            loads=batch.loads,
            last_assigned=batch.last_assignees.get(team.name),
            language=language if isinstance(language, str) else None,
            needed_skills=needed_skills(team, batch.case_topics[index]),
        )
        if choice is None:
            continue
        batch.loads[choice.agent_id] = batch.loads.get(choice.agent_id, 0) + 1
        batch.last_assignees[team.name] = choice.agent_id
        status = CaseStatus.ASSIGNED
        row |= {"status": status.value, "category": status.category.value}
        row["assignee"] = choice.agent_id
        history = row["_history"]
        assert isinstance(history, list)
        history.append({"action": "assign", "to": status.value, "detail": choice.reason})


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _write(uow: UnitOfWork, batch: _Batch, report: IntakeReport) -> None:
    _weigh_journeys(uow, batch)
    _assign_most_urgent_first(batch)
    histories = [row.pop("_history") for row in batch.cases]
    new_ids = uow.cases.add(batch.cases)
    report.opened += len(new_ids)
    report.case_ids.extend(new_ids)

    def resolve(existing: int | None, index: int | None) -> int | None:
        return new_ids[index] if index is not None else existing

    uow.cases.link_feedback([{**row, "case_id": resolve(c, i)} for c, i, row in batch.links])
    uow.cases.record_decisions([{**row, "case_id": resolve(c, i)} for c, i, row in batch.decisions])
    messages = []
    history = list(batch.history)
    for case_id, steps, message in zip(new_ids, histories, batch.new_case_messages, strict=True):
        history.extend((case_id, entry) for entry in _history_entries(steps, batch.now))
        reference = case_reference(case_id, batch.policy.policy.cases)
        messages.append({**with_reference(message, reference), "case_id": case_id})
    uow.cases.update_many(batch.case_updates)
    uow.cases.add_history(history)
    uow.outbox.add(messages)
    report.messages_queued += sum(1 for m in messages if m["status"] == "queued")


def _history_entries(history: object, now: datetime) -> list[HistoryEntry]:
    assert isinstance(history, list)
    entries, previous = [], None
    for step in history:
        entries.append(
            HistoryEntry(now, SYSTEM, step["action"], previous, step["to"], step["detail"])
        )
        previous = step["to"]
    return entries


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
