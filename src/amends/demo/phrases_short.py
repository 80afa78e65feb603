"""Terse and flat wordings: text replies, chat lines, and complaints with no feeling in them.

``SHORT`` is for channels where people type with their thumbs (sms, chat, some social posts).
``FLAT`` states the facts and nothing else: an analyser must still see the problem without any
emotion words to lean on.
"""

from __future__ import annotations

SHORT: dict[str, tuple[str, ...]] = {
    "late_delivery": (
        "still no sign of {order}[, was due {weekday}|]",
        "parcel [came|turned up] {late} late[. again|]",
        "order {order} only just [arrived|got here], {late} late",
        "late again. [2nd|3rd] time this [month|year]",
        "[{product}|my order] finally here, {late} after you said",
    ),
    "missing_delivery": (
        "never got my [parcel|{product}]. order {order}",
        "tracking says delivered [on {weekday}|]. it wasn't",
        "where is order {order}??",
        "[{product}|parcel] [missing|not here], [marked delivered|app says delivered]",
    ),
    "damaged_item": (
        "{product} arrived [broken|cracked|smashed]",
        "box crushed, {product} damaged. order {order}",
        "[got|received] the {product} today [in bits|with a big dent]",
    ),
    "billing_error/duplicate": (
        "[charged|billed] twice for {order}. [pls refund|need one back]",
        "{amount} taken twice [this week|on {weekday}]??",
    ),
    "billing_error/wrong_amount": (
        "billed {amount2} not {amount}??",
        "why {amount2}? price was {amount}",
    ),
    "billing_error/after_cancel": (
        "cancelled [in {month}|ages ago] and still charged {amount}",
        "stop taking {amount}, i cancelled[ the {plan}|]",
    ),
    "rude_staff": (
        "the [guy|person|agent] on the phone was so rude",
        "{agent} hung up on me[. unreal|]",
        "[your|the] agent was [really|so] dismissive [on {weekday}|today]",
    ),
    "transferred": (
        "transferred {transfers} times and still no answer",
        "passed around {transfers} [depts|teams] [today|on {weekday}]",
    ),
    "long_hold": (
        "{hold} on hold. [seriously?|really?]",
        "waited {hold} then got cut off",
        "[on hold|in the queue] {hold} [today|this morning]",
    ),
    "broken_promise/callback": (
        "still no callback[ from {agent}|]",
        "promised a call back [on {weekday}|{promised_when}]. nothing",
    ),
    "broken_promise/refund": (
        "where is my refund, was told {promised_when}",
        "refund [promised|agreed] {weekday}, [still not here|nothing yet]",
    ),
    "broken_promise/visit": (
        "engineer didn't [turn up|show] [again|on {weekday}]",
        "waited in all day, nobody came",
    ),
    "account_activation": (
        "can't log in. reset link doesn't work",
        "activation code never [came|arrived]",
        "locked out [of my account|again], [help|pls help]",
    ),
    "product_quality": (
        "{product} broke already",
        "{product} stopped working after [a week|{weeks} weeks]",
    ),
    "confusion": (
        "what is the {amount} charge on my bill?",
        "don't get the new [pricing|bill], can someone explain",
        "do i [send it back|wait for a label] first or what",
    ),
    "worry": (
        "really need it by {weekday}, it's for [my mum|a funeral|work]",
        "[worried|stressed] about the {amount}, [need it back|it's my rent]",
    ),
    "follow_up_request": (
        "[pls|please] call me",
        "can a manager call me [back|today]",
        "call me [on this number|after 5]",
    ),
    "churn_threat": (
        "sort it or i'm cancelling",
        "thinking of switching [tbh|to be honest]",
        "[done with you|cancelling] after this",
    ),
    "public_threat": (
        "posting this [everywhere|online]",
        "[reviews|a review] going up tonight",
    ),
    "repeat_contact": (
        "still waiting. {nth_n} time asking",
        "asked {contacts} times now",
        "[this is|] the {nth} [message|time] [about this|]",
    ),
    "undervalued": ("{years} yrs a customer and this is how you treat me",),
    "neutral": (
        "[ok|okay] [thanks|thx|cheers], [got|received] [it|order {order}]",
        "can i change my delivery address [to work|for {order}]?",
        "what time do you close on {weekday}",
        "is the {product} back in stock [yet|soon]?",
        "[all fine|it was fine], nothing to add",
        "need an invoice for {order} [pls|please]",
    ),
    "positive": (
        "[great|brilliant|lovely] service, [thanks|thank you|ta]!",
        "thank you {agent}!!",
        "[arrived|came] early, love [it|the {product}]",
        "all sorted, [thx|thanks] {agent}",
        "[{product}|order] [spot on|perfect], cheers",
    ),
    "mixed/late_delivery": ("[good|nice] {product}, [slow|late] delivery",),
    "mixed/long_hold": ("sorted in the end but {hold} on hold first",),
    "mixed/product_quality": ("[quick|fast] delivery but the {product} [feels cheap|is flimsy]",),
    "mixed/account_activation": ("[like the shop|fine], but the login is a nightmare",),
    "mixed/transferred": ("{agent} fixed it but {transfers} transfers to get there",),
}

FLAT: dict[str, tuple[str, ...]] = {
    "late_delivery": (
        "Order {order} arrived {late} late. [Second time this month.|Third late delivery this"
        " year.|]",
        "Promised {weekday}, delivered {late} later. Order {order}.",
        "Delivery for order {order} was {late} past the promised date.",
        "Order {order}: due {weekday}, arrived {late} late.",
        "{late_cap} late on order {order}. [Second time this month.|Same as last time.|]",
    ),
    "missing_delivery": (
        "Order {order} marked as delivered on {weekday}. Not received.",
        "Parcel for order {order} not received. Tracking last updated {weekday}.",
        "Order {order} has not arrived. It was due on {weekday}.",
    ),
    "damaged_item": (
        "Order {order}: {product} arrived damaged. Requesting a replacement.",
        "Item in order {order} received with a cracked casing. Photos available.",
        "The {product} from order {order} arrived with a [dent|crack|broken part].",
    ),
    "billing_error/duplicate": (
        "Charged {amount} twice on {weekday} for order {order}.",
        "Two payments of {amount} taken for order {order}. One order placed.",
    ),
    "billing_error/wrong_amount": (
        "Invoice for order {order} shows {amount2}; listed price {amount}.",
    ),
    "billing_error/after_cancel": ("{plan} cancelled in {month}. Charged {amount} on {weekday}.",),
    "long_hold": (
        "Held {hold} before reaching an agent on {weekday}.",
        "Call on {weekday}: {hold} in the queue before it was answered.",
    ),
    "transferred": (
        "Transferred {transfers} times on one call. Issue unresolved.",
        "Called on {weekday}. Passed to {transfers} different teams. Not resolved.",
    ),
    "broken_promise/callback": ("Callback promised {promised_when} on case {ref}. None received.",),
    "broken_promise/refund": ("Refund of {amount} agreed on {weekday}. Not received.",),
    "broken_promise/visit": ("Engineer visit booked for {weekday}. Nobody attended.",),
    "account_activation": ("Activation link expired. Requested a new one twice; neither arrived.",),
    "product_quality": (
        "{product_cap} stopped working after {weeks} weeks. Order {order}.",
        "Order {order}: the {product} developed a fault within {weeks} weeks.",
    ),
    "rude_staff": (
        "The agent ended my call on {weekday} while I was still speaking.",
        "Agent on {weekday} refused to give a name and closed the chat.",
    ),
}
