"""Phrase bank: hotels/travel booking, car rental and software/apps/streaming (made-up brands)."""

from __future__ import annotations

__all__ = ["CAR_RENTAL", "HOTEL", "SOFTWARE"]

HOTEL: dict[str, tuple[str, ...]] = {
    "brands": (
        "StayBrightHotels|StayBright", "TripNestBooking|TripNest", "HarbourviewInns|Harbourview",
        "RoamlyStays|Roamly",
    ),
    "tags": ("travel", "hotel", "holiday", "staycation", "weekendaway"),
    "ref": (
        "booking {pnr}", "my stay in {city}", "room {n3}", "reservation {pnr}",
        "my booking for {weekday}", "the {city} hotel",
    ),
    "charge": ("the room rate", "my bill at checkout", "the deposit", "the parking charge"),
    "thing": ("my booking", "my room", "my deposit", "my refund", "my stay", "my points"),
    "staff": (
        "the front desk", "reception", "the night manager", "housekeeping", "the concierge",
        "{name} at reception", "the staff in {city}",
    ),
    "use": ("booking with", "staying with", "booking through"),
    "again": ("stay with you", "book with you", "stay at the {city} hotel"),
    "experience": ("stay", "hotel stay", "weekend away", "check-in"),
    "issue": (
        "room not ready at {time}, check-in was {time}",
        "[booked|paid for] a sea view, got a view of the car park",
        "[no|zero] hot water in room {n3} [all weekend|for {n1} days]",
        "[deposit|my deposit] of {amount} still not returned after {weeks} weeks",
        "[the|my] booking [wasn't|isn't] in the system when we arrived at {time}",
        "[air con|AC|the heating] [broken|not working] in room {n3}",
        "[noise|loud music] [from the bar|next door] until {time}[, front desk did nothing|]",
        "[charged|billed] {amount} for [minibar items|room service] we never had",
        "[the|our] room [was|is] [dirty|filthy], [hair in the shower|stains on the sheets]",
        "[cancelled|overbooked] [our|the] room [on arrival|the night before] and [offered|gave"
        " us] nothing",
        "[free|included] breakfast [wasn't|not] included [after all|at checkout]",
        "[wifi|the wifi] [doesn't work|doesn't reach] [in the room|on floor {n1}]",
        "[resort|city] fee of {amount} [never mentioned|not shown] when booking",
        "refund for cancelled booking {pnr} [still not|never] [paid|processed]",
        "[lift|the lift] out of order and we're on floor {n1}",
    ),
    "issue_np": (
        "dirty room", "missing booking", "surprise resort fee", "broken AC", "overbooked hotel",
        "sleepless night", "cold shower",
    ),
    "worry": (
        "we land at {time} and [the hotel|reception] [says|said] [our|the] booking [doesn't"
        " exist|was cancelled]",
        "[it's|it is] {time} and we have {n1} kids and [nowhere to sleep|no room]",
        "[the|our] [honeymoon|wedding] hotel just [cancelled|emailed to cancel] [and we fly"
        " {weekday}|a week before]",
        "{amount} deposit [still|] [held|blocked] on my card and I [need it|can't pay] for [the"
        " rest of the trip|rent]",
    ),
    "short": (
        "where's our room??", "fix the AC", "still no refund", "{n1} hours for a room?!",
        "never staying here again",
    ),
    "question": (
        "what time is check-in [at the {city} hotel|on {weekday}]?",
        "is breakfast included in booking {pnr}?",
        "do you have [parking|a pool|a gym] at the {city} hotel?",
        "are [dogs|pets] allowed in the rooms?", "can I get a late checkout on {weekday}?",
        "is there [a shuttle|transport] from {airport}?",
    ),
    "action": (
        "add a night to {ref}", "request a quiet room", "change {ref} to twin beds",
        "pay at the hotel instead of online", "cancel {ref} for free",
    ),
    "hypo": (
        "my flight lands after midnight", "I need to cancel {ref}", "we arrive before check-in",
        "I lose my key card",
    ),
    "request": (
        "[please|pls] add a cot to {ref}", "[can|could] you [send|email] me the invoice for {ref}?",
        "[please|pls] note we're celebrating [our anniversary|a birthday] on {ref}",
        "[can|could] we get a [room on a high floor|room near the lift]? {ref}",
    ),
    "info": (
        "[arriving|we arrive] [late|around {time}] on {weekday}, [please|pls] hold the room",
        "[travelling|staying] with a [service dog|baby] at the {city} hotel",
        "{kid} is staying in room {n3} [this week|from {weekday}]",
    ),
    "good": (
        "[got|we got] [a free upgrade|upgraded to a suite] in {city}",
        "{staff} [went above and beyond|arranged a birthday cake] for us",
        "[the room was|room {n3} was] [spotless|immaculate|so comfy]",
        "[best|the best] [hotel breakfast|view|bed] I've had", "check-in took {n1} minutes",
    ),
    "fixed": (
        "my deposit was returned", "we got moved to a [quieter|bigger] room",
        "the refund came through", "the AC got fixed",
    ),
    "mild": (
        "check-in was a bit slow", "the pool was a bit cold", "the wifi was a bit slow",
        "breakfast was a bit busy",
    ),
}  # fmt: skip

