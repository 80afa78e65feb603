"""``amends analyze FILE``: one JSON object (or CSV row) per input row, in input order.

The command-line contract other tools and the benchmarks rely on; see docs/analysis.md.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from amends.analysis.labels import CX_EMOTIONS, GOEMOTIONS
from amends.analysis.signals import SIGNALS
from amends.cli.common import errors
from amends.config import Settings
from amends.errors import InvalidInput
from amends.readers import CountingReader, choose_format, read_rows
from amends.runtime import configured_analyzer
from amends.services.analysis_stream import ScoredRow, score_rows


def analyze_command(
    file: Annotated[str, typer.Argument(help="CSV or JSONL file, or - for standard input.")],
    text_column: Annotated[str, typer.Option(help="Column holding the text.")] = "text",
    id_column: Annotated[str, typer.Option(help="Column holding each row's id.")] = "id",
    output_format: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    input_format: Annotated[
        str | None, typer.Option("--input-format", help="csv or jsonl (default: guessed).")
    ] = None,
    analyzer_name: Annotated[
        str | None, typer.Option("--analyzer", help="Registered analyzer (AMENDS_ANALYZER).")
    ] = None,
    quiet: Annotated[bool, typer.Option(help="No progress on standard error.")] = False,
) -> None:
    """Analyse each row's text: emotions, CX emotions, negativity, signals, topics, evidence."""
    if output_format not in ("jsonl", "csv"):
        raise InvalidInput(f"--format must be jsonl or csv, not {output_format!r}")
    buffered = _open(file)
    fmt = choose_format(input_format, file, buffered, option="--input-format")
    if fmt == "csv":
        _check_header(buffered, text_column)
    stream = io.TextIOWrapper(buffered, encoding="utf-8-sig", newline="")
    analyzer = configured_analyzer(Settings(), analyzer_name)
    rows = read_rows(stream, fmt)
    progress = Progress(
        TextColumn("analysing"),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        disable=quiet,
    )
    with progress:
        task = progress.add_task("rows", total=None)
        scored = score_rows(
            rows,
            analyzer,
            text_column=text_column,
            id_column=id_column,
            blank_is_empty=fmt == "csv",
            on_batch=lambda n: progress.advance(task, n),
        )
        out = sys.stdout
        if output_format == "jsonl":
            _write_jsonl(scored, out)
        else:
            _write_csv(scored, out)
        out.flush()


def _open(file: str) -> io.BufferedReader:
    if file == "-":
        binary: Any = sys.stdin.buffer
    else:
        path = Path(file)
        if not path.is_file():
            raise InvalidInput(f"no such file: {file}")
        binary = path.open("rb")
    return io.BufferedReader(CountingReader(binary))  # peekable, whatever the source


def _check_header(buffered: io.BufferedReader, text_column: str) -> None:
    """A CSV without the text column is a mistake in the command, not a thousand bad rows."""
    head = buffered.peek(65536)[:65536]
    lines = head.decode("utf-8", "ignore").lstrip("\ufeff").splitlines()
    if not lines:
        return
    delimiter = max((",", ";", "\t", "|"), key=lines[0].count)
    names = [name.strip() for name in next(csv.reader(lines[:1], delimiter=delimiter), [])]
    if text_column not in names:
        raise InvalidInput(f"no column {text_column!r} in the header ({', '.join(names)})")


def _write_jsonl(scored: Iterator[ScoredRow], out: IO[str]) -> None:
    for row in scored:
        out.write(json.dumps(row.as_json(), ensure_ascii=False))
        out.write("\n")


CSV_COLUMNS = [
    "id",
    "negative",
    "is_negative",
    "labels",
    "topics",
    "language",
    *(f"emotion_{label}" for label in GOEMOTIONS),
    *(f"cx_{name}" for name in CX_EMOTIONS),
    *(f"signal_{name}" for name in SIGNALS),
    "evidence",
    "error",
]


def _write_csv(scored: Iterator[ScoredRow], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in scored:
        writer.writerow(_flat(row))


def _flat(row: ScoredRow) -> dict[str, Any]:
    if row.result is None:
        return {"id": row.id, "error": row.error}
    result = row.result
    flat: dict[str, Any] = {
        "id": row.id,
        "negative": result["negative"],
        "is_negative": result["is_negative"],
        "labels": ";".join(result["labels"]),
        "topics": ";".join(result["topics"]),
        "language": result["language"],
        "evidence": json.dumps(result["evidence"], ensure_ascii=False),
    }
    flat.update({f"emotion_{k}": v for k, v in result["emotions"].items()})
    flat.update({f"cx_{k}": v for k, v in result["cx_emotions"].items()})
    flat.update({f"signal_{k}": v for k, v in result["signals"].items()})
    return flat


def reanalyze_command(
    everything: Annotated[
        bool, typer.Option("--all", help="Re-read every item, not only those not yet read.")
    ] = False,
    batch: Annotated[int, typer.Option(help="Items per transaction.")] = 1000,
) -> None:
    """Re-score stored feedback after a model upgrade (resumable: it skips what is current)."""
    from amends.cli.common import console, runtime
    from amends.services.analysis import reanalyze

    with runtime() as built:
        analyzer = built.analyzer()
        with built.uow() as uow:
            total = uow.feedback.count()
        progress = Progress(
            TextColumn(f"re-analysing with {analyzer.name} {analyzer.version}"),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=errors,
        )
        with progress:
            task = progress.add_task("feedback", total=total)
            report = reanalyze(
                built.uow,
                analyzer,
                clock=built.clock,
                everything=everything,
                batch=batch,
                on_progress=lambda n: progress.advance(task, n),
                actor="cli",
            )
    console.print(
        f"{report.analyzed:,} feedback items analysed by {report.analyzer} {report.version}"
    )
