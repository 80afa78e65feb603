"""The shipped analyzer's contract: every field there, every label scored, evidence exact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amends.analysis import create_analyzer
from amends.analysis.base import Analysis
from amends.analysis.labels import CX_EMOTIONS, GOEMOTIONS
from amends.analysis.signals import SIGNALS

analyzer = create_analyzer()


def _one(text: str) -> Analysis:
    (result,) = analyzer.analyze([text])
    return result


def test_every_result_scores_all_labels_cx_emotions_and_signals() -> None:
    result = _one("Third time I'm writing: my refund never came. Call me back today.")
    body = result.as_json()
    assert list(body["emotions"]) == list(GOEMOTIONS)
    assert set(body["cx_emotions"]) == set(CX_EMOTIONS)
    assert set(body["signals"]) == set(SIGNALS)
    assert all(0.0 <= p <= 1.0 for p in body["emotions"].values())
    assert body["language"] == "en"


def test_labels_are_exactly_the_emotions_over_their_thresholds() -> None:
    thresholds = analyzer.model.thresholds  # type: ignore[attr-defined]
    for result in analyzer.analyze(["Thank you so much, you saved my trip!", "ok", "WHY?!"]):
        over = [label for label in GOEMOTIONS if result.emotions[label] >= thresholds[label]]
        assert result.labels == over
        assert result.is_negative == (result.negative >= thresholds["negative"])


def test_gratitude_reads_as_gratitude_and_a_flat_complaint_reads_negative() -> None:
    thanks = _one("Thank you Maria, the refund came through. Great service!")
    complaint = _one("Order 4471 arrived 9 days late. Second time this month.")
    assert "gratitude" in thanks.labels
    assert not thanks.is_negative
    assert complaint.is_negative
    assert complaint.cx_emotions["gratitude"] < thanks.cx_emotions["gratitude"]


def test_feeling_undervalued_comes_from_the_customers_words() -> None:
    hurt = _one("Loyal customer for 12 years and this is how you treat me. Nobody cares.")
    calm = _one("Can I update the email on my account?")
    assert hurt.cx_emotions["undervalued"] >= 0.7
    assert "undervalued" in hurt.evidence
    assert calm.cx_emotions["undervalued"] == 0.0


def test_a_negative_result_shows_the_words_behind_it() -> None:
    result = _one("Flight delayed 3 hours and no information at the gate.")
    assert result.is_negative
    assert result.evidence["negative"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_evidence_spans_always_point_at_the_text(text: str) -> None:
    result = _one(text)
    for spans in result.evidence.values():
        for span in spans:
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize("text", ["", "   ", "🙂", "1234", "x" * 5000])
def test_odd_inputs_are_analysed_not_crashed_on(text: str) -> None:
    result = _one(text)
    assert 0.0 <= result.negative <= 1.0


def test_a_batch_reads_each_text_as_it_would_alone() -> None:
    texts = ["late again", "thanks!", "I want to speak to a manager"]
    together = analyzer.analyze(texts)
    alone = [_one(text) for text in texts]
    assert [r.as_json() for r in together] == [r.as_json() for r in alone]
