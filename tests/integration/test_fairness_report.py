"""The fairness report on real stores: cases opened and remedies granted through the services,
read back by ``services.reports`` and printed by ``amends report fairness``."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from amends.runtime import Runtime
from amends.services.ingest import ingest
from amends.services.intake import CaseIntake
from amends.services.remedies import offer_remedy
from amends.services.reports import NO_TOPIC, granted_remedies, remedy_fairness
from amends.services.unit_of_work import CaseFilter
from tests.e2e.conftest import run
from tests.factories import make_feedback, rows
from tests.fakes import FakeAnalyzer

LOUD_FOLLOWERS = 50_000
# Each band gets 8 cases: enough for the test (min_group 5) and for a clear answer.
FAIR = [Decimal(v) for v in ("15", "20", "25", "30", "15", "20", "25", "30")]
GENEROUS = [Decimal(v) for v in ("50", "55", "60", "65", "50", "55", "60", "65")]
# A delivery problem (the fake analyzer reads "late" as the delivery topic) and one it finds no
# topic in; both ask for a call, so both open a case through the follow-up rule.
DELIVERY = "My parcel is late, call me please."
ACCOUNT = "Something is wrong with my account, call me please."

Amounts = Callable[[str, bool, int], Decimal]


def _open_cases(runtime: Runtime, text: str, prefix: str) -> None:
    """Sixteen customers, each with one case: the first eight loud (a large audience), the
    other eight quiet."""
    feedback = [
        make_feedback(
            external_id=f"{prefix}-{i}",
            customer_id=f"{prefix}-customer-{i}",
            text=text,
            score="8",
            followers=LOUD_FOLLOWERS if i < 8 else None,
        )
        for i in range(16)
    ]
    ingest(
        runtime.uow,
        "feedback",
        rows(*feedback),
        source="feedback.jsonl",
        clock=runtime.clock,
        analyzer=FakeAnalyzer(),
        intake=CaseIntake(runtime.policy, analyzer=FakeAnalyzer.name),
    )


def _grant(runtime: Runtime, amounts: Amounts) -> None:
    """Every case gets an apology, then a credit the test chooses by topic and loudness."""
    policy = runtime.policy()
    with runtime.uow() as uow:
        cases = uow.cases.search(CaseFilter(), now=runtime.clock(), limit=1000, offset=0)
    seen: dict[tuple[str, bool], int] = {}
    for case in sorted(cases, key=lambda c: c.id):
        topic = case.topics[0] if case.topics else NO_TOPIC
        loud = case.loudness.get("followers") == LOUD_FOLLOWERS
        index = seen[(topic, loud)] = seen.get((topic, loud), -1) + 1
        agent = case.assignee or "tom.becker"
        for kind, amount in (("apology", None), ("credit", amounts(topic, loud, index))):
            offer = offer_remedy(
                runtime.uow(),
                policy,
                case.id,
                kind=kind,
                amount=amount,
                by=agent,
                now=runtime.clock(),
            )
            assert offer.status == "granted"  # within the frontline budget


def _build(runtime: Runtime, amounts: Amounts) -> None:
    _open_cases(runtime, DELIVERY, "D")
    _open_cases(runtime, ACCOUNT, "A")
    _grant(runtime, amounts)


def test_each_case_is_one_row_with_its_total_grant_and_its_loudness(runtime: Runtime) -> None:
    _build(runtime, lambda topic, loud, i: FAIR[i])

    found = granted_remedies(runtime.uow())

    assert len(found) == 32
    assert {(r.topic, r.severity) for r in found} == {("delivery", "minor"), (NO_TOPIC, "minor")}
    assert sorted(r.value for r in found if r.topic == "delivery") == sorted(FAIR * 2)
    loud = [r for r in found if r.loudness.followers == LOUD_FOLLOWERS]
    assert len(loud) == 16
    assert all(r.loudness.followers is None for r in found if r not in loud)


def test_loud_customers_given_larger_credits_for_the_same_problem_are_flagged(
    runtime: Runtime,
) -> None:
    # Deliveries: the loud got about three times the credit. Account problems: all the same.
    _build(runtime, lambda topic, loud, i: GENEROUS[i] if topic == "delivery" and loud else FAIR[i])

    report = remedy_fairness(runtime.uow(), alpha=0.05, min_group=5)

    assert [(s.topic, s.severity) for s in report.flagged] == [("delivery", "minor")]
    flagged = report.flagged[0]
    assert flagged.loud_minus_quiet == Decimal("35.00")
    assert flagged.p_adjusted is not None
    assert flagged.p_adjusted < 0.01
    fair = next(s for s in report.strata if s.topic == NO_TOPIC)
    assert fair.tested
    assert not fair.flagged


def test_the_same_credits_whoever_shouted_raise_no_flag(runtime: Runtime) -> None:
    _build(runtime, lambda topic, loud, i: FAIR[i])

    report = remedy_fairness(runtime.uow(), alpha=0.05, min_group=5)

    assert report.rows == 32
    assert all(s.tested for s in report.strata)
    assert report.flagged == ()


def test_the_command_states_the_test_prints_the_flag_and_fails_ci_when_asked(
    runtime: Runtime,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _build(runtime, lambda topic, loud, i: GENEROUS[i] if topic == "delivery" and loud else FAIR[i])
    monkeypatch.setenv("AMENDS_DATABASE_URL", database_url)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.chdir(tmp_path)

    assert run("report", "fairness") == 0
    out = capsys.readouterr().out
    assert "Kruskal-Wallis H test" in out
    assert "Holm-Bonferroni" in out
    assert "FLAG delivery x minor" in out
    assert "1 stratum flagged of 2 tested" in out
    assert "delivery x minor: loud - quiet +35.00 USD" in out

    assert run("report", "fairness", "--fail-on-flag") == 1
    capsys.readouterr()
    assert run("report", "fairness", "--json") == 0
    body = capsys.readouterr().out
    assert '"flagged": ["delivery x minor"]' in body
    assert run("report", "fairness", "--alpha", "1.5") == 2
