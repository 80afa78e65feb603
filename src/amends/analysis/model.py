"""The shipped text model: an ensemble of linear members over TF-IDF views, as JSON + numpy.

Each member reads the text one way (word n-grams, or character n-grams) and holds one logistic
head per output: the 28 GoEmotions labels, then ``negative``. An output's probability is the
mix-weighted average of its members' probabilities — averaging a word model and a character model
beat either alone, and one model over both feature sets, on GoEmotions (docs/analysis.md).

No pickle: ``model.json`` holds the metadata, the vocabularies, the mix and the decision
thresholds; ``weights.npz`` (loaded with ``allow_pickle=False``) holds each member's idf vector,
weight matrix and biases.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from amends.analysis.artifacts import read_card
from amends.analysis.features import (
    Token,
    Vectorizer,
    WordHits,
    detect_cues,
    gram_span,
    tokens,
)
from amends.analysis.spans import Span

SHIPPED_MODEL = Path(__file__).parent / "model"
FORMAT = 2


@dataclass(frozen=True)
class Member:
    vectorizer: Vectorizer
    weights: NDArray[np.float32]  # (features, outputs)
    bias: NDArray[np.float32]  # (outputs,)

    def predict(
        self,
        tokenized: Sequence[list[Token]],
        cues: Sequence[Sequence[str]] | None,
        hits: Sequence[WordHits] | None = None,
    ) -> NDArray[np.float32]:
        matrix = self.vectorizer.matrix(tokenized, cues, hits)
        scores = np.asarray(matrix @ self.weights) + self.bias
        return (1.0 / (1.0 + np.exp(-scores))).astype(np.float32)

    @cached_property
    def pushes(self) -> NDArray[np.float32]:
        """Each feature's weight times its idf: how hard one occurrence pushes each output,
        before normalisation — what evidence ranks words by (computed once, on first need)."""
        return self.weights * self.vectorizer.idf[:, None]


@dataclass(frozen=True)
class LinearTextModel:
    name: str
    version: str
    outputs: tuple[str, ...]
    members: tuple[Member, ...]
    mix: NDArray[np.float32]  # (members, outputs); each column sums to 1
    thresholds: dict[str, float]
    info: dict[str, Any]

    @classmethod
    def load(cls, folder: Path = SHIPPED_MODEL) -> LinearTextModel:
        meta = read_card(folder / "model.json", FORMAT)
        members = []
        with np.load(folder / "weights.npz", allow_pickle=False) as arrays:
            for i, spec in enumerate(meta["members"]):
                vocabulary = {feature: n for n, feature in enumerate(spec["vocabulary"])}
                idf = arrays[f"idf_{i}"].astype(np.float32)
                vectorizer = Vectorizer(vocabulary, idf, spec["chars"], spec.get("cues", False))
                weights = arrays[f"weights_{i}"].astype(np.float32)
                members.append(Member(vectorizer, weights, arrays[f"bias_{i}"].astype(np.float32)))
        return cls(
            name=meta["name"],
            version=meta["version"],
            outputs=tuple(meta["outputs"]),
            members=tuple(members),
            mix=np.asarray(meta["mix"], dtype=np.float32),
            thresholds={k: float(v) for k, v in meta["thresholds"].items()},
            info=meta.get("info", {}),
        )

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, NDArray[Any]] = {}
        specs = []
        for i, member in enumerate(self.members):
            vocabulary = member.vectorizer.vocabulary
            specs.append(
                {
                    "chars": member.vectorizer.chars,
                    "cues": member.vectorizer.cues,
                    "vocabulary": sorted(vocabulary, key=vocabulary.__getitem__),
                }
            )
            arrays[f"idf_{i}"] = member.vectorizer.idf.astype(np.float32)
            # float16 halves the artifact; the loss is far below the thresholds' resolution.
            arrays[f"weights_{i}"] = member.weights.astype(np.float16)
            arrays[f"bias_{i}"] = member.bias.astype(np.float32)
        meta = {
            "format": FORMAT,
            "name": self.name,
            "version": self.version,
            "outputs": list(self.outputs),
            "mix": np.round(self.mix, 4).tolist(),
            "thresholds": {k: round(v, 4) for k, v in self.thresholds.items()},
            "info": self.info,
            "members": specs,
        }
        (folder / "model.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(folder / "weights.npz", **arrays)  # type: ignore[arg-type]

    def predict(
        self,
        texts: Sequence[str],
        tokenized: Sequence[list[Token]] | None = None,
        cues: Sequence[Sequence[str]] | None = None,
        hits: Sequence[WordHits] | None = None,
    ) -> NDArray[np.float32]:
        """Probabilities, one row per text, one column per output. Pass ``tokenized``, ``cues``
        and the word view's ``hits`` (``word_hits``) when the caller has them already; they are
        computed otherwise."""
        tokenized = tokenized if tokenized is not None else [tokens(text) for text in texts]
        if cues is None and any(m.vectorizer.cues for m in self.members):
            cues = [detect_cues(text) for text in texts]
        mixed = np.zeros((len(tokenized), len(self.outputs)), dtype=np.float32)
        for member, share in zip(self.members, self.mix, strict=True):
            mixed += member.predict(tokenized, cues, hits) * share
        return mixed

    @cached_property
    def _column_of(self) -> dict[str, int]:
        return {output: column for column, output in enumerate(self.outputs)}

    @cached_property
    def _words(self) -> Member | None:
        """The word member: the one whose features have offsets, so the one evidence comes from."""
        return next((m for m in self.members if not m.vectorizer.chars), None)

    def word_hits(self, tokenized: Sequence[list[Token]]) -> list[WordHits] | None:
        """The word member's columns of each text, to share between ``predict`` and ``explain``."""
        words = self._words
        return None if words is None else [words.vectorizer.word_hits(t) for t in tokenized]

    def explain(
        self,
        text: str,
        outputs: Sequence[str],
        *,
        toks: list[Token] | None = None,
        hits: WordHits | None = None,
        top: int = 3,
    ) -> dict[str, list[Span]]:
        """For each output, the words that pushed it up most in ``text``: its evidence (from the
        word member, the one whose features have offsets)."""
        words = self._words
        if words is None or not outputs:
            return {}
        toks = toks if toks is not None else tokens(text)
        columns, places = hits if hits is not None else words.vectorizer.word_hits(toks)
        if not columns:
            return {output: [] for output in outputs}
        wanted = [self._column_of[output] for output in outputs]
        # One row per output, as Python floats: rows have a few dozen features, where numpy's
        # per-call cost would exceed the work.
        rows = words.pushes[columns][:, wanted].T.tolist()
        return {
            output: strongest_spans(text, toks, places, row, top)
            for output, row in zip(outputs, rows, strict=True)
        }


def strongest_spans(
    text: str, toks: list[Token], places: list[int], pushes: list[float], top: int
) -> list[Span]:
    """The ``top`` non-overlapping n-grams (``places`` into ``toks``, as ``Vectorizer.word_hits``
    gives them) that pushed an output up most, in text order: evidence."""
    chosen: list[Span] = []
    upward = [position for position, push in enumerate(pushes) if push > 0]
    for position in sorted(upward, key=pushes.__getitem__, reverse=True):
        start, end = gram_span(toks, places[position])
        if all(end <= s.start or start >= s.end for s in chosen):  # no overlapping evidence
            chosen.append(Span(start, end, text[start:end]))
            if len(chosen) == top:
                break
    return sorted(chosen)
