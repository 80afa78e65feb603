"""What every command shares: settings, the runtime, errors printed as one clear line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.markup import escape

from amends.config import Settings
from amends.errors import AmendsError
from amends.runtime import Runtime
from amends.store.schema import ensure_current

console = Console()
errors = Console(stderr=True)


@contextmanager
def runtime(*, check_schema: bool = True) -> Iterator[Runtime]:
    built = Runtime.from_settings(Settings())
    try:
        if check_schema:
            ensure_current(built.engine)
        yield built
    finally:
        built.close()


def run_guarded(app: typer.Typer, argv: list[str] | None = None) -> None:
    """Run the CLI; a deliberate error is one red line and exit code 2, never a traceback.

    Exit codes: 0 done, 1 done but some rows were refused, 2 nothing done (bad input or state).
    """
    try:
        code = app(args=argv, standalone_mode=False)
    except AmendsError as error:
        errors.print(f"[red]error[/red] {escape(f'[{error.code}] {error.message}')}")
        sys.exit(2)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        errors.print("aborted")
        sys.exit(130)
    except Exception as error:
        # click's usage errors arrive here in non-standalone mode; show them the usual way.
        show = getattr(error, "show", None)
        if callable(show):
            show()
            sys.exit(getattr(error, "exit_code", 2))
        raise
    sys.exit(code if isinstance(code, int) else 0)
