"""The ``sla:`` and ``contact:`` sections: targets per priority band, warnings, escalation, and
how hard we try to reach a customer before calling them unreachable.

Every SLA time is business time on the owning team's calendar (``calendars:``), written in hours
and minutes. Days are refused on purpose: ``2d`` would mean 48 hours of *open* time, which on a
9-hour working day is more than five working days, and nobody writing ``2d`` means that.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator

from amends.domain.calendar import BusinessCalendar
from amends.domain.sla import EscalationLevel, Rung, SlaTargets
from amends.policy.durations import Duration, parse_duration

__all__ = [
    "BANDS",
    "Band",
    "BandTargets",
    "BusinessDuration",
    "ContactSection",
    "EscalationRung",
    "SlaSection",
    "Targets",
]

Band = Literal["p1", "p2", "p3", "p4"]
BANDS: Final[tuple[Band, ...]] = get_args(Band)


def parse_business_duration(value: Any) -> timedelta:
    """Like ``parse_duration`` but without days, which are ambiguous in business time."""
    if isinstance(value, str) and "d" in value.lower():
        raise ValueError(
            f"write SLA times in hours of business time, not days: {value!r} would count "
            "24 open hours per day (a 9-hour working day is 9h; two working days are 18h)"
        )
    return parse_duration(value)


def format_business_duration(value: timedelta) -> str:
    """``18h``, ``1h30m``, ``45m``: hours never roll over into days."""
    minutes, seconds = divmod(int(value.total_seconds()), 60)
    hours, minutes = divmod(minutes, 60)
    text = "".join(f"{n}{u}" for n, u in ((hours, "h"), (minutes, "m"), (seconds, "s")) if n)
    return text or "0m"


BusinessDuration = Annotated[
    timedelta,
    BeforeValidator(parse_business_duration),
    PlainSerializer(format_business_duration),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BandTargets(_Model):
    first_contact: BusinessDuration
    resolution: BusinessDuration

    @model_validator(mode="after")
    def _contact_before_resolution(self) -> BandTargets:
        if self.first_contact > self.resolution:
            raise ValueError(
                f"first_contact ({format_business_duration(self.first_contact)}) cannot be "
                f"longer than resolution ({format_business_duration(self.resolution)}): "
                "a case is resolved only after someone has spoken to the customer"
            )
        if not self.resolution:
            raise ValueError("resolution must allow some time (e.g. 8h)")
        return self

    def to_targets(self) -> SlaTargets:
        return SlaTargets(first_contact=self.first_contact, resolution=self.resolution)


class Targets(_Model):
    """One entry per priority band; p1 is the most urgent."""

    p1: BandTargets
    p2: BandTargets
    p3: BandTargets
    p4: BandTargets

    @model_validator(mode="before")
    @classmethod
    def _exactly_the_bands(cls, value: Any) -> Any:
        if isinstance(value, dict):
            missing = [band for band in BANDS if band not in value]
            unknown = [str(key) for key in value if key not in BANDS]
            if missing or unknown:
                said = "; ".join(
                    part
                    for part in (
                        f"missing: {', '.join(missing)}" if missing else "",
                        f"not a band: {', '.join(unknown)}" if unknown else "",
                    )
                    if part
                )
                raise ValueError(f"targets must name exactly the bands p1, p2, p3, p4 ({said})")
        return value

    @model_validator(mode="after")
    def _urgent_bands_are_faster(self) -> Targets:
        for urgent, calmer in pairwise(BANDS):
            a, b = getattr(self, urgent), getattr(self, calmer)
            for field in ("first_contact", "resolution"):
                if getattr(a, field) > getattr(b, field):
                    raise ValueError(
                        f"{urgent} is more urgent than {calmer}, so its {field} cannot be "
                        f"longer ({format_business_duration(getattr(a, field))} > "
                        f"{format_business_duration(getattr(b, field))}); are two bands swapped?"
                    )
        return self


class EscalationRung(_Model):
    """After a breach, tell ``notify`` once ``after_breach`` of business time has passed."""

    notify: Literal["lead", "manager"]
    after_breach: BusinessDuration


_DEFAULT_LADDER = (
    EscalationRung(notify="lead", after_breach=timedelta()),
    EscalationRung(notify="manager", after_breach=timedelta(hours=4)),
)


class SlaSection(_Model):
    targets: Targets
    warn_at: float = Field(default=0.75, gt=0.0, lt=1.0)
    escalation: tuple[EscalationRung, ...] = _DEFAULT_LADDER

    @model_validator(mode="after")
    def _ladder_climbs(self) -> SlaSection:
        for earlier, later in pairwise(self.escalation):
            if later.after_breach < earlier.after_breach:
                raise ValueError(
                    "escalation rungs must be listed in the order they happen: "
                    f"{later.notify} after {format_business_duration(later.after_breach)} "
                    f"comes before {earlier.notify} after "
                    f"{format_business_duration(earlier.after_breach)}"
                )
        return self

    def targets_for(self, band: str) -> SlaTargets:
        if band not in BANDS:
            raise ValueError(f"unknown priority band {band!r} (bands: {', '.join(BANDS)})")
        targets: BandTargets = getattr(self.targets, band)
        return targets.to_targets()

    def ladder(self) -> tuple[Rung, ...]:
        return tuple(Rung(EscalationLevel(r.notify), r.after_breach) for r in self.escalation)


class ContactSection(_Model):
    """How many unanswered tries make a customer unreachable, and how far apart tries must be."""

    max_failed_attempts: int = Field(default=3, ge=1, le=20)
    min_gap_between_attempts: Duration = timedelta(hours=2)

    def is_unreachable(self, failed_attempts: int) -> bool:
        return failed_attempts >= self.max_failed_attempts

    def earliest_next_attempt(
        self, last_attempt_at: datetime, calendar: BusinessCalendar
    ) -> datetime:
        """The gap is elapsed time; the next try must also fall in the team's opening hours."""
        return calendar.next_open(last_attempt_at + self.min_gap_between_attempts)
