"""Call notes, written by the agent in the clipped third person that real CRM notes use.

A note is ``intro + situation fragments + demeanour + action``. Fragments start in lower case so
they can follow any intro; the assembly lives in ``phrases``.
"""

from __future__ import annotations

NOTE_INTROS: tuple[str, ...] = (
    "Cust called:",
    "Customer rang -",
    "Inbound call -",
    "Caller ({tier}):",
    "Spoke to cust -",
    "Call from customer:",
    "Cust on phone:",
    "Rcvd call:",
    "{name_cap} called -",
    "CB to cust -",
    "Inbound ({tier} tier) -",
)

NOTE_FRAGMENTS: dict[str, tuple[str, ...]] = {
    "late_delivery": (
        "order {order} delivered {late} late",
        "late delivery on {order} (promised {weekday})",
        "delay on order {order}, arrived {late} after ETA",
    ),
    "missing_delivery": (
        "order {order} showing delivered but not rec'd",
        "missing parcel, order {order}, tracking stuck since {weekday}",
        "parcel not received ({order}), [checked neighbours|no safe place used]",
    ),
    "damaged_item": (
        "{product} arrived damaged, order {order}",
        "damaged on arrival - {product}, [has photos|sent pics]",
    ),
    "billing_error/duplicate": (
        "double charge of {amount} on order {order}",
        "duplicate payment {amount} [on card|showing on stmt]",
    ),
    "billing_error/wrong_amount": (
        "billed {amount2} vs quoted {amount}",
        "price mismatch on {order} ({amount2} charged)",
    ),
    "billing_error/after_cancel": (
        "{amount} charge taken after cancelling {plan}",
        "payment taken post-cancellation ({amount})",
    ),
    "rude_staff": (
        "complaint about agent attitude on prev contact",
        "says prev agent ({agent}) was rude and hung up",
        "unhappy w/ how [store staff|{dept} team] spoke to them",
    ),
    "transferred": (
        "had been transferred {transfers_n}x before reaching me",
        "passed between {dept} and {dept2} {transfers_n} times",
    ),
    "long_hold": (
        "waited {hold_min} min in queue",
        "on hold {hold_min} mins before answer",
    ),
    "broken_promise/callback": (
        "promised callback never made (case {ref})",
        "was told someone would ring back {promised_when}, nobody did",
    ),
    "broken_promise/refund": (
        "refund agreed on {weekday} not processed",
        "refund of {amount} promised, not showing",
    ),
    "broken_promise/visit": (
        "engineer visit booked {weekday}, no-show",
        "missed appt, no one called to rebook",
    ),
    "account_activation": (
        "unable to activate account, link expired",
        "locked out after pw reset",
        "[verification|activation] code not arriving",
    ),
    "product_quality": (
        "{product} faulty after {weeks} wks",
        "quality complaint re {product}",
    ),
    "confusion": (
        "querying {amount} line on bill",
        "unclear on returns process",
        "confused by [pro-rata|adjustment] charge on latest invoice",
    ),
    "worry": (
        "cust anxious - item needed for {weekday}",
        "very worried re money, {amount} outstanding",
        "[medical|urgent] order, cust distressed about delay",
    ),
    "follow_up_request": (
        "asked for supervisor",
        "requests call back from manager",
        "wants a call back [tomorrow am|after 3pm]",
    ),
    "churn_threat": (
        "threatening to cancel",
        "mentioned switching to competitor",
        "said will close acct if not fixed",
    ),
    "public_threat": (
        "said will post reviews online",
        "mentioned going to ombudsman",
        "threatened legal action",
    ),
    "repeat_contact": (
        "{nth_n} contact on same issue",
        "has called {contacts}x about this",
    ),
    "undervalued": (
        "long-standing cust ({years} yrs), feels ignored",
        "{tier} member, upset at lack of recognition",
    ),
    "neutral": (
        "address change for order {order} - done",
        "asked about store hours",
        "query re plan options, explained",
        "wanted invoice copy for {order}, emailed",
        "stock check on {product}",
    ),
    "positive": (
        "thanks for {agent}'s help last week",
        "happy with how order {order} was resolved",
        "passing on thanks re order {order}",
        "compliment for the {dept} team",
    ),
    "mixed/late_delivery": ("likes the {product}, unhappy with {late} delay",),
    "mixed/long_hold": ("issue fixed but unhappy about {hold_min} min wait",),
    "mixed/product_quality": ("happy w/ service, {product} quality poor",),
    "mixed/account_activation": ("order ok, account setup confusing",),
    "mixed/transferred": ("sorted in the end, but {transfers_n} transfers first",),
}

NOTE_DEMEANOUR: dict[str, tuple[str, ...]] = {
    "negative": (
        "Cust very upset.",
        "Raised voice throughout.",
        "Frustrated but polite.",
        "Cust angry.",
        "Calm but firm.",
        "Tearful at times.",
        "",
    ),
    "neutral": ("Routine call.", "Polite.", ""),
    "positive": ("Very pleasant call.", "Cust happy.", "Lovely chat.", ""),
    "mixed": ("Cust fair about it.", "Mixed feelings.", ""),
}

NOTE_ACTIONS: dict[str, tuple[str, ...]] = {
    "negative": (
        "Apologised, logged complaint.",
        "Escalated to T2.",
        "Raised refund request, ref {ref}.",
        "Advised 3-5 working days.",
        "Sent returns label.",
        "Opened case {ref}.",
        "Passed to {dept} queue.",
        "Offered goodwill credit, cust declined.",
        "Chased carrier, awaiting reply.",
    ),
    "neutral": ("Done.", "Updated on system.", "Info given.", "Emailed details."),
    "positive": ("No action needed.", "Passed praise to team lead.", "Logged compliment."),
    "mixed": ("Logged feedback.", "Apologised for the wait.", "Noted for product team."),
}

# Notes that sound like escalation but are not: the analyser must not flag these.
NOTE_NEGATIONS: dict[str, tuple[str, ...]] = {
    "churn_threat": (
        "Cust not looking to cancel, just wants it fixed.",
        "Not leaving, [they said|].",
    ),
    "follow_up_request": ("Said no need for a callback.", "Does not want a manager."),
    "public_threat": ("Not going to complain formally.", "Said won't post about it."),
}
