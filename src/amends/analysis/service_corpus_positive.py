"""Phrase bank: questions, requests, information, replies, thanks and praise; no complaints.

Industry slots used here: ``{question}`` (a whole question), ``{action}`` ("change my seat online"),
``{hypo}`` (a what-if: "my flight is delayed overnight"), ``{request}``, ``{info}``, ``{good}``
(something that went well), ``{fixed}`` (a problem put right), ``{mild}`` (a small blemish),
``{staff}``, ``{ref}``, ``{again}`` ("fly with you"), ``{experience}`` ("flight").

Many non-complaints here contain words a naive reader takes for a complaint ("no problem",
"can't wait", "never had a better", "what happens if my bag is lost?"): they are the hard cases.
"""

from __future__ import annotations

__all__ = ["POSITIVE"]

_QUESTION = (
    "{question}", "{question}", "[hi,|hey,|quick question:|question:|hello,|] {question}",
    "[can|could] I {action}?", "is it possible to {action}?", "how do I {action}?",
    "[hi|hey|hello], [is there a way to|can I] {action}[ please|]?",
    "what [happens|do I do|are my options] if {hypo}?",
    "just in case - who do I contact if {hypo}?",
    "[do you know|any idea] [if|whether] I can {action}?",
    "[quick one|quick q|random question]: can I {action}?",
    "[before I book|before I sign up|before I order], what's the [policy|process] if {hypo}?",
    "[where|how] can I [check|see] the status of {ref}?",
    "does {brand} [let you|allow you to] {action}?",
    "[no rush but|whenever you get a sec,] can I {action}?",
    "[planning ahead|thinking ahead]: what happens if {hypo}?",
    "{question} [thanks in advance|thx in advance|ty|cheers|thanks!]",
)  # fmt: skip

_REQUEST = (
    "{request}", "{request}", "[hi,|hey,|hello,|] {request}",
    "please [DM|send|email] me [the details for|a copy of the confirmation for|the receipt for]"
    " {ref}",
    "[need|I need] [a receipt|an invoice|a copy of the invoice|proof of payment] for {ref}["
    " pls|, thanks|, for my expenses|]",
    "[could you|can you|pls] resend the [confirmation|receipt|invoice] for {ref}?"
    " [thanks|cheers|ty|]",
    "[could you|can you] send the [confirmation|receipt] for {ref} again?",
    "[please|pls] [call me back|ring me] [after|at] {time} [re|about] {ref}",
    "[can|could] you update the email on my account to [my work one|the new one I DMed you]?",
    "[please|pls] add a note to {ref}: {info}", "I'd like to {action} [please|if possible|]",
    "[can|could] someone [help me|walk me through how to] {action}?",
    "[please|could you] confirm {ref} [went through|is booked|is all set]. [thanks|ta|thx]",
    "[no rush, but|when you have a minute,] could you send me [a statement|the paperwork|a"
    " summary] for {ref}?",
)  # fmt: skip

_INFO = (
    "{info}", "{info}", "[just so you know|FYI|fyi|heads up|just a heads up], {info}",
    "{info}. [anything I need to do?|is that ok?|do I need to tell anyone else?|just letting you"
    " know]",
    "[hi|hello|hey]! {info}. [thanks|cheers|]",
    "{info}. [will|I'll] [call|check back] [tomorrow|on {weekday}|later] if I need anything",
    "[new|first time] customer here. {info}", "[for your records|for the file|noting here], {info}",
)  # fmt: skip

_REPLY = (
    "ok thanks, will try that", "DM sent", "done, sent you the details", "sure, my ref is {caseno}",
    "yes that's the one", "ok will do", "followed you back", "thx, that worked", "got it 👍",
    "no worries, I'll wait for the email", "no problem at all", "that's fine, {weekday} works",
    "perfect, thanks {name}", "sounds good", "will check and get back to you", "it's {caseno}",
    "just checked, all good now", "ok great", "yep, DMed you", "sent!", "cool, thanks",
    "understood, thanks for explaining", "that makes sense, thank you", "all sorted now, cheers",
    "ok I'll keep an eye out for it", "yes please", "no that's everything, thanks",
    "the number is {order}", "booking ref is {pnr}", "{name} already helped, thanks",
    "no need, it came through this morning", "haha no worries", "no rush at all",
    "that's no problem, I can wait", "not a problem, thanks for letting me know",
    "fair enough, thanks", "brilliant, that's all I needed", "ok will reinstall and see",
    "yep that fixed it", "ta", "I'll try after {time} then", "all good now, ignore my last message",
    "great, speak then", "ah ok, didn't know that. thanks", "happy with that",
    "ok, sent the photos over", "I've replied to the email", "just followed up in DM",
    "thanks, will do", "perfect 👍", "ok cool", "noted, thanks", "thanks {name}, appreciate it",
    "{time} {weekday} is fine",
)  # fmt: skip

