"""The lexicons' shorthand for regexes, and how a phrase is cut into its alternatives.

A space in a phrase means "one or more blanks on the same line"; ``~`` and `` ?`` mean "optional
blanks". Everything else is Python regex syntax, in lower case.
"""

from __future__ import annotations

from collections.abc import Sequence

_BLANKS = "[^\\S\\n]+"
_OPTIONAL_BLANKS = "[^\\S\\n]*"


def expand(phrase: str) -> str:
    """The shorthand made regex. Inside a character class (``[- ]``) and after a backslash,
    characters keep their regex meaning."""
    out: list[str] = []
    in_class = escaped = False
    for char in phrase.replace(" ?", "~"):
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


def split_alternatives(phrase: str) -> list[str]:
    """A phrase that is one big alternation, as its alternatives (each gets its own anchors)."""
    if phrase.startswith("(?:") and _closing(phrase) == len(phrase) - 1:
        phrase = phrase[3:-1]
    parts: list[str] = []
    depth = start = index = 0
    while index < len(phrase):
        char = phrase[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _class_end(phrase, index)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(phrase[start:index])
            start = index + 1
        index += 1
    return [*parts, phrase[start:]]


def _closing(phrase: str) -> int:
    """The index of the parenthesis that closes the one the phrase opens with, or -1."""
    depth = index = 0
    while index < len(phrase):
        char = phrase[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _class_end(phrase, index)
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return index
        index += 1
    return -1


def _class_end(phrase: str, opening: int) -> int:
    """The index of the bracket that closes the character class opening at ``opening``."""
    index = opening + 1
    index += phrase[index : index + 1] == "^"
    index += phrase[index : index + 1] == "]"
    while index < len(phrase) and phrase[index] != "]":
        index += 2 if phrase[index] == "\\" else 1
    return index
