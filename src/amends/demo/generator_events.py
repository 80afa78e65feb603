"""Each demo customer's behaviour over the window: orders and their deliveries, logins, payments,
contacts and calls, told as a story in which problems lead to contacts and sometimes to leaving.

Problems are also recorded as incidents, so the feedback writer can pick a real late delivery (or
double charge, or long hold) and complain about it afterwards. ``inject`` creates a fresh incident
when the feedback needs one the baseline stories did not happen to produce.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from random import Random
from zoneinfo import ZoneInfo

from amends.demo.phrases_lexicon import AGENTS, CARRIERS, PRODUCTS, URGENT_PRODUCTS

Event = dict[str, object]
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
LONG_HOLD = 20 * 60  # seconds: beyond this a wait is something customers write about
MANY_TRANSFERS = 3
PROBLEM_KINDS = ("late_delivery", "missing_delivery", "damaged_item", "product_quality")
ORDERS_PER_TIER = {"standard": (1, 3), "silver": (1, 4), "gold": (2, 5), "platinum": (3, 7)}


@dataclass
class Incident:
    """A moment worth complaining about: ``at`` is the earliest a complaint makes sense."""

    story: Story
    kind: str
    at: datetime
    detail: dict[str, object] = field(default_factory=dict)


@dataclass
class Story:
    """One customer and everything that happened to them."""

    customer: dict[str, object]
    zone: ZoneInfo
    currency: str
    tier: str
    start: datetime
    proneness: float
    years: int
    plan: str | None = None
    events: list[Event] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)

    @property
    def customer_id(self) -> str:
        return str(self.customer["external_id"])

    def local_day(self, at: datetime) -> str:
        return at.astimezone(self.zone).strftime("%A")

    def of_type(self, *kinds: str, before: datetime | None = None) -> list[Event]:
        return [
            event
            for event in self.events
            if event["type"] in kinds and (before is None or occurred(event) <= before)
        ]


@dataclass
class World:
    """The shared state of one generation run: randomness, the window and the incident index."""

    rng: Random
    now: datetime
    start: datetime
    incidents: dict[str, list[Incident]] = field(default_factory=dict)
    _orders: itertools.count[int] = field(default_factory=lambda: itertools.count(40117, 7))
    _refs: itertools.count[int] = field(default_factory=lambda: itertools.count(20931, 13))

    def order_id(self) -> str:
        return str(next(self._orders))

    def ref(self) -> str:
        return f"CS-{next(self._refs)}"

    def between(self, low: datetime, high: datetime) -> datetime:
        low, high = max(low, self.start), min(high, self.now)
        if high <= low:
            return low.replace(microsecond=0)
        return (low + (high - low) * self.rng.random()).replace(microsecond=0)

    def record(self, story: Story, kind: str, at: datetime, **detail: object) -> Incident:
        incident = Incident(story, kind, at, detail)
        self.incidents.setdefault(kind, []).append(incident)
        story.incidents.append(incident)
        return incident

    def add(self, story: Story, kind: str, at: datetime, **fields: object) -> Event | None:
        """Append an event if it falls inside the window; a future event simply has not happened."""
        if at > self.now or at < self.start:
            return None
        amount = fields.pop("amount", None)
        money = isinstance(amount, int | float)
        event: Event = {
            "external_id": "",
            "customer_id": story.customer_id,
            "type": kind,
            "occurred_at": at.replace(microsecond=0),
            "amount": round(float(amount), 2) if isinstance(amount, int | float) else None,
            "currency": story.currency if money else None,
            "channel": fields.pop("channel", None),
            "hold_seconds": fields.pop("hold_seconds", None),
            "transfers": fields.pop("transfers", None),
            "attributes": fields,
        }
        story.events.append(event)
        return event


def occurred(event: Event) -> datetime:
    value = event["occurred_at"]
    assert isinstance(value, datetime)
    return value


def tell(world: World, story: Story) -> None:
    """The baseline story: orders and their fates, reactions to problems, logins, billing."""
    rng = world.rng
    for _ in range(rng.randint(*ORDERS_PER_TIER[story.tier])):
        when = world.between(story.start, world.now - DAY)
        order(world, story, when, _fate(rng, story.proneness))
    if rng.random() < 0.07 * story.proneness:
        login_trouble(world, story, world.between(story.start, story.start + 3 * DAY))
    problems = list(story.incidents)
    for incident in problems:
        react(world, story, incident.at)
    churned = _maybe_churn(world, story, len(problems))
    _logins(world, story, churned)
    if rng.random() < 0.3:
        _subscription(world, story, churned)
    if rng.random() < 0.35:
        contact(world, story, world.between(story.start, world.now), dept="customer care")


def _fate(rng: Random, proneness: float) -> str:
    roll = rng.random() / proneness
    for fate, share in (("late", 0.13), ("missing", 0.16), ("damaged", 0.2), ("quality", 0.24)):
        if roll < share:
            return fate
    return "ok"


def order(world: World, story: Story, at: datetime, fate: str) -> Incident | None:
    """An order, its payment, shipment and (fate permitting) delivery; returns its incident."""
    rng = world.rng
    order_id = world.order_id()
    urgent = rng.random() < 0.06
    product = rng.choice(URGENT_PRODUCTS if urgent else PRODUCTS)
    base = {"standard": 3.5, "silver": 3.8, "gold": 4.1, "platinum": 4.5}[story.tier]
    amount = round(min(rng.lognormvariate(base, 0.6), 2400.0), 2)
    if world.add(story, "order", at, amount=amount, order_id=order_id, product=product) is None:
        return None
    if rng.random() < 0.7:
        paid = at + timedelta(minutes=rng.randint(1, 15))
        world.add(story, "payment", paid, amount=amount, order_id=order_id, method="card")
    promised = (at + DAY * rng.randint(3, 6)).astimezone(story.zone).date()
    deadline = datetime.combine(promised, time(20), story.zone).astimezone(UTC)
    shipped = at + HOUR * rng.uniform(5, 40)
    carrier = rng.choice(CARRIERS)
    shipment = world.add(
        story, "shipment", shipped, order_id=order_id, carrier=carrier, promised_by=str(promised)
    )
    if shipment is None:
        return None
    detail = {"order": order_id, "product": product, "amount": amount, "day": deadline}
    return _deliver(world, story, fate, shipped, deadline, detail)


def _deliver(
    world: World,
    story: Story,
    fate: str,
    shipped: datetime,
    deadline: datetime,
    detail: dict[str, object],
) -> Incident | None:
    rng = world.rng
    order_id, promised = detail["order"], str(deadline.astimezone(story.zone).date())
    if fate == "missing":
        lost = deadline + DAY * rng.uniform(1, 3)
        return (
            world.record(story, "missing_delivery", lost, **detail) if lost <= world.now else None
        )
    late = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 9, 12)) if fate == "late" else 0
    arrived = max(shipped + 6 * HOUR, deadline - HOUR * rng.uniform(1, 60)) + DAY * late
    extra: dict[str, object] = {"late_days": late} if late else {}
    if fate == "damaged":
        extra["condition"] = "damaged"
    delivery = world.add(
        story, "delivery", arrived, order_id=order_id, promised_by=promised, **extra
    )
    if delivery is None or fate == "ok":
        return None
    if fate == "late":
        return world.record(story, "late_delivery", arrived, late_days=late, **detail)
    if fate == "damaged":
        return _send_back(world, story, arrived, "damaged_item", "damaged", detail)
    broke = arrived + DAY * rng.uniform(7, 40)
    return _send_back(world, story, broke, "product_quality", "faulty", detail)


def _send_back(
    world: World, story: Story, at: datetime, kind: str, reason: str, detail: dict[str, object]
) -> Incident | None:
    if at > world.now:
        return None
    incident = world.record(story, kind, at, **detail)
    if world.rng.random() < 0.6:
        returned = at + DAY * world.rng.uniform(1, 6)
        if world.add(story, "return", returned, order_id=detail["order"], reason=reason):
            refund_at = returned + DAY * world.rng.uniform(2, 8)
            world.add(story, "refund", refund_at, amount=detail["amount"], order_id=detail["order"])
    return incident


def login_trouble(world: World, story: Story, at: datetime) -> Incident | None:
    """A new account that will not activate: failed logins in a cluster, then maybe a contact."""
    rng = world.rng
    reason = rng.choice(("activation_link_expired", "password_reset_failed", "locked_out"))
    attempts = [at + timedelta(minutes=rng.randint(0, 90)) for _ in range(rng.randint(2, 4))]
    added = [world.add(story, "login", when, success=False, reason=reason) for when in attempts]
    if not any(added):
        return None
    last = max(attempts)
    if rng.random() < 0.5:
        contact(world, story, last + HOUR * rng.uniform(1, 30), dept="accounts")
    return world.record(story, "account_activation", last, reason=reason)


def billing_glitch(world: World, story: Story, variant: str) -> Incident | None:
    """A double charge, or a charge for the wrong amount, on one of the customer's payments."""
    payments = story.of_type("payment")
    if not payments:
        order(world, story, world.between(story.start, world.now - 2 * DAY), "ok")
        payments = story.of_type("payment")
    if not payments:
        return None
    payment = world.rng.choice(payments)
    amount, attributes = payment["amount"], payment["attributes"]
    assert isinstance(amount, float)
    assert isinstance(attributes, dict)
    at, order_id = occurred(payment), attributes.get("order_id", "")
    detail: dict[str, object] = {"amount": amount, "day": at, "variant": variant}
    if order_id:
        detail["order"] = order_id
    if variant == "duplicate":
        again = at + timedelta(minutes=world.rng.randint(1, 90))
        if world.add(story, "payment", again, amount=amount, duplicate=True, **_ref(order_id)):
            return world.record(story, "billing_error", again, **detail)
        return None
    charged = round(amount * world.rng.choice((1.1, 1.25, 1.5, 2.0)) + 4.99, 2)
    payment["amount"] = charged
    attributes["expected_amount"] = amount
    return world.record(story, "billing_error", at, amount2=charged, **detail)


