"""The demo generator: deterministic, coherent stories, and feedback texts that do not read as
templates. One default demo is generated per module and shared by the read-only tests."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from random import Random
from zoneinfo import ZoneInfo

import pytest

from amends.demo import DemoData, generate
from amends.demo.phrases import expand
from amends.demo.phrases_channels import (
    CLOSERS,
    CONTEXT,
    GREETINGS,
    NEGATIONS,
    OPENERS,
    REVIEW_TITLES,
    SIGNOFFS,
    SOCIAL_TAILS,
    SURVEY_LEADS,
    TICKET_SUBJECTS,
)
from amends.demo.phrases_feelings import ATTITUDES, MOODS
from amends.demo.phrases_notes import NOTE_ACTIONS, NOTE_FRAGMENTS, NOTE_INTROS, NOTE_NEGATIONS
from amends.demo.phrases_problems import PROBLEMS
from amends.demo.phrases_short import FLAT, SHORT
from amends.demo.phrases_slots import Facts, build_slots

NOW = datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
WINDOW_START = NOW - timedelta(days=180)
SCENARIOS = (
    "late_delivery", "missing_delivery", "damaged_item", "billing_error", "rude_staff",
    "transferred", "long_hold", "broken_promise", "account_activation", "follow_up_request",
    "churn_threat", "public_threat", "repeat_contact", "undervalued", "confusion", "worry",
    "product_quality", "neutral", "positive", "mixed",
)  # fmt: skip
CHANNELS = {"survey", "sms", "email", "review", "social", "ticket", "chat", "call_note"}
EVENT_TYPES = {
    "order", "shipment", "delivery", "login", "support_contact", "call", "cancellation", "refund",
    "return", "payment", "subscription_change",
}  # fmt: skip
SCORE_RANGES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
NEGATIVE = set(SCENARIOS) - {"neutral", "positive", "mixed"}


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return generate(now=NOW)


def _texts(demo: DemoData) -> list[str]:
    return [str(item["text"]) for item in demo.feedback if item["text"]]


def _events_by_customer(demo: DemoData) -> dict[object, list[dict[str, object]]]:
    grouped: dict[object, list[dict[str, object]]] = defaultdict(list)
    for event in demo.events:
        grouped[event["customer_id"]].append(event)
    return grouped


def _known_feedback(demo: DemoData) -> Iterator[tuple[str, dict[str, object]]]:
    """Feedback from known customers, with the customer id resolved from an e-mail if need be."""
    by_email = {customer["email"]: str(customer["external_id"]) for customer in demo.customers}
    for item in demo.feedback:
        customer_id = item["customer_id"] or by_email.get(item["email"])
        if customer_id is not None:
            yield str(customer_id), item


def _at(record: dict[str, object], key: str) -> datetime:
    value = record[key]
    assert isinstance(value, datetime)
    return value


# Determinism and shape


def test_the_same_seed_gives_the_same_demo_and_another_seed_does_not(demo: DemoData) -> None:
    assert generate(now=NOW) == demo
    other = generate(now=NOW, seed=8)
    assert other.feedback != demo.feedback
    assert other.customers != demo.customers


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        generate(now=datetime(2025, 6, 2, 9, 30))


def test_the_default_demo_has_the_promised_sizes(demo: DemoData) -> None:
    assert len(demo.customers) == 500
    assert len(demo.feedback) == 1500
    assert 7_500 <= len(demo.events) <= 20_000


def test_external_ids_are_unique_and_well_formed_per_kind(demo: DemoData) -> None:
    for records, pattern in (
        (demo.customers, r"C-\d{5}"),
        (demo.events, r"E-\d{6}"),
        (demo.feedback, r"F-\d{6}"),
    ):
        ids = [str(record["external_id"]) for record in records]
        assert len(ids) == len(set(ids))
        assert all(re.fullmatch(pattern, external_id) for external_id in ids)


# Customers


def test_customers_have_unique_lowercase_example_emails_and_fictional_phones(
    demo: DemoData,
) -> None:
    emails = [str(customer["email"]) for customer in demo.customers]
    assert len(set(emails)) == len(emails)
    assert all(email == email.lower() and email.isascii() for email in emails)
    assert all(
        email.split("@")[1] in {"example.com", "example.org", "example.net"} for email in emails
    )
    phones = [customer["phone"] for customer in demo.customers]
    share_without = phones.count(None) / len(phones)
    assert 0.08 <= share_without <= 0.22
    digits = [re.sub(r"\D", "", str(phone)) for phone in phones if phone is not None]
    assert all("55501" in number or "2079460" in number for number in digits)
    assert any(str(phone).startswith("+44") for phone in phones)
    assert any(str(phone).startswith("(") for phone in phones)


def test_customer_fields_are_valid_and_value_follows_tier(demo: DemoData) -> None:
    tiers = Counter(str(customer["tier"]) for customer in demo.customers)
    assert set(tiers) == {"standard", "silver", "gold", "platinum"}
    assert tiers["standard"] > tiers["silver"] > tiers["gold"] > tiers["platinum"]
    values: dict[str, list[float]] = defaultdict(list)
    for customer in demo.customers:
        ZoneInfo(str(customer["timezone"]))
        assert len(str(customer["name"]).split()) >= 2
        assert isinstance(customer["tags"], list)
        assert all(isinstance(customer[key], bool) for key in ("consent_email", "consent_sms"))
        value = customer["lifetime_value"]
        assert isinstance(value, float)
        assert round(value, 2) == value
        values[str(customer["tier"])].append(value)
    medians = [
        statistics.median(values[tier]) for tier in ("standard", "silver", "gold", "platinum")
    ]
    assert medians == sorted(medians)
    opted_out = [customer for customer in demo.customers if customer["opted_out_sms_at"]]
    assert 3 <= len(opted_out) <= 40


# Events


def test_events_are_valid_and_sorted_per_customer(demo: DemoData) -> None:
    currencies = {c["external_id"]: c["timezone"] for c in demo.customers}
    for customer_id, events in _events_by_customer(demo).items():
        times = [_at(event, "occurred_at") for event in events]
        assert times == sorted(times)
        zone = str(currencies[customer_id])
        expected = (
            "GBP" if zone == "Europe/London" else "EUR" if zone.startswith("Europe") else "USD"
        )
        for event in events:
            assert event["type"] in EVENT_TYPES
            assert (event["amount"] is None) == (event["currency"] is None)
            if event["type"] in ("order", "refund", "payment"):
                assert isinstance(event["amount"], float)
                assert event["currency"] == expected
            is_call = event["type"] == "call"
            assert (event["hold_seconds"] is not None) == is_call
            assert (event["transfers"] is not None) == is_call
            if event["type"] in ("call", "support_contact"):
                assert event["channel"] in {"phone", "email", "chat", "store"}
            else:
                assert event["channel"] is None


def test_orders_are_followed_by_their_shipment_and_delivery(demo: DemoData) -> None:
    stages: dict[object, dict[object, datetime]] = defaultdict(dict)
    late = 0
    for event in demo.events:
        attributes = event["attributes"]
        assert isinstance(attributes, dict)
        if event["type"] in ("order", "shipment", "delivery") and "order_id" in attributes:
            stages[attributes["order_id"]][event["type"]] = _at(event, "occurred_at")
            late += event["type"] == "delivery" and attributes.get("late_days", 0) > 0
    for stage in stages.values():
        if "delivery" in stage:
            assert stage["order"] < stage["shipment"] < stage["delivery"]
    assert late >= 50


def test_calls_vary_from_quick_to_painful(demo: DemoData) -> None:
    calls = [event for event in demo.events if event["type"] == "call"]
    holds = [int(str(call["hold_seconds"])) for call in calls]
    transfers = [int(str(call["transfers"])) for call in calls]
    assert statistics.median(holds) < 15 * 60
    assert sum(hold >= 20 * 60 for hold in holds) >= 30
    assert sum(count >= 3 for count in transfers) >= 30


def test_some_customers_stop_logging_in() -> None:
    # Measured on the last month: a share of customers who logged in earlier are silent since.
    data = generate(now=NOW, customers=200, feedback=0)
    last_login: dict[object, datetime] = {}
    for event in data.events:
        if event["type"] == "login":
            last_login[event["customer_id"]] = _at(event, "occurred_at")
    quiet = [at for at in last_login.values() if at < NOW - timedelta(days=45)]
    assert len(quiet) >= 20


# Timestamps and references


def test_every_timestamp_is_aware_utc_and_inside_the_window(demo: DemoData) -> None:
    stamps = [_at(event, "occurred_at") for event in demo.events]
    stamps += [_at(item, "received_at") for item in demo.feedback]
    stamps += [_at(c, "opted_out_sms_at") for c in demo.customers if c["opted_out_sms_at"]]
    for stamp in stamps:
        assert stamp.utcoffset() == timedelta(0)
        assert WINDOW_START <= stamp <= NOW


def test_a_short_window_keeps_every_timestamp_inside_it() -> None:
    data = generate(now=NOW, customers=15, days=10, feedback=80, seed=3)
    start = NOW - timedelta(days=10)
    stamps = [_at(e, "occurred_at") for e in data.events]
    stamps += [_at(f, "received_at") for f in data.feedback]
    assert all(start <= stamp <= NOW for stamp in stamps)
    assert len(data.feedback) == 80


def test_references_point_at_generated_customers_or_at_strangers(demo: DemoData) -> None:
    ids = {customer["external_id"] for customer in demo.customers}
    emails = {customer["email"] for customer in demo.customers}
    phones = {re.sub(r"\D", "", str(c["phone"])) for c in demo.customers if c["phone"]}
    assert all(event["customer_id"] in ids for event in demo.events)
    kinds: Counter[str] = Counter()
    for item in demo.feedback:
        if item["customer_id"] is not None:
            assert item["customer_id"] in ids
            assert item["email"] is None
            assert item["phone"] is None
            kinds["id"] += 1
        elif item["email"] in emails:
            kinds["known_email"] += 1
        else:
            assert (item["email"] is None) != (item["phone"] is None)
            assert item["email"] not in emails
            assert re.sub(r"\D", "", str(item["phone"])) not in phones
            kinds["stranger"] += 1
    assert 0.025 <= kinds["stranger"] / 1500 <= 0.06
    assert 0.03 <= kinds["known_email"] / 1500 <= 0.075


def test_replies_point_at_an_earlier_item_from_the_same_customer(demo: DemoData) -> None:
    owner = {str(item["external_id"]): cid for cid, item in _known_feedback(demo)}
    by_id = {str(item["external_id"]): item for item in demo.feedback}
    replies = [item for item in demo.feedback if item["in_reply_to"]]
    assert 10 <= len(replies) <= 150
    for reply in replies:
        original = by_id[str(reply["in_reply_to"])]
        assert reply["channel"] in ("email", "sms")
        assert owner[str(reply["external_id"])] == owner[str(original["external_id"])]
        assert _at(original, "received_at") <= _at(reply, "received_at")


# Feedback grounded in events


def test_delivery_complaints_come_after_a_shipment_or_delivery(demo: DemoData) -> None:
    events = _events_by_customer(demo)
    checked = 0
    for customer_id, item in _known_feedback(demo):
        tags = set(item["scenario"])  # type: ignore[call-overload]
        if tags & {"late_delivery", "missing_delivery", "damaged_item"}:
            received = _at(item, "received_at")
            wanted = {"delivery", "shipment"}
            assert any(
                e["type"] in wanted and _at(e, "occurred_at") <= received
                for e in events[customer_id]
            )
            checked += 1
        if "late_delivery" in tags:
            assert any(
                e["type"] == "delivery"
                and e["attributes"].get("late_days", 0) > 0  # type: ignore[union-attr]
                and _at(e, "occurred_at") <= received
                for e in events[customer_id]
            )
    assert checked >= 100


def test_call_complaints_come_after_a_call_that_bears_them_out(demo: DemoData) -> None:
    events = _events_by_customer(demo)
    for customer_id, item in _known_feedback(demo):
        tags = set(item["scenario"])  # type: ignore[call-overload]
        received = _at(item, "received_at")
        calls = [
            e for e in events[customer_id]
            if e["type"] == "call" and _at(e, "occurred_at") <= received
        ]  # fmt: skip
        if item["channel"] == "call_note":
            assert calls, item
        if "transferred" in tags:
            assert any(int(str(call["transfers"])) >= 3 for call in calls), item
        if "long_hold" in tags:
            assert any(int(str(call["hold_seconds"])) >= 20 * 60 for call in calls), item
        if tags & {"broken_promise", "repeat_contact"}:
            contacts = [
                e for e in events[customer_id]
                if e["type"] in ("support_contact", "call") and _at(e, "occurred_at") <= received
            ]  # fmt: skip
            assert contacts, item


# Scenarios, channels and scores


def test_every_scenario_appears_at_least_twenty_times(demo: DemoData) -> None:
    counts = Counter(tag for item in demo.feedback for tag in item["scenario"])  # type: ignore[attr-defined]
    assert set(counts) <= set(SCENARIOS)
    for scenario in SCENARIOS:
        assert counts[scenario] >= 20, scenario


def test_the_mood_mix_is_roughly_as_planned(demo: DemoData) -> None:
    moods: Counter[str] = Counter()
    for item in demo.feedback:
        tags = set(item["scenario"])  # type: ignore[call-overload]
        if tags:
            moods[next((m for m in ("mixed", "positive", "neutral") if m in tags), "negative")] += 1
    total = sum(moods.values())
    assert 0.38 <= moods["negative"] / total <= 0.52
    assert 0.14 <= moods["neutral"] / total <= 0.26
    assert 0.24 <= moods["positive"] / total <= 0.36
    assert 0.025 <= moods["mixed"] / total <= 0.08


def test_channels_metrics_and_scores_are_valid(demo: DemoData) -> None:
    assert {item["channel"] for item in demo.feedback} == CHANNELS
    for item in demo.feedback:
        assert (item["metric"] is None) == (item["score"] is None)
        assert item["language"] == "en"
        if item["metric"] is not None:
            assert item["channel"] in ("survey", "sms")
            low, high = SCORE_RANGES[str(item["metric"])]
            assert low <= int(str(item["score"])) <= high
    surveys = [item for item in demo.feedback if item["channel"] == "survey"]
    assert all(item["metric"] is not None for item in surveys)


def test_score_only_surveys_are_about_eight_percent(demo: DemoData) -> None:
    empty = [item for item in demo.feedback if not item["text"]]
    assert 0.05 <= len(empty) / len(demo.feedback) <= 0.11
    assert all(item["channel"] == "survey" and item["scenario"] == [] for item in empty)


def test_scores_agree_with_the_mood_of_the_text(demo: DemoData) -> None:
    for item in demo.feedback:
        if item["metric"] is None or not item["text"]:
            continue
        metric, score = str(item["metric"]), int(str(item["score"]))
        tags = set(item["scenario"])  # type: ignore[call-overload]
        # Higher is better for NPS and CSAT; CES measures effort, so it is read the other way.
        goodness = (
            (7 - score) / 6
            if metric == "ces"
            else (score - SCORE_RANGES[metric][0])
            / (SCORE_RANGES[metric][1] - SCORE_RANGES[metric][0])
        )
        if "positive" in tags:
            assert goodness >= 0.7, item
        if tags & {"churn_threat", "public_threat", "rude_staff", "undervalued"}:
            assert goodness <= 0.3, item


# The texts


def test_nearly_every_text_is_distinct(demo: DemoData) -> None:
    texts = _texts(demo)
    assert len(set(texts)) / len(texts) >= 0.95


def test_no_opening_six_words_start_more_than_three_percent_of_texts(demo: DemoData) -> None:
    texts = _texts(demo)
    openings = Counter(tuple(text.lower().split()[:6]) for text in texts)
    opening, count = openings.most_common(1)[0]
    assert count <= 0.03 * len(texts), opening


def test_channels_sound_different(demo: DemoData) -> None:
    by_channel: dict[str, list[str]] = defaultdict(list)
    for item in demo.feedback:
        if item["text"]:
            by_channel[str(item["channel"])].append(str(item["text"]))
    sms_length = statistics.median(len(text) for text in by_channel["sms"])
    email_length = statistics.median(len(text) for text in by_channel["email"])
    assert sms_length * 2.5 < email_length
    assert sum(text == text.lower() for text in by_channel["sms"]) >= len(by_channel["sms"]) / 3
    assert not any(re.match(r"(I|My|I'm|I've)\b", text) for text in by_channel["call_note"])
    assert sum("\n" in text for text in by_channel["email"]) >= len(by_channel["email"]) * 0.8


def test_some_complaints_are_flat_statements_of_fact(demo: DemoData) -> None:
    # "Order 4471 arrived 9 days late." and its kin: facts only, no feelings to lean on.
    pattern = re.compile(
        r"(?m)^(Order #?\d+ (arrived \w+ (days? )?late|marked|has not)|Promised \w+, delivered"
        r"|Delivery for order|Parcel for order|Charged \S+ twice|Invoice for order|Held .+ before"
        r"|Transferred \w+ times|Order #?\d+: )"
    )
    flat = [text for text in _texts(demo) if pattern.search(text)]
    assert len(flat) >= 15
    feelings = re.compile(r"disappoint|frustrat|angry|upset|ridiculous|joke|!", re.IGNORECASE)
    assert sum(not feelings.search(text) for text in flat) >= 10


def test_negated_threats_do_not_count_as_threats(demo: DemoData) -> None:
    pairs = (
        ("not going to cancel", "churn_threat"),
        ("to go anywhere", "churn_threat"),
        ("want to leave", "churn_threat"),
        ("no intention of leaving", "churn_threat"),
        ("no need to call me back", "follow_up_request"),
        ("don't ring me", "follow_up_request"),
        ("don't phone me", "follow_up_request"),
        ("don't need a manager", "follow_up_request"),
        ("won't be posting about it", "public_threat"),
        ("not one for", "public_threat"),
        ("not going to write", "public_threat"),
        ("no need for a callback", "follow_up_request"),
        ("not looking to cancel", "churn_threat"),
    )
    seen = 0
    for item in demo.feedback:
        text = str(item["text"] or "").lower()
        for phrase, tag in pairs:
            if phrase in text:
                seen += 1
                assert tag not in item["scenario"], item  # type: ignore[operator]
    assert seen >= 30


def test_the_demo_passes_ingestion_validation(demo: DemoData) -> None:
    records = pytest.importorskip("amends.domain.records")
    context = records.RecordContext()
    for kind, rows in (
        ("customers", demo.customers),
        ("events", demo.events),
        ("feedback", demo.feedback),
    ):
        for row in rows:
            plain = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row.items()}
            records.read_record(kind, {k: v for k, v in plain.items() if v is not None}, context)


# The grammar


def _sample_slots(variant: Random) -> dict[str, str]:
    facts = Facts(
        name="Ana Pereira", tier="gold", years=6, currency="EUR", order="41234",
        product="kettle", amount=42.5, amount2=57.1, late_days=variant.randint(1, 14),
        weekday="Tuesday", month="March", agent="Priya", hold_seconds=variant.randint(60, 9000),
        transfers=4, contacts=3, dept="billing", dept2="returns", ref="CS-20931",
        plan="Plus plan", weeks=3, promise_day="Friday", now_year=2025, score=3,
    )  # fmt: skip
    return build_slots(variant, facts)


def _all_templates() -> Iterator[str]:
    keyed = (PROBLEMS, ATTITUDES, MOODS, SHORT, FLAT, NOTE_FRAGMENTS, OPENERS, CLOSERS, NEGATIONS)
    for bank in (*keyed, REVIEW_TITLES, TICKET_SUBJECTS, SOCIAL_TAILS, SURVEY_LEADS, NOTE_ACTIONS):
        for templates in bank.values():
            yield from templates
    for templates in NOTE_NEGATIONS.values():
        yield from templates
    yield from (*GREETINGS, *SIGNOFFS, *CONTEXT, *NOTE_INTROS)


def test_every_template_expands_with_every_slot_it_names() -> None:
    rng = Random(1)
    for template in _all_templates():
        for _ in range(3):
            text = expand(template, rng, _sample_slots(rng))
            assert not set(text) & set("{}[]|"), template


def test_every_situation_has_words_in_the_customer_and_the_agent_voice() -> None:
    variants = {
        "billing_error": ("duplicate", "wrong_amount", "after_cancel"),
        "broken_promise": ("callback", "refund", "visit"),
    }
    keys = [f"mixed/{pair}" for pair in ("late_delivery", "long_hold", "product_quality")]
    for scenario in SCENARIOS:
        if scenario != "mixed":
            keys += [f"{scenario}/{v}" for v in variants.get(scenario, ())] or [scenario]
    long_banks = {**PROBLEMS, **ATTITUDES, **MOODS}
    for key in keys:
        assert key in long_banks, key
        assert key in NOTE_FRAGMENTS, key


def test_expand_picks_alternatives_and_rejects_broken_brackets() -> None:
    rng = Random(4)
    seen = {expand("[a|b|[c|d]]x", rng, {}) for _ in range(200)}
    assert seen == {"ax", "bx", "cx", "dx"}
    with pytest.raises(ValueError, match="unclosed"):
        expand("[a|b", rng, {})
