"""The ``amends`` command line: adapters that parse arguments, call a service and render."""

from __future__ import annotations

import typer

from amends.cli import (
    analyze,
    cases,
    customers,
    database,
    demo,
    ingest,
    model,
    policy,
    report,
    serve,
    topics,
)
from amends.cli.common import run_guarded

app = typer.Typer(
    name="amends",
    help="Service recovery: hear every unhappy customer and get a human to them fast.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(database.app, name="db")
app.command("ingest")(ingest.ingest_command)
app.add_typer(customers.app, name="customer")
app.add_typer(cases.app, name="cases")
app.add_typer(policy.app, name="policy")
app.add_typer(report.app, name="report")
app.add_typer(demo.app, name="demo")
app.add_typer(model.app, name="model")
app.add_typer(topics.app, name="topics")
app.command("analyze")(analyze.analyze_command)
app.command("reanalyze")(analyze.reanalyze_command)
app.command("serve")(serve.serve)


def main(argv: list[str] | None = None) -> None:
    run_guarded(app, argv)
