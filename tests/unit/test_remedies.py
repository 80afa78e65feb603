"""The remedies section: catalogue, fair severity, recommendations and offers."""

from __future__ import annotations

import inspect
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from amends.analysis.signals import SIGNALS
from amends.errors import UnknownRemedy
from amends.policy.loader import default_policy
from amends.policy.remedies import (
    BY,
    FAILURE_SIGNALS,
    RemediesSection,
    Severity,
    assess_problem,
    check_offer,
    primary_topic,
    problem_severity,
    recommend,
)


def _rule(topic: str, severity: str, tier: str, *remedies: Any) -> dict[str, Any]:
    return {"topic": topic, "severity": severity, "tier": tier, "remedies": list(remedies)}


def _credit(amount: str) -> dict[str, str]:
    return {"kind": "credit", "amount": amount}


# Mirrors the default fragment (/tmp/act_yaml/remedies.yaml -> src/amends/policy/default.yaml).
DEFAULT: dict[str, Any] = {
    "catalogue": {
        "apology": {"description": "A sincere apology from a person.", "customer_facing": True},
        "manager_callback": {
            "description": "A manager calls the customer.",
            "label": "a call from a manager",
        },
        "credit": {
            "description": "Credit on the customer's account.",
            "value": {"kind": "range", "min": "5.00", "max": "100.00", "default": "20.00"},
        },
        "refund": {
            "description": "Money back for the order.",
            "value": {"kind": "order_value", "max": "500.00"},
        },
        "replacement": {
            "description": "A new item sent free of charge.",
            "value": {"kind": "order_value", "max": "500.00"},
        },
        "expedited_shipping": {
            "description": "The next order ships fastest at our cost.",
            "label": "expedited shipping on the next order",
            "value": {"kind": "fixed", "amount": "15.00"},
        },
        "personal_handling": {
            "description": "A named person watches the next order.",
            "label": "personal handling of the next order",
        },
        "coaching_note": {"description": "An internal note.", "customer_facing": False},
    },
    "recommendations": [
        _rule("*", "minor", "*", "apology"),
        _rule("*", "moderate", "*", "apology", _credit("10.00")),
        _rule("*", "major", "*", "apology", _credit("25.00"), "coaching_note"),
        _rule("*", "severe", "*", "apology", "manager_callback", _credit("50.00"), "coaching_note"),
        _rule(
            "*",
            "major",
            "platinum",
            "apology",
            "manager_callback",
            _credit("40.00"),
            "coaching_note",
        ),
        _rule(
            "*",
            "severe",
            "platinum",
            "apology",
            "manager_callback",
            _credit("100.00"),
            "personal_handling",
            "coaching_note",
        ),
        _rule("delivery", "moderate", "*", "apology", "expedited_shipping"),
        _rule(
            "delivery",
            "major",
            "*",
            "apology",
            _credit("20.00"),
            "expedited_shipping",
            "coaching_note",
        ),
        _rule(
            "delivery",
            "major",
            "gold",
            "apology",
            _credit("25.00"),
            "expedited_shipping",
            "coaching_note",
        ),
        _rule(
            "delivery",
            "severe",
            "*",
            "apology",
            "manager_callback",
            "refund",
            "expedited_shipping",
            "personal_handling",
            "coaching_note",
        ),
        _rule("lost_or_damaged_item", "minor", "*", "apology", "replacement"),
        _rule("lost_or_damaged_item", "moderate", "*", "apology", "replacement"),
        _rule(
            "lost_or_damaged_item",
            "major",
            "*",
            "apology",
            "replacement",
            "expedited_shipping",
            "coaching_note",
        ),
        _rule(
            "lost_or_damaged_item",
            "severe",
            "*",
            "apology",
            "manager_callback",
            "replacement",
            "expedited_shipping",
            _credit("30.00"),
            "coaching_note",
        ),
        _rule("staff_attitude", "moderate", "*", "apology", "coaching_note"),
        _rule(
            "staff_attitude",
            "major",
            "*",
            "apology",
            "manager_callback",
            _credit("15.00"),
            "coaching_note",
        ),
    ],
}

