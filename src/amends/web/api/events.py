"""/api/v1/events: take events in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from amends.web.api.ingestion import IngestResult, ingest_request, request_body
from amends.web.deps import ClockDep, UowFactoryDep

router = APIRouter(prefix="/events", tags=["events"])


@router.post(
    "",
    status_code=201,
    response_model=IngestResult,
    openapi_extra=request_body("EventRecord"),
    responses={200: {"model": IngestResult, "description": "Nothing new: all already here."}},
)
async def ingest_events(
    request: Request,
    uow_factory: UowFactoryDep,
    clock: ClockDep,
    source: Annotated[str, Query(max_length=200)] = "api",
    timezone: Annotated[str | None, Query(description="IANA zone for naive timestamps.")] = None,
) -> JSONResponse:
    """Record events (orders, deliveries, logins, contacts, calls ...): one object or a list.
    Each item is keyed by (source, external_id), so sending it again changes nothing.
    Bad items are listed in a 422 answer; the good ones are taken in all the same."""
    return await ingest_request(
        request, "events", uow_factory=uow_factory, clock=clock, source=source, timezone=timezone
    )
