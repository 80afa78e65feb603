"""A cheap language guess: the shipped model reads English, so other languages must be flagged,
not silently scored. Function words are the most reliable short-text cue (no model to ship)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and to of a i is it you my for in on not was this that with have".split()),
    "de": frozenset("der die das und ist nicht ich sie es zu mit ein eine den von auf für".split()),
    "pt": frozenset("não de que e o a é um uma para com os as meu minha do da em".split()),
    "es": frozenset("el la que de y en no es un una por con los las mi para del".split()),
    "fr": frozenset("le la les et est pas je vous de un une pour avec des du mon ne".split()),
    "nl": frozenset("de het een en is niet ik je van op voor met dat die zijn".split()),
}


def guess_language(text: str, *, default: str = "en", words: list[str] | None = None) -> str:
    """ISO 639-1 code of the language whose function words the text uses most; ``default``
    when the text has too few of any (short texts, emoji, numbers). ``words``: the text's
    lower-cased words, when the caller has them already."""
    if words is None:
        words = [w.lower() for w in _WORD.findall(text[:2000])]
    if not words:
        return default
    unique = set(words)
    hits = {lang: len(unique & stop) for lang, stop in _STOPWORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if hits[best] < 2 or hits[best] <= hits.get(default, 0):
        return default
    return best
