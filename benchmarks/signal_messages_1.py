"""Short customer messages written by the project, labelled with our own signal labels.

Training text for the experiment ``benchmarks/signals_short.py`` (short-message signal heads):
tweet-, SMS-, chat- and review-length lines
that a shipped model may learn from, unlike the non-commercial labelled tweets in benchmarks/.
Every message was written for this file (none is copied or paraphrased from a dataset) and every
brand, handle and outlet in it is made up. This part leans to banking, insurance, utilities,
apps, hotels and food delivery; ``signal_messages_0`` leans to travel, telecom, delivery and
retail.

Each item is ``(text, labels)``. ``labels`` holds one 0/1 character per signal, in the column order
of ``benchmarks/data/signals_gold.csv``: follow_up_requested, churn_threat,
public_escalation_threat, repeat_contact, long_wait, transferred, broken_promise. The labels follow
"What the labels mean" in ``benchmarks/data/README.md``, judgement calls included. About 40% of
the messages carry no signal; many of those are near misses on purpose (asking how to cancel, a
cancellation made by the company, a promise that was kept, a lawyer who is not a threat, a
recurring fault never reported) so that a head cannot learn a signal from its keywords alone.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: tuple[tuple[str, str], ...] = (
    ("how do I get an invoice with my company's VAT number on it?", "0000000"),
    (
        "@SnapplanHQ I need someone to reach out to me "
        "directly. your app double billed my company card",
        "1000000",
    ),
    ("why does the smart meter display show 0 kWh all day?", "0000000"),
    ("Crustorama got my order wrong, sent pepperoni instead of veggie. I'm vegetarian", "0000000"),
    (
        'Still no water at 9pm. Tidewell said "a few hours" '
        "at 7am. 14 hours, two kids, no working toilet.",
        "0000101",
    ),
    ("should I call or email to update my address? which is quicker?", "0000000"),
    ("thanks for the super quick reconnection today 🙏 @EmberlineGas", "0000000"),
    (
        "DM me a complaint reference or I'm moving my "
        "mortgage and writing to the ombudsman @BrightmoorCU",
        "1110000",
    ),
    (
        "Brightvolt says my smart meter's fine, the installer says "
        "it's Brightvolt's software. round in circles for weeks",
        "0000010",
    ),
    ("Will definitely stay at Copperkey again. lovely spa and the best breakfast", "0000000"),
    (
        "the renewal letter arrived. can you confirm whether the price includes legal cover?",
        "0000000",
    ),
    (
        "Every agent I speak to at Gymlytic hands me "
        "over to someone else. 6 people for one refund.",
        "0000010",
    ),
    (
        'the app says my parcel of cards is "out for '
        'delivery". never seen that from a bank before lol',
        "0000000",
    ),
    (
        'Copperkey kept my £300 deposit for "damage" that was '
        "there when we arrived. see you in small claims court",
        "0010000",
    ),
    (
        "47 min hold to give a meter reading. there is no online form that works. @EmberlineGas",
        "0000100",
    ),
    (
        "The loss adjuster promised to visit on the 14th. He didn't show up and nobody told us.",
        "0000001",
    ),
    ("Pls get sum1 to ring me asap re acct suspension!! @NovaTally", "1000000"),
    (
        "Nobody returns my calls at Pellmore Mutual. I've left 5 "
        "voicemails for the claims manager. Someone call me back!",
        "1001000",
    ),
    ("thanks to the passport office for the quick renewal, 8 days door to door!", "0000000"),
    (
        "no hot water for 5 days and Emberline Gas's "
        "earliest engineer slot is next Thursday. seriously?",
        "0000100",
    ),
    (
        "Tagging @DailyLedgerNews because Fennick won't listen to "
        "its own customers. Maybe they'll listen to a journalist.",
        "0010000",
    ),
    (
        "port out request submitted. Vantel, you had 7 "
        "years to get the signal right in my village.",
        "0100000",
    ),
    (
        "goodbye Shieldwell. your denial is going to the "
        "ombudsman and I've moved all 3 policies elsewhere.",
        "0110000",
    ),
    (
        "Why is it that every person I get put through to at "
        "Emberline says it's a different department's job?",
        "0000010",
    ),
    ("how do I switch off the marketing emails? @HotpotGo", "0000000"),
    (
        "2nd week of asking Tidewell for a callback about the "
        "sewage smell. still no call. can someone actually ring me",
        "1001100",
    ),
    (
        "deleted Platterly. third wrong order this month "
        "and the support bot just gives me 50p credit",
        "0100000",
    ),
    ("what documents do I need to make a travel insurance claim?", "0000000"),
    ("would I lose my loyalty points if I cancelled my Stayrise membership?", "0000000"),
    (
        'Spindle family plan stuck on "processing" since Sunday. 5 days!! can\'t play anything',
        "0000100",
    ),
    ("if I switch to paperless billing do I still get the annual summary?", "0000000"),
    (
        'not renewing my Copperkey membership. the "perks" are gone and the price went up.',
        "0100000",
    ),
    (
        "Got a letter saying my direct debit is going up from £96 to £141 a month. My "
        "usage hasn't changed and the app says I'm about £60 in credit. Can you explain "
        "how that figure was worked out? Not angry, just confused. @NorgrovePower",
        "0000000",
    ),
    (
        "never had a problem with Kestrel until today. card swallowed by the ATM on Queen St.",
        "0000000",
    ),
    (
        "Harbourline took me to court over an old overdraft "
        "years ago. can I get a breakdown of what's left?",
        "0000000",
    ),
    ("For the third time: I want a claims supervisor to phone me. @AldergateAssure", "1001000"),
    (
        "third ticket in a week, third copy-paste response. read the message please @TallyrooApp",
        "0001000",
    ),
    (
        "Travel claim submitted in June. It's now November. How "
        "long does it take to read a receipt @AldergateAssure",
        "0000100",
    ),
    (
        "Forkfast chat kept handing me to a new agent every "
        "5 min, each one asking for my order number again",
        "0000010",
    ),
    (
        "I need a senior manager to contact me by Friday. After "
        "that the ombudsman gets the file. @AldergateAssure",
        "1010000",
    ),
    (
        "moving my mortgage to another lender at the end of the "
        "fix. your retention offer is an insult @BrightmoorCU",
        "0100000",
    ),
    (
        "my sister cancelled her Gymlytic plan and says the free version is fine. is that true?",
        "0000000",
    ),
    (
        "Reported the allergen mislabel twice. Nothing "
        "changed. Next stop: trading standards. @Forkfast",
        "0011000",
    ),
    ("I've raised this 4 times. Every time it's closed without a fix. @Pocketlens", "0001000"),
    (
        "@ReelnestTV is there a way to cancel my subscription without the app? my phone died",
        "0000000",
    ),
    (
        "@GymlyticApp can a human please email me, your bot just sends me a link to the FAQ",
        "1000000",
    ),
    (
        "Aldergate: claims line → renewals → claims again "
        '→ "please hold". 3rd call today, 2 hours total.',
        "0001110",
    ),
    ("I promise I'll pay the rest by Friday, just need a few days. @Tidewell", "0000000"),
    ("I need to speak to a manager. Not another chatbot. A manager. @SpindleMusic", "1000000"),
    ("the hotel's minibar prices are criminal. £9 for crisps?!", "0000000"),
    ('what does "pending authorisation" mean on my card transactions?', "0000000"),
    ('ordered at 7:10. it\'s 9:00. app still says "preparing". @Forkfast', "0000100"),
    (
        "Estimated bills since last year. I've contacted the energy "
        "ombudsman and my local councillor. @BrightvoltEnergy",
        "0010000",
    ),
    ("the claims form online keeps crashing on page 3. tried two browsers", "0000000"),
    ("Wrenfield's cashback deal is tempting me to open a second account tbh", "0000000"),
    ("my overdraft limit was reduced without anyone asking me. why?", "0000000"),
    ("I've written to you 3 times. Next letter comes from my lawyer. @HarbourlineBank", "0011000"),
    (
        "4th time reporting the same leak on our street "
        "to Tidewell Water. still running down the road.",
        "0001000",
    ),
    ("Larchway Rail train delayed 10 min this morning", "0000000"),
    (
        "you signed a settlement saying £1,200 by the 1st. it's the "
        "20th. my solicitor will take it from here @WrenfieldBank",
        "0010001",
    ),
    ("@BrightmoorCU do you offer mortgage payment holidays for NHS staff?", "0000000"),
    (
        'the phone menu says "your call may be transferred". what does that actually mean',
        "0000000",
    ),
    (
        "Cancelled my Pocketlens subscription and reported them to the "
        "data protection regulator. they ignored my data deletion request.",
        "0110000",
    ),
    ("please transfer me to someone who speaks Polish, is that possible?", "0000000"),
    ("@ShieldwellIns does my home policy cover accidental damage to a laptop?", "0000000"),
    (
        "hi @FennickBank could a person actually ring me? the bot "
        "keeps looping and my card's been retained at the ATM",
        "1000000",
    ),
    ("Platterly's new bike couriers are fast, 14 min for a burrito", "0000000"),
    (
        "still waiting on my ISA transfer from @FennickBank. "
        "7 weeks and counting. how is this acceptable",
        "0000100",
    ),
    (
        "Copperkey charged my card twice and won't refund. writing "
        "to the consumer column at the Westbrook Echo about it",
        "0010000",
    ),
    ("the rider app charged me a surge price of 2.4x at 11am on a tuesday?? @Ridealong", "0000000"),
    (
        "Found glass in my food from a @HotpotGo partner. Reporting "
        "it to environmental health and talking to a lawyer.",
        "0010000",
    ),
    (
        "2nd day in a row calling. put through to the same wrong "
        "department. 1 hr on hold each time @PellmoreMutual",
        "0001110",
    ),
    (
        'Day 12 of my account being "under review". no money '
        "for food. @QuillfieldSav what is taking so long",
        "0000100",
    ),
    (
        "Shieldwell claim line: \"that's a home claim, I'll put you through\". home "
        "claims: \"that's contents, I'll put you through\". contents: hangs up",
        "0000010",
    ),
    (
        "I promised myself I'd start saving this year. any tips on using your round-up feature?",
        "0000000",
    ),
    (
        "That's it, I'm done with Platterly. Going back to ordering direct from restaurants.",
        "0100000",
    ),
    ("can I add my partner as a named driver mid-policy? @RidgewayCover", "0000000"),
    ("@SnapplanHQ loving the new recurring task feature. any chance of colour tags?", "0000000"),
    ("just submitted my claim online. reference is LM-30021. fingers crossed", "0000000"),
    (
        'waiting 11 days for Spindle to "verify" my '
        "student discount. the student year is flying by lol",
        "0000100",
    ),
    (
        "if my gas isn't back on by tonight I'm calling the "
        "local news. elderly mum in the house @EmberlineGas",
        "0010000",
    ),
    (
        "Cancelled my pet insurance with Whiskerwell. they "
        "excluded the one condition my cat actually has.",
        "0100000",
    ),
    (
        "fees on international card payments are outrageous. 2.99% plus a flat fee every time",
        "0000000",
    ),
    (
        "bounced between 3 customer service teams and back again "
        'and no one knows what a "credit note" is @Tidewell',
        "0000010",
    ),
    (
        "another email, same reply: \"we're looking into it\". that's number five. @Tidewell",
        "0001000",
    ),
    (
        "You said a manager would call me Tuesday. Nobody "
        "did. I still want that call. @WrenfieldBank",
        "1000001",
    ),
    ("how would I move to your green tariff, and would it cost more?", "0000000"),
    (
        "leaving Ridgeway Auto Cover. the renewal quote "
        "is a joke when I've had zero claims in 8 yrs",
        "0100000",
    ),
    ("\"We've changed our terms\" emails are so long. what's actually changed?", "0000000"),
    (
        "Three nights at Bayleaf. The room was clean, the bed was comfy and "
        "breakfast was decent, but the walls are paper thin and we heard every "
        "word of next door's argument at 2am. Would maybe go back with earplugs.",
        "0000000",
    ),
    ("breakfast at Thimbleby Lodge was stone cold and the eggs were rubbery.", "0000000"),
    ('"The payment will be with you by Friday" - Ridgeway, 3 Fridays ago.', "0000101"),
    ("Grubwise promised delivery by 12:30 for the office lunch. arrived at 2:05, cold.", "0000101"),
    ("driver was fast and polite, food still hot. 10/10 @HotpotGo", "0000000"),
    ("no gas pressure this morning. is there work going on in the area?", "0000000"),
    ("The advisor said the refund would take 3-5 days. it arrived on day 2. 👍", "0000000"),
    (
        "chatted with 4 different reps. each one handed me off "
        "to the next. none could unlock my account @Spindlemusic",
        "0000010",
    ),
    (
        "you gave my kid nuts after I flagged the allergy in the "
        "notes. reporting this to the food standards agency @Forkfast",
        "0010000",
    ),
    ("delivery is scheduled for Friday between 8 and 6. can I narrow that down?", "0000000"),
    (
        "Been waiting 2 weeks for @Pocketlens to answer my ticket. it's a simple password reset",
        "0001100",
    ),
    ("what time is check-out on Sundays? @BayleafSuites", "0000000"),
    ('"we\'ve escalated this" — what you said the last 3 times I messaged. @HotpotGo', "0001000"),
    (
        "this is the 6th time I've called Kestrel to stop the paper statements. they keep coming.",
        "0001001",
    ),
    ("Ridgeway, it's been 34 days since the windscreen claim. 34. for a windscreen.", "0000100"),
    (
        "support chat passed me along 4 times in 20 minutes and the "
        'last one said they "don\'t handle billing" @ReelnestTV',
        "0000010",
    ),
    ("is Tidewell planning any work on Green Street? the road's been dug up", "0000000"),
    ("why is the service fee higher than the actual food?", "0000000"),
    (
        'the booking page says "non-refundable" in tiny grey text. that\'s sneaky @StayriseInns',
        "0000000",
    ),
    (
        "your new ATM fee at the petrol station is a rip-off, £2.50 to take out my own money",
        "0000000",
    ),
    ("contact me at the email on file if you need photos of the damage. claim LM-30877", "0000000"),
    ("4th time this month my Grubwise order has turned up with no cutlery. every time.", "0000000"),
    ("3rd email to the Marlowe Grand about my lost ring. not even an auto-reply.", "0001000"),
    ("the FOS complaint is in. should have done it months ago @HarbourlineBank", "0010000"),
    ("renewal price up 22% with no claims. explain please @RidgewayCover", "0000000"),
    (
        "Vantel Mobile transferred me 6 times trying to get "
        "a PAC code. got it eventually. porting out tonight.",
        "0100010",
    ),
    (
        "the way Kestrel treats vulnerable customers should be on the evening news. @LocalTVNews",
        "0010000",
    ),
    ("Ridealong driver was lovely, 5 stars. the map took us a weird way though", "0000000"),
    ("Aldergate denied my claim on a technicality. My attorney will be in touch.", "0010000"),
    (
        "ninety minutes for a pizza from 1.2 miles away. Crustorama you've outdone yourselves",
        "0000100",
    ),
    (
        "Tallyroo, this is my 5th message about the bank sync. nobody has replied to any of them.",
        "0001000",
    ),
    ("Emberline's winter grant — who is eligible?", "0000000"),
    (
        "our room wasn't ready until 6:45pm. we sat in the "
        "lobby with a toddler for nearly 4 hours @StayriseInns",
        "0000100",
    ),
    (
        "third email to @BrightmoorCU about my mortgage statement. no reply to the first two.",
        "0001000",
    ),
    (
        'Ridealong said I\'d hear back "within 24 hours" about the lost phone. 6 days. nothing.',
        "0000101",
    ),
    ("is the 0.5% cashback on everything or just groceries? @KestrelCard", "0000000"),
    ("2 hours 20 on the platform. no trains, no announcements, no staff. @LarchwayRail", "0000100"),
    ("the card reader at the Fennick branch on the high street is broken, FYI", "0000000"),
    ("the engineer came on time and fixed the boiler in 20 mins. cheers Emberline", "0000000"),
    (
        "Wrenfield said my card limit increase would be applied "
        "overnight. checked today, nothing has changed.",
        "0000001",
    ),
    ("We're leaving Pellmore Mutual at renewal. Shame, we were with you since 2009.", "0100000"),
    (
        "Kestrel Card told me the late fee would be "
        "refunded within 5 days. That was three weeks ago.",
        "0000101",
    ),
    (
        "the passport office said my renewal would be back "
        "in 3 weeks. it's week 9 and I fly on saturday",
        "0000101",
    ),
    ("balance transfer offer - is it 0% for 18 months or 12?", "0000000"),
    (
        "I'd like to speak to a manager about how my complaint "
        "was handled. Please arrange a call. Ref 88213.",
        "1000000",
    ),
    (
        "8 months fighting Shieldwell over a burst pipe. we're now in touch with a solicitor.",
        "0010100",
    ),
    ("the interest rate on my savings just dropped again. not impressed @FennickBank", "0000000"),
    ("just switched to Brightvolt from my old supplier. how do I link my smart meter?", "0000000"),
    (
        "just cancelled my Gymlytic sub. the workout library hasn't been updated since 2023.",
        "0100000",
    ),
    ("does Tallyroo support joint accounts yet?", "0000000"),
    ("Jotwell deleted 4 years of my notes. lawyer's letter going out tomorrow.", "0010000"),
    ("leaving Emberline the minute my fix ends. 2 years of wrong bills is enough.", "0100000"),
    (
        "got handed off to 3 departments over the phone just to "
        "change my address. why is this so hard @WrenfieldBank",
        "0000010",
    ),
    (
        "I've sent the same photos of the damage to Pellmore "
        "Mutual four times. they keep saying they didn't get them.",
        "0001000",
    ),
    ("will my loan be sold to another company if I miss a couple of payments?", "0000000"),
    (
        "transferred AGAIN. 4th call this week about the "
        "same transfer that never landed. @NovaTally",
        "0001010",
    ),
    ("waited 5 weeks for a claims decision and it's just a form letter @Whiskerwell", "0000100"),
    (
        "@RidgewayCover the garage was told to start repairs last "
        "Monday (your words). they say they've had no authorisation.",
        "0000001",
    ),
    ("the energy price cap went up again. how am I meant to afford this winter", "0000000"),
    ("what happens to my pension if Aldergate is bought out?", "0000000"),
    (
        "I've been bounced between your card team and your loan team "
        "all morning. Please have ONE person call me. @QuillfieldSav",
        "1000010",
    ),
    ('my statement says "transfer pending". what does that mean?', "0000000"),
    (
        "I have been passed from pillar to post. Please can one "
        "named person take ownership and contact me? @Norgrovepower",
        "1000010",
    ),
    ("I've asked you twice already. Please. Email. Me. Back. @GymlyticApp", "1001000"),
    (
        "I want to leave. Have someone from your retentions team "
        "call me with my final bill figure. @BrightvoltEnergy",
        "1100000",
    ),
    (
        "still haven't heard back about the complaint I made 3 weeks ago. 3 weeks! @Shieldwell",
        "0001100",
    ),
    (
        'your rep said someone from lending would call "by end of day" '
        "friday. nothing. I'd still like that call please @QuillfieldSav",
        "1000001",
    ),
    (
        "writing to my MP about the parking permit office. sent "
        'the form 3 times, rang twice, still "not received".',
        "0011000",
    ),
    (
        "is there a fee for sending money from my NovaTally account to an account overseas?",
        "0000000",
    ),
    (
        "I won't be leaving Wrenfield over this, but the new app layout is really confusing",
        "0000000",
    ),
    ("@Forkfast please contact me, I was charged for an order that was never delivered", "1000000"),
    ("Harbourline just lost my business and earned a BBB complaint. Enjoy.", "0110000"),
    ("I'm out. Deleting the Ridealong app and going back to the local taxi firm.", "0100000"),
    ('9 days since the refund was "approved". @Bayleaf where is it', "0000100"),
    (
        'been told "48 hours" for the refund four '
        "separate times. It's been 3 weeks. @WrenfieldBank",
        "0001101",
    ),
    ("can I bring a small dog to Thimbleby Lodge? she's very well behaved", "0000000"),
    (
        "Marlowe Grand: two emails and a voicemail in "
        "the last month about my deposit. total silence.",
        "0001100",
    ),
    ("@BrightmoorCU what's the phone number for the mortgage team?", "0000000"),
    (
        "renewal quote went up 70%. not renewing, already "
        "bought a policy elsewhere. @RidgewayCover",
        "0100000",
    ),
    ("no complaints at all, the claim went through smoothly @PellmoreMutual", "0000000"),
    ("DM'd you twice, no response. Can somebody please message me back? @WrenfieldBank", "1001000"),
    ("honestly the best pizza I've had from a delivery app. @Crustorama take a bow", "0000000"),
    (
        "they keep referring me to the building society that sold "
        "my mortgage, who refer me straight back. @QuillfieldSav",
        "0000010",
    ),
    ("How do I report a broken streetlight outside my house?", "0000000"),
    (
        "the bank closed my old savings account because it "
        "was dormant. fine, but a letter would've been nice",
        "0000000",
    ),
    ("Vantel Mobile signal in the town centre is awful today", "0000000"),
    (
        "Aldergate, I'm in a Facebook group of 3,000 people "
        "you've denied claims to. we're talking class action.",
        "0010000",
    ),
    (
        "My husband passed away last month and I'm trying to sort out our joint account "
        "with Fennick. What exactly do I need to send, the death certificate only or the "
        "will as well, and can I do it by post? I'm not up to visiting a branch yet.",
        "0000000",
    ),
    (
        "@BrightmoorCU need someone to ring me back re: the mortgage offer, it expires tomorrow",
        "1000000",
    ),
    ('45 min and counting on the Platterly chat. "an agent will be with you shortly"', "0000100"),
    ("would closing my credit card hurt my credit score? @KestrelCard", "0000000"),
    (
        "Really poor customer service from the woman at the "
        "Fennick branch today. no eye contact, no help.",
        "0000000",
    ),
    (
        "@Jotwell I've lost my thesis drafts because of your "
        "sync bug. consulting a lawyer about my options",
        "0010000",
    ),
    ("how can I reach a Welsh-speaking adviser? @TidewellWater", "0000000"),
    (
        "I've just joined Shieldwell from another insurer. "
        "how does the no-claims discount carry over?",
        "0000000",
    ),
    ("what's the cheapest tariff you have for a 1-bed flat? @NorgrovePower", "0000000"),
    ("the app keeps showing prices in euros. I'm in Manchester. @Forkfast", "0000000"),
    (
        "can someone from the housing office please call "
        "me back, the damp in my flat is making my son ill",
        "1000000",
    ),
    ("transferred my ISA over to Quillfield last week, super smooth process", "0000000"),
    ("I'd never cancel Spindle, I just want the student price back lol", "0000000"),
    (
        "Escalating to the Information Commissioner. You still "
        "have my data after I asked for it to be erased. @Snapplan",
        "0010000",
    ),
    ("it says my refund was processed today. how long until it shows in my account?", "0000000"),
    (
        "Whiskerwell says the vet has to send the form, the vet says Whiskerwell "
        "has the form. the op was 2 months ago and I'm still out £900",
        "0000110",
    ),
    (
        "Stayrise Inns, that was my last stay with you. 14 "
        "years of loyalty points, and you treat us like this",
        "0100000",
    ),
    (
        "cancelled Jotwell premium and moved all my notes to a rival. the export worked, at least",
        "0100000",
    ),
    (
        "2 hrs 10 mins in the branch queue to pay in one "
        "cheque. one cashier open. Harbourline on a Saturday",
        "0000100",
    ),
    (
        "passed from the app team to the payments team to the "
        '"escalations" team. all to change my email @Snapplan',
        "0000010",
    ),
    ("My friend says Tallyroo is better than spreadsheets. convince me.", "0000000"),
    (
        "You've lost a 20 year customer, Harbourline. Account closure form is in the post.",
        "0100000",
    ),
    ("power cut on Elm Street started 10 minutes ago, is there a known fault?", "0000000"),
    (
        "Larchway Rail, your staff refused wheelchair assistance. "
        "This is going to the rail regulator and the press.",
        "0010000",
    ),
    (
        "@BrightvoltEnergy engineer booked for 8-12 today, "
        "I took the day off, nobody came. no call, nothing.",
        "0000001",
    ),
    ("I'm not going anywhere, Brightmoor. just please fix the app's login screen.", "0000000"),
    (
        "please don't call me, I'm at work all day. what's the email address for complaints?",
        "0000000",
    ),
    (
        "the restaurant cancelled my order 10 min after "
        "I placed it. refund came straight back though",
        "0000000",
    ),
    ("Where do I find my policy number on the app? @AldergateAssure", "0000000"),
    ("what's the best way to report a fraudulent transaction? @HarbourlineBank", "0000000"),
    ("why does the app log me out every time I switch screens? @NovaTally", "0000000"),
    (
        "Norgrove says the meter is Brightvolt's problem, "
        "Brightvolt says it's Norgrove's. I just want my lights on",
        "0000010",
    ),
    (
        "Uninstalled. 2 years of Pocketlens Pro and you "
        "paywall the one feature I used. never again",
        "0100000",
    ),
    ("again the app has crashed mid-payment. third time today @NovaTally", "0000000"),
    (
        "rep promised to escalate my fraud claim, instead transferred "
        "me to the general line which closes at 5. thanks kestrel",
        "0000011",
    ),
    (
        "Grubwise says the restaurant must refund me, the "
        "restaurant says Grubwise has my money. round and round",
        "0000010",
    ),
    (
        "waited 40 minutes on hold just to ask how to close "
        "my account. then closed it. goodbye Quillfield",
        "0100100",
    ),
    (
        "Going viral is apparently the only way to get Brightvolt to listen. RT please, everyone.",
        "0010000",
    ),
    ("there's a water main burst on Hill Lane. reporting it in case nobody has yet", "0000000"),
    (
        "this is the fourth letter I've sent to Norgrove "
        "about the estimated readings. not one reply.",
        "0001000",
    ),
    (
        "@WrenfieldBank 3 grand gone to a scam you flagged and "
        "then approved anyway. my solicitor has the paperwork",
        "0010000",
    ),
    ("I'd like to increase my overdraft. what's the process?", "0000000"),
    (
        "how many times do i have to ask for my statement?? been asking since january @NovaTally",
        "0001100",
    ),
    ("are you open on the bank holiday Monday? @QuillfieldSav", "0000000"),
    ("I DM'd you the booking reference @CopperkeyHotels", "0000000"),
    (
        "I'd like the CEO's office to contact me. Failing that, "
        "the ombudsman and a journalist I know. @QuillfieldSav",
        "1010000",
    ),
    (
        "passed around 6 departments, zero answers. I've "
        "now contacted the energy ombudsman @NorgrovePower",
        "0010010",
    ),
    ("I'm keeping my account, I just want to know why this monthly fee exists.", "0000000"),
    (
        '"I\'m just going to transfer you" is my least favourite '
        "sentence now. heard it 5 times today @Aldergate",
        "0000010",
    ),
    ("how do I transfer money between my two Harbourline accounts?", "0000000"),
    ("my card got cloned in Spain but Kestrel blocked it immediately. thank you!!", "0000000"),
    ("no response to my DM from last week? @CopperkeyHotels", "0001000"),
    (
        "cancelled the Gymlytic annual plan and asked for the pro-rata refund. not renewing.",
        "0100000",
    ),
    ("is windscreen damage covered under third party fire and theft?", "0000000"),
    (
        "Just moved my salary to another bank. you'll see "
        "my balance drop to zero soon @KestrelCard lol",
        "0100000",
    ),
    ("got a scam text pretending to be you. forwarding it to your fraud email now.", "0000000"),
    (
        "The rep promised to look into it and rang back "
        "within the hour. great service @FennickBank",
        "0000000",
    ),
    ("Platterly's new gluten free filter is a lifesaver. thank you!", "0000000"),
    ("please can you send me my policy documents by email? ref RW-19021", "0000000"),
    (
        "I'm requesting that a supervisor contacts me about "
        "the conduct of your agent on 3 March. @KestrelCard",
        "1000000",
    ),
    ("how long does a card replacement usually take? @KestrelCard", "0000000"),
    (
        "The hotel cancelled our booking the day before because of a burst pipe, but "
        "they rang us themselves, moved us to their sister hotel ten minutes away at no "
        "extra cost and threw in breakfast. Honestly can't fault how they handled it.",
        "0000000",
    ),
    (
        "I expect a call from your complaints manager within 48 "
        "hours. Otherwise it goes to the ombudsman. @Brightvolt",
        "1010000",
    ),
    (
        "a driver left my order on the wrong doorstep. the neighbour brought it over. all good",
        "0000000",
    ),
    ("DM sent with my account details @WrenfieldBank", "0000000"),
    (
        "I'm staying with Brightvolt, just want to know "
        "if my fixed price is guaranteed till next year.",
        "0000000",
    ),
    (
        "Called again today about the stopped direct debit. Same "
        'answer as last week: "we\'ll look into it". @NovaTally',
        "0001000",
    ),
    ("why did my credit limit go down when I've never missed a payment?", "0000000"),
    ("@NovaTally get a real person to ring me. now. someone's just emptied my account", "1000000"),
    (
        "We booked a sea-view room at Bayleaf Suites for our anniversary, months ahead, and it "
        "was confirmed in writing. On arrival we got a ground-floor room facing the bins and "
        'the kitchen extractor. Reception just said the sea-view rooms were "allocated".',
        "0000001",
    ),
    (
        "the advisor swore the chargeback was approved. today "
        "I get a letter saying it was declined?? @NovaTally",
        "0000001",
    ),
    (
        "won't be back to Thimbleby Lodge, and I've cancelled both our bookings for the summer.",
        "0100000",
    ),
    (
        "@EmberlineGas please call me urgently, the smart meter "
        "has put us on emergency credit and I have a baby",
        "1000000",
    ),
    ("@Forkfast can I schedule an order for tomorrow lunchtime?", "0000000"),
    ("you charged me £5 for a paper statement. £5!", "0000000"),
    (
        "cancelled my broadband-and-energy bundle, got a confirmation "
        "email, and you've billed me again @BrightvoltEnergy",
        "0100001",
    ),
    (
        "emailed the complaints team 19 days ago. automated "
        "acknowledgment, then nothing. @FennickBank",
        "0001100",
    ),
    (
        "Right, that's my Reelnest subscription cancelled. Nothing "
        "worth watching since they pulled all the good stuff.",
        "0100000",
    ),
    ("requesting AGAIN that you update my address. letters still going to my old flat.", "0001000"),
    (
        "58 minutes. that's how long I've been listening to "
        '"your call is important to us". @QuillfieldSav',
        "0000100",
    ),
    ("switching banks on Monday. your new fees are daylight robbery @QuillfieldSav", "0100000"),
    (
        "@CopperkeyHotels please get the duty manager to call "
        "me, room 412, the AC has been broken two nights",
        "1000000",
    ),
    ("my roof claim is in week 11. we are living under a tarp. @ShieldwellIns", "0000100"),
    (
        "please close my account and have someone confirm by phone that it's done. @KestrelCard",
        "1100000",
    ),
    (
        "Quillfield's phone menu sent me to mortgages, "
        "mortgages sent me to savings, savings hung up. 🙄",
        "0000010",
    ),
    ('2nd call, 2nd agent, same story: "we can\'t see a problem" @Kestrel', "0001000"),
    (
        "pls have someone ring me re the funeral payment, I "
        "can't handle another online form @Harbourlinebank",
        "1000000",
    ),
    (
        "Can someone at the council please ring me about my "
        "blue badge application? I've no way of getting online.",
        "1000000",
    ),
    ("my Grubwise order was missing the drinks. can I get a refund for those?", "0000000"),
    (
        "emailed Marlowe Grand on the 2nd, 9th and 16th about the "
        "overcharge. Would really appreciate a call from someone.",
        "1001000",
    ),
    ("are your paper bills being phased out? my gran doesn't use email", "0000000"),
    ("The delivery slot was 6-7pm. It's 9:15. No food, no message. @Grubwise", "0000101"),
    (
        "my bank is being sued by the regulator according "
        "to the news. is my money safe? @WrenfieldBank",
        "0000000",
    ),
    (
        "Whiskerwell paid out for Bella's surgery without any fuss. can't thank you enough",
        "0000000",
    ),
    (
        "need my home insurance certificate for a dispute with the builder (not with you!)",
        "0000000",
    ),
    ("ok who decided the NovaTally app should play a sound every time I open it", "0000000"),
    (
        "1hr 15 on the phone with @BrightvoltEnergy, passed to "
        "billing, then metering, then billing again. still no answer",
        "0000110",
    ),
    (
        "closed my Kestrel account in March, they confirmed it in "
        "writing, and they're STILL charging me the annual fee",
        "0100001",
    ),
    (
        'switched supplier today. Brightvolt, your "fixed" tariff wasn\'t very fixed was it',
        "0100000",
    ),
    ("Moving my kids' phone plans away from Vantel Mobile. 3 outages this month.", "0100000"),
    (
        "@FennickBank your chatbot passed me to an agent who passed "
        'me to "a specialist" who closed the chat. brilliant',
        "0000010",
    ),
    (
        "They told us the pool would be open by Saturday. It was "
        "still drained on Sunday when we left. @ThimblebyLodge",
        "0000001",
    ),
    (
        "promised a callback within 24 hrs on Monday. It's Thursday. @QuillfieldSav #stillwaiting",
        "0000101",
    ),
    ("I'm thinking Bayleaf or Copperkey for our anniversary. which has the better spa?", "0000000"),
    ('your chatbot can\'t understand the word "refund". it gave me a recipe link', "0000000"),
    ("Your manager promised a full refund and an apology. I got neither. @Forkfast", "0000001"),
    (
        "support agreed to cancel my Forkfast+ membership on the "
        "chat. charged again today. cancelled my card instead",
        "0100001",
    ),
    (
        "my lawyer is asking for my mortgage redemption "
        "figure for the house sale. how do I get one?",
        "0000000",
    ),
    (
        "got passed between 3 agents in the chat, none could "
        "see the order. I want a call from a manager. @Grubwise",
        "1000010",
    ),
    (
        "3 tickets, 3 different agents, each one tells me "
        "to open a new ticket somewhere else. @TallyrooApp",
        "0001010",
    ),
    ("been on hold 35 min. i give up. just call me back @TidewellWater", "1000100"),
    (
        "reported Millstream Water's billing to the regulator. "
        "2 years of being charged for next door's usage.",
        "0010000",
    ),
    (
        '"your replacement meal is on its way" — @HotpotGo, '
        "90 minutes ago. no meal, no driver, no update",
        "0000101",
    ),
    (
        "I applied for a hardship plan 5 weeks ago after losing my job. I've followed up three "
        "times, by phone, by secure message and in branch, and each time I'm told a decision "
        'is "imminent". Meanwhile the arrears letters keep coming. @HarbourlineBank',
        "0001100",
    ),
    (
        "moving my accounts to a proper bank and sending the "
        "whole thread to my MP. @WrenfieldBank you've earned it",
        "0110000",
    ),
    ("3 hours on hold reporting a car accident. 3 hours. @RidgewayCover", "0000100"),
    ("the run around from Pellmore Mutual is unreal. nobody will own my claim.", "0000010"),
    (
        "Tidewell agreed to a payment plan of £30/month. they've just taken £180 by direct debit.",
        "0000001",
    ),
    (
        "called Aldergate 7 times about my travel claim. "
        "filing a complaint with the ombudsman tomorrow.",
        "0011000",
    ),
    (
        "reported Forkfast to the Advertising Standards Authority "
        'for the fake "no fees" banner. let\'s see how that goes',
        "0010000",
    ),
    (
        'App says my transfer is "pending" since last Tuesday. that\'s my rent money @NovaTally',
        "0000100",
    ),
    (
        "I've reported the same pothole to the highways "
        "team four times. still there, still eating tyres",
        "0001000",
    ),
    (
        "My claim was rejected because the photos were "
        '"unclear". I can take new ones, where do I send them?',
        "0000000",
    ),
    ("the payment went through but no receipt email. can you resend it?", "0000000"),
    ("the branch was quick today, in and out in 5 minutes. thanks team", "0000000"),
    (
        "you promised the credit would be on my next bill. "
        "next bill arrived. no credit. @TidewellWater",
        "0000001",
    ),
    (
        "moving to a different energy supplier as soon as the "
        "contract ends in May. this app is useless @NorgrovePower",
        "0100000",
    ),
    (
        "I have today requested closure of my current account with "
        "Wrenfield. Please process it and send the final balance.",
        "0100000",
    ),
    ("jury service next week. can I pause my Gymlytic membership for a fortnight?", "0000000"),
    ("why did my Pocketlens storage go from 50GB to 15GB overnight?", "0000000"),
    (
        "cancelling my Reelnest sub and reporting their "
        "dark-pattern cancellation page to trading standards",
        "0110000",
    ),
    (
        "@ShieldwellIns please have a claims handler call "
        "me, I've got water coming through the ceiling NOW",
        "1000000",
    ),
    (
        "Honestly the best update in ages. The new dark mode is gorgeous, the "
        "widgets finally respect my time zone and recurring tasks don't vanish any "
        "more. Thank you Snapplan devs, whoever pushed for this deserves a raise.",
        "0000000",
    ),
    (
        "2 weeks since I asked for a refund for the spilled "
        "curry. 2 chats, 1 email. nothing. @Platterly",
        "0001100",
    ),
    (
        "Larchway Rail said my delay repay claim would be paid "
        "in 28 days. chased twice. still nothing after 2 months",
        "0001101",
    ),
    (
        "can someone from @NovaTally please call me, my account is locked and I can't pay rent",
        "1000000",
    ),
    (
        "@Tallyroo my accountant and my lawyer both think your "
        "data loss is a breach of contract. expect a letter.",
        "0010000",
    ),
    (
        "Done. Cancelling my Kestrel card and cutting it up. You've lost a customer of 9 years.",
        "0100000",
    ),
    (
        "Wrenfield branch says it's an online banking issue, "
        "online banking says go to the branch. I give up",
        "0000010",
    ),
    (
        "I was told a letter confirming the payment holiday would "
        "be sent. Asked twice since. No letter. @KestrelCard",
        "0001001",
    ),
    (
        "I want a supervisor to call me before 5pm or this goes to my solicitor. @HarbourlineBank",
        "1010000",
    ),
    ("it took 3 taps to freeze my card. brilliant design @NovaTally", "0000000"),
    (
        "Shieldwell, expect to hear from my union's legal team about the income protection claim.",
        "0010000",
    ),
    (
        "called Brightmoor 3x this week, transferred every single time, longest hold was 47 min",
        "0001110",
    ),
    (
        "Ridealong in-app support sent me to the driver, the "
        "driver said contact support. I was overcharged £38",
        "0000010",
    ),
    (
        "Deleted my Forkfast account tonight. 8 years, hundreds "
        "of orders, and you couldn't refund one cold burger.",
        "0100000",
    ),
    (
        "Twitter, meet @Marlowegrand: they charged my elderly dad "
        "for a minibar he never opened. share this far and wide",
        "0010000",
    ),
    ('unsubscribed from Spindle Music after 6 years. the new "features" are just ads', "0100000"),
    ("can someone explain the difference between a claim and a complaint on your site?", "0000000"),
    ("smart meter fitted today, engineer very tidy. thanks @Brightvolt", "0000000"),
    ("just set up a standing order in the app in 30 seconds. love it", "0000000"),
    (
        "if this isn't resolved I'll be contacting my senator's office. "
        "my disabled son's coverage is not a game @ShieldwellIns",
        "0010000",
    ),
    (
        "I keep getting bounced between Whiskerwell and the "
        "vet's billing company. neither will pay the other",
        "0000010",
    ),
    (
        "I emailed you this morning about a missing payment. Account ends 4471. @NovaTally",
        "0000000",
    ),
    ("moved £200 into my savings pot and it showed up instantly. great stuff", "0000000"),
    ("I was charged twice this month for premium, can you check? @SpindleMusic", "0000000"),
    (
        "the council's crisis helpline queue was 2 hours today. the food bank closes at 4.",
        "0000100",
    ),
    (
        "@HarbourlineBank rung 4 times about the duplicate charge, each time "
        "told \"it's sorted\". It isn't. Get a manager to call me today.",
        "1001001",
    ),
    (
        "90 minutes, 3 transfers, and I still don't know why my bill doubled @NorgrovePower",
        "0000110",
    ),
    ("@Grubwise do you have a student discount? asking for my entire flat", "0000000"),
    (
        "got an email saying my Reelnest account would be "
        "restored within 48h. that was Sunday. It's Friday.",
        "0000101",
    ),
    (
        '5 different "account managers" in 4 months. each '
        "one blames the last. @HarbourlineBank business team",
        "0000010",
    ),
    (
        "Give me a call on the number on my account. Not "
        "a text, not an email, a call. @ShieldwellIns",
        "1000000",
    ),
    ("a friend in Leeds says Forkfast now delivers there. true?", "0000000"),
    ("Reelnest cancelled my favourite show after one season. gutted.", "0000000"),
    (
        "I think the shower drain in room 114 is blocked. "
        "could someone take a look when convenient?",
        "0000000",
    ),
    ("your storage plan renewal reminder came a week early, nice touch @Pocketlens", "0000000"),
    (
        "You closed my ticket without answering. Again. "
        "Please have an actual person contact me. @Ridealong",
        "1001000",
    ),
    (
        "3 transfers and 70 minutes to find out my insurance "
        "renewal is with a different underwriter. @RidgewayCover",
        "0000110",
    ),
    (
        "I'm closing all three accounts and reporting Harbourline to the regulator. Enough.",
        "0110000",
    ),
    (
        "Closing my NovaTally account. Moving everything back "
        "to a high street bank. Your app is pretty but useless.",
        "0100000",
    ),
    (
        '"your account has been deleted" - then charged £9.99 two '
        "days later. cancelled my card to stop you @SpindleMusic",
        "0100001",
    ),
    (
        "the app told me to ring the hotel, the hotel told me to email "
        "head office, head office told me to use the app. @Stayrise",
        "0000010",
    ),
    (
        "told twice on the phone the direct debit was "
        "cancelled. it came out again today @Emberline",
        "0001001",
    ),
    (
        "passed to 5 different claims handlers in a month, "
        "each one starting from scratch. @PellmoreMutual",
        "0000010",
    ),
    (
        "Said the upgrade would be free for existing "
        "subscribers. I've been charged £4.99. @SpindleMusic",
        "0000001",
    ),
    (
        "Deactivating my Grubwise account after four years. Every single order this month "
        "has been 40+ minutes late, the food turns up lukewarm, and the service fee has "
        "crept up three times since spring. I'll ring the takeaway directly like it's 2005.",
        "0100100",
    ),
    (
        '@NovaTally fraud → disputes → "general enquiries" '
        "→ back to fraud. 52 minutes and nobody could help",
        "0000110",
    ),
    ("why do you need my mother's maiden name to reset an app password? @WrenfieldBank", "0000000"),
    ("any plans for an Android widget? @SnapplanHQ", "0000000"),
    ("Thanks to Sam at Shieldwell for talking me through the claim, very patient", "0000000"),
    (
        "the council says bins are the contractor's job, the "
        "contractor says ring the council. 4 weeks of no collection",
        "0000110",
    ),
    (
        "The press release said the new tariff starts in "
        "April. does that apply to existing customers?",
        "0000000",
    ),
    (
        'app support → email support → "please use the in-app '
        "chat\" → app support. I'm going in circles @Pocketlens",
        "0000010",
    ),
    (
        "Dear Thimbleby Lodge, I'd like someone from guest "
        "relations to call me about the wedding booking mix-up.",
        "1000000",
    ),
    ("the Marlowe Grand's rooftop bar is closed for a private event tonight. booo", "0000000"),
    (
        "I opted out of marketing calls in writing in January. you rang me twice today @Brightvolt",
        "0000001",
    ),
    (
        "Would like a call back from someone in your "
        "fraud team please. 07xxx on file. @WrenfieldBank",
        "1000000",
    ),
    (
        "We're renewing the home insurance next month and I'm trying to work out the "
        "difference between Essentials and Plus cover. Is accidental damage to the kids' "
        "stuff included in Plus, and does either one cover a garden shed? @ShieldwellIns",
        "0000000",
    ),
    (
        "someone on the phone said I need a reference number for the refund. where do I find it?",
        "0000000",
    ),
    (
        "20 days without internet-banking access because your "
        'verification team is "backlogged". @Quillfield',
        "0000100",
    ),
    (
        "Posting this everywhere: @Jotwell charges you after you "
        "delete your account. everyone check your statements",
        "0010000",
    ),
    (
        "on hold with Harbourline for 1h 20m now. the hold music is the same 8 seconds on loop 🙃",
        "0000100",
    ),
    ("never booking Bayleaf again, and trust me I'm telling everyone I know", "0110000"),
    (
        "the customer service woman said my account would "
        "be unfrozen by lunchtime. it's 6pm @FennickBank",
        "0000001",
    ),
    (
        "One star. I've paid for Snapplan premium for three years and it still can't sync a "
        "shared calendar without duplicating every event. The FAQ says reinstall. I've "
        "deleted my account and the app today and moved the family to something that works.",
        "0100000",
    ),
    ("Reelnest support said my refund would go through in 3-5 days. It's been 12.", "0000101"),
    ("Pellmore Mutual paid my claim in 4 days. didn't expect that. thank you", "0000000"),
    ("is there a way to tip the driver after the delivery?", "0000000"),
    (
        "I'm closing my account. Have the bereavement team "
        "phone me about my late husband's ISA. @BrightmoorCU",
        "1100000",
    ),
    ("my Kestrel card got declined at the supermarket for no reason. so embarrassing.", "0000000"),
    (
        "Happy to provide more details, please contact me if you need anything else. Ref 5531.",
        "0000000",
    ),
    ('lol the Gymlytic rest timer just told me to "get back to it" at 3am', "0000000"),
    (
        "I was assured the account would stay open while "
        "probate was sorted. it's been closed. @FennickBank",
        "0000001",
    ),
    (
        "going to the papers with this. a bank that freezes a pensioner's "
        "account with no explanation. shame on you @HarbourlineBank",
        "0010000",
    ),
    (
        'four transfers, four hold queues, four "I can\'t see that on my system" @HarbourlineBank',
        "0000010",
    ),
    ("heads up: your app store listing still shows the old logo", "0000000"),
    ("wifi in room 301 keeps dropping @CopperkeyHotels", "0000000"),
    (
        'food safety is apparently "the restaurant\'s responsibility" '
        'per Platterly, and "Platterly\'s" per the restaurant. cool',
        "0000010",
    ),
    (
        'booked the Marlowe Grand for the "guaranteed late checkout" '
        "perk. housekeeping knocked at 10:05 and told us to leave.",
        "0000001",
    ),
    ("the council website says my bin day changed. when did that happen?", "0000000"),
    (
        'third time you\'ve "guaranteed" the fix will '
        "be in the next app update. it isn't @Jotwell",
        "0001001",
    ),
    (
        "Tidewell, I've emailed three times this month about "
        "the overcharge. Please have someone phone me.",
        "1001000",
    ),
    (
        "Ridgeway Auto Cover said a courtesy car would be ready "
        "when mine went in. No car. Had to rent one myself.",
        "0000001",
    ),
    (
        "they told me I'd get a replacement phone within 2 "
        "working days. @Vantelmobile the replacement never came.",
        "0000001",
    ),
    ("I'm not switching insurers, I just want to understand why my excess went up", "0000000"),
    ("how long is the hold period on a hotel deposit usually?", "0000000"),
    (
        "Requesting a callback from the complaints team "
        "regarding case 40-1177. Evenings only please.",
        "1000000",
    ),
    (
        "please could the Bayleaf general manager get in touch "
        "with me regarding a safeguarding concern during my stay",
        "1000000",
    ),
    ("parking was £28 a night and nobody mentioned it at booking", "0000000"),
    ("my bill is £40 higher than last month, why? usage looks the same", "0000000"),
    ("I was told to bring ID to the branch. which types do you accept?", "0000000"),
    ("Spindle keeps crashing when I open a playlist. iPhone 12, latest update", "0000000"),
    (
        "Honestly considering a class action with the other "
        "residents. Millstream has overbilled the whole estate.",
        "0010000",
    ),
    (
        "cancelling Ridealong and sending my story to "
        "@CityBeatNews. the driver left me at the wrong terminal.",
        "0110000",
    ),
    (
        "messaged @TallyrooApp support 3 times about the double subscription charge. zero replies",
        "0001000",
    ),
    (
        "Whiskerwell excluded my dog's allergy as pre-existing. "
        "it was diagnosed after the policy started.",
        "0000000",
    ),
    (
        "@Platterly need to speak to someone senior about an "
        "incident with one of your drivers. please contact me",
        "1000000",
    ),
    (
        "hey @TallyrooApp, the budget import last night wiped six months of categories and "
        'dumped every transaction into "uncategorised". I run my small business accounts off '
        "this. Is there a human who can phone me today and walk me through restoring a backup?",
        "1000000",
    ),
    ("my Platterly order was wrong again, missing fries. so annoying", "0000000"),
    (
        "I've reported the missing items 3 times in the "
        "app and each time it auto-closes. @HotpotGo",
        "0001000",
    ),
    (
        "got ping-ponged between Bayleaf's booking site and the "
        "hotel itself for an hour. both say the other has my refund",
        "0000010",
    ),
    (
        "I've explained this overdraft error to four "
        "different people at Quillfield now. Still not fixed.",
        "0001000",
    ),
    ("thanks Quillfield, the new card arrived the very next day. genuinely impressed", "0000000"),
    ("over an hour in the chat queue for @Grubwise, after 2 emails got no reply.", "0001100"),
    (
        "Pellmore Mutual wrote to confirm the excess would "
        "be waived. the settlement letter deducts it anyway.",
        "0000001",
    ),
    ("you said the booking fee was refundable. now it's not? @StayriseInns", "0000001"),
    ("@HarbourlineBank how do I close a joint account if my partner is working abroad?", "0000000"),
    (
        "I'm taking my business banking elsewhere. "
        "Quillfield has been a nightmare since the merger.",
        "0100000",
    ),
    (
        "the fraud team told me to call the card team. the card team "
        "told me to go to a branch. the branch phoned the fraud team.",
        "0000010",
    ),
    (
        "I cancelled in March and got charged in April. Please escalate "
        "to someone senior and have them contact me. @SnapplanHQ",
        "1100000",
    ),
    ("@BrightvoltEnergy how do I submit a meter reading in the new app?", "0000000"),
    (
        "written confirmation of a no-claims discount. "
        "renewal letter has no discount. @RidgewayCover",
        "0000001",
    ),
    ("I found a hair in my salad. gross. @HotpotGo", "0000000"),
    (
        'app said "guaranteed in 30 minutes or it\'s free". 48 minutes. still charged. @Crustorama',
        "0000001",
    ),
    (
        "the app update logged everyone in the house out. had to reset my password. annoying",
        "0000000",
    ),
    ("minor thing but the Gymlytic watch app shows the wrong calories", "0000000"),
    (
        "@BrightvoltEnergy can someone call me about my direct "
        "debit? It jumped from £80 to £310 with no warning",
        "1000000",
    ),
    ("the shower was lukewarm at best. otherwise an ok stay", "0000000"),
    (
        "reporting Whiskerwell to the insurance regulator and "
        "posting the whole email chain on every pet forum I'm on",
        "0010000",
    ),
    (
        "The branch manager promised my new PIN in 3-5 days. Two "
        "weeks later I still can't use my card. @BrightmoorCU",
        "0000101",
    ),
    ("@StayriseInns is breakfast included in the flexible rate?", "0000000"),
    (
        "the solicitor handling my dad's estate needs a "
        "copy of his last statement, what's the process?",
        "0000000",
    ),
    (
        "Gymlytic's support literally wrote \"we'll restore "
        'your streak data by Monday". Monday came and went 🙃',
        "0000001",
    ),
    (
        'my claim with @ShieldwellIns has been "with an '
        "assessor\" for 9 weeks. I've chased it every Friday.",
        "0001100",
    ),
    ("Quillfield why is my direct debit to the gym showing twice", "0000000"),
    (
        "taking Crustorama to court over the scalding. photos, doctor's note, receipts. all of it.",
        "0010000",
    ),
    ("thanks for calling me back so quickly about the fraud alert, really reassuring", "0000000"),
    (
        "could a human from Stayrise please reply to me "
        "by email? I keep getting automated responses",
        "1000000",
    ),
    ("@ReelnestTV the subtitles are out of sync on every episode of Harbour Lights", "0000000"),
    (
        '"you\'ll need to speak to our mortgages team" - '
        "said every team I was transferred to @FennickBank",
        "0000010",
    ),
    (
        "Letter before action sent to Stayrise Inns today. I'd rather not go to court but I will.",
        "0010000",
    ),
    ("quick question, can I pay my water bill at the post office?", "0000000"),
    (
        "called Stayrise central reservations, they sent me to "
        "the hotel, the hotel sent me back. 40 mins for a receipt",
        "0000110",
    ),
    (
        "Tidewell, the water is brown from our kitchen tap this morning. is it safe to drink?",
        "0000000",
    ),
    (
        'stood at the Stayrise front desk for 25 mins while they "found" my booking. exhausting',
        "0000100",
    ),
    (
        "the engineer said he'd be back Wednesday with the "
        "part. It's Saturday. heating still off. @EmberlineGas",
        "0000001",
    ),
    (
        "Could someone from @CopperkeyHotels head office "
        "contact me about my stay last weekend? Ref CK-22917.",
        "1000000",
    ),
    (
        "10 months waiting on the council to fix the mould. My MP's caseworker is now involved.",
        "0010100",
    ),
    (
        "the room smelt of smoke and it's a non-smoking "
        "hotel. reported it at reception @StayriseInns",
        "0000000",
    ),
    (
        "Asked Tidewell to close the account when we moved "
        "out. They said done. 3 bills later, it's still open.",
        "0100001",
    ),
    (
        "filing my tax return and need interest statements "
        "for the year, where are they in the app?",
        "0000000",
    ),
    (
        "Refund for the cancelled room was promised "
        '"within 7 days". It\'s week five. @BayleafSuites',
        "0000101",
    ),
    (
        "why do I have to tell you my card's been cloned every single time I ring?? 3 calls now",
        "0001000",
    ),
    ("the Spindle algorithm keeps recommending sea shanties. I listened to one. ONE.", "0000000"),
    ("Marlowe Grand, the staff were wonderful. Kieran at the bar deserves a raise", "0000000"),
    (
        "transferred twice, cut off twice. I'm asking again: get someone to call ME. @Aldergate",
        "1001010",
    ),
    (
        "I've asked reception 3 times for a working kettle. still nothing. @ThimblebyLodge",
        "0001000",
    ),
    ("hosepipe ban again? the reservoirs looked full on the news @TidewellWater", "0000000"),
    (
        "can a manager from Crustorama call me back. your "
        "driver was rude and threw the box at my door",
        "1000000",
    ),
    (
        "your website's contact form rejects any message "
        "longer than 500 characters. who designed this",
        "0000000",
    ),
    (
        "if Fennick doesn't reverse this charge by friday I'm taking it to the financial ombudsman",
        "0010000",
    ),
    (
        "Over three months now waiting for my £250 deposit back from a hotel I "
        "never even stayed in, because the conference I'd booked it for moved "
        "online. The money is just sitting with them. Three months! @Thimblebylodge",
        "0000100",
    ),
    ("Aldergate cancelled my policy because I missed a payment. can I reinstate it?", "0000000"),
    (
        "every time I call Fennick about the frozen ISA they send me "
        "to the branch and the branch tells me to call. 5 calls so far",
        "0001010",
    ),
    ("2nd time asking: pls DM me, I need the closing letter for my loan @BrightmoorCU", "1001000"),
    (
        "the agent assured me the payment to my landlord would go "
        "through same day. It didn't, and now I owe a late fee.",
        "0000001",
    ),
    (
        "Please arrange for my claim handler to phone me today. "
        "I have not been given a single update. @PellmoreMutual",
        "1000000",
    ),
    ("the new Jotwell update moved all my folders around. where's the archive now?", "0000000"),
    (
        "Cancelled my Pellmore Mutual home policy today. 4 renewals, 4 price hikes, no claims. bye",
        "0100000",
    ),
    ("what time does the Fennick branch on Mill Road open on Saturdays?", "0000000"),
    (
        "reception said housekeeping, housekeeping said maintenance, "
        "maintenance said reception. still no hot water in 208",
        "0000010",
    ),
    (
        'someone from your team rang me about a "security '
        'issue" and asked for my PIN. was that really you?',
        "0000000",
    ),
    ("2FA codes from Jotwell aren't arriving at all today. is something down?", "0000000"),
    ("3 hours 40 in the council tax phone queue. i have a job", "0000100"),
    (
        "Filing a claim in the small claims court against Bayleaf Suites for the lost luggage.",
        "0010000",
    ),
    ("how do I export my notes from @Jotwell to PDF?", "0000000"),
    (
        "closed my Quillfield savings this morning and moved the "
        "lot to a credit union. 11 years as a customer, gone.",
        "0100000",
    ),
    ("when is the green bin collection on Elm Road this month?", "0000000"),
    ("my promo code isn't working at checkout @Grubwise", "0000000"),
    (
        "should I open an ISA with Quillfield or just leave it in my current account? any advice?",
        "0000000",
    ),
    ("bye bye Crustorama. found a local place that actually gets the order right", "0100000"),
    (
        "messaged Platterly about the charge again tonight. "
        'they said it\'s "with the team" last time too.',
        "0001000",
    ),
    (
        "my flight home was cancelled so I need to extend "
        "my stay at Bayleaf by one night. possible?",
        "0000000",
    ),
    ("hi, just checking you received my change of address form. sent it Monday.", "0000000"),
    ("6 weeks waiting for a replacement debit card. six. weeks. @NovaTally", "0000100"),
    (
        "Ridealong's lost property team sent me to the driver app "
        "team who sent me to lost property. phone still missing",
        "0000010",
    ),
    (
        "Harbourline confirmed by email my overdraft fee "
        "would be waived. it was charged anyway this morning.",
        "0000001",
    ),
    (
        "50 minutes in the check-in queue at the Marlowe "
        "Grand. 2 staff on the desk. at 4pm on a friday.",
        "0000100",
    ),
    ("Waited about 5 minutes on the phone and got it all sorted. easy.", "0000000"),
    (
        "got transferred between 3 Stayrise hotels' front "
        "desks trying to find out which one took my payment.",
        "0000010",
    ),
    ("how do I cancel my Whiskerwell policy? my cat passed away last week 😢", "0000000"),
    ('Fennick: "talk to the card issuer". card issuer: "talk to Fennick". me: 😐', "0000010"),
    (
        "I've written to the Trading Standards office and the "
        'local paper about Grubwise\'s "free delivery" con',
        "0010000",
    ),
    ("Does Forkfast deliver to the university halls on Park Road?", "0000000"),
    (
        "Kestrel promised to remove the default from my credit file. checked today. still there.",
        "0000001",
    ),
    (
        "asked Pellmore to cancel the auto-renew in writing "
        "last year. they renewed anyway and took £612. i'm gone",
        "0100001",
    ),
    (
        "driver marked it delivered, and the support agent "
        "said I'd get a full refund. got a £3 voucher.",
        "0000001",
    ),
    (
        "small claims court it is then, Brightmoor. you admitted "
        "the charge was an error and still won't refund it",
        "0010000",
    ),
    ("what documents do I need for the council tax single person discount?", "0000000"),
    ("the news says your app is down nationwide. any ETA on a fix? @NovaTally", "0000000"),
    ("it was supposed to be my birthday treat and the cake was squashed. @Platterly", "0000000"),
    (
        "you promised a direct line to your specialist team. instead I "
        "got passed around the general queue for 40 mins @KestrelCard",
        "0000011",
    ),
    (
        "Whiskerwell said they'd reprocess the claim "
        '"today" on 3 separate calls. still says declined',
        "0001001",
    ),
)
