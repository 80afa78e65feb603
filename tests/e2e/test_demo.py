"""The built-in demo goes through real ingestion, and loading it twice adds nothing."""

from __future__ import annotations

from amends.runtime import Runtime
from amends.services.customers import customer_timeline, find_customer
from amends.services.demo import load_demo


def test_the_demo_loads_cleanly_and_a_second_load_changes_nothing(runtime: Runtime) -> None:
    first = {report.kind: report for report in load_demo(runtime.uow, clock=runtime.clock)}
    with runtime.uow() as uow:
        counts = (uow.customers.count(), uow.events.count(), uow.feedback.count())

    second = {report.kind: report for report in load_demo(runtime.uow, clock=runtime.clock)}

    with runtime.uow() as uow:
        assert (uow.customers.count(), uow.events.count(), uow.feedback.count()) == counts
    assert all(report.rejected == 0 for report in first.values())
    assert first["customers"].created == 500
    assert first["feedback"].created == 1500
    assert first["feedback"].customers_created > 0  # strangers who wrote in became customers
    assert counts[0] == 500 + first["feedback"].customers_created
    assert 5_000 < counts[1] < 25_000
    assert all(r.created == 0 and r.updated == 0 for r in second.values())


def test_a_demo_customer_has_a_story_on_their_timeline(runtime: Runtime) -> None:
    load_demo(runtime.uow, clock=runtime.clock, customers=40, feedback=120)
    customer = find_customer(runtime.uow(), "C-00001")

    timeline = customer_timeline(runtime.uow(), customer.id, limit=1000)

    kinds = {entry.kind for entry in timeline.entries}
    assert "event" in kinds
    assert [e.at for e in timeline.entries] == sorted(e.at for e in timeline.entries)
