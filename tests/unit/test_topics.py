"""Topics: the taxonomy as validated YAML, phrase patterns, exact evidence, and learning phrases."""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from amends.analysis.spans import Span
from amends.analysis.topics import (
    FitSettings,
    Taxonomy,
    TopicMatcher,
    default_taxonomy,
    default_topic_matcher,
    dump_taxonomy,
    fit_topics,
    load_taxonomy,
    parse_taxonomy,
    save_taxonomy,
    score_phrases,
    strongest_topic,
)
from amends.analysis.topics_patterns import PhraseError, compile_phrases, phrase_regex
from amends.errors import InvalidInput

SOURCES = Path(__file__).resolve().parents[2] / "src/amends/analysis"

# --- the taxonomy as YAML ------------------------------------------------------------------------


def _error(text: str) -> str:
    with pytest.raises(InvalidInput) as caught:
        parse_taxonomy(text, source="ours.yaml")
    return caught.value.message


def test_a_topic_name_that_is_not_snake_case_is_reported_with_its_line() -> None:
    message = _error("topics:\n  - name: Late Delivery\n    description: d\n    phrases: [late]\n")

    assert "ours.yaml:2: topics[0] (Late Delivery) -> name:" in message
    assert "snake_case" in message


def test_a_bad_phrase_names_its_topic_and_position() -> None:
    text = (
        "topics:\n"
        "  - name: delivery\n    description: d\n    phrases: [late]\n"
        "  - name: billing\n    description: d\n    phrases:\n      - charged twice\n"
        "      - .. refund\n"
    )

    message = _error(text)

    assert "ours.yaml:9: topics[1] (billing) -> phrases[1]:" in message
    assert "'..' must stand between two words" in message


def test_a_missing_field_and_a_misspelt_field_are_both_reported() -> None:
    message = _error("topics:\n  - name: delivery\n    phrase: [late]\n")

    assert "topics[0] (delivery) -> description: Field required" in message
    assert "topics[0] (delivery) -> phrases: Field required" in message
    assert "ours.yaml:3: topics[0] (delivery) -> phrase: Extra inputs are not permitted" in message


def test_a_topic_needs_at_least_one_phrase() -> None:
    message = _error("topics:\n  - name: delivery\n    description: d\n    phrases: []\n")

    assert "topics[0] (delivery) -> phrases:" in message
    assert "at least 1 item" in message


def test_two_topics_may_not_share_a_name() -> None:
    topic = "  - name: delivery\n    description: d\n    phrases: [late]\n"

    assert "'delivery' is used twice" in _error("topics:\n" + topic + topic)


def test_broken_yaml_a_wrong_shape_and_a_missing_file_are_invalid_input(tmp_path: Path) -> None:
    assert "not valid YAML" in _error("topics: [unclosed\n")
    assert "top level" in _error("- just a list\n")
    with pytest.raises(InvalidInput, match="cannot read the taxonomy"):
        load_taxonomy(tmp_path / "absent.yaml")


def test_the_default_taxonomy_has_the_eleven_documented_topics() -> None:
    assert default_taxonomy().names == (
        "delivery",
        "billing",
        "product_quality",
        "staff_attitude",
        "wait_time",
        "account_access",
        "technical_problem",
        "booking_cancellation",
        "lost_or_damaged_item",
        "communication",
        "policy",
    )
    for topic in default_taxonomy().topics:
        assert len(topic.description) > 80, topic.name
        assert 20 <= len(topic.phrases) <= 45, topic.name


# --- the phrase language ------------------------------------------------------------------------


def _finds(phrase: str, text: str) -> bool:
    return re.search(phrase_regex(phrase), text.lower()) is not None


