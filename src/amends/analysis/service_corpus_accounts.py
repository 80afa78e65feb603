"""Phrase bank: telecom/internet providers and banks/card issuers (fictitious brands)."""

from __future__ import annotations

__all__ = ["BANKING", "TELECOM"]

TELECOM: dict[str, tuple[str, ...]] = {
    "brands": (
        "TeleFast|TeleFast", "OrbitMobile|Orbit Mobile", "BrightWaveNet|BrightWave",
        "KiteConnect|Kite",
    ),
    "tags": ("broadband", "wifi", "internet", "mobile", "wfh", "5G"),
    "ref": (
        "account {n4}{n4}", "my broadband", "my account", "my contract", "order {order}",
        "case {caseno}", "my line", "my mobile bill",
    ),
    "charge": ("my bill", "my monthly bill", "my contract price", "my phone bill"),
    "thing": (
        "my internet", "my router", "my bill", "my contract", "my phone line", "my data plan",
        "my new SIM", "my engineer visit",
    ),
    "staff": (
        "the engineer", "your engineer", "the guy in store", "your agent", "the sales rep",
        "the tech support guy", "{name} on chat",
    ),
    "use": ("using", "signing up with", "recommending"),
    "again": ("renew with you", "upgrade with you"),
    "experience": ("install", "upgrade", "support call", "switch"),
    "issue": (
        "internet down since {weekday}[, no ETA|, still no fix|]",
        "[broadband|wifi] keeps dropping [every {mins} mins|every evening|all day]",
        "paying for {n3} Mbps, getting {speed}",
        "engineer [didn't show|never turned up] [on {weekday}|between 8 and 1|again]",
        "bill went up [from {amount} to {amount}|by {small} a month] [with no warning|and nobody"
        " told me]",
        "[charged|billed] for a [router|phone] I sent back [in {month}|{weeks} weeks ago]",
        "no signal [at home|in {city}|anywhere in the house] since {recently}",
        "[roaming|data] charges of {amount} [after|even though] I [bought|added] the [travel"
        " add-on|EU pass]",
        "[new|replacement] router [still not here|never arrived] after {days} days",
        "[outage|the outage] in {city} [now|going on] {n1} days [and counting|]",
        "[cancelled|ended] my contract in {month} and still [being charged|getting bills]",
        "[number|my number] [transfer|port] [failed|stuck] [for {days} days|twice]",
        "[data plan|my data] [used up|gone] in {n1} days and I [barely|hardly] used it",
        "[SIM|eSIM] [not activated|still not working] after {days} days",
        "[the|your] status page says no [issues|outage] but [I have|there's] no internet",
        "[contract|plan] price [different|higher] from what [the rep|your agent|{name}] quoted",
        "[calls|phone calls] [keep|constantly] [cutting out|dropping] [at home|in the office]",
        "[got|was] [sold|put on] a [plan|contract] I never agreed to",
        "[TV|streaming box] [not working|frozen] since the [update|upgrade] {recently}",
        "{n_times} [engineer visits|resets] and [the line|my internet] [still drops|is still dead]",
    ),
    "issue_np": (
        "outage", "dropped connection", "price hike", "missed engineer visit",
        "{speed} Mbps connection", "surprise roaming bill", "dead router", "no signal day",
    ),
    "worry": (
        "I work from home and the internet has been down since {weekday}",
        "[I have|got] [an exam|a job interview|a client call] online at {time} and [the wifi|my"
        " internet] is [dead|down again]",
        "[my|our] [elderly|disabled] [mum|dad] [relies on|needs] the landline and it's [been"
        " dead|not worked] since {recently}",
        "[the|a] bill of {amount} [will|would] [wipe out|empty] my account and [I can't|nobody"
        " will] [get it corrected|explain it]",
        "[I'm|we're] [on call|a carer] and need my phone to work but there's no signal since"
        " {recently}",
    ),
    "short": (
        "internet down AGAIN", "fix your network", "still no signal", "no internet. again.",
        "where's the engineer??", "still no wifi",
    ),
    "question": (
        "is there planned maintenance in {city} [this week|on {weekday}]?",
        "can I keep my number if I switch to [eSIM|a new phone]?",
        "what speeds can I get at [my postcode|my new address]?",
        "does the {n2}GB plan include [roaming|hotspot|EU data]?", "when does my contract end?",
        "how do I [set up|change] the [wifi password|router name]?",
        "do you do [student|senior|family] deals?", "is [fibre|5G] available in {city} yet?",
    ),
    "action": (
        "upgrade my plan", "move my broadband to my new address", "add a line for {kid}",
        "pause my contract while I'm abroad", "get a second router", "switch to paperless billing",
    ),
    "hypo": (
        "I go over my data", "my router breaks", "I move house mid-contract",
        "I lose my phone abroad", "the engineer can't get in",
    ),
    "request": (
        "please send me a PAC code",
        "[can|could] you [book|arrange] an engineer for {weekday} morning?",
        "[please|pls] email me a copy of my [contract|last {n1} bills]",
        "[can|could] you [unlock|network unlock] my phone please?",
        "[please|pls] add {kid} as an authorised user on my account",
    ),
    "info": (
        "[I'm|we're] moving house on {weekday}, [new|the new] address is {n3} High Street",
        "I'll be in {city} for {weeks} weeks from {month}",
        "[I've|we've] just [ordered|signed up for] [fibre|the {n3} Mbps plan]",
        "I'll be home all day {weekday} for the engineer",
        "my [email|number] has changed, [new one|details] [sent by DM|in DM]",
    ),
    "good": (
        "the engineer [was in and out in|fixed it in] {mins} [mins|minutes]",
        "[speeds are|the speed is] [way|so much] better [since the upgrade|than my old provider]",
        "[got|getting] {n3} Mbps [easily|no problem]",
        "{name} on chat [sorted|fixed] my bill in {n1} minutes",
        "the [new|5G] signal in {city} is [brilliant|amazing]",
        "switching [was|took] [painless|{n1} minutes]",
        "[the|your] tech support [actually|really] [knew their stuff|listened]",
    ),
    "fixed": (
        "[my|the] internet is back [up|on]", "the wrong charge was refunded",
        "my new SIM [is|got] activated", "the router swap sorted it",
    ),
    "mild": (
        "the engineer was a bit late", "the hold music is awful", "the app is a bit clunky",
        "the install took longer than planned",
    ),
}  # fmt: skip

