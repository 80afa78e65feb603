"""Every lexicon of the signals and cues, run together so that one pass per text answers them all."""

from __future__ import annotations

from amends.analysis.lexicon_cues import COMPLAINT, UNDERVALUED
from amends.analysis.lexicon_engine import Catalog
from amends.analysis.lexicon_requests import CHURN, FOLLOW_UP, PUBLIC
from amends.analysis.lexicon_service import BROKEN_PROMISE, LONG_WAIT, REPEAT_CONTACT, TRANSFERRED

SIGNAL_LEXICONS = (FOLLOW_UP, CHURN, PUBLIC, REPEAT_CONTACT, LONG_WAIT, TRANSFERRED, BROKEN_PROMISE)
"""One lexicon per signal, in the order of ``signals.SIGNALS``."""

COMPLAINT_PARTS = ("complaint", "long_wait", "transferred", "repeat_contact", "broken_promise")
"""A flat complaint shows in its own cues and in the wording of waits, transfers, repeats and broken
promises."""

CATALOG = Catalog([*SIGNAL_LEXICONS, UNDERVALUED, COMPLAINT])
