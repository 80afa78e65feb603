"""What the service did to the customer: made them come back, wait, get passed on, or broke its word.

Here negation words are usually the evidence ("never called back", "still no answer", "nobody came"),
so most rules are not negation-aware; the few that are say so, with a short reach.
"""

from __future__ import annotations

import re

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import (
    APOS,
    CONTACT_VERB,
    DURATION,
    LONG_TIME,
    MANY,
    ORDINAL,
    YOU,
    any_of,
    gap,
)

# --- repeat_contact ------------------------------------------------------------------------------

_CONTACT_NOUN = any_of(
    "time",
    "call",
    "calls",
    "email",
    "emails",
    "e-mail",
    "message",
    "messages",
    "tweet",
    "dm",
    "letter",
    "attempt",
    "try",
    "contact",
    "chat",
    "complaint",
    "request",
    "ticket",
    "visit",
    "follow-up",
    "follow up",
    "case",
)
_ACTIVE_I = (
    f"(?:(?:that |now |today |this (?:week|month|year) )?(?:(?:i{APOS}?ve|i have|we{APOS}?ve|we have"
    f"|i{APOS}?m|i am|i|we) (?:had to |now |already |been |just )*)?(?:{CONTACT_VERB}|in touch"
    f"|on the phone)\\b|reopening|here)"
)
"""After "the third time": a verb of contact, so "the second time I flew with you" is not counted."""
_CONTACTED = any_of(
    "called",
    "calling",
    "rang",
    "ringing",
    "phoned",
    "phoning",
    "emailed",
    "emailing",
    "e-mailed",
    "writing",
    "wrote",
    "messaged",
    "messaging",
    "chased",
    "chasing",
    "asked",
    "asking",
    "contacted",
    "contacting",
    "tweeted",
    "tweeting",
    f"dm{APOS}d",
    "dmed",
    "dmd",
    "dming",
    "chatted",
    "complained",
    "complaining",
    "followed up",
    "following up",
    "reached out",
    "reaching out",
)
_MANY_MORE = any_of(
    "[3-9]",
    "[1-9]\\d+",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "twenty",
    "several",
    "multiple",
    "countless",
    "numerous",
    "so many",
    "too many",
    "a dozen",
    "dozens of",
    "endless",
    "umpteen",
    "hundreds of",
)

REPEAT_CONTACT = Lexicon(
    "repeat_contact",
    [
        Rule(
            [
                f"(?:for )?(?:the|my|a|this|our) {ORDINAL} (?:time )?(?:{_CONTACT_NOUN}) {_ACTIVE_I}",
                f"for (?:the|a) {ORDINAL} time\\b",
                f"(?:my|this is my|the|teh|a|our) {ORDINAL} (?:call|email|e-mail|message|letter|attempt"
                f"|contact|chat|complaint|request|ticket|visit|follow-up)\\b",
                f"{ORDINAL} (?:time|call|contact|attempt|email|request) (?:asking|calling|chasing"
                f"|writing|emailing|trying|now|on (?:the )?same|about)",
                f"{CONTACT_VERB} {gap(4)}(?:{MANY}) ?times\\b",
                f"{CONTACT_VERB} {gap(4)}\\d+ ?x\\b",
                f"(?:{MANY}) times (?:now|already|and counting)",
                "again and again|over and over(?: again)?|time (?:and time )?again|time after time",
                "yet again|here (?:i am|we are|we go) again|not (?:for )?the first time",
                f"(?:keep|kept|keeps|keeping) (?:on )?(?:{CONTACT_VERB}|getting (?:closed|cut off"
                "|disconnected|hung up on)|hanging up|closing (?:my|the) (?:case|ticket))",
                "(?:still|yet|again) no (?:answer|response|reply)",
                f"(?:every|each) (?:single )?time (?:i|we) (?:{CONTACT_VERB}|get through|reach"
                "|speak|talk|follow up|go in|log in)",
                f"{_CONTACTED} (?:you |u |them |in |back |up )?(?:again|once more|yet again)\\b",
                "(?:closed|reopen(?:ed|ing)?) (?:it |my \\w+ |the \\w+ )?again",
                "reopen(?:ing|ed)? (?:it|my (?:case|ticket|complaint)|the (?:case|ticket|complaint))",
            ],
            negatable=False,
        ),
        Rule(
            [
                f"(?:{_MANY_MORE}) (?:separate |different )?(?:calls|emails|e-mails|messages|tweets|dms"
                f"|tickets|chats|complaints|letters|visits|requests|follow-ups|attempts to (?:reach"
                "|contact|call|get through|speak))\\b(?! from (?:you|u|them)\\b)",
            ],
            negatable=False,
            veto=r"\b(?:received|receiving|got|get|getting|sent me|sending me|had|have)\s*$",
        ),
    ],
)
"""Has had to get in touch more than once. Counts need a verb of contact ("called 5 times") so that
"charged twice" or "transferred 3 times" do not count here."""

