"""Priority: severity x customer value x churn risk x recoverability, each factor explained."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from amends.policy.facts import CustomerFacts, FeedbackFacts
from amends.policy.priority import (
    SIGNAL_NAMES,
    Priority,
    PrioritySection,
    band_for,
    bump,
    score_priority,
)

NOW = datetime(2026, 11, 20, 10, 15, tzinfo=UTC)

# Mirrors /tmp/act_yaml/priority.yaml, the shipped default.
DEFAULT: dict[str, Any] = {
    "severity": {
        "base": 5,
        "negative": 15,
        "emotion": 35,
        "score": 25,
        "signals": {
            "churn_threat": 20,
            "public_escalation_threat": 15,
            "broken_promise": 15,
            "repeat_contact": 12,
            "long_wait": 6,
            "transferred": 6,
            "follow_up_requested": 6,
        },
    },
    "value": {
        "tiers": {"standard": 1.0, "silver": 1.05, "gold": 1.15, "platinum": 1.3},
        "lifetime_value": [
            {"at_least": "1000.00", "factor": 1.05},
            {"at_least": "5000.00", "factor": 1.1},
        ],
    },
    "churn_risk": {"weight": 1.0, "neutral_at": 0.2},
    "recoverability": {
        "history_window": "90d",
        "per_earlier_case": 0.1,
        "floor": 0.6,
        "public_channels": ["review", "social"],
        "public_factor": 0.85,
    },
    "bands": {"p1": 70, "p2": 45, "p3": 25},
}
SECTION = PrioritySection.model_validate(DEFAULT)
STANDARD = CustomerFacts(customer_id=7, tier="standard")


def facts(**overrides: Any) -> FeedbackFacts:
    values: dict[str, Any] = {
        "feedback_id": 1,
        "customer_id": 7,
        "channel": "survey",
        "received_at": NOW,
        "analyzed": True,
    }
    values.update(overrides)
    return FeedbackFacts(**values)


def factor(priority: Priority, name: str) -> tuple[float, str]:
    (found,) = [f for f in priority.factors if f.name == name]
    return found.value, found.explanation


def test_default_fragment_equals_the_built_in_defaults() -> None:
    assert PrioritySection() == SECTION
    assert SECTION.recoverability.history_window == timedelta(days=90)


# --- realistic inputs spread over the four bands -------------------------------------------------


def test_calm_callback_request_is_p4() -> None:
    feedback = facts(negative=0.1, signals=frozenset({"follow_up_requested"}))
    priority = score_priority(feedback, STANDARD, SECTION)
    assert (priority.score, priority.band) == (12.5, "p4")


def test_mildly_disappointed_passive_detractor_is_p3() -> None:
    feedback = facts(metric="nps", score=6, negative=0.8, cx_emotions={"disappointment": 0.3})
    priority = score_priority(feedback, STANDARD, SECTION)
    assert (priority.score, priority.band) == (37.5, "p3")


def test_frustrated_detractor_who_waited_long_is_p2() -> None:
    feedback = facts(
        metric="nps",
        score=3,
        negative=0.95,
        cx_emotions={"frustration": 0.4},
        signals=frozenset({"long_wait"}),
    )
    priority = score_priority(feedback, STANDARD, SECTION)
    assert (priority.score, priority.band) == (56.8, "p2")


def test_angry_gold_customer_threatening_to_leave_is_p1() -> None:
    feedback = facts(
        metric="nps",
        score=2,
        negative=0.9,
        cx_emotions={"anger": 0.5, "gratitude": 0.95},
        signals=frozenset({"churn_threat"}),
    )
    gold = CustomerFacts(customer_id=7, tier="gold")
    priority = score_priority(feedback, gold, SECTION)
    assert priority.band == "p1"
    assert priority.score == pytest.approx(76.0 * 1.15, abs=0.05)


# --- each factor, explained ----------------------------------------------------------------------


def test_severity_lists_every_part_it_adds() -> None:
    feedback = facts(
        metric="csat", score=1, cx_emotions={"worry": 0.5}, signals=frozenset({"transferred"})
    )
    value, explanation = factor(score_priority(feedback, STANDARD, SECTION), "severity")
    assert value == 53.5
    assert explanation == "base 5, worry 0.50 +17.5, CSAT 1 +25.0, transferred +6.0 = 53.5"


def test_severity_is_capped_at_100() -> None:
    feedback = facts(
        metric="nps", score=0, cx_emotions={"anger": 1.0}, signals=frozenset(SIGNAL_NAMES)
    )
    value, explanation = factor(score_priority(feedback, STANDARD, SECTION), "severity")
    assert value == 100.0
    assert explanation.endswith("(capped)")


def test_high_effort_score_counts_as_bad() -> None:
    value, explanation = factor(
        score_priority(facts(metric="ces", score=7), STANDARD, SECTION), "severity"
    )
    assert value == 30.0
    assert "CES 7 +25.0" in explanation


def test_customer_value_multiplies_tier_and_highest_lifetime_step() -> None:
    platinum = CustomerFacts(customer_id=7, tier="platinum", lifetime_value=Decimal("6200"))
    value, explanation = factor(score_priority(facts(), platinum, SECTION), "customer value")
    assert value == pytest.approx(1.3 * 1.1)
    assert explanation == (
        "platinum tier \u00d71.3, lifetime value 6,200.00 (≥ 5,000.00) \u00d71.1 = \u00d71.43"
    )


def test_unknown_tier_and_value_are_neutral() -> None:
    unknown = CustomerFacts(customer_id=7)
    value, explanation = factor(score_priority(facts(), unknown, SECTION), "customer value")
    assert value == 1.0
    assert "tier unknown" in explanation
    assert "lifetime value unknown" in explanation


def test_churn_risk_is_neutral_until_learn_supplies_it() -> None:
    value, explanation = factor(score_priority(facts(), STANDARD, SECTION), "churn risk")
    assert value == 1.0
    assert "Learn" in explanation


def test_high_churn_risk_raises_and_low_churn_risk_lowers_priority() -> None:
    high = factor(score_priority(facts(), STANDARD, SECTION, churn_risk=0.9), "churn risk")
    low = factor(score_priority(facts(), STANDARD, SECTION, churn_risk=0.0), "churn risk")
    assert high[0] == pytest.approx(1.7)
    assert low[0] == pytest.approx(0.8)
    assert "churn risk 0.90" in high[1]


def test_a_first_private_complaint_is_more_recoverable_than_a_fifth_case() -> None:
    first = factor(score_priority(facts(), STANDARD, SECTION, earlier_cases=0), "recoverability")
    fifth = factor(score_priority(facts(), STANDARD, SECTION, earlier_cases=4), "recoverability")
    assert first[0] == 1.0
    assert fifth[0] == pytest.approx(0.6)
    assert "4 earlier case(s) in 90d" in fifth[1]


def test_a_public_review_is_less_recoverable_than_a_survey() -> None:
    value, explanation = factor(
        score_priority(facts(channel="review"), STANDARD, SECTION), "recoverability"
    )
    assert value == 0.85
    assert "public channel review" in explanation


def test_earlier_cases_never_push_recoverability_below_the_floor() -> None:
    value, _ = factor(
        score_priority(facts(), STANDARD, SECTION, earlier_cases=40), "recoverability"
    )
    assert value == 0.6


def test_score_is_the_product_of_the_factors() -> None:
    feedback = facts(metric="nps", score=2, cx_emotions={"anger": 0.7}, channel="social")
    silver = CustomerFacts(customer_id=7, tier="silver", lifetime_value=Decimal("1500"))
    priority = score_priority(feedback, silver, SECTION, churn_risk=0.5, earlier_cases=1)
    product = 1.0
    for each in priority.factors:
        product *= each.value
    assert priority.score == pytest.approx(product, abs=0.05)
    assert [f.name for f in priority.factors] == [
        "severity",
        "customer value",
        "churn risk",
        "recoverability",
    ]


@given(
    score=st.integers(0, 10),
    emotion=st.floats(0, 1),
    signals=st.frozensets(st.sampled_from(sorted(SIGNAL_NAMES))),
    tier=st.sampled_from(["standard", "silver", "gold", "platinum", None]),
    churn=st.none() | st.floats(0, 1),
    earlier=st.integers(0, 50),
)
def test_score_stays_within_0_and_100_and_matches_its_band(
    score: int,
    emotion: float,
    signals: frozenset[str],
    tier: str | None,
    churn: float | None,
    earlier: int,
) -> None:
    feedback = facts(metric="nps", score=score, cx_emotions={"anger": emotion}, signals=signals)
    customer = CustomerFacts(customer_id=7, tier=tier, lifetime_value=Decimal("9999"))
    priority = score_priority(feedback, customer, SECTION, churn_risk=churn, earlier_cases=earlier)
    assert 0 <= priority.score <= 100
    assert priority.band == band_for(priority.score, SECTION.bands)


# --- bands and bumps -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "band"),
    [(100, "p1"), (70, "p1"), (69.9, "p2"), (45, "p2"), (25, "p3"), (24.9, "p4"), (0, "p4")],
)
def test_band_thresholds_are_inclusive(score: float, band: str) -> None:
    assert band_for(score, SECTION.bands) == band


def test_bands_must_fall_from_p1_to_p3() -> None:
    with pytest.raises(ValidationError, match="must fall from p1 to p3"):
        PrioritySection.model_validate({"bands": {"p1": 40, "p2": 45, "p3": 25}})


def test_unknown_signal_weight_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"unknown signal.*rude_agent"):
        PrioritySection.model_validate({"severity": {"signals": {"rude_agent": 5}}})


def test_unknown_tier_weight_is_refused() -> None:
    with pytest.raises(ValidationError, match="tiers"):
        PrioritySection.model_validate({"value": {"tiers": {"diamond": 2}}})


def test_a_broken_promise_bumps_the_band_and_says_why() -> None:
    priority = score_priority(
        facts(metric="nps", score=6, cx_emotions={"worry": 0.6}), STANDARD, SECTION
    )
    assert priority.band == "p3"
    bumped = bump(priority, 1, reason="callback at 15:00 missed")
    assert bumped.band == "p2"
    assert bumped.score == priority.score
    assert bumped.factors[-1].name == "bump"
    assert bumped.factors[-1].explanation == "callback at 15:00 missed: raised p3 → p2"


def test_bump_stops_at_p1() -> None:
    priority = Priority(score=50.0, band="p2", factors=())
    assert bump(priority, 3).band == "p1"
    again = bump(bump(priority, 3), 1)
    assert again.band == "p1"
    assert "already p1" in again.factors[-1].explanation


def test_bump_refuses_negative_steps() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        bump(Priority(score=50.0, band="p2", factors=()), -1)
