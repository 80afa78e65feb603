"""Hand-written complaints about online shops, marketplaces, parcels and couriers (brands made
up)."""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@Shopwell order #48813 was due on the 2nd. it's the 16th. tracking hasn't moved since the 4th
hi, hope you're well. my order is 2 weeks late and nobody is replying to my emails
@Bazaario seller sent me an empty box and the dispute was closed in their favour
ordered a size 10, got a size 16. exchange will take 3 weeks apparently
@Threadly the jumper shrank to child size after one wash on 30 degrees. as per the label
@Shopwell where is my refund? returned the item 5 weeks ago. you signed for it
@Bazaario fake product. the 'original' headphones are obviously counterfeit. seller won't respond
the coffee machine arrived with a cracked water tank and the box was fine. @HomeCrate
@Threadly charged for express delivery, got it in 8 days. standard is 5
@Shopwell your website showed 'in stock' and then cancelled my order a week later
why is the return label £7.99 when the item was faulty?
@HomeCrate sofa delivery: 3 cancelled slots, took 3 days off work. still no sofa
@Bazaario the listing said 'new' and the phone came with someone else's photos on it lol
gift card won't apply at checkout. 'invalid code'. the code is right there in the email
@Threadly discount code applied and then removed at the payment step. sneaky
package says delivered. it was not delivered. I was home all day
@HomeCrate wardrobe arrived missing 2 panels and all the screws. you can't sell me the screws
still no news on order 772-119. this was for my daughter's birthday. which was yesterday
@Shopwell account got hacked and someone ordered 3 laptops. your support says 'contact the bank'
@Bazaario 'Delivery in 2-4 days'. 19 days later.
the size chart is a work of fiction
@Threadly refund was issued as store credit which I never asked for. I want my money
ordered 2, received 1, charged for 3
@HomeCrate the rug colour looks nothing like the photo. grey, not 'sage green'
@Shopwell price dropped £60 the day after I bought it and you won't match it
please @Bazaario, I've sent 6 messages to the seller and 4 to you. I just want what I paid for
the blender died after 3 uses. warranty form link broken
@Threadly your returns portal says my order isn't eligible. it's within 30 days. it has tags on
missing item from my order, chat bot marked it 'resolved' and closed the chat
@HomeCrate the delivery guys scratched my floor carrying the table in and then drove off
why am I getting emails from you every 2 hours? unsubscribed twice
@Shopwell order split into 4 parcels, 3 arrived, the 4th has the charger. useless without it
I'm going in circles. order #50012. 'contact the seller'. seller: 'contact Bazaario'
@Bazaario my account was suspended and I've got £280 of sales sitting in there
@Threadly the 'recycled' packaging was 4 layers of plastic around a pair of socks
the TV I ordered was delivered to my neighbour 3 doors down, who has gone on holiday
@HomeCrate assembly service booked and paid, the fitter didn't know how to build it
the lamp flickers out of the box. tried 3 bulbs
@Shopwell you've cancelled my preorder after 7 months of waiting. thanks for nothing
@Bazaario the seller has started threatening me because I left an honest review
wrong colour, wrong size, right price. 1 out of 3
@Threadly I paid for next day for a wedding. it came the day after the wedding
return dropped off at the locker on the 3rd. still 'awaiting return' in my account
@HomeCrate why does the mattress 100 night trial require me to pay £80 collection?
the product page said 'machine washable'. the label says dry clean only
@Shopwell please stop recommending me the exact thing I already bought
I'd like to know why I was charged £14 'handling' for a £9 item
@Bazaario your algorithm removed my review because it was negative. thought so
@Threadly the order confirmation says 2 shirts, the parcel has 1 shirt and a hair tie?
customer service told me it'd be sorted 'in 48 hours'. that was 2 weeks and 3 chats ago
@HomeCrate the mirror arrived in pieces. photos attached. 4 days and no reply
@Shopwell why did my subscription to 'Shopwell Plus' start when I only clicked 'free delivery'?
@Bazaario a 1 star seller at the top of the search results. how
the zip broke on the first wear
@Threadly the packaging is lovely, the dress inside has a hole in the seam
@FleetParcel driver left my parcel in the recycling bin. which was collected this morning
@ParcelPoint 'we tried to deliver but you weren't in'. I was in. there's no card, no knock
@QuickDrop tracking says 'out for delivery' for the 5th day in a row
@FleetParcel threw my parcel over the gate. it was a glass vase. was.
@ParcelPoint my parcel went to a depot 200 miles away and then came back. it's been a week
why can't I change the delivery address after dispatch when it's literally sitting in your depot
@QuickDrop signed for by 'H'. nobody in my house starts with H
@FleetParcel customs fees of £24 on a £30 gift. nobody mentioned it would come via abroad
@ParcelPoint the pickup locker won't open. code rejected. support line closed
@QuickDrop delivery photo shows a door that isn't mine. a red door. mine's blue
@FleetParcel driver just drove off while I was walking down the stairs. 30 seconds
@ParcelPoint the collection point you chose for me is closed for refurbishment
my parcel has been 'in transit' since 11 march. it's a 2 day service. @QuickDrop
@FleetParcel the parcel arrived soaking wet and the book inside is ruined
@ParcelPoint 'redelivery booked' for saturday. no delivery, no message, nothing
@QuickDrop I specifically said leave with neighbour. you took it back to the depot. 25 miles away
@FleetParcel claim for a lost parcel rejected because I 'can't prove the value'. I sent the receipt
@ParcelPoint the driver left a 'sorry we missed you' card while I was standing at the window
@QuickDrop your chat bot keeps offering me a redelivery slot for a parcel you've lost
@FleetParcel tracking number doesn't exist on your website. the seller sent it yesterday
@ParcelPoint depot opening hours: 10-4, weekdays. I work 9-5. so, never
@QuickDrop second parcel this month that's been 'damaged in transit' and returned to sender
@FleetParcel my parcel's been at the Nuneaton hub for 8 days. is it on holiday?
@ParcelPoint you charged me to redeliver a parcel you failed to deliver
the van blocked my driveway for 20 min while the driver had lunch
@QuickDrop the sender insists it was delivered, you insist it was delivered, I insist it wasn't
@FleetParcel it's a passport. please, I need to know where it is
@Shopwell sorry to chase, I know it's busy, but my order still hasn't shipped after 10 days
@Bazaario I've had the 'your refund is on its way' email 3 times and still no refund
@Threadly asked for a refund, got an exchange. asked again, got a voucher. third time lucky?
@HomeCrate couldn't get the bed frame up the stairs because the delivery team 'don't do stairs'
new laptop with a dead pixel right in the middle of the screen. returns want me to pay postage
ordered from the UK site, charged in dollars, got hit by fees. @Shopwell
@Bazaario the seller marked it as shipped with a fake tracking number. it's been 3 weeks
@Threadly 'final sale' wasn't mentioned anywhere on the product page
why is a 'next day' order not even dispatched 2 days later?
@HomeCrate the chairs are wobbly and one has a split in the leg. £600 set
the coat looks cheap in person. not worth £180 at all
@Shopwell got a 'how did we do' email before the parcel even arrived
@Bazaario you keep asking me to rate a seller who never sent anything
@Threadly my loyalty points expired after 6 months without a warning email
I can't find a phone number anywhere on your website. is that on purpose?
@HomeCrate the delivery window was '7am to 9pm'. they came at 9:40pm
@Shopwell 'we're unable to process your return as the item is damaged'. it arrived damaged
three weeks of back and forth for a £12 refund. not worth my time but it's the principle
@Bazaario I won the auction, paid, and the seller relisted it at a higher price
@FleetParcel ok so now the tracking page says 'address not found'. it's the same address as always
@QuickDrop why is the estimated delivery time 'today' every day?
@ParcelPoint parcel left on the doorstep in full view of the street. in a city. gone within
   the hour
