"""The whole policy file: one section per concern, checked against each other.

Each section's schema lives beside the code that evaluates it (decision 0007); this model only
puts them together and checks what no single section can see, e.g. that every team's calendar
exists and every agent's role has a budget.
"""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from amends.domain.calendar import BusinessCalendar
from amends.policy.budgets import BudgetsSection
from amends.policy.calendars import CalendarSpec
from amends.policy.cases import CasesSection
from amends.policy.journeys import JourneysSection
from amends.policy.messages import MessagesSection
from amends.policy.opportunities import OpportunitiesSection
from amends.policy.priority import PrioritySection
from amends.policy.promises import PromisesSection
from amends.policy.remedies import RemediesSection
from amends.policy.routing import Team, TeamsSection
from amends.policy.sla import ContactSection, SlaSection

_CURRENCY = re.compile(r"[A-Z]{3}")


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str = Field(min_length=1, max_length=40)
    currency: str = "USD"
    calendars: dict[str, CalendarSpec]
    opportunities: OpportunitiesSection
    priority: PrioritySection
    teams: TeamsSection
    sla: SlaSection
    contact: ContactSection = ContactSection()
    cases: CasesSection = CasesSection()
    promises: PromisesSection = PromisesSection()
    messages: MessagesSection
    journeys: JourneysSection
    remedies: RemediesSection
    budgets: BudgetsSection

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str) -> str:
        if not _CURRENCY.fullmatch(value):
            raise ValueError(f"currency is a three-letter ISO 4217 code such as USD: {value!r}")
        return value

    @field_validator("calendars")
    @classmethod
    def _has_default_calendar(cls, value: dict[str, CalendarSpec]) -> dict[str, CalendarSpec]:
        if "default" not in value:
            raise ValueError("define a calendar named 'default' (teams without one use it)")
        return value

    @model_validator(mode="after")
    def _sections_agree(self) -> Policy:
        problems = []
        for team in self.teams.teams:
            if team.calendar not in self.calendars:
                known = ", ".join(sorted(self.calendars))
                problems.append(
                    f"team {team.name!r} uses calendar {team.calendar!r}, which is not defined "
                    f"(calendars: {known})"
                )
            for agent in team.agents:
                if agent.role not in self.budgets.roles:
                    problems.append(
                        f"agent {agent.id!r} has role {agent.role!r}, which has no budget"
                    )
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @cached_property
    def business_calendars(self) -> dict[str, BusinessCalendar]:
        return {name: spec.build() for name, spec in self.calendars.items()}

    def team(self, name: str) -> Team:
        return self.teams.team(name)

    def calendar_of(self, team_name: str) -> BusinessCalendar:
        team = self.teams.team(team_name)
        return self.business_calendars[team.calendar]
