"""Read-side reports: stored rows in, the plain rows an insight computes on out.

``amends report fairness`` (and any other adapter) asks here for one row per case that was
granted remedies, then hands the rows to ``amends.insights.fairness``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal

from amends.domain.case_records import RemedyOffer
from amends.insights.fairness import FairnessReport, GrantedRemedy, LoudnessInputs, fairness_report
from amends.policy.facts import louder
from amends.policy.remedies import Severity
from amends.services.unit_of_work import UnitOfWork

NO_TOPIC = "(no topic)"


def granted_remedies(uow: UnitOfWork) -> list[GrantedRemedy]:
    """One row per case with granted remedies: its topic and problem severity as recorded on the
    offer, how loud the customer was, and the total value granted (0.00 for an apology alone)."""
    with uow:
        offers = uow.remedies.granted()
    by_case: dict[int, list[RemedyOffer]] = defaultdict(list)
    for offer in offers:
        by_case[offer.case_id].append(offer)
    return [_row(case_offers) for _, case_offers in sorted(by_case.items())]


def _row(offers: Sequence[RemedyOffer]) -> GrantedRemedy:
    # Topic and severity are the problem's when the first make-good was granted; loudness is the
    # loudest the customer was by any grant (a case's loudness only grows).
    first = offers[0]
    loudness: dict[str, object] = {}
    for offer in offers:
        loudness = louder(loudness, offer.loudness)
    return GrantedRemedy(
        topic=first.topic or NO_TOPIC,
        severity=Severity(first.severity),
        loudness=loudness_inputs(loudness),
        value=sum((offer.amount for offer in offers), Decimal("0.00")),
    )


def loudness_inputs(snapshot: Mapping[str, object]) -> LoudnessInputs:
    """The stored loudness snapshot as the fairness test reads it; missing parts count as calm."""
    intensity = snapshot.get("emotion_intensity")
    followers = snapshot.get("followers")
    return LoudnessInputs(
        emotion_intensity=min(1.0, max(0.0, float(intensity)))
        if isinstance(intensity, int | float)
        else 0.0,
        public_threat=bool(snapshot.get("public_threat")),
        followers=max(0, int(followers)) if isinstance(followers, int | float) else None,
    )


def remedy_fairness(uow: UnitOfWork, *, alpha: float, min_group: int) -> FairnessReport:
    """Do loud customers get more for the same problem? (``amends.insights.fairness``)"""
    return fairness_report(granted_remedies(uow), alpha=alpha, min_group=min_group)
