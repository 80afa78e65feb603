"""``amends analyze``: score rows of a CSV/JSONL stream in input order, in bounded memory.

Rows are read, analysed and written a batch at a time, so a file of any length streams through
with memory for one batch. A row that cannot be read, or has no text column, becomes an error
object in its place, and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from amends.analysis.base import Analyzer
from amends.domain.records import RawRow

BATCH = 512


@dataclass(frozen=True, slots=True)
class ScoredRow:
    line: int
    id: Any
    result: dict[str, Any] | None  # Analysis.as_json()
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        if self.result is None:
            return {"id": self.id, "line": self.line, "error": self.error}
        return {"id": self.id, **self.result}


def score_rows(
    rows: Iterable[RawRow],
    analyzer: Analyzer,
    *,
    text_column: str = "text",
    id_column: str = "id",
    blank_is_empty: bool = True,
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[ScoredRow]:
    """Scored rows in input order. ``blank_is_empty``: a row without the text field is an empty
    text (CSV, whose reader drops empty cells) rather than an error (JSONL)."""
    iterator = iter(rows)
    while batch := list(islice(iterator, BATCH)):
        problems = [_problem(row, text_column, blank_is_empty) for row in batch]
        texts = [
            str((row.data or {}).get(text_column, ""))
            for row, problem in zip(batch, problems, strict=True)
            if problem is None
        ]
        results = iter(analyzer.analyze(texts))
        for row, problem in zip(batch, problems, strict=True):
            ident = row.data.get(id_column) if row.data is not None else None
            if problem is None:
                yield ScoredRow(row.line, ident, next(results).as_json())
            else:
                yield ScoredRow(row.line, ident, None, problem)
        if on_batch is not None:
            on_batch(len(batch))


def _problem(row: RawRow, text_column: str, blank_is_empty: bool) -> str | None:
    if row.data is None:
        return row.problem or "unreadable row"
    value = row.data.get(text_column)
    if value is None:
        return None if blank_is_empty else f"no {text_column!r} field"
    if not isinstance(value, str):
        return f"{text_column!r} is not text"
    return None