# --- long_wait -----------------------------------------------------------------------------------

_HOLD = any_of(
    "on hold",
    "held",
    "holding",
    "in (?:the|a) (?:phone )?queue",
    "in queue",
    "queued",
    "queuing",
    "queueing",
    "waited",
    "waiting",
    "sat",
    "sitting",
    "stuck",
    "stranded",
    "on the phone",
    "on the line",
    "in line",
    "hanging on",
)
_SHORT = re.compile(
    r"(?:\b[1-9]\s*(?:min|m\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|a|few|couple(?: of)?)"
    r"\s+min|\bseconds?\b)"
)
_LONG_UNIT = re.compile(r"hour|\bhrs?\b|\d\s*h\b|day|week|month")


def long_enough(phrase: str) -> bool:
    """A wait counts unless it is a matter of minutes under ten ("on hold for 3 minutes" is fine)."""
    return _LONG_UNIT.search(phrase) is not None or _SHORT.search(phrase) is None


_ONLY = r"\b(?:only|just|under|less than|barely|within|no more than|max(?:imum)?)\s*$"

LONG_WAIT = Lexicon(
    "long_wait",
    [
        Rule(
            [
                f"(?:{_HOLD}) {gap(3)}(?:for )?(?:{DURATION})",
                f"(?:{DURATION}) (?:on hold|in (?:the |a )?(?:phone )?queue|in line|on the phone"
                "|on the line|waiting|of waiting|of hold|hold time|on the tarmac|at the gate"
                "|on the plane|on the runway|wait|hold|to get through|before (?:anyone|someone|an agent"
                "|reaching|i (?:got|reached|spoke))|for (?:a|an|someone|anyone) to (?:answer|pick up)"
                "|delay|delayed|late departure|stuck)",
                f"(?:delayed|delay of|delays of) (?:by )?(?:{DURATION})",
                f"(?:getting through|to get through|hold time|wait time|wait|waiting time) "
                f"(?:was |took |of |is )?(?:{DURATION})",
                f"(?:had|kept|left) (?:me|us) (?:waiting|on hold|hanging) (?:for )?(?:{DURATION})",
            ],
            negatable=False,
            veto=_ONLY,
            check=long_enough,
        ),
        Rule(
            [
                "(?:still|been|keep|kept|keeps) (?:sat |sitting |stuck )?waiting",
                f"(?:on hold|wait(?:ed|ing)?|held|queu(?:e|ed|ing)) (?:for )?(?:{LONG_TIME})\\b",
                f"(?:{LONG_TIME}) (?:on hold|on the phone|on the tarmac|in (?:the |a )?queue|waiting)",
                "took (?:forever|ages|an eternity|an age)",
                "(?:long|huge|massive|endless|ridiculous|insane|crazy) (?:lines?|queues?|waits?|hold"
                "|wait times?|hold times?)",
                f"(?:weeks|months|days) (?:now )?without (?:a |an |any )?(?:reply|response|answer"
                "|update|refund|service|word|news|fix|resolution|help)",
                "forever (?:to (?:answer|respond|reply|get through)|on hold)",
            ],
            negatable=True,
            reach=2,
        ),
    ],
)
"""Has waited too long: on hold, in queues, for days. Explicit minutes under ten do not count, nor do
durations after "only" or "within"."""

# --- transferred ---------------------------------------------------------------------------------

_PASS = any_of(
    "transferred",
    "transfered",
    "transferring",
    "passed",
    "bounced",
    "shuffled",
    "handed",
    "shunted",
    "pushed",
    "thrown",
    "ping-?ponged",
    "kicked",
    "batted",
    "moved",
    "redirected",
    "routed",
    "rerouted",
    "forwarded",
    "sent",
    "put through",
    "fobbed off",
    "passing",
    "bouncing",
)
_UNITS = "(?:departments?|depts?|teams?|people|agents|reps|sections|offices|call cent(?:er|re)s?)"
_AROUND = any_of(
    "around",
    "round",
    "about",
    "back and forth",
    "from pillar to post",
    "from department to department",
    "from person to person",
    "from team to team",
    "from one (?:person|department|team|agent) to (?:another|the next)",
    "to (?:another|a different|the wrong|yet another|a third|the right) (?:department|team|person|agent"
    "|number|line)",
    "to (?:someone|somebody) else",
    f"between {gap(2)}{_UNITS}",
    f"between (?:[\\w-]+ ){{1,3}}?and (?:[\\w-]+ ){{1,3}}?(?:{MANY} ?(?:times|x)\\b|twice)",
)
_TIMES = f"(?:(?:{MANY}) ?(?:times|x)\\b|twice|thrice)"

