"""Hand-written complaints about grocery shopping, takeaways and food delivery (brands made up)."""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@FreshBasket 11 substitutions out of 34 items. oat milk for whole milk, cat food for dog food
@GrubHop food arrived cold and the driver had clearly eaten some of the chips
ordered at 7, arrived at 9:15, soggy. refund offered: £2 credit
@FreshBasket the eggs were all cracked. every single one. again
@DishDash my order says delivered. I'm looking at the front door. no food
@GrubHop wrong order. I got someone's sushi, they got my curry. nobody can swap it back
hi @FreshBasket, the delivery slot was 8-9am, driver came at 11:40, I'd already left for work
@Pantry24 best before date on the chicken was yesterday. delivered today
the 'free delivery' turned into a £4.99 'service fee' at checkout @DishDash
@GrubHop the restaurant said they're closed but the app let me order and took my money
@FreshBasket half the frozen stuff had thawed by the time it got here
the app said 25 minutes. it's been 75. the driver is 'at the restaurant' according to the map.
   for 40 min
@DishDash why was I charged twice for the same order? £32.40 x 2
@Pantry24 you keep substituting with items twice the price and charging me the difference
ordered gluten free, got regular pasta. I'm coeliac. this matters
@GrubHop app crashed during checkout, charged me, no order placed. restaurant has no record
@FreshBasket the driver left the bags in the rain outside the communal door. bread was soaked
no cutlery, no sauces, no drinks. 3 out of the 4 things I paid extra for
@DishDash can't reach support because the help page only shows past orders. my order is 'current'
@Pantry24 my order got cancelled at 10pm the night before delivery. no food for the weekend
the pizza was folded in half and stuck to the lid
@GrubHop the driver called me to say he couldn't find the address then marked it delivered
@FreshBasket I asked for green bananas, got black ones. every week
@DishDash promo code said 50% off, it took off 50p. misleading
@Pantry24 you charged me for 6 yoghurts and sent 2
dairy free order came with cheese on top. my son has an allergy. please take this seriously
@GrubHop 'your refund has been declined'. for food that never arrived??
@FreshBasket the substitution for my prescription formula was chocolate milk. seriously
delivery driver was rude and threw the bags on the floor
@DishDash 1 hour 40 min for a kebab from a place 6 minutes away
@Pantry24 grocery order missing 9 items, no refund shown on my account yet
@GrubHop the burger was raw in the middle. photos attached
@FreshBasket the 'fresh' salmon smelled off when I opened it
why does the price in the app go up when I add a tip?
@DishDash the driver rang 20 times at 1am because the app sent him to the wrong street
@Pantry24 the glass jar of pasta sauce smashed all over the rest of the shopping
ordered for 6pm, it came at 6am. no, not a typo @FreshBasket
@GrubHop tried to report a missing item, the app said I've had 'too many refunds'. it's my 2nd ever
@DishDash delivery fee was £1.99 when I ordered, £5.99 on the receipt
@FreshBasket your delivery van parked in front of my garage and the driver disappeared for 15 min
restaurant rating says 4.8. food tasted like it had been reheated twice
@Pantry24 I'm on a budget. you can't just swap my own brand beans for the £2.10 ones
@GrubHop I've been waiting on 'we're looking into it' for 2 weeks. It's £18
the coffee was cold and half of it was in the bag. @DishDash
@FreshBasket half my order went to someone else on my street. they gave it to me. you charged
   both of us?
@Pantry24 the app logged me out mid order and my whole basket is gone. 58 items
hey @GrubHop, so the delivery was 'contactless' as in the driver left it 3 doors down
the salad was mostly brown leaves and 3 tomatoes
@DishDash charged a small order fee on a £14 order. the minimum was £12
@FreshBasket milk leaked over everything. the bags weren't sealed
my order has been 'preparing' for an hour and the restaurant isn't answering
@GrubHop the subscription says free delivery. the order says £2.49 delivery. which is it
@Pantry24 delivered the wrong person's shopping and when I called they told me to just keep it.
   where's MINE though
@DishDash my account's been suspended and my balance of credits is gone
@FreshBasket the chicken had a hole in the packet and juice over the veg. not safe
noodles were cold and stuck in a lump. spring rolls were missing
@GrubHop driver asked me to come down 4 floors. I have a broken leg and put it in the notes
@FreshBasket my regular order keeps re-adding things I removed
why is there no option to contact the driver? he's going round in circles on the map
@Pantry24 sorry but this is the 4th week in a row something's been missing
@DishDash you reduced my order to £0.01 refund for a missing main. it was £13
the restaurant used the wrong sauce. everything tastes of blue cheese. I hate blue cheese
@GrubHop order cancelled after 50 minutes. 'no drivers available'. why did you take it then
@FreshBasket the watermelon was split open and covered in ants
@Pantry24 the app's 'order again' button added everything twice and I didn't notice. now I have
   8 cucumbers
