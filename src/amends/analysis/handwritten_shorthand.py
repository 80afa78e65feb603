"""Hand-written customer messages in the shorthand of a public post: hashtags, "u", "pls", "thx",
"DM", "hrs", all lower case, half sentences, links left out.

The rest of the hand-written corpus is mostly in full sentences; customers writing in public to a
company often are not. Both sides use the same shorthand (a hashtag, "pls" or a missing capital
says nothing about a complaint), so the model learns the register without reading it as a verdict.
Complaints lean to the flat and factual ("3rd delay this week #commute"), the sarcastic and the
complaining question; the rest are questions, thanks, plans, status updates and hard cases. Brands
are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE", "NOT_NEGATIVE"]

NEGATIVE = messages(
    """
@KestrelAir 2 hrs on the tarmac in Denver and counting. no water, no updates #kestrelfail
@KestrelAir flt 882 delayed AGAIN. thats 3 fridays in a row
@MeridiaJet bag didnt make the connection. 4th day w/o my stuff
@MeridiaJet u cancelled my flight and rebooked me for THURSDAY?? its monday
@BlueHeronAir on hold 1hr 40min. hold music is great tho i guess
@BlueHeronAir thx for losing my car seat. traveling w a toddler. super helpful
@PolarisRail 07:12 cancelled, 07:42 cancelled, 08:12 "delayed". #commute
@PolarisRail no heating in coach C and its -2 outside. lovely
@DuneBus driver just drove past the stop. 3 of us waving
@DuneBus 45 min late and the app still says "on time" lol
@Wirely internet down since sat. 4 days. working from a cafe on my own dime
@Wirely pls stop texting me about upgrades and fix my broken line
@Wirely 3rd engineer no-show this month. took the day off for nothing again
@Brisko tracking says delivered. its not. no photo, no nothing
@Brisko driver left my parcel in the rain by the bins. soaked through
@Lendara card declined at the pharmacy w plenty in the account. embarrassing
@Lendara u froze my account and the chat just loops back to the menu
@Paytrix where's my money? sent tues, still "processing" on sat
@Paytrix 2nd time this month a payment has bounced for no reason smh
@TovanaHotels room smelled like smoke and they said no other rooms. paid $280 for that
@TovanaHotels booked a king, got 2 twins pushed together. cool cool
@Ridefoxx driver took the long way and i paid $19 extra for the scenic route i guess
@Ridefoxx charged a cancellation fee when the DRIVER cancelled
@Streamory buffering every 30 seconds during the final. ur one job
@Streamory why did my price go up again w no warning #cancelling
@Fresco_Market half my order substituted w random stuff. who wants oat milk instead of eggs
@Fresco_Market 3 of the 6 eggs smashed. again
@GymNova tried to cancel, told i have to come in person. in 2026. really
@GymNova showers cold for 2 weeks now. any plans to fix or nah
@VoltaEnergy estimated bill of £312 when ive sent readings every month
@VoltaEnergy app wont take my meter reading. tried 6 times
@Cartwell item arrived broken, return label "unavailable". so what now
@Cartwell refund promised in 5-7 days. day 19
@MeridiaJet just got charged for a bag i paid for online. have the receipt
@KestrelAir seat 23C broken, cant recline, cant even sit straight. 6 hr flight
@KestrelAir crew told us to "figure it out" when the connection got missed
@BlueHeronAir thanks for the 1 am cancellation text. very thoughtful timing
@BlueHeronAir gate agent was straight up rude to my elderly mom. not ok
@PolarisRail standing room only for 2 hrs on a first class ticket
@Wirely bill says $89. plan is $55. nobody can explain it
@Brisko 3rd missed delivery, "customer not available". i was literally home
@Paytrix account locked for "security". i'm the one who got locked out of my own money
@Lendara 6 days to get a replacement card?? how do i buy groceries
@Ridefoxx app showed 4 min wait, waited 25, then cancelled on me
@Streamory logged out on every device and password reset email never arrives
@TovanaHotels front desk had no record of my booking. had the confirmation right there
@DuneBus no aircon on a 5 hr ride in july. people were feeling faint
flight delayed 5 hrs and the only food open was a vending machine #travelnightmare
been on hold w my bank for 50 min just to ask one question
another week another outage. #wirelydown
day 6 of no internet. hotspotting off my phone like its 2009
"your call is important to us" then why am i number 41 in the queue
bag arrived on the next flight. with a broken wheel. love that
they charged me twice for the same order and want me to wait 10 days for one back
@KestrelAir do u guys ever answer DMs or is that just for show
@MeridiaJet is there a reason the app crashes every time i try to check in
@PolarisRail is the 18:05 ever going to run on time or should i just move house
@Wirely how many times do i need to explain the same fault to different people
@Brisko can someone tell me where my parcel actually is? "in transit" for 9 days
@Lendara why do i have to call to unblock a card i blocked in the app
@Paytrix what exactly is this £4.99 "service fee"? never agreed to that
@TovanaHotels is it normal to have no hot water at a 4 star hotel?
@Streamory why is the show i paid to rent gone from my library?
@GymNova why are u still taking money from my account? cancelled in jan
@VoltaEnergy when is someone going to fix my meter? its been 3 months
@Cartwell are u even going to reply to my email or should i go to my bank
@Ridefoxx why am i being charged a "cleaning fee"?? i had a bottle of water
@DuneBus is anybody going to explain why the 10:15 just didnt show?
@Fresco_Market why was my slot cancelled an hour before with no reason
why does every airline make it impossible to talk to a human
is it too much to ask for a train that turns up
how is it 2026 and my bank still cant process a transfer on a weekend
4hr delay. no announcement. no staff. #stranded
missed my sons recital bc the 17:40 was cancelled
checkout took 40 min bc only 1 till open again
new phone arrived w a cracked screen. straight out of the box
router replaced twice, still drops every evening at 7
hotel wifi $19.99 a day and it doesnt even load email
they lost my booking and gave my table away. party of 8
paid for express shipping, came in 9 days
second time ive been overcharged at the same store
my flight got moved 6 hrs earlier and nobody told me. found out at the airport
app update wiped my saved cards and my order history
connection missed, next flight tmrw, no hotel offered
ordered a large, got a small. charged for a large ofc
waiting on a refund since november. its march
3 weeks for an appointment and they cancelled the morning of
@KestrelAir sat at gate B12 for 90 min. plane is right there. nobody at the desk
@MeridiaJet 14 hr trip turned into 31 hrs. 2 missed connections. no meal vouchers
@BlueHeronAir priority boarding means nothing when u board everyone at once
@PolarisRail ticket machine broken, got fined for not having a ticket
@Wirely "unlimited" data got throttled after 10gb
@Brisko parcel says "returned to sender" and i never got a single attempt
@Lendara interest charged on a balance i paid in full. 2 months running
@Paytrix customer service hung up on me. twice
@TovanaHotels found someone elses hair in the "clean" towels. gross
@Ridefoxx driver was on his phone the whole ride. scary
@Streamory subtitles out of sync on everything since the update
@GymNova half the machines out of order and the price went up
@VoltaEnergy direct debit doubled with no explanation
@Cartwell wrong size, wrong colour, and now the return costs me $12
@DuneBus booked seats together, got split up 6 rows apart. w a 5 yr old
@Fresco_Market delivered someone elses shopping and kept mine
@KestrelAir great, another "technical issue". 3rd in 2 weeks
@MeridiaJet oh good, the lounge is "closed for maintenance". again
@Wirely wow 5 days to fix a cable that takes 10 min. efficient
@Brisko so "next day delivery" means next week now? good to know
@Lendara love being asked the same 5 security questions 3 times
@Paytrix nice to know my money is "under review" for the 2nd week
@Streamory awesome, paying more for fewer shows
@PolarisRail cheers for the 2 carriages at rush hour, really roomy
@TovanaHotels "oceanview" room overlooks the car park. technically u can see the sea if u squint
@Ridefoxx surge pricing at 3x for a 2 mile ride in the rain. classy
@GymNova sure, ill just shower at home after paying $60 a month
@Cartwell "order confirmed" then "order cancelled" 10 min later. no reason given
nobody at @KestrelAir seems to know where flight 419 is right now
my parcel has been to 3 depots and back again. still not here
still waiting on that callback from tuesday @Wirely
got a letter saying i owe £0.00 and a late fee of £12. what
@MeridiaJet customer care number just rings and rings and then hangs up
@BlueHeronAir ur website wont let me pick a seat but wants $35 for one at the airport
@PolarisRail 3rd time this week the toilets are locked on a 3 hr journey
@DuneBus luggage hold wouldnt open, driver shrugged and left with my bag
@Lendara 40 mins in branch to pay in a cheque. 1 person on the counter
@Paytrix the "instant" transfer took 3 days
@TovanaHotels charged a "resort fee" for a pool that was closed
@Streamory my kid's profile keeps showing adult stuff. fix ur filters
@VoltaEnergy no power since 6am, ur outage map says everything is fine
@Cartwell customer service chat closed on me mid conversation
@Fresco_Market frozen stuff arrived warm. all of it
@Ridefoxx lost my phone in a car, driver wont reply, support says "contact driver"
@KestrelAir paid for wifi, had wifi for 20 min of a 7 hr flight
@MeridiaJet asked for the veggie meal when i booked. there was no veggie meal
@Wirely moved house 6 wks ago, still no broadband and still being billed
@Brisko "we tried to deliver" no u didnt, i have a doorbell camera
"""
)

NOT_NEGATIVE = messages(
    """
