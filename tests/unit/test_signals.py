"""Signals: what a resolution agent would act on, found by rules that understand negation, with the
exact words that prove each one."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amends.analysis.lexicon_anchors import DIGIT, anchors_of
from amends.analysis.lexicon_catalog import CATALOG, SIGNAL_LEXICONS
from amends.analysis.lexicon_engine import prepare
from amends.analysis.lexicon_negation import clause_before, is_negated
from amends.analysis.signals import SIGNALS, detect_signals

# --- positives and negatives, per signal ---------------------------------------------------------

POSITIVES: dict[str, list[tuple[str, str]]] = {
    "follow_up_requested": [
        ("Please call me back on 07700 900123 before 5pm.", "call me back"),
        ("pls dm me, I have the booking ref ready", "dm me"),
        ("Can someone get back to me about the refund?", "get back to me"),
        ("I want to speak to a manager about this today.", "speak to a manager"),
        ("Could you have someone call me tomorrow morning?", "have someone call me"),
        ("Email me the receipt please, my order is 5521.", "Email me"),
        ("I'd appreciate a phone call rather than another form letter.", "appreciate a phone call"),
        ("Don't hesitate to ring me, I'm home all day.", "ring me"),
        ("Why don\u2019t you call me instead of sending emails?", "call me"),
        (
            "Is there a real person I can talk to? I need to speak with a human.",
            "speak with a human",
        ),
    ],
    "churn_threat": [
        ("I'm cancelling my subscription today.", "I'm cancelling my subscription"),
        ("Fix this or I will close my account.", "close my account"),
        ("Switching to another bank first thing on Monday.", "Switching to another bank"),
        ("You've lost a loyal customer.", "lost a loyal customer"),
        ("I will never fly with you again.", "never fly with you again"),
        ("Tell me why I shouldn't take my business elsewhere.", "take my business elsewhere"),
        ("Honestly I'm done with you people.", "done with you"),
        ("Third outage this month, thinking of switching tbh", "thinking of switching"),
        ("Not happy, I'm cancelling my membership.", "cancelling my membership"),
        ("If this is not fixed by Friday I'm cancelling.", "I'm cancelling"),
    ],
    "public_escalation_threat": [
        ("Expect a 1-star review on Google tonight.", "1-star review"),
        ("I'm reporting you to the Better Business Bureau.", "Better Business Bureau"),
        ("My lawyer will be in touch.", "lawyer"),
        ("Next step is a complaint to the state attorney general.", "attorney general"),
        ("I'll be telling everyone I know about this.", "telling everyone"),
        ("Going to the local news with these photos.", "Going to the local news"),
        ("Happy to see you in small claims court.", "small claims"),
        ("I'm posting this on every forum I use so others know.", "so others know"),
        ("Filing a complaint with the DOT about the tarmac delay.", "DOT"),
    ],
    "repeat_contact": [
        ("This is the third time I've called about the same bill.", "third time I've called"),
        ("I have emailed you five times and nobody answers.", "emailed you five times"),
        ("Contacting you yet again about order 1182.", "yet again"),
        ("Still no response to my complaint from May.", "Still no response"),
        ("Every time I call I get a different answer.", "Every time I call"),
        ("this is my 3rd email about the missing parcel", "my 3rd email"),
        ("Writing for the second time about my refund.", "for the second time"),
        ("I keep chasing and the ticket keeps getting closed.", "keep chasing"),
    ],
    "long_wait": [
        ("I was on hold for 45 minutes before anyone answered.", "on hold for 45 minutes"),
        ("Sat on the tarmac for 3 hours with no water.", "Sat on the tarmac for 3 hours"),
        ("Still waiting for the engineer to turn up.", "Still waiting"),
        ("2 hours on hold and then the line went dead.", "2 hours on hold"),
        ("Flight delayed 5 hours, no explanation.", "delayed 5 hours"),
        ("Huge queues at the bag drop again.", "Huge queues"),
        ("The callback took forever to come.", "took forever"),
        ("Weeks without a reply to my letter.", "Weeks without a reply"),
    ],
    "transferred": [
        ("I was transferred 4 times and nobody could help.", "transferred 4 times"),
        ("They kept passing me around between departments.", "passing me around"),
        ("Bounced between billing and sales all afternoon.", "Bounced between billing and sales"),
        ("Each person told me to call someone else.", "told me to call someone else"),
        ("Spoke to three different agents in one call.", "three different agents"),
        ("Got passed from one department to another for an hour.", "passed from one department"),
        ("Five transfers and still not sorted.", "Five transfers"),
    ],
    "broken_promise": [
        ("You promised a refund within 5 days but it never came.", "promised a refund"),
        ("The agent said someone would call me back. Nobody did.", "Nobody did"),
        ("Nobody called me back after the visit.", "Nobody called me back"),
        ("Still haven't received the refund you promised.", "you promised"),
        ("The technician was supposed to come Tuesday but never showed.", "never showed"),
        ("The refund I was promised is nowhere to be seen.", "The refund I was promised"),
        ("I was told it would be fixed by Friday. Still nothing.", "Still nothing"),
        ("The engineer didn't show up on Monday.", "didn't show"),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "follow_up_requested": [
        "I called you yesterday about my bill.",
        "I DMed you the booking reference.",
        "No need to call me, an email is fine.",
        "Please don't call me at work.",
        "They said someone would call me back on Monday.",
        "Call me crazy, but I expected better.",
        "Thanks, all sorted now.",
    ],
    "churn_threat": [
        "I don't want to cancel my account, just fix the bill.",
        "I'm not going to cancel, I love the service.",
        "My flight was Cancelled Flightled again this morning.",
        "You cancelled my flight without telling me.",
        "How do I cancel my subscription?",
        "I'm not leaving, I just want an answer.",
        "I cancelled my plan last month and you still charged me.",
        "Please cancel my order, it's late.",
        "I want to switch my seat to an aisle.",
    ],
    "public_escalation_threat": [
        "I won't post a review, I just want it fixed.",
        "I'm not going to sue anyone.",
        "Your review of my case was quick, thanks.",
        "Sue at the front desk was lovely.",
        "Is there any news on my refund?",
        "I gave power of attorney to my daughter for the account.",
        "Found you on Google and booked straight away.",
        "Next step is a complaint to the CFPB.",
    ],
    "repeat_contact": [
        "My second time flying with you and it was great.",
        "I was charged twice for one order.",
        "First time calling, quick question about fees.",
        "I received three emails confirming my booking.",
        "Thank you once again for the help.",
        "Loved it, will order again!",
    ],
    "long_wait": [
        "I was only on hold for 2 minutes, great service.",
        "Delivery took 2 days as promised.",
        "No waiting at all today.",
        "I haven't been waiting long, no rush.",
        "Waiting to hear back.",
        "The queue moved quickly.",
    ],
    "transferred": [
        "Sorted without being transferred, thank you.",
        "I transferred money to my savings account.",
        "Dev passed on my thanks to the team.",
        "The first agent fixed everything.",
        "Please transfer me to an aisle seat.",
        "Can my points be transferred to my wife's account?",
    ],
    "broken_promise": [
        "As promised, the refund arrived on Friday.",
        "They never promised a refund.",
        "The parcel came 2 days past the promised date.",
        "She said the refund would take 5 days and it did.",
        "Engineer came on time and fixed it.",
        "Glad to be home; others didn't get back because of the weather.",
    ],
}


def _cases(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(signal, text, words) for signal, rows in table.items() for text, words in rows]


def test_signals_are_the_seven_named_in_the_contract() -> None:
    assert SIGNALS == (
        "follow_up_requested",
        "churn_threat",
        "public_escalation_threat",
        "repeat_contact",
        "long_wait",
        "transferred",
        "broken_promise",
    )
    assert tuple(lexicon.name for lexicon in SIGNAL_LEXICONS) == SIGNALS


def test_every_signal_has_six_positive_and_six_negative_sentences() -> None:
    assert all(len(POSITIVES[signal]) >= 6 for signal in SIGNALS)
    assert all(len(NEGATIVES[signal]) >= 6 for signal in SIGNALS)


@pytest.mark.parametrize(("signal", "text", "words"), _cases(POSITIVES))
def test_a_sentence_that_shows_the_signal_is_found_with_its_words(
    signal: str, text: str, words: str
) -> None:
    found = detect_signals(text)
    assert signal in found, text
    assert any(words.lower() in span.text.lower() for span in found[signal]), found[signal]


@pytest.mark.parametrize(
    ("signal", "text"), [(signal, text) for signal, rows in NEGATIVES.items() for text in rows]
)
def test_a_sentence_that_only_looks_like_the_signal_is_not_found(signal: str, text: str) -> None:
    assert signal not in detect_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much, the team was brilliant and fixed it in minutes!",
        "What time does the Heathrow lounge open?",
        "Can I add a second address to my account?",
        "Order arrived early and it fits perfectly.",
        "Loved the flight, see you next month.",
    ],
)
def test_neutral_and_happy_texts_show_no_signal(text: str) -> None:
    assert detect_signals(text) == {}


def test_only_present_signals_are_listed_and_none_with_an_empty_list() -> None:
    found = detect_signals("On hold for an hour, please call me back.")
    assert set(found) == {"long_wait", "follow_up_requested"}
    assert all(found.values())


# --- evidence ------------------------------------------------------------------------------------


def _offsets_hold(text: str) -> bool:
    return all(
        text[span.start : span.end] == span.text
        for spans in detect_signals(text).values()
        for span in spans
    )


TRIGGERS = [(signal, text) for signal, text, _ in _cases(POSITIVES) if text.endswith(".")]
_FILLER = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


@settings(max_examples=150, deadline=None)
@given(before=_FILLER, after=_FILLER, pick=st.integers(0, len(TRIGGERS) - 1))
def test_a_trigger_anywhere_in_random_text_is_found_at_exact_offsets(
    before: str, after: str, pick: int
) -> None:
    signal, trigger = TRIGGERS[pick]
    text = f"{before}\n{trigger}\n{after}"
    found = detect_signals(text)
    assert signal in found
    assert _offsets_hold(text)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=200))
def test_spans_always_point_into_the_original_text(text: str) -> None:
    assert _offsets_hold(text)


@settings(max_examples=100, deadline=None)
@given(before=_FILLER, after=_FILLER, pick=st.integers(0, len(TRIGGERS) - 1))
def test_the_shortcuts_agree_with_scanning_every_phrase_everywhere(
    before: str, after: str, pick: int
) -> None:
    text = f"{before} {TRIGGERS[pick][1]} {after}"
    prepared = prepare(text)
    for lexicon in CATALOG.lexicons:
        assert CATALOG.find(prepared, lexicon.name) == lexicon.find_the_slow_way(text)


def test_offsets_survive_characters_that_lower_casing_lengthens() -> None:
    text = "İİİ İstanbul: I was on hold for 45 minutes, please call me back."
    found = detect_signals(text)
    assert [s.text for s in found["long_wait"]] == ["on hold for 45 minutes"]
    assert [s.text for s in found["follow_up_requested"]] == ["call me back"]
    assert _offsets_hold(text)


def test_upper_case_and_curly_apostrophes_are_read_like_the_rest() -> None:
    found = detect_signals("I WON\u2019T BE FLYING WITH YOU AGAIN. CALL ME BACK!")
    assert found["churn_threat"][0].text == "WON\u2019T BE FLYING WITH YOU AGAIN"
    assert found["follow_up_requested"][0].text == "CALL ME BACK"


def test_texting_spellings_are_understood() -> None:
    found = detect_signals("plz dm me asap, 3rd time asking. u guys lost my bag")
    assert {"follow_up_requested", "repeat_contact"} <= set(found)


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "🙂🙂🙂", "👍", "\u200b"])
def test_empty_blank_and_emoji_texts_show_nothing(text: str) -> None:
    assert detect_signals(text) == {}


def test_a_very_long_text_is_read_quickly_and_correctly() -> None:
    text = "The weather was fine and the staff were kind. " * 2000 + "Please call me back."
    started = time.perf_counter()
    found = detect_signals(text)
    assert time.perf_counter() - started < 2.0
    assert [span.start for span in found["follow_up_requested"]] == [text.index("call me back")]


def test_the_same_text_always_gives_the_same_answer() -> None:
    text = "Promised a callback, never came. Third time asking. Cancelling my account."
    first = detect_signals(text)
    prepare.cache_clear()
    assert detect_signals(text) == first == detect_signals(str(text))


def test_a_tweet_takes_well_under_a_millisecond() -> None:
    texts = [
        f"@airline flight {n} delayed 3 hours, on hold 40 mins, pls call me" for n in range(300)
    ]
    detect_signals(texts[0])
    started = time.perf_counter()
    for text in texts:
        detect_signals(text)
    assert (time.perf_counter() - started) / len(texts) < 1e-3


# --- negation ------------------------------------------------------------------------------------


def _negated(text: str, trigger: str) -> bool:
    return is_negated(text, text.index(trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("I'm not going to cancel my account", "cancel"),
        ("No need to call me back", "call me"),
        ("I won't be posting a review", "posting"),
        ("I do not want to switch providers", "switch"),
        ("I don't think I'll cancel", "I'll cancel"),
        ("We never asked anyone to call us", "call us"),
    ],
)
def test_a_negator_shortly_before_a_trigger_negates_it(text: str, trigger: str) -> None:
    assert _negated(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nobody called me back, I'm cancelling", "I'm cancelling"),
        ("No refund so cancelling my account", "cancelling"),
        ("If this is not fixed I'm cancelling", "I'm cancelling"),
        ("Tell me why I shouldn't take my business elsewhere", "take my business"),
        ("Please don't hesitate to call me", "call me"),
        ("Not happy. Call me back", "Call me"),
        ("I can't say I have ever not wanted to be a loyal customer and switch", "switch"),
    ],
)
def test_a_negator_in_another_clause_or_a_rhetorical_question_does_not(
    text: str, trigger: str
) -> None:
    assert not _negated(text, trigger)


def test_a_clause_starts_after_the_last_boundary() -> None:
    text = "It broke, but I will not cancel"
    assert clause_before(text, text.index("cancel")) == " I will not "


def test_negation_words_that_are_the_evidence_do_not_cancel_it() -> None:
    found = detect_signals("Nobody called me back and still no answer.")
    assert {"broken_promise", "repeat_contact"} <= set(found)


# --- the lexicons themselves ---------------------------------------------------------------------


def test_no_phrase_keeps_an_unfilled_placeholder() -> None:
    leftovers = [
        group.at.pattern
        for lexicon in CATALOG.lexicons
        for group in lexicon.groups()
        if re.search(r"\{[A-Za-z_]", group.at.pattern)
    ]
    assert leftovers == []


def test_every_phrase_has_words_it_needs_so_no_phrase_runs_on_every_text() -> None:
    assert [lexicon.always_woken() for lexicon in CATALOG.lexicons] == [[]] * len(CATALOG.lexicons)


# --- pattern families found on real messages (sentences written for these tests) -----------------

FAMILIES: dict[str, list[tuple[str, str]]] = {
    "follow_up_requested": [
        ("Is anyone from your team going to reach out to me this week?", "reach out to me"),
        ("Not happy at all dm me to sort this.", "dm me"),
        ("I need a response to my complaint from last week.", "I need a response"),
        ("I asked for a supervisor and was put on hold for an hour.", "on hold"),
        ("The agent refused to transfer me to a manager.", "refused to transfer me to a manager"),
        ("Nobody will return my calls.", "Nobody will return my calls"),
        ("Still waiting for that callback from the store.", "Still waiting for that callback"),
        ("I can't get a call back from your baggage desk.", "can't get a call back"),
        ("Cust angry about fees; asked for supervisor; wants fix today.", "asked for supervisor"),
    ],
    "churn_threat": [
        ("I have since closed my account and moved my savings.", "closed my account"),
        ("I asked the rep to close my account on the phone.", "close my account"),
        ("I would like my account to be closed.", "account to be closed"),
        ("I am requesting that my loan be transferred to a different servicer.", "transferred to"),
        ("Never using this app again.", "Never using this app again"),
        ("Makes me want to never fly your airline.", "want to never fly"),
        ("Had trouble closing my account so I went to a different bank.", "a different bank"),
    ],
    "public_escalation_threat": [
        ("I have contacted my attorney about this.", "contacted my attorney"),
        ("I will pursue legal action if this is not fixed.", "pursue legal action"),
        ("Consider this my final notice before litigation.", "before litigation"),
        ("I filed a complaint with the state attorney general.", "attorney general"),
        ("Writing to my senator next.", "senator"),
        ("Lost my bag again @WSJ @nytimes", "@WSJ"),
        ("Spread the word, avoid this company.", "Spread the word"),
        ("Next stop is my bank and a chargeback.", "chargeback"),
    ],
    "repeat_contact": [
        ("I have already spoken to someone about this.", "already spoken"),
        ("Called them twice about the refund.", "Called them twice"),
        ("I sent another dispute letter last month.", "sent another dispute letter"),
        ("I have contacted the bureau about it, however nothing changed.", "however"),
        ("I resubmitted the documents.", "resubmitted"),
        ("My previous complaints were ignored.", "My previous complaints"),
        ("I have disputed this on several occasions.", "on several occasions"),
        ("I followed up with an email last week.", "followed up"),
        ("Never heard anything back.", "Never heard anything back"),
        ("I called on Monday. I emailed on Tuesday. I wrote to head office.", "I wrote"),
    ],
    "long_wait": [
        ("It's been over 30 days and no reply.", "It's been over 30 days"),
        ("Two weeks have gone by and nothing.", "Two weeks have gone by"),
        ("No internet for a week now.", "for a week now"),
        ("Power out going on 15 hours.", "going on 15 hours"),
        ("My bag has been missing since Thursday.", "missing since Thursday"),
        ("Still no refund.", "Still no"),
        ("I have yet to hear back.", "have yet to hear"),
        ("It takes them 90 days to respond to a letter.", "takes them 90 days to"),
        ("They have had 45 days to investigate.", "had 45 days to investigate"),
        ("My parcel is 5 days late.", "5 days late"),
        ("Been on hold with your help line again.", "on hold"),
        ("Stuck in Denver overnight.", "Stuck in"),
        ("I did not hear from them for weeks.", "for weeks"),
    ],
    "transferred": [
        ("The agent transferred me to the fraud team.", "transferred me to"),
        ("I was transferred to a Spanish line.", "I was transferred to"),
        ("She said let me transfer you to billing.", "let me transfer you"),
        ("I keep getting pushed around between departments.", "pushed around"),
        ("Each employee blamed the previous one.", "Each employee blamed"),
        ("I dealt with XXXX different account managers.", "XXXX different account managers"),
    ],
    "broken_promise": [
        ("I was promised a call back by Friday.", "I was promised"),
        ("Your agent assured me the refund had been issued.", "assured me"),
        ("Broken promises, again.", "Broken promises"),
        ("You've been promising a fix for months.", "been promising"),
        ("The bags were supposed to be delivered last night.", "were supposed to"),
        ("Please just deliver the bags like you said you would.", "like you said you would"),
        ("I was told it was resolved, but it still shows on my report.", "told it was resolved"),
        ("They charged me against my written instructions.", "against my written instructions"),
        ("The rep said the fee would be removed. I waited three weeks.", "I waited"),
        ("Where is the credit that never came?", "credit that never came"),
    ],
}

LOOKALIKES: dict[str, list[str]] = {
    "follow_up_requested": [
        "Should you need any further information, please contact me at the address above.",
        "Please respond to this request within 30 days.",
        "I revoke consent to contact me by phone.",
        "They continue to call me every day.",
        "I asked to speak to a supervisor, who then explained the fee.",
        "The collector refused to speak to me.",
        "The telephone menu has no option for this.",
        "I expect a reply promptly.",
    ],
    "churn_threat": [
        "PayPal closed my account without notice.",
        "They had to close my account after the review.",
        "The rep asked if I wanted to cancel the payment plan.",
        "I went to the bank to deposit a cheque.",
        "Synchrony has closed the account altogether.",
    ],
    "public_escalation_threat": [
        "The collection agency threatened to sue me.",
        "They said I would pay all attorney fees.",
        "I enclosed my police report and FTC identity theft report.",
        "Great read via @nytimes about airline fees.",
        "We are now being sued by the lender.",
        "The foreclosing attorney handles the sale.",
        "Why don't you let us have a legal department chat?",
    ],
    "repeat_contact": [
        "I have flown with you 10 times this year.",
        "Requested a new code twice and neither arrived.",
        "Setting up the app should not take three attempts.",
        "I called once and it was sorted.",
        "I called the bank and I asked about fees.",
        "I have already contacted a solicitor.",
        "Date of inquiry : XX/XX/XXXX Inquiries should be removed.",
    ],
    "long_wait": [
        "The account shows as 30, 60 and 90 days late.",
        "This has been our home since 2001.",
        "My account was put on hold by the bank.",
        "How long does delivery take?",
        "I have been a customer for five years now.",
    ],
    "transferred": [
        "My loan was transferred to another servicer.",
        "My car is being transferred to an auction house.",
        "The box had clearly been kicked around.",
        "I was connected to an agent within a minute.",
    ],
    "broken_promise": [
        "I promised my kids a trip.",
        "The delivery was 2 days later than promised.",
        "I was supposed to be on the 8pm flight.",
        "That's not guaranteed, they said.",
        "The parcel arrived on the promised day.",
    ],
}


def test_every_signal_has_families_of_real_phrasing_both_ways() -> None:
    assert set(FAMILIES) == set(SIGNALS) == set(LOOKALIKES)


@pytest.mark.parametrize(("signal", "text", "words"), _cases(FAMILIES))
def test_how_real_customers_say_it_is_found_with_its_words(
    signal: str, text: str, words: str
) -> None:
    found = detect_signals(text)
    assert signal in found, text
    assert any(words.lower() in span.text.lower() for span in found[signal]), found[signal]


@pytest.mark.parametrize(
    ("signal", "text"), [(signal, text) for signal, rows in LOOKALIKES.items() for text in rows]
)
def test_what_only_resembles_real_phrasing_is_not_found(signal: str, text: str) -> None:
    assert signal not in detect_signals(text)


def test_three_reported_contacts_are_a_repeat_but_two_are_not() -> None:
    two = "I called the bank in May. Then I wrote to them about the fee."
    three = two + " I emailed the branch as well."
    assert "repeat_contact" not in detect_signals(two)
    assert [span.text for span in detect_signals(three)["repeat_contact"]] == [
        "I called",
        "I wrote",
        "I emailed",
    ]


def test_a_negated_verdict_does_not_deny_what_follows() -> None:
    assert not _negated("Not happy dm me", "dm me")
    assert _negated("Please don't dm me", "dm me")


def test_a_digit_a_phrase_needs_is_one_of_its_anchors() -> None:
    assert anchors_of(r"[2-9]") == (frozenset({DIGIT}),)
    assert frozenset({DIGIT}) in (anchors_of(r"\d+ days late") or ())
    assert anchors_of(r"(?:[2-9]|two) times") is not None
