"""The ``calendars:`` section: each team's opening hours, time zone and holidays.

SLA clocks run only while a team's calendar is open (``domain/calendar.py`` does the arithmetic).
Every policy defines a calendar named ``default``, used by teams that name no calendar.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from itertools import pairwise
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    field_serializer,
    field_validator,
    model_validator,
)

from amends.domain.calendar import WEEKDAYS, BusinessCalendar, OpenInterval, parse_interval

__all__ = ["CalendarSpec", "CalendarsSection", "build_calendars", "parse_day_hours"]

_CLOSED = {"", "closed", "none", "-"}


def parse_day_hours(value: str | list[str] | tuple[str, ...] | None) -> tuple[OpenInterval, ...]:
    """``"09:00-12:00, 13:00-17:00"``, a list of such strings, or ``closed`` / empty for none."""
    if value is None:
        return ()
    texts = [value] if isinstance(value, str) else list(value)
    parts = [part.strip() for text in texts for part in text.split(",")]
    intervals = sorted(parse_interval(p) for p in parts if p.lower() not in _CLOSED)
    for earlier, later in pairwise(intervals):
        if later.start < earlier.end:
            raise ValueError(f"opening intervals {earlier} and {later} overlap; merge them")
    return tuple(intervals)


class CalendarSpec(BaseModel):
    """One calendar as written in the policy file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timezone: str
    # Weekday (mon ... sun) -> opening intervals in the calendar's local time; days left out are
    # closed all day.
    hours: Mapping[str, tuple[OpenInterval, ...]]
    holidays: tuple[date, ...] = ()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r}: use an IANA name such as America/New_York, "
                "Europe/London or UTC"
            ) from None
        return value

    @field_validator("hours", mode="before")
    @classmethod
    def _parse_hours(cls, value: Any) -> dict[str, tuple[OpenInterval, ...]]:
        if not isinstance(value, Mapping):
            raise ValueError("hours maps weekdays (mon, tue ... sun) to opening times")
        parsed: dict[str, tuple[OpenInterval, ...]] = {}
        for key, day_hours in value.items():
            day = str(key).strip().lower()
            if day not in WEEKDAYS:
                raise ValueError(f"unknown weekday {key!r}: write one of {', '.join(WEEKDAYS)}")
            if day in parsed:
                raise ValueError(f"weekday {day!r} is given twice")
            try:
                parsed[day] = parse_day_hours(day_hours)
            except ValueError as error:
                raise ValueError(f"{day}: {error}") from None
        return parsed

    @field_serializer("hours")
    def _write_hours(self, hours: Mapping[str, tuple[OpenInterval, ...]]) -> dict[str, str]:
        # Written back the way people write it, so a dumped policy loads again.
        return {
            day: ", ".join(map(str, hours[day])) or "closed" for day in WEEKDAYS if day in hours
        }

    @model_validator(mode="after")
    def _open_some_time(self) -> CalendarSpec:
        if not any(self.hours.values()):
            raise ValueError(
                "this calendar is never open, so no SLA deadline could ever be reached; "
                "give at least one weekday opening hours (e.g. mon: 09:00-17:00)"
            )
        return self

    def build(self) -> BusinessCalendar:
        days = tuple(self.hours.get(day, ()) for day in WEEKDAYS)
        return BusinessCalendar(self.timezone, days, frozenset(self.holidays))


def _require_default(calendars: dict[str, CalendarSpec]) -> dict[str, CalendarSpec]:
    if "default" not in calendars:
        raise ValueError("define a calendar named 'default' (teams that name none use it)")
    return calendars


# The whole ``calendars:`` section: name -> calendar, one of them named ``default``.
CalendarsSection = Annotated[dict[str, CalendarSpec], AfterValidator(_require_default)]


def build_calendars(section: Mapping[str, CalendarSpec]) -> dict[str, BusinessCalendar]:
    return {name: spec.build() for name, spec in section.items()}
