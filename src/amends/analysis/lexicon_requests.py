"""What the customer asks for or threatens: a call back, leaving, going public.

All three are negation-aware: "no need to call me", "I'm not cancelling" and "I won't post a review"
deny the very thing their trigger phrase names.
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
)

# --- follow_up_requested -------------------------------------------------------------------------

_CALL = any_of("call", "ring", "phone", "telephone", "buzz")
_WRITE = any_of("email", "e-mail", "mail", "text", "message", "dm", "pm", "inbox", "whatsapp")
_REACH = any_of(
    "contact",
    "reach out to",
    "get back to",
    "get in touch with",
    "be in touch with",
    "respond to",
    "reply to",
    "answer",
    "follow up with",
    "update",
)
_PERSON = any_of(
    "manager",
    "supervisor",
    "team leader",
    "team lead",
    "human",
    "human being",
    "real person",
    "actual person",
    "live person",
    "live agent",
    "real human",
    "senior",
    "someone senior",
    "someone in charge",
    "someone who can help",
    "somebody who can help",
    "person in charge",
    "head of",
    "complaints team",
    "escalations team",
    "duty manager",
    "store manager",
)
_VOICE = any_of(
    "call back",
    "callback",
    "call-back",
    "phone call",
    "call",
    "ring back",
    "ring",
    "return call",
    "reply",
    "response",
    "answer",
    "proper answer",
    "word back",
)

_IDIOM_AFTER_CALL_ME = (
    f"(?!~(?:crazy|old[- ]fashioned|a |an |names|stupid|paranoid|sceptical|skeptical|cynical"
    f"|silly|picky|naive|mr|mrs|ms|dr|by my|what)\\b)"
)
""""Call me crazy" and "call me Sam" ask for nothing."""

_NOT_A_REQUEST = (
    r"\b(?:they|he|she|people|everyone|friends|family|who|kids?|boss)\s*(?:\w+\s*)?$"
    r"|\b(?:promised|said|told|assured|supposed|meant|scheduled|arranged|booked|agreed|offered)\b"
    r"|\b(?:would|will|wd|shall|gonna|going to)\s*$|['’](?:d|ll)\s*$"
)
"""Someone else's words or a promise reported ("they said someone would call me back") ask nothing."""

FOLLOW_UP = Lexicon(
    "follow_up_requested",
    [
        Rule(
            [
                f"{_CALL} {ME} back",
                f"{_CALL} {ME}{_IDIOM_AFTER_CALL_ME}",
                f"give {ME} a (?:quick )?(?:call|ring|bell|shout|buzz)(?: back)?",
                f"{_WRITE} {ME}\\b",
                f"send {ME} an? (?:dm|pm|direct message|private message|email|e-mail|text|message)",
                f"{_REACH} {ME}\\b",
                f"(?:speak|talk) (?:to|with) (?:an? |the |your |{SOMEONE} )?(?:{_PERSON})",
                f"(?:have|get|need|want) (?:{SOMEONE}|a manager|a supervisor|an agent|a rep) (?:to )?"
                f"(?:{_CALL}|contact|email|reach out to|get back to|get in touch with) {ME}",
                f"(?:need|want|demand|request|requesting|ask for|asked for|asks for|asking for) "
                f"(?:an? |the |your )?(?:{_PERSON})",
                f"(?:i{APOS}?d|i would|we{APOS}?d) (?:really )?(?:like|love|appreciate|prefer) "
                f"(?:an? |some )?(?:quick |phone |proper )?(?:{_VOICE})",
                f"(?:want|wants|need|needs|request|requests|requested|requesting|asked for|asking for"
                f"|would like|expect|expects) (?:an? |some )?(?:phone )?(?:call back|callback|call-back"
                f"|return call|call from|phone call)",
                f"{PLEASE} (?:get|be) in touch",
                f"(?:kindly|can|could|would) (?:{SOMEONE}|you|a manager|a supervisor) (?:{PLEASE} )?"
                f"(?:get|be) in touch",
                f"{PLEASE} (?:respond|reply|answer|advise|get back|call back|dm|pm|follow up|"
                f"check (?:{YOUR}|my|the) (?:dms?|inbox|messages))",
                f"(?:respond|reply|answer|get back to me|dm me|call me)(?:,)? (?:asap|{PLEASE}|now|today)",
                f"(?:can|could|will|would) (?:{SOMEONE}|a manager|a supervisor)(?: from {YOUR} \\w+)? "
                f"(?:{PLEASE} )?(?:help|{_CALL}|contact|email|get back to|reach out to|respond to)"
                f"(?: me| us)?\\b",
                f"(?:check|read) (?:{YOUR}|the|my) (?:dms?|direct messages|inbox)",
                f"(?:reach|contact|call|text|ring) {ME} (?:on|at|by)\\b",
                "my (?:phone |mobile |cell )?(?:number|no\\.?|#) is~[+(]?\\d",
            ],
            veto=_NOT_A_REQUEST,
        ),
    ],
)
"""Asks to be contacted. "Can someone help me" counts (it asks a person to respond); "can you help" does
not, because support accounts hear it as an opener to almost every question."""

