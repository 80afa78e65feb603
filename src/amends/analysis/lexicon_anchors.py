"""Anchors and first keys: what any match of a phrase must contain, and how it must begin.

A stem is the first ``STEM`` letters of a word (the whole word if shorter). A phrase's anchors are
sets of stems that every match meets; its first keys are the stems a match can begin with ("0" for a
number). A text lacking them cannot match, so the engine skips the phrase, and otherwise tries it
only where a fitting word begins: that is where the analyzer's speed comes from. Both are derived
from the phrase's own regex, not written by hand, so they cannot drift from the phrases: a run of
literal letters that every match contains yields a stem when it starts a word and is long enough or
provably ends the word. When nothing can be proven (or the parser is unavailable) a phrase runs on
every text: slower, never wrong.

This reads CPython's regex parse tree (``re._parser``, the same since 3.11), once per phrase, when
a lexicon is first used.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

STEM = 4
"""Letters of a word that make its stem."""

_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = bytes(code if chr(code).isalpha() else 0x20 for code in range(256))
"""A byte table blanking every ASCII character but letters: the fast way to split ASCII text."""
_DIGIT = re.compile(r"\d")

try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python without this layout: no shortcut, same answers
    _parser = _c = None

_WORD_STARTS = re.compile(rf"(?<!\w)(?:([^\W\d_]{{1,{STEM}}})|\d)")
_NUMBER_STARTS = re.compile(r"(?<!\w)\d")

DIGIT = "0"
_BUDGET = 5000

Stems = frozenset[str]
Anchors = tuple[Stems, ...]
"""Every set must meet a text's stems for a match to be possible (each set: one of its stems)."""

_CLAUSES = 3
"""How many of a phrase's requirements to keep: the most selective ones."""


def text_stems(lowered: str) -> frozenset[str]:
    """The stems of the words of a lower-cased text, and ``DIGIT`` if it has a number (a word is a
    run of letters: "45mins" has "mins")."""
    if lowered.isascii():
        words = lowered.encode("ascii").translate(_ASCII_LETTERS).decode("ascii").split()
    else:
        words = _LETTERS.findall(lowered)
    stems = {word[:STEM] for word in words}
    if _DIGIT.search(lowered):
        stems.add(DIGIT)
    return frozenset(stems)


def word_starts(lowered: str, key: str) -> list[int]:
    """Where words with first key ``key`` begin in a lower-cased text: words whose stem it is
    (letters not glued to a letter or digit before them), or numbers for ``DIGIT``.

    Found per key, with ``str.find`` and a check at each hit: a text is asked about a handful of
    keys, and finding those few beats listing every word of the text."""
    if key == DIGIT:
        return [match.start() for match in _NUMBER_STARTS.finditer(lowered)]
    found: list[int] = []
    at = lowered.find(key)
    while at >= 0:
        word = _WORD_STARTS.match(lowered, at)
        if word is not None and word.group(1) == key:
            found.append(at)
        at = lowered.find(key, at + 1)
    return found


