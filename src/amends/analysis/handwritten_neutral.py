"""Hand-written neutral messages: questions, requests, bookings and account details (no
   complaints).

Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NOT_NEGATIVE"]

NOT_NEGATIVE = messages(
    """
@CoralJet hi, can I bring a folding bike as hold luggage on CJ418?
@AltoAirways what's the hand luggage allowance on the Dubai route?
how early does check in open for international flights?
@FlyPenrose is there a way to add a middle name to my booking? it's just missing, not misspelled
@TernAir do you offer special meals for diabetics? flying on the 14th
can I take my breast pump in hand luggage?
@Brightwing do children under 2 need their own passport for Spain? sorry, first time
   travelling with a baby
@AirVela hi! how much is it to add a second checked bag?
@CoralJet what time does the bag drop close at Manchester T1?
@AltoAirways can I use my miles to upgrade a ticket bought through a travel agent?
@FlyPenrose is it possible to request a bassinet seat for a long haul flight?
@TernAir do I need to print my boarding pass or is the app fine?
is there wifi on the Lisbon flights these days?
@Brightwing flight BW221 on friday, which terminal is it from?
what's the process for travelling with a guide dog?
@AirVela could you tell me the baggage allowance for a ski bag?
@NorthlineRail is there a direct train from Leeds to Whitby or do I change at York?
@ValleyTrains can I use my railcard on the 07:18 or is it peak?
do bikes need booking on the weekend services?
@CrossCountyRail how far in advance can I book assisted travel?
@RiverlinkTrains are dogs allowed in the quiet coach?
what's the cheapest way to get from Bristol to Cardiff on a saturday?
@MetroRapid is the Kingsmoor line running as normal over the bank holiday?
does the 16-25 railcard work on sleeper trains?
@ValleyTrains can I get a paper receipt for my season ticket for my employer?
@CityHopBus does the 9 still stop at the hospital after 8pm?
@LoopBus how do I add my daily cap card to the app?
@GreyfieldCoaches how much luggage can I take on the coach to Glasgow?
@StarlineCoach are there toilets on the overnight coaches?
@CityHopBus when does the new timetable start?
@HarbourInns do you have any rooms with a walk in shower in Bath for 12-14 May?
@SolanaHotels is breakfast included in the 'flexible' rate?
@StayNest is it ok to message the host before booking to ask about parking?
@RoomRover can I split the payment between two cards?
what time is check out at the York hotel?
@HarbourInns do you allow dogs? small terrier, very quiet
@SolanaHotels is there a kids club during the october half term?
@StayNest how do I add a guest to an existing booking?
@RoomRover can I change the name on my booking to my sister's?
@HarbourInns is there EV charging at the Windermere site?
@ZoomCab can I book a car with a child seat in advance?
@RydeNow how do I add a second payment method?
@DriveWell what documents do I need to pick up a hire car in Portugal?
@CarRentaGo can I drop the car off at a different airport?
@DriveWell is there an age limit for additional drivers?
@TeleFast what's the earliest install date for full fibre in LS6?
@BrightMobile do your sim only plans include EU roaming?
@NetWave can I move my broadband to my new address or do I need a new contract?
@Lumafone how do I set up wifi calling on an android?
@TeleFast is it possible to change my bill date to the 15th?
@BrightMobile how do I get a PAC code? switching for work reasons
@NetWave what channels are in the sports bundle?
@Lumafone does the family plan share data between phones?
@TeleFast can I get a static IP on the home plan?
@NetWave hi, is there a way to see my data usage by device?
@PowerHome when should I send my meter reading this month?
@GridGas does the boiler cover include the annual service?
@AquaFlow how do I apply for a water meter?
@PowerHome can I switch to the EV tariff if I'm on a fixed deal?
@GridGas what's the number to call if I smell gas? want to save it in my phone
@AquaFlow is there a hosepipe ban in our area this summer?
@PowerHome how do I add my partner to the account?
@OakleafBank how do I set up a standing order in the app?
@MintPay what's the limit for a single transfer abroad?
@Pennywise can I have two savings pots with different interest rates?
@ArdenCredit if I pay more than the minimum, does it go to the highest interest balance first?
@CoinVault do you support withdrawals to a business account?
@OakleafBank what's the process for adding a power of attorney to my dad's account?
@MintPay can I get a virtual card for online shopping?
@Pennywise does the app work on tablets?
@OakleafBank I'm going to Japan next month, do I need to tell you?
@ArdenCredit how long does a balance transfer usually take?
what happens if I miss a payment by one day? just want to understand the rules
@SafeHaven does the policy cover accidental damage to a laptop at home?
@ShieldCover can I add a named driver for just one weekend?
@Guardline what's the excess on windscreen claims?
@PetPledge is dental cover included in the lifetime plan?
@TravelSure does annual cover include skiing?
@SafeHaven what's the process if a tree from next door falls on our fence?
@Shopwell do you ship to the Channel Islands?
@Bazaario how do I become a seller? is there a fee?
@Threadly what's your return policy for sale items?
@HomeCrate can I choose a delivery day for the wardrobe?
@Shopwell is there a student discount?
@Threadly does the blue linen shirt come in tall sizes?
@HomeCrate do you take away the old mattress when delivering a new one?
@Bazaario can I pay with a gift card and a debit card together?
@Shopwell when will the new console be back in stock?
@Threadly can I change the size on an order that hasn't shipped yet?
@FleetParcel can I redirect a parcel to a pickup point?
@ParcelPoint what are the opening hours of the Kingsway depot?
@QuickDrop do you deliver on sundays?
@FleetParcel can I send a parcel to Ireland from a locker?
@ParcelPoint how big can a parcel be for the lockers?
@FreshBasket can I add items to my order after it's been placed?
@GrubHop is there a way to schedule an order for tomorrow lunchtime?
@DishDash do you deliver to student halls?
@Pantry24 how do I set up a regular weekly order?
@FreshBasket what's the minimum spend for free delivery?
@GrubHop can I pay cash on delivery?
@DishDash how do I add allergy notes to my profile?
@StreamBox how many screens can I watch on at once with the standard plan?
@Notely can I share a notebook with someone who doesn't have an account?
@PlayForge is cross play coming to the console version?
@TuneRiver can I transfer my playlists from another app?
@Cloudmere what's the maximum file size for uploads?
@StreamBox is the new season coming out all at once or weekly?
@PlayForge when does the next season start?
@Notely is there a way to export to markdown?
@TuneRiver does the student plan include the podcasts?
@Cloudmere do you offer a discount for charities?
@FitZone can I bring a guest for a one off session?
@CoreGym what time do the swimming lessons for kids start on saturdays?
@BoxFresh can I choose vegetarian meals only?
@PageTurn can I gift a subscription to my sister?
@GlowBox when does the next box ship?
@FitZone is there parking at the Hale branch?
@CoreGym how do I freeze my membership for 2 months? going travelling
@PassportOffice how long is the standard renewal taking at the moment?
@CityCouncilHelp what day is the garden waste collection in Northfield?
@DVLcheck do I need to update my licence if I move within the same town?
@GovTaxOnline when is the deadline for paper returns this year?
@BenefitsLine what documents do I need for the appointment on tuesday?
@CityCouncilHelp how do I apply for a residents parking permit?
@PassportOffice can I renew my son's passport online if he's 15?
what's the best way to contact you about a booking? phone or email?
is there a phone number I can call instead of using the chat?
do you have a customer service email address?
what are your opening hours over christmas?
are you open on bank holiday monday?
where can I find my account number?
how do I update my email address?
can I change my password without logging in?
how do I unsubscribe from the newsletter but keep order emails?
is there a discount for NHS staff?
do you price match?
can I pay in instalments?
do you have a loyalty scheme?
hi, how do I leave a review?
is there a referral code I can use?
could you send me a copy of my invoice for order 66121 please
can you resend my booking confirmation? ref HB-2241
please update my delivery address to 14 Elm Road, I'll DM the postcode
I'd like to book a table for 4 on saturday at 7, is that possible?
please could you send me the receipt for my stay last week for expenses
could you add a note to my booking that we'll arrive around 11pm?
please can I have a callback tomorrow morning about my mortgage application
I'd like to add my daughter as a named driver from the 3rd
can you confirm my appointment is still on for thursday at 10?
please change my paperless billing to paper, my dad prefers it
I'd like to upgrade to the family plan please
could you email me the terms for the new tariff?
can you tell me how many loyalty points I have?
I'd like to request a copy of the data you hold on me
could someone let me know the status of booking 8812? no rush
please cancel the extra bag on my booking, we're travelling light now
could you move my delivery to next week? I'll be away
can I get an invoice in my company's name instead?
please add my new card to the account, details in DM
please pass my number to the hotel so they can call me about the cot
I need to change my flight from the 4th to the 6th, what are my options?
I'd like to transfer my gym membership to my brother, is that allowed?
just booked flight CJ202 for 3 people, ref XK29PL, all looks good
our booking is under the name Okafor, arriving friday
my order number is 99213 if that helps
my account is in my wife's name, is that ok for the callback?
the booking ref is 7QZ4M1
I'm on the 14:05 from Paddington, coach F seat 22
our flight lands at 22:30, so we'll check in late
moving house on the 30th, new address in DM
I'll be abroad from 2 to 16 August, just so you know
this is my new number from now on
I've just paid the invoice by bank transfer, reference INV-4412
just letting you know I've posted the return today
fyi I've sent the photos to the email address you gave me
I'll be using my partner's card for this one
I've registered for the appointment on the 12th
my dad will collect the parcel for me, is that ok?
I'm travelling with a wheelchair, just wanted to make sure that's noted
we'll have a dog with us, already paid the pet fee
our group is 12 people, is there a group booking option?
I'm a new customer, where do I start?
I'm switching from another provider, what do I need to do?
what happens if my train is delayed and I miss my connection?
what happens if my parcel arrives while I'm on holiday?
if my flight is cancelled, am I rebooked automatically?
what do I do if my card gets lost abroad?
if I cancel the subscription, do I keep access until the end of the month?
what if the hire car gets a flat tyre?
if I move house mid contract can I take the broadband with me?
what's the policy if my bag is overweight by a kilo?
if I book the flexible fare can I change the date more than once?
what happens to my points if I close the card?
just curious, why do the trains on the coastal line have fewer carriages?
out of interest, how is the price for the sleeper worked out?
random question, do the planes have power sockets?
why do some trains have first class and some don't?
how come the app asks for my location?
how does the price match guarantee work?
how do your carbon offset options work?
hi @StreamBox, is there a way to turn off autoplay for trailers?
hey @Notely, is there a keyboard shortcut for new checklist?
@PlayForge what are the minimum PC specs for the new update?
@TuneRiver is there a sleep timer on the desktop app?
@Cloudmere can I pay annually instead of monthly?
@ZoomCab can I order a ride for my mum from my account?
@DriveWell does the car come with snow chains in winter?
@HarbourInns can we have the room with the view again? room 12, same as last year
@SolanaHotels do you have adult only pools?
@AltoAirways how do I claim miles for a flight I took last month?
@TernAir are there any flights to Porto in November?
@NorthlineRail is the first class lounge at York open on sundays?
@FleetParcel what time does the driver usually come to my area?
@Bazaario can I message a seller before buying?
@GrubHop how do I join the subscription?
@Pennywise can I get a card for my 13 year old?
@OakleafBank do you still offer paying in cheques by app?
@GridGas how do I read a smart meter display?
@PowerHome how is the price cap calculated?
@AquaFlow who do I contact about a leak on the pavement?
@BrightMobile do you have a cheaper plan for just calls and texts?
@TeleFast is the new router compatible with mesh systems?
@Lumafone what's the trade in value for an old phone?
@ShieldCover does my policy include european cover?
@SafeHaven can I pay my premium monthly?
@PetPledge does the policy cover cats over 10?
@CityCouncilHelp which bin do pizza boxes go in?
@DVLcheck how long does a provisional licence take to arrive?
@GovTaxOnline can I claim working from home expenses?
@PassportOffice does my child need a photo signed by someone?
@BenefitsLine can I bring someone with me to the assessment?
@FitZone are the classes included in the basic membership?
@BoxFresh can I pause for the summer?
@PageTurn is there a kids version of the book box?
@GlowBox do you ship to Ireland?
@CoreGym do you have a student rate?
@HomeCrate is the oak table real wood or veneer?
@Threadly do you have a size guide for the boots?
@Shopwell can I collect from store instead of delivery?
@QuickDrop can I leave delivery instructions for a specific parcel?
@ParcelPoint can I send a parcel without a printer?
@FreshBasket do you deliver to villages outside Harrogate?
@Pantry24 do you have an eco packaging option?
@DishDash is there a minimum order?
@StarlineCoach is there a student discount on coach tickets?
@GreyfieldCoaches can I change my coach ticket to a later time?
@LoopBus are there night buses on the 5 route?
@CityHopBus is the new 22 route starting in january?
@MetroRapid what time is the last train on fridays?
@RiverlinkTrains do you sell family railcards?
@CrossCountyRail are there plug sockets in standard class?
@ValleyTrains where can I park at Ashby station?
@CoralJet what's the easiest way to pay for seats for a group of 8?
@FlyPenrose can I add a bag to just the return flight?
@Brightwing how early should we get to the airport in August?
@AirVela is it possible to bring my own food on board?
@MintPay does the app show exchange rates before I send?
@CoinVault what are your opening hours for phone support?
@ArdenCredit how do I see my credit limit in the app?
@TravelSure can I add my partner to my annual policy?
@Guardline do you cover learner drivers?
@RoomRover do you have a price alert feature?
@StayNest can I see the exact address before booking?
@CarRentaGo do you have automatic cars available in Crete?
@RydeNow is there a way to share my ride with my family?
@TuneRiver how many devices can I download music on?
@StreamBox can I download episodes on a laptop?
@Notely does the free version have a note limit?
@Cloudmere is there a family plan?
@PlayForge is there a controller setting for left handed players?
quick question: does the deal include the installation?
before I order, how long is delivery to Scotland?
thinking of switching, how long does it take to move over?
planning a trip to Canada, do I need any special travel cover?
looking to book a family room for 2 adults and 3 kids, is that possible?
what's the difference between the standard and premium plans?
are there any offers on at the moment?
can I get a quote for home and contents together?
do you have availability for next weekend for 2 nights?
is it cheaper to book online or by phone?
hi, which is the nearest branch to Bolton town centre?
where's the closest drop off point to postcode M14?
just checking my payment went through for order 70012?
can you check if my sim has been activated yet?
can I check which email address is on my account?
could you confirm the balance on my gift card? number in DM
"""
)
