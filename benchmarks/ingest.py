"""Rows per second for `amends ingest feedback` of 100k rows, into SQLite and into PostgreSQL.

    .venv/bin/python benchmarks/ingest.py [--rows 100000] [--postgres URL]

Measures the whole path the CLI takes (CSV parsing, validation, identity resolution, writes),
analysis not included: a fresh database, a first load, a second load of the same file (which must
change nothing), and a file with 1% malformed rows. PostgreSQL is skipped when not reachable.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from amends.config import Settings
from amends.domain.records import RecordContext
from amends.readers import read_rows
from amends.runtime import Runtime
from amends.services.ingest import IngestReport, ingest
from amends.store import schema
from amends.store.engine import build_engine

HEADER = [
    "external_id",
    "customer_id",
    "email",
    "channel",
    "metric",
    "score",
    "text",
    "received_at",
]
COMPLAINTS = [
    "Parcel arrived {n} days late and support never answered.",
    "Charged twice for order {n}, still waiting for the refund.",
    "Lovely staff at the store, quick checkout.",
    "On hold for {n} minutes then the line dropped.",
    "Promised a callback on Tuesday, nobody called.",
    "All good, thanks.",
]


def write_feedback_csv(path: Path, rows: int, *, malformed_every: int = 0, seed: int = 1) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            customer = rng.randrange(10_000)
            received = start + timedelta(seconds=rng.randrange(300 * 86_400))
            row = [
                f"F{i:07d}",
                f"C{customer:05d}",
                f"customer{customer}@example.com",
                "survey",
                "nps",
                str(rng.randrange(11)),
                rng.choice(COMPLAINTS).format(n=rng.randrange(2, 90)),
                received.isoformat(),
            ]
            if malformed_every and i % malformed_every == malformed_every - 1:
                row[5] = "eleven"  # a score nobody can read
            writer.writerow(row)


def load(runtime: Runtime, path: Path) -> IngestReport:
    with path.open(encoding="utf-8", newline="") as handle:
        return ingest(
            runtime.uow,
            "feedback",
            read_rows(handle, "csv"),
            source=path.name,
            clock=runtime.clock,
            context=RecordContext(),
            chunk_size=runtime.settings.ingest_chunk_size,
        )


def measure(label: str, url: str, files: dict[str, Path]) -> None:
    runtime = Runtime(settings=Settings(database_url=url, _env_file=None), engine=build_engine(url))  # type: ignore[call-arg]
    schema.upgrade(runtime.engine)
    first = _timed(runtime, files["clean"])
    second = _timed(runtime, files["clean"])
    with runtime.uow() as uow:
        count = uow.feedback.count()
    dirty = _timed(runtime, files["dirty"], fresh_source=True)
    runtime.close()
    (rate1, run1), (rate2, run2), (rate3, run3) = first, second, dirty
    print(
        f"{label}: first load   {rate1:>9,.0f} rows/s  "
        f"({run1.rows_read:,} rows, {run1.seconds:.2f} s)"
    )
    print(
        f"{label}: second load  {rate2:>9,.0f} rows/s  "
        f"(created {run2.created}, unchanged {run2.unchanged:,}; rows in table {count:,})"
    )
    print(
        f"{label}: 1% malformed {rate3:>9,.0f} rows/s  "
        f"(created {run3.created:,}, rejected {run3.rejected:,})"
    )


def _timed(
    runtime: Runtime, path: Path, *, fresh_source: bool = False
) -> tuple[float, IngestReport]:
    if fresh_source:
        renamed = path.with_name(f"{uuid.uuid4().hex[:6]}-{path.name}")
        shutil.copy(path, renamed)  # a new source name: every row is new to the store
        path = renamed
    started = time.perf_counter()
    report = load(runtime, path)
    elapsed = time.perf_counter() - started
    return report.rows_read / elapsed, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "AMENDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = {"clean": Path(folder) / "feedback.csv", "dirty": Path(folder) / "dirty.csv"}
        write_feedback_csv(files["clean"], args.rows)
        write_feedback_csv(files["dirty"], args.rows, malformed_every=100, seed=2)
        measure("sqlite", f"sqlite:///{folder}/bench.db", files)
        database = _postgres_database(args.postgres)
        if database is None:
            print(f"postgres: skipped (not reachable at {args.postgres})")
            return
        try:
            measure("postgres", database, files)
        finally:
            _drop(args.postgres, database)


def _postgres_database(admin_url: str) -> str | None:
    if admin_url == "none":
        return None
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            name = f"amends_bench_{uuid.uuid4().hex[:8]}"
            connection.execute(text(f'create database "{name}"'))
    except Exception:
        return None
    finally:
        admin.dispose()
    return admin.url.set(database=name).render_as_string(hide_password=False)


def _drop(admin_url: str, database: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = database.rsplit("/", 1)[-1]
    with admin.connect() as connection:
        connection.execute(text(f'drop database if exists "{name}" with (force)'))
    admin.dispose()


if __name__ == "__main__":
    main()
