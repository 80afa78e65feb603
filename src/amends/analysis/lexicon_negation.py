"""Is a trigger phrase negated? A negator shortly before it, in the same clause, says so.

"I'm not going to cancel" and "no need to call me" deny what the trigger alone would say; "nobody
called me back, I'm cancelling" does not, because the comma starts a new clause. The rule is small
on purpose: look back from the trigger to the last clause boundary, find the last negator there, and
let it govern the trigger only if few words and no fresh subject ("I", "we") stand between them.
"""

from __future__ import annotations

import re

from amends.analysis.lexicon_words import APOS

REACH = 4
"""How many words may stand between a negator and its trigger: "not going to be cancelling"."""

_LOOKBACK = 80
"""Characters searched before a trigger; a clause rarely carries a negator further than this."""

_BOUNDARY = re.compile(
    "[.!?;:,\\n()\\[\\]=|>\u2013\u2014\u2026]|\\s-+\\s|\\b(?:but|though|although|however|so"
    "|because|cause|cuz|coz|and|or|then|until|unless|otherwise|except|whereas|while|if|when|lol"
    "|tbh|smh)\\b",
    re.IGNORECASE,
)
"""Punctuation, dashes and conjunctions end a clause; a point or comma inside a number
("{$700.00}", "$1,200") does not (``_in_number``)."""

_NEGATOR = re.compile(
    "\\b(?:not|no|never|without|nobody|no[- ]?one|none|nothing|neither|nor|hardly|barely|cannot"
    f"|(?:do|does|did|wo|ca|is|was|are|were|would|should|could|have|has|had|ai|must|need)n{APOS}?t)"
    "\\b",
    re.IGNORECASE,
)

_WORD = re.compile(r"[\w'\u2019]+")

_NEW_SUBJECT = re.compile(
    f"\\b(?:i|i{APOS}?m|im|i{APOS}?ll|i{APOS}?d|i{APOS}?ve|we|we{APOS}?re|we{APOS}?ll)\\b",
    re.IGNORECASE,
)
"""A fresh subject ends the negator's reach: "no refund I'm cancelling" and "if this is not fixed
I'm cancelling" threaten, whether the subject stands between the two or opens the trigger."""

_NEG_RAISING = re.compile(r"\s*(?:think|believe|expect|suppose|imagine|see (?:why|how))\b", re.I)
"""...unless the negator sits on a verb of opinion: "I don't think I'll cancel" still denies."""

_NOT_A_DENIAL = re.compile(
    r"\s*(?:hesitate|forget|fail|delay|wait|happy|pleased|impressed|amused|satisfied|ok|okay"
    r"|good|great|acceptable|cool|fair|fun|nice|right|on)\b",
    re.IGNORECASE,
)
"""Negated hesitation asks all the harder ("don't hesitate to call me", "don't forget to email"),
and a negated verdict denies nothing after it: "not happy dm me", "not ok, I'm cancelling"."""

_NEW_PREDICATE = re.compile(r"\b(?:is|are|was|were|will be|would be)\s+to\b", re.IGNORECASE)
"""A fresh predicate ends the negator's reach: in "if this can't be resolved my next step is to
sue", "can't" denies the resolving, not the suing."""

_RHETORICAL = re.compile(r"\b(?:why|reasons?|give me one|how come)\b", re.IGNORECASE)
"""A negator inside a "why not" question threatens: "tell me why I shouldn't go elsewhere"."""


def _in_number(text: str, at: int) -> bool:
    """Whether ``text[at]`` is the point or comma of a number: digits on both sides. Checked after
    the match, as a lookaround in the boundary regex would slow every search down."""
    return (
        text[at] in ".,"
        and 0 < at < len(text) - 1
        and text[at - 1].isdigit()
        and text[at + 1].isdigit()
    )


def clause_before(text: str, start: int) -> str:
    """The part of the clause that precedes ``text[start:]``, at most ``_LOOKBACK`` characters."""
    offset = max(0, start - _LOOKBACK)
    window = text[offset:start]
    cut = 0
    for boundary in _BOUNDARY.finditer(window):
        if not _in_number(text, offset + boundary.start()):
            cut = boundary.end()
    return window[cut:]


_SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_before(text: str, start: int) -> str:
    """The part of the sentence that precedes ``text[start:]``, at most ``2 * _LOOKBACK``
    characters; the decimal point of an amount ends no sentence."""
    offset = max(0, start - 2 * _LOOKBACK)
    window = text[offset:start]
    cut = 0
    for end in _SENTENCE_END.finditer(window):
        if not _in_number(text, offset + end.start()):
            cut = end.end()
    return window[cut:]


def is_negated(text: str, start: int, *, reach: int = REACH) -> bool:
    """Whether a negator governs the phrase that begins at ``text[start]``."""
    clause = clause_before(text, start)
    negators = list(_NEGATOR.finditer(clause))
    if not negators:
        return False
    negator = negators[-1]
    between = clause[negator.end() :]
    if len(_WORD.findall(between)) > reach or _NOT_A_DENIAL.match(between):
        return False
    if _NEW_PREDICATE.search(between):
        return False
    fresh_subject = _NEW_SUBJECT.search(between) or _NEW_SUBJECT.match(text, start)
    if fresh_subject and not _NEG_RAISING.match(between):
        return False
    return not _RHETORICAL.search(clause[: negator.start()])
