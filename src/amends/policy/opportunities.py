"""Intervention opportunities: when a piece of feedback opens a recovery case, and why.

The ``opportunities:`` section of the policy is a list of named rules. Each rule has a *kind* (what
it looks at) and the kind's parameters. The built-in kinds register in ``RULE_KINDS`` through
``register_rule_kind``, the same door a third party would use. ``decide_opportunity`` runs every
enabled rule and keeps each one that fired as a ``Reason`` with the analyzer's evidence, so a case
always says which rule opened it and which words showed it. ``case_to_attach`` keeps one customer's
complaints about one problem in one case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializeAsAny,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from amends.analysis.labels import CX_EMOTIONS, NEGATIVE_CX
from amends.policy.facts import FeedbackFacts, Span

__all__ = [
    "RULE_KINDS",
    "Finding",
    "OpenCaseRef",
    "OpportunitiesSection",
    "OpportunityDecision",
    "OpportunityRule",
    "Reason",
    "RuleKind",
    "RuleParams",
    "case_to_attach",
    "decide_opportunity",
    "register_rule_kind",
]

_SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# Below this an emotion's intensity is noise beside the text's negativity, not worth naming.
_NOTABLE_EMOTION = 0.5
# Signals that call for a person even when the text reads calm ("please call me back").
_ATTENTION_SIGNALS = frozenset(
    {
        "follow_up_requested",
        "churn_threat",
        "public_escalation_threat",
        "broken_promise",
        "repeat_contact",
    }
)


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule kind reports when it fires: a sentence, and the evidence keys it relied on."""

    explanation: str
    evidence_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired: its name, why in words, and the spans of text that show it."""

    rule: str
    explanation: str
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OpportunityDecision:
    opens: bool
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class OpenCaseRef:
    """What ``case_to_attach`` needs to know about a case that is still open."""

    case_id: int
    customer_id: int
    topics: tuple[str, ...]
    opened_at: datetime


# --- the registry --------------------------------------------------------------------------------


class RuleParams(BaseModel):
    """Base of every rule kind's parameters; a kind without parameters uses it as it is."""

    model_config = ConfigDict(extra="forbid", frozen=True)


P = TypeVar("P", bound=RuleParams)


@dataclass(frozen=True, slots=True)
class RuleKind(Generic[P]):
    params: type[P]
    evaluate: Callable[[FeedbackFacts, P], Finding | None]
    summary: str


RULE_KINDS: dict[str, RuleKind[Any]] = {}


def register_rule_kind(
    kind: str,
    params: type[P],
    evaluate: Callable[[FeedbackFacts, P], Finding | None],
    *,
    summary: str,
) -> None:
    """Make a rule kind available to the ``opportunities:`` section under ``kind``."""
    RULE_KINDS[kind] = RuleKind(params=params, evaluate=evaluate, summary=summary)


# --- the section ---------------------------------------------------------------------------------


def _snake_case(name: str) -> str:
    if not _SNAKE_CASE.fullmatch(name):
        raise ValueError(f"{name!r} is not snake_case (lower-case words joined by '_')")
    return name


