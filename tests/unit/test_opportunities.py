"""Intervention opportunities: which feedback opens a case, why, and when it joins an open one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from amends.policy.facts import FeedbackFacts
from amends.policy.opportunities import (
    RULE_KINDS,
    Finding,
    OpenCaseRef,
    OpportunitiesSection,
    RuleParams,
    case_to_attach,
    decide_opportunity,
    register_rule_kind,
)

NOW = datetime(2026, 11, 20, 10, 15, tzinfo=UTC)

# Mirrors /tmp/act_yaml/opportunities.yaml, the shipped default.
DEFAULT: list[dict[str, Any]] = [
    {"name": "follow_up_request", "enabled": True},
    {
        "name": "low_score_negative",
        "enabled": True,
        "params": {
            "nps_at_most": 6,
            "csat_at_most": 2,
            "ces_at_least": None,
            "emotion_at_least": 0.5,
        },
    },
    {"name": "threat", "enabled": True},
    {"name": "broken_promise_or_repeat", "enabled": True},
    {"name": "negative_feedback", "enabled": True, "params": {"negative_at_least": 0.85}},
    {
        "name": "very_low_score",
        "enabled": False,
        "params": {"nps_at_most": 2, "csat_at_most": 1, "ces_at_least": 7},
    },
]


def section(rules: list[dict[str, Any]] | None = None) -> OpportunitiesSection:
    return OpportunitiesSection.model_validate(DEFAULT if rules is None else rules)


def facts(**overrides: Any) -> FeedbackFacts:
    values: dict[str, Any] = {
        "feedback_id": 1,
        "customer_id": 7,
        "channel": "survey",
        "received_at": NOW,
    }
    values.update(overrides)
    return FeedbackFacts(**values)


def analysed(**overrides: Any) -> FeedbackFacts:
    return facts(analyzed=True, text="...", **overrides)


def rules_fired(feedback: FeedbackFacts) -> list[str]:
    return [reason.rule for reason in decide_opportunity(feedback, section()).reasons]


# --- the section -------------------------------------------------------------------------------


def test_default_section_loads_with_each_kind_parameters() -> None:
    loaded = section()
    assert [rule.name for rule in loaded.rules][:5] == [
        "follow_up_request",
        "low_score_negative",
        "threat",
        "broken_promise_or_repeat",
        "negative_feedback",
    ]
    assert loaded.rules[4].params == RULE_KINDS["negative_feedback"].params(negative_at_least=0.85)


def test_unknown_rule_kind_is_refused_with_the_known_kinds() -> None:
    with pytest.raises(ValidationError, match=r"no rule kind 'sentiment'.*follow_up_request"):
        section([{"name": "sentiment"}])


def test_unknown_parameter_is_refused_naming_the_real_ones() -> None:
    with pytest.raises(ValidationError, match=r"colour: not a parameter.*negative_at_least"):
        section([{"name": "negative_feedback", "params": {"colour": "red"}}])


def test_out_of_range_threshold_is_refused() -> None:
    with pytest.raises(ValidationError, match="nps_at_most"):
        section([{"name": "low_score_negative", "params": {"nps_at_most": 11}}])


def test_two_rules_with_one_name_are_refused() -> None:
    with pytest.raises(ValidationError, match="two rules are named 'threat'"):
        section([{"name": "threat"}, {"name": "threat"}])


def test_a_rule_may_name_its_kind_to_use_one_kind_twice() -> None:
    loaded = section(
        [
            {"name": "negative_feedback"},
            {"name": "mildly_negative", "kind": "negative_feedback", "enabled": False},
        ]
    )
    assert loaded.rules[1].kind_name == "negative_feedback"


def test_section_round_trips_through_its_dump() -> None:
    loaded = section()
    assert OpportunitiesSection.model_validate(loaded.model_dump()) == loaded


# --- follow_up_request -------------------------------------------------------------------------


def test_talk_to_someone_now_choice_opens_a_case_even_with_a_top_score() -> None:
    decision = decide_opportunity(facts(metric="nps", score=10, contact_requested=True), section())
    assert decision.opens
    assert decision.reasons[0].rule == "follow_up_request"
    assert "talk to someone now" in decision.reasons[0].explanation


def test_follow_up_signal_opens_a_case_with_its_evidence() -> None:
    span = (0, 17, "please call me back")
    feedback = analysed(
        signals=frozenset({"follow_up_requested"}),
        evidence={"follow_up_requested": (span,), "billing": ((30, 37, "invoice"),)},
    )
    (reason,) = decide_opportunity(feedback, section()).reasons
    assert reason.rule == "follow_up_request"
    assert reason.explanation == "the customer asked to be contacted"
    assert reason.evidence == {"follow_up_requested": (span,)}


# --- low_score_negative ------------------------------------------------------------------------


def test_low_nps_with_frustration_opens_and_names_both() -> None:
    feedback = analysed(
        metric="nps",
        score=3,
        cx_emotions={"frustration": 0.82, "anger": 0.3, "joy": 0.9},
        evidence={"annoyance": ((4, 12, "annoying"),)},
    )
    (reason,) = decide_opportunity(feedback, section()).reasons
    assert reason.rule == "low_score_negative"
    assert reason.explanation == "NPS 3 (≤ 6) with frustration 0.82"
    assert reason.evidence == {"annoyance": ((4, 12, "annoying"),)}


def test_low_csat_with_a_text_read_as_negative_opens() -> None:
    feedback = analysed(metric="csat", score=2, is_negative=True, negative=0.7)
    (reason,) = decide_opportunity(feedback, section()).reasons
    assert reason.explanation == "CSAT 2 (≤ 2) and the text reads negative (0.70)"


def test_low_score_with_a_calm_comment_does_not_open() -> None:
    feedback = analysed(metric="nps", score=4, negative=0.2, cx_emotions={"confusion": 0.3})
    assert not decide_opportunity(feedback, section()).opens


def test_passive_nps_with_anger_does_not_open_on_the_score_rule() -> None:
    feedback = analysed(metric="nps", score=7, cx_emotions={"anger": 0.9})
    assert "low_score_negative" not in rules_fired(feedback)


def test_bare_low_score_without_text_does_not_open_by_default() -> None:
    assert not decide_opportunity(facts(metric="nps", score=0), section()).opens


def test_high_effort_opens_only_when_the_ces_threshold_is_set() -> None:
    feedback = analysed(metric="ces", score=6, cx_emotions={"frustration": 0.6})
    assert not decide_opportunity(feedback, section()).opens
    with_ces = section([{"name": "low_score_negative", "params": {"ces_at_least": 6}}])
    (reason,) = decide_opportunity(feedback, with_ces).reasons
    assert reason.explanation == "CES 6 (≥ 6) with frustration 0.60"


# --- threat, broken_promise_or_repeat ------------------------------------------------------------


def test_churn_threat_opens_with_its_words() -> None:
    span = (10, 40, "I'm switching to another bank")
    feedback = analysed(signals=frozenset({"churn_threat"}), evidence={"churn_threat": (span,)})
    (reason,) = decide_opportunity(feedback, section()).reasons
    assert (reason.rule, reason.explanation) == ("threat", "the customer threatens to leave")
    assert reason.evidence == {"churn_threat": (span,)}


def test_public_escalation_threat_opens() -> None:
    feedback = analysed(signals=frozenset({"public_escalation_threat"}))
    assert rules_fired(feedback) == ["threat"]


def test_broken_promise_and_repeat_contact_give_one_reason_naming_both() -> None:
    feedback = analysed(signals=frozenset({"broken_promise", "repeat_contact"}))
    (reason,) = decide_opportunity(feedback, section()).reasons
    assert reason.rule == "broken_promise_or_repeat"
    assert "promise" in reason.explanation
    assert "get in touch again" in reason.explanation


def test_long_wait_alone_does_not_open() -> None:
    assert not decide_opportunity(analysed(signals=frozenset({"long_wait"})), section()).opens


# --- negative_feedback ---------------------------------------------------------------------------


def test_clearly_negative_text_opens_without_any_score() -> None:
    feedback = analysed(
        negative=0.93,
        is_negative=True,
        cx_emotions={"anger": 0.88},
        evidence={"negative": ((0, 9, "appalling"),), "disgust": ((0, 9, "appalling"),)},
    )
    (reason,) = decide_opportunity(feedback, section()).reasons
    assert reason.rule == "negative_feedback"
    assert reason.explanation == "the text reads clearly negative (0.93 ≥ 0.85), mostly anger 0.88"
    assert set(reason.evidence) == {"negative", "disgust"}


def test_a_faint_emotion_is_not_named_beside_a_clearly_negative_text() -> None:
    feedback = analysed(negative=0.97, is_negative=True, cx_emotions={"frustration": 0.06})
    (reason,) = decide_opportunity(feedback, section()).reasons
    assert reason.explanation == "the text reads clearly negative (0.97 ≥ 0.85)"


def test_mildly_negative_text_does_not_open() -> None:
    feedback = analysed(negative=0.7, is_negative=True, cx_emotions={"disappointment": 0.6})
    assert not decide_opportunity(feedback, section()).opens


def test_disabled_rule_never_fires() -> None:
    feedback = analysed(negative=0.95)
    rules = section([{"name": "negative_feedback", "enabled": False}])
    assert decide_opportunity(feedback, rules) == decide_opportunity(feedback, section([]))
    assert not decide_opportunity(feedback, rules).opens


def test_every_rule_that_fires_is_a_reason_in_file_order() -> None:
    feedback = analysed(
        metric="nps",
        score=1,
        contact_requested=True,
        negative=0.95,
        is_negative=True,
        cx_emotions={"anger": 0.9},
        signals=frozenset({"churn_threat", "repeat_contact"}),
    )
    assert rules_fired(feedback) == [
        "follow_up_request",
        "low_score_negative",
        "threat",
        "broken_promise_or_repeat",
        "negative_feedback",
    ]


def test_very_low_score_rule_when_switched_on_opens_a_bare_score() -> None:
    rules = section([{"name": "very_low_score"}])
    (reason,) = decide_opportunity(facts(metric="csat", score=1), rules).reasons
    assert reason.explanation == "CSAT 1 (≤ 1), a very low score on its own"
    assert not decide_opportunity(facts(metric="csat", score=2), rules).opens


def test_third_party_rule_kind_registers_through_the_same_door() -> None:
    class Params(RuleParams):
        words: tuple[str, ...] = ()

    def mentions(feedback: FeedbackFacts, params: Params) -> Finding | None:
        hit = [w for w in params.words if w in (feedback.text or "")]
        return Finding(f"mentions {', '.join(hit)}") if hit else None

    register_rule_kind("mentions_lawyer", Params, mentions, summary="legal words")
    try:
        rules = section([{"name": "mentions_lawyer", "params": {"words": ["lawyer"]}}])
        (reason,) = decide_opportunity(facts(text="my lawyer will call"), rules).reasons
        assert reason.explanation == "mentions lawyer"
    finally:
        del RULE_KINDS["mentions_lawyer"]


# --- attaching to an open case -------------------------------------------------------------------


def case(case_id: int, topics: tuple[str, ...], days_ago: int, customer_id: int = 7) -> OpenCaseRef:
    return OpenCaseRef(case_id, customer_id, topics, NOW - timedelta(days=days_ago))


def test_negative_feedback_on_a_shared_topic_joins_the_open_case() -> None:
    feedback = analysed(is_negative=True, topics=("delivery",))
    assert case_to_attach([case(1, ("billing",), 3), case(2, ("delivery",), 5)], feedback) == 2


def test_most_recent_matching_case_wins() -> None:
    feedback = analysed(is_negative=True, topics=("delivery", "billing"))
    cases = [case(1, ("billing",), 9), case(2, ("delivery",), 2), case(3, ("delivery",), 4)]
    assert case_to_attach(cases, feedback) == 2


def test_feedback_without_topic_joins_an_open_case_without_topic() -> None:
    feedback = analysed(is_negative=True)
    assert case_to_attach([case(1, ("billing",), 1), case(2, (), 6)], feedback) == 2


def test_feedback_without_topic_does_not_join_a_case_with_one() -> None:
    assert case_to_attach([case(1, ("billing",), 1)], analysed(is_negative=True)) is None


def test_another_customers_case_is_never_joined() -> None:
    feedback = analysed(is_negative=True, topics=("delivery",))
    assert case_to_attach([case(1, ("delivery",), 1, customer_id=8)], feedback) is None


def test_a_thank_you_is_left_to_the_timeline() -> None:
    feedback = analysed(negative=0.05, cx_emotions={"gratitude": 0.9}, topics=("delivery",))
    assert case_to_attach([case(1, ("delivery",), 1)], feedback) is None


def test_feedback_that_opens_a_case_on_its_own_joins_the_open_one_instead() -> None:
    feedback = facts(metric="nps", score=0, topics=("delivery",))
    assert case_to_attach([case(1, ("delivery",), 1)], feedback) is None
    assert case_to_attach([case(1, ("delivery",), 1)], feedback, opens=True) == 1


def test_a_request_to_be_called_joins_the_open_case_even_when_calm() -> None:
    feedback = analysed(signals=frozenset({"follow_up_requested"}), topics=("billing",))
    assert case_to_attach([case(4, ("billing",), 1)], feedback) == 4
