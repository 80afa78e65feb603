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
    "(?:attorneys?|atty)[- ]generals?",
    "regulators?",
    "public utilit(?:y|ies) commission",
    "(?:district|state) attorneys?(?![- ]generals?)",
    "senators?",
    "congress(?:man|woman|person|men|women)",
    "congressional (?:representatives?|offices?)",
    "(?:state|elected|government|local) (?:representatives?|legislators?|officials?)",
    "members? of (?:congress|parliament)",
    "(?:my|our|local) (?:mp|assembly(?:man|woman|member)|councill?or|council ?(?:man|woman|member)"
    "|mayor|governor)",
    "state (?:regulators?|banking (?:department|commission|regulators?)|insurance (?:department"
    "|commissioner)|department of (?:banking|financial|insurance)\\w*)",
    "department of (?:banking|financial services|insurance|justice)",
    "state agenc(?:y|ies)",
    "consumer rights (?:groups?|organi[sz]ations?|agency|body|advocates?)",
    *phrases(
        "better_business_bureau ombudsman trading_standards consumer_affairs consumer_council "
        "consumer_watchdog the_regulator department_of_transportation "
        "federal_communications_commission public_service_commission insurance_commissioner "
        "state_insurance_department ofcom ofgem ofwat bbb fcc cpuc citizens_advice "
        "justice_department securities_and_exchange_commission postal_inspection comptroller "
        "federal_reserve"
    ),
)
"""Bodies outside the company. The CFPB is not among them: a CFPB complaint is where these texts
come from, and the brief does not count a threat to report to it either."""

_LAWYER = any_of(
    "lawyers?",
    "attorneys?(?![- ]generals?)",
    "solicitors?",
    "barristers?",
    "law ?firms?",
    "law offices?",
    *phrases(
        "legal_counsel legal_representation legal_advice legal_aid legal_team counsel legal_firm"
    ),
)
_CONSULT = words(
    "contact contacted contacting consult consulted consulting hire hired hiring retain retained "
    "retaining get getting got engage engaged engaging involve involving seek seeking sought call "
    "called calling speak_to speaking_to spoke_to spoken_to speak_with spoke_with talk_to "
    "talked_to talking_to write_to wrote_to written_to writing_to email emailed see go_to "
    "going_to went_to forward_this_to forwarded_this_to refer_this_to referred_this_to "
    "hand_this_to hand_this_over_to handed_this_to turn_this_over_to passing_this_to "
    "next_stop_is next_step_is"
)
_LAWSUIT = any_of(
    "legal (?:action|proceedings|remedy|remedies|recourse|steps|route|options)",
    "(?:a )?(?:(?:civil|federal|formal) )?(?:law ?suits?|litigation|court action"
    "|court proceedings)",
    "(?<=file\\s)(?:a )?suit",
)
_PURSUE = words(
    "take taking took pursue pursuing seek seeking initiate initiating file filing bring "
    "bringing start starting begin beginning consider considering explore exploring commence "
    "research researching look_into looking_into weigh weighing discuss discussing "
    "commencing resort_to proceed_with proceeding_with threatened threatening escalate_to "
    "escalating_to prepared_to_take further_legal the_point_of result_in resulting_in lead_to "
    "leading_to"
)
_THEY_DID_IT = (
    r"\b(?:they|he|she|it|company|collector|collectors|agency|lender|bank|creditor|who|which"
    r"|being|been)\b[^,.;]*$|\b(?:me|us)\s+(?:with\s+)?(?:an?\s+|further\s+)?$"
    r"|\bwaiv\w*\b[^,.;]*$"
)
"""The company's or a collector's lawsuit is no threat by the customer: "they threatened legal
action", "we are now being sued"."""

_NOT_THE_CUSTOMER = (
    r"\b(?:they|he|she|agents?|staff|crew|employees?|company|who|people|allow(?:ed|s)?|let"
    r"|able)\b(?:\s+\w+){0,2}\s+(?:to\s+)?$|\bif\s+(?:\w+\s+){0,2}$"
)
"""Someone else doing the telling ("if agents let people know what's happening") or a review the
site will not allow ("why don't you allow to publish a review") threatens nothing."""

_SENT_THERE = (
    r"\b(?:asked|told|advised|instructed|suggested|recommended|said|referred|directed|sent)\s+(?:me"
    r"|us)\s+(?:to\s+)?(?:\w+\s+){0,2}$"
)
"""A body the company sends the customer to ("they told me to call my congressman") is their
brush-off, not the customer's threat."""

