"""``amends policy check|show`` end to end: real files, the printed verdict and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from amends.policy.loader import default_policy_text
from tests.e2e.conftest import run

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "amends" / "policy" / "default.yaml"


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_the_shipped_policy_checks_clean_with_a_summary_of_what_it_holds(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run("policy", "check", str(SHIPPED))

    out = capsys.readouterr().out
    assert code == 0
    assert "valid policy, version 2026-11" in out
    assert "teams (4), agents (15)" in out
    assert "deliveries (4)" in out
    assert "p1 (score ≥ 70): contact 1h, resolve 8h" in out
    assert "rules enabled (5 of 6)" in out
    assert "off: very_low_score" in out
    assert "default (America/New_York)" in out
    assert "order_delivery" in out
    assert "expedited_shipping" in out


def test_a_policy_with_mistakes_names_each_one_with_its_line_and_exits_2(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = default_policy_text()
    text = text.replace("  warn_at: 0.75", "  warn_at: 1.5")
    text = text.replace("max_failed_attempts: 3", "max_failed_attempts: lots")
    file = tmp_path / "mine.yaml"
    file.write_text(text, encoding="utf-8")

    code = run("policy", "check", str(file))

    out = capsys.readouterr().out
    assert code == 2
    assert f"{file}: 2 problems" in out
    warn_line = _line_of(text, "warn_at: 1.5")
    attempts_line = _line_of(text, "max_failed_attempts: lots")
    assert f"{file}:{warn_line}: sla -> warn_at: Input should be less than 1" in out
    assert f"{file}:{attempts_line}: contact -> max_failed_attempts:" in out


def test_a_policy_that_is_not_yaml_at_all_is_refused_at_its_line(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "broken.yaml"
    file.write_text('version: "1"\ncurrency: USD\nteams: [unclosed\n', encoding="utf-8")

    code = run("policy", "check", str(file))

    out = capsys.readouterr().out
    assert code == 2
    assert f"{file}:4: top level: not valid YAML" in out


def test_checking_a_file_that_is_not_there_is_one_clear_error(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run("policy", "check", str(tmp_path / "missing.yaml"))

    assert code == 2
    assert "cannot read the policy" in capsys.readouterr().err


def test_policy_show_prints_the_shipped_default_which_checks_clean(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("policy", "show") == 0
    shown = capsys.readouterr().out
    assert shown == default_policy_text()

    copy = tmp_path / "my-policy.yaml"
    copy.write_text(shown, encoding="utf-8")
    assert run("policy", "check", str(copy)) == 0
    assert "valid policy" in capsys.readouterr().out


def test_policy_show_prints_the_policy_named_by_amends_policy(
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(default_policy_text().replace('version: "2026-11"', 'version: "ours-1"'))
    monkeypatch.setenv("AMENDS_POLICY", str(mine))

    assert run("policy", "show") == 0

    assert 'version: "ours-1"' in capsys.readouterr().out


def test_policy_show_refuses_a_policy_file_that_is_not_valid(
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(default_policy_text().replace("currency: USD", "currency: dollars"))
    monkeypatch.setenv("AMENDS_POLICY", str(mine))

    assert run("policy", "show") == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    assert "currency is a three-letter ISO 4217 code" in captured.err
