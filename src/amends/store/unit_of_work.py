"""The SQLAlchemy unit of work: one session, one transaction, the repositories over it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from amends.services.unit_of_work import (
    AnalysisRepository,
    AuditLog,
    CaseRepository,
    ContactAttemptRepository,
    CustomerRepository,
    EventRepository,
    FeedbackRepository,
    IngestRunRepository,
    OutboxRepository,
    PromiseRepository,
    RemedyRepository,
)
from amends.store.case_repositories import SqlCaseRepository, SqlContactAttemptRepository
from amends.store.commitment_repositories import (
    SqlOutboxRepository,
    SqlPromiseRepository,
    SqlRemedyRepository,
)
from amends.store.repositories import (
    SqlAnalysisRepository,
    SqlAuditLog,
    SqlCustomerRepository,
    SqlEventRepository,
    SqlFeedbackRepository,
    SqlIngestRunRepository,
)


class SqlUnitOfWork:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._session: Session | None = None

    def __enter__(self) -> Self:
        session = self._session = self._sessions()
        self.customers: CustomerRepository = SqlCustomerRepository(session)
        self.feedback: FeedbackRepository = SqlFeedbackRepository(session)
        self.analyses: AnalysisRepository = SqlAnalysisRepository(session)
        self.events: EventRepository = SqlEventRepository(session)
        self.ingest_runs: IngestRunRepository = SqlIngestRunRepository(session)
        self.audit: AuditLog = SqlAuditLog(session)
        self.cases: CaseRepository = SqlCaseRepository(session)
        self.attempts: ContactAttemptRepository = SqlContactAttemptRepository(session)
        self.promises: PromiseRepository = SqlPromiseRepository(session)
        self.remedies: RemedyRepository = SqlRemedyRepository(session)
        self.outbox: OutboxRepository = SqlOutboxRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        assert self._session is not None
        self._session.rollback()  # a no-op after commit(); undoes everything otherwise
        self._session.close()
        self._session = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside a `with` block")
        return self._session

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
