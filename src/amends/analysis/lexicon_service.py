"""What the service did to the customer: made them come back, wait, or get passed on.

Here negation words are often the evidence ("still no answer"), so repeat contact is not
negation-aware; waits and transfers are, with a short reach ("without being transferred", "haven't
been waiting long"). Broken promises are in ``lexicon_promises``.
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
    any_of,
    gap,
    phrases,
    words,
)

# --- repeat_contact ------------------------------------------------------------------------------

_CONTACT_NOUN = words(
    "time call calls email emails e-mail message messages tweet dm letter attempt try contact "
    "chat complaint request ticket visit follow-up follow_up case"
)
_ACTIVE_I = (
    "(?:(?:that |now |today |this (?:week|month|year) )?"
    f"(?:(?:i{APOS}?ve|i have|we{APOS}?ve|we have|i{APOS}?m|i am|i|we) "
    f"(?:had to |now |already |been |just )*)?(?:{CONTACT_VERB}|in touch|on the phone)\\b"
    "|reopening|here)"
)
"""After "the third time", a verb of contact: "the second time I flew with you" is not counted."""

_CONTACTED = any_of(
    f"dm{APOS}d",
    *phrases(
        "called calling rang ringing phoned phoning emailed emailing e-mailed writing wrote "
        "messaged messaging chased chasing asked asking contacted contacting tweeted tweeting dmed "
        "dmd dming chatted complained complaining followed_up following_up reached_out "
        "reaching_out"
    ),
)
_MANY_MORE = any_of(
    "[3-9]",
    "[1-9]\\d+",
    *phrases(
        "three four five six seven eight nine ten twelve twenty several multiple countless "
        "numerous so_many too_many a_dozen dozens_of endless umpteen hundreds_of"
    ),
)
_MESSAGES = (
    "(?:calls|emails|e-mails|messages|tweets|dms|tickets|chats|complaints|letters|visits|requests"
    "|follow-ups|attempts to (?:reach|contact|call|get through|speak))"
)

REPEAT_CONTACT = Lexicon(
    "repeat_contact",
    [
        Rule(
            [
                f"(?:for )?(?:the|my|a|this|our) {ORDINAL} (?:time )?{_CONTACT_NOUN} {_ACTIVE_I}",
                f"for (?:the|a) {ORDINAL} time\\b",
                f"(?:my|this is my|the|teh|a|our) {ORDINAL} (?:call|email|e-mail|message|letter"
                "|attempt|contact|chat|complaint|request|ticket|visit|follow-up)\\b",
                f"{ORDINAL} (?:time|call|contact|attempt|email|request) (?:asking|calling|chasing"
                "|writing|emailing|trying|now|on (?:the )?same|about)",
                f"{CONTACT_VERB} {gap(4)}{MANY} ?times\\b",
                f"{CONTACT_VERB} {gap(4)}(?:\\d+|{MANY})~x\\b",
                f"{MANY} times (?:now|already|and counting)",
                "again and again|over and over(?: again)?|time (?:and time )?again|time after time",
                "yet again|here (?:i am|we are|we go) again|not (?:for )?the first time",
                f"(?:keep|kept|keeps|keeping) (?:on )?(?:{CONTACT_VERB}|getting (?:closed|cut off"
                "|disconnected|hung up on)|hanging up|closing (?:my|the) (?:case|ticket))",
                "(?:still|yet|again) no (?:answer|response|reply)",
                f"(?:every|each) (?:single )?time (?:i|we) (?:{CONTACT_VERB}|get through|reach"
                "|speak|talk|follow up|go in|log in)",
                f"{_CONTACTED} (?:you |u |them |in |back |up )?(?:again|once more|yet again)\\b",
                "(?:closed|reopen(?:ed|ing)?) (?:it |my \\w+ |the \\w+ )?again",
                "reopen(?:ing|ed)? (?:it|my (?:case|ticket|complaint)|the (?:case|ticket"
                "|complaint))",
            ],
            negatable=False,
        ),
        Rule(
            [
                f"{_MANY_MORE} (?:separate |different )?{_MESSAGES}\\b(?! from (?:you|u|them)\\b)",
            ],
            negatable=False,
            veto=r"\b(?:received|receiving|got|get|getting|sent me|sending me|had|have)\s*$",
        ),
    ],
)
"""Has had to get in touch more than once. Counts need a verb of contact ("called 5 times") so that
"charged twice" or "transferred 3 times" do not count here; "still no answer" counts as the brief
defines it, and "three emails" received from the company does not."""

# --- long_wait -----------------------------------------------------------------------------------

_HOLD = any_of(
    "in (?:the|a) (?:phone )?queue",
    *phrases(
        "on_hold held holding in_queue queued queuing queueing waited waiting sat sitting stuck "
        "stranded on_the_phone on_the_line in_line hanging_on"
    ),
)
_AFTER_DURATION = (
    "(?:on hold|in (?:the |a )?(?:phone )?queue|in line|on the phone|on the line|waiting"
    "|of waiting|of hold|hold time|on the tarmac|at the gate|on the plane|on the runway|wait|hold"
    "|to get through|before (?:anyone|someone|an agent|reaching|i (?:got|reached|spoke))"
    "|for (?:a|an|someone|anyone) to (?:answer|pick up)|delay|delayed|late departure|stuck)"
)
_SHORT = re.compile(
    r"(?:\b[1-9]\s*(?:min|m\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|a|few"
    r"|couple(?: of)?)\s+min|\bseconds?\b)"
)
_LONG_UNIT = re.compile(r"hour|\bhrs?\b|\d\s*h\b|day|week|month")


def long_enough(phrase: str) -> bool:
    """A wait counts unless it is minutes under ten ("on hold for 3 minutes" is fine)."""
    return _LONG_UNIT.search(phrase) is not None or _SHORT.search(phrase) is None


_ONLY = r"\b(?:only|just|under|less than|barely|within|no more than|max(?:imum)?)\s*$"

LONG_WAIT = Lexicon(
    "long_wait",
    [
        Rule(
            [
                f"{_HOLD} {gap(3)}(?:for )?{DURATION}",
                f"{DURATION} {_AFTER_DURATION}",
                f"(?:delayed|delay of|delays of) (?:by )?{DURATION}",
                "(?:getting through|to get through|hold time|wait time|wait|waiting time) "
                f"(?:was |took |of |is )?{DURATION}",
                f"(?:had|kept|left) (?:me|us) (?:waiting|on hold|hanging) (?:for )?{DURATION}",
            ],
            negatable=False,
            veto=_ONLY,
            check=long_enough,
        ),
        Rule(
            [
                "(?:still|been|keep|kept|keeps) (?:sat |sitting |stuck )?waiting",
                f"(?:on hold|wait(?:ed|ing)?|held|queu(?:e|ed|ing)) (?:for )?{LONG_TIME}\\b",
                f"{LONG_TIME} (?:on hold|on the phone|on the tarmac|in (?:the |a )?queue|waiting)",
                "took (?:forever|ages|an eternity|an age)",
                "(?:long|huge|massive|endless|ridiculous|insane|crazy) (?:lines?|queues?|waits?"
                "|hold|wait times?|hold times?)",
                "(?:weeks|months|days) (?:now )?without (?:a |an |any )?(?:reply|response|answer"
                "|update|refund|service|word|news|fix|resolution|help)",
                "forever (?:to (?:answer|respond|reply|get through)|on hold)",
            ],
            negatable=True,
            reach=2,
        ),
    ],
)
"""Has waited too long: on hold, in queues, for days. Explicit minutes under ten do not count, nor
do durations after "only" or "within"."""

# --- transferred ---------------------------------------------------------------------------------

_PASS = any_of(
    "ping-?ponged",
    *phrases(
        "transferred transfered transferring passed bounced shuffled handed shunted pushed thrown "
        "kicked batted moved redirected routed rerouted forwarded sent put_through fobbed_off "
        "passing bouncing"
    ),
)
_UNITS = "(?:departments?|depts?|teams?|people|agents|reps|sections|offices|call cent(?:er|re)s?)"
_TIMES = f"(?:{MANY} ?(?:times|x)\\b|twice|thrice)"
_AROUND = any_of(
    "from one (?:person|department|team|agent) to (?:another|the next)",
    "to (?:another|a different|the wrong|yet another|a third|the right) (?:department|team"
    "|person|agent|number|line)",
    "to (?:someone|somebody) else",
    f"between {gap(2)}{_UNITS}",
    f"between (?:[\\w-]+ ){{1,3}}?and (?:[\\w-]+ ){{1,3}}?{_TIMES}",
    *phrases(
        "around round about back_and_forth from_pillar_to_post from_department_to_department "
        "from_person_to_person from_team_to_team"
    ),
)
_ELSEWHERE = (
    "(?:someone else|somebody else|another (?:team|department|number)|a different (?:team"
    "|department|number)|the other (?:team|department))"
)

TRANSFERRED = Lexicon(
    "transferred",
    [
        Rule(
            [
                f"{_PASS} (?:me|us|my call|my case|my complaint|my query) (?:on|along|{_AROUND})\\b"
                f"(?: {gap(4)}{_TIMES})?",
                "(?:transferred|transfered|transferring|passed|bounced|shuffled|handed|shunted"
                f"|ping-?ponged|batted) {_AROUND}\\b(?: {gap(4)}{_TIMES})?",
                "(?:bounced|passed|shuffled|handed|shunted|ping-?ponged|batted) (?:me |us )?"
                "between (?:[\\w-]+ ){0,2}?and [\\w-]+",
                "(?:sent|forwarded|redirected|moved|routed|referred) to (?:another|a different"
                "|the wrong|yet another|a third) (?:department|team|person|agent|number|line)",
                f"(?:transferred|transfered|passed|bounced|handed|put through) (?:me )?{_TIMES}",
                f"{MANY} (?:transfers|different (?:people|agents|departments|teams|reps|numbers))",
                "(?:(?:went|gone|going|been|go) through|via) (?:half the company|every department"
                f"|{MANY}(?: other| different)? {_UNITS})",
                f"(?:spoke|spoken|talked|speaking) (?:to|with) {MANY} (?:different |separate )?"
                f"{_UNITS}",
                f"{MANY} (?:separate|different) {_UNITS}",
                f"(?:another|a different|the other) department{APOS}?s? (?:problem|issue|job"
                "|responsibility)",
                f"(?:not|isn{APOS}?t) (?:my|our) department",
                "(?:says?|said|saying|tells?|told|telling) (?:me )?(?:to )?(?:call|contact|try|ring"
                f"|speak to|talk to|email) {_ELSEWHERE}",
                "(?:kept|keep|keeps) (?:passing|transferring|bouncing|palming) (?:me|us)",
                "(?:kept|keep|keeps) (?:sending|handing|shoving|putting) (?:me|us) (?:on|around"
                "|about|back and forth|to (?:another|someone|somebody|a different|different)"
                "|between|from)",
                "(?:the )?(?:run-around|runaround|run around)|merry-go-round",
                "(?:transferred|transfered|passed|bounced|handed|put through) (?:me|us) again",
                f"(?:the|my|a) {ORDINAL} transfer\\b",
                "sent me (?:to \\w+,? )?who sent me back",
            ],
            negatable=True,
            reach=2,
        ),
    ],
)
"""Was passed from one person or department to another. A single transfer ("transferred to a
supervisor") is not counted: being moved on once is how escalation works."""