@pytest.mark.parametrize(
    ("phrase", "found", "not_found"),
    [
        ("delay", ["delays", "delayed", "delaying"], ["delaware"]),
        ("cancel", ["cancelled", "canceled", "cancelling", "cancels"], ["cancer"]),
        ("charged twice", ["charge twice", "charging twice", "Charged  Twice"], ["charged thrice"]),
        ("reply", ["replies", "replied", "replying"], ["replica"]),
        ("late", ["late", "LATE"], ["later", "lately", "plate"]),
        ("plane", ["planes"], ["plan", "planning"]),
        ("bag", ["bags", "bag's"], ["bagel"]),
        ("rude", ["rude"], ["rudeness", "prudent"]),
        ("refund*", ["refundable", "refunds"], ["prerefund"]),
        ("# hours on hold", ["2 hours on hold", "two hours on hold", "a few hours on hold"], []),
        (
            "charged .. twice",
            ["charged me twice", "charged my card twice"],
            ["charged a b c d twice"],
        ),
        ("=bag", ["bag"], ["bags"]),
        ("log in", ["login", "log-in", "logged in"], ["log into"]),
        ("can't log in", ["cant log in", "can\u2019t log in"], []),
        ("lost my bag/case", ["lost my bag", "lost my case"], ["lost my keys"]),
        ("no-one/nobody called", ["no one called", "noone called", "nobody called"], []),
        ("24/7 support", ["24/7 support"], ["24 support"]),
        ("a+b (c)", ["x a+b (c) y"], ["aab (c)"]),
    ],
)
def test_phrases_find_their_inflections_and_nothing_else(
    phrase: str, found: list[str], not_found: list[str]
) -> None:
    assert [text for text in found if not _finds(phrase, text)] == []
    assert [text for text in not_found if _finds(phrase, text)] == []


@pytest.mark.parametrize("phrase", ["", "..", "late ..", "a .. .. b", "ref*und", "a//b", "="])
def test_malformed_phrases_are_refused(phrase: str) -> None:
    with pytest.raises(PhraseError):
        phrase_regex(phrase)


# --- matching with the default taxonomy ---------------------------------------------------------

FIRES = {
    "delivery": [
        "My parcel still hasn't arrived and it's been a week.",
        "Tracking says delivered but there's nothing at my door.",
        "Order 4471 was due Monday and I'm still waiting for my order.",
        "The courier never even knocked, just left a card.",
        "Delivery was 3 days late.",
    ],
    "billing": [
        "I've been charged twice for the same order.",
        "There's a hidden fee on my bill that nobody mentioned.",
        "Still waiting for my refund after three weeks.",
        "You overcharged me by 40 pounds this month.",
        "Why am I still being charged after I cancelled?",
    ],
    "product_quality": [
        "The jacket fell apart after two washes.",
        "Kettle stopped working within a week, really poor quality.",
        "The hotel room was filthy and the sheets were stained.",
        "Food was cold and the chips were stale.",
        "Seat was broken and there was no legroom at all.",
    ],
    "staff_attitude": [
        "The agent was incredibly rude and hung up on me.",
        "Staff at the counter were dismissive and condescending.",
        "The manager refused to help and blamed me for the problem.",
        "Worst customer service I've ever had.",
    ],
    "wait_time": [
        "I was on hold for 45 minutes.",
        "Waited 2 hours in the queue at the airport.",
        "Flight delayed again, third time this month.",
        "Check-in took forever.",
        "Long line at the pharmacy and only one till open.",
    ],
    "account_access": [
        "I can't log in to the app since yesterday.",
        "The password reset link never arrives.",
        "My account has been locked for no reason.",
        "The verification code never comes through.",
        "Someone hacked my account and changed the email.",
    ],
    "technical_problem": [
        "The app keeps crashing when I open it.",
        "Website is down again, can't pay my bill.",
        "No signal at home for three days now.",
        "Checkout failed four times with an error message.",
        "Internet keeps dropping every evening.",
    ],
    "booking_cancellation": [
        "You cancelled my flight with no explanation.",
        "The engineer never turned up for the appointment.",
        "My reservation got cancelled the night before.",
        "Trying to rebook has been a nightmare.",
        "I was bumped from an overbooked flight.",
    ],
    "lost_or_damaged_item": [
        "The airline lost my luggage on the way to Rome.",
        "My suitcase arrived damaged with a broken handle.",
        "The parcel went missing in transit.",
        "Screen was cracked when I opened the box.",
        "Two items were missing from my order.",
    ],
    "communication": [
        "I emailed three times and got no reply.",
        "Nobody told us the store was closing early.",
        "I was promised a call back that never came.",
        "I got transferred between four departments.",
        "Every agent gave me conflicting information.",
    ],
    "policy": [
        "Your returns policy is ridiculous.",
        "They refused to honour the warranty.",
        "The ticket was non-refundable, which is unfair.",
        "The claim was rejected because of a technicality.",
        "Not allowed to take my bag on board even though it fit.",
    ],
}