_THANKS = (
    "thanks {name} for [sorting|fixing|helping with] {ref}[!|, really appreciated|]",
    "{fixed}. [thank you|thanks|cheers] {name}!",
    "{fixed} [in {mins} minutes|within the hour|same day|so quickly|]. [thank you|thanks so"
    " much] {brand}",
    "[huge|big|massive] thanks to {staff} [today|on {ref}|]. {good}",
    "[thank you|thanks] for [the quick reply|getting back to me|your help|sorting that so"
    " fast|the update]",
    "[really|] appreciate the [help|update|fast response|follow up], {name}",
    "no problem at all, thanks for [sorting it|the update|letting me know]",
    "no worries, {fixed}. thanks [for the help|again|]",
    "[all sorted|sorted|fixed] - {fixed}. [thanks|cheers] [team|{brand}|]",
    "[just wanted to say|wanted to say] thank you to {staff}. {good}",
    "[thanks|thank you] {brand}[!|,] {fixed} and [it was so easy|no hassle at all|zero fuss]",
    "[I was worried|was panicking|thought I was stuck] but {fixed}. [thank you|thanks so much]!",
    "{person} [went above and beyond|was so patient|was brilliant] [with {ref}|today|]. thank you",
)  # fmt: skip

_PRAISE = (
    "shoutout to {staff} [on {ref}|today|this morning], [amazing|brilliant|legends|absolute"
    " stars]!",
    "{good}. [love|loving|big fan of] {brand}[!|]",
    "[best|smoothest|easiest|nicest] {experience} [ever|in years|I've had in ages]. {good}",
    "never had a better {experience}. {good}", "can't wait to {again} again[!|. {good}|]",
    "not bad at all {brand}, {good}", "[10/10|5 stars|A+|full marks]. {good}",
    "[honestly|genuinely|really] impressed. {good}",
    "{brand} never [disappoints|lets me down]. {good}", "can't fault {brand}. {good}",
    "no complaints [at all|here|whatsoever]. {good}",
    "[was worried about|was nervous about|expected chaos with] {ref} but {good}",
    "{good}. [would recommend|highly recommend|recommending you to everyone]",
    "[wow|well done|kudos] {brand}, {good}", "[didn't expect|did not expect] this but {good}",
    "[nothing to complain about|not one single problem|zero issues] [this time|today|]. {good}",
    "[love|loving] the [new|updated] [app|service|website]. {good}",
    "{good}. [keep it up|more of this please|that's how it's done]",
)  # fmt: skip

_MIXED = (
    "{mild} but {good}[, thanks|. still happy|. would recommend|. no complaints]",
    "not perfect ({mild}) but {good}. [thanks|cheers|]",
    "[ok so|well,] {mild}, but [honestly|really] {good}",
    "{mild}[, no big deal|, not a big deal|, no biggie] - {good}",
    "[only minor thing:|tiny thing:|small note:] {mild}. otherwise {good}",
    "[had a wobble|slight hiccup] at first but {fixed}. [thanks|cheers] {name}",
)  # fmt: skip

_QUESTION_TAILS = (
    "thanks", "thx in advance", "ty", "cheers", "thanks in advance", "🙏",
)  # fmt: skip
_EMAIL_LEADS = (
    "I'm writing about {ref}.", "Hope you're well.", "I hope this is the right address for this.",
    "Following our chat {recently}:", "A quick note about {ref}.",
)  # fmt: skip
_QUESTION_LEADS = (
    "I have a quick question about {ref}.", "Hope you're well.", "Could you help with something?",
    "I couldn't find this on your website.",
)  # fmt: skip
_EMAIL_CLOSERS = (
    "Thanks in advance.", "Looking forward to hearing from you.", "Thanks for your help.",
    "Have a good day.", "No rush on this.", "Please let me know if you need anything else.",
)  # fmt: skip
_WARM_LEADS = (
    "Just a quick note to say thank you.", "I wanted to pass on some feedback about {ref}.",
    "Hope you're well.", "I don't usually write in, but I wanted to say this.",
)  # fmt: skip
_WARM_CLOSERS = (
    "Please pass this on to the team.", "Keep up the good work.", "Have a lovely day.",
    "Thanks again.", "Will definitely be back.",
)  # fmt: skip

POSITIVE: dict[str, tuple[str, ...]] = {
    "question": _QUESTION,
    "request": _REQUEST,
    "info": _INFO,
    "reply": _REPLY,
    "thanks": _THANKS,
    "praise": _PRAISE,
    "mixed": _MIXED,
    "tail/question": _QUESTION_TAILS,
    "lead/email": _EMAIL_LEADS,
    "lead/email/question": _QUESTION_LEADS,
    "lead/email/thanks": _WARM_LEADS,
    "lead/email/praise": _WARM_LEADS,
    "lead/email/mixed": _WARM_LEADS,
    "close/email": _EMAIL_CLOSERS,
    "close/email/thanks": _WARM_CLOSERS,
    "close/email/praise": _WARM_CLOSERS,
    "close/email/mixed": _WARM_CLOSERS,
}
