"""Hand-written replies inside a conversation and apologies by the customer (not complaints).

Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NOT_NEGATIVE"]

NOT_NEGATIVE = messages(
    """
ok will do, thanks
dm'd you my booking ref
just sent it over in a DM
sent you a private message with the details
ok, I'll try that now
yep that's me
yes that's the right address
that's the one, thanks
perfect, thanks for checking
ok cool, talk soon
sure, it's 07700 900123
sorry, it's ZK8812 not ZK8821
the order number is 55-09821
yes, the card ending 4471
it's under my maiden name, Hughes
sounds good to me
great, see you then
no, that's all for now, thanks
nothing else, you've been very helpful
yes please go ahead
please do, thanks
that works for me
tuesday afternoon is perfect
any time after 3 is fine
morning is best for me
ok, I'll wait for the email
I'll keep an eye on my inbox then
I'll check the app tomorrow then
alright, I'll give it 24 hours
understood, thank you
makes sense, thanks for explaining
ahh I see, didn't realise that. thanks
oh that's handy to know
good to know, cheers
brill, thank you
lovely, thanks
thanks, that did the trick
yep, just tried it and it works now
working now 🙂
all good this end now
that's sorted it, cheers
done! thanks for the walkthrough
signed the form and sent it back
I've uploaded the photos now
replied to your email just now
followed you so you can DM me
check your DMs 👀
ok I've filled in the form
I've just made the payment
just rebooted it, lights are all green now
got the confirmation email, thanks
received, thank you
card arrived this morning 👍
parcel's here! thanks for chasing it
refund just landed, thanks for your help
yes I can see it in my account now
hah, fair enough
lol ok
haha no worries at all
all good, these things happen
no rush
take your time
whenever suits you
ok thanks for letting me know
appreciate the update
thanks for getting back to me so quickly
thanks for the info
thanks, I'll pass that on to my husband
ok I'll let my mum know
I'll try again from my laptop tonight
I'll pop into the branch on friday
I'll call back after lunch then
will do 👍
thx!
ty 🙏
cheers!
ta very much
merci!
gracias 🙂
👍
🙏🙏
❤️
thank u!!
yes
no thanks
not needed, thanks
no need, all sorted now
nah I'm good thanks
maybe later, thanks
I'll think about it
let me check with my partner and get back to you
I'll have a look and come back to you
one sec, finding the receipt
hang on, let me grab my card
found it, it's 44120
here you go: order 4401-223
ref is in the email subject line: BK-20491
the email on the account is the gmail one
the postcode is the new one, not the old one
yes I'm the account holder
I'm calling on behalf of my dad, he's here with me
he's given permission for me to speak for him
it's for my daughter's account, she's 17
the flight is next tuesday
we're 2 adults and a toddler
it's a Samsung, about 2 years old
it's the white router with the blue light
I'm on the iPhone app, latest version
I'm using chrome on a mac
desktop, not mobile
the red one, size M
the 1.5 litre one, not the 1 litre
just the one bag, 20kg
window if possible, but not fussed
either date works
we'd prefer the ground floor if there's one free
sorry, my mistake, wrong order number. it's 88213
oops sorry I tagged the wrong account
sorry! meant to send that to the other airline 🙈
my bad, it was in my spam folder all along
sorry, just realised the parcel was at my neighbour's the whole time
apologies, I typed my email wrong. it's .co.uk not .com
ignore my last message, found the booking
sorry for the confusion, it was my husband who booked it
ah sorry, I was looking at last month's bill
sorry I missed your call, free now if you want to try again
apologies for the late reply, been away
oh no sorry, I sent you the wrong screenshot
sorry, totally forgot to press submit 🤦
sorry about the caps lock lol
whoops, wrong photo. this is the right one
ahh sorry I meant the 15th, not the 5th
sorry, I didn't realise you were closed on sundays. I'll message tomorrow
my apologies, I got the time zones mixed up
sorry for the spam, my phone sent it 3 times
ah my fault, I had the card frozen in the app
forgive the typos, typing on the bus
sorry, long day. the ref is AB221
so sorry, I was on the wrong website the whole time 😅
sorry, false alarm! it just arrived
haha sorry, my 5 year old pressed send
sorry, I misread the email. all fine
apologies, I should have read the FAQ first
oops, ignore that, the payment did go through
sorry to bother you on a sunday, it can wait till monday
sorry it took me so long to send the docs, here they are
excuse the blurry photo, hope it's readable
sorry I can't find the receipt, will a bank statement do?
I'm sorry for being short on the phone earlier, it wasn't the agent's fault
sorry I was a bit grumpy yesterday, thanks for sorting it in the end
my mistake - I booked the wrong date. happy to pay the change fee
that's my fault, I put the wrong postcode. can it be redirected?
I accidentally ordered 2, can I cancel one?
ugh I'm an idiot, I paid the wrong account. can I get it back?
I think I clicked the wrong button, could you check my plan is still the same?
sorry, was I meant to print something?
I hope this is the right place to ask
not sure if this is the right channel, happy to email instead
is this the right account for customer service or should I message the other one?
yes that's correct
correct, that's my address
no, not that one. the other booking, for june
no, it's a different issue this time, just a question about upgrades
no, it's not urgent, whenever someone's free
not yet, I'll check again tonight
not a problem, I'll wait
no worries, I'll try the other number
that's fine, I can do friday instead
no problem, happy to send it again
no worries, I know you're busy
no stress, just checking in
no that's fine, keep the original booking
never mind, I found it on the website
never mind, my wife already sorted it
can't thank you enough
can't fault that, thanks
ok, cancelling the old direct debit now so there's no double payment
I'll cancel my other request then since this one's sorted
yes, please cancel the callback, it's fixed now
got it. so the delay repay form is on the website? thanks
ok so if it's delayed I just claim online? great
right, so no need to do anything until the letter comes. thanks
so just to confirm, I don't need to pay anything? brilliant
and that's all included in the price? perfect
so it's the 3rd, not the 4th? thanks, noted
ok, and the engineer will call ahead? great
and do I need to be home for it?
cool and what time roughly?
great, and how will I know it's been done?
thanks, and is there a reference number for that?
ok, what do you need from me?
what info do you need?
do you need a photo of the receipt too?
should I keep the box?
do I need to bring anything?
is there anything else I need to do?
can you send that to my email as well?
can I get that in writing please, just for my records
just to double check, the refund goes to my original card?
how long does that usually take?
will I get a text when it's on its way?
oh amazing, didn't know you could do that
oh nice, that's quicker than I thought
ha, you read my mind
perfect timing, was just about to ask
that's great news, thank you
you're a star
legend, thanks
thank you, you've been so helpful today
really kind of you, thank you
have a good evening!
have a great day
enjoy your weekend 🙂
happy new year to the team!
merry christmas all 🎄
good luck with the launch, the new app looks great
"""
)
