"""The service corpus: deterministic, balanced, varied customer-to-company messages, including
flat complaints with no feeling words and non-complaints that look negative to a word counter.
One default corpus is generated per module and shared by the read-only tests."""

from __future__ import annotations

import re
from collections import Counter
from random import Random

import pytest

from amends.analysis.service_corpus import INDUSTRIES, KINDS, ServiceMessage, generate_messages
from amends.analysis.service_corpus_grammar import Writer
from amends.analysis.service_corpus_negative import NEGATIVE
from amends.analysis.service_corpus_positive import POSITIVE

EMOTION_WORDS = re.compile(r"\b(angry|furious|hate|disappointed|frustrated|upset)\b", re.IGNORECASE)
HARD_NON_NEGATIVES = (
    "no problem", "no worries", "can't wait", "never had a better", "not bad at all",
    "what happens if", "no complaints", "delay",
)  # fmt: skip
SLOT = re.compile(r"\{(\w+)\}")


@pytest.fixture(scope="module")
def corpus() -> list[ServiceMessage]:
    return generate_messages()


def test_the_same_seed_gives_the_same_messages() -> None:
    assert generate_messages(500, seed=8) == generate_messages(500, seed=8)


def test_another_seed_gives_other_messages() -> None:
    assert generate_messages(500, seed=8) != generate_messages(500, seed=9)


def test_count_is_honoured_and_the_default_is_twenty_thousand(corpus: list[ServiceMessage]) -> None:
    assert len(corpus) == 20000
    assert len(generate_messages(37, seed=1)) == 37
    assert generate_messages(0) == []


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_between_half_and_sixty_percent_are_negative(seed: int) -> None:
    messages = generate_messages(5000, seed=seed)
    share = sum(m.negative for m in messages) / len(messages)
    assert 0.50 <= share <= 0.60


def test_every_industry_and_every_kind_appears(corpus: list[ServiceMessage]) -> None:
    industries = Counter(m.industry for m in corpus)
    kinds = Counter(m.kind for m in corpus)
    assert set(industries) == set(INDUSTRIES)
    assert len(INDUSTRIES) == 12
    assert min(industries.values()) > 0.05 * len(corpus)
    assert set(kinds) == set(KINDS)
    expected = {"complaint", "flat_complaint", "question", "request", "info", "thanks", "praise"}
    assert expected <= set(kinds)


def test_a_kind_always_carries_the_same_label(corpus: list[ServiceMessage]) -> None:
    assert all(m.negative == KINDS[m.kind] for m in corpus)


def test_at_least_nine_in_ten_texts_are_distinct(corpus: list[ServiceMessage]) -> None:
    assert len({m.text for m in corpus}) >= 0.9 * len(corpus)


def test_no_five_word_opening_is_shared_by_more_than_two_percent(
    corpus: list[ServiceMessage],
) -> None:
    openings = Counter(" ".join(m.text.lower().split()[:5]) for m in corpus)
    opening, count = openings.most_common(1)[0]
    assert count <= 0.02 * len(corpus), opening


def test_most_texts_run_five_to_thirty_words_and_some_run_longer(
    corpus: list[ServiceMessage],
) -> None:
    lengths = [len(m.text.split()) for m in corpus]
    assert sum(5 <= n <= 30 for n in lengths) >= 0.8 * len(lengths)
    assert sum(n > 30 for n in lengths) >= 0.01 * len(lengths)
    assert all(n >= 1 for n in lengths)


def test_flat_complaints_state_facts_without_emotion_words(corpus: list[ServiceMessage]) -> None:
    flat = [m for m in corpus if m.kind == "flat_complaint"]
    assert len(flat) >= 0.1 * len(corpus)
    assert all(m.negative for m in flat)
    assert not [m.text for m in flat if EMOTION_WORDS.search(m.text)]
    negatives = [m for m in corpus if m.negative]
    plain = [m for m in negatives if not EMOTION_WORDS.search(m.text)]
    assert len(plain) >= 0.5 * len(negatives)


def test_hard_non_negatives_contain_negative_looking_words(corpus: list[ServiceMessage]) -> None:
    texts = [m.text.lower() for m in corpus if not m.negative]
    for phrase in HARD_NON_NEGATIVES:
        assert sum(phrase in text for text in texts) >= 20, phrase


def test_texts_look_like_social_posts_texts_chats_and_emails(corpus: list[ServiceMessage]) -> None:
    texts = [m.text for m in corpus]

    def share(pattern: str) -> float:
        return sum(bool(re.search(pattern, t)) for t in texts) / len(texts)

    assert share(r"^\.?@\w+ ") > 0.2  # a brand's handle first
    assert share(r"#\w+") > 0.05
    assert share(r"http://t\.co/\w{10}") > 0.01
    assert share(r"[\U0001F300-\U0001FAFF]|:\)|:\(") > 0.05  # emoji and emoticons
    assert share(r"(!!|\?\?)") > 0.02
    assert share(r"\b(pls|thx|u|ur|hrs|mins|tmrw)\b") > 0.03
    assert share(r"\b[A-Z]{4,}\b") > 0.01
    assert share(r"^(Hi|Hello|Dear|To whom)[^\n]*,\n") > 0.01  # email greeting on its own line
    assert share(r"[$£€]\d") > 0.03


def test_no_template_syntax_leaks_into_a_text(corpus: list[ServiceMessage]) -> None:
    leaks = [m.text for m in corpus if re.search(r"[\[\]{}|]|  ", m.text)]
    assert not leaks


@pytest.mark.parametrize("industry", sorted(INDUSTRIES))
def test_every_template_expands_in_every_industry(industry: str) -> None:
    bank = INDUSTRIES[industry]
    writer = Writer(Random(0), bank, "Brand")
    groups = (NEGATIVE, POSITIVE, {k: v for k, v in bank.items() if k != "brands"})
    templates = [t for group in groups for ts in group.values() for t in ts]
    for template in templates:
        for name in SLOT.findall(template):
            assert writer.slot(name)  # raises KeyError for a slot nobody fills
        assert writer.expand(template).strip()


def test_every_industry_fills_the_same_slots() -> None:
    keys = [set(bank) - {"product", "dish", "plan", "gadget"} for bank in INDUSTRIES.values()]
    assert all(k == keys[0] for k in keys)
    for name, bank in INDUSTRIES.items():
        assert all("|" in brand for brand in bank["brands"]), name
