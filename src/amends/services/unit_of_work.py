"""The ports services talk to: a unit of work holding one repository per noun.

``amends.store.unit_of_work.SqlUnitOfWork`` implements them on SQLAlchemy; ``tests/fakes.py`` in
memory. Repositories speak plain values (dicts of column values in, frozen dataclasses out), so
services never see a session or a row object.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from types import TracebackType
from typing import Any, Protocol, Self

from amends.domain.case_records import (
    CaseFeedbackLink,
    CaseSnapshot,
    ContactAttempt,
    HistoryEntry,
    OpportunityRecord,
    OutboxMessage,
    PromiseRecord,
    RemedyOffer,
)
from amends.domain.customers import CustomerProfile
from amends.domain.identity import CustomerIdentity, IdentityKeys
from amends.domain.timeline import EventItem, FeedbackItem
from amends.policy.facts import CustomerFacts, FeedbackFacts


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class IngestRun:
    kind: str
    source: str
    started_at: datetime
    finished_at: datetime
    rows_read: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    customers_created: int


class CustomerRepository(Protocol):
    def identities_matching(self, keys: Iterable[IdentityKeys]) -> list[CustomerIdentity]: ...

    def attributes_of(self, ids: Collection[int]) -> dict[int, dict[str, object]]: ...

    def add(self, customers: Sequence[dict[str, object]], *, now: datetime) -> list[int]:
        """Insert customers, returning their ids in the order given."""
        ...

    def update(self, changes: dict[int, dict[str, object]], *, now: datetime) -> None: ...

    def get(self, customer_id: int) -> CustomerProfile | None: ...

    def find(self, key: str) -> CustomerProfile | None:
        """By external id, else email, else phone (E.164), else numeric internal id."""
        ...

    def search(self, *, query: str | None, limit: int, offset: int) -> list[CustomerProfile]: ...

    def count(self) -> int: ...


class ItemRepository(Protocol):
    """What feedback and events have in common: keyed by (source, external id), listed by time."""

    def existing_external_ids(self, source: str, external_ids: Collection[str]) -> set[str]: ...

    def add(self, rows: Sequence[dict[str, object]]) -> None: ...

    def count(self) -> int: ...


class FeedbackRepository(ItemRepository, Protocol):
    def for_customer(
        self, customer_id: int, *, since: datetime | None, until: datetime | None, limit: int
    ) -> list[FeedbackItem]: ...

    def ids_for(self, source: str, external_ids: Collection[str]) -> dict[str, int]: ...

    def by_ids(self, ids: Collection[int]) -> list[FeedbackItem]:
        """These feedback items, oldest first."""
        ...

    def needing_analysis(
        self, *, after_id: int, limit: int, analyzer: str, version: str | None
    ) -> list[tuple[int, str]]:
        """(id, text) of feedback with text, in id order after ``after_id``, that has no
        analysis by ``analyzer`` at ``version`` (``version=None``: every item with text)."""
        ...


class AnalysisRepository(Protocol):
    def save(self, rows: Sequence[dict[str, object]]) -> None:
        """Store analyses, replacing any earlier one by the same analyzer of the same item."""
        ...

    def for_feedback(
        self, feedback_ids: Collection[int], analyzer: str
    ) -> dict[int, dict[str, Any]]: ...

    def count(self) -> int: ...


class EventRepository(ItemRepository, Protocol):
    def for_customer(
        self, customer_id: int, *, since: datetime | None, until: datetime | None, limit: int
    ) -> list[EventItem]: ...

    def for_customers(
        self, customer_ids: Collection[int], *, since: datetime
    ) -> dict[int, list[EventItem]]:
        """Each customer's events since ``since``, oldest first (customers with none left out)."""
        ...


class IngestRunRepository(Protocol):
    def add(self, run: IngestRun) -> int: ...


class AuditLog(Protocol):
    def append(self, entry: AuditEntry) -> None: ...

    def extend(self, entries: Sequence[AuditEntry]) -> None: ...


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """What ``cases.search`` narrows by; None means any."""

    status: str | None = None
    category: str | None = None
    team: str | None = None
    assignee: str | None = None
    priority_band: str | None = None
    customer_id: int | None = None
    breached: bool | None = None
    open_only: bool = False


