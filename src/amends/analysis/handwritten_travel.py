"""Hand-written complaints about airlines, trains and coaches (all brands are made up)."""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@CoralJet flight CJ418 delayed again. third time this month on the same route
@AltoAirways why is my bag still not here? landed tuesday, it's friday now
gate changed 3 times at T2, not one announcement. ran the length of the terminal twice
@FlyPenrose love spending my saturday on hold, thanks. 94 minutes and counting
sat on the runway at Faro for 2 hrs with the engines off and no water handed out
@Brightwing crew were lovely but we landed 4 hours late and the trolley ran out of food by row 20
how is it that nobody at @AltoAirways can tell me where my refund is? flight was cancelled in March
@TernAir booked the exit row for my knees, got moved to 31E without a word
paid £45 for priority boarding and they just boarded everyone at once. so what was the £45 for
nope.
@AirVela your app says on time, the board says delayed, the gate says nothing. which one is it
still nothing on my lost suitcase. 12 days. I've been wearing the same 3 shirts
hi, hope you're well. I flew BW221 last week and my pushchair came off the plane snapped in half
@CoralJet ANOTHER cancellation?? that's my sister's wedding you've just made me miss
whatever, I give up. keep the £180, clearly nobody is ever going to process it
the seat in front of me wouldn't stop reclining into my laptop and crew said nothing they could do
@FlyPenrose I need help please. stuck in Frankfurt, connection gone, desk closed, nobody answering
flight AV902 cancelled at 11pm and the hotel voucher was for a place 40 min away with no shuttle
Booked an aisle, checked in at the 24h mark, got a middle seat. Every single time with you lot
@TernAir the chat bot asked me to rate my experience before it even answered my question lol
unreal
3 hrs on the tarmac at Stansted. no aircon. kids crying. #TernAir #neveragain
ugh again. @CoralJet the 7:05 is delayed AGAIN
my wheelchair assistance never turned up at arrivals and I waited 50 minutes alone at the gate
hey @AirVela, the refund form keeps saying 'booking not found' for a booking you emailed me about
@Brightwing so the meal I pre-ordered for my son's allergy just... wasn't on board? great
So the flight was overbooked and I got bumped. Offered a £20 voucher. For a 9 hour delay.
Genuinely can't believe I had to pay £70 to check a bag that then went to Dublin without me
@AltoAirways check in desk opened 40 min late and then they blamed us for nearly missing boarding
is there anyone at @FlyPenrose who actually reads these messages?
AA-ref 7HJ2KQ: asked for a callback on the 3rd, 9th and 14th. Nobody has called.
the toilet at the back was out of order for a 6 hour flight. one toilet for 180 people
@CoralJet changed my flight time by 6 hours and the only option offered is 'accept'
why do i have to pay to choose a seat next to my 4 year old?? @TernAir
lol at the 'we value your time' message after 2 hours on hold
my bag arrived but the handle is ripped off and there's a hole in the side. @AirVela
online check-in broken for the 3rd day, so now I'm paying the airport desk fee. convenient
@Brightwing you charged me a name change fee to fix a typo YOUR website made
we were told to board, then sat at the gate 90 min, then told to get off again. no explanation
flight time was fine, it's the 2 hrs queueing for a missing bag desk with one person on it
@AirVela booked in January, you cancelled the route in May and want me to pay the difference?
landed at 1am, no buses, no info, no staff, and the 'help point' just rings out
hello? anyone there? 3rd DM this week about my miles disappearing
crew member rolled her eyes when I asked for a glass of water. in front of everyone
The IFE screen at 14C hasn't worked since takeoff and there are 8 hrs left
@FlyPenrose used to be my go-to airline. not after this summer.
not even mad anymore, just tired. 4th delay out of 4 flights with you this year
@TernAir my compensation claim was 'closed' without anyone contacting me. reopen it please
missed my mum's 70th because of your 'technical issue'. a proper apology would be a start
the plane smelled of sick the whole way and crew just sprayed air freshener over it 🤢
@CoralJet 'your bag has been located' three days ago and still no delivery date
that boarding process was chaos. no groups, no order, people shoving. never seen anything like it
why is the cancellation email in my inbox but the app still shows me as booked?
@AltoAirways can someone please tell me if my flight tomorrow is actually happening
hidden £12 'admin fee' added at the very last payment screen. shady
asked for a vegetarian meal 3 weeks ago, got handed chicken. second flight running
@Brightwing the lounge you sold me access to was closed for refurbishment. refund?
flight diverted to Bristol and we were bussed back to Cardiff with zero communication
4 hours late. the only update was a tweet. not an announcement, a tweet.
@AirVela you list 'free cancellation' and then charge £60 to cancel. which is it
my boarding pass disappeared from the app at the gate and the agent acted like it was my fault
Please help. Travelling with a newborn, flight cancelled, no hotels left, desk says ring the
   number.
   The number says call back tomorrow.
