"""Reading CSV and JSONL into ``RawRow``s: line numbers kept, columns renamed, nothing validated.

A row that cannot even be read (broken JSON, a CSV row with more cells than the header) comes out
as a ``RawRow`` with a ``problem``, so ingestion reports it and carries on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO, Literal, TextIO

from amends.domain.records import RawRow
from amends.errors import InvalidInput

Format = Literal["csv", "jsonl"]
_DELIMITERS = (",", ";", "\t", "|")


def parse_assignments(pairs: Iterable[str], *, option: str) -> dict[str, str]:
    """``["text=comment", "score=nps"]`` -> ``{"text": "comment", "score": "nps"}``."""
    result: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise InvalidInput(f"{option} takes FIELD=VALUE, got {pair!r}")
        result[name.strip()] = value.strip()
    return result


def detect_format(name: str, first_line: str) -> Format:
    lowered = name.lower()
    if lowered.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lowered.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    return "jsonl" if first_line.lstrip().startswith("{") else "csv"


def choose_format(
    chosen: str | None, name: str, stream: io.BufferedReader[Any], *, option: str = "--format"
) -> Format:
    """The format the user named, else the file's extension, else (standard input) a peek at
    its first characters."""
    if chosen is not None:
        if chosen not in ("csv", "jsonl"):
            raise InvalidInput(f"{option} must be csv or jsonl, not {chosen!r}")
        return "csv" if chosen == "csv" else "jsonl"
    first = "" if name != "-" else stream.peek(64)[:64].decode("utf-8", "ignore")
    return detect_format(name, first)


def read_rows(
    stream: TextIO,
    fmt: Format,
    *,
    mapping: Mapping[str, str] | None = None,
    constants: Mapping[str, str] | None = None,
) -> Iterator[RawRow]:
    """Rows of a CSV or JSONL stream. ``mapping`` is canonical field -> source column;
    ``constants`` fill a field that a row leaves empty."""
    rows = _read_csv(stream) if fmt == "csv" else _read_jsonl(stream)
    rename = {source: field for field, source in (mapping or {}).items()}
    for row in rows:
        if row.data is None:
            yield row
            continue
        data = {rename.get(key, key): value for key, value in row.data.items()}
        for field, value in (constants or {}).items():
            if data.get(field) in (None, ""):
                data[field] = value
        yield RawRow(row.line, data)


def _read_csv(stream: TextIO) -> Iterator[RawRow]:
    header_line = stream.readline().lstrip("\ufeff")
    if not header_line.strip():
        return
    delimiter = max(_DELIMITERS, key=header_line.count)
    header = next(csv.reader([header_line], delimiter=delimiter))
    header = [name.strip() for name in header]
    if len(set(header)) != len(header):
        raise InvalidInput(f"the CSV header names a column twice: {header}")
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    line = 2
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield RawRow(line, None, f"unreadable CSV: {error}")
            line = reader.line_num + 2
            continue
        start, line = line, reader.line_num + 2  # a quoted cell may span several lines
        if not cells or all(not cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            problem = f"expected {len(header)} cells as in the header, found {len(cells)}"
            yield RawRow(start, None, problem)
            continue
        yield RawRow(start, {k: v for k, v in zip(header, cells, strict=True) if v.strip()})


def _read_jsonl(stream: TextIO) -> Iterator[RawRow]:
    for number, text in enumerate(stream, start=1):
        if not text.strip():
            continue
        try:
            value: Any = json.loads(text)
        except json.JSONDecodeError as error:
            yield RawRow(number, None, f"not valid JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(value, dict):
            yield RawRow(number, None, "each line must be a JSON object")
            continue
        yield RawRow(number, {k: v for k, v in value.items() if v is not None and v != ""})


class CountingReader(io.RawIOBase):
    """A raw stream over any binary file that counts the bytes read: the progress bar follows a
    file whose rows it cannot count, and ``io.BufferedReader`` over it can always ``peek``."""

    def __init__(self, inner: BinaryIO) -> None:
        self.inner = inner
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        buffer[: len(data)] = data
        self.bytes_read += len(data)
        return len(data)
