"""Waiting: on hold, in queues, on the tarmac, and for days or months for an answer, refund or fix.

Customers rarely say "I waited". They count the time ("it's been over 30 days", "2 weeks have gone
by", "for a week now", "going on 15 hours"), name when it started ("missing since Thursday"), say it
is not over ("still no bag", "yet to hear back"), or blame the pace ("takes them 90 days to
respond", "so long to get through"). Negation-aware with a short reach ("haven't been waiting
long"); the phrases whose negation is the evidence ("still haven't heard") are not.
"""

from __future__ import annotations

import re

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, DURATION, LONG_TIME, MANY, NUMBER, gap, words

_HOLD = words(
    "on_hold held holding in_queue queued queuing queueing waited waiting wait sat sitting stuck "
    "stranded on_the_phone on_the_line in_line hanging_on in_the_queue in_teh_queue in_a_queue "
    "in_the_phone_queue run_around runaround run-around strand strands stranding"
)
_AFTER_DURATION = (
    "(?:on hold|in (?:the |teh |a )?(?:phone )?queue|in line|on the phone|on the line|waiting"
    "|of waiting|of hold|hold time|on the tarmac|at the gate|on the plane|on the runway|wait|hold"
    "|to get through|before (?:anyone|someone|an agent|reaching|i (?:got|reached|spoke))|trapped"
    "|stranded"
    "|for (?:a|an|someone|anyone) to (?:answer|pick up)|delay|delayed|late departure|stuck"
    "|of (?:being|trying|calling|chasing|back and forth|phone calls|calls|emails|run ?around"
    "|runaround|phone tag|my (?:life|time|day)|customer (?:service|svc)|support|chat|chatting"
    "|talking|speaking|dealing|hold)|(?:weather|mechanical|maintenance|crew|technical|ground|atc)"
    " (?:delay|delayed))"
)
_SHORT = re.compile(
    r"(?:\b[1-9]\s*(?:min|m\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|a|few"
    r"|couple(?: of)?)\s+min|\bseconds?\b)"
)
_LONG_UNIT = re.compile(r"hour|\bhrs?\b|\dhrs?\b|\d\s*h\b|day|week|month|year")


def long_enough(phrase: str) -> bool:
    """A wait counts unless it is minutes under ten ("on hold for 3 minutes" is fine)."""
    return _LONG_UNIT.search(phrase) is not None or _SHORT.search(phrase) is None


_MINUTES = re.compile(r"(\d+)\s*(?:min|m\b)")


_HOURS = re.compile(r"hour|\bhrs?\b|\dhrs?\b|\d\s*h\b")


def long_for_a_task(phrase: str) -> bool:
    """Time spent on a call or a visit is long from half an hour ("it took 45 minutes", "calls that
    exceeded 40 minutes"); days are the pace of a delivery ("took 2 days as promised")."""
    if _HOURS.search(phrase):
        return True
    minutes = _MINUTES.search(phrase)
    return minutes is not None and int(minutes.group(1)) >= 30


_ONLY = r"\b(?:only|just|under|less than|barely|within|no more than|max(?:imum)?)\s*$"

_ADVICE = (
    r"\b(?:suggested|told|asked|advised|said|instructed|recommended)\b(?:\s+\w+){0,2}\s+(?:to\s+)?$"
)
"""A wait the company advises ("he suggested we wait a few days") has not been waited yet."""

_LATE_PAYMENT = (
    r"\d\s*(?:,|and|or|&|-|/)\s*$|\b(?:the|a|an)\s*$|\b(?:showing|shows|reported|reporting|marked|marks|report)\b"
    r"[^.]*$|\b(?:bill|payment|account|balance|debt|loan|it)\s+(?:is|was|were|are|being|became"
    r"|went)\s+$|\b(?:i|we|i'm|im)\s+(?:was\s+|am\s+|were\s+|are\s+|been\s+|got\s+|fell\s+)?$"
)
"""A credit report's "30, 60 and 90 days late" or a bill "120 days late" is a late payment, and so
is a customer "3 months behind": not a wait."""

_NOT_SHORT = (
    "(?!~(?:for )?(?:only |just |about |around |like |less than |under )?(?:a |one |two |three"
    " |four |five |six |seven |eight |nine |[1-9] |a few |a couple of |couple )?~(?:min|sec))"
)
"""Being put on hold is a wait in itself, unless a few minutes at most."""
_NOT_A_CALL = (
    r"\b(?:account|card|order|payment|loan|application|process|everything|it|funds|check|cheque"
    r"|transfer|shipment|delivery|plans?|project|modification|foreclosure)\s+(?:\w+\s+){0,2}$"
)
"""An account or a process put on hold is paused, not kept waiting on the phone."""

