"""Routing: which resolution team takes a case, and which of its agents.

The ``teams:`` section lists teams in the order they are tried. ``route`` gives a case to the first
team whose ``match`` accepts its topic, channel, language and customer tier, and to the one
fallback team when none does. ``pick_agent`` then chooses a person inside the team: an active
frontline agent with the skills and language the case needs and room for one more case, by
least load or in turn. Leads, then managers, take a case only when no frontline agent can.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, RootModel, model_validator

from amends.domain.customers import Tier
from amends.domain.feedback import FeedbackChannel
from amends.policy.facts import CustomerFacts, FeedbackFacts

__all__ = [
    "Agent",
    "AgentChoice",
    "Role",
    "RoutingDecision",
    "Team",
    "TeamMatch",
    "TeamsSection",
    "can_take",
    "needed_skills",
    "pick_agent",
    "route",
]

Role = Literal["frontline", "lead", "manager"]
_LANGUAGE = re.compile(r"[a-z]{2,3}")


def _language(code: str) -> str:
    if not _LANGUAGE.fullmatch(code):
        raise ValueError(f"{code!r} is not a language code (write e.g. en, es, fr)")
    return code


Language = Annotated[str, AfterValidator(_language)]
Name = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Agent(_Model):
    id: Name
    name: Name
    role: Role = "frontline"
    skills: frozenset[Name] = frozenset()
    languages: Annotated[tuple[Language, ...], Field(min_length=1)] = ("en",)
    max_open_cases: Annotated[int, Field(ge=1)] = 20
    active: bool = True


class TeamMatch(_Model):
    """What a team takes; an empty list accepts anything."""

    topics: tuple[Name, ...] = ()
    channels: tuple[FeedbackChannel, ...] = ()
    languages: tuple[Language, ...] = ()
    tiers: tuple[Tier, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.topics or self.channels or self.languages or self.tiers)


class Team(_Model):
    name: Name
    description: str = ""
    calendar: Name = "default"  # a calendar in the policy's `calendars:` section
    fallback: bool = False
    match: TeamMatch = TeamMatch()
    required_skills: Mapping[str, frozenset[Name]] = Field(default_factory=dict)  # per topic
    assignment: Literal["least_loaded", "round_robin"] = "least_loaded"
    agents: Annotated[tuple[Agent, ...], Field(min_length=1)]
    lead: Name
    manager: Name

    @property
    def is_fallback(self) -> bool:
        return self.fallback or self.match.is_empty

    def agent(self, agent_id: str) -> Agent | None:
        return next((a for a in self.agents if a.id == agent_id), None)

    @model_validator(mode="after")
    def _lead_and_manager_in_team(self) -> Team:
        if self.fallback and not self.match.is_empty:
            raise ValueError(
                f"team {self.name!r} is the fallback, which takes every case no other team "
                "takes, so it cannot have a `match`"
            )
        for role, agent_id in (("lead", self.lead), ("manager", self.manager)):
            agent = self.agent(agent_id)
            if agent is None:
                raise ValueError(
                    f"team {self.name!r}: its {role} {agent_id!r} is not in its agents"
                )
            if agent.role != role:
                raise ValueError(
                    f"team {self.name!r}: {agent_id!r} is named its {role} "
                    f"but has the role {agent.role!r}"
                )
        return self


class TeamsSection(RootModel[tuple[Team, ...]]):
    """The ``teams:`` section: teams in the order ``route`` tries them."""

    model_config = ConfigDict(frozen=True)

    @property
    def teams(self) -> tuple[Team, ...]:
        return self.root

    @property
    def fallback(self) -> Team:
        return next(team for team in self.root if team.is_fallback)

    def team(self, name: str) -> Team:
        for team in self.root:
            if team.name == name:
                return team
        raise KeyError(name)

    def team_of(self, agent_id: str) -> Team | None:
        return next((t for t in self.root if t.agent(agent_id) is not None), None)

    @model_validator(mode="after")
    def _consistent(self) -> TeamsSection:
        _no_repeats("team", [t.name for t in self.root], "team names")
        _no_repeats("agent", [a.id for t in self.root for a in t.agents], "agent ids, across teams")
        fallbacks = [t.name for t in self.root if t.is_fallback]
        if len(fallbacks) != 1:
            found = ", ".join(fallbacks) or "none"
            raise ValueError(
                "exactly one team must be the fallback (`fallback: true` and no `match`), to take "
                f"the cases no other team matches; a team without a `match` takes every case, "
                f"so it counts as a fallback too. Found {len(fallbacks)}: {found}"
            )
        return self


def _no_repeats(what: str, values: Sequence[str], rule: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{what} {value!r} appears twice ({rule} must be unique)")
        seen.add(value)


# --- decisions -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoutingDecision:
    team: str
    reason: str


@dataclass(frozen=True, slots=True)
class AgentChoice:
    agent_id: str
    reason: str


def route(
    teams: TeamsSection, facts: FeedbackFacts, customer: CustomerFacts, topics: Sequence[str]
) -> RoutingDecision:
    """The first team (in file order) whose match accepts the case; the fallback otherwise."""
    for team in teams.teams:
        if team.is_fallback:
            continue
        why = _accepts(team.match, facts, customer, topics)
        if why is not None:
            return RoutingDecision(team.name, f"{team.name}: {why}")
    fallback = teams.fallback
    return RoutingDecision(fallback.name, f"{fallback.name}: fallback, no other team matches")


def _accepts(
    match: TeamMatch, facts: FeedbackFacts, customer: CustomerFacts, topics: Sequence[str]
) -> str | None:
    """Why ``match`` accepts the case (``"topic delivery, tier platinum"``), or None."""
    reasons = []
    if match.topics:
        shared = [topic for topic in topics if topic in match.topics]
        if not shared:
            return None
        reasons.append(f"topic {', '.join(shared)}")
    checks = (
        ("channel", match.channels, facts.channel),
        ("language", match.languages, facts.language),
        ("tier", match.tiers, customer.tier),
    )
    for label, allowed, value in checks:
        if allowed:
            # An unknown language or tier cannot prove a match against a constraint.
            if value is None or value not in allowed:
                return None
            reasons.append(f"{label} {value}")
    return ", ".join(reasons)


def needed_skills(team: Team, topics: Iterable[str]) -> frozenset[str]:
    """The skills ``team.required_skills`` asks for a case on these topics."""
    return frozenset().union(*(team.required_skills.get(topic, frozenset()) for topic in topics))


def can_take(
    agent: Agent, *, load: int, language: str | None, needed_skills: frozenset[str]
) -> str | None:
    """Why ``agent`` cannot take the case, or None when they can (also used for reassignment)."""
    if not agent.active:
        return f"{agent.id} is not active"
    if load >= agent.max_open_cases:
        return f"{agent.id} is at capacity ({load} of {agent.max_open_cases} open cases)"
    if language is not None and language not in agent.languages:
        return f"{agent.id} does not speak {language}"
    missing = needed_skills - agent.skills
    if missing:
        return f"{agent.id} lacks the skill(s) {', '.join(sorted(missing))}"
    return None


def pick_agent(
    team: Team,
    *,
    loads: Mapping[str, int],
    last_assigned: str | None,
    language: str | None,
    needed_skills: frozenset[str],
) -> AgentChoice | None:
    """An agent of ``team`` for a new case, by the team's assignment rule; None if nobody can."""
    for role in ("frontline", "lead", "manager"):
        able = [
            agent
            for agent in team.agents
            if agent.role == role
            and can_take(
                agent,
                load=loads.get(agent.id, 0),
                language=language,
                needed_skills=needed_skills,
            )
            is None
        ]
        if able:
            choice = _choose(team, able, loads, last_assigned)
            if role != "frontline":
                return AgentChoice(
                    choice.agent_id, f"no frontline agent can take it; {role}: {choice.reason}"
                )
            return choice
    return None


def _choose(
    team: Team, able: list[Agent], loads: Mapping[str, int], last_assigned: str | None
) -> AgentChoice:
    if team.assignment == "least_loaded":
        agent = min(able, key=lambda a: (loads.get(a.id, 0), a.id))
        load = loads.get(agent.id, 0)
        return AgentChoice(agent.id, f"least loaded ({load} of {agent.max_open_cases} open cases)")
    order = [a.id for a in team.agents]
    start = order.index(last_assigned) + 1 if last_assigned in order else 0
    rotation = order[start:] + order[:start]
    able_ids = {a.id for a in able}
    agent_id = next(a for a in rotation if a in able_ids)
    after = f"next after {last_assigned}" if last_assigned in order else "first in turn"
    return AgentChoice(agent_id, f"round robin ({after})")
