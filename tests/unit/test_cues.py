"""Cues: the customer feels undervalued, or states a flat complaint without an emotion word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amends.analysis.cues import detect_complaint, detect_undervalued
from amends.analysis.spans import Span

# --- undervalued ---------------------------------------------------------------------------------

UNDERVALUED = [
    ("I've been a loyal customer for 10 years and this is how you treat me.", "loyal customer"),
    ("Customer since 2005 and nobody cares.", "Customer since 2005"),
    ("Nobody listens to a word I say.", "Nobody listens"),
    ("You clearly don't care about your customers.", "don't care"),
    ("My emails have been ignored for a month.", "ignored"),
    ("I feel like I'm treated like a number.", "treated like a number"),
    ("You don't value your customers at all.", "don't value your customers"),
    ("After all these years, not even a reply.", "After all these years"),
    ("New customers get the deals while the rest of us pay more.", "New customers get"),
    ("No one bothered to check my account.", "No one bothered"),
]

NOT_UNDERVALUED = [
    "You've got a customer for life!",
    "I don't feel ignored at all, thanks for the quick reply.",
    "My flight was delayed by two hours.",
    "Please ignore my previous message.",
    "The new app is great.",
    "What are your opening hours on Sunday?",
]


@pytest.mark.parametrize(("text", "words"), UNDERVALUED)
def test_feeling_undervalued_is_found_with_its_words(text: str, words: str) -> None:
    spans = detect_undervalued(text)
    assert any(words.lower() in span.text.lower() for span in spans), spans


@pytest.mark.parametrize("text", NOT_UNDERVALUED)
def test_praise_questions_and_denials_are_not_feeling_undervalued(text: str) -> None:
    assert detect_undervalued(text) == []


# --- complaint -----------------------------------------------------------------------------------

COMPLAINTS = [
    ("My parcel arrived 9 days late.", "9 days late"),
    ("3 hours on the tarmac at Denver.", "3 hours on the tarmac"),
    ("Flight 212 delayed again.", "delayed again"),
    ("There was no information at the gate.", "no information"),
    ("The sofa never arrived.", "never arrived"),
    ("Order 5581 not received.", "not received"),
    ("Still no refund after six weeks.", "Still no refund"),
    ("One of the chairs is missing.", "missing"),
    ("I was charged twice for one order.", "charged twice"),
    ("Double charged on my card.", "Double charged"),
    ("Wrong item in the box.", "Wrong item"),
    ("The invoice shows an incorrect total.", "incorrect"),
    ("I have been overcharged again.", "overcharged"),
    ("The app doesn't work on my phone.", "doesn't work"),
    ("The kettle arrived broken.", "broken"),
    ("Vase came damaged.", "damaged"),
    ("The printer stopped working after a week.", "stopped working"),
    ("I can't log in since the update.", "can't log in"),
    ("Error 502 when I pay.", "Error"),
    ("My card was declined at checkout.", "declined"),
    ("You lost my luggage in Paris.", "lost my luggage"),
    ("You cancelled my flight the night before.", "cancelled my flight"),
    ("My flight was Cancelled Flightled.", "Cancelled Flight"),
    ("On hold 50 minutes.", "On hold 50 minutes"),
    ("Transferred 3 times.", "Transferred 3 times"),
    ("Third time asking.", "Third time asking"),
]

NOT_COMPLAINTS = [
    "No problem at all, thanks!",
    "No worries, take your time.",
    "Never been better, the new seats are great.",
    "Not bad for the price.",
    "Thanks for fixing the order mix-up so quickly.",
    "It arrived on time and nothing was damaged.",
    "Everything works perfectly now.",
    "Can I change the delivery address on my order?",
    "Loved the flight, the crew were wonderful.",
    "No need to reply, just letting you know I'm happy.",
]


@pytest.mark.parametrize(("text", "words"), COMPLAINTS)
def test_a_flat_factual_complaint_is_found_with_its_words(text: str, words: str) -> None:
    spans = detect_complaint(text)
    assert any(words.lower() in span.text.lower() for span in spans), spans


@pytest.mark.parametrize("text", NOT_COMPLAINTS)
def test_neutral_and_happy_texts_carry_no_complaint_cue(text: str) -> None:
    assert detect_complaint(text) == []


def test_a_complaint_without_emotion_words_still_lists_every_fact() -> None:
    text = "Arrived 9 days late. Charged twice. Box damaged."
    assert [span.text for span in detect_complaint(text)] == [
        "9 days late",
        "Charged twice",
        "damaged",
    ]


def test_evidence_inside_other_evidence_is_not_repeated() -> None:
    spans = detect_complaint("On hold for 2 hours on the phone.")
    assert all(not (a.start <= b.start and b.end <= a.end) for a in spans for b in spans if a != b)


# --- evidence and robustness ---------------------------------------------------------------------


def _offsets_hold(text: str, spans: list[Span]) -> bool:
    return all(text[span.start : span.end] == span.text for span in spans)


_FILLER = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


@settings(max_examples=150, deadline=None)
@given(before=_FILLER, after=_FILLER, pick=st.integers(0, len(COMPLAINTS) - 1))
def test_a_complaint_cue_anywhere_in_random_text_is_found_at_exact_offsets(
    before: str, after: str, pick: int
) -> None:
    text = f"{before}\n{COMPLAINTS[pick][0]}\n{after}"
    spans = detect_complaint(text)
    assert spans
    assert _offsets_hold(text, spans)


@settings(max_examples=100, deadline=None)
@given(before=_FILLER, after=_FILLER, pick=st.integers(0, len(UNDERVALUED) - 1))
def test_an_undervalued_cue_anywhere_in_random_text_is_found_at_exact_offsets(
    before: str, after: str, pick: int
) -> None:
    text = f"{before}\n{UNDERVALUED[pick][0]}\n{after}"
    spans = detect_undervalued(text)
    assert spans
    assert _offsets_hold(text, spans)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=200))
def test_cue_spans_always_point_into_the_original_text(text: str) -> None:
    assert _offsets_hold(text, detect_complaint(text))
    assert _offsets_hold(text, detect_undervalued(text))


def test_offsets_survive_characters_that_lower_casing_lengthens() -> None:
    text = "İİ Loyal customer for 12 years; my order never arrived."
    assert [span.text for span in detect_undervalued(text)] == ["Loyal customer for 12 years"]
    assert [span.text for span in detect_complaint(text)] == ["never arrived"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "😡😡", "🙂", "\u200b"])
def test_empty_blank_and_emoji_texts_carry_no_cue(text: str) -> None:
    assert detect_complaint(text) == []
    assert detect_undervalued(text) == []


def test_a_very_long_text_keeps_its_offsets() -> None:
    text = "All good here. " * 5000 + "Charged twice."
    spans = detect_complaint(text)
    assert [span.start for span in spans] == [text.index("Charged twice")]


def test_cues_are_deterministic() -> None:
    text = "Customer since 2009, charged twice and nobody cares."
    assert detect_complaint(text) == detect_complaint(text)
    assert detect_undervalued(text) == detect_undervalued(text)