_MODIFIERS = words(
    "over more_than nearly almost about around roughly close_to at_least well_over a_good "
    "the_best_part_of the_better_part_of a_full like literally approx approximately another "
    "an_extra upwards_of"
)
_SPAN = f"(?:(?:{_MODIFIERS}) )*(?:{NUMBER}|x{{2,}})(?:~(?:-|to|or)~(?:\\d+|x{{2,}}))?~\\+?"
"""A count of time units: "over 45", "almost two", "a few", "6-8", "XXXX" (a number the CFPB
masked)."""
_DAYS = "(?:business |calendar |working |whole |full |more |long |additional )?"
_DAYS_UNIT = f"{_DAYS}(?:days?|weeks?|wks?|months?|years?)\\b"
_ANY_UNIT = f"{_DAYS}(?:days?|weeks?|wks?|months?|years?|hours?|hrs?)\\b"
_WEEKDAY = (
    "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|yesterday|last \\w+"
    "|this morning|early|the \\d|\\d+(?::\\d\\d)?~(?:am|pm)|\\d|xx/"
    "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*)\\b"
)
_UNFINISHED = (
    f"(?:waiting|missing|down|stuck|pending|outstanding|delayed|nothing|no|without|not|still"
    f"|calling|trying|chasing|emailing|holding|disputing|haven{APOS}?t|hasn{APOS}?t|hasnt"
    "|havent)\\b"
)
_STILL_WITHOUT = (
    "still (?:no(?! (?:luck|idea|clue|way)\\b)|nothing|without|yet to"
    f"|haven{APOS}?t|havent|have not|hasn{APOS}?t|hasnt|has not"
    f"|don{APOS}?t have|dont have|do not have|didn{APOS}?t (?:get|receive|hear)|did not (?:get"
    "|receive|hear)|not (?:received|heard|gotten|got|been|had|seen))\\b"
)

