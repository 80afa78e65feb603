"""Phrase bank: airlines and rail/bus operators (fictitious brands, real places)."""

from __future__ import annotations

__all__ = ["AIRLINE", "RAIL_BUS"]

AIRLINE: dict[str, tuple[str, ...]] = {
    "brands": (
        "SkyNorthAir|SkyNorth", "FlyMeridian|Meridian Air", "BlueKestrelAir|Blue Kestrel",
        "AeroLumen|AeroLumen",
    ),
    "tags": ("travel", "flying", "avgeek", "holiday", "airport", "travelling"),
    "ref": (
        "flight {flight}", "flight {flight}", "my flight to {city}", "booking {pnr}",
        "the {time} to {city}", "my {city} flight", "{flight} from {airport}",
    ),
    "charge": ("my fare", "the bag fee", "the seat fee", "the price of {ref}"),
    "thing": (
        "my flight", "my bag", "my booking", "my refund", "my seat", "my miles",
        "my compensation claim",
    ),
    "staff": (
        "the gate agent", "the crew", "the cabin crew", "the check-in staff", "your agent",
        "the ground staff at {airport}", "the lady at the desk", "the purser",
    ),
    "use": ("flying with", "booking with", "flying"),
    "again": ("fly with you", "fly {brand}", "book with you"),
    "experience": ("flight", "trip", "boarding", "long haul"),
    "issue": (
        "flight {flight} delayed {hours} [hrs|hours], no info at the gate",
        "[my|our] bag didn't arrive in {city}",
        "[sat|been sitting] on the tarmac for {mins} [mins|minutes] [with no|and no]"
        " [update|announcement]",
        "flight {flight} cancelled [at the last minute|{mins} mins before boarding|with no"
        " reason given]",
        "no wifi on the whole [flight|trip]", "[charged|billed] twice for the same ticket",
        "missed my connection in {city} because {flight} [left|landed] late",
        "gate changed [twice|3 times] and nobody announced it",
        "seat {seat} [won't recline|is broken|has no working screen]",
        "paid extra for [a window seat|extra legroom|priority boarding] and [didn't get it|got a"
        " middle seat]",
        "bag [came out|arrived] [with a broken handle|soaking wet|ripped open]",
        "miles from my last {n1} flights never [showed up|posted]",
        "[bumped|offloaded] from {flight} [without warning|with no explanation] and offered"
        " nothing",
        "refund for [the cancelled flight|{pnr}] still not [paid|processed] after {weeks} weeks",
        "check-in queue [took|was] {mins} [mins|minutes] with one desk open",
        "no [vegetarian|gluten free|kids] meal even though I [booked|requested] one",
        "[the app|your app|online check-in] [won't|wouldn't] let me check in for {flight}",
        "[we|I] [were|was] left in {city} overnight with no hotel [offered|voucher]",
        "toilets out of order [on a {hours} hour flight|the whole flight]",
        "[the|our] stroller [never came back|got left in {city}]",
        "[lost|delayed] bag claim {caseno} [still open|has no update] after {days} days",
        "{flight} [now|is now] delayed to {time}[, third change today|]",
        "seats [split up|not together] even though I booked [with|for] {n1} kids",
        "[asked for|booked] wheelchair assistance at {airport} and nobody [turned up|came]",
        "charged {amount} for a bag that [was|is] within the allowance",
        "[flight|{flight}] diverted to {city} and we're [stuck on the plane|left in the terminal]",
        "[aircon|air con|the cabin heating] [broken|not working] the whole flight",
        "[landed|we landed] {mins} [mins|minutes] ago and [still no|no] [gate|steps|bags]",
        "compensation [claim|request] for {flight} [rejected|ignored] [twice|with no reason]",
    ),
    "issue_np": (
        "{hours} hour delay", "cancelled flight", "lost bag", "missed connection", "gate change",
        "broken seat", "night on the airport floor", "{mins} minute boarding queue",
        "surprise bag fee", "middle seat I didn't pick", "dead wifi", "tarmac wait",
    ),
    "worry": (
        "my connection in {city} [leaves|is] in {mins} [mins|minutes] and we haven't [even"
        " boarded|left {airport}|pushed back]",
        "[my|our] bag has [my|the kids'|all my] [medication|insulin|passport] in it and it's"
        " still [lost|missing]",
        "my [visa appointment|job interview|wedding] is [tomorrow|on {weekday}] and my flight"
        " just got cancelled",
        "[I|we] land at {time} and the last train is at {time}",
        "the refund of {amount} [was|is] [my rent money|all my savings] and it still hasn't come"
        " back",
        "travelling [alone|on my own] with {n1} kids and nobody can tell me if {flight} is going",
        "my mum [is|was] flying [alone|solo] on {flight} and nobody can tell me where she is",
        "{kid} is [stuck|stranded] in {city} [with no money|with no hotel|overnight] after"
        " {flight} got cancelled",
    ),
    "short": (
        "where's my bag??", "fix your wifi", "{hours} hours. {hours}!!", "delayed AGAIN",
        "still on the tarmac", "worst airline ever", "still no bag",
    ),
    "question": (
        "can I change my seat online?", "what's the baggage allowance for infants?",
        "do you [allow|take] [pets|dogs|cats] in the cabin on [flights to {city}|long haul]?",
        "is there [wifi|power|a meal] on [{flight}|the {city} route]?",
        "how early does check-in open for {flight}?",
        "can I [bring|take] a [guitar|pram|surfboard] as hand luggage?",
        "how [many|much] [miles|points] do I need for an upgrade to {city}?",
        "is the {time} to {city} [usually|normally] [busy|full]?",
        "what time does boarding start for {flight}?", "does my ticket include a checked bag?",
        "which terminal [do you fly from|does {flight} leave from] at {airport}?",
    ),
    "action": (
        "change my seat online", "add a bag to {ref}", "upgrade {ref} with miles",
        "change the name on {ref}", "pick my meal in advance",
        "check in [the night before|24 hrs before]", "bring my own food on board",
        "pay for extra legroom at the gate",
    ),
    "hypo": (
        "my flight is delayed overnight", "my bag is lost", "I miss my connection in {city}",
        "the flight gets cancelled", "my passport expires in {n1} months",
        "I get sick before {ref}",
    ),
    "request": (
        "please DM me the booking link",
        "[please|pls] add my [frequent flyer|loyalty] number to {ref}",
        "[could you|can you] [note|add] [a wheelchair request|special assistance] on {ref}?",
        "[please|pls] send the e-ticket for {ref} [again|to my new email]",
        "[I'd like to|want to] [request|book] a [vegetarian|vegan|kosher] meal for {ref}",
        "[please|pls] seat us together on {ref}, we're [a family of {n1}|travelling with a baby]",
    ),
    "info": (
        "I'm on flight {flight} tomorrow, [traveling|travelling] with a dog",
        "[flying|travelling] to {city} on {weekday} with {n1} kids",
        "[my|our] [honeymoon|anniversary trip|first trip abroad] is on {ref} next month",
        "I'll be [bringing|carrying] a [wedding dress|cello|insulin pump] on {ref}",
        "[we|I] just booked {ref}[, first time with {brand}|]",
        "{kid} is [7 months pregnant|using a wheelchair] and flying {flight} on {weekday}",
    ),
    "good": (
        "the crew on {flight} were [amazing|lovely|so kind]", "landed {mins} [mins|minutes] early",
        "the delay was announced early and the staff handled it perfectly",
        "[got|got upgraded] to [business|premium] [on {flight}|for my birthday]",
        "{staff} [found|tracked down] my [phone|jacket|passport] [on the plane|at the gate]",
        "[boarding|check-in] took {n1} minutes flat", "bag was first off the belt in {city}",
        "[the|your] new seats are [so comfy|really comfortable]",
        "{staff} [kept my kid entertained|gave my son a pilot badge] the whole way",
        "rebooked me [in minutes|straight away] when {city} got snowed in",
    ),
    "fixed": (
        "my bag [arrived at|was delivered to] my hotel", "the refund [came through|landed]",
        "the miles [finally posted|are showing now]", "I got rebooked on the {time}",
        "my seat got changed so we're together",
    ),
    "mild": (
        "a bit late [leaving|taking off]", "the wifi was [patchy|slow]",
        "the sandwich was a bit dry", "boarding was a bit chaotic",
        "the flight was {mins} mins late",
    ),
}  # fmt: skip

