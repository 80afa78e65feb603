"""The ``remedies`` section: a catalogue of make-goods and fair recommendations.

Fair by construction: the recommendation depends on the topic, the *problem* severity (what went
wrong, never how loudly the customer said it), the customer's tier and the order's value. Nothing
else can reach it: :func:`recommend` has no parameter through which loudness could enter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from amends.domain.customers import Tier
from amends.errors import UnknownRemedy
from amends.policy.durations import Money

ANY = "*"
BY = " \u00d7 "
"""The multiplication sign that joins topic, severity and tier in rule keys and reasons."""
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")


class Severity(StrEnum):
    """How badly the service failed, in increasing order."""

    MINOR = "minor"
    MODERATE = "moderate"
    MAJOR = "major"
    SEVERE = "severe"


SEVERITIES: tuple[Severity, ...] = tuple(Severity)

# Only service failures count. Emotion, churn and public-escalation threats, follower counts and
# score wording are how loud a customer is, not what happened to them: letting them in would pay
# the loud more than the quiet for the same failure. A broken promise is a second failure on top
# of the first, hence two points.
FAILURE_SIGNALS: dict[str, int] = {
    "repeat_contact": 1,
    "long_wait": 1,
    "transferred": 1,
    "broken_promise": 2,
}
MAX_COUNTED = 2
"""Journey discrepancies and earlier cases each add a point, up to this many points each."""
SEVERITY_FROM_POINTS: tuple[tuple[int, Severity], ...] = (
    (5, Severity.SEVERE),
    (3, Severity.MAJOR),
    (1, Severity.MODERATE),
    (0, Severity.MINOR),
)


@dataclass(frozen=True, slots=True)
class ProblemAssessment:
    severity: Severity
    points: int
    reasons: tuple[str, ...]  # one per point-earning fact, e.g. "broken promise (+2)"


def assess_problem(
    topics: Iterable[str],
    signals: frozenset[str],
    *,
    journey_discrepancies: int = 0,
    repeat_cases: int = 0,
) -> ProblemAssessment:
    """The problem's severity with the facts that made it, from service failures only."""
    if journey_discrepancies < 0 or repeat_cases < 0:
        raise ValueError("journey discrepancies and repeat cases cannot be negative")
    reasons: list[str] = []
    points = 0
    for signal in sorted(signals & FAILURE_SIGNALS.keys()):  # the filter is the fairness rule
        points += FAILURE_SIGNALS[signal]
        reasons.append(f"{signal.replace('_', ' ')} (+{FAILURE_SIGNALS[signal]})")
    for count, what in (
        (journey_discrepancies, "journey discrepancies"),
        (repeat_cases, "earlier cases"),
    ):
        if count:
            points += min(count, MAX_COUNTED)
            reasons.append(f"{count} {what} (+{min(count, MAX_COUNTED)})")
    if len(set(topics)) >= 2:
        points += 1
        reasons.append("more than one thing went wrong (+1)")
    severity = next(level for floor, level in SEVERITY_FROM_POINTS if points >= floor)
    return ProblemAssessment(severity=severity, points=points, reasons=tuple(reasons))


def problem_severity(
    topics: Iterable[str],
    signals: frozenset[str],
    *,
    journey_discrepancies: int = 0,
    repeat_cases: int = 0,
) -> Severity:
    """How badly we failed this customer: the severity remedies are recommended by."""
    return assess_problem(
        topics, signals, journey_discrepancies=journey_discrepancies, repeat_cases=repeat_cases
    ).severity


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoValue(_Frozen):
    kind: Literal["none"] = "none"


class FixedValue(_Frozen):
    kind: Literal["fixed"]
    amount: Money


class RangeValue(_Frozen):
    kind: Literal["range"]
    min: Money
    max: Money
    default: Money

    @model_validator(mode="after")
    def _ordered(self) -> RangeValue:
        if not self.min <= self.default <= self.max:
            raise ValueError(
                f"the default {self.default} must lie between min {self.min} and max {self.max}"
            )
        return self


class OrderValue(_Frozen):
    kind: Literal["order_value"]
    max: Money


ValueRule = Annotated[NoValue | FixedValue | RangeValue | OrderValue, Field(discriminator="kind")]


class RemedySpec(_Frozen):
    description: str = Field(min_length=1)
    customer_facing: bool = True
    label: str | None = None  # a short phrase for reasons; the remedy's name when absent
    value: ValueRule = NoValue()

    @property
    def monetary(self) -> bool:
        return not isinstance(self.value, NoValue)


