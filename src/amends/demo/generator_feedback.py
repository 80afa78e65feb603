"""Plans the demo's feedback: who writes, on which channel, about what, and when.

Every complaint is anchored on something that happened to that customer (a late delivery is
complained about after it arrived late; "I was transferred four times" follows a call with four
transfers). When the baseline stories lack such a moment, one is made to happen first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from random import Random

from amends.demo import generator_events as ev
from amends.demo.generator_events import DAY, Incident, Story, World
from amends.demo.phrases import Facts, write_feedback
from amends.demo.phrases_lexicon import (
    AGENTS,
    DEPARTMENTS,
    FIRST_NAMES,
    LAST_NAMES,
    MONTHS,
    PLANS,
    PRODUCTS,
)

MOOD_MIX = (("negative", 45), ("neutral", 20), ("positive", 30), ("mixed", 5))
CHANNEL_MIX = (
    ("survey", 27), ("email", 18), ("sms", 12), ("ticket", 11), ("review", 9), ("chat", 9),
    ("social", 7), ("call_note", 7),
)  # fmt: skip
PROBLEM_MIX = (
    ("late_delivery", 12), ("missing_delivery", 8), ("damaged_item", 8), ("billing_error", 12),
    ("rude_staff", 6), ("transferred", 6), ("long_hold", 6), ("broken_promise", 8),
    ("account_activation", 7), ("confusion", 8), ("worry", 4), ("product_quality", 9),
)  # fmt: skip
MIXED_PAIRS = ("late_delivery", "long_hold", "product_quality", "account_activation", "transferred")
SERVICE_ODDS = (
    ("long_hold", 0.1),
    ("transferred", 0.08),
    ("broken_promise", 0.1),
    ("rude_staff", 0.07),
)
ATTITUDE_ODDS = (
    ("follow_up_request", 0.24), ("churn_threat", 0.16), ("repeat_contact", 0.14),
    ("public_threat", 0.1), ("undervalued", 0.1), ("worry", 0.08),
)  # fmt: skip
MAX_TAGS = {"sms": 2, "survey": 2, "chat": 3, "social": 3}
# Situations that need nothing to have happened first.
FREE_STANDING = frozenset({"neutral", "positive", "confusion", "worry"})
SEVERE = frozenset({"churn_threat", "public_threat", "undervalued", "rude_staff"})


@dataclass
class Draft:
    """One feedback item before ids are assigned; ``story`` is None for a stranger."""

    story: Story | None
    identity: str  # "id", "email" (a known customer's address only), "stranger"
    channel: str
    mood: str
    tags: list[str]
    received: datetime
    metric: str | None = None
    score: int | None = None
    text: str | None = None
    name: str = ""  # who wrote it; a stranger's name only appears here and in their address


@dataclass
class _Case:
    story: Story | None
    at: datetime
    detail: dict[str, object] = field(default_factory=dict)
    variants: dict[str, str] = field(default_factory=dict)
    contacts: int = 2


class Planner:
    """Draws feedback items one at a time, consuming incidents so complaints rarely repeat."""

    def __init__(self, world: World, stories: list[Story]) -> None:
        self.world, self.rng, self.stories = world, world.rng, stories
        self._queues: dict[str, list[Incident]] = {}
        self._used: dict[str, list[Incident]] = {}

    def draft(self) -> Draft:
        rng = self.rng
        mood = _weighted(rng, MOOD_MIX)
        roll = rng.random()
        identity = "stranger" if roll < 0.04 else "email" if roll < 0.09 else "id"
        channel = _channel(rng, identity)
        tags = self._tags(mood, channel, identity)
        case = self._open(tags[1] if tags[0] == "mixed" else tags[0], mood, identity)
        if case is None:  # a tiny window had no room for the incident: write something neutral
            mood, tags = "neutral", ["neutral"]
            case = self._open("neutral", mood, identity)
            assert case is not None
        draft = Draft(case.story, identity, channel, mood, tags, self._received(case, tags))
        story = case.story
        draft.name = str(story.customer["name"]) if story else _stranger_name(rng)
        self._support(case, draft)
        _score(rng, draft)
        if channel == "survey" and rng.random() < 0.3:
            draft.tags = []  # score only: nothing written, so no situation to show
            draft.text = rng.choice((None, None, None, ""))
        else:
            facts = _facts(self.world, case, draft)
            draft.text = write_feedback(rng, channel=channel, mood=mood, tags=tags, facts=facts)
        return draft

    def _tags(self, mood: str, channel: str, identity: str) -> list[str]:
        rng = self.rng
        if mood == "mixed":
            return [
                "mixed",
                "account_activation" if identity == "stranger" else rng.choice(MIXED_PAIRS),
            ]
        if mood != "negative":
            extra = ["follow_up_request"] if mood == "neutral" and rng.random() < 0.08 else []
            return [mood, *extra]
        if identity == "stranger":
            primary = rng.choice(("confusion", "account_activation"))
        else:
            primary = _weighted(rng, PROBLEM_MIX)
        tags = [primary]
        if primary not in FREE_STANDING and identity != "stranger":
            tags += [tag for tag, odds in SERVICE_ODDS if tag != primary and rng.random() < odds]
        tags += [tag for tag, odds in ATTITUDE_ODDS if tag != primary and rng.random() < odds]
        if identity == "stranger":
            tags = [tag for tag in tags if tag not in ("repeat_contact", "undervalued")]
        return tags[: MAX_TAGS.get(channel, 4)]

    def _open(self, primary: str, mood: str, identity: str) -> _Case | None:
        """Find (or make happen) the moment this feedback is about."""
        if identity == "stranger":
            return _Case(None, self.world.between(self.world.start, self.world.now))
        if primary in FREE_STANDING:
            return self._casual(self.rng.choice(self.stories), mood)
        incident = self._take(primary)
        if incident is None:
            return None
        case = _Case(incident.story, incident.at, dict(incident.detail))
        if "variant" in incident.detail:
            case.variants[primary] = str(incident.detail["variant"])
        return case

    def _take(self, kind: str) -> Incident | None:
        pool = "contact" if kind == "rude_staff" else kind
        if pool not in self._queues:
            self._queues[pool] = list(self.world.incidents.get(pool, []))
            self.rng.shuffle(self._queues[pool])
        queue, used = self._queues[pool], self._used.setdefault(pool, [])
        if used and self.rng.random() < 0.12:
            return self.rng.choice(used)  # the same customer writing about it again
        incident = queue.pop() if queue else self._happen(self.rng.choice(self.stories), kind)
        if incident is not None:
            used.append(incident)
        return incident

    def _happen(self, story: Story, kind: str) -> Incident | None:
        """Make a service incident happen to ``story``; problems go through ``ev.inject``."""
        world, rng = self.world, self.rng
        at = world.between(story.start, world.now - 3 * DAY)
        before = len(story.incidents)
        if kind == "broken_promise":
            ev.contact(
                world,
                story,
                at,
                dept="complaints",
                promise=rng.choice(("callback", "refund", "visit")),
            )
        elif kind == "rude_staff" and rng.random() < 0.5:
            ev.contact(world, story, at, dept=rng.choice(DEPARTMENTS))
        elif kind in ("long_hold", "transferred", "rude_staff"):
            hold = int(rng.uniform(ev.LONG_HOLD, 5400)) if kind == "long_hold" else None
            transfers = rng.randint(3, 5) if kind == "transferred" else None
            ev.call(world, story, at, hold=hold, transfers=transfers)
        else:
            return ev.inject(world, story, kind)
        wanted = "contact" if kind == "rude_staff" else kind
        fresh = [i for i in story.incidents[before:] if i.kind == wanted]
        return fresh[0] if fresh else None

    def _casual(self, story: Story, mood: str) -> _Case:
        """Feedback not about a problem: anchored on a recent order, payment or contact."""
        kinds = {"positive": ("support_contact", "call", "delivery", "refund")}.get(
            mood, ("order", "payment", "delivery")
        )
        events = story.of_type(*kinds) or story.of_type("order", "login") or story.events
        if not events:
            return _Case(story, self.world.between(story.start, self.world.now))
        event = self.rng.choice(events)
        attributes = event["attributes"]
        assert isinstance(attributes, dict)
        detail = {
            key: attributes[key] for key in ("order_id", "product", "agent") if key in attributes
        }
        if "order_id" in detail:
            detail["order"] = detail.pop("order_id")
        if isinstance(event["amount"], float):
            detail["amount"] = event["amount"]
        at = event["occurred_at"]
        assert isinstance(at, datetime)
        return _Case(story, at, detail)

    def _received(self, case: _Case, tags: list[str]) -> datetime:
        rng, now = self.rng, self.world.now
        delay = timedelta(minutes=rng.randint(10, 240)) + DAY * rng.expovariate(1 / 1.2)
        if any(
            tag in tags for tag in ("broken_promise", "repeat_contact", "long_hold", "transferred")
        ):
            delay += DAY * rng.uniform(2, 5)  # room for the calls and chasing the text mentions
        return min(case.at + delay, now) if case.at < now else now

    def _support(self, case: _Case, draft: Draft) -> None:
        """Create the contacts a text mentions, between the anchor moment and the feedback."""
        story, world, rng = case.story, self.world, self.rng
        if story is None:
            return
        tags, primary = draft.tags, draft.tags[0]
        if draft.channel == "call_note" or {"long_hold", "transferred"} & set(tags[1:]):
            self._call_for(case, draft)
        for tag in ("broken_promise", "rude_staff"):
            if tag not in tags[1:]:
                continue
            at = world.between(case.at, draft.received - 2 * DAY)
            promise = rng.choice(("callback", "refund")) if tag == "broken_promise" else None
            event = ev.contact(world, story, at, dept="complaints", promise=promise)
            if event is not None:
                case.detail.setdefault("agent", _attribute(event, "agent"))
                if promise:
                    case.variants[tag] = promise
        if "repeat_contact" in tags:
            case.contacts = self._chase(case, draft.received)
        if primary == "broken_promise" and primary not in case.variants:
            case.variants[primary] = "callback"

    def _call_for(self, case: _Case, draft: Draft) -> None:
        """The call a text talks about; for a call note, the very call the agent was on."""
        story, world, rng = case.story, self.world, self.rng
        assert story is not None
        hold = int(_number(case.detail, "hold", rng.uniform(20, 600)))
        transfers = int(_number(case.detail, "transfers", rng.choice((0, 0, 1))))
        if "long_hold" in draft.tags and hold < ev.LONG_HOLD:
            hold = int(rng.uniform(ev.LONG_HOLD, 5400))
        if "transferred" in draft.tags and transfers < ev.MANY_TRANSFERS:
            transfers = rng.randint(3, 5)
        span = timedelta(seconds=hold, minutes=rng.randint(4, 25))
        same = (hold, transfers) == (case.detail.get("hold"), case.detail.get("transfers"))
        if draft.channel == "call_note" and same:  # the note is about the anchoring call itself
            draft.received = min(world.now, case.at + span)
            return
        if draft.channel == "call_note":
            draft.received = min(world.now, max(draft.received, case.at + span))
            at = max(world.start, draft.received - span)
        else:
            at = world.between(case.at, draft.received - span)
        if ev.call(world, story, at, hold=hold, transfers=transfers) is not None:
            case.detail.update(hold=hold, transfers=transfers)
            if draft.channel == "call_note":
                draft.received = min(world.now, at + span)

    def _chase(self, case: _Case, received: datetime) -> int:
        """Make sure the customer really has contacted us before; returns this contact's number."""
        story = case.story
        assert story is not None
        since = case.at - DAY
        earlier = [
            event
            for event in story.of_type("support_contact", "call", before=received)
            if ev.occurred(event) >= since
        ]
        for _ in range(max(0, 2 - len(earlier))):
            ev.contact(self.world, story, self.world.between(case.at, received), dept="complaints")
        return max(2, len(earlier)) + 1