# --- churn_threat --------------------------------------------------------------------------------

_CANCEL = any_of("cancel", "cancelling", "canceling", "cancelled", "canceled", "cancellin", "cxl")
_HOLDING = any_of(
    "account",
    "accounts",
    "subscription",
    "subscriptions",
    "sub",
    "membership",
    "service",
    "services",
    "plan",
    "contract",
    "policy",
    "card",
    "credit card",
    "line",
    "lines",
    "broadband",
    "internet",
    "wifi",
    "cable",
    "insurance",
    "direct debit",
    "auto-?renewal",
    "autorenew",
    "premium",
    "prime",
    "pass",
    "box",
    "everything",
    "all orders",
    "orders",
    "loyalty card",
    "rewards",
    "mileage plan",
    "credit",
    "membership card",
    "package",
    "bundle",
    "phone plan",
    "tv",
)
"""What one cancels to leave; a flight or an order is cancelled to change a trip, not a company."""

_WHOSE = "(?:my|our|all my|both my|his|her|their|the)"
_CLOSE = f"clos(?:e|ing|ed) (?:{_WHOSE} )?(?:\\w+ )?(?:accounts?|accts?|a/cs?)\\b"
_INTENT = any_of(
    I_AM,
    I_WILL,
    "gonna",
    "going to",
    "about to",
    "ready to",
    "want to",
    "wanna",
    "wish to",
    "planning to",
    "plan to",
    "looking to",
    "intend to",
    "thinking of",
    "thinking about",
    "considering",
    "tempted to",
    "or",
    "or else",
    "otherwise",
    "will be",
    f"i{APOS}?ve decided to",
    "time to",
    f"i{APOS}?d like to",
    "threatening to",
    "threatened to",
    "threatens to",
    "said (?:she|he|they)?(?: will| would| is going to|{APOS}?d|{APOS}?ll)?",
)
_LEAVE = any_of(
    f"{_CANCEL}(?: all)?(?: of)? {gap(2)}(?:{_HOLDING})\\b",
    _CLOSE,
    f"{_CANCEL}\\b(?=~(?:[.!?,;\\n]|$|after|today|now|asap|right now|tomorrow|if|unless|then))",
    "switch(?:ing)?(?: over)?\\b(?!~to (?:paperless|email|online|auto|direct|text))",
    "leav(?:e|ing) (?:you|u|this (?:company|bank|airline|carrier|network))",
    "mov(?:e|ing) (?:my \\w+ )?to (?:an?(?:other)? |a different |a new )?(?:competitor|provider|bank"
    "|carrier|airline|network|supplier|company|store|shop|retailer)",
    "port(?:ing)? (?:my|our) numbers?(?: out)?",
    "tak(?:e|ing) (?:my|our) (?:business|money|custom)",
    "(?:mov|go|us|switch)(?:e|ing)? (?:to |with )?(?:someone|somebody) else",
)
_DONE_BEFORE = (
    "(?![^.!?\\n]{0,30}\\b(?:last (?:week|month|year)|ago|back in|in (?:jan|feb|mar|apr|may|jun|jul"
    "|aug|sep|oct|nov|dec)\\w*|(?:and|but) (?:you|u|yet|still|they)|yet|still (?:charg|bill|tak)))"
)
"""A cancellation already done, then billed anyway, is a billing error rather than a threat."""

