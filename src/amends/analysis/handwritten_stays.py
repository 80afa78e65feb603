"""Hand-written complaints about hotels, booking sites, ride-hailing and car hire (brands made
up)."""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@HarbourInns checked in at 3pm, room wasn't ready until 7. no apology, no drink, nothing
booked a sea view room, got a view of the bins. @SolanaHotels
@StayNest the property cancelled on us the night before and your site just says 'we're sorry'
the walls are so thin I can hear the guy next door brushing his teeth
@HarbourInns there was hair in the bath and a used plaster on the floor. room 214
fire alarm went off at 3am, twice, and reception said it 'does that sometimes'
why does the price go up £40 every time I refresh the page @RoomRover
@SolanaHotels breakfast 'included' turned out to mean toast and a sad yoghurt
paid for a king bed, got two singles pushed together with a gap in the middle
@StayNest host wants me to pay a 'cleaning fee' in cash on arrival. that wasn't in the listing
the pool in all your photos was drained and fenced off. no mention of it anywhere
hi @HarbourInns, I left a phone charger in room 308 and lost property says they never got it
air con doesn't work, window doesn't open, 31 degrees. I asked for a fan 3 times
hotel charged my card a £200 deposit and it's been 3 weeks. still not released
@RoomRover your 'free cancellation' booking cost me £85 to cancel. explain please
the lift was out of order for our whole stay. 7th floor. with a toddler and a buggy
checked out and they charged me for a minibar I never opened
@SolanaHotels staff at reception were chatting to each other while 6 of us queued
wifi was so slow I had to go to a cafe to join my work call. business hotel my foot
bedbugs. actual bedbugs. I have the bites and photos. @StayNest
hotel gave our room away because we arrived at 11pm. we told them we'd be late. twice
parking was advertised as free and then it was £25 a night at checkout
@HarbourInns I am still waiting for the invoice for my stay in May. accounts won't reply
the shower went from freezing to scalding with nothing in between
booked an accessible room and the bathroom had a step into the shower. not accessible
@RoomRover booking ref RR-22981 shows as confirmed but the hotel has never heard of me
noise from the bar downstairs until 2am every night. reception just shrugged
spent the first hour of my holiday on the phone to get a room that matched what I'd paid for
@SolanaHotels 'spa' was a hot tub in a cupboard
the apartment keys weren't in the lockbox and the host stopped answering at 9pm
@StayNest still no reply from support after I was locked out. 2 days now
mould on the ceiling of the bathroom. the smell followed us around all week
hotel had no record of my anniversary request despite 3 emails confirming it
@HarbourInns the 'late checkout' I paid for was cancelled at 10am by a knock on the door
tried to book through your app. 5 times. payment failed every time, card's fine everywhere else
the review photos look nothing like the real place. old, dirty, peeling wallpaper
@RoomRover support keeps closing my ticket without fixing anything #RoomRover
no hot water for 2 of our 4 days. offered a 10% discount on the NEXT stay. no thanks
the reception desk closed at 10 and we arrived at 10:20 after a delayed flight. locked out
room smelled like smoke in a non-smoking hotel. asked to move, 'fully booked'
cockroach in the bathroom. second night, another one. @SolanaHotels
the bed was so soft I woke up at 4 with back pain every morning
booked 2 rooms for a family, got 2 rooms on different floors. 'nothing we can do'
@StayNest host messaged asking me to cancel and rebook off the platform. isn't that against
   the rules
