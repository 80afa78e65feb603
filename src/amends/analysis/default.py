"""The shipped analyzer: the linear model's emotions and negativity, the signals (rule-based, and
for letters reweighed by learned heads) and cues, and the taxonomy's topics, each with its
evidence. Registered as ``default``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from amends.analysis.base import Analysis, register_analyzer
from amends.analysis.collector import collector_paused
from amends.analysis.cues import detect_complaint, detect_undervalued
from amends.analysis.features import Token, WordHits, cue_features, tokens
from amends.analysis.labels import CX_EMOTIONS, GOEMOTIONS
from amends.analysis.language import guess_language
from amends.analysis.lexicon_catalog import CATALOG
from amends.analysis.model import LinearTextModel
from amends.analysis.signal_model import LETTER_CHARS, LetterSignals, shipped_letter_signals
from amends.analysis.signals import SIGNALS, detect_signals
from amends.analysis.spans import Span, merge_spans
from amends.analysis.topics import TopicMatcher, default_topic_matcher
from amends.analysis.topics_taxonomy import load_taxonomy

_EMOTION_COLUMNS = len(GOEMOTIONS)


class DefaultAnalyzer:
    name = "default"

    def __init__(
        self, model: LinearTextModel, topics: TopicMatcher, letters: LetterSignals | None = None
    ) -> None:
        self.model = model
        self.topics = topics
        self.letters = letters  # the learned signal heads for letters; None: rules only
        # What the analyzer says depends on both models and on the rules: a new version of any
        # re-scores history (``amends reanalyze``).
        models = model.version if letters is None else f"{model.version}+{letters.version}"
        self.version = f"{models}+rules-{CATALOG.fingerprint[:8]}"
        self._thresholds = np.array([model.thresholds[label] for label in GOEMOTIONS])
        self._negative_threshold = model.thresholds["negative"]

    def analyze(self, texts: Sequence[str]) -> list[Analysis]:
        if not texts:
            return []
        with collector_paused():  # the batch makes no reference cycles (collector.py)
            return self._analyze(texts)

    def _analyze(self, texts: Sequence[str]) -> list[Analysis]:
        tokenized = [tokens(text) for text in texts]
        # Each text's rules in one go: they share one prepared copy of the text, which a second
        # pass over the batch would have to make again.
        found = [_Found.of(text) for text in texts]
        if self.letters is not None:
            found = _with_letters(self.letters, texts, tokenized, found)
        cues = [cue_features(bool(f.complaint), f.signals, bool(f.undervalued)) for f in found]
        hits = self.model.word_hits(tokenized)
        probabilities = self.model.predict(texts, tokenized, cues, hits)
        # Whole-batch numpy, then plain Python per text: numpy's per-call cost on one short row
        # would exceed the work.
        over = (probabilities[:, :_EMOTION_COLUMNS] >= self._thresholds).tolist()
        rows = probabilities.tolist()
        each_hits: Sequence[WordHits | None] = hits if hits is not None else [None] * len(texts)
        return [
            self._read(text, toks, row, hit, rules, text_hits)
            for text, toks, row, hit, rules, text_hits in zip(
                texts, tokenized, rows, over, found, each_hits, strict=True
            )
        ]

    def _read(
        self,
        text: str,
        toks: list[Token],
        row: list[float],
        over: list[bool],
        found: _Found,
        hits: WordHits | None,
    ) -> Analysis:
        emotions = dict(zip(GOEMOTIONS, row, strict=False))
        labels = [label for label, hit in zip(GOEMOTIONS, over, strict=True) if hit]
        negative = row[_EMOTION_COLUMNS]
        is_negative = negative >= self._negative_threshold
        explained = [label for label in labels if label != "neutral"]
        evidence = self.model.explain(
            text, [*explained, "negative"] if is_negative else explained, toks=toks, hits=hits
        )
        evidence.update(found.signals)
        if found.undervalued:
            evidence["undervalued"] = found.undervalued
        if is_negative:
            evidence["negative"] = merge_spans(found.complaint + evidence["negative"])
        topics = self.topics.match(text)
        evidence.update(topics)
        return Analysis(
            emotions=emotions,
            labels=labels,
            cx_emotions=cx_emotions_of(emotions, bool(found.undervalued)),
            negative=negative,
            is_negative=is_negative,
            signals={name: name in found.signals for name in SIGNALS},
            topics=sorted(topics),
            evidence={k: v for k, v in evidence.items() if v},
            language=guess_language(text, words=[word for word, _, _ in toks]),
        )


@dataclass(frozen=True, slots=True)
class _Found:
    """What the detectors found in one text (the model reads it too): the signals (for a letter,
    as the learned heads decided them), the complaint and undervalued cues."""

    signals: dict[str, list[Span]]
    complaint: list[Span]
    undervalued: list[Span]

    @classmethod
    def of(cls, text: str) -> _Found:
        return cls(detect_signals(text), detect_complaint(text), detect_undervalued(text))


def _with_letters(
    letters: LetterSignals,
    texts: Sequence[str],
    tokenized: Sequence[list[Token]],
    found: list[_Found],
) -> list[_Found]:
    """The rules' findings, with the learned heads deciding the signals of each letter among
    ``texts``. The heads learned from complaint letters, so only texts of ``LETTER_CHARS`` or more
    are theirs; a batch of short messages costs one length check each."""
    at = [i for i, text in enumerate(texts) if len(text) >= LETTER_CHARS]
    if not at:
        return found
    decided = letters.signals(
        [texts[i] for i in at], [tokenized[i] for i in at], [found[i].signals for i in at]
    )
    found = list(found)
    for i, signals in zip(at, decided, strict=True):
        found[i] = replace(found[i], signals=signals)
    return found


def cx_emotions_of(emotions: dict[str, float], undervalued_words: bool) -> dict[str, float]:
    """The CX view of 28 GoEmotions probabilities (``labels.CX_EMOTIONS``) plus "undervalued"."""
    cx = {
        name: max(map(emotions.__getitem__, group), default=0.0)
        for name, group in CX_EMOTIONS.items()
    }
    # No label exists for feeling undervalued: the customer's own words decide it, and how
    # disappointed or angry the text reads says how strongly (docs/analysis.md).
    hurt = max(emotions["disappointment"], emotions["anger"], emotions["annoyance"])
    cx["undervalued"] = 0.7 + 0.3 * hurt if undervalued_words else 0.0
    return cx


@lru_cache(maxsize=1)
def shipped_model() -> LinearTextModel:
    """The model in the package, loaded once per process (it is read-only)."""
    return LinearTextModel.load()


def create_default_analyzer(taxonomy: Path | str | None = None) -> DefaultAnalyzer:
    """The default analyzer; ``taxonomy`` names a YAML file to use instead of the shipped one."""
    topics = TopicMatcher(load_taxonomy(taxonomy)) if taxonomy else default_topic_matcher()
    return DefaultAnalyzer(shipped_model(), topics, shipped_letter_signals())


register_analyzer("default", create_default_analyzer)
