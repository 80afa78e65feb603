"""Hand-written warm messages: thanks, praise for named staff, excitement, jokes (not complaints).

Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NOT_NEGATIVE"]

NOT_NEGATIVE = messages(
    """
@CoralJet huge thanks to Priya at the Gatwick desk, she rebooked our whole family in 5 minutes
@AltoAirways crew on AL340 were brilliant with my nervous 6 year old. thank you Sam and Leah!
just landed in Lisbon 🌞 smoothest flight I've had in ages @TernAir
@FlyPenrose the captain's commentary over the Alps was a lovely touch. made our day
holiday mode ON ✈️ see you soon Crete @Brightwing
thank you @AirVela for upgrading us on our honeymoon, we were speechless 💕
@CoralJet shoutout to the cabin crew on CJ22 who found my daughter's lost bunny. hero status
first time flying solo and the staff at check-in made it so easy. thanks @AltoAirways
can't wait for Tokyo next week!!! @FlyPenrose
@TernAir your new app is so much better. checked in and got my boarding pass in under a minute
well done @Brightwing, landed 20 minutes early and bags were out before we reached the belt
the purser on BW77, Ana, deserves a raise. kind, funny and on top of everything
@AirVela thanks for the birthday announcement for my mum, she loved it 🎂
@NorthlineRail the 07:12 has been on time every day this week. whoever is responsible, thank you
lovely guard on the Exeter train today, helped an old lady with her bags all the way to a taxi
@ValleyTrains the new carriages are gorgeous. plugs that work and tables that aren't sticky!
@CrossCountyRail thanks to the staff at York who let me on the earlier train with my advance ticket
@RiverlinkTrains beautiful views on the coastal line this morning 🌊
@MetroRapid the new lift at Kingsmoor is a game changer for me and my wheelchair. thank you
@CityHopBus driver on the 14 waited for me when he saw me running. small things 🙏
@GreyfieldCoaches comfy seats, wifi worked, arrived 10 min early. impressed
@LoopBus love the new contactless caps, saves me loads every week
@StarlineCoach night coach was surprisingly great, slept most of the way
@HarbourInns the team in Bath left a handwritten card and cake for our anniversary. so thoughtful
@SolanaHotels best breakfast buffet I've ever had. the pastries!!
@StayNest our host Marta left us a list of local tips and it was spot on. 10/10 stay
thank you @RoomRover for sorting our rebooking when the first hotel flooded. quick and painless
@HarbourInns reception let us check in at 10am after a red eye. you're angels
@SolanaHotels the spa was heavenly. booking again for next year already
so relaxing weekend at @HarbourInns Windermere. the view from room 12 is unreal 😍
@ZoomCab driver Tomasz helped us with 5 suitcases and a pram without being asked. legend
@RydeNow quickest pickup ever, 2 minutes at midnight. thank you
@DriveWell collected the car in 10 minutes, spotless and full tank. smooth as anything
@CarRentaGo thanks Maria at Malaga airport, so helpful with the child seats
@TeleFast engineer Dev was fantastic, explained everything and tidied up after himself
@BrightMobile switched over today and kept my number with zero fuss. nice one
@NetWave speeds have been amazing since the upgrade. 900Mb on the laptop!
@Lumafone thank you Chloe for the patience on the phone with my dad, he's not techy at all
@TeleFast fixed within the hour. didn't even need an engineer. thanks team
shout out to the @NetWave technician who climbed the pole in the rain to get us back online
@PowerHome thank you for the warm home discount, it's made a real difference this winter
@GridGas Ravi came out on a sunday to fix our boiler. we have a newborn. can't thank him enough
@AquaFlow the repair crew on our street were so polite and cleaned up perfectly. well done
@OakleafBank thank you to Jo in the fraud team who got my money back within a day
@MintPay sending money to my cousin in Ghana has never been this easy. respect
@Pennywise the savings pots feature has helped me save for my first holiday in years!
@ArdenCredit thanks for the payment break, it really helped while I was off sick
@CoinVault support replied in 20 minutes on a saturday. didn't expect that
@SafeHaven claim paid in 6 days after the burst pipe. honestly amazing service
@ShieldCover your claims handler Dan kept me updated every step. appreciated
@PetPledge paid the vet directly so I didn't have to find £1,800 up front. thank you so much
@TravelSure handled everything when I broke my wrist in Spain. incredible
@Guardline renewal was cheaper this year! first time ever lol
@Shopwell ordered at 11pm, arrived at 9am. witchcraft
@Bazaario found the exact vintage lamp I'd been hunting for years. thank you, very happy
@Threadly the new jeans fit like a dream. finally a brand that gets sizing right
@HomeCrate sofa is here and it's even comfier than in the showroom 🛋️
@Threadly refund was back on my card the same day I dropped off the return. so easy
@Shopwell thank you for the note in the parcel, really made me smile
@FleetParcel driver Kev always knows which neighbour to leave stuff with. local hero
@ParcelPoint locker pickup took 10 seconds. love this
@QuickDrop parcel arrived a day early and the photo showed exactly where it was left 👍
@FreshBasket perfect order this week, no substitutions and great dates on everything
@GrubHop driver was so friendly and the food was still piping hot. 5 stars
@DishDash the little free cookie in my order 🥹 thank you
@Pantry24 your substitution was actually better than what I ordered haha
@FreshBasket shopper picked the ripest avocados I've ever seen. who are you, avocado whisperer
@StreamBox the new series is incredible, binge watched it in 2 days
@Notely the new search is so fast. finding old notes in seconds now
@PlayForge the new map is gorgeous, great update team
@TuneRiver your year in music thing is my favourite day of the year 🎶
@Cloudmere restored a file I deleted 3 weeks ago. saved my thesis. thank you!!!
@FitZone shoutout to Marcus who runs the 7am spin class, best way to start the day
@CoreGym new weights area looks amazing 💪
@BoxFresh the thai curry kit was restaurant quality. more of that please
@PageTurn this month's book was perfect. how do you always know
@GlowBox obsessed with this month's box!!
@PassportOffice passport renewed in 8 days. quicker than I expected, thank you
@CityCouncilHelp the new bins came the day after I ordered them. well done
@DVLcheck renewed my licence online in 5 minutes. painless
@GovTaxOnline the new online return is much clearer than last year. nice work
@BenefitsLine thanks to the adviser who rang me back and explained everything so kindly
thank you so much for your help today, really appreciate it
you guys are the best, honestly
what a lovely team, thank you all
thanks again Steph, you've been a star
genuinely great service from start to finish
couldn't have asked for better
brilliant, thank you!!
cheers for the quick reply 🙌
thanks for sorting that out so fast, Ellie
really impressed with how this was handled
nice one, much appreciated
so helpful, thank you
ty for the help x
thank you kindly
amazing, you've made my day
you've restored my faith in customer service lol
first class service as always
thank you for being so patient with me
best customer service I've had all year
perfect, exactly what I needed
appreciate you guys so much
have a great weekend and thanks for all your help
thanks for the heads up about the engineering works, helped me plan
thank you for the reminder text about my appointment
thanks, the new timetable is really clear
such a quick and easy process, well done
the new website is so much easier to use
love the new look of the app
this feature is exactly what I've wanted for years, thank you
the refund came through already! thanks
got it, all working now 👍 thanks a lot
excited for our trip to Iceland next month, just booked with @FlyPenrose!
booked! Rome in May 🍝 @CoralJet
finally booked our first family holiday 🥳 @SolanaHotels
yay my new phone is out for delivery!!
counting down the days till my sofa arrives lol
just ordered my wedding dress 😭❤️ @Threadly
can't believe I got tickets for the sleeper train to Inverness! so excited
first time trying @BoxFresh this week, looking forward to it
just signed up @FitZone, new year new me 😅
moved in today and the broadband was already live. @NetWave you beauty
our honeymoon starts tomorrow!! @AirVela
so pleased with my new glasses from the online store, perfect fit
@HarbourInns we'll definitely be back next summer
@Brightwing my kids think the pilot waving at them from the cockpit was the best part of the
   holiday
