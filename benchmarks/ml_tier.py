"""The `[ml]` tier against the default analyzer, side by side, on the same texts.

    /tmp/mlenv/bin/python benchmarks/ml_tier.py          # any environment with amends[ml]

Prints, for `default` and `ml`: GoEmotions dev macro-F1 (28 labels; neither model has seen dev,
both chose their thresholds on train only); `negative` on every airline tweet (never trained on):
ROC-AUC and the macro-F1 of the negative / not-negative decision; speed through the Python API in
one process: texts/s on 2,000 short texts (airline tweets) in batches of 256, and the median
latency of one text. Without the `[ml]` extra, the `ml` column says why it is missing. Needs
../shared/data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amends.analysis import corpora, create_analyzer
from amends.analysis.base import Analyzer
from amends.analysis.labels import GOEMOTIONS
from benchmarks.analysis import auc, batched, f1, macro_binary

Row = dict[str, float]


def quality(analyzer: Analyzer, shared: Path) -> Row:
    dev = list(corpora.goemotions(shared, "dev"))
    truth = np.array([[label in e.labels for label in GOEMOTIONS] for e in dev])
    results = batched(analyzer, [e.text for e in dev])
    predicted = np.array([[label in r.labels for label in GOEMOTIONS] for r in results])
    macro = float(np.mean([f1(truth[:, j], predicted[:, j]) for j in range(len(GOEMOTIONS))]))
    tweets = list(corpora.airline(shared))
    negative = np.array([sentiment == "negative" for _, sentiment, _, _ in tweets])
    read = batched(analyzer, [text for _, _, _, text in tweets])
    scores = np.array([r.negative for r in read])
    decided = np.array([r.is_negative for r in read])
    return {
        "dev": macro,
        "auc": auc(negative, scores),
        "decision": macro_binary(negative, decided),
    }


def speed(analyzer: Analyzer, shared: Path, *, singles: int) -> Row:
    texts = [text for _, _, _, text in corpora.airline(shared)][:2000]
    analyzer.analyze(texts[:256])  # warm: first-call allocations are not throughput
    started = time.perf_counter()
    for start in range(0, len(texts), 256):
        analyzer.analyze(texts[start : start + 256])
    rate = len(texts) / (time.perf_counter() - started)
    latencies = []
    for text in texts[:singles]:
        began = time.perf_counter()
        analyzer.analyze([text])
        latencies.append((time.perf_counter() - began) * 1000)
    return {"rate": rate, "median_ms": statistics.median(latencies)}


def measure(
    name: str, shared: Path, singles: int, speed_only: bool
) -> tuple[str, Row] | tuple[str, str]:
    if name == "ml":
        import amends.analysis.embedding  # noqa: F401  (registers "ml" where base does not yet)
    started = time.perf_counter()
    try:
        analyzer = create_analyzer(name)
    except ImportError as error:
        return name, str(error)
    loaded = time.perf_counter() - started
    label = f"{analyzer.name} {analyzer.version}"
    print(f"{label}: loaded in {loaded:.1f} s; measuring...", file=sys.stderr, flush=True)
    figures = {} if speed_only else quality(analyzer, shared)
    return label, {"load_s": loaded, **figures, **speed(analyzer, shared, singles=singles)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=corpora.default_shared_data())
    parser.add_argument("--singles", type=int, default=200, help="texts timed one by one")
    parser.add_argument("--speed-only", action="store_true", help="skip the quality figures")
    args = parser.parse_args()
    if not (args.shared / "goemotions" / "dev.tsv").is_file():
        print(f"skipped: no shared data at {args.shared}")
        return
    before = os.getloadavg()[0]
    columns = [
        measure(name, args.shared, args.singles, args.speed_only) for name in ("default", "ml")
    ]
    rows = [
        ("GoEmotions dev macro-F1 (28 labels)", "dev", "{:.3f}"),
        ("airline `negative` ROC-AUC", "auc", "{:.3f}"),
        ("airline `negative` decision macro-F1", "decision", "{:.3f}"),
        ("texts/s (2,000 tweets, batches of 256)", "rate", "{:,.0f}"),
        ("one text, median latency (ms)", "median_ms", "{:.1f}"),
        ("analyzer load (s)", "load_s", "{:.1f}"),
    ]
    print(f"| | {' | '.join(label for label, _ in columns)} |")
    print(f"| --- |{' ---: |' * len(columns)}")
    for title, key, fmt in rows:
        cells = [
            fmt.format(v[key]) if isinstance(v, dict) and key in v else "—" for _, v in columns
        ]
        print(f"| {title} | {' | '.join(cells)} |")
    # Other work on the machine slows the speed figures: the load average says how much there was.
    print(f"\n1-minute load average: {before:.2f} before, {os.getloadavg()[0]:.2f} after")
    for label, value in columns:
        if isinstance(value, str):
            print(f"\n{label}: not measured — {value}")


if __name__ == "__main__":
    main()
