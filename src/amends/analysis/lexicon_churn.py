"""What the customer threatens or announces: leaving the company.

Negation-aware ("I'm not cancelling"), except for the rule whose negation is the threat itself
("never again", "won't renew"). Cancelling or closing is the customer's doing only when the customer
is its subject: "I closed my account", "I asked the rep to close it", "issues closing my account";
"PayPal closed my account" and "they had to close my account" are the company's, which narratives
report at least as often.
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, I_AM, I_WILL, YOU, YOUR, any_of, gap, phrases

_CANCEL = any_of("cxl\\b", *phrases("cancel cancelling canceling cancelled canceled cancellin"))
_CLOSING = "(?:clos(?:e|ing|ed)|cancel(?:l?ing|l?ed)?|terminat(?:e|ing|ed))"
_HOLDING = any_of(
    "auto-?renewal",
    "(?<!payment\\s)plan",
    *phrases(
        "account accounts subscription subscriptions sub membership service services "
        "contract policy card credit_card line lines broadband internet wifi cable insurance "
        "direct_debit autorenew premium prime pass box everything all_orders orders loyalty_card "
        "rewards mileage_plan credit membership_card package bundle phone_plan tv acct accts a/c "
        "a/cs cd checking savings relationship banking_relationship"
    ),
)
"""What one cancels to leave; a flight or an order is cancelled to change a trip, not a company,
and a payment plan to change how one pays."""

_WHOSE = "(?:my|our|all my|both my|his|her|their|the)"
_CLOSE = f"clos(?:e|ing|ed) (?:{_WHOSE} )?(?:\\w+ )?(?:accounts?|accts?|a/cs?)\\b"
_INTENT = any_of(
    I_AM,
    I_WILL,
    f"i{APOS}?ve decided to",
    f"i{APOS}?d like to",
    f"said(?: (?:she|he|they))?(?: will| would| is going to|{APOS}d|{APOS}ll)?",
    *phrases(
        "gonna going_to about_to ready_to want_to wanna wish_to planning_to plan_to looking_to "
        "intend_to thinking_of thinking_about considering contemplating tempted_to or or_else "
        "otherwise "
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
    "port(?:ing)? (?:out )?(?:from|to|over to) (?:@\\w+|another|a different|a new)",
    f"end(?:ing)? (?:{_WHOSE} )?(?:\\w+ )?{_HOLDING}\\b",
    "look(?:ing)? (?:at|into|for) (?:other |some )?(?:alternatives|other (?:options|providers"
    "|carriers|airlines|banks|companies))(?=~(?:[.!?,;\\n]|$|now|soon|then|for (?:my|our) next))",
    "tak(?:e|ing) (?:my|our) (?:business|money|custom)",
    "(?:mov|go|us|switch)(?:e|ing)? (?:to |with )?(?:someone|somebody) else",
)
"""Ways of leaving that need an intent before them ("I'm cancelling", "thinking of switching")."""

_DONE_BEFORE = (
    "(?![^.!?\\n]{0,30}\\b(?:last (?:week|month|year)|ago|back in|in (?:jan|feb|mar|apr|may|jun"
    "|jul|aug|sep|oct|nov|dec)\\w*|(?:and|but) (?:you|u|yet|still|they)|yet|still (?:charg|bill"
    "|tak)|(?:to |as )?paid in full))"
)
"""A cancellation already done, then billed anyway, is a billing error rather than a threat; an
account closed as "paid in full" is a loan paid off."""

_NOT_A_CARD_CANCEL = "cancel\\w* (?:the|this|that) (?:[\\w-]+ )?card\\b"
"""Cancelling "the card" is what one does with a lost or misused card, to get a new one; closing
it, or cancelling "my card", is leaving."""

_NOT_THEIR_CALL = (
    r"\b(?:would|will|might|may)\s+(?:have|need)\s+to\s*$"
    r"|(?<!\bi\s)(?<!\bwe\s)\b(?:said|says|told (?:me|us)|advised (?:me|us)|instructed (?:me|us)"
    r"|suggested|offered|offers|offering)\b(?:[^.]|\.\d)*\bto\s*$"
)
"""A closing the company sets as a condition ("I would have to close the account and re-apply"),
tells the customer to do ("said it's my problem to call them to close the account") or offers as a
settlement ("offered to settle for half to close the account") is not the customer's decision to
leave."""

_ONLY_ALLOWED = (
    r"\b(?:says?|said|told (?:me|us)|tells (?:me|us)|suggested|suggests)\s+(?:that\s+)?"
    r"(?:i|we|you|u)\s+(?:can|could|may|might|should)\s*$"
)
"""What the company says the customer may do ("support says I can switch carriers") is no
announcement that they will."""

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

_CUSTOMER_ACTS = (
    r"(?<![@#\w'])(?!(?:i|we|ve|d|m|i'm|im|i've|i'd|we've|have|had|and|to|then|please|pls|plz"
    r"|just|also|already|finally|since|now|so|will|ll|gonna|must|immediately|eventually|even"
    r"|promptly|subsequently|recently|later)\b)[\w']+\s*$|\b(?:they|he|she|it|bank|company)\b(?:\s+\w+){0,2}\s+to\s*$"
    r"|(?<![\w'])(?!(?:i|we)\b)[a-z][\w']*\s+(?:had|has|have)\s*$"
)
"""Veto for a bare "closed my account": the word before must leave the customer its subject ("I
have since closed", "asked the rep to close"); a company ("PayPal closed", "they had to close",
"Citibank had closed") is not."""

_PATRON = "(?:customer|client|member|flyer|passenger|shopper|subscriber)"
_LOST = f"(?:a|an|my|this|another|our|one) (?:[\\w-]+ ){{0,2}}?(?:{_PATRON}|business|custom)"
_NOT_A_RECORD = "(?!~(?:number|id|service|care|support|account|reference|no|card)\\b)"
""""Lost my customer number" is a lost record, not a lost customer."""
_SELF_LOSS = r"\b(?:i|we|i['\u2019]?ve|we['\u2019]?ve|i['\u2019]?d|have|had)\s+(?:\w+\s+)?$"
"""Whoever loses the customer is the company ("you just lost a customer", "JetBlue has officially
lost a customer", "you've lost me as a customer"); the customer losing one of their own ("we lost a
client over this") is no threat."""

_ASKED_TO = (
    "(?:asked|ask|asking|told|tell|telling|instructed|requested|request|requesting|called|calling"
    "|demanded|demand|demanding|insisted|insisting"
    "|phoned|wrote|emailed|tried|trying|attempted|attempting|wanted|want|wish|wished|need|needed"
    "|decided|refused|refuses|refusing|unable|able|would like|had issues|trouble|difficulty"
    "|problems?|issues?|hard time)"
)
_ELSEWHERE = "(?:elsewhere|somewhere else)"
_RIVAL = (
    "(?:provider|carrier|bank|airline|network|supplier|company|competitor|competition|isp"
    "|energy supplier|credit union|servicer|lender)s?"
)
_NEW_HOME = (
    "(?:(?:another|a different|a new|a better|a cheaper) (?:provider|carrier|bank|airline|network"
    "|supplier|company|servicer|lender|isp)|an? (?:credit union|competitor))"
)

CHURN = Lexicon(
    "churn_threat",
    [
        Rule(
            [
                *(f"{_INTENT} {gap(2)}(?:{leave})" for leave in _LEAVING),
                f"{_CANCEL}(?:l?ing)? (?:after this|today|tomorrow|asap|right now)",
                # an attempt to leave that the company blocked is still leaving
                "(?:could ?n[o']?t|could not|can ?n[o']?t|cannot|unable to|was ?n[o']?t able to"
                "|tried to|trying to|attempted to|attempting to|wanted to) (?:\\w+ )?(?:cancel"
                "|close|terminate|end) (?:my |our |the |this )?(?:subscription|membership"
                "|service|contract|account|policy|plan)\\b",
            ],
            veto=f"{_COMPANY_DID_IT}|{_HOW_TO}",
        ),
        Rule(
            [
                f"(?!{_NOT_A_CARD_CANCEL}){_CLOSING} (?:all )?(?:of )?"
                f"(?:{_WHOSE}|this|that) {gap(2)}{_HOLDING}\\b{_DONE_BEFORE}",
                "(?:delet|deactivat)(?:e|ing|ed) (?:my|our) (?:\\w+ )?(?:accounts?|profile"
                "|membership|subscription)\\b(?!~(?:from|off|on)\\b)",
            ],
            veto=f"{_COMPANY_DID_IT}|{_HOW_TO}|{_CUSTOMER_ACTS}|{_NOT_THEIR_CALL}",
        ),
        Rule(
            [
                f"{_ASKED_TO} (?:that )?(?:(?:him|her|them|they|the \\w+|you"
                f"|it) )?(?:to )?(?!{_NOT_A_CARD_CANCEL})(?:{_CLOSING}) "
                f"(?:all )?(?:of )?(?:{_WHOSE}|this|that) {gap(2)}{_HOLDING}\\b",
                f"(?:{_HOLDING}|cd) (?:and (?:the |my )?\\w+ )?(?:to be|be) (?:closed|cancell?ed"
                "|terminated)",
                "(?:request|requests|requested|requesting|asked|asking|want|wanted|demand"
                "|demanded) (?:that )?(?:my|our|the) (?:[\\w-]+ ){0,2}(?:loan|account|mortgage"
                "|debt)s? (?:be |to be )?(?:transferred|moved) to "
                "(?:an?(?:other)? |a different |a new )",
                "(?:transfer|transferring|transferred) (?:all )?(?:of )?(?:my|our) (?:\\w+ )?"
                f"(?:loans?|accounts?|mortgages?|business) to {_NEW_HOME}",
                "(?:move|moving|moved|take|taking|took) (?:all )?(?:of )?(?:my|our) (?:\\w+ )?"
                "(?:loans?|accounts?|mortgages?|business|money|savings|funds|deposits|custom) to "
                f"{_NEW_HOME}",
                "(?:switched|went|moved|gone|changed|jumped|refinanced|refinancing|refinance) "
                f"(?:\\w+ )?(?:over )?(?:to|with|through) {_NEW_HOME}",
                f"leav(?:e|ing) (?:{YOU} )?for (?:{_NEW_HOME}|the competition)",
                f"(?:another|a different|a new) {_RIVAL} (?:\\w+ ){{0,3}}?(?:needed|required"
                "|next time|from now on|in (?:the )?future)\\b",
                "(?:chang|switch)(?:e|ed|ing) (?:lenders|banks|carriers|servicers"
                "|airlines|suppliers|networks|insurers|mortgage companies)\\b",
            ],
            veto=_HOW_TO,
        ),
        Rule(
            [
                f"switch(?:ing)?(?: over)? (?:to )?(?:an?(?:other)? |a different |a new )?"
                f"(?:(?:phone|mobile|cell|wireless|internet|broadband|cable|energy|power|gas"
                f"|electric|credit card|insurance) )?{_RIVAL}",
                "(?:switch|switching|jump|jumping|going over|moving) (?:over )?(?:ship|to "
                "(?:the )?(?:competition|competitor|a competitor|another (?:provider|bank|carrier"
                "|airline)))",
                f"tak(?:e|ing) (?:my|our) (?:[\\w-]+ ){{0,3}}?{_ELSEWHERE}",
                f"(?:go|going|shop|shopping|fly|flying|bank|banking|look|looking) {_ELSEWHERE}",
                "other (?:shops|stores|companies|providers|airlines|banks|carriers|retailers"
                "|brands) "
                f"(?:that |who )?{gap(2)}(?:will|would) (?:happily |gladly )?take my money",
                "(?:find|finding|look for|looking for|found|shop around for|shopping around for) "
                "(?:a |an )?(?:new|another|different|better|cheaper) (?:[\\w-]+ )?"
                "(?:provider|bank|carrier"
                "|airline|company|supplier|isp|network|store|shop|insurer)",
                f"(?:{I_AM} )?(?:so |totally |completely |officially |absolutely )?"
                "(?:done|finished) "
                f"with (?:{YOU}|(?:{YOUR}|this) (?:company|service|airline|bank|store|brand|carrier"
                "|provider|network|place|shop|app|business|credit union|isp|insurer|lender))",
                "lost my (?:business|custom)\\b",
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
                f"(?:this|that|it)(?:{APOS}s| is| was| will be) (?:my|our) (?:very )?last "
                "(?:ever )?"
                "(?:flight|trip|order|purchase|booking|stay|visit|month|payment|bill)\\b",
                "(?:want|wants|need|wanna) out of (?:my|our|this|the) (?:\\w+ )?(?:contract"
                "|agreement|plan|lease|policy|subscription|membership|account)",
                "(?:end|ending|terminate|terminating|sever|severing|cut|cutting) (?:my|our) "
                "(?:\\w+ )?(?:relationship|ties|business) with\\b",
                "(?:goodbye|bye bye|bye-bye|farewell),? @\\w+",
                "(?:stick|sticking) (?:with|to) (?!(?:you|u|ya|yall|your|ur)\\b)(?:@\\w+|[\\w&.-]+)"
                " (?:\\w+ )?"
                "(?:from now on|in (?:the )?future|going forward|next time|for now on)\\b",
                "(?:reminded|reminding|remind|reminds) (?:me|us) why (?:i|we) (?:switched|left"
                "|stopped (?:flying|using|shopping|banking)|quit|cancell?ed|closed)\\b",
                # "makes me want to avoid your airline"
                f"avoid(?:ing)? (?:{YOU}(?: guys| all)?|(?:{YOUR} |this )?(?:company|airline"
                "|bank|carrier|network|store|brand|provider))(?=~(?:[.!?,;\\n]|$|at all costs"
                "|like the plague|from now on|in (?:the )?future|going forward|forever))",
            ],
            veto=f"{_HOW_TO}|{_ONLY_ALLOWED}",
        ),
        Rule(
            [
                # took the business to a rival: "booked myself on @rival instead"
                "(?:book|booked|booking|fly|flew|flying|drove|drive|go|going|went|use|used|using"
                "|buy|bought|switched|choose|chose|take|took|taking) (?:\\w+ ){0,3}?(?:on |with "
                "|via |through |to )?@\\w+ instead\\b",
            ],
            veto=f"{_HOW_TO}|{_COMPANY_DID_IT}",
        ),
        Rule(
            [
                "(?:switched|Switched|SWITCHED|switching|Switching|SWITCHING) (?:over )?to "
                "(?!I\\b|The\\b|A\\b|An\\b|My\\b|Our\\b|Your\\b|This\\b|That\\b)[A-Z][\\w&.-]+",
            ],
            cased=True,
            veto=f"{_HOW_TO}|{_COMPANY_DID_IT}|\\b(?:forced|made|had|have|has) to\\s+$",
        ),
        Rule(
            [
                f"(?:lost|losing|loosing|lose) (?:{_LOST}|me as (?:a |an )?(?:\\w+ )?{_PATRON})\\b"
                f"{_NOT_A_RECORD}",
                f"(?:former|ex-?) ?{_PATRON}\\b(?! (?:of|service|care|support|relations)\\b)",
                "switch(?:ed|ing)? (?:over )?to @\\w+",
            ],
            veto=f"{_HOW_TO}|{_SELF_LOSS}",
        ),
        Rule(
            [
                f"(?:never|won{APOS}?t|wont|will not|not going to|never going to|ain{APOS}?t) "
                "(?:ever )?(?:be )?(?:again )?(?:to )?(?:buy|fly|order|us(?:e|ing)|shop|book|stay"
                "|bank|deal|travel|recommend|return|c[oa]m(?:e|ing) back|go(?:ing)? back"
                "|do(?:ing)? business|purchas|rent|eat|visit|utili[sz]|choos|chose|pick"
                f"|sign(?:ing)? up|support|patroni[sz])\\w* {gap(6)}(?:again|ever again)\\b",
                "never ?again",
                # "I'd walk before I ever sign up with you again"
                f"(?:before|than) (?:i|we)(?:{APOS}d| would| will)? (?:\\w+ )?ever (?:buy|fly"
                "|order|use|shop|book|stay|bank|deal|travel|recommend|return|come back|go back"
                "|do business"
                f"|purchase|rent|sign up|choose|pick|support|utili[sz]e|set foot)\\w* {gap(6)}"
                "again\\b",
                # "in future I am not going to choose you", "won't be using you anymore"
                "(?:in (?:the )?future|from now on|going forward|next time),? (?:i|we)"
                f"(?: am| are| will|{APOS}m|{APOS}ll|{APOS}re)? (?:not going to|not gonna|never"
                f"|won{APOS}?t|will not|wont) (?:ever )?(?:choose|pick|use|fly|buy|shop|order|book"
                "|bank|deal|travel|stay)\\b",
                f"(?:won{APOS}?t|will not|not going to|not gonna|never) (?:be )?(?:choosing|using"
                "|flying|buying|shopping|ordering|booking|banking|dealing|staying|choose|use|fly"
                f"|buy|shop|order|book|bank|deal|stay) (?:with |at |from |on )?(?:{YOU}|them"
                "|@\\w+|this (?:company|airline|bank|store|carrier)) (?:any ?more|from now on"
                "|in (?:the )?future|going forward)\\b",
                "(?:not|never) (?:be )?(?:flying|using|shopping|ordering|booking|buying|banking"
                f"|staying|dealing|coming back|going back|returning) {gap(6)}(?:again|ever"
                " again)\\b",
                "never (?:ever )?(?:coming|going) back\\b",
                "nor (?:will|would|shall|do) (?:i |we )?(?:ever |evr |eva )?(?:buy|fly|order|use"
                "|shop|book|stay|bank|deal|travel|recommend|return|come back|go back)",
                "never (?:will|would|shall|again will|again would) (?:i|we) (?:ever )?(?:buy|fly"
                "|order|use|shop|book|stay|bank|deal|travel|recommend|return|come back|go back)",
                f"(?:won{APOS}?t|will not|never) be (?:back|returning|a customer|renewing)",
                f"(?:won{APOS}?t|will not|not going to|never) (?:be )?renew",
                f"(?:want to|wanna|going to|gonna|will|i{APOS}?ll|i{APOS}?m|im|we{APOS}?re) never "
                "(?:fly|use|shop|order|book|buy|bank|deal|stay)\\w*\\b"
                "(?!~(?:it|such|an? (?:\\w+ )?like)\\b)",
                "never (?:flying|using|shopping|ordering|booking|buying|banking|staying|dealing) "
                f"(?:with |at |from |on )?(?:{YOU}|{YOUR}|this|them|@)",
            ],
            negatable=False,
        ),
    ],
)
"""Threatens or announces leaving. A bare how-to ("how do I cancel my subscription?") is a question,
not a threat; "cancel my order" alone changes a purchase and is left to the complaint cues. Moving a
loan to another servicer at the customer's request is leaving too."""
