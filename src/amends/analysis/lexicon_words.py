"""Shared regex fragments for the lexicons: how customers spell the small words.

Fragments are lower case, because the engine (``lexicon_engine``) matches a lower-cased copy of the
text. In them a space means "one or more blanks on the same line", and ``~`` (or `` ?``) "optional
blanks". They contain no capturing groups, so they nest anywhere.
"""

from __future__ import annotations


def any_of(*alternatives: str) -> str:
    """One non-capturing alternation; longer alternatives go first so the longest phrase wins."""
    return "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"


def phrases(spec: str) -> list[str]:
    """Phrases written as one string: split on spaces, with ``_`` standing for a space in one."""
    return [phrase.replace("_", " ") for phrase in spec.split()]


def words(spec: str) -> str:
    """``any_of`` of ``phrases``: the compact way to write a list of plain alternatives."""
    return any_of(*phrases(spec))


APOS = "['\u2019\u2018`\u00b4]"
"""Straight, curly and stray-accent apostrophes all occur in tweets."""

WORD = "[\\w'\u2019@#$\u00a3\u20ac./{}-]+"
"""One loose token: words, handles, amounts and order numbers."""


def gap(most: int) -> str:
    """Up to ``most`` loose tokens between two parts of a phrase, on one line."""
    return f"(?:{WORD} ){{0,{most}}}?"


PLEASE = "(?:ple+a+s+e+|pl[sz]+|plee+[sz]+|pretty please|kindly)"
ME = "(?:me+|us)"
YOU = f"(?:you|u|ya|y{APOS}?all|yall)"
YOUR = f"(?:your|ur|yr|you{APOS}?re|the)"
I_AM = f"(?:i{APOS}?m|im|i am|we{APOS}?re|we are)"
I_WILL = (
    f"(?:i{APOS}?ll|ill|i will|i shall|we{APOS}?ll|we will|i{APOS}?m going to|i{APOS}?m gonna"
    "|im gonna)"
)
SOMEONE = "(?:someone|somebody|some1|anyone|anybody|any1|a human|a person|a real person)"

CONTACT_VERB = any_of(
    f"dm{APOS}d",
    *phrases(
        "call called calling rang ring ringing phoned phoning phone email emailed emailing "
        "e-mailed e-mailing mailed wrote written writing write messaged messaging message dmed dmd "
        "dming tweeted tweeting contact contacted contacting chased chasing chase asked asking ask "
        "requested requesting reported reporting complained complaining explained followed_up "
        "following_up reached_out reaching_out spoke spoken talked been_in_touch chatted chatting "
        "raised submitted logged been_on_the_phone been_through_this gone_through_this visited "
        "disputed disputing dispute faxed resubmitted"
    ),
)
"""Verbs of getting in touch, for counting how often a customer has had to do it."""

_DIGITS = "(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER = any_of(
    "\\d+(?:[.,]\\d+)?",
    f"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_DIGITS})?",
    *phrases(
        "a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen half_a_dozen a_dozen dozens_of"
        " a_few few a_number_of "
        "several many multiple a_couple_of a_couple couple_of couple"
    ),
)
"""A count as customers write it: digits, words, or vague quantities."""

MANY = any_of(
    "[2-9]",
    "[1-9]\\d+",
    *phrases(
        "two three four five six seven eight nine ten eleven twelve fifteen twenty several "
        "multiple many countless numerous so_many too_many a_dozen dozens_of a_few a_couple_of "
        "a_million a_hundred hundreds_of umpteen endless a_number_of a_bunch_of a_ton_of tons_of "
        "a_lot_of lots_of loads_of"
    ),
)
"""A count of at least two, for "N times" and "N transfers"."""

ORDINAL = any_of(
    f"n{APOS}?th",
    "[4-9]th",
    "1\\dth",
    "[2-9][0-9](?:st|nd|rd|th)",
    *(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth umpteenth "
        "twentieth hundredth millionth 2nd 3rd"
    ).split(),
)
"""An ordinal of at least two: "3rd", "third", "umpteenth"."""

_MODIFIER = words(
    "over more_than nearly almost about around roughly close_to at_least well_over a_good "
    "the_best_part_of the_better_part_of a_full like literally approx approximately another "
    "an_extra over_an upwards_of"
)
_UNIT = words(
    "minutes minute mins min hours hour hrs hr days day weeks week wks wk months month mths mth"
)
_AMOUNT = f"(?:{NUMBER}~\\+?~{_UNIT}\\b(?:(?: and| &)? (?:a half|{NUMBER}~{_UNIT}\\b))?)"
DURATION = f"(?:(?:{_MODIFIER} )*(?:half an hour|an hour and a half|{_AMOUNT}|\\d+~[hm]\\b))"
"""A stretch of time: "45 mins", "an hour and 15 minutes", "the best part of an hour", "2+ hrs"."""

LONG_TIME = words("ages forever hours days weeks months an_eternity eternity")
"""A stretch of time said without a number."""