if the @StreamBox recommendation algorithm knows me this well I'm a bit scared lol
the hold music was so good I was almost sad when someone answered 😂
my cat approves of the @HomeCrate box more than the actual shelf
i've ordered so much from @Shopwell this month the driver knows my name now haha
me: I'll just check the app quickly. also me 2 hours later: still scrolling @StreamBox
the @ValleyTrains guard just did the announcements in a pirate voice and the whole carriage
   cracked up
plot twist: the parcel was at my mum's the whole time 😂
the @FreshBasket shopper wrote 'happy birthday' on the bag. tiny thing, big smile
whoever designed the @Notely widget, I'd like to buy you a coffee
@DishDash my 3 year old waved at the driver through the window and he waved back 🥹
it's the little things, like the @CityHopBus driver saying good morning to everyone
the @TuneRiver playlist for my commute is so good I don't want to get off the train
just wanted to say thanks to the bus driver on the 27 who stopped and helped a lost tourist
shoutout to the cleaning staff at the station, the toilets were spotless
thank you to the lady on the helpline who stayed on the phone while I found my paperwork
the nurse at the vaccination centre was so calm with my daughter, thank you
@OakleafBank the branch staff in Leigh helped my gran set up online banking. so patient
the delivery driver carried the washing machine up 3 flights of stairs and didn't complain once
your chatbot actually understood my question. impressive
@TeleFast Aisha on the chat was brilliant, answered everything in one go
@PowerHome the engineer explained the smart meter display to my mum really nicely
shout out to Kelly at the gym reception, always remembers everyone's names
@GreyfieldCoaches thanks to the driver who waited 5 mins for my delayed train passengers
the hotel porter Ahmed gave us the best restaurant tip of the whole trip
@ZoomCab driver had phone chargers for every phone and free water. 5 stars
@DriveWell the roadside assistance guy was amazing, had us back on the road in 30 min
thank you @CrossCountyRail for finding my wallet and posting it back. everything still inside
@AquaFlow the text updates during the works were really helpful
@GrubHop the restaurant added a little note saying thanks for ordering, cute
wow @Bazaario seller threw in a free gift. lovely
@Lumafone kept my number, got a better deal, and the whole call took 10 minutes
@SafeHaven thank you for being so understanding on the phone, it was a hard day
@Pennywise love the spending insights, eye opening (and a bit scary) lol
just hit 50,000 points on my @AltoAirways card, free flights here I come ✈️
@StreamBox thank you for bringing back my favourite show!!
@PlayForge best community event yet, had a blast with the squad
@CoreGym the new class timetable works so much better for shift workers. thanks
@MetroRapid trains every 3 minutes this morning, made it to work early for once 😄
@RydeNow the new quiet ride option is perfect after a long day
@Threadly bought the same shirt in 3 colours, that's how much I like it
the @PageTurn bookmark in this month's box is so cute
@Cloudmere the new photo search is mind blowing, found my dog photos by typing 'dog'
@GovTaxOnline thanks to the person on the phone who helped me find my UTR number
@ParcelPoint ordering to the corner shop locker is such a good idea
@GridGas the engineer even bled our radiators while he was here. above and beyond
@BrightMobile roaming in Italy worked perfectly, no surprises on the bill
@SolanaHotels the towel animals on the bed every night made my kids' holiday
@StayNest host left a bottle of wine and a welcome card. lovely touch
the croissants at the @HarbourInns breakfast are worth the trip alone
@RoomRover easiest booking site I've used. saved me £80 too
my @TernAir flight attendant remembered me from last month. nice touch
@CoralJet the seat with extra legroom was so worth it
@NorthlineRail really appreciate the free wifi actually working today
@AltoAirways your lounge in Dubai is stunning
that @FreshBasket recipe card inspired tonight's dinner, thanks
the app tells me exactly when my bus is coming now, game changer @LoopBus
the queue at passport control was 5 minutes. 5! well done @PassportOffice team
my @BoxFresh box arrived early and everything was perfectly cold
credit where it's due @NetWave, the outage was fixed faster than you said
hats off to @CityCouncilHelp for clearing the fly tipping within a day of reporting
@DishDash first order with you and it was perfect
@FitZone thanks for freezing my membership while I recover from surgery, really kind
@TuneRiver the new audiobook feature is amazing, finished 2 books this month
@MintPay the new split bill button saved my friendship lol
@ArdenCredit the app makes it so easy to see what I owe. great job
@ShieldCover the dashcam discount is a nice touch
@TravelSure bought cover in 2 minutes on my phone, nice and simple
@Notely I run my whole life on your app tbh
all the staff at Terminal 5 today were so cheerful, lovely start to the holiday
a massive thank you to the train manager on the 18:05 who kept us all informed
@CarRentaGo the car was basically brand new. loved it
@QuickDrop the 1 hour delivery window is so helpful, thank you
@HomeCrate assembly team were in and out in 40 min and everything's perfect
@FleetParcel lovely driver today, even took my recycling to the bin for me 😂
@StarlineCoach great to have plugs on every seat now
@Pantry24 thank you for the extra bag for life, my handles snapped and your driver noticed
honestly @ValleyTrains the staff at Ashby are the friendliest on the line
just used the new self check in at @HarbourInns, took 30 seconds
@Brightwing thanks for the free drinks after the short wait, nice gesture
@PowerHome thanks for the tip about the night rate, our bill's gone down loads
@NetWave 3 months without a single drop. who are you and what did you do with my old broadband
@QuickDrop I love the little dance your tracking van does on the map 😂
@AirVela best in-flight meal I've had in years, the curry was fab
@StayNest the cabin was exactly like the photos and the hot tub was heaven
@ValleyTrains the driver's 'good morning Ashby!' announcement cheered up the whole platform
@OakleafBank love the round ups feature, I've saved £140 without noticing
@ZoomCab the driver recommended a cafe that turned out to be the highlight of our trip
@TeleFast the text telling me the engineer was 10 minutes away was so useful, thanks
@SafeHaven the online claim took 5 minutes and someone called me the same day. brilliant
@StreamBox the download feature made the long haul flight fly by
@Pennywise sent me a warning before I went overdrawn. you saved me £25
@CoralJet the new bag drop machines are so quick!
@HomeCrate thank you for the free swatches, helped us pick the perfect colour
@FreshBasket your drivers always say hello to my grandad, he looks forward to it every week
@Notely the new handwriting feature is actually brilliant
@DishDash fastest delivery ever, 12 minutes!
@CrossCountyRail thanks to the trolley guy who gave my kids free biscuits
@Threadly the packaging is so pretty I kept the box
@LoopBus thank you for bringing back the 7 route, it's made my commute so much easier
@GovTaxOnline got my refund within a week of submitting, thanks!
@CityCouncilHelp the new playground in Lister Park is fantastic, the kids love it
@Cloudmere thanks for the student discount, really helps
@PetPledge the vet video call service is brilliant, saved us a trip
@FitZone the new 24h access has been a lifesaver for my shift work
@TuneRiver your radio feature found me 3 new favourite bands this week
@MintPay got my money to my sister in Poland in seconds. brilliant
@GrubHop the new 'group order' option made our office lunch so easy
"""
)
