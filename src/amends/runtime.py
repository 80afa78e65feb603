"""The running system's parts, built once from Settings and handed to every adapter."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine

from amends.analysis.base import Analyzer, create_analyzer
from amends.config import Settings
from amends.policy.loader import LoadedPolicy, PolicySource
from amends.services.intake import CaseIntake
from amends.services.unit_of_work import UnitOfWork
from amends.store.engine import build_engine, session_factory
from amends.store.unit_of_work import SqlUnitOfWork


def utc_now() -> datetime:
    return datetime.now(UTC)


def configured_analyzer(settings: Settings, name: str | None = None) -> Analyzer:
    """The analyzer the settings name (or ``name``), with the settings' taxonomy, if any."""
    options = {"taxonomy": settings.taxonomy} if settings.taxonomy else {}
    return create_analyzer(name or settings.analyzer, **options)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    clock: Callable[[], datetime] = utc_now

    @classmethod
    def from_settings(cls, settings: Settings) -> Runtime:
        return cls(settings=settings, engine=build_engine(settings.database_url))

    def __post_init__(self) -> None:
        self._sessions = session_factory(self.engine)
        self._analyzer: Analyzer | None = None
        self._policy: PolicySource | None = None
        # One timer sweep at a time in this process (the scheduler thread, POST /cases/sweep).
        self.sweep_lock = threading.Lock()

    def analyzer(self) -> Analyzer:
        """The configured analyzer, created on first use (loading a model takes a moment)."""
        if self._analyzer is None:
            self._analyzer = configured_analyzer(self.settings)
        return self._analyzer

    def ingest_analyzer(self) -> Analyzer | None:
        return self.analyzer() if self.settings.analyze_on_ingest else None

    def policy_source(self) -> PolicySource:
        """The policy in force, read on first use and re-read when its file changes."""
        if self._policy is None:
            self._policy = PolicySource(self.settings.policy)
        return self._policy

    def policy(self) -> LoadedPolicy:
        return self.policy_source().current()

    def case_intake(self) -> CaseIntake | None:
        """What ingestion calls to open cases for new feedback (None: the setting is off)."""
        if not self.settings.open_cases_on_ingest:
            return None
        return CaseIntake(self.policy, analyzer=self.settings.analyzer)

    def uow(self) -> UnitOfWork:
        return SqlUnitOfWork(self._sessions)

    def close(self) -> None:
        self.engine.dispose()
