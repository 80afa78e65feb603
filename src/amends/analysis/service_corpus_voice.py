"""How a message looks on its channel: @handles, hashtags, links and emoji on social posts,
thumb-typed lowercase and abbreviations on SMS and chat, greetings and sign-offs on email, and the
slips people make everywhere (a shouted word, doubled punctuation, a typo).

Decoration never changes what a message means: emoji and hashtags are drawn from the mood of the
message's kind, so a complaint is not made to look happy, nor a thank-you angry.
"""

from __future__ import annotations

import re
import string
from random import Random

from amends.analysis.service_corpus_grammar import FIRST_NAMES, Writer, tidy

__all__ = ["CHANNELS", "dress"]

# channel -> share of messages, per the kinds that can be written on it
CHANNELS: dict[str, float] = {"twitter": 0.45, "sms": 0.18, "chat": 0.22, "email": 0.15}

_EMOJI: dict[str, tuple[str, ...]] = {
    "angry": ("😡", "😤", "🤬", "😠", "👎", ":(", ">:(", "😩", "😞", "🙄", "😑", "💀", ":-("),
    "sarcastic": ("🙃", "🙄", "👏", "😒", "🤡", "👏👏", "😂", ":)", "🤦", "🤦‍♀️"),
    "worried": ("😟", "😰", "😬", "🙏", "😥", ":/", "😕", "😓"),
    "flat": ("🙄", ":/", "🤷", "⏳"),
    "happy": ("😊", "🙏", "👍", "❤️", "🎉", "🙌", "✨", "😀", ":)", ":D", "<3", "💯", "🥳", "😍"),
    "neutral": ("🙏", "🙂", "🤔", ":)", "👍", "😊"),
}  # fmt: skip
_HASHTAGS: dict[str, tuple[str, ...]] = {
    "angry": (
        "fail", "neveragain", "badservice", "customerservice", "stillwaiting", "epicfail",
        "notimpressed", "joke", "ripoff", "poorservice", "unacceptable", "worstservice",
    ),
    "happy": (
        "greatservice", "happycustomer", "thankyou", "impressed", "customerservice", "legends",
        "10outof10", "grateful", "bestservice",
    ),
    "neutral": ("question", "help", "customerservice", "advice", "newcustomer", "info"),
}  # fmt: skip
_MOOD = {
    "complaint": "angry", "short_complaint": "angry", "mixed_negative": "angry",
    "sarcastic": "sarcastic", "worry": "worried", "flat_complaint": "flat",
    "thanks": "happy", "praise": "happy", "mixed": "happy", "reply": "neutral",
    "question": "neutral", "request": "neutral", "info": "neutral",
}  # fmt: skip
_EMOJI_RATE = {"angry": 0.3, "sarcastic": 0.35, "worried": 0.2, "flat": 0.04, "happy": 0.4}
_SHOUT_WORDS = (
    "still", "never", "nobody", "again", "worst", "no", "not", "twice", "ever", "every", "zero",
    "nothing", "only", "three", "days", "hours", "week", "weeks", "now", "refund", "cancelled",
    "broken", "wrong", "lost", "months", "help", "urgent",
)  # fmt: skip
_CHEER_WORDS = (
    "amazing", "best", "love", "thank", "thanks", "brilliant", "so", "great", "perfect",
    "fantastic",
)  # fmt: skip
_SHOUT = frozenset(_SHOUT_WORDS)
_CHEER = frozenset(_CHEER_WORDS)
_ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\bplease\b", ("pls", "plz", "pls")),
    (r"\bthanks\b", ("thx", "thanks", "tx")),
    (r"\bthank you\b", ("ty", "thank u", "thanku")),
    (r"\byou\b", ("u",)),
    (r"\byour\b", ("ur",)),
    (r"\byou're\b", ("ur", "youre")),
    (r"\bhours\b", ("hrs",)),
    (r"\bminutes\b", ("mins",)),
    (r"\btomorrow\b", ("tmrw", "tmr", "2moro")),
    (r"\bcustomer service\b", ("cust svc", "customer svc", "cs")),
    (r"\bbecause\b", ("bc", "cos", "cuz")),
    (r"\bpeople\b", ("ppl",)),
    (r"\bmessage\b", ("msg",)),
    (r"\babout\b", ("abt",)),
    (r"\bdon't\b", ("dont",)),
    (r"\bI'm\b", ("im", "Im")),
    (r"\bcan't\b", ("cant",)),
    (r"\btonight\b", ("tonite", "2nite")),
    (r"\bare\b", ("r",)),
)
_COMPILED = tuple((re.compile(p, re.IGNORECASE), subs) for p, subs in _ABBREVIATIONS)
_GREETINGS_NEG = (
    "Hello,", "Hi,", "Dear {brand} team,", "To whom it may concern,", "Hi there,",
)  # fmt: skip
_GREETINGS_POS = (
    "Hi,", "Hello,", "Hi {brand} team,", "Dear {brand},", "Hi there,", "Good morning,",
)  # fmt: skip
_SIGNOFFS_NEG = (
    "Regards", "Thanks", "Sincerely", "{first}", "Kind regards", "A very unhappy customer",
)  # fmt: skip
_SIGNOFFS_POS = (
    "Thanks", "Many thanks", "Best", "Cheers", "Kind regards", "{first}", "Best wishes",
)  # fmt: skip
_LINK_CHARS = string.ascii_letters + string.digits
_BREAKS = (
    "\n\n", "\n", " ", " ",
)  # fmt: skip
_CHAT_HELLOS = (
    "hi", "hello", "hey", "hi there", "hiya", "good morning", "evening",
)  # fmt: skip


