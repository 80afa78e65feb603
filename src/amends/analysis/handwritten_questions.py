"""Hand-written complaints asked as questions or shouted with exclamation marks and emoji.

A question mark or an exclamation mark says nothing about whether a message is a complaint; these
make sure the complaints carry them too. Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@FreshBasket where are my groceries?? slot ended an hour ago
@GrubHop is my food ever coming? 😩
@TeleFast any update on the outage?? it's been 2 days
@DishDash why did you charge me if the order got cancelled?
@Shopwell can you actually tell me where my parcel is or not?
@OakleafBank why has my card been cancelled without telling me?!
@CoralJet are you going to answer any of my emails?
@NetWave how much longer is this going to take?? engineer was due at 8
@Pantry24 why am I paying for items that weren't delivered?
@Threadly what happened to my refund? it said 5 days, it's been 20
@PowerHome why is my bill £400?! it's usually £90
@QuickDrop where is it?!?! says delivered, it's not here
@BrightMobile why have I got no signal for the 3rd day running?
@StreamBox why is everything buffering?? nothing else on my wifi is
@AltoAirways when are you going to refund me for the flight YOU cancelled?
@HomeCrate where's my bed?? we've been sleeping on the floor for a week
@MintPay where has my £250 gone??
@FleetParcel why is my parcel going back to the sender?? I was home!
@ValleyTrains what's happened to the 08:04? not on the board anymore and no announcement
@Bazaario why did you close my dispute without asking me anything?
@Lumafone seriously why is it so hard to cancel?!
@Cloudmere why are my files gone?!?
@FitZone why am I still being charged?? I cancelled in march!
@HarbourInns why was our room not ready at 4pm? check in is 2
@ZoomCab why was I charged £38 for a 10 min ride?!
@GridGas is anybody coming to fix our heating or not??
@PlayForge why can't I log in?? been trying all day
@Pennywise why is there a £15 fee on my account?
@CityCouncilHelp when will our bins actually be collected??
@ParcelPoint how can a parcel be 'delivered' to a locker that's out of service?
@SolanaHotels why did you charge my card again after checkout?
@Notely where did all my notes go?!?!
@RydeNow why did the driver cancel after I waited 15 min??
@TuneRiver why am I getting ads?? I pay for premium!!
@AquaFlow when is the water coming back on?? we have a baby
@CarRentaGo why is there £600 still blocked on my card??
@NorthlineRail why is there only one carriage on the 17:30?!
@GovTaxOnline why does your site crash every time I try to pay??
what is going on with my order?? 3 weeks!!
where is my refund?!
why is nobody answering?? 😡
how many more times do I need to call??
is anybody there?!?!
why does this keep happening?!
can someone PLEASE explain this bill?
why did my payment fail when I have money in my account??
how is this still not fixed?! reported it a month ago
what's the point of tracking if it never updates??
why is my flight showing cancelled??? nobody told me!!
hello?? it's been 3 days since your last reply
why was I cut off after 50 min on hold?!
when exactly do you plan to send my replacement card??
why do I keep getting someone else's post?? I've told you 4 times!
why is the price different at checkout?!
is it normal that my deposit hasn't come back after 6 weeks?
why is the 'help' button in the app greyed out?
can anyone tell me why my bag went to Rome when I flew to Oslo?
who thought it was a good idea to remove the 2 for 1 deal without warning?
why have I been charged for 2 subscriptions?
is there a reason my parcel has been in the depot since monday?
how can a 'next day' order take a week??
how am I meant to work with internet this slow?!
where is the engineer?? I took the whole day off!
why did my direct debit go out twice this month???
are you seriously telling me there's no way to speak to a person?!
what does 'we're looking into it' mean after 4 weeks?
why was my review deleted??
did anyone even check this order before sending it?? wrong everything
why is the heating in this hotel room stuck on 30??
is it too much to ask for a train that turns up?!
why do you keep rescheduling my delivery without asking me?!
so where's the compensation you promised on the phone?
how on earth is this a 'premium' service?!
why does it say my account is overdue?? I paid on the 1st!
anyone else's @NetWave down again?? third time this week
who do I even complain to about this?? your chat bot ignores me
what's the point in booking seats if they're given away?!
where's my money @CoinVault?? 10 days now!!
been waiting 50 mins for a bus that's meant to come every 10 🙄 where are they @LoopBus?
no water AGAIN?! 😤 @AquaFlow
STILL no wifi!! 😭 @TeleFast
4 hours late!!! no food, no water, no info!! @TernAir
cold food AGAIN!! 🤢 @GrubHop
ANOTHER missing parcel!! 📦❌ @FleetParcel
charged twice!! 😠 sort it out @MintPay
wrong item again!! 🙄 @Shopwell
30 mins on hold and counting!! 🎵😑 @Lumafone
train cancelled AGAIN!!! 😩 @ValleyTrains
hotel room not cleaned for 3 days!! 🤮 @SolanaHotels
my sofa is 5 weeks late!! 😫 @HomeCrate
3 days no heating!!! ❄️ @GridGas
bag STILL missing!!! 🧳😭 @CoralJet
oh brilliant!! another price rise!! 🙃 @StreamBox
refund STILL not here!! 😤😤 @Threadly
gym shut AGAIN without warning!! 🏋️🚫 @CoreGym
delayed for the 5th time this month!! 😑 @NorthlineRail
my bill has tripled!!! 😱 @PowerHome
eggs smashed AGAIN 🥚💥 @FreshBasket
driver didn't even knock!! just left a card 😡 @ParcelPoint
app crashed in the middle of paying!! 💳😖 @OakleafBank
blocked out of my account for the 3rd time this week!! 🔒 @CoinVault
my broadband is slower than dial up!! 🐌 @NetWave
2 hours at the rental desk!! ⏰😤 @DriveWell
game won't even load after the update!! 🎮💀 @PlayForge
parking ticket because your pay machine was broken!! 🅿️❌ @CityCouncilHelp
they lost my passport application!!! 😰 @PassportOffice
no show AGAIN!! 3rd engineer appointment missed @TeleFast 😠
"""
)