CAR_RENTAL: dict[str, tuple[str, ...]] = {
    "brands": (
        "RoadReadyRentals|RoadReady", "ZipCarHire|ZipHire", "OpenLaneRent|OpenLane",
        "DriveEasyCars|DriveEasy",
    ),
    "tags": ("roadtrip", "carhire", "rentalcar", "travel"),
    "ref": (
        "rental {pnr}", "booking {pnr}", "my rental at {airport}", "my car hire in {city}",
        "agreement {caseno}",
    ),
    "charge": ("the rental total", "the deposit", "the insurance charge"),
    "thing": ("my rental", "my deposit", "my booking", "the car", "my refund", "my damage claim"),
    "staff": (
        "the desk staff", "the agent at {airport}", "the guy at the counter",
        "your staff in {city}", "the shuttle driver",
    ),
    "use": ("renting from", "hiring from", "booking with"),
    "again": ("rent from you", "hire with you"),
    "experience": ("rental", "car hire", "road trip", "pickup"),
    "issue": (
        "[queued|waited] {hours} hours at the {airport} desk for [a car|our keys]",
        "[charged|billed] {amount} for damage that was already there",
        "[booked|reserved] [an automatic|an SUV|a 7 seater], [got|given] [a manual|a tiny"
        " hatchback]",
        "[deposit|my deposit] of {amount} [still held|not released] after {weeks} weeks",
        "[forced|pushed] to buy extra insurance at the desk [for {amount}|or lose the booking]",
        "[fuel|refuelling] charge of {amount} [even though|when] I returned it full",
        "[car|the car] [broke down|had a flat] on [day 1|the motorway] and [roadside|breakdown"
        " cover] took {hours} hrs",
        "[no|zero] cars [left|available] at {time} despite booking {pnr}",
        "[toll|parking] fine admin fee of {amount} on top of the fine",
        "[shuttle|the shuttle] to the rental lot [never came|took {mins} mins]",
        "[the car was filthy inside|the car smelled of smoke] [when we picked it up|]",
    ),
    "issue_np": (
        "two hour queue", "damage charge", "hidden fee", "downgraded car", "held deposit",
        "forced insurance upsell",
    ),
    "worry": (
        "[broken down|stuck] on the [motorway|highway] near {city} with {n1} kids and"
        " [roadside|nobody] [isn't answering|won't come]",
        "[we've|I've] got a {time} flight and [the|your] [return desk|lot] is [closed|empty]"
        " with nobody to take the keys",
        "{amount} [damage|excess] charge [is about to|will] [hit|empty] my account for a scratch"
        " I didn't make",
    ),
    "short": (
        "release my deposit", "{hours} hrs in the queue", "where's our car??", "still charged",
        "fix the damage charge",
    ),
    "question": (
        "can I add a second driver at the desk?",
        "do you have child seats at the {airport} branch?", "is there a mileage limit on {ref}?",
        "can I drop the car off in {city} instead?", "what's the minimum age to rent?",
        "do I need an international licence to rent in {city}?",
    ),
    "action": (
        "extend {ref} by {n1} days", "add a child seat to {ref}", "pick up the car earlier",
        "return the car out of hours",
    ),
    "hypo": (
        "I get a parking ticket", "the car breaks down abroad", "my flight lands late",
        "I return the car late",
    ),
    "request": (
        "[please|pls] [send|email] me the final invoice for {ref}",
        "[can|could] you add a GPS to {ref}?", "[please|pls] [note|add] a second driver to {ref}",
    ),
    "info": (
        "landing at {airport} at {time} on {weekday}, rental {pnr}",
        "[returning|I'll return] the car to the {city} branch [tomorrow|on {weekday}]",
        "[we're|I'm] doing a road trip [to|through] {city} [next month|in {month}]",
    ),
    "good": (
        "[got|they gave us] a free upgrade [to an SUV|to a convertible]",
        "pickup at {airport} took {n1} minutes", "the car was [spotless|brand new]",
        "{staff} [talked us through|explained] everything [so clearly|patiently]",
        "deposit [released|back] [the next day|in {n1} days]",
    ),
    "fixed": (
        "the damage charge was removed", "my deposit came back", "the fee got refunded",
        "they swapped the car [in minutes|straight away]",
    ),
    "mild": ("the queue was a bit long", "the shuttle was a bit slow", "the car was a bit small"),
}  # fmt: skip