def _weighted(rng: Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in options], [weight for _, weight in options])[0]


def _channel(rng: Random, identity: str) -> str:
    if identity == "email":
        return rng.choice(("email", "email", "ticket", "chat", "review"))
    if identity == "stranger":
        return rng.choice(("email", "ticket", "review", "social", "chat", "sms", "sms"))
    return _weighted(rng, CHANNEL_MIX)


_BANDS = {  # metric -> mood -> (low, high); "severe" is a negative item with a threat in it
    "nps": {"severe": (0, 2), "negative": (0, 4), "mild": (3, 6), "neutral": (6, 8),
            "mixed": (5, 7), "positive": (9, 10)},
    "csat": {"severe": (1, 1), "negative": (1, 2), "mild": (2, 3), "neutral": (3, 4),
             "mixed": (3, 3), "positive": (4, 5)},
    "ces": {"severe": (6, 7), "negative": (5, 7), "mild": (4, 6), "neutral": (3, 5),
            "mixed": (3, 5), "positive": (1, 2)},
}  # fmt: skip


def _score(rng: Random, draft: Draft) -> None:
    """A survey or text-message reply carries a score that agrees with what the text says."""
    if draft.channel == "survey":
        draft.metric = _weighted(rng, (("nps", 45), ("csat", 40), ("ces", 15)))
    elif draft.channel == "sms" and draft.identity != "stranger" and rng.random() < 0.75:
        draft.metric = rng.choice(("nps", "csat"))
    if draft.metric is None:
        return
    band = draft.mood
    if band == "negative" and SEVERE & set(draft.tags):
        band = "severe"
    elif band == "negative" and set(draft.tags) <= {"confusion", "worry", "follow_up_request"}:
        band = "mild"
    low, high = _BANDS[draft.metric][band]
    draft.score = rng.randint(low, high)


