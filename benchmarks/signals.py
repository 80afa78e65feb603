"""Quality and speed of the rule-based signal detectors and cues.

    .venv/bin/python benchmarks/signals.py [--split dev|test|both] [--shared PATH]

Prints per-signal precision, recall and F1 on the hand-labelled gold set (``data/signals_gold.csv``,
texts read from ../shared/data), the same for the `random` part alone (honest precision) and for
tweets and CFPB narratives apart, then the demo scenarios (each tagged feedback item of
``amends.demo.generate``), then microseconds per text for ``detect_signals`` +
``detect_complaint`` + ``detect_undervalued`` on ~2,000 demo texts. Tune on ``--split dev`` only;
the test split is for the final report. The gold set is skipped when ../shared/data is absent; the
demo and speed figures need no data.
"""

from __future__ import annotations

import argparse
import sys
import timeit
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amends.analysis import lexicon_engine
from amends.analysis.cues import detect_complaint, detect_undervalued
from amends.analysis.signals import SIGNALS, detect_signals
from amends.demo import generate
from benchmarks.signals_gold import default_shared_path, load_gold

DEMO_TAGS: dict[str, str] = {
    "follow_up_requested": "follow_up_request",
    "churn_threat": "churn_threat",
    "public_escalation_threat": "public_threat",
    "repeat_contact": "repeat_contact",
    "long_wait": "long_hold",
    "transferred": "transferred",
    "broken_promise": "broken_promise",
}
"""The demo generator's scenario tag for each signal."""

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def scores(pairs: Iterable[tuple[bool, bool]]) -> tuple[float, float, float, int, int]:
    """Precision, recall, F1, positives and predictions of (truth, predicted) pairs."""
    hit = truths = predicted = 0
    for truth, guess in pairs:
        hit += truth and guess
        truths += truth
        predicted += guess
    precision = hit / predicted if predicted else 0.0
    recall = hit / truths if truths else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, truths, predicted


def table(title: str, names: Sequence[str], rows: list[tuple[dict[str, bool], set[str]]]) -> None:
    """One line per name: truth from the dicts, predictions from the sets."""
    print(f"\n## {title} ({len(rows)} texts)")
    print(f"{'signal':26s} {'P':>5s} {'R':>5s} {'F1':>5s} {'n':>5s} {'pred':>5s}")
    for name in names:
        p, r, f, n, k = scores((truth[name], name in found) for truth, found in rows)
        print(f"{name:26s} {p:5.2f} {r:5.2f} {f:5.2f} {n:5d} {k:5d}")


def gold_report(shared: Path, splits: Sequence[str]) -> None:
    for split in splits:
        gold = load_gold(shared, split=split)
        found = [set(detect_signals(row["text"])) for row in gold]
        rows = [(row["labels"], hits) for row, hits in zip(gold, found, strict=True)]
        table(f"gold {split}", SIGNALS, rows)
        random = [pair for row, pair in zip(gold, rows, strict=True) if row["part"] == "random"]
        table(f"gold {split}, `random` part only", SIGNALS, random)
        # Short messages and long complaint letters fail in different ways: shown apart.
        for kind, datasets in (("tweets", {"twcs", "airline"}), ("CFPB", {"cfpb", "cfpb_extra"})):
            part = [p for row, p in zip(gold, rows, strict=True) if row["dataset"] in datasets]
            table(f"gold {split}, {kind} only", SIGNALS, part)


def demo_texts(count: int) -> list[dict[str, Any]]:
    """Demo feedback items that carry a text (some are a bare score)."""
    return [item for item in generate(now=NOW, feedback=count).feedback if item["text"]]


def demo_report(feedback: list[dict[str, Any]]) -> None:
    """Scores against the generator's scenario tags, then what the false positives are tagged with:
    a tag is narrower than a definition (a parcel "5 days late" is a wait, though not a
    ``long_hold``)."""
    rows: list[tuple[dict[str, bool], set[str]]] = []
    stray: dict[str, Counter[str]] = {name: Counter() for name in (*SIGNALS, "undervalued")}
    for item in feedback:
        text = str(item["text"])
        tags = set(item["scenario"])
        truth = {name: tag in tags for name, tag in DEMO_TAGS.items()}
        truth["undervalued"] = "undervalued" in tags
        found = set(detect_signals(text))
        if detect_undervalued(text):
            found.add("undervalued")
        rows.append((truth, found))
        for name in found - {name for name, present in truth.items() if present}:
            stray[name].update(tags or {"(none)"})
    table("demo scenarios", [*SIGNALS, "undervalued"], rows)
    print("\nfalse positives by the scenarios they carry (top 3):")
    for name, tags in stray.items():
        if tags:
            print(f"  {name}: " + ", ".join(f"{tag} {count}" for tag, count in tags.most_common(3)))


def speed_report(texts: list[str]) -> None:
    """Microseconds per text, all three detectors, with the per-text cache defeated."""

    def run(detectors: Sequence[Callable[[str], object]]) -> None:
        for text in texts:
            lexicon_engine.prepare.cache_clear()  # a fresh text each time, as in production
            for detect in detectors:
                detect(text)

    detectors = (detect_signals, detect_complaint, detect_undervalued)
    run(detectors)  # compile the lexicons first
    best = min(timeit.repeat(lambda: run(detectors), number=1, repeat=5))
    mean = sum(map(len, texts)) / len(texts)
    print(f"\n## Speed ({len(texts)} demo texts, mean {mean:.0f} characters)")
    print(f"signals + complaint + undervalued: {best / len(texts) * 1e6:.1f} us per text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--shared", type=Path, default=default_shared_path())
    parser.add_argument("--demo", type=int, default=2400, help="demo feedback items to draw")
    args = parser.parse_args()
    if (args.shared / "twcs_customer_support_twitter").is_dir():
        gold_report(args.shared, ("dev", "test") if args.split == "both" else (args.split,))
    else:
        print(f"gold set skipped: no shared data at {args.shared}")
    feedback = demo_texts(args.demo)
    demo_report(feedback)
    speed_report([str(item["text"]) for item in feedback])


if __name__ == "__main__":
    main()
