"""New cases of one intake batch: planned one by one, then weighed against the customers'
journeys, given to agents most urgent first, and written together.

``amends.services.intake`` decides what each feedback item does; this module carries out the
"open a case" part for a whole batch at once (one insert per table, not one per case).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from amends.domain.case_records import CaseSnapshot, HistoryEntry
from amends.domain.cases import CaseStatus
from amends.domain.journeys import JOURNEY_LOOKBACK, compare_case_journey
from amends.policy.case_clock import case_clock
from amends.policy.cases import case_reference
from amends.policy.expectations import expectation_message, with_reference
from amends.policy.facts import CustomerFacts, FeedbackFacts, loudness
from amends.policy.loader import LoadedPolicy
from amends.policy.priority import score_priority
from amends.policy.remedies import problem_severity
from amends.policy.routing import needed_skills, pick_agent, route
from amends.services.unit_of_work import UnitOfWork

SYSTEM = "amends"


@dataclass(slots=True)
class IntakeBatch:
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


def plan_case(
    batch: IntakeBatch,
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


def _weigh_journeys(uow: UnitOfWork, batch: IntakeBatch) -> None:
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


def _assign_most_urgent_first(batch: IntakeBatch) -> None:
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


def write_batch(uow: UnitOfWork, batch: IntakeBatch) -> tuple[list[int], int]:
    """Insert the batch's new cases and everything that goes with them; returns the new case
    ids and how many expectation messages were queued."""
    _weigh_journeys(uow, batch)
    _assign_most_urgent_first(batch)
    histories = [row.pop("_history") for row in batch.cases]
    new_ids = uow.cases.add(batch.cases)

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
    return new_ids, sum(1 for m in messages if m["status"] == "queued")


def _history_entries(history: object, now: datetime) -> list[HistoryEntry]:
    assert isinstance(history, list)
    entries, previous = [], None
    for step in history:
        entries.append(
            HistoryEntry(now, SYSTEM, step["action"], previous, step["to"], step["detail"])
        )
        previous = step["to"]
    return entries
