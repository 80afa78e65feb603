"""Identity resolution: which customer a row belongs to, by external id, then email, then phone."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from amends.domain.identity import CustomerIdentity, IdentityIndex, IdentityKeys, MatchedOn


def _customer(id_: int | None, **keys: str | None) -> CustomerIdentity:
    return CustomerIdentity(id=id_, **keys)


# --- matching, in order of trust ---------------------------------------------------------------


def test_external_id_match_wins_over_an_email_match() -> None:
    by_email = _customer(1, email="ann@example.com")
    by_number = _customer(2, external_id="C-7")
    index = IdentityIndex([by_email, by_number])

    resolution = index.resolve(IdentityKeys(external_id="C-7", email="ann@example.com"))

    assert resolution.customer is by_number
    assert resolution.matched_on is MatchedOn.EXTERNAL_ID


def test_email_match_joins_a_customer_without_an_external_id() -> None:
    ann = _customer(1, email="ann@example.com")
    index = IdentityIndex([ann])

    resolution = index.resolve(IdentityKeys(external_id="C-7", email="ann@example.com"))

    assert resolution.customer is ann
    assert resolution.matched_on is MatchedOn.EMAIL


def test_email_match_joins_a_customer_with_the_same_external_id() -> None:
    ann = _customer(1, external_id="C-7", email="ann@example.com")
    index = IdentityIndex([ann])

    resolution = index.resolve(IdentityKeys(email="ann@example.com"))

    assert resolution.customer is ann
    assert resolution.matched_on is MatchedOn.EMAIL


def test_email_match_never_joins_a_customer_with_another_external_id() -> None:
    parent = _customer(1, external_id="C-1", email="family@example.com")
    index = IdentityIndex([parent])

    resolution = index.resolve(IdentityKeys(external_id="C-2", email="family@example.com"))

    assert resolution.customer is not parent
    assert resolution.matched_on is MatchedOn.NEW
    assert resolution.customer.external_id == "C-2"
    assert resolution.customer.email == "family@example.com"
    assert parent.external_id == "C-1"
    assert not parent.changed
    assert index.created == [resolution.customer]


def test_phone_match_never_joins_a_customer_with_another_external_id() -> None:
    parent = _customer(1, external_id="C-1", phone="+14155550134")
    index = IdentityIndex([parent])

    resolution = index.resolve(IdentityKeys(external_id="C-2", phone="+14155550134"))

    assert resolution.matched_on is MatchedOn.NEW
    assert resolution.customer is not parent


def test_phone_is_tried_after_email() -> None:
    by_phone = _customer(1, phone="+14155550134")
    by_email = _customer(2, email="ann@example.com")
    index = IdentityIndex([by_phone, by_email])

    resolution = index.resolve(IdentityKeys(email="ann@example.com", phone="+14155550134"))

    assert resolution.customer is by_email
    assert resolution.matched_on is MatchedOn.EMAIL


def test_phone_matches_when_the_email_belongs_to_a_customer_with_another_external_id() -> None:
    other = _customer(1, external_id="C-1", email="family@example.com")
    ann = _customer(2, phone="+14155550134")
    index = IdentityIndex([other, ann])

    resolution = index.resolve(
        IdentityKeys(external_id="C-2", email="family@example.com", phone="+14155550134")
    )

    assert resolution.customer is ann
    assert resolution.matched_on is MatchedOn.PHONE
    assert ann.external_id == "C-2"


# --- filling gaps ------------------------------------------------------------------------------


def test_an_email_only_customer_gains_their_external_id_and_phone() -> None:
    ann = _customer(1, email="ann@example.com")
    index = IdentityIndex([ann])

    index.resolve(
        IdentityKeys(external_id="C-7", email="ann@example.com", phone="+14155550134"), name="Ann"
    )

    assert (ann.external_id, ann.phone, ann.name) == ("C-7", "+14155550134", "Ann")
    assert ann.changed
    assert index.resolve(IdentityKeys(external_id="C-7")).customer is ann
    assert index.resolve(IdentityKeys(phone="+14155550134")).customer is ann


def test_a_match_never_overwrites_what_the_customer_already_has() -> None:
    ann = _customer(1, external_id="C-7", email="ann@example.com", phone="+14155550134")
    ann.name = "Ann"
    index = IdentityIndex([ann])

    resolution = index.resolve(
        IdentityKeys(external_id="C-7", email="other@example.com", phone="+442079460958"),
        name="Someone else",
    )

    assert resolution.customer is ann
    assert (ann.email, ann.phone, ann.name) == ("ann@example.com", "+14155550134", "Ann")
    assert not ann.changed


def test_a_match_that_brings_nothing_new_leaves_the_customer_unchanged() -> None:
    ann = _customer(1, external_id="C-7", email="ann@example.com")
    index = IdentityIndex([ann])

    index.resolve(IdentityKeys(email="ann@example.com"))

    assert not ann.changed


# --- new customers -----------------------------------------------------------------------------


def test_unknown_keys_create_one_customer_however_many_rows_carry_them() -> None:
    index = IdentityIndex([])
    keys = IdentityKeys(external_id="C-9", email="new@example.com")

    first = index.resolve(keys, name="Nia")
    second = index.resolve(keys)
    by_email = index.resolve(IdentityKeys(email="new@example.com"))

    assert first.matched_on is MatchedOn.NEW
    assert first.customer.is_new
    assert first.customer.name == "Nia"
    assert second.customer is first.customer
    assert second.matched_on is MatchedOn.EXTERNAL_ID
    assert by_email.customer is first.customer
    assert index.created == [first.customer]


def test_a_pending_new_customer_gains_keys_from_later_rows_of_the_batch() -> None:
    index = IdentityIndex()

    created = index.resolve(IdentityKeys(email="new@example.com")).customer
    later = index.resolve(IdentityKeys(external_id="C-9", email="new@example.com"))

    assert later.customer is created
    assert created.external_id == "C-9"
    assert index.created == [created]


@pytest.mark.parametrize("order", [(1, 2), (2, 1)])
def test_when_two_known_customers_share_an_email_the_oldest_wins(order: tuple[int, int]) -> None:
    customers = {id_: _customer(id_, email="shared@example.com") for id_ in order}
    index = IdentityIndex([customers[id_] for id_ in order])

    resolution = index.resolve(IdentityKeys(email="shared@example.com"))

    assert resolution.customer is customers[1]


def test_empty_keys_cannot_be_resolved() -> None:
    index = IdentityIndex()

    with pytest.raises(ValueError, match="no customer id, email or phone"):
        index.resolve(IdentityKeys())
    assert index.created == []


def test_keys_are_falsy_only_when_all_are_missing() -> None:
    assert not IdentityKeys()
    assert IdentityKeys(phone="+14155550134")


# --- properties --------------------------------------------------------------------------------

_external_ids = st.none() | st.sampled_from(["C-1", "C-2", "C-3"])
_emails = st.none() | st.sampled_from(["a@example.com", "b@example.com"])
_phones = st.none() | st.sampled_from(["+14155550101", "+14155550102"])
_keys = st.builds(IdentityKeys, external_id=_external_ids, email=_emails, phone=_phones).filter(
    bool
)
_known = st.lists(
    st.builds(_customer, st.integers(1, 50), external_id=_external_ids, email=_emails),
    max_size=4,
    unique_by=lambda c: c.id,
)


def _resolve_all(index: IdentityIndex, batch: list[IdentityKeys]) -> list[CustomerIdentity]:
    return [index.resolve(keys).customer for keys in batch]


@given(known=_known, batch=st.lists(_keys, max_size=8))
def test_resolving_a_batch_never_creates_more_customers_than_distinct_key_sets(
    known: list[CustomerIdentity], batch: list[IdentityKeys]
) -> None:
    index = IdentityIndex(known)

    _resolve_all(index, batch)
    created_first = list(index.created)
    _resolve_all(index, batch)

    assert len(created_first) <= len(set(batch))
    assert index.created == created_first


# The smallest batch that breaks it: the second row reaches customer A by phone (its email, b,
# is not yet known, and A already has another email, so b is kept out of A's identity); the third
# row then creates customer B for email b. Resolved again, the second row goes to B by email.
_PHONE_THEN_EMAIL = [
    IdentityKeys(email="a@example.com", phone="+14155550101"),
    IdentityKeys(email="b@example.com", phone="+14155550101"),
    IdentityKeys(email="b@example.com"),
]


@pytest.mark.xfail(
    reason="known and documented (domain/identity.py): with conflicting keys, a row matched by "
    "phone whose email was kept out of identity resolves by email once a later row of the batch "
    "creates a customer for that email. Stored results are unaffected: stored rows are skipped "
    "before resolution.",
    raises=AssertionError,
    strict=True,
)
@given(known=_known, batch=st.lists(_keys, max_size=8))
@example(known=[], batch=_PHONE_THEN_EMAIL)
def test_resolving_a_batch_twice_gives_the_same_customers_the_second_time(
    known: list[CustomerIdentity], batch: list[IdentityKeys]
) -> None:
    index = IdentityIndex(known)

    first = _resolve_all(index, batch)
    second = _resolve_all(index, batch)

    assert all(a is b for a, b in zip(first, second, strict=True))


@given(
    known=_known,
    batch=st.lists(
        st.builds(IdentityKeys, external_id=_external_ids, email=_emails).filter(bool)
        | st.builds(IdentityKeys, external_id=_external_ids, phone=_phones).filter(bool),
        max_size=8,
    ),
)
def test_rows_with_an_email_or_a_phone_but_not_both_resolve_the_same_way_twice(
    known: list[CustomerIdentity], batch: list[IdentityKeys]
) -> None:
    index = IdentityIndex(known)

    first = _resolve_all(index, batch)
    second = _resolve_all(index, batch)

    assert all(a is b for a, b in zip(first, second, strict=True))


def test_a_shared_email_reaches_the_customer_it_is_compatible_with() -> None:
    numbered = CustomerIdentity(1, external_id="X", email="family@example.com")
    unnumbered = CustomerIdentity(2, email="family@example.com")
    index = IdentityIndex([numbered, unnumbered])

    resolution = index.resolve(IdentityKeys(external_id="Y", email="family@example.com"))

    assert resolution.customer is unnumbered
    assert resolution.matched_on is MatchedOn.EMAIL
    assert unnumbered.external_id == "Y"
