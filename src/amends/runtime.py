"""The running system's parts, built once from Settings and handed to every adapter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine

from amends.config import Settings
from amends.services.unit_of_work import UnitOfWork
from amends.store.engine import build_engine, session_factory
from amends.store.unit_of_work import SqlUnitOfWork


def utc_now() -> datetime:
    return datetime.now(UTC)


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

    def uow(self) -> UnitOfWork:
        return SqlUnitOfWork(self._sessions)

    def close(self) -> None:
        self.engine.dispose()
