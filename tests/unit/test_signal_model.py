"""The learned signal heads for letters: stored without pickle, trained on dev CFPB rows only, and
consulted by the analyzer for letter-length texts only."""

from __future__ import annotations

import logging
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from amends.analysis import signal_model
from amends.analysis.default import DefaultAnalyzer, shipped_model
from amends.analysis.features import Vectorizer, tokens
from amends.analysis.signal_model import LETTER_CHARS, LetterSignals, shipped_letter_signals
from amends.analysis.signal_training import training_rows
from amends.analysis.signals import SIGNALS, detect_signals
from amends.analysis.topics import default_topic_matcher

# Written for this test (no corpus text is copied into the repository). The rules find a
# follow-up request and a transfer; the shipped heads overrule them on two signals (see below).
LETTER = (
    "I opened a credit card with this company in 2019 and always paid my balance on time. "
    "In January a charge of $450 appeared on my statement from a merchant I have never used. "
    "I disputed it the same week. The dispute department kept bouncing me back and forth between "
    "the fraud team and customer service, neither of which would take ownership. Nothing has been "
    "done and the charge is still accruing interest. I need the charge removed. "
    "Please call me back."
)
SHORT = [
    "Please call me back, I have been on hold for 3 hours!",
    "Third time writing: you promised a refund by Friday and nothing. I'm switching to Verizon.",
    "They transferred me four times and then hung up. Posting this on Twitter.",
    "Thanks, all sorted now.",
    "x" * (LETTER_CHARS - 1),
    ("I called five times and was transferred to billing each time. " * 7)[: LETTER_CHARS - 1],
]


@pytest.fixture(scope="module")
def heads() -> LetterSignals:
    shipped = shipped_letter_signals()
    assert shipped is not None, "the package ships analysis/model_signals"
    return shipped


def _analyzers(heads: LetterSignals) -> tuple[DefaultAnalyzer, DefaultAnalyzer]:
    model, topics = shipped_model(), default_topic_matcher()
    return DefaultAnalyzer(model, topics, heads), DefaultAnalyzer(model, topics, None)


def _tiny() -> LetterSignals:
    vocabulary = {"refund": 0, "never": 1, "never came": 2, "call": 3}
    rng = np.random.default_rng(0)
    return LetterSignals(
        vectorizer=Vectorizer(vocabulary, np.array([1.5, 1.2, 2.0, 1.1], np.float32), chars=False),
        weights=rng.normal(size=(4, len(SIGNALS))).astype(np.float32),
        rule_weights=np.full(len(SIGNALS), 3.0, np.float32),
        bias=np.full(len(SIGNALS), -1.0, np.float32),
        thresholds=dict.fromkeys(SIGNALS, 0.5),
        info={"training_rows": 4},
    )


def test_save_and_load_round_trip_without_pickle(tmp_path: Path) -> None:
    tiny = _tiny()
    tiny.save(tmp_path)
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as arrays:
        assert all(arrays[name].dtype != object for name in arrays.files)
    loaded = LetterSignals.load(tmp_path)
    assert loaded.vectorizer.vocabulary == tiny.vectorizer.vocabulary
    assert loaded.thresholds == tiny.thresholds
    assert loaded.info == tiny.info
    np.testing.assert_allclose(loaded.weights, tiny.weights, atol=1e-2)  # stored as float16
    toks = tokens("My refund never came. Call me.")
    for rules in (set(), {"broken_promise"}):
        before, after = tiny.decide(toks, rules), loaded.decide(toks, rules)
        assert [d for d, _ in before.values()] == [d for d, _ in after.values()]
        assert [p for _, p in before.values()] == pytest.approx(
            [p for _, p in after.values()], 1e-2
        )


def test_the_rules_finding_raises_every_head(heads: LetterSignals) -> None:
    toks = tokens(LETTER)
    without, found = heads.decide(toks, set()), heads.decide(toks, set(SIGNALS))
    assert all(found[name][1] > without[name][1] for name in SIGNALS)


