"""What the customer asks for: to be contacted by a person.

Negation-aware: "no need to call me" denies the very thing its trigger phrase names. Leaving is in
``lexicon_churn``, going public in ``lexicon_public``.

Complaint narratives report requests as well as make them. A request reported as granted ("I asked
to speak to a supervisor, who told me...") is no longer wanted, so a reported request counts only
with its refusal or silence beside it ("asked for a supervisor and was put on hold"); so does a
callback that never comes ("nobody will return my call"). Formal letters are not requests for a
person: "respond in writing within 30 days", "contact me at ... for any additional information",
"I revoke consent to contact me".
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, ME, PLEASE, SOMEONE, YOUR, words

_CALL = words("call ring phone telephone buzz")
_WRITE = words("email e-mail text message dm pm inbox whatsapp ping")
_REACH = words(
    "contact reach_out_to get_back_to get_in_touch_with be_in_touch_with get_in_contact_with "
    "respond_to reply_to answer follow_up_with update"
)
_PERSON = words(
    "manager supervisor team_leader team_lead human human_being real_person actual_person "
    "live_person live_agent real_human senior someone_senior someone_in_charge "
    "someone_who_can_help somebody_who_can_help person_in_charge head_of complaints_team "
    "escalations_team duty_manager store_manager someone_above somebody_above someone_higher "
    "somebody_higher higher_up higher-up higher_authority higher_level_rep higher_representative "
    "higher_rep"
)
_VOICE = words(
    "call_back callback call-back phone_call call ring_back ring return_call reply response "
    "answer proper_answer word_back"
)
_CALLBACK = "(?:call ?back|call-back|return call|phone call|callback)"
_NOT_AN_IDIOM = (
    "(?!~(?:crazy|old[- ]fashioned|a |an |names|stupid|paranoid|sceptical|skeptical|cynical"
    "|silly|picky|naive|mr|mrs|ms|dr|by my|what|bank)\\b)"
)
""""Call me crazy" and "call me Sam" ask for nothing."""

_NOT_A_SIGN_OFF = (
    "(?![^.!?\\n]{0,40}?\\b(?:if (?:(?:you|they|he|she) (?:need|have|require|want|would|wish"
    "|should|any|can|could|get|care)|there|any|further|more)|should (?:you|there)"
    "|for (?:(?:any|more|further|additional|other) ){0,2}(?:information|info|details|questions"
    "|clarification|documentation)|with (?:any )?(?:questions|concerns)|in writing|within \\d+))"
)
"""A conditional or formal sign-off ("contact me if you need anything else", "contact me at ...
for additional information", "update me in writing within 30 days") asks for no person."""

_COURTESY = (
    r"\b(?:should (?:you|there)|(?:if|when|where) (?:necessary|needed|required|applicable)\b"
    r"|if (?:you|there|any|more|further|additional|anything|something"
    r"|other)\b[^,]*\b(?:need|have|require|want|questions"
    r"|anything|further|more|additional|confusion|concerns?|doubts?|discrepanc\w*|clarification))"
    r"|(?:\b(?:never|not|without|nor)|n['\u2019]?t)\b[^.!?,;]{0,40}\b(?:me|us)\s+(?:or|nor)\s+$"
    r"|\b(?:attempt\w*|efforts?|fail\w*|tr(?:y|ied|ying))\s+to\s+\w+\s+(?:or|and)\s+$"
)
"""A sentence opened as a courtesy ("should you need anything further, please contact me", "if
there is any confusion, I suggest you contact me"), or a contact the company never made, told as
one of two ("they never billed me or called me", "without any attempt to notify or contact me")."""

_NOT_FORMAL = (
    "(?!~(?:to (?:this|my|the|our) (?:\\w+ )?(?:request|letter|dispute|notice|inquiry"
    "|correspondence)|within|in writing|by mail|via mail|promptly)\\b)"
)
"""The formal "please respond to this request within 30 days" of a dispute letter."""

_NOT_A_REQUEST = (
    r"\b(?:they|he|she|people|everyone|friends|family|who|kids?|boss)\s*(?:\w+\s*)?$"
    r"|\b(?:promised|said|told|assured|supposed|meant|scheduled|arranged|booked|agreed|offered)\b"
    r"(?:\s+(?!(?:please|pls|plz|kindly)\s*$)\S+){0,8}\s*$"
    r"|\b(?:took|takes|taking|take|taken)\s+(?:them|him|her|you|u|it)\s+(?:\S+\s+){1,4}to\s+$"
    r"|\b(?:they|he|she|it|who|company|bank)\s+had\s+(?:\S+\s+){0,4}$"
    r"|\b(?:you|u)\s+(?:can|may|could)\s+(?:also\s+|always\s+)?$"
    r"|\bhow\s+(?:will|would|can|could|do|does|are|is)\s+(?:you|they|u)\b[^.?!]*$"
    r"|^\s*(?:@\w+\s*)*+(?!(?:is|are|when|will|has|have)\b)[^?]*\b(?:would|will|wd|shall|gonna"
    r"|going to)\s*$|['\u2019](?:d|ll)\s*$"
    r"|\b(?:continue[sd]?|continuing|keeps?|kept|still|stop|stopped|cease|ceased|attempts?"
    r"|consent|permission|did|does|used|started|began|always|repeatedly|constantly|harass\w*"
    r"|attempted|attempting|fail(?:s|ed)?|neglected|bother(?:s|ed)?|tried|tries|trys|trying)"
    r"\s+(?:to\s+)?$"
    r"|\bwait(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?for\s+(?:them|him|her|it|the\s+\w+)\s+to\s+$"
    r"|\bfor\s+(?:the|their|that|this)\s+(?:merchant|seller|vendor|store|retailer|bank|lender"
    r"|creditor|servicer|company|airline|insurer|carrier|landlord)\s+to\s+$"
    r"|\b(?:under|their|via|click)\s+$|\bthe\s+$"
)
"""Someone else's words, an address given ("you can reach me at ..."), a promise reported ("they
said someone would call me back"), a call that
came late or was arranged ("it took them 6 hours to call me back", "they had a manager contact
me"), a question about how ("how will you contact me?"), calls the customer wants to end ("stop
any further attempts to contact me", "they continue to call me"), a contact the company failed to
make or the customer is waiting out from the party that owes it ("they failed to contact me",
"waiting for them to get back to me"; "waiting for someone to call me" still asks), or a web page
("under contact us"). A question about the future still
asks: "is the team going to reach out to me?"; so does a plea after a report ("they told me a
different story every time, please respond to me")."""

_PAST_REQUEST = (
    _NOT_A_REQUEST + r"|\b(?:asked|requested|wanted|demanded|needed|tried|attempted|able|tries"
    r"|trys|attempts|trying"
    r"|managed|got|finally|eventually|then|later)\s+(?:to\s+)?$"
)
"""A request to speak to someone, reported in the past, was usually granted: only its refusal
counts (``_REFUSED``)."""

_ASKED = (
    "(?:(?:tried|trying|attempted|attempting) to (?:speak|speek|talk) (?:to|with) "
    "(?:an? |the |your |their |her |his )?"
    "|(?:asked|ask|asking|requested|demanded|begged|insisted)(?: (?:to (?:speak|speek|talk) "
    "(?:to|with)|for"
    "|to be (?:transferred|escalated|put through|connected) to|if i could (?:speak|talk) (?:to"
    "|with)))? (?:an? |the |your |their |her |his )?)"
)
_ESCALATE = (
    "(?:asked|requested|demanded|begged|insisted) (?:to (?:have (?:it|this|my \\w+) )?"
    "(?:escalated?|elevated?)|for (?:an? )?escalation"
    "|(?:for |that )?(?:it|this|my \\w+|the \\w+) (?:to )?be (?:escalated|elevated))"
)
_REFUSED = (
    "(?:refused|denied|declined|not available|unavailable|disconnected|hung up|hangs? up|on hold"
    "|never"
    "|nobody|no one|no-one|(?:was|were) (?:not|n't) (?:able|allowed|possible)|but|call back"
    "|(?:takes?|took|taking) (?:\\w+ )?(?:weeks|months|days|forever|ages)|no (?:response|reply"
    "|answer)"
    f"|(?:is|was|are|were)(?:n{APOS}?t| not) (?:in|there|around|available))"
)

_NOT_REACHED = "(?:(?!\\bwho (?:also |then |too |just )?(?:refused|denied|declined)\\b)[^\\n])"
"""The gap after a request for a supervisor: "asked for a supervisor, who also refused to refund
me" reached one, and the refusal is of something else."""

_UNANSWERED = (
    "(?:never|nobody|no one|no-one|but|no (?:responses?|reply|replies|answers?|calls?)|not"
    f" (?:received|returned)|(?:it{APOS}?s|it has|it{APOS}?s already) been"
    f"|yet to|still (?:waiting|no|not|haven{APOS}?t|have not)|didn{APOS}?t|did not)"
)
"""What shows a callback asked for in the past is still outstanding; "I requested a call back and
got one weeks later" was granted, late."""

FOLLOW_UP = Lexicon(
    "follow_up_requested",
    [
        Rule(
            [
                f"{_CALL} {ME} back\\b{_NOT_A_SIGN_OFF}",
                f"{_CALL} {ME}\\b{_NOT_AN_IDIOM}{_NOT_A_SIGN_OFF}",
                f"arrange (?:{ME} )?(?:a|an) (?:urgent )?{_CALLBACK}",
                f"give {ME} (?:a|the|that|my|our) (?:quick )?(?:call|ring|bell|shout|buzz)(?:"
                " back)?",
                f"{_WRITE} {ME}\\b{_NOT_A_SIGN_OFF}",
                f"send {ME} an? (?:dm|pm|direct message|private message|email|e-mail|text|message)",
                f"{_REACH} {ME}\\b{_NOT_A_SIGN_OFF}",
                f"(?:have|get|need|want) (?:{SOMEONE}|a manager|a supervisor|an agent|a rep) "
                "(?:to )?"
                f"(?:{_CALL}|contact|email|reach out to|get back to|get in touch with) {ME}\\b",
                "(?:need|want|demand|request|requesting|ask for|asks for|asking for) "
                f"(?:an? |the |your )?{_PERSON}",
                "(?:need|want|demand|get) (?:corporate|management|head office|your ceo|an? "
                "(?:manager|supervisor|executive)|someone (?:senior|higher up|in charge)) involved",
                f"(?:i{APOS}?d|i would|we{APOS}?d) (?:really )?(?:like|love|appreciate|prefer) "
                f"(?:an? |some )?(?:quick |phone |proper )?{_VOICE}",
                "(?:want|wants|need|needs|request|requests|requesting"
                "|asking for|would like|expect|expects) (?:an? |some )?(?:phone )?(?:call back"
                "|callback|call-back|return call|call from|phone call)",
                f"(?:i|we) (?:really )?(?:need|want|demand|deserve) (?:an? |some )?"
                f"(?:response|reply|{_CALLBACK})\\b",
                f"{PLEASE} (?:get|be) in touch",
                f"(?:kindly|can|could|would) (?:{SOMEONE}|you|a manager|a supervisor) "
                f"(?:{PLEASE} )?(?:get|be) in touch",
                f"{PLEASE} (?:(?:respond|reply|answer){_NOT_FORMAL}"
                "|get back(?! to (?!me|us)\\w)|call back|dm"
                f"|pm|follow up|check (?:{YOUR}|my|the) (?:dms?|inbox|messages))",
                "(?:respond|reply|answer|get back to me|dm me|call me),? "
                f"(?:asap|{PLEASE}|now|today)",
                f"(?:can|could|will|would) (?:{SOMEONE}|a manager|a supervisor)"
                f"(?: from {YOUR} \\w+)? (?:{PLEASE} )?(?:{_CALL}|contact|email|get back to"
                "|reach out to|respond to)(?: me| us)?\\b",
                f"(?:check|read) (?:{YOUR}|the|my) (?:dms?|direct messages|inbox)",
                f"(?:can|could|would|will|{PLEASE}) (?:you |u )?(?:{PLEASE} )?(?:contact|email"
                "|e-mail|text|call|reach) (?:me )?(?:at |on |via )?(?:__email__|my (?:email|e-mail"
                "|number|cell|mobile|phone))\\b",
                "(?:when )?(?:will|am|are|is|do) (?:i|we) (?:ever )?(?:going to )?(?:hear back"
                "|hear from (?:you|someone|anyone|somebody)|get (?:a )?(?:call ?back|callback"
                "|response|reply))\\b",
                f"(?:reach|contact|call|text|ring) {ME} (?:on|at|by)\\b{_NOT_A_SIGN_OFF}",
                "my (?:phone |mobile |cell )?(?:number|no\\b\\.?) is~[+(]?\\d",
                f"(?:have|get) (?:{YOUR}|an?|someone from (?:{YOUR}|the)) (?:[\\w-]+ ){{0,3}}?"
                "(?:team|department|dept|manager|supervisor|rep|representative|agent|person|staff"
                "|office|desk|someone) (?:to )?(?:call|ring|phone|contact|email|reach out to"
                "|get back to|get in touch with|get in contact with|be in touch with|follow up"
                f" with) {ME}\\b",
                f"(?:i|we) (?:would|{APOS}d) (?:really )?(?:like|love|prefer|appreciate|want) "
                "to be "
                f"(?:contacted|called|phoned|rung|emailed|called back){_NOT_A_SIGN_OFF}",
                "(?:want|wish|need|request|requesting|ask|asking|demand|demanding) to be "
                f"(?:contacted|called|phoned|rung|called back){_NOT_A_SIGN_OFF}",
                f"{PLEASE} escalate (?:this|it|my (?:\\w+ )?(?:case|complaint|issue|ticket|concern"
                "|account|query))\\b",
                f"(?:(?:i|we) (?:want|need|would like|demand|request)|(?:i|we){APOS}d like"
                f"|requesting|{PLEASE}) (?:an? |for (?:an? )?)?escalation\\b",
                f"{PLEASE} put (?:me|us) (?:in (?:touch|contact) with|through to)\\b",
                f"(?:can|could|would) (?:you|someone|somebody) (?:{PLEASE} )?put (?:me|us) "
                "(?:in (?:touch|contact) with|through to)\\b",
                f"(?:can|could|may) (?:i|we) (?:{PLEASE} )?(?:get|have|receive|request) "
                f"(?:an? |some )?(?:{_CALLBACK}|call|phone call|response|reply|dm)\\b",
                f"(?:i|we) (?:really )?(?:want|need|would like|{APOS}d like|demand|expect) to hear "
                "(?:back )?from\\b",
                "(?:would be (?:great|nice|good|helpful|appreciated)|would appreciate|would love"
                "|hoping|hope) (?:to get |to receive |getting |receiving )?(?:an? |some )?"
                f"(?:{_CALLBACK}|call|response|reply|dm)\\b",
            ],
            veto=_NOT_A_REQUEST,
            unless=_COURTESY,
        ),
        Rule(
            [f"(?:speak|talk) (?:to|with) (?:an? |the |your |{SOMEONE} )?{_PERSON}"],
            # waiting to speak to someone complains of the wait, it does not ask
            veto=_PAST_REQUEST + r"|\bwait(?:s|ed|ing)?\s+(?:\S+\s+){0,2}?to\s+$",
        ),
        Rule(
            [f"asked for (?:an? |the )?{_PERSON}(?![^.!?\\n]{{0,20}}\\bwho\\b)"],
            veto=r"\b(?:i|we|then|and|he|she|they|who)\s+$",
        ),
        Rule(
            [
                f"{_ASKED}(?:{_PERSON}|manager|supervis\\w+){_NOT_REACHED}{{0,100}}?\\b{_REFUSED}\\b",
                f"(?:requested|asked for|asked to receive) (?:an? |some )?(?:phone )?{_CALLBACK}"
                f"(?:[^\\n]{{0,100}}?\\b{_UNANSWERED}\\b| (?:\\w+ ){{0,2}}?(?:times|again"
                "|repeatedly"
                "|twice))",
                "(?:left|leave|leaving) (?:\\w+ ){0,3}?(?:number|message|voicemail|voice-?mail|msg"
                "|vm)s?\\b[^.!?\\n]{0,60}?\\b(?:no|never|nobody|no one|not|yet to) (?:\\w+ ){0,2}?"
                f"(?:{_CALLBACK}|(?:call|ring|phone)(?:ed)? (?:me |us )?back)",
                f"{_ESCALATE}[^\\n]{{0,100}}?\\b{_REFUSED}\\b",
                "(?:refused|refuses|refuse|refusing|declined|unwilling|not willing) to (?:transfer"
                "|escalate|elevate|connect|put|pass|forward|refer) (?:(?:me|us|it|this|that|(?:my"
                "|the|this|our) (?:\\w+ )?(?:call|case|matter|issue|complaint|concern|dispute"
                "|request)) )?(?:(?:through|up|over) )?to (?:an? |the |his |her |their |your "
                f"|a higher )?(?:{_PERSON}|manager|supervisor|superior|boss"
                "|(?:[\\w\"'-]+ ){0,3}?(?:department|dept|team|unit))",
                f"(?:refused|refuses|refusing|declined|unwilling|would not|wouldn{APOS}?t"
                f"|will not|won{APOS}?t) (?:to )?(?:escalate|elevate) (?:it|this|that|my|the"
                "|our)\\b",
                "(?:refused|refuses|refusing|declined|unwilling) to (?:let (?:me|us) )?(?:speak"
                "|talk) (?:to|with) (?!(?:me|us|my|our|him|her|them)\\b)",
                f"(?:requested|asked|begged|told) (?:that )?(?:they|them|you|someone|somebody|him"
                "|her|the \\w+) (?:to )?(?:contact|call|email|e-mail|phone|get back to|reach out to"
                f"|respond to|reply to) (?:me|us)\\b[^\\n]{{0,100}}?\\b{_UNANSWERED}\\b",
                "(?:left|leave|leaving) (?:\\w+ ){0,3}?(?:number|message|voicemail|voice-?mail|msg"
                f"|vm)s? for (?:a )?{_CALLBACK}[^.!?\\n]{{0,60}}?\\b{_UNANSWERED}\\b",
                f"(?:unable|not able|can{APOS}?t|cannot|could not|couldn{APOS}?t|won{APOS}?t"
                "|will not|refused|refuses|declined) (?:to )?(?:arrange|schedule|set up|book"
                f"|offer|give (?:me|us)) (?:a |any )?{_CALLBACK}",
                f"still waiting (?:for|on) (?:an?|that|the|my|your|their) {_CALLBACK}",
                f"(?:would not|wouldn{APOS}?t|will not|won{APOS}?t|did not|didn{APOS}?t|refused to"
                "|refuse to|refuses to) (?:let|allow) (?:me|us) (?:to )?(?:speak|talk) (?:to|with) "
                f"(?:an? |the |your )?(?:{_PERSON}|{SOMEONE})\\b",
                f"(?:can{APOS}?t|cannot|can not|couldn{APOS}?t|could not|unable to) (?:seem to )?"
                f"get (?:an?|any|my) {_CALLBACK}",
                f"(?:nobody|no one|no-one|never|(?:is|are|were|was)(?:n{APOS}?t| not)) "
                "(?:will |would |ever |has |have |is |was |has been )?"
                "(?:return(?:s|ed|ing)?|answer(?:s|ed|ing)?|respond(?:s|ed|ing)? to) (?:my |our "
                "|any |the )?(?:calls?|messages|emails|voicemails)",
                "(?:calls|voicemails|messages|emails)\\b[^.!?\\n]{0,60}?\\b"
                "(?<!\\bi\\s)(?<!\\bwe\\s)(?:did not"
                f"|didn{APOS}?t|never|would not|wouldn{APOS}?t|refused to) (?:return|answer"
                "|respond to)\\b",
                f"(?:won{APOS}?t|will not|wont|refuse[sd]? to|refusing to) (?:get back to (?:me|us)"
                "|call (?:me|us) back|respond to (?:me|us|my)|reply to (?:me|us|my)|return my)",
                f"(?:not|n{APOS}?t) (?:permitted|allowed) to (?:speak|talk) (?:to|with) (?:anyone"
                f"|anybody|someone|an? |the )",
                "(?:tried|trying|attempted|attempting) to (?:get (?:through )?to|reach|escalate "
                "(?:it |this )?to) (?:an? |the )?(?:executive|higher|supervisor|manager|someone "
                "(?:higher|above|in charge)|corporate)",
                f"(?:haven{APOS}?t|have not|has not|hasn{APOS}?t|never|not|yet to) (?:yet )?"
                f"(?:received|receive|gotten|got|get|had) (?:an?|any) (?:phone )?{_CALLBACK}",
            ],
            negatable=False,
        ),
    ],
)
"""Asks to be contacted. "Can someone help me" counts (it asks a person to respond); "can you help"
does not, because support accounts hear it as the opener of almost every question."""