def dress(writer: Writer, body: str, *, channel: str, kind: str, handle: str) -> str:
    """The finished message: the body in the channel's voice, with its decorations."""
    rng = writer.rng
    mood = _MOOD[kind]
    text = tidy(body)
    text = _slips(rng, text, mood)
    if channel == "email":
        return _email(writer, _sentence_case(text), mood)
    lower = {"twitter": 0.4, "sms": 0.85, "chat": 0.6}[channel]
    text = text.lower() if rng.random() < lower else _sentence_case(text)
    if rng.random() < {"twitter": 0.3, "sms": 0.65, "chat": 0.4}[channel]:
        text = _abbreviate(rng, text)
    if channel != "twitter" and text.endswith(".") and rng.random() < 0.7:
        text = text[:-1]
    if channel == "chat" and rng.random() < 0.25:
        text = f"{rng.choice(_CHAT_HELLOS)}{rng.choice((',', '', ' -', '!'))} {text}"
    if rng.random() < _EMOJI_RATE.get(mood, 0.1):
        text = f"{text} {rng.choice(_EMOJI[mood])}"
    if channel == "twitter":
        text = _social(rng, text, mood, handle, writer.bank.get("tags", ()))
    return text


def _social(rng: Random, text: str, mood: str, handle: str, topical: tuple[str, ...]) -> str:
    tags = _HASHTAGS["happy" if mood == "happy" else "neutral" if mood == "neutral" else "angry"]
    if topical and rng.random() < 0.4:
        tags = topical
    if rng.random() < (0.06 if mood == "flat" else 0.2):
        text = f"{text} #{rng.choice(tags)}"
    if rng.random() < 0.06:
        text = f"{text} http://t.co/{''.join(rng.choices(_LINK_CHARS, k=10))}"
    roll = rng.random()
    if roll < 0.62:
        return f"@{handle} {text}"
    if roll < 0.72:
        return f"{text} @{handle}"
    if roll < 0.76:
        return f".@{handle} {text}"
    return text


def _email(writer: Writer, text: str, mood: str) -> str:
    rng = writer.rng
    happy = mood in ("happy", "neutral")
    first = rng.choice(FIRST_NAMES)
    if rng.random() < 0.75:
        greeting = writer.expand(rng.choice(_GREETINGS_POS if happy else _GREETINGS_NEG))
        text = f"{greeting}{rng.choice(_BREAKS)}{text}"
    if text[-1:].isalnum():
        text += "."
    if rng.random() < 0.65:
        signoff = rng.choice(_SIGNOFFS_POS if happy else _SIGNOFFS_NEG)
        if signoff == "{first}":
            signoff = first
        elif not signoff.startswith("A ") and rng.random() < 0.8:
            signoff = f"{signoff},{rng.choice(_BREAKS[1:])}{first}"
        text = f"{text}{rng.choice(_BREAKS)}{signoff}"
    return text


def _sentence_case(text: str) -> str:
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def _abbreviate(rng: Random, text: str) -> str:
    for pattern, subs in _COMPILED:
        if rng.random() < 0.6:
            text = pattern.sub(rng.choice(subs), text)
    return text


def _slips(rng: Random, text: str, mood: str) -> str:
    negative = mood in ("angry", "sarcastic", "worried", "flat")
    if mood == "angry" and rng.random() < 0.03:
        return text.upper()
    if negative and rng.random() < (0.06 if mood == "flat" else 0.14):
        text = _shout(rng, text, _SHOUT)
    elif mood == "happy" and rng.random() < 0.08:
        text = _shout(rng, text, _CHEER)
    if text[-1:] in "?!" and rng.random() < (0.35 if negative else 0.15):
        text = text + text[-1] * rng.randint(1, 3)
    elif mood == "angry" and text.endswith(".") and rng.random() < 0.15:
        text = text[:-1] + rng.choice(("!!", "!!!", "!", "!?"))
    elif mood == "happy" and text.endswith(".") and rng.random() < 0.3:
        text = text[:-1] + rng.choice(("!", "!!", "!!!"))
    if rng.random() < 0.05:
        text = _typo(rng, text)
    return text


def _shout(rng: Random, text: str, words: frozenset[str]) -> str:
    tokens = text.split(" ")
    picks = [i for i, t in enumerate(tokens) if t.lower().strip(",.!?") in words]
    if not picks:
        return text
    i = rng.choice(picks)
    tokens[i] = tokens[i].upper()
    return " ".join(tokens)


def _typo(rng: Random, text: str) -> str:
    tokens = text.split(" ")
    picks = [i for i, t in enumerate(tokens) if len(t) > 4 and t.isalpha() and t.islower()]
    if not picks:
        return text
    i = rng.choice(picks)
    word, j = tokens[i], rng.randint(1, len(tokens[i]) - 2)
    how = rng.random()
    if how < 0.4:
        word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    elif how < 0.7:
        word = word[:j] + word[j + 1 :]
    else:
        word = word[:j] + word[j] + word[j:]
    tokens[i] = word
    return " ".join(tokens)
