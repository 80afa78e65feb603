"""A customer's actual journey beside the ideal one: numbered steps and every discrepancy.

Pure: the customer's events and the clock (``now``) are parameters. The ideal comes from the
``journeys`` policy section (``amends.policy.journeys``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Literal

from amends.domain.events import CONTACT_TYPES
from amends.domain.timeline import EventItem
from amends.policy.journeys import IdealJourney, JourneyStep

# How far before a complaint a journey's events are looked for (an order placed three months
# ago is still the one a late-delivery complaint is about; a year-old one is not).
JOURNEY_LOOKBACK = timedelta(days=90)

RowStatus = Literal[
    "start", "on_time", "late", "missing", "pending", "skipped", "kept", "unwanted", "extra"
]
DiscrepancyKind = Literal[
    "missing", "late", "unwanted", "repeated", "extra_contact", "transfer", "long_hold"
]


@dataclass(frozen=True, slots=True)
class ActualEvent:
    """What happened, summarised to show beside the ideal."""

    event_id: int
    type: str
    occurred_at: datetime
    label: str  # "call (phone, held 25 minutes, transferred 2 times)"
    channel: str | None = None
    hold_seconds: int | None = None
    transfers: int | None = None


@dataclass(frozen=True, slots=True)
class JourneyRow:
    """One line of the comparison: an actual event, an ideal step, or both side by side."""

    number: int | None  # the actual event's place, 1 = the anchor; None when nothing happened
    ideal_step: str | None  # None for an event the ideal does not foresee
    expected_by: datetime | None
    actual: ActualEvent | None
    status: RowStatus


@dataclass(frozen=True, slots=True)
class Discrepancy:
    kind: DiscrepancyKind
    step: str | None  # the ideal step concerned, if any
    detail: str  # "delivery 3 days late (expected by 24 Nov 20:00, came 27 Nov 20:00)"
    number: int | None = None  # the row of the actual event, if there is one
    late_by: timedelta | None = None


@dataclass(frozen=True, slots=True)
class JourneyComparison:
    journey: str
    anchor: ActualEvent
    rows: tuple[JourneyRow, ...]
    discrepancies: tuple[Discrepancy, ...]

    @property
    def discrepancy_count(self) -> int:
        return len(self.discrepancies)


def select_journey(
    journeys: Mapping[str, IdealJourney],
    topics: Iterable[str],
    events: Sequence[EventItem],
    *,
    before: datetime,
) -> tuple[str, IdealJourney] | None:
    """The journey that explains a case: its topics overlap the case's and its anchor is the most
    recent one at or before ``before`` (the case opening). Ties go to the journey listed first."""
    wanted = set(topics)
    best: tuple[str, IdealJourney] | None = None
    best_key: tuple[datetime, int] | None = None
    for name, spec in journeys.items():
        if not wanted.intersection(spec.applies_to_topics):
            continue
        anchors = _anchors(spec, events, before=before)
        if anchors and (best_key is None or _key(anchors[-1]) > best_key):
            best, best_key = (name, spec), _key(anchors[-1])
    return best


def compare_case_journey(
    journeys: Mapping[str, IdealJourney],
    topics: Iterable[str],
    events: Sequence[EventItem],
    *,
    opened_at: datetime,
    now: datetime,
    tz: tzinfo = UTC,
) -> JourneyComparison | None:
    """Select the case's journey and compare it; None when no journey applies."""
    selected = select_journey(journeys, topics, events, before=opened_at)
    if selected is None:
        return None
    name, spec = selected
    return compare_journey(spec, events, anchor_before=opened_at, now=now, name=name, tz=tz)


def find_anchor(
    spec: IdealJourney, events: Sequence[EventItem], *, before: datetime
) -> EventItem | None:
    """The event the journey is measured from (see the policy's ``anchor`` choice)."""
    anchors = _anchors(spec, events, before=before)
    if not anchors:
        return None
    if spec.anchor == "first_in_window" and spec.window is not None:
        recent = [event for event in anchors if event.occurred_at >= before - spec.window]
        if recent:
            return recent[0]
    return anchors[-1]


