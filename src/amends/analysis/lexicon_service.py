"""Coming back: the customer has already been in touch about this, and it is not fixed.

Tweets say it in a phrase: "third time asking", "called 5 times", "still no answer", "I already
spoke to someone", "left several msgs". Complaint narratives tell it as a story instead: "I called
them on the 3rd ... I wrote again ... I sent another dispute letter". So besides the phrases
(``REPEAT_CONTACT``) there is ``CONTACT_REPORTS``, each time the customer reports reaching out;
``signals`` counts three of them as a repeat (``signals.REPEATS``).

Negation words are often the evidence here ("still no answer"), so the phrases are not
negation-aware; a contact report is ("I never called").
Waits are in ``lexicon_waits``, transfers in ``lexicon_transfers``, broken promises in
``lexicon_promises``.
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import (
    APOS,
    CONTACT_VERB,
    MANY,
    ORDINAL,
    YOU,
    any_of,
    gap,
    phrases,
    words,
)

_CONTACT_NOUN = words(
    "time call calls email emails e-mail message messages tweet dm letter attempt try contact "
    "chat complaint request ticket visit follow-up follow_up case dispute inquiry enquiry"
)
_NOT_SELF_SERVICE = "(?!(?:for )?(?:a )?new (?:one|link|code|password|pin)\\b)"
"""Requesting a fresh link or code twice is self-service, not getting in touch."""

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
        "messaged messaging chased chasing asked_you asked_them asked_him asked_her asked_u "
        "contacted contacting tweeted tweeting dmed "
        "dmd dming chatted complained complaining followed_up following_up reached_out "
        "reaching_out requesting requested disputing disputed explained explaining responded "
        "submitted resubmitted sent faxed mailed spoke talked reported reporting"
    ),
)
_MANY_MORE = any_of(
    "(?<![/\\d])[3-9]",
    "[1-9]\\d+",
    "(?<![/\\d])x{2,}",
    *phrases(
        "three four five six seven eight nine ten twelve twenty several multiple countless "
        "numerous so_many too_many a_dozen dozens_of endless umpteen hundreds_of repeated constant "
        "continuous continual many"
    ),
)
_MESSAGES = (
    "(?:calls|phone calls|emails|e-mails|messages|msgs|voicemails|vms|tweets|dms|support tickets"
    "|chats|complaints|letters|visits|requests|disputes|follow-ups|efforts"
    "|discussions|conversations|(?:attempts|tries|trys) to (?:reach|contact|call|get through|speak"
    "|talk|resolve|dispute|validate|fix|get"
    "|have|rectify|correct|obtain))"
)
_NOT_THEIRS = (
    "(?!(?:credit|hard|soft|collection|collections|debt|robo|robocall|spam|sales|marketing"
    "|telemarketing|harassing|threatening|automated|then|also|now|later|again|still|just|had|has"
    "|was|is) )"
)
"""Calls and letters the company sends ("constant collection calls", "3 hard inquiries"), and a
masked name read as a count ("XXXX then requests"), are not the customer's."""
_OVER_AND_OVER = (
    "(?:again and again|over and over(?: again)?|time (?:and time )?again|time after time)"
)
_TOLD_THEM = (
    f"{CONTACT_VERB}|told|tell|telling|explain\\w*|refus\\w*|denied|deny|denies|denying|ignor\\w*"
    "|disput\\w*|tried|trying|repeat\\w*|begg\\w*|plead\\w*|had to"
)
""""Over and over" repeats a contact only beside one ("I told them over and over", "denied over
and over"); alone it is a problem that keeps recurring ("late again and again!")."""
_REPORTS = (
    "(?:messages|msgs|voicemails|vms|requests|inquiries|enquiries|disputes|letters|emails|calls"
    "|complaints|attempts|efforts)"
)

