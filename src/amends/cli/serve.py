"""``amends serve``: the HTTP API (and, later, the console) on uvicorn, with the timer sweep."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from amends.cli.common import console, runtime
from amends.config import Settings
from amends.web.app import create_app
from amends.worker.scheduler import EmbeddedScheduler
from amends.worker.tasks import sweep_timers_task


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
    app = create_app(settings)
    if not settings.scheduler:
        uvicorn.run(app, host=bound_host, port=bound_port, log_level="info")
        return
    # Embedded mode: the timer sweep runs in a thread beside the server, every minute.
    scheduler = EmbeddedScheduler(lambda: sweep_timers_task(app.state.runtime), interval=60.0)
    console.print("timer sweep: every minute in this process (AMENDS_SCHEDULER=false to turn off)")
    with scheduler:
        uvicorn.run(app, host=bound_host, port=bound_port, log_level="info")
