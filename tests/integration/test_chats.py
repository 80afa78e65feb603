"""The analyzer on real customer-support chats (MAIA-DQE, ../shared/data; evaluation only).

Without the shared data these tests skip. The floors sit a little under what
``benchmarks/chats.py`` measured (benchmarks/README.md): they catch a regression, they do not
restate a target.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pytest
from benchmarks.chats import half

from amends.analysis import corpora, create_analyzer
from amends.analysis.corpora import ChatTurn
from amends.analysis.language import guess_language

SHARED = corpora.default_shared_data()
pytestmark = pytest.mark.skipif(
    not (SHARED / "maia_dqe_customer_support" / "emotion_labels.txt").is_file(),
    reason=f"the MAIA-DQE chats are not under {SHARED}",
)


@lru_cache(maxsize=1)
def _turns() -> tuple[ChatTurn, ...]:
    return tuple(corpora.maia_turns(SHARED))


def _test_half() -> list[ChatTurn]:
    # The language cut-offs were chosen on the even-md5 chats; these were not looked at.
    return [t for t in _turns() if half(t) == "test"]


def test_every_customer_turn_that_aligns_is_read() -> None:
    turns = _turns()
    assert len(turns) == 1421
    assert {t.language for t in turns} == {"de", "pt"}
    assert all(len(t.sentences) == len(t.emotions) == len(t.original) for t in turns)


def test_german_and_portuguese_customers_are_told_apart_from_english() -> None:
    turns = _test_half()
    written = np.mean([guess_language(" ".join(t.original)) == t.language for t in turns])
    translated = np.mean([guess_language(" ".join(t.sentences)) == "en" for t in turns])
    # Measured 2026-11-25: 68.7% and 99.9% (function words alone: 51.9%).
    assert written >= 0.65
    assert translated >= 0.995


def test_the_cx_view_ranks_the_annotators_emotions() -> None:
    from sklearn.metrics import roc_auc_score

    turns = _turns()
    results = create_analyzer("default").analyze([" ".join(t.sentences) for t in turns])

    def auc(maia: str, score: list[float]) -> float:
        return float(roc_auc_score([maia in t.emotions for t in turns], score))

    # Measured 2026-11-25: 0.909, 0.854, 0.757, 0.743.
    assert auc("empathy", [r.cx_emotions["gratitude"] for r in results]) >= 0.88
    assert auc("confusion", [r.cx_emotions["confusion"] for r in results]) >= 0.82
    assert auc("frustration", [r.cx_emotions["frustration"] for r in results]) >= 0.72
    negative = [
        any(e in {"anger", "frustration", "disappointment", "anxiety"} for e in t.emotions)
        for t in turns
    ]
    assert roc_auc_score(negative, [r.negative for r in results]) >= 0.71
