"""The application factory: no work at import time; each call builds a fresh app."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

import amends
from amends.config import Settings
from amends.domain.records import CustomerRecord, EventRecord, FeedbackRecord
from amends.errors import AmendsError
from amends.runtime import Runtime
from amends.web.api import analysis, approvals, case_actions, cases, customers, records
from amends.web.deps import require_token

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None, *, runtime: Runtime | None = None) -> FastAPI:
    """Build the app on ``runtime`` (or on a new one from ``settings``)."""
    runtime = runtime or Runtime.from_settings(settings or Settings())
    app = FastAPI(
        title="amends",
        version=amends.__version__,
        summary="Service recovery: hear every unhappy customer and get a human to them fast.",
    )
    app.state.runtime = runtime
    secured = [Depends(require_token)]
    routers = (customers.router, records.customers, records.events, records.feedback)
    case_routers = (cases.router, case_actions.router, approvals.remedies, approvals.approvals)
    for router in (*routers, analysis.router, *case_routers):
        app.include_router(router, prefix=API_PREFIX, dependencies=secured)

    @app.get("/healthz", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": amends.__version__}

    _install_error_handlers(app)
    _publish_record_schemas(app)
    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AmendsError)
    async def amends_error(_request: Request, error: AmendsError) -> JSONResponse:
        return JSONResponse(error.to_dict(), status_code=error.http_status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        body = {"code": "invalid_request", "message": "the request is not valid"}
        problems = [
            {"loc": list(item.get("loc", ())), "message": str(item.get("msg", ""))}
            for item in error.errors()
        ]
        return JSONResponse(body | {"details": problems}, status_code=422)


def _publish_record_schemas(app: FastAPI) -> None:
    """The ingestion routes read their body by hand (to accept a batch with a few bad items), so
    the record schemas are added to the spec here for clients and contract tests."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title, version=app.version, summary=app.summary, routes=app.routes
            )
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            for model in (CustomerRecord, EventRecord, FeedbackRecord):
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(schema.pop("$defs", {}))
                schemas[model.__name__] = schema
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
