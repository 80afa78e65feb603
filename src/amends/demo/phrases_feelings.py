"""How the customer feels and what they want, plus the neutral, positive and mixed situations.

Attitude banks (threats, requests, loyalty) are appended to a problem text; the mood banks stand on
their own. Same template syntax as ``phrases_problems``.
"""

from __future__ import annotations

ATTITUDES: dict[str, tuple[str, ...]] = {
    "confusion": (
        "I [don't understand|can't make sense of|am confused by] [my|this month's|the latest]"
        " [bill|invoice|statement]. What's the {amount} [charge|line] for?",
        "[Can someone|Could you] explain [your|the] [returns policy|refund policy|cancellation"
        " terms]? The [website|FAQ|email] says one thing and [the app|the agent|the receipt] says"
        " another.",
        "I'm not sure [whether|if] I still have [a subscription|the {plan}] or not. [I thought I"
        " cancelled.|The app says active but the email says cancelled.]",
        'What does "[pending adjustment|credit reversal|pro-rata charge]" [mean|on my bill mean]?'
        " [Nobody told me about this.|It isn't explained anywhere.]",
        "[So|OK so] do I [send it back first|wait for a label|print something] before [you send a"
        " replacement|I get a refund], or not? The instructions [aren't clear|contradict each"
        " other].",
        "I've [had|received] [two|three] [emails|texts] [saying different things|with different"
        " dates] about order {order}. Which one is right?",
        "[How come there are|Why are there|Why do I see] two [lines|charges] for [the"
        " {plan}|delivery] on [one bill|the same invoice]? [Is that normal?|I don't get it.]",
    ),
    "worry": (
        "I'm [really|genuinely] [worried|anxious|stressed] [about this|] because [that money was"
        " for rent|the {amount} was meant for bills|I'm on a tight budget this month].",
        "[This|The order] [was|is] [medication|a medical supply|for my mum's care|a prescription"
        " item] and [I need it|she needs it|we can't wait] [by {weekday}|this week|urgently].",
        "The {product} [is|was] for [a wedding|my daughter's birthday|a funeral|an exam] on"
        " {weekday}. [I'm panicking.|I'm really worried it won't come.]",
        "I can't [afford|afford to lose|be out of pocket by] {amount} [right now|at the moment|this"
        " close to payday]. Please [tell me it will be refunded|let me know what's happening].",
        "[I haven't slept properly|I've been anxious all week|I'm losing sleep] [over this|worrying"
        " about it].",
        "[I'm|We're] [travelling|flying out|leaving] on {weekday} and [need|have to have] the"
        " {product} before then.",
    ),
    "follow_up_request": (
        "Please [call|ring] me [back|] [today|as soon as possible|this afternoon].",
        "[Can|Could] someone [call me|ring me|give me a call] [back|] [today|this afternoon]?",
        "I [want|would like|need] to speak to a [manager|supervisor|real person|team leader]"
        " [about this|, not a bot|today].",
        "[Please|Kindly] [get in touch|contact me] [by phone|] [before {weekday}|this week|when you"
        " can].",
        "Could a [supervisor|manager|senior person] [call|contact] me [please|]? [Email is getting"
        " nowhere.|Writing isn't working.|I'd rather talk it through.]",
        "[I'd|I would] appreciate a [phone call|call back|reply from an actual person] [to sort"
        " this out|rather than another template email].",
        "[Call me|Ring me]. I'm [free|available|around] [all day|after 3pm|in the mornings].",
    ),
    "churn_threat": (
        "If this [isn't|is not] [sorted|fixed|resolved] [by {weekday}|this week|soon] I'm"
        " [cancelling|closing my account|taking my business elsewhere].",
        "I'm [seriously|] [thinking about|considering] [switching|moving] to [a competitor|another"
        " company|someone else].",
        "[That's it|This is the last straw]. [Cancel my account.|Please close my account.|I'm done"
        " with you.]",
        "[Give me one reason|Tell me why] I shouldn't [cancel|take my {plan} elsewhere]"
        " [today|right now].",
        "After this I [won't be ordering again|will not be buying from you again|won't renew my"
        " {plan}].",
        "There are plenty of other [shops|companies|providers] [that|who] will [happily|gladly]"
        " take my money [instead|].",
    ),
    "public_threat": (
        "[I'll be|I'm going to be] [leaving|writing] [reviews|a review] [on every site I can"
        " find|about this] [if|unless] [this gets fixed|I hear back] [today|this week].",
        "Next stop is [the ombudsman|trading standards|my bank and a chargeback|a consumer rights"
        " lawyer].",
        "I'm [posting|sharing] [this|my experience] [online|on social media|on every forum I use]"
        " [so others know|as a warning to others].",
        "Maybe a [local newspaper|consumer programme|journalist] would [be interested in how you"
        " treat customers|like to hear about this].",
        "I have already [contacted|written to] [my lawyer|a solicitor|the regulator]"
        " [about this|].",
        "[Everyone is going to|All my friends will|Everyone I know will] hear about this[, believe"
        " me|, and not in a good way|].",
    ),
    "repeat_contact": (
        "This is the {nth} time I've [written|contacted you|asked] about this [and|but] [still|I"
        " still have] no [answer|reply|resolution].",
        "[Still waiting.|Still nothing.] [{nth_cap} time asking.|I've asked {contacts} times now.]",
        "I've [emailed|called|chatted with you] [{contacts} times|again and again] [about the same"
        " issue|and keep getting the same copy-paste answer].",
        "Each time I [contact|chase] you I [get|hear] [a different story|a new ticket"
        ' number|"we\'ll look into it"] and [nothing changes|nothing happens].',
        "[My|The] [ticket|case] {ref} [keeps getting closed|was closed again] [without an answer|"
        "with no fix]. [Reopening it for the {nth} time.|Here I am again.]",
    ),
    "undervalued": (
        "I've been a customer for {years} years and [this is how I'm treated|this is the thanks I"
        " get|it seems to count for nothing].",
        "[{years_cap} years|Since {since}] [of ordering from you|as a loyal customer|as a {tier}"
        " member] and [nobody cares|no one seems to care|you don't seem to care].",
        "[Loyal customers|Long-standing customers like me] [clearly|obviously] [don't matter|mean"
        " nothing] to [you|this company] [any more|now].",
        "You'd [think|expect] [{years} years|a {tier} account|all the money I've spent here] would"
        " [count for something|earn a bit of respect|get me a reply].",
        "[New customers get|You give new customers] [discounts|all the offers] while [loyal"
        " ones|people like me] [get ignored|wait weeks for an answer].",
    ),
}

