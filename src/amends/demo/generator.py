"""A seeded, deterministic demo of a service-recovery workload: customers, what they did, and what
they told us.

Pure: no clock, no files, no global randomness. The same arguments give the same records, in the
canonical ingestion shape (``amends.domain.records``), so the demo loads through the same door as
any customer's data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from random import Random
from zoneinfo import ZoneInfo

from amends.demo.generator_events import DAY, Story, World, occurred, tell
from amends.demo.generator_feedback import Draft, Planner
from amends.demo.phrases_lexicon import (
    CUSTOMER_TAGS,
    EMAIL_DOMAINS,
    FIRST_NAMES,
    LAST_NAMES,
    US_AREA_CODES,
)

ZONES = (
    ("America/New_York", 25), ("America/Chicago", 14), ("America/Denver", 7),
    ("America/Los_Angeles", 17), ("America/Phoenix", 3), ("Europe/London", 17),
    ("Europe/Berlin", 8), ("Europe/Paris", 4), ("Europe/Madrid", 3), ("Europe/Dublin", 2),
)  # fmt: skip
TIERS = (("standard", 58), ("silver", 24), ("gold", 13), ("platinum", 5))
# Lifetime value: median and the tenure range, per tier.
TIER_VALUE = {"standard": 180.0, "silver": 900.0, "gold": 3200.0, "platinum": 11000.0}
TIER_YEARS = {"standard": (1, 6), "silver": (2, 8), "gold": (3, 12), "platinum": (5, 15)}
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "æ": "ae"})


@dataclass(frozen=True)
class DemoData:
    """Records ready for ingestion: plain dicts with the canonical field names."""

    customers: list[dict[str, object]]
    events: list[dict[str, object]]
    feedback: list[dict[str, object]]


def generate(
    *, now: datetime, seed: int = 7, customers: int = 500, days: int = 180, feedback: int = 1500
) -> DemoData:
    """Build the demo as it would look at ``now`` (timezone-aware), covering the last ``days``."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (UTC)")
    if customers < 1 or days < 1 or feedback < 0:
        raise ValueError("customers and days must be positive, feedback not negative")
    now = now.astimezone(UTC).replace(microsecond=0)
    world = World(rng=Random(seed), now=now, start=now - timedelta(days=days))
    directory = _Directory()
    stories = [_story(world, index, directory) for index in range(customers)]
    for story in stories:
        tell(world, story)
    planner = Planner(world, stories)
    drafts = [planner.draft() for _ in range(feedback)]
    return DemoData(
        customers=[story.customer for story in stories],
        events=_number_events(stories),
        feedback=_feedback_records(world.rng, drafts, directory),
    )


class _Directory:
    """Addresses and phone numbers handed out so far: each is unique, and strangers' are new."""

    def __init__(self) -> None:
        self.emails: set[str] = set()
        self.phones: set[str] = set()

    def email(self, rng: Random, first: str, last: str) -> str:
        first, last = _plain(first), _plain(last)
        local = rng.choice(
            (f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}",
             f"{last}.{first}", f"{first}{rng.randint(1, 99)}")
        )  # fmt: skip
        domain = rng.choice(EMAIL_DOMAINS)
        address, suffix = f"{local}@{domain}", 1
        while address in self.emails:
            suffix += 1
            address = f"{local}{suffix}@{domain}"
        self.emails.add(address)
        return address

    def phone(self, rng: Random, zone: str) -> str | None:
        """A fictional number (US 555-01xx, London 020 7946 0xxx) not yet given out, or None."""
        for _ in range(40):
            if zone == "Europe/London" or (zone.startswith("Europe") and rng.random() < 0.5):
                tail = f"0{rng.randrange(1000):03d}"
                key = f"+44207946{tail}"
                text = rng.choice((f"+44 20 7946 {tail}", f"+44 (0)20 7946 {tail}", key))
            else:
                area, tail = rng.choice(US_AREA_CODES), f"01{rng.randrange(100):02d}"
                key = f"+1{area}555{tail}"
                text = rng.choice(
                    (f"+1 {area} 555 {tail}", f"({area}) 555-{tail}", f"{area}-555-{tail}",
                     f"+1-{area}-555-{tail}")
                )  # fmt: skip
            if key not in self.phones:
                self.phones.add(key)
                return text
        return None


