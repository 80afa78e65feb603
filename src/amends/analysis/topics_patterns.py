"""Phrase patterns: the little language a taxonomy's ``phrases`` and ``exclude`` are written in.

A phrase is words separated by spaces, matched case-insensitively on word boundaries::

    charged twice      also "charge twice", "charges twice", "Charged  Twice", "charged-twice"
    refund*            a prefix: "refund", "refunds", "refunded", "refundable"
    # hours on hold    ``#`` is a number: "2 hours", "two hours", "a few hours"
    charged .. twice   ``..`` allows up to three words in between: "charged me twice"
    =us                ``=`` matches the word only as written (no inflections)
    lost my bag/case   ``/`` separates alternative words: "lost my bag", "lost my case"
    log in             words may also be written joined or hyphenated: "login", "log-in"
    can't log in       apostrophes are optional and may be curly (U+2019): "cant"

Each word also matches its simple inflections (plural -s/-es, -ed, -ing, possessive 's, -y/-ies/
-ied, a doubled final consonant, a dropped final e), so ``delay`` finds "delays", "delayed",
"delaying" and ``cancel`` finds "cancelled" and "canceling". Function words ("on", "no", "the")
and words with digits or punctuation match only as written, and so does ``24/7`` (``/`` only
separates words). Anything else is escaped, so a phrase can never inject a regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "FUNCTION_WORDS",
    "WORD_RE",
    "PhraseError",
    "PhraseParts",
    "alternation",
    "compile_phrases",
    "expand_phrase",
    "first_characters",
    "phrase_parts",
    "phrase_regex",
    "word_key",
]

# Short words that carry no topic of their own: never inflected, never a learned phrase alone.
FUNCTION_WORDS = frozenset(
    """a about after again all also am an and any are as at be been before being but by can cannot
    could did do does doing done for from get got had has have he her here him his how i if in
    into is it its just me more my no nor not of off on once only or our out over own same she
    should so some still such than that the their them then there these they this those through
    to too under until up very was we were what when where which while who why will with would
    yet you your""".split()
)

# How the fitting code splits a text into words: runs of letters and digits, with an inner
# apostrophe kept ("can't"), so learned phrases are always words this module can match.
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

_SEPARATOR = r"[\s\-]*"  # between the words of a phrase: "log in", "log-in", "login"
_GAP = r"\W+(?:\w+\W+){0,3}?"  # ``..``: up to three words in between
# ``#``: digits or a number word, factored by first letter by hand (it is tried at every word).
_NUMBER = (
    r"(?:\d+(?:[.,:]\d+)?|an?|couple|e(?:ight|leven)|f(?:i(?:ve|ft(?:een|y))|o(?:ur|rty)|ew)|many"
    r"|nine(?:ty)?|one|s(?:ix(?:ty)?|even|everal)|t(?:w(?:o|elve|enty)|h(?:ree|irty)|en))(?:\s+of)?"
)
_POSSESSIVE = r"(?:['\u2019]s)?"
_MAX_EXPANSIONS = 64
_VOWELS = frozenset("aeiou")


class PhraseError(ValueError):
    """A phrase that cannot be turned into a pattern (the message says why)."""


@dataclass(frozen=True, slots=True)
class PhraseParts:
    """A phrase's regex, split so many phrases can share their first letters.

    ``bounded``: it starts on a word boundary; ``head``: its literal first letters; ``tail``: the
    rest of the expression.
    """

    bounded: bool
    head: str
    tail: str

    @property
    def regex(self) -> str:
        return (r"\b" if self.bounded else "") + self.head + self.tail


def expand_phrase(phrase: str) -> list[str]:
    """The plain phrases a phrase with ``a/b`` alternatives stands for, in order."""
    expansions = [""]
    for token in phrase.strip().lower().split():
        choices = token.split("/") if _is_choice(token) else [token]
        if any(not choice for choice in choices):
            raise PhraseError(f"empty alternative in {token!r}")
        expansions = [f"{done} {choice}".strip() for done in expansions for choice in choices]
        if len(expansions) > _MAX_EXPANSIONS:
            raise PhraseError(f"more than {_MAX_EXPANSIONS} alternatives in one phrase")
    if expansions == [""]:
        raise PhraseError("a phrase must contain at least one word")
    return expansions


def phrase_parts(phrase: str) -> list[PhraseParts]:
    """The regular expressions (for lower-cased text) that find ``phrase``; see the module doc."""
    return [_plain_parts(plain) for plain in expand_phrase(phrase)]


def phrase_regex(phrase: str) -> str:
    """One phrase as one regular expression (for lower-cased text)."""
    return alternation(phrase_parts(phrase))


def _plain_parts(phrase: str) -> PhraseParts:
    tokens = phrase.split()
    if tokens[0] == ".." or tokens[-1] == "..":
        raise PhraseError("'..' must stand between two words")
    parts: list[str] = []
    for index, token in enumerate(tokens):
        if token == "..":
            if tokens[index - 1] == "..":
                raise PhraseError("'..' cannot follow another '..'")
            parts.append(_GAP)
            continue
        if index and tokens[index - 1] != "..":
            parts.append(_SEPARATOR)
        parts.append(_token_regex(token))
    body = "".join(parts) + (r"\b" if _ends_with_word(tokens[-1]) else "")
    head_length = next((i for i, char in enumerate(body) if not char.isalnum()), len(body))
    if body[head_length : head_length + 1] in ("?", "*", "+", "{"):
        head_length -= 1  # the letter before a quantifier belongs to it, not to the head
    return PhraseParts(_starts_with_word(tokens[0]), body[:head_length], body[head_length:])


def _is_choice(token: str) -> bool:
    """``order/parcel`` is a choice of words; ``24/7`` has no word to choose, so it is literal."""
    words = [part for part in token.split("/") if part]
    return "/" in token and bool(words) and all(any(c.isalpha() for c in w) for w in words)


def alternation(parts: Iterable[PhraseParts]) -> str:
    """One regex for many phrases, factored by their first letters like a trie.

    Python's engine tries the alternatives of a group one by one at every word start, so fifty
    phrases cost fifty tests there; factored, it dispatches on the first letter instead.
    """
    unique = set(parts)
    bounded = [(part.head, part.tail) for part in unique if part.bounded]
    others = sorted((part.regex for part in unique if not part.bounded), key=_longest_first)
    alternatives = [r"\b" + _trie(bounded)] if bounded else []
    alternatives += [f"(?:{source})" for source in others]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for many phrases (for lower-cased text), longer phrases tried first."""
    parts = [part for phrase in phrases for part in phrase_parts(phrase)]
    return re.compile(alternation(parts)) if parts else None


