"""Hand-written complaints about apps, streaming, games, gyms, subscriptions and public services.

All brands and agencies are made up.
"""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@StreamBox charged me for a year after I cancelled in the app. I have the cancellation email
@StreamBox the show buffers every 30 seconds since the update. internet is fine, everything
   else works
@Notely the sync wiped 2 years of notes. ALL of them. please tell me there's a backup
@PlayForge paid £20 for the season pass and it's not showing on my account
@PlayForge servers down on launch day. again. you had 2 years
@Cloudmere storage full notice, paid for the upgrade, still says storage full
why is the 4K plan the only one that has HD now? I've been downgraded without being told
@StreamBox the subtitles are 5 seconds out of sync on everything I watch
@Notely 'upgrade to premium to export your own notes' is wild
@TuneRiver my playlists disappeared after I changed phone. 900 songs
@TuneRiver ads every 2 songs even though I pay for premium
@PlayForge banned for 'cheating'. I don't cheat. the appeal form has a 500 character limit
@Cloudmere can't log in because 2FA goes to a number I no longer have and there's no other way
app crashes every time I open the camera. latest version, fresh install
@StreamBox raised the price for the 3rd time in 2 years and added ads. no thanks
@Notely dark mode turned the text black on dark grey. unreadable
@TuneRiver I cancelled the family plan and now my whole family lost their playlists
@PlayForge matchmaking puts me with people 50 levels higher every game. it's not fun
@Cloudmere your desktop app uses 100% of my CPU doing nothing
the new UI is awful, why does everything need 3 taps now
@StreamBox keeps asking 'are you still watching' every episode. yes. I'm paying.
@Notely reminders don't go off. missed a dentist appointment
@PlayForge the patch broke controller support on PC. can't play at all
@TuneRiver the app keeps playing songs I've hidden
I bought a game, it won't launch, refund request denied because I 'played' for 3 minutes. the
   3 minutes were the crash screen
@Cloudmere shared folder permissions reset themselves and my client saw files they shouldn't have
@StreamBox I paid to rent a film and it expired before I finished it. 48 hours is not 48 hours
login loop. enter password, back to login. enter password, back to login. @Notely
@PlayForge 40GB update every week. my data cap can't take it
@TuneRiver student discount verification keeps failing. I'm literally enrolled
@Cloudmere charged in USD after you told me it'd be GBP. bank fees every month
app asks for my location, contacts and microphone to... show me a recipe?
@StreamBox the 'download' button doesn't work on the one show I need for the flight tomorrow
@Notely your support form requires a 'ticket number' which you only get after submitting the form
@PlayForge lost all my progress after the cross save update. 200 hours
the subscription cancelled without notice and my saved settings were deleted
@TuneRiver podcast episodes keep re-downloading and filling my phone up
@Cloudmere 'unusual sign in attempt' and now I'm locked out of my own account for 72 hrs
@StreamBox the price I signed up for lasted 3 months. then it doubled
@PlayForge in-game purchase went through twice, only got the item once
@Notely the web version has been 'under maintenance' for 2 days
the app now needs an account to do the same thing it did without one last week
@TuneRiver why does the lyrics feature only work for half the songs now
@PlayForge the voice chat has been broken for a month and there's been 3 updates since
@Cloudmere I've sent 4 emails. I get an auto reply and then nothing
@StreamBox password sharing 'crackdown' locked ME out of my own account at my own house
@Notely the new pricing is 3x the old one with no new features. I'm out
the free trial converted to paid 2 days early
@FitZone gym app says 'open 24/7'. turned up at 6am, doors locked, nobody there
@FitZone you've charged me for 3 months after I handed in the cancellation form in person
half the treadmills have had 'out of order' signs on them since january
@CoreGym cancelling requires a letter by recorded post. it's 2024
@FitZone the showers are cold in the women's changing room. every day
@CoreGym membership fee went up but the classes were cut from 20 a week to 8
@FitZone staff member talked to me like I was an idiot for asking about the freeze option
@CoreGym class booking app shows spaces, I book, then get told it's full at the door
the air con in the weights room hasn't worked all summer. it's a sauna in there
@FitZone joining fee was meant to be waived with the promo. I was charged £30
@CoreGym the locker ate my £1 coin and wouldn't open. had to wait 40 min for someone with a key
@BoxFresh meal kit missing the main ingredient. again. what am I meant to do with a sauce and rice
@BoxFresh I skipped this week. you delivered and charged me anyway
@PageTurn book subscription box came with 2 books I already got last month
@BoxFresh the cancel button is hidden 4 menus deep and then it asks 'are you sure' 5 times
@GlowBox 'limited edition' box was the same stuff as last month in a different colour
@PageTurn my subscription renewed at full price, not the loyalty rate you emailed me about
@BoxFresh the ice packs had melted and the meat was warm. day 1
@FitZone no one cleans the equipment and the wipes dispenser has been empty for weeks
@CoreGym your personal trainer cancelled on me 3 sessions in a row and I'm still paying for them
@GovTaxOnline the website keeps timing out on the final submit page. deadline is tomorrow
@CityCouncilHelp our bins haven't been collected for 3 weeks. the street smells
@PassportOffice applied 14 weeks ago, paid for the fast track, status still 'received'
@DVLcheck the online renewal form rejects my photo 'for unknown reasons'
@CityCouncilHelp reported the pothole on Elm Road in June. my tyre burst on it yesterday
@GovTaxOnline the helpline told me to use the website, the website told me to call the helpline
@PassportOffice my travel date is next week and no one will give me an update. please
@BenefitsLine I've been waiting 9 weeks for my first payment. I can't buy food
@CityCouncilHelp the parking permit renewal charged me twice and the refund takes '6-8 weeks'
@DVLcheck sent my licence to my old address even though I updated it 2 months ago
@GovTaxOnline got a fine for a late return that I submitted on time. have the confirmation email
@CityCouncilHelp planning portal down for the 3rd day. our consultation closes on friday
@BenefitsLine hold time 2 hours. then 'we cannot take your call'. then disconnected
@PassportOffice they lost my daughter's birth certificate. the original. how does that happen
@CityCouncilHelp street lights out on the whole road for a month. reported 4 times
@DVLcheck 'processing times are currently longer than usual'. they have been since 2020
@GovTaxOnline I've been sent 3 different tax codes this year and all of them are wrong
@CityCouncilHelp the recycling bin I ordered in March still hasn't arrived
@BenefitsLine assessment appointment cancelled on the day, after I'd arranged a carer to come
   with me
