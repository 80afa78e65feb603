"""What the end-to-end tests share: a migrated SQLite database in the environment, and a way to
run the real command line in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from amends.cli import main


@pytest.fixture
def database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    monkeypatch.setenv("AMENDS_DATABASE_URL", sqlite_url)
    monkeypatch.chdir(tmp_path)  # keep any developer .env out of the way
    monkeypatch.setenv("COLUMNS", "200")
    return sqlite_url


def run(*argv: str) -> int:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    return int(done.value.code or 0)
