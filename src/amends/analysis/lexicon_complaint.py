"""Flat, factual complaint cues: delays, absences, billing errors, failures, cancellations done to
the customer.

They exist for texts with no emotion words ("Arrived 9 days late. Charged twice."), so that a
negative score can still see them. They must stay quiet on "no problem", "no worries", "never been
better" and "not bad": every rule names a concrete failure, the negation check keeps "not damaged"
out, and trouble already put right ("thanks for fixing the mix-up") is vetoed. (The wording of
waits, transfers, repeats and broken promises is added by ``cues.detect_complaint``.)
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, DURATION, NUMBER, YOU, any_of, gap, phrases, words

_LATE_UNIT = "(?:days?|weeks?|hours?|hrs?|minutes?|mins?|months?)"
_ABSENT = words(
    "information info update updates response reply replies explanation answer answers "
    "communication word sign_of refund help resolution confirmation tracking notification call "
    "callback call_back email apology compensation contact follow-up follow_up warning notice "
    "support wifi power signal internet hot_water heating service"
)
_THING = words(
    "order refund parcel package delivery item items money bag bags luggage baggage suitcase card "
    "replacement credit voucher shipment product letter reimbursement deposit payment statement "
    "code ticket tickets confirmation invoice receipt cheque check"
)
_WRONG = any_of(
    "colou?r",
    *(
        "amount item items size address order product charge bill price seat flight name one "
        "model part date information info balance total account invoice change number fare rate"
    ).split(),
)
_BROKEN = any_of(
    f"doesn{APOS}?t work",
    f"didn{APOS}?t work",
    f"won{APOS}?t work",
    f"isn{APOS}?t working",
    f"wasn{APOS}?t working",
    "keeps? (?:freezing|crashing|breaking|failing)",
    *phrases(
        "broken broke damaged smashed cracked dented torn ripped leaking leaks faulty defective "
        "scratched shattered stained snapped bent crushed mouldy moldy expired rotten unusable "
        "unsafe wobbles wobbly malfunctioning not_working stopped_working does_not_work "
        "did_not_work never_worked fell_apart falling_apart came_apart developed_a_fault "
        "has_a_fault a_crack a_dent a_hole a_leak dead_on_arrival doa"
    ),
)
_CANT = any_of(
    "log ?in",
    "sign ?in",
    "check ?in",
    "find (?:my|our|the) \\w+",
    *phrases(
        "login access activate reset connect get_through use book pay open download install update "
        "cancel unsubscribe redeem verify track reach contact load make_a_payment get_into "
        "get_in_to get_onto withdraw transfer get_a_refund get_my_money"
    ),
)
_UNABLE = (
    f"(?:can{APOS}?t|cannot|can not|unable to|couldn{APOS}?t|could not|won{APOS}?t let me"
    "|not able to)"
)
_NOT_YET = (
    f"(?:still )?(?:has not|hasn{APOS}?t|have not|haven{APOS}?t|never|not|didn{APOS}?t|did not"
    f"|wasn{APOS}?t|was not|still not|yet to be|yet to)"
)
_DONE_TO_ME = (
    "(?:arrived?(?!~(?:damaged|broken|late|dented|scratched))|came|come|delivered|received"
    "|turned up|shown up|showed up|refunded|credited|processed|resolved|fixed|sorted|repaired"
    "|replaced|returned|dispatched|shipped)"
)
_CANCELLED = "(?:cancell?ed|cxld|cancelled flightled|cancelled flighted)"
_BOOKING = "(?:flight|order|booking|reservation|appointment|delivery|trip|ticket|connection)"
_MONEY = "[$\u00a3\u20ac]"

_PUT_RIGHT = (
    r"\b(?:fix(?:ed|ing)?|sort(?:ed|ing)(?: out)?|resolv(?:ed|ing)|thanks?(?: \w+)? for"
    r"|apologi[sz]ed for|sorry (?:about|for))\b[^,.!?]*$"
)
"""Trouble already put right is no complaint: "thanks for fixing the order mix-up"."""

_DELAYS_AND_ABSENCES = Rule(
    [
        f"{NUMBER} {_LATE_UNIT} (?:late|overdue|behind|past (?:the )?(?:due|promised|expected"
        "|quoted|delivery) date|later than)",
        "(?:arrived|came|delivered|showed up|turned up|landed|departed|left) (?:\\w+ )?late",
        "(?:late|delayed|missed|lost|cancell?ed|overbooked|oversold|diverted|bumped) (?:again"
        "|delivery|arrival|departure|flight|parcel|package|order|connection|shipment)",
        "(?:delayed|delays|delay|late flight|late flightr)\\b",
        "past (?:the )?(?:due|promised|expected|quoted|delivery|agreed) date",
        "behind schedule",
        f"{_NOT_YET} (?:been )?{_DONE_TO_ME}",
        f"(?:no|never got (?:a|an|any)|never received (?:a|an|any)|without (?:a|an|any)|still no"
        f"|not a single|zero|not one|not any|not even an?) {_ABSENT}\\b"
        "(?!~(?:needed|necessary|required|worries|problem))",
        "missing|vanished|disappeared|nowhere to be (?:seen|found)|gone missing|went missing",
        f"(?:lost|misplaced|mislaid) (?:my|our|the|all) {_THING}",
        f"(?:where{APOS}?s|where is|where are) (?:my|our|the) {_THING}",
        f"(?:where{APOS}?s|where is|where are) (?:order|parcel|package|refund) #?\\d",
        f"never (?:got|received|saw|had) (?:my|our|the|a|an|any) {_THING}",
        f"{_CANCELLED} (?:my|our|the) (?:\\w+ )?{_BOOKING}",
        "(?:flight|order|booking|reservation|appointment|delivery|trip|train|bus) "
        f"(?:was|got|has been|had been|is|been) {_CANCELLED}",
        "cancelled flight(?:led|ed)?",
        "stranded|stuck at|missed (?:my|our|the) (?:connection|connecting flight|flight|train)",
        f"{DURATION} (?:on the tarmac|at the gate|on the plane|on the runway|late|delay)",
        "(?:marked|shows?|showing|listed|says) (?:as )?delivered|nothing (?:here|arrived|came)",
        f"past the (?:date|day|time) (?:{YOU}|they|we were|i was) (?:gave|quoted|promised|said"
        "|told|stated)",
        f"(?:after|later than|longer than) (?:{YOU}|they|the (?:website|site|app)) (?:said"
        "|promised|quoted)",
        "(?:got here|arrived|came|turned up) (?:a|an|\\d+|one|two|three|four|five) (?:days?|weeks?)"
        " after",
        "slow (?:delivery|service|response|shipping|refund)",
        "no(?:body| one|-one) (?:warned|told|informed|notified|let) (?:me|us)",
    ],
    reach=3,
    veto=_PUT_RIGHT,
)

_BILLING = Rule(
    [
        f"(?:charged|billed|debited|took payment)(?: me| us)? {gap(3)}(?:twice|two times"
        "|three times|double|2x|again|for (?:something|items?) (?:i|we) (?:didn|did not|never))",
        "(?:taken|debited|deducted|came out|charged|billed|paid|billing|charging) "
        f"{gap(3)}(?:twice|two times|three times)",
        "(?:double|triple)[- ]?(?:charged|billed|charge|billing|payment)",
        "(?:over|over-)(?:charged|billed)|overcharge",
        f"(?:wrong|incorrect|inaccurate) {_WRONG}\\b",
        "incorrect|incorrectly|mis-?charged|mis-?sold|mix[- ]?up|unauthori[sz]ed",
        f"not what (?:i|we) (?:ordered|paid for|asked for|agreed)|(?:doesn{APOS}?t|does not) match",
        "(?:duplicate|extra|hidden|unexpected|surprise|unexplained|unknown|random) "
        "(?:charges?|payments?|fees?|transactions?|debits?)",
        "(?:two|2|three|3) (?:matching |identical |separate )?charges",
        "(?:two|2) (?:identical|matching|duplicate) (?:payments|charges|transactions|debits)",
        "still being (?:charged|billed)|still (?:charging|billing) (?:me|us)",
        "still (?:charged|billed|taking (?:money|payments?))|stop taking (?:money|payments?)",
        "charged (?:wrongly|incorrectly|after (?:i|we) cancell?ed)",
        f"should (?:be|have been|cost|only be) {_MONEY}~\\d",
        f"{_MONEY}~\\d[\\d.,]* (?:not|instead of|vs|vs\\.|versus|rather than|but (?:the )?"
        f"(?:price|checkout|listed|quoted) (?:was|said)) {_MONEY}?~\\d",
        "(?:price|payment|amount) mismatch|out of nowhere|without (?:any )?(?:warning|notice)",
        "but (?:the )?(?:checkout|website|site|app|price|listing|advert|ad|quote) (?:said|showed"
        "|says|shows)|advertised (?:at|as)",
        "(?:claim|application|payment|card|transaction|refund|request|appeal|dispute)s? "
        "(?:was |were |got |has been |keeps getting |keep getting |is )?(?:declined|rejected"
        "|denied|refused)",
    ],
    reach=3,
    veto=_PUT_RIGHT,
)

_FAULTS = Rule(
    [
        f"{_BROKEN}\\b",
        f"{_UNABLE} {_CANT}\\b",
        "locked out|(?:an? )?error(?: message| code)?\\b|glitch|bug\\b|crash(?:es|ed|ing)?"
        "|outage|failed|failure|fails|froze",
        "(?:site|website|app|service|system|network|internet|wifi|server|phone line|portal"
        "|line)s? (?:is|was|are|went|has been|keeps going|always) down\\b",
        "(?:neither|none of them|nothing) (?:one )?(?:works?|worked)",
        f"(?:doesn{APOS}?t|does not) exist",
        "(?:needs|need) (?:some |a lot of )?work",
        f"(?:is|was|it{APOS}?s) a (?:pain|nightmare|maze|mess|disaster|shambles)",
        "(?:feels?|looks?|felt) (?:cheap|flimsy|fragile|nothing like)|flimsy|poor quality"
        "|low quality|cheaply made|not as (?:described|pictured|advertised)",
        "(?:much )?(?:smaller|bigger|different|thinner|worse) than (?:the )?(?:photos?|pictures?"
        "|described|advertised|shown|expected)",
        "(?:died|quit|gave up|packed up|conked out) (?:after|within)",
        "an? (?:long |deep |big |huge |small )?(?:crack|gouge|dent|scratch|hole|tear|chip|stain)",
        "rattles?|rattling|fray(?:s|ing)?|(?:grinding|clicking|buzzing|strange|weird|loud) noise",
        "loose in the box|no padding|(?:poorly|badly|carelessly) packed",
        "same (?:fault|problem|issue|defect)",
    ],
    reach=3,
    veto=_PUT_RIGHT,
)

_TREATMENT = Rule(
    [
        "rude|unhelpful|dismissive|hung up|hang up|ended the chat|closed the chat|refused to"
        "|cut me off|disconnected",
        "(?:ended|cut off|terminated|dropped) (?:my|the) call|hung up on (?:me|us)",
        "(?:attitude|sarcasm) instead|rolled (?:their|her|his) eyes|talked (?:over|down to) me"
        "|laughed at (?:me|my)",
        "no(?:body| one|-one) (?:can|could|seems able to) (?:explain|tell me|help)",
        "(?:complain|complaint|complaining)\\b(?!~(?:team|department|dept|line|process|form))",
        "unacceptable|not acceptable|not good enough|poor service|bad service",
    ],
    reach=3,
    veto=_PUT_RIGHT,
)

COMPLAINT = Lexicon("complaint", [_DELAYS_AND_ABSENCES, _BILLING, _FAULTS, _TREATMENT])
"""Factual complaint cues, grouped by kind; each kind is negation-aware ("not damaged")."""
