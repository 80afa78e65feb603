"""Events: what a customer did or what happened to them."""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    ORDER = "order"
    SHIPMENT = "shipment"
    DELIVERY = "delivery"
    LOGIN = "login"
    SUPPORT_CONTACT = "support_contact"
    CALL = "call"
    CANCELLATION = "cancellation"
    REFUND = "refund"
    RETURN = "return"
    PAYMENT = "payment"
    SUBSCRIPTION_CHANGE = "subscription_change"
    VISIT = "visit"
    OTHER = "other"


# Contacts are what "the customer had to chase us" measures count.
CONTACT_TYPES = frozenset({EventType.SUPPORT_CONTACT, EventType.CALL})
