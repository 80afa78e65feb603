"""In-memory implementations of the ports, for unit tests that need no database."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Self

from amends.analysis.base import Analysis
from amends.analysis.labels import CX_EMOTIONS, GOEMOTIONS
from amends.analysis.spans import Span
from amends.domain.customers import CUSTOMER_FIELDS, ContactChannel, CustomerProfile
from amends.domain.identity import CustomerIdentity, IdentityKeys
from amends.domain.timeline import EventItem, FeedbackItem
from amends.services.unit_of_work import AuditEntry, IngestRun


class FakeClock:
    """A clock that moves only when told to (``tick``), so durations in tests are exact."""

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta()) -> None:
        self.now = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        self.step = step

    def __call__(self) -> datetime:
        current = self.now
        self.now += self.step
        return current

    def tick(self, delta: timedelta) -> None:
        self.now += delta


@dataclass
class FakeStore:
    """The 'database' the fake unit of work commits into."""

    customers: dict[int, dict[str, Any]] = field(default_factory=dict)
    feedback: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    events: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    analyses: dict[tuple[int, str], dict[str, Any]] = field(default_factory=dict)
    ingest_runs: list[IngestRun] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    commits: int = 0


class FakeCustomerRepository:
    def __init__(self, rows: dict[int, dict[str, Any]]) -> None:
        self.rows = rows

    def identities_matching(self, keys: Iterable[IdentityKeys]) -> list[CustomerIdentity]:
        wanted = [(k.external_id, k.email, k.phone) for k in keys]
        found = []
        for id_, row in self.rows.items():
            if any(
                (ext and row["external_id"] == ext)
                or (email and row["email"] == email)
                or (phone and row["phone"] == phone)
                for ext, email, phone in wanted
            ):
                found.append(
                    CustomerIdentity(
                        id_, row["external_id"], row["email"], row["phone"], row["name"]
                    )
                )
        return found

    def attributes_of(self, ids: Collection[int]) -> dict[int, dict[str, object]]:
        return {i: {f: self.rows[i][f] for f in CUSTOMER_FIELDS} for i in ids if i in self.rows}

    def add(self, customers: Sequence[dict[str, object]], *, now: datetime) -> list[int]:
        ids = []
        for values in customers:
            new_id = max(self.rows, default=0) + 1
            row: dict[str, Any] = dict.fromkeys(CUSTOMER_FIELDS)
            row.update(values)
            row["tags"] = row["tags"] or []
            self.rows[new_id] = row | {"created_at": now, "updated_at": now}
            ids.append(new_id)
        return ids

    def update(self, changes: dict[int, dict[str, object]], *, now: datetime) -> None:
        for id_, values in changes.items():
            self.rows[id_].update(values, updated_at=now)

    def get(self, customer_id: int) -> CustomerProfile | None:
        row = self.rows.get(customer_id)
        return _profile(customer_id, row) if row is not None else None

    def find(self, key: str) -> CustomerProfile | None:
        for column in ("external_id", "email", "phone"):
            for id_ in sorted(self.rows):
                if self.rows[id_][column] == key:
                    return self.get(id_)
        return self.get(int(key)) if key.isdigit() else None

    def search(self, *, query: str | None, limit: int, offset: int) -> list[CustomerProfile]:
        matches = [
            _profile(id_, row)
            for id_, row in sorted(self.rows.items())
            if not query
            or query.lower() in (row["name"] or "").lower()
            or query.lower() in (row["email"] or "")
        ]
        return matches[offset : offset + limit]

    def count(self) -> int:
        return len(self.rows)


def _profile(id_: int, row: dict[str, Any]) -> CustomerProfile:
    channels = list(ContactChannel)
    return CustomerProfile(
        id=id_,
        external_id=row["external_id"],
        name=row["name"],
        email=row["email"],
        phone=row["phone"],
        timezone=row["timezone"],
        tier=row["tier"],
        lifetime_value=float(row["lifetime_value"]) if row["lifetime_value"] is not None else None,
        tags=tuple(row["tags"]),
        consent={c: row[f"consent_{c}"] for c in channels},
        opted_out_at={c: row[f"opted_out_{c}_at"] for c in channels},
        created_at=row["created_at"],
    )


class _FakeItems:
    time_field: str

    def __init__(self, rows: dict[tuple[str, str], dict[str, Any]]) -> None:
        self.rows = rows

    def existing_external_ids(self, source: str, external_ids: Collection[str]) -> set[str]:
        return {e for e in external_ids if (source, e) in self.rows}

    def add(self, rows: Sequence[dict[str, object]]) -> None:
        for row in rows:
            key = (str(row["source"]), str(row["external_id"]))
            self.rows.setdefault(key, dict(row) | {"id": len(self.rows) + 1})

    def count(self) -> int:
        return len(self.rows)

    def _window(
        self, customer_id: int, since: datetime | None, until: datetime | None, limit: int
    ) -> list[dict[str, Any]]:
        rows = [
            r
            for r in self.rows.values()
            if r["customer_id"] == customer_id
            and (since is None or r[self.time_field] >= since)
            and (until is None or r[self.time_field] < until)
        ]
        rows.sort(key=lambda r: (r[self.time_field], r["id"]), reverse=True)
        return rows[:limit]


class FakeFeedbackRepository(_FakeItems):
    time_field = "received_at"

    def __init__(
        self,
        rows: dict[tuple[str, str], dict[str, Any]],
        analyses: dict[tuple[int, str], dict[str, Any]],
    ) -> None:
        super().__init__(rows)
        self.analyses = analyses

    def ids_for(self, source: str, external_ids: Collection[str]) -> dict[str, int]:
        return {e: self.rows[(source, e)]["id"] for e in external_ids if (source, e) in self.rows}

    def needing_analysis(
        self, *, after_id: int, limit: int, analyzer: str, version: str | None
    ) -> list[tuple[int, str]]:
        found = sorted(
            (r["id"], r["text"])
            for r in self.rows.values()
            if r["id"] > after_id
            and r.get("text")
            and (
                version is None
                or self.analyses.get((r["id"], analyzer), {}).get("version") != version
            )
        )
        return found[:limit]

    def by_ids(self, ids: Collection[int]) -> list[FeedbackItem]:
        names = FeedbackItem.__dataclass_fields__
        rows = sorted(
            (r for r in self.rows.values() if r["id"] in set(ids)),
            key=lambda r: (r["received_at"], r["id"]),
        )
        return [FeedbackItem(**{k: v for k, v in r.items() if k in names}) for r in rows]

    def for_customer(
        self, customer_id: int, *, since: datetime | None, until: datetime | None, limit: int
    ) -> list[FeedbackItem]:
        names = FeedbackItem.__dataclass_fields__
        return [
            FeedbackItem(**{k: v for k, v in r.items() if k in names})
            for r in self._window(customer_id, since, until, limit)
        ]


class FakeEventRepository(_FakeItems):
    time_field = "occurred_at"

    def for_customer(
        self, customer_id: int, *, since: datetime | None, until: datetime | None, limit: int
    ) -> list[EventItem]:
        names = EventItem.__dataclass_fields__
        return [
            EventItem(**{k: v for k, v in r.items() if k in names})
            for r in self._window(customer_id, since, until, limit)
        ]


class FakeAnalysisRepository:
    def __init__(self, rows: dict[tuple[int, str], dict[str, Any]]) -> None:
        self.rows = rows

    def save(self, rows: Sequence[dict[str, object]]) -> None:
        for row in rows:
            self.rows[(int(row["feedback_id"]), str(row["analyzer"]))] = dict(row)  # type: ignore[call-overload]

    def for_feedback(
        self, feedback_ids: Collection[int], analyzer: str
    ) -> dict[int, dict[str, Any]]:
        return {i: self.rows[(i, analyzer)] for i in feedback_ids if (i, analyzer) in self.rows}

    def count(self) -> int:
        return len(self.rows)


class FakeIngestRuns:
    def __init__(self, runs: list[IngestRun]) -> None:
        self.runs = runs

    def add(self, run: IngestRun) -> int:
        self.runs.append(run)
        return len(self.runs)


class FakeAuditLog:
    def __init__(self, entries: list[AuditEntry]) -> None:
        self.entries = entries

    def append(self, entry: AuditEntry) -> None:
        self.entries.append(entry)

    def extend(self, entries: Sequence[AuditEntry]) -> None:
        self.entries.extend(entries)


class FakeUnitOfWork:
    """Works on copies of the store and publishes them on commit, so a rollback really undoes."""

    def __init__(self, store: FakeStore) -> None:
        self.store = store

    def __enter__(self) -> Self:
        self._customers = {k: dict(v) for k, v in self.store.customers.items()}
        self._feedback = dict(self.store.feedback)
        self._events = dict(self.store.events)
        self._analyses = dict(self.store.analyses)
        self._runs = list(self.store.ingest_runs)
        self._audit = list(self.store.audit)
        self.customers = FakeCustomerRepository(self._customers)
        self.feedback = FakeFeedbackRepository(self._feedback, self._analyses)
        self.analyses = FakeAnalysisRepository(self._analyses)
        self.events = FakeEventRepository(self._events)
        self.ingest_runs = FakeIngestRuns(self._runs)
        self.audit = FakeAuditLog(self._audit)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None

    def commit(self) -> None:
        self.store.customers = self._customers
        self.store.feedback = self._feedback
        self.store.events = self._events
        self.store.analyses = self._analyses
        self.store.ingest_runs = self._runs
        self.store.audit = self._audit
        self.store.commits += 1

    def rollback(self) -> None:
        self.__enter__()


class FakeAnalyzer:
    """Reads 'late', 'angry' and 'call me' literally: enough to see analyses flow through."""

    name = "fake"

    def __init__(self, version: str = "1") -> None:
        self.version = version
        self.calls: list[list[str]] = []

    def analyze(self, texts: Sequence[str]) -> list[Analysis]:
        self.calls.append(list(texts))
        return [self._one(text) for text in texts]

    def _one(self, text: str) -> Analysis:
        lowered = text.lower()
        negative = 0.9 if ("late" in lowered or "angry" in lowered) else 0.1
        evidence = {}
        if "late" in lowered:
            start = lowered.index("late")
            evidence["negative"] = [Span(start, start + 4, text[start : start + 4])]
        emotions = dict.fromkeys(GOEMOTIONS, 0.0) | {"anger": 0.8 if "angry" in lowered else 0.0}
        return Analysis(
            emotions=emotions,
            labels=["anger"] if "angry" in lowered else ["neutral"],
            cx_emotions=dict.fromkeys(CX_EMOTIONS, 0.0),
            negative=negative,
            is_negative=negative >= 0.5,
            signals={"follow_up_requested": "call me" in lowered},
            topics=["delivery"] if "late" in lowered else [],
            evidence=evidence,
        )
