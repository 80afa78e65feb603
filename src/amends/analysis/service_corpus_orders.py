"""Phrase bank: online shops, food delivery/restaurants and parcel carriers (fictitious brands)."""

from __future__ import annotations

__all__ = ["ECOMMERCE", "FOOD", "PARCEL"]

ECOMMERCE: dict[str, tuple[str, ...]] = {
    "brands": (
        "ShopHaven|ShopHaven", "CartwheelStore|Cartwheel", "UrbanThreadsCo|Urban Threads",
        "MegaMartOnline|MegaMart",
    ),
    "tags": ("shopping", "onlineshopping", "retail", "order"),
    "ref": (
        "order {order}", "order {order}", "my order", "return {caseno}", "my {product} order",
        "order {order} from {weekday}",
    ),
    "product": (
        "sofa", "jacket", "laptop", "blender", "pair of trainers", "phone case", "coffee machine",
        "desk", "dress", "TV", "kettle", "lamp",
    ),
    "charge": ("my order total", "the delivery charge", "the price of the {product}"),
    "gadget": ("laptop", "blender", "coffee machine", "TV", "kettle", "hairdryer", "speaker"),
    "thing": ("my order", "my refund", "my return", "my {product}", "my parcel", "my exchange"),
    "staff": (
        "the delivery driver", "your customer service team", "the store manager",
        "the staff at the {city} store", "your agent", "{name} in the returns team",
    ),
    "use": ("ordering from", "shopping with", "buying from"),
    "again": ("order from you", "shop with you"),
    "experience": ("order", "shopping experience", "online order", "delivery"),
    "issue": (
        "order {order} still not here. day {days}",
        "[the|my] {product} arrived [broken|cracked|damaged|with a huge dent]",
        "[received|got] the wrong [size|colour|item] [again|for the 2nd time]",
        "refund for return {caseno} [still not processed|not received] after {weeks} weeks",
        "[charged|billed] twice for order {order}",
        "[tracking|the tracking] says delivered, [nothing here|no parcel|it isn't]",
        "[half|part] of order {order} missing, [box|parcel] was [half empty|taped back up]",
        "[order|my order] cancelled [without telling me|with no reason] after {days} days",
        "[promo|discount] code [didn't apply|was rejected] and [you won't|nobody will] refund"
        " the difference",
        "[sofa|the sofa|my desk] delivery window [8am-6pm|all day] and [nobody came|no show]",
        "[paid for|paid] next day delivery, [arrived|came] {days} days later",
        "[the|my] {gadget} stopped working after {days} days",
        "[return label|returns portal] [doesn't work|won't load|keeps erroring]",
        "[item|the {product}] [listed|advertised] as in stock, now {weeks} weeks [backorder|delay]",
        "price dropped by {small} [the day after|a day after] I ordered and [no|you won't] price"
        " match",
        "[sent|returned] the {product} back {weeks} weeks ago and [still|] no refund",
    ),
    "issue_np": (
        "missing parcel", "broken {product}", "wrong item", "refund delay", "late delivery",
        "no-show delivery", "double charge",
    ),
    "worry": (
        "it's a [birthday present|wedding gift] for {weekday} and order {order} [still hasn't"
        " shipped|is stuck]",
        "{amount} refund [is|was] [my food money|my rent] for the week and it's [still not"
        " back|missing]",
        "[tracking|the tracking] says delivered to [a different city|{city}] and I [live"
        " alone|can't afford to lose it]",
        "[need|I need] the {product} for [work|uni] on {weekday} and order {order} [hasn't"
        " moved|is stuck] in {city}",
    ),
    "short": (
        "where's my order??", "still no refund", "refund me", "wrong item AGAIN",
        "day {days}, no parcel",
    ),
    "question": (
        "do you ship to {city}?", "what's your returns policy on [sale items|electronics|shoes]?",
        "is the {product} back in stock [soon|this month]?",
        "can I [pay|split the payment] with Klarna?",
        "how long does standard delivery take to {city}?",
        "is the {product} [true to size|dishwasher safe|compatible with my TV]?",
        "do you do gift wrapping?",
    ),
    "action": (
        "change the delivery address on {ref}", "add an item to {ref}",
        "exchange the {product} for a different size", "collect from the {city} store",
        "use two discount codes",
    ),
    "hypo": (
        "the {product} arrives damaged", "I'm not in when it's delivered", "it doesn't fit",
        "my parcel goes missing",
    ),
    "request": (
        "need a receipt for order {order}",
        "[please|pls] [cancel|hold] order {order}, [ordered the wrong size|ordered twice by"
        " mistake]",
        "[please|pls] send [a returns label|the invoice] for {ref}",
        "[can|could] you [leave|deliver] {ref} [with a neighbour|in the porch]?",
    ),
    "info": (
        "I'll be [away|on holiday] {weekday} to {weekday}, {ref} can wait",
        "[just|] placed {ref} [as a gift|for my mum], [please|pls] no price on the slip",
        "[returned|dropped off] the {product} at the {city} store [today|this morning]",
        "the parcel for {ref} was [left|collected] with [my neighbour|number {n2}]",
    ),
    "good": (
        "{ref} [arrived|turned up] [a day early|next morning]",
        "the {product} is [even better|nicer] than the photos",
        "refund [landed|came through] [in {n1} days|the same day I posted it back]",
        "{staff} [sorted|swapped] the {product} [in minutes|with no fuss]",
        "the packaging was [plastic free|really nice|so neat]",
    ),
    "fixed": (
        "the replacement {product} arrived", "my refund came through", "the missing item turned up",
        "the exchange went through",
    ),
    "mild": (
        "delivery was a day late", "the box was a bit battered", "the size runs a bit small",
        "the tracking wasn't updating",
    ),
}  # fmt: skip

