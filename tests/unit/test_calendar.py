"""Business calendars: opening hours, holidays, time zones and DST, checked against an oracle."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from amends.domain.calendar import BusinessCalendar, OpenInterval, parse_interval
from amends.policy.calendars import CalendarSpec, CalendarsSection, parse_day_hours

MINUTE = timedelta(minutes=1)
WEEKDAY_HOURS = {day: [(540, 1080)] for day in range(5)}


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def local(
    zone: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0, *, fold: int = 0
) -> datetime:
    """The UTC instant of a wall-clock time in ``zone``."""
    wall = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone), fold=fold)
    return wall.astimezone(UTC)


# --- the oracle: the definition, minute by minute --------------------------------------------

Spec = tuple[str, dict[int, list[tuple[int, int]]], frozenset[date]]


def oracle_open(spec: Spec, at: datetime) -> bool:
    zone, hours, holidays = spec
    wall = at.astimezone(ZoneInfo(zone))
    minute = wall.hour * 60 + wall.minute
    if wall.date() in holidays:
        return False
    return any(a <= minute < b for a, b in hours.get(wall.weekday(), []))


def oracle_open_minutes(spec: Spec, start: datetime, minutes: int) -> list[datetime]:
    return [start + i * MINUTE for i in range(minutes) if oracle_open(spec, start + i * MINUTE)]


# --- strategies ------------------------------------------------------------------------------

# Midnights (UTC) of the days each zone changes its clocks in 2026, and one ordinary day.
ANCHORS = {
    "UTC": [utc(2026, 12, 24)],
    "America/New_York": [utc(2026, 3, 8), utc(2026, 11, 1)],
    "Europe/London": [utc(2026, 3, 29), utc(2026, 10, 25)],
    "Pacific/Auckland": [utc(2026, 4, 4), utc(2026, 9, 26)],
    "Asia/Kolkata": [utc(2026, 8, 14)],
}


@st.composite
def day_hours(draw: st.DrawFn) -> list[tuple[int, int]]:
    if draw(st.integers(0, 5)) == 0:
        return [(0, 1440)]
    points = draw(st.lists(st.integers(0, 96), min_size=0, max_size=4, unique=True))
    points = sorted(p * 15 for p in points)
    return [(a, b) for a, b in zip(points[::2], points[1::2], strict=False)]


@st.composite
def scenarios(draw: st.DrawFn, *, whole_minutes: bool = False) -> tuple[Spec, datetime]:
    """A calendar and a start near one of its zone's clock changes (and its holidays)."""
    zone = draw(st.sampled_from(sorted(ANCHORS)))
    anchor = draw(st.sampled_from(ANCHORS[zone]))
    hours = {day: draw(day_hours()) for day in range(7)}
    assume(any(hours.values()))
    near = st.integers(-3, 6).map(lambda n: anchor.date() + timedelta(days=n))
    holidays = draw(st.frozensets(near))
    if whole_minutes:
        start = anchor + timedelta(minutes=draw(st.integers(-2 * 1440, 1440)))
    else:
        start = anchor + draw(spans(-3))
    return (zone, hours, holidays), start


def spans(low_days: int = 0, high_days: int = 4) -> st.SearchStrategy[timedelta]:
    return st.integers(low_days * 86_400 * 10**6, high_days * 86_400 * 10**6).map(
        lambda us: timedelta(microseconds=us)
    )


def build(spec: Spec) -> BusinessCalendar:
    zone, hours, holidays = spec
    return BusinessCalendar.weekly(zone, hours, holidays)


business = st.integers(0, 200 * 3600 * 10**6).map(lambda us: timedelta(microseconds=us))


# --- agreement with the oracle ---------------------------------------------------------------


@given(scenarios(whole_minutes=True), st.integers(0, 4 * 1440))
def test_between_counts_exactly_the_open_minutes(
    scenario: tuple[Spec, datetime], minutes: int
) -> None:
    spec, start = scenario
    expected = len(oracle_open_minutes(spec, start, minutes)) * MINUTE
    assert build(spec).between(start, start + minutes * MINUTE) == expected


