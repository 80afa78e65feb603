"""/api/v1/analyze: read texts on demand, without storing anything."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from amends.web.deps import RuntimeDep

router = APIRouter(tags=["analysis"])

MAX_TEXTS = 1000


class AnalyzeRequest(BaseModel):
    texts: list[str] = Field(min_length=1, max_length=MAX_TEXTS, description="Texts to read.")


class AnalyzeResponse(BaseModel):
    analyzer: str
    version: str
    results: list[dict[str, Any]] = Field(
        description="One result per text, in order, shaped as `amends analyze` prints them."
    )


@router.post("/analyze")
async def analyze_texts(body: AnalyzeRequest, runtime: RuntimeDep) -> AnalyzeResponse:
    """Emotions, CX emotions, negativity, signals, topics and evidence for up to 1,000 texts."""
    analyzer = runtime.analyzer()
    results = await run_in_threadpool(analyzer.analyze, body.texts)
    return AnalyzeResponse(
        analyzer=analyzer.name,
        version=analyzer.version,
        results=[result.as_json() for result in results],
    )
