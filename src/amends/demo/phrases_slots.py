"""Turns the raw facts of a case into the words a template slots in.

The same fact is worded several ways ("9 days", "nine days"; "over an hour", "75 minutes") so that
two texts about similar cases do not read alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from random import Random

_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
_ORDINALS = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
)  # fmt: skip
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}
_TIER_WORDS = {"standard": "regular", "silver": "Silver", "gold": "Gold", "platinum": "Platinum"}


@dataclass(frozen=True)
class Facts:
    """Everything a text may mention about the customer and the case behind it."""

    name: str
    tier: str
    years: int
    currency: str
    order: str
    product: str
    amount: float
    amount2: float
    late_days: int
    weekday: str
    month: str
    agent: str
    hold_seconds: int
    transfers: int
    contacts: int
    dept: str
    dept2: str
    ref: str
    plan: str
    weeks: int
    promise_day: str
    now_year: int
    # Which wording of a situation fits the events, e.g. {"billing_error": "duplicate"}.
    variants: Mapping[str, str] = field(default_factory=dict)
    score: int | None = None


def build_slots(rng: Random, facts: Facts) -> dict[str, str]:
    """Slot name -> words, for every slot any template may use."""
    late = _days(rng, facts.late_days)
    hold = _hold(rng, facts.hold_seconds)
    first_name = facts.name.split()[0]
    slots = {
        "order": facts.order if rng.random() < 0.8 else f"#{facts.order}",
        "product": facts.product,
        "product_cap": _cap(facts.product),
        "a_product": f"{'an' if facts.product[:1] in 'aeiou' else 'a'} {facts.product}",
        "amount": _money(rng, facts.amount, facts.currency),
        "amount2": _money(rng, facts.amount2, facts.currency),
        "late": late,
        "late_cap": _cap(late),
        "weekday": facts.weekday,
        "month": facts.month,
        "agent": facts.agent,
        "hold": hold,
        "hold_cap": _cap(hold),
        "hold_min": str(max(1, round(facts.hold_seconds / 60))),
        "ref": facts.ref,
        "plan": facts.plan,
        "tier": _TIER_WORDS.get(facts.tier, facts.tier),
        "dept": facts.dept,
        "dept_cap": _cap(facts.dept),
        "dept2": facts.dept2,
        "weeks": _number(rng, facts.weeks),
        "promised_when": _promised_when(rng, facts.promise_day),
        "name": first_name,
        "name_cap": first_name,
        "fullname": facts.name,
        "since": str(facts.now_year - facts.years),
    }
    slots |= _counts(rng, facts)
    slots |= {f"variant:{tag}": variant for tag, variant in facts.variants.items()}
    if facts.score is not None:
        slots["score"] = str(facts.score)
    return slots


def _counts(rng: Random, facts: Facts) -> dict[str, str]:
    transfers = _number(rng, facts.transfers)
    years = _number(rng, facts.years)
    return {
        "transfers": transfers,
        "transfers_cap": _cap(transfers),
        "transfers_n": str(facts.transfers),
        "transfers_nth": _ordinal(facts.transfers),
        "contacts": _number(rng, facts.contacts),
        "nth": _ordinal(facts.contacts),
        "nth_cap": _cap(_ordinal(facts.contacts)),
        "nth_n": _short_ordinal(facts.contacts),
        "years": years,
        "years_cap": _cap(years),
    }


def _number(rng: Random, value: int) -> str:
    """Small numbers are often written out, as people do."""
    if 0 <= value < len(_WORDS) and rng.random() < 0.55:
        return _WORDS[value]
    return str(value)


def _ordinal(value: int) -> str:
    return _ORDINALS[value] if 0 <= value < len(_ORDINALS) else _short_ordinal(value)


def _short_ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _days(rng: Random, days: int) -> str:
    if days <= 1:
        return rng.choice(("a day", "one day", "a full day"))
    if days == 7:
        return rng.choice(("a week", "7 days", "a whole week"))
    if days == 14:
        return rng.choice(("two weeks", "14 days", "a fortnight"))
    return f"{_number(rng, days)} days"


def _hold(rng: Random, seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes >= 120:
        hours = minutes // 60
        return rng.choice((f"over {_WORDS[min(hours, 20)]} hours", f"{minutes} minutes"))
    if minutes >= 60:
        rest = minutes - 60
        options = ["over an hour", f"{minutes} minutes", "more than an hour"]
        if rest >= 5:
            options.append(f"an hour and {rest} minutes")
        return rng.choice(options)
    if minutes >= 45:
        return rng.choice(("nearly an hour", f"{minutes} minutes", "the best part of an hour"))
    return rng.choice((f"{_number(rng, minutes)} minutes", f"{minutes} mins"))


def _money(rng: Random, amount: float, currency: str) -> str:
    text = f"{amount:,.2f}"
    if rng.random() < 0.15:
        return f"{text} {currency}"
    return f"{_SYMBOLS.get(currency, '')}{text}"


def _promised_when(rng: Random, weekday: str) -> str:
    return rng.choice(
        (
            "within 24 hours",
            f"by {weekday}",
            "the same day",
            "within 48 hours",
            "by the end of the week",
            f"on {weekday}",
            "in three to five working days",
        )
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
