"""Project-written short customer messages with our own signal labels.

Training text for the experiment ``benchmarks/signals_short.py`` (short-message signal heads):
tweets, SMS, chat and app-review lines written
for this project (part 0 leans to travel, telecom, delivery and retail), each labelled with the
seven signals as defined in ``benchmarks/data/README.md`` ("What the labels mean"). About 40% carry
no signal at all, many of them near-misses (asking how to cancel, a bare delay, a cancellation made
by the company, negated or hypothetical threats), so that a learned head does not fire on keywords
alone. No text is copied or paraphrased from any dataset, and every brand is made up.

Each item is ``(text, labels)``; ``labels`` is a 7-character string of ``0``/``1`` in the column
order follow_up_requested, churn_threat, public_escalation_threat, repeat_contact, long_wait,
transferred, broken_promise.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: tuple[tuple[str, str], ...] = (
    (
        "what a run around @Bluejet. four agents, four different answers on the same "
        "refund #customerservice",
        "0001010",
    ),
    ("was told my Teleon engineer would come Thursday 8-12. it's 3pm. nobody. no call", "0000001"),
    (
        "@MaplewayBank lost my card this morning, froze it in the app. how do I order a new one?",
        "0000000",
    ),
    (
        "Orlo Air handed my complaint to the airport, who handed it to the handling "
        "agent, who handed it back",
        "0000010",
    ),
    (
        "complained in store, then online, now here. Stridewell, my trainers still squeak"
        " like a duck",
        "0001000",
    ),
    (
        "the Skylark app keeps logging me out when I try to check in. new phone, latest app update",
        "0000000",
    ),
    (
        "can someone from Vexa call me? I've got a number porting problem and the chat "
        "keeps timing out",
        "1000000",
    ),
    ("the coffee on Bluejet tastes like someone described coffee to a kettle", "0000000"),
    (
        "messaged Orlo Air on the app chat, then email, then here. all about the same "
        "baggage claim. no joy",
        "0001000",
    ),
    (
        "transferred to the claims team at Ironleaf, who sorted the windscreen in one call. easy",
        "0000000",
    ),
    (
        "DM me pls 🙏 can't find my booking confirmation and I fly tomorrow @Coastline_Trains",
        "1000000",
    ),
    (
        "complaint is going to the ombudsman. @TeleonUK had their 8 weeks and did nothing with it",
        "0010100",
    ),
    ("Hotel Corvin charged my card a £100 deposit. when does that come back, usually?", "0000000"),
    (
        "Bluejet cancelled my return flight and offered a voucher or a refund. taking the refund",
        "0000000",
    ),
    ("was told the roaming bundle would cover Spain. Vexa just charged me £58 in data", "0000001"),
    (
        "Parcelo lost a £1,200 camera and offered me £20. my brother-in-law is a "
        "solicitor and he's drafting the letter",
        "0010000",
    ),
    (
        "requesting AGAIN that @ShopHarbor removes my old address from my account. it "
        "keeps shipping there",
        "0001000",
    ),
    (
        "ordered a sofa from Hearthly, arrives in 6-8 weeks which they told me upfront. fine by me",
        "0000000",
    ),
    (
        "this is the third time I've told @Vexa_Mobile I opted out of marketing calls. "
        "they still ring me daily",
        "0001001",
    ),
    (
        "I won't be leaving @Vexa_Mobile, calm down, I just asked what roaming costs in Canada lol",
        "0000000",
    ),
    (
        "my bag is lost AGAIN @Orlo_Air. second trip in a row. what's the form I need to "
        "fill this time",
        "0000000",
    ),
    (
        "@Kestrel_Rail if this isn't sorted I'm going to the rail regulator. I have "
        "photos of the overcrowding",
        "0010000",
    ),
    (
        "last time I shop at Grovers. the 'fresh' chicken was off two days before the date",
        "0100000",
    ),
    (
        "Bluejet changed my flight time by an hour, emailed me a week ahead. no drama, "
        "just noting it",
        "0000000",
    ),
    ("Teleon, I'm not renewing. 3 price rises in a year and the speed went down", "0100000"),
    ("\"we're experiencing high demand\" for 6 weeks now. Teleon, I'm cancelling", "0100100"),
    ("@ShopHarbor your 'guaranteed by Christmas' delivery arrived on the 29th", "0000001"),
    ("got passed from pillar to post at Kestrel Rail for 2 hours over a £9 ticket", "0000110"),
    (
        "Swiftbox left my parcel with a neighbour I've never met. it's fine, she's nice, "
        "but tell me next time",
        "0000000",
    ),
    (
        "@MaplewayBank what's the daily limit on contactless payments now? shop said mine"
        " was too high",
        "0000000",
    ),
    (
        "my ShopHarbor order was cancelled by you for 'stock issues' - will the refund go"
        " back to my card automatically?",
        "0000000",
    ),
    (
        "hmm @Swiftbox my parcel's been 'at the depot' since this morning, normal for a "
        "same-day order?",
        "0000000",
    ),
    ("how long does it take to process a name change at @Skylark? 7 weeks so far", "0000100"),
    (
        "if I cancel my Teleon TV add-on do I keep the broadband deal? thinking about it,"
        " not decided",
        "0000000",
    ),
    (
        "Kestrel Rail's social team says call us, the phone line says tweet us. genuinely what",
        "0000010",
    ),
    (
        "the @Grovers_Store pharmacy referred me to the main store, who referred me back "
        "to the pharmacy",
        "0000010",
    ),
    (
        "transferred 4x by @Vexa_Mobile and ended up back at the first person I spoke to."
        " incredible",
        "0000010",
    ),
    (
        "@Kestrel_Rail the toilets on coach C were locked the whole way from York. 2 "
        "hours with a toddler!",
        "0000000",
    ),
    (
        "seriously @Vexa_Mobile how is it taking 10 days to unlock a phone I own "
        "outright. every agent passes me to 'unlocking', who pass me back",
        "0000110",
    ),
    (
        "@Swiftbox driver threw my parcel over the gate. there's a dent in it now. photo attached",
        "0000000",
    ),
    (
        "Parcelo: 'signature required' was agreed with the seller. your driver left it "
        "behind the bin",
        "0000001",
    ),
    (
        "just had my ShopHarbor order arrive in 2 boxes on different days, no biggie, both here",
        "0000000",
    ),
    (
        "Hotel Corvin room smelled of smoke though it's a non-smoking floor. changed "
        "rooms, fine now",
        "0000000",
    ),
    (
        "every @Bluejet agent passes me on, and each one promises the next one will fix "
        "it. none do",
        "0000011",
    ),
    ("I have emailed you four times. next step is a letter before action, @Hearthly", "0011000"),
    (
        "I'm staying with Brightwater even though the prices are mad, everyone else is worse",
        "0000000",
    ),
    (
        "on hold with Hotel Corvin for 35 minutes, then put through to the spa. I asked "
        "about parking",
        "0000110",
    ),
    (
        "@Swiftbox I've sent 3 messages through your form. can an actual person contact me please",
        "1001000",
    ),
    (
        "I cancelled my Grovers delivery pass last month, got the confirmation email, and"
        " you charged me again",
        "0100001",
    ),
    ("closing my Skylark credit card this week. points devaluation was the final straw", "0100000"),
    ("@ZipplyApp the new dark mode is gorgeous, thank you", "0000000"),
    ("Is the Coastline Trains quiet coach actually quiet or is it a myth 😂", "0000000"),
    (
        "@Sunny_Isles my complaint form has been submitted 3 times now because it keeps "
        "'failing'. received?",
        "0001000",
    ),
    (
        "Kestrel Rail revised timetable means my commute is 10 min longer. annoying but I get it",
        "0000000",
    ),
    (
        "I emailed Brightwater about my direct debit yesterday, guess I'll see what they say",
        "0000000",
    ),
    (
        "is Hearthly's 'next day delivery' actually next working day? ordering on a Friday",
        "0000000",
    ),
    (
        "asked for a supervisor at the Elmbridge council desk and she fixed the parking "
        "permit on the spot",
        "0000000",
    ),
    (
        "@Orlo_Air the airport says the lost bag is your problem, your desk says it's the"
        " airport's. who do I talk to?",
        "0000010",
    ),
    ("the crisps in my Grovers delivery were crushed flat lol, crisp dust", "0000000"),
    (
        "expect to hear from the Citizens Advice consumer service and then my lawyer, @Swiftbox",
        "0010000",
    ),
    (
        "NorthRail ticket office told me my railcard discount would be applied at the "
        "barrier. it wasn't. fined",
        "0000001",
    ),
    ("the council tax letter from Elmbridge has my name spelt wrong, does that matter?", "0000000"),
    ("my Vexa bill has a £2.50 'paper bill fee' but I get email bills. what is this?", "0000000"),
    (
        "Grovers passed me between three departments over a £4 refund. closing my "
        "account. not worth it",
        "0100010",
    ),
    ("Flight BJ204 delayed. Gate now B12.", "0000000"),
    ("2 hrs on hold to Orlo Air today. gave up. tried again. 1 hr 15. still no one", "0001100"),
    (
        "the insurer says talk to Hearthly, Hearthly says talk to the insurer. my ceiling"
        " is still on the floor",
        "0000010",
    ),
    (
        "recieved the wrong size trainers from @Stridewell, how do I send them back? is "
        "there a label",
        "0000000",
    ),
    (
        "spoke to 5 different @ShopHarbor reps today, each one said the last one had it wrong",
        "0001010",
    ),
    (
        "Ironleaf's claim form asks for a crime number for a lost bag. I didn't report it"
        " to the police",
        "0000000",
    ),
    (
        "@Kestrel_Rail I reported the heating on the 7:15 last month. and the week after."
        " still freezing. next stop, the regional paper",
        "0011000",
    ),
    (
        "the Hearthly sofa arrived in the week they said. one leg's a bit wonky, can I "
        "get a spare?",
        "0000000",
    ),
    ("why is the ShopHarbor returns window 14 days when every other shop does 30?", "0000000"),
    ("still no refund from Coastline for my cancelled trip. been waiting since March", "0000100"),
    (
        "@Orlo_Air stuck on the tarmac 3 hours no water. last time I book with you, genuinely",
        "0100100",
    ),
    (
        "keep messaging Parcelo and keep getting the same copy-paste answer. I read the "
        "FAQ. that's why I'm messaging",
        "0001000",
    ),
    ("second DM sent, @Parcelo. nobody's read the first one", "0001000"),
    (
        "thinking of sueing Orlo Air for the lost wedding dress. anyone done small claims"
        " against an airline?",
        "0010000",
    ),
    (
        "@Munchly my order's showing as 'with rider' but the map hasn't moved. is it stuck?",
        "0000000",
    ),
    ("the Orlo Air crew on OR55 handled a medical emergency brilliantly. thank you all", "0000000"),
    (
        "consumer rights lawyer on speed dial. @Bluejet still thinks EU261 is optional apparently",
        "0010000",
    ),
    ("Hotel Corvin staff were fab, the breakfast less so. eggs like rubber", "0000000"),
    (
        "I've told Grovers many times that my building has no lift. the driver still "
        "refuses to come up",
        "0001000",
    ),
    (
        "platform 4 at Wexley has no working screens again, which train is the 18:10 to Dunmore?",
        "0000000",
    ),
    (
        "Grovers, need your complaints team to email me. my delivery driver was rude to "
        "my elderly mum",
        "1000000",
    ),
    (
        "fifth email to @Hearthly about the wobbly wardrobe. no reply. never buying "
        "furniture from you again",
        "0101000",
    ),
    (
        "Stridewell's agent told me the return would be free. just got charged £4.99 for it",
        "0000001",
    ),
    (
        "gonna move my broadband and phone to Nimbus after this weekend's outage. can't "
        "run a business on this",
        "0100000",
    ),
    ("ShopHarbor said my refund would show in 3-5 working days. we're at day 19", "0000101"),
    (
        "ShopHarbor gift card says £0.00 balance but I haven't used it. can you check? "
        "number in DM",
        "0000000",
    ),
    (
        "Sunny Isles call centre passed me to the depot, the depot passed me to head "
        "office, head office hung up",
        "0000010",
    ),
    (
        "Bluejet, consider this my notice. taking the family to Pelican Air for every "
        "trip from now",
        "0100000",
    ),
    (
        "tagging @DailyLedger because @Vexa_Mobile won't listen to customers. maybe "
        "they'll listen to the press",
        "0010000",
    ),
    (
        "delayed 4 hours at Faro with a 1 year old. no food vouchers, no info, nothing @Orlo_Air",
        "0000100",
    ),
    (
        "Sunny Isles said the coach would wait for late arrivals from the ferry. it left "
        "without 12 of us",
        "0000001",
    ),
    (
        "Never again Sunny Isles Coaches. 7 hours next to a broken toilet, and every "
        "parent at my school will hear about it",
        "0110000",
    ),
    ("Stridewell's website says in stock, store says out of stock. which is true?", "0000000"),
    (
        "@Munchly my curry arrived lukewarm and the naan was missing. can I get a partial refund?",
        "0000000",
    ),
    (
        "any plans for Mapleway to support joint accounts in the app? my partner and I need one",
        "0000000",
    ),
    ("@Bluejet just landed in Oslo, bags came off first for once. nice one", "0000000"),
    (
        "hour and a half in the Hotel Corvin check-in line after a red-eye. one person on the desk",
        "0000100",
    ),
    ("I asked a simple question and Bluejet bounced me round 3 different phone numbers", "0000010"),
    (
        "Sunny Isles Coaches lost my suitcase tag somewhere between Exeter and Truro. "
        "bag's fine tho",
        "0000000",
    ),
    ("Grovers substituted my 6 eggs with 12 eggs. honestly I'm not mad", "0000000"),
    (
        "emailed my MP about NorthRail after my 6th complaint got ignored. let's see if "
        "that moves things",
        "0011000",
    ),
    (
        "Would I lose my air miles if I closed my Skylark card? not planning to, just curious",
        "0000000",
    ),
    ("does the Hotel Corvin pool have a lifeguard? travelling with a 7yo", "0000000"),
    (
        "I want to speak to a supervisor about the way the Bluejet gate agent spoke to my father",
        "1000000",
    ),
    ("no reply? @Swiftbox I messaged you on Tuesday about the missing parcel", "0001000"),
    ("@Kestrel_Rail does the 'Anytime' ticket work on the 8:02 or is that peak-only?", "0000000"),
    ("three weeks, five emails, no answer. @Swiftbox CALL ME", "1001100"),
    (
        "the @Bluejet lost luggage saga is going on my blog and every travel forum I'm "
        "on. 40k readers",
        "0010000",
    ),
    (
        "had a great chat with your advisor Priya at Ironleaf, she explained the excess "
        "really clearly",
        "0000000",
    ),
    (
        "hi @NorthRail, my 4th message re penalty fare appeal. it's been 6 weeks. can "
        "someone call me",
        "1001100",
    ),
    (
        "Teleon, I've now complained to the telecoms ombudsman. maybe they can get a "
        "straight answer from you",
        "0010000",
    ),
    (
        "@Parcelo parcel 6 days late and counting. it was meant to be a birthday present."
        " birthday was Tuesday",
        "0000100",
    ),
    ("my parcel from Swiftbox is on the van. is there any way to see a time window?", "0000000"),
    (
        "My insurer said they'd call on Tuesday and they called on Tuesday. that's it, "
        "that's the tweet",
        "0000000",
    ),
    (
        "hung on while NorthRail passed me from customer service to the ticket office to "
        "the station manager",
        "0000010",
    ),
    (
        "@ShopHarbor I need to speak with a manager about a fraudulent order on my "
        "account. please contact me",
        "1000000",
    ),
    ("Munchly 'priority delivery' for an extra £1.99, is it actually faster or a vibe?", "0000000"),
    (
        "@ShopHarbor pls get back to me about order SH-20931, wrong item and I need it for Friday",
        "1000000",
    ),
    (
        "Teleon signed me up to a 'no price rise' deal. price rose. I'm leaving when the "
        "month's up",
        "0100001",
    ),
    (
        "third call to Teleon. third department. third time explaining my name is spelt with a y",
        "0001010",
    ),
    (
        "Stridewell used to be my go-to. not anymore, taking my running money to the "
        "indie shop down the road",
        "0100000",
    ),
    (
        "is it cheaper to book NorthRail tickets on the day or in advance? first time using them",
        "0000000",
    ),
    (
        "get a manager to call me. today. I'm not explaining this broken fridge to "
        "another bot @Hearthly",
        "1000000",
    ),
    (
        "is it normal for a Coastline Trains first class ticket to include no food at all now?",
        "0000000",
    ),
    ("hey Parcelo what's your latest drop-off time at the Oakfield depot on weekdays?", "0000000"),
    (
        "joined the class action against Skylark over the delayed refunds. 8 months "
        "waiting, finally some hope",
        "0010100",
    ),
    (
        "How do I cancel my Vexa Mobile plan online? can't find the option anywhere in the app",
        "0000000",
    ),
    (
        "Hotel Corvin reception sent me to the booking site, the booking site sent me to "
        "reception. bill still wrong. never staying here again",
        "0100010",
    ),
    (
        "@Hearthly pls DM me, the delivery team scratched our new floor and I need to "
        "speak to someone about it",
        "1000000",
    ),
    (
        "why does the @ShopHarbor website charge delivery on a £60 order when the ad said"
        " free over £50?",
        "0000000",
    ),
    (
        "Grovers promised a callback about my damaged delivery 'within 24h'. 3 days. "
        "someone call me please",
        "1000101",
    ),
    (
        "my NorthRail train sat outside Carlow for 90 minutes with no explanation. I'll "
        "miss my interview",
        "0000100",
    ),
    ("was suposed to get a £50 voucher as goodwill from Bluejet. never arrived", "0000001"),
    ("mapleway app says 'pending' on a transfer I made at 2pm. normal on a Sunday?", "0000000"),
    (
        "@Kestrel_Rail I've cancelled my annual season ticket. working from home is "
        "cheaper and less stressful",
        "0100000",
    ),
    (
        "Teleon said my speed would be 'at least 60Mb'. I'm getting 9. that was the whole"
        " point of switching",
        "0000001",
    ),
    (
        "Hypothetically, if my Vexa phone gets stolen abroad, who do I call first? the "
        "police or you?",
        "0000000",
    ),
    ("Stridewell refund landed in my account today 👍", "0000000"),
    (
        "@Parcelo please email me about parcel PX-44812, it's medication and I need to "
        "know where it is",
        "1000000",
    ),
    ("Vexa's new price rise is a joke. £4 more a month for literally the same signal", "0000000"),
    (
        "Kestrel Rail, I'd like someone senior to contact me about the assault on the "
        "22:10. this is serious",
        "1000000",
    ),
    ("Quick one: if I upgrade my Vexa contract mid-month, is the first bill pro-rated?", "0000000"),
    (
        "@NorthRail the 07:42 from Ashby was cancelled this morning, is there a "
        "replacement bus running?",
        "0000000",
    ),
    (
        "@Swiftbox can someone get in touch with me directly? your driver reversed into my wall",
        "1000000",
    ),
    (
        "fyi to anyone flying Skylark tomorrow: the 7:15 to Dublin is showing cancelled "
        "on their site",
        "0000000",
    ),
    (
        "this is my seventh call to Teleon this month. every call goes to a different department",
        "0001010",
    ),
    (
        "roof of the NorthRail station at Pell Lane drips on the benches every time it rains",
        "0000000",
    ),
    ("I'd rather walk than get on another @Sunny_Isles coach", "0100000"),
    ("goodbye @Hearthly, you will never see another penny of mine after that sofa saga", "0100000"),
    ("Grovers, your 'fresh' bread had mould on it the day after I bought it", "0000000"),
    ("phoned Vexa 4 times, on hold 40 mins each time, hung up on once. for a sim swap", "0001100"),
    (
        "Ironleaf sent me a letter saying they're taking my old landlord to court over "
        "the flood claim. ok?",
        "0000000",
    ),
    (
        "I'd never leave Bluejet, I'm gold tier, but the lounge at Gatwick was filthy today",
        "0000000",
    ),
    (
        "thanks @Bluejet crew on BJ88 last night, the purser sorted my daughter's earache"
        " like a pro 🙏",
        "0000000",
    ),
    (
        "Bluejet customer relations: still waiting on the £200 you promised on the phone."
        " this is my 3rd chase",
        "0001101",
    ),
    (
        "Brightwater Energy sent my smart meter reading email in Welsh. I don't speak "
        "Welsh. cute though",
        "0000000",
    ),
    ("the Elmbridge library renewal page says my card's expired. how do I renew it?", "0000000"),
    ("dm me @Stridewell, need to sort an exchnage before the race on sunday", "1000000"),
    ("hung up on me agian @Vexa_Mobile. thats twice today", "0001000"),
    (
        "I was told by the first agent that the transfer fee would be waived, the second "
        "agent put me through to billing who charged me",
        "0000011",
    ),
    (
        "Hotel Corvin room was fine but the aircon rattled all night. small thing but still",
        "0000000",
    ),
    (
        "'you'll have a refund in 7-10 days', said Orlo Air. day 23. I'm still out of pocket",
        "0000101",
    ),
    (
        "Grovers, you agreed to refund me for the damaged groceries on a recorded line. "
        "I'm going to the ombudsman",
        "0010001",
    ),
    (
        "@NorthRail I left my scarf on the 17:05 to Carlow, green wool. is there a lost "
        "property office?",
        "0000000",
    ),
    ("My Teleon contract ends in May. what deals do you have for existing customers?", "0000000"),
    ("@TeleonUK any outages reported in Leeds LS6? internet dropped about ten mins ago", "0000000"),
    (
        "Orlo Air told me the voucher would cover the whole rebooking. it doesn't. call "
        "me, or I'm flying elsewhere for good",
        "1100001",
    ),
    ("im OUT @Vexa_Mobile. requested my PAC code tonight", "0100000"),
    (
        "hey @NorthRail I've switched to the Brookway bus for my commute. cheaper, "
        "comfier, on time",
        "0100000",
    ),
    (
        "if Vexa ever puts prices up again I'll be annoyed, but realistically where else "
        "would I go",
        "0000000",
    ),
    (
        "my Parcelo parcel was left in the rain on the doorstep, box soaked through. not impressed",
        "0000000",
    ),
    ("booked Hearthly delivery for Saturday, can I change it to Sunday?", "0000000"),
    (
        "Swiftbox: is there a way to add a safe place note after the parcel has been dispatched?",
        "0000000",
    ),
    ("the Skylark seat map shows 14A as a window seat. there's no window. just a wall", "0000000"),
    ("@Teleon_Fibre how do I change the wifi name on the new hub? manual is useless", "0000000"),
    (
        "can a real human at Coastline Trains reach out? the bot doesn't understand "
        "'group booking'",
        "1000000",
    ),
    (
        "not switching anywhere, I like @TeleonUK fine, just want to know when 5G reaches"
        " my street",
        "0000000",
    ),
    ("yo @Stridewell hit me up in DMs, wrong shoe in the box (two lefts 😂)", "1000000"),
    (
        "Can someone explain how the delivery slot system works at Grovers? do I pick an "
        "hour or a day?",
        "0000000",
    ),
    (
        "ok @TeleonUK I'm asking again. WHEN will my area's broadband upgrade actually happen?",
        "0001000",
    ),
    (
        "@Stridewell I've raised this on here before and nothing happened so I'm raising "
        "it again. insoles missing",
        "0001000",
    ),
    (
        "I unsubscribed from Grovers texts a month ago, got the confirmation, still "
        "getting 3 a week",
        "0000001",
    ),
    (
        "Hearthly's delivery team said the fitting team would come, fitting team says "
        "that's the delivery team's job. wardrobe in pieces",
        "0000011",
    ),
    (
        "my train got cancelled cos of the storm, fair enough, nobody controls the weather",
        "0000000",
    ),
    (
        "Brightwater's bill says estimated reading but I sent a real one. can someone "
        "check what happened",
        "0000000",
    ),
    ("Hearthly, get back to me pls. I'm paying for a mattress I can't sleep on", "1000000"),
    ("Delivery came a day early! thanks @Parcelo, pleasant surprise", "0000000"),
    (
        "Mapleway Bank keeps texting me about a loan I never asked for. how do I stop these?",
        "0000000",
    ),
    (
        "hey @Swiftbox is it possible to redirect a delivery to a locker after it's been "
        "dispatched",
        "0000000",
    ),
    ("on hold 50 mins, transferred twice, then cut off. thanks @Vexa_Mobile", "0000110"),
    (
        "the Vexa shop in Marlow gave me a loan phone while mine's being repaired, that's decent",
        "0000000",
    ),
    (
        "Coastline, I was promised a manager would email me about my complaint. still "
        "waiting for that. please email me",
        "1000101",
    ),
    (
        "Honestly? I'm done with Coastline Trains. the coach is slower but at least it turns up",
        "0100000",
    ),
    ("@Bluejet promised my bags would be on the next flight. that was two flights ago", "0000001"),
    ("the Elmbridge recycling centre is closed Tuesdays now?? since when", "0000000"),
    (
        "ShopHarbor's marketplace seller blames your warehouse, your warehouse blames the"
        " seller. I just want my drill",
        "0000010",
    ),
    (
        "@ParceloHelp text me when someone can talk about the damaged TV. I'm at work till 6",
        "1000000",
    ),
    (
        "@TeleonUK can I get an actual person to call? the line keeps crackling and the "
        "bot says 'no fault found'",
        "1000000",
    ),
    (
        "I've reported the same water leak at Platform 2 over and over, @Kestrel_Rail. "
        "still dripping",
        "0001000",
    ),
    (
        "queue for the Grovers click & collect was out the door. 45 mins for a pre-packed order",
        "0000100",
    ),
    ("4 weeks waiting for the broadband install. I want a manager to call me @TeleonUK", "1000100"),
    ("I have submitted the same form to NorthRail three times. do you want a fourth?", "0001000"),
    (
        "making a video for my 80k followers about @Orlo_Air losing my grandad's "
        "wheelchair. let the world see",
        "0010000",
    ),
    (
        "Stridewell you sent me a used pair of shoes as 'new'. returning them and closing"
        " my account",
        "0100000",
    ),
    (
        "transferred to a supervisor who transferred me to a different supervisor. Sunny "
        "Isles, this is comedy",
        "0000010",
    ),
    (
        "waited in for Hearthly from 7am to 7pm for a delivery that never came. a whole "
        "day's leave",
        "0000101",
    ),
    (
        "this review is going on every site I can find. ShopHarbor sold me a counterfeit watch",
        "0010000",
    ),
    (
        "@Teleon_Fibre I'm a carer and the landline's dead. ring my mobile pls, I can't "
        "sit on hold",
        "1000000",
    ),
    (
        "attorney's already drafted a letter, @Orlo_Air. you broke my mother's mobility "
        "scooter and blamed her",
        "0010000",
    ),
    (
        "Honestly @Skylark I'm done. my frequent flyer account is closed, my next trip is"
        " booked elsewhere",
        "0100000",
    ),
    (
        "I keep reporting the broken ticket gate at Elm Cross and it's still broken @NorthRail",
        "0001000",
    ),
    (
        "Kestrel Rail customer relations, please can someone call me about my season ticket refund",
        "1000000",
    ),
    ("Munchly, pls add a 'no cutlery' button, I have a drawer full of plastic forks", "0000000"),
    (
        "@TeleonUK you've lost a customer. 14 years. broadband contract cancelled, router"
        " going back",
        "0100000",
    ),
    (
        "the @Grovers_Store rep said head office would ring me back. never did. rang "
        "them: 'store matter'. store says head office",
        "0000011",
    ),
    (
        "Grovers sold my 15 year old energy drinks with no ID. reporting you to the "
        "council licensing team",
        "0010000",
    ),
    (
        "How do I switch my Brightwater tariff to the fixed one? the website loops back "
        "to the start",
        "0000000",
    ),
    (
        "been waiting months for the Teleon fibre upgrade they keep advertising in my area",
        "0000100",
    ),
    ("Flight cancelled. Rebooked on the evening one. Meh. #travel", "0000000"),
    (
        "Vexa said my contract ended in March and kept billing me. I've cancelled the "
        "direct debit and gone to Brisa",
        "0100001",
    ),
    (
        "you promised a free upgrade on my Vexa renewal and then billed me the full "
        "price. cancelling",
        "0100001",
    ),
    ("@Stridewell love these boots, any chance you'll restock them in tan?", "0000000"),
    (
        "Coastline Trains: my eticket QR won't scan at the barrier at Bayport. staff let "
        "me through",
        "0000000",
    ),
    (
        "honestly no complaints, just want a copy of my receipt for the Orlo Air seat "
        "upgrade for expenses",
        "0000000",
    ),
    ("@Skylark flight SK31 delayed, fyi all", "0000000"),
    (
        "@TeleonUK why does your phone line transfer me to the mobile team when I've told"
        " it broadband three times",
        "0000010",
    ),
    (
        "my solicitor will be writing to Hearthly on Monday about the water damage from "
        "your fitters",
        "0010000",
    ),
    (
        "Grovers I've rung your helpline about the £12 overcharge four times. each time "
        "I'm put through to a different team",
        "0001010",
    ),
    (
        "need someone from Grovers to ring me about the allergy mislabelling on the "
        "houmous. my son reacted",
        "1000000",
    ),
    ("the Zipply app crashes every time I open the map since my phone updated", "0000000"),
    (
        "NorthRail replacement bus driver got lost twice. we saw a lot of Wexley. scenic at least",
        "0000000",
    ),
    (
        "how many times do I have to ring @TeleonUK? every agent promises an engineer and"
        " none shows up",
        "0001001",
    ),
    (
        "@Grovers_Store why are your 'reduced' stickers placed over the original price? "
        "can't compare",
        "0000000",
    ),
    ("@ShopHarbor my order was due 'within 2 days'. it's day 9. where is it", "0000101"),
    (
        "Do Orlo Air flights from Bristol have wifi on board or should I download films first",
        "0000000",
    ),
    (
        "the Swiftbox app said 'arriving 2-3pm'. arrived 8:40pm. I took the afternoon off for this",
        "0000101",
    ),
    (
        "#TeleonFail called Teleon 5 times about the same fault. five different reference"
        " numbers. still no fix",
        "0001000",
    ),
    (
        "@Sunny_Isles booked a wheelchair space, confirmed on the phone, and the driver "
        "said there was no booking",
        "0000001",
    ),
    (
        "you promised me a callback within 48h @ShopHarbor. still want one. please call me",
        "1000001",
    ),
    (
        "Please have someone from Brightwater call me. my elderly dad's heating is off "
        "and he can't use apps",
        "1000000",
    ),
    (
        "4th time my ShopHarbor order has come with the wrong colour. do you even look at"
        " the screen?",
        "0000000",
    ),
    (
        "@SkyLarkAir our flight got cancelled due to strikes, what are our rights for a refund?",
        "0000000",
    ),
    (
        "Grovers, you've stopped stocking the oat milk I like. any plans to bring it back?",
        "0000000",
    ),
    ("@ShopHarbor the jeans I returned have been refunded, thanks for sorting so fast", "0000000"),
    ("u guys ever gonna fix the Vexa app login? fingerprint login fails every time 😩", "0000000"),
    ("where's the nearest Teleon shop to Marlow Green? need a new sim for my dad", "0000000"),
    (
        "3 months without a working landline. my mum relies on it. @TeleonUK, my MP is "
        "getting a copy of this",
        "0010100",
    ),
    (
        "the Teleon run around has finally worn me down. cancelling everything and going to Nimbus",
        "0100010",
    ),
    ("Kestrel Rail, why are your off-peak times different on the app and the website", "0000000"),
    (
        "@Kestrel_Rail I'm posting this video of your guard shouting at a child "
        "everywhere. everywhere.",
        "0010000",
    ),
    (
        "can I change the name on a Bluejet ticket? my friend can't go and my brother "
        "wants the seat",
        "0000000",
    ),
    ("Hotel Corvin said check-in is 3pm. can we drop the bags at 11?", "0000000"),
    (
        "I'm calling the local TV news about Sunny Isles leaving 30 kids at a motorway "
        "service station",
        "0010000",
    ),
    (
        "told Stridewell twice now that the discount code didn't apply at checkout. both "
        "times 'we'll look into it'",
        "0001000",
    ),
    (
        "Love the new Swiftbox app design. Much easier to see where the van is. #smallwins",
        "0000000",
    ),
    (
        "can you ring me @Vexa_Mobile? I'm partially deaf and a call with a real person "
        "beats this menu",
        "1000000",
    ),
    (
        "bye Skylark. joined the Pelican Air scheme this morning, status match approved in an hour",
        "0100000",
    ),
    ("Booked a Sunny Isles coach. Wifi didn't work for the entire trip. Just saying", "0000000"),
    (
        "Vexa, I'll be getting the Advertising Standards people involved. 'unlimited' "
        "data capped at 30GB isn't unlimited",
        "0010000",
    ),
    ("can I take my dog on a Sunny Isles coach or is it assistance dogs only?", "0000000"),
    (
        "yet another chat with the @ShopHarbor bot. yet another 'I've passed this to the "
        "team'. same problem as last week",
        "0001000",
    ),
    ("@Stridewell is there a shop in Gatesford or only online?", "0000000"),
    ("Grovers delivery arrived 3 hours after the slot ended. the ice cream was soup", "0000101"),
    (
        "30 min on hold with NorthRail refunds and nothing. just have someone phone me, please",
        "1000100",
    ),
    (
        "the Hearthly manager said she'd call me personally today. nothing. @Hearthly I "
        "need that call",
        "1000001",
    ),
    ("Does a Coastline Trains railcard work on the sleeper or only on day services?", "0000000"),
    ("is the Hearthly sale on in store as well as online or just online?", "0000000"),
    (
        "Swiftbox support: 'please contact the retailer'. retailer: 'please contact "
        "Swiftbox'. round and round",
        "0000010",
    ),
    (
        "signal in my flat with Vexa is one bar on a good day. is there a booster or something?",
        "0000000",
    ),
    (
        "you said you'd deliver on Saturday @Parcelo. I sat in all Saturday. card through"
        " the door Monday",
        "0000001",
    ),
    (
        "@Hearthly I've cancelled my order and I won't be ordering from you again. found "
        "the same table elsewhere",
        "0100000",
    ),
    (
        "Skylark lost my booking in the system, the agent at the desk found it in 5 min. phew",
        "0000000",
    ),
    ("the Orlo Air app shows my flight as 'unknown status'. what does that mean??", "0000000"),
    (
        "I'm not threatening to leave or anything, I'm just asking why my Teleon bill went up",
        "0000000",
    ),
    ("ordered two lamps, only one arrived. the box was fine. what do I do next?", "0000000"),
    (
        "this parcel has been 'in transit' since the 3rd of June. it's now mid July. @Parcelo",
        "0000100",
    ),
    (
        "why does the Bluejet website make me pick a seat before showing the price of the ticket",
        "0000000",
    ),
    (
        "want to speak to a supervisor. the Skylark agent just said 'nothing I can do' "
        "and transferred me to sales?!",
        "1000010",
    ),
    (
        "paid Swiftbox for named-day delivery on Friday. driver logged 'customer not in'."
        " I was in. nobody knocked",
        "0000001",
    ),
    ("Kestrel Rail said I'd hear back in 5 working days. that was 6 weeks ago", "0000101"),
    (
        "Is there a fee to close a Mapleway savings account early? asking before I decide anything",
        "0000000",
    ),
    (
        "my story about Orlo Air is now on the Wexley Gazette website. you could have "
        "just apologised",
        "0010000",
    ),
    (
        "@Coastline_Trains your ticket machine took £80 and gave nothing. if I don't get "
        "it back it's small claims",
        "0010000",
    ),
    (
        "signed a settlement with ShopHarbor in March. payment due in 14 days. still "
        "unpaid. small claims next",
        "0010101",
    ),
    (
        "Grovers can someone in head office contact me? your Redhill store manager "
        "refused my return",
        "1000000",
    ),
    (
        "after this I'm moving all our business travel off @Bluejet. 40 staff, regular "
        "routes. well done",
        "0100000",
    ),
    (
        "@Sunny_Isles I have contacted the consumer affairs programme on Radio Wexley. "
        "they're very interested",
        "0010000",
    ),
    (
        "the lady at Grovers customer service on Kings Rd was so kind when my card got "
        "stuck. thank her pls",
        "0000000",
    ),
    (
        "I'd like to talk to a supervisor not a script. Vexa, call me back on the account number",
        "1000000",
    ),
    (
        "my Swiftbox parcel arrived but the item inside is broken, glass everywhere. how "
        "do I claim?",
        "0000000",
    ),
    (
        "my Swiftbox parcel has been sitting at the depot for a week and a half. I can "
        "literally see the building. DM me a collection option",
        "1000100",
    ),
    (
        "@ShopHarbor ur click and collect email says ready but it doesn't say which desk. help?",
        "0000000",
    ),
    ("ShopHarbor says ask Parcelo, Parcelo says ask ShopHarbor. my parcel is an orphan", "0000010"),
    (
        "still waiting for my ShopHarbor refund. returned the coat on the 2nd of last month",
        "0000100",
    ),
    (
        "the security queue at Bluejet's terminal took 2 hrs and they still closed the "
        "gate on us. 'we'll wait', they said",
        "0000101",
    ),
    ("re-sending this as nobody answered @ShopHarbor: order SH-55102 never arrived", "0001000"),
    (
        "hello, is there someone at Orlo Air who can phone me about my late husband's "
        "booking? hard to do by chat",
        "1000000",
    ),
    (
        "Skylark kept me on the phone 90 mins, 6 transfers, still no answer on my denied "
        "boarding compensation",
        "0000110",
    ),
    (
        "I'll see Skylark in court. no more emails. you denied boarding to a paying "
        "passenger with a valid ticket",
        "0010000",
    ),
    (
        "@Vexa_Mobile third time asking: why is there a roaming charge on my bill when I "
        "never left the UK?",
        "0001000",
    ),
    (
        "Called Brightwater once about my meter, line dropped, I'll try again tomorrow morning",
        "0000000",
    ),
    (
        "cancelled my ShopHarbor Plus membership today. free delivery isn't free if "
        "nothing arrives intact",
        "0100000",
    ),
    (
        "wrote to the transport committee chair about Coastline's accessibility failures."
        " every station, every week",
        "0010000",
    ),
    (
        "@Stridewell how long does a return take?? it's been 5 weeks since you received "
        "it. trading standards next if it's not back by Friday",
        "0010100",
    ),
    ("any idea when the Kestrel Rail app will let me add tickets to my phone wallet?", "0000000"),
    (
        "Got the new router from @Teleon_Fibre today, set up took 10 mins, speeds are great so far",
        "0000000",
    ),
    (
        "@Kestrel_Rail is there step-free access at Hollin Bridge? travelling with a "
        "wheelchair on Sat",
        "0000000",
    ),
    (
        "@Hearthly this is the 4th email I've sent about the missing bed slats. please read them",
        "0001000",
    ),
    ("@Orlo_Air the onboard menu says vegan option, there was no vegan option", "0000000"),
    ("the Skylark baggage belt took 80 minutes. eighty. after a 50 minute flight", "0000100"),
    (
        "emailed Swiftbox 6 times about the smashed vase. next one goes to trading standards",
        "0011000",
    ),
    ("ordered a blue duvet cover from Hearthly, it's very much purple", "0000000"),
    ("40 minuets in the Sunny Isles ticket office queue just to change a date", "0000100"),
    (
        "filing a chargeback AND a complaint with the financial ombudsman over this Vexa "
        "handset loan",
        "0010000",
    ),
    ("been 'processing' my delay repay claim since February @Kestrel_Rail. it's July", "0000100"),
    (
        "Bluejet refund for a flight YOU cancelled in January. it's May. nothing. see you"
        " in small claims",
        "0010100",
    ),
    (
        "@ShopHarbor do you price match if the same kettle is cheaper on your own app? "
        "asking for my mum",
        "0000000",
    ),
    (
        "Vexa, your agent swore someone would call me back within the hour. that was "
        "yesterday. please actually call",
        "1000001",
    ),
    (
        "waited 55 mins on the platform in the cold for the rail replacement bus @NorthRail. 55!!",
        "0000100",
    ),
    (
        "@Bluejet refund my flight or my lawyer will be in touch. and I'm never flying "
        "with you again",
        "0110000",
    ),
    (
        "Swiftbox, expect a letter from my lawyer. your driver's van took out my garden "
        "wall and you're denying it",
        "0010000",
    ),
    ("If my parcel goes to a neighbour does Parcelo leave a card or send a text?", "0000000"),
    ("still no answer to my email from the 3rd @Orlo_Air. it's the 24th", "0001100"),
    (
        "the ticket machine at Elm Cross only takes cards and mine got declined. had to "
        "buy onboard",
        "0000000",
    ),
    (
        "I've been bounced between @Vexa_Mobile and the handset maker for a week over "
        "this faulty screen. I want a manager to call me",
        "1000010",
    ),
    (
        "@Parcelo your driver told me to ring the depot, the depot told me to ring the driver 🤡",
        "0000010",
    ),
    ("I'm not waiting on hold again. Skylark, call ME. ref SKQ72L", "1000000"),
    (
        "it's been a month since my Teleon complaint with no response. can someone please call me",
        "1001100",
    ),
    (
        "hey @Vexa_Mobile, ported my number in from another network today, all worked perfectly",
        "0000000",
    ),
    ("got a text from 'Parcelo' asking for £1.45 redelivery fee. is that a scam?", "0000000"),
    (
        "@Munchly the rider was lovely, food was great, the app tip screen was confusing though",
        "0000000",
    ),
    (
        "asked at the desk, asked on the phone, asked in the app. nobody at Skylark can "
        "find my upgrade",
        "0001000",
    ),
    (
        "mapleway ATM on the high street ate my card. branch is open tomorrow, I'll pop in",
        "0000000",
    ),
    (
        "@ParceloHelp my tracking just says 'in network' - what does that actually mean? "
        "parcel due tomorrow",
        "0000000",
    ),
    (
        "Parcelo sent me to the sender, the sender sent me to Parcelo, i give up #parcelo #fail",
        "0000010",
    ),
    (
        "bounced around Teleon's departments for an hour. sales, billing, tech, sales again",
        "0000010",
    ),
    (
        "Kestrel rail ticket office at Denholm closed for lunch at 12:30 on a weekday. odd choice",
        "0000000",
    ),
    (
        "you told me in writing you'd cover the repair @ShopHarbor. now you won't. my "
        "solicitor has the email",
        "0010001",
    ),
    (
        "Coastline trains have been 20+ mins late every day this week. that's nearly 4 "
        "hours of my life",
        "0000100",
    ),
    (
        "@Swiftbox that's the fourth time I've chased you about a missing parcel. "
        "ordering from elsewhere from now on",
        "0101000",
    ),
    ("Stridewell sent me a size 9 in the box labelled 10 🙄", "0000000"),
    ("6 weeks to update my card details, Teleon?? I'm literally trying to pay you", "0000100"),
    (
        "every Grovers employee I speak to blames the previous one. store blames online, "
        "online blames the store",
        "0001010",
    ),
    (
        "@Grovers_Store your pasta aisle reorganisation has defeated me. where is the orzo now",
        "0000000",
    ),
    ("Bluejet why is a 20kg bag £48 one way. that's more than my seat", "0000000"),
    (
        "posting the whole @Grovers_Store email chain publicly. people should see how you"
        " handle complaints",
        "0010000",
    ),
    (
        "hi again @Kestrel_Rail. delay repay claim from 2 months ago. still nothing. ref KR-77120",
        "0001100",
    ),
    (
        "Stridewell chat handed me off to 3 different agents in 40 mins. had to "
        "re-explain every time",
        "0000010",
    ),
    (
        "have filled in your contact form twice now, @Orlo_Air. need someone to email me back",
        "1001000",
    ),
    ("What's the Zipply parking rule near the station? got a fine notice in the app", "0000000"),
    (
        "going to the papers with this @Stridewell. kids' shoes falling apart in a week is a story",
        "0010000",
    ),
    (
        "@Vexa_Mobile you said a supervisor would ring me yesterday and nobody did. I "
        "still want that call",
        "1000001",
    ),
    (
        "Vexa have now had a formal complaint from me to the ombudsman. 8 weeks was the "
        "deadline, it's passed",
        "0010100",
    ),
    (
        "on hold with @Vexa_Mobile for 74 minutes. the hold music is now living in my "
        "head rent free",
        "0000100",
    ),
    ("if you need more info about my claim feel free to contact me on this number", "0000000"),
    ("do Munchly drivers take cash or is it card only now", "0000000"),
    (
        "Swiftbox, I've told you three times to stop leaving parcels on the street. I'm "
        "asking sellers not to use you",
        "0101000",
    ),
    ("brightwater engineer fitted the smart meter, friendly guy, no mess. 👍", "0000000"),
    ("please close my ShopHarbor account and delete my data. thanks for nothing", "0100000"),
    (
        "8 weeks for a replacement sim @Vexa_Mobile. I've been without a phone for 2 "
        "months. porting out as soon as it lands",
        "0100100",
    ),
    (
        "@SkyLarkAir my mum is stranded in Nice with no booking showing. please DM me asap",
        "1000000",
    ),
    (
        "@Orlo_Air I have written to you three times about my late father's unused "
        "ticket. please have someone phone me",
        "1001000",
    ),
    ("@Grovers_Store my substitution refund is 3 weeks late. I'm not made of money", "0000100"),
    (
        "it's the 2nd time I'm contacting @Coastline_Trains about the refund to my old card",
        "0001000",
    ),
    (
        "NorthRail, I've spent 20 mins in a queue to buy a ticket because 3 of your 4 "
        "machines are out",
        "0000100",
    ),
    ("Plane's delayed 40 mins due to a late inbound aircraft. Coffee time then ☕", "0000000"),
    (
        "my phone from Vexa arived with a cracked screen protecter. is the phone itself ok to use?",
        "0000000",
    ),
    ("Can I get a refund for an unused NorthRail off-peak ticket? plans changed", "0000000"),
    ("emailed Hearthly on 2 May, 16 May and 30 May. not a single reply. it's June", "0001100"),
    (
        "trying to work out if the Teleon Max plan includes EU roaming or if it's an add-on",
        "0000000",
    ),
    (
        "Sunny Isles Coaches cancelled our 9am departure and moved us to 11am. just "
        "letting others know",
        "0000000",
    ),
    (
        "never flying @Orlo_Air again. 11 years of loyalty and you treat me like cattle "
        "#neveragain",
        "0100000",
    ),
    (
        "I've been passed round so many Vexa departments I'm now writing to the ombudsman instead",
        "0010010",
    ),
    (
        "spoke to several people at Bluejet about my lost bag, each one told me something"
        " different and passed me on",
        "0001010",
    ),
    (
        "NorthRail: 'not our train, it's Coastline's'. Coastline: 'it's a NorthRail "
        "service'. ping pong",
        "0000010",
    ),
    (
        "What time does the Orlo Air check-in desk open at Terminal 1 for the 6am Malaga flight?",
        "0000000",
    ),
    (
        "parcel says delivered to 'reception' but I live in a house 🤔 where would that be",
        "0000000",
    ),
    ("@Coastline_Trains do under-5s need a ticket? first trip with the twins", "0000000"),
    ("Bluejet boarding was a shambles, no queues, just a scrum at the gate", "0000000"),
    (
        "@BrightwaterHelp is the Priority Services Register something I can sign my gran up for?",
        "0000000",
    ),
    (
        "@IronleafCover does my policy cover a cracked phone screen if I dropped it myself?",
        "0000000",
    ),
    (
        "every single person I know is hearing about how @Grovers_Store treated my "
        "disabled dad today",
        "0010000",
    ),
    ("was told the engineer would come between 8 and 12 and he came at 10. easy", "0000000"),
    (
        "@Coastline_Trains you told me in writing the seat reservation would be honoured "
        "on the replacement train. it wasn't",
        "0000001",
    ),
    (
        "contacted my local councillor and the newspaper about the Grovers car park "
        "charges. absolute robbery",
        "0010000",
    ),
    (
        "NorthRail told me the replacement bus would meet the train. there was no bus. 40"
        " of us in a car park",
        "0000001",
    ),
    (
        "@NorthRail someone please reach out, I've got a penalty fare I don't deserve and"
        " need to appeal",
        "1000000",
    ),
    (
        "the Zipply app wants my location 'always'. why does a scooter app need that at night",
        "0000000",
    ),
    (
        "talking to a lawyer tomorrow about the Teleon early termination fee. they broke "
        "the contract first",
        "0010000",
    ),
    (
        "queued 25 minutes at the Orlo Air bag drop and the flight's now boarding without"
        " me. useless",
        "0000100",
    ),
    (
        "closed my Vexa account in May and have been told 3 times since that it's done. "
        "still open, still charging",
        "0101001",
    ),
    (
        "4 calls, 3 transfers, 2 hours of my life and Orlo Air still can't find my mum's "
        "wheelchair",
        "0001110",
    ),
    ("I've cancelled my Coastline Trains railcard auto-renew. won't be needing it", "0100000"),
    (
        "the Teleon rep told me my bill would drop to £29 after the 'loyalty review'. "
        "it's gone UP to £41",
        "0000001",
    ),
    (
        "Coastline sent me to the 'accessibility team', they sent me to 'assisted "
        "travel', they sent me to Coastline",
        "0000010",
    ),
    ("not going to lie the Orlo Air seat pitch is brutal for anyone over 5'10", "0000000"),
    ("Hearthly's rep said the replacement leg would ship 'this week'. two weeks ago", "0000101"),
    (
        "Mapleway refunded the disputed charge within 2 days. didn't expect that, thank you",
        "0000000",
    ),
    (
        "transferred to sales when I asked to report a fault. @TeleonUK your menu is a maze",
        "0000010",
    ),
    (
        "grovers cancelled my delivery slot bc the van broke down. they emailed at 7am at least",
        "0000000",
    ),
    (
        "Teleon broadband drops every night around 9pm. anyone else in Harrowgate having this?",
        "0000000",
    ),
    ("deleted the Stridewell app and unsubscribed from the emails. done", "0100000"),
    (
        "if the internet drops one more time during my work calls I'm leaving Teleon. not a joke",
        "0100000",
    ),
    ("i'm not cancelling, i'm downgrading. is that possible on Vexa without a fee?", "0000000"),
    (
        "Question about contracts: if I move abroad for a year can I pause my Vexa line "
        "rather than cancel it?",
        "0000000",
    ),
    (
        "The delivery driver from @Swiftbox today was super polite and put the parcel in "
        "the shed as asked",
        "0000000",
    ),
    (
        "please put me through to someone who can actually decide something, I want the "
        "manager @Sunny_Isles",
        "1000000",
    ),
    ("time to find a new airline. @Orlo_Air you've lost the Hendersons, all six of us", "0100000"),
    (
        "I closed my Teleon account in January, was given a confirmation number, and I've"
        " had 3 bills since. called twice",
        "0101001",
    ),
    (
        "hi Parcelo, can you confirm the address on my parcel? worried I typed the postcode wrong",
        "0000000",
    ),
    (
        "11 days and still no update on my lost luggage @Orlo_Air. I'm wearing borrowed "
        "clothes. someone please ring me",
        "1000100",
    ),
    (
        "I know the Consumer Rights Act gives me 30 days to reject faulty goods. the "
        "kettle is 10 days old",
        "0000000",
    ),
    (
        "Not closing my account, just want to know why Mapleway blocked a £30 payment to a bakery",
        "0000000",
    ),
    (
        "I'll be taking this to trading standards @ShopHarbor. selling 'new' laptops that"
        " have clearly been used",
        "0010000",
    ),
    ("the Teleon hub's orange light is flashing. what does orange mean vs red?", "0000000"),
    (
        "Just a heads up @Vexa_Mobile your website's top-up page shows a 404 on my phone's browser",
        "0000000",
    ),
    (
        "I've asked on every channel you have, @Skylark. phone, chat, email, here. where is my bag",
        "0001000",
    ),
    ("omg the Bluejet safety video with the dancing cabin crew is my new fav thing 😂", "0000000"),
    (
        "the Skylark confirmation said 'extra legroom seat'. seat 28B has the legroom of "
        "a child's buggy",
        "0000001",
    ),
    (
        "Zipply scooter at Albert Sq had a flat tyre, reported it in the app. just fyi for others",
        "0000000",
    ),
    ("ThE sIgNaL iS gReAt In ThE cItY. one bar in the middle of town, Vexa 🙃", "0000000"),
    (
        "the Skylark agent transferred me to 'baggage' which turned out to be the cargo "
        "department lol",
        "0000010",
    ),
    (
        "switching to Nimbus Broadband the second my contract ends. Teleon speeds are a fantasy",
        "0100000",
    ),
    (
        "reporting @Stridewell to trading standards for refusing a refund on faulty "
        "goods. read the law",
        "0010000",
    ),
    (
        "@SkyLarkAir can I bring a folding bike as checked luggage on the Lisbon route? "
        "it's in a soft bag",
        "0000000",
    ),
    (
        "my legal insurance covers this, so yes @Hearthly, we will be seeing a lawyer "
        "about the bed frame",
        "0010000",
    ),
    (
        "Coastline, I've been on to you every week since April about my accessibility "
        "booking being ignored",
        "0001000",
    ),
    (
        "Bluejet's first agent promised compensation, the next one said that's the "
        "airport's call and sent me to them",
        "0000011",
    ),
    (
        "@Hearthly customer service sent me to the manufacturer, manufacturer sent me "
        "back to you. so?",
        "0000010",
    ),
    (
        "called the Sunny Isles office twice yesterday. nobody picks up, voicemail is full",
        "0001000",
    ),
    (
        "Hi @TeleonUK, need a human to ring me re the engineer visit, 07700 not on file. thanks",
        "1000000",
    ),
    (
        "I want a supervisor, not another transfer @Vexa_Mobile. I've been moved between 5 agents",
        "1000010",
    ),
    (
        "@Bluejet hello?? I've asked this three times, will my infant get a bassinet seat or not",
        "0001000",
    ),
    ("Hotel Corvin shuttle - does it run from Terminal 2 or do I need to go to T1?", "0000000"),
    (
        "what's the baggage allowance for infants on Orlo Air? do car seats count towards it",
        "0000000",
    ),
    ("shut my Vexa account down today. twenty years. they didn't even ask why", "0100000"),
    (
        "the Sunny Isles coach was 2 hours late leaving and nobody said why. we just stood there",
        "0000100",
    ),
    (
        "your new seats on the Kestrel Express are so much comfier than the old ones, well done",
        "0000000",
    ),
    ("my Zipply subscription renewed today. is there a student discount I can apply?", "0000000"),
    (
        "I'll be returning the phone and ending the contract within the 14 day window "
        "@TeleonUK. not fit for purpose",
        "0100000",
    ),
    (
        "dear @Stridewell, your store team says returns are online only, your online team"
        " says take it to the store. last pair I ever buy from you",
        "0100010",
    ),
    (
        "sitting in the Bluejet queue at the airport 2 hours now. just get someone to "
        "call me @Bluejet",
        "1000100",
    ),
    (
        "Stridewell said they'd hold the shoes for me till Saturday. turned up Friday, "
        "already sold",
        "0000001",
    ),
    (
        "won't be using Parcelo for my shop's orders anymore. moving to Kitelink from Monday",
        "0100000",
    ),
    ("ironleaf insurance renewal quote went up 30% with no claims. why tho", "0000000"),
    (
        "honestly tempted to take Parcelo to small claims just to make a point. £45 isn't"
        " much but it's mine",
        "0010000",
    ),
    (
        "if I hear 'there's nothing we can do' once more I'm going to the regulator @NorthRail",
        "0010000",
    ),
    ("Orlo Air told me it'd take 5 days for my refund and it took 4. who knew", "0000000"),
    ("third message on here @Stridewell. can somebody PLEASE reply to me by email", "1001000"),
    ("@NorthRail is the bike space bookable or first come first served?", "0000000"),
    (
        "the Grovers self checkout shouted 'unexpected item' at me eleven times tonight. I counted",
        "0000000",
    ),
    (
        "@Bluejet you have 7 days to refund the £640 or I'm filing in small claims court."
        " your choice",
        "0010000",
    ),
    (
        "@Orlo_Air could your customer care team please get in touch? I'd rather not post"
        " my details here",
        "1000000",
    ),
    (
        "@Parcelo delivered to the wrong house, neighbour brought it round. all good but "
        "worth knowing",
        "0000000",
    ),
    (
        "how many DMs does it take @Swiftbox? asking for the fourth time where my return went",
        "0001000",
    ),
    (
        "Kestrel Rail phone line put me through to lost property when I asked about a "
        "refund. then lost property put me back",
        "0000010",
    ),
    (
        "my new sim from Teleon arrived but the nano cutout is stuck, is it ok to use "
        "scissors on it?",
        "0000000",
    ),
    (
        "3 hours on the tarmac at Gatwick, no air con, no updates. @Bluejet this is "
        "unacceptable #stuck",
        "0000100",
    ),
    (
        "@Stridewell the sole came off my running shoes after 3 weeks. pretty poor for £120",
        "0000000",
    ),
    (
        "Teleon took £35 instead of £25 this month. error or price rise? no letter received",
        "0000000",
    ),
    ("TeleonUK engineer came exactly when they said, fixed the line in 20 mins. star", "0000000"),
    (
        "ShopHarbor confirmed my return was approved and now says it was never received. "
        "I have the email",
        "0000001",
    ),
    (
        "Hey @WexleyGazette, want a story about a broadband firm leaving a hospice "
        "offline for a week? @TeleonUK",
        "0010000",
    ),
    (
        "sat in a Bluejet plane on the stand for 2.5 hours. they didn't even turn the "
        "seatbelt sign off ⏳",
        "0000100",
    ),
    (
        "still nothing from Grovers customer care. I chased on the 1st and the 9th. how "
        "long does a refund take",
        "0001100",
    ),
    ("goodbye vexa, hello litterally anyone else 👋", "0100000"),
    (
        "@Kestrel_Rail guard said I'd get a full refund for the cancelled train if I "
        "filled the form. form rejected",
        "0000001",
    ),
    ("Hotel Corvin wifi password doesn't work in room 214 - what's the right one?", "0000000"),
    (
        "@Stridewell I ordered trainers for my son in August. he's grown out of the size by now",
        "0000100",
    ),
    (
        "Teleon I've cancelled, and I'm taking you to small claims for the 3 months I "
        "paid for no service",
        "0110000",
    ),
    (
        "hi @Kestrel_Rail, where can I find the timetable for the engineering works weekend?",
        "0000000",
    ),
    ("still waiting on the engineer. day 12. @Teleon_Fibre", "0000100"),
    (
        "@Orlo_Air the pilot told us a bus would take us to a hotel. we slept on the "
        "floor at gate 7",
        "0000001",
    ),
    (
        "Elmbridge council fixed the pothole on Lime St within a week of me reporting it."
        " impressed",
        "0000000",
    ),
    (
        "Skylark charged me twice for seat selection on booking SKL9QX. can that be reversed?",
        "0000000",
    ),
    ('9 days for a "next day" delivery. I\'m cancelling my Parcelo Pro subscription', "0100101"),
    (
        "my bin wasn't collected this week, is the Elmbridge schedule different because "
        "of the bank holiday?",
        "0000000",
    ),
    (
        "they assured me the Grovers price match would apply. it didn't. cancelling my "
        "delivery pass",
        "0100001",
    ),
    (
        "3 Skylark agents on chat in one session, each passing me to the next. don't "
        "pretend I'm not noticing",
        "0000010",
    ),
    (
        "I've reported Parcelo to the advertising watchdog. 'guaranteed next day' is a "
        "lie in your own ads",
        "0010000",
    ),
    ("delivery said 'between 7am and 9pm'. thanks Parcelo, very precise 🙄", "0000000"),
    ("That's it, I'm porting my number to Brisa Mobile tomorrow. bye @Vexa_Mobile", "0100000"),
    (
        "ngl the NorthRail staff at Carlow were brill when the line flooded, found us all taxis",
        "0000000",
    ),
    ("called Swiftbox three times today and got shunted to a different team each time", "0001010"),
    ("two hours. TWO HOURS stuck between stations on the Kestrel line. and counting", "0000100"),
    (
        "Skylark agreed in writing to pay my hotel costs. now they deny it. my lawyer has"
        " the letter",
        "0010001",
    ),
    ("would appreciate a call back from someone in Orlo Air baggage, details in DM 🙏", "1000000"),
    (
        "one more cancelled train and I'm selling my season ticket and driving. @NorthRail",
        "0100000",
    ),
    (
        "Grovers, I've moved my weekly shop to Fennick's. their app works and they don't "
        "swap my milk for cream",
        "0100000",
    ),
    ("Munchly promo code MUNCH10 says invalid. is it expired?", "0000000"),
    ("hi, I DMed you my booking ref like you asked, thanks for looking into it", "0000000"),
    (
        "emailed twice, no reply. @Bluejet please have someone message me about the missing refund",
        "1001000",
    ),
    (
        "Brightwater says the meter's Parcelo's problem (they delivered it broken), "
        "Parcelo says it's yours. sort it out between you",
        "0000010",
    ),
    (
        "@Swiftbox 'out for delivery' for three days straight. is the van circling the planet?",
        "0000100",
    ),
    ("Coastline's new trains have USB-C! finally someone living in this decade", "0000000"),
    (
        "was transferred to the 'complaints team' who transferred me to 'customer "
        "experience'. what's the difference",
        "0000010",
    ),
)
