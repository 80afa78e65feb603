"""``amends customer show|list``: the whole customer, in the terminal."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from amends.cli.common import console, runtime
from amends.domain.timeline import EventItem, FeedbackItem, TimelineEntry
from amends.services.customers import (
    Reading,
    customer_timeline,
    find_customer,
    list_customers,
)

app = typer.Typer(help="Look at customers.", no_args_is_help=True)


@app.command()
def show(
    key: Annotated[str, typer.Argument(help="External id, email, phone or internal id.")],
    limit: Annotated[int, typer.Option(help="Newest entries to show.")] = 100,
) -> None:
    """A customer's profile and timeline: what they told us and what happened, oldest first."""
    with runtime() as built:
        customer = find_customer(built.uow(), key, region=built.settings.default_region)
        timeline = customer_timeline(built.uow(), customer.id, limit=limit)
    who = customer.name or customer.email or customer.phone or f"customer {customer.id}"
    facts = [
        f"id {customer.id}",
        f"external id {customer.external_id or '-'}",
        customer.email or "no email",
        customer.phone or "no phone",
        f"tier {customer.tier or '-'}",
        f"lifetime value {customer.lifetime_value if customer.lifetime_value is not None else '-'}",
        f"time zone {customer.timezone or '-'}",
    ]
    console.print(f"[bold]{who}[/bold]  " + " · ".join(facts), highlight=False)
    table = Table(show_lines=False)
    for column in ("when (UTC)", "what", "channel", "score", "details", "reads as"):
        table.add_column(column, overflow="fold")
    for entry in timeline.entries:
        reading = timeline.readings.get(entry.item.id) if entry.kind == "feedback" else None
        table.add_row(*_cells(entry), _reading(reading))
    if timeline.truncated:
        table.caption = f"newest {len(timeline.entries)} shown; --limit to see more"
    console.print(table)


@app.command("list")
def list_(
    query: Annotated[str | None, typer.Argument(help="Part of a name or email.")] = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
) -> None:
    """Customers, optionally matching a name or email."""
    with runtime() as built:
        found = list_customers(built.uow(), query=query, limit=limit, offset=0)
    table = Table("id", "external id", "name", "email", "phone", "tier")
    for customer in found:
        table.add_row(
            str(customer.id),
            customer.external_id or "",
            customer.name or "",
            customer.email or "",
            customer.phone or "",
            customer.tier or "",
        )
    console.print(table)


def _reading(reading: Reading | None) -> str:
    if reading is None:
        return ""
    parts = [f"negative {reading.negative:.2f}" if reading.is_negative else "not negative"]
    parts.extend(label for label in reading.labels if label != "neutral")
    parts.extend(reading.signals)
    return ", ".join(parts)


def _cells(entry: TimelineEntry) -> tuple[str, str, str, str, str]:
    when = entry.at.strftime("%Y-%m-%d %H:%M")
    item = entry.item
    if isinstance(item, FeedbackItem):
        score = f"{item.metric.upper()} {item.score}" if item.metric else ""
        return when, "feedback", item.channel, score, item.text or ""
    assert isinstance(item, EventItem)
    details = []
    if item.amount is not None:
        details.append(f"{item.amount} {item.currency or ''}".strip())
    if item.hold_seconds:
        details.append(f"on hold {item.hold_seconds // 60} min")
    if item.transfers:
        details.append(f"{item.transfers} transfers")
    details.extend(f"{key}={value}" for key, value in sorted(item.attributes.items()))
    return when, item.type, item.channel or "", "", ", ".join(details)
