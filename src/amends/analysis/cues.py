"""Two cues beside the signals: the customer feels undervalued, and the text is a flat complaint.

A complaint with no emotion words ("Arrived 9 days late. Charged twice.") still needs a resolution
agent; these cues let a negative score see it. The phrases live in ``lexicon_cues``; the wording of
waits, transfers, repeats and broken promises is shared with the signals.
"""

from __future__ import annotations

from amends.analysis.lexicon_catalog import CATALOG, COMPLAINT_PARTS
from amends.analysis.lexicon_engine import outermost, prepare
from amends.analysis.spans import Span


def detect_undervalued(text: str) -> list[Span]:
    """Spans showing the customer feels undervalued or ignored ("loyal customer for 10 years")."""
    return CATALOG.find(text, "undervalued")


def detect_complaint(text: str) -> list[Span]:
    """Spans of flat, factual complaint cues: delays, absences, errors, failures, waits."""
    prepared = prepare(text)
    return outermost({span for part in COMPLAINT_PARTS for span in CATALOG.find(prepared, part)})
