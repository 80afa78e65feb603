"""Ingestion: the one way customers, events and feedback enter amends, whatever the adapter.

Rows are validated one by one (a bad row is rejected with its line number and never stops the
good ones), then written a chunk per transaction: identity resolution for the chunk's customers,
then a bulk insert of what is new. Feedback and events are keyed by (source, external id), and a
row without an external id is keyed by a fingerprint of its content, so taking in the same file
twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import islice
from typing import Any

from amends.analysis.base import Analyzer
from amends.domain.customers import CUSTOMER_FIELDS, customer_changes
from amends.domain.identity import CustomerIdentity, IdentityIndex
from amends.domain.records import (
    CustomerRecord,
    EventRecord,
    FeedbackRecord,
    RawRow,
    RecordContext,
    RecordError,
    RecordKind,
    read_record,
)
from amends.services.analysis import analyze_feedback
from amends.services.intake import CaseIntake
from amends.services.unit_of_work import AuditEntry, IngestRun, UnitOfWork

Clock = Callable[[], datetime]
UowFactory = Callable[[], UnitOfWork]
MAX_REJECTS_KEPT = 1000


@dataclass(frozen=True, slots=True)
class Reject:
    line: int
    reason: str
    data: dict[str, Any] | None


@dataclass(slots=True)
class IngestReport:
    kind: RecordKind
    source: str
    started_at: datetime
    finished_at: datetime | None = None
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    customers_created: int = 0
    cases_opened: int = 0
    feedback_attached: int = 0  # to a customer's open case, or reopening a finished one
    run_id: int | None = None
    rejects: list[Reject] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        end = self.finished_at or self.started_at
        return (end - self.started_at).total_seconds()

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.seconds if self.seconds > 0 else float("inf")

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source,
            "run_id": self.run_id,
            "rows_read": self.rows_read,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "customers_created": self.customers_created,
            "cases_opened": self.cases_opened,
            "feedback_attached": self.feedback_attached,
            "seconds": round(self.seconds, 3),
            "rejects": [{"line": reject.line, "reason": reject.reason} for reject in self.rejects],
        }


@dataclass(frozen=True, slots=True)
class _Valid:
    line: int
    record: CustomerRecord | EventRecord | FeedbackRecord
    data: dict[str, Any]


def ingest(
    uow_factory: UowFactory,
    kind: RecordKind,
    rows: Iterable[RawRow],
    *,
    source: str,
    clock: Clock,
    context: RecordContext | None = None,
    actor: str = "system",
    chunk_size: int = 2000,
    analyzer: Analyzer | None = None,
    intake: CaseIntake | None = None,
    on_reject: Callable[[Reject], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Take in rows of one kind; return what landed and what was refused, and record the run."""
    context = context or RecordContext()
    report = IngestReport(kind=kind, source=source, started_at=clock())

    def reject(line: int, reason: str, data: dict[str, Any] | None) -> None:
        refused = Reject(line, reason, data)
        report.rejected += 1
        if len(report.rejects) < MAX_REJECTS_KEPT:
            report.rejects.append(refused)
        if on_reject is not None:
            on_reject(refused)

    for chunk in _chunks(rows, chunk_size):
        valid: list[_Valid] = []
        for row in chunk:
            if row.data is None:
                reject(row.line, row.problem or "unreadable row", None)
                continue
            try:
                valid.append(_Valid(row.line, read_record(kind, row.data, context), row.data))
            except RecordError as error:
                reject(row.line, str(error), row.data)
        report.rows_read += len(chunk)
        if valid:
            with uow_factory() as uow:
                fresh = _store(uow, kind, valid, source=source, now=clock(), report=report)
                if analyzer is not None and kind == "feedback" and fresh:
                    _analyze_fresh(uow, analyzer, source, fresh, clock())
                if intake is not None and kind == "feedback" and fresh:
                    ids = uow.feedback.ids_for(source, list(fresh))
                    cases = intake(uow, sorted(ids.values()), clock())
                    report.cases_opened += cases.opened
                    report.feedback_attached += cases.attached + cases.reopened
                uow.commit()
        if on_progress is not None:
            on_progress(len(chunk))

    report.finished_at = clock()
    _record_run(uow_factory, report, actor=actor)
    return report


def _analyze_fresh(
    uow: UnitOfWork, analyzer: Analyzer, source: str, fresh: dict[str, str | None], now: datetime
) -> None:
    ids = uow.feedback.ids_for(source, [key for key, text in fresh.items() if text])
    analyze_feedback(uow, analyzer, [(ids[key], fresh[key] or "") for key in ids], now)


