"""Learned signal heads for complaint letters: the rules' finding, reweighed by the letter's words.

The rule-based signals (``signals.py``) were written for customer messages of every length; on long
complaint letters they miss much (a letter tells its story in many ways a phrase list cannot
foresee). Per signal, a logistic head reads the letter's word 1-2-gram TF-IDF — the project's own
tokenizer (``features.tokens``), so every feature has character offsets — plus one binary feature:
did the rules find that signal. It is trained only on public-domain CFPB complaint narratives
(``signal_training.py``), which is why the analyzer consults it only for letter-length texts
(``LETTER_CHARS``).

No pickle: ``signals.json`` holds the metadata, the vocabulary, the thresholds and the training
info; ``weights.npz`` (loaded with ``allow_pickle=False``) holds the idf vector, the n-gram weights,
the rule feature's weights and the biases.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from amends.analysis.artifacts import read_card
from amends.analysis.features import Token, Vectorizer
from amends.analysis.model import strongest_spans
from amends.analysis.signals import SIGNALS
from amends.analysis.spans import Span

SHIPPED_SIGNAL_MODEL = Path(__file__).parent / "model_signals"
FORMAT = 1

LETTER_CHARS = 400
"""Texts at least this long are letters, and the learned heads decide their signals. The heads were
trained on CFPB complaint narratives (median about 900 characters, few under 400); a tweet is at
most 280 characters, and chat or SMS messages rarely pass 400. So the cut sits well above any
short message and below nearly every letter. Chosen from those facts, not tuned on any evaluation
data."""

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LetterSignals:
    """One logistic head per signal (``SIGNALS`` order) over word n-grams and the rules' finding."""

    vectorizer: Vectorizer
    weights: NDArray[np.float32]  # (features, signals): the n-grams' weights
    rule_weights: NDArray[np.float32]  # (signals,): the weight of "the rules found this signal"
    bias: NDArray[np.float32]  # (signals,)
    thresholds: dict[str, float]
    info: dict[str, Any]

    @classmethod
    def load(cls, folder: Path = SHIPPED_SIGNAL_MODEL) -> LetterSignals:
        meta = read_card(folder / "signals.json", FORMAT)
        if tuple(meta["signals"]) != SIGNALS:
            raise ValueError(f"{folder}: trained for signals {meta['signals']}, not {SIGNALS}")
        with np.load(folder / "weights.npz", allow_pickle=False) as arrays:
            idf = arrays["idf"].astype(np.float32)
            weights = arrays["weights"].astype(np.float32)
            rule_weights = arrays["rule_weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float32)
        vocabulary = {feature: n for n, feature in enumerate(meta["vocabulary"])}
        if weights.shape != (len(vocabulary), len(SIGNALS)):
            raise ValueError(f"{folder}: weights {weights.shape} do not fit the vocabulary")
        return cls(
            vectorizer=Vectorizer(vocabulary, idf, chars=False),
            weights=weights,
            rule_weights=rule_weights,
            bias=bias,
            thresholds={k: float(v) for k, v in meta["thresholds"].items()},
            info=meta.get("info", {}),
        )

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        vocabulary = self.vectorizer.vocabulary
        meta = {
            "format": FORMAT,
            "signals": list(SIGNALS),
            "thresholds": {k: round(v, 4) for k, v in self.thresholds.items()},
            "info": self.info,
            "vocabulary": sorted(vocabulary, key=vocabulary.__getitem__),
        }
        (folder / "signals.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(
            folder / "weights.npz",
            idf=self.vectorizer.idf.astype(np.float32),
            # float16 halves the file; the loss is far below the thresholds' 0.01 resolution.
            weights=self.weights.astype(np.float16),
            rule_weights=self.rule_weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
        )

    def probabilities(
        self, tokenized: Sequence[list[Token]], rules: Sequence[Collection[str]]
    ) -> NDArray[np.float64]:
        """Each signal's probability, one row per tokenized text and one column per signal
        (``SIGNALS`` order), given the signals the rules found in each text. One batch: the
        sparse-matrix set-up costs more than one letter's arithmetic."""
        matrix = self.vectorizer.matrix(tokenized)
        ruled = np.array([[name in found for name in SIGNALS] for found in rules], np.float32)
        scores = np.asarray(matrix @ self.weights) + ruled * self.rule_weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-scores.astype(np.float64))), dtype=np.float64)

    def decide(
        self, toks: list[Token], rule_found: Collection[str]
    ) -> dict[str, tuple[bool, float]]:
        """Per signal: whether the letter shows it, and the head's probability."""
        row = self.probabilities([toks], [rule_found])[0].tolist()
        return {name: (p >= self.thresholds[name], p) for name, p in zip(SIGNALS, row, strict=True)}

    def signals(
        self,
        texts: Sequence[str],
        tokenized: Sequence[list[Token]],
        rules: Sequence[dict[str, list[Span]]],
    ) -> list[dict[str, list[Span]]]:
        """Each letter's signals with their evidence: the rules' spans where the rules found the
        signal too (they are the exact phrase), else the n-grams that pushed the head up most."""
        if not texts:
            return []
        over = (self.probabilities(tokenized, rules) >= self._cuts).tolist()
        out = []
        for text, toks, ruled, hits in zip(texts, tokenized, rules, over, strict=True):
            found: dict[str, list[Span]] = {}
            for name, hit in zip(SIGNALS, hits, strict=True):
                spans = (ruled.get(name) or self.explain(text, toks, name)) if hit else None
                if spans:  # a signal is never reported without evidence (signals.detect_signals)
                    found[name] = spans
            out.append(found)
        return out

    @property
    def version(self) -> str:
        """Training date and a hash of what decides (``signal_training.heads_version``)."""
        return str(self.info.get("version", "unversioned"))

    @cached_property
    def _cuts(self) -> NDArray[np.float64]:
        return np.array([self.thresholds[name] for name in SIGNALS])

    def explain(self, text: str, toks: list[Token], signal: str, top: int = 3) -> list[Span]:
        """The ``top`` non-overlapping n-grams of ``text`` that pushed ``signal`` up most."""
        columns, places = self.vectorizer.word_hits(toks)
        if not columns:
            return []
        pushes = self._pushes[columns, SIGNALS.index(signal)].tolist()
        return strongest_spans(text, toks, places, pushes, top)

    @cached_property
    def _pushes(self) -> NDArray[np.float32]:
        """How hard one occurrence of each n-gram pushes each head before normalisation."""
        return self.weights * self.vectorizer.idf[:, None]


@lru_cache(maxsize=1)
def shipped_letter_signals() -> LetterSignals | None:
    """The heads in the package, loaded once per process; None (rules only, logged once) when
    the package was built without them."""
    if not (SHIPPED_SIGNAL_MODEL / "signals.json").is_file():
        _log.warning(
            "no learned signal heads at %s: signals come from the rules only", SHIPPED_SIGNAL_MODEL
        )
        return None
    return LetterSignals.load(SHIPPED_SIGNAL_MODEL)
