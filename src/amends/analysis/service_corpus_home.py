"""Phrase bank: insurers and utilities/energy suppliers (fictitious brands)."""

from __future__ import annotations

__all__ = ["INSURANCE", "UTILITIES"]

INSURANCE: dict[str, tuple[str, ...]] = {
    "brands": (
        "ShieldlyInsure|Shieldly", "AnchorCover|Anchor Cover", "EverSafeIns|EverSafe",
        "HomeGuardUK|HomeGuard",
    ),
    "tags": ("insurance", "carinsurance", "homeinsurance", "travelinsurance"),
    "ref": (
        "claim {caseno}", "my claim", "policy {n4}{n3}", "my car claim", "my home policy",
        "my renewal", "my travel claim",
    ),
    "charge": ("my premium", "my renewal price", "my monthly premium", "my excess"),
    "thing": (
        "my claim", "my renewal", "my policy", "my payout", "my excess refund", "the repair",
        "my no claims bonus",
    ),
    "staff": (
        "the loss adjuster", "your claims handler", "the assessor", "your agent",
        "the repair garage", "{name} in claims",
    ),
    "use": ("insuring with", "renewing with", "recommending"),
    "again": ("renew with you", "insure the car with you"),
    "experience": ("claim", "renewal", "claims process", "policy switch"),
    "issue": (
        "claim {caseno} [open|sitting there] for {weeks} weeks with no decision",
        "renewal quote [went up|jumped] from {amount} to {amount} with no claims",
        "[loss adjuster|the assessor] [never turned up|cancelled twice|still hasn't called]",
        "claim rejected [over|because of] a clause nobody [mentioned|told me about]",
        "[car|my car] at the garage {weeks} weeks [waiting for|and still no] approval",
        "[asked|been asked] for the same documents {n_times}",
        "payout of {amount} [is|was] [half|a third] of the [repair quote|actual cost]",
        "[auto-renewed|renewed me] without asking and took {amount}",
        "no courtesy car even though it's [on my policy|in my cover]",
        "[travel|my travel] claim for {amount} [ignored|still unpaid] since {month}",
        "[the|your] [phone line|claims line] [closes|shut] at {time} and nobody"
        " [replies|answers] emails",
        "[water damage|the leak] [reported|claimed] {weeks} weeks ago and [no one|nobody] has"
        " [been out|assessed it]",
        "[cancelled|tried to cancel] [my policy|the policy] and still charged {amount}",
        "[the|your] [approved|chosen] repairer [botched|did a terrible job on] [the repair|my car]",
        "premium [doubled|went up {small} a month] [after|because of] a claim that wasn't my fault",
    ),
    "issue_np": (
        "claim delay", "renewal hike", "rejected claim", "no-show assessor", "lowball payout",
        "auto-renewal", "missing courtesy car",
    ),
    "worry": (
        "the builder needs paying {weekday} and the claim still isn't approved",
        "[we've|I've] been [out of our home|in a hotel|living with family] for {weeks} weeks and"
        " [the claim is stuck|nothing is moving|the claim hasn't moved]",
        "[I|we] need the car for work and [the claim|the repair] [hasn't even started|is stuck]",
        "[my|our] [roof|ceiling] is [still leaking|open to the rain] and nobody [has called|will"
        " come]",
        "[I'm|we're] [abroad|in hospital in {city}] and the [travel|medical] claim line [won't"
        " answer|keeps hanging up]",
    ),
    "short": (
        "approve my claim", "still no payout", "{weeks} weeks. no decision.",
        "where's my assessor??", "answer the claims line",
    ),
    "question": (
        "does my policy cover [accidental damage|a cracked windscreen|lost phones]?",
        "what's the excess on [my policy|a windscreen claim]?",
        "am I covered to drive [my partner's car|abroad|in {city}]?",
        "does the travel policy cover [skiing|cancellations|pre-existing conditions]?",
        "when is my renewal date?", "how do I add a named driver?",
        "do you cover [bikes|laptops|jewellery] outside the home?",
    ),
    "action": (
        "add {kid} as a named driver", "change my car on the policy",
        "pay monthly instead of yearly", "make a claim online", "update my address on the policy",
        "add cover for a new laptop",
    ),
    "hypo": (
        "I crash a hire car abroad", "my flat floods while I'm away", "my claim gets rejected",
        "someone hits my car and drives off", "I miss a monthly payment",
    ),
    "request": (
        "[please|pls] send [my|the] policy documents [again|to my new email]",
        "[can|could] you [email|send] me a [certificate of insurance|proof of no claims]?",
        "[please|pls] [call|ring] me about [my renewal|claim {caseno}] after {time}",
        "[please|pls] update the mileage on my policy to {n2},000",
    ),
    "info": (
        "I've [bought|just got] a new car, [reg|registration] in DM",
        "moving to {city} on {weekday}, policy needs updating",
        "[photos|the receipts|the repair quote] for claim {caseno} [sent|emailed] {recently}",
        "[just|] passed my test and [want|looking] to insure [my first car|mum's car]",
    ),
    "good": (
        "claim [approved|paid] in {n1} days",
        "{staff} was [so kind|really understanding] after the [accident|break-in|flood]",
        "[courtesy car|hire car] [was waiting|arrived] [the same day|within hours]",
        "renewal was [cheaper|lower] than last year",
        "[the|your] repairer did a [perfect|spotless|great] job on the car",
        "travel claim paid [before I even got home|within a week]",
    ),
    "fixed": (
        "the payout came through", "my claim [got approved|is approved]",
        "the overcharge was refunded", "the documents arrived",
    ),
    "mild": (
        "the claim form was a bit long", "it took a couple of calls", "the hold was a bit long",
        "the portal is a bit clunky",
    ),
}  # fmt: skip

