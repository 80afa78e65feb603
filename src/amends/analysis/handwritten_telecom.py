"""Hand-written complaints about mobile, broadband, TV and utilities (all brands are made up)."""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@TeleFast internet down since 6am. third outage this week. I work from home
@BrightMobile no signal in my own kitchen. I live in a city centre
paying for 500Mb and getting 18 on a good day. speedtest screenshots attached
@TeleFast engineer was booked 8-1. it's 4pm. no call, no show
app logs me out every 5 min
why has my bill gone up by £9 when my contract says the price is fixed?? @Lumafone
@Lumafone roaming charges of £68 on a 2 day trip to France. your site said roaming was included
router keeps dropping every evening at 8 exactly. like clockwork. @NetWave
@NetWave I've reset the router 14 times now. please stop asking me to reset the router
hi, hope you're well. my broadband has been down for 9 days and each call gets me a new ticket
   number
@BrightMobile ported my number and now I can't receive texts from my bank. can't log in anywhere
my new phone was sent to the wrong address and signed for by someone I don't know
@TeleFast the cancellation line 'is experiencing technical difficulties'. for 3 weeks. convenient
still being charged for a line I cancelled in January. 5 bills. @NetWave
@Lumafone the tethering I pay for doesn't work. 'known issue' for 2 months apparently
calls keep dropping mid conversation. it's embarrassing on work calls
@NetWave installed the new box, now half my channels are gone and the remote doesn't work
hello @TeleFast is there an outage in SE14? no internet, your status page says all fine
you sent a debt collector letter for a bill I paid. I have the bank statement. @BrightMobile
@Lumafone the engineer said it's fixed and left. it wasn't fixed. it's never fixed.
moved house 6 weeks ago, still no broadband. 3 missed install dates
@TeleFast why does cancelling require a phone call but signing up takes 2 minutes online?
phone screen repair taking 4 weeks. you said 5 days. I have no phone.
@NetWave TV keeps freezing during the match. every. single. weekend.
signal bars full, can't make a call. sort it
@BrightMobile I got charged £3.50 for a text I didn't send to a number I've never seen
apparently my 'unlimited' data has a 'fair use' limit of 15GB. cool, very unlimited
wifi dead zones everywhere since you 'upgraded' my router. the old one was better
#TeleFast down again. This is a joke at this point
@Lumafone still waiting for the PAC code I asked for 10 days ago
my elderly mum was sold a £60 contract she doesn't understand or need. please call me
@NetWave 'your engineer is on the way'. 5 hours later, 'appointment cancelled'
I've been on hold with @TeleFast for 1h12 and the hold music keeps skipping. help
why is there a £35 'exit fee' when I'm leaving because you can't provide the service?
@BrightMobile 5G icon showing, speeds like 2005. what am I paying for
email from you says my direct debit failed. bank says it was paid. who's right?
@Lumafone please stop texting me offers at 11pm
line crackles so badly I can't hear anyone. it's a brand new phone line
@NetWave 3 months of credits promised for the outage in June. none applied
my contract ended in March and I've been paying the out-of-contract price since. nobody told me
hi @TeleFast, sorry to chase but it's now day 5 without any connection and I have exams
the new app doesn't show my usage anymore. how am I meant to know where I am
@BrightMobile charged for insurance I never added. 14 months. that's £126
broadband goes off every time it rains. every time. it's a cable issue, I've been telling you
   since May
@Lumafone no signal at all in Holmbridge since the mast went down. 3 weeks now
so the speed you quoted in the shop is 'up to'. what a surprise
@NetWave please send an engineer that's not going to just look at the box and leave
my number was given to someone else while I was abroad. 11 years with that number
the SIM you sent me is the wrong size and the replacement will take 7 days
@TeleFast texted 'problem resolved' while it's very much not resolved
my phone bill has 'premium services' I never signed up for. how do I get those off
why does your chat close every time I switch apps to find my account number
@BrightMobile still showing no service after the update. rebooted 10 times
@Lumafone the shop assistant told me one price, the contract says another. I have it in writing
the internet is so slow I can't even load the page to report that the internet is slow
@NetWave our street has had the same fault for a month and you keep telling me it's my wiring
4 different agents, 4 different answers about the same fee. which is it
@TeleFast I literally cannot work. this is costing me money every day
asked to cancel. was transferred 'retentions'. they hung up. asked again. same thing.
@BrightMobile your new 'loyalty' price is higher than what new customers pay. some loyalty
hotspot stopped working after the last update. tried everything
my WiFi box flashes red and the helpline says they can't see a fault. it's flashing RED
@Lumafone I don't want to 'upgrade', I want the phone you sold me to work
missed an urgent call from the hospital because calls go straight to voicemail. sort this out
@NetWave the engineer drilled through my hallway wall in the wrong spot and left the mess
you've billed me in advance for a service you haven't connected yet
@TeleFast 3 hours to get a simple address change done. and it still says the old one
ok so now my landline has stopped working too. brilliant
@BrightMobile I've got 7 texts from you saying my bill is ready and none of them open
no internet for 48 hrs. no compensation offered. apparently that's 'within service levels'
@Lumafone the handset I returned in July is still on my account. I have the tracking
@NetWave tried to cancel online, it says 'please call us'. called, wait 90 min. this is deliberate
paying for the sports package and the sports channels don't load
@TeleFast your outage map doesn't include my postcode. it's down. i can see the cabinet is open
my new router arrived with no power cable
hi @BrightMobile sorry but I'm really stuck, my phone was stolen and the block hasn't been applied
   yet and calls are being made on my account
