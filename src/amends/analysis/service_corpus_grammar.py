"""The template grammar behind the service corpus, and the numbers, names and places it fills in.

A template holds inline alternatives ``[a|b|c]`` (nestable; an empty option makes a part
optional) and slots ``{name}``. A slot is looked up in the industry's bank, then in ``SLOTS``
below, then among the generated values (flight numbers, amounts, times ...); a bank entry is itself
a template, so slots nest. Everything random comes from the caller's ``Random``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from random import Random

from amends.templates import parse, render

__all__ = ["AIRPORTS", "CITIES", "FIRST_NAMES", "SLOTS", "Bank", "Writer", "tidy"]

Bank = Mapping[str, tuple[str, ...]]


class Writer:
    """Expands templates for one message: one industry bank, one brand."""

    def __init__(self, rng: Random, bank: Bank, brand: str) -> None:
        self.rng = rng
        self.bank = bank
        self.brand = brand

    def pick(self, options: tuple[str, ...]) -> str:
        return self.expand(self.rng.choice(options))

    def expand(self, template: str, depth: int = 0) -> str:
        if depth > 6:
            raise ValueError(f"slots nest too deep in {template!r}")
        out: list[str] = []
        render(parse(template), self.rng, lambda name: self.slot(name, depth), out)
        return "".join(out)

    def slot(self, name: str, depth: int = 0) -> str:
        if name == "brand":
            return self.brand
        options = self.bank.get(name) or SLOTS.get(name)
        if options is not None:
            return self.expand(self.rng.choice(options), depth + 1)
        return _GENERATED[name](self.rng)


_A_AN = re.compile(r"\b([Aa]) (?=[aeioAEIO]|8|11\b|18\b)")
_SPACE_BEFORE = re.compile(r"\s+([,.!?:;)])")


def tidy(text: str) -> str:
    """Collapse the seams that optional parts leave behind; fix 'a'/'an'."""
    text = " ".join(text.split())
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = re.sub(r"([,;:])(?=[.!?])", "", text)
    text = re.sub(r"\.{2}(?!\.)", ".", text)
    text = re.sub(r"([!?])\.", r"\1", text)
    text = re.sub(r",,+", ",", text)
    text = _A_AN.sub(lambda m: m.group(1) + "n ", text)
    return text.strip(" ,")


FIRST_NAMES = (
    "Priya", "Tom", "Aisha", "Marco", "Keisha", "Daniel", "Sofia", "Wei", "Omar", "Hannah", "Lucas",
    "Fatima", "Jake", "Mei", "Carlos", "Zoe", "Ahmed", "Grace", "Ravi", "Chloe", "Mateo", "Nia",
    "Sven", "Leila", "Ben", "Yuki", "Kwame", "Ellie", "Diego", "Anya", "Sam", "Jess", "Tariq",
    "Ingrid", "Paolo", "Rosa", "Dev", "Maya", "Liam", "Bea",
)  # fmt: skip
CITIES = (
    "Denver", "Chicago", "London", "Manchester", "Berlin", "Lisbon", "Toronto", "Dublin", "Madrid",
    "Austin", "Seattle", "Boston", "Glasgow", "Leeds", "Paris", "Amsterdam", "Rome", "Atlanta",
    "Phoenix", "Vancouver", "Bristol", "Edinburgh", "Munich", "Vienna", "Dallas", "Miami", "Newark",
    "Houston", "Oslo", "Prague", "Cardiff", "Birmingham", "Portland", "Orlando",
)  # fmt: skip
AIRPORTS = (
    "JFK", "LHR", "DEN", "ORD", "SFO", "AMS", "CDG", "DUB", "YYZ", "MAN", "LGW", "ATL", "BOS",
    "SEA", "MAD", "LIS", "FRA", "EWR", "DFW", "MCO", "EDI", "BCN",
)  # fmt: skip
_WEEKDAYS = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
_SHORT_DAYS = (
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
)  # fmt: skip
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_LETTERS = string.ascii_uppercase.replace("I", "").replace("O", "")


def _amount(rng: Random, low: int, high: int) -> str:
    value = rng.randint(low, high)
    symbol = rng.choice("$$$££€")
    if rng.random() < 0.4:
        return f"{symbol}{value}.{rng.randint(0, 99):02d}"
    return f"{symbol}{value}"


def _time(rng: Random) -> str:
    hour, minute = rng.randint(5, 23), rng.choice((0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55))
    style = rng.random()
    if style < 0.5:
        return f"{hour:02d}:{minute:02d}" if rng.random() < 0.5 else f"{hour}:{minute:02d}"
    suffix = "am" if hour < 12 else "pm"
    hour12 = hour if hour <= 12 else hour - 12
    return f"{hour12}{suffix}" if minute == 0 else f"{hour12}.{minute:02d}{suffix}"


def _wait(rng: Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(2, 5)} hours",
            f"{rng.randint(2, 5)} hrs",
            f"{rng.choice((40, 45, 50, 55, 65, 75, 90))} mins",
            f"{rng.choice((35, 45, 52, 58, 70, 80))} minutes",
            "an hour and a half",
            "over an hour",
            "nearly 2 hours",
            f"{rng.randint(2, 6)} days",
        )
    )


def _ref_code(rng: Random, letters: int, digits: int) -> str:
    head = "".join(rng.choice(_LETTERS) for _ in range(letters))
    return head + "".join(rng.choice(string.digits) for _ in range(digits))


def _flight(rng: Random) -> str:
    number = rng.randint(12, 2899)
    style = rng.random()
    if style < 0.4:
        return str(number)
    prefix = rng.choice(("SN", "MA", "BK", "AL", "SN", "MA"))
    return f"{prefix}{number}" if style < 0.75 else f"{prefix} {number}"


_GENERATED: dict[str, Callable[[Random], str]] = {
    "flight": _flight,
    "pnr": lambda r: _ref_code(r, 3, 3) if r.random() < 0.5 else _ref_code(r, 6, 0),
    "order": lambda r: r.choice(("#", "", "", "no. ")) + str(r.randint(1000, 99999)),
    "caseno": lambda r: r.choice(("", "#", "CS-", "REF")) + str(r.randint(10000, 9999999)),
    "track": lambda r: _ref_code(r, 2, 9),
    "seat": lambda r: f"{r.randint(1, 38)}{r.choice('ABCDEF')}",
    "hours": lambda r: str(r.choice((2, 2, 3, 3, 4, 5, 6, 7, 9))),
    "mins": lambda r: str(r.choice((15, 20, 25, 30, 40, 45, 50, 55, 75, 90))),
    "days": lambda r: str(r.randint(2, 14)),
    "weeks": lambda r: str(r.randint(2, 8)),
    "n1": lambda r: str(r.randint(2, 9)),
    "n2": lambda r: str(r.randint(10, 99)),
    "n3": lambda r: str(r.randint(100, 999)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "last4": lambda r: f"{r.randint(0, 9999):04d}",
    "amount": lambda r: _amount(r, 12, 480),
    "small": lambda r: _amount(r, 2, 19),
    "big": lambda r: _amount(r, 500, 2900),
    "speed": lambda r: str(r.choice((1, 2, 3, 5, 8, 0.5))),
    "time": _time,
    "weekday": lambda r: r.choice(_WEEKDAYS) if r.random() < 0.8 else r.choice(_SHORT_DAYS),
    "month": lambda r: r.choice(_MONTHS),
    "name": lambda r: r.choice(FIRST_NAMES),
    "city": lambda r: r.choice(CITIES),
    "airport": lambda r: r.choice(AIRPORTS),
    "wait": _wait,
    "years": lambda r: str(r.randint(3, 22)),
}


SLOTS: dict[str, tuple[str, ...]] = {
    "n_times": ("3 times", "twice", "four times", "5 times", "three times", "6 times", "4x"),
    "nth": ("3rd", "4th", "fifth", "third", "fourth", "5th", "6th", "second"),
    "recently": ("yesterday", "on {weekday}", "last week", "this morning", "{days} days ago"),
    "contacted_pp": (
        "called", "emailed", "messaged", "DMed", "written to", "phoned", "chatted with",
    ),
    "contacted": ("called", "rang", "emailed", "messaged", "DMed", "chatted with", "wrote to"),
    "soon": ("by {weekday}", "within {days} days", "in 24 hours", "by end of day", "this week"),
    "kid": ("my son", "my daughter", "my mum", "my dad", "my partner", "my wife", "my husband"),
    "person": ("{name}", "your agent", "the agent", "the person on the phone", "{name} on chat"),
}  # fmt: skip
