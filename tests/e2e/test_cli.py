"""The command line, end to end: real files in, a real SQLite database, the printed summary out."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from amends.store.engine import build_engine
from amends.store.tables import FeedbackRow
from tests.e2e.conftest import run


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


FEEDBACK_HEADER = ["id", "customer", "channel", "nps", "comment", "received_at"]


def test_ingest_maps_columns_reports_bad_lines_and_lands_the_rest(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = [
        [f"F{i}", f"C{i % 5}", "survey", str(i % 11), "late again", "2026-11-01T10:00:00Z"]
        for i in range(98)
    ]
    bad_score = ["F98", "C1", "survey", "12", "x", "2026-11-01T10:00:00Z"]
    bad_time = ["F99", "C1", "survey", "3", "x", "yesterday"]
    file = write_csv(
        tmp_path / "nps.csv", FEEDBACK_HEADER, [*good[:40], bad_score, *good[40:], bad_time]
    )

    command = ["ingest", "feedback", str(file), "--set", "metric=nps"]
    for mapping in ("external_id=id", "customer_id=customer", "score=nps", "text=comment"):
        command += ["--map", mapping]

    code = run(*command)

    out = capsys.readouterr().out
    assert code == 1  # done, but some rows refused
    assert "rows read" in out
    assert "line 42: nps score must be between 0 and 10, got 12" in out
    assert "line 101: received_at: not an ISO 8601 timestamp" in out
    rejects = list(csv.DictReader((tmp_path / "nps.csv.rejects.csv").open()))
    assert [r["line"] for r in rejects] == ["42", "101"]
    assert json.loads(rejects[0]["row"])["score"] == "12"

    again = run(*command)
    second = capsys.readouterr().out
    assert again == 1
    assert re.search(r"created\s*│\s*0\s", second)
    assert re.search(r"unchanged \(already here\)\s*│\s*98\s", second)
    engine = build_engine(database)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(FeedbackRow)) == 98
    engine.dispose()


def test_ingest_reads_jsonl_from_standard_input_with_an_explicit_zone(
    database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {
            "external_id": "e1",
            "customer_id": "C1",
            "type": "call",
            "occurred_at": "2026-03-29 01:30",
            "hold_seconds": 1800,
        },
        {
            "external_id": "e2",
            "customer_id": "C1",
            "type": "delivery",
            "occurred_at": "2026-03-29 03:30",
            "late_days": 4,
        },
    ]
    payload = "\n".join(json.dumps(line) for line in lines) + "\n"
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload.encode())))

    code = run("ingest", "events", "-", "--timezone", "Europe/London")

    assert code == 0
    capsys.readouterr()
    assert run("customer", "show", "C1") == 0
    shown = capsys.readouterr().out
    assert "2026-03-29 01:30" in shown  # 01:30 GMT, before the clocks went forward
    assert "2026-03-29 02:30" in shown  # 03:30 BST
    assert "on hold 30 min" in shown
    assert "late_days=4" in shown


def test_naive_timestamps_without_a_zone_are_refused_not_guessed(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write_csv(
        tmp_path / "f.csv",
        ["customer_id", "channel", "text", "received_at"],
        [["C1", "email", "hello", "2026-11-01 10:00"]],
    )

    assert run("ingest", "feedback", str(file)) == 1
    assert "has no time zone" in capsys.readouterr().out


def test_customers_file_then_lookup_by_phone_in_any_spelling(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write_csv(
        tmp_path / "customers.csv",
        ["external_id", "name", "phone", "tier"],
        [["C-1", "Ada Obi", "(415) 555-0134", "gold"]],
    )
    assert run("ingest", "customers", str(file)) == 0
    capsys.readouterr()

    assert run("customer", "show", "+1 415-555-0134") == 0
    assert "Ada Obi" in capsys.readouterr().out
    assert run("customer", "list", "ada") == 0
    assert "C-1" in capsys.readouterr().out


def test_errors_are_one_line_with_a_code_and_exit_2(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("customer", "show", "nobody@example.com") == 2
    assert "[customer_not_found]" in capsys.readouterr().err
    assert run("ingest", "feedback", "missing.csv") == 2
    assert "[invalid_input] no such file" in capsys.readouterr().err
    assert run("ingest", "feedback", "-", "--map", "oops") == 2


def test_commands_refuse_a_database_without_the_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AMENDS_DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    assert run("customer", "list") == 2
    assert "amends db upgrade" in capsys.readouterr().err
    assert run("db", "upgrade") == 0
    assert run("customer", "list") == 0


def test_the_installed_command_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "amends", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    for command in ("ingest", "customer", "db", "demo", "serve"):
        assert command in done.stdout
