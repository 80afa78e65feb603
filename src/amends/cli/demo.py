"""``amends demo load``: a realistic, seeded data set to explore amends with."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from amends.cli.common import console, errors, runtime

app = typer.Typer(help="Built-in demo data.", no_args_is_help=True)


@app.command()
def load(
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same data.")] = 7,
    customers: Annotated[int, typer.Option(help="How many customers.")] = 500,
    feedback: Annotated[int, typer.Option(help="How many feedback items.")] = 1500,
) -> None:
    """Generate and ingest the demo: customers, 180 days of events, feedback. Safe to re-run."""
    from amends.services.demo import load_demo  # the generator's phrase banks load on demand

    with runtime() as built:
        progress = Progress(
            TextColumn("demo {task.description}"),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=errors,
            transient=True,
        )
        tasks: dict[str, TaskID] = {}

        def advance(kind: str, rows: int) -> None:
            if kind not in tasks:
                tasks[kind] = progress.add_task(kind, total=None)
            progress.advance(tasks[kind], rows)

        with progress:
            reports = load_demo(
                built.uow,
                clock=built.clock,
                seed=seed,
                customers=customers,
                feedback=feedback,
                on_progress=advance,
                analyzer=built.ingest_analyzer(),
                intake=built.case_intake(),
            )
    table = Table("kind", "rows", "created", "updated", "already here", "rejected", "cases opened")
    for report in reports:
        table.add_row(
            report.kind,
            str(report.rows_read),
            str(report.created),
            str(report.updated),
            str(report.unchanged),
            str(report.rejected),
            str(report.cases_opened) if report.kind == "feedback" else "",
        )
    console.print(table)
