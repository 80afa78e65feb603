"""Broken promises: the customer was told something would happen, and it did not.

The failure is part of the evidence ("promised a call back ... nothing"), so the span runs from the
promise to its failure; negation only matters right before the promise ("never promised").
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, YOU, any_of, gap, phrases, words

_SENTENCE = "(?:[^.!?\\n]|\\.(?=\\d)|\\.(?=[a-z]))"
"""Characters of one sentence: anything but its end (a decimal point, or a full stop glued to the
next word, is not one)."""

_STATUTORY = (
    "(?:respond|reply|answer|investigate)\\b[^.!?\\n]{0,40}?\\b(?:within|in) (?:30|thirty|45"
    "|forty[- ]five) (?:calendar |business )?days"
)
"""The deadline a statute sets ("respond within 30 days") is the law's, not someone's word."""

_PLEDGED = any_of(
    f"(?:was|were|is|it{APOS}?s) supposed to(?! {_STATUTORY})",
    "(?:was|were|is) meant to",
    "(?:callback|call back) scheduled",
    *phrases("promised promise promises promising assured guaranteed agreed committed"),
)
_SAID = any_of(
    f"{YOU} said",
    "(?:was|were|been|got) told",
    "(?:he|she|they|agent|rep) said",
    *phrases("told_me told_us"),
)
_FUTURE = (
    f"(?={_SENTENCE}{{0,40}}?\\b(?:would(?:n{APOS}?t)?|will|won{APOS}?t|wont|{APOS}d|{APOS}ll"
    "|going to|gonna|should|could|within|takes? (?:up to|about|around|only|just)|(?:was|were|is"
    "|are)"
    " coming"
    "|by (?:the end|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next)"
    "|in \\d|to expect|\\d+ ?(?:-|to) ?\\d+ (?:business )?(?:hours?|hrs?|days?|weeks?))\\b)"
)
"""What was said is a promise when it speaks of the future: "I was told I'd get a refund", "told
24-48 hours", not "I was told I owed $2,000"."""
_PROMISED = f"(?:{_PLEDGED}|{_SAID}{_FUTURE})"
_NOT_THE_KEEPER = (
    r"(?:\b(?:i|we|i['\u2019]?ve|we['\u2019]?ve|i['\u2019]?d|not|never|nobody|than|as|like|what"
    r"|if|when|unless|whether|the|a|an|my|your|our|their|his|her|its)(?:\s+(?:had|has|have|also"
    r"|even|personally|just|already|once))*"
    r"|\b(?:as|like)\s+(?:i|we)\s+(?:was|were|had been|have been)|\b(?:be|rest)|^)\s*$"
)
"""A promise made by the customer ("I promised my kids"), denied, compared ("later than promised"),
hypothetical, or an adjective ("the promised date") is no promise broken; one said at the start of
a text has no keeper to blame."""

_NOT_A_DATE = "(?!~(?:date|delivery date|day|time|window|timeframe|time ?frame|slot)\\b)"
"""The "promised date" of a late parcel is a delivery estimate, not someone's word."""

_NOT_A_SCHEDULE = (
    f"(?!be on\\b|fly\\b|leave\\b|depart\\b|board\\b|land\\b|be in\\b|take off\\b|{_STATUTORY})"
)
"""A flight "supposed to leave at 8" is a timetable, not a promise; what the customer was supposed
to do ("I was supposed to send them the form") is no promise to them, and a statutory deadline
("they were supposed to respond within 30 days") is the law's, not someone's word."""

_KEPT = (
    f"(?!{_SENTENCE}{{0,80}}?(?:,|\\band\\b|\\bwhich\\b)(?:~and\\b)?~(?:then |indeed "
    "|sure enough )?(?:(?:they|it|he|she) )?(?:(?:did|was|were|has|had)~(?:[.!?,;]|$)"
    "|kept (?:it|their|his|her|the)\\b|called (?:me |us )?back\\b|fixed it\\b))"
)
"""A promise kept in the same sentence ("promised to call and called me back the next day",
"assured me it was safe, and it was") is no promise broken."""