@KestrelAir can i bring a skateboard as carry on? flt 882 tmrw
@KestrelAir whats the cutoff for online check in on intl flights?
@MeridiaJet hi, is there a lounge at gate C? 3 hr layover
@MeridiaJet do i need a visa for a 6 hr transit in Doha? thx
@BlueHeronAir just landed, smoothest flight ive had in ages. thx crew!
@BlueHeronAir shoutout to the gate agent in Austin who found my lost passport 🙏
@PolarisRail is the 18:05 running on sunday timetable on monday bank holiday?
@PolarisRail thx for the heads up about the engineering works this wknd
@DuneBus how much luggage can i bring on the overnight to Leeds?
@DuneBus driver on the 6:40 was so kind to my grandma today, pls pass it on
@Wirely can i pause my plan while im abroad for 3 months?
@Wirely engineer came early and was done in 20 min. legend
@Brisko can i change my delivery address after dispatch?
@Brisko parcel came a day early, lovely surprise thx
@Lendara hi, how do i add my partner to my account?
@Lendara the new app update is so much faster, well done
@Paytrix is there a limit on intl transfers per day?
@Paytrix transfer landed in 2 min. how. magic
@TovanaHotels can we get an early check in on friday? flight lands at 8am
@TovanaHotels thanks for the birthday cake in the room!! made my wife's day
@Ridefoxx how do i add a second card to my account?
@Ridefoxx my driver Marco was great, how do i tip after the ride?
@Streamory when does season 3 drop? cant wait
@Streamory new profile icons are so cute lol
@Fresco_Market do u deliver to the new estate on Mill Rd yet?
@Fresco_Market driver carried everything up 4 flights of stairs. hero
@GymNova what are the bank holiday opening hours?
@GymNova new spin classes are 🔥 thx for adding the 6am one
@VoltaEnergy what's the best time to send a meter reading?
@VoltaEnergy switched to u last month and the bill is already lower 👍
@Cartwell do u price match? saw the same kettle cheaper elsewhere
@Cartwell return was so easy, refund in 2 days. will shop again
flying @KestrelAir for the first time tmrw, any tips?
just booked our honeymoon w @MeridiaJet ✈️ #excited
@BlueHeronAir what time does boarding start for flt 220? says 6:45 on my pass
@PolarisRail can i take my bike on the 7:12 or is it peak only?
@Wirely whats the speed on the new fibre plan?
@Brisko is there a way to leave a safe place note for the driver?
@Lendara will my card work in Japan or do i need to tell u first?
@Paytrix can i split a bill with friends who arent on the app?
@TovanaHotels is parking included w the room rate?
@Ridefoxx do u have car seats for kids in any cities?
@Streamory is there a student discount?
@GymNova can i bring a friend for free on my plan?
@VoltaEnergy do u do green tariffs for small businesses?
@Cartwell when does the summer sale start?
@Fresco_Market can i add items to an order thats already booked?
@DuneBus is there wifi on the airport shuttle?
@KestrelAir no worries at all, the rebooking was quick and the new flight is even better
@MeridiaJet not gonna lie, was expecting chaos at JFK but it was super smooth
@BlueHeronAir cant complain, on time both ways and free snacks
@Wirely no issues since the new router, thanks for sorting it last month
@Brisko was worried it wouldnt come before the party but it showed up at 9am 🙌
@Lendara no stress at all, fraud team called me before i even noticed
@Paytrix nope, all good now! thx for the quick reply
@PolarisRail delayed 2 min and u still announced it and apologised. respect
@Streamory never thought id say this but ur customer service is actually great
@GymNova sorry, my fault, i forgot to cancel the trial. thanks for refunding anyway
@TovanaHotels we had to cancel due to covid but the refund was instant. thank you
@Cartwell broke the lid myself (clumsy) and u sent a new one for free. wow
@Ridefoxx left my bag in the car and the driver brought it back within the hour!
@VoltaEnergy power cut was fixed in 40 min in a storm. impressive
@DuneBus the delay was the traffic not u, driver kept us all updated. thx
@KestrelAir ok got it, thanks for the info
@MeridiaJet DM sent w my booking ref
@BlueHeronAir followed u back, sent the details in a DM
@Wirely ok thx, ill try restarting the box first
@Brisko yep thats my address, thanks
@Lendara done, thanks for the help
@Paytrix sure, sent a screenshot in DM
@PolarisRail understood, thanks for replying so fast
@TovanaHotels yes the 14th-16th, 2 adults 1 child
@Streamory ok ill log out and back in
@Fresco_Market great, see u saturday between 10 and 11
@Ridefoxx cool, thanks
@Cartwell order 48823, just wanted to check it's the blue one
@KestrelAir happy 10th birthday to my favourite airline 🎉
@MeridiaJet that sunrise over the Alps this morning from seat 3A 😍
@BlueHeronAir the pilot's jokes on the PA made the whole cabin laugh. more of that pls
@PolarisRail quiet coach was actually quiet today. bliss
@Wirely first month with no dropouts. well done lol
@Brisko my dog loves ur drivers, one brought him a treat
@Paytrix just paid off my last loan w u. feels good
@TovanaHotels best sleep ive had in months. those pillows
@Streamory the new doc series is incredible, binged it in a day
@GymNova hit a new PR today thanks to coach Lina 💪
@Fresco_Market the new bakery range is dangerously good
@VoltaEnergy thx for the tips on cutting my bill, it worked
@DuneBus 10/10 would take the night bus to Edinburgh again
anyone know if @KestrelAir lets u change names on a ticket?
switching to @Wirely next week, anyone have the fibre plan? how is it
heading to the airport, wish me luck ✈️
my parcel is out for delivery 📦 finally getting my new headphones
booked a table for 6 on friday, first time trying this place
just renewed my gym membership for another year #newyear
will the 11pm flight still have the meal service?
anyone know how long the passport queue at T5 is right now?
is it cheaper to book trains in advance or on the day?
does the price include taxes or is that extra?
what time does customer service open on sundays?
@KestrelAir fyi the link in ur email goes to a 404, thought u should know
@Wirely suggestion: let us pick the engineer time slot in the app
@Streamory would love a "skip recap" button 🙏
@Cartwell small idea: a dark mode for the app would be nice
@Lendara can u add apple pay for the savings account? would use it loads
@PolarisRail would be great to have more bike spaces on the weekend trains
@Brisko any chance of a "leave w neighbour" option in the app?
@MeridiaJet how do i join the loyalty program w an old booking?
@BlueHeronAir can i buy extra legroom after check in?
@TovanaHotels do u have rooms w a bath not just a shower?
@GymNova is the pool open during the renovation?
@Paytrix do u charge for card payments abroad?
@VoltaEnergy how do i update my contact number?
@Ridefoxx can i schedule a ride for 5am tmrw?
"""
)
