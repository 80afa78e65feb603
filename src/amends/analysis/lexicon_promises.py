"""Broken promises: the customer was told something would happen, and it did not.

The failure is part of the evidence ("promised a call back ... nothing"), so the span runs from the
promise to its failure; negation only matters right before the promise ("never promised").
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, YOU, any_of, gap, phrases, words

_PROMISED = any_of(
    f"{YOU} said",
    "(?:was|were|been|got) told",
    "(?:he|she|they|agent|rep) said",
    f"(?:was|were|is|it{APOS}?s) supposed to",
    "(?:was|were|is) meant to",
    "(?:callback|call back) scheduled",
    *phrases(
        "promised promise promises promising assured guaranteed agreed told_me told_us committed"
    ),
)
_NOT_THE_KEEPER = (
    r"(?:\b(?:i|we|i['\u2019]?ve|we['\u2019]?ve|i['\u2019]?d|not|never|nobody|than|as|like|what"
    r"|if|when|unless|whether|the|a|an|my|your|our|their|his|her|its)(?:\s+(?:had|has|have|also"
    r"|even|personally|just|already|once))*"
    r"|^)\s*$"
)
"""A promise made by the customer ("I promised my kids"), denied, compared ("later than promised"),
hypothetical, or an adjective ("the promised date") is no promise broken; one said at the start of
a text has no keeper to blame."""

_NOT_A_DATE = "(?!~(?:date|delivery date|day|time|window|timeframe|time ?frame|slot)\\b)"
"""The "promised date" of a late parcel is a delivery estimate, not someone's word."""

_ARRANGED = words("arranged booked scheduled confirmed set_up organised organized")
"""Weaker than a promise: only a failure that opens the next sentence makes these broken."""

_SENTENCE = "(?:[^.!?\\n]|\\.(?=\\d))"
"""Characters of one sentence: anything but its end (a decimal point is not one)."""

_NOT = f"(?:didn{APOS}?t|did not|hasn{APOS}?t|has not|haven{APOS}?t|have not)"
_FAILED = any_of(
    _NOT,
    f"wasn{APOS}?t",
    f"weren{APOS}?t",
    f"still (?:no|not|nothing|haven{APOS}?t|hasn{APOS}?t|waiting)",
    "no (?:one|body|call|callback|call back|refund|reply|response|show|sign|email|update|word)",
    "nothing (?:yet|came|happened|arrived|so far|has happened)",
    "not (?:done|fixed|arrived|delivered|sent|called|refunded|resolved|happened)",
    *phrases(
        "never nobody nothing none not_received nowhere_to_be_seen yet_to failed_to no-show no_show"
    ),
)
_FRAGMENT = any_of(
    f"it hasn{APOS}?t",
    f"it didn{APOS}?t",
    f"they didn{APOS}?t",
    f"didn{APOS}?t happen",
    f"(?:it|they|he|she) (?:never|{_NOT})",
    "no(?:body| one) (?:came|called|rang|attended|showed|turned up)",
    "no (?:call|callback|call back|show|refund|reply|one came)",
    "still no \\w+",
    "not a (?:word|peep|sausage|thing)",
    "nothing has (?:happened|arrived|changed)",
    "no(?:body| one|-one) (?:did|has|ever did)",
    f"(?:it|they|he|she) (?:was|were)n{APOS}?t",
    "(?:it|they) (?:wasnt|werent)",
    *phrases(
        "still_waiting not_received none_received none_came nothing_yet nothing nothing_so_far "
        "it_never_came never_came never_happened it_did_not still_nothing none not_yet nope "
        "no_word nada zilch radio_silence silence not_showing nothin nothign nothign_yet"
    ),
)
"""A failure said on its own, right after the promise's sentence: "by Friday. Still nothing." """

