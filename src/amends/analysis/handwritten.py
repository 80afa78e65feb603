"""Hand-written customer messages, labelled complaint (negative) or not.

The template generator (``service_corpus``) gives the model volume; these messages give it the
variety of real people's writing that templates cannot: each one was composed individually, across
airlines, rail and coaches, hotels and booking sites, taxis and car hire, telecoms and utilities,
banks, payments and insurance, shops, marketplaces and couriers, groceries and takeaways, apps,
streaming, games, gyms, subscriptions and public services. All brands are made up.

Complaints include anger, sarcasm, resignation, worry, pleading, complaints phrased as questions,
flat statements of fact with no feeling words, polite openings, staff complaints and mixed messages
where the complaint dominates. Non-complaints include questions, requests, account details,
conversation replies, thanks and praise, excitement, jokes, suggestions, the customer's own
apologies and the hard cases that only look negative ("no problem", "can't complain", "I was
worried but it arrived early"). One part (``handwritten_shorthand``) is in the shorthand of a
public post — hashtags, "u", "pls", "DM" — on both sides.
"""

from __future__ import annotations

from amends.analysis import (
    handwritten_details,
    handwritten_feedback,
    handwritten_food,
    handwritten_letters,
    handwritten_money,
    handwritten_neutral,
    handwritten_positive,
    handwritten_questions,
    handwritten_replies,
    handwritten_retail,
    handwritten_services,
    handwritten_shorthand,
    handwritten_stays,
    handwritten_telecom,
    handwritten_travel,
    handwritten_tricky,
    handwritten_voices,
)

__all__ = ["handwritten_messages", "handwritten_parts"]

_NEGATIVE: dict[str, tuple[str, ...]] = {
    "travel": handwritten_travel.NEGATIVE,
    "stays": handwritten_stays.NEGATIVE,
    "telecom": handwritten_telecom.NEGATIVE,
    "money": handwritten_money.NEGATIVE,
    "retail": handwritten_retail.NEGATIVE,
    "food": handwritten_food.NEGATIVE,
    "services": handwritten_services.NEGATIVE,
    "voices": handwritten_voices.NEGATIVE,
    "letters": handwritten_letters.NEGATIVE,
    "questions": handwritten_questions.NEGATIVE,
    "shorthand": handwritten_shorthand.NEGATIVE,
}
_NOT_NEGATIVE: dict[str, tuple[str, ...]] = {
    "positive": handwritten_positive.NOT_NEGATIVE,
    "neutral": handwritten_neutral.NOT_NEGATIVE,
    "replies": handwritten_replies.NOT_NEGATIVE,
    "tricky": handwritten_tricky.NOT_NEGATIVE,
    "feedback": handwritten_feedback.NOT_NEGATIVE,
    "details": handwritten_details.NOT_NEGATIVE,
    "shorthand_fine": handwritten_shorthand.NOT_NEGATIVE,
}


def handwritten_parts() -> dict[str, list[tuple[str, bool]]]:
    """The messages of each ``handwritten_<part>`` module, as ``(text, negative)`` pairs."""
    parts = {name: [(text, True) for text in texts] for name, texts in _NEGATIVE.items()}
    parts.update({name: [(text, False) for text in texts] for name, texts in _NOT_NEGATIVE.items()})
    return parts


def handwritten_messages() -> list[tuple[str, bool]]:
    """Every hand-written message as ``(text, negative)``: complaints first, then the rest."""
    return [pair for part in handwritten_parts().values() for pair in part]