def _chunks(rows: Iterable[RawRow], size: int) -> Iterator[list[RawRow]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _store(
    uow: UnitOfWork,
    kind: RecordKind,
    valid: list[_Valid],
    *,
    source: str,
    now: datetime,
    report: IngestReport,
) -> dict[str, str | None]:
    """Write one chunk; returns the new items' external ids with their texts (for analysis)."""
    customers = [(v.record, v.data) for v in valid if isinstance(v.record, CustomerRecord)]
    items = [(v.record, v.data) for v in valid if not isinstance(v.record, CustomerRecord)]
    if kind == "customers":
        _store_customers(uow, [record for record, _ in customers], now=now, report=report)
        return {}
    return _store_items(uow, kind, items, source=source, now=now, report=report)


def _store_customers(
    uow: UnitOfWork, records: list[CustomerRecord], *, now: datetime, report: IngestReport
) -> None:
    known = uow.customers.identities_matching(record.identity for record in records)
    current = uow.customers.attributes_of([c.id for c in known if c.id is not None])
    index = IdentityIndex(known)
    created: dict[int, dict[str, object]] = {}  # by id() of the new identity: one row per person
    updates: dict[int, dict[str, object]] = {}
    for record in records:
        identity = index.resolve(record.identity, name=record.name).customer
        incoming = record.model_dump(include=set(CUSTOMER_FIELDS))
        if identity.id is None and id(identity) not in created:
            created[id(identity)] = _present(incoming)
            report.created += 1
            continue
        attributes = created[id(identity)] if identity.id is None else current[identity.id]
        changes = customer_changes(attributes, incoming)
        if changes:
            report.updated += 1
            attributes.update(changes)
            if identity.id is not None:
                updates.setdefault(identity.id, {}).update(changes)
        else:
            report.unchanged += 1
    if updates:
        uow.customers.update(updates, now=now)
    if created:
        uow.customers.add(list(created.values()), now=now)
        report.customers_created += len(created)


def _present(values: dict[str, object]) -> dict[str, object]:
    return {name: value for name, value in values.items() if value is not None}


Item = tuple[EventRecord | FeedbackRecord, dict[str, Any]]


def _store_items(
    uow: UnitOfWork,
    kind: RecordKind,
    items: list[Item],
    *,
    source: str,
    now: datetime,
    report: IngestReport,
) -> dict[str, str | None]:
    repository = uow.feedback if kind == "feedback" else uow.events
    keyed: dict[str, Item] = {}
    for record, data in items:
        external_id = record.external_id or fingerprint(record)
        if external_id in keyed:
            report.unchanged += 1  # the same item twice in one chunk
        else:
            keyed[external_id] = (record, data)
    existing = repository.existing_external_ids(source, list(keyed))
    report.unchanged += len(existing)
    fresh = {key: item for key, item in keyed.items() if key not in existing}
    if not fresh:
        return {}
    owners = _resolve_owners(uow, [record for record, _ in fresh.values()], now, report)
    repository.add(
        [
            _item_row(record, external_id, source, owner, data, now)
            for (external_id, (record, data)), owner in zip(fresh.items(), owners, strict=True)
        ]
    )
    report.created += len(fresh)
    return {
        key: record.text if isinstance(record, FeedbackRecord) else None
        for key, (record, _) in fresh.items()
    }


def _resolve_owners(
    uow: UnitOfWork,
    records: list[EventRecord | FeedbackRecord],
    now: datetime,
    report: IngestReport,
) -> list[int]:
    """The customer id of each record, creating unknown senders and filling known gaps."""
    keys = [record.identity for record in records]
    index = IdentityIndex(uow.customers.identities_matching(keys))
    owners = [
        index.resolve(key, name=record.name).customer
        for key, record in zip(keys, records, strict=True)
    ]
    changed: dict[int, dict[str, object]] = {
        c.id: {"external_id": c.external_id, "email": c.email, "phone": c.phone, "name": c.name}
        for c in index.known
        if c.changed and c.id is not None
    }
    if changed:
        uow.customers.update(changed, now=now)
    if index.created:
        new_ids = uow.customers.add([_identity_attributes(c) for c in index.created], now=now)
        for customer, new_id in zip(index.created, new_ids, strict=True):
            customer.id = new_id
        report.customers_created += len(new_ids)
    return [owner.id for owner in owners if owner.id is not None]


def _identity_attributes(customer: CustomerIdentity) -> dict[str, object]:
    values: dict[str, object] = {
        "external_id": customer.external_id,
        "email": customer.email,
        "phone": customer.phone,
        "name": customer.name,
    }
    return _present(values)


def fingerprint(record: EventRecord | FeedbackRecord) -> str:
    """A stable key for a row that came without an external id: the same content, the same key."""
    content = record.model_dump(mode="json", exclude={"external_id"})
    digest = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return f"fp:{digest[:32]}"


def _item_row(
    record: EventRecord | FeedbackRecord,
    external_id: str,
    source: str,
    customer_id: int,
    data: dict[str, Any],
    now: datetime,
) -> dict[str, object]:
    common: dict[str, object] = {
        "customer_id": customer_id,
        "source": source,
        "external_id": external_id,
        "ingested_at": now,
    }
    if isinstance(record, FeedbackRecord):
        return common | {
            "channel": str(record.channel),
            "metric": _value(record.metric),
            "score": record.score,
            "text": record.text,
            "language": record.language,
            "received_at": record.received_at,
            "in_reply_to": record.in_reply_to,
            "contact_requested": record.contact_requested,
            "raw": data,
        }
    return common | {
        "type": str(record.type),
        "occurred_at": record.occurred_at,
        "amount": record.amount,
        "currency": record.currency,
        "channel": record.channel,
        "hold_seconds": record.hold_seconds,
        "transfers": record.transfers,
        "attributes": record.attributes,
    }


def _value(member: StrEnum | None) -> str | None:
    return None if member is None else str(member)


def _record_run(uow_factory: UowFactory, report: IngestReport, *, actor: str) -> None:
    assert report.finished_at is not None
    run = IngestRun(
        kind=report.kind,
        source=report.source,
        started_at=report.started_at,
        finished_at=report.finished_at,
        rows_read=report.rows_read,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        rejected=report.rejected,
        customers_created=report.customers_created,
    )
    with uow_factory() as uow:
        report.run_id = uow.ingest_runs.add(run)
        uow.audit.append(
            AuditEntry(
                at=report.finished_at,
                actor=actor,
                action=f"ingest.{report.kind}",
                subject_type="ingest_run",
                subject_id=str(report.run_id),
                details=report.as_dict() | {"rejects": report.as_dict()["rejects"][:20]},
            )
        )
        uow.commit()