@given(scenarios(whole_minutes=True), st.data())
def test_adding_business_time_lands_where_the_oracle_does(
    scenario: tuple[Spec, datetime], data: st.DataObject
) -> None:
    spec, start = scenario
    open_minutes = oracle_open_minutes(spec, start, 4 * 1440)
    assume(open_minutes)
    n = data.draw(st.integers(1, len(open_minutes)))
    assert build(spec).add(start, n * MINUTE) == open_minutes[n - 1] + MINUTE


@given(scenarios(), spans(high_days=3))
def test_is_open_follows_the_wall_clock(scenario: tuple[Spec, datetime], later: timedelta) -> None:
    spec, start = scenario
    calendar = build(spec)
    for at in (start, start + later):
        assert calendar.is_open(at) == oracle_open(spec, at)


# --- algebraic properties --------------------------------------------------------------------


@given(scenarios(), business)
def test_business_time_added_is_business_time_between(
    scenario: tuple[Spec, datetime], duration: timedelta
) -> None:
    spec, start = scenario
    calendar = build(spec)
    end = calendar.add(start, duration)
    assert calendar.between(start, end) == duration
    assert end - start >= duration


@given(scenarios(), business, business)
def test_adding_more_business_time_never_ends_earlier(
    scenario: tuple[Spec, datetime], a: timedelta, b: timedelta
) -> None:
    spec, start = scenario
    calendar = build(spec)
    shorter, longer = sorted((a, b))
    assert calendar.add(start, shorter) <= calendar.add(start, longer)


@given(scenarios(), business)
def test_an_added_deadline_is_reached_during_open_time(
    scenario: tuple[Spec, datetime], duration: timedelta
) -> None:
    spec, start = scenario
    assume(duration > timedelta())
    calendar = build(spec)
    end = calendar.add(start, duration)
    # Inside an open stretch or exactly at its end: the moment just before is open.
    assert calendar.is_open(end - timedelta(microseconds=1))


@given(scenarios(), spans(), spans())
def test_business_time_adds_up_over_a_split_point(
    scenario: tuple[Spec, datetime], first: timedelta, second: timedelta
) -> None:
    spec, a = scenario
    calendar = build(spec)
    b, c = a + first, a + first + second
    assert calendar.between(a, c) == calendar.between(a, b) + calendar.between(b, c)


@given(scenarios())
def test_next_open_is_open_and_skips_only_closed_time(scenario: tuple[Spec, datetime]) -> None:
    spec, at = scenario
    calendar = build(spec)
    opens = calendar.next_open(at)
    assert calendar.is_open(opens)
    assert calendar.between(at, opens) == timedelta()
    assert (opens == at) == calendar.is_open(at)


# --- examples a reader can check by hand ------------------------------------------------------


def test_friday_evening_work_carries_over_to_monday_morning() -> None:
    calendar = BusinessCalendar.weekly("America/New_York", WEEKDAY_HOURS)
    friday_5pm = local("America/New_York", 2026, 3, 6, 17)
    # One hour on Friday, the rest on Monday, which is already on daylight-saving time.
    assert calendar.add(friday_5pm, timedelta(hours=3)) == local("America/New_York", 2026, 3, 9, 11)


def test_hours_are_local_wall_time_on_both_sides_of_a_clock_change() -> None:
    calendar = BusinessCalendar.weekly("Europe/London", WEEKDAY_HOURS)
    assert calendar.next_open(utc(2026, 3, 27)) == utc(2026, 3, 27, 9)  # Friday, GMT
    assert calendar.next_open(utc(2026, 3, 30)) == utc(2026, 3, 30, 8)  # Monday, BST
    assert not calendar.is_open(utc(2026, 3, 30, 7, 59))


def test_an_interval_starting_in_the_spring_gap_opens_when_the_clocks_land() -> None:
    calendar = BusinessCalendar.weekly("America/New_York", {6: [(120, 240)]})  # Sun 02:00-04:00
    sunday = utc(2026, 3, 8)
    assert calendar.next_open(sunday) == local("America/New_York", 2026, 3, 8, 3)
    assert calendar.between(sunday, sunday + timedelta(days=1)) == timedelta(hours=1)


