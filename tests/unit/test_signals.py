"""Signals: what a resolution agent would act on, found by rules that understand negation, with the
exact words that prove each one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amends.analysis.lexicon_anchors import DIGIT, anchors_of
from amends.analysis.lexicon_catalog import CATALOG, SIGNAL_LEXICONS
from amends.analysis.lexicon_engine import prepare
from amends.analysis.lexicon_negation import clause_before, is_negated, sentence_before
from amends.analysis.signals import SIGNALS, detect_signals
from tests.unit.signal_phrasing import FAMILIES, LOOKALIKES

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


@pytest.mark.parametrize(("signal", "text", "words"), _cases(POSITIVES) + _cases(FAMILIES))
def test_a_sentence_that_shows_the_signal_is_found_with_its_words(
    signal: str, text: str, words: str
) -> None:
    found = detect_signals(text)
    assert signal in found, text
    assert any(words.lower() in span.text.lower() for span in found[signal]), found[signal]


@pytest.mark.parametrize(
    ("signal", "text"),
    [(s, text) for table in (NEGATIVES, LOOKALIKES) for s, rows in table.items() for text in rows],
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


def test_a_very_long_text_is_read_correctly() -> None:
    text = "The weather was fine and the staff were kind. " * 2000 + "Please call me back."
    found = detect_signals(text)
    assert [span.start for span in found["follow_up_requested"]] == [text.index("call me back")]


def test_the_same_text_always_gives_the_same_answer() -> None:
    text = "Promised a callback, never came. Third time asking. Cancelling my account."
    first = detect_signals(text)
    prepare.cache_clear()
    assert detect_signals(text) == first == detect_signals(str(text))


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
        ("My plan is not to sue anyone", "sue"),
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
        ("If this can't be resolved my next step is to sue", "sue"),
    ],
)
def test_a_negator_in_another_clause_or_a_rhetorical_question_does_not(
    text: str, trigger: str
) -> None:
    assert not _negated(text, trigger)


def test_a_clause_starts_after_the_last_boundary() -> None:
    text = "It broke, but I will not cancel"
    assert clause_before(text, text.index("cancel")) == " I will not "


def test_the_point_and_comma_inside_an_amount_end_no_clause_or_sentence() -> None:
    text = "They did not refund the {$1,700.50} fee"
    assert clause_before(text, text.index("fee")) == "They did not refund the {$1,700.50} "
    text = "I paid {$12.50} twice"
    assert sentence_before(text, text.index("twice")) == "I paid {$12.50} "
    text = "It broke.I will not cancel"
    assert clause_before(text, text.index("cancel")) == "I will not "


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


def test_every_signal_has_families_of_real_phrasing_both_ways() -> None:
    assert set(FAMILIES) == set(SIGNALS) == set(LOOKALIKES)


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