LONG_WAIT = Lexicon(
    "long_wait",
    [
        Rule(
            [
                f"{_HOLD} {gap(3)}(?:for )?{DURATION}",
                f"{DURATION}\\+?(?: plus| or more| and counting)? {_AFTER_DURATION}",
                f"{DURATION}{APOS}s? (?:wait|delay|hold|queue)\\b",
                # told the wait goes on: "it says it'll be 2 more hours"
                f"(?:it{APOS}?ll be|it{APOS}?d be|(?:will|would|to) (?:be|wait)|waiting|on hold)"
                f" (?:another|an extra|a further) (?:{DURATION}|hour|day|week)\\b",
                f"(?:it{APOS}?ll be|it{APOS}?d be|(?:will|would|to) (?:be|wait)|waiting|on hold)"
                f" {_SPAN} more (?:hours?|hrs?)\\b",
                f"(?:delayed|delay of|delays of) (?:by )?{DURATION}",
                "(?:getting through|to get through|hold time|wait time|wait|waiting time) "
                f"(?:was |took |of |is )?{DURATION}",
                f"(?:had|kept|left) (?:me|us) (?:waiting|on hold|hanging) (?:for )?{DURATION}",
                # the time judged: "four hours is a bit much"
                f"{DURATION} (?:is|was) (?:a bit |a little |way |far |just |simply )?(?:much|too "
                "(?:long|much)|ridiculous|unacceptable|insane|crazy|absurd|excessive|a joke)\\b",
            ],
            negatable=False,
            veto=f"{_ONLY}|{_ADVICE}",
            check=long_enough,
        ),
        Rule(
            # "hold for 30 minutes"; a fare held for 24 hours is a courtesy, not a wait
            [f"hold (?:time )?(?:for|of) (?!(?:24|48|72) ?h){DURATION}"],
            negatable=False,
            veto=f"{_ONLY}|{_ADVICE}",
            unless=r"\bif\b",
            check=long_enough,
        ),
        Rule(
            [
                f"(?:call|get|ring) (?:me |us )?back (?:in|after) {DURATION}",
                f"(?:each|every (?:time|call)) (?:at least |over |for |about )?{DURATION}",
                f"(?:a|music|phone|the) hold (?:for )?{DURATION}",
                "(?:disconnected|hung up(?: on)?|cut off"
                f"|dropped)(?: \\w+){{0,3}} after {DURATION}",
                f"after {DURATION},? (?:i |we |it |the call |they )?(?:was |got |were )?"
                "(?:disconnected|hung up|cut off|dropped)",
                "(?:picked up|answered|got through|got connected|responded|replied|came back"
                f"|showed up|turned up|arrived) (?:\\w+ )?after {DURATION}",
                # told the plane will sit: "we would not be leaving for an hour and a half"
                f"(?:not|never|wont|won{APOS}?t|can{APOS}?t|cannot|isn{APOS}?t|aren{APOS}?t)"
                " (?:be )?(?:leaving|departing|taking off|boarding"
                "|going anywhere|moving|leave|depart|take off|board|move) (?:for|until|till) "
                f"(?:another |at least |over |almost |nearly )?{DURATION}",
            ],
            negatable=False,
            check=long_enough,
        ),
        Rule(
            [
                "(?:exceed(?:ed|ing|s)?|lasted|lasting|took|takes|taking|taken|spent|spend"
                f"|spending|wasted|waste|wasting) (?:me |us |them |him |her )?{DURATION}",
                f"(?:tried|trying|attempted|attempting) (?:\\w+ ){{0,2}}?for {DURATION}",
                f"been \\w+ing {gap(3)}for {DURATION}",
                # landed long ago and still at the airport: "landed almost 40 minutes ago"
                "(?:landed|deplaned|got off (?:the )?(?:plane|flight|aircraft)|arrived at"
                f" (?:the )?(?:gate|airport|terminal)) (?:\\w+ )?{DURATION} ago\\b",
            ],
            negatable=True,
            reach=2,
            veto=_ONLY,
            check=long_for_a_task,
        ),
        Rule(
            [
                f"(?:it|that|this|its)(?:{APOS}s| has| is| ha?s)? been {_SPAN}~{_ANY_UNIT}",
                # a deadline the company had (even the law's) and let pass, dwelt on
                "(?:supposed|required|obligated|meant|expected|had) to (?:respond|reply|answer"
                "|investigate|fix|resolve|correct|remove|process|get back)\\b[^.!?\\n]{0,40}?"
                f"\\bwithin {_SPAN} {_ANY_UNIT}[^.!?\\n]{{0,60}}?\\b(?:but|yet|still|have not"
                f"|haven{APOS}?t|has not|hasn{APOS}?t|never|no)\\b",
                "no (?:response|reply|answer|word|update|news|refund|resolution|relief|call)s? "
                "(?:\\w+ ){0,4}?(?:as of (?:yet|today|now|this \\w+)|to this day)",
                f"for (?:over |more than |almost |nearly )?{_SPAN} {_ANY_UNIT},? (?:and )?"
                "(?:still )?(?:no|without) (?:a |an |any )?(?:response|reply|answer|word|update"
                "|news|refund|resolution|call)",
                f"{_SPAN} {_ANY_UNIT} (?:have |had |has )?(?:gone by|passed|went by|elapsed)",
                "(?:days|weeks|months) (?:have |had )?(?:passed|gone by|went by|elapsed)",
                "for (?:days|weeks|months|years)\\b[^.!?\\n]{0,40}?\\bstill (?:not|no|un)",
                f"for {_SPAN} (?:{_DAYS}(?:days?|weeks?|months?|hours?|hrs?)\\b) now\\b",
                "for (?:days|weeks|months|hours|ages) now\\b",
                f"going on {_SPAN} {_ANY_UNIT}",
                "(?:took|takes|taking|take|taken) (?:them |you |it |him |her |us |me )?"
                f"{_SPAN} ?{_ANY_UNIT} (?:just )?(?:to|for|before)\\b",
                f"(?:have had|has had|had|given) {_SPAN} {_DAYS_UNIT} to (?:respond|reply|answer"
                "|investigate|fix|resolve|correct|remove|process)",
                f"(?:can{APOS}?t|cannot|can not|won{APOS}?t|will not) (?:get|receive|have) "
                f"(?:a |my |the |our )?\\w+ (?:for|until) {_SPAN} {_DAYS_UNIT}",
                f"(?:tried|trying|chasing|chased|calling|called|emailing|disputing|disputed"
                f"|asking|asked|contact|contacting) {gap(4)}(?:for|over|in) (?:the (?:last|past) )?"
                f"(?:{_SPAN} )?{_DAYS_UNIT}",
                f"(?:wait|waited|waiting) (?:for )?(?:{_MODIFIERS} )*(?:another |a further )?"
                f"{_SPAN} {_DAYS_UNIT}",
                f"{_UNFINISHED} {gap(4)}since {_WEEKDAY}",
                "(?:been|gone|going|be|was|were|left|sat|living|stuck) without (?:\\w+ ){1,3}?"
                "(?:for|in) (?:over |more than |almost |nearly |the (?:last|past) )?"
                f"(?:{_SPAN} )?{_ANY_UNIT}",
                _STILL_WITHOUT,
                "(?:have|has|had) yet (?:\\([^)]{0,20}\\) )?to (?:receive|hear|get|see|be)\\b",
                "no (?:response|reply|answer|word|update|news|refund|resolution|call)s? (?:came "
                f"|arrived |received )?(?:(?:yet|since|after|for|in) )?{_SPAN} {_ANY_UNIT}",
                "(?:took|takes|take|taking|taken) (?:them |him |her |it |you |us )?(?:months|weeks"
                "|days|years) (?:to|for|before)\\b",
                f"(?:went|goes|going|dragged|drags|dragging|drag) on for (?:{_SPAN} )?{_ANY_UNIT}",
                "delay(?:ed|ing|s)? (?:for )?(?:months|weeks|days|years)\\b",
                f"(?:not|n{APOS}?t|never|no one|nobody|nothing) {gap(8)}for (?:(?:several|many"
                "|a few|few|over|almost|nearly) )?(?:days|weeks|months|ages|hours|years)\\b",
                f"(?:{_SPAN} )?(?:weeks|months|years) (?:or (?:weeks|months|years) )?later\\b",
                f"{_SPAN} (?:days?|hours?|hrs?) later\\b[^.!?\\n]{{0,40}}?\\b(?:still|no|nobody"
                "|no one|nothing|not|never)\\b",
                # "it's been months", "its been weeks" (not years: "it's been years since I flew")
                f"(?:it|its|it{APOS}s|it has|that{APOS}s|this has) been (?:days|weeks|months|ages"
                "|forever)\\b",
                "(?:home|waiting|waited|wait|stayed in|stayed home|sat in|in|calling|ringing"
                "|phoning|trying|on hold|on the phone|holding|stuck) (?:all|the whole"
                "|the entire) (?:day|morning|afternoon|evening|weekend)\\b",
                "(?:stuck|stranded) (?:in|at)\\b|stranded\\b",
                f"(?:tried|trying|chasing|chased|calling|dealing|dealt|fighting|fought|disputing"
                f"|disputed) {gap(8)}(?:for|over) (?:the (?:last"
                f"|past) )?(?:(?:{_SPAN} )?{_ANY_UNIT}"
                f"|{LONG_TIME}\\b)",
                "(?:time|deadline|period|window|date|timeframe|time frame) (?:has|had) (?:long "
                "|since "
                "|now |already )?(?:passed|gone by|expired|come and gone)",
                "(?:well |long |way )?past the (?:allowed|required|promised|stated|given|legal"
                "|statutory|agreed|quoted) (?:time|timeframe|time frame|deadline|date|period)",
                "(?:hours?|days?|weeks?|months?|years?) without (?:a |an |any )?(?:being |getting "
                "|hearing |receiving )?"
                "(?:reply|response|answer|update|refund|service|word|news|fix|resolution|help|call"
                "|contact|contacted|called|heard|back)",
                "(?:have|has|had) been (?:calling|trying|waiting|chasing|emailing|writing|disputing"
                "|asking|requesting|contacting)\\b[^.!?\\n]{0,80}?\\bsince\\b",
                f"after {_SPAN} {_ANY_UNIT}\\b[^.!?\\n]{{0,60}}?\\b(?:finally|at last)\\b",
                "(?:failed|fail|fails|failure|not) to (?:\\w+ ){0,4}?in a timely (?:manner|fashion)"
                "|(?:be|been|was|is|were|are) (?:more |not |not very |hardly )timely",
                f"(?:was|were|is|are) due (?:to (?:me|us) )?(?:{_SPAN} )?(?:days|weeks|months"
                "|years)"
                " ago",
                "(?:fed up|sick|tired) (?:of|with) waiting|wait(?:ed|ing)? (?:so |very )?patiently"
                "|patiently wait(?:ed|ing)?",
                "(?:sitting|sat|stuck|trapped|waiting|waited) on (?:the|this|a|our) (?:\\w+ )?"
                "(?:plane|tarmac|runway|aircraft)",
                "(?:wait|waits|waiting|waited|sit|sits|sitting|sat|stuck|held|holding|parked)"
                " (?:\\w+ ){0,2}?on (?:the |a |this |our )?(?:tarmac|runway)\\b",
                f"delayed (?:and (?:un)?delayed|again|over and over|repeatedly|(?:{MANY})"
                " times|[2-9]x\\b|twice|another \\d|yet again|a (?:second|third|fourth) time)",
                # an answer that came only hours later
                f"(?:didn{APOS}?t|did not|wasn{APOS}?t|was not) (?:get|receive|hear|answered"
                "|called|contacted)\\b[^.!?\\n]{0,40}?\\buntil (?:just |right )?(?:after |about "
                "|around )?(?:\\d|the (?:next|following)|tomorrow|next)",
            ],
            negatable=False,
            veto=f"{_ONLY}|\\b(?:after|once|when|until|before|within)\\s+(?:the|those|these)\\s+"
            f"(?:\\S+\\s+)?$|{_ADVICE}",
        ),
        Rule(
            [
                "(?:frozen|held|locked|blocked|on hold|under review|pending|in limbo|stuck"
                "|restricted|processing|in process|in progress|under investigation|missing"
                "|unanswered|not working|down|delayed|lost|sitting"
                "|tied up|unresolved|ongoing|outstanding|going on|dragging on|dragged on) for "
                f"(?:the (?:last|past) )?{_SPAN} {_ANY_UNIT}",
            ],
            negatable=False,
            veto=f"{_ONLY}|\\b(?:should|must|will|would|shall|to|can|could|may)\\s+(?:be\\s+)?$",
        ),
        Rule(
            [f"on hold\\b{_NOT_SHORT}"],
            negatable=True,
            reach=2,
            veto=f"{_ONLY}|{_NOT_A_CALL}",
        ),
        Rule(
            [
                "(?<![\\d/-])(?<!\\d,)(?<!\\d,\\s)(?<!\\d\\sand\\s)(?<!\\d\\sor\\s)"
                f"{_SPAN} {_ANY_UNIT} (?:late|overdue|behind)\\b"
                "(?!~(?:payments?|pays?|marks?|reporting|notations?|status))",
            ],
            negatable=False,
            veto=_LATE_PAYMENT,
        ),
        Rule(
            [
                "(?:still|been|keep|kept|keeps) (?:sat |sitting |stuck )?waiting",
                f"(?:on hold|wait(?:ed|ing)?|held|queu(?:e|ed|ing)) (?:for )?{LONG_TIME}\\b",
                f"{LONG_TIME} (?:on hold|on the phone|on the tarmac|in (?:the |a )?queue|waiting)",
                "(?:took|takes|take) (?:forever|ages|an eternity|an age)",
                "(?:long|huge|massive|endless|ridiculous|insane|crazy) (?:lines?|queues?|waits?"
                "|hold|wait times?|hold times?)",
                "(?:weeks|months|days) (?:now )?without (?:a |an |any )?(?:reply|response|answer"
                "|update|refund|service|word|news|fix|resolution|help)",
                "forever (?:to (?:answer|respond|reply|get through)|on hold)",
                "how long it (?:took|takes|is taking|has taken|has been|had taken)",
                "(?:so|too|very|really|such a|extremely|ridiculously|incredibly|unreasonably"
                "|way too|this) long (?:a )?(?:time )?(?:to|for|on hold|waiting|wait|before)\\b",
                "very long time",
                "long overdue|delays? (?:after|upon|on top of) (?:another )?delays?",
                "(?:taking|takes|took|take|taken) (?:so|too|way too|far too) long",
                "taking (?:forever|ages)",
                "(?:stuck|sat|sitting|stranded|waiting|waited|queued|queuing|on hold|on the phone"
                f"|on the tarmac|in line) {gap(3)}for {LONG_TIME}\\b",
                "(?:lines?|queues?) (?:\\w+ ){0,3}?(?:is|was|were|are) (?:\\w+ )?(?:long|endless"
                "|never-ending|huge|massive)\\b",
                "(?:lines?|queues?) (?:\\w+ ){0,5}?(?:wrapped |snaking |stretching |going )?"
                "(?:around|round|out|down) the (?:building|block|door|corner|street|terminal)",
                "(?:waits?|wait times?|hold times?|waiting times?) (?:\\w+ ){0,3}?"
                "(?:is|was|were|are)"
                " (?:\\w+ )?(?:long|endless|ridiculous|insane|absurd|unacceptable|horrendous"
                "|terrible|atrocious|crazy|outrageous|horrible|awful|a joke)\\b",
                "drag(?:s|ged|ging)? (?:their|his|her|its|your|ur) feet|dragging (?:this|it|things)"
                " out|slow[- ]?walk(?:ing|ed|s)?\\b",
            ],
            negatable=True,
            reach=2,
        ),
    ],
)
"""Has waited too long. Explicit minutes under ten do not count, nor do durations after "only" or
"within"; "30, 60 and 90 days late" on a credit report are late payments, not a wait."""
