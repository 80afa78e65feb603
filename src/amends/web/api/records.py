"""POST /api/v1/customers, /events and /feedback: take records in, one object or a list."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from amends.domain.records import RecordKind
from amends.web.api.ingestion import IngestResult, ingest_request, request_body
from amends.web.deps import ClockDep, UowFactoryDep

Source = Annotated[str, Query(max_length=200, description="Where the data came from.")]
Zone = Annotated[str | None, Query(description="IANA zone for timestamps without an offset.")]


def ingestion_router(kind: RecordKind, record: str, summary: str) -> APIRouter:
    """A router with one POST route that takes in ``kind`` items described by ``record``."""
    router = APIRouter(prefix=f"/{kind}", tags=[kind])

    async def take_in(
        request: Request,
        uow_factory: UowFactoryDep,
        clock: ClockDep,
        source: Source = "api",
        timezone: Zone = None,
    ) -> JSONResponse:
        return await ingest_request(
            request, kind, uow_factory=uow_factory, clock=clock, source=source, timezone=timezone
        )

    take_in.__doc__ = (
        f"{summary} Each item is keyed by (source, external_id), so sending it again changes "
        "nothing. Bad items are listed in a 422 answer; the good ones are taken in all the same."
    )
    router.add_api_route(
        "",
        take_in,
        methods=["POST"],
        name=f"ingest_{kind}",
        status_code=201,
        response_model=IngestResult,
        openapi_extra=request_body(record),
        responses={200: {"model": IngestResult, "description": "Nothing new: all already here."}},
    )
    return router


customers = ingestion_router(
    "customers", "CustomerRecord", "Create customers, or update them when a record brings news."
)
events = ingestion_router(
    "events", "EventRecord", "Record events (orders, deliveries, logins, contacts, calls ...)."
)
feedback = ingestion_router("feedback", "FeedbackRecord", "Take in feedback from any channel.")
