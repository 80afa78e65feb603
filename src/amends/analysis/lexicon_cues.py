"""Cues that are not requests or threats: feeling undervalued, and flat, factual complaints.

Complaint cues exist for texts with no emotion words ("Arrived 9 days late. Charged twice."), so that a
negative score can still see them. They must stay quiet on "no problem", "no worries", "never been better"
and "not bad": every rule names a concrete failure, and the negation check keeps "not damaged" out.
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, DURATION, NUMBER, YOU, YOUR, any_of, gap

# --- undervalued ---------------------------------------------------------------------------------

_LOYAL = any_of(
    "loyal",
    "long[- ]?time",
    "long[- ]standing",
    "longstanding",
    "faithful",
    "regular",
    "valued",
    "premium",
    "gold",
    "platinum",
    "silver",
    "elite",
    "vip",
    "existing",
    "lifelong",
    "devoted",
)
_MEMBER = any_of(
    "customers?",
    "members?",
    "clients?",
    "flyers?",
    "fliers?",
    "passengers?",
    "subscribers?",
    "users?",
    "shoppers?",
    "guests?",
    "account holders?",
    "cardholders?",
    "patrons?",
    "ones",
)
_TENURE = (
    f"(?:{NUMBER}|\\d+\\+?|many|so many|over \\d+|almost \\d+|nearly \\d+) (?:years?|yrs?|decades?)"
)
_STAYED = any_of(
    f"{_MEMBER}",
    "with you",
    "with u",
    "with them",
    "with this company",
    "with your company",
    "banking with you",
    "flying with you",
    "shopping with you",
    "ordering from you",
    "a member",
    "a customer",
    "been with",
    "using you",
    "using your \\w+",
    "paying you",
)

UNDERVALUED = Lexicon(
    "undervalued",
    [
        Rule(
            [
                f"(?:{_STAYED}) (?:for (?:the (?:last|past) )?|since |of )(?:{_TENURE}|(?:19|20)\\d\\d)",
                f"(?:{_TENURE}|since (?:19|20)\\d\\d) (?:as an? |of being an? |of |with {YOU} )?"
                f"(?:{_LOYAL} )?(?:{_MEMBER}|member|account|custom|loyalty|ordering|shopping|flying"
                "|banking|business)",
                f"(?:{_LOYAL}) (?:{_MEMBER}) (?:for|since|of)\\b",
                f"(?:{_LOYAL}) (?:{_MEMBER}) {gap(3)}(?:get|are|mean|count|ignored|forgotten|treated"
                f"|punished|penali[sz]ed|left|wait|matter|don{APOS}?t|clearly)",
                "(?:new customers|newcomers|new members) (?:get|are offered|receive|have)\\b",
                "(?:give|gives|offer|offers|offering|reward|rewards) new (?:customers|members)",
                "people like (?:me|us) (?:get|wait|are|pay)\\b",
                "(?:after|despite) all (?:these|those|the) years",
            ],
            negatable=False,
        ),
        Rule(
            [
                "no(?:body|[ -]one) (?:\\w+ )?(?:cares|care|listens|listened|bothered|bothers|seems to care"
                "|gives a|gave a|could be bothered|can be bothered|took me seriously|takes me seriously)",
                f"(?:{YOU}|they|this company|{YOUR} company|{YOUR} staff) (?:clearly |obviously |just |really "
                f"|simply )?(?:don{APOS}?t|do not|didn{APOS}?t|did not|never|couldn{APOS}?t|could not"
                f"|can{APOS}?t|cannot) (?:seem to |even )?(?:care|listen|value|give a|be bothered"
                "|appreciate|respect)",
                f"(?:don{APOS}?t|do not|doesn{APOS}?t|does not) (?:seem to )?(?:value|appreciate|respect"
                "|care about) (?:your|their|its|loyal|long|existing|regular)\\b",
                f"(?:{YOU}|they) (?:don{APOS}?t|do not) (?:care|give a)",
                "(?:ignored|ignoring|ignores|disregarded|brushed off|fobbed off|dismissed|overlooked"
                "|left on read|talked down to|patroni[sz]ed|forgotten about)",
                "treated (?:me )?(?:like|as) (?:a number|dirt|crap|rubbish|garbage|an idiot|a criminal"
                "|a nobody|an inconvenience|a liar|a child|trash|nothing)",
                f"(?:is|that{APOS}?s|this is|what a|the|t[he]{{2}}) (?:how {YOU} treat|thanks i get"
                "|thanks we get|reward i get|reward for (?:loyalty|being loyal|sticking))",
                f"(?:mean|means|meant) (?:nothing|zero) to (?:{YOU}|them|this company|{YOUR} company)",
                "(?:loyalty|customers|years|custom) (?:clearly |obviously )?(?:mean|means|count for"
                "|counts for) (?:nothing|zero|little)",
                "(?:count|counts|counted) for something",
                f"(?:{YOU}{APOS}?d|you would|one would) (?:think|expect|hope) {gap(6)}(?:would|should|might)"
                " (?:get|earn|count|mean|matter|buy)",
                "(?:lack of|no|zero|without any) (?:recognition|respect|appreciation|loyalty)",
                "(?:second|2nd)[- ]class (?:customer|citizen|passenger|treatment)",
                f"like (?:i|we) (?:don{APOS}?t|do not) (?:matter|exist|count)",
                f"(?:i|we) (?:don{APOS}?t|do not) matter",
            ],
            negatable=True,
            reach=2,
        ),
    ],
)
"""Feels undervalued or ignored: long loyalty set against poor treatment, or nobody caring."""

# --- complaint -----------------------------------------------------------------------------------

_LATE_UNIT = any_of("days?", "weeks?", "hours?", "hrs?", "minutes?", "mins?", "months?")
_ABSENT = any_of(
    "information",
    "info",
    "update",
    "updates",
    "response",
    "reply",
    "replies",
    "explanation",
    "answer",
    "answers",
    "communication",
    "word",
    "sign of",
    "refund",
    "help",
    "resolution",
    "confirmation",
    "tracking",
    "notification",
    "call",
    "callback",
    "call back",
    "email",
    "apology",
    "compensation",
    "contact",
    "follow-up",
    "follow up",
    "warning",
    "notice",
    "support",
    "wifi",
    "power",
    "signal",
    "internet",
    "hot water",
    "heating",
    "service",
)
_THING = any_of(
    "order",
    "refund",
    "parcel",
    "package",
    "delivery",
    "item",
    "items",
    "money",
    "bag",
    "bags",
    "luggage",
    "baggage",
    "suitcase",
    "card",
    "replacement",
    "credit",
    "voucher",
    "shipment",
    "product",
    "letter",
    "reimbursement",
    "deposit",
    "payment",
    "statement",
    "code",
    "ticket",
    "tickets",
    "confirmation",
    "invoice",
    "receipt",
    "cheque",
    "check",
)
_WRONG = any_of(
    "amount",
    "item",
    "items",
    "size",
    "colou?r",
    "address",
    "order",
    "product",
    "charge",
    "bill",
    "price",
    "seat",
    "flight",
    "name",
    "one",
    "model",
    "part",
    "date",
    "information",
    "info",
    "balance",
    "total",
    "account",
    "invoice",
    "change",
    "number",
    "fare",
    "rate",
)
_BROKEN = any_of(
    "broken",
    "broke",
    "damaged",
    "smashed",
    "cracked",
    "dented",
    "torn",
    "ripped",
    "leaking",
    "leaks",
    "faulty",
    "defective",
    "scratched",
    "shattered",
    "stained",
    "snapped",
    "bent",
    "crushed",
    "mouldy",
    "moldy",
    "expired",
    "rotten",
    "unusable",
    "unsafe",
    "wobbles",
    "wobbly",
    "malfunctioning",
    "not working",
    "stopped working",
    f"doesn{APOS}?t work",
    "does not work",
    f"didn{APOS}?t work",
    "did not work",
    f"won{APOS}?t work",
    f"isn{APOS}?t working",
    f"wasn{APOS}?t working",
    "never worked",
    "keeps? (?:freezing|crashing|breaking|failing)",
    "fell apart",
    "falling apart",
    "came apart",
    "developed a fault",
    "has a fault",
    "a crack",
    "a dent",
    "a hole",
    "a leak",
    "dead on arrival",
    "doa",
)
_CANT = any_of(
    "log ?in",
    "sign ?in",
    "login",
    "access",
    "activate",
    "reset",
    "connect",
    "check ?in",
    "get through",
    "use",
    "book",
    "pay",
    "open",
    "download",
    "install",
    "update",
    "cancel",
    "unsubscribe",
    "redeem",
    "verify",
    "find (?:my|our|the) \\w+",
    "track",
    "reach",
    "contact",
    "load",
    "make a payment",
    "get into",
    "get in to",
    "get onto",
    "withdraw",
    "transfer",
    "get a refund",
    "get my money",
)

_PUT_RIGHT = (
    r"\b(?:fix(?:ed|ing)?|sort(?:ed|ing)(?: out)?|resolv(?:ed|ing)|thanks?(?: \w+)? for|apologi[sz]ed"
    r" for|sorry (?:about|for)|no)\b[^,.!?]*$"
)
"""Trouble already put right is no complaint: "thanks for fixing the order mix-up"."""

COMPLAINT = Lexicon(
    "complaint",
    [
        Rule(
            [
                f"(?:{NUMBER}) (?:{_LATE_UNIT}) (?:late|overdue|behind|past (?:the )?(?:due|promised|"
                "expected|quoted|delivery) date|later than)",
                "(?:arrived|came|delivered|showed up|turned up|landed|departed|left) (?:\\w+ )?late",
                "(?:late|delayed|missed|lost|cancell?ed|overbooked|oversold|diverted|bumped)"
                " (?:again|delivery|arrival|departure|flight|parcel|package|order|connection|shipment)",
                "(?:delayed|delays|delay|late flight|late flightr)\\b",
                f"past (?:the )?(?:due|promised|expected|quoted|delivery|agreed) date",
                "behind schedule",
                f"(?:still )?(?:has not|hasn{APOS}?t|have not|haven{APOS}?t|never|not|didn{APOS}?t|did not"
                f"|wasn{APOS}?t|was not|still not|yet to be|yet to) (?:been )?(?:arrived?(?!~(?:damaged"
                "|broken|late|dented|scratched))|came|come"
                "|delivered|received|turned up|shown up|showed up|refunded|credited|processed|resolved"
                "|fixed|sorted|repaired|replaced|returned|dispatched|shipped)",
                f"(?:no|never got (?:a|an|any)|never received (?:a|an|any)|without (?:a|an|any)|still no"
                f"|not a single|zero|not one|not any|not even an?) (?:{_ABSENT})\\b"
                "(?!~(?:needed|necessary|required|worries|problem))",
                f"(?:missing|vanished|disappeared|nowhere to be (?:seen|found)|gone missing|went missing)",
                f"(?:lost|misplaced|mislaid) (?:my|our|the|all) (?:{_THING})",
                f"(?:where{APOS}?s|where is|where are) (?:my|our|the) (?:{_THING})",
                f"(?:charged|billed|debited|took payment)(?: me| us)? (?:{gap(3)})(?:twice|two times"
                "|three times|double|2x|again|for (?:something|items?) (?:i|we) (?:didn|did not|never))",
                "(?:double|triple)[- ]?(?:charged|billed|charge|billing|payment)",
                "(?:over|over-)(?:charged|billed)|overcharge",
                f"(?:wrong|incorrect|inaccurate) (?:{_WRONG})\\b",
                f"(?:incorrect|incorrectly|mis-?charged|mis-?sold|not what (?:i|we) (?:ordered|paid for"
                f"|asked for|agreed)|doesn{APOS}?t match|does not match|mix[- ]?up|unauthori[sz]ed)",
                "(?:duplicate|extra|hidden|unexpected|surprise|unexplained|unknown|random) "
                "(?:charges?|payments?|fees?|transactions?|debits?)",
                "(?:two|2|three|3) (?:matching |identical |separate )?charges|two matching payments",
                f"(?:{_BROKEN})\\b",
                f"(?:can{APOS}?t|cannot|can not|unable to|couldn{APOS}?t|could not|won{APOS}?t let me"
                f"|not able to) (?:{_CANT})\\b",
                "locked out|(?:an? )?error(?: message| code)?\\b|glitch|bug\\b|crash(?:es|ed|ing)?"
                "|outage|failed|failure|fails|froze",
                "(?:site|website|app|service|system|network|internet|wifi|server|phone line|portal|line)s? "
                "(?:is|was|are|went|has been|keeps going|always) down\\b",
                "(?:claim|application|payment|card|transaction|refund|request|appeal|dispute)s? "
                "(?:was |were |got |has been |keeps getting |keep getting |is )?(?:declined|rejected"
                "|denied|refused)",
                f"(?:cancell?ed|cxld|cancelled flightled|cancelled flighted) (?:my|our|the) (?:\\w+ )?"
                "(?:flight|order|booking|reservation|appointment|delivery|trip|ticket|connection)",
                "(?:flight|order|booking|reservation|appointment|delivery|trip|train|bus) "
                "(?:was|got|has been|had been|is|been) (?:cancell?ed|cancelled flightled|cancelled flighted)",
                "cancelled flight(?:led|ed)?",
                "stranded|stuck at|missed (?:my|our|the) (?:connection|connecting flight|flight|train)",
                f"(?:{DURATION}) (?:on the tarmac|at the gate|on the plane|on the runway|late|delay)",
                "(?:rude|unhelpful|dismissive|hung up|hang up|ended the chat|closed the chat|refused to"
                "|cut me off|disconnected)",
                "(?:complain|complaint|complaining)\\b(?!~(?:team|department|dept|line|process|form))",
                "(?:unacceptable|not acceptable|not good enough|poor service|bad service)",
            ],
            negatable=True,
            reach=3,
            veto=_PUT_RIGHT,
        ),
        Rule(
            [
                f"past the (?:date|day|time) (?:{YOU}|they|we were|i was) (?:gave|quoted|promised|said"
                "|told|stated)",
                f"never (?:got|received|saw|had) (?:my|our|the|a|an|any) (?:{_THING})",
                f"(?:where{APOS}?s|where is|where are) (?:order|parcel|package|refund) #?\\d",
                "(?:taken|debited|deducted|came out|charged|billed|paid|billing|charging) "
                f"{gap(3)}"
                "(?:twice|two times|three times)",
                "still being (?:charged|billed)|still (?:charging|billing) (?:me|us)",
                "charged (?:wrongly|incorrectly|after (?:i|we) cancell?ed)",
                "(?:two|2) (?:identical|matching|duplicate) (?:payments|charges|transactions|debits)",
                "should (?:be|have been|cost|only be) (?:\\$|£|€)~\\d",
                "[$£€]~\\d[\\d.,]* (?:not|instead of|vs|vs\\.|versus|rather than|but (?:the )?"
                "(?:price|checkout|listed|quoted) (?:was|said)) (?:\\$|£|€)?~\\d",
                "(?:price|payment|amount) mismatch|out of nowhere|without (?:any )?(?:warning|notice)",
                f"(?:neither|none of them|nothing) (?:one )?(?:works?|worked)",
                "no(?:body| one|-one) (?:can|could|seems able to) (?:explain|tell me|help)",
                f"(?:needs|need) (?:some |a lot of )?work|(?:is|was|it{APOS}?s) a (?:pain|nightmare|maze"
                "|mess|disaster|shambles)|(?:feels?|looks?|felt) (?:cheap|flimsy|fragile|nothing like)"
                "|flimsy|poor quality|low quality|cheaply made|not as (?:described|pictured|advertised)",
                "(?:died|quit|gave up|packed up|conked out) (?:after|within)",
                "(?:marked|shows?|showing|listed|says) (?:as )?delivered|nothing (?:here|arrived|came)",
                "an? (?:long |deep |big |huge |small )?(?:crack|gouge|dent|scratch|hole|tear|chip|stain)"
                "|rattles?|rattling|fray(?:s|ing)?|(?:grinding|clicking|buzzing|strange|weird|loud) noise",
                "still (?:charged|billed|taking (?:money|payments?))|stop taking (?:money|payments?)",
                "(?:ended|cut off|terminated|dropped) (?:my|the) call|hung up on (?:me|us)",
                "no(?:body| one|-one) (?:warned|told|informed|notified|let) (?:me|us)",
                f"(?:after|later than|longer than) (?:{YOU}|they|the (?:website|site|app)) (?:said|promised"
                "|quoted)|(?:got here|arrived|came|turned up) (?:a|an|\\d+|one|two|three|four|five) "
                "(?:days?|weeks?) after",
                "slow (?:delivery|service|response|shipping|refund)",
                "loose in the box|no padding|(?:poorly|badly|carelessly) packed|(?:doesn|does not)"
                f"{APOS}?t exist",
                "but (?:the )?(?:checkout|website|site|app|price|listing|advert|ad|quote) (?:said|showed"
                "|says|shows)|advertised (?:at|as)",
                "(?:much )?(?:smaller|bigger|different|thinner|worse) than (?:the )?(?:photos?|pictures?"
                "|described|advertised|shown|expected)",
                "same (?:fault|problem|issue|defect)|(?:attitude|sarcasm) instead|rolled (?:their|her"
                "|his) eyes|talked (?:over|down to) me|laughed at (?:me|my)",
            ],
            negatable=True,
            reach=3,
            veto=_PUT_RIGHT,
        ),
    ],
)
"""Factual complaint cues: delays, absences, billing errors, failures, cancellations done to the
customer. The wording of waits, transfers, repeats and broken promises is added from the signals."""

__all__ = ["COMPLAINT", "UNDERVALUED"]