@CoralJet economy legroom is now so tight my knees are in the seat pocket. I'm 5'10
the pilot kept saying 10 more minutes for 2 hours. just tell us the truth
so I'm on hold with @TernAir and it just went to a recorded message and hung up. cool cool
boarded, deboarded, reboarded. 5 hours at the gate. and no, not one sandwich
my seat had gum on it and the tray table was sticky. cleaning is clearly optional now
@FlyPenrose had to buy a new return flight because you cancelled mine and rebooked me a week later
Travel insurance says the airline has to give me a letter. Airline won't reply. So here I am. 🙃
the 'family seating' policy apparently doesn't apply when it's a full flight. my 6yo sat alone
@Brightwing is it normal that my refund went back to a card I told you was cancelled?
delayed 55 min, which is fine, but nobody said a word until we'd been sitting there 50 of them
got charged for an overweight bag that was 0.3kg over on your scale and fine on the other one
@AltoAirways your agent Mark hung up on me mid sentence. twice.
#CoralJet customer service is a maze with no exit
@AirVela hi, flight AV311 yesterday, my car seat came out with a cracked base. who do i talk to
the mobile boarding pass wouldn't scan and there was no one to help at the e-gate
so we're now on the 5th gate change and they've stopped even updating the screens
hi, 2 of our 4 seats got cancelled from the booking and we only noticed at the airport
"we are experiencing high call volumes" - since about 2019 apparently
@TernAir 8 weeks for a refund you promised in 7 days
flight landed 3h40 late. eligible for compensation, claim rejected as 'extraordinary
   circumstances'. the circumstance was a missing crew member
anyone else on CJ77 still waiting for bags at carousel 4? 70 minutes now
nobody told us the flight moved to the other terminal. found out from another passenger
a £6 sandwich and it was frozen in the middle. honestly
@FlyPenrose the upgrade I paid for wasn't applied and crew said to 'take it up with the app'
it's 2am, I'm sleeping on the floor at gate 12, and your app says 'no disruption' 👍
Sorry to bother you but my booking shows two different return dates depending on which page I look
why does your website keep timing out at the payment page? tried 6 times, now my card's blocked
@NorthlineRail 07:42 cancelled. 08:12 cancelled. 08:42 is 'short formed' so we're packed in
   like cattle
train to Leeds sat outside the station for 35 min. driver said nothing the whole time
@ValleyTrains that's the 4th morning in a row the 7:18 hasn't run. I'll be sacked at this rate
@CrossCountyRail reserved seat 42, coach C. there is no coach C. standing to Birmingham
why am I paying £4,100 a year for a season ticket to stand in a vestibule
no toilets working on the whole train. 3 hour journey.
delay repay rejected because the train was 'only' 29 minutes late. it was 34 by my watch
@RiverlinkTrains the heating was on full blast in August and the windows don't open. we are melting
ticket machine ate my card and the ticket office is closed. fined £20 on board for no ticket
@NorthlineRail can you explain why the app sold me a ticket for a train that was already cancelled
replacement bus service was a single minibus for about 200 people. @ValleyTrains what was the plan
the conductor shouted at an elderly man for being in first class by mistake. no need for that
@MetroRapid escalators at Kingsmoor out of action for 3 weeks now. some of us can't do 90 steps
last train home cancelled with 10 min notice. £68 taxi. who pays for that?
@CrossCountyRail the quiet coach was anything but and staff said they can't enforce it
wifi on the train: connected, no internet. as always
@RiverlinkTrains apparently bikes need a reservation now but the app won't let me make one
still no refund for the strike day tickets. applied the same day. that's 5 weeks
trains every 30 min on paper. in reality we get one an hour if we're lucky
my 10 year old was left on the platform because the doors closed early. absolutely shaking
@ValleyTrains I bought an advance ticket and the train I booked no longer exists. what now
first class was 'declassified' and nobody refunded the difference
platform changed at the last second and half of us missed it running over the bridge
@NorthlineRail please tell your ticket inspector that shouting at customers is not the job
it's 6 coaches long when it should be 12 every single evening. it's not a surprise any more
the step-free access at Ashby has been 'temporarily' closed since Christmas
sat in the dark between stations for 40 min with no announcement whatsoever
@MetroRapid contactless charged me twice for one journey, again. 3rd time this month
why are there no staff at the station after 7pm? machine broken, help point broken
hi. my monthly ticket didn't load onto my smartcard and the barrier staff wouldn't let me through
@CrossCountyRail your journey planner told me to change at a station where the connection was
   cancelled