SOFTWARE: dict[str, tuple[str, ...]] = {
    "brands": (
        "StreamlyTV|Streamly", "PixelNoteApp|PixelNote", "CloudBoxHQ|CloudBox",
        "TuneWaveMusic|TuneWave",
    ),
    "tags": ("tech", "app", "streaming", "update", "ios", "android"),
    "ref": (
        "my account", "my subscription", "ticket {caseno}", "my {plan} plan",
        "my {plan} subscription", "my login", "account {n4}{n3}",
    ),
    "plan": ("premium", "family", "pro", "student", "annual"),
    "charge": ("my subscription", "the {plan} plan", "my monthly charge"),
    "thing": ("my account", "my subscription", "my files", "my playlists", "my refund", "my login"),
    "staff": (
        "your support team", "support", "the support bot", "your agent", "{name} from support",
    ),
    "use": ("paying for", "using", "subscribing to"),
    "again": ("use the app", "renew", "subscribe"),
    "experience": ("app", "update", "streaming service", "support experience"),
    "issue": (
        "app crashes [every time I open it|on launch|since the update]",
        "[charged|billed] for the {plan} plan after I cancelled in {month}",
        "[can't|cannot] log in [for {days} days|since {weekday}], reset email never arrives",
        "[all|half] my [files|notes|playlists] [gone|disappeared] after the update",
        "[stream|streaming] [keeps buffering|stuck at 480p] on a {n3} Mbps connection",
        "[subscription|price] [went up|increased] by {small} [without notice|and nobody emailed]",
        "[sync|syncing] [broken|not working] between [phone and laptop|devices] since version"
        " {n1}.{n1}",
        "[account|my account] [locked|suspended] with no explanation",
        "[support|ticket {caseno}] [auto-closed|closed] without a reply",
        "[free trial|trial] [turned into|auto-renewed to] a {amount} [charge|annual plan]",
        "[dark mode|the widget|offline mode] [gone|removed] in the latest update",
        "[audio|sound] [out of sync|cuts out] on [every|half the] [show|episode]",
        "[the|your] [app|site] [logs me out|signs me out] every {n1} minutes",
        "[export|download] [fails|broken] for [any file over|files bigger than] {n2}MB",
    ),
    "issue_np": (
        "crash on launch", "surprise renewal", "price hike", "forced update", "login loop",
        "buffering wheel", "lost playlist",
    ),
    "worry": (
        "[my|the] [thesis|client presentation|tax return] is in there and I [can't|cannot] [log"
        " in|open it] - due {weekday}",
        "[years|{years} years] of [family photos|work files] [gone|disappeared] after the update",
        "[someone|somebody] [changed|took over] my account [email|password] and [support|nobody]"
        " [won't|isn't] [reply|replying]",
        "{amount} [annual|renewal] charge [just|] [went out|hit my account] and I [can't afford"
        " it|need it back] this month",
    ),
    "short": (
        "fix your app", "app down again", "bring back the old version", "stop charging me",
        "still can't log in",
    ),
    "question": (
        "can I share my {plan} plan with family?", "does the app work offline?",
        "how do I [export|download] my [data|files|notes]?",
        "is there a [student|annual] discount?",
        "when is [dark mode|the desktop app|the new feature] coming to Android?",
        "how many devices can I stream on at once?",
        "is [4K|Dolby Atmos] included in the {plan} plan?",
    ),
    "action": (
        "switch to the annual plan", "transfer my account to a new email",
        "cancel my subscription in the app", "restore an old version of a file",
        "pause my subscription",
    ),
    "hypo": (
        "I cancel mid-month", "I forget my password and lose my phone",
        "I go over the storage limit", "my card expires",
    ),
    "request": (
        "[please|pls] send me an invoice for my {plan} plan",
        "[can|could] you [merge|combine] my two accounts?",
        "[please|pls] add [dark mode|a sleep timer|offline mode] to the [iPad|Android] app",
        "[please|pls] delete my [account|data], details in DM",
    ),
    "info": (
        "[just|] upgraded to {plan}, [loving it so far|first day]",
        "[using|I'm on] version {n1}.{n1} on [iOS|Android|Windows]",
        "[switching|moving] over from [a competitor|my old app] this week",
        "[I'm|we're] [a team of {n2}|a school] [looking at|trialling] the pro plan",
    ),
    "good": (
        "the new update is [so fast|really smooth]",
        "{name} from support fixed my sync issue in {mins} minutes",
        "[the|your] [recommendations|playlists] are [scary good|spot on]",
        "[offline mode|the widget] [saved me|is a lifesaver] on [my commute|the plane]",
        "my refund was [processed|sorted] straight away when I cancelled",
    ),
    "fixed": (
        "I can log in again", "my [files|playlists] are back", "the double charge was refunded",
        "the update fixed the crash",
    ),
    "mild": (
        "the update took a while", "the new icon is a bit ugly", "it took a couple of restarts",
        "the menu moved around a bit",
    ),
}  # fmt: skip