_REPORTED = any_of(
    "called",
    "phoned",
    "rang",
    "contacted",
    "disputed",
    "emailed",
    "e-mailed",
    "wrote",
    "written",
    "spoke",
    "spoken",
    "talked",
    "reached out",
    "messaged",
    "faxed",
    "complained",
    "chatted",
    "tweeted",
    "visited",
    "went (?:in|to (?:the|a|their) (?:branch|store|bank|office))",
    "followed up",
    "requested",
    "left (?:a |several |multiple |\\d+ )?(?:messages?|voicemails?|vms?)",
    "(?:sent|mailed|submitted|filed|faxed|lodged|raised|opened|made) (?!me |us )(?:them |you |him "
    "|her |it "
    "|in )?(?:a |an |another |my |the |several |multiple |\\w+ )?(?:\\w+ )?(?:letters?|e-?mails?"
    "|messages?|disputes?|complaints?|requests?|claims?|grievances?|tickets?|inquir(?:y|ies)"
    "|enquir(?:y|ies)|faxe?s?|documents?|documentation|proof|paperwork)",
)
_AUXILIARY = (
    f"(?:{APOS}ve| have| had|{APOS}d| also| already| previously| then| again| first| just| since"
    "| personally| even| recently| finally| immediately| initially| subsequently| repeatedly"
    "| once more| once again| later| back| been)"
)

_I_REPORTED = f"\\b(?:i|we)(?:{_AUXILIARY})* {_REPORTED}\\b"
_UNSUCCESSFUL = (
    "(?:however|to no avail|without (?:any )?(?:success|luck|result|response|resolution)"
    "|not (?:been )?successful|no (?:luck|success|avail|response|reply|answer)|never (?:heard"
    "|got|received|responded|replied)|nothing (?:was|has been|happened)|failed to (?:respond"
    "|reply|answer|provide|help|fix|correct|resolve|remove|address|acknowledge)|(?:has|have|had)"
    " not (?:responded|replied|answered|provided|helped)|ignored|disregarded|refused to (?:help"
    "|respond|fix|correct|remove))"
)
"""A reported contact that did not work: "I have contacted the bureaus, however I have not been
successful", "called the company about this to no avail", "I reached out to them and they failed
to provide the information"."""

_DATE = "(?:xx|\\d{1,2})/(?:xx|\\d{1,2})(?:/(?:xxxx|\\d{4}|\\d{2}))?"
"""A date as the narratives write it, masked ("XX/XX/XXXX") or not."""

_FAILED_TO_ANSWER = (
    f"(?:never|did not|didn{APOS}?t|have not|haven{APOS}?t|has not|hasn{APOS}?t|failed to"
    f"|refused to|refuse to|refuses to|would not|wouldn{APOS}?t) (?:even )?(?:reply|replied|respond"
    "|responded|answer|answered|acknowledge|acknowledged|get back|got back|gotten back|write back"
    "|wrote back)\\b"
)

_THE_COMPANY_DID_IT = (
    r"\b(?:they|he|she|it|you|u|company|bank|collectors?|agent|rep|lender|creditor|servicer|who"
    r"|which|associate|employee|representative|manager|staff)\s+(?:\w+\s+){0,2}$"
)
"""Counted calls or letters with the company as their subject are its own: "they called me
repeatedly", "they asked for my ID three times"."""