TRANSFERRED = Lexicon(
    "transferred",
    [
        Rule(
            [
                f"(?:{_PASS}) (?:me|us|my call|my case|my complaint|my query) (?:on|along|{_AROUND})\\b"
                f"(?: {gap(4)}{_TIMES})?",
                f"(?:transferred|transfered|transferring|passed|bounced|shuffled|handed|shunted"
                f"|ping-?ponged|batted) (?:{_AROUND})\\b(?: {gap(4)}{_TIMES})?",
                f"(?:sent|forwarded|redirected|moved|routed|referred) to (?:another|a different|the wrong"
                "|yet another|a third) (?:department|team|person|agent|number|line)",
                f"(?:transferred|transfered|passed|bounced|handed|put through) (?:me )?{_TIMES}",
                f"(?:{MANY}) (?:transfers|different (?:people|agents|departments|teams|reps|numbers))",
                f"(?:(?:went|gone|going|been|go) through|via) (?:half the company|every department|(?:{MANY})"
                f"(?: other| different)? {_UNITS})",
                f"(?:spoke|spoken|talked|speaking) (?:to|with) (?:{MANY}) (?:different |separate )?"
                f"{_UNITS}",
                f"(?:{MANY}) (?:separate|different) {_UNITS}",
                f"(?:another|a different|the other) department{APOS}?s? (?:problem|issue|job"
                "|responsibility)",
                f"(?:not|isn{APOS}?t) (?:my|our) department",
                "(?:says?|said|saying|tells?|told|telling) (?:me )?(?:to )?(?:call|contact|try|ring"
                "|speak to|talk to|email) (?:someone else|somebody else|another (?:team|department"
                "|number)|a different (?:team|department|number)|the other (?:team|department))",
                "(?:kept|keep|keeps) (?:passing|transferring|bouncing|palming) (?:me|us)",
                "(?:kept|keep|keeps) (?:sending|handing|shoving|putting) (?:me|us) (?:on|around|about"
                "|back and forth|to (?:another|someone|somebody|a different|different)|between|from)",
                "(?:the )?(?:run-around|runaround|run around)|merry-go-round",
                "sent me (?:to \\w+,? )?who sent me back",
            ],
            negatable=True,
            reach=2,
        ),
    ],
)
"""Was passed from one person or department to another."""

# --- broken_promise ------------------------------------------------------------------------------

_PROMISED = any_of(
    "promised",
    "promise",
    "promises",
    "promising",
    "assured",
    "guaranteed",
    "agreed",
    f"{YOU} said",
    "(?:was|were|been|got) told",
    "told me",
    "told us",
    "(?:he|she|they|agent|rep) said",
    f"(?:was|were|is|it{APOS}?s) supposed to",
    "(?:was|were|is) meant to",
    "committed",
    "(?:callback|call back) scheduled",
)
_NOT_A_DATE = "(?!~(?:date|delivery date|day|time|window|timeframe|time ?frame|slot)\\b)"
"""The "promised date" of a late parcel is a delivery estimate, not someone's word."""
_ARRANGED = any_of("arranged", "booked", "scheduled", "confirmed", "set up", "organi[sz]ed")
"""Weaker than a promise: only a failure that opens the next sentence makes these broken."""
_SENTENCE = "(?:[^.!?\\n]|\\.(?=\\d))"
"""Characters of one sentence: anything but its end (a decimal point is not one)."""
_FAILED = any_of(
    "never",
    f"didn{APOS}?t",
    "did not",
    f"hasn{APOS}?t",
    "has not",
    f"haven{APOS}?t",
    "have not",
    f"wasn{APOS}?t",
    f"weren{APOS}?t",
    f"still (?:no|not|nothing|haven{APOS}?t|hasn{APOS}?t|waiting)",
    "no (?:one|body|call|callback|call back|refund|reply|response|show|sign|email|update|word)",
    "nobody",
    "nothing (?:yet|came|happened|arrived|so far|has happened)",
    "nothing",
    "none",
    "not received",
    "nowhere to be seen",
    "yet to",
    "failed to",
    "no-show",
    "no show",
    "not (?:done|fixed|arrived|delivered|sent|called|refunded|resolved|happened)",
)
_FRAGMENT = any_of(
    "still waiting",
    "not received",
    "none received",
    "none came",
    "nothing yet",
    "nothing",
    "nothing so far",
    "it never came",
    "never came",
    "never happened",
    f"it hasn{APOS}?t",
    f"it didn{APOS}?t",
    "it did not",
    f"they didn{APOS}?t",
    "no(?:body| one) (?:came|called|rang|attended|showed|turned up)",
    "no (?:call|callback|call back|show|refund|reply|one came)",
    f"didn{APOS}?t happen",
    "still nothing",
    "still no \\w+",
    "none",
    "not yet",
    "nope",
    f"(?:it|they|he|she) (?:never|didn{APOS}?t|did not|hasn{APOS}?t|haven{APOS}?t)",
    "not a (?:word|peep|sausage|thing)",
    "no word",
    "nada",
    "zilch",
    "radio silence",
    "silence",
    "not showing",
    "nothing has (?:happened|arrived|changed)",
)
_UNDONE = any_of(
    "processed",
    "received",
    "arrived",
    "done",
    "made",
    "sent",
    "paid",
    "refunded",
    "credited",
    "showing",
    "happened",
    "honou?red",
    "kept",
    "delivered",
    "actioned",
    "fixed",
    "applied",
    "come through",
    "turned up",
    "shown up",
    "returned",
    "showed up",
    "landed",
)

