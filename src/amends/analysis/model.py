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
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from amends.analysis.features import Token, Vectorizer, detect_cues, tokens, word_features
from amends.analysis.spans import Span

SHIPPED_MODEL = Path(__file__).parent / "model"
FORMAT = 2


@dataclass(frozen=True)
class Member:
    vectorizer: Vectorizer
    weights: NDArray[np.float32]  # (features, outputs)
    bias: NDArray[np.float32]  # (outputs,)

    def predict(
        self, tokenized: Sequence[list[Token]], cues: Sequence[Sequence[str]] | None
    ) -> NDArray[np.float32]:
        matrix = self.vectorizer.matrix(tokenized, cues)
        scores = np.asarray(matrix @ self.weights) + self.bias
        return (1.0 / (1.0 + np.exp(-scores))).astype(np.float32)


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
        meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{folder}: model format {meta.get('format')}, expected {FORMAT}")
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
    ) -> NDArray[np.float32]:
        """Probabilities, one row per text, one column per output. Pass ``tokenized`` and
        ``cues`` when the caller has them already; they are computed otherwise."""
        tokenized = tokenized if tokenized is not None else [tokens(text) for text in texts]
        if cues is None and any(m.vectorizer.cues for m in self.members):
            cues = [detect_cues(text) for text in texts]
        mixed = np.zeros((len(tokenized), len(self.outputs)), dtype=np.float32)
        for member, share in zip(self.members, self.mix, strict=True):
            mixed += member.predict(tokenized, cues) * share
        return mixed

    def explain(
        self, text: str, outputs: Sequence[str], *, toks: list[Token] | None = None, top: int = 3
    ) -> dict[str, list[Span]]:
        """For each output, the words that pushed it up most in ``text``: its evidence (from the
        word member, the one whose features have offsets)."""
        words = next((m for m in self.members if not m.vectorizer.chars), None)
        if words is None or not outputs:
            return {}
        vocabulary = words.vectorizer.vocabulary
        found = [
            (vocabulary[feature], start, end)
            for feature, start, end in word_features(toks if toks is not None else tokens(text))
            if feature in vocabulary
        ]
        if not found:
            return {output: [] for output in outputs}
        index = np.fromiter((f[0] for f in found), np.int64, len(found))
        columns = [self.outputs.index(output) for output in outputs]
        pushes = words.weights[index][:, columns] * words.vectorizer.idf[index][:, None]
        return {
            output: _strongest(text, found, pushes[:, k], top) for k, output in enumerate(outputs)
        }


def _strongest(
    text: str, found: list[tuple[int, int, int]], pushes: NDArray[np.float32], top: int
) -> list[Span]:
    # Plain Python on a list: rows have a few dozen features, where numpy's per-call cost wins.
    values = pushes.tolist()
    chosen: list[Span] = []
    for position in sorted(range(len(values)), key=values.__getitem__, reverse=True):
        if values[position] <= 0 or len(chosen) == top:
            break
        _, start, end = found[position]
        if all(end <= s.start or start >= s.end for s in chosen):  # no overlapping evidence
            chosen.append(Span(start, end, text[start:end]))
    return sorted(chosen)