SECTION = RemediesSection.model_validate(DEFAULT)
LOUDNESS_SIGNALS = sorted(set(SIGNALS) - FAILURE_SIGNALS.keys())


def _x(text: str) -> str:
    """Rule keys as people read them: ``delivery x major x gold`` with the multiplication sign."""
    return text.replace(" x ", BY)


def _with(**changes: Any) -> dict[str, Any]:
    return {**DEFAULT, **changes}


# --- problem severity: what happened, never how loudly ----------------------------------------


def test_a_problem_with_no_service_failure_is_minor() -> None:
    assert problem_severity(("delivery",), frozenset()) == Severity.MINOR


def test_one_failure_makes_a_problem_moderate() -> None:
    assert problem_severity(("delivery",), frozenset({"long_wait"})) == Severity.MODERATE


def test_a_broken_promise_and_a_transfer_make_a_problem_major() -> None:
    signals = frozenset({"broken_promise", "transferred"})
    assert problem_severity(("delivery",), signals) == Severity.MAJOR


def test_every_failure_at_once_is_severe() -> None:
    signals = frozenset(FAILURE_SIGNALS)
    assert problem_severity(("delivery",), signals) == Severity.SEVERE


def test_journey_discrepancies_and_earlier_cases_count_up_to_two_each() -> None:
    few = assess_problem(("billing",), frozenset(), journey_discrepancies=2, repeat_cases=2)
    many = assess_problem(("billing",), frozenset(), journey_discrepancies=9, repeat_cases=9)
    assert few.points == many.points == 4
    assert many.severity == Severity.MAJOR


def test_several_things_going_wrong_at_once_raises_severity() -> None:
    one = assess_problem(("delivery", "delivery"), frozenset({"long_wait"}))
    two = assess_problem(("delivery", "billing"), frozenset({"long_wait"}))
    assert two.points == one.points + 1
    assert "more than one thing went wrong (+1)" in two.reasons


def test_the_assessment_names_each_fact_that_counted() -> None:
    found = assess_problem(("delivery",), frozenset({"broken_promise", "churn_threat"}))
    assert found.reasons == ("broken promise (+2)",)


@given(
    failures=st.frozensets(st.sampled_from(sorted(FAILURE_SIGNALS))),
    loudness=st.frozensets(st.sampled_from([*LOUDNESS_SIGNALS, "nps_0", "followers_1m"])),
    discrepancies=st.integers(0, 5),
    repeats=st.integers(0, 5),
)
def test_threats_and_requests_never_change_problem_severity(
    failures: frozenset[str], loudness: frozenset[str], discrepancies: int, repeats: int
) -> None:
    quiet = problem_severity(
        ("delivery",), failures, journey_discrepancies=discrepancies, repeat_cases=repeats
    )
    loud = problem_severity(
        ("delivery",),
        failures | loudness,
        journey_discrepancies=discrepancies,
        repeat_cases=repeats,
    )
    assert loud == quiet


def test_loudness_signals_are_not_failure_signals() -> None:
    assert {"churn_threat", "public_escalation_threat", "follow_up_requested"} <= set(
        LOUDNESS_SIGNALS
    )


def test_recommend_has_no_parameter_through_which_loudness_could_enter() -> None:
    parameters = set(inspect.signature(recommend).parameters)
    assert parameters == {"section", "topic", "severity", "tier", "order_value"}


# --- recommendations ------------------------------------------------------------------------


def test_the_most_specific_rule_wins_and_the_reason_shows_the_remedies() -> None:
    found = recommend(
        SECTION, topic="delivery", severity=Severity.MAJOR, tier="gold", order_value=None
    )
    assert found.reason == _x(
        "delivery x major x gold: apology, credit 25.00, expedited shipping on the next order, "
        "coaching note"
    )
    assert [(i.kind, i.amount) for i in found.items] == [
        ("apology", Decimal("0.00")),
        ("credit", Decimal("25.00")),
        ("expedited_shipping", Decimal("15.00")),
        ("coaching_note", Decimal("0.00")),
    ]


