"""``amends policy check|show``: validate a policy before it goes live; start from the default."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from amends.cli.common import console
from amends.config import Settings
from amends.errors import PolicyInvalid
from amends.policy.loader import default_policy_text, parse_policy
from amends.policy.model import Policy
from amends.policy.priority import BANDS
from amends.policy.sla import format_business_duration
from amends.yaml_files import read_text

app = typer.Typer(
    help="The policy: opportunities, routing, SLA, remedies, budgets.", no_args_is_help=True
)

# The exit code run_guarded gives every deliberate error: nothing done, the input was bad.
INVALID = 2


@app.command()
def check(file: Annotated[Path, typer.Argument(help="A policy YAML file.")]) -> None:
    """Validate a policy; each problem is printed as FILE:LINE: where: what."""
    text = read_text(file, what="policy", error=PolicyInvalid)
    try:
        loaded = parse_policy(text, source=str(file))
    except PolicyInvalid as invalid:
        if not isinstance(invalid.details, list):
            raise
        _print_problems(str(file), invalid.details)
        raise typer.Exit(code=INVALID) from None
    console.print(f"{file}: valid policy, version {loaded.version}", highlight=False)
    _print_summary(loaded.policy)


@app.command()
def show() -> None:
    """Print the policy in force (AMENDS_POLICY, or the shipped default) as YAML, to start a
    policy of your own from: amends policy show > my-policy.yaml"""
    path = Settings().policy
    if path is None:
        text = default_policy_text()
    else:
        text = read_text(path, what="policy", error=PolicyInvalid)
        parse_policy(text, source=str(path))  # a file with mistakes is not the policy in force
    # Written as is: Rich would wrap long lines and change what the file says.
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()


def _print_problems(source: str, details: list[dict[str, Any]]) -> None:
    noun = "problem" if len(details) == 1 else "problems"
    console.print(f"{source}: {len(details)} {noun}", highlight=False, markup=False)
    for problem in details:
        where = problem.get("path") or "top level"
        line = problem.get("line")
        place = f"{source}:{line}" if line else source
        console.print(
            f"{place}: {where}: {problem.get('message')}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def _print_summary(policy: Policy) -> None:
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for label, value in _summary_rows(policy):
        table.add_row(Text(label), Text(value))  # policy text is never Rich markup
    console.print(table, highlight=False)


def _summary_rows(policy: Policy) -> list[tuple[str, str]]:
    teams = policy.teams.teams
    agents = sum(len(team.agents) for team in teams)
    rules = policy.opportunities.rules
    enabled = [rule.name for rule in rules if rule.enabled]
    disabled = [rule.name for rule in rules if not rule.enabled]
    remedies = policy.remedies
    return [
        ("version", policy.version),
        ("currency", policy.currency),
        (
            f"teams ({len(teams)}), agents ({agents})",
            ", ".join(f"{t.name} ({len(t.agents)})" for t in teams),
        ),
        ("bands", _bands(policy)),
        (
            f"rules enabled ({len(enabled)} of {len(rules)})",
            ", ".join(enabled) + (f"; off: {', '.join(disabled)}" if disabled else ""),
        ),
        (
            f"calendars ({len(policy.calendars)})",
            ", ".join(f"{name} ({spec.timezone})" for name, spec in policy.calendars.items()),
        ),
        (f"journeys ({len(policy.journeys)})", ", ".join(policy.journeys)),
        (
            f"remedies ({len(remedies.catalogue)})",
            f"{', '.join(remedies.catalogue)}; {len(remedies.recommendations)} recommendation "
            "rules",
        ),
        ("budgets", _budgets(policy)),
    ]


def _bands(policy: Policy) -> str:
    bands = policy.priority.bands
    floors = {"p1": bands.p1, "p2": bands.p2, "p3": bands.p3}
    described = []
    for band in BANDS:
        floor = f"score ≥ {floors[band]:g}" if band in floors else "the rest"
        targets = getattr(policy.sla.targets, band)
        described.append(
            f"{band} ({floor}): contact {format_business_duration(targets.first_contact)}, "
            f"resolve {format_business_duration(targets.resolution)}"
        )
    return "; ".join(described)


def _budgets(policy: Policy) -> str:
    limits = "; ".join(
        f"{role} {budget.per_case} per case, {budget.per_customer_per_day} per customer a day"
        for role, budget in policy.budgets.roles.items()
    )
    return f"{limits} ({policy.currency})"
