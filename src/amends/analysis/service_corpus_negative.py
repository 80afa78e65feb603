"""Phrase bank: the generic shapes of a complaint, filled with each industry's own facts.

Industry slots used here: ``{issue}`` (a negative fact, as a clause), ``{issue_np}`` (the same as
a bare noun: "3 hour delay"), ``{ref}``, ``{thing}``, ``{charge}``, ``{staff}``, ``{worry}``,
``{use}`` ("flying with"), ``{experience}`` ("flight"). ``FLAT`` wordings carry no feeling words at
all: the facts alone must be enough for a reader (and the model) to see the complaint.
"""

from __future__ import annotations

__all__ = ["NEGATIVE"]

_COMPLAINT = (
    "{issue}. [absolutely|completely|totally|just] [unacceptable|ridiculous|shambolic|pathetic]",
    "[so|really|beyond|seriously] [angry|frustrated|annoyed|fed up|livid] [right now|today|]."
    " {issue}",
    "{issue} and [nobody|no one] [cares|can tell me anything|has even apologised|seems bothered]",
    "[honestly|genuinely|hands down] the worst [service|experience] I've had [from any"
    " company|in years|]. {issue}",
    "{issue}. [I'm|we're] [furious|livid|fuming|gutted|so upset|raging]",
    "[really|very|so|deeply] disappointed [with|in] {brand}. {issue}",
    "[expected|I expected|I honestly expected] [better|so much better] [from you|from"
    " {brand}|than this]. {issue}",
    "{issue}?? how is this [acceptable|ok|legal|normal]",
    "[absolute|total|complete|utter] [shambles|joke|disgrace|farce]. {issue}",
    "{issue}. [sort it out|fix this|do better|get it together] {brand}",
    "what a [nightmare|mess|shambles|farce]. {issue}",
    "[I hate|hate] [dealing with|contacting|having to chase] {brand}. {issue}",
    "{issue}[. again|]. [I'm so done|I've had enough|this is the last straw]",
    "[can't believe|cannot believe|unbelievable,] {issue}",
    "[thoroughly|massively|hugely] let down [by {brand}|today|this time]. {issue}",
    "{issue}, and [your|the] [chat bot|bot|automated line] [just loops|is useless|keeps hanging"
    " up]",
    "been on hold for {wait} [now|already|] [about|regarding|over] {ref}[. ridiculous|. still"
    " nobody|]",
    "{wait} [in the queue|on hold|waiting for an agent] and then [the call dropped|it hung up on"
    " me|the chat closed]",
    "on hold [again|for {wait}], [the music is driving me mad|still no human|this is insane]."
    " it's about {ref}",
    "transferred {n_times} [and|but] [still|] nobody can [help with|explain|sort] {ref}",
    "[passed|bounced] between {n1} [departments|teams|agents] and [still no answer|nothing"
    " resolved|back to square one]",
    "every agent tells me something different [about {ref}|]. [which is it?|sort it out|I give up]",
    "{person} promised [a callback|a refund|it would be fixed|an update] {soon}. [nothing|still"
    " nothing|never happened]",
    "[told|I was told] [it would be|it'd be] [sorted|fixed|resolved] {soon}. [that was {days}"
    " days ago|still waiting|lies]",
    "[this is|that's] the {nth} time I've {contacted_pp} you about {ref}[. nobody replies|."
    " nothing changes|]",
    "[still|again] no reply to my [emails|DMs|messages|complaint] about {ref}. [hello??|anyone"
    " there?|is anyone reading these?]",
    "{years} years a [loyal|paying|] customer and [this is how you treat me|you can't even"
    " reply|I get treated like this]",
    "[clearly|obviously] {brand} [doesn't care|couldn't care less] about [customers|loyal"
    " customers|people like me] [anymore|]",
    "[made to feel like|treated like] [an idiot|a nuisance|a criminal|I was lying] by {staff}."
    " {issue}",
    "{staff} was [so|incredibly|really] [rude|dismissive|unhelpful|condescending] [when I asked"
    " about {ref}|about {thing}|]",
    "[cancelling|closing my account|switching to a competitor|taking my business elsewhere]"
    " [after this|unless this is fixed|{soon}]. {issue}",
    "never {use} {brand} again. {issue}",
    "[I'll be|I'm] [reporting this to|escalating this to] [the ombudsman|trading standards|my"
    " bank|the regulator] [if it's not sorted {soon}|]",
    "[see you in|I'll take you to|taking you to] small claims court [if this isn't sorted"
    " {soon}|then|]",
    "{issue}. [going to|will] [leave a review everywhere|post this everywhere|tell everyone I"
    " know] [unless this is fixed|]",
    "why [was I|am I being] charged {amount} for {ref}?? [nobody can explain it|makes no sense|I"
    " never agreed to this]",
    "can [someone|anyone] explain why {charge} [went up|jumped|doubled] to {amount}? [nobody"
    " told me|I never agreed to that|not happy]",
    "your [website|terms] [says|say] one thing and {staff} [says|say] another. [which is it?|so"
    " confusing|not good enough]",
    "[used to|I used to] [love|rely on|recommend] {brand}. [not anymore|not after this|never"
    " again]. {issue}",
    "[sad|such a shame] to [say|see] it but {issue}",
    "[honestly|genuinely] [stressed|exhausted|worn out] by this. {issue}",
    "why is it [so hard|impossible] to [get help|get a straight answer|speak to a human] about"
    " {ref}?",
    "{issue}. [and|then] {staff} [laughed|shrugged|told me to calm down|hung up]",
    "[paid|paying] {amount} for [this|{thing}] and {issue}. [joke|disgrace|embarrassing]",
    "[wow|seriously|really], {brand}? {issue}",
    "[I'm|I am] [sick and tired|tired|sick] of [chasing|waiting on|begging] {brand} [about|for]"
    " {thing}",
    "[nobody|no one] [takes responsibility|has a clue|knows anything] [at {brand}|here]. {issue}",
    "{issue}, [the|your] [app|website|helpline] [is useless|says nothing|has no updates] and I'm"
    " [losing patience|going round in circles]",
)  # fmt: skip