def test_a_named_topic_beats_a_named_tier() -> None:
    found = recommend(
        SECTION, topic="delivery", severity=Severity.MAJOR, tier="platinum", order_value=None
    )
    assert found.rule == _x("delivery x major x *")
    assert found.reason.endswith(_x("(by the rule delivery x major x *)"))


def test_a_named_tier_beats_the_fallback() -> None:
    found = recommend(
        SECTION, topic="billing", severity=Severity.MAJOR, tier="platinum", order_value=None
    )
    assert found.rule == _x("* x major x platinum")
    assert [i.kind for i in found.items] == [
        "apology",
        "manager_callback",
        "credit",
        "coaching_note",
    ]


def test_a_topic_without_rules_falls_back_to_any_topic() -> None:
    found = recommend(
        SECTION, topic="billing", severity=Severity.MINOR, tier="silver", order_value=None
    )
    assert found.rule == _x("* x minor x *")
    assert found.reason == _x("billing x minor x silver: apology (by the rule * x minor x *)")


def test_a_customer_without_a_tier_is_treated_as_standard() -> None:
    found = recommend(
        SECTION, topic="delivery", severity=Severity.MAJOR, tier=None, order_value=None
    )
    assert found.reason.startswith(_x("delivery x major x standard:"))


def test_a_refund_is_the_order_value_capped_at_the_catalogue_maximum() -> None:
    small = recommend(
        SECTION, topic="delivery", severity=Severity.SEVERE, tier="gold", order_value=Decimal("80")
    )
    large = recommend(
        SECTION, topic="delivery", severity=Severity.SEVERE, tier="gold", order_value=Decimal("800")
    )
    assert small.items[2].amount == Decimal("80.00")
    assert large.items[2].amount == Decimal("500.00")
    assert large.items[2].reason == "the order value 800.00, capped at 500.00"


def test_a_refund_without_a_known_order_value_is_left_to_the_agent() -> None:
    found = recommend(
        SECTION, topic="delivery", severity=Severity.SEVERE, tier=None, order_value=None
    )
    refund = found.items[2]
    assert refund.kind == "refund"
    assert refund.amount is None
    assert "refund (order value unknown)" in found.reason


def test_a_range_remedy_without_an_amount_gets_the_catalogue_default() -> None:
    section = RemediesSection.model_validate(
        _with(
            recommendations=[*DEFAULT["recommendations"], _rule("billing", "minor", "*", "credit")]
        )
    )
    found = recommend(
        section, topic="billing", severity=Severity.MINOR, tier=None, order_value=None
    )
    assert found.items[0].amount == Decimal("20.00")
    assert found.items[0].reason == "the catalogue default (range 5.00 to 100.00)"


# --- validation -------------------------------------------------------------------------------