REPEAT_CONTACT = Lexicon(
    "repeat_contact",
    [
        Rule(
            [
                f"(?:for )?(?:the|my|a|this|our) {ORDINAL} (?:time )?{_CONTACT_NOUN} {_ACTIVE_I}",
                f"(?:{CONTACT_VERB}|on hold|hold|drove|drive|driving|went|go|going|trying|tried"
                f"|attempted|attempting|visit|visiting) {gap(5)}for (?:the|a) {ORDINAL} time\\b",
                f"(?:my|this is my|the|teh|a|our) {ORDINAL} (?:call|email|e-mail|message|letter"
                "|attempt|contact|chat|complaint|request|ticket|visit|follow-up|dispute|inquiry"
                "|enquiry)\\b",
                f"{ORDINAL} (?:time|call|contact|attempt|email|request) (?:asking|calling|chasing"
                "|writing|emailing|trying|now|on (?:the )?same|about)",
                f"(?:tried|attempted|trying) (?:{MANY}|x{{2,}}) times\\b",
                f"(?:i have|i{APOS}?ve) (?:{MANY}|x{{2,}}) times\\b",
                f"{CONTACT_VERB} {gap(4)}(?:\\d+|{MANY})~x\\b",
                "(?:tried|attempted|trying) (?:twice|thrice)\\b",
                f"(?:{_TOLD_THEM}) {gap(6)}{_OVER_AND_OVER}",
                f"{_OVER_AND_OVER},? {gap(6)}(?:{_TOLD_THEM})\\b",
                "yet again|here (?:i am|we are|we go) again",
                f"not (?:for )?the first time,? (?:that )?{_ACTIVE_I}",
                "(?:still|yet|again) no (?:answer|response|reply)",
                f"(?:every|each) (?:single )?time (?:i|we) (?:{CONTACT_VERB}|get through|reach"
                "|speak|talk|follow up|go in|log in|would call)",
                f"{_CONTACTED} (?!me\\b|us\\b){gap(3)}(?:again|once more|yet again)\\b",
                f"(?:i|we) (?:once )?again (?:{_CONTACTED}|{CONTACT_VERB})\\b",
                f"(?:(?:once )?again|once more),? (?:i|we) (?:\\w+ )?(?:{_CONTACTED}"
                f"|{CONTACT_VERB})\\b",
                f"(?:have|has|had|i{APOS}?ve|we{APOS}?ve) been (?:calling|emailing|e-mailing"
                "|writing to|chasing|contacting|messaging|ringing|phoning|disputing|tweeting) "
                f"{gap(4)}(?:since\\b|for (?:over |more than |almost |nearly |the (?:last|past) )?"
                "(?:\\w+ )?(?:days|weeks|months|years)\\b)",
                "(?:(?:to date|as of (?:today|now|yet|this (?:writing|date|letter))|so far|thus far"
                "|till date|until now|up to now|as yet),? (?:i|we) (?:have|had|still have)"
                f"(?:n{APOS}?t| not| still not| yet to)|never)(?: yet| ever| even)? (?:received"
                "|receive|gotten|got|had|get) (?:a |an |any )?(?:written "
                "|formal |single )?(?:response|reply|answer|acknowledge?ment|call back|callback)"
                "\\b",
                "(?:going|gone|went|been|go|goes) back and forth with\\b|back(?:-| and )forth "
                "(?:e-?mails|calls|messages|correspondence|communications?|letters|conversations)",
                "(?:my|our|all|every|each) (?:\\w+ ){0,2}?(?:calls?|e-?mails?|letters?|messages?"
                "|requests?|complaints?|inquir(?:y|ies)|enquir(?:y|ies)|disputes?|tweets?|dms?"
                "|voicemails?|questions?) (?:\\w+ ){0,3}?(?:unanswered|unreturned|ignored)\\b",
                "how many (?:more )?times (?:do|must|should|will|have|did|does|am|can|has) (?:i|we)"
                "\\b(?: (?:have|need|got|going) to| to)? (?:\\w+ )?(?:"
                f"{CONTACT_VERB}|tell|explain|repeat|say)\\b",
                "(?:closed|reopen(?:ed|ing)?) (?:it |my \\w+ |the \\w+ )?again",
                "reopen(?:ing|ed)? (?:it|my (?:case|ticket|complaint)|the (?:case|ticket"
                "|complaint|dispute))",
                "(?:have|has|had|i|we) (?:\\w+ )?followed up|follow(?:ed|ing)? up (?:again"
                "|(?:on|about) (?:my|this|the) \\w+|with (?:an?|another|my) \\w+)",
                *(
                    f"{prefix}(?:submit|submitted|submitting|send|sent|sending|dispute|disputed"
                    "|contact|contacted|contacting"
                    "|disputing|file|filed|filing|fax|faxed|faxing|mail|mailed|request|requested"
                    "|requesting|explain|explained)\\b"
                    for prefix in ("re", "re-")
                ),
                "(?:send|sent|sending|file|filed|filing|submit|submitted|submitting|made|make"
                "|making|open|opened|opening|write|wrote|writing|raise|raised|lodge|lodged|place"
                "|placed|left|leave) (?:you |them |in |him |her )?(?:yet )?another (?:\\w+ )?"
                "(?:dispute|complaint|letter|email|request|claim|ticket|message|call|case"
                "|inquiry|enquiry|form|voicemail)",
                f"(?:never|not|n{APOS}?t|no(?:body| one|-one)) (?:\\w+ )?(?:heard|hear) "
                "(?:anything |a thing |a word )?back",
                "no (?:answer|response|reply)~[?!]",
                "(?:hung up on|disconnected|cut off|dropped) (?:me |us |my call |the call"
                " )?again\\b",
                "no (?:response|reply|answer|word)\\b[^.!?\\n]{0,30}?\\bsince (?:my |the |i |we )?"
                "(?:\\w+ )?(?:complaint|e-?mail|dm|message|letter|dispute|request|ticket|call|tweet"
                "|inquiry|enquiry)",
                "yet (?:\\([^)]{0,20}\\) )?to (?:hear (?:back|from)|(?:get|receive) (?:(?:a |any )?"
                "(?:response|reply|answer|word|update)|anything|a thing))",
                "(?:tried|trying|attempted|attempting) (?:\\S+ ){0,3}?to (?:contact|reach"
                "|call|email"
                "|get (?:hold of|through to))\\b[^.?\\n]{0,120}?\\b(?:no|zero|without) (?:\\w+ )?"
                "(?:reply|response|answer|luck|success|resolution|result|results|help|avail)",
                f"{_FAILED_TO_ANSWER} (?:to )?(?:my|our) (?:\\w+ )?(?:disputes?|letters?|e-?mails?"
                "|complaints?|requests?|messages?|inquir(?:y|ies)|questions?)",
                "(?:reply|response|answer|responding|replying) to my (?:previous |earlier "
                "|last |first "
                ")?(?:e-?mail|message|dm|complaint|tweet|letter|query|inquiry|enquiry)",
                f"(?:{CONTACT_VERB}|tried|attempted|disputed) {gap(5)}on (?:several|multiple"
                "|numerous|many|various|countless|\\d+|x{2,}) occasions",
                "on (?:several|multiple|numerous|many|various|countless|\\d+|x{2,}) (?:separate "
                "|different )?occasions,? (?:(?:i|we) (?:have "
                f"|had )?)?(?:\\w+ )?{CONTACT_VERB}\\b",
                "repeatedly (?:been )?(?:told|asked|asking|requested|disputed|informed|explained"
                "|reached|tried|attempted|advised|given)",
                "repeatedly (?:been )?(?:called|calling|contacted|emailed|wrote|written)"
                "(?!~(?:me|us)\\b)",
                f"(?:all|any|each) (?:of )?my (?:\\w+ )?{_REPORTS}",
                f"my (?:previous |prior |earlier |many |numerous |repeated |multiple |several "
                f"|constant |countless )(?:\\w+ )?{_REPORTS}",
                f"(?:{MANY}|x{{2,}}) different (?:answers|stories|responses|explanations|excuses)",
                f"{_I_REPORTED}[^.!?\\n]{{0,120}}?\\b{_UNSUCCESSFUL}\\b",
                f"(?:{CONTACT_VERB}|tried|attempted|trying|attempting) {gap(8)}(?:to no avail"
                "|without (?:any )?(?:success|luck))",
                f"(?:{CONTACT_VERB}|{_REPORTS}|assistance|help) {gap(4)}(?:previously|prior"
                " to (?:this|that"
                "|now)|in the past|before this)\\b",
                f"(?:{CONTACT_VERB}) {gap(3)}to follow up\\b",
                "my (?:latest|most recent|previous|prior|earlier|first|initial|original) (?:request"
                "|call|email|letter|dispute|complaint|inquiry|enquiry|ticket|attempt|contact)",
                "(?:i|we) (?:also )?(?:spoke|talked|talk) (?:to|with) (?:someone|somebody|them"
                "|an agent|a rep|your \\w+) (?:earlier|already|yesterday|last week|before"
                "|this (?:morning|afternoon))",
                f"(?:hung up on|disconnected|cut off|dropped)(?: me| us)?,? (?:twice|thrice"
                f"|(?:{MANY}|x{{2,}}) times)\\b",
                # hung up on over and over: "hung up on every time", "disconnected me 2x"
                "(?:hung up on(?: me| us)?|(?:disconnected|cut off|dropped) (?:me|us|my calls?))"
                ",? (?:\\d ?x|every (?:single )?time|each time|repeatedly|again and again|over and"
                " over|all (?:day|morning|afternoon|evening|night|week))\\b",
                # an unanswered contact: "nobody called back", "5 days on, nobody called still"
                "no(?:body| one|-one) (?:has |ever |even )?(?:called|rang|phoned|contacted|emailed"
                "|got in touch|followed up)(?: (?:me|us))?(?: back\\b| (?:still|yet)\\b)"
                "|still no(?:body| one|-one) (?:has )?(?:called|rang|phoned|contacted|emailed"
                "|got back|replied|responded|answered)\\b",
                # told the same thing before: "you said this last time"
                f"(?:{YOU}|they|he|she) (?:said|told (?:me|us)|promised) (?:this|that|the same"
                "(?: thing)?) (?:last time|before|already|(?:the )?(?:last|previous) (?:time|call"
                "|week|month))\\b(?!~(?:i|we|he|she|they|you|u)\\b)",
                # counted by who or what it took: "5 agents later", "three calls later"
                f"(?:{MANY}|x{{2,}}) (?:more )?(?:agents|reps|representatives|people|calls"
                "|phone calls|e-?mails|messages|tweets|dms|chats|conversations|transfers"
                "|supervisors|managers) (?:later|l8r)\\b",
                # hung up, then back at it: "hung up & again back on hold"
                "(?:hung up|disconnected|cut off|dropped)\\b[^.!?\\n]{0,40}?(?:&|\\band|\\bthen)"
                " (?!(?:they|he|she|it|you|someone|somebody)\\b)(?:\\w+ )?(?:again|back on hold"
                "|called back|call(?:ed)? (?:them )?again|redial\\w*)\\b",
                # several people about the same thing: "2 different agents reset it"
                f"(?:{MANY}|x{{2,}}) (?:different|separate) (?:agents|reps|representatives|people"
                "|persons|employees|supervisors|managers|associates|operators|specialists)\\b"
                # ... unless all on one call, which is a transfer
                "(?!~(?:on (?:one|the same|a single|that|this|my) call|in (?:an|one|half an)"
                " hour)\\b)",
                # again, and the service failed again: "once again ... the agent hung up on me"
                "once again\\b[^.!?\\n]{0,120}?\\b(?:hung up|hangs up|disconnected|on hold|no "
                "(?:answer|response|reply)|ignored|run ?around)",
                "again\\b[^.!?\\n]{0,120}?\\bthis time,? (?:the|an|another|a different|your)"
                " (?:\\w+ )?(?:agent|rep|representative|supervisor|manager|operator|person|lady"
                "|guy|woman|man)\\b",
                f"(?:{MANY}|x{{2,}}) times (?:(?:i|we)(?:{APOS}ve| have| had)? )?(?:\\w+ )?"
                f"{CONTACT_VERB}\\b",
                f"still (?:haven{APOS}?t|have not|hasn{APOS}?t|has not|not) (?:heard"
                "|had) (?:a thing"
                "|anything|back|a word|from|a (?:reply|response))",
                "(?:sent|send|sending|wrote|made|mailed|faxed) (?:\\w+ )?follow-?up (?:letters?"
                "|e-?mails?|messages?|requests?|calls?)",
                f"{_REPORTED}\\b[^.!?\\n]{{0,60}}?\\bon {_DATE},? (?:{_DATE},? )*(?:and |& )"
                f"{_DATE}",
                f"(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?) (?:all )?(?:of )?(?:my|our) "
                f"(?:\\w+ )?{_REPORTS}",
                # being ignored, or a second agent, follows an earlier contact
                "(?:is|are|keeps?|kept|been|still) ignoring (?:me|us)\\b|(?:the )?next (?:rep"
                "|agent|representative|person) (?:i |we )?(?:spoke|talked|got|was|said|told)\\b",
                "(?:left|leaving|leave) (?:\\w+ )?(?:voice ?mails|voice messages|messages|msgs|vms)"
                "\\b",
                f"{CONTACT_VERB} {gap(5)}(?:yesterday and today|every (?:single )?(?:day|week)"
                "|daily|weekly|day after day|all week)\\b",
                f"(?:spoke|spoken|talked) (?:to|with) (?:{MANY}|x{{2,}})(?: [a-z]+)? (?:so far"
                "|already|now|today|this (?:week|month))\\b",
                "(?:all|each|every one|everyone|they all|both) (?:\\w+ ){0,3}?(?:telling|told|tells"
                "|giving|gave|given) (?:me |us )?(?:something |a )?(?:different|conflicting"
                "|contradicting|contradictory) (?:things|stories|answers|information|info"
                "|explanations|excuses|reasons)",
                "(?:different|another|a new) (?:answer|story|excuse|explanation|response|reason) "
                "(?:every|each) (?:single )?time",
                "(?:each|every) (?:single )?(?:agent|rep|representative|person|employee|associate"
                "|specialist|one|time) (?:(?:i|we) (?:\\w+ ){0,3}?)?(?:has |have )?(?:told|tells"
                "|said|says|gave|gives|has given)\\b",
                "get back to (?:me|us) (?:on|about|regarding|re:?) (?:my|our) (?:dms?|messages?"
                "|e-?mails?|tweets?|voicemails?|letters?|complaints?|requests?|tickets?)",
                "(?:check|read|answer|look at|open|respond to) (?:my|our) (?:dms?|direct"
                " messages?)",
                f"(?:my|this is my|the|a|our) {ORDINAL} time (?:not|never) (?:receiving|getting"
                "|hearing) (?:an? |any )?(?:update|response|reply|answer|call ?back|word|back)",
                f"(?:no|not (?:had|have) any|haven{APOS}?t had any|hasn{APOS}?t had any) luck "
                "getting (?:anyone|someone|anybody|somebody|a human|them|him|her) to (?:call"
                "|respond|reply|get back|answer|help|return)",
                f"still (?:not|no|haven{APOS}?t|hasn{APOS}?t|have not|has not) (?:\\w+ )?"
                "(?:providing|giving|given|provided|getting|gotten|got|received|receiving)"
                " (?:me |us )?(?:an? |any )?(?:answer|response|reply|call ?back)",
                "(?:call|line|chat) (?:was |got |gets |keeps? )?(?:dropped|disconnected|cut off)"
                "\\b[^.!?\\n]{0,40}?(?:no call ?back|call(?:ed|ing)? (?:back|again)|another (?:rep"
                "|agent|call|representative))",
                f"(?:i ?{APOS}?ve|i{APOS}?v|ive|i have|we ?{APOS}?ve|we have|have been)"
                " (?:been )?trying (?:to (?:call|reach|contact|get (?:through|hold of|in touch)"
                f"|speak|talk|email)\\b {gap(6)})?(?:since (?:yesterday|last|the \\w+|\\w+day|xx"
                "|\\d{1,2}/|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*)|for (?:the )?"
                "(?:last|past) (?:\\S+ )?(?:days?|weeks?|months?|years?)|for (?:\\S+ )?(?:days"
                "|weeks|months|years)|all week)\\b",
                "no(?: one|body|-one) (?:is |was |has been |ever |even )?(?:answering|answers"
                "|answered|picks up|picking up|picked up|responds|responding|responded|replies"
                "|replying|replied|gets back|got back)\\b",
                "(?:called|emailed|e-mailed|wrote|written|tried|asked|begged|pleaded|disputed"
                "|complained|phoned) and (?:called|emailed|e-mailed|wrote|written|tried|asked"
                "|begged|pleaded|disputed|complained|phoned)\\b",
                f"(?:i|we) (?:have|had|still have)(?:n{APOS}?t| not)(?: yet| ever| even| still)? "
                "(?:received|gotten|got|had) (?:a |an |any )?(?:written |formal |single |return )?"
                "(?:response|reply|answer|acknowledge?ment|call ?back|return call)\\b",
                f"(?:not|n{APOS}?t|never|no) (?:\\w+ ){{0,2}}?(?:a |an |any )?(?:response|reply"
                "|answer|return call|call ?back|relief|resolution|word|update) (?:\\w+ ){0,4}?"
                "(?:to date|as of (?:yet|today|now)|as yet|so far|thus far)\\b",
                "for (?:several|many|multiple|a few|a couple of|\\d+|the (?:past|last)(?: \\w+)?) "
                f"(?:days|weeks|months|years)(?: now)?,? (?:i ?{APOS}?ve|i have|we ?{APOS}?ve"
                "|we have) been (?:calling|emailing|e-mailing|writing|chasing|contacting|messaging"
                "|disputing|asking|requesting|trying)\\b",
                f"(?:i ?{APOS}?ve|i have|we ?{APOS}?ve|we have) been (?:telling|asking"
                "|begging|reminding|informing|notifying|pleading with) (?!me\\b|us\\b)",
                "(?:calls|e-?mails|letters|attempts|efforts|requests|messages|disputes)"
                f" (?:to|with) (?:\\w+ ){{1,5}}?(?:have|has|had|were|was)(?: not|n{APOS}?t)"
                "(?: been)? "
                "(?:successful|answered|returned|resolved|fruitful|productive)",
                "(?:calls|e-?mails|letters|messages|voicemails|requests|disputes) (?:\\w+ ){0,5}?"
                "(?:went|go|have gone|has gone|have been|were|remain|remained) (?:\\w+ )?"
                "(?:unanswered|unreturned|ignored)",
                f"on (?:dates? )?\\[?~{_DATE},? (?:{_DATE},? )*(?:and |& )?{_DATE}~\\]?,? (?:i|we)"
                f"(?:{_AUXILIARY})* {_REPORTED}",
                "(?:i|we) (?:\\w+ )?(?:asked|requested) (?:for )?[^.!?\\n]{0,60}?(?:and|but),? "
                f"(?:i |we )?(?:never|have not|haven{APOS}?t|did not|didn{APOS}?t) (?:receive"
                "|received|get|got|gotten|heard)\\b",
                "despite (?:my|our) (?:\\w+ ){0,2}(?:attempts|efforts|requests|calls|emails|letters"
                "|disputes|complaints|demands|pleas)",
                f"(?:spoke|spoken|speaking|talked|talking) (?:to|with) (?:{MANY}|different|various"
                ") (?:\\S+ )?(?:people|reps|representatives|agents|specialists|supervisors|managers"
                "|employees|individuals|persons)",
                "(?:tried|trying|attempted|attempting) to follow up|followed up with (?:the|them"
                "|him"
                "|her|you|u)\\b",
                f"(?:they|he|she|it|you|u|company|bank|nobody|no one|no-one|bureaus?|servicer"
                f"|lender) (?:\\w+ )?{_FAILED_TO_ANSWER}",
                "(?:with|got|received|had|but) no (?:reply|response|answer|reaction|word) (?:from"
                "|back)\\b",
                "no(?: one|body|-one) (?:is |was |has been |will |ever )?(?:answering"
                "|responding to"
                "|returning|answers|returns|answered|returned|responded to) (?:my|our) (?:calls"
                "|emails|messages|letters|voicemails)",
                f"(?:not been able|unable|haven{APOS}?t been able"
                "|have not been able) to get (?:any )?"
                "(?:help|assistance|a response|an answer|anywhere)\\b[^.!?\\n]{0,30}?\\bfor "
                "(?:weeks|months|years|days)",
            ],
            negatable=False,
        ),
        Rule(
            [
                f"(?:{CONTACT_VERB}|told them|(?:got|gotten|get|gone) back to (?:{YOU}|them))"
                f" {_NOT_SELF_SERVICE}{gap(6)}(?:{MANY}|x{{2,}})"
                " times\\b",
                f"{CONTACT_VERB} {_NOT_SELF_SERVICE}{gap(4)}(?:twice|thrice)\\b",
                f"(?:already|previously) (?:{_CONTACTED}|talk|talked|spoken|told|dm{APOS}?d"
                "|provided|given|gave|been in touch|been (?:on the phone|through this)|dm|pm|email"
                "|call|tweet|message|sent (?:you|u|y'all|yall|a|an|the|my))\\b"
                "(?!~(?:to )?(?:the |a |an |my |our )?(?:regulator|ombudsman|solicitor|lawyer"
                "|attorney|bbb|media|press|police|bank|card issuer|trading standards|application"
                "|payment)\\b)",
                f"(?:{_CONTACTED}|been|have) {gap(3)}repeatedly",
                "already (?:tried|attempted) (?:(?:to )?(?:\\w+ ){0,3}?(?:by|via|through|over|on) "
                "(?:e-?mail|mail|phone|telephone|chat|live chat|dm|twitter|the app|the phone)\\b"
                "|contacting|calling|emailing|e-mailing|messaging|reaching|to (?:contact|call"
                "|email|reach|get (?:in touch|through|hold)))",
                f"{CONTACT_VERB} (?!me\\b|us\\b){gap(3)}an? {ORDINAL} time\\b",
                f"{_CONTACTED}\\b[^.!?\\n]{{0,80}}?\\b(?:and|then) (?:once )?again (?:on|in|last"
                "|yesterday|today|this|via|by|at)\\b",
                "(?:filed|sent|submitted|made|wrote|written|mailed|lodged|raised|opened|faxed|left)"
                " (?!me\\b|us\\b)(?:\\w+ ){0,2}?(?:two|2|both) (?:\\w+ )?(?:disputes|complaints"
                "|letters|requests|claims|tickets|e-?mails|messages|voicemails)\\b",
                # a contact, and the next sentence says it went unanswered: "Asked them to
                # refund me. No response."
                f"(?:{_CONTACTED}|filed|lodged)\\b[^.!?\\n]{{0,100}}?[.!?]+~(?:and |but |still "
                "|yet |but still )?"
                "(?:no|zero|not a) (?:[\\w-]+ (?:or|nor|and) )?(?:answer|response|reply|reaction"
                "|callback|call back|word)\\b",
                # calling all day
                "(?:calling|ringing|phoning|emailing|messaging|tweeting|dming|trying to (?:call"
                "|reach|contact|get through|get hold of)) (?!me\\b|us\\b)(?:\\w+ ){0,2}?all"
                " (?:day|morning|afternoon|evening|night|week|weekend)\\b",
                f"{_CONTACTED}\\b[^.!?\\n]{{0,60}}?(?:[,;-]~| )(?:and |but |with |w/ ?|got"
                " )?(?:still "
                "|yet )?(?:no|zero|not a) (?:[\\w-]+ (?:or|nor|and) )?(?:answer|response|respond"
                "|reply|reaction|callback"
                "|call back|word)\\b",
            ],
            negatable=False,
            veto=_THE_COMPANY_DID_IT,
        ),
        Rule(
            ["(?:i|we)(?: then| later| again| also)? (?:called|phoned|rang) back\\b"],
            negatable=False,
            unless=r"\b(?:called|calling|rang|phoned) (?:me|us)\b|\b(?:has|have|had|was|were|been"
            r"|kept|keeps|keep) (?:\w+ )?calling\b|\bvoice ?mail|\bmissed (?:a |the"
            r" |their |his |her )?call|\b(?:got|received|had) (?:a |an )?(?:phone )?call\b",
        ),
        Rule(
            [f"(?:{MANY} times|twice) (?:now|already|and counting|today)"],
            negatable=False,
            veto=r"\b(?:delayed|cancel+ed|rescheduled|changed|charged|billed|postponed|happened"
            r"|broke|broken|crashed|dropped|failed|declined|moved|bumped|late)\b[^,.!?]*$",
        ),
        Rule(
            [
                f"(?:keep|kept|keeps|keeping) (?:on )?(?:{CONTACT_VERB}|getting (?:closed|cut off"
                "|disconnected|hung up on)|hanging up|closing (?:my|the) (?:case|ticket))",
            ],
            negatable=False,
            veto=r"\b(?:they|he|she|it|you|u|company|bank|collector|agent|rep|lender)\s+$",
        ),
        Rule(
            [
                f"(?:notif(?:y|ied|ying)|inform(?:ed|ing)) (?!me\\b|us\\b)(?:\\w+ ){{1,4}}?"
                f"(?:twice|thrice|(?:{MANY}|x{{2,}}) times|repeatedly|on (?:several|multiple"
                "|numerous) occasions)",
            ],
            negatable=False,
            veto=r"\b(?:was|were|been|being|get|got|is|are)\s+$",
        ),
        Rule(
            [
                f"{_MANY_MORE}(?:~\\+)? (?:\\([^)]{{0,20}}\\) )?(?:{_NOT_THEIRS}[\\w-]+ )?"
                f"{_MESSAGES}\\b"
                "(?! from (?:you|u|them)\\b)",
                "(?:multiple|several|numerous|countless|repeated) (?:[\\w-]+ )?(?:complaints"
                "|disputes|dispute letters|letters)",
                "(?:my |our )?(?:continued|repeated|persistent|ongoing|constant|numerous|multiple)"
                " (?:requests?|attempts?|calls?|efforts?|disputes?|inquir(?:y|ies)|enquir(?:y|ies)"
                "|complaints?|letters|emails|demands?|pleas|reminders)",
            ],
            negatable=False,
            veto=r"\b(?:received|receiving|got|get|getting|sent me|sending me|had|have|stop|cease"
            r"|harass\w*|constitutes?|for example|this|that|how)\s*$",
        ),
    ],
)
"""Has had to get in touch more than once. Counts need a verb of contact ("called 5 times") so that
"charged twice" or "transferred 3 times" do not count here; "still no answer" counts as the brief
defines it, and "three emails" received from the company does not."""

CONTACT_REPORTS = Lexicon(
    "contact_reports",
    [
        Rule(
            [_I_REPORTED],
            negatable=True,
            reach=1,
            veto=r"\b(?:if|unless|should|would|could)\s*$",
        ),
    ],
)
"""Each time the customer reports reaching out in the first person: "I called", "we had written",
"I sent another dispute letter". One is an ordinary complaint; three are a repeat."""