BANKING: dict[str, tuple[str, ...]] = {
    "brands": (
        "HarbourBank|Harbour Bank", "CoinPeakBank|CoinPeak", "TrustwellCards|Trustwell",
        "NovaSavings|Nova",
    ),
    "tags": ("banking", "money", "fintech", "savings"),
    "ref": (
        "my card ending {last4}", "my account", "the transfer on {weekday}",
        "my mortgage application", "payment ref {caseno}", "my {amount} transfer",
        "my savings account", "dispute {caseno}",
    ),
    "charge": ("my account fee", "my overdraft interest", "my card fees", "my loan repayment"),
    "thing": (
        "my card", "my transfer", "my account", "my refund", "my loan application", "my new card",
        "my overdraft", "my statement",
    ),
    "staff": (
        "the branch staff", "your adviser", "the fraud team", "the lady in the branch",
        "your call centre", "{name} in the {city} branch",
    ),
    "use": ("banking with", "using", "recommending"),
    "again": ("bank with you", "use the app"),
    "experience": ("bank", "account opening", "mortgage process", "banking app"),
    "issue": (
        "[charged|billed] twice for the same [payment|purchase] at {city}",
        "my transfer of {amount} still hasn't arrived after {days} days",
        "card [blocked|declined] [at the till|abroad|at the airport] for no reason",
        "overdraft fee of {small} for going {small} over",
        "[app|the app|online banking] [down|not working] [since {time}|again|all morning]",
        "[dispute|chargeback] {caseno} [closed|rejected] without [anyone reading it|a reason]",
        "[new|replacement] card [never arrived|still not here] after {weeks} weeks",
        "{amount} [taken|disappeared] from my account and [the fraud team|nobody] [won't|can't]"
        " explain it",
        "[mortgage|loan] application [stuck|on hold] for {weeks} weeks with no update",
        "[account|my account] frozen [with no warning|for {days} days] and I can't [pay"
        " bills|buy food]",
        "[direct debit|standing order] [went out twice|cancelled itself|wasn't paid]",
        "[interest|fees] [changed|went up] and [nobody told me|there was no letter]",
        "[can't|couldn't] log in [for {days} days|since the update] - [the code|the OTP] never"
        " arrives",
        "[branch|the {city} branch] [closed|shut] with no notice and [the next one|the nearest]"
        " is {n2} miles away",
        "[paid|refund] {amount} [into my account|back] [on {weekday}|a week ago] and it's [not"
        " showing|gone]",
        "[asked|requested] [to close|to close my account] {n_times} and it's still open",
        "[exchange rate|FX fee] [on|for] my card abroad [was|cost me] {amount}",
    ),
    "issue_np": (
        "overdraft fee", "frozen account", "blocked card", "lost transfer", "app outage",
        "double charge", "rejected dispute", "missing payment",
    ),
    "worry": (
        "my rent is due [tomorrow|on {weekday}|today] and the transfer still hasn't arrived",
        "[payday|my salary] [was|should have been] [on {weekday}|yesterday] and [it's|the money"
        " is] [not there|nowhere]",
        "[someone|somebody] took {amount} from my card and [I can't|nobody will] [get"
        " through|help]",
        "my card [is|got] blocked and [I'm|I am] [abroad|in {city}] with no [cash|other way to"
        " pay]",
        "the [deposit|house deposit|completion money] of {big} [hasn't arrived|is missing] and"
        " we [complete|move] on {weekday}",
        "[got|had] a text [about|saying] a {amount} payment I didn't make and the app"
        " [won't|doesn't] [let me in|load]",
    ),
    "short": (
        "card declined AGAIN", "give me my money", "app down again", "where's my money??",
        "unblock my card", "still no transfer",
    ),
    "question": (
        "how long do international transfers take?",
        "what's the daily [withdrawal|transfer] limit on my card?",
        "can I [freeze|lock] my card in the app?",
        "do you charge fees for using my card in {city}?",
        "what's the interest rate on the [savings account|fixed saver]?",
        "do I need to tell you before I travel abroad?", "how do I [add|set up] Apple Pay?",
        "is the {city} branch open on {weekday}?",
    ),
    "action": (
        "change my address online", "raise my overdraft limit", "order a new card",
        "open a joint account", "set up a standing order", "move money between accounts in the app",
    ),
    "hypo": (
        "my card gets stolen abroad", "I send money to the wrong account", "a payment bounces",
        "I lose my phone with the banking app on it", "I miss a repayment",
    ),
    "request": (
        "[please|pls] send me a statement for {month}",
        "[need|I need] a bank letter for my [visa|mortgage|landlord]",
        "[can|could] you [increase|raise] my contactless limit?",
        "[please|pls] update my address, [details|new address] in DM",
        "[can|could] I get a copy of [my loan agreement|the account terms]?",
    ),
    "info": (
        "I'll be [travelling|in {city}] from {weekday} for {n1} weeks, just so my card works",
        "I've [moved|changed jobs], my [salary|wages] will now come from a new employer",
        "[my daughter is opening her|my son is opening his] first account [this week|on {weekday}]",
        "I'm [expecting|about to receive] a large payment of {big} from [selling my car|an"
        " inheritance]",
    ),
    "good": (
        "the fraud team [caught|blocked] a dodgy payment [straight away|in seconds]",
        "[the|your] app [makes|made] budgeting [so easy|really easy]",
        "{staff} [helped|walked] my [mum|dad|gran] through [the app|online banking] so patiently",
        "mortgage approved in {n1} days", "instant [transfer|payment] to {city} [took|in] seconds",
        "[opened|opening] an account took {n1} minutes",
    ),
    "fixed": (
        "the [double charge|fee] was refunded", "my card is [unblocked|working again]",
        "the missing {amount} is back in my account", "my new card arrived",
    ),
    "mild": (
        "the app was slow for a bit", "the hold was a bit long", "the branch queue was long",
        "the letter took a while",
    ),
}  # fmt: skip