def _ref(order_id: object) -> dict[str, object]:
    return {"order_id": order_id} if order_id else {}


def react(world: World, story: Story, at: datetime) -> None:
    """What a customer does after a problem: often a contact, sometimes a call, sometimes both."""
    rng = world.rng
    if rng.random() < 0.55:
        promise = rng.choice(("callback", "refund", "visit")) if rng.random() < 0.25 else None
        contact(world, story, at + HOUR * rng.uniform(1, 72), dept="complaints", promise=promise)
    if rng.random() < 0.35:
        call(world, story, at + HOUR * rng.uniform(2, 96))


def contact(
    world: World, story: Story, at: datetime, *, dept: str, promise: str | None = None
) -> Event | None:
    """A written or in-person contact; a promise made and never kept becomes an incident."""
    rng = world.rng
    channel = rng.choices(("email", "chat", "phone", "store"), (45, 35, 10, 10))[0]
    extra: dict[str, object] = {"promised": promise} if promise else {}
    agent = rng.choice(AGENTS)
    event = world.add(
        story, "support_contact", at, channel=channel, department=dept, agent=agent, **extra
    )
    if event is not None:
        world.record(story, "contact", at, agent=agent, dept=dept)
        if promise and at + 2 * DAY <= world.now:  # only broken once the deadline has passed
            world.record(story, "broken_promise", at + 2 * DAY, agent=agent, variant=promise)
    return event