def first_characters(parts: Iterable[PhraseParts]) -> frozenset[str] | None:
    """The characters a match can start with, or None when a phrase may start with anything."""
    chars: set[str] = set()
    for part in parts:
        if not part.head:
            return None
        chars.add(part.head[0])
    return frozenset(chars)


def _trie(entries: list[tuple[str, str]]) -> str:
    """``(head, tail)`` pairs as one group: shared first letters once, longer phrases first."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    leaves: list[str] = []
    for head, tail in entries:
        if head:
            by_first.setdefault(head[0], []).append((head[1:], tail))
        else:
            leaves.append(tail)
    alternatives = [char + _trie(rest) for char, rest in sorted(by_first.items())]
    # Phrases that start with a number share that (costly) alternative instead of each trying it.
    counted = sorted({tail[len(_NUMBER) :] for tail in leaves if tail.startswith(_NUMBER)})
    if counted:
        alternatives.append(_NUMBER + "(?:" + "|".join(sorted(counted, key=_longest_first)) + ")")
    alternatives += sorted(
        {tail for tail in leaves if not tail.startswith(_NUMBER)}, key=_longest_first
    )
    if len(alternatives) == 1:
        return alternatives[0] if not leaves else f"(?:{alternatives[0]})"
    return "(?:" + "|".join(alternatives) + ")"


def _longest_first(source: str) -> tuple[int, str]:
    return (-len(source), source)


def word_key(word: str) -> str:
    """The stem that groups a word's inflections ("delays", "delayed" -> "delay"), for fitting."""
    stem, _ = _stem(word.lower().replace("\u2019", "'"))
    return stem


def _token_regex(token: str) -> str:
    if token == "#":
        return _NUMBER
    if token.startswith("=") and len(token) > 1:
        return _literal(token[1:])
    if token.endswith("*") and len(token) > 1:
        return _literal(token[:-1]) + r"\w*"
    if "*" in token or token == "=":
        raise PhraseError(f"'*' may only end a word and '=' only start one: {token!r}")
    if not token.isalpha() or token in FUNCTION_WORDS or len(token) < 3:
        return _literal(token)
    return _inflected(token)


def _literal(token: str) -> str:
    out: list[str] = []
    for char in token:
        if char in "'\u2019":
            out.append("['\u2019]?")
        elif char == "-":
            out.append(r"[\s\-]?")
        else:
            out.append(re.escape(char))
    return "".join(out)


@lru_cache(maxsize=4096)
def _inflected(word: str) -> str:
    stem, kind = _stem(word)
    last = stem[-1]
    if kind == "y":  # reply, replies, replied, replying
        ending = "(?:y|ies|ied|ying)"
    elif kind == "e":  # charge, charges, charged, charging (never the bare "charg")
        ending = "(?:e|es|ed|ing)"
    elif kind == "double":  # call, calls, called; cancel, cancelled, canceled; missed, misses
        ending = f"{last}?(?:ed|ing|s|es)?"
    elif kind == "ed":  # seen as "waited" or "charged": the base may or may not end in e
        ending = "(?:e|es|ed|ing|s)?"
    elif kind == "ing":  # "booking": a suffix is required, so "evening" never finds "even"
        ending = "(?:e|es|ed|ing|s)"
    else:
        double = f"|{last}ed|{last}ing" if last not in _VOWELS and last not in "wxy" else ""
        ending = f"(?:s|es|ed|ing{double})?"
    return f"{stem}{ending}{_POSSESSIVE}"


def _stem(word: str) -> tuple[str, str]:
    """(stem, kind): kind says which endings the stem takes; see ``_inflected``."""
    if len(word) < 4 or not word.isalpha() or word in FUNCTION_WORDS:
        return word, "plain"
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3], "y"
    for suffix in ("ing", "ed"):
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 3 or word.endswith("eed"):
            continue
        if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in _VOWELS:
            return base[:-1], "double"
        if base.endswith("y") and base[-2] not in _VOWELS:
            return base[:-1], "y"
        return base, suffix
    return _stem_plain(_singular(word))


def _singular(word: str) -> str:
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        return word[:-1]
    return word


def _stem_plain(word: str) -> tuple[str, str]:
    if word.endswith("y") and len(word) > 3 and word[-2] not in _VOWELS:
        return word[:-1], "y"
    if word.endswith("e") and not word.endswith("ee") and len(word) > 3:
        return word[:-1], "e"
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] in "lsz":
        return word[:-1], "double"
    return word, "plain"


def _starts_with_word(token: str) -> bool:
    return token == "#" or bool(re.match(r"=?\w", token))


def _ends_with_word(token: str) -> bool:
    return token == "#" or token.endswith("*") or bool(re.search(r"\w$", token))