breakfast finished at 9:30 on a saturday. on holiday. come on
the towel had a stain I don't want to think about
you took payment twice for the same stay. £412 x 2. I need that back, it's my rent
@HarbourInns my booking confirmation says twin, my kids are sleeping on a sofa bed that's broken
hi, sorry, but we're still waiting on the refund for the night we couldn't stay due to the flood
@RoomRover sold me a 'genius deal' that was £30 more than booking direct 🙃
checked in to find the previous guest's stuff still in the wardrobe
the room was right next to the lift and it dinged all night
@SolanaHotels you advertise 'family friendly' and then shout at our kids for using the pool
please can someone from @StayNest get back to me, we have nowhere to stay tonight
hotel double-charged city tax. I paid it on arrival and again at checkout
@HarbourInns the iron burnt a hole in my shirt. it was clearly faulty, reception said tough luck
6 am building works outside our window every day. nobody mentioned it when we booked
the shuttle bus from the airport never turned up and nobody answered the phone
@RoomRover why is there a 'service fee' that only appears on the final page
the mattress had a visible spring poking through
got a 'your stay is confirmed' email 2 hrs after the hotel told me it was overbooked
@SolanaHotels loyalty points from my last 3 stays haven't been added
sad to write this as we've always loved this hotel, but this stay was a big step down
booked a quiet room. next to the ice machine. it clunks every 4 minutes.
@ZoomCab driver took the longest possible route and the fare was double the estimate
booked a ride for 5am to the airport. nobody came. app said 'driver on the way' for 25 mins
@RydeNow charged me a £15 cancellation fee for a ride the DRIVER cancelled
driver was on a video call the whole trip and missed the turning twice
@ZoomCab my account got suspended for 'unusual activity'. what activity? I took a cab home
surge pricing at 3x because it was raining. it's the UK, it's always raining
@RydeNow left my wallet in the car, reported it 10 minutes later, still no reply after 3 days
driver refused to take my guide dog. that's illegal. @ZoomCab
the car stank of cigarettes and the driver got annoyed when I opened the window
@RydeNow charged a 'cleaning fee' of £40. I didn't make any mess, show me the photos
why does the app show 2 min away and then the driver goes the other direction for 10 min
@ZoomCab driver asked me to cancel so he didn't get the penalty, then I got charged
waited 40 min for a ride, 4 drivers accepted then cancelled. I missed my train
@RydeNow support chat is a loop of 'did this answer your question?' no. no it did not
driver was speeding on the motorway and laughed when I asked him to slow down
got charged for a ride that I never took. from Glasgow. I live in Cardiff
@ZoomCab the receipt says 14 miles, the trip was 4. please fix
the car seat option I paid extra for wasn't there. driver said 'just hold him'
@RydeNow 3rd time this month a driver has dropped me at the wrong address
driver kept asking personal questions and wouldn't stop. made me really uncomfortable
@ZoomCab can't add a tip, can't rate, can't contact support. the app is broken after the update
I reported a driver for being rude a week ago. no response. he's still on the app
@DriveWell hire car had a warning light on when we picked it up and the desk said 'it's fine'
got charged £340 for a scratch that was there when I collected the car. I have photos
@CarRentaGo booked a 7 seater, got a 5 seater. family of 6. what do you suggest
the queue at the rental desk was 2 hours. 2 HOURS. and they tried to upsell insurance at the end
@DriveWell the 'full to full' fuel policy but the car was half empty when we got it
@CarRentaGo they blocked £1,500 on my credit card and it's still held 4 weeks later
hire car broke down on day 2, replacement took 6 hours. lost a day of our trip
@DriveWell you charged me for an extra driver I specifically removed at the desk
sat nav was in Portuguese and nobody could change it. thanks for nothing
picked up at 9, the pickup office was actually 20 minutes away by shuttle. not at the airport
@CarRentaGo damage fee for a 'stone chip' I'd bet was there already, £180 admin on top
car hadn't been cleaned. crumbs, a parking ticket on the dash and sand everywhere
@DriveWell the toll tag you insisted I rent charged me £60 in 'service fees'
key fob battery died and roadside assistance took 3 hours to arrive
@CarRentaGo got a speeding fine admin fee of £45 for a fine I already paid myself
the car had bald tyres. I checked them myself. in winter. please explain
@DriveWell online price was £210 for the week. at the desk it was £480. same car
why is the after hours drop off box full? I can't leave the keys anywhere
hi @CarRentaGo, still waiting on the deposit refund from rental CRG-77104. any update?
@RoomRover the listing said 'walkable to beach'. 45 min walk on a road with no pavement
booked a room with a bath for my bad back. the 'bath' is a shower tray. not the same thing
@HarbourInns dinner reservation lost, restaurant 'full', we ate crisps from the vending machine
the whole booking process took 40 mins because the site kept timing out on the last step
@SolanaHotels the hotel's 'free wifi' requires a fee after 30 minutes. misleading
room safe was locked with someone else's code. waited an hour for security
got bitten all over by something in the bed. reception offered antihistamines
@StayNest the host's house rules came after booking and include a £100 fine for 'noise after 9pm'
our room had a connecting door to a family with a very loud baby. couldn't sleep at all
@RoomRover refund for my cancelled booking shows 'processed' for 6 weeks. not in my account
booked via your site in March, hotel closed down in April, you never told me
@HarbourInns reception told me there'd be a callback about the damage charge. there wasn't
heating doesn't turn off. it's 26 degrees at night.
the spa treatment I booked was cancelled when I arrived and they'd still charged me for it
@SolanaHotels nobody at the front desk spoke to us once. it felt like we were bothering them
the 'balcony' was a ledge you could stand on sideways
paid for a hotel transfer at 6am. driver never showed. taxi was €70
the kids club was closed all week and the hotel kept advertising it at breakfast
@StayNest why is my money being held 'pending review' for a stay that finished a month ago
found out at check in that the hotel pool closes at 5pm. for guests on holiday
@ZoomCab please explain why a 15 min ride cost £48 at 10pm on a tuesday
driver turned up in a different car to the app and wouldn't explain. felt unsafe
@RydeNow ride was fine, but then I was charged for a second ride an hour later that wasn't me
app shows my ride as 'completed' but I never got in. waited 20 min in the cold
@ZoomCab second time a driver has refused a short fare. I'm going 1 mile, I have a broken foot
@DriveWell the 'premium' car was a 9 year old hatchback with 140,000 miles on it
@CarRentaGo your agent made us sign the damage form in a language we couldn't read
car rental app wouldn't unlock the car. support line closed. stood in a car park for an hour
@DriveWell I returned the car with a full tank and a receipt and was still charged a refuelling fee
checked out early because of the noise and the hotel charged me for all 4 nights anyway
@HarbourInns 'your room is ready' text at 2pm. room not ready at 4pm.
@RoomRover why can't I speak to a real person about a £1,200 booking gone wrong?
the carpet was damp. not a little. squelching.
hotel restaurant charged £8 for tap water. unbelievable
@SolanaHotels the adjoining rooms I paid extra for were on separate corridors
no blackout curtains and a street lamp right outside. slept 3 hours a night
breakfast room was so busy we queued 25 min for a table every morning
@StayNest my booking was cancelled by the host 2 days before, and the only alternatives are double
had to call the front desk four times to get toilet paper
@HarbourInns I'm sure it was nice once, but the whole place needs a refurb. broken tiles everywhere
@ZoomCab driver went to the wrong terminal then charged me the waiting fee
why is it impossible to dispute a fare in the app? there's no button for it
@RydeNow promo code 'applied' and then the fare went up anyway lol ok
@CarRentaGo the 'free upgrade' was a van. I asked for a car.
@DriveWell took 45 minutes to check the car back in and we missed our flight
the lifts at the hotel were so slow we had to wait 15 minutes to get down to breakfast
@SolanaHotels we booked half board, dinner was cold 3 nights out of 5
the hotel bar closed at 10 and there was nowhere else open nearby. not what I expected
honestly just want my deposit back @StayNest. the flat was spotless when we left
@RoomRover the map pin is wrong, the hotel is on the other side of the city
@HarbourInns my partner's room key stopped working 4 times. each time a trip down 6 floors
"""
)
