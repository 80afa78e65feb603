"""What the three ingestion routes share: read one object or a batch, ingest, answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from amends.domain.records import RawRow, RecordContext, RecordKind
from amends.errors import InvalidInput, InvalidItems
from amends.services.ingest import ingest
from amends.services.unit_of_work import UnitOfWork

MAX_BATCH = 10_000


class ItemProblem(BaseModel):
    index: int
    reason: str


class IngestResult(BaseModel):
    kind: str
    source: str
    received: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    customers_created: int
    cases_opened: int = 0
    feedback_attached: int = 0
    problems: list[ItemProblem]


def request_body(record: str) -> dict[str, Any]:
    """OpenAPI text for a body that is one record or a list of them."""
    ref = {"$ref": f"#/components/schemas/{record}"}
    schema = {"oneOf": [ref, {"type": "array", "items": ref, "maxItems": MAX_BATCH}]}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


async def ingest_request(
    request: Request,
    kind: RecordKind,
    *,
    uow_factory: Callable[[], UnitOfWork],
    clock: Callable[[], datetime],
    source: str,
    timezone: str | None,
) -> JSONResponse:
    items = _items(await request.body())
    runtime = request.app.state.runtime
    context = RecordContext(_zone(timezone), runtime.settings.default_region)
    rows = [
        RawRow(index, item) if isinstance(item, dict) else RawRow(index, None, "not an object")
        for index, item in enumerate(items)
    ]
    # Ingestion is blocking database work: keep it off the event loop.
    analyzer = runtime.ingest_analyzer() if kind == "feedback" else None
    report = await run_in_threadpool(
        ingest,
        uow_factory,
        kind,
        rows,
        source=source,
        clock=clock,
        context=context,
        actor="api",
        analyzer=analyzer,
        intake=runtime.case_intake() if kind == "feedback" else None,
    )
    result = IngestResult(
        kind=kind,
        source=source,
        received=report.rows_read,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        rejected=report.rejected,
        customers_created=report.customers_created,
        cases_opened=report.cases_opened,
        feedback_attached=report.feedback_attached,
        problems=[ItemProblem(index=r.line, reason=r.reason) for r in report.rejects],
    )
    if report.rejected:
        raise InvalidItems(
            f"{report.rejected} of {report.rows_read} items refused; the others were taken in",
            details=result.model_dump(),
        )
    return JSONResponse(result.model_dump(), status_code=201 if report.created else 200)


def _items(body: bytes) -> list[Any]:
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InvalidInput("the body is not valid JSON") from None
    items = payload if isinstance(payload, list) else [payload]
    if not items:
        raise InvalidInput("the batch is empty")
    if len(items) > MAX_BATCH:
        raise InvalidInput(f"at most {MAX_BATCH} items per request, got {len(items)}")
    return items


def _zone(name: str | None) -> ZoneInfo | None:
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown time zone {name!r}") from None