def test_training_keeps_only_dev_cfpb_rows() -> None:
    rows = [
        {"dataset": "cfpb", "id": "1", "split": "dev"},
        {"dataset": "cfpb_extra", "id": "2", "split": "dev"},
        {"dataset": "cfpb", "id": "3", "split": "test"},
        {"dataset": "cfpb_extra", "id": "4", "split": "test"},
        {"dataset": "twcs", "id": "5", "split": "dev"},
        {"dataset": "airline", "id": "6", "split": "dev"},
    ]
    assert [r["id"] for r in training_rows(rows)] == ["1", "2"]
    assert training_rows([r for r in rows if r["split"] == "test"]) == []


def test_short_texts_are_analysed_exactly_as_without_the_heads(heads: LetterSignals) -> None:
    learned, rules_only = _analyzers(heads)
    assert all(len(text) < LETTER_CHARS for text in SHORT)
    assert any(detect_signals(text) for text in SHORT)  # the comparison covers found signals
    assert learned.analyze(SHORT) == rules_only.analyze(SHORT)


def test_a_letter_gets_the_heads_decision_with_evidence_in_the_text(heads: LetterSignals) -> None:
    assert len(LETTER) >= LETTER_CHARS
    toks, rules = tokens(LETTER), detect_signals(LETTER)
    decided = heads.decide(toks, rules)
    # The shipped heads overrule the rules here both ways: a follow-up request they read as too
    # weak in a letter, and a repeat contact no rule saw ("kept bouncing me back and forth").
    assert "follow_up_requested" in rules
    assert not decided["follow_up_requested"][0]
    assert "repeat_contact" not in rules
    assert decided["repeat_contact"][0]

    learned, rules_only = _analyzers(heads)
    (with_heads,), (without,) = learned.analyze([LETTER]), rules_only.analyze([LETTER])
    assert without.signals == {name: name in rules for name in SIGNALS}
    assert with_heads.signals == {name: decided[name][0] for name in SIGNALS}
    assert "follow_up_requested" not in with_heads.evidence
    # Found by both: the rules' exact phrase is the evidence.
    assert with_heads.evidence["transferred"] == rules["transferred"]
    # Found by the heads alone: the n-grams that pushed them, inside the letter, not overlapping.
    spans = with_heads.evidence["repeat_contact"]
    assert 1 <= len(spans) <= 3
    assert all(LETTER[s.start : s.end] == s.text for s in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert spans == heads.explain(LETTER, toks, "repeat_contact")


def test_missing_heads_fall_back_to_the_rules_and_say_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(signal_model, "SHIPPED_SIGNAL_MODEL", tmp_path / "absent")
    shipped_letter_signals.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=signal_model.__name__):
            assert shipped_letter_signals() is None
            assert shipped_letter_signals() is None
        assert len(caplog.records) == 1  # once per process, not once per call
    finally:
        shipped_letter_signals.cache_clear()


def test_a_mixed_batch_reads_each_text_as_it_would_alone(heads: LetterSignals) -> None:
    learned, rules_only = _analyzers(heads)
    batch = [SHORT[0], LETTER, SHORT[1], LETTER + " Thank you.", SHORT[2]]
    assert learned.analyze(batch) == [learned.analyze([text])[0] for text in batch]
    assert learned.analyze(batch)[1] != rules_only.analyze([LETTER])[0]


def test_the_analyzers_version_names_both_models_and_the_rules(heads: LetterSignals) -> None:
    from amends.analysis.lexicon_catalog import CATALOG

    with_heads, rules_only = _analyzers(heads)
    rules = f"rules-{CATALOG.fingerprint[:8]}"
    assert rules_only.version == f"{shipped_model().version}+{rules}"
    # a new version of either model, or changed rules, must make `amends reanalyze` re-score
    assert with_heads.version == f"{shipped_model().version}+{heads.version}+{rules}"
