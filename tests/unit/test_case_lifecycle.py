"""The recovery case state machine, contact attempts, reopening and the ``cases`` policy section."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from amends.domain.cases import (
    ACTIVE_STATUSES,
    TRANSITIONS,
    AttemptOutcome,
    CaseAction,
    CaseStatus,
    StatusCategory,
    after_attempt,
    allowed_actions,
    assignment_action,
    change_status,
    should_reopen,
    transition,
)
from amends.errors import IllegalTransition
from amends.policy.cases import (
    CasesSection,
    auto_close_due,
    case_reference,
    parse_case_reference,
    status_label,
)

S, A = CaseStatus, CaseAction
NOW = datetime(2024, 11, 25, 15, 0, tzinfo=UTC)
FAILURES = [o for o in AttemptOutcome if o is not AttemptOutcome.REACHED]

# Written out by hand, independently of TRANSITIONS, so a slip in either shows up here.
LEGAL: list[tuple[CaseStatus, CaseAction, CaseStatus]] = [
    (S.OPEN, A.ASSIGN, S.ASSIGNED),
    (S.OPEN, A.CLOSE, S.CLOSED),
    (S.ASSIGNED, A.REASSIGN, S.ASSIGNED),
    (S.ASSIGNED, A.START_CONTACT, S.CONTACTING),
    (S.ASSIGNED, A.START_WORK, S.IN_PROGRESS),
    (S.ASSIGNED, A.CLOSE, S.CLOSED),
    (S.ASSIGNED, A.MARK_UNREACHABLE, S.UNREACHABLE),
    (S.CONTACTING, A.REASSIGN, S.CONTACTING),
    (S.CONTACTING, A.START_WORK, S.IN_PROGRESS),
    (S.CONTACTING, A.CLOSE, S.CLOSED),
    (S.CONTACTING, A.MARK_UNREACHABLE, S.UNREACHABLE),
    (S.IN_PROGRESS, A.REASSIGN, S.IN_PROGRESS),
    (S.IN_PROGRESS, A.WAIT_ON_CUSTOMER, S.WAITING_ON_CUSTOMER),
    (S.IN_PROGRESS, A.RESOLVE, S.RESOLVED),
    (S.IN_PROGRESS, A.CLOSE, S.CLOSED),
    (S.IN_PROGRESS, A.MARK_UNREACHABLE, S.UNREACHABLE),
    (S.WAITING_ON_CUSTOMER, A.REASSIGN, S.WAITING_ON_CUSTOMER),
    (S.WAITING_ON_CUSTOMER, A.RESUME, S.IN_PROGRESS),
    (S.WAITING_ON_CUSTOMER, A.RESOLVE, S.RESOLVED),
    (S.WAITING_ON_CUSTOMER, A.CLOSE, S.CLOSED),
    (S.WAITING_ON_CUSTOMER, A.MARK_UNREACHABLE, S.UNREACHABLE),
    (S.RESOLVED, A.START_FOLLOW_UP, S.FOLLOW_UP),
    (S.RESOLVED, A.CLOSE, S.CLOSED),
    (S.RESOLVED, A.REOPEN, S.OPEN),
    (S.FOLLOW_UP, A.CLOSE, S.CLOSED),
    (S.FOLLOW_UP, A.REOPEN, S.OPEN),
    (S.CLOSED, A.REOPEN, S.OPEN),
    (S.UNREACHABLE, A.REOPEN, S.OPEN),
]
LEGAL_PAIRS = {(status, action) for status, action, _ in LEGAL}
ILLEGAL = [(s, a) for s in CaseStatus for a in CaseAction if (s, a) not in LEGAL_PAIRS]


@pytest.mark.parametrize(("status", "action", "target"), LEGAL)
def test_each_legal_transition_reaches_its_status(
    status: CaseStatus, action: CaseAction, target: CaseStatus
) -> None:
    assert transition(status, action) is target


def test_the_table_holds_exactly_the_legal_transitions() -> None:
    table = {(s, a, t) for s, moves in TRANSITIONS.items() for a, t in moves.items()}
    assert table == set(LEGAL)


@pytest.mark.parametrize(("status", "action"), ILLEGAL)
def test_each_illegal_transition_is_refused_naming_what_is_allowed(
    status: CaseStatus, action: CaseAction
) -> None:
    with pytest.raises(IllegalTransition) as raised:
        transition(status, action)
    allowed = [a.value for a in allowed_actions(status)]
    assert raised.value.details == {"status": status.value, "action": action, "allowed": allowed}
    assert raised.value.message.endswith(f"you can: {', '.join(allowed)}")
    assert raised.value.code == "illegal_transition"


def test_the_refusal_reads_as_a_sentence() -> None:
    with pytest.raises(IllegalTransition) as raised:
        transition(S.RESOLVED, A.ASSIGN)
    assert raised.value.message == (
        "a case that is resolved cannot be assigned; "
        "from resolved you can: start_follow_up, close, reopen"
    )


@given(st.sampled_from(CaseStatus), st.sampled_from(CaseAction), st.booleans())
def test_a_transition_returns_a_status_or_refuses_and_nothing_else(
    status: CaseStatus, action: CaseAction, has_assignee: bool
) -> None:
    refused: IllegalTransition | None = None
    try:
        target = transition(status, action, has_assignee=has_assignee)
    except IllegalTransition as error:
        refused = error
    if refused is not None:
        assert action not in allowed_actions(status)
        assert refused.details["allowed"] == [a.value for a in allowed_actions(status)]
        return
    assert action in allowed_actions(status)
    assert isinstance(target, CaseStatus)
    _assert_categories_agree(status, action, target)


def _assert_categories_agree(status: CaseStatus, action: CaseAction, target: CaseStatus) -> None:
    expected = {
        A.REASSIGN: status.category,
        A.WAIT_ON_CUSTOMER: StatusCategory.WAITING,
        A.RESOLVE: StatusCategory.RESOLVED,
        A.START_FOLLOW_UP: StatusCategory.RESOLVED,
        A.CLOSE: StatusCategory.CLOSED,
        A.MARK_UNREACHABLE: StatusCategory.CLOSED,
        A.REOPEN: StatusCategory.OPEN,
    }.get(action, StatusCategory.OPEN)
    assert target.category is expected
    if action is A.REASSIGN:
        assert target is status


def test_every_status_has_a_way_onward() -> None:
    assert all(allowed_actions(status) for status in CaseStatus)


def test_only_open_and_waiting_cases_count_as_active_and_only_waiting_pauses_the_clock() -> None:
    assert {s for s in CaseStatus if s.is_active} == ACTIVE_STATUSES
    assert {
        S.OPEN,
        S.ASSIGNED,
        S.CONTACTING,
        S.IN_PROGRESS,
        S.WAITING_ON_CUSTOMER,
    } == ACTIVE_STATUSES
    assert [s for s in CaseStatus if s.clock_paused] == [S.WAITING_ON_CUSTOMER]


def test_unreachable_is_an_outcome_of_its_own_in_the_closed_category() -> None:
    assert S.UNREACHABLE.value == "unreachable"
    assert S.UNREACHABLE.category is StatusCategory.CLOSED
    assert S.FOLLOW_UP.category is StatusCategory.RESOLVED


@pytest.mark.parametrize("status", [S.RESOLVED, S.FOLLOW_UP, S.CLOSED, S.UNREACHABLE])
def test_a_reopened_case_goes_back_to_its_owner_when_it_has_one(status: CaseStatus) -> None:
    assert transition(status, A.REOPEN, has_assignee=True) is S.ASSIGNED
    assert transition(status, A.REOPEN, has_assignee=False) is S.OPEN


def test_manual_reassignment_assigns_an_unowned_case_and_reassigns_an_owned_one() -> None:
    assert assignment_action(S.OPEN) is A.ASSIGN
    assert all(assignment_action(s) is A.REASSIGN for s in ACTIVE_STATUSES - {S.OPEN})


def test_a_status_change_is_recorded_with_who_when_and_why() -> None:
    change = change_status(S.IN_PROGRESS, A.RESOLVE, at=NOW, by="ana", note="refund sent")
    assert (change.from_status, change.to_status, change.action) == (
        S.IN_PROGRESS,
        S.RESOLVED,
        A.RESOLVE,
    )
    assert (change.at, change.by, change.note) == (NOW, "ana", "refund sent")


def test_a_status_change_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="naive"):
        change_status(S.OPEN, A.ASSIGN, at=datetime(2024, 11, 25, 15), by=None)


# Contact attempts


@pytest.mark.parametrize("status", [S.ASSIGNED, S.CONTACTING, S.IN_PROGRESS, S.WAITING_ON_CUSTOMER])
def test_reaching_the_customer_puts_the_case_in_progress_and_resets_the_count(
    status: CaseStatus,
) -> None:
    result = after_attempt(status, AttemptOutcome.REACHED, failed_before=2, max_failed=3)
    assert (result.status, result.failed_attempts, result.became_unreachable) == (
        S.IN_PROGRESS,
        0,
        False,
    )


@pytest.mark.parametrize("outcome", FAILURES)
def test_a_first_failed_attempt_on_an_assigned_case_starts_contacting(
    outcome: AttemptOutcome,
) -> None:
    result = after_attempt(S.ASSIGNED, outcome, failed_before=0, max_failed=3)
    assert (result.status, result.failed_attempts, result.action) == (
        S.CONTACTING,
        1,
        A.START_CONTACT,
    )


@pytest.mark.parametrize("outcome", FAILURES)
def test_the_case_becomes_unreachable_after_the_last_allowed_failure(
    outcome: AttemptOutcome,
) -> None:
    status, failed = S.ASSIGNED, 0
    for _ in range(2):
        result = after_attempt(status, AttemptOutcome.NO_ANSWER, failed_before=failed, max_failed=3)
        status, failed = result.status, result.failed_attempts
        assert not result.became_unreachable
    last = after_attempt(status, outcome, failed_before=failed, max_failed=3)
    assert (last.status, last.failed_attempts, last.became_unreachable) == (S.UNREACHABLE, 3, True)
    assert last.action is A.MARK_UNREACHABLE


def test_one_allowed_failure_makes_the_first_wrong_number_final() -> None:
    result = after_attempt(S.ASSIGNED, AttemptOutcome.WRONG_NUMBER, failed_before=0, max_failed=1)
    assert result.became_unreachable


def test_a_failed_attempt_on_a_waiting_case_keeps_it_waiting() -> None:
    result = after_attempt(
        S.WAITING_ON_CUSTOMER, AttemptOutcome.LEFT_MESSAGE, failed_before=0, max_failed=3
    )
    assert (result.status, result.failed_attempts, result.action) == (
        S.WAITING_ON_CUSTOMER,
        1,
        None,
    )


@pytest.mark.parametrize("status", [S.OPEN, S.RESOLVED, S.FOLLOW_UP, S.CLOSED, S.UNREACHABLE])
def test_attempts_on_an_unowned_or_finished_case_are_refused(status: CaseStatus) -> None:
    with pytest.raises(IllegalTransition) as raised:
        after_attempt(status, AttemptOutcome.REACHED, failed_before=0, max_failed=3)
    assert raised.value.details["action"] == "record_attempt"


@given(
    st.sampled_from(sorted(ACTIVE_STATUSES - {S.OPEN})),
    st.sampled_from(AttemptOutcome),
    st.integers(0, 10),
    st.integers(1, 10),
)
def test_an_attempt_moves_the_case_only_as_the_state_machine_allows(
    status: CaseStatus, outcome: AttemptOutcome, failed_before: int, max_failed: int
) -> None:
    result = after_attempt(status, outcome, failed_before=failed_before, max_failed=max_failed)
    if result.action is None:
        assert result.status is status
    else:
        assert transition(status, result.action) is result.status
    assert result.became_unreachable == (result.status is S.UNREACHABLE)
    assert result.became_unreachable == (result.failed_attempts >= max_failed)


def test_attempt_counts_must_make_sense() -> None:
    with pytest.raises(ValueError, match="attempt counts"):
        after_attempt(S.ASSIGNED, AttemptOutcome.NO_ANSWER, failed_before=0, max_failed=0)


# Reopening on new negative feedback

WINDOW = timedelta(days=30)


def _reopens(status: CaseStatus, **overrides: Any) -> bool:
    arguments: dict[str, Any] = {
        "feedback_is_negative": True,
        "closed_at": NOW - timedelta(days=3),
        "now": NOW,
        "reopen_within": WINDOW,
    } | overrides
    return should_reopen(status, **arguments)


@pytest.mark.parametrize("status", [S.RESOLVED, S.FOLLOW_UP, S.CLOSED, S.UNREACHABLE])
def test_negative_feedback_within_the_window_reopens_a_finished_case(status: CaseStatus) -> None:
    assert _reopens(status)


def test_negative_feedback_on_the_last_day_of_the_window_still_reopens() -> None:
    assert _reopens(S.CLOSED, closed_at=NOW - WINDOW)
    assert not _reopens(S.CLOSED, closed_at=NOW - WINDOW - timedelta(seconds=1))


def test_feedback_that_is_not_negative_reopens_nothing() -> None:
    assert not _reopens(S.CLOSED, feedback_is_negative=False)


@pytest.mark.parametrize("status", sorted(ACTIVE_STATUSES))
def test_an_active_case_is_never_reopened_because_feedback_attaches_to_it(
    status: CaseStatus,
) -> None:
    assert not _reopens(status)


def test_a_zero_window_switches_reopening_off() -> None:
    assert not _reopens(S.CLOSED, closed_at=NOW, reopen_within=timedelta())


# The ``cases`` policy section (mirrors /tmp/act_yaml/cases.yaml)

FRAGMENT: dict[str, Any] = {
    "status_labels": {"waiting_on_customer": "Waiting on customer", "follow_up": "Following up"},
    "reopen_within": "30d",
    "auto_close_after_follow_up": "7d",
    "reference_prefix": "C-",
    "reference_digits": 5,
}


def test_the_default_fragment_reads_as_the_defaults() -> None:
    assert CasesSection.model_validate(FRAGMENT) == CasesSection()


def test_relabelling_one_status_keeps_the_other_labels() -> None:
    section = CasesSection.model_validate({"status_labels": {"open": "New"}})
    assert status_label(S.OPEN, section) == "New"
    assert status_label(S.UNREACHABLE, section) == "Unreachable"


def test_a_label_for_an_unknown_status_is_refused_with_the_statuses_listed() -> None:
    with pytest.raises(ValidationError, match="'pending' is not a case status; the statuses are"):
        CasesSection.model_validate({"status_labels": {"pending": "Pending"}})


def test_two_statuses_with_one_label_are_refused() -> None:
    with pytest.raises(ValidationError, match="both have the label 'Done'"):
        CasesSection.model_validate({"status_labels": {"closed": "Done", "resolved": "done"}})


@pytest.mark.parametrize("prefix", ["", "1-", "CASE NUMBER-", "C#"])
def test_an_unreadable_reference_prefix_is_refused(prefix: str) -> None:
    with pytest.raises(ValidationError, match="reference_prefix"):
        CasesSection.model_validate({"reference_prefix": prefix})


def test_a_case_reference_is_written_and_read_back() -> None:
    section = CasesSection()
    assert case_reference(42, section) == "C-00042"
    assert parse_case_reference("C-00042", section) == 42
    assert parse_case_reference(" c-42 ", section) == 42
    assert parse_case_reference("42", section) == 42
    assert parse_case_reference("C-forty", section) is None
    assert parse_case_reference("X-42", section) is None


def test_a_follow_up_case_closes_by_itself_once_the_wait_is_over() -> None:
    section = CasesSection()
    since = NOW - timedelta(days=7)
    assert auto_close_due(S.FOLLOW_UP, follow_up_since=since, now=NOW, section=section)
    assert not auto_close_due(
        S.FOLLOW_UP, follow_up_since=since + timedelta(minutes=1), now=NOW, section=section
    )
    assert not auto_close_due(S.RESOLVED, follow_up_since=since, now=NOW, section=section)
