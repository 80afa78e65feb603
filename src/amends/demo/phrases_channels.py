"""The frame around a message: greetings, openers, closers, titles and sign-offs, per channel.

Keyed by mood ("negative", "neutral", "positive", "mixed") so a cheerful sign-off never lands on a
furious e-mail. Same template syntax as the other phrase banks.
"""

from __future__ import annotations

GREETINGS: tuple[str, ...] = (
    "Hi,",
    "Hello,",
    "Hi there,",
    "Dear Customer Services,",
    "To whom it may concern,",
    "Hello team,",
    "Good morning,",
    "Good afternoon,",
    "Hiya,",
    "Dear Sir or Madam,",
)

SIGNOFFS: tuple[str, ...] = (
    "Thanks,\n{name}",
    "Regards,\n{fullname}",
    "Best,\n{name}",
    "{name}",
    "Cheers, {name}",
    "Kind regards,\n{fullname}",
    "{fullname}\nSent from my phone",
    "Many thanks,\n{name}",
)

OPENERS: dict[str, tuple[str, ...]] = {
    "negative": (
        "I'm writing to [complain about|raise a complaint about] order {order}.",
        "I'm [really|very|extremely] [disappointed|frustrated|fed up].",
        "Where do I [start|even begin].",
        "[Not happy|Very unhappy] [at all|with your service].",
        "[Honestly|Seriously], what is going on with your [company|service] lately?",
        "[Sorry|Apologies] [to be blunt|for the long message] but I've had enough.",
        "Here's what happened[ this week|].",
        "I've had [a terrible|an awful|a frustrating] [week|experience] with you.",
        "[I need|I'd like] to [make|log] a formal complaint.",
        "[This is|What a] [joke|shambles|mess].",
    ),
    "neutral": (
        "Hello, quick question.",
        "Hope you're well.",
        "Just a [query|quick one].",
        "[Small|Quick] request[ please|].",
        "Hi, hoping you can help.",
        "",
    ),
    "positive": (
        "Just a quick note.",
        "I [just|] wanted to say thanks.",
        "Credit where it's due.",
        "[Had to|Wanted to] write [in|this].",
        "A bit of good news for you for once.",
        "",
    ),
    "mixed": (
        "[Mixed|A bit mixed] feelings about this [one|order].",
        "[Good and bad|Some good, some bad] to report.",
        "Honest feedback[, for what it's worth|].",
        "",
    ),
}

CLOSERS: dict[str, tuple[str, ...]] = {
    "negative": (
        "Please sort this out.",
        "I expect a [reply|refund|proper answer] [this week|promptly|soon].",
        "[Really|Very] disappointed.",
        "Not good enough.",
        "What are you going to do about it?",
        "Fix it.",
        "Waiting to hear back.",
        "[Thanks in advance.|Thanks for nothing so far.]",
        "I [hope|trust] this can be [put right|resolved] quickly.",
        "[Absolutely|Completely] ridiculous.",
        "",
    ),
    "neutral": ("Thanks.", "Thanks in advance.", "Cheers.", "Appreciate it.", "", ""),
    "positive": (
        "Keep it up!",
        "Thanks again.",
        "Will [definitely|certainly] order again.",
        "You've got a customer for life.",
        "[Brilliant|Great] work[, all of you|].",
        "",
    ),
    "mixed": ("[Hope that helps|Hope this is useful].", "Could be better.", "Thanks anyway.", ""),
}

# Sentences that mention cancelling, calling back or going public, and mean the opposite.
NEGATIONS: dict[str, tuple[str, ...]] = {
    "churn_threat": (
        "I'm not going to cancel, I just want it fixed.",
        "[Not planning|I'm not planning] to go anywhere, [just|but] please [fix this|sort it out].",
        "[I don't want to leave|I have no intention of leaving], I just want this sorted.",
    ),
    "follow_up_request": (
        "No need to call me back[ - an email is fine|, a reply here is fine|].",
        "[Please don't ring me|Don't phone me], [email only please|I can't take calls at work].",
        "I don't need a manager, I just need the [parcel|refund|answer].",
    ),
    "public_threat": (
        "I won't be posting about it, I just want it [sorted|resolved].",
        "I'm not [one for|going to write] [bad reviews|angry reviews], but [please|do] fix this.",
    ),
}