_UNDONE = any_of(
    "honou?red",
    *phrases(
        "processed received arrived done made sent paid refunded credited showing happened kept "
        "delivered actioned fixed applied come_through turned_up shown_up returned showed_up landed"
    ),
)
_PROMISE = f"(?:{_PROMISED})\\b{_NOT_A_DATE}"
_ANY_PROMISE = f"(?:{_PROMISED}|{_ARRANGED})\\b{_NOT_A_DATE}"
_VISITOR = (
    "(?:engineer|technician|courier|driver|installer|fitter|plumber|visit|appointment|delivery"
    "|callback|call)"
)

_REPORTED_PROMISE = (
    "(?:said|stated|told (?:me|us)|advised|assured|informed|confirmed|verified|promised)"
    f"{_SENTENCE}{{0,80}}?\\b(?:would|will|{APOS}d)\\b(?! no longer)"
)
_NOTHING_CAME = (
    f"(?:i waited|we waited|(?:days|weeks|months) (?:passed|went by)|still (?:did not|didn{APOS}?t"
    f"|have not|haven{APOS}?t|has not|hasn{APOS}?t|no|not|nothing|waiting)|never (?:received|got"
    "|came|arrived|heard|happened|did|called|sent|showed)|received nothing|nothing (?:came|arrived"
    "|happened|was done|has been done|changed))"
)
"""A narrative's way of breaking a promise: what was said would happen, then, a few sentences on,
the wait ("I waited a few weeks", "days passed") or the nothing ("I never received anything")."""

