"""Ideal journeys in the policy, and a customer's actual events laid out beside them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from amends.domain.journeys import (
    JourneyComparison,
    compare_case_journey,
    compare_journey,
    select_journey,
)
from amends.domain.timeline import EventItem
from amends.policy.journeys import IdealJourney, JourneysSection

T0 = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)  # a Tuesday
DAY, HOUR, MINUTE = timedelta(days=1), timedelta(hours=1), timedelta(minutes=1)
_ids = count(1)
SECTION = TypeAdapter(JourneysSection)

# Mirrors /tmp/act_yaml/journeys.yaml, the shipped default.
DEFAULT: dict[str, Any] = {
    "order_delivery": {
        "description": "Ships within two days, arrives within a week, no contact needed.",
        "applies_to_topics": ["delivery", "lost_or_damaged_item"],
        "starts_with": "order",
        "linked_by": ["order_id"],
        "window": "30d",
        "steps": [
            {"name": "shipment", "event": "shipment", "within": "2d"},
            {"name": "delivery", "event": "delivery", "within": "7d", "promised_by": "promised_by"},
        ],
        "max_contacts": 0,
        "max_transfers": 0,
        "max_hold": "10m",
    },
    "order_payment": {
        "applies_to_topics": ["billing"],
        "starts_with": "order",
        "linked_by": ["order_id"],
        "window": "30d",
        "steps": [{"name": "payment", "event": "payment", "within": "1h", "optional": True}],
        "max_hold": "10m",
    },
    "refund": {
        "applies_to_topics": ["billing", "product_quality", "lost_or_damaged_item", "policy"],
        "starts_with": "return",
        "linked_by": ["order_id"],
        "window": "30d",
        "steps": [{"name": "refund", "event": "refund", "within": "7d"}],
        "max_hold": "10m",
    },
    "subscription_cancellation": {
        "applies_to_topics": ["billing", "policy"],
        "starts_with": {"event": "subscription_change", "where": {"action": "cancel"}},
        "linked_by": ["plan"],
        "steps": [{"name": "no_further_payment", "event": "payment", "never": True}],
        "max_hold": "10m",
    },
    "account_closure": {
        "applies_to_topics": ["billing", "policy"],
        "starts_with": "cancellation",
        "steps": [
            {
                "name": "no_further_payment",
                "event": "payment",
                "where": {"method": "direct debit"},
                "never": True,
            }
        ],
        "max_hold": "10m",
    },
    "support_resolution": {
        "applies_to_topics": [
            "wait_time",
            "staff_attitude",
            "communication",
            "account_access",
            "technical_problem",
        ],
        "starts_with": ["support_contact", "call"],
        "anchor": "first_in_window",
        "window": "7d",
        "max_contacts": 0,
        "max_transfers": 0,
        "max_hold": "10m",
    },
}
JOURNEYS = SECTION.validate_python(DEFAULT)


def event(kind: str, at: datetime, **fields: Any) -> EventItem:
    return EventItem(
        id=next(_ids),
        customer_id=1,
        source="test",
        external_id=f"E-{next(_ids)}",
        type=kind,
        occurred_at=at,
        amount=None,
        currency=None,
        channel=fields.pop("channel", None),
        hold_seconds=fields.pop("hold_seconds", None),
        transfers=fields.pop("transfers", None),
        attributes=fields,
    )


def order_journey(*later: EventItem, now: datetime = T0 + 20 * DAY) -> JourneyComparison:
    events = [event("order", T0, order_id="A"), *later]
    result = compare_journey(
        JOURNEYS["order_delivery"], events, anchor_before=T0 + DAY, now=now, name="order_delivery"
    )
    assert result is not None
    return result


def kinds(comparison: JourneyComparison) -> list[str]:
    return [discrepancy.kind for discrepancy in comparison.discrepancies]


def statuses(comparison: JourneyComparison) -> list[tuple[int | None, str | None, str]]:
    return [(row.number, row.ideal_step, row.status) for row in comparison.rows]


# --- the policy section ---------------------------------------------------------------------


def test_the_default_journeys_load_with_durations_and_shorthands_read() -> None:
    order = JOURNEYS["order_delivery"]
    assert [step.name for step in order.steps] == ["shipment", "delivery"]
    assert order.steps[0].within == 2 * DAY
    assert order.max_hold == 10 * MINUTE
    assert JOURNEYS["support_resolution"].starts_with.event == ("support_contact", "call")
    assert JOURNEYS["subscription_cancellation"].starts_with.where == {"action": "cancel"}


def journey(**overrides: Any) -> IdealJourney:
    spec: dict[str, Any] = {
        "applies_to_topics": ["delivery"],
        "starts_with": "order",
        "steps": [{"name": "shipment", "event": "shipment", "within": "2d"}],
    }
    spec.update(overrides)
    return IdealJourney.model_validate(spec)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"starts_with": "ordr"}, "unknown event type 'ordr' (known: order, shipment"),
        (
            {"steps": [{"name": "sent", "event": "parcel", "within": "1d"}]},
            "unknown event type 'parcel'",
        ),
        (
            {
                "steps": [
                    {"name": "delivery", "event": "delivery", "within": "5d", "after": "shipment"},
                    {"name": "shipment", "event": "shipment", "within": "2d"},
                ]
            },
            "'delivery' is measured from 'shipment', which is not an earlier step",
        ),
        (
            {"steps": [{"name": "delivery", "event": "delivery", "within": "5d", "after": "sent"}]},
            "this journey has no step of that name (its steps: delivery)",
        ),
        (
            {
                "steps": [
                    {"name": "shipment", "event": "shipment", "within": "2d"},
                    {"name": "shipment", "event": "delivery", "within": "5d"},
                ]
            },
            "two steps are called 'shipment'",
        ),
        ({"steps": [{"name": "shipment", "event": "shipment"}]}, "needs `within`"),
        (
            {"steps": [{"name": "x", "event": "payment", "never": True, "optional": True}]},
            "cannot be both `optional` and `never`",
        ),
        (
            {
                "steps": [
                    {"name": "no_payment", "event": "payment", "never": True},
                    {"name": "refund", "event": "refund", "within": "1d", "after": "no_payment"},
                ]
            },
            "which should never happen, so nothing can be measured from it",
        ),
        ({"anchor": "first_in_window"}, "`anchor: first_in_window` needs a `window`"),
        (
            {"window": "1d"},
            "'shipment' is due up to 2d after the start, beyond the journey's window",
        ),
        ({"applies_to_topics": []}, "list at least one case topic"),
        ({"max_contacts": -1}, "greater than or equal to 0"),
        ({"steps": [{"name": "Shipped Fast", "event": "shipment", "within": "1d"}]}, "lower case"),
        ({"steps": [{"name": "x", "event": "shipment", "within": "soon"}]}, "not a duration"),
        ({"colour": "blue"}, "Extra inputs are not permitted"),
    ],
)
def test_a_journey_that_cannot_work_is_rejected_with_a_clear_message(
    overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        journey(**overrides)


def test_journey_type_names_are_written_in_lower_case_with_underscores() -> None:
    with pytest.raises(ValidationError, match="not a usable name"):
        SECTION.validate_python({"Order Delivery": DEFAULT["order_delivery"]})


# --- actual beside ideal --------------------------------------------------------------------


def test_an_on_time_journey_has_no_discrepancies() -> None:
    result = order_journey(
        event("shipment", T0 + DAY, order_id="A"), event("delivery", T0 + 4 * DAY, order_id="A")
    )
    assert result.discrepancy_count == 0
    assert statuses(result) == [
        (1, "order", "start"),
        (2, "shipment", "on_time"),
        (3, "delivery", "on_time"),
    ]
    assert result.rows[1].expected_by == T0 + 2 * DAY
    assert result.anchor.type == "order"


def test_a_late_shipment_is_marked_with_how_late() -> None:
    result = order_journey(
        event("shipment", T0 + 2 * DAY + 5 * HOUR, order_id="A"),
        event("delivery", T0 + 4 * DAY, order_id="A"),
    )
    (late,) = result.discrepancies
    assert (late.kind, late.step, late.number) == ("late", "shipment", 2)
    assert late.late_by == 5 * HOUR
    assert late.detail == "shipment 5 hours late (expected by 19 Nov 09:00, came 19 Nov 14:00)"
    assert statuses(result)[1] == (2, "shipment", "late")


def test_a_delivery_that_never_came_is_missing_once_its_deadline_has_passed() -> None:
    shipped = event("shipment", T0 + DAY, order_id="A")
    result = order_journey(shipped, now=T0 + 10 * DAY)
    (missing,) = result.discrepancies
    assert (missing.kind, missing.step, missing.number) == ("missing", "delivery", None)
    assert missing.detail == "delivery missing: expected by 24 Nov 09:00, 3 days overdue"
    assert statuses(result)[-1] == (None, "delivery", "missing")


def test_a_delivery_not_yet_due_is_pending_and_no_discrepancy() -> None:
    result = order_journey(event("shipment", T0 + DAY, order_id="A"), now=T0 + 3 * DAY)
    assert result.discrepancy_count == 0
    assert statuses(result)[-1] == (None, "delivery", "pending")


def test_a_promised_delivery_date_lasts_to_the_end_of_that_day_for_the_customer() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    events = [
        event("order", T0, order_id="A"),
        event("shipment", T0 + DAY, order_id="A", promised_by="2026-11-20"),
        event("delivery", datetime(2026, 11, 20, 23, 31, tzinfo=UTC), order_id="A"),
    ]
    spec = JOURNEYS["order_delivery"]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + 9 * DAY, name="o", tz=berlin)
    assert result is not None
    (late,) = result.discrepancies
    assert late.late_by == timedelta(minutes=31, seconds=1)
    assert late.detail == "delivery 31 minutes late (expected by 20 Nov 23:59, came 21 Nov 00:31)"
    assert result.rows[2].expected_by == datetime(2026, 11, 20, 22, 59, 59, tzinfo=UTC)


def test_a_step_measured_after_another_counts_from_when_that_one_happened() -> None:
    spec = journey(
        steps=[
            {"name": "shipment", "event": "shipment", "within": "2d"},
            {"name": "delivery", "event": "delivery", "within": "3d", "after": "shipment"},
        ]
    )
    events = [
        event("order", T0),
        event("shipment", T0 + 2 * DAY),
        event("delivery", T0 + 4 * DAY + HOUR),
    ]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + 9 * DAY, name="o")
    assert result is not None
    assert result.discrepancy_count == 0
    assert result.rows[2].expected_by == T0 + 5 * DAY


def test_an_optional_step_that_never_happens_is_skipped_not_missing() -> None:
    events = [event("order", T0, order_id="A")]
    spec = JOURNEYS["order_payment"]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + DAY, name="p")
    assert result is not None
    assert result.discrepancy_count == 0
    assert statuses(result)[-1] == (None, "payment", "skipped")


def test_a_second_payment_for_the_same_order_is_a_repeat() -> None:
    events = [
        event("order", T0, order_id="A"),
        event("payment", T0 + 5 * MINUTE, order_id="A"),
        event("payment", T0 + 40 * MINUTE, order_id="A"),
        event("payment", T0 + 50 * MINUTE, plan="Plus plan"),  # not this order's
    ]
    spec = JOURNEYS["order_payment"]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + DAY, name="p")
    assert result is not None
    (repeat,) = result.discrepancies
    assert (repeat.kind, repeat.step, repeat.number) == ("repeated", "payment", 3)
    assert (
        repeat.detail == "payment again on 17 Nov 09:40 (payment already happened on 17 Nov 09:05)"
    )


def test_contacts_beyond_the_allowance_are_extra_contacts() -> None:
    contacts = [
        event("support_contact", T0 + 3 * DAY, channel="email"),
        event("call", T0 + 4 * DAY, channel="phone", hold_seconds=60),
    ]
    result = order_journey(
        event("shipment", T0 + DAY, order_id="A"),
        event("delivery", T0 + 2 * DAY, order_id="A"),
        *contacts,
    )
    assert kinds(result) == ["extra_contact", "extra_contact"]
    assert [d.number for d in result.discrepancies] == [4, 5]
    assert result.discrepancies[0].detail == (
        "support contact (email) on 20 Nov 09:00: contact 1 since the order; the ideal needs none"
    )
    allowing_one = JOURNEYS["order_delivery"].model_copy(update={"max_contacts": 1})
    events = [event("order", T0, order_id="A"), *contacts]
    again = compare_journey(allowing_one, events, anchor_before=T0, now=T0 + DAY * 5, name="o")
    assert again is not None
    assert [d.number for d in again.discrepancies if d.kind == "extra_contact"] == [3]


def test_a_contact_transferred_more_than_allowed_is_a_transfer_discrepancy() -> None:
    events = [event("call", T0, channel="phone", transfers=3, hold_seconds=120)]
    spec = JOURNEYS["support_resolution"]
    result = compare_journey(spec, events, anchor_before=T0 + HOUR, now=T0 + DAY, name="s")
    assert result is not None
    (transfer,) = result.discrepancies
    assert (transfer.kind, transfer.number) == ("transfer", 1)
    assert transfer.detail == (
        "call (phone, held 2 minutes, transferred 3 times) on 17 Nov 09:00 was transferred "
        "3 times; the ideal is none"
    )


@pytest.mark.parametrize(
    ("allowed", "transfers", "flagged"), [(0, 0, False), (0, 1, True), (1, 1, False)]
)
def test_transfers_are_flagged_only_beyond_the_allowance(
    allowed: int, transfers: int, flagged: bool
) -> None:
    spec = JOURNEYS["support_resolution"].model_copy(update={"max_transfers": allowed})
    events = [event("call", T0, channel="phone", transfers=transfers)]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + DAY, name="s")
    assert result is not None
    assert kinds(result) == (["transfer"] if flagged else [])


@pytest.mark.parametrize(("hold", "flagged"), [(10 * 60, False), (10 * 60 + 1, True)])
def test_a_hold_longer_than_the_maximum_is_a_long_hold(hold: int, flagged: bool) -> None:
    events = [event("call", T0, channel="phone", hold_seconds=hold)]
    spec = JOURNEYS["support_resolution"]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + DAY, name="s")
    assert result is not None
    assert kinds(result) == (["long_hold"] if flagged else [])


def test_the_anchor_is_the_latest_order_at_or_before_the_case_opening() -> None:
    events = [
        event("order", T0 - 10 * DAY, order_id="old"),
        event("shipment", T0 - 9 * DAY, order_id="old"),
        event("order", T0, order_id="A"),
        event("shipment", T0 + 3 * DAY, order_id="A"),
        event("order", T0 + 5 * DAY, order_id="after the case opened"),
        event("shipment", T0 + 5 * DAY + HOUR, order_id="after the case opened"),
    ]
    spec = JOURNEYS["order_delivery"]
    result = compare_journey(spec, events, anchor_before=T0 + 4 * DAY, now=T0 + 6 * DAY, name="o")
    assert result is not None
    assert result.anchor.event_id == events[2].id
    assert [row.actual.event_id for row in result.rows if row.actual] == [
        events[2].id,
        events[3].id,
    ]
    assert kinds(result) == ["late"]


def test_there_is_no_comparison_without_an_anchor() -> None:
    spec = JOURNEYS["order_delivery"]
    events = [event("order", T0 + DAY, order_id="A")]
    assert compare_journey(spec, events, anchor_before=T0, now=T0 + DAY, name="o") is None


def test_events_after_the_window_or_after_now_are_not_part_of_the_journey() -> None:
    result = order_journey(
        event("shipment", T0 + DAY, order_id="A"),
        event("delivery", T0 + 2 * DAY, order_id="A"),
        event("call", T0 + 31 * DAY, channel="phone"),  # past the 30-day window
        event("call", T0 + 21 * DAY, channel="phone"),  # after now
    )
    assert result.discrepancy_count == 0
    assert len(result.rows) == 3


def test_first_in_window_anchor_sees_a_run_of_repeat_contacts_from_its_start() -> None:
    events = [
        event("support_contact", T0 - 20 * DAY, channel="chat"),  # an older, separate matter
        event("support_contact", T0, channel="chat"),
        event("call", T0 + 2 * DAY, channel="phone"),
        event("support_contact", T0 + 4 * DAY, channel="email"),
    ]
    spec = JOURNEYS["support_resolution"]
    result = compare_journey(spec, events, anchor_before=T0 + 5 * DAY, now=T0 + 5 * DAY, name="s")
    assert result is not None
    assert result.anchor.event_id == events[1].id
    assert kinds(result) == ["extra_contact", "extra_contact"]


def test_a_payment_after_the_plan_was_cancelled_is_unwanted() -> None:
    events = [
        event("subscription_change", T0, plan="Plus plan", action="cancel"),
        event("payment", T0 + 30 * DAY, plan="Plus plan", method="direct debit"),
        event("payment", T0 + 31 * DAY, order_id="9", method="card"),  # a new order: fine
    ]
    spec = JOURNEYS["subscription_cancellation"]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + 40 * DAY, name="s")
    assert result is not None
    (unwanted,) = result.discrepancies
    assert (unwanted.kind, unwanted.step, unwanted.number) == ("unwanted", "no_further_payment", 2)
    assert unwanted.detail == "no further payment, but payment on 17 Dec 09:00"


def test_no_payment_after_a_cancellation_keeps_the_ideal() -> None:
    events = [event("subscription_change", T0, plan="Plus plan", action="cancel")]
    spec = JOURNEYS["subscription_cancellation"]
    result = compare_journey(spec, events, anchor_before=T0, now=T0 + 40 * DAY, name="s")
    assert result is not None
    assert statuses(result) == [
        (1, "subscription_change", "start"),
        (None, "no_further_payment", "kept"),
    ]


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        compare_journey(
            JOURNEYS["refund"], [], anchor_before=datetime(2026, 11, 1), now=T0, name="r"
        )


# --- selection ------------------------------------------------------------------------------


def test_a_journey_is_chosen_by_topic() -> None:
    events = [event("order", T0, order_id="A"), event("call", T0 + DAY, channel="phone")]
    chosen = select_journey(JOURNEYS, ["delivery"], events, before=T0 + 2 * DAY)
    assert chosen is not None
    assert chosen[0] == "order_delivery"
    assert select_journey(JOURNEYS, ["wait_time"], events, before=T0 + 2 * DAY) == (
        "support_resolution",
        JOURNEYS["support_resolution"],
    )
    assert select_journey(JOURNEYS, ["staff_attitude"], events[:1], before=T0 + DAY) is None
    assert select_journey(JOURNEYS, ["nothing_known"], events, before=T0 + DAY) is None


def test_among_matching_journeys_the_most_recent_anchor_wins() -> None:
    events = [
        event("order", T0, order_id="A"),
        event("delivery", T0 + 3 * DAY, order_id="A"),
        event("return", T0 + 5 * DAY, order_id="A"),
    ]
    topics = ["lost_or_damaged_item"]
    chosen = select_journey(JOURNEYS, topics, events, before=T0 + 6 * DAY)
    assert chosen is not None
    assert chosen[0] == "refund"
    earlier = select_journey(JOURNEYS, topics, events, before=T0 + 4 * DAY)
    assert earlier is not None
    assert earlier[0] == "order_delivery"


def test_a_case_is_compared_with_the_journey_its_topics_select() -> None:
    events = [event("return", T0, order_id="A"), event("refund", T0 + 9 * DAY, order_id="A")]
    result = compare_case_journey(
        JOURNEYS, ["billing"], events, opened_at=T0 + 10 * DAY, now=T0 + 10 * DAY
    )
    assert result is not None
    assert result.journey == "refund"
    assert kinds(result) == ["late"]
    assert compare_case_journey(JOURNEYS, ["delivery"], events, opened_at=T0, now=T0) is None


# --- properties -----------------------------------------------------------------------------

JOURNEY_TYPES = ["shipment", "delivery", "support_contact", "call"]
UNRELATED_TYPES = ["login", "visit", "other", "refund", "return", "cancellation", "payment"]


def _events(types: list[str]) -> st.SearchStrategy[list[EventItem]]:
    one = st.builds(
        lambda kind, hours, transfers, hold: event(
            kind,
            T0 + timedelta(hours=hours),
            order_id="A",
            transfers=transfers,
            hold_seconds=hold,
        ),
        st.sampled_from(types),
        st.integers(min_value=-48, max_value=24 * 40),
        st.none() | st.integers(min_value=0, max_value=4),
        st.none() | st.integers(min_value=0, max_value=3600),
    )
    return st.lists(one, max_size=8)


@given(_events(JOURNEY_TYPES), _events(UNRELATED_TYPES), st.integers(0, 24 * 40))
def test_unrelated_events_never_change_the_comparison(
    journey_events: list[EventItem], unrelated: list[EventItem], hours: int
) -> None:
    """Logins, visits and payments are not part of an order's delivery journey."""
    spec = JOURNEYS["order_delivery"]
    now = T0 + timedelta(hours=hours)
    anchor = [event("order", T0, order_id="A")]
    plain = compare_journey(spec, anchor + journey_events, anchor_before=T0, now=now, name="o")
    mixed = compare_journey(
        spec, anchor + unrelated + journey_events, anchor_before=T0, now=now, name="o"
    )
    assert plain == mixed


@given(_events(JOURNEY_TYPES), st.integers(0, 24 * 40))
def test_every_event_of_the_journey_is_laid_out_once_numbered_in_order(
    journey_events: list[EventItem], hours: int
) -> None:
    spec = JOURNEYS["order_delivery"]
    now = T0 + timedelta(hours=hours)
    events = [event("order", T0, order_id="A"), *journey_events]
    result = compare_journey(spec, events, anchor_before=T0, now=now, name="o")
    assert result is not None
    numbered = [row for row in result.rows if row.number is not None]
    assert [row.number for row in numbered] == list(range(1, len(numbered) + 1))
    times = [row.actual.occurred_at for row in numbered if row.actual]
    assert times == sorted(times)
    end = min(now, T0 + 30 * DAY)
    expected = sum(1 for e in journey_events if T0 < e.occurred_at <= end)
    assert len(numbered) == expected + 1
    steps = [row.ideal_step for row in result.rows if row.ideal_step in ("shipment", "delivery")]
    assert sorted(steps) == ["delivery", "shipment"]
    assert result.discrepancy_count == len(result.discrepancies)