class OpportunityRule(BaseModel):
    """One named rule: a registered kind, switched on or off, with that kind's parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, AfterValidator(_snake_case)]
    kind: str | None = None  # omitted: the rule's name is its kind
    enabled: bool = True
    params: SerializeAsAny[RuleParams] = Field(default_factory=RuleParams, validate_default=True)

    @property
    def kind_name(self) -> str:
        return self.kind or self.name

    @model_validator(mode="before")
    @classmethod
    def _known_kind(cls, data: Any) -> Any:
        if isinstance(data, dict):
            kind_name = data.get("kind") or data.get("name")
            if isinstance(kind_name, str) and kind_name not in RULE_KINDS:
                known = ", ".join(sorted(RULE_KINDS))
                raise ValueError(f"no rule kind {kind_name!r}; the kinds are: {known}")
        return data

    @field_validator("params", mode="before")
    @classmethod
    def _params_of_kind(cls, value: Any, info: ValidationInfo) -> RuleParams:
        kind = RULE_KINDS.get(info.data.get("kind") or info.data.get("name") or "")
        if kind is None:  # the name or kind is invalid; that error is reported already
            return RuleParams()
        if isinstance(value, kind.params):
            same: RuleParams = value
            return same
        raw = value.model_dump() if isinstance(value, BaseModel) else value
        try:
            parsed: RuleParams = kind.params.model_validate(raw)
        except ValidationError as error:
            raise ValueError(_params_problems(error, kind.params)) from None
        return parsed


def _params_problems(error: ValidationError, params: type[RuleParams]) -> str:
    allowed = ", ".join(params.model_fields) or "none"
    problems = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "params"
        if problem["type"] == "extra_forbidden":
            problems.append(f"{where}: not a parameter of this rule (its parameters: {allowed})")
        else:
            problems.append(f"{where}: {problem['msg']}")
    return "; ".join(problems)


class OpportunitiesSection(RootModel[tuple[OpportunityRule, ...]]):
    """The ``opportunities:`` section: rules in file order (reasons are listed in that order)."""

    model_config = ConfigDict(frozen=True)

    @model_validator(mode="after")
    def _unique_names(self) -> OpportunitiesSection:
        seen: set[str] = set()
        for rule in self.root:
            if rule.name in seen:
                raise ValueError(f"two rules are named {rule.name!r}; give each rule its own name")
            seen.add(rule.name)
        return self

    @property
    def rules(self) -> tuple[OpportunityRule, ...]:
        return self.root


# --- decisions -----------------------------------------------------------------------------------


def decide_opportunity(facts: FeedbackFacts, section: OpportunitiesSection) -> OpportunityDecision:
    """Run every enabled rule; the feedback opens a case when at least one fires."""
    reasons = []
    for rule in section.rules:
        if not rule.enabled:
            continue
        finding = RULE_KINDS[rule.kind_name].evaluate(facts, rule.params)
        if finding is not None:
            evidence = {
                key: tuple(facts.evidence[key])
                for key in dict.fromkeys(finding.evidence_keys)
                if facts.evidence.get(key)
            }
            reasons.append(Reason(rule.name, finding.explanation, evidence))
    return OpportunityDecision(opens=bool(reasons), reasons=tuple(reasons))


def case_to_attach(
    open_cases: Sequence[OpenCaseRef], facts: FeedbackFacts, *, opens: bool = False
) -> int | None:
    """The customer's open case this feedback belongs to, or None.

    Only feedback that needs a person is attached: feedback that opens a case on its own
    (``opens``, from ``decide_opportunity``), negative feedback, or a request or threat. Anything
    else (a thank-you, a neutral remark) is left to the customer's timeline. A case matches when it
    shares a topic with the feedback, or when neither has a topic; the most recent one wins.
    """
    needs_a_person = opens or facts.is_negative or facts.contact_requested
    if not needs_a_person and not facts.signals & _ATTENTION_SIGNALS:
        return None
    mine = set(facts.topics)
    matching = [
        case
        for case in open_cases
        if case.customer_id == facts.customer_id
        and (mine & set(case.topics) or (not mine and not case.topics))
    ]
    if not matching:
        return None
    return max(matching, key=lambda case: (case.opened_at, case.case_id)).case_id


# --- built-in rule kinds -------------------------------------------------------------------------


def _strongest_negative(facts: FeedbackFacts) -> tuple[str, float] | None:
    found = [(p, name) for name, p in facts.cx_emotions.items() if name in NEGATIVE_CX and p > 0]
    if not found:
        return None
    p, name = max(found)
    return name, p


def _emotion_keys(name: str) -> tuple[str, ...]:
    # Evidence is keyed by the analyzer's labels; a CX emotion is read from several of them.
    return (name, *CX_EMOTIONS.get(name, ()))


def _score_finding(
    facts: FeedbackFacts, nps: int | None, csat: int | None, ces: int | None
) -> str | None:
    """``"NPS 3 (≤ 6)"`` when the survey score is at or past its threshold, else None."""
    score, metric = facts.score, facts.metric
    if score is None or metric is None:
        return None
    if metric == "nps" and nps is not None and score <= nps:
        return f"NPS {score} (≤ {nps})"
    if metric == "csat" and csat is not None and score <= csat:
        return f"CSAT {score} (≤ {csat})"
    if metric == "ces" and ces is not None and score >= ces:
        return f"CES {score} (≥ {ces})"
    return None


Probability = Annotated[float, Field(ge=0.0, le=1.0)]
NpsScore = Annotated[int, Field(ge=0, le=10)]
CsatScore = Annotated[int, Field(ge=1, le=5)]
CesScore = Annotated[int, Field(ge=1, le=7)]


def _follow_up_request(facts: FeedbackFacts, _: RuleParams) -> Finding | None:
    parts = []
    if facts.contact_requested:
        parts.append('the customer chose "talk to someone now" in the survey')
    if "follow_up_requested" in facts.signals:
        parts.append("the customer asked to be contacted")
    if not parts:
        return None
    return Finding("; ".join(parts), ("follow_up_requested",))


class LowScoreNegativeParams(RuleParams):
    nps_at_most: NpsScore | None = 6
    csat_at_most: CsatScore | None = 2
    ces_at_least: CesScore | None = None
    emotion_at_least: Probability = 0.5


def _low_score_negative(facts: FeedbackFacts, params: LowScoreNegativeParams) -> Finding | None:
    score = _score_finding(facts, params.nps_at_most, params.csat_at_most, params.ces_at_least)
    if score is None:
        return None
    strongest = _strongest_negative(facts)
    if strongest is not None and strongest[1] >= params.emotion_at_least:
        name, p = strongest
        return Finding(f"{score} with {name} {p:.2f}", _emotion_keys(name))
    if facts.is_negative:
        return Finding(f"{score} and the text reads negative ({facts.negative:.2f})", ("negative",))
    return None


class VeryLowScoreParams(RuleParams):
    nps_at_most: NpsScore | None = 2
    csat_at_most: CsatScore | None = 1
    ces_at_least: CesScore | None = 7


def _very_low_score(facts: FeedbackFacts, params: VeryLowScoreParams) -> Finding | None:
    score = _score_finding(facts, params.nps_at_most, params.csat_at_most, params.ces_at_least)
    return None if score is None else Finding(f"{score}, a very low score on its own")


def _threat(facts: FeedbackFacts, _: RuleParams) -> Finding | None:
    said = {
        "churn_threat": "the customer threatens to leave",
        "public_escalation_threat": "the customer threatens to complain publicly",
    }
    found = [signal for signal in said if signal in facts.signals]
    if not found:
        return None
    return Finding("; ".join(said[s] for s in found), tuple(found))


def _broken_promise_or_repeat(facts: FeedbackFacts, _: RuleParams) -> Finding | None:
    said = {
        "broken_promise": "a promise made to the customer was not kept",
        "repeat_contact": "the customer has had to get in touch again",
    }
    found = [signal for signal in said if signal in facts.signals]
    if not found:
        return None
    return Finding("; ".join(said[s] for s in found), tuple(found))


class NegativeFeedbackParams(RuleParams):
    negative_at_least: Probability = 0.85


def _negative_feedback(facts: FeedbackFacts, params: NegativeFeedbackParams) -> Finding | None:
    if not facts.analyzed or facts.negative < params.negative_at_least:
        return None
    text = f"the text reads clearly negative ({facts.negative:.2f} ≥ {params.negative_at_least})"
    strongest = _strongest_negative(facts)
    keys: tuple[str, ...] = ("negative",)
    if strongest is not None and strongest[1] >= _NOTABLE_EMOTION:
        text += f", mostly {strongest[0]} {strongest[1]:.2f}"
        keys += _emotion_keys(strongest[0])
    return Finding(text, keys)


# The core registers its kinds exactly as a plugin would.
register_rule_kind(
    "follow_up_request",
    RuleParams,
    _follow_up_request,
    summary='the survey\'s "talk to someone now" choice or a request to be contacted',
)
register_rule_kind(
    "low_score_negative",
    LowScoreNegativeParams,
    _low_score_negative,
    summary="a low survey score together with a negative emotion",
)
register_rule_kind(
    "very_low_score", VeryLowScoreParams, _very_low_score, summary="a very low score on its own"
)
register_rule_kind("threat", RuleParams, _threat, summary="a threat to leave or to go public")
register_rule_kind(
    "broken_promise_or_repeat",
    RuleParams,
    _broken_promise_or_repeat,
    summary="a broken promise or a repeat contact",
)
register_rule_kind(
    "negative_feedback",
    NegativeFeedbackParams,
    _negative_feedback,
    summary="feedback that reads clearly negative, whatever the score",
)
