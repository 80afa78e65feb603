"""Service-recovery signals: what a resolution agent would act on, with the words that prove it.

Rule-based and negation-aware (``lexicon_negation``). The phrases live in ``lexicon_requests``,
``lexicon_churn`` and ``lexicon_public`` (what the customer asks for or threatens) and in
``lexicon_service``, ``lexicon_waits``, ``lexicon_transfers`` and ``lexicon_promises`` (what the
service did to them); ``lexicon_engine`` matches them fast, with offsets into the original text.
Words the customer quotes from the company ("RT @airline: ... please DM us") are not theirs.
"""

from __future__ import annotations

import re

from amends.analysis.lexicon_catalog import CATALOG, SIGNAL_LEXICONS
from amends.analysis.lexicon_engine import Prepared, prepare
from amends.analysis.spans import Span

SIGNALS: tuple[str, ...] = (
    "follow_up_requested",
    "churn_threat",
    "public_escalation_threat",
    "repeat_contact",
    "long_wait",
    "transferred",
    "broken_promise",
)

REPEATS = 3
"""Reports of reaching out ("I called ...", "we wrote ...") that make a repeat contact by
themselves: one is how every complaint starts, and three leave no doubt that the first did not fix
it (two are as often a dispute and its paperwork)."""

_QUOTE_OPENS = re.compile(
    r"\bRT\s+@\w+|[\"\u201c]\s*@\w+\s*:|(?<![\w@])@\w+\s*:\s*@\w+", re.IGNORECASE
)
"""Where a quoted tweet begins: a retweet ("RT @airline"), a quote opened on a handle ("“@airline:
..."), or a handle quoting its reply to another ("@airline: @someone sorry to hear ...")."""
_QUOTE_CLOSES = re.compile('["\u201d]')


def detect_signals(text: str) -> dict[str, list[Span]]:
    """Only the signals present, each with the spans that show it (never an empty list)."""
    prepared = prepare(text)
    quoted = _quoted(text) if _may_quote(text, prepared.lowered) else []
    found: dict[str, list[Span]] = {}
    for lexicon in SIGNAL_LEXICONS:
        spans = CATALOG.find(prepared, lexicon.name)
        if lexicon.name == "repeat_contact" and not spans:
            spans = _reported_contacts(prepared)
        if quoted:
            spans = [span for span in spans if not _inside(span, quoted)]
        if spans:
            found[lexicon.name] = spans
    return found


def _reported_contacts(prepared: Prepared) -> list[Span]:
    """The customer's reports of reaching out, when there are enough to be a repeat."""
    reports = CATALOG.find(prepared, "contact_reports")
    return reports if len(reports) >= REPEATS else []


def _may_quote(text: str, lowered: str | None) -> bool:
    """Whether ``text`` can hold a quote at all: every opening has a handle, and either a colon
    or "RT". Most tweets have neither, and this costs less than looking for the quote."""
    return "@" in text and (":" in text or "rt" in (lowered or text.lower()))


def _quoted(text: str) -> list[tuple[int, int]]:
    """Stretches of the text quoted from someone else: from where a quote opens to its closing
    quotation mark, or to the end of the text."""
    regions: list[tuple[int, int]] = []
    for opening in _QUOTE_OPENS.finditer(text):
        closing = _QUOTE_CLOSES.search(text, opening.end())
        regions.append((opening.start(), closing.start() if closing else len(text)))
    return regions


def _inside(span: Span, regions: list[tuple[int, int]]) -> bool:
    return any(start <= span.start and span.end <= end for start, end in regions)