BROKEN_PROMISE = Lexicon(
    "broken_promise",
    [
        Rule(
            [
                f"(?:{_PROMISED})\\b{_NOT_A_DATE}{_SENTENCE}{{0,80}}?(?:\\bbut|\\band|\\byet|,|\\s-+)~(?:\\w+ ){{0,3}}?"
                f"(?:{_FAILED})\\b",
                f"(?:{_PROMISED}|{_ARRANGED})\\b{_NOT_A_DATE}{_SENTENCE}{{0,80}}?(?:[.!?\\n]+|~[,;-]+)~"
                f"(?:{_FRAGMENT})\\b",
                f"(?:{_PROMISED}|{_ARRANGED})\\b{_NOT_A_DATE}{_SENTENCE}{{0,80}}?[.!?\\n]+~{gap(8)}(?:and|but|yet|,)~"
                f"(?:still )?(?:{_FRAGMENT})\\b",
                f"(?:{_PROMISED}|{_ARRANGED})\\b{_NOT_A_DATE}{_SENTENCE}{{0,50}}? (?:(?:still )?(?:not|never|yet to be"
                f"|hasn{APOS}?t|has not|haven{APOS}?t|have not|isn{APOS}?t|wasn{APOS}?t) (?:been )?"
                f"(?:{_UNDONE})\\b|(?:is |are )?nowhere to be (?:seen|found))",
                f"(?:the|my|our|a) (?:\\w+ ){{0,2}}(?:i|we) (?:was|were) (?:promised|told|guaranteed|"
                f"assured)",
                f"{YOU} said {YOU} (?:would|will|were going to|{APOS}d)",
            ],
            negatable=True,
            reach=1,
            veto=r"\b(?:as|like|after|than|before|past (?:the|your))\s*$",
        ),
        Rule(
            [
                f"(?:never|didn{APOS}?t|did not|hasn{APOS}?t|has not|haven{APOS}?t|have not|not|no one"
                "|nobody|no-one|failed to) (?:even )?(?:once )?(?:called|call|rang|ring|phoned|got|get"
                "|gotten|returned|emailed|heard) (?:me |us )?back",
                f"(?:no|never got a|never received a|still no|didn{APOS}?t get a|not even a|without a) "
                "(?:call ?back|call-back|return call|follow-?up call)",
                "(?:engineer|technician|courier|driver|installer|fitter|plumber|visit|appointment"
                f"|delivery|callback|call) {gap(3)}(?:never|didn{APOS}?t|did not|failed to) "
                "(?:show|turn|come|arrive|happen|attend|materiali[sz]e)\\w*",
                "no(?:body| one|-one) (?:ever )?(?:came|showed|turned up|attended|called|rang|phoned"
                "|got in touch|followed up|contacted me|bothered to (?:call|ring|come|turn up))",
                "(?:the|a) (?:call|callback|call back|visit|engineer) never (?:came|happened|arrived)",
                "no[- ]show",
                f"(?:where|what happened to) (?:is |are )?(?:the|my) \\w+ (?:{YOU}|i was|we were) "
                "(?:promised|said|told)",
                f"(?:still no|where{APOS}?s|where is|not received|haven{APOS}?t received|nothing yet)"
                f"[^.!?\\n]{{0,40}}?(?:was told|were told|promised|{YOU} said)",
            ],
            negatable=False,
        ),
        Rule(
            [
                "missed (?:my |the |our |his |her |their )?(?:appt|appointment|visit|callback|call ?back"
                "|delivery slot|time slot|booking)"
            ],
            negatable=False,
            veto=r"\b(?:i|we|i[’']?ve|we[’']?ve|i have|we have|cust|customer)\s*$",
        ),
    ],
)
"""Was told something would happen and it did not: a promise word, then its failure."""