QUIET = [
    "Thanks so much, the delivery arrived early!",
    "Great service, the staff were lovely and helpful.",
    "What time does the store open on Sunday?",
    "Please update my address to 12 Hill Road.",
    "The food was delicious and arrived hot.",
    "Booked my flight in two minutes, really smooth.",
    "My refund came through today, thank you!",
    "No hidden fees, no delays, just a great experience.",
    "Can you tell me your opening hours?",
    "Love the new app, it works perfectly.",
    "The engineer came on time and fixed everything.",
    "I'd like to add a second card to my account.",
    "I can't wait for my holiday next week!",
    "Our flight was on time and the crew were fantastic.",
]


@pytest.mark.parametrize("topic", list(FIRES))
def test_every_default_topic_fires_on_sentences_that_show_it(topic: str) -> None:
    matcher = default_topic_matcher()

    missed = [text for text in FIRES[topic] if topic not in matcher.match(text)]

    assert missed == []
    assert len(FIRES[topic]) >= 4


@pytest.mark.parametrize("text", QUIET)
def test_no_default_topic_fires_on_neutral_or_happy_messages(text: str) -> None:
    assert default_topic_matcher().match(text) == {}


def test_evidence_is_the_words_that_matched_in_their_original_case() -> None:
    found = default_topic_matcher().match("CHARGED TWICE and nobody replied.")

    assert found == {
        "billing": [Span(0, 13, "CHARGED TWICE")],
        "communication": [Span(18, 32, "nobody replied")],
    }


def test_an_exclusion_removes_only_the_evidence_it_overlaps() -> None:
    matcher = default_topic_matcher()

    assert "billing" not in matcher.match("No hidden fees at all.")
    assert matcher.match("No hidden fees, but I was charged twice.")["billing"] == [
        Span(26, 39, "charged twice")
    ]


def test_the_strongest_topic_has_the_most_evidence_and_none_when_nothing_matched() -> None:
    matches = {"wait_time": [Span(0, 7, "delayed")], "billing": [Span(9, 24, "charged twice")]}

    assert strongest_topic(matches) == "billing"
    assert strongest_topic({}) is None
    tie = {"a": [Span(0, 3, "abc")], "b": [Span(5, 8, "def")]}
    assert strongest_topic(tie, ("b", "a")) == "b"


_EMBEDDABLE = [
    ("can't log in", "account_access"),
    ("Password reset", "account_access"),
    ("keeps crashing", "technical_problem"),
    ("cancelled my", "booking_cancellation"),
    ("lost my luggage", "lost_or_damaged_item"),
    ("never replied", "communication"),
    ("no one told", "communication"),
    ("refused to honour", "policy"),
]
# Dotted capital I lower-cases to two characters: offsets must still point into the original.
_NOISE = st.text(
    alphabet="abcdefghij klmn.,!?'\u2019-\u0130\u0131\u00df\u00e90123456789", max_size=40
)


@settings(max_examples=300, deadline=None)
@given(_NOISE, st.sampled_from(_EMBEDDABLE), _NOISE, st.booleans())
def test_evidence_offsets_point_exactly_into_the_text(
    left: str, embedded: tuple[str, str], right: str, shout: bool
) -> None:
    phrase, topic = embedded
    phrase = phrase.upper() if shout else phrase
    text = f"{left} {phrase} {right}"
    start, end = len(left) + 1, len(left) + 1 + len(phrase)

    found = default_topic_matcher().match(text)

    for spans in found.values():
        assert all(text[span.start : span.end] == span.text for span in spans)
    assert any(span.start < end and start < span.end for span in found.get(topic, []))


_WORDS = ["charged", "twice", "no", "one", "told", "me", "on", "hold", "2", "hours", "late", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from([" ", "  ", "-", ", "]))
def test_the_single_scan_finds_what_scanning_each_topic_separately_finds(
    words: list[str], separator: str
) -> None:
    text = separator.join(words)
    matcher = default_topic_matcher()
    expected: dict[str, list[Span]] = {}
    for topic in matcher.taxonomy.topics:
        pattern, exclude = compile_phrases(topic.phrases), compile_phrases(topic.exclude)
        assert pattern is not None
        blocked = [hit.span() for hit in exclude.finditer(text)] if exclude else []
        spans = [
            Span(hit.start(), hit.end(), hit.group())
            for hit in pattern.finditer(text)
            if not any(a < hit.end() and hit.start() < b for a, b in blocked)
        ]
        if spans:
            expected[topic.name] = spans

    assert matcher.match(text) == expected


# --- learning a taxonomy from examples ----------------------------------------------------------

