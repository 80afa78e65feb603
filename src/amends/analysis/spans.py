"""Evidence: the character spans of a text that made the analyzer say what it said."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """``text[start:end] == self.text``; offsets are Python string indices (code points).

    A named tuple, not a dataclass: the analyzer makes and sorts dozens per text, and a tuple is
    built and compared in C (a frozen dataclass's ``__init__`` and ordering run in Python)."""

    start: int
    end: int
    text: str

    def as_list(self) -> list[int | str]:
        return [self.start, self.end, self.text]


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sorted, with exact duplicates removed (overlapping evidence is kept: each says something)."""
    return sorted(set(spans))
