"""What the customer asks for or threatens: to be contacted, or to leave.

Both are negation-aware: "no need to call me" and "I'm not cancelling" deny the very thing their
trigger phrase names. (Going public is in ``lexicon_public``.)
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import (
    APOS,
    I_AM,
    I_WILL,
    ME,
    PLEASE,
    SOMEONE,
    YOU,
    YOUR,
    any_of,
    gap,
    phrases,
    words,
)

# --- follow_up_requested -------------------------------------------------------------------------

_CALL = words("call ring phone telephone buzz")
_WRITE = words("email e-mail mail text message dm pm inbox whatsapp")
_REACH = words(
    "contact reach_out_to get_back_to get_in_touch_with be_in_touch_with respond_to reply_to "
    "answer follow_up_with update"
)
_PERSON = words(
    "manager supervisor team_leader team_lead human human_being real_person actual_person "
    "live_person live_agent real_human senior someone_senior someone_in_charge "
    "someone_who_can_help somebody_who_can_help person_in_charge head_of complaints_team "
    "escalations_team duty_manager store_manager"
)
_VOICE = words(
    "call_back callback call-back phone_call call ring_back ring return_call reply response "
    "answer proper_answer word_back"
)
_NOT_AN_IDIOM = (
    "(?!~(?:crazy|old[- ]fashioned|a |an |names|stupid|paranoid|sceptical|skeptical|cynical"
    "|silly|picky|naive|mr|mrs|ms|dr|by my|what)\\b)"
)
""""Call me crazy" and "call me Sam" ask for nothing."""

_NOT_A_REQUEST = (
    r"\b(?:they|he|she|people|everyone|friends|family|who|kids?|boss)\s*(?:\w+\s*)?$"
    r"|\b(?:promised|said|told|assured|supposed|meant|scheduled|arranged|booked|agreed|offered)\b"
    r"|\b(?:would|will|wd|shall|gonna|going to)\s*$|['\u2019](?:d|ll)\s*$"
)
"""Someone else's words, or a promise reported ("they said someone would call me back")."""

FOLLOW_UP = Lexicon(
    "follow_up_requested",
    [
        Rule(
            [
                f"{_CALL} {ME} back",
                f"{_CALL} {ME}{_NOT_AN_IDIOM}",
                f"give {ME} a (?:quick )?(?:call|ring|bell|shout|buzz)(?: back)?",
                f"{_WRITE} {ME}\\b",
                f"send {ME} an? (?:dm|pm|direct message|private message|email|e-mail|text|message)",
                f"{_REACH} {ME}\\b",
                f"(?:speak|talk) (?:to|with) (?:an? |the |your |{SOMEONE} )?{_PERSON}",
                f"(?:have|get|need|want) (?:{SOMEONE}|a manager|a supervisor|an agent|a rep) "
                "(?:to )?"
                f"(?:{_CALL}|contact|email|reach out to|get back to|get in touch with) {ME}",
                "(?:need|want|demand|request|requesting|ask for|asked for|asks for|asking for) "
                f"(?:an? |the |your )?{_PERSON}",
                f"(?:i{APOS}?d|i would|we{APOS}?d) (?:really )?(?:like|love|appreciate|prefer) "
                f"(?:an? |some )?(?:quick |phone |proper )?{_VOICE}",
                "(?:want|wants|need|needs|request|requests|requested|requesting|asked for"
                "|asking for|would like|expect|expects) (?:an? |some )?(?:phone )?(?:call back"
                "|callback|call-back|return call|call from|phone call)",
                f"{PLEASE} (?:get|be) in touch",
                f"(?:kindly|can|could|would) (?:{SOMEONE}|you|a manager|a supervisor) "
                f"(?:{PLEASE} )?(?:get|be) in touch",
                f"{PLEASE} (?:respond|reply|answer|advise|get back|call back|dm|pm|follow up"
                f"|check (?:{YOUR}|my|the) (?:dms?|inbox|messages))",
                "(?:respond|reply|answer|get back to me|dm me|call me),? "
                f"(?:asap|{PLEASE}|now|today)",
                f"(?:can|could|will|would) (?:{SOMEONE}|a manager|a supervisor)"
                f"(?: from {YOUR} \\w+)? (?:{PLEASE} )?(?:help|{_CALL}|contact|email|get back to"
                "|reach out to|respond to)(?: me| us)?\\b",
                f"(?:check|read) (?:{YOUR}|the|my) (?:dms?|direct messages|inbox)",
                f"(?:reach|contact|call|text|ring) {ME} (?:on|at|by)\\b",
                "my (?:phone |mobile |cell )?(?:number|no\\.?) is~[+(]?\\d",
            ],
            veto=_NOT_A_REQUEST,
        ),
    ],
)
"""Asks to be contacted. "Can someone help me" counts (it asks a person to respond); "can you help"
does not, because support accounts hear it as the opener of almost every question."""

