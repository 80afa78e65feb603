"""Would a learned detector beat the signal rules on complaint letters? An experiment, not shipped.

    .venv/bin/python benchmarks/signals_learned.py [--test] [--shared PATH]

The rules reach F1 0.5-0.8 on messages they were not tuned on (benchmarks/README.md). A learned
detector needs labelled text a shipped model may be trained on: of the gold set's sources only the
CFPB narratives qualify (public domain; the tweets are non-commercial). So this trains, per signal,
a logistic regression on word 1-3-gram TF-IDF of the *dev* CFPB rows of ``data/signals_gold.csv``
and compares, on CFPB narratives:

* ``rules``: ``detect_signals`` as shipped;
* ``learned``: the text model alone;
* ``rules+learned``: the text model with the rules' finding as one more feature;
* ``rules or learned``: a signal when either says so.

Each learned variant's decision threshold is the one with the best F1 over 5-fold out-of-fold
predictions on dev. Printed first: those out-of-fold F1s (the rules' dev figure is flattering: they
were tuned on these rows). With ``--test``, the variants are then fitted on all dev rows and scored
once on the test CFPB rows — the honest comparison. Needs ../shared/data and scikit-learn.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amends.analysis.signals import SIGNALS, detect_signals
from benchmarks.signals_gold import default_shared_path, load_gold

FOLDS = 5
C = 4.0
VARIANTS = ("rules", "learned", "rules+learned", "rules or learned")


def f1(truth: NDArray[np.bool_], predicted: NDArray[np.bool_]) -> float:
    hit = float(np.sum(truth & predicted))
    total = float(truth.sum() + predicted.sum())
    return 2 * hit / total if total else 0.0


def best_threshold(truth: NDArray[np.bool_], scores: NDArray[np.float64]) -> float:
    candidates = np.arange(0.05, 0.96, 0.01)
    return float(candidates[int(np.argmax([f1(truth, scores >= c) for c in candidates]))])


def features(train: Sequence[str], other: Sequence[str]) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        ngram_range=(1, 3), min_df=2, sublinear_tf=True, max_features=50_000
    )
    return vectorizer.fit_transform(train), vectorizer.transform(other)


def with_rule(matrix: Any, ruled: NDArray[np.bool_]) -> Any:
    from scipy.sparse import hstack

    return hstack([matrix, ruled.astype(np.float64)[:, None]]).tocsr()


def fit_predict(train_x: Any, train_y: NDArray[np.bool_], other_x: Any) -> NDArray[np.float64]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000)
    if train_y.all() or not train_y.any():
        return np.full(other_x.shape[0], float(train_y.mean()))
    return np.asarray(model.fit(train_x, train_y).predict_proba(other_x)[:, 1])


def scores_of(
    train: Sequence[str],
    train_rules: NDArray[np.bool_],
    train_y: NDArray[np.bool_],
    other: Sequence[str],
    other_rules: NDArray[np.bool_],
) -> dict[str, NDArray[np.float64]]:
    """Each learned variant's probabilities on ``other`` after fitting on ``train``."""
    train_x, other_x = features(train, other)
    plain = fit_predict(train_x, train_y, other_x)
    ruled = fit_predict(with_rule(train_x, train_rules), train_y, with_rule(other_x, other_rules))
    return {"learned": plain, "rules+learned": ruled, "rules or learned": plain}


def decide(variant: str, scores: NDArray[np.float64], rules: NDArray[np.bool_], cut: float) -> Any:
    if variant == "rules or learned":
        return rules | (scores >= cut)
    return scores >= cut


def out_of_fold(
    texts: list[str], rules: NDArray[np.bool_], truth: NDArray[np.bool_]
) -> dict[str, NDArray[np.float64]]:
    from sklearn.model_selection import StratifiedKFold

    oof = {variant: np.zeros(len(texts)) for variant in VARIANTS[1:]}
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
    for fit_rows, held in folds.split(np.zeros(len(texts)), truth):
        found = scores_of(
            [texts[i] for i in fit_rows],
            rules[fit_rows],
            truth[fit_rows],
            [texts[i] for i in held],
            rules[held],
        )
        for variant, values in found.items():
            oof[variant][held] = values
    return oof


def thresholds_on_dev(
    oof: dict[str, NDArray[np.float64]], rules: NDArray[np.bool_], truth: NDArray[np.bool_]
) -> tuple[dict[str, float], dict[str, float]]:
    cuts, figures = {}, {"rules": f1(truth, rules)}
    for variant, values in oof.items():
        if variant == "rules or learned":
            candidates = np.arange(0.05, 0.96, 0.01)
            scored = [f1(truth, rules | (values >= c)) for c in candidates]
            cuts[variant] = float(candidates[int(np.argmax(scored))])
        else:
            cuts[variant] = best_threshold(truth, values)
        figures[variant] = f1(truth, decide(variant, values, rules, cuts[variant]))
    return cuts, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_path())
    parser.add_argument("--test", action="store_true", help="score once on the test CFPB rows")
    args = parser.parse_args()
    if not (args.shared / "cfpb_consumer_complaints").is_dir():
        print(f"skipped: no shared data at {args.shared}")
        return
    cfpb = [r for r in load_gold(args.shared) if r["dataset"] in ("cfpb", "cfpb_extra")]
    dev = [r for r in cfpb if r["split"] == "dev"]
    test = [r for r in cfpb if r["split"] == "test"] if args.test else []
    dev_texts = [r["text"] for r in dev]
    dev_found = [detect_signals(text) for text in dev_texts]
    test_texts = [r["text"] for r in test]
    test_found = [detect_signals(text) for text in test_texts]
    print(
        f"# CFPB narratives: {len(dev)} dev rows to learn from"
        + (f", {len(test)} test" if test else "")
    )
    header = f"{'signal':26s} {'n':>4s} " + " ".join(f"{v:>16s}" for v in VARIANTS)
    dev_lines, test_lines = [header], [header]
    for signal in SIGNALS:
        truth = np.array([r["labels"][signal] for r in dev])
        rules = np.array([signal in found for found in dev_found])
        cuts, figures = thresholds_on_dev(out_of_fold(dev_texts, rules, truth), rules, truth)
        dev_lines.append(
            f"{signal:26s} {int(truth.sum()):4d} "
            + " ".join(f"{figures[v]:16.2f}" for v in VARIANTS)
        )
        if test:
            test_truth = np.array([r["labels"][signal] for r in test])
            test_rules = np.array([signal in found for found in test_found])
            scored = scores_of(dev_texts, rules, truth, test_texts, test_rules)
            row = {"rules": f1(test_truth, test_rules)}
            for variant, values in scored.items():
                row[variant] = f1(test_truth, decide(variant, values, test_rules, cuts[variant]))
            test_lines.append(
                f"{signal:26s} {int(test_truth.sum()):4d} "
                + " ".join(f"{row[v]:16.2f}" for v in VARIANTS)
            )
    print("\n## dev, out-of-fold F1 (rules: tuned on these rows, so flattering)")
    print("\n".join(dev_lines))
    if test:
        print("\n## test, F1 (fitted on all dev rows; thresholds from dev out-of-fold)")
        print("\n".join(test_lines))


if __name__ == "__main__":
    main()
