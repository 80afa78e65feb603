"""The ``journeys`` policy section: ideal customer journeys, one per journey type.

An ideal journey starts at an anchor event (an order, a return, a cancellation, a contact) and
lists what should follow and how soon, how many contacts the customer should need (usually none),
and how a contact should go (no transfers, a short hold). ``amends.domain.journeys`` lays a
customer's actual events beside it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from amends.domain.events import EventType
from amends.domain.timeline import EventItem
from amends.policy.durations import Duration, format_duration

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_KNOWN_TYPES = ", ".join(EventType)


def _event_types(value: Any) -> tuple[EventType, ...]:
    """One event type or a list of them, checked against the types amends knows."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not items:
        raise ValueError(
            f"name an event type or a list of them, e.g. order (known: {_KNOWN_TYPES})"
        )
    types = []
    for item in items:
        try:
            types.append(EventType(str(item).strip().lower()))
        except ValueError:
            raise ValueError(f"unknown event type {item!r} (known: {_KNOWN_TYPES})") from None
    return tuple(dict.fromkeys(types))


def _name(value: str) -> str:
    if not _NAME.fullmatch(value):
        raise ValueError(
            f"{value!r} is not a usable name: write it in lower case with underscores, "
            "like order_delivery"
        )
    return value


EventTypes = Annotated[tuple[EventType, ...], BeforeValidator(_event_types)]
Name = Annotated[str, AfterValidator(_name)]
AttributeValue = str | bool | int | float


class EventMatch(BaseModel):
    """Which events count: one of ``event`` types whose attributes equal everything in ``where``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event: EventTypes
    where: dict[str, AttributeValue] = Field(default_factory=dict)

    def matches(self, item: EventItem) -> bool:
        return item.type in self.event and all(
            item.attributes.get(key) == value for key, value in self.where.items()
        )


def _anchor_shorthand(value: Any) -> Any:
    """``starts_with: order`` is short for ``starts_with: {event: order}``."""
    return {"event": value} if isinstance(value, str | list | tuple) else value


class JourneyStep(EventMatch):
    """One thing that should (or, with ``never``, should not) happen after the anchor."""

    name: Name
    within: Duration | None = None
    after: str | None = None
    optional: bool = False
    never: bool = False
    # An attribute (e.g. promised_by) on the start or an earlier step's event holding the date we
    # promised the customer; when present it sets the deadline instead of `within`.
    promised_by: str | None = None

    @model_validator(mode="after")
    def _deadline_is_stated(self) -> JourneyStep:
        if self.never and self.optional:
            raise ValueError(f"step {self.name!r} cannot be both `optional` and `never`")
        if self.never and self.promised_by is not None:
            raise ValueError(f"step {self.name!r} should never happen, so it has no promised date")
        if not self.never and self.within is None:
            raise ValueError(
                f"step {self.name!r} needs `within`: how long after the start (or after the step "
                "named in `after`) it should happen, e.g. within: 2d"
            )
        return self

    @property
    def label(self) -> str:
        return self.name.replace("_", " ")

    def promised_deadline(self, event: EventItem, tz: tzinfo) -> datetime | None:
        """The promise ``event`` carries in the ``promised_by`` attribute, as a UTC deadline: a
        bare date lasts to the end of that day in ``tz``. None when absent or unreadable."""
        value = None if self.promised_by is None else event.attributes.get(self.promised_by)
        if isinstance(value, date) and not isinstance(value, datetime):
            value = value.isoformat()
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.strip())
            except ValueError:
                return None
            whole_day = len(value.strip()) == len("2026-11-24")
            value = parsed.replace(hour=23, minute=59, second=59) if whole_day else parsed
        if not isinstance(value, datetime):
            return None
        return (value if value.tzinfo else value.replace(tzinfo=tz)).astimezone(UTC)


class IdealJourney(BaseModel):
    """The ideal for one journey type, and the case topics it explains."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    applies_to_topics: tuple[str, ...]
    starts_with: Annotated[EventMatch, BeforeValidator(_anchor_shorthand)]
    # latest: the newest anchor before the case opened. first_in_window: the oldest one inside
    # `window` before it, so a run of repeat contacts is seen from its first contact.
    anchor: Literal["latest", "first_in_window"] = "latest"
    steps: tuple[JourneyStep, ...] = ()
    linked_by: tuple[str, ...] = ()
    window: Duration | None = None
    max_contacts: int = Field(default=0, ge=0)
    max_transfers: int = Field(default=0, ge=0)
    max_hold: Duration | None = None

    @model_validator(mode="after")
    def _consistent(self) -> IdealJourney:
        if not any(topic.strip() for topic in self.applies_to_topics):
            raise ValueError("list at least one case topic this journey explains, e.g. [delivery]")
        if self.anchor == "first_in_window" and self.window is None:
            raise ValueError(
                "`anchor: first_in_window` needs a `window` to look back over, e.g. 7d"
            )
        _check_steps(self.steps)
        _check_window(self.steps, self.window)
        return self

    @property
    def step_event_types(self) -> frozenset[str]:
        return frozenset(kind for step in self.steps for kind in step.event)

    def step(self, name: str) -> JourneyStep:
        return next(step for step in self.steps if step.name == name)


def _check_steps(steps: tuple[JourneyStep, ...]) -> None:
    """Unique names; ``after`` names an earlier step that is expected to happen."""
    earlier: dict[str, JourneyStep] = {}
    names = [step.name for step in steps]
    for step in steps:
        if step.name in earlier:
            raise ValueError(f"two steps are called {step.name!r}: give each step its own name")
        if step.after is not None:
            _check_after(step, earlier, names)
        earlier[step.name] = step


def _check_window(steps: tuple[JourneyStep, ...], window: timedelta | None) -> None:
    """Events after the window are not looked at, so every deadline must fall inside it."""
    if window is None:
        return
    due: dict[str, timedelta] = {}
    for step in steps:
        if step.within is None:
            continue
        due[step.name] = step.within + (
            due.get(step.after, timedelta()) if step.after else timedelta()
        )
        if due[step.name] > window:
            raise ValueError(
                f"step {step.name!r} is due up to {format_duration(due[step.name])} after the "
                f"start, beyond the journey's window of {format_duration(window)}: "
                "lengthen the window or shorten the step"
            )


def _check_after(step: JourneyStep, earlier: dict[str, JourneyStep], names: list[str]) -> None:
    after = step.after
    if after not in names:
        listed = ", ".join(names)
        raise ValueError(
            f"step {step.name!r} is measured from {after!r}, but this journey has no step of "
            f"that name (its steps: {listed})"
        )
    if after not in earlier:
        raise ValueError(
            f"step {step.name!r} is measured from {after!r}, which is not an earlier step: "
            "a step can only be measured from a step listed before it"
        )
    if earlier[after].never:
        raise ValueError(
            f"step {step.name!r} is measured from {after!r}, which should never happen, "
            "so nothing can be measured from it"
        )


# The section as the policy file holds it: journey type name -> its ideal.
JourneysSection = dict[Name, IdealJourney]
