"""Rules as data, compiled into small alternations, matched with exact offsets into the original text.

Speed comes from three choices. (1) Each rule's phrases are grouped by their anchors, word stems any
match must contain (``lexicon_anchors``); an index from stem to group means a text only runs the few
groups whose words it actually has. (2) Matching runs, case-sensitively, on ``text.lower()`` whenever
lower-casing kept every offset (it almost always does), where CPython's matcher rejects most branches on
their first character; when lower-casing moves offsets ("İ" becomes two code points) every group runs with
``re.IGNORECASE`` on the original text instead, so offsets stay exact either way. (3) A text is prepared
once, and each lexicon's answer is kept on it, so signals and cues that share lexicons share the work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

from amends.analysis.lexicon_anchors import (
    Anchors,
    anchors_of,
    first_keys,
    weakness,
    word_starts,
    text_stems,
)
from amends.analysis.lexicon_negation import REACH, clause_before, is_negated
from amends.analysis.spans import Span

Check = Callable[[str], bool]
"""A last look at a matched phrase (lower-cased): keep it or not."""

_BLANKS = "[^\\S\\n]+"
_OPTIONAL_BLANKS = "[^\\S\\n]*"


def expand(pattern: str) -> str:
    """The lexicon's shorthand made regex: a space is one or more blanks; ``~`` and `` ?`` (an optional
    space, as in ``call ?back``) are optional blanks. Inside a character class (``[- ]``) and after a
    backslash, characters keep their regex meaning.
    """
    out: list[str] = []
    in_class = escaped = False
    for char in pattern.replace(" ?", "~"):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or out[-1] == "[" or out[-2:] == ["[", "^"]
        elif char == "[":
            in_class = True
        elif char in " ~":
            out.append(_BLANKS if char == " " else _OPTIONAL_BLANKS)
            continue
        out.append(char)
    return "".join(out)


def alternation(phrases: Sequence[str]) -> str:
    """One regex for phrases in shorthand (where they may start is the engine's business)."""
    return "(?:" + "|".join(expand(phrase) for phrase in phrases) + ")"


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping matches that begin where a word does: a phrase opening with a letter or digit
    must not be glued to the word before it ("recall me" is no "call me"); one opening with a symbol
    ("$") may. Checked here rather than with a leading ``\\b``, which would cost CPython's fast
    literal-prefix search."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        start = match.start()
        if start and _is_word(text[start]) and _is_word(text[start - 1]):
            at = start + 1
            continue
        yield match
        at = max(match.end(), start + 1)


@dataclass(frozen=True, slots=True)
class Rule:
    """Phrases that prove a finding, and how far to trust them.

    ``negatable``: drop the phrase when a negator governs it ("I won't post a review"); ``reach`` says
    how many words may stand between the two. ``veto``: drop it when this regex is found in the clause
    before it ("you cancelled my account" is the company's doing). ``cased``: match the original text
    case-sensitively (acronyms such as DOT, which lower-cased is an ordinary word). ``check``: a
    final test of the lower-cased phrase (a 3-minute hold is no long wait).
    """

    phrases: Sequence[str]
    negatable: bool = True
    reach: int = REACH
    veto: str | None = None
    cased: bool = False
    check: Check | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text made ready once: its lower-cased copy and word stems (both None when lower-casing moved
    offsets), where words with a given stem begin (found on demand), and each lexicon's spans."""

    text: str
    lowered: str | None
    stems: frozenset[str] | None
    starts: dict[str, list[int]] = field(default_factory=dict, compare=False, hash=False)
    found: dict[str, list[Span]] = field(default_factory=dict, compare=False, hash=False)

    def places(self, key: str) -> list[int]:
        """Offsets where a word with this stem begins (only for an aligned text); all words are
        located in one pass, the first time any is asked for."""
        if not self.starts:
            self.starts.update(word_starts(self.lowered or ""))
            self.starts.setdefault("", [])  # marks the pass as done, even for a text with no words
        return self.starts.get(key, [])


@lru_cache(maxsize=16)
def prepare(text: str) -> Prepared:
    """Lower-case ``text`` once; several detectors called on the same text share this (and the spans)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing never shortens, so equal length means aligned
        return Prepared(text, None, None)
    return Prepared(text, lowered, text_stems(lowered))


class _Group:
    """Phrases of one rule that share their anchors, compiled for both ways of matching."""

    def __init__(self, owner: str, rule: Rule, phrases: list[str], anchors: Anchors | None) -> None:
        pattern = alternation(phrases)
        self.owner = owner
        self.rule = rule
        self.anchors = anchors
        self.firsts = None if rule.cased else first_keys(pattern)
        self.at = re.compile(pattern)  # on the lower-cased text
        self.any_case = re.compile(pattern, 0 if rule.cased else re.IGNORECASE)  # on the original
        self.veto = re.compile(rule.veto, re.IGNORECASE) if rule.veto else None
        self._requirements = (*(anchors or ()), *((self.firsts,) if self.firsts else ()))

    def requirements(self) -> tuple[frozenset[str], ...]:
        """Stem sets a text must each meet for this group to match it."""
        return self._requirements

    def matches(self, prepared: Prepared) -> list[re.Match[str]]:
        """Where the phrases match: tried at the words that can begin them, else by scanning."""
        lowered, stems = prepared.lowered, prepared.stems
        if lowered is None or stems is None or self.rule.cased:
            return list(_scan(self.any_case, prepared.text))
        if self.firsts is None:
            return list(_scan(self.at, lowered))
        lists = [prepared.places(key) for key in self.firsts.intersection(stems)]
        places = lists[0] if len(lists) == 1 else sorted(set(chain(*lists)))
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
            if rule.check is not None and not rule.check(match.group().lower()):
                continue
            found.append(Span(start, end, text[start:end]))
        return found


def split_alternatives(phrase: str) -> list[str]:
    """A phrase that is one big alternation, as its alternatives (each then gets its own anchors)."""
    if phrase.startswith("(?:") and _closing(phrase, 0) == len(phrase) - 1:
        phrase = phrase[3:-1]
    parts, depth, start, index = [], 0, 0, 0
    while index < len(phrase):
        char = phrase[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _class_end(phrase, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(phrase[start:index])
            start = index + 1
        index += 1
    return [*parts, phrase[start:]]


def _closing(phrase: str, opening: int) -> int:
    """The index of the parenthesis that closes the one at ``opening``."""
    depth, index = 0, opening
    while index < len(phrase):
        char = phrase[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _class_end(phrase, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def _class_end(phrase: str, opening: int) -> int:
    """The index of the bracket that closes the character class opening at ``opening``."""
    index = opening + 1
    if phrase[index : index + 1] == "^":
        index += 1
    if phrase[index : index + 1] == "]":
        index += 1
    while index < len(phrase) and phrase[index] != "]":
        index += 2 if phrase[index] == "\\" else 1
    return index


def _groups_of(owner: str, rule: Rule) -> list[_Group]:
    """Split a rule's phrases by anchors, keeping their order within each group."""
    by_anchors: dict[Anchors | None, list[str]] = {}
    for phrase in (part for whole in rule.phrases for part in split_alternatives(whole)):
        anchors = anchors_of(alternation([phrase]))
        by_anchors.setdefault(anchors, []).append(phrase)
    return [_Group(owner, rule, phrases, anchors) for anchors, phrases in by_anchors.items()]


class _Index:
    """Which groups a text wakes. Each group is filed under its most selective requirement (its first
    words or one of its anchor sets); a text wakes the groups filed under its stems that then meet
    all their other requirements. Groups with no requirement at all always wake."""

    def __init__(self, groups: list[_Group]) -> None:
        self.groups = groups
        self.filed: dict[str, list[int]] = {}
        self.always: list[int] = []
        for n, group in enumerate(groups):
            requirements = group.requirements()
            if not requirements:
                self.always.append(n)
                continue
            for stem in min(requirements, key=weakness):
                self.filed.setdefault(stem, []).append(n)
        self.stems = frozenset(self.filed)

    def woken(self, prepared: Prepared) -> list[_Group]:
        stems = prepared.stems
        if stems is None:
            return self.groups
        numbers = set(self.always)
        for stem in self.stems.intersection(stems):
            numbers.update(self.filed[stem])
        groups = (self.groups[n] for n in sorted(numbers))
        return [g for g in groups if all(not stems.isdisjoint(r) for r in g.requirements())]

    def run(self, prepared: Prepared, owners: Sequence[str]) -> None:
        """Fill ``prepared.found`` for every owner, running each woken group once."""
        found: dict[str, set[Span]] = {owner: set() for owner in owners}
        for group in self.woken(prepared):
            found[group.owner].update(group.spans(prepared))
        for owner, spans in found.items():
            prepared.found[owner] = sorted(spans)


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
        """Every span that proves the finding, sorted; pass a ``prepare``d text to share the work."""
        prepared = text if isinstance(text, Prepared) else prepare(text)
        if self.name not in prepared.found:
            self._index.run(prepared, [self.name])
        return list(prepared.found[self.name])

    def find_everywhere(self, text: str) -> list[Span]:
        """``find`` the slow way: every group scans the whole text, with no shortcut to disagree."""
        prepared = Prepared(text, None, None)
        return sorted({span for group in self._index.groups for span in group.spans(prepared)})

    def unanchored(self) -> list[str]:
        """Phrases woken by every text because neither a first word nor an anchor could be proven."""
        return [g.at.pattern for g in self._index.groups if g.firsts is None and g.anchors is None]


class Catalog:
    """Several lexicons run together: one pass per text fills in all their findings at once."""

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self.lexicons = tuple(lexicons)
        self.names = tuple(lexicon.name for lexicon in lexicons)

    @cached_property
    def _index(self) -> _Index:
        return _Index([group for lexicon in self.lexicons for group in lexicon.groups()])

    def find(self, text: str | Prepared, name: str) -> list[Span]:
        """The spans of lexicon ``name``; the first question about a text answers all the others."""
        prepared = text if isinstance(text, Prepared) else prepare(text)
        if name not in prepared.found:
            self._index.run(prepared, self.names)
        return list(prepared.found[name])
