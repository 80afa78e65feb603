"""Recovery cases through the HTTP API: real requests, a real store (SQLite and PostgreSQL), and
the runtime's fake clock moved forward to let promises fall due."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from itertools import count
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from amends.runtime import Runtime
from amends.web import create_app
from tests.factories import make_customer, make_event, make_feedback
from tests.fakes import FakeClock

LATE_PARCEL = "My parcel came a week late and nobody told me why. Please call me back."
DOUBLE_CHARGE = "You charged my card twice for one order and I want my money back. Call me."
_customers = count(1)


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime=runtime)) as test_client:
        yield test_client


def open_case(client: TestClient, text: str = LATE_PARCEL, **customer: Any) -> dict[str, Any]:
    """A new customer with an order, whose feedback opens a case; the case as the list shows it."""
    n = next(_customers)
    key, name = f"K-{n}", f"Customer Number{n}"
    record = make_customer(external_id=key, name=name, phone=f"+1415555{n:04d}", consent_sms=True)
    assert client.post("/api/v1/customers", json=record | customer).status_code == 201
    client.post("/api/v1/events", json=make_event(customer_id=key, amount="80.00"))
    feedback = make_feedback(customer_id=key, metric="nps", score="2", text=text)
    assert client.post("/api/v1/feedback", json=feedback).json()["cases_opened"] == 1
    (found,) = client.get("/api/v1/customers", params={"q": f"Number{n}"}).json()
    (case,) = client.get("/api/v1/cases", params={"customer_id": found["id"]}).json()["items"]
    return case


def call(client: TestClient, path: str, body: dict[str, Any]) -> Any:
    return client.post(f"/api/v1{path}", json=body)


def post(client: TestClient, path: str, body: dict[str, Any], status: int = 200) -> Any:
    answer = call(client, path, body)
    assert answer.status_code == status, answer.text
    return answer.json()


def refusal(answer: Any) -> tuple[int, str]:
    return answer.status_code, answer.json()["code"]


def detail(client: TestClient, case_id: int) -> Any:
    answer = client.get(f"/api/v1/cases/{case_id}")
    assert answer.status_code == 200, answer.text
    return answer.json()


def tried(outcome: str, agent: str = "tom.becker") -> dict[str, str]:
    return {"outcome": outcome, "channel": "phone", "agent": agent}


def test_feedback_asking_for_a_call_opens_a_case_with_its_reasons_and_an_expectation_message(
    client: TestClient,
) -> None:
    case = open_case(client)

    shown = detail(client, case["id"])

    assert (case["team"], case["status"], case["status_label"]) == (
        "deliveries",
        "assigned",
        "Assigned",
    )
    assert case["reference"] == f"C-{case['id']:05d}"
    assert case["sla"]["target"] == "first_contact"
    assert case["sla"]["due_at"].replace("Z", "+00:00") == case["contact_by"].replace("Z", "+00:00")
    reasons = {reason["rule"]: reason for reason in shown["reasons"]}
    assert reasons["follow_up_request"]["evidence"]["follow_up_requested"][0][2] == "call me back"
    (feedback,) = shown["feedback"]
    assert feedback["decision"]["outcome"] == "opened"
    assert feedback["decision"]["reasons"] == shown["reasons"]
    (message,) = shown["messages"]
    assert (message["milestone"], message["channel"], message["status"]) == (
        "case_opened",
        "sms",
        "queued",
    )
    assert case["reference"] in message["body"]
    assert shown["priority"]["factors"][0]["name"] == "severity"
    assert shown["customer"]["name"].startswith("Customer Number")
    assert shown["journey"]["journey"] == "order_delivery"
    assert shown["journey"]["discrepancies"]  # the order never shipped
    assert shown["recommendation"]["items"][0]["kind"] == "apology"
    assert [h["action"] for h in shown["history"]] == ["opened", "assign"]


def test_the_list_filters_cases_and_puts_the_most_urgent_first(client: TestClient) -> None:
    parcel = open_case(client)
    open_case(client)
    charge = open_case(client, DOUBLE_CHARGE)

    def ids(**query: Any) -> list[int]:
        page = client.get("/api/v1/cases", params=query).json()
        assert page["total"] == len(page["items"])
        return [item["id"] for item in page["items"]]

    assert ids(team="billing") == [charge["id"]]
    assert ids(assignee=charge["assignee"]) == [charge["id"]]
    assert parcel["id"] in ids(team="deliveries", status="assigned", open_only=True)
    assert ids(breached=True) == []
    assert len(ids(breached=False, category="open")) == 3
    assert ids(priority_band=charge["priority"]["band"], team="billing") == [charge["id"]]
    assert ids(customer_id=parcel["customer_id"]) == [parcel["id"]]
    everything = client.get("/api/v1/cases", params={"limit": 2, "offset": 1}).json()
    assert (everything["total"], len(everything["items"])) == (3, 2)
    items = client.get("/api/v1/cases").json()["items"]
    urgency = [(item["priority"]["band"], -item["priority"]["score"]) for item in items]
    assert urgency == sorted(urgency)
    wrong = client.get("/api/v1/cases", params={"status": "pending"})
    assert refusal(wrong) == (422, "invalid_request")


def test_three_unanswered_calls_make_a_case_unreachable_and_it_takes_no_more_attempts(
    client: TestClient,
) -> None:
    attempts = f"/cases/{open_case(client)['id']}/attempts"

    statuses = [
        post(client, attempts, tried(outcome))["status"]
        for outcome in ("no_answer", "left_message", "no_answer")
    ]
    refused = call(client, attempts, tried("reached"))

    assert statuses == ["contacting", "contacting", "unreachable"]
    assert refusal(refused) == (409, "illegal_transition")
    assert refused.json()["details"]["allowed"] == ["reopen"]
    shown = detail(client, int(attempts.split("/")[2]))
    assert shown["category"] == "closed"
    assert [a["outcome"] for a in shown["attempts"]] == ["no_answer", "left_message", "no_answer"]
    assert shown["failed_attempts"] == 3
    assert shown["history"][-1]["action"] == "mark_unreachable"
    assert refusal(call(client, attempts, tried("answered"))) == (422, "invalid_request")


def test_a_reached_customer_is_worked_on_then_the_case_is_resolved_and_closed(
    client: TestClient,
) -> None:
    case_id = open_case(client)["id"]

    reached = post(client, f"/cases/{case_id}/attempts", tried("reached"))
    resolved = post(
        client,
        f"/cases/{case_id}/transitions",
        {"action": "resolve", "agent": "tom.becker", "note": "re-sent with a courier"},
    )
    closed = post(
        client, f"/cases/{case_id}/transitions", {"action": "close", "agent": "tom.becker"}
    )

    assert (reached["status"], resolved["status"], closed["status"]) == (
        "in_progress",
        "resolved",
        "closed",
    )
    assert closed["sla"]["state"] == "met"
    shown = detail(client, case_id)
    assert shown["first_contact_at"] is not None
    assert shown["closed_at"] is not None
    assert [h["action"] for h in shown["history"]][-3:] == ["start_work", "resolve", "close"]
    assert shown["history"][-2]["note"] == "re-sent with a courier"
    assert [m["milestone"] for m in shown["messages"]] == ["case_opened", "case_resolved"]


def test_an_illegal_transition_is_refused_naming_the_actions_allowed(client: TestClient) -> None:
    case_id = open_case(client)["id"]

    refused = client.post(
        f"/api/v1/cases/{case_id}/transitions", json={"action": "resolve", "agent": "tom.becker"}
    )
    not_asked_for = client.post(
        f"/api/v1/cases/{case_id}/transitions", json={"action": "assign", "agent": "tom.becker"}
    )

    assert refusal(refused) == (409, "illegal_transition")
    assert refused.json()["details"] == {
        "status": "assigned",
        "action": "resolve",
        "allowed": ["reassign", "start_contact", "start_work", "close", "mark_unreachable"],
    }
    assert refusal(not_asked_for) == (400, "invalid_input")
    assert detail(client, case_id)["status"] == "assigned"


def test_a_case_can_be_handed_to_another_agent_even_in_another_team(client: TestClient) -> None:
    case = open_case(client)
    other = "lucia.fernandez" if case["assignee"] == "tom.becker" else "tom.becker"

    handed = post(client, f"/cases/{case['id']}/assignment", {"agent": other, "by": "marcus.lee"})
    moved = post(
        client,
        f"/cases/{case['id']}/assignment",
        {"agent": "aisha.khan", "by": "marcus.lee", "note": "it is a billing problem"},
    )

    assert (handed["assignee"], handed["team"]) == (other, "deliveries")
    assert (moved["assignee"], moved["team"]) == ("aisha.khan", "billing")
    last = detail(client, case["id"])["history"][-1]
    assert (last["action"], last["actor"], last["note"]) == (
        "reassign",
        "marcus.lee",
        "it is a billing problem",
    )
    assert last["details"]["agent"] == "aisha.khan"


def test_only_agents_in_the_policy_roster_may_act_on_a_case(client: TestClient) -> None:
    case_id = open_case(client)["id"]

    answers = [
        call(client, f"/cases/{case_id}/transitions", {"action": "start_work", "agent": "eve"}),
        call(client, f"/cases/{case_id}/attempts", tried("reached", agent="eve")),
        call(client, f"/cases/{case_id}/assignment", {"agent": "eve", "by": "marcus.lee"}),
        call(client, f"/cases/{case_id}/assignment", {"agent": "tom.becker", "by": "eve"}),
    ]

    assert [refusal(answer) for answer in answers] == [(403, "not_permitted")] * 4
    assert detail(client, case_id)["history"][-1]["action"] == "assign"


def test_a_promise_left_unmet_breaks_escalates_the_case_and_raises_its_priority(
    client: TestClient, clock: FakeClock
) -> None:
    first = open_case(client)
    case = open_case(client)  # as urgent as the first, until its promise breaks
    due = (clock.now + timedelta(hours=1)).isoformat()

    made = post(
        client,
        f"/cases/{case['id']}/promises",
        {
            "kind": "callback",
            "description": "call back at 10",
            "due_at": due,
            "agent": "tom.becker",
        },
        status=201,
    )
    clock.tick(timedelta(hours=2))
    swept = post(client, "/cases/sweep", {})
    swept_again = post(client, "/cases/sweep", {})

    assert made["status"] == "pending"
    assert swept["promises_broken"] == 1
    assert swept["reminders"] == 1  # the owner was nudged before it fell due, once
    assert swept_again["promises_broken"] == 0
    shown = detail(client, case["id"])
    assert shown["promises"][0]["status"] == "broken"
    assert shown["escalation"] == "lead"
    assert (case["priority"]["band"], shown["priority"]["band"]) == ("p2", "p1")
    assert shown["priority"]["factors"][-1]["name"] == "bump"
    broken = shown["history"][-1]
    assert (broken["action"], broken["actor"]) == ("promise_broken", "amends-sweeper")
    assert broken["details"] == {
        "promise_id": made["id"],
        "band": "p1",
        "to": "lead",
        "notify": "marcus.lee",
    }
    assert [m["milestone"] for m in shown["messages"]] == ["case_opened", "promise_made"]
    queue = client.get("/api/v1/cases").json()["items"]
    assert first["priority"] == case["priority"]
    assert [item["id"] for item in queue] == [case["id"], first["id"]]


def test_a_kept_promise_is_settled_once(client: TestClient, clock: FakeClock) -> None:
    case_id = open_case(client)["id"]
    due = (clock.now + timedelta(days=1)).isoformat()
    body = {
        "kind": "refund",
        "description": "refund by Friday",
        "due_at": due,
        "agent": "tom.becker",
    }
    made = post(client, f"/cases/{case_id}/promises", body, status=201)
    settle = f"/api/v1/cases/{case_id}/promises/{made['id']}/settlement"

    kept = client.post(settle, json={"outcome": "kept", "agent": "tom.becker"})
    again = client.post(settle, json={"outcome": "cancelled", "agent": "tom.becker"})
    broken = client.post(settle, json={"outcome": "broken", "agent": "tom.becker"})
    missing = client.post(
        f"/api/v1/cases/{case_id}/promises/999/settlement",
        json={"outcome": "kept", "agent": "tom.becker"},
    )
    naive = client.post(f"/api/v1/cases/{case_id}/promises", json=body | {"due_at": due[:19]})

    assert (kept.status_code, kept.json()["status"]) == (200, "kept")
    assert refusal(again) == (409, "illegal_transition")
    assert refusal(broken) == (422, "invalid_request")
    assert refusal(missing) == (404, "promise_not_found")
    assert refusal(naive) == (422, "invalid_request")


def test_a_remedy_within_the_frontline_budget_is_granted_at_once(client: TestClient) -> None:
    case = open_case(client)

    offer = post(
        client,
        f"/cases/{case['id']}/remedies",
        {"kind": "credit", "amount": "20.00", "agent": case["assignee"]},
        status=201,
    )

    assert (offer["status"], offer["amount"], offer["decided_by"]) == (
        "granted",
        "20.00",
        case["assignee"],
    )
    assert offer["reference"] == case["reference"]
    assert detail(client, case["id"])["offers"] == [offer]
    assert client.get("/api/v1/approvals").json()["items"] == []


def test_credit_beyond_the_frontline_budget_waits_for_a_lead_to_approve(client: TestClient) -> None:
    case = open_case(client)
    remedies, agent = f"/cases/{case['id']}/remedies", case["assignee"]
    post(client, remedies, {"kind": "credit", "amount": "20.00", "agent": agent}, status=201)

    pending = post(
        client, remedies, {"kind": "credit", "amount": "90.00", "agent": agent}, status=201
    )
    queue = client.get("/api/v1/approvals").json()
    approval = f"/api/v1{remedies}/{pending['id']}/approval"
    by_frontline = client.post(approval, json={"approve": True, "agent": "lucia.fernandez"})
    by_lead = client.post(approval, json={"approve": True, "agent": "marcus.lee", "reason": "ok"})
    twice = client.post(approval, json={"approve": False, "agent": "marcus.lee"})

    assert (pending["status"], pending["approver_role"]) == ("pending", "lead")
    assert [item["id"] for item in queue["items"]] == [pending["id"]]
    assert (queue["limit"], queue["offset"]) == (50, 0)
    assert refusal(by_frontline) == (403, "not_permitted")
    assert by_lead.status_code == 200, by_lead.text
    assert (by_lead.json()["status"], by_lead.json()["decided_by"]) == ("granted", "marcus.lee")
    assert refusal(twice) == (409, "illegal_transition")
    assert client.get("/api/v1/approvals").json()["items"] == []
    actions = [h["action"] for h in detail(client, case["id"])["history"]]
    assert actions[-3:] == ["remedy_granted", "approval_requested", "approval_granted"]


def test_remedies_outside_the_catalogue_are_refused_as_unknown(client: TestClient) -> None:
    case_id = open_case(client)["id"]
    remedies = f"/api/v1/cases/{case_id}/remedies"

    unknown = client.post(remedies, json={"kind": "gift_basket", "agent": "tom.becker"})
    too_big = client.post(
        remedies, json={"kind": "refund", "amount": "900.00", "agent": "tom.becker"}
    )
    no_offer = client.post(
        f"{remedies}/999/approval", json={"approve": True, "agent": "marcus.lee"}
    )

    assert refusal(unknown) == (422, "unknown_remedy")
    assert "gift_basket" in unknown.json()["message"]
    assert refusal(too_big) == (422, "unknown_remedy")
    assert refusal(no_offer) == (404, "offer_not_found")
    assert detail(client, case_id)["offers"] == []


def test_the_recommendation_is_the_one_the_case_detail_shows(client: TestClient) -> None:
    case_id = open_case(client)["id"]

    recommended = client.get(f"/api/v1/cases/{case_id}/remedies/recommendation")
    with_order = client.get(
        f"/api/v1/cases/{case_id}/remedies/recommendation", params={"order_value": "35.00"}
    )

    assert recommended.status_code == 200
    assert recommended.json() == detail(client, case_id)["recommendation"]
    assert with_order.json()["rule"] == recommended.json()["rule"]
    assert recommended.json()["reason"]


def test_unknown_cases_get_a_stable_error_code(client: TestClient) -> None:
    missing = client.get("/api/v1/cases/999")
    moved = client.post(
        "/api/v1/cases/999/transitions", json={"action": "close", "agent": "tom.becker"}
    )

    assert refusal(missing) == (404, "case_not_found")
    assert refusal(moved) == (404, "case_not_found")


def test_intake_decides_on_feedback_taken_in_without_opening_cases(runtime: Runtime) -> None:
    runtime.settings = runtime.settings.model_copy(update={"open_cases_on_ingest": False})
    with TestClient(create_app(runtime=runtime)) as client:
        client.post("/api/v1/feedback", json=make_feedback(customer_id="Q-1", text=LATE_PARCEL))
        client.post(
            "/api/v1/feedback", json=make_feedback(customer_id="Q-2", text="All good!", score="10")
        )
        before = client.get("/api/v1/cases").json()["total"]

        first = post(client, "/cases/intake", {})
        second = post(client, "/cases/intake", {})

        assert before == 0
        assert (first["decided"], first["opened"], first["messages_queued"]) == (2, 1, 0)
        assert second["decided"] == 0
        assert client.get("/api/v1/cases").json()["total"] == 1


def test_the_list_takes_the_same_number_of_queries_whatever_the_page_size(
    client: TestClient, runtime: Runtime
) -> None:
    for _ in range(6):
        open_case(client)
    statements: list[str] = []

    def count_statement(*args: Any) -> None:
        statements.append(args[2])

    event.listen(runtime.engine, "before_cursor_execute", count_statement)
    try:
        one = client.get("/api/v1/cases", params={"limit": 1}).json()
        queries_for_one = len(statements)
        six = client.get("/api/v1/cases", params={"limit": 6}).json()
        queries_for_six = len(statements) - queries_for_one
    finally:
        event.remove(runtime.engine, "before_cursor_execute", count_statement)

    assert (len(one["items"]), len(six["items"]), six["total"]) == (1, 6, 6)
    assert queries_for_one == queries_for_six
    assert queries_for_six == 2, statements  # the page and the total


def test_the_openapi_spec_describes_the_case_answers(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()

    detail_schema = spec["components"]["schemas"]["CaseDetailOut"]
    assert {"reasons", "history", "journey", "recommendation", "sla"} <= set(
        detail_schema["properties"]
    )
    answers = spec["paths"]["/api/v1/cases/{case_id}/remedies"]["post"]["responses"]
    assert answers["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/OfferOut"
    }
