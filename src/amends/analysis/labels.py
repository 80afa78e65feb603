"""The emotion vocabulary: GoEmotions' 28 labels, and the customer-experience view built on them.

GoEmotions (Demszky et al., 2020) labels Reddit comments with 27 emotions plus neutral. Service
teams talk about fewer, more specific feelings, so ``CX_EMOTIONS`` maps each CX emotion onto the
GoEmotions labels whose probability it takes (the maximum of them). Two CX emotions need more than
the labels:

* **frustration** is GoEmotions' *annoyance* (the paper's definition: "irritation, frustration")
  together with *disapproval*;
* **undervalued** ("loyal for 10 years and this is how you treat me", "nobody cares") has no label
  at all: it comes from the customer's own words (``cues.detect_undervalued``), raised further by
  *disappointment* or *anger* in the same text. See docs/analysis.md.
"""

from __future__ import annotations

from typing import Final

GOEMOTIONS: Final = (
    "admiration",
    "amusement",
    "anger",
    "annoyance",
    "approval",
    "caring",
    "confusion",
    "curiosity",
    "desire",
    "disappointment",
    "disapproval",
    "disgust",
    "embarrassment",
    "excitement",
    "fear",
    "gratitude",
    "grief",
    "joy",
    "love",
    "nervousness",
    "optimism",
    "pride",
    "realization",
    "relief",
    "remorse",
    "sadness",
    "surprise",
    "neutral",
)

# GoEmotions' own sentiment grouping (google-research goemotions/data/sentiment_dict.json).
NEGATIVE_EMOTIONS: Final = frozenset(
    {
        "anger",
        "annoyance",
        "disapproval",
        "disgust",
        "disappointment",
        "embarrassment",
        "fear",
        "grief",
        "nervousness",
        "remorse",
        "sadness",
    }
)

# What the ``negative`` head learns from GoEmotions as "a negative experience": GoEmotions' negative
# group without *remorse* and *embarrassment*, which in feedback are mostly the customer's own
# politeness ("sorry, my mistake"), not a complaint.
COMPLAINT_EMOTIONS: Final = NEGATIVE_EMOTIONS - {"remorse", "embarrassment"}

CX_EMOTIONS: Final[dict[str, tuple[str, ...]]] = {
    "anger": ("anger", "disgust"),
    "frustration": ("annoyance", "disapproval"),
    "confusion": ("confusion",),
    "disappointment": ("disappointment",),
    "undervalued": (),  # from the customer's words; see the module docstring
    "worry": ("nervousness", "fear"),
    "sadness": ("sadness", "grief", "remorse"),
    "gratitude": ("gratitude",),
    "joy": ("joy", "amusement", "excitement", "love", "admiration"),
    "relief": ("relief",),
}

NEGATIVE_CX: Final = frozenset(
    {"anger", "frustration", "confusion", "disappointment", "undervalued", "worry", "sadness"}
)