def first_keys(pattern: str) -> frozenset[str] | None:
    """The stems a match of ``pattern`` can begin with; None if it may begin otherwise."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(pattern)
    except re.error:
        return None
    keys: set[str] = set()
    budget = [_BUDGET]
    return frozenset(keys) if _starts(tuple(tree), "", keys, budget) else None


def _starts(stack: tuple[Any, ...], acc: str, keys: set[str], budget: list[int]) -> bool:
    """Enumerate the first letters ``stack`` can match after ``acc``; False if it cannot be told."""
    budget[0] -= 1
    if len(acc) == STEM:
        return _add(acc, keys)
    if budget[0] < 0 or not stack:
        return False  # too many paths, or the match may end inside a longer word
    (op, av), rest = stack[0], stack[1:]
    if op is _c.LITERAL and chr(av).isalpha():
        return _starts(rest, acc + chr(av).lower(), keys, budget)
    letters = _few_letters(op, av)
    if letters:
        return all(_starts(rest, acc + letter, keys, budget) for letter in letters)
    if op is _c.LITERAL or op is _c.IN:
        return _ends_here(op, av, acc, keys)
    if op is _c.AT:
        if av is _c.AT_BOUNDARY and not acc:
            return _starts(rest, acc, keys, budget)
        return bool(acc) and av in (_c.AT_BOUNDARY, _c.AT_END) and _add(acc, keys)
    if op is _c.ASSERT or op is _c.ASSERT_NOT:
        return _starts(rest, acc, keys, budget)
    if op is _c.BRANCH:
        return all(_starts(tuple(branch) + rest, acc, keys, budget) for branch in av[1])
    if op is _c.SUBPATTERN:
        return _starts(tuple(av[-1]) + rest, acc, keys, budget)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        least, most, body = av
        if most == 0:
            return _starts(rest, acc, keys, budget)
        again = (op, (max(least - 1, 0), most if most == _c.MAXREPEAT else most - 1, body))
        once = _starts((*body, again, *rest), acc, keys, budget)
        return once and (least > 0 or _starts(rest, acc, keys, budget))
    return False


def _few_letters(op: Any, av: Any) -> list[str]:
    """The letters of a small class of plain letters ("[sz]"), else nothing."""
    if op is not _c.IN or len(av) > 8:
        return []
    if all(kind is _c.LITERAL and chr(what).isalpha() for kind, what in av):
        return [chr(what).lower() for _, what in av]
    return []


def _ends_here(op: Any, av: Any, acc: str, keys: set[str]) -> bool:
    """A non-letter item: it ends the first word, or (at the very start) must be a digit."""
    if _may_be_letter(op, av):
        return False
    if acc:
        return _add(acc, keys)
    return _only_digits(op, av) and _add(DIGIT, keys)


def _add(key: str, keys: set[str]) -> bool:
    keys.add(key)
    return True


def _only_digits(op: Any, av: Any) -> bool:
    if op is _c.LITERAL:
        return chr(av).isdigit()
    members = list(av)
    return bool(members) and all(
        (kind is _c.CATEGORY and what is _c.CATEGORY_DIGIT)
        or (kind is _c.LITERAL and chr(what).isdigit())
        or (kind is _c.RANGE and chr(what[0]).isdigit() and chr(what[1]).isdigit())
        for kind, what in members
    )


def _only_decimal(op: Any, av: Any) -> bool:
    """Whether one character matched by this item is always a decimal digit, which ``\\d`` (and
    so ``text_stems``) sees as one."""
    if op is _c.LITERAL:
        return chr(av).isdecimal()
    members = list(av)
    return bool(members) and all(
        (kind is _c.CATEGORY and what is _c.CATEGORY_DIGIT)
        or (kind is _c.LITERAL and chr(what).isdecimal())
        or (kind is _c.RANGE and "0" <= chr(what[0]) <= chr(what[1]) <= "9")
        for kind, what in members
    )


def anchors_of(pattern: str) -> Anchors | None:
    """Stem sets that every match of ``pattern`` (lower-case) meets; None if none is provable."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(pattern)
    except re.error:
        return None
    clauses = _Walk().sequence(list(tree), after_non_letter=True)[0]
    return tuple(sorted(set(clauses), key=weakness)[:_CLAUSES]) or None


_VERY_COMMON = frozenset(
    "the and you your for not but can with have that this what they them then ther here from abou"
    " will when just all any get got one".split()
)
"""Stems in most texts: an anchor set holding one hardly ever skips anything."""

_COMMON = frozenset(
    "than back like over ever been some time give take make come came show made done said told"
    " help afte now need feel look wher stil noth tell let call even only".split()
)
"""Stems in many texts."""


def weakness(stems: Stems) -> tuple[int, tuple[str, ...]]:
    """Roughly how often a text carries one of these stems (then a fixed order, for stability)."""
    cost = sum(
        12 if len(stem) < 3 else 8 if stem in _VERY_COMMON else 3 if stem in _COMMON else 1
        for stem in stems
    )
    return cost, tuple(sorted(stems))


