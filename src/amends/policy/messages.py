"""The ``messages:`` section: what we tell the customer, and when they will hear from a person.

Templates use ``{first_name}``, ``{when}``, ``{case_ref}`` and ``{team}``. ``when_phrase`` turns
an SLA deadline into words in the customer's own time ("by 3 pm tomorrow"), rounding up so we
never promise earlier than the SLA allows.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Final, Literal, get_args
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, field_validator

__all__ = [
    "CHANNELS",
    "MILESTONES",
    "SLOTS",
    "Channel",
    "EmailTemplate",
    "MessagesSection",
    "Milestone",
    "MilestoneTemplates",
    "RenderedMessage",
    "render_message",
    "when_phrase",
]

Milestone = Literal["case_opened", "promise_made", "contact_rescheduled", "case_resolved"]
MILESTONES: Final[tuple[Milestone, ...]] = get_args(Milestone)
Channel = Literal["sms", "email"]
CHANNELS: Final[tuple[Channel, ...]] = get_args(Channel)
SLOTS: Final = ("first_name", "when", "case_ref", "team")
# These milestones exist to tell the customer when; a template that leaves it out misses the point.
_NEEDS_WHEN: Final = frozenset({"case_opened", "promise_made", "contact_rescheduled"})
# Stands in for an unknown first name: templates greet with "Hi {first_name}".
ANONYMOUS_NAME: Final = "there"

_QUARTER = timedelta(minutes=15)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def check_template(text: str) -> str:
    """Reject slots other than ``SLOTS`` and malformed braces, in words a policy author reads."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        raise ValueError(
            f"unbalanced braces in {text!r}: slots look like {{first_name}}; "
            "write {{ or }} for a literal brace"
        ) from None
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in SLOTS or spec or conversion:
            shown = (
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
            raise ValueError(
                f"unknown slot {shown}: a message may use "
                + ", ".join("{" + s + "}" for s in SLOTS)
            )
    return text


def _slots_in(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EmailTemplate(_Model):
    subject: str
    body: str

    @field_validator("subject", "body")
    @classmethod
    def _slots(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return check_template(value)


class MilestoneTemplates(_Model):
    sms: str
    email: EmailTemplate

    @field_validator("sms")
    @classmethod
    def _slots(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return check_template(value)


class MessagesSection(_Model):
    """One template pair per milestone."""

    case_opened: MilestoneTemplates
    promise_made: MilestoneTemplates
    contact_rescheduled: MilestoneTemplates
    case_resolved: MilestoneTemplates

    @field_validator(*_NEEDS_WHEN)
    @classmethod
    def _says_when(cls, value: MilestoneTemplates) -> MilestoneTemplates:
        for channel, text in (("sms", value.sms), ("email body", value.email.body)):
            if "when" not in _slots_in(text):
                raise ValueError(
                    f"the {channel} must say when the customer will hear from us: add {{when}}"
                )
        return value

    def templates(self, milestone: str) -> MilestoneTemplates:
        if milestone not in MILESTONES:
            raise ValueError(f"unknown milestone {milestone!r} (known: {', '.join(MILESTONES)})")
        found: MilestoneTemplates = getattr(self, milestone)
        return found


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    subject: str | None  # e-mail only
    body: str


def render_message(
    section: MessagesSection,
    milestone: str,
    channel: str,
    *,
    first_name: str | None,
    when: str,
    case_ref: str,
    team: str,
) -> RenderedMessage:
    """Fill the milestone's template for ``channel``; no first name greets with "Hi there"."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r} (known: {', '.join(CHANNELS)})")
    templates = section.templates(milestone)
    name = first_name.strip() if first_name and first_name.strip() else ANONYMOUS_NAME
    values = {"first_name": name, "when": when, "case_ref": case_ref, "team": team}
    if channel == "sms":
        return RenderedMessage(subject=None, body=templates.sms.format_map(values))
    return RenderedMessage(
        subject=templates.email.subject.format_map(values),
        body=templates.email.body.format_map(values),
    )


def when_phrase(deadline: datetime, now: datetime, customer_tz: str | tzinfo) -> str:
    """``"by 3 pm today"``, ``"by 10 am on Monday"``, ``"within the hour"``, in local time.

    The deadline is rounded up to the next quarter hour: a promise may be later than the SLA,
    never earlier.
    """
    zone = ZoneInfo(customer_tz) if isinstance(customer_tz, str) else customer_tz
    deadline, now = _aware(deadline, "deadline"), _aware(now, "now")
    if deadline - now < timedelta(hours=1):
        return "within the hour"
    local = _round_up_to_quarter(deadline, zone)
    day = local.date()
    if local.hour == 0 and local.minute == 0:
        # Midnight closes the day before: "by midnight today", not "by 12 am tomorrow".
        day -= timedelta(days=1)
    ahead = (day - now.astimezone(zone).date()).days
    return f"by {_clock(local)} {_day(day, ahead)}"


def _aware(at: datetime, name: str) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {at.isoformat()}")
    return at.astimezone(UTC)


def _round_up_to_quarter(at: datetime, zone: tzinfo) -> datetime:
    """The first local quarter hour at or after ``at``, as a local time."""
    local = at.astimezone(zone)
    into = timedelta(
        minutes=local.minute % 15, seconds=local.second, microseconds=local.microsecond
    )
    # Stepping in UTC and converting back keeps the result right across a clock change.
    return local if not into else (at + (_QUARTER - into)).astimezone(zone)


def _clock(local: datetime) -> str:
    if local.minute == 0 and local.hour in (0, 12):
        return "midnight" if local.hour == 0 else "noon"
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return f"{hour} {suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d} {suffix}"


def _day(day: date, ahead: int) -> str:
    if ahead <= 0:
        return "today"
    if ahead == 1:
        return "tomorrow"
    if ahead <= 6:
        return f"on {_WEEKDAYS[day.weekday()]}"
    year = f" {day.year}" if ahead > 300 else ""
    return f"on {day.day} {_MONTHS[day.month - 1]}{year}"
