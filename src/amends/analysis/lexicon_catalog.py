"""Every lexicon of the signals and cues, run together: one pass per text answers them all."""

from __future__ import annotations

from amends.analysis.lexicon_churn import CHURN
from amends.analysis.lexicon_complaint import COMPLAINT
from amends.analysis.lexicon_cues import UNDERVALUED
from amends.analysis.lexicon_engine import Catalog
from amends.analysis.lexicon_promises import BROKEN_PROMISE
from amends.analysis.lexicon_public import PUBLIC
from amends.analysis.lexicon_requests import FOLLOW_UP
from amends.analysis.lexicon_service import CONTACT_REPORTS, REPEAT_CONTACT
from amends.analysis.lexicon_transfers import TRANSFERRED
from amends.analysis.lexicon_waits import LONG_WAIT

SIGNAL_LEXICONS = (FOLLOW_UP, CHURN, PUBLIC, REPEAT_CONTACT, LONG_WAIT, TRANSFERRED, BROKEN_PROMISE)
"""One lexicon per signal, in the order of ``signals.SIGNALS``."""

COMPLAINT_PARTS = ("complaint", "long_wait", "transferred", "repeat_contact", "broken_promise")
"""A flat complaint shows in its own cues and in the wording of waits, transfers, repeats and
broken promises."""

CATALOG = Catalog([*SIGNAL_LEXICONS, CONTACT_REPORTS, UNDERVALUED, COMPLAINT])
"""All of them; compiled on the first question, not at import. ``contact_reports`` is no signal of
its own: ``signals`` reads a repeat from three of them."""
