"""Routing: the first matching team takes a case, then an agent by load or in turn."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from amends.policy.facts import CustomerFacts, FeedbackFacts
from amends.policy.routing import (
    Agent,
    TeamsSection,
    can_take,
    needed_skills,
    pick_agent,
    route,
)

NOW = datetime(2026, 11, 20, 10, 15, tzinfo=UTC)


def agent(id: str, name: str, role: str, max_open: int, **more: Any) -> dict[str, Any]:
    return {"id": id, "name": name, "role": role, "max_open_cases": max_open, **more}


# Mirrors /tmp/act_yaml/teams.yaml, the shipped default.
DEFAULT: list[dict[str, Any]] = [
    {
        "name": "vip",
        "description": "Platinum customers, whatever the problem; one person owns the whole case.",
        "calendar": "default",
        "match": {"tiers": ["platinum"]},
        "assignment": "least_loaded",
        "agents": [
            agent("priya.raman", "Priya Raman", "frontline", 12, skills=["refunds", "claims"]),
            agent("daniel.okafor", "Daniel Okafor", "lead", 6, skills=["refunds", "claims"]),
            agent("helen.carter", "Helen Carter", "manager", 3),
        ],
        "lead": "daniel.okafor",
        "manager": "helen.carter",
    },
    {
        "name": "deliveries",
        "description": "Late, missing, lost or damaged orders.",
        "calendar": "default",
        "match": {"topics": ["delivery", "lost_or_damaged_item"]},
        "required_skills": {"lost_or_damaged_item": ["claims"]},
        "assignment": "round_robin",
        "agents": [
            agent("tom.becker", "Tom Becker", "frontline", 25, skills=["claims"]),
            agent(
                "lucia.fernandez",
                "Lucía Fernández",
                "frontline",
                25,
                skills=["claims"],
                languages=["en", "es"],
            ),
            agent("marcus.lee", "Marcus Lee", "lead", 10, skills=["claims"]),
            agent("sarah.whitfield", "Sarah Whitfield", "manager", 5),
        ],
        "lead": "marcus.lee",
        "manager": "sarah.whitfield",
    },
    {
        "name": "billing",
        "description": "Charges, refunds, invoices and the policies behind them.",
        "calendar": "default",
        "match": {"topics": ["billing", "policy"]},
        "required_skills": {"billing": ["refunds"]},
        "assignment": "least_loaded",
        "agents": [
            agent("aisha.khan", "Aisha Khan", "frontline", 25, skills=["refunds"]),
            agent("ben.morrison", "Ben Morrison", "frontline", 25, skills=["refunds"]),
            agent("grace.liu", "Grace Liu", "lead", 10, skills=["refunds"]),
            agent("robert.hayes", "Robert Hayes", "manager", 5),
        ],
        "lead": "grace.liu",
        "manager": "robert.hayes",
    },
    {
        "name": "care",
        "description": (
            "Everything else (product, staff, waiting, access, bookings, communication)."
        ),
        "calendar": "default",
        "fallback": True,
        "assignment": "least_loaded",
        "agents": [
            agent("emma.wilson", "Emma Wilson", "frontline", 25),
            agent("carlos.mendes", "Carlos Mendes", "frontline", 25, languages=["en", "es"]),
            agent("olivia.brooks", "Olivia Brooks", "lead", 10),
            agent("james.porter", "James Porter", "manager", 5),
        ],
        "lead": "olivia.brooks",
        "manager": "james.porter",
    },
]
TEAMS = TeamsSection.model_validate(DEFAULT)


def teams(edit: Any = None) -> TeamsSection:
    """The default teams, changed by ``edit(data)`` first."""
    data = copy.deepcopy(DEFAULT)
    if edit is not None:
        edit(data)
    return TeamsSection.model_validate(data)


def facts(**overrides: Any) -> FeedbackFacts:
    values: dict[str, Any] = {
        "feedback_id": 1,
        "customer_id": 7,
        "channel": "survey",
        "received_at": NOW,
        "language": "en",
    }
    values.update(overrides)
    return FeedbackFacts(**values)


def customer(tier: str | None = "standard") -> CustomerFacts:
    return CustomerFacts(customer_id=7, tier=tier)


# --- the section ---------------------------------------------------------------------------------


def test_default_teams_load_with_care_as_the_fallback() -> None:
    assert [team.name for team in TEAMS.teams] == ["vip", "deliveries", "billing", "care"]
    assert TEAMS.fallback.name == "care"
    assert TEAMS.team("billing").lead == "grace.liu"
    team = TEAMS.team_of("lucia.fernandez")
    assert team is not None
    assert team.name == "deliveries"


def test_two_teams_with_one_name_are_refused() -> None:
    def rename(data: list[dict[str, Any]]) -> None:
        data[2]["name"] = "deliveries"

    with pytest.raises(ValidationError, match="team 'deliveries' appears twice"):
        teams(rename)


def test_one_agent_in_two_teams_is_refused() -> None:
    def share(data: list[dict[str, Any]]) -> None:
        data[2]["agents"][0]["id"] = "tom.becker"

    with pytest.raises(ValidationError, match=r"agent 'tom.becker' appears twice"):
        teams(share)


def test_a_lead_who_is_not_in_the_team_is_refused() -> None:
    def stranger(data: list[dict[str, Any]]) -> None:
        data[1]["lead"] = "grace.liu"

    with pytest.raises(ValidationError, match=r"its lead 'grace.liu' is not in its agents"):
        teams(stranger)


def test_a_manager_without_the_manager_role_is_refused() -> None:
    def wrong_role(data: list[dict[str, Any]]) -> None:
        data[1]["manager"] = "tom.becker"

    with pytest.raises(
        ValidationError, match=r"'tom.becker' is named its manager but has the role"
    ):
        teams(wrong_role)


def test_no_fallback_team_is_refused() -> None:
    def no_fallback(data: list[dict[str, Any]]) -> None:
        data[3]["fallback"] = False
        data[3]["match"] = {"channels": ["chat"]}

    with pytest.raises(ValidationError, match=r"exactly one team must be the fallback.*Found 0"):
        teams(no_fallback)


def test_a_second_team_without_match_counts_as_a_second_fallback() -> None:
    def unmatched(data: list[dict[str, Any]]) -> None:
        del data[2]["match"]

    with pytest.raises(ValidationError, match="Found 2: billing, care"):
        teams(unmatched)


def test_a_fallback_team_with_a_match_is_refused() -> None:
    def narrowed(data: list[dict[str, Any]]) -> None:
        data[3]["match"] = {"languages": ["en"]}

    with pytest.raises(ValidationError, match=r"'care' is the fallback.*cannot have a `match`"):
        teams(narrowed)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("channels", ["fax"]),
        ("tiers", ["diamond"]),
        ("languages", ["English"]),
    ],
)
def test_unknown_channel_tier_or_language_in_a_match_is_refused(field: str, value: Any) -> None:
    def bad(data: list[dict[str, Any]]) -> None:
        data[1]["match"][field] = value

    with pytest.raises(ValidationError, match=field):
        teams(bad)


# --- route ---------------------------------------------------------------------------------------


def test_a_delivery_case_goes_to_deliveries() -> None:
    decision = route(TEAMS, facts(), customer(), ["delivery"])
    assert decision.team == "deliveries"
    assert decision.reason == "deliveries: topic delivery"


def test_a_platinum_customer_goes_to_vip_first_whatever_the_topic() -> None:
    decision = route(TEAMS, facts(), customer("platinum"), ["billing"])
    assert (decision.team, decision.reason) == ("vip", "vip: tier platinum")


def test_the_first_matching_team_in_file_order_wins() -> None:
    decision = route(TEAMS, facts(), customer(), ["billing", "delivery"])
    assert decision.team == "deliveries"


def test_an_unmatched_topic_goes_to_the_fallback() -> None:
    decision = route(TEAMS, facts(), customer(), ["staff_attitude"])
    assert decision == route(TEAMS, facts(), customer(), [])
    assert decision.team == "care"
    assert "fallback" in decision.reason


def test_every_constraint_of_a_match_must_hold() -> None:
    def spanish_social(data: list[dict[str, Any]]) -> None:
        data[1]["match"] = {
            "topics": ["delivery"],
            "channels": ["social", "review"],
            "languages": ["es"],
        }

    section = teams(spanish_social)
    matched = route(section, facts(channel="social", language="es"), customer(), ["delivery"])
    assert matched.reason == "deliveries: topic delivery, channel social, language es"
    assert route(
        section, facts(channel="survey", language="es"), customer(), ["delivery"]
    ).team == ("care")
    assert route(
        section, facts(channel="social", language="en"), customer(), ["delivery"]
    ).team == ("care")


def test_an_unknown_tier_or_language_does_not_satisfy_a_constraint() -> None:
    assert route(TEAMS, facts(), customer(None), ["billing"]).team == "billing"
    assert route(TEAMS, facts(), customer("gold"), ["wait_time"]).team == "care"


# --- pick_agent ----------------------------------------------------------------------------------


def pick(team: str, **options: Any) -> str | None:
    arguments: dict[str, Any] = {
        "loads": {},
        "last_assigned": None,
        "language": "en",
        "needed_skills": frozenset(),
    }
    arguments.update(options)
    choice = pick_agent(TEAMS.team(team), **arguments)
    return None if choice is None else choice.agent_id


def test_least_loaded_picks_the_frontline_agent_with_fewest_cases() -> None:
    choice = pick_agent(
        TEAMS.team("billing"),
        loads={"aisha.khan": 9, "ben.morrison": 4, "grace.liu": 0},
        last_assigned=None,
        language="en",
        needed_skills=frozenset({"refunds"}),
    )
    assert choice is not None
    assert choice.agent_id == "ben.morrison"
    assert choice.reason == "least loaded (4 of 25 open cases)"


def test_least_loaded_breaks_ties_by_agent_id() -> None:
    assert pick("billing", loads={"aisha.khan": 3, "ben.morrison": 3}) == "aisha.khan"


def test_round_robin_picks_the_next_frontline_agent_after_the_last() -> None:
    assert pick("deliveries") == "tom.becker"
    assert pick("deliveries", last_assigned="tom.becker") == "lucia.fernandez"
    assert pick("deliveries", last_assigned="lucia.fernandez") == "tom.becker"


def test_round_robin_skips_agents_who_cannot_take_the_case() -> None:
    full = {"lucia.fernandez": 25}
    assert pick("deliveries", last_assigned="tom.becker", loads=full) == "tom.becker"


def test_round_robin_ignores_load() -> None:
    assert pick("deliveries", last_assigned="tom.becker", loads={"lucia.fernandez": 20}) == (
        "lucia.fernandez"
    )


def test_language_narrows_the_choice() -> None:
    assert pick("care", language="es", loads={"carlos.mendes": 10}) == "carlos.mendes"
    assert pick("care", language=None, loads={"carlos.mendes": 10}) == "emma.wilson"


def test_lead_takes_the_case_only_when_no_frontline_agent_can() -> None:
    loads = {"aisha.khan": 25, "ben.morrison": 25}
    choice = pick_agent(
        TEAMS.team("billing"),
        loads=loads,
        last_assigned=None,
        language="en",
        needed_skills=frozenset(),
    )
    assert choice is not None
    assert choice.agent_id == "grace.liu"
    assert choice.reason.startswith("no frontline agent can take it; lead:")


def test_manager_takes_the_case_when_lead_is_full_too() -> None:
    assert pick("billing", loads={"aisha.khan": 25, "ben.morrison": 25, "grace.liu": 10}) == (
        "robert.hayes"
    )


def test_nobody_with_the_needed_skill_means_no_agent() -> None:
    assert pick("care", needed_skills=frozenset({"claims"})) is None


def test_an_inactive_agent_is_never_picked() -> None:
    def away(data: list[dict[str, Any]]) -> None:
        data[2]["agents"][1]["active"] = False

    billing = teams(away).team("billing")
    choice = pick_agent(
        billing,
        loads={"aisha.khan": 20},
        last_assigned=None,
        language="en",
        needed_skills=frozenset(),
    )
    assert choice is not None
    assert choice.agent_id == "aisha.khan"


def test_needed_skills_come_from_the_case_topics() -> None:
    deliveries = TEAMS.team("deliveries")
    assert needed_skills(deliveries, ["delivery", "lost_or_damaged_item"]) == {"claims"}
    assert needed_skills(deliveries, ["delivery"]) == frozenset()


# --- can_take (manual reassignment) -------------------------------------------------------------


AGENT = Agent(id="a1", name="Ann", skills=frozenset({"refunds"}), max_open_cases=5)


def test_an_agent_with_room_the_language_and_the_skills_can_take_a_case() -> None:
    assert can_take(AGENT, load=4, language="en", needed_skills=frozenset({"refunds"})) is None


@pytest.mark.parametrize(
    ("agent", "load", "language", "skills", "reason"),
    [
        (AGENT.model_copy(update={"active": False}), 0, "en", set(), "a1 is not active"),
        (AGENT, 5, "en", set(), "a1 is at capacity (5 of 5 open cases)"),
        (AGENT, 0, "es", set(), "a1 does not speak es"),
        (AGENT, 0, "en", {"claims", "refunds"}, "a1 lacks the skill(s) claims"),
    ],
)
def test_can_take_says_why_an_agent_cannot(
    agent: Agent, load: int, language: str, skills: set[str], reason: str
) -> None:
    assert can_take(agent, load=load, language=language, needed_skills=frozenset(skills)) == reason
