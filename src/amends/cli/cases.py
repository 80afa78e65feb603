"""``amends cases list|show|open|sweep``: recovery cases from the terminal, and the timer sweep a
production cron or worker runs."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any

import typer
from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from amends.cli.case_view import relative, render_case, sla_text
from amends.cli.common import console, errors, runtime
from amends.domain.case_records import CaseSnapshot
from amends.domain.cases import CaseStatus
from amends.errors import InvalidInput
from amends.policy.cases import CasesSection, case_reference, parse_case_reference, status_label
from amends.policy.loader import LoadedPolicy
from amends.policy.priority import BANDS
from amends.services.case_views import SlaReading, case_detail, list_cases, sla_reading
from amends.services.customers import find_customer
from amends.services.intake import open_pending_cases
from amends.services.unit_of_work import CaseFilter
from amends.worker.tasks import sweep_timers_task

app = typer.Typer(
    help="Recovery cases: who owns them, how urgent, what was done.", no_args_is_help=True
)

JsonOpt = Annotated[bool, typer.Option("--json", help="JSON (one object per line) instead.")]


@app.command("list")
def list_(
    status: Annotated[str | None, typer.Option(help="A status or its label.")] = None,
    team: Annotated[str | None, typer.Option(help="Owning team.")] = None,
    assignee: Annotated[str | None, typer.Option(help="Agent id, e.g. tom.becker.")] = None,
    band: Annotated[str | None, typer.Option(help="Priority band: p1 (most urgent) .. p4.")] = None,
    customer: Annotated[
        str | None, typer.Option(help="The customer's external id, email, phone or id.")
    ] = None,
    breached: Annotated[
        bool | None,
        typer.Option("--breached/--not-breached", help="Only cases that missed (or kept) an SLA."),
    ] = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only open and waiting cases.")] = False,
    limit: Annotated[int, typer.Option(min=1, help="Rows to show.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Cases, most urgent first, with their SLA: what is due and when."""
    with runtime() as built:
        policy = built.policy()
        customer_id = None
        if customer is not None:
            found = find_customer(built.uow(), customer, region=built.settings.default_region)
            customer_id = found.id
        where = CaseFilter(
            status=_status(status, policy.policy.cases),
            team=team,
            assignee=assignee,
            priority_band=_band(band),
            customer_id=customer_id,
            breached=breached,
            open_only=open_only,
        )
        now = built.clock()
        cases, total = list_cases(built.uow(), where, now=now, limit=limit, offset=0)
    readings = [sla_reading(policy, case, now) for case in cases]
    if as_json:
        for case, reading in zip(cases, readings, strict=True):
            typer.echo(json.dumps(_case_json(policy, case, reading)))
        return
    _print_list(policy, cases, readings, total, now)


def _status(value: str | None, section: CasesSection) -> str | None:
    if value is None:
        return None
    wanted = value.strip().casefold()
    for status in CaseStatus:
        if wanted in (status.value, status.readable, status_label(status, section).casefold()):
            return status.value
    known = ", ".join(s.value for s in CaseStatus)
    raise InvalidInput(f"no case status {value!r}; the statuses are: {known}")


def _band(value: str | None) -> str | None:
    if value is None:
        return None
    if value.lower() not in BANDS:
        raise InvalidInput(f"no priority band {value!r}; the bands are: {', '.join(BANDS)}")
    return value.lower()


def _print_list(
    policy: LoadedPolicy,
    cases: list[CaseSnapshot],
    readings: list[SlaReading],
    total: int,
    now: datetime,
) -> None:
    section = policy.policy.cases
    table = Table("case", "status", "priority", "team", "assignee", "topics", "SLA", "opened")
    for case, reading in zip(cases, readings, strict=True):
        table.add_row(
            case_reference(case.id, section),
            status_label(CaseStatus(case.status), section),
            f"{case.priority_band} {case.priority_score:.1f}",
            case.team,
            case.assignee or "-",
            Text(", ".join(case.topics) or "-"),
            sla_text(reading, now),
            relative(case.opened_at, now),
        )
    if total > len(cases):
        table.caption = f"{len(cases)} of {total} shown, most urgent first; --limit to see more"
    else:
        table.caption = f"{total} case{'' if total == 1 else 's'}"
    console.print(table)


@app.command()
def show(
    case: Annotated[str, typer.Argument(help="Case id or reference: 42 or C-00042.")],
    as_json: JsonOpt = False,
) -> None:
    """The whole case: who, why it opened (with the customer's words), priority and each factor,
    SLA, journey beside the ideal, recommended remedy, offers, promises, attempts, messages and
    history."""
    with runtime() as built:
        policy = built.policy()
        case_id = parse_case_reference(case, policy.policy.cases)
        if case_id is None:
            raise InvalidInput(f"{case!r} is not a case id or reference (e.g. 42 or C-00042)")
        now = built.clock()
        detail = case_detail(built.uow(), policy, case_id, now=now)
    if as_json:
        typer.echo(json.dumps(plain(dataclasses.asdict(detail))))
        return
    render_case(console, detail, now=now, currency=policy.policy.currency)


@app.command("open")
def open_() -> None:
    """Decide on every feedback item that has no decision yet: open, attach or reopen cases.
    Resumable and idempotent (for feedback taken in with AMENDS_OPEN_CASES_ON_INGEST=false)."""
    progress = Progress(
        TextColumn("deciding on feedback"),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    )
    with runtime() as built, progress:
        task = progress.add_task("feedback", total=None)
        report = open_pending_cases(
            built.uow,
            built.policy,
            analyzer=built.settings.analyzer,
            clock=built.clock,
            on_progress=lambda rows: progress.advance(task, rows),
            actor="cli",
        )
    table = Table(title="case intake", show_header=False)
    for label, value in (
        ("feedback decided", report.decided),
        ("cases opened", report.opened),
        ("attached to an open case", report.attached),
        ("cases reopened", report.reopened),
        ("expectation messages queued", report.messages_queued),
    ):
        table.add_row(label, f"{value:,}")
    console.print(table)


@app.command()
def sweep() -> None:
    """Run the SLA and promise sweep once, now: warnings, breaches, escalations, broken promises.
    Safe to repeat; this is what a production cron or worker runs every minute."""
    with runtime() as built, errors.status("sweeping SLA timers and promises"):
        report = sweep_timers_task(built)
    table = Table(title="timer sweep", show_header=False)
    labels = {
        "cases_checked": "cases with something due",
        "warnings": "SLA warnings",
        "breaches": "SLA breaches",
        "escalations": "escalations",
        "promises_broken": "promises broken",
        "reminders": "promise reminders",
        "auto_closed": "closed after follow-up",
    }
    for key, value in report.items():
        table.add_row(labels.get(key, key.replace("_", " ")), f"{value:,}")
    console.print(table)


def _case_json(policy: LoadedPolicy, case: CaseSnapshot, reading: SlaReading) -> dict[str, Any]:
    section = policy.policy.cases
    body: dict[str, Any] = plain(dataclasses.asdict(case))
    body["reference"] = case_reference(case.id, section)
    body["status_label"] = status_label(CaseStatus(case.status), section)
    body["sla"] = plain(dataclasses.asdict(reading))
    return body


def plain(value: Any) -> Any:
    """Values JSON can hold: ISO times, seconds, exact amounts as strings, enums by value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(plain(key)): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    return value
