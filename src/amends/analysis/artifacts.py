"""The one rule every shipped artifact's JSON card follows: it says which format wrote it, and a
reader refuses a format it does not know rather than misreading the arrays beside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_card(path: Path, expected_format: int) -> dict[str, Any]:
    """The JSON card at ``path``, after checking it was written in ``expected_format``."""
    card: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if card.get("format") != expected_format:
        raise ValueError(f"{path}: format {card.get('format')}, expected {expected_format}")
    return card
