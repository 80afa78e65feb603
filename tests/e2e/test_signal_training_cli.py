"""`amends model train-signals` end to end, on a tiny CFPB-shaped corpus written for the test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from amends.analysis.signal_model import LetterSignals
from amends.analysis.signals import SIGNALS
from tests.e2e.conftest import run

# A phrase per signal, so each head has something to learn; our own words, no corpus text.
PHRASES = {
    "follow_up_requested": "please have a manager call me",
    "churn_threat": "I am closing my account",
    "public_escalation_threat": "my attorney will file suit",
    "repeat_contact": "this is my fourth letter",
    "long_wait": "I have waited three months",
    "transferred": "they transferred me between departments",
    "broken_promise": "they promised a refund that never came",
}


def _corpus(folder: Path) -> tuple[Path, Path]:
    """Twenty dev letters (each signal in half of them), one test letter and one tweet."""
    shared = folder / "shared"
    cfpb = shared / "cfpb_consumer_complaints"
    cfpb.mkdir(parents=True)
    rows, labels = [], []
    for number in range(22):
        flags = {s: (number + j) % 2 == 0 for j, s in enumerate(SIGNALS)}
        said = [PHRASES[s] for s in SIGNALS if flags[s]]
        text = f"Letter {number} about my credit card statement. " + ". ".join(said) + "."
        split = "test" if number == 21 else "dev"
        dataset = "twcs" if number == 20 else "cfpb"
        rows.append({"Complaint ID": str(number), "Consumer complaint narrative": text})
        labels.append({"dataset": dataset, "id": str(number), "split": split, **flags})
    with (cfpb / "complaints.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["Complaint ID", "Consumer complaint narrative"])
        writer.writeheader()
        writer.writerows(rows)
    with (cfpb / "narratives_extra.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(["extra_id", "Consumer complaint narrative"])
    gold = folder / "labels.csv"
    with gold.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["dataset", "id", "split", *SIGNALS])
        writer.writeheader()
        writer.writerows({**r, **{s: int(r[s]) for s in SIGNALS}} for r in labels)
    return shared, gold


def test_train_signals_learns_from_the_dev_cfpb_letters_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared, gold = _corpus(tmp_path)
    output = tmp_path / "heads"

    code = run(
        "model",
        "train-signals",
        "--shared",
        str(shared),
        "--labels",
        str(gold),
        "--output",
        str(output),
    )

    assert code == 0, capsys.readouterr().err
    assert "signal heads written to" in capsys.readouterr().out
    heads = LetterSignals.load(output)
    assert heads.info["training_rows"] == 20  # not the test letter, not the tweet
    assert heads.info["datasets"] == {"cfpb": 20, "cfpb_extra": 0}
    assert set(heads.thresholds) == set(SIGNALS)


def test_train_signals_refuses_a_folder_without_cfpb_narratives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("model", "train-signals", "--shared", str(tmp_path)) == 2
    assert "no CFPB narratives" in capsys.readouterr().err
