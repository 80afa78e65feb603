"""Hand-written hard non-complaints: messages full of words that look negative but are not.

"no problem", "can't complain", "never been so comfortable", "I was worried but...", cancellations
the customer chose, delays that never happened, problems that were fixed, jokes about disaster.
Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NOT_NEGATIVE"]

NOT_NEGATIVE = messages(
    """
no problem at all, thanks for the heads up about the strike
can't complain, the flight was on time and the crew were lovely
not bad at all @Brightwing, not bad at all
no delays at all today 🙌 @NorthlineRail
never been so comfortable on a flight. those new seats @AltoAirways!
I was worried but it arrived early. thanks @FleetParcel
cancelled my own booking, refund came same day, great
no complaints here, the engineer was in and out in 20 min
I thought I'd lost my card but it was in my other coat. no need to block it
was dreading the call but it took 5 minutes. nice one @Lumafone
not a single delay on my commute all week. is this a record?
no issues whatsoever with the move, thanks @NetWave
can't believe how fast that was. ordered at 9, here by 2
couldn't be happier with the new sofa
never had a bad meal from this place
nothing to complain about, honestly a great stay
no hidden fees, no surprises. just how it should be
no, thank you! you've been great
I can't wait to fly with you again
can't fault the service at all
no queue at security this morning, in and out in 4 minutes
not one problem in 3 years with my @SafeHaven policy
was expecting chaos at the airport but it was super calm and quick
I was nervous about flying after last time but this was perfect
the storm didn't delay us at all, amazing work by the pilots
not sure what I expected but this blew me away
no signal problems at all since the new mast went up 👏
no more buffering since the upgrade, thank you @StreamBox
not gonna lie, I was sceptical about @BoxFresh but it's great
no need to apologise, it was only 5 minutes late
don't worry, it's all sorted now
it's not your fault at all, the courier told me the wrong day
never knew the app could do that. very handy
no stress, I rebooked myself online in 2 minutes
I had to cancel the trip for personal reasons and you were so understanding. thank you
cancelled my gym membership as I'm moving abroad. the process was easy, thanks for the years
I cancelled the order by mistake but customer service restored it in a minute. thanks Zoe
just cancelled the subscription because I don't use it anymore, nothing wrong with it
how do I cancel my booking? plans changed, nothing wrong with the hotel
I need to cancel my appointment on thursday, can I rebook for next week?
please cancel my order 33410, I ordered the same thing twice by accident
can I cancel just one night of the three?
cancelling the trip because my sister's having her baby early 🥳 hope the refund's ok
the cancellation was totally my fault, thanks for being so flexible
the train was delayed by 2 minutes and the guard still apologised. wish everyone was that polite
if my flight is delayed, do I get a meal voucher? just want to be prepared
what's the delay repay process for season ticket holders? asking for a colleague
is there any delay expected on the M25 for the airport coach today?
no delay on the Edinburgh train for once, made my meeting with time to spare
delayed 10 minutes but the captain made it up in the air. landed early!
the delay repay money came through in 2 days. very impressed
just checking whether there's a delay on the 08:05? no worries if not
sorry, I know you're busy! just wanted to say thanks for yesterday
sorry, one more question: can I bring a cot?
sorry if this is a silly question, but how do I check in online?
sorry to bother you, do you deliver on saturdays?
sorry, I wasn't clear. I meant the blue one, not the navy
sorry for the delay in replying, here's the info you asked for
I'm sorry to say I have to cancel, family emergency. hopefully back next year
the parcel didn't fit through the letterbox so the driver rang and waited. lovely
I didn't think I'd get a refund but you did it without me even asking
I never thought I'd say this about a bank, but you're great
I've never had a hire car this clean
never thought a train journey could be this relaxing
I never write reviews but this one deserves it
no one does customer service like your Glasgow team
nobody else would have gone to this much trouble. thanks Ben
nothing beats the sleeper train. see you next month
not once have I had to chase an order with you
no need for a refund, I'm happy with the replacement
it's not a complaint, just a suggestion: could the app show the platform earlier?
not complaining, just curious why the price changed between yesterday and today
not urgent, but could you add a dark mode at some point?
this isn't a complaint, I just wanted to check the extra charge is the city tax
no rush on the invoice, it's just for my records
no hard feelings about the mix up, it was sorted quickly
no harm done, the replacement came the next day
I was panicking about my passport but it came with 3 days to spare. phew
I thought the flight had been cancelled but I was looking at the wrong date. all fine!
my internet went down but it was my own fault, I unplugged the wrong thing lol
I panicked when I saw the charge but then remembered I'd ordered the upgrade. all good
thought I was being scammed but it was genuinely you. thanks for the quick reply
was about to complain but then the parcel turned up. carry on
the weather was awful but the hotel was so cosy we didn't mind at all
terrible weather in Edinburgh but the @CrossCountyRail staff kept everyone smiling
I hate flying but your crew made it bearable. thank you
I'm usually a nervous wreck on planes but the pilot's updates kept me calm
the film was so sad I cried on the plane lol. great selection @AirVela
the horror film on the in-flight screen was genuinely terrifying, loved it
the hottest curry on the menu nearly killed me. 10/10 would order again @DishDash
stupidly spicy wings, exactly as promised. perfect
the worst part of my holiday was leaving. thank you @SolanaHotels
the only bad thing about this hotel is that we had to go home
my only regret is not booking longer
couldn't have gone smoother, even with the late change
not even a scratch on the vase, beautifully packed
not cheap, but worth every penny
a bit pricey but the quality is fantastic
it rained the whole weekend but the spa made up for it
we were stuck in traffic but the driver got us there on time somehow
I missed my stop because I fell asleep, the guard woke me at the next one. so kind
the lift broke while we were in it (!) but the staff were there in 2 minutes. impressive
lost my phone on the bus and the depot had it waiting for me the next day. amazing
my bag went missing for a whole 6 hours then turned up at the hotel. fair play
the cake was slightly squashed, nothing a spoon couldn't fix 😂 tasted amazing
the fire alarm test at 10am made me jump but they'd warned us at check in
never mind the rain, the coach was warm and dry and on time
was cancelled by the seller but I got my money back the same afternoon
flight got cancelled but you rebooked us on an earlier one. we got an extra morning in Rome!
the hotel was overbooked so they upgraded us to a suite. not complaining!
problem solved in one call. first time ever
bug fixed in the latest update, thanks for listening @Notely
the app crashed once but the next version fixed it. works great now
had a hiccup with the payment but Sara sorted it within minutes
there was a mix up with my order but the replacement was here next day
the first engineer couldn't fix it but the second nailed it. all good
small wobble at check in but honestly a brilliant stay
my refund was slow but I got a lovely apology and a voucher. all forgiven
no idea how you did it but my bill is lower this month. thanks
don't know who needs to hear this but @GridGas replied in 3 minutes
I don't usually trust delivery estimates but yours was spot on
didn't expect much from a budget airline but this was a really good flight
I didn't think it would arrive before christmas. it arrived on the 20th!
never had to wait more than 2 minutes for a bus on this route
can't remember the last time a train of mine was late. keep it up @RiverlinkTrains
no way, it's already delivered? that was quick
not a fan of flying usually but that was the smoothest landing ever
it's not every day a call centre makes you laugh. thanks Jamie
I can't thank the @TravelSure team enough for getting me home
can't recommend this hotel enough
can't wait for my next @PageTurn box
can't believe my luck, got the last seat on the sleeper 😄
no words, just thank you
no notes. perfect service
killed it with the new update @PlayForge
this update is sick 🔥
the new season is insanely good
the staff were crazy helpful
that was painfully easy, I was expecting a 2 hour call
damn that was fast
holy moly the new broadband is quick
I'm obsessed with this jacket, it's unreal
fries so good they should be illegal @GrubHop
the queue looked terrible but moved really fast
warned I'd have to wait 3 weeks, it came in 4 days
expected the worst, got the best. thanks @HomeCrate
I'm no expert but that looked like a perfect landing
not the cheapest option but definitely the most reliable
I don't mind paying a bit more for this level of service
no cancellations, no delays, no drama. just a great trip
nothing went wrong. literally nothing. a first for me with trains
none of the horror stories I read were true. great experience
never once felt rushed at the check in desk
not too bad for a monday 😄 all trains running @MetroRapid
no trouble at all with customs, the paperwork was all there
no charge for the extra bag? that's really kind
no need to send a new one, it works fine now after the reset
there's no mistake, I just wanted to check the date is right
no, I wasn't charged twice, I double checked. all good
not a problem, I'll pick it up from the depot tomorrow
not a big deal at all, I can wait until next week
don't cancel it yet please, I might still come
please don't close my account, I'd like to keep it open even if I'm not using it
don't worry about the refund, I'd rather have the credit
I'm not cancelling! just asking how the pause feature works
the bus was late but only because it stopped to help someone who'd fallen. fair enough
the flight was delayed because of a medical emergency on board. crew handled it so well
was told there'd be a 40 min wait but they called me after 5
heard there was a strike on, but my train was running. thank you staff
worried about the roaming charges but there weren't any 👍
I was scared the dress wouldn't fit but it's perfect
stressed about the move but the broadband transfer was seamless
I was sure the parcel was lost, turns out it had been redirected to the locker. all good
thought I'd missed the deadline but the form was still open. phew
I feared the worst when I saw the cracked box but everything inside was fine
the taxi took a different route than I expected but the driver explained it was to avoid roadworks
didn't realise breakfast was included, what a nice surprise
no pain no gain, great class this morning @FitZone
killer workout today, legs are gone 😅
the spin instructor was brutal in the best way
I broke my phone screen but the repair shop had it fixed within the hour. heroes
my card was stolen but the fraud team sorted everything in one call
fell ill on holiday and the travel insurance paid out within a week. thank you
our boiler broke on christmas eve and the engineer came on christmas day. can't thank him enough
my laptop died but everything was backed up in @Cloudmere. never been so relieved
the water was off for an hour but we got a text beforehand, so no issue
power cut in the storm, back within the hour and the updates were great
had to cancel my flight and the credit note was in my inbox before I'd hung up
I missed the delivery but rebooking took 10 seconds
accidentally booked the wrong date, changed it online for free. nice
they couldn't find my booking at first, turned out I'd used my work email. all fine
wrong item sent but they said keep it and sent the right one. very generous
a slight delay at check in but we had champagne waiting in the room, so who cares
the app was down for maintenance for 10 min, but they'd told us in advance
the driver was late because of a crash on the motorway, he let me know in advance. appreciated
nothing broken, nothing missing, everything perfect
hardly any wait today, nice change
I'm sorry I doubted you, the fix worked
apologies to your team, I thought the charge was wrong but it was correct
sorry for the earlier rant, it was my bank's fault not yours
my apologies, I was looking at the wrong booking. yours is all correct
sorry, my son used my card for a game. no dispute needed
sorry I was short with you on the phone, you were only trying to help
no offence taken, it was an honest mistake
I'm not angry at all, just want to know the process for next time
I'm not upset, just wondering if there's a cheaper plan now
no, I don't need a refund, I just wanted to let you know the sign at gate 4 is wrong
if there's ever a problem with my order, who do I contact?
what's the best number to call if my car breaks down abroad?
what happens if my flight is delayed more than 3 hours?
in case the bin isn't collected, who do I call?
in the unlikely event something goes wrong, is there a 24h line?
is there a backup plan if the train is cancelled on the day?
what's your policy if the parcel is damaged in transit? just checking before I send something
   fragile
can I get a refund if I decide not to travel? booking a flexible fare
does the warranty cover accidental damage or only faults?
if the weather's bad, will the ferry connection be cancelled?
who do I speak to if there's a noise issue in my room during the stay?
is there compensation if the broadband install is late? just asking before I sign up
my daughter gets anxious on planes, is there anything the crew can do?
how do I report a lost item? I left an umbrella, no big deal if it's gone
is it normal for the app to ask me to log in again after an update? just checking it's legit
lol this is the least stressful flight I've ever taken
my dog is going to destroy this new bed in a week 😂 it's lovely though
I'm going to be broke after all these sales, thanks a lot @Threadly 😂
I'm never leaving this hotel, you'll have to drag me out
the only thing wrong with this pizza is that it's finished
my wallet hates you, my wardrobe loves you @Threadly
nothing worse than a monday, but at least the 7:45 was on time
worst thing about the new phone is I can't put it down
I have no complaints, just praise for Sophie in the Birmingham branch
not sure if you pass these on, but the driver of the 65 at 8am is always so cheerful
"""
)