no catering trolley on a 4 hour journey and we were told there would be
@RiverlinkTrains coach B smelled like a sewer. moved to coach D, that one was worse
really struggling with this. my claim says approved but no payment has ever arrived
a 5 minute connection that you scheduled, that nobody held, and now a 1 hour wait. again
what's the point of a seat reservation if no one checks them
@ValleyTrains 'signal failure' every time it drizzles. how?
@CityHopBus the 14 didn't show up. then 3 of them came at once
bus driver drove straight past me at the stop. I was waving. it was pouring
@LoopBus why does the app say the bus is 2 min away for 20 minutes
the 7pm coach to Glasgow left early. EARLY. I was there at 6:54 @GreyfieldCoaches
driver refused to lower the ramp for my pram and told me to fold it. with a sleeping baby in it
@StarlineCoach overnight coach, no working toilet, no heating, 9 hours. never again
my bus pass got rejected 3 days in a row and each driver tells me something different
coach broke down on the M6 and it took 3 hours for a replacement. no water, nothing
@CityHopBus the route 9 timetable changed and nobody at the depot knows the new times
bus was so full it didn't stop for anyone for 4 stops. I'm late for an exam
@GreyfieldCoaches lost my suitcase from the luggage hold. the depot hung up on me
driver was on his phone the whole way from Exeter. I was genuinely scared
the night bus just didn't run. no notice. we waited an hour at 2am
@LoopBus tap on, tap off, still got charged the full day fare. every time
hi, could someone explain why the 6:10 school bus has been cancelled 3 times this week?
@StarlineCoach your booking page took my money but never sent a ticket. driver wouldn't let me on
nobody answers at the @CityHopBus lost property number. it just rings
booked seats together for me and my dad (he's 84), got split up, driver said sit wherever
dear @CrossCountyRail I'm writing for the 4th time about delay repay claim DR-55201.
   Each reply asks for the ticket photo I've already attached twice.
@AltoAirways 'rebooked you automatically' onto a flight that lands AFTER my meeting. thanks I guess
I just want to know where my bag is. that's it. one sentence of info
45 minutes for a coffee in your business lounge. the staff look as fed up as we are
@CoralJet £29.99 for 'speedy boarding' and I stood in the same queue as everyone else
Flight 3 hrs late + missed last train + no taxis = sleeping at the airport. Thanks @TernAir
cabin crew announced the card machine is broken so no food for anyone without cash. who
   carries cash
@FlyPenrose I've sent the receipts 4 times. Please stop asking for them
booked a seat with extra legroom. it's the row in front of the emergency exit. doesn't recline. 👏
I'm a nervous flyer and the turbulence was fine. the pilot snapping at a passenger was not
@AirVela you emailed me a voucher that expired the day before you sent it
the plane's air con dripped on me for 3 hours and crew just gave me a napkin
@Brightwing seriously? 6 hours on hold yesterday, 4 today. still no human
they cancelled the flight by email at 4am. we were already at the airport. @CoralJet
taxied, stopped, taxied back. 'minor fault'. 5 hours later we're still in the terminal
@AltoAirways I paid for my bag online and the desk charged me again. show me where that went
the app crashed while I was rebooking and now I'm not on any flight. great
@TernAir lost my kid's teddy on the plane, lost property form is a 404
how do I get someone to actually look at complaint #88312? it's been untouched for 30 days
@MetroRapid line closed all weekend and the replacement buses don't go anywhere near my stop
@NorthlineRail ticket barrier wouldn't take my e-ticket so the guard made me buy another one
you can't just delete the 23:10 service from the timetable and not tell anyone @ValleyTrains
3 cancelled trains in one commute. I've spent more time at Hollins Cross than at home this week
my disabled railcard discount vanished at checkout. rang to ask, 40 min wait, then cut off
@RiverlinkTrains hello, is anyone going to answer my email from the 2nd? ref RT-10992
@GreyfieldCoaches the coach was 2 hours late and the driver told us to complain online. so
   here I am
@StarlineCoach wifi, charging points and aircon listed on the ticket. none of them worked
nobody at the station could tell us which platform. the screens were all blank
why does @CityHopBus keep pulling the last bus without notice? some of us work late
The 'assisted travel' booking was confirmed but nobody met me at the platform. I'm partially
   sighted.
hiii @CoralJet sorry to be a pain but my flight has been moved 3 times now and I can't keep
   changing my hotel
seats on the new trains are like sitting on a plank. 2 hours of that is brutal
@LoopBus new app makes you log in every time you want to show your ticket. the bus is moving
coach driver left without 6 of us at the services. we were back on time.
@Brightwing I'm still waiting for a refund for a flight YOU cancelled. in 2023
"sorry for the inconvenience" doesn't cover a lost day of holiday
@FlyPenrose tried to add my infant to the booking online. error. phone line: 2 hr wait. desk:
   £40 fee
what is the point of the live chat if it closes at 5 and flights go all night?
@AirVela my paid seat was given to someone else and they said 'it happens'
just paid £9 for a bottle of water at your gate because the fountain is broken 🙄
@TernAir 6 of us on booking K9XP2, flight cancelled, only 2 got rebooked. the rest of us??
@AltoAirways the pilot was great, crew great, ground handling a total disaster. 90 min for bags
dear customer service, I am still waiting for my receipt for booking 88ZQ1 so I can claim expenses.
   This is my third request.
#NorthlineRail thanks for the scenic tour of every siding between here and York
@ValleyTrains do you even have drivers on sundays
the card reader at the ticket machine has been broken for a month. cash only in 2024??
@CrossCountyRail I was charged a penalty fare because the app wouldn't load my ticket on your wifi
"please make sure you're on the right train" said the guard, after the doors locked. wrong train
why isn't the delayed train showing as delayed on your app? I'm standing here looking at it
@MetroRapid if the lift is broken, put a sign at street level. not at the bottom
lost a whole day of annual leave to your 'planned engineering works' that nobody planned around
@GreyfieldCoaches booked online, paid, got a confirmation, turned up and there's no record.
   rude driver
@StarlineCoach coach seats so cramped my knees were bruised
honestly don't know why I bother with the 8:03. never once on time this month
@RiverlinkTrains gave up waiting for the 17:40 and drove. that's my money going to fuel AND you
another day another delayed train, another useless 'we apologise for the delay'
@LoopBus there's a hole in the floor of bus 3318 you can see the road through
Why did my boarding pass say gate 7 and the screen say gate 22 and the staff say gate 15
no one tells you the train splits at Crewe. half of us ended up in Manchester
@CoralJet sent 11 emails. 11. no reply to any of them
ground staff shouting boarding instructions in a language half the plane doesn't speak, no english
@AirVela my claim reference CLM-4471 just vanished from your portal
I'm trying to get home for a funeral and your desk staff just shrugged. please help me
@Brightwing is there any reason my flight shows as 'completed' when I never got on it?
paid for wifi on board. didn't work for a single minute. @TernAir want that £14 back
the coach station staff were smoking by the door and ignored the queue for 20 min
Tried to use my free travel voucher from the last delay. System says invalid. Of course it does.
@FlyPenrose a 7 minute connection in Amsterdam is not a connection, it's a sprint
@NorthlineRail so the solution to overcrowding is to remove a carriage? bold
smh the 18:15 skipped my station again without warning
@ValleyTrains the journey took 3 hours and was scheduled for 1h10
why can't I get a refund for a ticket I never used because the train never came?
"""
)