@FleetParcel please stop ringing me about delivery fees. I'm not paying a random link
hello @QuickDrop are you ever going to deliver order QD-882017 or should I just give up
@Threadly the colour ran in the first wash and turned my white towels pink
@HomeCrate one of the glasses in the set arrived smashed and you want me to send back all 6
@Shopwell return window closed while your returns page was down
the assembly instructions are missing steps 6 to 9
@Bazaario I reported a seller for selling knockoffs 3 times. still up there
@FleetParcel 'Delivery exception'. What exception? Nobody can say
@Shopwell promised a callback at 2. now 5:30. have you considered... calling?
@ParcelPoint my neighbours have had 4 of my parcels this month without me asking
wanted to return something and the nearest drop off is 15 miles away. the website said 'near you'
@Threadly the model in the photo is wearing a totally different fit. looks like a tent on me
@HomeCrate my bookshelf leans like it's had a few drinks. all screws in the right holes
the item was listed at £24.99. the checkout charged me £34.99. screenshot attached
@Bazaario I was billed for a 'premium seller' subscription I never agreed to
@QuickDrop driver marked it as 'refused by customer'. I didn't refuse anything
@Shopwell order 88201, keyboard missing the enter key. it's a keyboard
@FleetParcel 'delivered to safe place'. what safe place? I've looked everywhere. the bins. the shed
@Threadly unsubscribe link doesn't work. still getting 3 emails a day
@HomeCrate the sofa legs don't match. two are oak, two are walnut
@ParcelPoint courier rang the wrong doorbell and then 'returned to depot' on the app
@Bazaario why is the 'report a problem' page just a link back to the home page
@Shopwell my order is in 'processing' for 9 days. what is there to process
the shoes squeak. every step. I sound like a dog toy
@QuickDrop ok I've been waiting in all day for a delivery that's now 'rescheduled'. no reason
@FleetParcel the driver was really rude when I asked him to bring it to my door, not leave it at
   the gate
@ParcelPoint I'm disabled and asked for door delivery. it's in the lobby 3 floors down
@Shopwell the 'refurbished' tablet has a cracked corner and someone's fingerprints still on
   the screen
@Bazaario I paid for tracked shipping and the seller sent it second class with no tracking
@Threadly returned 3 items in one parcel, you've refunded 2. the third is in your warehouse
@HomeCrate the replacement door for the wardrobe is a different shade of white
charger sent with a US plug. I'm in Leeds
@Shopwell the warranty registration page has been 'temporarily unavailable' for a month
my order was cancelled because of a 'payment issue'. the money's still gone from my account
@Bazaario 7 days to 'review' my return request. the item is broken. what's to review
@Threadly the coat I ordered in 'camel' is very much orange
@HomeCrate you charged £45 delivery for a lamp that came by normal post
@Shopwell I've had 4 automated emails saying my issue is resolved. it isn't. at all
so the 'premium' headphones have one ear louder than the other. out of the box
@Bazaario I can't leave a review because the order is 'still in transit'. it's been 2 months
@FleetParcel your driver put a heavy box on top of the parcel marked 'fragile'. I watched
@ParcelPoint the drop off shop refused my return because 'the system's down'. third time
@QuickDrop you delivered to my old address even though the label has my new one on it
@Threadly live chat closes at 6pm. I work until 6pm. so I can never talk to you
@Shopwell I've been charged for a protection plan I unticked. twice
the voucher you sent as an apology expired before I could use it
@HomeCrate collection of the faulty fridge booked for monday, nobody came, no call
"""
)
