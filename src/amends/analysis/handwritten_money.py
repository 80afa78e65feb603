"""Hand-written complaints about banks, cards, payment apps and insurers (brands are made up)."""

from __future__ import annotations

from amends.analysis.handwritten_common import messages

__all__ = ["NEGATIVE"]

NEGATIVE = messages(
    """
@OakleafBank my card got declined at the checkout for the 3rd time today and the app shows no issue
@MintPay money sent 4 days ago, recipient still hasn't got it. where is it
why was I charged a £25 overdraft fee when I was only £1.20 over for an hour?
@OakleafBank account frozen 'for security' with no warning. my rent goes out tomorrow
@Pennywise app has been down since this morning. I can't pay for anything
please help, there's a £640 payment to an online casino on my card and it wasn't me
@CoinVault withdrawals 'pending' for 9 days. customer support just sends a template
hi @OakleafBank, hope all's well. I've been waiting 3 weeks for a replacement card now
@ArdenCredit the fraud team called me, then said they couldn't verify me, then hung up
@MintPay 'instant transfer' that took 3 days. good one
paid off my credit card in full, still got interest charged. how
@Pennywise your app update removed the option to freeze my card. put it back
my salary was paid in on friday and I can't see it until tuesday? @OakleafBank
@ArdenCredit I've disputed this transaction 3 times. each time it's 'closed' without a decision
closed my account in June. still getting statements and a monthly fee
@MintPay why do you need my passport AND a selfie AND a utility bill to send £40 to my mum
@OakleafBank branch closed, nearest one is 22 miles away, phone line is 90 min. what am I
   meant to do
got scammed, reported it within the hour, and you're telling me it's my fault. @Pennywise
the contactless limit keeps resetting to £0 after every app update
@ArdenCredit I was promised a callback from a manager on monday. it's friday.
why is a foreign transaction fee on my 'no fees abroad' card
@CoinVault account locked, verification selfie 'failed' 8 times. it's my face
@OakleafBank you've sent me a new PIN for a card I never received
my mortgage payment was taken twice this month. £1,380 each. I'm now overdrawn
@Pennywise the chat bot keeps telling me to check the FAQ. the FAQ doesn't have my problem
hello? is anyone actually working at @MintPay support? ticket #552190, 12 days
the 2FA code arrives 10 minutes after it expires. every time. @OakleafBank
they blocked my card for fraud while I was abroad, even though I told them I was travelling
@ArdenCredit my credit limit was cut in half without any notice. embarrassing at the till
tried to open a savings account. rejected. no reason given. been with you 15 years
@Pennywise scheduled payment just didn't go out and now I've got a late fee from my landlord
the app says 'something went wrong' and that's literally all it ever says
@OakleafBank I was kept on hold 2 hrs to be told I need to visit a branch. which you closed
my refund from the shop shows as 'sent' on their end but @MintPay says nothing's there
@CoinVault fees are not what your website says. 3.9% instead of 1%
please stop moving the buttons around in the app. my dad can't find anything now
@ArdenCredit the minimum payment on my statement is wrong. I've checked it twice
@OakleafBank I've been a customer 20 years and you're treating me like a criminal over a £3k
   transfer
so the cheque I paid in has 'disappeared'. there's no other word for it
@Pennywise you sent my new card to my old address even though I updated it in the app
@MintPay refund of £89 taken back out of my account 2 days after it arrived. why?
direct debit to my gym cancelled by your system, now I owe them fees. @OakleafBank
@ArdenCredit I made the payment on the due date and still got a late payment marker. on my
   credit file!
the ATM ate my card and the bank says they can't see any record of it
@CoinVault can't contact a single human being. not by phone, not by email, nothing
@OakleafBank interest rate dropped on my savings, nobody told me. found it in the small print
I asked to close my account 3 times. it's still open. @Pennywise
@MintPay fraud flagged my own top up. then blocked me for 'suspicious behaviour'
why does a £5 cash withdrawal at a different bank's ATM cost me £2.50?
@OakleafBank my business account has been 'under review' for 6 weeks. I can't pay my staff
the budgeting feature puts my rent under 'entertainment' lol
@ArdenCredit your 'paperless' switch means I didn't get any statements and missed a payment
@Pennywise half my transactions are missing from the app and the balance doesn't add up
hi, hate to bother you but I'm really worried, a payment I didn't make is pending for £1,100
@MintPay charged in euros, shown in pounds, converted twice. I lost about £30
@OakleafBank the new card reader needs a card I don't have anymore
three phone calls, three different people, three different answers about whether my loan is
   approved
@CoinVault your email says 'verified', your app says 'not verified'
@Pennywise I'm self employed and you froze my account for 'unusual income'. it's my income
bank transfer to my landlord bounced. money gone from my account, not in his. @OakleafBank
still no response to my complaint. 8 weeks. the deadline has passed.
@ArdenCredit the balance transfer fee was meant to be 0%. it was charged at 3%
my joint account holder was removed without my consent
@MintPay the 'split the bill' feature sent my friend the whole bill lol
@OakleafBank your anti fraud questions ask me about payments from 2 years ago. how would I know
cashback I was promised on signing up never arrived
@Pennywise app won't let me log in on my new phone, and I need the old phone to confirm, which
   is broken
@SafeHaven home insurance claim after the leak: 7 weeks, 3 assessors, no decision
@ShieldCover renewal price went up 61% with no claims. new customer price is half that
@SafeHaven they rejected my claim for a 'pre-existing' issue on a house I've owned 2 months
@Guardline car insurance: I cancelled, you kept taking the payments. 4 months
@ShieldCover the loss adjuster was rude and made me feel like I was lying about the burglary
@SafeHaven the online claim form crashes at the upload step. I've tried 4 browsers
@Guardline my windscreen claim: 'repair in 3 days'. it's week 3 and I'm driving with a crack
@ShieldCover I'm paying for a 'courtesy car' and was told there are none available in my area
@TravelSure travel insurance won't pay because I didn't get a police report for a lost bag. there
   are no police at a baggage carousel
@SafeHaven I've sent the same photos of the ceiling damage 5 times now
@Guardline the auto renewal took £720 without even emailing me the new quote
@PetPledge they refused to cover my dog's surgery because of a limp she had as a puppy. 6 yrs ago
@ShieldCover 14 weeks to settle a straightforward car claim. the other driver admitted liability
@TravelSure hold music for 55 min, then 'please call back during opening hours'. it was 2pm
@SafeHaven the builder you sent made the damage worse and left
@PetPledge premiums up from £28 to £71 a month. she's the same dog
@Guardline your policy documents say one excess, the claim letter says another
@ShieldCover your 'we'll call you within 24 hrs' - it's been 4 days
@TravelSure emergency line abroad wasn't answering. we paid for a hospital visit ourselves
@SafeHaven we've been out of our house for 5 months and you keep asking for the same quotes
@PetPledge claim rejected because the vet's form was 'incomplete'. the vet says it isn't
@Guardline called to update my address and now I'm paying £90 more. I moved 2 streets
@OakleafBank I don't understand why I can't speak to someone in a branch about my own account
why does the bank charge me to get a copy of my own statement
@MintPay my account was deactivated with £1,400 in it. what happens to my money
@Pennywise no warning, no email, just 'card not active' at the petrol station
I pay my bills on time and you've just put a default on my credit file. @ArdenCredit explain
@CoinVault price shown was £412, executed at £438. the slippage is ridiculous
@OakleafBank the voice ID never recognises my voice so I'm stuck in the menu forever
the app asks for my memorable word, then tells me it's locked because I entered it wrong. I didn't
@Pennywise support said 'we'll email you'. 5 days. nothing in inbox or spam
my standing order to my daughter's uni fees was cancelled by mistake. she's been fined
@MintPay you changed your fees overnight and didn't tell anyone
@ArdenCredit I asked for a payment holiday and got put into collections
thanks @OakleafBank for sending my replacement card on the same day my old one expired. well timed
@SafeHaven after 10 years with you, our first ever claim gets handled like this
@ShieldCover the comparison site price and your final price don't match. £140 difference
@Guardline the app wouldn't let me make a claim, the phone line's closed on sundays, and the
   accident was on sunday
@OakleafBank mortgage offer expired while your underwriters sat on my application for 6 weeks
@CoinVault why is my 2FA reset taking 3 weeks?
I'm going to lose the house purchase because the transfer is 'held for checks'. please call me
@MintPay my friend's payment to me was returned 'for compliance'. we're splitting a pizza
@Pennywise 'Your account has been restricted'. why? no explanation. I need my money
@OakleafBank the overdraft I applied for was approved and then removed a week later
@ArdenCredit the letters I get say I owe £0 and then a collection agency calls me
@SafeHaven insurance assessor no-showed. we took a day off work for him
@PetPledge reimbursement took 11 weeks. vet bill was £2,300. I had to borrow from family
still can't see my statements from before 2022 in the app. I need them for my mortgage
@OakleafBank branch staff were great but head office has lost my documents twice
@MintPay can't change my phone number without access to my old phone number. which I don't have
@TravelSure your claim form asks for the 'original receipt'. it was in the bag that was stolen
@Guardline I've been put on hold 9 times in one call. not exaggerating. I counted
the card I ordered in green arrived in pink and it's 'not possible to change'. small thing but
   annoying
@Pennywise please reply. I can't pay for my prescription. the card just says declined
@CoinVault you've had my ID docs since march. stop asking me to upload them again
@OakleafBank 'we've updated our terms' email that's 44 pages long. what changed? just tell me
honestly @ShieldCover your claim process is designed to make people give up
my pension transfer has been stuck for 4 months and nobody can tell me where it is
@ArdenCredit charged an annual fee on a card advertised as 'no annual fee'
the bank's online form won't accept my postcode. it's a real postcode. I live here
@MintPay your app charged me for premium after I cancelled the trial on day 3
@SafeHaven why did you send my claim to a contractor 80 miles away?
@OakleafBank someone set up a direct debit on my account and you let it go through
@Pennywise I can't download my statement as a pdf. the button does nothing
@Guardline I was told my no claims bonus would be protected. it wasn't.
@TravelSure covid cover 'included'. claim rejected under exclusions. which is it
please can I just talk to a human at @CoinVault. I don't want to talk to Vaulty the bot
@OakleafBank my bank card stopped working abroad at 11pm with a taxi waiting. good times
apparently I'm 'not eligible' for the switching bonus because I switched. ok
@ArdenCredit sent me a new card with a new number without warning. all my subscriptions failed
@MintPay I get a 'verification required' pop up every single time I open the app
@SafeHaven the surveyor said the damage was covered. the claims team said it isn't. sort it out
@ShieldCover you took the first payment twice. I'd like the extra £64 back please
@Pennywise the overdraft interest rate doubled and the only notice was an in-app banner
@PetPledge 'routine' dental is excluded. the vet says it's not routine. you never read the vet
   notes
"""
)