class _Walk:
    """One pass over a parse tree, collecting the anchor sets each sequence guarantees."""

    def sequence(
        self, items: list[Any], *, after_non_letter: bool, word_ends_after: bool = False
    ) -> tuple[list[Stems], bool]:
        """Every stem set a sequence guarantees, and whether it always ends on a non-letter;
        ``word_ends_after`` says what follows the sequence is sure to end a word."""
        found: list[Stems] = []
        run: list[str] = []
        run_at_word_start = False
        state = after_non_letter
        for index, (op, av) in enumerate(items):
            if op is _c.LITERAL and chr(av).isalpha():
                if not run:
                    run_at_word_start = state
                run.append(chr(av).lower())
                state = False
                continue
            ends = _ends_word(*items[index + 1]) if index + 1 < len(items) else word_ends_after
            if run and run_at_word_start:
                self._flush(run, op, av, found, word_ends_after=ends)
            run = []
            clauses, state = self.item(op, av, state, word_ends_after=ends)
            found.extend(clauses)
        if run and run_at_word_start and (len(run) >= STEM or (word_ends_after and len(run) >= 2)):
            found.append(frozenset({"".join(run[:STEM])}))
        return found, state

    def _flush(
        self, run: list[str], op: Any, av: Any, found: list[Stems], *, word_ends_after: bool
    ) -> None:
        """A run that starts a word and is followed by ``op``: a stem if long or word-final."""
        if len(run) >= STEM or (_ends_word(op, av) and len(run) >= 2):
            found.append(frozenset({"".join(run[:STEM])}))
        elif op is _c.BRANCH:  # common prefixes are factored out: "r(?:eview|ate)"
            self._continue_into(run, av[1], found, word_ends_after=word_ends_after)

    @staticmethod
    def _continue_into(
        run: list[str], branches: list[Any], found: list[Stems], *, word_ends_after: bool
    ) -> None:
        stems = set()
        for branch in branches:
            lead = list(run)
            rest = list(branch)
            while (
                rest and len(lead) < STEM and rest[0][0] is _c.LITERAL and chr(rest[0][1]).isalpha()
            ):
                lead.append(chr(rest.pop(0)[1]).lower())
            word_done = _ends_word(*rest[0]) if rest else word_ends_after
            if len(lead) < STEM and not (word_done and len(lead) >= 2):
                return
            stems.add("".join(lead))
        found.append(frozenset(stems))

    def item(
        self, op: Any, av: Any, after_non_letter: bool, *, word_ends_after: bool = False
    ) -> tuple[list[Stems], bool]:
        """Stem sets a single parse item guarantees, and whether it leaves us after a non-letter."""
        if op in (_c.LITERAL, _c.IN) and _only_decimal(op, av):
            return [frozenset({DIGIT})], True  # a digit: the text must hold a number
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
            return [], not _may_be_letter(op, av)
        if op is _c.AT:
            if av is _c.AT_BOUNDARY or av is _c.AT_BEGINNING:
                return [], True  # a letter right after \b or ^ starts a word
            return [], after_non_letter and av is not _c.AT_NON_BOUNDARY
        if op is _c.ASSERT or op is _c.ASSERT_NOT:
            return [], after_non_letter
        if op is _c.BRANCH:
            return self.branch(av[1], after_non_letter, word_ends_after)
        if op is _c.SUBPATTERN:
            return self.sequence(
                list(av[-1]), after_non_letter=after_non_letter, word_ends_after=word_ends_after
            )
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            clauses, ends_non_letter = self.sequence(list(av[2]), after_non_letter=after_non_letter)
            if av[0] == 0:
                return [], after_non_letter and ends_non_letter
            return clauses, ends_non_letter
        return [], False

    def branch(
        self, branches: list[Any], after_non_letter: bool, word_ends_after: bool
    ) -> tuple[list[Stems], bool]:
        """One set for an alternation: each branch's most selective set, joined."""
        union: set[str] = set()
        provable = ends_non_letter = True
        for branch in branches:
            clauses, ends = self.sequence(
                list(branch), after_non_letter=after_non_letter, word_ends_after=word_ends_after
            )
            ends_non_letter = ends_non_letter and ends
            if clauses:
                best: Stems = min(clauses, key=weakness)
                union.update(best)
            else:
                provable = False
        return ([frozenset(union)] if provable else []), ends_non_letter


def _ends_word(op: Any, av: Any) -> bool:
    """Whether this item, right after a letter, proves the word has ended."""
    if op is _c.AT:
        return av is _c.AT_BOUNDARY or av is _c.AT_END
    if op is _c.LITERAL or op is _c.IN:
        return not _may_be_letter(op, av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1 and len(av[2]) >= 1:
        first_op, first_av = next(iter(av[2]))
        return _ends_word(first_op, first_av)
    return False


def _may_be_letter(op: Any, av: Any) -> bool:
    """Whether one character matched by this item can be a letter (conservatively yes)."""
    if op is _c.LITERAL:
        return chr(av).isalpha()
    if op is not _c.IN:
        return True
    members = list(av)
    if members and members[0][0] is _c.NEGATE:
        return not any(
            kind is _c.CATEGORY and what is _c.CATEGORY_NOT_SPACE for kind, what in members[1:]
        )
    return any(_member_may_be_letter(kind, what) for kind, what in members)


def _member_may_be_letter(kind: Any, what: Any) -> bool:
    if kind is _c.LITERAL:
        return chr(what).isalpha()
    if kind is _c.RANGE:
        low, high = what
        return high - low > 512 or any(chr(code).isalpha() for code in range(low, high + 1))
    if kind is _c.CATEGORY:
        return what not in (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD)
    return True
