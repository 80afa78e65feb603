"""``amends model train``: the reproducible recipe for the shipped model.

Two members read each text — word n-grams and character n-grams — and each fits one logistic
regression per output with scikit-learn:

* **emotion heads**, on GoEmotions *train* only. Each member's out-of-fold probabilities (5 folds)
  choose the members' mix and then each label's decision threshold (the one with the best F1), so
  the dev split is never touched and stays an honest evaluation.
* **the negative head**, on every corpus whose licence allows shipping a derived model
  (GoEmotions, XED, UCI sentences, CFPB narratives, the project's own texts); its threshold is
  chosen on a held-out fifth of every corpus but GoEmotions.

The artifact is plain JSON + numpy (``model.py``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from amends.analysis import corpora
from amends.analysis.corpora import Example
from amends.analysis.features import Vectorizer, analyze_features
from amends.analysis.labels import GOEMOTIONS
from amends.analysis.model import LinearTextModel, Member

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Recipe:
    word_features: int = 150_000
    char_features: int = 150_000
    emotion_c: float = 2.0
    negative_c: float = 2.0
    folds: int = 5
    word_shares: tuple[float, ...] = (0.3, 0.4, 0.5, 0.6, 0.7)
    cues: bool = True
    corpora: tuple[str, ...] = (
        "goemotions",
        "xed",
        "uci",
        "cfpb",
        "project",
        "service",
        "handwritten",
    )
    # Negative head only. Hand-written messages are few but the most varied: each counts three
    # times (airline ROC-AUC, word member: 0.873 at weight 1, 0.876 at 3, 0.876 at 6). GoEmotions'
    # Reddit comments are nearly half the rows but the register furthest from a customer's
    # message: at a quarter weight the held-out fifth scores ROC-AUC 0.958 -> 0.964 (its
    # hand-written part 0.934 -> 0.947), decision 0005.
    corpus_weights: tuple[tuple[str, float], ...] = (("handwritten", 3.0), ("goemotions", 0.25))


def load_examples(shared: Path, recipe: Recipe) -> list[Example]:
    readers: dict[str, Callable[[], Any]] = {
        "goemotions": lambda: corpora.goemotions(shared, "train"),
        "xed": lambda: corpora.xed(shared),
        "uci": lambda: corpora.uci(shared),
        "cfpb": lambda: corpora.cfpb(shared),
        "project": corpora.project_texts,
        "service": corpora.service_messages,
        "handwritten": corpora.handwritten,
    }
    examples: list[Example] = []
    for name in recipe.corpora:
        examples.extend(readers[name]())
    return examples


def train(shared: Path, recipe: Recipe = Recipe(), progress: Progress = print) -> LinearTextModel:
    examples = load_examples(shared, recipe)
    texts = [e.text for e in examples]
    progress(f"{len(examples):,} training texts from {', '.join(recipe.corpora)}")
    emotion_rows = np.array([e.corpus == "goemotions" for e in examples])
    targets = np.array([[label in e.labels for label in GOEMOTIONS] for e in examples])
    negative = np.array([e.negative for e in examples])
    views = {
        "words": _view(
            texts, chars=False, max_features=recipe.word_features, min_df=2, cues=recipe.cues
        ),
        "chars": _view(texts, chars=True, max_features=recipe.char_features, min_df=3),
    }
    out_of_fold: dict[str, NDArray[np.float32]] = {}
    heads: dict[str, tuple[NDArray[np.float32], NDArray[np.float32]]] = {}
    for name, (_, features) in views.items():
        progress(f"{name}: {features.shape[1]:,} features; emotion heads")
        ge = features[emotion_rows]
        ge.sort_indices()
        out_of_fold[name] = emotion_out_of_fold(ge, targets[emotion_rows], recipe)
        heads[name] = _fit_heads(ge, targets[emotion_rows], recipe.emotion_c)
    share, thresholds = _choose_mix(out_of_fold, targets[emotion_rows], recipe, progress)
    negatives, thresholds["negative"] = _negative_heads(views, negative, examples, recipe)
    progress(f"negative threshold {thresholds['negative']}")
    members = []
    for name, (vectorizer, _) in views.items():
        weights, bias = heads[name]
        neg_w, neg_b = negatives[name]
        members.append(
            Member(vectorizer, np.column_stack([weights, neg_w]), np.append(bias, neg_b))
        )
    emotion_mix = [share, 1 - share]
    mix = np.array([[*([s] * len(GOEMOTIONS)), 0.5] for s in emotion_mix], dtype=np.float32)
    return LinearTextModel(
        name="amends-linear",
        version=model_version(recipe, members, thresholds),
        outputs=(*GOEMOTIONS, "negative"),
        members=tuple(members),
        mix=mix,
        thresholds=thresholds,
        info={
            "trained_on": datetime.now(UTC).date().isoformat(),
            "recipe": asdict(recipe),
            "corpora": {name: sum(e.corpus == name for e in examples) for name in recipe.corpora},
        },
    )


def _view(
    texts: Sequence[str], *, chars: bool, max_features: int, min_df: int, cues: bool = False
) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = TfidfVectorizer(
        analyzer=lambda text: analyze_features(text, chars=chars, cues=cues),
        sublinear_tf=True,
        min_df=min_df,
        max_features=max_features,
        dtype=np.float32,
    )
    features = fitted.fit_transform(texts).tocsr()
    features.sort_indices()  # liblinear would sort them, in place, in every worker
    vocabulary = {str(k): int(v) for k, v in fitted.vocabulary_.items()}
    return Vectorizer(vocabulary, fitted.idf_.astype(np.float32), chars, cues), features


def fit_head(
    features: Any,
    target: NDArray[np.bool_],
    c: float,
    balanced: bool = False,
    sample_weight: NDArray[np.float64] | None = None,
) -> Any:
    from sklearn.linear_model import LogisticRegression

    weight = "balanced" if balanced else None
    model = LogisticRegression(C=c, solver="liblinear", max_iter=2000, class_weight=weight)
    return model.fit(features, target, sample_weight=sample_weight)


def emotion_out_of_fold(
    features: Any, targets: NDArray[np.bool_], recipe: Recipe
) -> NDArray[np.float32]:
    from joblib import Parallel, delayed
    from sklearn.model_selection import KFold

    def one_label(j: int) -> NDArray[np.float32]:
        column = np.zeros(features.shape[0], dtype=np.float32)
        for fit_rows, held in KFold(recipe.folds, shuffle=True, random_state=0).split(features):
            model = fit_head(features[fit_rows], targets[fit_rows, j], recipe.emotion_c)
            column[held] = model.predict_proba(features[held])[:, 1]
        return column

    columns = Parallel(n_jobs=-1, max_nbytes=None)(
        delayed(one_label)(j) for j in range(targets.shape[1])
    )
    return np.column_stack(columns)


def _fit_heads(
    features: Any, targets: NDArray[np.bool_], c: float
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    from joblib import Parallel, delayed

    models = Parallel(n_jobs=-1, max_nbytes=None)(
        delayed(fit_head)(features, targets[:, j], c) for j in range(targets.shape[1])
    )
    weights = np.column_stack([m.coef_[0] for m in models]).astype(np.float32)
    return weights, np.array([m.intercept_[0] for m in models], dtype=np.float32)


def _choose_mix(
    out_of_fold: dict[str, NDArray[np.float32]],
    targets: NDArray[np.bool_],
    recipe: Recipe,
    progress: Progress,
) -> tuple[float, dict[str, float]]:
    best: tuple[float, float, dict[str, float]] = (-1.0, 0.5, {})
    for share in recipe.word_shares:
        mixed = share * out_of_fold["words"] + (1 - share) * out_of_fold["chars"]
        thresholds = {
            label: best_f1_threshold(targets[:, j], mixed[:, j])
            for j, label in enumerate(GOEMOTIONS)
        }
        score = float(
            np.mean(
                [
                    _f1(targets[:, j], mixed[:, j] >= thresholds[label])
                    for j, label in enumerate(GOEMOTIONS)
                ]
            )
        )
        progress(f"word share {share}: out-of-fold macro-F1 {score:.4f}")
        if score > best[0]:
            best = (score, share, thresholds)
    return best[1], best[2]


def _negative_heads(
    views: dict[str, Any], negative: NDArray[np.bool_], examples: Sequence[Example], recipe: Recipe
) -> tuple[dict[str, tuple[NDArray[np.float32], float]], float]:
    # The threshold is chosen on a held-out fifth of every corpus but GoEmotions (whose dev split
    # is the evaluation): complaint letters, reviews, subtitles and the project's own messages
    # together, so it does not fit one register. The fifth is picked by a hash: the same every run.
    held = np.array([e.corpus != "goemotions" and held_out_fifth(e.text) for e in examples])
    weights = dict(recipe.corpus_weights)
    sample = np.array([weights.get(e.corpus, 1.0) for e in examples])
    heads: dict[str, tuple[NDArray[np.float32], float]] = {}
    probes = []
    for name, (_, features) in views.items():
        probe = fit_head(features[~held], negative[~held], recipe.negative_c, True, sample[~held])
        probes.append(probe.predict_proba(features[held])[:, 1])
        model = fit_head(features, negative, recipe.negative_c, balanced=True, sample_weight=sample)
        heads[name] = (model.coef_[0].astype(np.float32), float(model.intercept_[0]))
    threshold = best_macro_f1_threshold(negative[held], np.mean(probes, axis=0))
    return heads, threshold


def held_out_fifth(text: str) -> bool:
    return int(hashlib.md5(text.encode()).hexdigest(), 16) % 5 == 0


def _f1(truth: NDArray[np.bool_], predicted: NDArray[np.bool_]) -> float:
    tp = float(np.sum(predicted & truth))
    return 2 * tp / (float(predicted.sum()) + float(truth.sum()) or 1.0)


# The rarest labels' best thresholds sit at the bottom of a 0.01 grid (grief, relief,
# nervousness: 0.02-0.03), so the grid is finer below 0.02 (out-of-fold macro-F1 0.479 -> 0.481).
_F1_CANDIDATES = np.concatenate([np.arange(0.005, 0.02, 0.0025), np.arange(0.02, 0.95, 0.01)])


def best_f1_threshold(truth: NDArray[np.bool_], scores: NDArray[np.float32]) -> float:
    results = [_f1(truth, scores >= c) for c in _F1_CANDIDATES]
    return round(float(_F1_CANDIDATES[int(np.argmax(results))]), 4)


def best_macro_f1_threshold(truth: NDArray[np.bool_], scores: NDArray[np.float32]) -> float:
    candidates = np.arange(0.05, 0.95, 0.01)
    results = [(_f1(truth, scores >= c) + _f1(~truth, scores < c)) / 2 for c in candidates]
    return round(float(candidates[int(np.argmax(results))]), 2)


def model_version(recipe: Recipe, members: Sequence[Member], thresholds: dict[str, float]) -> str:
    """Training date and a hash of the recipe *and the weights as saved*: two trainings that
    differ in anything that changes a prediction get different versions (the ``ml`` heads'
    staleness check keys on it)."""
    digest = hashlib.sha256(repr(asdict(recipe)).encode())
    for member in members:
        digest.update(member.weights.astype(np.float16).tobytes())
        digest.update(member.bias.astype(np.float32).tobytes())
    digest.update(json.dumps(thresholds, sort_keys=True).encode())
    return f"{datetime.now(UTC):%Y.%m.%d}-{digest.hexdigest()[:8]}"
