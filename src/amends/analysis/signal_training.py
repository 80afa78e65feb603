"""Training the learned signal heads (``signal_model.py``) on hand-labelled CFPB complaint letters.

The labels are the project's signal gold set (``benchmarks/data/signals_gold.csv``: dataset, id,
our own 0/1 labels, a dev/test split); the texts are read from the shared data folder, never
copied into the repository. Only the *dev* rows of the CFPB narratives are learned from: CFPB
narratives are US public domain, so a model trained on them may ship, while the tweets in the gold
set are non-commercial; and the test rows are kept for the one honest measurement.

Per signal: a logistic regression (liblinear, balanced classes, C=4) over word 1-2-gram TF-IDF plus
the rules' finding; its threshold is the best F1 over 5-fold stratified out-of-fold probabilities.
Deterministic: fixed folds and solver seeds. Needs scikit-learn.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from amends.analysis.features import Token, Vectorizer, analyze_features, tokens
from amends.analysis.signal_model import LetterSignals
from amends.analysis.signals import SIGNALS, detect_signals

Progress = Callable[[str], None]

TRAIN_SPLIT = "dev"
TRAIN_DATASETS: frozenset[str] = frozenset({"cfpb", "cfpb_extra"})
"""Public-domain sources only: the gold set's tweets (twcs, airline) may be evaluated on, never
learned from by a shipped model."""

# dataset -> (file under shared/data, id column); both hold "Consumer complaint narrative"
_SOURCES: dict[str, tuple[str, str]] = {
    "cfpb": ("cfpb_consumer_complaints/complaints.csv", "Complaint ID"),
    "cfpb_extra": ("cfpb_consumer_complaints/narratives_extra.csv", "extra_id"),
}
_NARRATIVE = "Consumer complaint narrative"


def default_labels() -> Path:
    """The gold set beside the package in the repository: ``benchmarks/data/signals_gold.csv``."""
    return Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "signals_gold.csv"


@dataclass(frozen=True)
class SignalRecipe:
    c: float = 4.0
    folds: int = 5
    min_df: int = 2
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Letter:
    dataset: str
    id: str
    text: str
    labels: dict[str, bool]


def training_rows(rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """The label rows a shipped model may learn from: dev split, CFPB datasets. Anything else is
    dropped here, and checked again, so no test row or tweet can reach the training."""
    kept = [r for r in rows if r["split"] == TRAIN_SPLIT and r["dataset"] in TRAIN_DATASETS]
    if any(r["split"] != TRAIN_SPLIT or r["dataset"] not in TRAIN_DATASETS for r in kept):
        raise AssertionError("a test row or a non-CFPB row reached the signal training")
    return kept


def read_labels(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    missing = {"dataset", "id", "split", *SIGNALS} - set(rows[0] if rows else {})
    if missing:
        raise ValueError(f"{path}: no column(s) {sorted(missing)}")
    return rows


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # CFPB narratives can be long
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def narratives(shared: Path, dataset: str, wanted: set[str]) -> dict[str, str]:
    """The wanted ids' narratives in one CFPB file: first occurrence of an id wins, empty ones are
    skipped (the rules of ``benchmarks/signals_gold.py``, which labelled them)."""
    relative, id_column = _SOURCES[dataset]
    found: dict[str, str] = {}
    for row in _csv_rows(shared / relative):
        key = (row.get(id_column) or "").strip()
        if key in wanted and key not in found:
            text = row.get(_NARRATIVE) or ""
            if text.strip():
                found[key] = text
    return found


def load_letters(shared: Path, labels: Path) -> list[Letter]:
    """The training letters: the dev CFPB rows of ``labels`` joined with their texts; rows whose
    text is not in ``shared`` are skipped."""
    rows = training_rows(read_labels(labels))
    texts = {
        dataset: narratives(shared, dataset, {r["id"] for r in rows if r["dataset"] == dataset})
        for dataset in sorted(TRAIN_DATASETS)
    }
    return [
        Letter(r["dataset"], r["id"], text, {s: r[s] == "1" for s in SIGNALS})
        for r in rows
        if (text := texts[r["dataset"]].get(r["id"])) is not None
    ]


def f1(truth: NDArray[np.bool_], predicted: NDArray[np.bool_]) -> float:
    hit = float(np.sum(truth & predicted))
    total = float(truth.sum() + predicted.sum())
    return 2 * hit / total if total else 0.0


_CANDIDATES = np.arange(0.05, 0.96, 0.01)


def best_threshold(truth: NDArray[np.bool_], scores: NDArray[np.float64]) -> float:
    figures = [f1(truth, scores >= c) for c in _CANDIDATES]
    return round(float(_CANDIDATES[int(np.argmax(figures))]), 2)


def _vectorizer(texts: Sequence[str], min_df: int) -> Vectorizer:
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = TfidfVectorizer(
        analyzer=lambda text: analyze_features(text, chars=False),
        sublinear_tf=True,
        min_df=min_df,
        dtype=np.float32,
    )
    fitted.fit(texts)
    vocabulary = {str(k): int(v) for k, v in fitted.vocabulary_.items()}
    return Vectorizer(vocabulary, fitted.idf_.astype(np.float32), chars=False)


def _design(vectorizer: Vectorizer, tokenized: Sequence[list[Token]], ruled: Any) -> Any:
    """TF-IDF rows as the analyzer builds them (``Vectorizer.matrix``), the rules' finding last."""
    from scipy.sparse import hstack

    return hstack([vectorizer.matrix(tokenized), ruled.astype(np.float32)[:, None]]).tocsr()


