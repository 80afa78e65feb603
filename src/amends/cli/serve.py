"""``amends serve``: the HTTP API (and, later, the console) on uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from amends.cli.common import console, runtime
from amends.config import Settings
from amends.web.app import create_app


def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (AMENDS_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (AMENDS_PORT).")] = None,
) -> None:
    """Serve the API on http://HOST:PORT until interrupted."""
    settings = Settings()
    with runtime():  # refuse to start on a database without the current schema
        pass
    bound_host, bound_port = host or settings.host, port or settings.port
    base = f"http://{bound_host}:{bound_port}"
    console.print(f"amends API on [bold]{base}[/bold] — interactive docs at {base}/docs")
    if settings.api_token is not None:
        console.print("requests need the header  Authorization: Bearer $AMENDS_API_TOKEN")
    uvicorn.run(create_app(settings), host=bound_host, port=bound_port, log_level="info")