def _facts(world: World, case: _Case, draft: Draft) -> Facts:
    """Everything the text may mention: the case's own details first, plausible filler after."""
    rng, story, detail = world.rng, case.story, case.detail
    latest = story.of_type("order", before=draft.received) if story else []
    order = latest[-1]["attributes"] if latest else {}
    assert isinstance(order, dict)
    amount = _number(detail, "amount", rng.uniform(12, 240))
    month = detail.get("month", case.at - 30 * DAY)
    assert isinstance(month, datetime)
    day = detail.get("day", case.at)
    assert isinstance(day, datetime)
    dept = str(detail.get("dept") or rng.choice(DEPARTMENTS))
    dept2 = rng.choice([other for other in DEPARTMENTS if other != dept])
    return Facts(
        name=draft.name,
        tier=story.tier if story else "standard",
        years=story.years if story else rng.randint(1, 4),
        currency=story.currency if story else "USD",
        order=str(detail.get("order") or order.get("order_id") or world.order_id()),
        product=str(detail.get("product") or order.get("product") or rng.choice(PRODUCTS)),
        amount=round(amount, 2),
        amount2=_number(detail, "amount2", round(amount * 1.25 + 4.99, 2)),
        late_days=int(_number(detail, "late_days", rng.randint(2, 9))),
        weekday=story.local_day(day) if story else day.strftime("%A"),
        month=MONTHS[month.month - 1],
        agent=str(detail.get("agent") or rng.choice(AGENTS)),
        hold_seconds=int(_number(detail, "hold", rng.uniform(900, 2400))),
        transfers=int(_number(detail, "transfers", rng.randint(2, 4))),
        contacts=case.contacts,
        dept=dept,
        dept2=dept2,
        ref=world.ref(),
        plan=(story.plan if story and story.plan else rng.choice(PLANS)),
        weeks=rng.randint(2, 8),
        promise_day=story.local_day(case.at + 2 * DAY) if story else "Friday",
        now_year=world.now.year,
        variants=case.variants,
        score=draft.score,
    )


def _stranger_name(rng: Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _number(detail: dict[str, object], key: str, default: float) -> float:
    value = detail.get(key)
    return float(value) if isinstance(value, int | float) else default


def _attribute(event: dict[str, object], key: str) -> object:
    attributes = event["attributes"]
    return attributes.get(key) if isinstance(attributes, dict) else None
