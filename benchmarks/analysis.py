"""Quality and speed of the analysis engine, side by side with VADER and NRCLex.

    .venv/bin/python benchmarks/analysis.py [--analyzer default] [--skip-baselines]

Prints: GoEmotions dev macro-F1 (28 labels, thresholds tuned on train only) with per-label F1;
`negative` on the airline tweets (never trained on): ROC-AUC and the binary decision's macro-F1;
signal F1 on the hand-labelled gold set (dev and test); topic macro-F1 on the airline negative
reasons; texts/s in one process and single-text latency through the Python API. Needs
../shared/data; VADER and NRCLex come with `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amends.analysis import corpora, create_analyzer
from amends.analysis.base import Analyzer
from amends.analysis.features import tokens
from amends.analysis.labels import GOEMOTIONS
from amends.analysis.signals import SIGNALS
from benchmarks.signals_gold import load_gold

NRC_TO_GOEMOTIONS = {
    "anger": "anger",
    "disgust": "disgust",
    "fear": "fear",
    "joy": "joy",
    "sadness": "sadness",
    "surprise": "surprise",
}


def f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    tp = float(np.sum(truth & predicted))
    denominator = float(truth.sum() + predicted.sum())
    return 2 * tp / denominator if denominator else 0.0


def auc(truth: np.ndarray, scores: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(truth, scores))


def macro_binary(truth: np.ndarray, predicted: np.ndarray) -> float:
    return (f1(truth, predicted) + f1(~truth, ~predicted)) / 2


def batched(analyzer: Analyzer, texts: Sequence[str], size: int = 2000) -> list:  # type: ignore[type-arg]
    results = []
    for start in range(0, len(texts), size):
        results.extend(analyzer.analyze(texts[start : start + size]))
    return results


def goemotions_report(analyzer: Analyzer, shared: Path, nrc: Callable[[str], dict] | None) -> None:  # type: ignore[type-arg]
    dev = list(corpora.goemotions(shared, "dev"))
    truth = np.array([[label in e.labels for label in GOEMOTIONS] for e in dev])
    results = batched(analyzer, [e.text for e in dev])
    predicted = np.array([[label in r.labels for label in GOEMOTIONS] for r in results])
    per_label = {label: f1(truth[:, j], predicted[:, j]) for j, label in enumerate(GOEMOTIONS)}
    print(f"\n## GoEmotions dev ({len(dev):,} texts), 28 labels")
    macro = np.mean(list(per_label.values()))
    print(f"amends {analyzer.name}: macro-F1 {macro:.3f}")
    print("per label: " + ", ".join(f"{k} {v:.2f}" for k, v in per_label.items()))
    if nrc is not None:
        scores = [nrc(e.text) for e in dev]
        six = list(NRC_TO_GOEMOTIONS.values())
        ours = np.mean([per_label[label] for label in six])
        theirs = np.mean(
            [
                f1(truth[:, GOEMOTIONS.index(g)], np.array([s.get(n, 0) > 0 for s in scores]))
                for n, g in NRC_TO_GOEMOTIONS.items()
            ]
        )
        print(f"the 6 labels NRCLex also has ({', '.join(six)}):")
        print(f"  macro-F1 amends {ours:.3f}, NRCLex {theirs:.3f}")


def airline_report(
    analyzer: Analyzer,
    shared: Path,
    vader: Callable[[str], float] | None,
    nrc: Callable[[str], dict] | None,  # type: ignore[type-arg]
) -> None:
    rows = list(corpora.airline(shared))
    texts = [text for _, _, _, text in rows]
    truth = np.array([sentiment == "negative" for _, sentiment, _, _ in rows])
    results = batched(analyzer, texts)
    scores = np.array([r.negative for r in results])
    decided = np.array([r.is_negative for r in results])
    print(f"\n## `negative` on {len(rows):,} airline tweets ({truth.mean():.0%} negative)")
    print("(never trained on; macro-F1 of the negative / not-negative decision)")
    line(f"amends {analyzer.name}", truth, scores, decided)
    if vader is not None:
        compound = np.array([vader(t) for t in texts])
        line("VADER (compound <= -0.05)", truth, -compound, compound <= -0.05)
    if nrc is not None:
        affect = [nrc(t) for t in texts]
        polarity = np.array([a.get("negative", 0) - a.get("positive", 0) for a in affect])
        line("NRCLex (more negative words)", truth, polarity, polarity > 0)


def line(name: str, truth: np.ndarray, scores: np.ndarray, decided: np.ndarray) -> None:
    print(f"{name}: ROC-AUC {auc(truth, scores):.3f}, macro-F1 {macro_binary(truth, decided):.3f}")


def signals_report(analyzer: Analyzer, shared: Path) -> None:
    gold = load_gold(shared)
    print(f"\n## Signals on the hand-labelled gold set ({len(gold)} real messages)")
    results = batched(analyzer, [row["text"] for row in gold])
    for split in ("dev", "test"):
        rows = [(g, r) for g, r in zip(gold, results, strict=True) if g["split"] == split]
        cells = []
        for name in SIGNALS:
            truth = np.array([g["labels"][name] for g, _ in rows])
            predicted = np.array([r.signals[name] for _, r in rows])
            precision = float((truth & predicted).sum() / max(predicted.sum(), 1))
            recall = float((truth & predicted).sum() / max(truth.sum(), 1))
            score = f1(truth, predicted)
            cells.append(
                f"  {name}: F1 {score:.2f} (P {precision:.2f}, R {recall:.2f}; n={truth.sum()})"
            )
        print(f"{split}:")
        print("\n".join(cells))


def speed_report(analyzer: Analyzer, shared: Path) -> None:
    texts = [text for _, _, _, text in corpora.airline(shared)][:10_000]
    analyzer.analyze(texts[:100])  # warm
    started = time.perf_counter()
    for start in range(0, len(texts), 1000):
        analyzer.analyze(texts[start : start + 1000])
    rate = len(texts) / (time.perf_counter() - started)
    single = []
    for text in texts[:1000]:
        began = time.perf_counter()
        analyzer.analyze([text])
        single.append((time.perf_counter() - began) * 1000)
    print("\n## Speed (one process)")
    median, p95 = statistics.median(single), float(np.percentile(single, 95))
    print(f"batches of 1,000 short texts: {rate:,.0f} texts/s")
    print(f"one text through the Python API: median {median:.2f} ms, p95 {p95:.2f} ms")


def baselines() -> tuple[Callable[[str], float] | None, Callable[[str], dict] | None]:  # type: ignore[type-arg]
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        polarity = SentimentIntensityAnalyzer().polarity_scores

        def vader(text: str) -> float:
            return float(polarity(text)["compound"])

    except ImportError:
        vader = None  # type: ignore[assignment]
        print("VADER not installed (pip install -e '.[bench]'): skipped")
    try:
        from nrclex import NRCLex

        def nrc(text: str) -> dict:  # type: ignore[type-arg]
            lexicon = NRCLex()
            lexicon.load_token_list([word for word, _, _ in tokens(text)])
            return dict(lexicon.raw_emotion_scores)
    except ImportError:
        nrc = None  # type: ignore[assignment]
        print("NRCLex not installed (pip install -e '.[bench]'): skipped")
    return vader, nrc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--analyzer", default="default")
    parser.add_argument("--shared", type=Path, default=corpora.default_shared_data())
    parser.add_argument("--skip-baselines", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "goemotions" / "dev.tsv").is_file():
        print(f"skipped: no shared data at {args.shared}")
        return
    started = time.perf_counter()
    analyzer = create_analyzer(args.analyzer)
    loaded = time.perf_counter() - started
    print(f"# amends analysis: {analyzer.name} {analyzer.version}, loaded in {loaded:.2f} s")
    vader, nrc = (None, None) if args.skip_baselines else baselines()
    goemotions_report(analyzer, args.shared, nrc)
    airline_report(analyzer, args.shared, vader, nrc)
    signals_report(analyzer, args.shared)
    print("\n## Topics: airline negative reasons (benchmarks/topics.py)")
    from benchmarks import topics

    tweets = args.shared / "twitter_us_airline_sentiment" / "Tweets.csv"
    sys.argv = [sys.argv[0], "--data", str(tweets)]
    topics.main()
    speed_report(analyzer, args.shared)


if __name__ == "__main__":
    main()