def test_a_repeated_autumn_hour_is_open_both_times() -> None:
    calendar = BusinessCalendar.weekly("America/New_York", {6: [(0, 180)]})  # Sun 00:00-03:00
    sunday = utc(2026, 11, 1)
    assert calendar.between(sunday, sunday + timedelta(days=1)) == timedelta(hours=4)
    assert calendar.is_open(local("America/New_York", 2026, 11, 1, 1, 30, fold=1))


def test_auckland_hours_follow_new_zealand_daylight_saving() -> None:
    calendar = BusinessCalendar.weekly("Pacific/Auckland", WEEKDAY_HOURS)
    # Monday 28 September 2026, the day after NZ moves to NZDT (UTC+13).
    assert calendar.next_open(utc(2026, 9, 27, 12)) == local("Pacific/Auckland", 2026, 9, 28, 9)
    assert calendar.next_open(utc(2026, 9, 27, 12)) == utc(2026, 9, 27, 20)


def test_a_zone_that_turned_its_clocks_back_across_midnight_counts_the_day_twice() -> None:
    # St John's fell back from 00:01 to 23:01 the evening before until 2011.
    calendar = BusinessCalendar.weekly("America/St_Johns", {5: [(0, 1440)]})
    week = utc(1990, 10, 26), utc(1990, 10, 30)
    assert calendar.between(*week) == timedelta(hours=24, minutes=59)


def test_holidays_are_closed_all_day() -> None:
    christmas = date(2026, 12, 25)
    calendar = BusinessCalendar.weekly("America/New_York", WEEKDAY_HOURS, {christmas})
    thursday_5pm = local("America/New_York", 2026, 12, 24, 17)
    assert not calendar.is_open(local("America/New_York", 2026, 12, 25, 10))
    assert calendar.add(thursday_5pm, timedelta(hours=2)) == local(
        "America/New_York", 2026, 12, 28, 10
    )


def test_a_year_of_holidays_is_skipped_without_stepping_through_it() -> None:
    closed = {date(2026, 1, 1) + timedelta(days=n) for n in range(365)}
    calendar = BusinessCalendar.weekly("UTC", WEEKDAY_HOURS, closed)
    assert calendar.next_open(utc(2026, 1, 1)) == utc(2027, 1, 1, 9)


def test_always_open_counts_elapsed_time() -> None:
    calendar = BusinessCalendar.always_open()
    start = utc(2026, 11, 1, 3, 17)
    assert calendar.add(start, timedelta(days=3, minutes=5)) == start + timedelta(days=3, minutes=5)
    assert calendar.between(start, start + timedelta(hours=5)) == timedelta(hours=5)
    assert calendar.is_open(start)


def test_between_a_later_and_an_earlier_time_is_zero() -> None:
    calendar = BusinessCalendar.always_open()
    assert calendar.between(utc(2026, 1, 2), utc(2026, 1, 1)) == timedelta()


def test_adding_nothing_returns_the_start_even_when_closed() -> None:
    calendar = BusinessCalendar.weekly("UTC", WEEKDAY_HOURS)
    saturday = utc(2026, 1, 3, 12)
    assert calendar.add(saturday, timedelta()) == saturday


def test_a_calendar_that_never_opens_is_refused() -> None:
    with pytest.raises(ValueError, match="no hours"):
        BusinessCalendar.weekly("UTC", {})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.is_open(datetime(2026, 1, 1)), "timezone-aware"),
        (lambda c: c.add(utc(2026, 1, 1), timedelta(hours=-1)), "negative"),
    ],
)
def test_naive_times_and_negative_durations_are_refused(call: object, message: str) -> None:
    calendar = BusinessCalendar.weekly("UTC", WEEKDAY_HOURS)
    with pytest.raises(ValueError, match=message):
        call(calendar)  # type: ignore[operator]


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        BusinessCalendar.weekly("Mars/Olympus_Mons", WEEKDAY_HOURS)