def _plain(name: str) -> str:
    """Lower-case ASCII for an e-mail address: accents dropped, spaces and apostrophes removed."""
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII))
    return "".join(ch for ch in folded.lower() if ch.isascii() and ch.isalnum())


def _story(world: World, index: int, directory: _Directory) -> Story:
    rng = world.rng
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    zone = _weighted(rng, ZONES)
    tier = _weighted(rng, TIERS)
    phone = None if rng.random() < 0.15 else directory.phone(rng, zone)
    start = world.start + (world.now - world.start) * (rng.random() ** 2) * 0.6
    customer: dict[str, object] = {
        "external_id": f"C-{index + 1:05d}",
        "name": f"{first} {last}",
        "email": directory.email(rng, first, last),
        "phone": phone,
        "timezone": zone,
        "tier": tier,
        "lifetime_value": round(TIER_VALUE[tier] * rng.lognormvariate(0, 0.5), 2),
        "tags": sorted(rng.sample(CUSTOMER_TAGS, rng.choices((0, 1, 2, 3), (55, 30, 12, 3))[0])),
        "consent_email": rng.random() < 0.82,
        "consent_sms": phone is not None and rng.random() < 0.5,
        "consent_call": phone is not None and rng.random() < 0.25,
        "opted_out_sms_at": None,
    }
    if phone is not None and rng.random() < 0.035:
        customer["opted_out_sms_at"] = world.between(start, world.now)
    currency = "GBP" if zone == "Europe/London" else "EUR" if zone.startswith("Europe") else "USD"
    proneness = rng.lognormvariate(0, 0.6)
    years = rng.randint(*TIER_YEARS[tier])
    return Story(customer, ZoneInfo(zone), currency, tier, start, proneness, years)


def _weighted(rng: Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in options], [weight for _, weight in options])[0]


def _number_events(stories: list[Story]) -> list[dict[str, object]]:
    """Events in customer order, each customer's in time order, numbered in that order."""
    events: list[dict[str, object]] = []
    for story in stories:
        events.extend(sorted(story.events, key=occurred))
    for number, event in enumerate(events, start=1):
        event["external_id"] = f"E-{number:06d}"
    return events


def _feedback_records(
    rng: Random, drafts: list[Draft], directory: _Directory
) -> list[dict[str, object]]:
    """Number feedback in the order it arrived; link some replies to the same customer's last."""
    ordered = sorted(enumerate(drafts), key=lambda pair: (pair[1].received, pair[0]))
    records: list[dict[str, object]] = []
    latest: dict[int, tuple[str, datetime]] = {}
    for number, (_, draft) in enumerate(ordered, start=1):
        external_id = f"F-{number:06d}"
        record = _record(rng, external_id, draft, directory)
        if draft.story is not None:
            key = id(draft.story)
            earlier = latest.get(key)
            replying = earlier and draft.channel in ("email", "sms") and rng.random() < 0.25
            if earlier and replying and draft.received - earlier[1] <= 21 * DAY:
                record["in_reply_to"] = earlier[0]
            latest[key] = (external_id, draft.received)
        records.append(record)
    return records


def _record(
    rng: Random, external_id: str, draft: Draft, directory: _Directory
) -> dict[str, object]:
    customer = draft.story.customer if draft.story else None
    record: dict[str, object] = {
        "external_id": external_id,
        "customer_id": customer["external_id"] if customer and draft.identity == "id" else None,
        "email": customer["email"] if customer and draft.identity == "email" else None,
        "phone": None,
        "channel": draft.channel,
        "metric": draft.metric,
        "score": draft.score,
        "text": draft.text,
        "language": "en",
        "received_at": draft.received,
        "in_reply_to": None,
        "scenario": list(draft.tags),
    }
    if customer is None:
        _stranger(rng, record, draft.name, directory)
    return record


def _stranger(rng: Random, record: dict[str, object], name: str, directory: _Directory) -> None:
    """Someone we have never heard of: reachable by a fresh e-mail address or phone number only."""
    if record["channel"] == "sms":
        record["phone"] = directory.phone(rng, "America/New_York")
    if record["phone"] is None:
        first, last = name.split(" ", 1)
        record["email"] = directory.email(rng, first, last)