BROKEN_PROMISE = Lexicon(
    "broken_promise",
    [
        Rule(
            [
                f"{_PROMISE}{_SENTENCE}{{0,80}}?(?:\\bbut|\\band|\\byet|,|\\s-+)~"
                f"(?:\\w+ ){{0,3}}?{_FAILED}\\b(?: \\w+)?",
                f"{_ANY_PROMISE}{_SENTENCE}{{0,80}}?(?:[.!?\\n]+|~[,;-]+)~{_FRAGMENT}\\b",
                f"{_ANY_PROMISE}{_SENTENCE}{{0,80}}?[.!?\\n]+~{gap(8)}(?:and|but|yet|,)~"
                f"(?:still )?{_FRAGMENT}\\b",
                f"{_ANY_PROMISE}{_SENTENCE}{{0,50}}? (?:(?:still )?(?:not|never|yet to be|{_NOT}"
                f"|isn{APOS}?t|wasn{APOS}?t) (?:been )?{_UNDONE}\\b"
                "|(?:is |are )?nowhere to be (?:seen|found))",
                "(?:the|my|our|a) (?:\\w+ ){0,2}(?:i|we) (?:was|were) (?:promised|told|guaranteed"
                "|assured)",
                f"{YOU} said {YOU} (?:would|will|were going to|{APOS}d)",
            ],
            negatable=True,
            reach=1,
            veto=r"\b(?:as|like|after|than|before|past (?:the|your))\s*$",
        ),
        Rule(
            [
                f"{_REPORTED_PROMISE}[^\\n]{{0,250}}?\\b{_NOTHING_CAME}\\b",
                f"(?:never|{_NOT}|not|no one|nobody|no-one|failed to) (?:even )?(?:once )?"
                "(?:(?:called|call|rang|ring|phoned|returned|emailed|heard) (?:me |us )?back"
                "|(?:got|get|gotten|come|came) back to (?:me|us))",
                f"(?:no|never got a|never received a|still no|didn{APOS}?t get a|not even a"
                "|without a) (?:call ?back|call-back|return call|follow-?up call)",
                f"{_VISITOR} {gap(3)}(?:never|didn{APOS}?t|did not|failed to) "
                "(?:show|turn|come|arrive|happen|attend|materiali[sz]e)\\w*",
                "no(?:body| one|-one) (?:ever )?(?:came|showed|turned up|attended|called|rang"
                "|phoned|got in touch|followed up|contacted me|bothered to (?:call|ring|come"
                "|turn up))",
                "(?:the|a) (?:call|callback|call back|visit|engineer) never (?:came|happened"
                "|arrived)",
                "no[- ]show",
                f"(?:where|what happened to) (?:is |are )?(?:the|my) \\w+ (?:{YOU}|i was|we were) "
                "(?:promised|said|told)",
                f"(?:still no|where{APOS}?s|where is|not received|haven{APOS}?t received"
                f"|nothing yet)[^.!?\\n]{{0,40}}?(?:was told|were told|promised|{YOU} said)",
            ],
            negatable=False,
        ),
        Rule(
            [
                "(?:i|we) (?:was|were|had been|have been|got|had|have)(?: \\w+)? (?:promised"
                "|assured|guaranteed)\\b",
                "(?:broken|false|empty|hollow|more|so many|many) promises?"
                "|promises (?:are|were|mean|meant) (?:free|cheap|worthless|meaningless|nothing"
                "|lies)|promises? (?:\\w+ ){0,3}(?:it\\W?s|is|was|are|were) (?:a lie|lies)"
                "|(?:keep|kept|keeps|been|always) promising",
                f"(?:the|my|our|your|a) promised\\b{_NOT_A_DATE} \\w+",
                "(?:provided|gave|given|give) (?:me |us )?(?:an? )?(?:assurances?|guarantees?)"
                "|(?:gave|given|give) (?:me |us )?(?:their|his|her|your) word",
                "(?:was|were) (?:\\w+ )?suppose[d]? to (?!be on\\b|fly\\b|leave\\b|depart\\b"
                "|board\\b|land\\b|be in\\b|take off\\b)",
                f"(?:is|are|am|it{APOS}?s) (?:\\w+ )?suppose[d]? to{_SENTENCE}{{0,80}}?\\b"
                f"(?:but|yet|and) {gap(3)}{_FAILED}\\b",
                f"(?:like|as) {YOU} (?:said|promised|told (?:me|us)) {YOU}(?:{APOS}d| would| will)",
                "(?:advised|told|informed|assured|said)(?: me| us)?(?: that)? (?:it|this|the \\w+"
                "|my \\w+) (?:was|had been|has been|would be|will be|is) (?:being )?(?:handled"
                "|resolved|fixed|removed|taken care of|corrected|sorted|processed|refunded"
                "|credited|done)\\b",
                f"(?:not|isn{APOS}?t|wasn{APOS}?t) what (?:was|i was|we were|{YOU}|they) "
                "(?:explained|told|promised|quoted|agreed|offered|said)",
                "against (?:my|our) (?:explicit |express |written |clear )?(?:wishes|instructions"
                "|request|consent)|despite (?:my|our) (?:\\w+ )?(?:opt-?out|opting out"
                "|instructions|written request|agreement)",
                "(?:credit|refund|check|cheque|voucher|callback|call back|replacement|card"
                "|letter) (?:\\w+ ){0,6}?(?:that|which) never (?:came|arrived|showed|turned up"
                "|materiali[sz]ed|happened)",
                "still waiting (?:for|on) (?:that|the|a|my) (?:call ?back|callback|return call)",
            ],
            negatable=True,
            reach=2,
            veto=r"\b(?:as|like|if|when|unless|whether)\s*$",
        ),
        Rule(
            [
                "(?:promised|assured|guaranteed)\\b(?: (?:me|us|him|her|them|my \\w+))?(?: (?:that"
                f"|to|a|an|the|it|i|we|this|my|our|they|he|she|you))?\\b{_NOT_A_DATE}",
            ],
            negatable=True,
            reach=2,
            veto=_NOT_THE_KEEPER,
        ),
        Rule(
            [
                "missed (?:my |the |our |his |her |their )?(?:appt|appointment|visit|callback"
                "|call ?back|delivery slot|time slot|booking)"
            ],
            negatable=False,
            veto=r"\b(?:i|we|i['\u2019]?ve|we['\u2019]?ve|i have|we have|cust|customer)\s*$",
        ),
    ],
)
"""A promise word, then its failure in the same or the next sentence; or a failure that only a
promise explains ("never called back", "the engineer didn't show", "missed the appointment")."""