# --- churn_threat --------------------------------------------------------------------------------

_CANCEL = words("cancel cancelling canceling cancelled canceled cancellin cxl")
_HOLDING = any_of(
    "auto-?renewal",
    *phrases(
        "account accounts subscription subscriptions sub membership service services plan "
        "contract policy card credit_card line lines broadband internet wifi cable insurance "
        "direct_debit autorenew premium prime pass box everything all_orders orders loyalty_card "
        "rewards mileage_plan credit membership_card package bundle phone_plan tv"
    ),
)
"""What one cancels to leave; a flight or an order is cancelled to change a trip, not a company."""

_WHOSE = "(?:my|our|all my|both my|his|her|their|the)"
_CLOSE = f"clos(?:e|ing|ed) (?:{_WHOSE} )?(?:\\w+ )?(?:accounts?|accts?|a/cs?)\\b"
_INTENT = any_of(
    I_AM,
    I_WILL,
    f"i{APOS}?ve decided to",
    f"i{APOS}?d like to",
    f"said (?:she|he|they)?(?: will| would| is going to|{APOS}?d|{APOS}?ll)?",
    *phrases(
        "gonna going_to about_to ready_to want_to wanna wish_to planning_to plan_to looking_to "
        "intend_to thinking_of thinking_about considering tempted_to or or_else otherwise "
        "will_be time_to threatening_to threatened_to threatens_to"
    ),
)
_SWITCH_END = (
    "(?=~(?:[.!?,;\\n]|$|tbh|to be honest|honestly|seriously|now|soon|after|then|if|unless"
    "|providers?|carriers?|banks?|airlines?|companies|networks?|suppliers?))"
)
_LEAVING = (
    f"{_CANCEL}(?: all)?(?: of)? {gap(2)}{_HOLDING}\\b",
    _CLOSE,
    f"{_CANCEL}\\b(?=~(?:[.!?,;\\n]|$|after|today|now|asap|right now|tomorrow|if|unless|then))",
    f"switch(?:ing)?(?: over)?\\b{_SWITCH_END}",
    "leav(?:e|ing) (?:you|u|this (?:company|bank|airline|carrier|network))",
    "mov(?:e|ing) (?:my \\w+ )?to (?:an?(?:other)? |a different |a new )?(?:competitor|provider"
    "|bank|carrier|airline|network|supplier|company|store|shop|retailer)",
    "port(?:ing)? (?:my|our) numbers?(?: out)?",
    "tak(?:e|ing) (?:my|our) (?:business|money|custom)",
    "(?:mov|go|us|switch)(?:e|ing)? (?:to |with )?(?:someone|somebody) else",
)
"""Ways of leaving that need an intent before them ("I'm cancelling", "thinking of switching")."""

_DONE_BEFORE = (
    "(?![^.!?\\n]{0,30}\\b(?:last (?:week|month|year)|ago|back in|in (?:jan|feb|mar|apr|may|jun"
    "|jul|aug|sep|oct|nov|dec)\\w*|(?:and|but) (?:you|u|yet|still|they)|yet|still (?:charg|bill"
    "|tak)))"
)
"""A cancellation already done, then billed anyway, is a billing error rather than a threat."""

_COMPANY_DID_IT = (
    r"(?:\b(?:you|u|they|y['\u2019]?all|ya|he|she|who|which|airline|agent|rep|system|bank)|@\w+)"
    r"(?:\s+(?:have|has|had|just|then|also|even|went and|already|randomly|wrongly|suddenly))*\s*$"
)
_HOW_TO = (
    r"\b(?:how (?:do|can|would|should|to|much|long|does)|can (?:i|we)|could (?:i|we)"
    r"|is it possible|is there a way|where (?:do|can)|what(?:['\u2019]?s| is) the (?:process|way"
    r"|fee|cost)|do (?:i|we) (?:need|have)|should (?:i|we)|if (?:i|we)|whether to|when can)\b"
)
"""A bare how-to question asks the way out without threatening to take it."""

