"""Evidence: the character spans of a text that made the analyzer say what it said."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """``text[start:end] == self.text``; offsets are Python string indices (code points)."""

    start: int
    end: int
    text: str

    def as_list(self) -> list[int | str]:
        return [self.start, self.end, self.text]


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sorted, with exact duplicates removed (overlapping evidence is kept: each says something)."""
    return sorted(set(spans))
