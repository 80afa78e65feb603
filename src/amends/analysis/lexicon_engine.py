"""Rules as data, matched fast and with exact offsets into the original text.

Speed comes from three choices. (1) A rule's phrases are cut into small groups, each with the word
stems any match must contain and the stems it can begin with (``lexicon_anchors``); an index from
stem to group means a text runs only the few groups its words could satisfy, each tried only where a
fitting word begins. (2) Matching runs case-sensitively on ``text.lower()`` whenever lower-casing
kept every offset (it almost always does); when it did not ("İ" becomes two code points), every
group scans the original text with ``re.IGNORECASE`` instead, so offsets stay exact either way.
(3) A text is prepared once and every lexicon's answer is kept on it: signals and cues share a pass.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

from amends.analysis.lexicon_anchors import (
    Anchors,
    anchors_of,
    first_keys,
    text_stems,
    word_starts,
)
from amends.analysis.lexicon_negation import REACH, clause_before, is_negated, sentence_before
from amends.analysis.lexicon_syntax import alternation, split_alternatives
from amends.analysis.spans import Span

Check = Callable[[str], bool]
"""A last look at a matched phrase (lower-cased): keep it or not."""


@dataclass(frozen=True, slots=True)
class Rule:
    """Phrases that prove a finding, and how far to trust them.

    ``negatable``: drop a phrase that a negator governs ("I won't post a review"), with at most
    ``reach`` words between them. ``veto``: drop it when this regex is found in the clause before it
    ("you cancelled my account" is the company's doing). ``cased``: match the original text
    case-sensitively (acronyms like DOT, an ordinary word in lower case). ``check``: a last test of
    the lower-cased phrase (a 3-minute hold is no long wait). ``unless``: drop it when this regex is
    found earlier in its sentence, past the clause ("should you need anything, call me" is a
    courtesy, not a request).
    """

    phrases: Sequence[str]
    negatable: bool = True
    reach: int = REACH
    veto: str | None = None
    cased: bool = False
    check: Check | None = None
    unless: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text made ready once: its lower-cased copy and word stems (both None when lower-casing
    moved offsets), where words with a given first key begin (found on first need), and each
    lexicon's spans."""

    text: str
    lowered: str | None
    stems: frozenset[str] | None
    starts: dict[str, list[int]] = field(default_factory=dict, compare=False)
    found: dict[str, list[Span]] = field(default_factory=dict, compare=False)

    def places(self, key: str) -> list[int]:
        """Offsets where a word with this first key begins."""
        found = self.starts.get(key)
        if found is None:
            found = self.starts[key] = word_starts(self.lowered or "", key)
        return found


@lru_cache(maxsize=16)
def prepare(text: str) -> Prepared:
    """Lower-case ``text`` once; detectors asked about the same text share this and its spans."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing never shortens, so equal length means aligned
        return Prepared(text, None, None)
    return Prepared(text, lowered, text_stems(lowered))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping matches that begin where a word does: a phrase opening with a letter or digit
    must not be glued to the word before it ("recall me" is no "call me"); one opening with a symbol
    ("$") may. Checked here, not with a leading ``\\b``, which would cost CPython's fast search."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        start = match.start()
        if start and _is_word(text[start]) and _is_word(text[start - 1]):
            at = start + 1
            continue
        yield match
        at = max(match.end(), start + 1)


class _Group:
    """Phrases of one rule that share their anchors, compiled for both ways of matching."""

    def __init__(self, owner: str, rule: Rule, phrases: list[str], anchors: Anchors | None):
        pattern = alternation(phrases)
        self.owner = owner
        self.rule = rule
        self.anchors = anchors
        self.firsts = None if rule.cased else first_keys(pattern)
        self.at = re.compile(pattern)  # on the lower-cased text
        self.any_case = re.compile(pattern, 0 if rule.cased else re.IGNORECASE)  # on the original
        self.veto = re.compile(rule.veto, re.IGNORECASE) if rule.veto else None
        self.unless = re.compile(rule.unless, re.IGNORECASE) if rule.unless else None
        self.requirements = (*(anchors or ()), *((self.firsts,) if self.firsts else ()))
        """Stem sets a text must each meet for this group to match it."""

    def matches(self, prepared: Prepared) -> list[re.Match[str]]:
        """Where the phrases match: tried where a fitting word begins, else by scanning."""
        lowered, stems = prepared.lowered, prepared.stems
        if lowered is None or stems is None or self.rule.cased:
            return list(_scan(self.any_case, prepared.text))
        if self.firsts is None:
            return list(_scan(self.at, lowered))
        lists = [prepared.places(key) for key in self.firsts.intersection(stems)]
        # a word has one first key, so the lists never share a place
        places = lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))
        found: list[re.Match[str]] = []
        free = 0  # like finditer, matches of one group do not overlap
        for place in places:
            if place >= free and (match := self.at.match(lowered, place)) is not None:
                free = max(match.end(), place + 1)
                found.append(match)
        return found

    def spans(self, prepared: Prepared) -> list[Span]:
        """The matches that survive the rule's negation, veto and check, as evidence."""
        rule, text = self.rule, prepared.text
        found: list[Span] = []
        for match in self.matches(prepared):
            start, end = match.span()
            if rule.negatable and is_negated(text, start, reach=rule.reach):
                continue
            if self.veto is not None and self.veto.search(clause_before(text, start)):
                continue
            if self.unless is not None and self.unless.search(sentence_before(text, start)):
                continue
            if rule.check is not None and not rule.check(match.group().lower()):
                continue
            found.append(Span(start, end, text[start:end]))
        return found


def _groups_of(owner: str, rule: Rule) -> list[_Group]:
    """A rule's phrases, cut into alternatives and grouped by anchors, in their order."""
    by_anchors: dict[Anchors | None, list[str]] = {}
    for phrase in (part for whole in rule.phrases for part in split_alternatives(whole)):
        by_anchors.setdefault(anchors_of(alternation([phrase])), []).append(phrase)
    return [_Group(owner, rule, phrases, anchors) for anchors, phrases in by_anchors.items()]


def outermost(spans: set[Span]) -> list[Span]:
    """Sorted spans, without those inside another ("call me" within "call me back")."""
    kept: list[Span] = []
    reach = -1
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        if span.end > reach:
            kept.append(span)
            reach = span.end
    return kept


class _Index:
    """Which groups a text wakes: those whose every requirement meets the text's stems.

    The requirements are kept as bits of one integer, so a text is checked against all groups at
    once: requirement ``j`` of group ``g`` is bit ``j * len(groups) + g``. Each stem carries the
    bits of the requirements it meets, and a group's unused requirement slots are set from the
    start. OR-ing a text's stems together, then AND-ing the slots of each group, leaves the bits of
    the groups it wakes, in order.
    """

    def __init__(self, groups: list[_Group]) -> None:
        self.groups = groups
        count = len(groups)
        self.slots = max((len(group.requirements) for group in groups), default=0)
        self.base = 0
        self.bits: dict[str, int] = {}
        for number, group in enumerate(groups):
            for slot in range(self.slots):
                bit = 1 << (slot * count + number)
                if slot >= len(group.requirements):
                    self.base |= bit
                    continue
                for stem in group.requirements[slot]:
                    self.bits[stem] = self.bits.get(stem, 0) | bit
        self.stems = frozenset(self.bits)
        self.mask = (1 << count) - 1

    def woken(self, prepared: Prepared) -> list[_Group]:
        stems = prepared.stems
        if stems is None:
            return self.groups
        met = self.base
        bits = self.bits
        for stem in self.stems.intersection(stems):
            met |= bits[stem]
        count, awake = len(self.groups), self.mask
        for slot in range(self.slots):
            awake &= met >> (slot * count)
        woken: list[_Group] = []
        while awake:
            lowest = awake & -awake
            woken.append(self.groups[lowest.bit_length() - 1])
            awake ^= lowest
        return woken

    def run(self, prepared: Prepared, owners: Sequence[str]) -> None:
        """Fill in ``prepared.found`` for every owner, running each woken group once."""
        found: dict[str, set[Span]] = {owner: set() for owner in owners}
        for group in self.woken(prepared):
            found[group.owner].update(group.spans(prepared))
        for owner, spans in found.items():
            prepared.found[owner] = outermost(spans) if spans else []


class Lexicon:
    """The rules for one finding; compiled on first use, so importing costs nothing."""

    def __init__(self, name: str, rules: Sequence[Rule]) -> None:
        self.name = name
        self.rules = tuple(rules)

    def groups(self) -> list[_Group]:
        return [group for rule in self.rules for group in _groups_of(self.name, rule)]

    @cached_property
    def _index(self) -> _Index:
        return _Index(self.groups())

    def find(self, text: str | Prepared) -> list[Span]:
        """Every span that proves the finding, sorted."""
        prepared = text if isinstance(text, Prepared) else prepare(text)
        if self.name not in prepared.found:
            self._index.run(prepared, [self.name])
        return list(prepared.found[self.name])

    def find_the_slow_way(self, text: str) -> list[Span]:
        """``find`` with no shortcut: every group scans the whole original text, ignoring case."""
        prepared = Prepared(text, None, None)
        return outermost({span for group in self._index.groups for span in group.spans(prepared)})

    def always_woken(self) -> list[str]:
        """Phrases run on every text because no requirement could be proven (for tests)."""
        return [group.at.pattern for group in self._index.groups if not group.requirements]


class Catalog:
    """Several lexicons run together: one pass per text fills in all their findings."""

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self.lexicons = tuple(lexicons)
        self.names = tuple(lexicon.name for lexicon in lexicons)

    @cached_property
    def _index(self) -> _Index:
        return _Index([group for lexicon in self.lexicons for group in lexicon.groups()])

    @cached_property
    def fingerprint(self) -> str:
        """A hash of every rule as written: phrases, negation reach, vetoes, checks. The analyzer's
        version carries it, so changed rules make ``amends reanalyze`` re-score history."""
        digest = hashlib.sha256()
        for lexicon in self.lexicons:
            digest.update(lexicon.name.encode())
            for rule in lexicon.rules:
                check = rule.check.__qualname__ if rule.check is not None else None
                settings = (rule.negatable, rule.reach, rule.veto, rule.cased, rule.unless, check)
                digest.update(repr((tuple(rule.phrases), settings)).encode())
        return digest.hexdigest()

    def find(self, text: str | Prepared, name: str) -> list[Span]:
        """The spans of lexicon ``name``; the first question about a text answers all the others."""
        prepared = text if isinstance(text, Prepared) else prepare(text)
        if name not in prepared.found:
            self._index.run(prepared, self.names)
        return list(prepared.found[name])
