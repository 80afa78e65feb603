"""Hand-written non-complaints in longer forms: suggestions, emails, texts and reviews that
   are happy.

Polite feedback that proposes an improvement without complaining, emails asking for information,
reviews that praise, and messages where a small blemish is outweighed. Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NOT_NEGATIVE"]

NOT_NEGATIVE = messages(
    """
suggestion for the app: it'd be great to see the seat map before paying for a seat
idea: a 'leave at back door' option in delivery notes would be really useful
would love a way to save favourite routes in the journey planner
it would be handy if the invoice showed the VAT separately, for us small business folk
small suggestion, maybe put the wifi password on the key card holder? 🙂
could you add apple pay at the ticket machines? would make life easier
have you thought about a quiet carriage on the weekend services too? I'd use it
feature request: shared shopping lists in the grocery app 🙏
would be nice to have a 'skip intro' button on the TV app
just an idea, but a live queue position in the chat would be neat
love the meal kits, would be even better with a low carb option
any chance of adding more vegan options to the breakfast menu? the current ones are tasty
would it be possible to add a 'nearest locker' filter in the app?
the new timetable is great, a printable version would be brilliant for older passengers
maybe consider a loyalty discount for people who've been with you a long time? just a thought
feedback from a happy customer: the checkout could remember my delivery notes
Hello, I'd like to ask whether it's possible to add a second account holder to our joint savings.
   Many thanks.
Hi there, could you let me know whether the Lisbon hotel has a cot available for our stay in
   June? Thanks in advance.
Dear team, please find attached my signed contract. Let me know if you need anything else.
Good morning, I'm writing to update my address. My new address is in the attached form.
Hi, I'm planning a surprise anniversary trip for my wife in October and wondered if you could
   help arrange flowers in the room?
Dear sir/madam, I'd like to request a statement for the tax year ending April for my accountant.
Hello, just confirming I'll be at the appointment on Friday at 2pm. Kind regards, Martin
Hi, I'm a teacher organising a school trip for 30 pupils next spring. Do you offer group rates?
Dear customer services, could you please tell me what information you need to add my son to my
   car insurance?