_FLAT = (
    "{issue}.", "{issue}", "{ref}: {issue}.", "{issue}. [day|Day] {days}.",
    "{issue}. [second|2nd|third|3rd] time [this month|this week|this year].",
    "{issue}, [no|and no] [info|update|explanation|email|response].",
    "still no [refund|reply|update|answer] [for|on] {ref}.",
    "{issue}. [ticket|case|ref|complaint ref] {caseno}.", "{issue} [again|for the {nth} time].",
    "{ref} [still|] [not sorted|unresolved|open] after {days} days.", "{issue}. also {issue}.",
    "{issue} [and|plus] {issue}", "re {ref} - {issue}.",
    "[update:|UPDATE:|day {days} update:] {issue}.",
    "{issue}. {contacted} you {recently}, [no response|nothing back|no reply].",
    "{issue}. [what now?|what are my options?|what happens now?|who do I speak to?]",
    "{issue}. [need this sorted|please advise|pls advise|need an answer].",
    "{issue} - {wait} [on hold|in the queue] [so far|] [to report it|].",
    "{issue}. [the|your] [app|site|status page] says [everything is fine|no issues|all ok].",
    "[following up on|chasing] {ref}. {issue}.",
    "{issue}. {person} said it would be [sorted|fixed|done] {soon}.",
    "{issue}. {contacted} you {n_times} now.",
    "{issue}, [case|ticket] {caseno} [closed|marked resolved] without [a fix|anyone calling me].",
)  # fmt: skip

_SARCASTIC = (
    "[great|brilliant|fantastic|love it|wonderful|perfect], another {issue_np}[. thanks a lot|."
    " cheers {brand}|. well done|. just what I needed]",
    "[thanks|cheers] {brand} for the {issue_np}[. really made my day|. 10/10|. top work|. great"
    " job]",
    "[nothing like|love] a {issue_np} [to start the day|on a {weekday}|on a {weekday}"
    " morning|before work]",
    "[oh good|oh great|wow|ah lovely], yet another {issue_np}",
    "[so glad|really glad|happy] I paid {amount} for the {issue_np}",
    "[wow|amazing|incredible], {days} days and [still|] no [reply|update|refund]."
    " [impressive|truly impressive|world class service]",
    "[customer service|cust svc] at its [finest|best], {brand}",
    "oh [look|cool|good], {issue}. [what a surprise|shocking|who could have guessed|never seen"
    " that before]",
    "[thanks|cheers] for [nothing|absolutely nothing|all the help, not] {brand}",
    "{wait} on hold. [really|truly] [excellent|stellar|world-class] service [{brand}|]",
    "{issue}. [love that|loving this|great stuff]. [great job|well done|keep it up] {brand}",
    "[10/10|five stars|A+] would [recommend|do again]... not. {issue}",
    "[so|really] [impressed|glad] {staff} [could|couldn't] [help|be bothered]. {issue}",
    "[good to know|nice to know] my {years} years as a customer [mean|count for] [nothing|so"
    " much]. {issue}",
    "[what a treat|what a joy|such fun], {issue}",
    "[pro tip|tip]: don't [expect|bother expecting] {brand} to [reply|care|fix anything]. {issue}",
    "[another|yet another] day, another {issue_np}. [never change|classic|living the dream]"
    " {brand}",
    "{issue}. [great|lovely|brilliant]. [clearly|obviously] money well spent",
)  # fmt: skip

