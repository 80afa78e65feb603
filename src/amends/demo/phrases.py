"""Writes the demo's feedback texts from a small compositional grammar.

A text is assembled from interchangeable parts (a frame for the channel, one sentence per situation,
optional context, a closer), each part a template with inline alternatives. The banks live in the
``phrases_*`` modules; this module expands templates, turns raw facts into slot values, and gives
each channel its own voice. Everything random comes from the caller's ``Random``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from random import Random

from amends.demo.phrases_channels import (
    CHAT_HELLOS,
    CLOSERS,
    CONTEXT,
    GREETINGS,
    NEGATIONS,
    OPENERS,
    REVIEW_TITLES,
    SIGNOFFS,
    SOCIAL_TAILS,
    SURVEY_LEADS,
    TICKET_SUBJECTS,
)
from amends.demo.phrases_feelings import ATTITUDES, MOODS
from amends.demo.phrases_notes import (
    NOTE_ACTIONS,
    NOTE_DEMEANOUR,
    NOTE_FRAGMENTS,
    NOTE_INTROS,
    NOTE_NEGATIONS,
)
from amends.demo.phrases_problems import PROBLEMS
from amends.demo.phrases_short import FLAT, SHORT
from amends.demo.phrases_slots import Facts, build_slots
from amends.templates import parse, render

__all__ = ["Facts", "expand", "write_feedback"]

Slots = Mapping[str, str]

LONG: dict[str, tuple[str, ...]] = {**PROBLEMS, **ATTITUDES, **MOODS}


def expand(template: str, rng: Random, slots: Slots) -> str:
    """Pick one alternative from every ``[a|b]`` group, then fill the ``{slot}`` names."""
    out: list[str] = []
    render(parse(template, slots=False), rng, _no_slots, out)
    return "".join(out).format_map(slots)


def _no_slots(name: str) -> str:
    raise AssertionError(f"slot {name!r} parsed in a demo template")  # braces stay text here


@dataclass
class _Draft:
    """What one writer needs: the randomness, the mood, the situations and their slot values."""

    rng: Random
    mood: str
    tags: Sequence[str]
    slots: Slots
    keys: list[str] = field(default_factory=list)

    def say(self, templates: Sequence[str]) -> str:
        return expand(self.rng.choice(templates), self.rng, self.slots)

    def maybe(self, probability: float, templates: Sequence[str]) -> str:
        return self.say(templates) if self.rng.random() < probability else ""


def write_feedback(
    rng: Random, *, channel: str, mood: str, tags: Sequence[str], facts: Facts
) -> str:
    """One feedback text in the voice of ``channel`` showing every situation in ``tags``."""
    draft = _Draft(rng, mood, tags, build_slots(rng, facts))
    draft.keys = _bank_keys(tags, draft.slots)
    return _finish(_WRITERS[channel](draft))


def _bank_keys(tags: Sequence[str], slots: Slots) -> list[str]:
    """Bank names for the tags: variants (``billing_error/duplicate``) and mixed pairs merge."""
    if "mixed" in tags:
        other = next((tag for tag in tags if tag != "mixed"), "late_delivery")
        return [f"mixed/{other}"]
    return [
        f"{tag}/{slots[f'variant:{tag}']}" if f"variant:{tag}" in slots else tag for tag in tags
    ]


def _sentences(draft: _Draft, *, short: bool = False) -> list[str]:
    banks = SHORT if short else LONG
    return [draft.say(banks.get(key) or LONG[key]) for key in draft.keys]


def _negation(
    draft: _Draft, bank: Mapping[str, Sequence[str]] = NEGATIONS, odds: float = 0.2
) -> str:
    """Now and then a negative text disowns a threat it could be mistaken for."""
    if draft.mood != "negative" or draft.rng.random() > odds:
        return ""
    options = [key for key in bank if key not in draft.tags]
    return draft.say(bank[draft.rng.choice(options)]) if options else ""


def _flat(draft: _Draft) -> str | None:
    """For about a quarter of complaints, the bare facts (and any demand) with no framing."""
    if draft.mood != "negative" or draft.keys[0] not in FLAT or draft.rng.random() > 0.27:
        return None
    return " ".join(draft.say(FLAT.get(key) or LONG[key]) for key in draft.keys)


def _body(draft: _Draft, *, context: float = 0.0) -> str:
    parts = [draft.maybe(0.45, OPENERS[draft.mood])]
    parts += _sentences(draft)
    if draft.rng.random() < context:
        parts.insert(draft.rng.randint(1, len(parts)), draft.say(CONTEXT))
    parts += [_negation(draft), draft.maybe(0.55, CLOSERS[draft.mood])]
    return " ".join(part for part in parts if part)


def _email(draft: _Draft) -> str:
    flat = _flat(draft)
    body = flat or _body(draft, context=0.35)
    greeting = draft.maybe(0.85, GREETINGS)
    signoff = draft.maybe(0.8, SIGNOFFS)
    if signoff and signoff.split(",")[0] in body[-25:]:  # "Cheers." then "Cheers, Ana" reads oddly
        signoff = draft.slots["name"]
    return "\n\n".join(part for part in (greeting, body, signoff) if part)


def _ticket(draft: _Draft) -> str:
    base = draft.tags[0].split("/")[0] if draft.tags else draft.mood
    subjects = TICKET_SUBJECTS.get(base) or TICKET_SUBJECTS.get(draft.mood, ("Feedback",))
    subject = draft.maybe(0.6, subjects)
    body = _flat(draft) or _body(draft, context=0.25)
    return f"{subject}\n{body}" if subject else body


def _review(draft: _Draft) -> str:
    own = REVIEW_TITLES.get(draft.tags[0]) if draft.tags else None
    titles = own if own and draft.rng.random() < 0.5 else REVIEW_TITLES[draft.mood]
    title = draft.say(titles)
    separator = draft.rng.choice(("\n", "\n", ". ", " - ", "!\n"))
    return f"{title}{separator}{_flat(draft) or _body(draft)}"


def _social(draft: _Draft) -> str:
    flat = _flat(draft)
    if flat:
        return f"{flat} {draft.maybe(0.4, SOCIAL_TAILS[draft.mood])}"
    short = draft.rng.random() < 0.3
    parts = _sentences(draft, short=short)
    if short:
        parts = [". ".join(map(_cap, parts)) + draft.rng.choice((".", "!", "!!", ""))]
    parts.append(draft.maybe(0.6, SOCIAL_TAILS[draft.mood]))
    text = " ".join(part for part in parts if part)
    return _shout(draft, text, 0.25)


def _survey(draft: _Draft) -> str:
    flat = _flat(draft)
    if flat:
        return flat
    lead = draft.maybe(0.3, SURVEY_LEADS[draft.mood])
    closer = draft.maybe(0.2, CLOSERS[draft.mood])
    parts = (lead, *_sentences(draft), _negation(draft), closer)
    return " ".join(part for part in parts if part)


def _sms(draft: _Draft) -> str:
    pieces = _sentences(draft, short=True)[:2]
    text = draft.rng.choice((". ", ", ", " - ", ". ")).join(pieces)
    if "score" in draft.slots and draft.rng.random() < 0.3:
        text = f"{draft.slots['score']}{draft.rng.choice((' - ', '. ', ', ', ': '))}{text}"
    return _shout(draft, _texting(draft.rng, text), 0.15)


def _chat(draft: _Draft) -> str:
    """Chat arrives line by line, or as one run-on message; casual either way."""
    rng = draft.rng
    hello = rng.choice(CHAT_HELLOS)
    sentences = _sentences(draft, short=rng.random() < 0.5)
    if rng.random() < 0.4:
        sentences = [_texting(rng, sentence) for sentence in sentences]
    if rng.random() < 0.5:
        return "\n".join(part for part in (hello, *sentences) if part)
    body = " ".join(s if s[-1:] in ".!?" else f"{s}." for s in sentences)
    return f"{hello}{rng.choice((', ', ' ', '! '))}{body}" if hello else body


def _call_note(draft: _Draft) -> str:
    fragments = [draft.say(NOTE_FRAGMENTS[key]) for key in draft.keys]
    lead = f"{draft.say(NOTE_INTROS)} {'; '.join(fragments)}."
    demeanour = draft.say(NOTE_DEMEANOUR[draft.mood])
    negation = _negation(draft, NOTE_NEGATIONS, 0.15)
    action = draft.say(NOTE_ACTIONS[draft.mood])
    return " ".join(part for part in (lead, demeanour, negation, action) if part)


_WRITERS = {
    "email": _email,
    "ticket": _ticket,
    "review": _review,
    "social": _social,
    "survey": _survey,
    "sms": _sms,
    "chat": _chat,
    "call_note": _call_note,
}


_TEXTSPEAK = ((" you ", " u "), ("please", "pls"), ("thanks", "thx"), ("don't", "dont"))
_TYPOS = {
    "received": "recieved",
    "definitely": "definately",
    "until": "untill",
    "address": "adress",
    "because": "becuase",
    "really": "realy",
    "disappointed": "dissapointed",
    "tomorrow": "tommorow",
    "nothing": "nothign",
    "their": "thier",
    "waiting": "waitng",
    "the ": "teh ",
}
_LOUD = ("still", "never", "twice", "nobody", "again", "not", "nothing", "late", "broken", "hours")


def _texting(rng: Random, text: str) -> str:
    """Thumb-typed register: often all lower case, a shortcut or two, no final full stop."""
    if rng.random() < 0.65:
        text = text.lower()
    for long, short in _TEXTSPEAK:
        if rng.random() < 0.35:
            text = text.replace(long, short)
    return _typo(rng, text.rstrip(".").strip(), 0.25)


def _typo(rng: Random, text: str, probability: float) -> str:
    if rng.random() > probability:
        return text
    present = [word for word in _TYPOS if word in text]
    if not present:
        return text
    word = rng.choice(present)
    return text.replace(word, _TYPOS[word], 1)


def _shout(draft: _Draft, text: str, probability: float) -> str:
    """An angry writer puts one word in capitals."""
    if draft.mood != "negative" or draft.rng.random() > probability:
        return text
    words = [word for word in _LOUD if re.search(rf"\b{word}\b", text)]
    if not words:
        return text
    word = draft.rng.choice(words)
    return re.sub(rf"\b{word}\b", word.upper(), text, count=1)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _finish(text: str) -> str:
    """Tidy spacing and punctuation left behind by empty alternatives."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.!?;:])", r"\1", text)
    text = re.sub(r"([.!?])\.(?!\.)", r"\1", text)
    text = re.sub(r",([.!?])", r"\1", text)
    text = re.sub(r" *\n *", "\n", text)
    return text.strip()