def call(
    world: World,
    story: Story,
    at: datetime,
    *,
    hold: int | None = None,
    transfers: int | None = None,
) -> Event | None:
    """An inbound call; long holds and many transfers are incidents in their own right."""
    rng = world.rng
    if hold is None:
        long = rng.random() < 0.15
        hold = int(rng.uniform(LONG_HOLD, 5400) if long else rng.uniform(20, 900))
    if transfers is None:
        transfers = rng.choices((0, 1, 2, 3, 4, 5), (60, 25, 8, 4, 2, 1))[0]
    agent, dept = rng.choice(AGENTS), rng.choice(("billing", "deliveries", "customer care"))
    event = world.add(
        story, "call", at, channel="phone", hold_seconds=hold, transfers=transfers,
        department=dept, agent=agent, direction="inbound",
    )  # fmt: skip
    if event is None:
        return None
    detail = {"agent": agent, "dept": dept, "hold": hold, "transfers": transfers}
    world.record(story, "contact", at, **detail)
    if hold >= LONG_HOLD:
        world.record(story, "long_hold", at, **detail)
    if transfers >= MANY_TRANSFERS:
        world.record(story, "transferred", at, **detail)
    return event


def _maybe_churn(world: World, story: Story, problems: int) -> datetime | None:
    """Bad experiences make leaving likely; the time they left, or None."""
    if problems < 1 or world.rng.random() > 0.18 * problems:
        return None
    last = max(incident.at for incident in story.incidents)
    when = last + DAY * world.rng.uniform(1, 12)
    reason = world.rng.choice(("poor service", "delivery problems", "too expensive", "no reason"))
    return when if world.add(story, "cancellation", when, scope="account", reason=reason) else None