def _error(data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as caught:
        RemediesSection.model_validate(data)
    return str(caught.value)


def test_a_rule_naming_a_remedy_outside_the_catalogue_is_rejected() -> None:
    rules = [*DEFAULT["recommendations"], _rule("billing", "minor", "*", "voucher")]
    message = _error(_with(recommendations=rules))
    assert (
        _x("recommendation 17 (billing x minor x *) names 'voucher', which is not in the catalogue")
        in message
    )


def test_an_amount_outside_the_remedys_range_is_rejected() -> None:
    rules = [*DEFAULT["recommendations"], _rule("billing", "minor", "*", _credit("250.00"))]
    assert "gives credit 250.00, outside its range 5.00 to 100.00" in _error(
        _with(recommendations=rules)
    )


def test_an_amount_for_a_fixed_value_remedy_is_rejected() -> None:
    entry = {"kind": "expedited_shipping", "amount": "20.00"}
    rules = [*DEFAULT["recommendations"], _rule("billing", "minor", "*", entry)]
    assert "only remedies with a range take an amount" in _error(_with(recommendations=rules))


def test_two_rules_for_the_same_topic_severity_and_tier_are_rejected() -> None:
    rules = [*DEFAULT["recommendations"], _rule("delivery", "moderate", "*", "apology")]
    assert "repeats an earlier rule" in _error(_with(recommendations=rules))


def test_every_severity_needs_a_fallback_rule() -> None:
    rules = [
        r for r in DEFAULT["recommendations"] if r["topic"] != "*" or r["severity"] != "severe"
    ]
    assert "missing for: severe" in _error(_with(recommendations=rules))


def test_an_unknown_tier_is_rejected() -> None:
    rules = [*DEFAULT["recommendations"], _rule("billing", "minor", "diamond", "apology")]
    assert "unknown tier 'diamond'" in _error(_with(recommendations=rules))


def test_a_range_default_outside_the_range_is_rejected() -> None:
    catalogue = dict(DEFAULT["catalogue"])
    catalogue["credit"] = {
        "description": "Credit.",
        "value": {"kind": "range", "min": "5.00", "max": "100.00", "default": "150.00"},
    }
    assert "the default 150.00 must lie between min 5.00 and max 100.00" in _error(
        _with(catalogue=catalogue)
    )


def test_a_rule_with_no_remedies_is_rejected() -> None:
    rules = [*DEFAULT["recommendations"], _rule("billing", "minor", "*")]
    assert "remedies" in _error(_with(recommendations=rules))


# --- an agent's offer -------------------------------------------------------------------------


def test_an_unknown_remedy_is_refused_with_the_known_ones() -> None:
    with pytest.raises(UnknownRemedy, match=r"no remedy called 'voucher' .*known: apology"):
        check_offer(SECTION, "voucher", Decimal("10"), order_value=None)


def test_a_credit_within_its_range_is_worth_what_was_offered() -> None:
    assert check_offer(SECTION, "credit", Decimal("42.50"), order_value=None) == Decimal("42.50")


def test_a_credit_outside_its_range_is_refused() -> None:
    with pytest.raises(UnknownRemedy, match=r"credit must be between 5\.00 and 100\.00, not 120"):
        check_offer(SECTION, "credit", Decimal("120"), order_value=None)


def test_a_credit_without_an_amount_is_worth_the_default() -> None:
    assert check_offer(SECTION, "credit", None, order_value=None) == Decimal("20.00")


def test_a_fixed_remedy_cannot_be_offered_at_another_value() -> None:
    assert check_offer(SECTION, "expedited_shipping", None, order_value=None) == Decimal("15.00")
    with pytest.raises(UnknownRemedy, match=r"fixed at 15\.00"):
        check_offer(SECTION, "expedited_shipping", Decimal("30"), order_value=None)


def test_an_apology_is_worth_nothing_and_cannot_carry_money() -> None:
    assert check_offer(SECTION, "apology", None, order_value=None) == Decimal("0.00")
    with pytest.raises(UnknownRemedy, match="no monetary value"):
        check_offer(SECTION, "apology", Decimal("5"), order_value=None)


def test_a_refund_is_at_most_the_order_value_and_the_cap() -> None:
    assert check_offer(SECTION, "refund", None, order_value=Decimal("80")) == Decimal("80.00")
    assert check_offer(SECTION, "refund", Decimal("30"), order_value=Decimal("80")) == Decimal(
        "30.00"
    )
    with pytest.raises(UnknownRemedy, match="more than the order's value"):
        check_offer(SECTION, "refund", Decimal("90"), order_value=Decimal("80"))
    with pytest.raises(UnknownRemedy, match=r"capped at 500\.00"):
        check_offer(SECTION, "refund", Decimal("600"), order_value=None)
    with pytest.raises(UnknownRemedy, match="give the amount or the order"):
        check_offer(SECTION, "refund", None, order_value=None)


@pytest.mark.parametrize("amount", ["-5", "10.001", "NaN"])
def test_an_amount_that_is_not_whole_cents_is_refused(amount: str) -> None:
    with pytest.raises(UnknownRemedy, match="is not an amount"):
        check_offer(SECTION, "credit", Decimal(amount), order_value=None)


def test_a_case_is_priced_by_its_first_topic_that_has_rules_of_its_own() -> None:
    section = default_policy().policy.remedies
    assert primary_topic(section, ("communication", "delivery")) == "delivery"
    assert primary_topic(section, ("communication",)) == "communication"
    assert primary_topic(section, ()) is None
