"""Being passed on: from agent to agent, department to department, company to company.

A person moved on by a person counts, even once ("she transferred me to the fraud team", "I was
transferred to a Spanish hotline"); so does being given the run-around, or each employee blaming
the one before. A loan or a debt transferred to another servicer moves paperwork, not the customer,
and money transfers are payments: neither counts. Negation-aware with a short reach ("sorted
without being transferred").
"""

from __future__ import annotations

from amends.analysis.lexicon_engine import Lexicon, Rule
from amends.analysis.lexicon_words import APOS, MANY, ORDINAL, any_of, gap, phrases

_PASS = any_of(
    "ping-?ponged",
    *phrases(
        "transferred transfered transferring transfers transfer passed passes pass passing "
        "tranfered tranferred transfared transfard transferd "
        "bounced bounces bounce bouncing shuffled shuffles shuffle shuffling handed hands handing "
        "shunted shunts pushed pushes pushing thrown throws threw kicked kicks batted moved "
        "redirected redirects routed routes rerouted forwarded sent sends send sending "
        "put_through puts_through fobbed_off referred refers refer referring directed directs "
        "pointed points tossed juggled"
    ),
)
_PLACE = (
    "(?:department|dept|team|person|agent|rep|representative|number|line|office|branch|desk"
    "|specialist|supervisor|manager|unit|division|location|store|company|party|section"
    "|call cent(?:er|re)|queue)"
)
_UNITS = (
    "(?:departments?|depts?|teams?|people|agents|reps|representatives|supervisors|managers"
    "|specialists|employees|associates|individuals|sections|offices|call cent(?:er|re)s?"
    "|officers|underwriters|processors|handlers|adjusters|case ?workers)"
)
_MANY = f"(?:\\d+ ?(?:-|to|or) ?\\d+|{MANY}|x{{2,}})"
"""A count of two or more, a range ("4-5 times") or "XXXX" (a number the CFPB masked)."""
_TIMES = f"(?:{_MANY} ?(?:times|x)\\b|twice|thrice)"
_AROUND = any_of(
    f"from one {_PLACE} to (?:another|the next|the other)",
    f"from {_PLACE} to {_PLACE}",
    f"to (?:another|a different|the wrong|yet another|a third|the right) {_PLACE}",
    "to (?:someone|somebody) else",
    f"between {gap(2)}{_UNITS}",
    f"between (?:[\\w-]+ ){{1,3}}?and (?:[\\w-]+ ){{1,3}}?{_TIMES}",
    *phrases(
        "around round about back_and_forth from_pillar_to_post from_department_to_department "
        "from_person_to_person from_team_to_team"
    ),
)
_ELSEWHERE = (
    "(?:someone else|somebody else|another (?:team|department|number)|a different (?:team"
    "|department|number)|the other (?:team|department|company|store|bank|provider|carrier))"
)
_MOVED = (
    "(?:transferred|transfered|tranfered|tranferred|transfard|transfared|transferd"
    "|transferring|passed|bounced|routed|rerouted|redirected|forwarded"
    "|put through)"
)
_ME = "(?:me|us|my call|our call|the call)"

_NOT_A_PERSON = (
    r"\b(?:car|vehicle|loan|account|mortgage|debt|money|funds|file|balance|servicing|payment|it"
    r"|points|miles|title|property)\s+(?:is|was|are|were|has|had|have|will|got|gets|get|being|been"
    r"|\s)*$"
)
"""A car, a loan or money "being transferred" is paperwork moving, not a customer."""

