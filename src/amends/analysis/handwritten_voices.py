"""Hand-written complaints in many voices: very short, sarcastic, resigned, shouting, pleading.

These cut across industries; what they share is how the complaint is said rather than what it is
about. Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
still nothing
ugh again
still waiting.
not again 😩
seriously?? again??
day 11. nothing.
is this a joke
you're kidding me
and it's broken again
great, just great
every. single. time.
so that's a no then
wow. just wow
ridiculous tbh
this is beyond a joke now
no reply. again.
not impressed
what a shambles
fix it please
come on @TeleFast
still down 🙃 day 2
still no refund, week 7
zero stars if I could
FFS
same problem, different day
still broken after the update
nobody's picking up
this is so stressful
why is everything with you so hard
another week, another excuse
waiting 45 mins for a reply to a 1 line question
3rd email. no answer.
I give up honestly
you've lost a customer
absolutely done with this company
omg the queue 😭
please just answer me
frankly not good enough for the price
cheers for nothing @Shopwell
thanks for ruining my weekend @CoralJet
love that for me. another cancelled train
oh good, the app's down. on payday. naturally
wonderful, a 'service update' that removes the only feature I used
10/10 would not recommend
so glad I paid extra for 'priority' support that takes 3 days
nothing says customer care like a bot that hangs up on you
truly impressed by how you manage to be late every single day @ValleyTrains
fantastic, the bill doubled. love a surprise
what a time to be alive: 2 hrs on hold to change an email address
oh look, another 'unexpected outage'. must be tuesday
thanks @NetWave, the 4pm engineer slot means 4pm next week apparently
best part of my day is explaining my problem to the 5th different agent
sure, I'll just 'try turning it off and on' for the 30th time
it's fine. it's all fine. it's only my rent money stuck in your system
my favourite hobby: refreshing a tracking page that never changes
thanks for the 'exclusive offer' on the phone that still doesn't work
incredible how the price only ever goes one way
amazing how fast you take payments and how slow you give refunds
can't wait to spend another evening talking to your chat bot 🙃
nice to know my 12 years as a customer count for nothing
so 'next day delivery' means 'some day'. noted
genuinely impressive how bad this app has become
I see the 'we're here to help' banner. where?
hey @GrubHop what's the point of a tracking map if the dot doesn't move
ANOTHER DELAY. WHAT IS GOING ON @NorthlineRail
WHERE IS MY PARCEL
PLEASE ANSWER THE PHONE
I AM STILL WAITING FOR MY REFUND @Bazaario
3 HOURS ON HOLD. THREE.
NO INTERNET AGAIN @NetWave
why is nobody at @OakleafBank picking up the phone?!?!
stop. charging. me. for. things. I. cancelled.
#fail #customerservice @Threadly
#NetWave #outage #again
day 6 of no broadband #WFH #TeleFast 😤
#StreamBox buffering simulator 2024
stuck at #Gatwick for 7 hrs thanks to #AltoAirways 😡
thanks a lot @QuickDrop 👎👎👎
🙄🙄🙄 @PowerHome
💸💸💸 another 'fee' @MintPay
😭😭 where is my order
😤 sat on the train for an hour outside Derby
the app 🤡
@CityHopBus 🚌❌❌
whatever, keep the money
honestly not even worth the effort to complain anymore
I'll just buy it somewhere else I guess
fine. I'll switch. not like anyone will notice
forget it. I'll sort it myself like always
I've stopped expecting anything from you at this point
you win @TeleFast. I'll pay the exit fee just to be rid of you
I'm too tired to argue, just cancel everything
gave up on the refund. lesson learned
this is the last time I book anything with you
please please please can someone help me get my money back
I'm begging, I just need someone to call me back about my claim
please I really need my prescription, the order is 3 days late
I don't know what else to do. I've tried phone, email, chat
I'm really anxious about this. my whole savings went in and I can't see them
can someone please help, I've been locked out for 5 days and my business runs on this account
I'm in tears on the platform. last train cancelled, it's dark, I don't know how to get home
worried sick. my elderly dad's flight landed but nobody can tell me if he got assistance
help. card blocked abroad, no cash, hotel wants paying now
any human out there? I need help with my account that's been hacked
I'm confused. you said the refund was approved, now it says declined?
I don't understand my bill at all. why are there 3 different charges for the same thing
so which is it, is my flight cancelled or not? the email and the app disagree
sorry, I'm lost. the app told me to call, the phone line told me to use the app
can someone explain why my account says 'closed'? I never closed it
am I missing something or did my discount just disappear
why is my bag still not here
how is it that nobody can tell me where my refund is
why does it take 3 weeks to process a 1 minute return?
when exactly is my order going to arrive? the date has changed 5 times
how many times do I have to send the same documents?
why am I being charged for something I didn't order?
is anyone going to reply to me or not?
how hard can it be to deliver a parcel to the right house
why does nobody ever call back when they say they will?
what do I actually pay you for?
am I the only one whose internet dies every evening @NetWave?
who decided the app needed a 'new look' that breaks everything?
why do I have to pay to talk to you about your mistake?
is there a reason my complaint has been ignored for 3 weeks?
do you actually read these or is it just a bot?
how is a 5 hour delay 'minor disruption'?
gate changed 3 times, no announcement
banking app logs me out every 2 minutes, usually mid-payment
train 20 min late, 4th day running
bill £38 higher than quoted
order 51127: paid 3 weeks ago, not shipped
parcel marked delivered. not here.
water off since 6am. no notice.
bag still in Madrid. I'm in Oslo.
card declined twice, balance is fine
same fault reported 3 times this month
refund promised 1st May. today is 9 June.
shower cold, room not cleaned, no towels
2 hrs 10 min on hold and then cut off
engineer no show, 2nd time
item arrived with the seal broken and parts missing
no signal since the mast work on monday
three missed bin collections since easter
charged £12.99 after cancelling the trial
my 9am train was at 9:47
still showing 'pending' after 12 working days
gym closed again without notice
the driver never came. 25 min waiting in the rain
cabin crew were sweet, but 5 hours stuck at the gate with nothing to eat or drink
room was clean and staff polite, but the noise from the road meant no sleep at all 3 nights
the food itself was great, shame it took 2 hours and came cold
nice people in the shop, but the phone they sold me doesn't work and nobody will swap it
I know your agents are trying their best but this is the 6th call about the same fault
your staff at the branch were kind but head office has made a total mess of my account
app looks nice now but it crashes twice as often
price is good but the delivery has been late 4 weeks running so what's the point
flight was smooth, landing was fine, and then 2 hours waiting for bags that never came
I used to recommend you to everyone. now I'm warning them
hi, hope you're well. just wondering where my refund is as it's been 6 weeks
hello, sorry to bother you again, but the problem I reported last week has come back
good morning, I hope you can help. my card was charged twice for one order
Hi there :) Not sure who to ask but my bill seems to be double what it should be
hey, quick one, why has my monthly fee gone up without any email?
good afternoon, I'm afraid the replacement you sent is faulty too
hi team, hope all is good. parcel hasn't arrived and tracking hasn't changed in a week
hiya, sorry to be a pain but I'm still waiting for that callback from friday
@SkyNorthAir hi, just flagging that our 2 bags didn't arrive on SN402 and we've heard nothing
Dear Sir/Madam, my complaint of 3rd March remains unanswered.
the woman at the desk laughed at me when I asked about my lost bag
your agent told me it was 'not his problem'. literally those words
the driver swore at me because I asked him to wait 30 seconds
staff member on the phone was really condescending when I asked about the fee
the manager refused to give me his name and walked off
the guy on the chat said I must have entered it wrong. I didn't
your engineer told me my house was 'too old for broadband'. it's a 1990s semi
cashier refused my voucher and called me a liar in front of everyone
the rep hung up on me when I asked for a supervisor
the ticket inspector was aggressive with a teenager who had a valid ticket on his phone
nope, didn't work
nope, still the same error
nah, that didn't fix anything
tried that already, it doesn't work
that's what you said last week
still broken, just checked
no it hasn't been delivered, I told you that yesterday
yes I've already restarted it. 5 times.
that's not an answer to my question
that link just takes me back to the FAQ
I already sent my order number. twice. it's in the thread
the 'solution' you DMed made it worse
your reply is copy paste from the last 3 replies
you said 48 hours. it's been 96.
and now it's showing a different error
"""
)
