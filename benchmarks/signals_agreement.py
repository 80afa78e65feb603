"""Agreement between two labellers on the signal gold set: the ceiling for the detector.

    .venv/bin/python benchmarks/signals_agreement.py [--shared PATH]

Labeller A made the gold labels (``data/signals_gold.csv``). Labeller B labelled a sample of 240
of the same messages again, blind to A's labels, into ``data/signals_second_labels.csv`` (ids and
labels only). The sample is drawn here, with ``random.Random(2026)``: 121 rows uniformly from the
rows of the first two labelling rounds (the whole file when B labelled), then 17 rows that A
labelled positive for each signal, so that the rare signals are seen. Per signal the script prints
the positives of each labeller, Cohen's kappa and the F1 of B against A (with a 95% bootstrap
interval over rows), for the whole sample, the uniform part alone and each split, then the
disagreements per source. B's F1 against A is about the best a detector
can be expected to reach against these labels. The texts come from ../shared/data; the comparison
is skipped when that folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.signals_gold import SIGNALS, default_shared_path, load_gold

SECOND_CSV = Path(__file__).resolve().parent / "data" / "signals_second_labels.csv"
SEED = 2026
UNIFORM = 121
PER_SIGNAL = 17
RESAMPLES = 2000
SAMPLED_ROUNDS = (1, 2)
"""The gold file held these rounds' rows when B's sample was drawn; later rows are not in it."""

Key = tuple[str, str]
Labels = dict[str, bool]


def draw_sample(gold: Sequence[dict[str, Any]]) -> dict[Key, str]:
    """The second labeller's rows: (dataset, id) -> "random" or the signal it was drawn for.

    Uses A's labels only to pick the positives of each signal; rows already drawn are skipped.
    """
    positive = {
        (row["dataset"], row["id"]): row["labels"] for row in gold if row["round"] in SAMPLED_ROUNDS
    }
    keys = sorted(positive)
    rng = random.Random(SEED)
    drawn = dict.fromkeys(rng.sample(keys, UNIFORM), "random")
    for signal in SIGNALS:
        pool = [key for key in keys if positive[key][signal] and key not in drawn]
        drawn.update(dict.fromkeys(rng.sample(pool, PER_SIGNAL), signal))
    return drawn


def read_second(path: Path = SECOND_CSV) -> dict[Key, Labels]:
    """Labeller B's labels by (dataset, id)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return {
            (row["dataset"], row["id"]): {signal: row[signal] == "1" for signal in SIGNALS}
            for row in csv.DictReader(handle)
        }


def kappa(pairs: Sequence[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two yes/no labellings (1.0 when both are constant and equal)."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    rate_a = sum(a for a, _ in pairs) / n
    rate_b = sum(b for _, b in pairs) / n
    expected = rate_a * rate_b + (1 - rate_a) * (1 - rate_b)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def f1(pairs: Sequence[tuple[bool, bool]]) -> float:
    """F1 of the second labelling against the first."""
    both = sum(a and b for a, b in pairs)
    total = sum(a for a, _ in pairs) + sum(b for _, b in pairs)
    return 2 * both / total if total else 1.0


def interval(pairs: Sequence[tuple[bool, bool]]) -> tuple[float, float]:
    """95% percentile bootstrap interval of the F1, resampling rows with a fixed seed."""
    rng = random.Random(SEED)
    values = sorted(f1(rng.choices(pairs, k=len(pairs))) for _ in range(RESAMPLES))
    return values[int(0.025 * RESAMPLES)], values[int(0.975 * RESAMPLES) - 1]


def table(title: str, rows: Sequence[tuple[Labels, Labels]]) -> None:
    """One line per signal: positives of A and B, both, kappa, F1 of B against A."""
    print(f"\n## {title} ({len(rows)} rows)")
    print(
        f"{'signal':26s} {'A':>4s} {'B':>4s} {'both':>5s} {'kappa':>6s} {'F1':>5s} {'95% CI':>11s}"
    )
    for signal in SIGNALS:
        pairs = [(a[signal], b[signal]) for a, b in rows]
        n_a = sum(a for a, _ in pairs)
        n_b = sum(b for _, b in pairs)
        n_both = sum(a and b for a, b in pairs)
        low, high = interval(pairs)
        print(
            f"{signal:26s} {n_a:4d} {n_b:4d} {n_both:5d} {kappa(pairs):6.2f} {f1(pairs):5.2f}"
            f"  {low:.2f}-{high:.2f}"
        )
    agree = sum(a == b for a, b in rows)
    print(f"rows where all 7 labels agree: {agree} of {len(rows)}")


def by_source(rows: Sequence[dict[str, Any]], pairs: Sequence[tuple[Labels, Labels]]) -> None:
    """How many of the 7 labels differ, summed over the rows of each source."""
    sources = Counter(row["dataset"] for row in rows)
    differ: Counter[str] = Counter()
    for row, (a, b) in zip(rows, pairs, strict=True):
        differ[row["dataset"]] += sum(a[signal] != b[signal] for signal in SIGNALS)
    parts = (f"{name} {differ[name]} in {count} rows" for name, count in sorted(sources.items()))
    print("\nlabels that differ, per source: " + ", ".join(parts))


def report(shared: Path) -> None:
    """All tables, for the rows of the second labelling whose text is in `shared`."""
    gold = load_gold(shared)
    sample = draw_sample(gold)
    second = read_second()
    if set(second) != set(sample):
        print(f"warning: {SECOND_CSV.name} does not hold exactly the sample drawn with seed {SEED}")
    rows = [row for row in gold if (row["dataset"], row["id"]) in second]
    pairs = [(row["labels"], second[(row["dataset"], row["id"])]) for row in rows]
    table("labeller B against A, whole sample", pairs)
    uniform = [
        pair
        for row, pair in zip(rows, pairs, strict=True)
        if sample.get((row["dataset"], row["id"])) == "random"
    ]
    table("uniform part only", uniform)
    for split in ("dev", "test"):
        table(
            f"{split} split", [p for r, p in zip(rows, pairs, strict=True) if r["split"] == split]
        )
    by_source(rows, pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_path())
    args = parser.parse_args()
    if not (args.shared / "twcs_customer_support_twitter").is_dir():
        print(f"agreement skipped: no shared data at {args.shared}")
        return
    report(args.shared)


if __name__ == "__main__":
    main()
