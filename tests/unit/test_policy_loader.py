"""The policy file: the shipped default, mistakes reported by line, sections that must agree,
and a source that re-reads the file when it changes but never serves a broken one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from amends.errors import PolicyInvalid
from amends.policy.loader import PolicySource, default_policy, default_policy_text, parse_policy


def test_the_shipped_default_policy_loads_and_names_its_version() -> None:
    loaded = default_policy()
    assert loaded.version.startswith(loaded.policy.version)
    assert loaded.policy.currency == "USD"
    assert {team.name for team in loaded.policy.teams.teams} >= {"care"}


def test_a_mistake_is_reported_with_its_line_and_place() -> None:
    text = default_policy_text().replace("max_failed_attempts: 3", "max_failed_attempts: 0")
    lines = text.splitlines()
    line = next(n for n, text_line in enumerate(lines, 1) if "max_failed_attempts: 0" in text_line)
    with pytest.raises(PolicyInvalid) as raised:
        parse_policy(text, source="mine.yaml")
    [problem] = raised.value.details
    assert problem["line"] == line
    assert problem["path"] == "contact -> max_failed_attempts"
    assert f"mine.yaml:{line}: contact -> max_failed_attempts" in raised.value.message


def test_text_that_is_not_yaml_is_refused_with_its_line() -> None:
    with pytest.raises(PolicyInvalid) as raised:
        parse_policy("version: 1\nteams: [unclosed\n", source="bad.yaml")
    assert raised.value.details[0]["line"] is not None
    assert "not valid YAML" in raised.value.message


def test_a_team_calendar_and_every_agents_role_must_exist_elsewhere_in_the_file() -> None:
    text = default_policy_text().replace("calendar: default", "calendar: lunar", 1)
    with pytest.raises(PolicyInvalid, match="calendar 'lunar', which is not defined"):
        parse_policy(text)
    text = default_policy_text().replace("role: frontline", "role: intern", 1)
    with pytest.raises(PolicyInvalid):
        parse_policy(text)


def test_an_unknown_section_is_refused_rather_than_ignored() -> None:
    with pytest.raises(PolicyInvalid, match="Extra inputs are not permitted"):
        parse_policy(default_policy_text() + "\nsurprise: true\n")


def _write(path: Path, text: str, stamp: int) -> None:
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stamp, stamp))  # a different mtime, whatever the file system's resolution


def test_the_source_rereads_a_changed_file_and_keeps_the_last_good_policy(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    _write(path, default_policy_text(), 1_000_000_000)
    source = PolicySource(path)
    first = source.current()
    assert source.current() is first  # unchanged file: not read again

    _write(
        path, default_policy_text().replace('version: "2026-11"', 'version: "v2"'), 2_000_000_000
    )
    assert source.current().policy.version == "v2"
    assert source.problem is None

    _write(path, "version: [broken", 3_000_000_000)
    assert source.current().policy.version == "v2"  # still serving the last good one
    assert source.problem is not None

    _write(path, default_policy_text(), 4_000_000_000)
    assert source.current().policy.version == "2026-11"
    assert source.problem is None


def test_a_missing_policy_file_fails_at_start_up() -> None:
    with pytest.raises(PolicyInvalid, match="cannot read the policy"):
        PolicySource(Path("/nonexistent/policy.yaml"))
