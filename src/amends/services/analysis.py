"""Storing what the analyzer read: on ingestion, and again after a model upgrade."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from amends.analysis.base import Analysis, Analyzer
from amends.services.unit_of_work import AuditEntry, UnitOfWork

Clock = Callable[[], datetime]


def analysis_rows(
    feedback_ids: Sequence[int], results: Sequence[Analysis], analyzer: Analyzer, now: datetime
) -> list[dict[str, object]]:
    """The stored form of analyses, with the analyzer's name and version beside each."""
    rows: list[dict[str, object]] = []
    for feedback_id, result in zip(feedback_ids, results, strict=True):
        data = result.as_json()
        rows.append(
            {
                "feedback_id": feedback_id,
                "analyzer": analyzer.name,
                "version": analyzer.version,
                "negative": result.negative,
                "is_negative": result.is_negative,
                "labels": result.labels,
                "topics": result.topics,
                "signals": [name for name, present in result.signals.items() if present],
                "emotions": data["emotions"],
                "cx_emotions": data["cx_emotions"],
                "evidence": data["evidence"],
                "language": result.language,
                "analyzed_at": now,
            }
        )
    return rows


def analyze_feedback(
    uow: UnitOfWork, analyzer: Analyzer, items: Sequence[tuple[int, str]], now: datetime
) -> int:
    """Analyse (id, text) pairs inside the caller's transaction; returns how many were stored."""
    items = [(id_, text) for id_, text in items if text]
    if not items:
        return 0
    results = analyzer.analyze([text for _, text in items])
    uow.analyses.save(analysis_rows([id_ for id_, _ in items], results, analyzer, now))
    return len(items)


@dataclass(slots=True)
class ReanalysisReport:
    analyzer: str
    version: str
    analyzed: int = 0


def reanalyze(
    uow_factory: Callable[[], UnitOfWork],
    analyzer: Analyzer,
    *,
    clock: Clock,
    everything: bool = False,
    batch: int = 1000,
    on_progress: Callable[[int], None] | None = None,
    actor: str = "system",
) -> ReanalysisReport:
    """Re-score stored feedback: by default only items this analyzer version has not read yet,
    so an interrupted run picks up where it stopped; ``everything`` re-reads all of it."""
    report = ReanalysisReport(analyzer.name, analyzer.version)
    after = 0
    version = None if everything else analyzer.version
    while True:
        with uow_factory() as uow:
            items = uow.feedback.needing_analysis(
                after_id=after, limit=batch, analyzer=analyzer.name, version=version
            )
            if not items:
                break
            report.analyzed += analyze_feedback(uow, analyzer, items, clock())
            uow.commit()
        after = items[-1][0]
        if on_progress is not None:
            on_progress(len(items))
    with uow_factory() as uow:
        uow.audit.append(
            AuditEntry(
                at=clock(),
                actor=actor,
                action="feedback.reanalyze",
                subject_type="analyzer",
                subject_id=f"{analyzer.name}@{analyzer.version}",
                details={"analyzed": report.analyzed, "everything": everything},
            )
        )
        uow.commit()
    return report