Good afternoon, could you confirm whether my policy renews automatically in September?
Hi, we've just moved into the area and would like to set up an account. What's the first step?
Hello, I'm writing on behalf of my mother, who would like to switch to paper statements.
Dear team, a quick thank you for the smooth handover of our new broadband. Everything is working.
Hi! Just wanted to say the delivery driver today was lovely and very careful with our new fridge.
Hi, I'd like to book a service for my boiler sometime in the next month. Mornings suit best.
Hello, could you send me details about your business accounts? We're a small bakery with 4 staff.
Morning! Is the cafe at the Harrogate store open on sundays?
Dear team, I'm happy to confirm the repairs have been completed to a high standard. Thank you.
Hello, please could you send the receipts for our three rooms as separate invoices?
5 stars. Lovely staff, clean rooms, great breakfast. Would stay again.
Best takeaway in town. Always hot, always quick.
Really pleased with this service. Easy to set up and the price is fair.
Fantastic holiday, the transfers ran like clockwork and the hotel was perfect.
Excellent bank, helpful staff and a great app.
Quick, friendly and reasonably priced. Highly recommend this courier.
We stayed 3 nights and loved every minute. The kids didn't want to leave.
Great value flights and the crew were so welcoming. Will book again.
The engineer was punctual, polite and clearly knew his stuff.
Really easy returns process, refund within 2 days. Will shop again.
4/5 - great food, the delivery was a few minutes later than the estimate but it was still hot
Solid 4 stars. Good room, good location, breakfast could have more choice but no real complaints.
8/10. The train was busy but on time and the staff were great.
Loved the stay! Tiny room but spotless and in the perfect spot.
great gym, friendly staff, and the classes are fun. only wish it opened earlier on sundays
the phone is brilliant, battery lasts 2 days. very happy with the switch
Hi it's Sarah, just confirming the delivery for tomorrow morning is fine. See you then
Hi, this is Paul from flat 3, you can leave the parcel with the concierge
Can you text me when the driver is 10 mins away? Thanks
Yes, 9am tomorrow is fine for the engineer
Running 5 min late for my appointment, be there shortly
Got your text, will bring the documents on monday
Just to let you know I'm outside in the blue car
I'm at the front desk for my 3pm, no rush
Thanks for the reminder, I'll be there
Got the code, thanks. All logged in now
Confirm. Please deliver to the side door
Received my new card today, all activated. Thanks
Hi, this is Dev's mum, he'll be picking up the car at 10
Can I move my appointment to 4 instead of 3? Thanks
we're stuck in traffic so will check in about 8pm, just a heads up
our train gets in at 21:50 so we'll be a bit late to check in, hope that's ok
our neighbours recommended you, so we thought we'd give it a try
a friend told me about your student discount, how do I sign up?
first time ordering from you, hoping the jeans fit!
just placed my first order, excited to try the new range
really looking forward to our stay next week, it'll be our first holiday in 3 years
we're celebrating my dad's 80th at your hotel in May, any chance of a cake in the room?
is there any way to request a room with a bath? no worries if not
my son's a huge train fan, is there any way he could see the cab at the end of the journey?
we're flying with my 95 year old gran, just want to check what assistance is available
I'm deaf, what's the best way to get updates about platform changes on the day?
my partner uses a wheelchair, are all the rooms on the ground floor accessible?
I have a nut allergy, could you tell me if the cookies in the box are made in a nut free kitchen?
what's the best way to send a parcel to my son at university?
when does the summer sale start? asking for my bank balance lol
are you hiring? I'd love to work in customer service for you
does anyone know if the 8:15 has a buffet car?
what's the wifi password on the coach?
any tips for getting a window seat on the scenic route?
is it worth upgrading to first on the 4 hour journey?
how do people usually get from the airport to the hotel? taxi or train?
do the trams run on christmas day?
does the price include the tip for the driver?
where do I leave feedback for the staff at the Bath branch? they were great
how do I nominate an employee for an award? Lucy deserves one
can I request the same driver for my next lift? he was brilliant
I'd like to book another stay, same room as last time if possible
is there a way to book the same engineer again? he was fantastic
could you let the chef know the risotto was the best I've had?
please pass on my thanks to the crew of CJ309
I'd love to thank the driver of the 12:40 from Plymouth, how can I do that?
please let your manager know that Tom went above and beyond for us today
tell Gemma in the call centre she's a superstar
a massive well done to the night shift at the depot for getting our parcel out in time
happy birthday @TernAir! 25 years of flying 🎉
congrats on the award @HarbourInns, well deserved
loving the new uniforms @AltoAirways
the new trains look sleek @ValleyTrains, when do they start running?
saw your van was decorated for pride, love it @QuickDrop 🌈
the christmas ad this year made me cry @Shopwell 😭 in a good way
your social media team is hilarious @GrubHop
the game patch notes were a fun read, whoever writes them is great
your puns on the delivery boxes make my day @BoxFresh
is it weird that I look forward to the hold music? it's a banger
if anyone from @StreamBox is reading this, please make a season 4 🙏
who else is watching the new season tonight? can't wait
what's everyone's favourite @BoxFresh recipe? need inspo
spotted the new electric buses on my street today, very smooth and quiet
just walked past the new @FitZone site, looks massive
the airport was so quiet this morning, felt like I had the place to myself
the view from the train over the viaduct is always stunning
just had the best sleep of my life on a @HarbourInns mattress. where can I buy one?
I've been flying @Brightwing since the 90s and it's still my favourite airline
20 years with @OakleafBank today apparently, happy anniversary to us
my nan, 91, just used the app to pay her bills for the first time. so proud of her
today I learned you can pause a subscription. who knew
TIL you can get delay repay for 15 minutes. nice
apparently my phone plan has free roaming in 50 countries. nobody tell my teenagers
just realised my contract renewal came with a free month. cheers @Lumafone
my first month's gas bill after switching was £20 less. not bad
just got my annual summary and I saved £300 with the savings tool. wow
the travel money card was a lifesaver in Japan, no fees at all
new router is so fast the kids think I hacked the internet
flew for the first time in 10 years and it was so much easier than I remembered
got a cheaper deal by calling, happy days
booking the whole family trip took 15 min, mostly because we argued about dates lol
took my mum on her first ever train trip today, she loved the trolley service
my son had his first flight today and the crew gave him wings. he's wearing them to bed
posted a parcel to Australia on monday, arrived on thursday. incredible
just got an email saying my order is ready for collection already! that was fast
all my parcels came on one day for once, feels like christmas
my smart meter shows I used less energy this month. small wins
switched to paperless and my drawer is so much tidier now
got my passport in the post today, ready for the trip 🛂
train tickets booked for the wedding, see you in Edinburgh!
meal kit is here, date night sorted 🍝
Friday night pizza from @GrubHop is a household tradition at this point
my dog goes mad when the @FleetParcel van pulls up, he loves that driver
my daughter wants to be a train guard now after meeting Steve on the 10:30
weekly shop delivered, fridge full, feet up 😌
here's to another year of cheap flights and sunshine @CoralJet ☀️
the best bit about working from home? my broadband actually being faster than the office's
someone in the chat just called me 'hun' and I've never felt more cared for lol
me and the @CityHopBus driver have a wave thing now every morning
shoutout to the @GreyfieldCoaches driver who sang happy birthday to a passenger over the tannoy
one small idea: a reminder text the day before the bin collection would be amazing
could the receipts include the store address? makes my expenses easier
would love an option to round up purchases into savings @OakleafBank
any plans to bring back the family saver tickets? they were great
a widget for the home screen showing my next train would be perfect
please keep the old style timetable posters at stations, my dad finds them easier to read
if you ever add a 'notify me when back in stock' button, I'll be first to use it
would you consider adding a kids' meal to the in-flight menu? mine would love it
could the app show how full the next train is? that would help me pick a carriage
small thing: the font on the new tickets is lovely, just a bit small for my eyes
it would be great if the gym app showed how busy it is right now
just a thought, an option to group deliveries into one day would cut down on van trips
I'd happily pay a bit extra for a guaranteed morning slot, if that's ever an option
Hi, could you tell me when the new branch in Kendal opens? Looking forward to it.
Hello, is it possible to get a copy of my policy in large print? Thank you.
Hi, I'd like to give my gym membership to my daughter as a birthday present. How does that work?
Dear team, I'm writing to let you know I've passed my driving test and would like to update my
   policy from provisional. Thanks!
Good evening, could you tell me if the spa can be booked by non-residents?
Hi, my employer pays for my broadband. Could the bill be addressed to the company?
Hello, we're getting married next summer and would love to talk about group room rates.
Hello! Could you recommend which plan would suit a family of 5 with two teenagers?
Hi there, is the 10% discount for members also valid in the outlet stores?
Hi, just a note to say I've paid the outstanding balance today. Thanks for your patience.
Hello, my name is Aleksandra and I'm the new office manager. Please add me as a contact on our
   business account.
Lovely stay at the Bath hotel, the team even remembered my coffee order by day 2.
Booked the sleeper for the first time. Comfy bed, great breakfast, woke up in the Highlands.
Perfect service from the courier, even the text updates were friendly.
Ordered a replacement part and it arrived the next morning with clear instructions. 5 stars.
Our pet insurance claim was paid in full within a week. Thanks for making a stressful time easier.
The new credit card app is clean and simple, everything I need on one screen.
Switched energy supplier in 10 minutes, the old one was told automatically. Very smooth.
"""
)