class RemedyEntry(_Frozen):
    kind: str
    amount: Money | None = None

    @model_validator(mode="before")
    @classmethod
    def _bare_name(cls, data: Any) -> Any:
        return {"kind": data} if isinstance(data, str) else data


class RecommendationRule(_Frozen):
    topic: str = ANY
    severity: Severity
    tier: str = ANY
    remedies: tuple[RemedyEntry, ...] = Field(min_length=1)

    @field_validator("topic")
    @classmethod
    def _topic(cls, value: str) -> str:
        if value != ANY and not _NAME.match(value):
            raise ValueError(
                f"a topic is a snake_case name such as delivery, or * for any: {value!r}"
            )
        return value

    @field_validator("tier")
    @classmethod
    def _tier(cls, value: str) -> str:
        tiers = [t.value for t in Tier]
        if value != ANY and value not in tiers:
            raise ValueError(f"unknown tier {value!r}: use one of {', '.join(tiers)} or * for any")
        return value

    @property
    def key(self) -> str:
        return BY.join((self.topic, self.severity, self.tier))


class RemediesSection(_Frozen):
    catalogue: dict[str, RemedySpec] = Field(min_length=1)
    recommendations: tuple[RecommendationRule, ...]

    @field_validator("catalogue")
    @classmethod
    def _names(cls, value: dict[str, RemedySpec]) -> dict[str, RemedySpec]:
        bad = [name for name in value if not _NAME.match(name)]
        if bad:
            raise ValueError(f"remedy names are snake_case words such as store_credit: {bad}")
        return value

    @model_validator(mode="after")
    def _rules_fit_catalogue(self) -> RemediesSection:
        seen: set[str] = set()
        for number, rule in enumerate(self.recommendations, start=1):
            where = f"recommendation {number} ({rule.key})"
            if rule.key in seen:
                raise ValueError(
                    f"{where} repeats an earlier rule for the same topic, severity, tier"
                )
            seen.add(rule.key)
            kinds = [entry.kind for entry in rule.remedies]
            if len(set(kinds)) != len(kinds):
                raise ValueError(f"{where} names the same remedy twice")
            for entry in rule.remedies:
                _check_entry(self.catalogue, entry, where)
        missing = [s.value for s in Severity if BY.join((ANY, s, ANY)) not in seen]
        if missing:
            raise ValueError(
                "every severity needs a fallback rule with topic * and tier * so that every case "
                f"gets a recommendation; missing for: {', '.join(missing)}"
            )
        return self


def _check_entry(catalogue: dict[str, RemedySpec], entry: RemedyEntry, where: str) -> None:
    spec = catalogue.get(entry.kind)
    if spec is None:
        raise ValueError(
            f"{where} names {entry.kind!r}, which is not in the catalogue "
            f"(known: {', '.join(sorted(catalogue))})"
        )
    if entry.amount is None:
        return
    rule = spec.value
    if not isinstance(rule, RangeValue):
        raise ValueError(
            f"{where} gives {entry.kind} an amount, but its value is {_describe(rule)}; "
            "only remedies with a range take an amount here"
        )
    if not rule.min <= entry.amount <= rule.max:
        raise ValueError(
            f"{where} gives {entry.kind} {entry.amount}, outside its range {rule.min} to {rule.max}"
        )


def _describe(rule: ValueRule) -> str:
    if isinstance(rule, FixedValue):
        return f"fixed at {rule.amount}"
    if isinstance(rule, RangeValue):
        return f"between {rule.min} and {rule.max}"
    if isinstance(rule, OrderValue):
        return f"the order value, up to {rule.max}"
    return "nothing (it has no monetary value)"


@dataclass(frozen=True, slots=True)
class RecommendedRemedy:
    kind: str
    amount: Decimal | None  # 0.00 without monetary value; None when the order value is unknown
    reason: str


@dataclass(frozen=True, slots=True)
class Recommendation:
    items: tuple[RecommendedRemedy, ...]
    reason: str  # the inputs, then the remedies: see ``BY``
    rule: str  # the key of the rule that matched; ``*`` where it matched anything


def _specificity(rule: RecommendationRule) -> int:
    # A named topic beats a named tier: the topic decides what kind of make-good fits (a
    # replacement for a damaged item), the tier only how generous it is.
    return (2 if rule.topic != ANY else 0) + (1 if rule.tier != ANY else 0)


def primary_topic(section: RemediesSection, topics: Sequence[str]) -> str | None:
    """The topic a case's remedy is priced by: the first of its topics that has rules of its
    own (a late parcel that also mentions poor communication is priced as a delivery problem),
    else its first topic. The fairness report groups remedies by the same topic."""
    specific = {rule.topic for rule in section.recommendations}
    return next((t for t in topics if t in specific), topics[0] if topics else None)