def compare_journey(
    spec: IdealJourney,
    events: Sequence[EventItem],
    *,
    anchor_before: datetime,
    now: datetime,
    name: str,
    tz: tzinfo = UTC,
) -> JourneyComparison | None:
    """Lay the events after the anchor beside the ideal steps; None when there is no anchor.

    ``tz`` is the customer's time zone: a promised date ends at midnight there, and the details
    write times in it."""
    for label, value in (("anchor_before", anchor_before), ("now", now)):
        if value.tzinfo is None:
            raise ValueError(f"{label} must be timezone-aware (UTC), got {value!r}")
    anchor = find_anchor(spec, events, before=anchor_before)
    if anchor is None:
        return None
    walk = _Walk(spec, anchor, _journey_events(spec, events, anchor, now=now), now, tz)
    for step in spec.steps:
        _walk_step(walk, step)
    _unforeseen(walk)
    _contact_quality(walk)
    actual = summarise(anchor)
    start = JourneyRow(1, " or ".join(spec.starts_with.event), None, actual, "start")
    rows = sorted([start, *walk.rows], key=_row_order)
    found = sorted(enumerate(walk.found), key=lambda item: (item[1][0], item[0]))
    return JourneyComparison(
        journey=name,
        anchor=actual,
        rows=tuple(rows),
        discrepancies=tuple(discrepancy for _, (_, discrepancy) in found),
    )


def summarise(event: EventItem) -> ActualEvent:
    """An event as a person reads it: "call (phone, held 25 minutes, transferred 2 times)"."""
    parts = [event.channel] if event.channel else []
    if event.amount is not None:
        parts.append(f"{event.amount} {event.currency or ''}".strip())
    if event.hold_seconds:
        parts.append(f"held {_span(timedelta(seconds=event.hold_seconds))}")
    if event.transfers:
        parts.append(f"transferred {_times(event.transfers)}")
    label = event.type.replace("_", " ") + (f" ({', '.join(parts)})" if parts else "")
    return ActualEvent(
        event_id=event.id,
        type=event.type,
        occurred_at=event.occurred_at,
        label=label,
        channel=event.channel,
        hold_seconds=event.hold_seconds,
        transfers=event.transfers,
    )


@dataclass
class _Walk:
    """Working state while the ideal steps are matched against the events after the anchor."""

    spec: IdealJourney
    anchor: EventItem
    events: list[EventItem]  # after the anchor, oldest first; row number = position + 2
    now: datetime
    tz: tzinfo
    step_at: dict[int, str] = field(default_factory=dict)  # position -> step it stands for
    matched: dict[str, int] = field(default_factory=dict)  # expected step -> position
    expected: dict[str, datetime] = field(default_factory=dict)
    rows: list[JourneyRow] = field(default_factory=list)
    found: list[tuple[datetime, Discrepancy]] = field(default_factory=list)

    def first(self, step: JourneyStep, start: int) -> int | None:
        return next(
            (
                position
                for position in range(start, len(self.events))
                if position not in self.step_at and step.matches(self.events[position])
            ),
            None,
        )

    def row(self, position: int, step: str | None, due: datetime | None, status: RowStatus) -> int:
        number = position + 2
        if step is not None:
            self.step_at[position] = step
        self.rows.append(JourneyRow(number, step, due, summarise(self.events[position]), status))
        return number

    def flag(self, at: datetime, discrepancy: Discrepancy) -> None:
        self.found.append((at, discrepancy))

    def when(self, at: datetime) -> str:
        local = at.astimezone(self.tz)
        return f"{local.day} {local:%b %H:%M}"


