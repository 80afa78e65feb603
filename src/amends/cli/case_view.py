"""How ``amends cases`` draws a case in the terminal: everything an agent needs, one screen.

Customer words and policy text are shown as plain ``Text`` so square brackets in them are never
read as Rich markup.
"""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta
from decimal import Decimal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from amends.domain.journeys import JourneyComparison
from amends.services.case_views import CaseDetail, SlaReading

# Journey rows that are a discrepancy in themselves.
_OFF_COURSE = frozenset({"late", "missing", "unwanted", "extra"})
_STATE_STYLE = {"ok": "green", "warning": "yellow", "breached": "bold red", "paused": "cyan"}


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "-"


def span(delta: timedelta) -> str:
    """A duration as a person says it: 25 minutes, 4 hours, 3 days."""
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes < 1:
        return "less than a minute"
    if minutes < 60:
        return _count(minutes, "minute")
    hours, rest = divmod(minutes, 60)
    if hours < 10 and rest:
        return f"{_count(hours, 'hour')} {_count(rest, 'minute')}"
    if hours < 48:
        return _count(hours, "hour")
    return _count(hours // 24, "day")


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def relative(moment: datetime, now: datetime) -> str:
    return f"in {span(moment - now)}" if moment >= now else f"{span(now - moment)} ago"


def sla_text(reading: SlaReading, now: datetime) -> Text:
    """``ok: first contact due in 4 hours``, coloured by state."""
    style = _STATE_STYLE.get(reading.state, "")
    if reading.target is None or reading.due_at is None:
        return Text(reading.state, style=style)
    target = reading.target.replace("_", " ")
    due = (
        f"due {relative(reading.due_at, now)}"
        if reading.due_at >= now
        else f"was due {relative(reading.due_at, now)}"
    )
    return Text(f"{reading.state}: {target} {due}", style=style)


def render_case(console: Console, detail: CaseDetail, *, now: datetime, currency: str) -> None:
    _header(console, detail, now)
    _reasons(console, detail)
    _feedback(console, detail)
    _sla(console, detail, now)
    _journey(console, detail.journey)
    _remedies(console, detail, currency)
    _commitments(console, detail)
    _history(console, detail)


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def _header(console: Console, detail: CaseDetail, now: datetime) -> None:
    case, customer = detail.case, detail.customer
    who = "unknown customer"
    if customer is not None:
        who = customer.name or customer.email or customer.phone or f"customer {customer.id}"
        facts = [customer.external_id or f"id {customer.id}", f"tier {customer.tier or '-'}"]
        facts += [value for value in (customer.email, customer.phone) if value]
        who += f" ({', '.join(facts)})"
    title = Text(f"{detail.reference}  ", style="bold")
    title.append(detail.status_label, style="bold cyan")
    console.print(title)
    lines = [
        f"customer   {who}",
        f"team       {case.team}, assigned to {case.assignee or 'nobody yet'}"
        f" (escalated to: {case.escalation})",
        f"topics     {', '.join(case.topics) or '-'}; problem severity {case.severity}",
        f"opened     {when(case.opened_at)} UTC ({relative(case.opened_at, now)})",
        f"priority   {case.priority_band}, score {case.priority_score:.1f}",
    ]
    for line in lines:
        console.print(Text(line))
    table = Table("factor", "value", "why", box=None, padding=(0, 2, 0, 3))
    for factor in case.priority_factors:
        table.add_row(
            Text(str(factor.get("name", ""))),
            f"{float(factor.get('value', 0)):g}",
            Text(str(factor.get("explanation", ""))),
        )
    console.print(table)


def _quotes(evidence: object) -> str:
    """The customer's words behind a reason: each distinct span once, in quotes."""
    if not isinstance(evidence, dict):
        return ""
    parts = []
    for key, found in evidence.items():
        spans = [(int(s[0]), int(s[1]), str(s[2])) for s in found if isinstance(s, list | tuple)]
        # A word inside a longer quote ("weeks" in "two weeks late") says nothing more.
        outer = [
            s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)
        ]
        texts = list(dict.fromkeys(text for _, _, text in outer))
        if texts:
            parts.append(f"{key}: " + ", ".join(f"“{t}”" for t in texts))
    return "; ".join(parts)


def _reasons(console: Console, detail: CaseDetail) -> None:
    _section(console, "Why it opened")
    if not detail.case.reasons:
        console.print(Text("  no rule recorded (opened by hand)", style="dim"))
    for reason in detail.case.reasons:
        line = Text(f"  • {reason.get('rule')}: ", style="bold")
        line.append(str(reason.get("explanation", "")), style="")
        console.print(line)
        quotes = _quotes(reason.get("evidence"))
        if quotes:
            console.print(Text(f"      {quotes}", style="italic"))


def _feedback(console: Console, detail: CaseDetail) -> None:
    _section(console, "What the customer told us")
    for item in detail.feedback:
        decision = detail.decisions.get(item.id)
        score = f" {item.metric.upper()} {item.score}" if item.metric else ""
        outcome = f" [{decision.outcome}]" if decision is not None else ""
        console.print(Text(f"  {when(item.received_at)} {item.channel}{score}{outcome}"))
        console.print(Text(f"      {item.text or '(no comment)'}"))


