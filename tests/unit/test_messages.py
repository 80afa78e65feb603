"""Expectation messages: when-phrases in the customer's time, templates and their slots."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from amends.policy.messages import MessagesSection, RenderedMessage, render_message, when_phrase

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone).astimezone(UTC)


NOW = at(LONDON, 2026, 11, 25, 9)  # a Wednesday morning


# --- when_phrase ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "phrase"),
    [
        (at(LONDON, 2026, 11, 25, 15), "by 3 pm today"),
        (at(LONDON, 2026, 11, 26, 15, 30), "by 3:30 pm tomorrow"),
        (at(LONDON, 2026, 11, 30, 10), "by 10 am on Monday"),
        (at(LONDON, 2026, 12, 2, 10), "by 10 am on 2 December"),
        (at(LONDON, 2026, 11, 25, 9, 59), "within the hour"),
        (at(LONDON, 2026, 11, 25, 12), "by noon today"),
        (at(LONDON, 2026, 11, 26, 0), "by midnight today"),
        (at(LONDON, 2026, 11, 27, 0, 10), "by 12:15 am on Friday"),
        (at(LONDON, 2027, 11, 1, 9), "by 9 am on 1 November 2027"),
    ],
)
def test_deadlines_are_said_the_way_people_say_them(deadline: datetime, phrase: str) -> None:
    assert when_phrase(deadline, NOW, LONDON) == phrase


@pytest.mark.parametrize(
    ("minute", "second", "phrase"),
    [(45, 0, "by 2:45 pm today"), (45, 1, "by 3 pm today"), (31, 0, "by 2:45 pm today")],
)
def test_the_promised_time_is_rounded_up_to_the_quarter_hour(
    minute: int, second: int, phrase: str
) -> None:
    deadline = at(LONDON, 2026, 11, 25, 14, minute) + timedelta(seconds=second)
    assert when_phrase(deadline, NOW, LONDON) == phrase


def test_the_phrase_is_in_the_customers_time_zone_not_the_teams() -> None:
    deadline = at(LONDON, 2026, 11, 25, 15)  # 10 am in New York
    assert when_phrase(deadline, NOW, NEW_YORK) == "by 10 am today"
    assert when_phrase(deadline, NOW, "America/New_York") == "by 10 am today"


def test_today_means_the_customers_today() -> None:
    late_evening_in_new_york = at(NEW_YORK, 2026, 11, 24, 22)  # already the 25th in London
    deadline = at(NEW_YORK, 2026, 11, 25, 10)
    assert when_phrase(deadline, late_evening_in_new_york, NEW_YORK) == "by 10 am tomorrow"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        when_phrase(datetime(2026, 11, 25, 15), NOW, LONDON)


_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December"
_PHRASE = re.compile(
    r"by (?:(?P<noon>noon)|(?P<midnight>midnight)|(?P<h>\d+)(?::(?P<m>\d\d))? (?P<ampm>am|pm)) "
    r"(?:(?P<today>today)|(?P<tomorrow>tomorrow)|on (?P<weekday>[A-Z][a-z]+day)"
    r"|on (?P<d>\d+) (?P<month>[A-Z][a-z]+)(?: (?P<y>\d{4}))?)"
)


def _read_back(phrase: str, now: datetime, zone: ZoneInfo) -> datetime:
    """The local moment a phrase names, worked out independently of ``when_phrase``."""
    match = _PHRASE.fullmatch(phrase)
    assert match, phrase
    today = now.astimezone(zone).date()
    if match["today"] or match["tomorrow"]:
        day = today + timedelta(days=1 if match["tomorrow"] else 0)
    elif match["weekday"]:
        ahead = (_WEEKDAYS.index(match["weekday"]) - today.weekday()) % 7
        assert 2 <= ahead <= 6, phrase
        day = today + timedelta(days=ahead)
    else:
        month = _MONTHS.split().index(match["month"]) + 1
        year = int(match["y"]) if match["y"] else today.year
        day = date(year, month, int(match["d"]))
        if day < today:
            day = date(year + 1, month, int(match["d"]))
    if match["midnight"]:
        hour, minute, day = 0, 0, day + timedelta(days=1)
    elif match["noon"]:
        hour, minute = 12, 0
    else:
        hour = int(match["h"]) % 12 + (12 if match["ampm"] == "pm" else 0)
        minute = int(match["m"] or 0)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


@given(
    st.sampled_from([LONDON, NEW_YORK, ZoneInfo("Pacific/Auckland"), ZoneInfo("Asia/Kolkata")]),
    st.integers(0, 365 * 86_400),
    st.integers(3600, 200 * 86_400),
)
def test_the_phrase_never_promises_earlier_than_the_deadline_nor_much_later(
    zone: ZoneInfo, start: int, ahead: int
) -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=start)
    deadline = now + timedelta(seconds=ahead)
    promised = _read_back(when_phrase(deadline, now, zone), now, zone)
    # A wall time repeated when clocks fall back may name either instant.
    readings = {promised.replace(fold=fold).astimezone(UTC) for fold in (0, 1)}
    assert any(deadline <= r < deadline + timedelta(minutes=15) for r in readings)


# --- the messages: section --------------------------------------------------------------------

DEFAULT_MESSAGES: dict[str, Any] = {
    "case_opened": {
        "sms": "Hi {first_name}, we're sorry things went wrong. A person from our {team} team "
        "will call you {when}. Your reference is {case_ref}.",
        "email": {
            "subject": "We're sorry: a person will call you {when} ({case_ref})",
            "body": "Hi {first_name},\n\nA person from our {team} team now owns your case and "
            "will call you {when}.\n\nYour reference is {case_ref}.\n\nThe {team} team\n",
        },
    },
    "promise_made": {
        "sms": "Hi {first_name}, as we agreed, you'll hear from us {when}. Ref {case_ref}.",
        "email": {
            "subject": "What we agreed, and when ({case_ref})",
            "body": "Hi {first_name},\n\nAs we agreed, you will hear from us {when}.\n",
        },
    },
    "contact_rescheduled": {
        "sms": "Hi {first_name}, we couldn't get through. We'll try again {when}. {case_ref}",
        "email": {
            "subject": "We tried to reach you ({case_ref})",
            "body": "Hi {first_name},\n\nWe'll try again {when}.\n",
        },
    },
    "case_resolved": {
        "sms": "Hi {first_name}, your case {case_ref} is resolved. Thank you for telling us.",
        "email": {
            "subject": "Your case {case_ref} is resolved",
            "body": "Hi {first_name},\n\nYour case {case_ref} is resolved.\n\nThe {team} team\n",
        },
    },
}
SECTION = MessagesSection.model_validate(DEFAULT_MESSAGES)


def test_the_case_opened_text_tells_the_customer_who_will_call_and_when() -> None:
    message = render_message(
        SECTION,
        "case_opened",
        "sms",
        first_name="Sam",
        when=when_phrase(at(LONDON, 2026, 11, 26, 15), NOW, LONDON),
        case_ref="C-1042",
        team="delivery",
    )
    assert message == RenderedMessage(
        subject=None,
        body="Hi Sam, we're sorry things went wrong. A person from our delivery team will call "
        "you by 3 pm tomorrow. Your reference is C-1042.",
    )


def test_an_email_has_a_subject_and_a_body() -> None:
    message = render_message(
        SECTION, "case_resolved", "email", first_name="Ana", when="", case_ref="C-7", team="vip"
    )
    assert message.subject == "Your case C-7 is resolved"
    assert message.body.startswith("Hi Ana,\n")
    assert message.body.endswith("The vip team\n")


@pytest.mark.parametrize("name", [None, "", "   "])
def test_without_a_first_name_the_greeting_still_reads_well(name: str | None) -> None:
    message = render_message(
        SECTION,
        "promise_made",
        "sms",
        first_name=name,
        when="by 3 pm today",
        case_ref="C-1",
        team="x",
    )
    assert message.body.startswith("Hi there, as we agreed")


def test_braces_in_what_we_fill_in_are_kept_as_written() -> None:
    message = render_message(
        SECTION, "case_resolved", "sms", first_name="{when}", when="soon", case_ref="C-1", team="t"
    )
    assert message.body.startswith("Hi {when}, your case C-1")


@pytest.mark.parametrize(
    ("milestone", "channel", "message"),
    [("case_closed", "sms", "unknown milestone"), ("case_opened", "fax", "unknown channel")],
)
def test_unknown_milestones_and_channels_are_refused(
    milestone: str, channel: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        render_message(
            SECTION, milestone, channel, first_name="Sam", when="now", case_ref="C-1", team="t"
        )


def _with_sms(milestone: str, sms: str) -> dict[str, Any]:
    return {**DEFAULT_MESSAGES, milestone: {**DEFAULT_MESSAGES[milestone], "sms": sms}}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (_with_sms("case_resolved", "Hi {name}"), r"unknown slot \{name\}.*\{first_name\}"),
        (_with_sms("case_resolved", "Hi {first_name:>10}"), r"unknown slot \{first_name:>10\}"),
        (_with_sms("case_resolved", "Hi {first_name!r}"), r"unknown slot \{first_name!r\}"),
        (_with_sms("case_resolved", "Hi {first_name"), "unbalanced braces"),
        (_with_sms("case_resolved", "   "), "must not be empty"),
        (_with_sms("case_opened", "Hi {first_name}, we'll call soon."), r"add \{when\}"),
        ({**DEFAULT_MESSAGES, "case_escalated": DEFAULT_MESSAGES["case_opened"]}, "Extra inputs"),
        ({k: v for k, v in DEFAULT_MESSAGES.items() if k != "promise_made"}, "promise_made"),
    ],
)
def test_template_mistakes_are_explained(document: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        MessagesSection.model_validate(document)


def test_literal_braces_are_written_doubled() -> None:
    section = MessagesSection.model_validate(_with_sms("case_resolved", "Hi {{friend}} {case_ref}"))
    message = render_message(
        section, "case_resolved", "sms", first_name="Sam", when="", case_ref="C-1", team="t"
    )
    assert message.body == "Hi {friend} C-1"