def _walk_step(walk: _Walk, step: JourneyStep) -> None:
    base, start = _base(walk, step)
    deadline = _promised(walk, step) or (None if step.within is None else base + step.within)
    if step.never:
        _watch(walk, step, start, deadline)
        return
    assert deadline is not None  # the policy requires `within` on every expected step
    walk.expected[step.name] = deadline
    position = walk.first(step, start)
    if position is None:
        _absent(walk, step, deadline)
        return
    walk.matched[step.name] = position
    came = walk.events[position].occurred_at
    late_by = came - deadline
    if late_by <= timedelta():
        walk.row(position, step.name, deadline, "on_time")
        return
    number = walk.row(position, step.name, deadline, "late")
    detail = (
        f"{step.label} {_span(late_by)} late "
        f"(expected by {walk.when(deadline)}, came {walk.when(came)})"
    )
    walk.flag(came, Discrepancy("late", step.name, detail, number, late_by))


def _base(walk: _Walk, step: JourneyStep) -> tuple[datetime, int]:
    """When the step's clock starts, and from which position its event is looked for."""
    if step.after is None:
        return walk.anchor.occurred_at, 0
    position = walk.matched.get(step.after)
    if position is None:  # the earlier step has not happened: count from when it was due
        return walk.expected[step.after], 0
    return walk.events[position].occurred_at, position + 1


def _promised(walk: _Walk, step: JourneyStep) -> datetime | None:
    """The date promised on the start or an earlier step's event (the newest wins): by the end
    of that day in the customer's time zone, or at the stated time."""
    if step.promised_by is None:
        return None
    sources = [walk.anchor, *(walk.events[position] for position in walk.matched.values())]
    for event in sorted(sources, key=_key, reverse=True):
        due = step.promised_deadline(event, walk.tz)
        if due is not None:
            return due
    return None


def _absent(walk: _Walk, step: JourneyStep, deadline: datetime) -> None:
    status: RowStatus = "missing"
    if walk.now <= deadline:
        status = "pending"
    elif step.optional:
        status = "skipped"
    else:
        overdue = _span(walk.now - deadline)
        detail = f"{step.label} missing: expected by {walk.when(deadline)}, {overdue} overdue"
        walk.flag(deadline, Discrepancy("missing", step.name, detail))
    walk.rows.append(JourneyRow(None, step.name, deadline, None, status))


def _watch(walk: _Walk, step: JourneyStep, start: int, deadline: datetime | None) -> None:
    """A ``never`` step: every matching event in its watch is unwanted."""
    hits = [
        position
        for position in range(start, len(walk.events))
        if position not in walk.step_at
        and step.matches(walk.events[position])
        and (deadline is None or walk.events[position].occurred_at <= deadline)
    ]
    for position in hits:
        event = walk.events[position]
        number = walk.row(position, step.name, deadline, "unwanted")
        detail = f"{step.label}, but {summarise(event).label} on {walk.when(event.occurred_at)}"
        walk.flag(event.occurred_at, Discrepancy("unwanted", step.name, detail, number))
    if not hits:
        walk.rows.append(JourneyRow(None, step.name, deadline, None, "kept"))


def _unforeseen(walk: _Walk) -> None:
    """Events no step stands for: contacts beyond the allowance, repeats of a step's event."""
    allowed = walk.spec.max_contacts
    contacts = 0
    for position, event in enumerate(walk.events):
        if position in walk.step_at:
            continue
        number = walk.row(position, None, None, "extra")
        label, when = summarise(event).label, walk.when(event.occurred_at)
        if event.type in CONTACT_TYPES:
            contacts += 1
            if contacts > allowed:
                ideal = "needs none" if allowed == 0 else f"allows {allowed}"
                since = walk.anchor.type.replace("_", " ")
                detail = (
                    f"{label} on {when}: contact {contacts} since the {since}; the ideal {ideal}"
                )
                walk.flag(event.occurred_at, Discrepancy("extra_contact", None, detail, number))
            continue
        repeated = _repeats(walk, position)
        if repeated is not None:
            step, first = repeated
            detail = f"{label} again on {when} ({step.label} already happened on {first})"
            walk.flag(event.occurred_at, Discrepancy("repeated", step.name, detail, number))


