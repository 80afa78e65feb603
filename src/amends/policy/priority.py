"""Priority, explainable: severity * customer value * churn risk * recoverability, each shown.

Severity is in points (0-100): a base, plus the strongest negative emotion, the survey score and
the signals. The other three factors are multipliers around 1.0. The product, capped at 100, is
the score; the ``bands:`` thresholds turn it into ``p1`` (most urgent) to ``p4``. Every factor
carries a one-line explanation, so an agent can see why a case sits where it does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal
from typing import Annotated, Final, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from amends.analysis.labels import NEGATIVE_CX
from amends.analysis.signals import SIGNALS
from amends.domain.customers import Tier
from amends.domain.feedback import FeedbackChannel
from amends.policy.durations import Duration, Money, format_duration
from amends.policy.facts import CustomerFacts, FeedbackFacts

__all__ = [
    "BANDS",
    "SIGNAL_NAMES",
    "Band",
    "Bands",
    "ChurnRiskWeights",
    "CustomerValueWeights",
    "Factor",
    "LifetimeValueStep",
    "Priority",
    "PrioritySection",
    "RecoverabilityWeights",
    "SeverityWeights",
    "band_for",
    "bump",
    "score_priority",
]

Band = Literal["p1", "p2", "p3", "p4"]
BANDS: Final[tuple[Band, ...]] = get_args(Band)
SIGNAL_NAMES: Final = frozenset(SIGNALS)

_X = "\u00d7"  # the multiplication sign, in explanations

Points = Annotated[float, Field(ge=0.0, le=100.0)]
Multiplier = Annotated[float, Field(gt=0.0, le=10.0)]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]


@dataclass(frozen=True, slots=True)
class Factor:
    name: str
    value: float
    explanation: str


@dataclass(frozen=True, slots=True)
class Priority:
    score: float  # 0-100
    band: Band  # p1 is the most urgent
    factors: tuple[Factor, ...]


# --- the section ---------------------------------------------------------------------------------


def _known_signals(weights: Mapping[str, float]) -> Mapping[str, float]:
    unknown = sorted(set(weights) - SIGNAL_NAMES)
    if unknown:
        known = ", ".join(sorted(SIGNAL_NAMES))
        raise ValueError(f"unknown signal(s) {', '.join(unknown)}; the signals are: {known}")
    return weights


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SeverityWeights(_Section):
    base: Points = 5.0
    negative: Points = 15.0  # points for a text read as negative with certainty (1.0)
    emotion: Points = 35.0  # points for the strongest negative emotion at intensity 1.0
    score: Points = 25.0  # points for the worst possible survey score
    signals: Annotated[Mapping[str, Points], AfterValidator(_known_signals)] = Field(
        default_factory=lambda: {
            "churn_threat": 20.0,
            "public_escalation_threat": 15.0,
            "broken_promise": 15.0,
            "repeat_contact": 12.0,
            "long_wait": 6.0,
            "transferred": 6.0,
            "follow_up_requested": 6.0,
        }
    )


class LifetimeValueStep(_Section):
    at_least: Money
    factor: Multiplier


class CustomerValueWeights(_Section):
    tiers: Mapping[Tier, Multiplier] = Field(
        default_factory=lambda: {
            Tier.STANDARD: 1.0,
            Tier.SILVER: 1.05,
            Tier.GOLD: 1.15,
            Tier.PLATINUM: 1.3,
        }
    )
    lifetime_value: tuple[LifetimeValueStep, ...] = (
        LifetimeValueStep(at_least=Decimal("1000"), factor=1.05),
        LifetimeValueStep(at_least=Decimal("5000"), factor=1.1),
    )


class ChurnRiskWeights(_Section):
    weight: Annotated[float, Field(ge=0.0, le=5.0)] = 1.0
    neutral_at: Probability = 0.2  # a churn risk that neither raises nor lowers priority


class RecoverabilityWeights(_Section):
    history_window: Duration = timedelta(days=90)  # earlier cases counted over this window
    per_earlier_case: Annotated[float, Field(ge=0.0, le=1.0)] = 0.1
    floor: Annotated[float, Field(gt=0.0, le=1.0)] = 0.6
    public_channels: tuple[FeedbackChannel, ...] = (FeedbackChannel.REVIEW, FeedbackChannel.SOCIAL)
    public_factor: Multiplier = 0.85


class Bands(_Section):
    p1: Points = 70.0
    p2: Points = 45.0
    p3: Points = 25.0

    @model_validator(mode="after")
    def _descending(self) -> Bands:
        if not self.p1 > self.p2 > self.p3 > 0:
            raise ValueError(
                f"band thresholds must fall from p1 to p3 and stay above 0 "
                f"(got p1 {self.p1}, p2 {self.p2}, p3 {self.p3})"
            )
        return self


class PrioritySection(_Section):
    """The ``priority:`` section."""

    severity: SeverityWeights = SeverityWeights()
    value: CustomerValueWeights = CustomerValueWeights()
    churn_risk: ChurnRiskWeights = ChurnRiskWeights()
    recoverability: RecoverabilityWeights = RecoverabilityWeights()
    bands: Bands = Bands()


# --- scoring -------------------------------------------------------------------------------------


def score_priority(
    facts: FeedbackFacts,
    customer: CustomerFacts,
    section: PrioritySection,
    *,
    churn_risk: float | None = None,
    earlier_cases: int = 0,
) -> Priority:
    """How urgent a case opened for ``facts`` is, with every factor explained.

    ``churn_risk`` (0-1) comes from the Learn insights; until they exist it is None and neutral.
    ``earlier_cases`` counts the customer's cases opened in ``recoverability.history_window``
    before this one.
    """
    factors = (
        _severity(facts, section.severity),
        _customer_value(customer, section.value),
        _churn(churn_risk, section.churn_risk),
        _recoverability(facts, earlier_cases, section.recoverability),
    )
    product = 1.0
    for factor in factors:
        product *= factor.value
    score = round(min(100.0, max(0.0, product)), 1)
    return Priority(score=score, band=band_for(score, section.bands), factors=factors)


def band_for(score: float, bands: Bands) -> Band:
    if score >= bands.p1:
        return "p1"
    if score >= bands.p2:
        return "p2"
    if score >= bands.p3:
        return "p3"
    return "p4"


def bump(priority: Priority, steps: int, *, reason: str = "a promise was broken") -> Priority:
    """Raise the band by ``steps`` (never past p1); the score stays as computed."""
    if steps < 0:
        raise ValueError(f"a priority is bumped up by zero or more steps, not {steps}")
    before = BANDS.index(priority.band)
    after = max(0, before - steps)
    if after == before:
        note = f"{reason}; already {priority.band}, nothing to raise"
    else:
        note = f"{reason}: raised {priority.band} → {BANDS[after]}"
    factor = Factor("bump", float(before - after), note)
    return replace(priority, band=BANDS[after], factors=(*priority.factors, factor))


def _score_badness(facts: FeedbackFacts) -> tuple[str, float] | None:
    """How bad the survey score is, 0 (best) to 1 (worst), and how to name it."""
    score, metric = facts.score, facts.metric
    if score is None or metric is None:
        return None
    scales = {"nps": (10, 0), "csat": (5, 1), "ces": (1, 7)}  # (best, worst)
    if metric not in scales:
        return None
    best, worst = scales[metric]
    badness = min(1.0, max(0.0, (best - score) / (best - worst)))
    return f"{metric.upper()} {score}", badness


def _severity(facts: FeedbackFacts, weights: SeverityWeights) -> Factor:
    parts: list[tuple[str, float]] = []
    if facts.analyzed and facts.negative > 0:
        parts.append((f"reads negative {facts.negative:.2f}", weights.negative * facts.negative))
    emotions = [(p, name) for name, p in facts.cx_emotions.items() if name in NEGATIVE_CX]
    strongest = max(emotions, default=(0.0, ""))
    if strongest[0] > 0:
        parts.append((f"{strongest[1]} {strongest[0]:.2f}", weights.emotion * strongest[0]))
    badness = _score_badness(facts)
    if badness is not None:
        parts.append((badness[0], weights.score * badness[1]))
    parts += [(signal, weights.signals.get(signal, 0.0)) for signal in sorted(facts.signals)]
    shown = [(label, gained) for label, gained in parts if gained >= 0.05]
    points = min(100.0, weights.base + sum(gained for _, gained in shown))
    text = ", ".join([f"base {weights.base:g}", *(f"{lbl} +{g:.1f}" for lbl, g in shown)])
    capped = " (capped)" if points == 100.0 else ""
    return Factor("severity", round(points, 1), f"{text} = {points:.1f}{capped}")


def _customer_value(customer: CustomerFacts, weights: CustomerValueWeights) -> Factor:
    tier = _tier(customer.tier)
    if tier is None:
        tier_factor, tier_text = 1.0, f"tier {customer.tier or 'unknown'} {_X}1"
    else:
        tier_factor = weights.tiers.get(tier, 1.0)
        tier_text = f"{tier} tier {_X}{tier_factor:g}"
    ltv_factor, ltv_text = 1.0, "lifetime value unknown"
    if customer.lifetime_value is not None:
        reached = [s for s in weights.lifetime_value if customer.lifetime_value >= s.at_least]
        top = max(reached, key=lambda s: s.at_least, default=None)
        ltv_text = f"lifetime value {customer.lifetime_value:,.2f}"
        if top is not None:
            ltv_factor = top.factor
            ltv_text += f" (≥ {top.at_least:,.2f}) {_X}{top.factor:g}"
    value = round(tier_factor * ltv_factor, 4)
    return Factor("customer value", value, f"{tier_text}, {ltv_text} = {_X}{value:g}")


def _tier(name: str | None) -> Tier | None:
    try:
        return None if name is None else Tier(name)
    except ValueError:
        return None


def _churn(churn_risk: float | None, weights: ChurnRiskWeights) -> Factor:
    if churn_risk is None:
        return Factor("churn risk", 1.0, f"not known yet (churn risk arrives with Learn): {_X}1")
    risk = min(1.0, max(0.0, churn_risk))
    value = round(max(0.5, 1.0 + weights.weight * (risk - weights.neutral_at)), 4)
    return Factor(
        "churn risk",
        value,
        f"churn risk {risk:.2f} (neutral at {weights.neutral_at:g}) {_X}{value:g}",
    )


def _recoverability(
    facts: FeedbackFacts, earlier_cases: int, weights: RecoverabilityWeights
) -> Factor:
    history = max(weights.floor, 1.0 - weights.per_earlier_case * max(0, earlier_cases))
    window = format_duration(weights.history_window)
    if earlier_cases <= 0:
        parts = [f"first case in {window} {_X}1"]
    else:
        parts = [f"{earlier_cases} earlier case(s) in {window} {_X}{history:g}"]
    channel = 1.0
    if facts.channel in weights.public_channels:
        channel = weights.public_factor
        parts.append(f"public channel {facts.channel} {_X}{channel:g}")
    else:
        parts.append(f"private channel {facts.channel} {_X}1")
    value = round(history * channel, 4)
    return Factor("recoverability", value, f"{', '.join(parts)} = {_X}{value:g}")
