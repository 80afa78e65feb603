"""Identity resolution: which customer does a piece of feedback or an event belong to?

The rule, in order of trust:

1. the customer's **external id** (the business's own customer number);
2. else the **email** address, then the **phone** number — but only to a customer who has no
   external id or the same one, because two customers with different numbers who share a family
   mailbox are still two customers;
3. else nobody we know: a new customer is created from the keys we have.

A match fills the keys the customer was missing (an email-only customer who later appears with
their customer number gains it), and never overwrites one: conflicting data is kept out of identity.

Within one batch the order of rows can matter when keys conflict: a row ``(email b, phone p)``
resolves by phone to the customer who owns ``p`` when nobody owns ``b`` yet, but by email to the
customer created for ``b`` when that row came earlier. Stored results never change afterwards:
ingestion skips rows it has already stored before resolving anything.

The index is pure and in memory; the ingestion service loads the candidates for one chunk of rows
into it, resolves every row, then writes the new and changed customers back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class MatchedOn(StrEnum):
    EXTERNAL_ID = "external_id"
    EMAIL = "email"
    PHONE = "phone"
    NEW = "new"


@dataclass(frozen=True, slots=True)
class IdentityKeys:
    """The keys a record carries; email and phone already normalised."""

    external_id: str | None = None
    email: str | None = None
    phone: str | None = None

    def __bool__(self) -> bool:
        return bool(self.external_id or self.email or self.phone)


@dataclass(eq=False, slots=True)
class CustomerIdentity:
    """A customer as identity resolution sees them. ``id`` is None until a new one is stored."""

    id: int | None
    external_id: str | None = None
    email: str | None = None
    phone: str | None = None
    name: str | None = None
    changed: bool = field(default=False, compare=False)

    @property
    def is_new(self) -> bool:
        return self.id is None


@dataclass(frozen=True, slots=True)
class Resolution:
    customer: CustomerIdentity
    matched_on: MatchedOn


class IdentityIndex:
    """Known customers by each key, plus the ones created while resolving the current batch."""

    def __init__(self, known: list[CustomerIdentity] | None = None) -> None:
        self._by_external_id: dict[str, CustomerIdentity] = {}
        # Several customers may share a mailbox or a phone: keep them all, oldest first.
        self._by_email: dict[str, list[CustomerIdentity]] = {}
        self._by_phone: dict[str, list[CustomerIdentity]] = {}
        self.known: list[CustomerIdentity] = list(known or [])
        self.created: list[CustomerIdentity] = []
        # Oldest first, so that when a key is shared the earliest customer wins, every time.
        for customer in sorted(self.known, key=lambda c: c.id or 0):
            self._remember(customer)

    def resolve(self, keys: IdentityKeys, *, name: str | None = None) -> Resolution:
        if not keys:
            raise ValueError("no customer id, email or phone: cannot attach to a customer")
        found = self._find(keys)
        if found is None:
            customer = CustomerIdentity(
                id=None, external_id=keys.external_id, email=keys.email, phone=keys.phone, name=name
            )
            self.created.append(customer)
            self._remember(customer)
            return Resolution(customer, MatchedOn.NEW)
        customer, matched_on = found
        self._fill_gaps(customer, keys, name)
        return Resolution(customer, matched_on)

    def _find(self, keys: IdentityKeys) -> tuple[CustomerIdentity, MatchedOn] | None:
        if keys.external_id is not None and keys.external_id in self._by_external_id:
            return self._by_external_id[keys.external_id], MatchedOn.EXTERNAL_ID
        for key, index, matched_on in (
            (keys.email, self._by_email, MatchedOn.EMAIL),
            (keys.phone, self._by_phone, MatchedOn.PHONE),
        ):
            for candidate in index.get(key, ()) if key is not None else ():
                if _compatible(candidate, keys.external_id):
                    return candidate, matched_on
        return None

    def _fill_gaps(self, customer: CustomerIdentity, keys: IdentityKeys, name: str | None) -> None:
        for attribute, value in (
            ("external_id", keys.external_id),
            ("email", keys.email),
            ("phone", keys.phone),
            ("name", name),
        ):
            if value is not None and getattr(customer, attribute) is None:
                setattr(customer, attribute, value)
                customer.changed = True
        self._remember(customer)

    def _remember(self, customer: CustomerIdentity) -> None:
        if customer.external_id is not None:
            self._by_external_id.setdefault(customer.external_id, customer)
        for key, index in ((customer.email, self._by_email), (customer.phone, self._by_phone)):
            if key is not None:
                sharing = index.setdefault(key, [])
                if customer not in sharing:
                    sharing.append(customer)


def _compatible(candidate: CustomerIdentity, external_id: str | None) -> bool:
    return external_id is None or candidate.external_id in (None, external_id)
