"""``amends ingest customers|events|feedback FILE``: CSV or JSONL in, a summary and rejects out."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, BinaryIO, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from amends.cli.common import console, errors, runtime
from amends.domain.records import RecordContext, RecordKind
from amends.errors import InvalidInput
from amends.readers import CountingReader, choose_format, parse_assignments, read_rows
from amends.services.ingest import IngestReport, Reject, ingest

FileArg = Annotated[str, typer.Argument(help="CSV or JSONL file, or - for standard input.")]
MapOpt = Annotated[
    list[str] | None,
    typer.Option("--map", help="FIELD=COLUMN: read a canonical field from another column."),
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", help="FIELD=VALUE: a value for rows that leave FIELD empty."),
]
SourceOpt = Annotated[
    str | None, typer.Option(help="Where the data came from (default: the file's name).")
]
ZoneOpt = Annotated[
    str | None,
    typer.Option("--timezone", help="IANA zone for timestamps written without an offset."),
]
RegionOpt = Annotated[
    str | None, typer.Option(help="Region for phone numbers without a country code.")
]
FormatOpt = Annotated[
    str | None, typer.Option("--format", help="csv or jsonl (default: from the file name).")
]
AnalyzeOpt = Annotated[
    bool | None,
    typer.Option(
        "--analyze/--no-analyze",
        help="Analyse new feedback as it lands (default: AMENDS_ANALYZE_ON_INGEST).",
    ),
]
RejectsOpt = Annotated[
    Path | None, typer.Option(help="Where to write refused rows (default: FILE.rejects.csv).")
]


class Kind(StrEnum):
    CUSTOMERS = "customers"
    EVENTS = "events"
    FEEDBACK = "feedback"


def ingest_command(
    kind: Annotated[Kind, typer.Argument(help="What the file holds.")],
    file: FileArg,
    map_: MapOpt = None,
    set_: SetOpt = None,
    source: SourceOpt = None,
    timezone: ZoneOpt = None,
    region: RegionOpt = None,
    format_: FormatOpt = None,
    rejects: RejectsOpt = None,
    analyze: AnalyzeOpt = None,
) -> None:
    """Take in customers (created, or updated when a row brings something new), events (orders,
    deliveries, logins, contacts, calls...; extra columns become attributes) or feedback (survey
    answers, replies, reviews, posts, tickets, chats, call notes) from CSV or JSONL."""
    options = _Options(map_, set_, source, timezone, region, format_, rejects, analyze)
    _ingest(kind.value, file, options)


@dataclass(frozen=True, slots=True)
class _Options:
    mapping: list[str] | None
    constants: list[str] | None
    source: str | None
    timezone: str | None
    region: str | None
    fmt: str | None
    rejects: Path | None
    analyze: bool | None


def _ingest(kind: RecordKind, file: str, options: _Options) -> None:
    context = _context(options.timezone, options.region)
    column_map = parse_assignments(options.mapping or [], option="--map")
    fixed = parse_assignments(options.constants or [], option="--set")
    binary, total = _open(file)
    counted = CountingReader(binary)
    buffered = io.BufferedReader(counted)
    text = io.TextIOWrapper(buffered, encoding="utf-8-sig", newline="")
    chosen = choose_format(options.fmt, file, buffered)
    rows = read_rows(text, chosen, mapping=column_map, constants=fixed)
    rejects = _RejectsFile(options.rejects or Path(_default_rejects(file)))
    source = options.source
    with runtime() as built, _progress(total) as progress:
        task = progress.add_task(f"{kind} from {file}", total=total)
        region = options.region or built.settings.default_region
        context = RecordContext(context.timezone, region)
        analyze = built.settings.analyze_on_ingest if options.analyze is None else options.analyze
        report = ingest(
            built.uow,
            kind,
            rows,
            source=source or (Path(file).name if file != "-" else "stdin"),
            clock=built.clock,
            context=context,
            actor="cli",
            chunk_size=built.settings.ingest_chunk_size,
            analyzer=built.analyzer() if analyze and kind == "feedback" else None,
            intake=built.case_intake() if kind == "feedback" else None,
            on_reject=rejects.write,
            on_progress=lambda rows: (
                progress.update(task, completed=counted.bytes_read)
                if total
                else progress.advance(task, rows)
            ),
        )
    rejects.close()
    _summarise(report, rejects)


def _context(timezone: str | None, region: str | None) -> RecordContext:
    zone = None
    if timezone:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(f"unknown time zone {timezone!r} (use an IANA name)") from None
    return RecordContext(timezone=zone, region=(region or "US").upper())


def _open(file: str) -> tuple[BinaryIO, int | None]:
    if file == "-":
        return sys.stdin.buffer, None
    path = Path(file)
    if not path.is_file():
        raise InvalidInput(f"no such file: {file}")
    return path.open("rb"), path.stat().st_size


def _default_rejects(file: str) -> str:
    return "stdin.rejects.csv" if file == "-" else f"{file}.rejects.csv"


class _RejectsFile:
    """Refused rows, written as they come (a file with many bad rows must not fill memory)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._handle: TextIO | None = None
        self._writer: csv.DictWriter[str] | None = None

    def write(self, reject: Reject) -> None:
        if self._writer is None:
            self._handle = self.path.open("w", newline="", encoding="utf-8")
            self._writer = csv.DictWriter(self._handle, fieldnames=["line", "reason", "row"])
            self._writer.writeheader()
        row = json.dumps(reject.data, default=str) if reject.data is not None else ""
        self._writer.writerow({"line": reject.line, "reason": reject.reason, "row": row})
        self.count += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _progress(total: int | None) -> Progress:
    columns = [TextColumn("{task.description}"), BarColumn()]
    columns.append(TextColumn("{task.percentage:>3.0f}%") if total else MofNCompleteColumn())
    return Progress(*columns, TimeElapsedColumn(), console=errors, transient=True)


def _summarise(report: IngestReport, rejects: _RejectsFile) -> None:
    table = Table(title=f"{report.kind} from {report.source}", show_header=False)
    rows: list[tuple[str, int | str]] = [
        ("rows read", report.rows_read),
        ("created", report.created),
        ("updated", report.updated),
        ("unchanged (already here)", report.unchanged),
        ("rejected", report.rejected),
        ("new customers", report.customers_created),
    ]
    if report.kind == "feedback":
        rows += [
            ("recovery cases opened", report.cases_opened),
            ("added to an open case", report.feedback_attached),
        ]
    rows += [
        ("time", f"{report.seconds:.2f} s"),
        ("rate", f"{report.rows_per_second:,.0f} rows/s"),
    ]
    for label, value in rows:
        table.add_row(label, f"{value:,}" if isinstance(value, int) else value)
    console.print(table)
    if rejects.count:
        for reject in report.rejects[:10]:
            console.print(f"  line {reject.line}: {reject.reason}", highlight=False, markup=False)
        more = f" (first 10 shown; all {rejects.count} in {rejects.path})"
        noun = "row" if rejects.count == 1 else "rows"
        console.print(f"[yellow]{rejects.count} {noun} refused[/yellow]{more}")
        raise typer.Exit(code=1)