TRANSFERRED = Lexicon(
    "transferred",
    [
        Rule(
            [
                f"{_PASS} (?:me|us|my call|my case|my complaint|my query) (?:on|along|{_AROUND})\\b"
                "(?!~(?:my|our|his|her|their|a|the) (?:way|trip|journey|flight|vacation))"
                f"(?: {gap(4)}{_TIMES})?",
                "(?:transferred|transfered|transferring|passed|bounced|shuffled|handed|shunted"
                f"|ping-?ponged|batted) {_AROUND}\\b(?: {gap(4)}{_TIMES})?",
                "(?:sent|kicked|thrown|redirected|routed|juggled|pushed|moved) (?:from one "
                f"{_PLACE} to (?:another|the next|the other)|from {_PLACE} to {_PLACE})\\b",
                "(?:sent|forwarded|redirected|moved|routed|referred|put through|switched over"
                "|switched|connected|transferred|passed|handed|bounced) to (?:another|a different"
                "|the wrong|yet another|a third|a new) (?:agent|rep|representative|person"
                "|department|team|line|specialist|supervisor|(?:account |case )?manager"
                "|loan officer)",
                "(?:spoke|spoken|talked|speaking|dealt|connected) (?:to|with) yet another (?:new )?"
                "(?:agent|rep|representative|person|specialist|supervisor"
                "|(?:account |case )?manager|loan officer)",
                "(?:keep|keeps|kept) (?:\\w+ ){0,4}?(?:saying|telling (?:me|us)) to (?:call|contact"
                "|speak (?:to|with)|talk to|go to|email|reach out to)\\b",
                "(?:put through|transferred|passed|sent|bounced|routed|connected|handed off) to "
                f"{_MANY} (?:different |separate )?{_UNITS}",
                "(?:told|tells|said|says|sent|referred|directed) (?:me |us )?to (?:call|contact"
                "|speak (?:to|with)|talk to|reach out to|go to|try|email|ring|get in touch with)\\b"
                "[^.!?\\n]{0,100}?\\b(?:told|tells|said|says|sent|referred|directed) (?:me |us )?"
                "(?:back )?to (?:call|contact|speak (?:to|with)|talk to|reach out to|go to|try"
                "|email|ring|get in touch with|check|visit|go online|look online|use)\\b"
                "(?: (?:the|my|their|your|a|an) [\\w-]+)?",
                "(?:referred|sent|directed|pointed|redirected|bounced|passed|pushed|kicked"
                "|transferred) (?:me|us) (?:right |straight )?back to\\b(?: (?:the|my|a|their"
                "|your) [\\w-]+)?",
                "pass(?:es|ed|ing)? the buck|buck[- ]passing|point(?:ing|ed|s)? (?:the )?fingers?"
                " at (?:each other|one another|the other)|finger[- ]pointing",
                "(?:someone|somebody|a different (?:person|agent|rep)|a new (?:person|agent|rep))"
                " (?:new |different )?(?:each|every) (?:single )?time",
                "(?:passed|handed|shunted|bounced|kicked|fobbed) (?:along|on|over|off) to (?:an? "
                "|the |another |yet another |some |someone|somebody)",
                "(?:bounc(?:e|es|ed|ing)|pass(?:es|ed|ing)?|shuffl(?:e|es|ed|ing)|hand(?:ed|ing)"
                "|shunt(?:s|ed|ing)?|ping-?pong(?:s|ed|ing)?|bat(?:s|ted|ting)|juggl(?:e|es|ed|ing)"
                "|kick(?:s|ed|ing)?) (?:me |us )?between (?:[\\w-]+ ){0,2}?and [\\w-]+",
                "(?:sent|forwarded|redirected|moved|routed|referred) to (?:another|a different"
                "|the wrong|yet another|a third) (?:department|team|person|agent|number|line)",
                f"(?:transferred|transfered|passed|bounced|handed|put through) (?:me )?{_TIMES}",
                f"{_MANY} (?:transfers|different (?:people|agents|departments|teams|reps|numbers"
                "|account managers|representatives|supervisors|managers))",
                "(?:(?:went|gone|going|been|go) through|via) (?:half the company|every department"
                f"|{_MANY}(?: other| different)? (?:account |loan |case )?{_UNITS})",
                f"{_MANY} (?:separate|different) {_UNITS}",
                f"(?:another|a different|the other) department{APOS}?s? (?:problem|issue|job"
                "|responsibility)",
                f"(?:not|isn{APOS}?t) (?:my|our) department",
                "(?:says?|said|saying|tells?|told|telling) (?:me )?(?:to )?(?:(?:call|contact|try"
                f"|ring|speak to|talk to|email|chat),?(?: or| and)? ){{1,3}}{_ELSEWHERE}",
                "(?:kept|keep|keeps) (?:passing|transferring|bouncing|palming) (?:me|us)",
                "(?:kept|keep|keeps) (?:sending|handing|shoving|putting) (?:me|us) (?:on|around"
                "|about|back and forth|to (?:another|someone|somebody|a different|different)"
                "|between|from)",
                "(?:the )?(?:run-around|runaround|run around|runarounds)|merry-go-round",
                "(?:transferred|transfered|passed|bounced|handed|put through) (?:me|us) again",
                f"(?:the|my|a) {ORDINAL} transfer\\b",
                "sent me (?:to \\w+,? )?who sent me back",
                f"{_MOVED} {_ME}(?: (?:again|back|over|straight|then|eventually|instead))? "
                "(?:to|over to|through to|onto)\\b",
                f"(?:i|we|i{APOS}?ve|we{APOS}?ve) (?:was|were|got|get|been|am|are|keep getting"
                f"|kept getting|keep being|kept being)(?: (?:then|again|just|finally|eventually"
                f"|immediately|being))? (?!transferring){_MOVED}(?: (?:again|back|over"
                "|around))? (?:to|between"
                "|from)\\b",
                f"being {_MOVED}(?: (?:again|back|over))? to\\b",
                "(?:let me|i(?:'ll| will| can)|going to|had to|tried to|try to|needed to|need to"
                "|have to|wanted to|willing to|would|will) transfer (?:me|us|you)\\b",
                # "transfer" for "transferred", as hurried narratives write it
                "(?:(?:was|were|got|been|being)(?: then| again| finally)? transfer (?:over )?to"
                "|then transfer over to) (?:an? |the |another |several |my |her |his |their )?"
                f"(?:[\\w']+ ){{0,2}}?(?:{_PLACE}|{_UNITS})\\b",
                # shuttled between two desks or two people, whoever moved the customer
                "(?:sent|sending|going|went|gone|go|goes|been) back (?:and|&|&amp;|n) forth "
                "(?:\\w+ ){0,3}?between\\b",
                # the departments one call went through, listed
                "(?:department|dept)s?,? (?:the |their |and (?:the )?)?(?:[\\w-]+ ){1,2}?"
                "(?:department|dept)\\b",
                "(?:get|got|getting|been|being|was|were|keep getting) (?:\\w+ )?(?:pushed|passed"
                "|bounced|shuffled|batted) (?:around|about|back and forth)",
                "(?:each|every) (?:one|employee|agent|rep|person|department) blam(?:e|es|ed|ing)\\b"
                "|blam(?:e|es|ed|ing) (?:each other|one another|the other|the previous)",
                f"{_MOVED} (?:the call )?(?:again|yet again|a second time|once more)\\b",
                "ping[- ]?pong(?:ed|ing)?\\b",
                "(?:transferred|transfered) (?:&|&amp;|and|then) (?:\\w+ )?(?:put|placed|left|kept)"
                " on hold",
                "(?:needed|need|had|have|would have) to be (?:transferred|sent|passed"
                "|referred) to\\b",
                "(?:referred|redirected|directed|sent) (?:me|us) (?:over )?to"
                " [^.!?\\n]{1,40}?\\bwho\\b",
                f"(?:dealing|dealt|deal) with (?:{_MANY}|different|various) (?:\\w+ )?(?:offices"
                "|departments|people|agents|reps|representatives|companies|teams)",
                "(?:incorrect|wrong|false|bad|conflicting) (?:information|info|advice) (?:by|from) "
                "(?:the |a |my )?(?:previous|prior|last|other|first|earlier) (?:rep|representative"
                "|agent|person|employee|associate)",
            ],
            negatable=True,
            reach=2,
            veto=_NOT_A_PERSON,
        ),
    ],
)
"""Was passed from one person or department to another: the run-around, "transferred 4 times",
"she transferred me to billing". Being told one's loan "was transferred" is not counted."""
