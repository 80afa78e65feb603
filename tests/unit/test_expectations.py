"""Expectation messages: the right channel, the customer's own clock, and nothing to a customer
who never agreed to be messaged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from amends.policy.expectations import CASE_REF_SLOT, expectation_message, with_reference
from amends.policy.facts import CustomerFacts
from amends.policy.loader import default_policy

POLICY = default_policy().policy
CARE = POLICY.team("care")
NOW = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # Tuesday, 9 am in New York


def _customer(**overrides: object) -> CustomerFacts:
    values: dict[str, object] = {
        "customer_id": 7,
        "name": "Sam Rivera",
        "email": "sam@example.com",
        "phone": "+14155550134",
        "timezone": "America/Los_Angeles",
    }
    values.update(overrides)
    return CustomerFacts(**values)  # type: ignore[arg-type]


def test_a_customer_who_agreed_to_texts_is_told_by_sms_in_their_own_time_zone() -> None:
    customer = _customer(consent_sms=True, consent_email=True)
    deadline = NOW + timedelta(hours=3)  # 9 am in Los Angeles
    message = expectation_message(
        POLICY, "case_opened", customer, team=CARE, deadline=deadline, now=NOW, case_id=42
    )
    assert (message["channel"], message["to_address"], message["status"]) == (
        "sms",
        "+14155550134",
        "queued",
    )
    body = str(message["body"])
    assert "Sam" in body
    assert "by 9 am today" in body
    assert "C-00042" in body


def test_email_is_the_fallback_and_a_withdrawn_consent_counts_as_none() -> None:
    customer = _customer(
        consent_sms=True, opted_out_sms_at=NOW - timedelta(days=1), consent_email=True
    )
    message = expectation_message(
        POLICY,
        "case_opened",
        customer,
        team=CARE,
        deadline=NOW + timedelta(hours=3),
        now=NOW,
        case_id=1,
    )
    assert (message["channel"], message["to_address"]) == ("email", "sam@example.com")
    assert message["subject"]


def test_without_consent_on_any_channel_the_message_is_kept_but_suppressed() -> None:
    message = expectation_message(
        POLICY,
        "case_opened",
        _customer(),
        team=CARE,
        deadline=NOW + timedelta(hours=3),
        now=NOW,
        case_id=1,
    )
    assert (message["status"], message["channel"], message["to_address"]) == (
        "suppressed",
        "none",
        None,
    )
    assert message["error"] == "no channel with consent"


def test_a_case_not_yet_stored_gets_its_reference_filled_in_afterwards() -> None:
    message = expectation_message(
        POLICY,
        "case_opened",
        _customer(consent_sms=True),
        team=CARE,
        deadline=NOW + timedelta(hours=3),
        now=NOW,
    )
    assert CASE_REF_SLOT in str(message["body"])
    filled = with_reference(message, "C-00099")
    assert "C-00099" in str(filled["body"])
    assert CASE_REF_SLOT not in str(filled["body"])