PLANTED = {
    "late_parcel": ["courier", "tracking", "parcel"],
    "broken_app": ["crashes", "login", "screen"],
    "rude_staff": ["rude", "manager", "shouted"],
}
FILLER = ["honestly", "today", "again", "really", "the", "and", "my", "was", "very", "annoying"]


def _synthetic(per_topic: int = 60, seed: int = 7) -> list[tuple[str, str]]:
    """Sentences of shared filler words with two of their topic's planted words mixed in."""
    rng = random.Random(seed)
    examples = []
    for _ in range(per_topic):
        for topic, planted in PLANTED.items():
            words = rng.sample(FILLER, 6) + rng.sample(planted, 2)
            rng.shuffle(words)
            examples.append((" ".join(words).capitalize() + ".", topic))
    return examples


def test_fitting_recovers_the_planted_words_of_each_topic() -> None:
    matcher = TopicMatcher(fit_topics(_synthetic()))

    assert matcher.taxonomy.names == tuple(PLANTED)
    for topic, planted in PLANTED.items():
        for word in planted:
            assert set(matcher.match(f"about the {word} again")) == {topic}, word


def test_fitting_learns_no_filler_word_shared_by_all_topics() -> None:
    fitted = fit_topics(_synthetic())

    assert {p for topic in fitted.topics for p in topic.phrases}.isdisjoint(FILLER)
    assert TopicMatcher(fitted).match(" ".join(FILLER)) == {}


def test_phrase_scores_rank_the_planted_words_first() -> None:
    scores = score_phrases(_synthetic(), "rude_staff")

    assert {score.phrase for score in scores[:3]} == set(PLANTED["rude_staff"])
    assert all(score.elsewhere == 0 for score in scores[:3])


def test_fitting_onto_a_base_keeps_its_topics_and_adds_the_learned_phrases() -> None:
    base = parse_taxonomy(
        "topics:\n"
        "  - name: rude_staff\n    description: People were unkind.\n    phrases: [snapped]\n"
        "  - name: policy\n    description: Rules.\n    phrases: [policy]\n"
    )

    fitted = fit_topics(_synthetic(), base=base)

    assert fitted.names == ("rude_staff", "policy", "late_parcel", "broken_app")
    rude = fitted.topic("rude_staff")
    assert rude.description == "People were unkind."
    assert rude.phrases[0] == "snapped"
    assert {"rude", "manager", "shouted"} <= set(rude.phrases)
    assert fitted.topic("policy") == base.topic("policy")


def test_fitting_refuses_bad_labels_a_single_topic_and_too_few_examples() -> None:
    with pytest.raises(InvalidInput, match="snake_case"):
        fit_topics([("late", "Late Flight"), ("rude", "rude_staff")])
    with pytest.raises(InvalidInput, match="at least two topics"):
        fit_topics([("late", "late_flight"), ("very late", "late_flight")])
    with pytest.raises(InvalidInput, match="label more examples"):
        fit_topics([("parcel late", "late_parcel"), ("app crashed", "broken_app")] * 4)


def test_a_fitted_taxonomy_survives_yaml_with_the_same_matches(tmp_path: Path) -> None:
    fitted = fit_topics(_synthetic(), settings=FitSettings(max_phrases=10))
    path = tmp_path / "learned.yaml"

    save_taxonomy(fitted, path)
    loaded = load_taxonomy(path)

    assert loaded == fitted
    assert dump_taxonomy(loaded) == path.read_text(encoding="utf-8")
    texts = [text for text, _ in _synthetic(per_topic=10, seed=99)]
    before, after = TopicMatcher(fitted), TopicMatcher(loaded)
    assert [after.match(text) for text in texts] == [before.match(text) for text in texts]


def test_the_default_taxonomy_survives_its_own_yaml() -> None:
    taxonomy = default_taxonomy()

    assert parse_taxonomy(dump_taxonomy(taxonomy)) == taxonomy
    assert isinstance(yaml.safe_load(dump_taxonomy(taxonomy)), dict)


def _imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_nothing_in_topics_is_pickled() -> None:
    banned = {"pickle", "_pickle", "dill", "joblib", "shelve", "marshal", "cloudpickle"}
    for path in [*SOURCES.glob("topics*.py"), SOURCES.parents[2] / "benchmarks/topics.py"]:
        assert _imported_modules(path.read_text(encoding="utf-8")).isdisjoint(banned), path.name


def test_a_taxonomy_is_plain_data() -> None:
    assert isinstance(default_taxonomy(), Taxonomy)
    assert default_taxonomy().model_dump()["topics"][0]["name"] == "delivery"
