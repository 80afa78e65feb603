"""Hand-written complaints as emails, reviews, chat lines and texts: longer, often polite openings.

Brands are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
Dear Customer Services, I am writing regarding order 55190. It was due on 4 June and has not
   arrived. Could you tell me what has happened and when I will receive it or a refund?
To whom it may concern. On 12 May my flight BW118 was cancelled with 2 hours notice. I have
   submitted my expenses twice and received no reply. Please respond.
Hello, I've been a customer for 8 years and this is the first time I've written in. The service
   over the last 3 months has been poor: 5 outages and no credit.
Good morning. I am still waiting for the engineer's report you promised me on the phone on Monday.
Hi, I'm writing because my mother was charged for a policy she cancelled in writing in February.
   She is 82 and very worried. Please can someone call me.
Dear Team, regrettably I must complain about my stay at your Leeds hotel last weekend. The room
   was not cleaned on either day and the heating did not work.
Hello, I hope you can help. I returned a faulty kettle on 3 April (tracking attached) and the
   refund has still not appeared.
Dear StayNest, the host refused us entry on arrival saying the booking was 'a mistake'. We paid
   £640. We had to find a hotel at midnight. What are you going to do about it?
I'm emailing for the third time about my account. Each reply asks me to 'verify my identity',
   which I've now done three times.
Hi, sorry for the long email. In short: bill wrong, called twice, told it was fixed, it isn't.
Dear Sir or Madam, I wish to make a formal complaint about the conduct of your driver on route 22.
Hello, I would like an explanation of the £95 fee on my latest statement, which nobody has been
   able to give me over the phone.
Good evening. My broadband has dropped out at least once an hour every day this week. I have
   followed every troubleshooting step on your website.
Hi both, just to follow up on my complaint from 2 weeks ago as nobody has been in touch.
Dear PowerHome, I have now received 3 different final bills for my old property, all for
   different amounts. Which one is correct?
Hi, my son's school trip flight was cancelled and the group rebooking has put the teachers on a
   different flight to the children. Please can this be fixed urgently.
I'm afraid I have to raise another complaint about my recent delivery from FreshBasket: 7 items
   were missing and 4 were substituted without my permission.
Dear GovTaxOnline, my tax refund letter said 5 working days. It has now been 9 weeks.
Hello, I was told a manager would phone me within 48 hours about case 40021. That was 10 days ago.
Dear sir/madam, I am very unhappy with how my claim has been handled.
Hi, I'm a little confused and a bit annoyed. The booking confirmation says 3 nights but I was
   only charged for 2, and now the hotel wants the third night in cash.
Just got off a 40 minute call with your team and I'm no closer to knowing why my account is
   blocked. Could someone who actually knows please email me?
Dear Bazaario team, the seller you recommended has taken my money and deleted their shop.
Good afternoon, regarding my insurance claim SH-2231: the assessor has not visited, nobody answers
   the number on the letter, and the damp is spreading.
1 star. Room smelled musty, breakfast was cold, and they charged for parking they said was free.
2/5. Food was fine but the delivery took 90 minutes and the driver was rude about the tip.
1/5 would not fly again. Delayed 6 hours with no vouchers and nobody at the desk.
Review: great location, shame about everything else. Broken kettle, stained sheets, no hot water.
One star because I can't give zero. The phone broke in a week and the warranty is a joke.
Avoid. Ordered a desk, got half a desk. Customer service ignore emails.
Terrible experience with @CarRentaGo, hidden fees everywhere and a 2 hour wait at the desk.
Was really looking forward to this stay but it was a letdown from check in to check out.
Used this courier twice, both times the parcel was 'delivered' to nowhere. Never again.
The app looks great, but it doesn't do the one thing I pay for: sync my files.
I wouldn't normally leave a review but this bank has made my life very difficult this month.
The gym is dirty, crowded and half the machines are broken. Not worth £45 a month.
Ordered for my dad's birthday, arrived a week after with a squashed box. Gutted.
The train was so crowded a woman fainted. No staff, no announcements.
3 stars down to 1 after they refused to honour the warranty.
Cancelled my membership after 4 years. The new management doesn't care.
The service was slow, and when the food came it was the wrong order.
Sadly the worst holiday we've had, mainly due to the hotel refusing to fix the aircon.
Very poor. The bus driver didn't stop for my daughter at her stop. Twice this week.
Booked the 'quiet' room. Directly above the nightclub.
Agent: Is there anything else I can help with? Me: you haven't helped with the first thing
hi, I've waited 30 minutes in this queue and I'm number 14 now. it was 12 before
that's the same link you sent yesterday, it doesn't work
no, I don't want to reset my password, I want to know why money left my account
so can I speak to someone else then? you keep saying you can't see my order
you've asked me for the postcode 3 times now
is there a reason this chat keeps disconnecting
I've been talking to 3 agents in this chat and nobody has read the history
no, that's not the problem. the problem is that you sent the wrong item
hello? are you still there? it's been 10 min
your engineer didn't turn up today. please reschedule for a time you'll actually come
STOP sending me these messages, I left in March
got your text that my parcel is delivered but it isn't. what now?
no I did NOT authorise a £450 payment. call me
Hi it's Jen on the 4:15 coach, it didn't show up, am I booked on the next one or what
why is my bill £112 this month?? usually £40
nobody came to fix the boiler today. that's 3 times
reply 1 for yes 2 for no. how about 3 for 'fix my internet'
your reminder says my appointment is tomorrow, the app says it was yesterday
car not ready at pick up time, been here 45 min
Dear customer relations, flight CJ901 on 4 Sept landed 5 hours late. I have applied for the
   compensation I'm entitled to and have had an automated reply only, twice.
Hello, I paid for a two hour delivery slot and waited in for six. This is not the first time.
Hi, I'm getting quite worried now. My passport application went in 11 weeks ago and I fly in 9
   days.
Good morning, my water meter was replaced and since then my bills have tripled.
   I am on my own and use very little water.
Dear Cloudmere support, your migration deleted our shared drive. We have a client deadline
   tomorrow.
   This is urgent.
Hi, my gym membership was cancelled by your system and now I'm told I have to pay a new joining fee
   to get back in. That is not fair.
Hello, I was sold a 'bundle' by phone, and it turns out each part is on a different contract
   with different end dates. This was not explained.
To the manager of the Hillside branch, I was kept waiting 40 minutes with an appointment and then
   told to come back tomorrow.
I'm writing to say how let down I feel by the way my late husband's account has been handled.
   I've had to send the death certificate four times.
Dear sir, the pothole on Mill Lane has now damaged 3 cars on our street. When will it be repaired?
Hi, last week's delivery driver reversed into our garden wall. I left a voicemail, nobody
   called back.
Hello, I'm disabled and I booked assistance at Kingsmoor station 48 hours ahead. Nobody came, and I
   was left on the train to the next stop.
Please explain why I was charged a late fee when your own website was down on the due date.
Dear StreamBox, after 6 years I have cancelled. The price rises and the ads are the reasons.
Just wanted to let you know the same leak we reported in October is back and worse. Please send
   someone who can fix it this time.
Your courier left my parcel with 'neighbour at no. 14'. There is no number 14 on my road.
I have been trying to change my address for 3 months. The website says 'error', the phone line
   says 'use the website'.
My claim was approved 'subject to checks' 8 weeks ago. What checks, and how long?
Hi, I'm the person from yesterday's thread about the broken wheelchair. Still no callback.
Following up again as my last 4 messages have gone unanswered.
Can I please get a straight answer: is my refund being processed or not?
I'm honestly shocked at how long this is taking. 2 months for a £40 refund.
This is my 5th attempt to cancel my subscription. Please confirm in writing it is cancelled.
I was promised a goodwill gesture for the missed appointment. It hasn't appeared.
I received someone else's bank statement in the post today. Their full name and account number.
Our hotel room was given to someone else while we were out. Our luggage was moved to a storeroom.
My package was opened and resealed. The watch inside is missing.
The kids menu had nothing my daughter could eat with her allergy, even though we rang ahead.
Took my car in for a service, came back with a new scratch on the door and nobody will admit it.
Flight crew told us to 'stop complaining' when we asked for water after 3 hours on the tarmac.
The bus timetable online is wrong. The 7:40 doesn't exist anymore. Had to walk 3 miles.
Why was my premium taken on the 1st and again on the 3rd?
I feel like I've been lied to by your sales team about the contract length.
It took six people and four hours of my day to fix one typo in my name on a ticket.
I've been trying to get through to @BenefitsLine since 8am. it's 2pm. still in the queue
Not one email answered in a month. Not one.
Returned the dress in person. Store said refund in 3-5 days. It's been 3 weeks.
Had to cancel the rest of my trip because the hire car was unsafe and no replacement was offered.
Support said my case was escalated. The escalation team says there's no case.
Everything about this renewal has been a mess, from the price to the paperwork.
The 'same day' repair has now taken 11 days and the shop won't give me a date.
I paid for the express passport service and got an appointment 4 weeks away.
I just want to be able to log in to my own account. Is that too much to ask?
It's the third Monday in a row the 6:55 has been cancelled and I'm losing pay for it.
My dog's prescription food was substituted with a treat bag. She's on a medical diet.
Cancelled at the gate with no reason, no staff, and no rebooking options in the app.
Hi there, hoping someone can help as I'm at my wits' end with a missing parcel (QD-51882).
Morning. Bit fed up to be honest. Third time this month the broadband's gone at 9am sharp.
Hey @Lumafone, I've had 2 different bills for the same month. Which do I pay?
Hello @FitZone, you've taken £29.99 from my account on the 1st even though my cancellation was
   confirmed on the 20th.
Honestly gutted. Saved up all year for this trip and the hotel was nothing like the photos.
"""
)
