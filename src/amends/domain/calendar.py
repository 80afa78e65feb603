"""Business calendars: when a team is open, in its own time zone, and business-time arithmetic.

A calendar is open at an instant exactly when the team's wall clock shows a time inside one of
that weekday's opening intervals and the local date is not a holiday. Everything follows from that
one definition, including daylight-saving days:

- a wall time that does not exist (clocks jump 02:00 -> 03:00) is never shown, so an interval
  starting in the gap opens when the clocks land (03:00), and 02:00-04:00 is one hour long that day;
- a wall time that happens twice (clocks fall back 02:00 -> 01:00) is open both times, so
  00:00-03:00 is four hours long that day.

Inputs are aware datetimes; results are UTC. Each UTC day's open stretches are computed once and
cached, so adding ten business days skips whole days instead of stepping through minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["DAY_MINUTES", "WEEKDAYS", "BusinessCalendar", "OpenInterval", "parse_interval"]

DAY_MINUTES = 24 * 60
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
# Offset samples this far apart find every clock change: no tzdata zone has changed its offset
# twice within 6 hours since 1900.
_PROBE = timedelta(hours=6)
_CACHE_LIMIT = 20_000

Segment = tuple[datetime, datetime]


class OpenInterval(NamedTuple):
    """Open from ``start`` up to (not including) ``end``, in minutes after local midnight."""

    start: int
    end: int

    def __str__(self) -> str:
        return f"{_clock(self.start)}-{_clock(self.end)}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_interval(text: str) -> OpenInterval:
    """``"09:00-17:30"`` -> ``OpenInterval(540, 1050)``; ``24:00`` is allowed as an end."""
    match = _INTERVAL.match(text)
    if match is None:
        raise ValueError(f"not an opening interval: {text!r} (write it like 09:00-17:30)")
    h1, m1, h2, m2 = (int(group) for group in match.groups())
    if m1 > 59 or m2 > 59 or h1 > 23 or h2 > 24 or (h2 == 24 and m2 != 0):
        raise ValueError(f"not a time of day in {text!r} (hours 00-23, minutes 00-59, or 24:00)")
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start >= end:
        raise ValueError(
            f"an opening interval must end after it starts: {text!r}; to stay open past "
            "midnight, end this day at 24:00 and open the next day at 00:00"
        )
    return OpenInterval(start, end)


def _normalise(intervals: Sequence[OpenInterval | tuple[int, int]]) -> tuple[OpenInterval, ...]:
    """Sorted, with overlapping or touching intervals merged."""
    merged: list[OpenInterval] = []
    for start, end in sorted(intervals):
        if not 0 <= start < end <= DAY_MINUTES:
            raise ValueError(f"an opening interval must lie within one day: {start}-{end}")
        if merged and start <= merged[-1].end:
            merged[-1] = OpenInterval(merged[-1].start, max(merged[-1].end, end))
        else:
            merged.append(OpenInterval(start, end))
    return tuple(merged)


def _utc(at: datetime, name: str) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (UTC), got {at.isoformat()}")
    return at.astimezone(UTC)


@dataclass(frozen=True)
class BusinessCalendar:
    """Opening hours per weekday (Monday first) in ``timezone``, and closed ``holidays``."""

    timezone: str
    hours: tuple[tuple[OpenInterval, ...], ...]
    holidays: frozenset[date] = frozenset()
    _zone: ZoneInfo = field(init=False, repr=False, compare=False)
    _always: bool = field(init=False, repr=False, compare=False)
    _days: dict[date, tuple[Segment, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        try:
            zone = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.timezone!r}") from None
        if len(self.hours) != 7:
            raise ValueError(f"a calendar needs hours for 7 weekdays, got {len(self.hours)}")
        hours = tuple(_normalise(day) for day in self.hours)
        if not any(hours):
            raise ValueError("a calendar must be open at some time in the week; it has no hours")
        whole_days = all(day == (OpenInterval(0, DAY_MINUTES),) for day in hours)
        object.__setattr__(self, "hours", hours)
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "_zone", zone)
        object.__setattr__(self, "_always", whole_days and not self.holidays)

    @classmethod
    def weekly(
        cls,
        timezone: str,
        hours: Mapping[int, Sequence[OpenInterval | tuple[int, int]]],
        holidays: frozenset[date] | set[date] = frozenset(),
    ) -> BusinessCalendar:
        """From ``{weekday: intervals}`` with Monday = 0; weekdays not given are closed."""
        days = tuple(tuple(OpenInterval(*i) for i in hours.get(day, ())) for day in range(7))
        return cls(timezone, days, frozenset(holidays))

    @classmethod
    def always_open(cls, timezone: str = "UTC") -> BusinessCalendar:
        """Open every minute of every day (business time equals elapsed time)."""
        return cls(timezone, ((OpenInterval(0, DAY_MINUTES),),) * 7)

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    # --- queries ----------------------------------------------------------------------------

    def is_open(self, at: datetime) -> bool:
        at = _utc(at, "at")
        if self._always:
            return True
        return any(start <= at < end for start, end in self._open_on(at.date()))

    def next_open(self, at: datetime) -> datetime:
        """``at`` itself when open, else the moment the calendar next opens."""
        at = _utc(at, "at")
        if self._always:
            return at
        start, _ = next(self._segments_from(at))
        return max(start, at)

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """The earliest instant by which ``duration`` of open time has passed since ``start``.

        A zero duration gives ``start`` itself; otherwise the result is inside an open
        stretch or exactly at the end of one.
        """
        start = _utc(start, "start")
        if duration < timedelta():
            raise ValueError(f"cannot add a negative business duration: {duration}")
        if self._always or not duration:
            return start + duration
        remaining = duration
        for seg_start, seg_end in self._segments_from(start):
            begin = max(seg_start, start)
            available = seg_end - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise AssertionError("unreachable: open segments never run out")  # pragma: no cover

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Open time in ``[start, end)``; zero when ``end`` is not after ``start``."""
        start, end = _utc(start, "start"), _utc(end, "end")
        if end <= start:
            return timedelta()
        if self._always:
            return end - start
        total = timedelta()
        for seg_start, seg_end in self._segments_from(start):
            if seg_start >= end:
                break
            total += min(seg_end, end) - max(seg_start, start)
        return total

    # --- the open stretches of each UTC day ---------------------------------------------------

    def _segments_from(self, at: datetime) -> Iterator[Segment]:
        """Open stretches in time order, starting with the one containing or following ``at``."""
        day = at.date()
        # Closed runs are bounded: holidays are finite and some weekday has hours. The guard
        # only turns a bug into an error instead of a hang.
        closed_run, limit = 0, len(self.holidays) + 400
        while closed_run <= limit:
            segments = self._open_on(day)
            closed_run = 0 if segments else closed_run + 1
            for segment in segments:
                if segment[1] > at:
                    yield segment
            day += timedelta(days=1)
        raise AssertionError(f"calendar found closed for {limit} days in a row")

    def _open_on(self, day: date) -> tuple[Segment, ...]:
        """The open stretches within one UTC day, cached."""
        cached = self._days.get(day)
        if cached is None:
            cached = self._compute_day(datetime.combine(day, time(), UTC))
            if len(self._days) >= _CACHE_LIMIT:
                self._days.clear()
            self._days[day] = cached
        return cached

    def _compute_day(self, midnight: datetime) -> tuple[Segment, ...]:
        # Days are cut in UTC, not local time: some zones have turned their clocks back across
        # local midnight (America/St_Johns until 2011), so a local date is not always one stretch.
        segments: list[Segment] = []
        for piece_start, piece_end, offset in self._offset_pieces(midnight):
            # Within a piece of constant offset, wall time is real time shifted by the offset.
            wall_start = piece_start.replace(tzinfo=None) + offset
            wall_end = piece_end.replace(tzinfo=None) + offset
            local = wall_start.date()
            while local <= wall_end.date():
                for lo, hi in self._wall_open(local, wall_start, wall_end):
                    segments.append(
                        ((lo - offset).replace(tzinfo=UTC), (hi - offset).replace(tzinfo=UTC))
                    )
                local += timedelta(days=1)
        return _merge(segments)

    def _wall_open(
        self, local: date, wall_start: datetime, wall_end: datetime
    ) -> Iterator[tuple[datetime, datetime]]:
        """The parts of ``local``'s opening hours inside the naive wall-time range."""
        if local in self.holidays:
            return
        midnight = datetime.combine(local, time())
        for interval in self.hours[local.weekday()]:
            lo = max(wall_start, midnight + timedelta(minutes=interval.start))
            hi = min(wall_end, midnight + timedelta(minutes=interval.end))
            if lo < hi:
                yield lo, hi

    def _offset_pieces(self, midnight: datetime) -> list[tuple[datetime, datetime, timedelta]]:
        """Stretches of constant UTC offset covering the UTC day starting at ``midnight``."""
        end = midnight + timedelta(days=1)
        pieces: list[tuple[datetime, datetime, timedelta]] = []
        piece_start, offset = midnight, self._offset(midnight)
        left = midnight
        while left < end:
            right = min(left + _PROBE, end)
            if self._offset(right) != offset:
                change = self._transition(left, right, offset)
                pieces.append((piece_start, change, offset))
                piece_start, offset = change, self._offset(change)
            left = right
        pieces.append((piece_start, end, offset))
        return pieces

    def _offset(self, at: datetime) -> timedelta:
        offset = at.astimezone(self._zone).utcoffset()
        assert offset is not None  # a ZoneInfo always knows its offset
        return offset

    def _transition(self, left: datetime, right: datetime, before: timedelta) -> datetime:
        """The first whole second in ``(left, right]`` whose offset differs from ``before``."""
        low, high = 0, int((right - left).total_seconds())
        while high - low > 1:
            middle = (low + high) // 2
            if self._offset(left + timedelta(seconds=middle)) == before:
                low = middle
            else:
                high = middle
        return left + timedelta(seconds=high)


def _merge(segments: list[Segment]) -> tuple[Segment, ...]:
    merged: list[Segment] = []
    for start, end in sorted(segments):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)
