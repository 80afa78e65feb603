"""The signal detectors on real, hand-labelled customer messages (benchmarks/data/).

The texts are read from ../shared/data at test time (their licences keep them out of the repo);
without it these tests skip. The floors sit a little under the measured test-split F1 (see
benchmarks/README.md): they catch a regression, they do not restate the target.
"""

from __future__ import annotations

import pytest
from benchmarks.signals_gold import default_shared_path, load_gold

from amends.analysis.signals import SIGNALS, detect_signals

SHARED = default_shared_path()
pytestmark = pytest.mark.skipif(
    not (SHARED / "twitter_us_airline_sentiment").is_dir(),
    reason=f"the shared data ({SHARED}) is not on this machine",
)

FLOORS = {
    "follow_up_requested": 0.65,
    "churn_threat": 0.65,
    "public_escalation_threat": 0.55,
    "repeat_contact": 0.60,
    "long_wait": 0.50,
    "transferred": 0.70,
    "broken_promise": 0.50,
}


def _f1(split: str, signal: str) -> float:
    rows = load_gold(SHARED, split=split)
    assert len(rows) > 250, "the gold set no longer joins with the shared data"
    tp = fp = fn = 0
    for row in rows:
        found = signal in detect_signals(row["text"])
        truth = row["labels"][signal]
        tp += found and truth
        fp += found and not truth
        fn += truth and not found
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.parametrize("signal", SIGNALS)
def test_each_signal_holds_its_f1_on_the_held_out_test_split(signal: str) -> None:
    assert _f1("test", signal) >= FLOORS[signal]
