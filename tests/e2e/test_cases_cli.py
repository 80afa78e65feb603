"""``amends cases list|show|open|sweep`` end to end: files in through ``amends ingest``, a real
SQLite database, the real analyzer and the shipped policy, the printed screens out."""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from amends.store.engine import build_engine
from amends.store.tables import CaseRow
from tests.e2e.conftest import run

CUSTOMERS = [
    ["external_id", "name", "email", "phone", "tier", "consent_sms", "consent_email"],
    ["C1", "Ann Smith", "ann@example.com", "+12025550101", "gold", "true", "true"],
    ["C2", "Bob Jones", "bob@example.com", "", "standard", "false", "true"],
]
FEEDBACK = [
    ["external_id", "customer_id", "channel", "metric", "score", "text", "received_at"],
    [
        "F1",
        "C1",
        "survey",
        "nps",
        "2",
        "My parcel arrived two weeks late and nobody answered. Please call me back.",
        "2026-11-02T14:00:00Z",
    ],
    ["F2", "C2", "survey", "nps", "9", "Lovely service, thank you", "2026-11-02T15:00:00Z"],
]


def _write(path: Path, rows: list[list[str]]) -> str:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return str(path)


def _ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("ingest", "customers", _write(tmp_path / "customers.csv", CUSTOMERS)) == 0
    assert run("ingest", "feedback", _write(tmp_path / "feedback.csv", FEEDBACK)) == 0
    capsys.readouterr()


def _cell(label: str, value: int, out: str) -> bool:
    return re.search(rf"{re.escape(label)}\s*│\s*{value}\s", out) is not None


def test_a_follow_up_request_becomes_a_case_the_list_shows_and_the_other_feedback_does_not(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ingest(tmp_path, capsys)

    assert run("cases", "list") == 0

    out = capsys.readouterr().out
    assert "C-00001" in out
    assert "Assigned" in out
    assert "first contact due in" in out
    assert "C-00002" not in out
    assert "1 case" in out


def test_the_list_filters_and_speaks_json_lines(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ingest(tmp_path, capsys)

    assert run("cases", "list", "--customer", "C1", "--status", "Assigned", "--json") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    case = json.loads(lines[0])
    assert (case["reference"], case["status"], case["status_label"]) == (
        "C-00001",
        "assigned",
        "Assigned",
    )
    assert case["sla"]["target"] == "first_contact"
    assert case["sla"]["state"] == "ok"

    for narrower in (["--customer", "C2"], ["--breached"], ["--status", "closed"]):
        assert run("cases", "list", "--json", *narrower) == 0
        assert capsys.readouterr().out == "", narrower


def test_the_list_refuses_a_status_or_band_that_does_not_exist(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("cases", "list", "--status", "lost") == 2
    assert "no case status 'lost'; the statuses are: open, assigned" in capsys.readouterr().err
    assert run("cases", "list", "--band", "p9") == 2
    assert "no priority band 'p9'" in capsys.readouterr().err


def test_show_tells_why_the_case_opened_in_the_customers_words_and_what_they_were_told(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ingest(tmp_path, capsys)

    assert run("cases", "show", "C-00001") == 0

    out = capsys.readouterr().out
    assert "C-00001  Assigned" in out
    assert "Ann Smith (C1, tier gold" in out
    assert "follow_up_request: the customer asked to be contacted" in out
    assert "“call me back”" in out
    assert "My parcel arrived two weeks late and nobody answered." in out
    assert "gold tier \u00d71.15" in out  # each priority factor, explained
    assert "case_opened by sms to +12025550101: queued" in out
    # The promised time depends on when the test runs: "by 3 pm today", "by noon today", ...
    promised = r"will call you (by (\d|noon|midnight)|within the hour).*Your reference is C-00001"
    assert re.search(promised, out)
    assert "contact by" in out
    assert "resolve by" in out
    assert "apology" in out  # the recommended remedy, with its reason
    assert "round robin" in out  # the history says how it was assigned


def test_show_accepts_the_plain_id_and_speaks_json(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ingest(tmp_path, capsys)

    assert run("cases", "show", "1", "--json") == 0

    detail = json.loads(capsys.readouterr().out)
    assert detail["reference"] == "C-00001"
    assert detail["case"]["reasons"][0]["rule"] == "follow_up_request"
    assert detail["messages"][0]["milestone"] == "case_opened"
    assert detail["recommendation"]["items"][0]["kind"] == "apology"


def test_show_says_clearly_when_there_is_no_such_case(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("cases", "show", "C-00042") == 2
    assert "[case_not_found] no case 42" in capsys.readouterr().err
    assert run("cases", "show", "yesterday") == 2
    assert "'yesterday' is not a case id or reference" in capsys.readouterr().err


def test_cases_open_decides_on_feedback_taken_in_without_intake_and_only_once(
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("AMENDS_OPEN_CASES_ON_INGEST", "false")
    _ingest(tmp_path, capsys)
    assert run("cases", "list") == 0
    assert "0 cases" in capsys.readouterr().out

    assert run("cases", "open") == 0
    first = capsys.readouterr().out
    assert run("cases", "open") == 0
    second = capsys.readouterr().out

    assert _cell("feedback decided", 2, first)
    assert _cell("cases opened", 1, first)
    assert _cell("expectation messages queued", 1, first)
    assert _cell("feedback decided", 0, second)
    assert _cell("cases opened", 0, second)
    assert run("cases", "list") == 0
    assert "1 case" in capsys.readouterr().out


def test_the_sweep_records_a_missed_first_contact_once(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ingest(tmp_path, capsys)
    assert run("cases", "sweep") == 0
    assert _cell("SLA breaches", 0, capsys.readouterr().out)  # nothing due yet
    # The case opened on a Monday last January and nobody called within its four hours.
    engine = build_engine(database)
    with engine.begin() as connection:
        connection.execute(
            update(CaseRow).values(
                opened_at=datetime(2026, 1, 5, 14, 0, tzinfo=UTC),
                contact_by=datetime(2026, 1, 5, 18, 0, tzinfo=UTC),
                resolve_by=datetime(2026, 1, 7, 14, 0, tzinfo=UTC),
                next_check_at=datetime(2026, 1, 5, 17, 0, tzinfo=UTC),
            )
        )
    engine.dispose()

    assert run("cases", "sweep") == 0
    first = capsys.readouterr().out
    assert run("cases", "sweep") == 0
    second = capsys.readouterr().out

    assert _cell("SLA warnings", 1, first)
    assert _cell("SLA breaches", 1, first)
    assert _cell("escalations", 2, first)  # the lead at once, the manager 4 business hours on
    assert _cell("SLA breaches", 0, second)
    assert _cell("escalations", 0, second)
    assert run("cases", "list", "--breached") == 0
    listed = capsys.readouterr().out
    assert "C-00001" in listed
    assert "breached: first contact was due" in listed