@PassportOffice the photo checker rejected 9 photos. there's nothing wrong with them
@CityCouncilHelp fly tipping at the end of our lane for 6 weeks now. still there
@GovTaxOnline my refund is 'being checked' for 4 months. what is there to check
@StreamBox your app on the TV logs out every night. typing the password with a remote is torture
@Notely the 'smart' search can't find a note titled exactly what I typed
@PlayForge why are the loot boxes back after you promised they were gone
@TuneRiver offline mode doesn't work offline 🙃
@Cloudmere the file I shared says 'link expired' after 1 hour. I set it to 30 days
@StreamBox half the catalogue vanished this month and the price went up. make it make sense
@PlayForge the tournament I paid entry for was cancelled and no refund yet
@Notely the handwriting recognition turns everything into gibberish since the update
@TuneRiver you auto renewed my annual plan without the reminder email you promised
@Cloudmere restore from backup failed with error 0x8004 and support closed the ticket
@FitZone the 'free' PT session was a 20 minute sales pitch
@CoreGym the sauna's been 'coming back next week' for 5 months
the cancel button on your website gives a 404 error. how convenient
@BoxFresh delivered to the wrong house and you charged me for it
@GlowBox can't cancel online, can't cancel by email, phone line 'temporarily unavailable'
@PageTurn your 'surprise' books are all the same genre even though I changed my preferences 3 times
@CityCouncilHelp garden waste subscription paid, collections missed 4 times this year
@PassportOffice your chat says my application is complete. the tracking says not started
@BenefitsLine I sent my documents by recorded delivery. you signed for them. you say you don't
   have them
@GovTaxOnline locked out of my account because I entered my date of birth in the 'wrong format'
@DVLcheck I was told my licence was sent on the 3rd. it's the 28th
@CityCouncilHelp 45 min on hold to be told the housing team only takes emails. which they
   don't answer
@StreamBox the sound drops out for a few seconds every few minutes on the TV app
@PlayForge customer support replied in a language I don't speak and closed the ticket
@Notely shared notebook edits are getting overwritten. lost a whole day of my team's work
@TuneRiver why did my downloaded music delete itself on the plane
@Cloudmere the 'unlimited' storage plan now has a limit. grandfathered users included, apparently
the update removed the feature I actually used. thanks, love it
@FitZone the changing rooms have been flooded on and off for 2 weeks
@CoreGym I froze my membership for an injury and you still took the payment
@BoxFresh 3 of the 5 recipes had an ingredient out of stock. no substitute, no refund
@GlowBox the product I got was expired. it's skincare. on my face
@CityCouncilHelp the council tax bill is for a band we're not in. appealed in april. no answer
@PassportOffice I've been put on hold, transferred, and cut off. four times today
still waiting on a reply from @GovTaxOnline about my self assessment. 3 months
@StreamBox the kids profile is showing 18 rated trailers on autoplay. not ok
@PlayForge the 'rewards' for the event don't unlock. I completed it
@Notely your ai summary feature hallucinated a meeting that never happened
@TuneRiver every time I open the app it starts playing music. loudly. on the bus
@Cloudmere my invoice says 'business plan'. I'm on the personal plan
@FitZone your 'no contract' membership has a 3 month notice period. that's a contract
@CoreGym the pool has been closed more days than it's been open this month
@BoxFresh portion sizes have shrunk, price went up. noticed
@BenefitsLine the online journal has been broken for 4 days and I'll get sanctioned if I don't
   update it
@CityCouncilHelp missed bin collection reported online, report closed as 'collected'. it wasn't
@DVLcheck website says 'service unavailable' every evening, which is the only time I can do it
@StreamBox why does the app keep switching to the wrong profile. my recommendations are a mess
@PlayForge you sold us a 'complete edition' and then released 4 paid DLCs
ugh, another update, another bug. can't even open the settings page now
@GovTaxOnline paid the tax bill, got a reminder letter, then a fine, then another reminder
@Cloudmere can't cancel the auto renewal, the option is greyed out
@TuneRiver the equaliser resets every time I restart the app
@Notely you renamed the app, moved everything around, and now I can't find my templates
@PassportOffice why does a 'priority' appointment take 3 weeks to book?
@CoreGym my access card stopped working. reception says I need to pay for a new one. it's 6
   weeks old
@FitZone the music is so loud I can't hear the instructor in classes
"""
)
