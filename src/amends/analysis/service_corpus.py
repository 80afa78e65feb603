"""Customer-to-company messages, written by a seeded grammar, for teaching the model what a
complaint sounds like when a customer writes to a company.

Public emotion corpora (Reddit comments, subtitles, review sentences, complaint letters) do not read
like a tweet at an airline, a text to a broadband provider or a chat with a bank, so a model trained
on them alone transfers poorly. This generator writes such messages itself: twelve industries, each
with its own vocabulary (``service_corpus_*`` banks), poured into generic shapes of complaints,
questions, requests, thanks and praise, then dressed for the channel (social, SMS, chat, email).

About 55% are negative: angry, sarcastic, disappointed, worried, ignored, kept on hold, bounced
between agents, lied to, leaving, and -- a large share -- flat statements of fact with no feeling
words ("Order 4471 still not here. Day 9."). The rest are neutral or warm, including the hard cases
that look negative to a word counter ("no problem at all", "never had a better stay", "what happens
if my bag is lost?"). Nothing here is copied from any corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from random import Random

from amends.analysis.service_corpus_accounts import BANKING, TELECOM
from amends.analysis.service_corpus_grammar import Bank, Writer
from amends.analysis.service_corpus_home import INSURANCE, UTILITIES
from amends.analysis.service_corpus_negative import NEGATIVE
from amends.analysis.service_corpus_orders import ECOMMERCE, FOOD, PARCEL
from amends.analysis.service_corpus_positive import POSITIVE
from amends.analysis.service_corpus_stays import CAR_RENTAL, HOTEL, SOFTWARE
from amends.analysis.service_corpus_travel import AIRLINE, RAIL_BUS
from amends.analysis.service_corpus_voice import CHANNELS, dress

__all__ = ["INDUSTRIES", "KINDS", "ServiceMessage", "generate_messages"]

INDUSTRIES: dict[str, Bank] = {
    "airline": AIRLINE,
    "rail_bus": RAIL_BUS,
    "telecom": TELECOM,
    "banking": BANKING,
    "insurance": INSURANCE,
    "ecommerce": ECOMMERCE,
    "food_delivery": FOOD,
    "utilities": UTILITIES,
    "hotel": HOTEL,
    "software": SOFTWARE,
    "car_rental": CAR_RENTAL,
    "parcel": PARCEL,
}


@dataclass(frozen=True, slots=True)
class ServiceMessage:
    text: str
    negative: bool  # a complaint or negative experience is expressed (explicitly or flatly)
    industry: str
    kind: str  # "complaint", "flat_complaint", "sarcastic", "worry", "question", "praise" ...


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    negative: bool
    share: float  # of all messages
    tail: float = 0.0  # chance of a second, shorter sentence from the kind's tail bank
    own: str = ""  # an industry bank used instead of the generic one ...
    own_share: float = 0.0  # ... this often
    email: bool = True  # whether the kind is ever written as an email


_KINDS = (
    _Kind("complaint", True, 0.19, tail=0.22),
    _Kind("flat_complaint", True, 0.17, tail=0.18),
    _Kind("sarcastic", True, 0.05, email=False),
    _Kind("worry", True, 0.05),
    _Kind("short_complaint", True, 0.05, own="short", own_share=0.25, email=False),
    _Kind("mixed_negative", True, 0.04),
    _Kind("question", False, 0.12, tail=0.15),
    _Kind("request", False, 0.08),
    _Kind("info", False, 0.06),
    _Kind("reply", False, 0.05, email=False),
    _Kind("thanks", False, 0.06),
    _Kind("praise", False, 0.05),
    _Kind("mixed", False, 0.03),
)
# the industry slot an email adds as a second fact, per kind ("info" otherwise)
_CONTEXT = {
    "complaint": "issue", "flat_complaint": "issue", "worry": "issue", "mixed_negative": "issue",
    "thanks": "good", "praise": "good", "mixed": "good",
}  # fmt: skip
KINDS: dict[str, bool] = {kind.name: kind.negative for kind in _KINDS}  # kind -> negative
_CUMULATIVE = list(accumulate(kind.share for kind in _KINDS))
_ALL_CHANNELS = list(CHANNELS)
_ALL_WEIGHTS = list(accumulate(CHANNELS.values()))
_SHORT_CHANNELS = [c for c in CHANNELS if c != "email"]
_SHORT_WEIGHTS = list(accumulate(CHANNELS[c] for c in _SHORT_CHANNELS))


def generate_messages(count: int = 20000, *, seed: int = 3) -> list[ServiceMessage]:
    """``count`` messages, the same ones for the same seed."""
    rng = Random(seed)
    names = list(INDUSTRIES)
    return [_message(rng, rng.choice(names)) for _ in range(count)]


def _message(rng: Random, industry: str) -> ServiceMessage:
    kind = rng.choices(_KINDS, cum_weights=_CUMULATIVE)[0]
    bank = INDUSTRIES[industry]
    handle, brand = rng.choice(bank["brands"]).split("|")
    writer = Writer(rng, bank, brand)
    if kind.email:
        channel = rng.choices(_ALL_CHANNELS, cum_weights=_ALL_WEIGHTS)[0]
    else:
        channel = rng.choices(_SHORT_CHANNELS, cum_weights=_SHORT_WEIGHTS)[0]
    body = _body(writer, kind, channel)
    text = dress(writer, body, channel=channel, kind=kind.name, handle=handle)
    return ServiceMessage(text, kind.negative, industry, kind.name)


def _body(writer: Writer, kind: _Kind, channel: str) -> str:
    rng = writer.rng
    banks = NEGATIVE if kind.negative else POSITIVE
    if kind.own and rng.random() < kind.own_share:
        body = writer.slot(kind.own)
    else:
        body = writer.pick(banks[kind.name])
    tails = banks.get(f"tail/{kind.name}")
    if tails and rng.random() < kind.tail:
        body = _join(rng, body, writer.pick(tails))
    if channel == "email":
        body = _email_body(writer, kind, banks, body)
    return body


def _email_body(writer: Writer, kind: _Kind, banks: Bank, body: str) -> str:
    """Emails run longer: a lead-in, sometimes a second fact, a closing line."""
    rng = writer.rng
    parts = [body]
    if rng.random() < 0.3:
        context = writer.slot(_CONTEXT.get(kind.name, "info"))
        parts.insert(len(parts) if kind.negative else 0, context)
    if rng.random() < 0.7:
        leads = banks.get(f"lead/email/{kind.name}") or banks["lead/email"]
        parts.insert(0, writer.pick(leads))
    if rng.random() < 0.6:
        closers = banks.get(f"close/email/{kind.name}") or banks["close/email"]
        parts.append(writer.pick(closers))
    return " ".join(part if part[-1:] in ".!?:" else f"{part}." for part in parts)


def _join(rng: Random, first: str, second: str) -> str:
    first = first.rstrip()
    if first[-1:] in ".!?:)":
        return f"{first} {second}"
    return f"{first}{rng.choice(('. ', '. ', '. ', ' - ', ', '))}{second}"
