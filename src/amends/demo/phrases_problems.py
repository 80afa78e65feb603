"""What went wrong, in the customer's own voice: one bank of templates per problem situation.

Template syntax (see ``phrases.expand``): ``[a|b|c]`` picks one alternative, ``[a|]`` is optional,
``{slot}`` is a fact about this customer's case. A key ``tag/variant`` is used instead of ``tag``
when the case names that variant (a double charge and a charge after cancelling read differently).
"""

from __future__ import annotations

PROBLEMS: dict[str, tuple[str, ...]] = {
    "late_delivery": (
        "[My|The] order {order} was [supposed|meant] to [arrive|be here|be delivered] on {weekday}"
        " and [turned up|arrived|finally showed up] {late} late.",
        "I paid for [delivery by {weekday}|next-day shipping|express delivery] and the {product}"
        " [got here|arrived|landed on my doorstep] {late} after that.",
        "{late_cap} late. That's how long the {product} took [beyond|past] the date you"
        " [gave me|promised|quoted].",
        "Your tracking page said {weekday} [for days|all week|the whole time], then the date just"
        " kept [moving|slipping]. [It|The parcel|Order {order}] came {late} late [in the end|].",
        "The {product} [was a gift|was for a birthday|was needed for a trip] and it [missed the"
        " date|turned up too late to be any use|got here {late} after it was needed].",
        "[Honestly, {late}|Frankly, {late}|{late_cap}] past the promised date is not"
        " [acceptable|ok|good enough] for [a simple|an ordinary] order [like this|of this size|].",
        "[Order|Parcel] {order} [sat in|was stuck in|never left] [a depot|the sorting centre|your"
        " warehouse] for [most of the week|days] and [arrived|reached me] {late} late.",
        "I [kept checking|refreshed] the tracking [every day|twice a day] while the estimate kept"
        " [getting pushed back|moving]. [It ended up|The {product} ended up] {late} behind.",
        "Delivery was [quoted as|promised for] {weekday}. It [arrived|came] {late} late [with no"
        " explanation|and nobody told me why|without a single update].",
        "[Why|How] does [{a_product}|one {product}] take {late} longer than [promised|you"
        " said]? [Nobody|No one] [warned|told] me [it would be late|about a delay].",
        "[That's|It's] [the second|another] late [delivery|order] [in a row|this month]: {order}"
        " [arrived|came in] {late} behind schedule.",
        "[Waited in|Stayed home] [all day|the whole of] {weekday} for [the|my] {product}. It"
        " [eventually|finally] [came|arrived] {late} later.",
    ),
    "missing_delivery": (
        "[Order|My order] {order} [still hasn't arrived|never arrived|has not turned up], [even"
        " though|although|but] tracking [says|claims|shows] it was delivered on {weekday}.",
        "The {product} [is marked|shows] as delivered but there is [nothing|no parcel] [here|at my"
        " door|in my building|with my neighbours].",
        "[Where is|What happened to] my {product}? It was [due|promised for|meant to arrive]"
        " {weekday} and [the tracking hasn't moved since|there's been no update since].",
        "I [checked with|asked] [my neighbours|the building manager|reception] and [nobody|no one]"
        " has [seen|signed for] [a|my] parcel. [Order|Ref] {order}.",
        "[The|My] parcel [seems to have|has] [vanished|disappeared|gone missing] [somewhere between"
        " your warehouse and my house|in transit]. Order {order}, {amount}.",
        "I [paid|was charged] {amount} for {a_product} [that|which] [never came|never showed up|I"
        " have never received].",
        'Tracking has [said|been stuck on] "out for delivery" since {weekday}. [Nothing|No'
        " parcel] has [come|arrived].",
        "[No parcel, no update, no refund|No package and no reply]. Order {order} was [supposed to"
        " arrive|due] on {weekday}.",
        "The courier [says|claims] they left it [in a safe place|with a neighbour|at the door] but"
        " I [have no idea where|can't find it anywhere|never got it].",
        "[It's|It has been] [a week|ten days|two weeks] since [the|my] {product} was [due|meant to"
        " come] and [it's nowhere|there's no sign of it]. [Order|Ref] {order}.",
    ),
    "damaged_item": (
        "The {product} [arrived|came] [broken|cracked|smashed|in pieces]. The box [looked like it"
        " had been|had clearly been] [dropped|stood on|kicked around].",
        "[Opened|Unpacked] [order|parcel] {order} [today|this morning|last night] and the {product}"
        " [is|was] [damaged|dented|scratched all over|missing a part].",
        "[Half|Part] of the {product} was [broken|snapped off|bent] [when I opened it|on"
        " arrival|straight out of the box]. [Photos attached.|I have photos.|I took pictures.]",
        "The packaging was [soaked|crushed|torn open] and the {product} inside [is|was]"
        " [ruined|unusable|scratched].",
        "I [paid|spent] {amount} on [{a_product}|this {product}] and it [turned up|arrived] with a"
        " [crack|dent|broken hinge|shattered panel].",
        "[Clearly|Obviously] [nobody|no one] packed [this|it] [properly|with any care]: the"
        " {product} was [rattling around|loose] in [a huge|the] box with no padding.",
        "[Order|Item from order] {order} [is damaged|came damaged]. [I want|I need|Can I get] a"
        " replacement [rather than|, not] a refund.",
        "[Second|Another] [item|{product}] [in a row|this year] to arrive [broken|damaged]."
        " [Something is wrong with your packing.|Your packing clearly isn't working.]",
        "[The|My] new {product} has a [big|deep|long] [scratch|gouge|crack] [across the top|down"
        " one side|on the front], [straight out of|right out of] the box.",
    ),
    "billing_error/duplicate": (
        "I was charged [twice|two times] for order {order}: {amount} [came out|left my"
        " account|went out] twice on the same day.",
        "[My|The] [bank|card] statement shows two [identical|matching] payments of {amount}. I"
        " [only ordered once|placed one order].",
        "You've [double charged|charged] me {amount} twice for a single order. I [want|need] the"
        " [extra|duplicate] [payment|charge] [back|refunded].",
        "There's a duplicate charge of {amount} on my [account|card] from {weekday}. [Please"
        " reverse it.|Please fix this.|Can someone reverse it?]",
        "{amount} [taken|charged] twice. That [is|was] [money I need|my rent money|not a small"
        " amount for me].",
        "[Checked|Looked at] my [banking app|statement] [on {weekday}|this morning] and [you|your"
        " system] had taken {amount} [twice|two times over] for order {order}.",
    ),
    "billing_error/wrong_amount": (
        "I was [billed|charged] {amount2} [instead of|when the price was|but checkout said]"
        " {amount}.",
        "[The|My] invoice [says|shows] {amount2} but [the order|my basket|the price] was {amount}."
        " [Where does the difference come from?|Nobody can explain the difference.]",
        "[You charged|I got charged] {amount2} for [{a_product}|the {product}] [that|which] was"
        " [listed|advertised] at {amount}.",
        "My [monthly|{plan}] payment [jumped|went up] to {amount2} [without warning|with no"
        " notice|out of nowhere]. It [should be|has always been] {amount}.",
        "[The total|What you took] [doesn't match|is not] what I [agreed to|saw at checkout]:"
        " {amount2} [against|versus] {amount} for order {order}.",
    ),
    "billing_error/after_cancel": (
        "I cancelled [my|the] {plan} [weeks ago|last month|in {month}] and you [still took|have"
        " still charged me] {amount} [this week|on {weekday}|again].",
        "[Why am I|How am I] still being charged {amount} [after cancelling|when I cancelled]? I"
        " have the [confirmation|cancellation] email [right here|saved].",
        "[Charged|Billed] {amount} for a [subscription|plan] I [cancelled|ended] [in {month}|a"
        " month ago]. [Refund it please.|I want it back.]",
        "Another {amount} [came out|went out] [after|despite] my cancellation. [That's|This is]"
        " [not ok|not right|not acceptable].",
        "The {plan} was cancelled [in {month}|weeks ago], [yet|but] {amount} left my account on"
        " {weekday}. [Please refund it.|Please stop taking money.]",
    ),
    "rude_staff": (
        "The [agent|person|rep] I spoke to [on {weekday}|yesterday|this morning] was [rude|"
        "dismissive|condescending] and [talked over me|hung up on me|laughed at my question].",
        "{agent} in [{dept}|your {dept} team] [told me|said] it was [my own fault|my problem|not"
        " their job] and [then|] [ended the chat|put the phone down].",
        "[I've never been spoken to like that|I was spoken to like a child|I was treated like a"
        " liar] by [a|your] [customer service|support] [agent|rep].",
        "Your [staff member|rep|agent] [sighed|kept sighing|was clearly annoyed] [the whole"
        " time|every time I asked something] and [refused|wouldn't] [to give a name|to escalate].",
        "[Asked|I asked] [a simple question|for help with order {order}] and got [attitude|sarcasm"
        "|a lecture] [instead of an answer|in return].",
        "The [manager|staff|person at the counter] at [the|your] store [ignored me|was incredibly"
        " rude|rolled their eyes] when I [brought back|returned|asked about] the {product}.",
        "[Whoever|The person who] answered [the phone|my call] on {weekday} [went completely off"
        " script|made up a policy on the spot|contradicted your own website] and got [snippy|short"
        " with me] when I [questioned it|pushed back].",
        '{agent} [actually|literally] [said|told me] ["that\'s not my problem"|"read the'
        ' website"|"calm down"] [before disconnecting|before leaving the chat|and then hung up].',
    ),
    "transferred": (
        "I was [transferred|passed around|bounced] {transfers} times [in one call|on the same"
        " call|between departments] and [each person|everyone] [asked for my details again|made me"
        " start from scratch].",
        "[{dept_cap}|Your {dept} team] sent me to {dept2}, [who|and they] sent me [back|to someone"
        " else]. {transfers_cap} transfers and [no answer|nothing solved|still no fix].",
        "[Nobody|No one] [seems to know|knows] [whose job it is|who handles this]. I got [passed|"
        "handed] [from team to team|between departments] {transfers} times.",
        "{transfers_cap} [different|separate] people [on one call|in an hour], [each|all]"
        " [saying|telling me] [it was another department's problem|to speak to someone else].",
        "Every time I [got through|finally reached someone] they [transferred|passed] me [on"
        "|again]. [By the {transfers_nth} transfer|After {transfers} transfers] I [gave up|hung up"
        "|had lost the will to live].",
        "[Started with|Began with] {dept}, [ended up|finished] in {dept2} [via|after going"
        " through] [three other teams|half the company]. [Still|And still] not sorted.",
    ),
    "long_hold": (
        "I [was|waited|sat] on hold for {hold} [on {weekday}|yesterday|today] [before anyone"
        " picked up|just to speak to someone|and then got cut off].",
        "{hold_cap} on hold. [For a simple question.|To ask one question.|Just to check a refund.]",
        "Your [phone line|helpline|support number] had me waiting {hold} [listening to the same"
        " song|with that music on loop|with no idea where I was in the queue].",
        '[The recording kept saying|Your website says] "your call is important", [then|but] I'
        " [waited|held] {hold}.",
        "[After|I spent] {hold} [on hold|in the queue] [and the line went dead|and the call"
        " dropped|and nobody answered]. [Had to start again.|Back to square one.]",
        "[Who|What company] [keeps|leaves] [customers|people] on hold for {hold}? I [had|needed]"
        " to [leave for work|pick up my kids|give up my lunch break].",
        "[It took|I needed] {hold} [of hold music|in a phone queue] [to reach|before I reached] a"
        " [human|person] on {weekday}.",
    ),
    "broken_promise/callback": (
        "[I was promised|{agent} promised me|Your team promised] a callback {promised_when}. It's"
        " been [over a week|ten days|two weeks] and [nothing|not a word].",
        "[Nobody|No one] [called me back|rang back] [even though|although] [I was told|{agent}"
        " said] [someone would|I'd hear back] {promised_when}.",
        'Case {ref} [says|was marked as] ["callback scheduled"|resolved] [but|and yet] the call'
        " never came.",
        "[I waited by the phone|I kept my phone on me] [all day|all afternoon] on {weekday} for"
        " the call [you promised|{agent} arranged]. [Nothing.|It never came.]",
    ),
    "broken_promise/refund": (
        "[The|My] refund [I was promised|that {agent} agreed] on {weekday} [never arrived|still"
        " hasn't shown up|is nowhere to be seen].",
        "You said the refund [would be|would land] {promised_when}. [It didn't.|It hasn't.|Still"
        " waiting.]",
        "[I was told|{agent} told me] {amount} would be [back in my account|refunded]"
        " {promised_when}. [That was weeks ago|It's been a fortnight|That was a fortnight"
        " ago] and [nothing|still nothing].",
    ),
    "broken_promise/visit": (
        "[I took a day off|I stayed home all day|I cleared my diary] for the [engineer|technician"
        "|visit] [you booked|you promised] on {weekday} and [nobody came|no one turned up].",
        "The [engineer|technician|fitter] [booked|promised] for {weekday} [never showed|didn't"
        " turn up] and [nobody phoned to say|there was no call to explain].",
        "[Second|Another] missed [appointment|visit]. [You said|I was told] someone would be here"
        " {promised_when}. [Nobody came.|No show again.]",
    ),
    "account_activation": (
        "[The|Your] activation [link|email] [has expired|says it's expired|doesn't work] [every"
        " time|both times|three times now] I [click|try] it.",
        "I [can't|cannot] [log in|get into my account|sign in] since [the password reset|I reset"
        " my password|your app update]. It [just loops|keeps sending me] back to the login page.",
        "[Reset my password|Tried resetting my password] [three|four|several] times [and|but] the"
        " [reset email|code] never [arrives|comes through|shows up].",
        "[Your app|The website] [says|keeps saying] my account [isn't verified|is locked|doesn't"
        " exist] [but|even though] I [placed an order|paid you] on {weekday}.",
        "[Setting up|Activating] [an|my] account [should not|shouldn't] take [an hour|three"
        " attempts|this many emails]. The [verification|] code [is rejected|says invalid].",
        "I'm locked out [of my account|] [after|for] [one wrong password|no reason I can see] and"
        " the [unlock|recovery] [form|link] [gives an error|does nothing].",
        "[Which|What] [email|password] am I supposed to use? I [have|ended up with] two accounts"
        " now and [neither works|can't get into either].",
    ),
    "product_quality": (
        "The {product} [stopped working|broke|died|started leaking] after [two weeks|a month|three"
        " uses|barely a week].",
        "[Quality|Build quality] [on|of] the {product} is [poor|shocking|really disappointing]:"
        " [the handle|a seam|the casing|the strap] [came loose|split|cracked] [almost straight"
        " away|within days].",
        "[For|At] {amount} I expected the {product} to [last|work properly|feel solid]. It [feels"
        " cheap|wobbles|makes a grinding noise].",
        "The {product} [looks nothing like|is much smaller than|is a different colour from] the"
        " photos [on your site|online].",
        "My {product} [has a fault|is faulty|is defective]: [it overheats|the battery drains"
        " overnight|it won't switch on|the zip broke]. [Not what I expect from you.|Very"
        " disappointed.]",
        "This is the [second|third] {product} [I've had|from you] [with the same fault|that broke"
        " the same way].",
        "[After|Within] {weeks} weeks the {product} [is already|was already] [falling apart|"
        "peeling|wobbling]. [Not good enough for the price.|I expected better.]",
    ),
}