tea bags came crushed, crisps came crushed, and the eggs somehow survived lol @FreshBasket
@DishDash I left a note 'please don't ring the bell, baby asleep'. he rang it 5 times
@GrubHop your promo for new customers isn't working for me even though I've never ordered
@FreshBasket the shopper left all the bags on my drive and drove off. it's pouring
@Pantry24 your delivery slots are always 'full' unless I pay £7 for a priority slot
@DishDash food was meant to be vegan. there's egg in the fried rice
@GrubHop the 'estimated time' has now been pushed back 6 times
the bread was mouldy on the day of delivery. best before was next week
@FreshBasket my £10 voucher vanished from the basket after I added one more item
@DishDash no I don't want to rate my driver, I want my food
@Pantry24 the cold items were packed with the cleaning products. bleach on the cheese wrapper
@GrubHop sushi arrived warm. not ideal for raw fish
@FreshBasket 3 weeks running the shopper has 'couldn't find' flour. it's on the shelf, I checked
@DishDash got someone else's order with their name and address on it. privacy much?
@GrubHop the map showed my driver heading the other way for 20 min, then 'delivered'
@Pantry24 charged a bag fee, sent everything loose in a crate
@FreshBasket tried to change my slot, the app charged me again for the same slot
the naan was burnt black and the rice was crunchy
@DishDash 'refund processed'. 3 weeks. not in my account. bank says nothing pending
@FreshBasket the delivery driver has been getting the flat number wrong for months. I've
   updated it 3 times
@GrubHop why is the same meal £4 cheaper if I order from the restaurant directly?
@Pantry24 your 'perfect fruit promise' is a promise of bruised apples apparently
ordered a birthday cake. it came squashed on one side and the writing smudged
@DishDash no reply to my email about the allergic reaction. that was 10 days ago
@FreshBasket you've replaced my toothpaste with mouthwash. not the same thing
pizza came with no toppings on half of it. half and half does not mean half nothing
@GrubHop they charged me a 'busy time' fee but the food came 1 hr late anyway
@Pantry24 the frozen peas arrived as a solid block, clearly defrosted and refrozen
@DishDash the restaurant sent the wrong drink and the app only lets me report 'missing', not
   'wrong'
@FreshBasket order #FB-44017: paid £92.50, delivered £61 worth, refund so far £0
the fries were limp and cold and the box was soaked through with grease
@GrubHop driver smoked in the car and the food smelled like it
@Pantry24 the ice cream was soup
@FreshBasket you've sent 4 litres of milk instead of 4 pints. that's a lot of milk
why is every substitution a worse product at a higher price
@DishDash you made me wait 55 min then told me to 'pick it up from the restaurant'
@GrubHop the curry leaked everywhere and burned through the paper bag
@FreshBasket spent 30 minutes taking out items I didn't order from the bags. pick the right
   ones pls
@Pantry24 the price on the shelf label and the price I was charged are always different
order never came. restaurant says picked up. driver's number doesn't work. app says delivered
@DishDash my refund went to 'DishDash credit' instead of my card. I don't want credit
@FreshBasket the online price for strawberries was £2. I was charged £3.50. 'price changed on
   the day'
@GrubHop lost my whole saved address book after the update, ordered to my old flat. whoops
@GrubHop the 'large' portion is the same size as the regular. I had both to compare
@FreshBasket the delivery app keeps moving my slot to a later time without asking
@DishDash you refunded the delivery fee but not the food that never came
@Pantry24 I've received a bag of someone else's shopping with raw meat in it. nobody's collected it
the chips were so salty I couldn't eat them, and the burger had no sauce on it at all
@FreshBasket the bag of potatoes had half rotten ones at the bottom
@GrubHop I have been waiting 2 hours and 10 minutes for my dinner
@DishDash why do I need to take a photo of food that never arrived? there's nothing to photograph
@Pantry24 delivery was meant to be between 6 and 7. it's 9. kids are starving
@FreshBasket the driver wouldn't wait 1 minute while I came down with the baby
@GrubHop the chicken was pink inside. I've emailed, called and messaged. nothing
the dessert I paid £6.50 for was missing and the app won't let me report it after 1 hour
@FreshBasket I keep getting fruit that's underripe and goes straight off. 3 weeks in a row
@DishDash the tracking showed the driver at my door for 10 minutes. nobody was at my door
@Pantry24 my prescription-free paracetamol tablets got substituted with the kids' liquid
   version. not helpful
"""
)
