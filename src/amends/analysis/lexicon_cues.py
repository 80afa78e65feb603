"""Feeling undervalued or ignored: long loyalty set against poor treatment, or nobody caring.

(The other cue, flat complaints, is in ``lexicon_complaint``.) Loyalty statements are evidence
whatever surrounds them; "I don't feel ignored" is negated, while "you don't care" carries its own
negation as the evidence.
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, NUMBER, YOU, YOUR, any_of, gap, phrases, words

_LOYAL = any_of(
    "long[- ]?time",
    "long[- ]standing",
    *(
        "loyal longstanding faithful regular valued premium gold platinum silver elite vip "
        "existing lifelong devoted"
    ).split(),
)
_MEMBER = any_of(
    "customers?",
    "members?",
    "clients?",
    "flyers?",
    "fliers?",
    "passengers?",
    "subscribers?",
    "users?",
    "shoppers?",
    "guests?",
    "account holders?",
    "cardholders?",
    "patrons?",
    "ones",
)
_TENURE = (
    f"(?:{NUMBER}|\\d+\\+?|many|so many|over \\d+|almost \\d+|nearly \\d+) (?:years?|yrs?|decades?)"
)
_STAYED = any_of(
    _MEMBER,
    "using your \\w+",
    *phrases(
        "with_you with_u with_them with_this_company with_your_company banking_with_you "
        "flying_with_you shopping_with_you ordering_from_you a_member a_customer been_with "
        "using_you paying_you"
    ),
)
_DONT = f"(?:don{APOS}?t|do not)"
_VALUED = "(?:customers|clients|members|loyalty|business|custom|passengers|users|guests)\\b"
_IDIOTS = words(
    "a_number dirt crap rubbish garbage an_idiot a_criminal a_nobody an_inconvenience a_liar "
    "a_child trash nothing"
)
_BRUSHED_OFF = words(
    "ignored ignoring ignores disregarded brushed_off fobbed_off dismissed overlooked left_on_read "
    "talked_down_to patronised patronized forgotten_about"
)

UNDERVALUED = Lexicon(
    "undervalued",
    [
        Rule(
            [
                f"{_STAYED} (?:for (?:the (?:last|past) )?|since |of )"
                f"(?:{_TENURE}|(?:19|20)\\d\\d)",
                f"(?:{_TENURE}|since (?:19|20)\\d\\d) (?:as an? |of being an? |of |with {YOU} )?"
                f"(?:{_LOYAL} )?(?:{_MEMBER}|member|account|custom|loyalty|ordering|shopping"
                "|flying|banking|business)",
                f"{_LOYAL} {_MEMBER} (?:for|since|of)\\b(?: (?:the (?:last|past) )?(?:{_TENURE}"
                "|(?:19|20)\\d\\d))?",
                f"{_LOYAL} {_MEMBER} {gap(3)}(?:get|are|mean|count|ignored|forgotten|treated"
                f"|punished|penali[sz]ed|left|wait|matter|{_DONT}|clearly)",
                "(?:new customers|newcomers|new members) (?:get|are offered|receive|have)\\b",
                "(?:give|gives|offer|offers|offering|reward|rewards) new (?:customers|members)",
                "people like (?:me|us) (?:get|wait|are|pay)\\b",
                "(?:after|despite) all (?:these|those|the) years",
            ],
            negatable=False,
        ),
        Rule(
            [
                "no(?:body|[ -]one) (?:\\w+ )?(?:cares|care|listens|listened|bothered|bothers"
                "|seems to care|gives a|gave a|could be bothered|can be bothered"
                "|took me seriously|takes me seriously)",
                f"(?:{YOU}|they|this company|{YOUR} company|{YOUR} staff) (?:clearly |obviously "
                f"|just |really |simply )?(?:{_DONT}|didn{APOS}?t|did not|never|couldn{APOS}?t"
                f"|could not|can{APOS}?t|cannot) (?:seem to |even )?(?:care|listen|value|give a"
                "|be bothered|appreciate|respect)",
                f"(?:{_DONT}|doesn{APOS}?t|does not) (?:seem to )?(?:value|appreciate|respect"
                f"|care about) (?:(?:your|their|its|our)(?: \\w+)? {_VALUED}"
                "|(?:loyal|long|existing|regular)\\b(?: \\w+)?)",
                _BRUSHED_OFF,
                f"treated (?:me )?(?:like|as) {_IDIOTS}",
                f"(?:is|that{APOS}?s|this is|what a|the|t[he]{{2}}) (?:how {YOU} treat"
                "|thanks i get|thanks we get|reward i get|reward for (?:loyalty|being loyal"
                "|sticking))",
                f"(?:mean|means|meant) (?:nothing|zero) to (?:{YOU}|them|this company"
                f"|{YOUR} company)",
                "(?:loyalty|customers|years|custom) (?:clearly |obviously )?(?:mean|means|count for"
                "|counts for) (?:nothing|zero|little)",
                "(?:count|counts|counted) for something",
                f"(?:{YOU}{APOS}?d|you would|one would) (?:think|expect|hope) {gap(6)}"
                "(?:would|should|might) (?:get|earn|count|mean|matter|buy)",
                "(?:lack of|no|zero|without any) (?:recognition|respect|appreciation|loyalty)",
                "(?:second|2nd)[- ]class (?:customer|citizen|passenger|treatment)",
                f"like (?:i|we) {_DONT} (?:matter|exist|count)",
                f"(?:i|we) {_DONT} matter",
            ],
            negatable=True,
            reach=2,
        ),
    ],
)
"""Feels undervalued or ignored. "Customer for life" is praise, and says no tenure: not counted."""