REVIEW_TITLES: dict[str, tuple[str, ...]] = {
    "negative": (
        "Never again",
        "Avoid",
        "Terrible service",
        "[Very|Deeply] disappointed",
        "One star is generous",
        "Stay away",
        "Not what it used to be",
        "[Frustrating|Exhausting] experience",
        "Save yourself the hassle",
    ),
    "late_delivery": ("Late, late, late", "Slow delivery", "Arrived {late} late"),
    "missing_delivery": ("Parcel vanished", "Still waiting for my order", "Paid, never received"),
    "damaged_item": ("Arrived [smashed|broken]", "Shocking packaging"),
    "billing_error": ("Billing nightmare", "Charged [twice|wrongly]", "Check your statements"),
    "long_hold": ("Endless hold music", "Impossible to reach"),
    "transferred": ("Passed from pillar to post", "Nobody knows anything"),
    "product_quality": ("Poor quality", "Fell apart", "Not as pictured"),
    "neutral": ("Fine", "Does the job", "Average", "Okay overall", "No complaints, no raves"),
    "positive": (
        "Brilliant service",
        "Highly recommend",
        "Exceeded expectations",
        "Five stars from me",
        "[Great|Lovely] experience",
        "Will shop again",
        "Thank you {agent}",
    ),
    "mixed": ("Good product, poor service", "Mixed bag", "Could be better", "Nearly great"),
}

TICKET_SUBJECTS: dict[str, tuple[str, ...]] = {
    "late_delivery": ("Late delivery - order {order}", "Order {order} delayed"),
    "missing_delivery": ("Missing parcel ({order})", "Order {order} not received"),
    "damaged_item": ("Damaged item", "Order {order} arrived damaged"),
    "billing_error": ("Billing query", "Incorrect charge", "Refund request"),
    "rude_staff": ("Complaint about a member of staff", "Complaint"),
    "transferred": ("Complaint about phone support",),
    "long_hold": ("Phone wait times",),
    "broken_promise": ("Follow-up not received", "Case {ref}"),
    "account_activation": ("Account access", "Can't log in", "Activation problem"),
    "product_quality": ("Faulty {product}", "Product fault"),
    "confusion": ("Question about my bill", "Policy question"),
    "worry": ("Urgent: order {order}",),
    "neutral": ("Question about my order", "Account update", "General enquiry"),
    "positive": ("Feedback", "A thank you"),
    "mixed": ("Feedback on order {order}",),
}

CHAT_HELLOS: tuple[str, ...] = ("hi", "hello", "hey", "hi there", "good morning", "hiya", "")

SOCIAL_TAILS: dict[str, tuple[str, ...]] = {
    "negative": (
        "[Brilliant.|Great job.]",
        "Do better.",
        "Anyone else had this?",
        "Avoid.",
        "Thanks for nothing.",
        "[Unreal.|Unbelievable.]",
        "",
    ),
    "neutral": ("Anyone know?", "", ""),
    "positive": ("Recommend!", "Great service from this lot.", "Happy customer here.", ""),
    "mixed": ("Nearly there, folks.", "Could be so much better.", ""),
}

# Survey free text sometimes starts by explaining the score.
SURVEY_LEADS: dict[str, tuple[str, ...]] = {
    "negative": ("Why so low?", "[The reason for my score:|Reason for the score:]", "", ""),
    "neutral": ("[Middling|Average] score.", "", ""),
    "positive": ("Why the high score?", "[Easy|Simple] answer.", "", ""),
    "mixed": ("[Middle|Middling] score, for [a|one] simple reason.", "", ""),
}

# Plain context an e-mail or ticket adds around the complaint itself.
CONTEXT: tuple[str, ...] = (
    "I placed the order on {weekday}.",
    "[My|The] order number is {order}.",
    "My account is under this email address.",
    "I've attached [a screenshot|the receipt|a photo].",
    "[For reference|For your records], the case number [was|is] {ref}.",
    "I live [in a flat|in a ground-floor flat|on a farm], if that matters.",
    "[I ordered online|I used the app] [as usual|like always].",
)
