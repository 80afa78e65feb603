"""Every setting, error code, command and route is documented: the docs cannot fall behind."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer

from amends.cli import app as cli_app
from amends.config import Settings
from amends.errors import ALL_ERRORS
from amends.web import create_app

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _text(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def test_every_setting_is_in_the_configuration_page() -> None:
    page = _text("configuration.md")
    missing = [
        f"AMENDS_{name.upper()}"
        for name in Settings.model_fields
        if f"`AMENDS_{name.upper()}`" not in page
    ]
    assert missing == []


def test_every_error_code_is_in_the_errors_page_with_its_status() -> None:
    page = _text("errors.md")
    for error in ALL_ERRORS:
        assert re.search(rf"\| `{error.code}` \| {error.http_status} \|", page), error.code
    assert "`invalid_request` | 422" in page


def _commands(group: Any, prefix: str) -> list[str]:
    # Typer may bring its own copy of click, so groups are recognised by shape, not by class.
    found = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found.extend(_commands(command, path))
        else:
            found.append(path)
    return found


def test_every_cli_command_is_in_the_cli_page() -> None:
    page = _text("cli.md")
    group = typer.main.get_command(cli_app)
    commands = _commands(group, "amends")
    assert len(commands) >= 7
    assert [c for c in commands if f"`{c}" not in page] == []


def test_every_api_route_is_in_the_api_page() -> None:
    page = _text("api.md")
    app = create_app(Settings(database_url="sqlite://", _env_file=None))  # type: ignore[call-arg]
    paths = {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    }
    assert [f"{m} {p}" for m, p in sorted(paths) if f"`{m} {p}" not in page] == []