_OPTED_OUT = (
    "(?:told|asked|instructed|requested|demanded|informed)(?: (?:in writing|by (?:letter|mail"
    "|email)|verbally|repeatedly))?(?: that)?(?: (?:them|him|her|they|the company|the collector"
    "|it))? (?:not to|to stop|to cease|to not|never to|cease|stop) (?:all )?(?:call|contact|text"
    "|email|message|write|send|charge|bill|communicat)\\w*"
)
"""An opt-out the company was given: "I told them not to contact me", "asked them to stop
calling"."""

_ARRANGED = words("arranged booked scheduled confirmed approved set_up organised organized")
"""Weaker than a promise: only a failure that opens the next sentence makes these broken."""


_NOT = f"(?:didn{APOS}?t|did not|hasn{APOS}?t|has not|haven{APOS}?t|have not)"
_FAILED = any_of(
    _NOT,
    f"won{APOS}?t",
    "wont",
    "will not",
    "would not",
    f"wouldn{APOS}?t",
    "refus(?:e|es|ed|ing)",
    "not (?:the )?true",
    "not the truth",
    "a lie",
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
    "(?:i|we) (?:was|were|got|have been|had been) (?:\\w+ )?(?:charged|billed|debited)",
    "not having",
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
    "(?:said|stated|told (?:me|us)|(?:(?<=was\\s)|(?<=were\\s)|(?<=am\\s)|(?<=are\\s))told|advised"
    "|assured|assures (?:me|us)|re-?assur(?:ed|ing|es)|assuring (?:me|us)|informed|confirmed"
    "|(?:a |an )?(?:written )?"
    "(?:confirmation|notice|notification) (?:that|saying|stating)"
    "|verified|promised"
    "|telling (?:me|us)|tells (?:me|us)|stating|saying|indicated|indicating|notified|explained)"
    f"{_SENTENCE}{{0,80}}?\\b(?:would|will|{APOS}d|(?:was|were|is|are|it{APOS}?s|its) (?:going to"
    "|happening|coming|being (?:fixed|resolved|handled|processed|sent|removed|corrected)"
    "|getting fixed))\\b(?! no longer)"
)
_NOTHING_CAME = (
    f"(?:i waited|we waited|(?:days|weeks|months) (?:passed|went by)|still (?:did not|didn{APOS}?t"
    f"|have not|haven{APOS}?t|has not|hasn{APOS}?t|no|not|nothing|waiting|showing|shows|reporting"
    "|reported|appears|listed|pending|open|active|charging|billing|being|collecting|calling"
    "|remains?|remained"
    "|there|on (?:my|the)|in place|sending|contacting)|never (?:received|got"
    "|came|arrived|heard(?! of\\b)|happened|did|called|sent|showed|rec'?d|recvd|recieved"
    "|followed up|follow up|got back|responded|replied)"
    # the day the promise fell due, and it was refused
    "|when the time came\\b[^.!?\\n]{0,40}?(?:\\bnot\\b|n ?['\u2019]?t\\b|refused|denied|declined)"
    "|received nothing"
    "|nothing (?:came|arrived|happened|was done|has been done|changed)"
    f"|(?:did not|didn{APOS}?t|has not|hasn{APOS}?t|have not|haven{APOS}?t|never) (?:happen"
    "|happened"
    "|occur|occurred|materiali[sz]e|materiali[sz]ed)"
    f"|(?:has|have|had|was|were)(?:n{APOS}?t| not| never) (?:yet |been |even )*(?:removed|deleted"
    "|corrected|fixed|resolved|sent|issued|refunded|credited|processed|returned|closed|cancell?ed"
    "|paid|applied|updated|reversed|done|made|received)"
    "|(?:received|got|had|with) no (?:response|reply|answer|call|callback|update|word|confirmation)"
    "|to date (?:no|nothing|i (?:have not|haven't)|still)|(?:that|the) (?:time|date|deadline|period"
    "|window) (?:has |had )?(?:passed|come and gone|gone by|expired)|(?:was|is) not (?:the )?true"
    "|not the truth|(?:was|is) (?:a lie|false|untrue)|turned out (?:to be )?(?:false|untrue|a lie)"
    "|yet to (?:remove|delete|receive|hear|get|see|be|correct|fix|send|issue|refund)"
    "|(?:had|have|has) (?:cancell?ed|revoked|reversed|withdrawn|denied|rejected)"
    "|still getting (?:the )?(?:run ?around|runaround|nowhere)|(?:would|will) now (?:need|have) to"
    "|now (?:needed|had) to|not having (?:received |gotten |got )?(?:the|my|a|any)"
    "|remain(?:s|ed)? (?:in place|unresolved|open|active|unchanged|on (?:my|the))"
    "|(?:calls|charges|billing|collection \\w+|texts|letters|debits) (?:\\w+ )?(?:continued|kept"
    " coming|persisted|never stopped)|still (?:holding|keeping|withholding|sitting on))"
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
                f"{_ANY_PROMISE}{_SENTENCE}{{0,100}}?[.!?\\n]+~(?:but|yet|however),?~(?:[\\w']+ )"
                f"{{0,5}}?{_FAILED}\\b",
                f"{_ANY_PROMISE}{_SENTENCE}{{0,50}}? (?:(?:still )?(?:not|never|yet to be|{_NOT}"
                f"|isn{APOS}?t|wasn{APOS}?t) (?:been )?{_UNDONE}\\b"
                "|(?:is |are )?nowhere to be (?:seen|found))",
                "(?:the|my|our|a) (?:\\w+ ){0,2}(?:i|we) (?:was|were) (?:promised|guaranteed"
                "|assured"
                f"|told (?=(?:i|we)(?:{APOS}d| would| will|{APOS}ll)))",
                f"{YOU} (?:said|promised|told (?:me|us)|assured (?:me|us)) (?:that )?(?:it|they|he"
                f"|she|this|the \\w+|my \\w+|{YOU}|i|we)(?:{APOS}d| would| will|{APOS}ll"
                "| were going to| was going to)\\b",
                f"{_ANY_PROMISE}{_SENTENCE}{{0,80}}?\\b(?:anyway|anyways|regardless|nonetheless"
                "|nevertheless|all the same)\\b",
            ],
            negatable=True,
            reach=1,
            veto=r"\b(?:as|like|after|than|before|past (?:the|your))\s*$",
        ),
        Rule(
            [
                f"{_REPORTED_PROMISE}[^\\n]{{0,250}}?\\b{_NOTHING_CAME}\\b",
                "(?:yet to|still (?:not|hasn't|haven't|has not|have not)"
                "|never(?: been)?) (?:\\w+ )?"
                "(?:remove|removed|delete|deleted|correct|corrected|fix|fixed|refund|refunded|send"
                f"|sent|close|closed|update|updated)\\b[^\\n]{{0,150}}?\\b{_REPORTED_PROMISE}",
                "bait[- ](?:and|&|n)[- ]switch",
                # a missed delivery window: "out for delivery all day ... 7pm, nothing"
                "out (?:on (?:the |a )?(?:truck|van) )?for delivery\\b[^\\n]{0,120}?(?:\\bnothing"
                "|\\bnever (?:came|arrived|showed|turned up|delivered|got here)|\\bno (?:package"
                "|parcel|delivery|sign of|show|driver)|\\bstill (?:not|no|nothing|waiting)"
                f"|\\b(?:didn{APOS}?t|did not|hasn{APOS}?t|has not|wasn{APOS}?t|was not|never|not)"
                " (?:been )?(?:come|arrive|arrived|show|shown|showed|turn up|turned up|delivered"
                "|here)\\b)",
                "(?:never|no|not|without) (?:a|the|my|any|that) promised\\b" + _NOT_A_DATE,
                "(?:hours|days|weeks|months) since (?:you|u|they|he|she|y'all|yall|you all"
                "|the \\w+)"
                "(?: all)? (?:said|promised|told (?:me|us)|assured)",
                "(?:not (?:on )?|before |after |other than )the agreed(?: upon|-upon)? (?:due )?"
                "(?:date|amount|price|terms|time)",
                "(?:agreed|promised|committed) to (?:delete|remove|correct|fix|refund|cancel|close"
                f"|update|waive|credit|reverse)\\b[^\\n]{{0,250}}?\\b{_NOTHING_CAME}\\b",
                "(?:agreed|promised|committed) to (?:delete|remove|correct|fix|refund|cancel|close"
                "|update|waive|credit|reverse)\\b[^.!?\\n]{0,80}?\\bbut (?:\\w+"
                " ){0,3}?(?:not|never|still"
                "|nothing)\\b",
                "(?:letter|e-?mail|confirmation|notice|statement|document|text|message) (?:from "
                "\\w+ )?(?:stating|saying|says|said|stated|confirming|that (?:stated|said"
                "|confirmed))"
                "(?: that)?"
                " (?:the |my |this |our |it )?(?:\\w+ ){0,2}?(?:was|were|had been|has been|would be"
                "|will be|is) (?:now )?(?:paid|closed|removed|deleted|cancell?ed|settled|resolved"
                "|refunded|credited|corrected|satisfied|forgiven|waived|discharged|processed)\\b"
                f"[^\\n]{{0,150}}?\\b{_NOTHING_CAME}\\b",
                f"(?:never|not|[a-z]+n{APOS}t|n{APOS}?t|failed to|refused to|refuse to|refuses to)"
                " (?:\\w+ )?"
                "(?:honou?r(?:ed|ing|s)?|follow(?:ed)? through (?:on|with)|deliver(?:ed)? on"
                "|live(?:d)? up to|st(?:oo|an)d by|ma(?:k|d)e good on) (?:(?:the|their|his|her|its"
                "|our|my|your|that|this|any|a) (?:own )?(?:[\\w-]+ ){0,2}?(?:agreements?|promises?"
                "|commitments?|word|deal|settlement|arrangement|contract|modification|price match"
                "|quote|terms|payment plan|rates?|prices?|fares?|offers?|discounts?|vouchers?"
                "|coupons?)\\b|what (?:they|he|she|was|we|i|you) (?:had )?(?:promised|agreed"
                "|said|offered))",
                f"(?:never|not|n{APOS}?t|failed to|refused to) (?:\\w+ )?(?:kept|keep) (?:their"
                "|his|her|its|your|the) (?:word|promises?|end|side|part|commitments?|agreement)\\b",
                "(?:went|go|going|gone|goes) back on (?:their|his|her|its|your|the|our) (?:word"
                "|promise|agreement|deal|commitment)|(?<!\\bi\\s)(?<!\\bwe\\s)(?:broke|broken|break"
                "|breaking|breaks) (?:their|his|her|its|your|the) (?:word|promise|agreement"
                "|commitment|settlement)",
                "(?:although|even though|though|despite (?:being|having been)|even after being)"
                " (?:i was |we were |i had been |we had been |(?:they|he|she) (?:had )?)?(?:told"
                f"|promised|assured|advised|informed|guaranteed)\\b{_SENTENCE}{{0,60}}?\\b"
                f"(?:would|will|{APOS}d|was going to|were going to)\\b",
                # billed for what the customer had already ended
                "(?:charged|billed|debited|took (?:money|payment|funds)|taken (?:money|payment"
                "|funds)|invoiced|an invoice)\\b[^.!?\\n]{0,60}?\\bafter (?:i|we) (?:had )?"
                "(?:already )?(?:cancell?ed|closed)\\b",
                "despite (?:my|our) (?:\\w+ )?(?:cancell?ation|closure|cease and desist|opt-?out)"
                "(?: request| notice| letter)?",
                "despite (?:their|his|her|the|your|its|all|repeated|many|numerous|several) "
                "(?:\\w+ )?"
                "(?:assurances?|promises?|guarantees?|commitments?)",
                "contrary to (?:what|the) (?:\\w+ ){0,4}?(?:told|said|promised|assured|stated"
                "|advised|informed|agreed|quoted)(?: (?:me|us))?",
                "(?:told|said|assured|promised|claimed|stated|insisted|informed)\\b"
                f"{_SENTENCE}{{0,40}}?\\b(?:is|was|were|are|had been|has been) (?:already )?"
                "(?:in the"
                f" (?:mail|post)|on (?:its|the|their) way)\\b{_SENTENCE}{{0,60}}?\\b(?:ago|never"
                "|still|yet|but|however|nothing|not)\\b",
                f"{_ANY_PROMISE}{_SENTENCE}{{0,80}}?[.!?\\n][.!?\\s]*[^.!?\\n]{{0,40}}?,~not having"
                "\\b",
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
                f"(?:never|not|n{APOS}?t|no)\\b{_SENTENCE}{{0,100}}?\\b(?:as|like) (?:i was|we were"
                f"|i had been|they|he|she|{YOU}) (?:told|promised|assured|advised|said|stated)",
                f"(?:not|no|never|nor|n{APOS}?t|without)\\b{_SENTENCE}{{0,90}}?\\bas (?:promised"
                "|indicated|agreed|stated|discussed|scheduled|advised|quoted|committed|guaranteed"
                "|confirmed|instructed)(?!~(?:in|by|under|per|on) (?:section|sec|law"
                "|the law"
                "|the fcra|fcra|the act|federal|\\d))",
                f"(?:{_SAID}|promised|assured)\\b{_SENTENCE}{{0,40}}?\\b(?:would|{APOS}d|will) "
                "(?:\\w+ ){0,4}(?:sooner|by now|earlier)\\b",
                f"{_OPTED_OUT}[^\\n]{{0,200}}?\\b(?:still|again|continue[sd]?|continuing|kept|keep"
                "|anyway|did (?:send|call|text|email|contact))\\b",
                f"(?:continue[sd]?|continuing|kept|keep|keeps|still)\\b{_SENTENCE}{{0,80}}?\\b"
                f"(?:when|after|despite|even though|though)? ?(?:even )?(?:being )?{_OPTED_OUT}",
                "confirm\\w*[^.!?\\n]{0,40}?(?:cancell?(?:ation|ed)|clos(?:ure|ed|ing)"
                "|terminat\\w+)"
                "(?:.|\\n){0,200}?\\b(?:charged|billed|debited|continu\\w* to (?:report|bill"
                "|charge|collect|show|list|send|debit)|still (?:open|active|being charged"
                "|billing|charging))",
                "(?:refused|refuses|failed|fails"
                "|neglected) to \\w+[^.!?\\n]{0,120}?\\b(?:confirmation"
                "|confirmed|promised|agreed|assured)\\b",
                f"(?:not|n{APOS}?t) (?:\\w+ ){{0,3}}(?:reflect|honou?r|follow|abide by|adhere to"
                "|comply with|match) (?:the|our|my|this|that) (?:\\w+ )?(?:agreement|settlement"
                "|arrangement|promise|contract|terms)",
                "as (?:agreed|promised|arranged)[^.!?\\n]{0,80}?\\b(?:however|but|yet)\\b",
                "(?:have|get|want|see) (?:my|our|the) (?:\\w+ )?(?:contract|agreement|promise|offer"
                "|settlement|modification) honou?red",
            ],
            negatable=False,
            unless=r"\b(?:if|or|whether|unless)\s*$",
        ),
        Rule(
            [
                "(?:i|we) (?:was|were|had been|have been|got|had|have)(?: \\w+)? (?:promised"
                "|assured|guaranteed)\\b",
                "(?:broken|false|empty|hollow|more|so many|many|another|yet another) promises?"
                "|promises (?:are|were|mean|meant) (?:free|cheap|worthless|meaningless|nothing"
                "|lies)|promises? (?:\\w+ ){0,3}(?:it\\W?s|is|was|are|were) (?:a lie|lies)"
                "|(?:keep|kept|keeps|been|always) promising",
                f"(?:the|my|our|your|a) promised\\b{_NOT_A_DATE} \\w+",
                "(?:provided|gave|given|give) (?:me |us )?(?:an? )?(?:assurances?|guarantees?)"
                "|(?:gave|given|give) (?:me |us )?(?:their|his|her|your) word",
                f"(?<!\\bi\\s)(?<!\\bwe\\s)(?:was|were) (?:\\w+ )?suppose[d]? to {_NOT_A_SCHEDULE}",
                f"(?:i was|we were) (?:\\w+ )?suppose[d]? to {_NOT_A_SCHEDULE}(?!(?:send|pay"
                "|provide"
                "|submit|call|contact|fax|mail|sign|bring|do|make|give|upload|complete|return|fill)"
                "\\b)",
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
                "(?:lied to|lying to) (?:me|us)|lied that|(?:was|were|been|being|got) lied to"
                "|(?:kept|keep"
                "|keeps) lying",
            ],
            negatable=True,
            reach=2,
            veto=r"\b(?:as|like|if|when|unless|whether)\s*$",
        ),
        Rule(
            [
                "(?:promised|assured|guaranteed|swore|sworn|vowed|pledged)\\b(?!~at\\b)"
                f"{_KEPT}(?: (?:me|us|him|her|them|my \\w+))?(?: (?:that"
                f"|to|a|an|the|it|i|we|this|my|our|they|he|she|you))?\\b{_NOT_A_DATE}"
                "(?!~(?:rate|income|approval|loan|issue)\\b)",
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