_ELSEWHERE = "(?:elsewhere|somewhere else)"
_RIVAL = (
    "(?:provider|carrier|bank|airline|network|supplier|company|competitor|competition|isp"
    "|energy supplier)s?"
)

CHURN = Lexicon(
    "churn_threat",
    [
        Rule(
            [
                *(f"{_INTENT} {gap(2)}(?:{leave})" for leave in _LEAVING),
                f"{_CANCEL}(?:ing|ling)? (?:all )?(?:of )?(?:{_WHOSE}|this) {gap(2)}{_HOLDING}\\b"
                f"{_DONE_BEFORE}",
                _CLOSE,
                f"{_CANCEL}(?:l?ing)? (?:after this|today|tomorrow|asap|right now)",
            ],
            veto=f"{_COMPANY_DID_IT}|{_HOW_TO}",
        ),
        Rule(
            [
                f"switch(?:ing)?(?: over)? (?:to )?(?:an?(?:other)? |a different |a new )?{_RIVAL}",
                "(?:switch|switching|jump|jumping|going over|moving) (?:over )?(?:ship|to "
                "(?:the )?(?:competition|competitor|a competitor|another (?:provider|bank|carrier"
                "|airline)))",
                f"tak(?:e|ing) (?:my|our) (?:[\\w-]+ ){{0,3}}?{_ELSEWHERE}",
                f"(?:go|going|shop|shopping|fly|flying|bank|banking|look|looking) {_ELSEWHERE}",
                "other (?:shops|stores|companies|providers|airlines|banks|carriers|retailers"
                "|brands) "
                f"(?:that |who )?{gap(2)}(?:will|would) (?:happily |gladly )?take my money",
                "(?:find|finding|look for|looking for|found|shop around for|shopping around for) "
                "(?:a |an )?(?:new|another|different|better|cheaper) (?:provider|bank|carrier"
                "|airline|company|supplier|isp|network|store|shop|insurer)",
                f"(?:{I_AM} )?(?:so |totally |completely |officially |absolutely )?"
                "(?:done|finished) "
                f"with (?:{YOU}|this company|{YOUR} (?:company|service|airline|bank|store|brand))",
                f"{YOU}{APOS}?(?:ve|have)? (?:just )?lost (?:a|my|this|another|our) (?:loyal )?"
                "(?:customer|business|custom)",
                "lost my (?:business|custom)",
                "no longer (?:be )?(?:a customer|a member|using|shopping|flying|banking|ordering)",
                "(?:ditch|ditching|dump|dumping|quit|quitting|leave|leaving|drop|dropping) "
                f"(?:{YOU}|{YOUR} (?:company|service|airline|bank|network|app|brand))\\b",
                "(?:take|taking) my (?:business|money|custom) (?:somewhere|anywhere) else",
                "(?:mentioned|mentions|threatened|threatening|talked about|talking about|spoke of) "
                "(?:switching|leaving|cancell?ing|closing)",
                f"(?:this is|that was|this was|that{APOS}?s|it{APOS}?s|will be|last) the last time "
                "(?:i|we)",
                "last time (?:i|we) (?:ever )?(?:use|fly|shop|order|buy|book|bank|deal|stay"
                "|travel)\\b",
            ],
            veto=_HOW_TO,
        ),
        Rule(
            [
                f"(?:never|won{APOS}?t|wont|will not|not going to|never going to|ain{APOS}?t) "
                "(?:ever )?(?:be )?(?:again )?(?:buy|fly|order|use|shop|book|stay|bank|deal|travel"
                "|recommend|return|come back|go back|do business|purchase|rent|eat|visit)\\w* "
                f"{gap(6)}(?:again|ever again)\\b",
                "never again",
                f"(?:won{APOS}?t|will not|never) be (?:back|returning|a customer|renewing)",
                f"(?:won{APOS}?t|will not|not going to|never) renew",
            ],
            negatable=False,
        ),
    ],
)
"""Threatens or announces leaving. Its own negation ("never again", "won't renew") is the threat, so
that rule is not negation-aware. A bare how-to ("how do I cancel my subscription?") is a question,
not a threat; "cancel my order" alone changes a purchase and is left to the complaint cues."""