class CaseRepository(Protocol):
    def undecided_feedback(self, *, after_id: int, limit: int) -> list[int]:
        """Ids of feedback the opportunity rules have not judged yet, in id order."""
        ...

    def facts_for(
        self, feedback_ids: Collection[int], analyzer: str
    ) -> list[tuple[FeedbackFacts, CustomerFacts]]:
        """Feedback, its analysis by ``analyzer`` (if any) and its customer, in id order."""
        ...

    def customer_facts(self, customer_id: int) -> CustomerFacts: ...

    def active_for_customers(
        self, customer_ids: Collection[int], *, closed_since: datetime
    ) -> list[CaseSnapshot]:
        """Open or waiting cases of these customers, and those closed since ``closed_since``."""
        ...

    def open_loads(self) -> dict[str, int]:
        """Open and waiting cases per assignee."""
        ...

    def last_assignees(self) -> dict[str, str]:
        """The agent each team assigned most recently (for round-robin)."""
        ...

    def add(self, rows: Sequence[dict[str, object]]) -> list[int]: ...

    def update(self, case_id: int, values: dict[str, object]) -> None: ...

    def update_many(self, changes: dict[int, dict[str, object]]) -> None:
        """Several cases' changes in as few statements as their shapes allow."""
        ...

    def get(self, case_id: int, *, for_update: bool = False) -> CaseSnapshot | None: ...

    def search(
        self, where: CaseFilter, *, now: datetime, limit: int, offset: int
    ) -> list[CaseSnapshot]: ...

    def count(self, where: CaseFilter, *, now: datetime) -> int: ...

    def due_for_check(self, now: datetime, *, limit: int) -> list[CaseSnapshot]: ...

    def link_feedback(self, rows: Sequence[dict[str, object]]) -> None: ...

    def feedback_links(self, case_id: int) -> list[CaseFeedbackLink]: ...

    def record_decisions(self, rows: Sequence[dict[str, object]]) -> None: ...

    def decisions_for(self, feedback_ids: Collection[int]) -> dict[int, OpportunityRecord]: ...

    def append_history(self, case_id: int, entries: Sequence[HistoryEntry]) -> None: ...

    def add_history(self, entries: Sequence[tuple[int, HistoryEntry]]) -> None:
        """History rows of many cases at once: (case id, entry) pairs."""
        ...

    def history(self, case_id: int) -> list[HistoryEntry]: ...


class ContactAttemptRepository(Protocol):
    def add(self, row: dict[str, object]) -> int: ...

    def for_case(self, case_id: int) -> list[ContactAttempt]: ...


class PromiseRepository(Protocol):
    def add(self, row: dict[str, object]) -> int: ...

    def get(self, promise_id: int) -> PromiseRecord | None: ...

    def update(self, promise_id: int, values: dict[str, object]) -> None: ...

    def for_case(self, case_id: int) -> list[PromiseRecord]: ...

    def pending_due_by(self, instant: datetime, *, limit: int) -> list[PromiseRecord]: ...

    def reminders_due(self, instant: datetime, *, limit: int) -> list[PromiseRecord]:
        """Pending promises due by ``instant`` whose owner has not been reminded yet."""
        ...


class RemedyRepository(Protocol):
    def add(self, row: dict[str, object]) -> int: ...

    def get(self, offer_id: int) -> RemedyOffer | None: ...

    def update(self, offer_id: int, values: dict[str, object]) -> None: ...

    def for_case(self, case_id: int) -> list[RemedyOffer]: ...

    def granted_value(
        self,
        *,
        case_id: int | None = None,
        customer_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Decimal:
        """Money granted (not pending or refused) on a case, or to a customer in a period."""
        ...

    def pending(self, *, limit: int, offset: int) -> list[RemedyOffer]: ...

    def granted(self) -> list[RemedyOffer]: ...


class OutboxRepository(Protocol):
    def add(self, rows: Sequence[dict[str, object]]) -> None: ...

    def for_case(self, case_id: int) -> list[OutboxMessage]: ...

    def count(self, *, status: str | None = None) -> int: ...


class UnitOfWork(Protocol):
    """One transaction. Leaving the block without ``commit()`` rolls back."""

    customers: CustomerRepository
    feedback: FeedbackRepository
    analyses: AnalysisRepository
    events: EventRepository
    ingest_runs: IngestRunRepository
    audit: AuditLog
    cases: CaseRepository
    attempts: ContactAttemptRepository
    promises: PromiseRepository
    remedies: RemedyRepository
    outbox: OutboxRepository

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