def recommend(
    section: RemediesSection,
    *,
    topic: str | None,
    severity: Severity,
    tier: str | None,
    order_value: Decimal | None,
) -> Recommendation:
    """The most specific rule's remedies, each with its amount; a missing tier reads as standard."""
    tier = tier or Tier.STANDARD.value
    rule = max(
        (
            r
            for r in section.recommendations
            if r.severity == severity and r.topic in (topic, ANY) and r.tier in (tier, ANY)
        ),
        key=_specificity,
    )  # never empty: the section requires a fallback rule for every severity
    items = tuple(_price(section.catalogue[e.kind], e, order_value) for e in rule.remedies)
    labels = ", ".join(_label(section.catalogue[i.kind], i) for i in items)
    reason = f"{BY.join((topic or 'any topic', severity, tier))}: {labels}"
    if _specificity(rule) < 3:
        reason += f" (by the rule {rule.key})"
    return Recommendation(items=items, reason=reason, rule=rule.key)


def _price(spec: RemedySpec, entry: RemedyEntry, order_value: Decimal | None) -> RecommendedRemedy:
    rule = spec.value
    kind = entry.kind
    if isinstance(rule, FixedValue):
        return RecommendedRemedy(kind, rule.amount, f"fixed value {rule.amount}")
    if isinstance(rule, RangeValue):
        if entry.amount is None:
            why = f"the catalogue default (range {rule.min} to {rule.max})"
            return RecommendedRemedy(kind, rule.default, why)
        return RecommendedRemedy(
            kind, entry.amount, f"set by the rule (range {rule.min} to {rule.max})"
        )
    if isinstance(rule, OrderValue):
        if order_value is None:
            why = f"the order value, not known: the agent enters it (up to {rule.max})"
            return RecommendedRemedy(kind, None, why)
        amount = min(order_value, rule.max).quantize(_CENT)
        why = f"the order value {order_value.quantize(_CENT)}"
        if order_value > rule.max:
            why += f", capped at {rule.max}"
        return RecommendedRemedy(kind, amount, why)
    return RecommendedRemedy(kind, _ZERO, "no monetary value")


def _label(spec: RemedySpec, item: RecommendedRemedy) -> str:
    label = spec.label or item.kind.replace("_", " ")
    # Only amounts that vary are worth showing; a fixed value is in the catalogue.
    if isinstance(spec.value, RangeValue | OrderValue):
        return f"{label} (order value unknown)" if item.amount is None else f"{label} {item.amount}"
    return label


def check_offer(
    section: RemediesSection, kind: str, amount: Decimal | None, *, order_value: Decimal | None
) -> Decimal:
    """The value of an agent's offer; ``UnknownRemedy`` when the catalogue does not allow it."""
    spec = section.catalogue.get(kind)
    if spec is None:
        known = ", ".join(sorted(section.catalogue))
        raise UnknownRemedy(f"no remedy called {kind!r} in the catalogue (known: {known})")
    if amount is not None and (
        not amount.is_finite() or amount < 0 or amount != amount.quantize(_CENT)
    ):
        raise UnknownRemedy(f"{amount} is not an amount: give a positive value in whole cents")
    rule = spec.value
    if isinstance(rule, NoValue):
        if amount:
            raise UnknownRemedy(f"{kind} has no monetary value; it cannot be offered as {amount}")
        return _ZERO
    if isinstance(rule, FixedValue):
        if amount is not None and amount != rule.amount:
            raise UnknownRemedy(f"{kind} is fixed at {rule.amount}; {amount} is not allowed")
        return rule.amount
    if isinstance(rule, RangeValue):
        value = rule.default if amount is None else amount
        if not rule.min <= value <= rule.max:
            raise UnknownRemedy(f"{kind} must be between {rule.min} and {rule.max}, not {value}")
        return value.quantize(_CENT)
    return _order_offer(kind, rule, amount, order_value)


def _order_offer(
    kind: str, rule: OrderValue, amount: Decimal | None, order_value: Decimal | None
) -> Decimal:
    if amount is None:
        if order_value is None:
            raise UnknownRemedy(f"{kind} is worth the order value: give the amount or the order")
        return min(order_value, rule.max).quantize(_CENT)
    if amount > rule.max:
        raise UnknownRemedy(f"{kind} is capped at {rule.max}; {amount} is too much")
    if order_value is not None and amount > order_value:
        raise UnknownRemedy(f"{kind} of {amount} is more than the order's value {order_value}")
    return amount.quantize(_CENT)
