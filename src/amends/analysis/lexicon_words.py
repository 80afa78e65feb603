"""Shared regex fragments for the lexicons: how customers spell the small words.

Fragments are written in lower case for the engine in ``lexicon_engine`` (which matches them against a
lower-cased copy of the text when offsets allow it); a space means "one or more blanks on the same line"
and ``~`` means "optional blanks". They contain no capturing groups, so they nest anywhere.
"""

from __future__ import annotations


def any_of(*alternatives: str) -> str:
    """One non-capturing alternation; longer alternatives go first so the longest phrase wins."""
    return "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"


APOS = "['’‘`´]"
"""Straight, curly and stray-accent apostrophes all occur in tweets."""

NT = f"(?:n{APOS}?t| not)"
"""The negative ending: "don't", "dont", "don’t", "do not"."""

WORD = "[\\w'’@#$£€.-]+"
"""One loose token: words, handles, amounts and order numbers."""


def gap(most: int) -> str:
    """Up to ``most`` loose tokens between two parts of a phrase, on one line."""
    return f"(?:{WORD} ){{0,{most}}}?"


PLEASE = "(?:ple+a+s+e+|pl[sz]+|plee+[sz]+|pretty please|kindly)"
ME = "(?:me+|us)"
YOU = f"(?:you|u|ya|y{APOS}?all|yall)"
YOUR = f"(?:your|ur|yr|you{APOS}?re|the)"
MY = "(?:my|our|the|this|that)"
I_AM = f"(?:i{APOS}?m|im|i am|we{APOS}?re|we are)"
I_WILL = f"(?:i{APOS}?ll|ill|i will|i shall|we{APOS}?ll|we will|i{APOS}?m going to|i{APOS}?m gonna|im gonna)"
SOMEONE = "(?:someone|somebody|some1|anyone|anybody|any1|a human|a person|a real person)"

CONTACT_VERB = any_of(
    "call",
    "called",
    "calling",
    "rang",
    "ring",
    "ringing",
    "phoned",
    "phoning",
    "phone",
    "email",
    "emailed",
    "emailing",
    "e-mailed",
    "e-mailing",
    "mailed",
    "wrote",
    "written",
    "writing",
    "write",
    "messaged",
    "messaging",
    "message",
    f"dm{APOS}d",
    "dmed",
    "dmd",
    "dming",
    "tweeted",
    "tweeting",
    "contact",
    "contacted",
    "contacting",
    "chased",
    "chasing",
    "chase",
    "asked",
    "asking",
    "ask",
    "requested",
    "requesting",
    "reported",
    "reporting",
    "complained",
    "complaining",
    "explained",
    "followed up",
    "following up",
    "reached out",
    "reaching out",
    "spoke",
    "spoken",
    "talked",
    "been in touch",
    "chatted",
    "chatting",
    "raised",
    "submitted",
    "logged",
    "been on the phone",
    "been through this",
    "gone through this",
    "visited",
)
"""Verbs of getting in touch, for counting how often a customer has had to do it."""

_UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER = any_of(
    "\\d+(?:[.,]\\d+)?",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "half a dozen",
    "a dozen",
    "dozens of",
    f"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_UNITS})?",
    "a few",
    "few",
    "several",
    "many",
    "multiple",
    "a couple of",
    "a couple",
    "couple of",
    "couple",
)
"""A count as customers write it: digits, words, or vague quantities."""

MANY = any_of(
    "[2-9]",
    "[1-9]\\d+",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "several",
    "multiple",
    "many",
    "countless",
    "numerous",
    "so many",
    "too many",
    "a dozen",
    "dozens of",
    "a few",
    "a couple of",
    "a million",
    "a hundred",
    "hundreds of",
    "umpteen",
    "endless",
)
"""A count of at least two, for "N times" and "N transfers"."""

ORDINAL = any_of(
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "umpteenth",
    f"n{APOS}?th",
    "twentieth",
    "hundredth",
    "millionth",
    "2nd",
    "3rd",
    "[4-9]th",
    "1\\dth",
    "[2-9][0-9](?:st|nd|rd|th)",
)
"""An ordinal of at least two: "3rd", "third", "umpteenth"."""

_MODIFIER = any_of(
    "over",
    "more than",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "close to",
    "at least",
    "well over",
    "a good",
    "the best part of",
    "the better part of",
    "a full",
    "like",
    "literally",
    "approx",
    "approximately",
    "another",
    "an extra",
    "over an",
    "upwards of",
)
_UNIT = any_of(
    "minutes",
    "minute",
    "mins",
    "min",
    "hours",
    "hour",
    "hrs",
    "hr",
    "days",
    "day",
    "weeks",
    "week",
    "wks",
    "months",
    "month",
)
_AMOUNT = f"(?:{NUMBER}~\\+?~{_UNIT}\\b(?:(?: and| &)? (?:a half|{NUMBER}~{_UNIT}\\b))?)"
DURATION = f"(?:(?:{_MODIFIER} )*(?:half an hour|an hour and a half|{_AMOUNT}|\\d+~[hm]\\b))"
"""A stretch of time: "45 mins", "an hour and 15 minutes", "the best part of an hour", "2+ hrs"."""

LONG_TIME = any_of("ages", "forever", "hours", "days", "weeks", "months", "an eternity", "eternity")
"""A stretch of time said without a number."""