why is it so hard to get a landline removed from my bill
@Lumafone 2 weeks since my phone went in for repair, tracking hasn't moved
@PowerHome meter reading was 4,200. you billed me for 14,200. typo?
@PowerHome direct debit went from £85 to £240 a month with no explanation
@GridGas estimated bills for 11 months while I've been sending readings every month
my smart meter stopped sending readings 6 months ago and now I have a £900 catch up bill
@AquaFlow no water since 7am, no notice, no info on the website
@PowerHome I moved out in April and you're still billing me for the old flat
@GridGas boiler engineer cancelled for the 3rd time. we've had no heating for 2 weeks. it's
   November
hi, my credit balance of £312 has been sitting with you for a year. I'd like it back please
@AquaFlow the water from the tap is brown. third day. who do I call
@PowerHome you switched me to a new tariff I never agreed to
why is there a standing charge on a property where the supply has been disconnected?
@GridGas 'we've escalated your complaint'. that was 6 weeks ago
@AquaFlow road dug up outside my house for 3 weeks. no workers for 2 of those
@PowerHome your new app shows my balance as -£0.00. what does that even mean
power cut for the whole street, no updates, helpline recorded message from 2 days ago
@GridGas I'm on the priority register, I'm on oxygen, and nobody checked on me during the outage
@PowerHome the smart meter installer left the cupboard door hanging off
they've taken two direct debits this month, £140 each. that's my food money
@AquaFlow burst main outside. reported it yesterday, still gushing
my final bill from @GridGas was for someone else's account. with their name on it.
@PowerHome customer service told me to 'just pay it and claim it back later'. it's £600
trying to get a meter reading in via your website but it says my meter number doesn't exist
@AquaFlow water pressure so low the shower is a trickle. since the works last month
@GridGas please stop sending me letters for the previous tenant, I've told you 5 times
got a warrant letter threatening to force entry to fit a prepayment meter. I'm up to date!
@PowerHome your 'price cap' explainer made it more confusing, not less
still waiting for the engineer to come back and finish the job. there's a hole in my wall
@AquaFlow the sewer smell in the street is unbearable and it's been reported 3 times
the tariff I was promised on the phone isn't the one on my contract
@GridGas I submitted my reading and you 'estimated' anyway. what's the point
billing error 3 months in a row. and each time I have to phone in and wait 1 hour
@PowerHome my pensioner neighbour was cut off because of a system error. she has no phone
@TeleFast outage credit is £1.40. for 6 days. generous
unplugged. plugged back in. waited 30 seconds. still dead. @NetWave
@BrightMobile you've sent me a bill for a phone I returned. twice.
dear @Lumafone, I have now spent longer on hold this month than on actual calls
speed drops to nothing every night between 7 and 11. which is exactly when I need it
@NetWave please. just one engineer who actually checks the line outside.
@TeleFast I can't even log in to my account to complain. password reset email never arrives
they told me the contract was 12 months. it's 24. found out when I tried to leave
@BrightMobile got charged for going over my data limit when I was on wifi all month
why do I get a 'how did we do?' survey after every call that solves nothing
@Lumafone the e-sim QR code you sent doesn't scan and the shop says they can't help
voicemail doesn't work. callers get 'number not available'. my business line
@NetWave TV guide shows last week's listings. every channel.
@TeleFast seriously considering switching after 9 years. this can't keep happening
smh, the mobile data doesn't work in my own street but works 200m down the road
the parental controls got switched off by your update and I only noticed a month later
@BrightMobile my contract says free upgrades. the store says 'not for your plan'
I've called 6 times about the same fault and every time the ticket is closed without anyone coming
@PowerHome you've been 'looking into' my complaint since August
no internet since the storm. neighbours with other providers are back online
@AquaFlow the bill is for a household of 6. there are 2 of us. please read the meter
@GridGas engineer turned up without the part. again. that's visit number 4
the helpline asked me for my account number, then asked for it again after every transfer
what's the point of a 'priority' support number that takes an hour to answer
@Lumafone sent my new phone with the old number, then cut off the old number. I have no number
broadband 'upgrade' made everything slower. put me back please
@NetWave the new box runs so hot it switched itself off twice tonight
nothing works. not the app, not the phone line, not the webchat. @TeleFast
@BrightMobile when I call to complain about signal, the call drops. poetic
cancelled 3 months ago. just got a 'we miss you' text and a bill. pick one
@PowerHome why is the website telling me I owe £0 and the letter telling me I owe £470?
@GridGas my smart meter in-home display has been blank since it was fitted
there's been an engineer at my door 3 times for a fault I reported fixed a month ago. stop
   sending them
@AquaFlow charged a 'late payment fee' for a bill I never received
the new tariff letter says 'no action needed' and then my bill doubled
@NetWave it's been 4 hours since the internet dropped and all your site says is 'we're aware'
@TeleFast your technician was rude and left muddy footprints all over my carpet
my mum's landline has been dead for 10 days. she's 89 and lives alone. please prioritise this
@Lumafone bought a phone 'in stock' online, 3 weeks later it's still 'being prepared'
text messages arrive hours late. sometimes the next day. @BrightMobile
the satellite dish installer didn't fix the bracket. it's hanging off the wall
why can't I pause my broadband while I'm abroad for 3 months?? everyone else lets you
@PowerHome I was told the refund of my credit would take 10 days. it's day 45
the EV tariff I signed up for is charging me peak rates at night
@GridGas your online form for reporting a gas smell is down. THE GAS SMELL FORM.
"""
)
