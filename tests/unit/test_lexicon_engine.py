"""The rule engine's shortcuts give exactly what the plain reading gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from amends.analysis.lexicon_anchors import DIGIT, STEM, word_starts
from amends.analysis.lexicon_engine import Catalog, Lexicon, Rule

_EVERY_WORD_START = re.compile(rf"(?<!\w)(?:([^\W\d_]{{1,{STEM}}})|\d)")

_WORDY_TEXT = st.lists(
    st.sampled_from(
        ["call", "me", "back", "re", "3", "45", " ", ", ", "!", "_", "İ", "ß", "\u00e9"]
    ),
    max_size=30,
).map("".join)


def _all_starts(lowered: str) -> dict[str, list[int]]:
    """Every word start of the text by first key, listed by one scan of the whole text."""
    starts: dict[str, list[int]] = {}
    for match in _EVERY_WORD_START.finditer(lowered):
        starts.setdefault(match.group(1) or DIGIT, []).append(match.start())
    return starts


@given(_WORDY_TEXT)
def test_starts_found_per_key_are_the_word_starts_of_that_key(text: str) -> None:
    lowered = text.lower()
    expected = _all_starts(lowered)
    for key in {*expected, "call", "cal", "back", "me", DIGIT, "reca"}:
        assert word_starts(lowered, key) == expected.get(key, [])


def test_a_stem_inside_a_longer_word_or_after_a_digit_is_no_word_start() -> None:
    lowered = "recall me, call back; 45mins or 3 hrs"
    assert word_starts(lowered, "call") == [11]
    assert word_starts(lowered, "me") == [7]
    assert word_starts(lowered, "mins") == []  # glued to "45"
    assert word_starts(lowered, DIGIT) == [22, 32]


def test_a_catalogs_fingerprint_changes_with_its_rules_and_only_then() -> None:
    def catalog(*rules: Rule) -> Catalog:
        return Catalog([Lexicon("wants_a_call", rules)])

    same = catalog(Rule(["call me"])), catalog(Rule(["call me"]))
    assert same[0].fingerprint == same[1].fingerprint
    changed = [
        catalog(Rule(["call me back"])),
        catalog(Rule(["call me"], negatable=False)),
        catalog(Rule(["call me"], veto="never")),
        catalog(Rule(["call me"], check=str.isalpha)),
    ]
    assert len({same[0].fingerprint, *(c.fingerprint for c in changed)}) == 5
