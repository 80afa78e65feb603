"""``amends db``: create and upgrade the store's schema."""

from __future__ import annotations

import typer

from amends.cli.common import console, runtime
from amends.store import schema

app = typer.Typer(help="Create or upgrade the database schema.", no_args_is_help=True)


@app.command()
def upgrade() -> None:
    """Bring the database (AMENDS_DATABASE_URL) to the latest schema; safe to run repeatedly."""
    with runtime(check_schema=False) as built:
        schema.upgrade(built.engine)
        revision = schema.current_revision(built.engine)
        url = built.engine.url.render_as_string(hide_password=True)
    console.print(f"database [bold]{url}[/bold] is at schema revision [bold]{revision}[/bold]")


@app.command()
def status() -> None:
    """Show the schema revision of the database and the one this version of amends needs."""
    with runtime(check_schema=False) as built:
        current = schema.current_revision(built.engine)
    head = schema.head_revision()
    state = "up to date" if current == head else "needs `amends db upgrade`"
    console.print(f"schema {current or 'none'} (this amends needs {head}): {state}")