def test_overlapping_intervals_merge_into_one_stretch() -> None:
    calendar = BusinessCalendar.weekly("UTC", {0: [(540, 720), (600, 780), (780, 840)]})
    assert calendar.hours[0] == (OpenInterval(540, 840),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("09:00-17:30", (540, 1050)), ("0:00-24:00", (0, 1440)), (" 13:05 - 13:06 ", (785, 786))],
)
def test_opening_intervals_are_read_as_people_write_them(
    text: str, expected: tuple[int, int]
) -> None:
    assert parse_interval(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9-17", "write it like"),
        ("22:00-02:00", "past midnight"),
        ("09:00-09:00", "end after"),
        ("09:60-10:00", "not a time of day"),
        ("24:30-24:45", "not a time of day"),
    ],
)
def test_malformed_intervals_are_explained(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_interval(text)


# --- the calendars: section -------------------------------------------------------------------

DEFAULT_CALENDARS: dict[str, dict[str, Any]] = {
    "default": {
        "timezone": "America/New_York",
        "hours": {
            "mon": "09:00-18:00",
            "tue": "09:00-18:00",
            "wed": "09:00-18:00",
            "thu": "09:00-18:00",
            "fri": "09:00-18:00",
            "sat": "10:00-14:00",
            "sun": "closed",
        },
        "holidays": [date(2026, 7, 3), date(2026, 7, 4), date(2026, 12, 25), date(2027, 12, 24)],
    },
    "24x7": {
        "timezone": "UTC",
        "hours": dict.fromkeys(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "00:00-24:00"),
    },
}
SECTION: TypeAdapter[dict[str, CalendarSpec]] = TypeAdapter(CalendarsSection)


def test_the_default_calendars_load_and_build() -> None:
    calendars = {
        name: spec.build() for name, spec in SECTION.validate_python(DEFAULT_CALENDARS).items()
    }
    default = calendars["default"]
    assert default.is_open(local("America/New_York", 2026, 7, 6, 9))  # Monday
    assert not default.is_open(local("America/New_York", 2026, 7, 4, 11))  # a Saturday holiday
    assert default.is_open(local("America/New_York", 2026, 7, 11, 13, 59))  # an ordinary Saturday
    assert calendars["24x7"].between(utc(2026, 1, 1), utc(2026, 1, 8)) == timedelta(days=7)


def test_a_calendar_written_back_loads_again_unchanged() -> None:
    spec = CalendarSpec.model_validate(DEFAULT_CALENDARS["default"])
    assert CalendarSpec.model_validate(spec.model_dump()) == spec


def test_the_calendars_section_needs_a_default_calendar() -> None:
    with pytest.raises(ValidationError, match="named 'default'"):
        SECTION.validate_python({"24x7": DEFAULT_CALENDARS["24x7"]})


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        ("09:00-12:00, 13:00-17:00", ((540, 720), (780, 1020))),
        (["13:00-17:00", "09:00-12:00"], ((540, 720), (780, 1020))),
        ("closed", ()),
        ("", ()),
        ([], ()),
        (None, ()),
    ],
)
def test_a_day_can_have_several_intervals_or_none(
    hours: str | list[str] | None, expected: Sequence[tuple[int, int]]
) -> None:
    assert parse_day_hours(hours) == expected


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"timezone": "New York"}, "unknown time zone 'New York'"),
        ({"hours": {"mon": "09:00-12:00", "thr": "09:00-12:00"}}, "unknown weekday 'thr'"),
        ({"hours": {"mon": "09:00-13:00, 12:00-17:00"}}, "overlap"),
        ({"hours": {"fri": "22:00-02:00"}}, "fri: .*past midnight"),
        ({"hours": {"sat": "closed", "sun": []}}, "never open"),
        ({"colour": "blue"}, "Extra inputs"),
    ],
)
def test_calendar_mistakes_are_explained(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        CalendarSpec.model_validate({**DEFAULT_CALENDARS["default"], **change})
