"""Durations and money as people write them in a policy: ``4h``, ``1h30m``, ``2d``, ``25.00``."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer

_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(d|h|m|s)")
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(value: Any) -> timedelta:
    """``"90m"``, ``"1h30m"``, ``"2d"``, ``"0m"``; a bare number is minutes. Never negative."""
    if isinstance(value, timedelta):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = timedelta(minutes=value)
    elif isinstance(value, str):
        text = value.strip().lower().replace(" ", "")
        parts = list(_PART.finditer(text))
        if not text or "".join(p.group(0) for p in parts) != text:
            raise ValueError(f"not a duration: {value!r} (write e.g. 30m, 4h, 1h30m or 2d)")
        seconds = sum(float(p.group(1)) * _UNITS[p.group(2)] for p in parts)
        result = timedelta(seconds=seconds)
    else:
        raise ValueError(f"not a duration: {value!r} (write e.g. 30m, 4h, 1h30m or 2d)")
    if result < timedelta():
        raise ValueError(f"a duration cannot be negative: {value!r}")
    return result


def format_duration(value: timedelta) -> str:
    """The shortest policy spelling of a duration: ``1h30m``, ``2d``, ``0m``."""
    seconds = int(value.total_seconds())
    if seconds == 0:
        return "0m"
    parts = []
    for unit, size in _UNITS.items():
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)


def parse_money(value: Any) -> Decimal:
    """A non-negative amount in the policy's currency, kept exact (never a float)."""
    if isinstance(value, bool):
        raise ValueError(f"not an amount: {value!r}")
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"an amount must be zero or more: {value!r}")
    return amount.quantize(Decimal("0.01"))


Duration = Annotated[timedelta, BeforeValidator(parse_duration), PlainSerializer(format_duration)]
Money = Annotated[Decimal, BeforeValidator(parse_money), PlainSerializer(str)]
