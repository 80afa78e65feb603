"""Shared fixtures: stores on SQLite and PostgreSQL, a runtime on a fake clock."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

from amends.config import Settings
from amends.runtime import Runtime
from amends.store import schema
from amends.store.engine import build_engine
from amends.store.tables import Base
from tests.fakes import FakeClock, FakeStore, FakeUnitOfWork

# Timing is for benchmarks/, never for tests: a slow first call (compiling the lexicons, loading
# the model) on a busy CI machine must not fail a property test.
settings.register_profile("amends", deadline=None)
settings.load_profile("amends")

POSTGRES_ADMIN_URL = os.environ.get(
    "AMENDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("AMENDS_TEST_REQUIRE_POSTGRES") == "1"


@pytest.fixture(autouse=True)
def _no_amends_settings_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests state their own settings; a developer's environment must not change them."""
    for name in os.environ:
        if name.startswith("AMENDS_") and not name.startswith("AMENDS_TEST_"):
            monkeypatch.delenv(name)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def fake_uow(fake_store: FakeStore) -> FakeUnitOfWork:
    return FakeUnitOfWork(fake_store)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy (far faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "amends.db"
    engine = build_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "amends.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A throw-away database on the PostgreSQL server, migrated once for the session."""
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as error:  # the server is simply not there
        admin.dispose()
        message = f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL}: {error.__class__.__name__}"
        if REQUIRE_POSTGRES:
            pytest.fail(message)
        pytest.skip(message + " (set AMENDS_TEST_POSTGRES_URL to run these tests)")
    name = f"amends_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'create database "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = build_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'drop database if exists "{name}" with (force)'))
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_database: str) -> str:
    engine = create_engine(postgres_database)
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"truncate {tables} restart identity cascade"))
    engine.dispose()
    return postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """Each test that uses it runs twice: on SQLite and on PostgreSQL."""
    url: str = request.getfixturevalue(f"{request.param}_url")
    return url


@pytest.fixture
def runtime(database_url: str, clock: FakeClock) -> Iterator[Runtime]:
    built = Runtime(
        settings=Settings(database_url=database_url, _env_file=None),  # type: ignore[call-arg]
        engine=build_engine(database_url),
        clock=clock,
    )
    yield built
    built.close()
