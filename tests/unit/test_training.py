"""Threshold choice in the training recipe (training.py)."""

from __future__ import annotations

import numpy as np
import pytest

from amends.analysis.training import best_f1_threshold


def test_a_rare_label_can_get_a_threshold_below_two_percent() -> None:
    # A rare label's positives score just above 1%: a 0.02 floor would lose them all.
    truth = np.array([True, True, False, False, False, False])
    scores = np.array([0.014, 0.013, 0.011, 0.004, 0.003, 0.001], np.float32)
    assert best_f1_threshold(truth, scores) == pytest.approx(0.0125)


def test_the_threshold_is_never_below_the_grid() -> None:
    truth = np.array([True, False])
    scores = np.array([0.001, 0.0], np.float32)
    assert best_f1_threshold(truth, scores) == pytest.approx(0.005)
