"""The HTTP API through the app: real requests, a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from amends.runtime import Runtime
from amends.web import create_app
from tests.factories import make_customer, make_event, make_feedback


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime=runtime)) as test_client:
        yield test_client


def test_one_feedback_object_is_taken_in_and_sending_it_again_changes_nothing(
    client: TestClient,
) -> None:
    item = make_feedback(external_id="web-1", customer_id="C-1", text="Call me, please.")

    first = client.post("/api/v1/feedback", json=item)
    again = client.post("/api/v1/feedback", json=item)

    assert first.status_code == 201, first.text
    assert first.json() | {"problems": []} == {
        "kind": "feedback",
        "source": "api",
        "received": 1,
        "created": 1,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
        "customers_created": 1,
        "cases_opened": 1,  # "Call me, please." asks for a person
        "feedback_attached": 0,
        "problems": [],
    }
    assert again.status_code == 200
    assert again.json()["unchanged"] == 1


def test_a_batch_with_bad_items_lands_the_good_ones_and_lists_each_bad_one(
    client: TestClient,
) -> None:
    batch = [
        make_feedback(external_id="b-0"),
        make_feedback(external_id="b-1", metric="csat", score="6"),
        "not an object",
        make_feedback(external_id="b-3"),
        make_feedback(external_id="b-4", received_at="2026-11-20T10:15:00"),
    ]

    answer = client.post("/api/v1/feedback", json=batch, params={"source": "crm"})

    assert answer.status_code == 422
    body = answer.json()
    assert body["code"] == "invalid_items"
    assert body["details"]["created"] == 2
    problems = {p["index"]: p["reason"] for p in body["details"]["problems"]}
    assert problems[1] == "csat score must be between 1 and 5, got 6"
    assert problems[2] == "not an object"
    assert problems[4].startswith("received_at: timestamp 2026-11-20T10:15:00 has no time zone")
    resent = client.post("/api/v1/feedback", json=batch[:1], params={"source": "crm"})
    assert resent.json()["unchanged"] == 1


def test_naive_timestamps_are_read_in_the_zone_the_client_names(client: TestClient) -> None:
    item = make_event(customer_id="C-9", occurred_at="2026-07-01T09:00:00")

    answer = client.post("/api/v1/events", json=item, params={"timezone": "America/Chicago"})

    assert answer.status_code == 201
    customer_id = client.get("/api/v1/customers", params={"q": None}).json()[0]["id"]
    timeline = client.get(f"/api/v1/customers/{customer_id}/timeline").json()
    assert timeline["entries"][0]["at"].startswith("2026-07-01T14:00:00")


def test_customers_then_their_timeline_as_json(client: TestClient) -> None:
    client.post("/api/v1/customers", json=make_customer(external_id="C-1", name="Lena Park"))
    client.post(
        "/api/v1/events",
        json=[
            make_event(customer_id="C-1", type="order", occurred_at="2026-11-01T10:00:00Z"),
            make_event(
                customer_id="C-1",
                type="call",
                occurred_at="2026-11-05T10:00:00Z",
                hold_seconds=2700,
                transfers=4,
                amount=None,
            ),
        ],
    )
    client.post(
        "/api/v1/feedback",
        json=make_feedback(
            customer_id="C-1", text="Four transfers.", received_at="2026-11-05T11:00:00Z"
        ),
    )
    (customer,) = client.get("/api/v1/customers", params={"q": "lena"}).json()

    timeline = client.get(f"/api/v1/customers/{customer['id']}/timeline").json()

    assert timeline["customer"]["name"] == "Lena Park"
    assert [(e["kind"], e["type"]) for e in timeline["entries"]] == [
        ("event", "order"),
        ("event", "call"),
        ("feedback", "survey"),
    ]
    call = timeline["entries"][1]
    assert (call["hold_seconds"], call["transfers"]) == (2700, 4)
    assert timeline["entries"][2]["text"] == "Four transfers."
    assert timeline["entries"][2]["analysis"]["is_negative"] in (True, False)
    assert timeline["entries"][0]["analysis"] is None  # events are not analysed
    assert timeline["truncated"] is False


def test_unknown_customers_and_bad_bodies_get_stable_error_codes(client: TestClient) -> None:
    missing = client.get("/api/v1/customers/999/timeline")
    assert (missing.status_code, missing.json()["code"]) == (404, "customer_not_found")
    broken = client.post(
        "/api/v1/feedback", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert (broken.status_code, broken.json()["code"]) == (400, "invalid_input")
    empty = client.post("/api/v1/feedback", json=[])
    assert (empty.status_code, empty.json()["code"]) == (400, "invalid_input")
    bad_query = client.get("/api/v1/customers", params={"limit": 0})
    assert (bad_query.status_code, bad_query.json()["code"]) == (422, "invalid_request")


def test_a_configured_token_is_required(runtime: Runtime) -> None:
    runtime.settings = runtime.settings.model_copy(update={"api_token": SecretStr("s3cret")})
    with TestClient(create_app(runtime=runtime)) as client:
        assert client.get("/api/v1/customers").json()["code"] == "unauthorized"
        wrong = client.get("/api/v1/customers", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        right = client.get("/api/v1/customers", headers={"Authorization": "Bearer s3cret"})
        assert right.status_code == 200
        assert client.get("/healthz").status_code == 200


def test_the_openapi_spec_describes_the_ingestion_bodies(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()

    body = spec["paths"]["/api/v1/feedback"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["oneOf"][0] == {"$ref": "#/components/schemas/FeedbackRecord"}
    feedback = spec["components"]["schemas"]["FeedbackRecord"]
    assert {"received_at", "channel", "metric", "score", "text"} <= set(feedback["properties"])
    assert "FeedbackChannel" in spec["components"]["schemas"]
    assert "/api/v1/customers/{customer_id}/timeline" in spec["paths"]


def test_texts_can_be_analysed_on_demand_without_storing_them(client: TestClient) -> None:
    answer = client.post(
        "/api/v1/analyze",
        json={"texts": ["Third time asking: call me back.", "Thanks, all sorted!"]},
    )

    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["analyzer"] == "default"
    first, second = body["results"]
    assert first["signals"]["follow_up_requested"] is True
    assert first["signals"]["repeat_contact"] is True
    assert second["is_negative"] is False
    assert client.get("/api/v1/customers").json() == []
    too_many = client.post("/api/v1/analyze", json={"texts": ["x"] * 1001})
    assert (too_many.status_code, too_many.json()["code"]) == (422, "invalid_request")