_WORRY = (
    "{worry}. [really worried|getting anxious|starting to panic|what do I do?|please help]",
    "[I'm|am] [really|so|very] [worried|stressed|anxious|scared] - {worry}",
    "{worry}. [what am I supposed to do|who do I even talk to|is anyone looking at this]?",
    "[urgent|URGENT|urgent please]: {worry}", "{worry}.", "[please|pls] help, {worry}",
    "{worry} and [I can't get through|nobody answers|the line is engaged|no one replies]."
    " [help|please]",
    "[panicking|freaking out|losing sleep] [a bit|here|over this]. {worry}",
    "[not sure what to do|don't know what to do|need help asap]. {worry}",
    "{worry}. [can someone|can anyone] [please|] [call me|get back to me|tell me what's"
    " happening]?",
)  # fmt: skip

_SHORT = (
    "still waiting", "worst service ever", "unacceptable", "this is a joke", "seriously??",
    "fix your app", "hello?? anyone??", "ridiculous", "not good enough", "shocking service",
    "absolute joke", "so annoying", "sort it out {brand}", "answer your phones", "useless",
    "3rd day in a row", "again??", "every single time", "can't believe this", "never again",
    "done with {brand}", "this is getting ridiculous", "what a mess", "so slow", "terrible",
    "awful experience", "pathetic", "why is this so hard", "still no refund", "still broken",
    "still down", "no one answers", "day {days} of waiting", "please just fix it", "zero help",
    "waste of time", "waste of money", "not happy", "really not happy", "joke of a company",
    "still nothing", "nobody replied", "{days} days. nothing", "any update?? its been {days} days",
    "hello???", "is anyone there", "beyond a joke now", "embarrassing {brand}", "shameful",
    "appalling", "do better", "why??", "no excuse", "disgraceful", "worst company ever",
    "{n_times} now. {n_times}!", "cancel my account", "I want a refund", "refund me", "answer me",
    "talk about useless", "shambles", "so fed up", "unreal", "incredible. not", "lol what a joke",
    "ugh", "not again", "every time", "how hard can it be",
)  # fmt: skip

_MIXED = (
    "[the agent was|your staff were|the person I spoke to was|the team were]"
    " [nice|lovely|polite|friendly] but {issue}. [not good enough|really not ok|sort it out]",
    "{person} was [nice|polite|friendly] but [nothing got fixed|it's still not fixed|I still"
    " have no refund|{issue}]",
    "I [usually|normally] [love|like] {brand} but {issue}",
    "[appreciate the apology|thanks for the apology] but {issue} [and I want|so I expect] [a"
    " refund|compensation|it fixed]",
    "[sorry|look, sorry|I know it's not your fault] but {issue}[. this can't keep happening|."
    " fix it|]",
    "[thanks for replying|thanks for the reply|thanks for getting back to me] but [that doesn't"
    " help|that's not an answer|it's still not sorted]. {issue}",
    "[good|nice] {experience} [otherwise|apart from this] but {issue}[, which ruined it|. spoiled"
    " the whole thing|, and nobody cared]",
    "[I get that|I know] things go wrong but {issue} [with no|and no] [apology|explanation|help]",
)  # fmt: skip

_TAILS = (
    "sort it out", "fix this", "not happy", "DM me", "pls help", "what's going on?", "re {ref}",
    "ref {caseno}", "need this fixed today", "someone call me", "answer please", "I want a refund",
    "expect compensation", "this needs escalating", "not ok", "is anyone there?", "no excuse",
    "explain yourselves", "why??", "again.",
)  # fmt: skip

_FLAT_TAILS = (
    "re {ref}", "ref {caseno}", "please advise", "pls check", "need an update", "what now?",
    "{contacted} you {recently}", "refund please", "please call me", "day {days}",
)  # fmt: skip

_EMAIL_LEADS = (
    "I am writing about {ref}.", "I'd like to make a formal complaint about {ref}.",
    "I need to raise a problem with {ref}.", "This is my {nth} email about {ref}.",
    "I'm writing to complain about {thing}.", "Following my call {recently} about {ref}:",
    "Re: {ref}.", "Complaint - {ref}.",
)  # fmt: skip

_EMAIL_CLOSERS = (
    "I expect a full refund.", "Please respond {soon}.", "I want this escalated to a manager.",
    "Please confirm what you will do about it.", "I'd like compensation for the trouble.",
    "If I don't hear back {soon} I will take this further.", "Please call me on {n3} {n4}.",
    "I have attached the receipts.", "This is not the service I pay for.",
)  # fmt: skip

NEGATIVE: dict[str, tuple[str, ...]] = {
    "complaint": _COMPLAINT,
    "flat_complaint": _FLAT,
    "sarcastic": _SARCASTIC,
    "worry": _WORRY,
    "short_complaint": _SHORT,
    "mixed_negative": _MIXED,
    "tail/complaint": _TAILS,
    "tail/flat_complaint": _FLAT_TAILS,
    "lead/email": _EMAIL_LEADS,
    "close/email": _EMAIL_CLOSERS,
}
