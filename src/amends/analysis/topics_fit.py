"""Learning a taxonomy's phrases from labelled examples, as YAML a person reviews before use.

For each topic, the words and word pairs that set its examples apart from the other topics' are
ranked by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
"Fightin' Words", eq. 22): the difference in smoothed log-odds of a phrase between the topic and
the rest, divided by its standard error, so that a phrase seen in 3 of 5 examples does not outrank
one seen in 300 of 500. The prior is the pooled frequency of each phrase over all examples.

Counts are of examples containing a phrase, not of occurrences, so one long rant cannot carry a
word. Inflections are pooled ("delay", "delays", "delayed") because the matcher pools them too,
numbers become ``#``, and links are ignored. Each learned phrase is written the way the examples
most often wrote it, so the YAML reads like the customers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from amends.analysis.topics_patterns import FUNCTION_WORDS, WORD_RE, phrase_regex, word_key
from amends.analysis.topics_taxonomy import Taxonomy, Topic
from amends.errors import InvalidInput

__all__ = ["FitSettings", "PhraseScore", "fit_topics", "score_phrases"]

Feature = tuple[str, ...]  # one word key, or two for a word pair
_NUMBER = "#"
_URL = re.compile(r"https?://\S+|www\.\S+")
_SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class FitSettings:
    """How many phrases to keep and how sure to be of each.

    ``max_phrases`` per topic, each seen in at least ``min_count`` of the topic's examples and with
    ``z >= min_z``; ``prior`` is the weight of the pooled frequencies as a share of all counts
    (larger favours common, central words over rare, sharp ones). The defaults were chosen on an
    inner split of the benchmark's fitting part (benchmarks/topics.py), never on its scoring part.
    """

    max_phrases: int = 20
    min_count: int = 3
    min_z: float = 2.0
    prior: float = 0.2
    word_pairs: bool = True


class PhraseScore(NamedTuple):
    """A candidate phrase of a topic: its z-score and how many examples in/out of it contain it."""

    phrase: str
    z: float
    in_topic: int
    elsewhere: int


@dataclass(frozen=True, slots=True)
class _Document:
    surfaces: dict[Feature, str]  # each feature of the example, as the example wrote it


def fit_topics(
    examples: Sequence[tuple[str, str]],
    *,
    base: Taxonomy | None = None,
    settings: FitSettings | None = None,
) -> Taxonomy:
    """A taxonomy whose phrases are those learned from ``(text, topic)`` pairs.

    Topics are ordered by first appearance in ``examples``; a topic none of whose phrases passes
    the thresholds is left out (``score_phrases`` shows why). With ``base``, learned phrases are
    appended to the base topic of the same name (its description and exclusions kept) and base
    topics without examples stay as they are. Raises ``InvalidInput`` for a label that is not
    snake_case, when fewer than two topics are labelled, or when nothing could be learned.
    """
    settings = settings or FitSettings()
    by_topic = _group(examples, settings)
    learned: dict[str, list[str]] = {}
    for label in by_topic:
        scores = _scores(label, by_topic, settings)
        kept = [score.phrase for score in scores if score.z >= settings.min_z]
        learned[label] = kept[: settings.max_phrases]
    if not any(learned.values()) and base is None:
        raise InvalidInput(
            f"no phrase was seen in {settings.min_count}+ examples of a topic with"
            f" z >= {settings.min_z}: label more examples, or lower min_count or min_z"
        )
    return _merge(base, learned, {label: len(docs) for label, docs in by_topic.items()})


def score_phrases(
    examples: Sequence[tuple[str, str]], topic: str, settings: FitSettings | None = None
) -> list[PhraseScore]:
    """Every candidate phrase of ``topic``, best first: what a reviewer checks ``fit`` against."""
    settings = settings or FitSettings()
    return _scores(topic, _group(examples, settings), settings)


def _group(
    examples: Sequence[tuple[str, str]], settings: FitSettings
) -> dict[str, list[_Document]]:
    by_topic: dict[str, list[_Document]] = {}
    for text, label in examples:
        by_topic.setdefault(label, []).append(_document(text, settings.word_pairs))
    wrong = [label for label in by_topic if not _SNAKE_CASE.fullmatch(label)]
    if wrong:
        raise InvalidInput(f"topic names must be snake_case, got {wrong[:5]}", details=wrong)
    if len(by_topic) < 2:
        raise InvalidInput("fitting needs examples of at least two topics to contrast")
    return by_topic


def _document(text: str, word_pairs: bool) -> _Document:
    words = [_NUMBER if word.isdigit() else word.replace("\u2019", "'") for word in _words(text)]
    keys = [word if word == _NUMBER else word_key(word) for word in words]
    surfaces: dict[Feature, str] = {}
    for key, word in zip(keys, words, strict=True):
        if _useful(key):
            surfaces.setdefault((key,), word)
    if word_pairs:
        for index in range(len(keys) - 1):
            if _useful(keys[index]) or _useful(keys[index + 1]):
                pair = (keys[index], keys[index + 1])
                surfaces.setdefault(pair, f"{words[index]} {words[index + 1]}")
    return _Document(surfaces)


def _words(text: str) -> list[str]:
    return WORD_RE.findall(_URL.sub(" ", text.lower()))


def _useful(key: str) -> bool:
    """Worth a phrase on its own: not a number, a single letter or a function word."""
    return len(key) > 1 and key not in FUNCTION_WORDS and not key[0].isdigit()


def _scores(
    label: str, by_topic: dict[str, list[_Document]], settings: FitSettings
) -> list[PhraseScore]:
    if label not in by_topic:
        raise InvalidInput(f"no examples are labelled {label!r}")
    inside = _counts(by_topic[label])
    outside = _counts(doc for other, docs in by_topic.items() if other != label for doc in docs)
    total_in, total_out = sum(inside.values()), sum(outside.values())
    alpha0 = settings.prior * (total_in + total_out)
    surfaces = _surfaces(by_topic[label])
    scores: list[PhraseScore] = []
    for feature, count in inside.items():
        if count >= settings.min_count:
            other = outside.get(feature, 0)
            alpha = alpha0 * (count + other) / (total_in + total_out)
            z = _log_odds_z((count, total_in), (other, total_out), alpha, alpha0)
            scores.append(PhraseScore(surfaces[feature], z, count, other))
    return sorted(scores, key=lambda score: (-score.z, score.phrase))


def _log_odds_z(
    inside: tuple[int, int], outside: tuple[int, int], alpha: float, alpha0: float
) -> float:
    """Monroe et al. (2008) eq. 22: the smoothed log-odds difference over its standard error."""
    (count_in, total_in), (count_out, total_out) = inside, outside
    odds_in = (count_in + alpha) / (total_in + alpha0 - count_in - alpha)
    odds_out = (count_out + alpha) / (total_out + alpha0 - count_out - alpha)
    variance = 1 / (count_in + alpha) + 1 / (count_out + alpha)
    return (math.log(odds_in) - math.log(odds_out)) / math.sqrt(variance)


def _counts(documents: Iterable[_Document]) -> Counter[Feature]:
    counts: Counter[Feature] = Counter()
    for document in documents:
        counts.update(document.surfaces.keys())
    return counts


def _surfaces(documents: list[_Document]) -> dict[Feature, str]:
    """For each feature, the written form whose pattern finds most of the forms seen."""
    seen: dict[Feature, Counter[str]] = {}
    for document in documents:
        for feature, surface in document.surfaces.items():
            seen.setdefault(feature, Counter())[surface] += 1
    return {feature: _best_surface(forms) for feature, forms in seen.items()}


def _best_surface(forms: Counter[str]) -> str:
    if len(forms) == 1:
        return next(iter(forms))

    def reach(surface: str) -> tuple[int, int]:
        pattern = re.compile(phrase_regex(surface))
        found = sum(count for form, count in forms.items() if pattern.fullmatch(form))
        return found, forms[surface]

    return max(sorted(forms), key=reach)


def _merge(base: Taxonomy | None, learned: dict[str, list[str]], sizes: dict[str, int]) -> Taxonomy:
    topics: list[Topic] = []
    for topic in base.topics if base else ():
        known = {phrase.lower() for phrase in topic.phrases}
        extra = [phrase for phrase in learned.get(topic.name, []) if phrase.lower() not in known]
        merged = {**topic.model_dump(), "phrases": [*topic.phrases, *extra]}
        topics.append(Topic.model_validate(merged))
    base_names = set(base.names) if base else set()
    for name, phrases in learned.items():
        if name not in base_names and phrases:
            description = (
                f"Learned from {sizes[name]} examples labelled {name}. Review before use -"
                " describe the topic, delete phrases that do not show it, add exclusions."
            )
            topics.append(Topic(name=name, description=description, phrases=tuple(phrases)))
    return Taxonomy(topics=tuple(topics))