_MEDIA_HANDLE = (
    "[@#](?:wsj|nytimes|latimes|washingtonpost|washpost|usatoday|cnn|cnnbrk|cnbc|foxnews|nbcnews"
    "|abcnews|cbsnews|msnbc|bbcnews|bbcbreaking|bbcworld|reuters|huffpost|buzzfeed|forbes"
    "|bloomberg|guardian|chicagotribune|nypost|nbc|abc|cbs|gma|todayshow|consumerist|whichuk"
    "|media|news|press|journalism|(?:abc|nbc|cbs|fox|kare|wsb|wral|pix)\\d+\\w*)\\b"
)
"""Tagging the press is taking it public, local stations too ("@abc7news", "@fox5ny")."""

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
                "(?:reviews?|posts?) (?:going up|incoming|coming|will follow|to follow)",
                f"(?:{_POST}|{_SAY}) (?:this |it |about (?:it|this) |my (?:experience|story) )?"
                "(?:online|everywhere|all over (?:the internet|social media)|on social media)",
                f"{_SAY} about (?:this|it|you|{YOUR} \\w+) (?:on|to|across|all over|in) "
                f"{gap(2)}{_OUT_THERE}\\b",
                "(?:every|all the) (?:forums?|review sites?|platforms?) i (?:use|know|can)",
                "(?:go|going|gone|went|goes) viral",
                "(?:every(?:one|body) i know|all my friends|my friends(?: and family)?"
                "|the whole world|the world|everyone) (?:will|is going to|are going to|gonna) "
                "(?:hear|know)",
                f"(?:make sure|ensure|see to it)(?: that)? {_TOLD_ALL} (?:\\w+ ){{0,2}}?(?:knows?"
                "|hears?|finds? out|learns?|is aware|are aware)\\b",
                "(?:this|it|that|my (?:experience|story|review)) (?:will be|is going to be|is going"
                f"|goes|is going up|will go) (?:up )?(?:on|all over) (?:the )?{_OUT_THERE}\\b",
                "(?:as a |a )?warning to (?:others|other customers|everyone|people)",
                "(?:this|it|that|story|you|your company) (?:will be|is going to be|gonna be"
                "|going to"
                " be|would be|could be|might be) (?:in|on) (?:the )?(?:news|press|papers?"
                "|newspapers?|tv|television|local news)\\b",
                "so (?:that )?others (?:know|are warned|can avoid)",
                "(?:contact|contac\\w*|call|calling|called|go|going|went|tell|telling|told|alert"
                "|alerting|alerted|tip off|tipped off|write to|writing to|wrote to|reach out to"
                "|reaching out to|reached out to|emailed) (?:to )?"
                f"(?:the |my |a |local |our )*(?:[\\w-]+ )?{_PRESS}\\b",
                f"(?:i{APOS}?m|i am) an? (?:\\w+ )?(?:lawyer|attorney)\\b(?![- ]general)",
                "(?:submitted|filed|lodged|made|sent) (?:a |an )?(?:formal )?x{4,} complaint",
                f"(?:an? |the |local |some )*{_INTERESTED_MEDIA} (?:would|might|will|could|may) "
                "(?:be (?:very )?interested|like|love|want|enjoy)",
                f"report(?:ing|ed)? (?:you|u|them|{YOUR} company|the company) to\\b"
                "(?!~(?:the )?(?:cfpb|consumer financial|credit (?:bureaus|agencies)))",
                "(?:file|filing|lodge|lodging|submit|submitting|make|making) (?:a |an )?"
                "(?:formal )?complaints? with (?!(?:the |my )?(?:you|u|cfpb|consumer financial)"
                "\\b)(?:the |my )?\\w+",
                "(?:file|filing|request|requesting|initiate|initiating|do|doing|open|opening|raise"
                "|raising|start|starting|issue|issuing|go for|next stop is(?: my bank and)?)"
                " (?:a )?charge[- ]?backs?",
                "dispute (?:the|this|these|that) (?:charges?|transactions?|payments?) with (?:my"
                " (?:bank|card)|the card)",
                f"(?:lawyer|lawyering) up|(?:{_LAWYER}) (?:will|would|is going to|are going to)"
                " (?:be )?(?:in touch|contact|hear|involved)",
                "(?:letter|notice) of representation",
                "social media alert|(?:alert|warn) the (?:world|public|media|press)"
                "|go(?:ing)? public|spread(?:ing)? the word|#spreadtheword",
                "before (?:i|we) (?:rant|post|tweet|blast|go public|write about)",
                "seek(?:ing)? (?:outside|third[- ]party|external|independent) (?:assistance|help"
                "|advice)",
                "complaints? (?:to|with) (?:the )?(?:[\\w-]+ ){1,4}against\\b",
            ],
        ),
        Rule(
            [
                f"{_REVIEWING} (?:up )?(?:an? |my |some |this |it |about (?:it|this) |a few )?"
                f"{gap(2)}reviews?\\b",
                f"(?:tell|telling|told|let|inform|warn|warning) {_TOLD_ALL}(?! to (?:fly|use|try"
                "|choose|book|go with|buy|shop|visit|bank with|switch to)\\b)",
            ],
            veto=_NOT_THE_CUSTOMER,
        ),
        Rule(
            [
                f"(?:{_CONSULT}) (?:an? |my |our )?(?:own |consumer rights |consumer "
                f"|independent )?{_LAWYER}\\b",
                "(?:my|our) (?:own |local |personal |family |private |new )?(?:lawyers?"
                "|attorneys?(?![- ]generals?)|solicitors?"
                "|legal team)\\b",
            ],
            veto=r"\b(?:asked|told|advised|instructed|suggested|recommended|said|wants?|wanted)"
            r"\s+(?:me|us)\s+(?:to\s+)?(?:\w+\s+)?$",
        ),
        Rule([f"{_REGULATOR}\\b"], veto=_SENT_THERE),
        Rule(
            ["(?:class[- ]action|small[- ]claims)\\b"],
            veto=r"\b(?:status|update|news)\s+(?:on|of)\s+(?:the|this|that)\s+$",
        ),
        Rule([_MEDIA_HANDLE], veto=r"\b(?:via|v\u00eda|from|by|h/t|rt|read)\s*[:-]?\s*$"),
        Rule(
            [
                f"(?:{_PURSUE}) (?:for )?(?:further |formal |appropriate |necessary |immediate "
                f"|any |all |available )*{_LAWSUIT}\\b(?! to collect)",
                f"{_LAWSUIT} against (?:you|u|your company|the company|them|{YOUR} \\w+)\\b",
                "(?:before|avoid|avoiding|prevent|future|potential|possible|pending|precede)"
                f" (?:future |further |any )?{_LAWSUIT}\\b",
                f"(?:to|will|gonna|i{APOS}?ll|could|can|should|might|and|or|going to|plan to"
                "|intend to|threatening to|threatened to|right to|have to|decided to|want to)"
                " sue\\b(?!~(?:me|us)\\b)",
                "(?:going|gonna|will|plan|planning|want|wanted|was going|intend|intending) (?:to )?"
                "suit (?:you|u|them|the company|your company)\\b",
                f"(?:will|i{APOS}?ll|gonna|going to|plan to|ready to|prepared to|willing to"
                "|happy to|need to|need|have to|must"
                ") (?:\\w+ )?go to (?:small claims |civil |federal |the )?court\\b|see"
                " (?:you|u|them)"
                " in court",
                "(?:suing|sue) (?:you|u|them|the company|your company)\\b",
                "(?:take|taking|see|drag|dragging|sue|suing|pursue|pursuing|fight|fighting"
                "|contest|contesting|settle|settling) (?!me\\b|us\\b)(?:\\w+ ){1,3}?"
                "(?:up )?(?:to|in|into|before) (?:a |the )?(?:civil |small claims |federal |state "
                "|district )?court",
                "(?:intent to|will|going to|gonna|proceed(?:ing)? to|file for|filing for|demand"
                " for|initiate|initiating|commence|pursue|pursuing) arbitrat(?:e|ion)\\b",
                "(?:file|filing|press|pressing|bring|bringing) (?:criminal )?charges against "
                "(?!(?:the |a |this )?(?:fraudster|scammer|thief|criminal|person|individual|suspect"
                "|perpetrator|hacker|ex)\\b)",
                f"(?:through|via|by way of|with) (?:further |formal )?{_LAWSUIT}\\b",
                "(?:seek|seeking|get|getting) (?:justice|redress|restitution|damages|compensation)"
                " (?:through|via|in|by|from) (?:the )?(?:courts?|legal|litigation|a judge)",
                f"(?:will|going to|gonna|i{APOS}?ll|intend to|plan to) (?:\\w+ ){{0,4}}?expose "
                "(?:you|them|this|such|the company|your|their|what)\\b",
            ],
            veto=_THEY_DID_IT,
        ),
        Rule(
            [
                "(?<![./@])(?:federal trade commission|ftc)\\b(?!~\\(?~(?:ftc )?(?:identity"
                "|id theft"
                "|affidavit|report)|\\.gov)",
            ],
            veto=r"\b(?:identity theft|police report|affidavit|id theft|theft of (?:my )?identity"
            r"|identity (?:was|had been|has been) stolen)\b[^.]*$"
            r"|\b(?:violat\w*|breach\w*) of (?:the )?$",
        ),
        Rule(
            [f"{_POST} {gap(5)}(?:on|to|across|all over|in) {gap(2)}{_OUT_THERE}\\b"],
            veto=r"\b(?:a|the|your|ur|this|my|that|his|her|their|saw|seen|read|are|is|was|were)"
            r"\s*$",
        ),
        Rule(
            ["DOT\\b|BBB\\b|FCC\\b|FAA\\b|FCA\\b|CAA\\b|SEC\\b|OCC\\b|FDIC\\b|DOJ\\b"],
            cased=True,
        ),
    ],
)
"""Acronyms are matched in capitals only: "dot" and "caa" are ordinary words in lower case."""
