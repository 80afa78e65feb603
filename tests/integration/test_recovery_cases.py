"""Recovery cases end to end on a real store (SQLite and PostgreSQL): from ingested feedback to
routed cases with deadlines and messages, through contact attempts, promises and remedies."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from amends.config import Settings
from amends.domain.cases import AttemptOutcome, CaseAction
from amends.domain.promises import PromiseKind
from amends.errors import IllegalTransition, NotPermitted
from amends.policy.opportunities import decide_opportunity
from amends.policy.routing import route
from amends.runtime import Runtime
from amends.services.case_views import case_detail
from amends.services.cases import (
    assign_case,
    make_promise,
    record_contact_attempt,
    transition_case,
)
from amends.services.demo import load_demo
from amends.services.ingest import ingest
from amends.services.remedies import decide_approval, offer_remedy
from amends.services.timers import sweep_timers
from amends.store.engine import build_engine
from amends.store.tables import (
    AuditRow,
    CaseHistoryRow,
    CaseRow,
    FeedbackRow,
    OpportunityDecisionRow,
    OutboxMessageRow,
)
from amends.store.unit_of_work import SqlUnitOfWork
from tests.factories import make_customer, make_event, make_feedback, rows
from tests.fakes import FakeClock

# Scenario tags the demo generator wrote into each item: what the customer actually said.
MUST_REACH_A_PERSON = {"follow_up_request", "churn_threat", "public_threat", "broken_promise"}


def _scenario(raw: dict[str, Any]) -> set[str]:
    return set(raw.get("scenario") or ())


def test_the_demo_opens_cases_for_exactly_the_feedback_the_policy_says(runtime: Runtime) -> None:
    load_demo(
        runtime.uow,
        clock=runtime.clock,
        analyzer=runtime.ingest_analyzer(),
        intake=runtime.case_intake(),
    )
    policy = runtime.policy().policy
    with runtime.uow() as uow:
        assert isinstance(uow, SqlUnitOfWork)
        session = uow.session
        decisions = {d.feedback_id: d for d in session.scalars(select(OpportunityDecisionRow))}
        feedback = list(session.scalars(select(FeedbackRow)))
        assert len(decisions) == len(feedback) == 1500
        # Every customer who asked for a person, threatened to leave or go public, or was let
        # down on a promise is in a case; nobody who only praised us is.
        for item in feedback:
            outcome = decisions[item.id].outcome
            tags = _scenario(item.raw)
            if tags & MUST_REACH_A_PERSON or item.contact_requested:
                assert outcome in {"opened", "attached", "reopened"}, (item.text, tags)
            if tags == {"positive"}:
                assert outcome == "none", item.text
        # The stored decision is the policy's, with its reasons.
        facts = {
            f.feedback_id: f
            for f, _ in uow.cases.facts_for([item.id for item in feedback], "default")
        }
        for feedback_id, decision in decisions.items():
            expected = decide_opportunity(facts[feedback_id], policy.opportunities)
            assert [r["rule"] for r in decision.reasons] == [r.rule for r in expected.reasons]
            assert (decision.outcome == "opened") <= expected.opens
        cases = list(session.scalars(select(CaseRow)))
        opened = [d for d in decisions.values() if d.outcome == "opened"]
        assert len(cases) == len(opened) > 100
        for case in cases:
            assert case.reasons
            assert case.contact_by > case.opened_at
            assert case.resolve_by >= case.contact_by
            assert case.next_check_at is not None
            assert case.priority_band in {"p1", "p2", "p3", "p4"}
            assert case.priority_factors
            assert case.team in {team.name for team in policy.teams.teams}
        # Routing: a platinum customer's case goes to the vip team, whatever the topic.
        first = facts[opened[0].feedback_id]
        customer = uow.cases.customer_facts(first.customer_id)
        by_id = {c.id: c for c in cases}
        assert (
            by_id[opened[0].case_id or 0].team
            == route(policy.teams, first, customer, first.topics).team
        )
        # Each new case queued one expectation message (or recorded why nobody could be told).
        messages = list(session.scalars(select(OutboxMessageRow)))
        assert len(messages) == len(cases)
        queued = [m for m in messages if m.status == "queued"]
        assert queued
        assert all(m.to_address and " by " in m.body for m in queued)
        assert all("C-" in m.body for m in messages)
        assert all(m.channel == "none" for m in messages if m.status == "suppressed")


def test_ingesting_the_demo_twice_opens_no_second_case(runtime: Runtime) -> None:
    for _ in range(2):
        load_demo(
            runtime.uow,
            clock=runtime.clock,
            analyzer=runtime.ingest_analyzer(),
            intake=runtime.case_intake(),
            customers=60,
            feedback=120,
        )
    with runtime.uow() as uow:
        assert isinstance(uow, SqlUnitOfWork)
        decided = uow.session.scalar(select(func.count()).select_from(OpportunityDecisionRow))
        assert decided == 120


def _one_case(runtime: Runtime, text: str = "Please call me back about my refund.") -> int:
    customer = make_customer(phone="+14155550134", consent_sms="true", tier="standard")
    ingest(runtime.uow, "customers", rows(customer), source="crm", clock=runtime.clock)
    item = make_feedback(customer_id=customer["external_id"], text=text, score="2")
    report = ingest(
        runtime.uow,
        "feedback",
        rows(item),
        source="survey",
        clock=runtime.clock,
        analyzer=runtime.ingest_analyzer(),
        intake=runtime.case_intake(),
    )
    assert report.cases_opened == 1
    with runtime.uow() as uow:
        assert isinstance(uow, SqlUnitOfWork)
        case_id = uow.session.scalar(select(func.max(CaseRow.id)))
    assert case_id is not None
    return case_id


def test_three_unanswered_attempts_make_the_customer_unreachable(runtime: Runtime) -> None:
    case_id = _one_case(runtime)
    policy, now = runtime.policy(), runtime.clock()
    for _ in range(3):
        case = record_contact_attempt(
            runtime.uow(),
            policy,
            case_id,
            outcome=AttemptOutcome.NO_ANSWER,
            channel="call",
            by="emma.wilson",
            now=now,
        )
    detail = case_detail(runtime.uow(), policy, case_id, now=now)
    # The customer heard after each of the first two tries when we would try again.
    retries = [m for m in detail.messages if m.milestone == "contact_rescheduled"]
    assert len(retries) == 2
    assert "try again" in retries[0].body
    assert case.status == "unreachable"
    assert case.category == "closed"
    assert case.failed_attempts == 3
    with pytest.raises(IllegalTransition):
        record_contact_attempt(
            runtime.uow(),
            policy,
            case_id,
            outcome=AttemptOutcome.REACHED,
            channel="call",
            by="emma.wilson",
            now=now,
        )


def test_reaching_the_customer_starts_the_work_and_stops_the_first_contact_clock(
    runtime: Runtime,
) -> None:
    case_id = _one_case(runtime)
    policy, now = runtime.policy(), runtime.clock()
    case = record_contact_attempt(
        runtime.uow(),
        policy,
        case_id,
        outcome=AttemptOutcome.REACHED,
        channel="call",
        by="emma.wilson",
        now=now,
    )
    assert case.status == "in_progress"
    assert case.first_contact_at == now
    waiting = transition_case(
        runtime.uow(), policy, case_id, CaseAction.WAIT_ON_CUSTOMER, by="emma.wilson", now=now
    )
    later = now + timedelta(days=3)
    resumed = transition_case(
        runtime.uow(), policy, case_id, CaseAction.RESUME, by="emma.wilson", now=later
    )
    # Business time spent waiting on the customer moved the resolution deadline out.
    assert waiting.paused_since == now
    assert resumed.paused_seconds > 0
    assert resumed.resolve_by > case.resolve_by
    resolved = transition_case(
        runtime.uow(), policy, case_id, CaseAction.RESOLVE, by="emma.wilson", now=later
    )
    assert resolved.category == "resolved"
    assert resolved.resolved_at == later


def test_a_promise_that_passes_unmet_escalates_and_raises_the_priority(
    runtime: Runtime, clock: FakeClock
) -> None:
    case_id = _one_case(runtime)
    policy = runtime.policy()
    before = case_detail(runtime.uow(), policy, case_id, now=clock.now).case
    make_promise(
        runtime.uow(),
        policy,
        case_id,
        kind=PromiseKind.CALLBACK,
        description="Call back with the refund reference",
        due_at=clock.now + timedelta(hours=1),
        by="emma.wilson",
        now=clock.now,
    )
    clock.tick(timedelta(minutes=30))
    early = sweep_timers(runtime.uow, runtime.policy, now=clock.now)
    # Half an hour before it is due, the owner is reminded (once); nothing is broken yet.
    assert (early.reminders, early.promises_broken) == (1, 0)
    assert sweep_timers(runtime.uow, runtime.policy, now=clock.now).reminders == 0
    clock.tick(timedelta(hours=2))
    report = sweep_timers(runtime.uow, runtime.policy, now=clock.now)
    assert report.promises_broken == 1
    detail = case_detail(runtime.uow(), policy, case_id, now=clock.now)
    assert detail.promises[0].status == "broken"
    assert detail.case.escalation in {"lead", "manager"}
    assert int(detail.case.priority_band[1]) == max(1, int(before.priority_band[1]) - 1)
    broken = [h for h in detail.history if h.action == "promise_broken"]
    assert broken
    assert "was not" in (broken[0].note or "")
    # The customer was told when to expect the callback.
    assert any(m.milestone == "promise_made" for m in detail.messages)
    # Sweeping again records nothing twice.
    assert sweep_timers(runtime.uow, runtime.policy, now=clock.now).promises_broken == 0


def test_missing_the_first_contact_target_is_recorded_and_escalated(
    runtime: Runtime, clock: FakeClock
) -> None:
    case_id = _one_case(runtime)
    policy = runtime.policy()
    case = case_detail(runtime.uow(), policy, case_id, now=clock.now).case
    clock.now = case.contact_by + timedelta(days=5)
    report = sweep_timers(runtime.uow, runtime.policy, now=clock.now)
    assert (report.warnings, report.breaches) == (1, 1)
    assert report.escalations >= 1
    detail = case_detail(runtime.uow(), policy, case_id, now=clock.now)
    assert detail.case.breached_at == case.contact_by
    assert detail.sla.state == "breached"
    actions = [h.action for h in detail.history]
    assert {"sla_warning", "sla_breached", "escalated"} <= set(actions)
    again = sweep_timers(runtime.uow, runtime.policy, now=clock.now)
    assert again.warnings == again.breaches == again.escalations == 0


def test_a_remedy_over_the_frontline_budget_waits_for_a_lead(runtime: Runtime) -> None:
    case_id = _one_case(runtime)
    policy, now = runtime.policy(), runtime.clock()
    small = offer_remedy(
        runtime.uow(),
        policy,
        case_id,
        kind="credit",
        amount=Decimal("20"),
        by="emma.wilson",
        now=now,
    )
    assert small.status == "granted"
    big = offer_remedy(
        runtime.uow(),
        policy,
        case_id,
        kind="credit",
        amount=Decimal("95"),
        by="emma.wilson",
        now=now,
    )
    assert big.status == "pending"
    assert big.approver_role == "lead"
    assert "exceeds" in (big.decision_reason or "")
    with pytest.raises(NotPermitted):
        decide_approval(
            runtime.uow(), policy, case_id, big.id, approve=True, by="emma.wilson", now=now
        )
    approved = decide_approval(
        runtime.uow(), policy, case_id, big.id, approve=True, by="olivia.brooks", now=now
    )
    assert approved.status == "granted"
    assert approved.decided_by == "olivia.brooks"
    with runtime.uow() as uow:
        assert isinstance(uow, SqlUnitOfWork)
        actions = list(
            uow.session.scalars(
                select(AuditRow.action).where(AuditRow.subject_type == "remedy_offer")
            )
        )
    assert actions == [
        "remedy.remedy_granted",
        "remedy.approval_requested",
        "remedy.approval_granted",
    ]


def test_a_case_can_be_given_to_an_agent_of_another_team(runtime: Runtime) -> None:
    case_id = _one_case(runtime)
    policy, now = runtime.policy(), runtime.clock()
    moved = assign_case(
        runtime.uow(), policy, case_id, agent_id="tom.becker", by="james.porter", now=now
    )
    assert (moved.assignee, moved.team) == ("tom.becker", "deliveries")
    with pytest.raises(NotPermitted):
        assign_case(runtime.uow(), policy, case_id, agent_id="nobody", by="james.porter", now=now)


def test_a_follow_up_nobody_answers_closes_by_itself(runtime: Runtime, clock: FakeClock) -> None:
    case_id = _one_case(runtime)
    policy = runtime.policy()
    record_contact_attempt(
        runtime.uow(),
        policy,
        case_id,
        outcome=AttemptOutcome.REACHED,
        channel="call",
        by="emma.wilson",
        now=clock.now,
    )
    for action in (CaseAction.RESOLVE, CaseAction.START_FOLLOW_UP):
        case = transition_case(
            runtime.uow(), policy, case_id, action, by="emma.wilson", now=clock.now
        )
    assert case.status == "follow_up"
    clock.tick(timedelta(days=6))
    assert sweep_timers(runtime.uow, runtime.policy, now=clock.now).auto_closed == 0
    clock.tick(timedelta(days=2))
    assert sweep_timers(runtime.uow, runtime.policy, now=clock.now).auto_closed == 1
    closed = case_detail(runtime.uow(), policy, case_id, now=clock.now).case
    assert (closed.status, closed.closed_at) == ("closed", clock.now)


def test_new_negative_feedback_reopens_a_recently_finished_case_once(
    runtime: Runtime, clock: FakeClock
) -> None:
    case_id = _one_case(runtime)
    policy = runtime.policy()
    first = case_detail(runtime.uow(), policy, case_id, now=clock.now).case
    record_contact_attempt(
        runtime.uow(),
        policy,
        case_id,
        outcome=AttemptOutcome.REACHED,
        channel="call",
        by=first.assignee or "emma.wilson",
        now=clock.now,
    )
    for action in (CaseAction.RESOLVE, CaseAction.CLOSE):
        transition_case(runtime.uow(), policy, case_id, action, by="emma.wilson", now=clock.now)
    clock.tick(timedelta(days=3))
    customer = case_detail(runtime.uow(), policy, case_id, now=clock.now).customer
    assert customer is not None
    again = [
        make_feedback(
            customer_id=customer.external_id,
            text=text,
            score="1",
            received_at=clock.now.isoformat(),
        )
        for text in (
            "Please call me back about my refund, it still has not come.",
            "Please call me back about my refund today, I am upset.",
        )
    ]
    report = ingest(
        runtime.uow,
        "feedback",
        rows(*again),
        source="survey",
        clock=runtime.clock,
        analyzer=runtime.ingest_analyzer(),
        intake=runtime.case_intake(),
    )
    assert (report.cases_opened, report.feedback_attached) == (0, 2)
    detail = case_detail(runtime.uow(), policy, case_id, now=clock.now)
    assert detail.case.status == "assigned"  # back with its owner, clocks restarted
    assert detail.case.closed_at is None
    assert detail.case.contact_by > clock.now
    assert [h.action for h in detail.history].count("reopen") == 1
    assert sorted(link.role for link in uow_links(runtime, case_id)) == [
        "attached",
        "opened",
        "reopened",
    ]


def uow_links(runtime: Runtime, case_id: int) -> list[Any]:
    with runtime.uow() as uow:
        return list(uow.cases.feedback_links(case_id))


def test_a_journey_that_went_wrong_makes_the_problem_more_severe(runtime: Runtime) -> None:
    text = "My parcel never arrived and the delivery is two weeks late."
    severities = []
    for with_order in (False, True):
        customer = make_customer()
        ingest(runtime.uow, "customers", rows(customer), source="crm", clock=runtime.clock)
        if with_order:  # ordered 20 days ago: never shipped, never delivered, two calls about it
            placed = runtime.clock() - timedelta(days=20)
            events = [
                make_event(
                    customer_id=customer["external_id"],
                    type=kind,
                    occurred_at=(placed + timedelta(days=days)).isoformat(),
                    attributes='{"order_id": "o-77"}',
                )
                for kind, days in (("order", 0), ("call", 9), ("call", 12))
            ]
            ingest(runtime.uow, "events", rows(*events), source="shop", clock=runtime.clock)
        item = make_feedback(
            customer_id=customer["external_id"],
            text=text,
            score="2",
            received_at=runtime.clock().isoformat(),
        )
        report = ingest(
            runtime.uow,
            "feedback",
            rows(item),
            source="survey",
            clock=runtime.clock,
            analyzer=runtime.ingest_analyzer(),
            intake=runtime.case_intake(),
        )
        assert report.cases_opened == 1
        with runtime.uow() as uow:
            assert isinstance(uow, SqlUnitOfWork)
            severities.append(
                uow.session.scalar(select(CaseRow.severity).order_by(CaseRow.id.desc()).limit(1))
            )
    order = ["minor", "moderate", "major", "severe"]
    assert order.index(severities[1]) > order.index(severities[0])


@pytest.mark.postgres
def test_two_sweepers_on_postgresql_record_each_breach_once(
    postgres_url: str, clock: FakeClock
) -> None:
    runtime = Runtime(
        settings=Settings(database_url=postgres_url, _env_file=None),  # type: ignore[call-arg]
        engine=build_engine(postgres_url),
        clock=clock,
    )
    try:
        for _ in range(40):
            _one_case(runtime)
        clock.tick(timedelta(days=10))
        now = clock.now
        with ThreadPoolExecutor(2) as pool:
            # Small batches, so both sweepers are busy with the same due cases at the same time.
            reports = list(
                pool.map(
                    lambda _: sweep_timers(runtime.uow, runtime.policy, now=now, batch=5), range(2)
                )
            )
        assert sum(r.breaches for r in reports) == 40
        with runtime.uow() as uow:
            assert isinstance(uow, SqlUnitOfWork)
            recorded = uow.session.scalar(
                select(func.count())
                .select_from(CaseHistoryRow)
                .where(CaseHistoryRow.action == "sla_breached")
            )
        assert recorded == 40
    finally:
        runtime.close()