FOOD: dict[str, tuple[str, ...]] = {
    "brands": (
        "DashBiteEats|DashBite", "ForkFlyDelivery|ForkFly", "PizzaNovaUK|Pizza Nova",
        "GreenBowlKitchen|Green Bowl",
    ),
    "tags": ("foodie", "takeaway", "dinner", "fridaynight", "lunch"),
    "ref": (
        "order {order}", "my order", "tonight's order", "order {order} from {weekday}",
        "my lunch order", "table for {n1} at {time}",
    ),
    "dish": (
        "pizza", "burger", "fries", "curry", "noodles", "burrito", "sushi", "salad", "wings",
        "pad thai",
    ),
    "charge": ("my order total", "the delivery fee", "the service charge", "the bill"),
    "thing": ("my order", "my food", "my refund", "my {dish}", "my booking", "my delivery"),
    "staff": (
        "the driver", "the rider", "your courier", "the waiter", "the restaurant", "the manager",
        "the server",
    ),
    "use": ("ordering from", "eating at", "using"),
    "again": ("order from you", "eat there", "come back"),
    "experience": ("takeaway", "meal", "delivery", "dinner"),
    "issue": (
        "food arrived [cold|stone cold|an hour late and cold]",
        "order {order} [never arrived|never came] but [app|the app] says delivered",
        "[missing|no] {dish} [in my order|again] - paid {small} for it",
        "[driver|the rider] [ate|took] [some of|half] my [fries|order]",
        "[waited|been waiting] {mins} [mins|minutes] for [a table|our food] [we booked|after"
        " ordering]",
        "[the|my] {dish} [was|is] [raw in the middle|undercooked|burnt]",
        "[wrong|someone else's] order [delivered|arrived] and [support|the chat] [closed|ended]"
        " my ticket",
        "[allergy|nut allergy] note ignored, {dish} [had|came with] nuts",
        "refund for order {order} [declined|rejected] with no reason",
        "[charged|billed] {amount} [service fee|delivery fee] for a {mins} min late delivery",
        "[booking|our booking] for {time} [not on the system|lost], [sent away|turned away] at"
        " the door",
        "[hair|plastic] in my {dish}",
        "[order|my order] [cancelled|refunded] {mins} mins after I ordered, [no food|still hungry]",
        "{dish} [spilled|leaked] all over the bag",
    ),
    "issue_np": (
        "cold {dish}", "missing {dish}", "hour-long wait", "no-show delivery", "wrong order",
        "soggy {dish}", "surprise service fee",
    ),
    "worry": (
        "[my|our] kids haven't eaten and order {order} is [an hour late|still \"preparing\"]",
        "[I'm|I am] [diabetic|allergic to nuts] and [the|my] order [came|arrived] with [the"
        " wrong food|nuts in it]",
        "[I|we] [paid|spent] [my last|the last] {small} on order {order} and it [never"
        " came|didn't arrive]",
        "[hosting|got] {n1} [people|guests] at {time} and [the|our] catering order [hasn't"
        " arrived|is missing]",
    ),
    "short": (
        "where's my food??", "cold food AGAIN", "still no food", "refund my order",
        "hangry and still waiting",
    ),
    "question": (
        "do you deliver to {city} [centre|after {time}]?",
        "is the {dish} [vegan|gluten free|spicy]?",
        "[can|do] you take bookings for [{n1}|a group of {n2}] on {weekday}?",
        "what time does the kitchen close on {weekday}?",
        "do you have [a kids menu|halal options|allergen info] [online|for the {dish}]?",
        "is there a minimum order for delivery?",
    ),
    "action": (
        "add a tip after delivery", "schedule an order for {time}", "change my booking to {time}",
        "pay cash on delivery", "split the bill in the app",
    ),
    "hypo": (
        "my order arrives cold", "something is missing from my order", "I'm late for my booking",
        "the driver can't find my flat",
    ),
    "request": (
        "[please|pls] ask the driver to [ring the bell|call me] when [outside|here]",
        "[can|could] you add a note for [extra sauce|no onions] on {ref}?",
        "[please|pls] [book|reserve] a table for {n1} at {time} on {weekday}",
        "need a receipt for order {order} for [work|expenses]",
    ),
    "info": (
        "[it's|its] my [mum's|partner's|best friend's] birthday at our {time} booking",
        "[I'm|I am] vegan, [just|] so the kitchen knows for {ref}",
        "[the|my] [flat|building] entrance is round the back, [blue door|by the bins]",
        "we'll be {n1} people [not|instead of] {n1}, booking at {time}",
    ),
    "good": (
        "food arrived [piping hot|still hot] in {mins} [mins|minutes]",
        "the {dish} was [amazing|unreal|the best in {city}]",
        "[the|our] driver [was so friendly|called ahead|waited in the rain with a smile]",
        "{staff} [remembered|sorted] my [allergy|kid's birthday] [without me asking|perfectly]",
        "[they|the restaurant] [added|threw in] a free {dish}",
    ),
    "fixed": (
        "[the|a] refund [came through|landed]", "[a|the] replacement {dish} [arrived|came]",
        "[the|my] credit was added",
    ),
    "mild": (
        "the {dish} was a bit cold", "delivery was {mins} mins late", "the drinks were a bit warm",
        "they forgot the napkins",
    ),
}  # fmt: skip

