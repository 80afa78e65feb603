"""The small template language the project's own text generators share.

``[a|b|c]`` picks one alternative (nestable; an empty alternative makes a part optional) and
``{name}`` is a slot the caller fills. Parsing is cached; rendering draws from the caller's
``Random``, one ``choice`` per group, so the same seed writes the same text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from random import Random
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Slot:
    name: str


@dataclass(frozen=True, slots=True)
class Choice:
    options: tuple[Sequence_, ...]


Part: TypeAlias = "str | Slot | Choice"
Sequence_: TypeAlias = "tuple[Part, ...]"


@lru_cache(maxsize=16384)
def parse(template: str, *, slots: bool = True) -> Sequence_:
    """The template's parts; with ``slots=False`` braces are plain text (for ``str.format``)."""
    seq, pos = _sequence(template, 0, slots)
    if pos != len(template):
        raise ValueError(f"unbalanced '|' or ']' in template {template!r}")
    return seq


def render(seq: Sequence_, rng: Random, fill: Callable[[str], str], out: list[str]) -> None:
    """Append the text of ``seq`` to ``out``: one alternative per choice, slots via ``fill``."""
    for part in seq:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, Slot):
            out.append(fill(part.name))
        else:
            render(rng.choice(part.options), rng, fill, out)


def _sequence(text: str, pos: int, slots: bool) -> tuple[Sequence_, int]:
    parts: list[Part] = []
    start = pos
    openers = "[{" if slots else "["
    while pos < len(text) and text[pos] not in "|]":
        if text[pos] not in openers:
            pos += 1
            continue
        if start < pos:
            parts.append(text[start:pos])
        if text[pos] == "[":
            choice, pos = _choice(text, pos + 1, slots)
            parts.append(choice)
        else:
            end = text.index("}", pos)
            parts.append(Slot(text[pos + 1 : end]))
            pos = end + 1
        start = pos
    if start < pos:
        parts.append(text[start:pos])
    return tuple(parts), pos


def _choice(text: str, pos: int, slots: bool) -> tuple[Choice, int]:
    options: list[Sequence_] = []
    while True:
        option, pos = _sequence(text, pos, slots)
        options.append(option)
        if pos >= len(text):
            raise ValueError(f"unclosed '[' in template {text!r}")
        pos += 1
        if text[pos - 1] == "]":
            return Choice(tuple(options)), pos