_COMPANY_DID_IT = (
    r"(?:\b(?:you|u|they|y[’']?all|ya|he|she|who|which|airline|agent|rep|system|bank)|@\w+)"
    r"(?:\s+(?:have|has|had|just|then|also|even|went and|already|randomly|wrongly|suddenly))*\s*$"
)
_HOW_TO = (
    r"\b(?:how (?:do|can|would|should|to|much|long|does)|can (?:i|we)|could (?:i|we)|is it possible"
    r"|is there a way|where (?:do|can)|what(?:[’']?s| is) the (?:process|way|fee|cost)"
    r"|do (?:i|we) (?:need|have)|should (?:i|we)|if (?:i|we)|whether to|when can)\b"
)

CHURN = Lexicon(
    "churn_threat",
    [
        Rule(
            [
                f"(?:{_INTENT}) (?:{gap(2)})(?:{_LEAVE})",
                f"{_CANCEL}(?:ing|ling)? (?:all )?(?:of )?(?:{_WHOSE}|this) {gap(2)}(?:{_HOLDING})\\b"
                f"{_DONE_BEFORE}",
                _CLOSE,
                f"{_CANCEL}(?:l?ing)? (?:after this|today|tomorrow|asap|right now)",
            ],
            veto=f"{_COMPANY_DID_IT}|{_HOW_TO}",
        ),
        Rule(
            [
                f"switch(?:ing)?(?: over)? (?:to )?(?:an?(?:other)? |a different |a new )?"
                f"(?:provider|providers|carrier|carriers|bank|banks|airline|airlines|network|supplier"
                f"|suppliers|company|competitor|competition|isp|energy supplier)s?",
                "(?:switch|switching|jump|jumping|going over|moving) (?:over )?(?:ship|to (?:the )?"
                "(?:competition|competitor|a competitor|another (?:provider|bank|carrier|airline)))",
                f"tak(?:e|ing) (?:my|our) (?:[\\w-]+ ){{0,3}}?(?:elsewhere|somewhere else)",
                "(?:go|going|shop|shopping|fly|flying|bank|banking|look|looking) "
                "(?:elsewhere|somewhere else)",
                "other (?:shops|stores|companies|providers|airlines|banks|carriers|retailers|brands) "
                f"(?:that |who )?(?:{gap(2)})(?:will|would) (?:happily |gladly )?take my money",
                "(?:find|finding|look for|looking for|found|shop around for|shopping around for) "
                "(?:a |an )?(?:new|another|different|better|cheaper) (?:provider|bank|carrier|airline"
                "|company|supplier|isp|network|store|shop|insurer)",
                f"(?:{I_AM} )?(?:so |totally |completely |officially |absolutely )?(?:done|finished) "
                f"with (?:{YOU}|this company|{YOUR} (?:company|service|airline|bank|store|brand))",
                f"{YOU}{APOS}?(?:ve|have)? (?:just )?lost (?:a|my|this|another|our) (?:loyal )?"
                "(?:customer|business|custom)",
                "lost my (?:business|custom)",
                f"no longer (?:be )?(?:a customer|a member|using|shopping|flying|banking|ordering)",
                f"(?:ditch|ditching|dump|dumping|quit|quitting|leave|leaving|drop|dropping) "
                f"(?:{YOU}|{YOUR} (?:company|service|airline|bank|network|app|brand))\\b",
                "(?:take|taking) my (?:business|money|custom) (?:somewhere|anywhere) else",
                "(?:mentioned|mentions|threatened|threatening|talked about|talking about|spoke of) "
                "(?:switching|leaving|cancell?ing|closing)",
                f"(?:this is|that was|this was|that{APOS}?s|it{APOS}?s|will be|last) the last time (?:i|we)",
                "last time (?:i|we) (?:ever )?(?:use|fly|shop|order|buy|book|bank|deal|stay|travel)\\b",
            ],
            veto=_HOW_TO,
        ),
        Rule(
            [
                f"(?:never|won{APOS}?t|wont|will not|not going to|never going to|ain{APOS}?t) "
                f"(?:ever )?(?:be )?(?:again )?(?:buy|fly|order|use|shop|book|stay|bank|deal|travel"
                f"|recommend|return|come back|go back|do business|purchase|rent|eat|visit)\\w* "
                f"{gap(6)}(?:again|ever again)\\b",
                "never again",
                f"(?:won{APOS}?t|will not|never) be (?:back|returning|a customer|renewing)",
                f"(?:won{APOS}?t|will not|not going to|never) renew",
            ],
            negatable=False,
        ),
    ],
)
"""Threatens or announces leaving. A bare how-to ("how do I cancel my subscription?") is a question,
not a threat; "cancel my order" alone changes a purchase and is left to the complaint cues."""