UTILITIES: dict[str, tuple[str, ...]] = {
    "brands": (
        "BrightHomeEnergy|BrightHome", "VoltaPower|Volta", "ClearWaterCo|ClearWater",
        "SunfieldGas|Sunfield",
    ),
    "tags": ("energy", "energybills", "smartmeter", "utilities"),
    "ref": (
        "account {n4}{n4}", "my energy account", "my meter", "my bill", "my direct debit",
        "my smart meter install", "case {caseno}",
    ),
    "charge": ("my bill", "my direct debit", "my monthly payment", "my standing charge"),
    "thing": (
        "my bill", "my meter reading", "my direct debit", "my smart meter", "my refund",
        "my final bill", "my credit balance",
    ),
    "staff": (
        "the engineer", "the meter reader", "your agent", "the fitter", "{name} on the phone",
        "the billing team",
    ),
    "use": ("being with", "staying with", "recommending"),
    "again": ("stay with you", "switch back to you"),
    "experience": ("switch", "install", "supplier", "billing experience"),
    "issue": (
        "bill [says|shows] {amount} [for one month|for {month}] - [we're|I'm] [a 1 bed"
        " flat|never home]",
        "[sent|gave] meter readings {n_times} and [still|you still] estimate [my bill|it]",
        "direct debit [went up|increased] to {amount} [with no warning|without asking]",
        "smart meter [stopped sending readings|went dumb|stopped working] {recently}",
        "power cut [since {time}|for {hours} hours] and [no|zero] [updates|info] on the website",
        "no hot water since {weekday}[, boiler cover says it's your problem|]",
        "[credit|a credit] of {amount} on my account and [no|still no] refund after {weeks} weeks",
        "[engineer|fitter] [didn't show|never came] for the smart meter install",
        "[final|closing] bill for my old flat [never came|wrong by {amount}]",
        "[charged|billed] for [gas|energy] at [an address|a flat] I [moved out of|left] in {month}",
        "[tariff|my tariff] changed [without asking|without telling me]",
        "[water|the water] [off|pressure gone] [since {time}|all day] in {city} with no"
        " [notice|explanation]",
        "[debt|collections] letter for a bill I [already paid|never got]",
        "[meter reading|the reading] on the bill [is|was] [wrong|nowhere near] my actual meter",
    ),
    "issue_np": (
        "estimated bill", "power cut", "price hike", "missed install", "debt letter",
        "mystery charge", "wrong meter reading",
    ),
    "worry": (
        "[I'm|we're] on a prepayment meter with {small} left and the top up [won't go"
        " through|failed]",
        "[my|our] [baby|newborn] is [at home|here] and we've had no [heating|hot water] since"
        " {weekday}",
        "{kid} [uses|needs] an [oxygen machine|electric wheelchair] and the power has been off"
        " since {time}",
        "the debt letter says [bailiffs|collectors] [on|by] {weekday} for a bill I [paid|already"
        " paid]",
        "[the|a] bill of {big} [arrived|came] and [I|we] [can't|cannot] [pay|afford] that",
    ),
    "short": (
        "power still off", "stop estimating my bill", "still no hot water", "refund my credit",
        "where's the engineer?",
    ),
    "question": (
        "how do I submit a meter reading?", "can I switch to a [fixed|green|cheaper] tariff?",
        "when is the next bill due?",
        "do you offer [smart meters|EV tariffs|a warm home discount]?",
        "[what's|what is] the standing charge on my tariff?",
        "is there [planned work|a planned outage] in {city} [this week|on {weekday}]?",
    ),
    "action": (
        "submit a meter reading in the app", "move my account to my new address",
        "change my direct debit date", "switch to paperless bills", "book a smart meter install",
    ),
    "hypo": (
        "my direct debit fails", "I move house mid-month", "the smart meter stops working",
        "there's a power cut overnight",
    ),
    "request": (
        "[please|pls] [send|email] me [my last bill|a final bill|an annual statement]",
        "[please|pls] book the smart meter install for {weekday}",
        "[can|could] you [lower|reduce] my direct debit to {amount}? [reading|readings] in DM",
        "[please|pls] add [my partner|{kid}] to the account",
    ),
    "info": (
        "[moving|I'm moving] out on {weekday}, final reading is {n4}{n1}",
        "[meter reading|reading] for today: {n4}{n1}",
        "[new|just moved into a new] flat in {city}, [want|looking] to set up an account",
        "I'll be away from {weekday} for {n1} days if [the engineer|anyone] needs access",
    ),
    "good": (
        "the engineer [fixed|sorted] the boiler in {mins} [mins|minutes]",
        "{name} [found|spotted] a cheaper tariff for me",
        "[power|electricity] back on within {mins} minutes",
        "[switching|the switch] was [seamless|painless]",
        "[the|your] app [shows|makes] my usage [so clearly|really clear]",
    ),
    "fixed": (
        "my credit [was refunded|came back]", "the bill [got corrected|was corrected]",
        "the smart meter [is working|works] again", "the hot water is back",
    ),
    "mild": (
        "the install ran a bit late", "the app graph is a bit confusing", "the hold was a bit long",
    ),
}  # fmt: skip
