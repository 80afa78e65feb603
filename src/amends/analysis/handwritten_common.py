"""How the hand-written message lists are stored: one message per line of a text block.

Each ``handwritten_<topic>`` module keeps its messages as plain text, one message a line, so that
hundreds of them stay readable. A line that starts with whitespace continues the message above it
(joined with a single space); blank lines are ignored. Nothing here writes or varies a message: the
text is used exactly as typed.
"""

from __future__ import annotations

__all__ = ["messages"]


def messages(block: str) -> tuple[str, ...]:
    """Split a block of one-message-per-line text into its messages, in order."""
    out: list[str] = []
    for line in block.splitlines():
        text = line.strip()
        if not text:
            continue
        if line[0].isspace() and out:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return tuple(out)