def _logins(world: World, story: Story, churned: datetime | None) -> None:
    """Logins at the customer's own pace; the disengaged stop part-way through."""
    rng = world.rng
    rate = rng.lognormvariate(math.log(0.05), 0.8)
    stop = churned or world.now
    if rng.random() < 0.25:
        stop = min(stop, story.start + (world.now - story.start) * rng.uniform(0.2, 0.7))
    when = story.start + DAY * rng.expovariate(rate)
    for _ in range(60):
        if when >= stop:
            break
        world.add(story, "login", when, success=True, device=rng.choice(("web", "ios", "android")))
        when += DAY * rng.expovariate(rate)


def _subscription(world: World, story: Story, churned: datetime | None) -> None:
    """Monthly billing for a plan; cancelling stops it, except when billing forgets to stop."""
    rng = world.rng
    plan, price = rng.choice(
        (("Plus plan", 9.99), ("Premium membership", 14.99), ("monthly box", 29.0))
    )
    story.plan = plan
    began = world.between(story.start, story.start + 20 * DAY)
    world.add(story, "subscription_change", began, plan=plan, action="start")
    ends = churned or (world.between(began, world.now) if rng.random() < 0.15 else None)
    if ends and not churned:
        world.add(story, "subscription_change", ends, plan=plan, action="cancel")
    when = began
    while when <= (ends or world.now):
        world.add(story, "payment", when, amount=price, plan=plan, method="direct debit")
        when += DAY * rng.uniform(29.5, 31)
    if ends and rng.random() < 0.4:
        when += DAY * rng.uniform(0, 3)
        if world.add(story, "payment", when, amount=price, plan=plan, method="direct debit"):
            detail = {"amount": price, "day": when, "variant": "after_cancel", "month": ends}
            world.record(story, "billing_error", when, **detail)


def inject(world: World, story: Story, kind: str) -> Incident | None:
    """Make ``kind`` happen to this customer now, because a feedback item needs to be about it."""
    rng = world.rng
    early = world.between(min(story.start, world.now - 30 * DAY), world.now - 24 * DAY)
    if kind in PROBLEM_KINDS:
        fate = {"late_delivery": "late", "missing_delivery": "missing", "damaged_item": "damaged"}
        return order(world, story, early, fate.get(kind, "quality"))
    if kind == "billing_error":
        return billing_glitch(world, story, rng.choice(("duplicate", "wrong_amount")))
    if kind == "account_activation":
        return login_trouble(world, story, world.between(story.start, world.now - DAY))
    return None