# --- public_escalation_threat --------------------------------------------------------------------

_POST = any_of(
    "post",
    "posting",
    "posted",
    "share",
    "sharing",
    "shared",
    "put",
    "putting",
    "blast",
    "blasting",
    "publish",
    "publishing",
    "spread",
    "spreading",
    "broadcast",
    "plaster",
    "plastering",
)
_REVIEWING = any_of(
    "give",
    "giving",
    "gave",
    "given",
    "leave",
    "leaving",
    "left",
    "post",
    "posting",
    "posted",
    "write",
    "writing",
    "wrote",
    "written",
    "rate",
    "rating",
    "rated",
    "put",
    "putting",
    "publish",
    "publishing",
    "submit",
    "submitting",
    "drop",
    "dropping",
)
_SAY = any_of(
    "write",
    "writing",
    "complain",
    "complaining",
    "talk",
    "talking",
    "tell",
    "telling",
    "warn",
    "warning",
    "rant",
    "ranting",
    "tweet",
    "tweeting",
)
_OUT_THERE = any_of(
    "online",
    "social media",
    "yelp",
    "trustpilot",
    "tripadvisor",
    "google",
    "facebook",
    "twitter",
    "instagram",
    "tiktok",
    "reddit",
    "youtube",
    "linkedin",
    "forums?",
    "every forum",
    "review sites?",
    "the internet",
    "my blog",
    "my channel",
    "all my socials",
    "socials",
    "every platform",
)
_PRESS = any_of(
    "press",
    "news",
    "newspapers?",
    "local news",
    "news stations?",
    "news channels?",
    "media",
    "reporters?",
    "journalists?",
    "tv",
    "television",
    "watchdog",
    "consumer show",
    "radio",
)
_REGULATOR = any_of(
    "better business bureau",
    "attorneys? general",
    "ombudsman",
    "trading standards",
    "consumer protection",
    "consumer affairs",
    "consumer rights",
    "consumer council",
    "consumer watchdog",
    "the regulator",
    "regulators?",
    "department of transportation",
    "consumer financial protection bureau",
    "federal trade commission",
    "federal communications commission",
    "public utilit(?:y|ies) commission",
    "public service commission",
    "insurance commissioner",
    "state insurance department",
    "ofcom",
    "ofgem",
    "ofwat",
    "bbb",
    "cfpb",
    "fcc",
    "ftc",
    "fca",
    "cpuc",
    "citizens advice",
)
_LEGAL = any_of(
    "lawyers?",
    "(?<!power\\sof\\s)attorneys?",
    "solicitors?",
    "lawsuits?",
    "law suit",
    "legal action",
    "legal advice",
    "legal proceedings",
    "legal route",
    "legal team",
    "litigation",
    "class action",
    "small claims",
    "suing",
    "sued",
    "legal department",
)