MOODS: dict[str, tuple[str, ...]] = {
    "neutral": (
        "[Could you|Can you] update the delivery address on [my account|order {order}] to [my new"
        " flat|my work address|the one in my profile]?",
        "Please [send|redirect] order {order} to [my work address|my neighbour at number"
        " 12|the address in my profile] instead.",
        "Do you [ship|deliver] to [Ireland|Canada|the Channel Islands|PO boxes]?",
        "[What are|Can you tell me] [your|the] [opening hours|store hours] [on|for] {weekday}?",
        "[Is|Will] the {product} [back in stock|be restocked|available again] [soon|this month]?",
        "[I'd like|Please send me|Can I get] [a copy of the invoice|a VAT invoice|an invoice|a"
        " receipt] for order {order}[, please|].",
        "[Delivery was fine.|Order arrived as expected.|Everything turned up.] [Nothing special.|No"
        " complaints.|Fine.]",
        "[How do I|Where can I] [change|switch|downgrade] [my plan|the {plan}|my payment card]?",
        "[It was|Overall it was|Experience was] [ok|okay|fine|alright]. [The app is a bit"
        " slow.|Packaging could be lighter.|Nothing to add really.]",
        "Please [change|update] the email on my account to [my work one|a new address]. [The old"
        " one is closing.|I'm changing providers.]",
        "[Quick question|Just checking]: [does the {product} come with|is there] a [warranty|manual"
        "|charger] [included|in the box]?",
        "[Can I|Is it possible to] [collect|pick up] order {order} from a store instead [of"
        " delivery|]?",
        "[Received|Got] order {order}. [Thanks.|Cheers.|OK.] [The {product} looks as described.|]",
        "The new [website|app] [layout|design] takes some getting used to[, but it works|. Not sure"
        " about it yet].",
        "[Can I|How do I] add a second delivery address [to my account|for work]?",
        "[Is there|Do you have] a [student|loyalty|trade] discount [on the {plan}|at all]?",
        "[I'd like to|Please can I] [pause|move] my {plan} [for a month|until {month}].",
    ),
    "positive": (
        "{agent} was [brilliant|fantastic|so helpful|a star] [on the phone|on chat|when I called]"
        " [and sorted everything in minutes|and fixed it straight away|- please pass on my"
        " thanks].",
        "[Huge|Big|Many] thanks to {agent} for [sorting out|fixing] [my refund|the order"
        " mix-up|my account] [so quickly|in one call|without any fuss].",
        "[The|My] {product} [arrived|came] [a day early|on time|the next day] and it's [perfect|"
        "exactly what I wanted|even better than the photos].",
        "[Really|Very] [impressed|happy|pleased] with [the service|how fast the delivery was|the"
        " quality of the {product}]. [Will order again.|Already recommended you to friends.]",
        "[Thank you|Thanks] for [fixing|sorting] [the issue|my bill|the problem with order {order}]"
        " [so fast|so quickly|without me having to chase]. [Much appreciated.|Really appreciate"
        " it.]",
        "[Best|Easily the best] [customer service|support] I've had [in years|from any company|this"
        " year]. {agent} [deserves a raise|is a credit to you].",
        "[Smooth|Easy|Painless] [ordering|checkout|return] [from start to finish|as always|and a"
        " quick refund].",
        "[Love|Absolutely love] [the|my new] {product}[!|.] [Great quality.|Well made.|Exactly as"
        " described.]",
        "I was [dreading|nervous about] [calling|contacting you] [but|and yet] {agent} [made it"
        " easy|couldn't have been nicer|was patient and clear].",
        "[Five stars.|10/10.|Top marks.] [Fast|Quick] delivery, [great|lovely] {product},"
        " [friendly|helpful] [staff|support].",
        "[Returned|Sent back] the {product} and the refund [arrived|showed up] [in two days|the"
        " same week|faster than expected]. [Impressive.|Brilliant.]",
        "[Just wanted|Wanted] to say thanks: the [replacement|new {product}] [arrived|came]"
        " [quickly|on {weekday}] and [works perfectly|is lovely].",
        "[Ordered on|Placed the order] {weekday}, [had it|it was here] the next morning. [Can't"
        " fault it.|Great job.]",
        "[You've|You have] [won me back|restored my faith] after last time. [{agent} really"
        " listened.|The fix was quick and fair.]",
    ),
    "mixed/late_delivery": (
        "[Love|Really like|Very happy with] the {product}, but it [arrived|came] {late} late [and"
        " nobody warned me|without any update].",
        "[Great|Lovely] product, [poor|slow|frustrating] delivery: {late} past the date you gave.",
        "The {product} [itself|] is [exactly what I wanted|spot on], [shame about|pity about] the"
        " {late} wait [past|beyond] the promised date.",
    ),
    "mixed/long_hold": (
        "The {product} [itself|] is [great|excellent|fine], but [getting help|reaching"
        " support|calling you] [meant|took] {hold} on hold.",
        "[Good|Decent] prices and a [nice|great] {product}, but [your phone line|customer service]"
        " [is|was] [painfully slow|a nightmare] - {hold} [waiting|on hold].",
        "[Once I got through|When I finally reached someone], {agent} was [lovely|helpful]. Getting"
        " through took {hold}, though.",
    ),
    "mixed/product_quality": (
        "[Delivery was quick|Service was excellent] and {agent} was [lovely|helpful], but the"
        " {product} [feels flimsy|broke within a month|isn't great quality].",
        "[Fast shipping|Quick delivery], but the {product} [is not as good as|doesn't match] [the"
        " description|the photos].",
        "[Friendly|Helpful] staff [and easy ordering|as always], [though|but] the {product} [has"
        " started to|already seems to] [wobble|fray|rattle].",
    ),
    "mixed/account_activation": (
        "[Ordering|Checkout] was [easy|quick] but [setting up|activating] my account [was a"
        " pain|took three attempts|was confusing].",
        "[Love the products|Prices are good], [though|but] the [login|password reset] [process|"
        "flow] [is a maze|needs work].",
    ),
    "mixed/transferred": (
        "[In the end|Eventually] {agent} [sorted it|fixed everything] and was great, but getting"
        " there took {transfers} transfers.",
        "[The outcome was fine|I got what I needed], [though|but] I was [passed around|bounced"
        " between teams] {transfers} times first.",
    ),
}
