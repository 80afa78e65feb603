"""Hand-written non-complaints full of facts: references, amounts, dates, times and longer updates.

Numbers and length say nothing about whether a message is a complaint; these make sure the calm
messages carry them too. Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NOT_NEGATIVE"]

NOT_NEGATIVE = messages(
    """
@FreshBasket order FB-55120 for saturday 8-9am, could you add 2 pints of semi skimmed? thanks
@GrubHop ordered from the thai place at 7:15, arrived 7:38, still steaming. 10/10
@DishDash order #30921 just arrived, all 4 meals correct and hot. thanks!
@Pantry24 delivery number 7781 came at 10:02 exactly. great as always
@FreshBasket can I change my slot on the 14th from 6-7pm to 7-8pm? order FB-60213
@Shopwell order 48812 arrived today, 2 days earlier than expected. thanks
@Threadly I'd like to exchange the size 12 from order TH-2209 for a 14, what's the process?
@HomeCrate delivery for order HC-7731 is booked for 12 March, can someone call 30 min before?
@Bazaario item 330291 arrived in perfect condition, left the seller 5 stars
@FleetParcel tracking FP3381920GB says out for delivery, will the driver call first? I'm at
   work till 1
@ParcelPoint parcel PP-88213 collected from the Deansgate locker, quick and easy
@QuickDrop please deliver QD-402918 to the back door, the front bell doesn't reach the kitchen
@CoralJet flight CJ418 on 21 June, booking 8HJ2KQ, can I add 1 x 23kg bag?
@AltoAirways booking ref LP3X91, we'd like to request 2 seats together on the return leg
@FlyPenrose flight FP207 to Split on 4 Aug, what time does boarding start?
@TernAir my frequent flyer number is TA-5521083, can you add it to booking QQ7K2M?
@Brightwing BW220 on the 9th was 15 min early! crew were great, especially Jon in row 1-10
@AirVela confirming I've paid £32 for the extra legroom seat 12C on AV901. thank you
@NorthlineRail I'm travelling on the 10:42 to York on friday with a wheelchair, seat 14 coach A
@ValleyTrains season ticket 22-0419 renews on the 30th, can I pay by card at the station?
@CrossCountyRail I've got a 2 together railcard, does it work on the 09:15 to Bristol?
@RiverlinkTrains left a blue scarf on the 16:20 to Plymouth yesterday, coach C, any chance it
   was handed in?
@MetroRapid is the 06:05 from Kingsmoor running on the 24th and 26th?
@CityHopBus what time's the first 14 on a sunday from the bus station?
@GreyfieldCoaches booking GC-20391, 2 adults 1 child, can we add a bike?
@StarlineCoach my ticket for the 23:30 to London is SL-44201, can I change it to the 22:00?
@HarbourInns booking HI-84023, 2 nights from 14 Feb, could we have a room on a high floor?
@SolanaHotels reservation SH-7720 for 7 nights, we'll arrive at about 3am on the first night
@StayNest booking 1093221, host says check in from 4pm, can we drop bags at 1?
@RoomRover booking RR-40012, please add breakfast for 2 people for all 3 nights
@ZoomCab pickup 5:15am tomorrow from 22 Wells Road to T3, booked in app, just double checking
@RydeNow trip on 3 May at 11:40pm, driver Jamal, I left a black umbrella in the back
@DriveWell rental DW-99012, returning the car at 6pm instead of 4pm, is that ok?
@CarRentaGo reservation CR-1102 for 10-17 Sept, can I add a second driver online?
@TeleFast account 40021993, moving to 8 Holly Close on the 19th, can the line move with me?
@BrightMobile I'd like to add a second SIM to account BM-77120, 10GB plan please
@NetWave the engineer visit on the 3rd is fine, any time between 8 and 1 works for me
@Lumafone trading in my old handset, it's a 3 year old model with a small scratch, what's it worth?
@PowerHome meter reading for 1 March: 18,403 day, 9,221 night. account 2210993
@GridGas boiler service booked for 6 Nov, 8-12 slot, thanks for the reminder email
@AquaFlow my water meter reading is 00412, submitted online but wanted to check it went through
@OakleafBank I'm paying in a cheque for £150 at the Kendal branch tomorrow, do I need an
   appointment?
@MintPay sending €300 to my landlord in Spain, how long does it usually take on a weekday?
@Pennywise I'd like to move £500 from my main account into the holiday pot every month on the 28th
@ArdenCredit I've made a payment of £1,200 today, please confirm it's been received. thanks
@CoinVault withdrawal of £2,000 arrived in 40 minutes. impressed
@SafeHaven policy SH-9910 renews on 1 Jan, I'd like to increase the contents cover to £40k
@ShieldCover my new car is a 2021 hatchback, registration in DM, please swap it on policy 77120
@Guardline payment of £45.60 made for the policy change, ref GL-22013
@PetPledge claim PP-5531 for £340 submitted with the vet invoice attached, thank you
@TravelSure annual policy TS-20381, we're off to Canada for 3 weeks on 2 June, anything I need
   to do?