PARCEL: dict[str, tuple[str, ...]] = {
    "brands": (
        "SwiftParcelCo|SwiftParcel", "RedVanCouriers|RedVan", "ParcelPointUK|ParcelPoint",
        "ZoomShipExpress|ZoomShip",
    ),
    "tags": ("delivery", "parcel", "courier", "tracking"),
    "ref": (
        "parcel {track}", "tracking {track}", "my parcel", "tracking number {track}", "my delivery",
        "the parcel for {order}",
    ),
    "charge": ("the delivery fee", "the customs charge", "the redelivery fee"),
    "thing": ("my parcel", "my delivery", "my redelivery", "my claim", "my package"),
    "staff": (
        "the driver", "your courier", "the depot", "the depot staff in {city}", "your agent",
        "the delivery guy",
    ),
    "use": ("using", "sending with", "shipping with"),
    "again": ("ship with you", "send with you"),
    "experience": ("delivery", "collection", "courier"),
    "issue": (
        "parcel {track} stuck in {city} depot for {days} days",
        "driver left [a card|a \"you were out\" card] - [I was home|I was in] all day",
        "[tracking|the tracking] [says|said] delivered, [photo|the photo] is [someone else's"
        " door|a different house]",
        "[parcel|my parcel] [thrown over|left on top of] the [fence|bin] in the rain",
        "redelivery [booked|requested] {n_times} and [nobody came|no one turned up]",
        "[tracking|it] hasn't updated [since {weekday}|in {days} days]",
        "[customs|import] fee of {amount} [out of nowhere|nobody mentioned]",
        "[parcel|box] [arrived|came] [crushed|soaked|ripped open]",
        "returned to sender without [a delivery attempt|even trying]",
        "[collection|pickup] [booked|missed] for {weekday}, nobody [came|showed]",
        "[claim|lost parcel claim] {caseno} [ignored|rejected] after {weeks} weeks",
        "[left|delivered] with [a neighbour|number {n2}] I've never [met|heard of]",
    ),
    "issue_np": (
        "missed delivery", "stuck parcel", "lost parcel", "surprise customs fee", "crushed box",
        "no-show collection",
    ),
    "worry": (
        "[my|the] [passport|visa|medication] is in parcel {track} and it's [stuck|missing] in"
        " {city}",
        "[it's|the parcel is] [my daughter's|a] birthday present for {weekday} and [tracking|it]"
        " hasn't moved",
        "[my|the] [insulin|prescription] [delivery|parcel] [hasn't|still hasn't] arrived and I"
        " [run out|have none left] [tomorrow|on {weekday}]",
        "{amount} [worth of|of] [stock|orders] [lost|missing] and my [customers|small business]"
        " [are waiting|can't wait]",
    ),
    "short": (
        "where's my parcel??", "I WAS HOME", "tracking not moving", "still at the depot",
        "no parcel. again.",
    ),
    "question": (
        "can I change the delivery day for {track}?",
        "[do|does] the driver need a signature for {ref}?",
        "how big can a parcel be for [standard|next day] delivery?",
        "[can|do] you deliver on {weekday}s?", "where's my nearest drop off point in {city}?",
        "how do I [send|ship] a parcel to {city}?",
    ),
    "action": (
        "redirect {ref} to my work", "leave {ref} in a safe place", "collect {ref} from the depot",
        "book a collection for {weekday}",
    ),
    "hypo": (
        "I'm not in for the delivery", "a parcel arrives damaged", "the driver can't get in",
        "my parcel gets lost",
    ),
    "request": (
        "[please|pls] leave parcel {track} [in the porch|behind the gate|with number {n2}]",
        "[please|pls] hold {ref} at the depot, I'll collect [tomorrow|on {weekday}]",
        "[can|could] you [redeliver|re-deliver] {ref} on {weekday} after {time}?",
    ),
    "info": (
        "[I'm|I will be] in all day {weekday} for {ref}",
        "my [buzzer|doorbell] is broken, [please|pls] call {n3} {n4}",
        "[safe place|the safe place] is the shed [round the side|at the back]",
    ),
    "good": (
        "{ref} [arrived|came] a day early",
        "the driver [put|left] it [in the porch|out of the rain] [so carefully|perfectly]",
        "[tracking|the live tracking] was [spot on|bang on]",
        "{staff} [found|tracked down] my parcel [in minutes|the same day]",
    ),
    "fixed": (
        "my parcel [turned up|was delivered]", "the redelivery [came|arrived]",
        "the claim [got|was] paid",
    ),
    "mild": (
        "it came a day late", "the box was a bit squashed", "tracking was a bit slow to update",
    ),
}  # fmt: skip
