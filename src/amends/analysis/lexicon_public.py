"""Threats to take a complaint public or outside: reviews, social media, press, lawyers, regulators,
and the card issuer (a chargeback puts a third party between customer and company).

Negation-aware: "I won't post a review" and "I'm not going to sue" deny the threat.
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, YOUR, any_of, gap, phrases, words

_POST = words(
    "post posting posted share sharing shared put putting blast blasting publish publishing "
    "spread spreading broadcast plaster plastering"
)
_REVIEWING = words(
    "give giving gave given leave leaving left post posting posted write writing wrote written "
    "rate rating rated put putting publish publishing submit submitting drop dropping"
)
_SAY = words(
    "write writing complain complaining talk talking tell telling warn warning rant ranting "
    "tweet tweeting"
)
_OUT_THERE = any_of(
    "forums?",
    "review sites?",
    *phrases(
        "online social_media yelp trustpilot tripadvisor google facebook twitter instagram tiktok "
        "reddit youtube linkedin every_forum the_internet my_blog my_channel all_my_socials "
        "socials every_platform"
    ),
)
_PRESS = any_of(
    "newspapers?",
    "news stations?",
    "news channels?",
    "reporters?",
    "journalists?",
    *phrases("press news local_news media tv television watchdog consumer_show radio"),
)
_REGULATOR = any_of(
    "attorneys? general",
    "regulators?",
    "public utilit(?:y|ies) commission",
    *phrases(
        "better_business_bureau ombudsman trading_standards consumer_protection consumer_affairs "
        "consumer_rights consumer_council consumer_watchdog the_regulator "
        "department_of_transportation consumer_financial_protection_bureau "
        "federal_trade_commission federal_communications_commission public_service_commission "
        "insurance_commissioner state_insurance_department ofcom ofgem ofwat bbb cfpb fcc ftc fca "
        "cpuc citizens_advice"
    ),
)
_LEGAL = any_of(
    "lawyers?",
    "(?<!power\\sof\\s)attorneys?",
    "solicitors?",
    "lawsuits?",
    *phrases(
        "law_suit legal_action legal_advice legal_proceedings legal_route legal_team litigation "
        "class_action small_claims suing sued legal_department"
    ),
)
_TOLD_ALL = (
    "(?:every(?:one|body)|all my friends|my friends|my family|the world|people|others"
    "|other customers|the internet)"
)
_INTERESTED_MEDIA = (
    "(?:journalists?|reporters?|newspapers?|local news|news (?:station|channel|desk|team)s?"
    "|tv (?:station|channel|show)s?|watchdog|consumer (?:show|programme|program)s?)"
)

PUBLIC = Lexicon(
    "public_escalation_threat",
    [
        Rule(
            [
                "(?:1|one|zero|0|no|a single)[- ]?stars? (?:reviews?|ratings?)",
                f"{_REVIEWING} (?:you |it |this |them |the \\w+ )?(?:an? |my )?"
                "(?:1|one|zero|0|no|minus \\d+)[- ]?stars?\\b",
                f"{_REVIEWING} (?:up )?(?:an? |my |some |this |it |about (?:it|this) |a few )?"
                f"{gap(2)}reviews?\\b",
                "(?:reviews?|posts?) (?:going up|incoming|coming|will follow|to follow)",
                f"(?:{_POST}|{_SAY}) (?:this |it |about (?:it|this) |my (?:experience|story) )?"
                "(?:online|everywhere|all over (?:the internet|social media)|on social media)",
                f"{_SAY} about (?:this|it|you|{YOUR} \\w+) (?:on|to|across|all over|in) "
                f"{gap(2)}{_OUT_THERE}\\b",
                "(?:every|all the) (?:forums?|review sites?|platforms?) i (?:use|know|can)",
                "(?:go|going|gone|went|goes) viral",
                f"(?:tell|telling|told|let|inform|warn|warning) {_TOLD_ALL}",
                "(?:every(?:one|body) i know|all my friends|my friends(?: and family)?"
                "|the whole world|the world|everyone) (?:will|is going to|are going to|gonna) "
                "(?:hear|know)",
                "(?:as a |a )?warning to (?:others|other customers|everyone|people)",
                "so (?:that )?others (?:know|are warned|can avoid)",
                "(?:contact|contacting|call|calling|go|going|went|tell|telling|alert|alerting"
                "|tip off|write to|writing to|reach out to|reaching out to) (?:to )?"
                f"(?:the |my |a |local |our )*{_PRESS}\\b",
                f"(?:an? |the |local |some )*{_INTERESTED_MEDIA} (?:would|might|will|could|may) "
                "(?:be (?:very )?interested|like|love|want|enjoy)",
                f"{_LEGAL}\\b",
                f"(?:to|will|gonna|i{APOS}?ll|could|can|should|might|and|or|going to|plan to"
                "|intend to|threatening to|threatened to) sue\\b",
                "(?:take|taking|see) (?:you|u|them|this|it|the company) (?:to|in) court",
                f"{_REGULATOR}\\b",
                f"report(?:ing|ed)? (?:you|u|them|this|it|{YOUR} company|the company) to\\b",
                "(?:file|filing|lodge|lodging|submit|submitting|make|making) (?:a |an )?"
                "(?:formal )?complaints? (?:with|to) (?:the |my )?(?!you\\b|u\\b)\\w+",
                "chargebacks?",
                "(?:a|file|filing|request|requesting|initiate|initiating|do) (?:a )?"
                "charge[- ]backs?",
                "dispute (?:the|this|these|that) (?:charges?|transactions?|payments?) with",
            ],
        ),
        Rule(
            [f"{_POST} {gap(5)}(?:on|to|across|all over|in) {gap(2)}{_OUT_THERE}\\b"],
            veto=r"\b(?:a|the|your|ur|this|my|that|his|her|their|saw|seen|read|are|is|was|were)"
            r"\s*$",
        ),
        Rule(["DOT\\b|BBB\\b|CFPB\\b|FCC\\b|FTC\\b|FAA\\b|FCA\\b|CAA\\b"], cased=True),
    ],
)
"""Acronyms are matched in capitals only: "dot" and "caa" are ordinary words in lower case."""
