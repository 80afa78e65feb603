"""Service-recovery signals: what a resolution agent would act on, with the words that prove it.

Rule-based and negation-aware (``lexicon_negation``). The phrases live in ``lexicon_requests`` and
``lexicon_public`` (what the customer asks for or threatens) and in ``lexicon_service`` and
``lexicon_promises`` (what the service did to them); ``lexicon_engine`` matches them fast, with
offsets into the original text.
"""

from __future__ import annotations

from amends.analysis.lexicon_catalog import CATALOG, SIGNAL_LEXICONS
from amends.analysis.lexicon_engine import prepare
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


def detect_signals(text: str) -> dict[str, list[Span]]:
    """Only the signals present, each with the spans that show it (never an empty list)."""
    prepared = prepare(text)
    found: dict[str, list[Span]] = {}
    for lexicon in SIGNAL_LEXICONS:
        spans = CATALOG.find(prepared, lexicon.name)
        if spans:
            found[lexicon.name] = spans
    return found