PUBLIC = Lexicon(
    "public_escalation_threat",
    [
        Rule(
            [
                "(?:1|one|zero|0|no|a single)[- ]?stars? (?:reviews?|ratings?)",
                f"(?:{_REVIEWING}) (?:you |it |this |them |the \\w+ )?(?:an? |my )?"
                "(?:1|one|zero|0|no|minus \\d+)[- ]?stars?\\b",
                f"(?:{_REVIEWING}) (?:up )?(?:an? |my |some |this |it "
                f"|about (?:it|this) |a few )?{gap(2)}reviews?\\b",
                "(?:reviews?|posts?) (?:going up|incoming|coming|will follow|to follow)",
                f"(?:{_POST}|{_SAY}) (?:this |it |about (?:it|this) |my (?:experience|story) )?"
                "(?:online|everywhere|all over (?:the internet|social media)|on social media)",
                f"(?:{_SAY}) about (?:this|it|you|{YOUR} \\w+) (?:on|to|across|all over|in) "
                f"{gap(2)}(?:{_OUT_THERE})\\b",
                "(?:every|all the) (?:forums?|review sites?|platforms?) i (?:use|know|can)",
                "(?:go|going|gone|went|goes) viral",
                "(?:tell|telling|told|let|inform|warn|warning) (?:every(?:one|body)|all my friends"
                "|my friends|my family|the world|people|others|other customers|the internet)",
                "(?:every(?:one|body) i know|all my friends|my friends(?: and family)?|the whole world"
                "|the world|everyone) (?:will|is going to|are going to|gonna) (?:hear|know)",
                "(?:as a |a )?warning to (?:others|other customers|everyone|people)",
                "so (?:that )?others (?:know|are warned|can avoid)",
                "(?:contact|contacting|call|calling|go|going|went|tell|telling|alert|alerting|tip off"
                "|write to|writing to|reach out to|reaching out to) (?:to )?(?:the |my |a |local |our )*"
                f"(?:{_PRESS})\\b",
                f"{_LEGAL}\\b",
                f"(?:to|will|gonna|i{APOS}?ll|could|can|should|might|and|or|going to|plan to|intend to"
                "|threatening to|threatened to) sue\\b",
                "(?:take|taking|see) (?:you|u|them|this|it|the company) (?:to|in) court",
                f"{_REGULATOR}\\b",
                f"report(?:ing|ed)? (?:you|u|them|this|it|{YOUR} company|the company) to\\b",
                "(?:file|filing|lodge|lodging|submit|submitting|make|making) (?:a |an )?(?:formal )?"
                "complaints? (?:with|to) (?:the |my )?(?!you\\b|u\\b)\\w+",
                "chargebacks?|(?:a|file|filing|request|requesting|initiate|initiating|do) (?:a )?"
                "charge[- ]backs?",
                "(?:an? |the |local |some )*(?:journalists?|reporters?|newspapers?|local news|news "
                "(?:station|channel|desk|team)s?|tv (?:station|channel|show)s?|watchdog|consumer (?:show|programme|program)s?) "
                "(?:would|might|will|could|may) (?:be (?:very )?interested|like|love|want|enjoy)",
                "dispute (?:the|this|these|that) (?:charges?|transactions?|payments?) with",
            ],
        ),
        Rule(
            [f"(?:{_POST}) {gap(5)}(?:on|to|across|all over|in) {gap(2)}(?:{_OUT_THERE})\\b"],
            veto=r"\b(?:a|the|your|ur|this|my|that|his|her|their|saw|seen|read)\s*$",
        ),
        Rule(["DOT\\b|BBB\\b|CFPB\\b|FCC\\b|FTC\\b|FAA\\b|FCA\\b|CAA\\b"], cased=True),
    ],
)
"""Threatens to take the complaint public or outside: reviews, social media, press, lawyers,
regulators, and the card issuer (a chargeback puts a third party between customer and company)."""