def _sla(console: Console, detail: CaseDetail, now: datetime) -> None:
    _section(console, "SLA")
    case, reading = detail.case, detail.sla
    console.print(Text("  now        ").append(sla_text(reading, now)))
    if reading.business_time_left is not None:
        left = reading.business_time_left
        said = f"{span(left)} left" if left >= timedelta() else f"{span(left)} over"
        console.print(Text(f"  business   {said} (in the team's opening hours)"))
    contacted = when(case.first_contact_at) if case.first_contact_at else "not yet"
    for line in (
        f"  contact by {when(case.contact_by)} UTC (first contact: {contacted})",
        f"  resolve by {when(case.resolve_by)} UTC",
        f"  warned     {when(case.warned_at)}; breached {when(case.breached_at)}",
    ):
        console.print(Text(line))


def _journey(console: Console, journey: JourneyComparison | None) -> None:
    _section(console, "Journey")
    if journey is None:
        console.print(Text("  no ideal journey applies to this case's topics", style="dim"))
        return
    console.print(Text(f"  {journey.journey}: actual events beside the ideal steps"))
    table = Table("#", "ideal step", "expected by", "what happened", "when", "", box=None)
    for row in journey.rows:
        off = row.status in _OFF_COURSE
        table.add_row(
            str(row.number) if row.number is not None else "",
            Text(row.ideal_step or "(not in the ideal)"),
            when(row.expected_by) if row.expected_by else "",
            Text(row.actual.label) if row.actual else Text("nothing", style="dim"),
            when(row.actual.occurred_at) if row.actual else "",
            Text(f"✗ {row.status}", style="red") if off else Text(row.status.replace("_", " ")),
        )
    console.print(table)
    for found in journey.discrepancies:
        number = f" (#{found.number})" if found.number is not None else ""
        console.print(Text(f"  ✗ {found.kind}{number}: {found.detail}", style="red"))
    if not journey.discrepancies:
        console.print(Text("  no discrepancies", style="green"))


def _money(amount: Decimal | None, currency: str) -> str:
    return "-" if amount is None else f"{amount} {currency}"


def _remedies(console: Console, detail: CaseDetail, currency: str) -> None:
    _section(console, "Recommended remedy")
    recommendation = detail.recommendation
    console.print(Text(f"  {recommendation.reason}"))
    table = Table("remedy", "value", "why", box=None, padding=(0, 2, 0, 3))
    for item in recommendation.items:
        table.add_row(Text(item.kind), _money(item.amount, currency), Text(item.reason))
    console.print(table)
    if not detail.offers:
        return
    _section(console, "Offers")
    offers = Table("id", "remedy", "value", "status", "by", "when", "why")
    for offer in detail.offers:
        decided = f"; {offer.decided_by}: {offer.decision_reason}" if offer.decided_by else ""
        offers.add_row(
            str(offer.id),
            offer.kind,
            _money(offer.amount, offer.currency),
            offer.status,
            Text(f"{offer.offered_by} ({offer.offered_role})"),
            when(offer.offered_at),
            Text(f"{offer.reason}{decided}"),
        )
    console.print(offers)


def _commitments(console: Console, detail: CaseDetail) -> None:
    if detail.promises:
        _section(console, "Promises")
        promises = Table("id", "kind", "what", "due (UTC)", "by", "status")
        for p in detail.promises:
            status = p.status + (f" {when(p.settled_at)}" if p.settled_at else "")
            promises.add_row(
                str(p.id), p.kind, Text(p.description), when(p.due_at), Text(p.made_by), status
            )
        console.print(promises)
    _section(console, "Contact attempts")
    if not detail.attempts:
        console.print(Text("  none yet", style="dim"))
    else:
        attempts = Table("when (UTC)", "agent", "channel", "outcome", "note")
        for a in detail.attempts:
            attempts.add_row(
                when(a.at),
                Text(a.agent),
                a.channel,
                a.outcome.replace("_", " "),
                Text(a.note or ""),
            )
        console.print(attempts)
    _section(console, "Messages to the customer")
    if not detail.messages:
        console.print(Text("  none", style="dim"))
    for m in detail.messages:
        to = f" to {m.to_address}" if m.to_address else ""
        console.print(Text(f"  {when(m.created_at)} {m.milestone} by {m.channel}{to}: {m.status}"))
        if m.subject:
            console.print(Text(f"      {m.subject}", style="bold"))
        console.print(Text(textwrap.indent(m.body.rstrip(), "      ")))


def _history(console: Console, detail: CaseDetail) -> None:
    _section(console, "History")
    table = Table("when (UTC)", "who", "what", "status", "note")
    for entry in detail.history:
        moved = f"{entry.from_status or ''} → {entry.to_status}" if entry.to_status else ""
        table.add_row(
            when(entry.at),
            Text(entry.actor),
            entry.action.replace("_", " "),
            moved,
            Text(entry.note or ""),
        )
    console.print(table)