def _repeats(walk: _Walk, position: int) -> tuple[JourneyStep, str] | None:
    """The earlier, matched step this event would also have matched."""
    event = walk.events[position]
    for name, matched in walk.matched.items():
        step = walk.spec.step(name)
        if matched < position and step.matches(event):
            return step, walk.when(walk.events[matched].occurred_at)
    return None


def _contact_quality(walk: _Walk) -> None:
    """Transfers and holds on every contact of the journey, the anchor included."""
    spec = walk.spec
    contacts: list[tuple[int, EventItem, str | None]] = []
    if walk.anchor.type in CONTACT_TYPES:
        contacts.append((1, walk.anchor, None))
    contacts += [
        (position + 2, event, walk.step_at.get(position))
        for position, event in enumerate(walk.events)
        if event.type in CONTACT_TYPES
    ]
    for number, event, step in contacts:
        label, when = summarise(event).label, walk.when(event.occurred_at)
        transfers = event.transfers or 0
        if transfers > spec.max_transfers:
            ideal = "none" if spec.max_transfers == 0 else f"at most {_times(spec.max_transfers)}"
            detail = f"{label} on {when} was transferred {_times(transfers)}; the ideal is {ideal}"
            walk.flag(event.occurred_at, Discrepancy("transfer", step, detail, number))
        hold = timedelta(seconds=event.hold_seconds or 0)
        if spec.max_hold is not None and hold > spec.max_hold:
            detail = (
                f"{label} on {when}: on hold {_span(hold)}; the ideal is at most "
                f"{_span(spec.max_hold)}"
            )
            walk.flag(event.occurred_at, Discrepancy("long_hold", step, detail, number))


def _anchors(
    spec: IdealJourney, events: Sequence[EventItem], *, before: datetime
) -> list[EventItem]:
    found = (e for e in events if e.occurred_at <= before and spec.starts_with.matches(e))
    return sorted(found, key=_key)


def _journey_events(
    spec: IdealJourney, events: Sequence[EventItem], anchor: EventItem, *, now: datetime
) -> list[EventItem]:
    """The events that belong to this journey: its step types and contacts, after the anchor,
    inside the window, linked to the anchor. Anything else (logins, visits) is not part of it."""
    types = spec.step_event_types | CONTACT_TYPES
    end = now if spec.window is None else min(now, anchor.occurred_at + spec.window)
    return sorted(
        (
            event
            for event in events
            if event.type in types
            and _key(event) > _key(anchor)
            and event.occurred_at <= end
            and _linked(spec, anchor, event)
        ),
        key=_key,
    )


def _linked(spec: IdealJourney, anchor: EventItem, event: EventItem) -> bool:
    """Same order (say) as the anchor. Contacts rarely quote an order number, so a contact
    without one still belongs; any other event must carry the anchor's value."""
    for key in spec.linked_by:
        want = anchor.attributes.get(key)
        if want is None:
            continue
        have = event.attributes.get(key)
        if have is None and event.type in CONTACT_TYPES:
            continue
        if have is None or str(have) != str(want):
            return False
    return True


def _key(event: EventItem) -> tuple[datetime, int]:
    return event.occurred_at, event.id


def _row_order(row: JourneyRow) -> tuple[datetime, bool, int]:
    """Actual events at their time, ideal-only steps at their deadline, undated ones last."""
    at = row.actual.occurred_at if row.actual else row.expected_by
    last = datetime.max.replace(tzinfo=UTC)
    return (at or last, row.number is None, row.number or 0)


def _span(value: timedelta) -> str:
    """The two largest units: "3 days", "1 day 4 hours", "25 minutes"."""
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    units = [(days, "day"), (hours, "hour"), (minutes, "minute")]
    parts = [f"{count} {unit}{'' if count == 1 else 's'}" for count, unit in units if count]
    return " ".join(parts[:2]) if parts else "less than a minute"


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"
