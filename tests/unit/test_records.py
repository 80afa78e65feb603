"""Input records: what a customer, event or feedback row must say, and how it is normalised."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BeforeValidator, TypeAdapter

from amends.domain.customers import (
    CUSTOMER_FIELDS,
    customer_changes,
    normalize_email,
    normalize_phone,
)
from amends.domain.feedback import SCORE_RANGES, FeedbackChannel, SurveyMetric, check_score
from amends.domain.records import (
    CustomerRecord,
    EventRecord,
    FeedbackRecord,
    RecordContext,
    RecordError,
    parse_instant,
    read_record,
)
from tests.factories import make_customer, make_event, make_feedback

UTC_ONLY = RecordContext()
NEW_YORK = RecordContext(timezone=ZoneInfo("America/New_York"))
_instant = TypeAdapter(Annotated[datetime, BeforeValidator(parse_instant)])


def _feedback(context: RecordContext = UTC_ONLY, **overrides: Any) -> FeedbackRecord:
    record = read_record("feedback", make_feedback(**overrides), context)
    assert isinstance(record, FeedbackRecord)
    return record


def _event(**overrides: Any) -> EventRecord:
    record = read_record("events", make_event(**overrides), UTC_ONLY)
    assert isinstance(record, EventRecord)
    return record


def _customer(**overrides: Any) -> CustomerRecord:
    record = read_record("customers", make_customer(**overrides), UTC_ONLY)
    assert isinstance(record, CustomerRecord)
    return record


# --- survey scores -----------------------------------------------------------------------------


def test_score_ranges_are_nps_0_to_10_csat_1_to_5_and_ces_1_to_7() -> None:
    assert SCORE_RANGES == {
        SurveyMetric.NPS: (0, 10),
        SurveyMetric.CSAT: (1, 5),
        SurveyMetric.CES: (1, 7),
    }
    assert SurveyMetric.CES.score_range == (1, 7)


@pytest.mark.parametrize(
    ("metric", "inside", "outside"),
    [("nps", (0, 10), (-1, 11)), ("csat", (1, 5), (0, 6)), ("ces", (1, 7), (0, 8))],
)
def test_a_score_is_accepted_up_to_each_end_of_its_range_and_not_one_beyond(
    metric: str, inside: tuple[int, int], outside: tuple[int, int]
) -> None:
    for score in inside:
        assert _feedback(metric=metric, score=str(score)).score == score
    for score in outside:
        with pytest.raises(RecordError, match=f"{metric} score must be between"):
            _feedback(metric=metric, score=str(score))


@given(metric=st.sampled_from(SurveyMetric), score=st.integers(-100, 100))
def test_a_score_is_accepted_exactly_when_it_lies_in_its_metric_range(
    metric: SurveyMetric, score: int
) -> None:
    low, high = SCORE_RANGES[metric]
    row = make_feedback(metric=metric.value, score=score)

    if low <= score <= high:
        assert check_score(metric, score) == score
        assert read_record("feedback", row, UTC_ONLY).score == score  # type: ignore[union-attr]
    else:
        with pytest.raises(ValueError, match="score must be between"):
            check_score(metric, score)
        with pytest.raises(RecordError):
            read_record("feedback", row, UTC_ONLY)


def test_a_metric_without_a_score_is_refused() -> None:
    with pytest.raises(RecordError, match="metric and score come together"):
        _feedback(metric="nps", score=None)


def test_a_score_without_a_metric_is_refused() -> None:
    with pytest.raises(RecordError, match="metric and score come together"):
        _feedback(metric=None, score="7", channel="sms")


def test_the_channel_of_a_scored_answer_defaults_to_survey() -> None:
    assert _feedback(channel=None, metric="csat", score="4").channel is FeedbackChannel.SURVEY


def test_the_channel_is_required_when_there_is_no_metric() -> None:
    with pytest.raises(RecordError, match="channel is required"):
        _feedback(channel=None, metric=None, score=None)


def test_feedback_with_neither_text_nor_score_is_refused() -> None:
    with pytest.raises(RecordError, match="empty feedback"):
        _feedback(channel="sms", metric=None, score=None, text="   ")


def test_a_request_to_talk_is_feedback_even_without_text_or_score() -> None:
    record = _feedback(channel="survey", metric=None, score=None, text=None, contact_requested=True)

    assert record.contact_requested


# --- timestamps --------------------------------------------------------------------------------


def test_a_timestamp_with_an_offset_is_converted_to_utc() -> None:
    record = _feedback(received_at="2026-11-20T10:15:00+02:00")

    assert record.received_at == datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
    assert record.received_at.tzinfo is UTC


def test_a_timestamp_ending_in_z_is_utc() -> None:
    assert _feedback(received_at="2026-11-20T10:15:00Z").received_at == datetime(
        2026, 11, 20, 10, 15, tzinfo=UTC
    )


def test_a_timestamp_without_a_zone_is_refused_and_the_message_points_to_timezone() -> None:
    with pytest.raises(RecordError, match=r"^received_at: .*no time zone.*--timezone"):
        _feedback(received_at="2026-11-20 10:15")


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        ("2024-03-09T12:00:00", datetime(2024, 3, 9, 17, 0, tzinfo=UTC)),  # EST, UTC-5
        ("2024-03-11T12:00:00", datetime(2024, 3, 11, 16, 0, tzinfo=UTC)),  # EDT, UTC-4
        ("2024-11-03T12:00:00", datetime(2024, 11, 3, 17, 0, tzinfo=UTC)),  # EST again
    ],
)
def test_a_timestamp_without_a_zone_is_read_in_the_zone_given_across_daylight_saving(
    local: str, utc: datetime
) -> None:
    assert _feedback(NEW_YORK, received_at=local).received_at == utc


def test_a_timestamp_with_an_offset_ignores_the_zone_given() -> None:
    record = _feedback(NEW_YORK, received_at="2024-07-01T12:00:00+02:00")

    assert record.received_at == datetime(2024, 7, 1, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("garbage", ["yesterday", "2026-13-01T00:00Z", "20/11/2026", ""])
def test_a_timestamp_that_is_not_iso_8601_is_refused(garbage: str) -> None:
    with pytest.raises(RecordError, match=r"^received_at: "):
        _feedback(received_at=garbage)


def test_an_event_time_is_read_like_any_other_timestamp() -> None:
    with pytest.raises(RecordError, match=r"^occurred_at: .*--timezone"):
        _event(occurred_at="2026-11-10 08:00")


@given(
    st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.timezones()
    )
)
def test_any_aware_timestamp_round_trips_through_isoformat_to_the_same_instant(
    moment: datetime,
) -> None:
    parsed = _instant.validate_python(moment.isoformat(), context=UTC_ONLY)

    assert parsed.tzinfo is UTC
    assert parsed == moment.astimezone(UTC)


def test_a_datetime_object_is_accepted_as_it_is() -> None:
    naive = datetime(2024, 7, 1, 12, 0)

    assert _instant.validate_python(naive, context=NEW_YORK) == datetime(2024, 7, 1, 16, tzinfo=UTC)
    with pytest.raises(ValueError, match="no time zone"):
        _instant.validate_python(naive, context=UTC_ONLY)


# --- contact keys ------------------------------------------------------------------------------


def test_an_email_is_lower_cased_and_trimmed() -> None:
    assert _feedback(email="  Ann.Lee@Example.COM ").email == "ann.lee@example.com"
    assert normalize_email(" X@Y.Org") == "x@y.org"


@pytest.mark.parametrize("junk", ["ann", "ann@example", "a b@example.com", "a@@example.com"])
def test_junk_is_not_an_email(junk: str) -> None:
    with pytest.raises(RecordError, match=r"^email: not an email address"):
        _feedback(email=junk)


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("(415) 555-0134", "US", "+14155550134"),
        ("415.555.0134", "US", "+14155550134"),
        ("+44 20 7946 0958", "US", "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
    ],
)
def test_a_phone_number_is_written_in_e164_reading_national_numbers_in_the_region(
    raw: str, region: str, e164: str
) -> None:
    assert _feedback(RecordContext(region=region), phone=raw).phone == e164
    assert normalize_phone(raw, region) == e164


def test_a_phone_number_given_as_an_integer_is_read_as_digits() -> None:
    assert _feedback(phone=4155550134).phone == "+14155550134"


@pytest.mark.parametrize("junk", ["call me", "12", "+1 415"])
def test_junk_is_not_a_phone_number(junk: str) -> None:
    with pytest.raises(RecordError, match=r"^phone: not a"):
        _feedback(phone=junk)


def test_integer_ids_become_text() -> None:
    record = _feedback(customer_id=42, external_id=7, in_reply_to=12)

    assert (record.customer_id, record.external_id, record.in_reply_to) == ("42", "7", "12")
    assert _customer(external_id=1001).external_id == "1001"


@pytest.mark.parametrize("kind", ["feedback", "events"])
def test_a_row_with_no_customer_id_email_or_phone_is_refused(kind: str) -> None:
    row = (make_feedback if kind == "feedback" else make_event)(customer_id=None, name="Ann")

    with pytest.raises(RecordError, match="no customer_id, email or phone"):
        read_record(kind, row, UTC_ONLY)  # type: ignore[arg-type]


def test_every_failing_field_is_named_in_one_message() -> None:
    with pytest.raises(RecordError) as refused:
        _feedback(email="nope", received_at="soon")

    assert str(refused.value).startswith("email: ")
    assert "; received_at: " in str(refused.value)


# --- events ------------------------------------------------------------------------------------


def test_unknown_event_columns_become_attributes() -> None:
    record = _event(store="Leeds", sku="A-1")

    assert record.attributes == {"store": "Leeds", "sku": "A-1"}


def test_unknown_event_columns_are_merged_with_an_attributes_json_object() -> None:
    record = _event(store="Leeds", attributes='{"coupon": "WELCOME10", "items": 3}')

    assert record.attributes == {"store": "Leeds", "coupon": "WELCOME10", "items": 3}


@pytest.mark.parametrize("attributes", ["{not json", "[1, 2]"])
def test_event_attributes_must_be_a_json_object(attributes: str) -> None:
    with pytest.raises(RecordError, match=r"^attributes: "):
        _event(attributes=attributes)


def test_event_attributes_must_be_a_json_object_even_beside_unknown_columns() -> None:
    with pytest.raises(RecordError, match=r"^attributes: "):
        _event(store="Leeds", attributes="{not json")


def test_a_negative_hold_time_is_refused() -> None:
    with pytest.raises(RecordError, match=r"^hold_seconds: "):
        _event(type="call", hold_seconds="-1")


def test_a_currency_code_is_upper_cased_and_must_have_three_letters() -> None:
    assert _event(currency="eur").currency == "EUR"
    with pytest.raises(RecordError, match=r"^currency: "):
        _event(currency="EURO")


def test_an_event_needs_a_known_type() -> None:
    with pytest.raises(RecordError, match=r"^type: "):
        _event(type="teleport")


# --- customers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ("VIP; b2b", ["b2b", "vip"]),
        ("a,b|c", ["a", "b", "c"]),
        ("VIP; vip ;; B2B,", ["b2b", "vip"]),
        (["Gold", "gold", " "], ["gold"]),
    ],
)
def test_tags_are_split_trimmed_lower_cased_and_deduplicated(
    tags: str | list[str], expected: list[str]
) -> None:
    assert _customer(tags=tags).tags == expected


def test_a_customer_needs_an_external_id() -> None:
    with pytest.raises(RecordError, match=r"^external_id: "):
        _customer(external_id=None)


@pytest.mark.parametrize("zone", ["Mars/Olympus", "America", "EST5EDT/extra"])
def test_an_unknown_time_zone_is_refused(zone: str) -> None:
    with pytest.raises(RecordError, match=r"^timezone: unknown time zone"):
        _customer(timezone=zone)


def test_a_known_time_zone_is_kept() -> None:
    assert _customer(timezone="Europe/London").timezone == "Europe/London"


def test_a_negative_lifetime_value_is_refused() -> None:
    assert _customer(lifetime_value="0").lifetime_value == Decimal(0)
    with pytest.raises(RecordError, match=r"^lifetime_value: "):
        _customer(lifetime_value="-0.01")


def test_customer_identity_keys_are_the_normalised_ones() -> None:
    keys = _customer(external_id="C-1", email="ANN@example.com", phone="(415) 555-0134").identity

    assert (keys.external_id, keys.email, keys.phone) == ("C-1", "ann@example.com", "+14155550134")


# --- customer changes --------------------------------------------------------------------------


def test_blank_values_never_erase_what_we_know() -> None:
    current = {"name": "Ann", "tags": ["vip"], "tier": "gold"}

    assert customer_changes(current, {"name": None, "tags": [], "tier": None}) == {}


def test_equal_values_are_not_changes() -> None:
    current = {"name": "Ann", "email": "ann@example.com", "tags": ["vip"]}

    changes = customer_changes(
        current, {"name": "Ann", "email": "ann@example.org", "tags": ["vip"]}
    )

    assert changes == {"email": "ann@example.org"}


def test_new_values_fill_what_we_did_not_know() -> None:
    assert customer_changes({"name": None}, {"name": "Ann", "tier": "gold"}) == {
        "name": "Ann",
        "tier": "gold",
    }


def test_a_blank_name_in_a_customers_row_never_erases_the_known_name() -> None:
    record = _customer(external_id="C-1", name="   ", email=None, tier=None)

    changes = customer_changes(
        {"external_id": "C-1", "name": "Ann"}, record.model_dump(include=set(CUSTOMER_FIELDS))
    )

    assert changes == {}