RAIL_BUS: dict[str, tuple[str, ...]] = {
    "brands": (
        "NorthlineRail|Northline", "MetroLinkBus|MetroLink", "CoastExpress|Coast Express",
        "GreenArrowCoach|Green Arrow",
    ),
    "tags": ("commute", "trains", "rail", "bus", "publictransport"),
    "ref": (
        "the {time} from {city}", "the {time}", "my ticket {order}", "the {n2} bus",
        "my season ticket", "the {time} to {city}", "route {n2}",
    ),
    "charge": ("my season ticket", "the fare to {city}", "my monthly pass"),
    "thing": (
        "my ticket", "my season ticket", "my delay repay claim", "my refund", "my seat reservation",
        "my railcard",
    ),
    "staff": (
        "the conductor", "the driver", "the guard", "the ticket inspector", "the station staff",
        "the man at the ticket office", "your staff at {city} station",
    ),
    "use": ("travelling with", "taking", "using"),
    "again": ("ride with you", "take the {city} train", "travel with you"),
    "experience": ("journey", "commute", "train ride", "trip"),
    "issue": (
        "the {time} [cancelled|cancelled again] [with no replacement|and the next one is full]",
        "{time} from {city} {mins} [mins|minutes] late [again|every day this week]",
        "bus {n2} didn't [turn up|stop] [at all|at my stop] [this morning|again]",
        "[only|just] {n1} carriages on the {time}, [people standing|standing room only|couldn't"
        " get on]",
        "no [heating|air con|working toilet] on the {time}",
        "delay repay claim {caseno} [rejected|still not paid] after {weeks} weeks",
        "[ticket machine|the app] [charged me twice|took my money and no ticket]",
        "[fined|given a penalty fare] even though I had a valid ticket",
        "[my|the] reserved seat [didn't exist|was in a carriage that wasn't there]",
        "[stuck|sat] outside {city} for {mins} [mins|minutes] with no announcement",
        "[the|your] app [says|said] on time, [board|screen] [says|said] cancelled",
        "driver [drove past|didn't stop for] [me|us] at the stop",
        "the lift at {city} station [out of order|broken] [again|for {weeks} weeks]",
        "[the wifi|wifi] [on the {time}|on this train] [doesn't work|never works|keeps dropping]",
        "bus replacement [never showed|didn't turn up], {mins} [mins|minutes] in the rain",
        "season ticket {amount} [up|more] this year and the trains are [worse|later]",
        "[missed|lost] my connection at {city} because the {time} was late",
        "[toilet|toilets] [locked|out of order] on a {hours} hour journey",
    ),
    "issue_np": (
        "cancelled train", "{mins} minute delay", "replacement bus", "short formed train",
        "penalty fare", "missed connection", "broken ticket machine", "standing-only journey",
        "no-show bus",
    ),
    "worry": (
        "my shift starts at {time} and the {time} just got cancelled[, third time this week|]",
        "my [exam|job interview|hospital appointment] is at {time} and [the train|the bus]"
        " [isn't moving|hasn't come]",
        "[I'll|I will] lose my job if I'm late again and the {time} is [cancelled|delayed]"
        " [again|]",
        "[my|our] {n1} year old is on the {n2} bus [alone|on her own] and it's [an hour late|not"
        " at the stop]",
        "[stuck|stranded] at {city} at night and the last [train|bus] [just got cancelled|never"
        " came]",
    ),
    "short": (
        "late again", "cancelled. again.", "another day, another delay", "fix your trains",
        "where is the bus??", "standing AGAIN",
    ),
    "question": (
        "is the {time} from {city} running today?",
        "can I use my railcard on [advance tickets|the {time}]?",
        "[do|are] bikes allowed on the {time}?", "how do I get a refund for an unused ticket?",
        "does the {n2} bus [stop at|go past] {city} station?",
        "are there [quiet coaches|plug sockets] on the {city} route?",
        "is there step-free access at {city}?", "how far in advance can I book {city} to {city}?",
    ),
    "action": (
        "change the date on my ticket", "[get|claim] delay repay for the {time}",
        "add a railcard to my account", "upgrade to first class on board",
        "book assistance for my dad", "switch my season ticket to the app",
    ),
    "hypo": (
        "my train is cancelled", "I miss the last train", "the bus doesn't turn up",
        "I lose my season ticket", "there's a strike on {weekday}",
    ),
    "request": (
        "[please|pls] send me a receipt for my season ticket",
        "[can you|please] book assistance at {city} for {weekday} at {time}?",
        "please [email|send] me the [invoice|receipt] for ticket {order}",
        "[can|could] you [check|tell me] which platform the {time} [leaves from|uses]?",
    ),
    "info": (
        "[commuting|travelling] to {city} on the {time} [from Monday|every day from next week]",
        "travelling with a bike on the {time} tomorrow",
        "[I'm|I am] [blind|a wheelchair user] and taking the {time} on {weekday}",
        "left my [umbrella|scarf|laptop charger] on the {time}, seat {seat}",
    ),
    "good": (
        "the {time} was [bang on time|early] [every day this week|today]",
        "{staff} [helped|carried] [my mum|my pram|my bags] [off the train|down the stairs]",
        "the new trains are [so clean|lovely|really comfy]", "got my delay repay in {n1} days",
        "[the|your] app [told me about|warned me about] the delay [early|before I left home]",
        "the driver waited for me when I was running for the {n2} bus",
        "{staff} [found|handed in] my [wallet|laptop] on the {time}",
    ),
    "fixed": (
        "my delay repay [came through|was paid]", "the refund [landed|arrived]",
        "lost property [had|found] my bag", "my season ticket works again",
    ),
    "mild": (
        "the {time} was a few mins late", "the wifi was [patchy|slow]", "the train was a bit busy",
        "the coffee trolley never came",
    ),
}  # fmt: skip
