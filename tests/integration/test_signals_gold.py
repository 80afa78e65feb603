"""The signal detectors on real, hand-labelled customer messages (benchmarks/data/).

The texts are read from ../shared/data at test time (their licences keep them out of the repo);
without it these tests skip. The floors sit a little under the measured test-split F1 (see
benchmarks/README.md): they catch a regression, they do not restate the target.
"""

from __future__ import annotations

import pytest
from benchmarks.signals_gold import default_shared_path, load_gold

from amends.analysis import create_analyzer
from amends.analysis.signals import SIGNALS, detect_signals

SHARED = default_shared_path()
pytestmark = pytest.mark.skipif(
    not (SHARED / "twitter_us_airline_sentiment").is_dir(),
    reason=f"the shared data ({SHARED}) is not on this machine",
)

FLOORS = {
    # Measured 2026-11-25 on the 678-row test split (rounds 1-3; rounds 4-5 added dev rows only):
    # 0.62 / 0.76 / 0.74 / 0.75 / 0.66 / 0.76 / 0.57; after round 8 (fourth session) 0.62 / 0.76 /
    # 0.74 / 0.76 / 0.67 / 0.76 / 0.57.
    "follow_up_requested": 0.58,
    "churn_threat": 0.70,
    "public_escalation_threat": 0.68,
    "repeat_contact": 0.70,
    "long_wait": 0.60,
    "transferred": 0.70,
    "broken_promise": 0.52,
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


LETTER_FLOORS = {
    # The analyzer (rules, and the learned heads for letters) on the 289 CFPB test letters,
    # measured 2026-11-25: 0.56 / 0.65 / 0.78 / 0.84 / 0.60 / 0.68 / 0.75.
    "follow_up_requested": 0.50,
    "churn_threat": 0.60,
    "public_escalation_threat": 0.72,
    "repeat_contact": 0.78,
    "long_wait": 0.55,
    "transferred": 0.62,
    "broken_promise": 0.68,
}


@pytest.fixture(scope="module")
def letters_read() -> list[tuple[dict[str, bool], dict[str, bool]]]:
    """Each CFPB test letter's gold labels beside what ``analyze()`` says."""
    rows = [r for r in load_gold(SHARED, split="test") if r["dataset"] in ("cfpb", "cfpb_extra")]
    assert len(rows) > 250, "the gold set no longer joins with the shared data"
    results = create_analyzer("default").analyze([row["text"] for row in rows])
    return [(row["labels"], result.signals) for row, result in zip(rows, results, strict=True)]


@pytest.mark.parametrize("signal", SIGNALS)
def test_the_analyzer_holds_its_f1_on_the_test_letters(
    signal: str, letters_read: list[tuple[dict[str, bool], dict[str, bool]]]
) -> None:
    tp = sum(truth[signal] and said[signal] for truth, said in letters_read)
    wrong = sum(truth[signal] != said[signal] for truth, said in letters_read)
    assert 2 * tp / (2 * tp + wrong) >= LETTER_FLOORS[signal]