def _fit(x: Any, y: NDArray[np.bool_], recipe: SignalRecipe) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(
        C=recipe.c,
        class_weight="balanced",
        solver="liblinear",
        max_iter=2000,
        random_state=recipe.seed,
    )
    return model.fit(x, y)


def out_of_fold(
    texts: Sequence[str],
    tokenized: Sequence[list[Token]],
    ruled: NDArray[np.bool_],
    truth: NDArray[np.bool_],
    recipe: SignalRecipe,
) -> NDArray[np.float64]:
    """Each letter's probability from a head fitted (vocabulary included) without its fold."""
    from sklearn.model_selection import StratifiedKFold

    oof = np.zeros(len(texts))
    folds = StratifiedKFold(recipe.folds, shuffle=True, random_state=recipe.seed)
    for fit_rows, held in folds.split(np.zeros(len(texts)), truth):
        vectorizer = _vectorizer([texts[i] for i in fit_rows], recipe.min_df)
        fit_x = _design(vectorizer, [tokenized[i] for i in fit_rows], ruled[fit_rows])
        held_x = _design(vectorizer, [tokenized[i] for i in held], ruled[held])
        oof[held] = _fit(fit_x, truth[fit_rows], recipe).predict_proba(held_x)[:, 1]
    return oof


def train_letter_signals(
    shared: Path,
    labels: Path | None = None,
    recipe: SignalRecipe = SignalRecipe(),
    progress: Progress = print,
) -> LetterSignals:
    labels = labels or default_labels()
    letters = load_letters(shared, labels)
    if not letters:
        raise ValueError(f"no training letters: none of the dev CFPB ids of {labels} in {shared}")
    progress(f"{len(letters)} dev CFPB letters to learn from")
    heads = fit_signal_heads(
        [letter.text for letter in letters], [letter.labels for letter in letters], recipe, progress
    )
    heads.info.update(
        {
            "labels": labels.name,
            "labels_sha256": hashlib.sha256(labels.read_bytes()).hexdigest(),
            "datasets": {d: sum(x.dataset == d for x in letters) for d in sorted(TRAIN_DATASETS)},
            "split": TRAIN_SPLIT,
        }
    )
    return heads


def fit_signal_heads(
    texts: Sequence[str],
    labels: Sequence[dict[str, bool]],
    recipe: SignalRecipe = SignalRecipe(),
    progress: Progress = print,
) -> LetterSignals:
    """Per signal, a logistic head over the texts' word n-grams and the rules' finding, its
    threshold the best out-of-fold F1; ``info`` carries the recipe and the figures."""
    tokenized = [tokens(text) for text in texts]
    found = [detect_signals(text) for text in texts]
    progress(f"{'signal':26s} {'n':>4s} {'rules F1':>8s} {'OOF F1':>7s} {'cut':>5s}")
    vectorizer = _vectorizer(texts, recipe.min_df)
    weights = np.zeros((len(vectorizer.vocabulary), len(SIGNALS)), dtype=np.float32)
    rule_weights = np.zeros(len(SIGNALS), dtype=np.float32)
    bias = np.zeros(len(SIGNALS), dtype=np.float32)
    thresholds: dict[str, float] = {}
    figures: dict[str, dict[str, float]] = {}
    for j, signal in enumerate(SIGNALS):
        truth = np.array([row[signal] for row in labels])
        ruled = np.array([signal in f for f in found])
        oof = out_of_fold(texts, tokenized, ruled, truth, recipe)
        thresholds[signal] = best_threshold(truth, oof)
        figures[signal] = {
            "positives": int(truth.sum()),
            "rules_dev_f1": round(f1(truth, ruled), 3),
            "oof_f1": round(f1(truth, oof >= thresholds[signal]), 3),
        }
        head = _fit(_design(vectorizer, tokenized, ruled), truth, recipe)
        weights[:, j] = head.coef_[0][:-1]
        rule_weights[j] = head.coef_[0][-1]
        bias[j] = head.intercept_[0]
        row = figures[signal]
        progress(
            f"{signal:26s} {row['positives']:4d} {row['rules_dev_f1']:8.2f} "
            f"{row['oof_f1']:7.2f} {thresholds[signal]:5.2f}"
        )
    info: dict[str, Any] = {
        "version": heads_version(vectorizer, weights, rule_weights, bias, thresholds),
        "trained_on": datetime.now(UTC).date().isoformat(),
        "recipe": asdict(recipe),
        "training_rows": len(texts),
        "dev_figures": figures,
    }
    return LetterSignals(vectorizer, weights, rule_weights, bias, thresholds, info)


def heads_version(
    vectorizer: Vectorizer,
    weights: NDArray[np.float32],
    rule_weights: NDArray[np.float32],
    bias: NDArray[np.float32],
    thresholds: dict[str, float],
) -> str:
    """Training date and a hash of everything that decides, as saved: two trainings that could
    differ in a decision get different versions."""
    vocabulary = vectorizer.vocabulary
    digest = hashlib.sha256("\n".join(sorted(vocabulary, key=vocabulary.__getitem__)).encode())
    digest.update(weights.astype(np.float16).tobytes())
    for array in (vectorizer.idf, rule_weights, bias):
        digest.update(array.astype(np.float32).tobytes())
    digest.update(json.dumps(thresholds, sort_keys=True).encode())
    return f"{datetime.now(UTC):%Y.%m.%d}-{digest.hexdigest()[:8]}"
