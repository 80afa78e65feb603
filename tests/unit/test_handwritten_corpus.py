"""The hand-written corpus: large, distinct, balanced, varied in how messages open, and rich in the
hard cases on both sides (non-complaints with negative-looking words, complaints without feeling
words)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from amends.analysis.handwritten import handwritten_messages, handwritten_parts
from amends.analysis.handwritten_common import messages

NEGATION_OR_TROUBLE = re.compile(
    r"\b(no|not|never|can't|sorry|cancel\w*|delay\w*)\b", re.IGNORECASE
)
FEELING_WORDS = re.compile(
    r"\b(angry|hate|worst|terrible|awful|furious|disappointed|frustrated|upset)\b", re.IGNORECASE
)


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, bool]]:
    return handwritten_messages()


def test_there_are_at_least_2400_messages(corpus: list[tuple[str, bool]]) -> None:
    assert len(corpus) >= 2400


def test_every_message_is_a_non_empty_stripped_string(corpus: list[tuple[str, bool]]) -> None:
    for text, negative in corpus:
        assert isinstance(negative, bool)
        assert text
        assert text == text.strip()
        assert "  " not in text


def test_texts_are_distinct_exactly(corpus: list[tuple[str, bool]]) -> None:
    repeated = [text for text, n in Counter(text for text, _ in corpus).items() if n > 1]
    assert repeated == []


def test_texts_are_distinct_after_normalising_case_and_spaces(
    corpus: list[tuple[str, bool]],
) -> None:
    counts = Counter(_normalise(text) for text, _ in corpus)
    assert [text for text, n in counts.items() if n > 1] == []


def test_between_50_and_60_percent_are_negative(corpus: list[tuple[str, bool]]) -> None:
    share = sum(negative for _, negative in corpus) / len(corpus)
    assert 0.50 <= share <= 0.60


def test_no_four_word_opening_is_overused(corpus: list[tuple[str, bool]]) -> None:
    openings = Counter(" ".join(_normalise(text).split()[:4]) for text, _ in corpus)
    opening, count = openings.most_common(1)[0]
    assert count <= 0.015 * len(corpus), opening


def test_many_non_negatives_contain_negative_looking_words(corpus: list[tuple[str, bool]]) -> None:
    hard = [text for text, negative in corpus if not negative and NEGATION_OR_TROUBLE.search(text)]
    assert len(hard) >= 60


def test_many_negatives_carry_no_feeling_words(corpus: list[tuple[str, bool]]) -> None:
    flat = [text for text, negative in corpus if negative and not FEELING_WORDS.search(text)]
    assert len(flat) >= 100


def test_the_parts_assemble_into_the_corpus(corpus: list[tuple[str, bool]]) -> None:
    parts = handwritten_parts()
    assert [pair for part in parts.values() for pair in part] == corpus
    for name, part in parts.items():
        assert part, name
        assert len({negative for _, negative in part}) == 1, name


def test_each_call_returns_a_fresh_list(corpus: list[tuple[str, bool]]) -> None:
    again = handwritten_messages()
    assert again == corpus
    assert again is not corpus


def test_a_block_splits_into_lines_and_joins_indented_continuations() -> None:
    block = """
first message
second message that
   carries on here

third
"""
    assert messages(block) == ("first message", "second message that carries on here", "third")