@StreamBox I'm on the standard plan at £10.99, how much is premium now?
@Notely bought the annual plan for £29.99, receipt says £24.99 with the discount. thanks!
@PlayForge I reached level 100 last night, 350 hours in and still loving it
@TuneRiver my student plan ends on 30 Sept, what happens after that?
@Cloudmere upgraded to 2TB for £8.99 a month, moving all my photos over today
@FitZone joined the Hale branch yesterday, membership FZ-40192, when is the induction?
@CoreGym I'd like to book the 6:30pm spin on thursday, member number 22019
@BoxFresh 4 meals for 2 people this week please, skipping the 22nd as we're away
@PageTurn please change my box size from 2 books to 3 from next month
@GlowBox my box ships on the 15th, can I swap my address to my office for this one?
@PassportOffice application 4410 2293 submitted on 2 April, standard service. just checking
   the timescale
@CityCouncilHelp booked a bulky waste collection for 12 May, 1 sofa and 1 fridge, ref BW-2201
@DVLcheck my licence number is in the DM, I've changed my name after getting married
@GovTaxOnline submitted my self assessment today, reference 88214 00921. thanks for the easy form
@BenefitsLine my appointment on 14 Nov at 10:30 is confirmed, I'll bring my tenancy agreement
just paid £89.99 for the annual pass, really looking forward to using it
order #77120 placed, 3 items, collection from the Leeds store on saturday
booking for 6 people at 7:30pm on the 18th, name is Adeyemi
my account number is 1102-9933-22, I'd like to update my phone number
I'm flying out on the 3rd at 06:40 and back on the 17th at 21:10, booking ref 9KD2LQ
table for 2 at 8pm on friday please, it's our 10th anniversary
room 411 here, could we get 2 extra pillows when you get a chance?
we've 3 cases and a buggy, will a standard taxi fit us or do we need an estate?
I'll be at the depot around 4:15 to collect parcel 88201-XQ, is that ok?
the reading on my meter this morning was 12,004
transferred £620 to you today for the deposit, reference: SMITH FLAT 2
moving from flat 4 to flat 9 in the same building on 1 Oct, just need the address updating
I'm 34, no claims for 7 years, looking for a quote on a 2019 estate car
our flight lands at 23:55 on the 4th, can the shuttle pick us up?
booked the 10:00 ferry and the 11:30 coach, should be at the hotel by 2
tickets for 2 adults and 2 children under 5 on the 7:20 please
my partner and I would like to open a joint account, we both bank with you already
it's my first time renting a car abroad, what do I need to bring?
our wedding is on 21 June at the Harbour Inn, we have 30 guests staying, who do I speak to?
we need 4 rooms for the 9th to the 12th for a work trip, is there a corporate rate?
my grandson is 17 and just passed his test, can he go on my policy as a named driver?
I've got £45 of credit on my account, can I use it for the next bill?
I bought a 3 day pass on monday, does that cover wednesday until midnight?
need a 7 seater for 5 days in August from Inverness airport, any available?
what time does the 18:10 get into Edinburgh? want to tell my mum when to pick me up
I'd like to pay off my loan early, can you send me a settlement figure?
my daughter starts uni in September, can we get a second card on my account for her?
booked 2 nights for 12-14 July, could you confirm there's parking on site?
we're 4 adults and 1 dog arriving on saturday around lunchtime, looking forward to it
I've attached the 3 photos you asked for, plus the receipt from 14 March
the serial number is SN-4402-9913-AB, purchased in January
my booking was made through a travel agent, ref TA-5502, but I'd like to add a meal
I've been a customer for 12 years and I'm ready to upgrade my phone, what are the options?
this is my 50th flight with you this year apparently! thank you for the gold status email
just hit 10,000 steps on the way to the gym, feeling good @FitZone
booked the 2 week trip to Bali for our 25th anniversary, can't quite believe it
I saved £14.20 on my shop this week with the loyalty points, nice
renewed the family railcard for another year, 1/3 off for all of us 🚆
my bill dropped from £72 to £58 after the tariff switch. thanks for the suggestion
ordered the oak desk and 2 chairs, delivery on 3 June, so excited for the new office
paid off my credit card in full today for the first time in 5 years 🎉
flew 12 hours and slept 9 of them, best flight ever @AltoAirways
arrived at 7:02 for a 7:05 departure and still made it thanks to the fast track 😅
our 3 kids and 2 grandparents all on the same train, all seated together. thank you
the 9:15 from Bristol arrived at 10:48 on the dot
got 6 months free on my new contract, plus the speed upgrade, happy with that
my wife and I have been staying at your Bath hotel every year since 2009, see you in May
the package of 12 glasses arrived with every single one intact, impressive packing
meal for 4 under £30 delivered in 20 minutes. can't beat it
spent 3 hours in the new library and the wifi never dropped once, thanks @CityCouncilHelp
I'd like to know if it's possible to transfer 40,000 points to my husband's account
can I still use my old £20 gift voucher from 2022? found it in a drawer
my phone number has changed to 07700 900456, please update it on the account
I'd like to switch my direct debit date from the 1st to the 15th when I get paid
how many points do I need for a return flight to Tenerife in winter?
going to need 2 parking spaces for the 15th, we're coming in 2 cars
"""
)
