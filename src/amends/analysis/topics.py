"""Root-cause topics of a complaint, with the words that show them.

    matcher = default_topic_matcher()           # or TopicMatcher(load_taxonomy("ours.yaml"))
    matcher.match("Charged twice and nobody replied")
    # {"billing": [Span(0, 13, "Charged twice")],
    #  "communication": [Span(18, 32, "nobody replied")]}
    strongest_topic(matcher.match(text), matcher.taxonomy.names)   # one label, or None

A taxonomy (``topics_taxonomy``) is YAML: topics with phrases written in a small pattern language
(``topics_patterns``). ``fit_topics`` (``topics_fit``) learns the phrases of each topic from
labelled examples and returns a taxonomy in the same YAML, for a person to review before use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from amends.analysis.spans import Span
from amends.analysis.topics_fit import FitSettings, PhraseScore, fit_topics, score_phrases
from amends.analysis.topics_patterns import (
    alternation,
    compile_phrases,
    first_characters,
    phrase_parts,
)
from amends.analysis.topics_taxonomy import (
    Taxonomy,
    Topic,
    default_taxonomy,
    dump_taxonomy,
    load_taxonomy,
    parse_taxonomy,
    save_taxonomy,
)

__all__ = [
    "FitSettings",
    "PhraseScore",
    "Taxonomy",
    "Topic",
    "TopicMatcher",
    "TopicModel",
    "default_taxonomy",
    "default_topic_matcher",
    "dump_taxonomy",
    "fit_topics",
    "load_taxonomy",
    "parse_taxonomy",
    "save_taxonomy",
    "score_phrases",
    "strongest_topic",
]


@dataclass(frozen=True, slots=True)
class _CompiledTopic:
    name: str
    phrases: re.Pattern[str]
    exclude: re.Pattern[str] | None


class TopicMatcher:
    """A taxonomy compiled for matching; ``match`` is pure and safe to share between threads.

    One scan finds every position where any phrase of any topic starts (a zero-width look-ahead
    over all phrases, factored by first letters); only there is each topic's own pattern tried.
    That gives exactly what scanning the text once per topic would, for a fraction of the cost.
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._topics = tuple(_compile(topic) for topic in taxonomy.topics)
        all_parts = [
            part
            for topic in taxonomy.topics
            for phrase in topic.phrases
            for part in phrase_parts(phrase)
        ]
        self._starts = re.compile(f"(?={alternation(all_parts)})")
        self._by_first_char = _index_by_first_character(taxonomy)

    def match(self, text: str) -> dict[str, list[Span]]:
        """The topics present in ``text``, each with its evidence in order of position."""
        lowered = _lower_in_place(text)
        found: dict[str, list[Span]] = {}
        free_from = [0] * len(self._topics)  # like finditer: a topic's hits never overlap
        for start in self._starts.finditer(lowered):
            position = start.start()
            for index in self._by_first_char.get(lowered[position], self._by_first_char[""]):
                if position < free_from[index]:
                    continue
                topic = self._topics[index]
                hit = topic.phrases.match(lowered, position)
                if hit is not None and hit.end() > position:
                    free_from[index] = hit.end()
                    span = Span(position, hit.end(), text[position : hit.end()])
                    found.setdefault(topic.name, []).append(span)
        return self._apply_exclusions(found, lowered)

    def _apply_exclusions(
        self, found: dict[str, list[Span]], lowered: str
    ) -> dict[str, list[Span]]:
        for topic in self._topics:
            if topic.exclude is not None and topic.name in found:
                kept = _without_excluded(found[topic.name], topic.exclude, lowered)
                if kept:
                    found[topic.name] = kept
                else:
                    del found[topic.name]
        return found


TopicModel = TopicMatcher  # the name the first design used


@lru_cache(maxsize=1)
def default_topic_matcher() -> TopicMatcher:
    """The shipped taxonomy, compiled once per process on first use (never at import)."""
    return TopicMatcher(default_taxonomy())


def strongest_topic(matches: Mapping[str, list[Span]], order: tuple[str, ...] = ()) -> str | None:
    """The single best topic: most evidence characters, then most spans, then taxonomy order."""
    if not matches:
        return None
    rank = {name: index for index, name in enumerate(order)}

    def strength(name: str) -> tuple[int, int, int]:
        spans = matches[name]
        return (sum(span.end - span.start for span in spans), len(spans), -rank.get(name, 0))

    return max(matches, key=strength)


def _compile(topic: Topic) -> _CompiledTopic:
    phrases = compile_phrases(topic.phrases)
    assert phrases is not None  # a Topic always has at least one phrase
    return _CompiledTopic(topic.name, phrases, compile_phrases(topic.exclude))


def _index_by_first_character(taxonomy: Taxonomy) -> dict[str, tuple[int, ...]]:
    """Which topics can start a match at a given character; key "" for any other character."""
    anywhere: list[int] = []
    by_char: dict[str, list[int]] = {}
    for index, topic in enumerate(taxonomy.topics):
        chars = first_characters(part for phrase in topic.phrases for part in phrase_parts(phrase))
        if chars is None:
            anywhere.append(index)
            continue
        for char in chars:
            by_char.setdefault(char, []).append(index)
    table = {char: tuple(sorted(set(topics) | set(anywhere))) for char, topics in by_char.items()}
    table[""] = tuple(anywhere)
    return table


def _lower_in_place(text: str) -> str:
    """Lower case with the same length, so offsets found in it point into ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower-case to two ("İ" -> "i̇"); keep only the first of those.
    return "".join(char.lower()[0] for char in text)


def _without_excluded(spans: list[Span], exclude: re.Pattern[str], lowered: str) -> list[Span]:
    blocked = [(hit.start(), hit.end()) for hit in exclude.finditer(lowered)]
    return [
        span
        for span in spans
        if not any(start < span.end and span.start < end for start, end in blocked)
    ]
