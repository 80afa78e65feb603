"""Customers: how we recognise them and how we may reach them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

import phonenumbers


class ContactChannel(StrEnum):
    """Ways a person can reach a customer; consent and opt-out are kept per channel."""

    EMAIL = "email"
    SMS = "sms"
    CALL = "call"


class Tier(StrEnum):
    STANDARD = "standard"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


# Deliberately loose: refuse obvious junk only; deliverability is the mailer's problem.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@lru_cache(maxsize=65536)
def normalize_email(raw: str) -> str:
    """Lower-case and trim, so one mailbox is one identity key whatever the source's casing."""
    email = raw.strip().lower()
    if not _EMAIL.match(email):
        raise ValueError(f"not an email address: {raw!r}")
    return email


@lru_cache(maxsize=65536)
def normalize_phone(raw: str, default_region: str) -> str:
    """E.164 (``+14155550134``); numbers without a country code are read in ``default_region``.

    Cached because phonenumbers is the slowest step of ingestion and files repeat their customers.
    """
    try:
        parsed = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException as error:
        raise ValueError(f"not a phone number: {raw!r} ({error})") from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValueError(f"not a possible phone number: {raw!r}")
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


@dataclass(frozen=True, slots=True)
class ContactPermission:
    """Whether one channel may be used: consent given and not withdrawn."""

    consent: bool
    opted_out_at: datetime | None

    def allows(self, now: datetime) -> bool:
        return self.consent and (self.opted_out_at is None or self.opted_out_at > now)


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    """A customer as the rest of the system reads them."""

    id: int
    external_id: str | None
    name: str | None
    email: str | None
    phone: str | None
    timezone: str | None
    tier: str | None
    lifetime_value: float | None
    tags: tuple[str, ...]
    consent: dict[ContactChannel, bool | None]
    opted_out_at: dict[ContactChannel, datetime | None]
    created_at: datetime

    def permission(self, channel: ContactChannel) -> ContactPermission:
        return ContactPermission(
            consent=bool(self.consent.get(channel)), opted_out_at=self.opted_out_at.get(channel)
        )


# The customer attributes a customers file may set, in the order the store keeps them.
CUSTOMER_FIELDS = (
    "external_id",
    "name",
    "email",
    "phone",
    "timezone",
    "tier",
    "lifetime_value",
    "tags",
    "consent_email",
    "consent_sms",
    "consent_call",
    "opted_out_email_at",
    "opted_out_sms_at",
    "opted_out_call_at",
)


def customer_changes(current: dict[str, object], incoming: dict[str, object]) -> dict[str, object]:
    """The attributes a customers row would change. A blank cell never erases what we know."""
    return {
        name: value
        for name, value in incoming.items()
        if value is not None and value != [] and current.get(name) != value
    }
