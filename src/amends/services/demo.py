"""Loading the built-in demo data, through the same ingestion path as any file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from amends.analysis.base import Analyzer
from amends.demo import generate
from amends.domain.records import RawRow, RecordContext, RecordKind
from amends.services.ingest import Clock, IngestReport, UowFactory, ingest
from amends.services.intake import CaseIntake

DEMO_SOURCE = "demo"


def load_demo(
    uow_factory: UowFactory,
    *,
    clock: Clock,
    seed: int = 7,
    customers: int = 500,
    feedback: int = 1500,
    on_progress: Callable[[RecordKind, int], None] | None = None,
    analyzer: Analyzer | None = None,
    intake: CaseIntake | None = None,
) -> list[IngestReport]:
    """Generate the demo (seeded, so the same every time) and ingest it. Re-running adds nothing:
    the demo's external ids are stable, so the second load finds every row already here."""
    # Anchored on today's date, not the second, so loads on the same day agree exactly.
    anchor = clock().replace(hour=0, minute=0, second=0, microsecond=0)
    data = generate(now=anchor, seed=seed, customers=customers, feedback=feedback)
    reports = []
    batches: tuple[tuple[RecordKind, list[dict[str, object]]], ...] = (
        ("customers", data.customers),
        ("events", data.events),
        ("feedback", data.feedback),
    )
    for kind_, records in batches:
        progress = (lambda n, k=kind_: on_progress(k, n)) if on_progress else None
        reports.append(
            ingest(
                uow_factory,
                kind_,
                _rows(records),
                source=DEMO_SOURCE,
                clock=clock,
                context=RecordContext(),
                actor="demo",
                on_progress=progress,
                analyzer=analyzer if kind_ == "feedback" else None,
                intake=intake if kind_ == "feedback" else None,
            )
        )
    return reports


def _rows(records: list[dict[str, object]]) -> Iterator[RawRow]:
    for number, record in enumerate(records, start=1):
        yield RawRow(number, {k: _plain(v) for k, v in record.items() if v is not None})


def _plain(value: object) -> Any:
    # Demo rows travel as a JSON file would, so the stored raw payload is JSON too.
    return value.isoformat() if isinstance(value, datetime) else value
