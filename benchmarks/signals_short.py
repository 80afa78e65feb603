"""Could heads learned from the project's own short messages beat the rules on real tweets?

    .venv/bin/python benchmarks/signals_short.py [--shared PATH]

The rules score F1 0.8-0.9 on the dev tweets they were tuned on and far less on tweets they have
not seen. The labelled tweets may not train a shipped model (non-commercial licence), so this
trains the letter heads' recipe (``signal_training.fit_signal_heads``: word n-grams plus the
rules' finding, thresholds from out-of-fold F1) on short messages the project wrote and labelled
itself (``benchmarks/signal_messages_*.py``: 1,000 messages in our own words), and scores, on the
gold set's round-8 tweets — dev-side tweets labelled blind that no rule or head was ever tuned on
— the rules, the heads, and either-says-so.
An experiment: nothing here is shipped. Needs ../shared/data and scikit-learn.

Result (2026-11-25), F1 rules → heads on the 439 round-8 tweets: follow_up 0.84 → 0.81, churn
0.59 → 0.48, repeat 0.50 → 0.53, long_wait 0.70 → 0.72, broken_promise 0.44 → 0.48
(transferred: 3 positives; public escalation: none). No clear gain — the written messages do not
stand in for real tweets — so short messages stay with the rules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amends.analysis.features import tokens
from amends.analysis.signal_training import fit_signal_heads
from amends.analysis.signals import SIGNALS, detect_signals
from benchmarks import signal_messages_0, signal_messages_1
from benchmarks.signals_gold import default_shared_path, load_gold

UNSEEN_ROUND = 8


def written_messages() -> list[tuple[str, dict[str, bool]]]:
    """Every ``benchmarks.signal_messages_*`` module's (text, labels)."""
    found = []
    for module in (signal_messages_0, signal_messages_1):
        for text, flags in module.MESSAGES:
            found.append((text, {s: f == "1" for s, f in zip(SIGNALS, flags, strict=True)}))
    return found


def f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    hit = float(np.sum(truth & predicted))
    total = float(truth.sum() + predicted.sum())
    return 2 * hit / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_path())
    args = parser.parse_args()
    if not (args.shared / "twitter_us_airline_sentiment").is_dir():
        print(f"skipped: no shared data at {args.shared}")
        return
    messages = written_messages()
    unseen = [r for r in load_gold(args.shared, split="dev") if r["round"] == UNSEEN_ROUND]
    print(f"# {len(messages)} project-written messages to learn from; {len(unseen)} unseen tweets")
    heads = fit_signal_heads([m[0] for m in messages], [m[1] for m in messages], progress=print)
    texts = [r["text"] for r in unseen]
    rules = [detect_signals(text) for text in texts]
    probabilities = heads.probabilities([tokens(text) for text in texts], rules)
    print(f"\n## F1 on the {len(unseen)} round-{UNSEEN_ROUND} tweets (never tuned on)")
    print(f"{'signal':26s} {'n':>4s} {'rules':>6s} {'heads':>6s} {'either':>7s}")
    for j, signal in enumerate(SIGNALS):
        truth = np.array([r["labels"][signal] for r in unseen])
        ruled = np.array([signal in found for found in rules])
        learned = probabilities[:, j] >= heads.thresholds[signal]
        print(
            f"{signal:26s} {int(truth.sum()):4d} {f1(truth, ruled):6.2f} "
            f"{f1(truth, learned):6.2f} {f1(truth, ruled | learned):7.2f}"
        )


if __name__ == "__main__":
    main()
