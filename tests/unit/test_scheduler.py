"""The embedded scheduler: runs its task at once and then every interval; survives failures."""

from __future__ import annotations

import threading

from amends.worker.scheduler import EmbeddedScheduler


def test_the_scheduler_runs_its_task_at_once_and_again_after_each_interval() -> None:
    ran = threading.Semaphore(0)
    scheduler = EmbeddedScheduler(ran.release, interval=0.01)
    with scheduler:
        assert ran.acquire(timeout=5)
        assert ran.acquire(timeout=5)
    assert scheduler.runs >= 2
    assert scheduler.failures == 0


def test_a_failing_task_is_counted_and_the_scheduler_keeps_going() -> None:
    calls: list[int] = []

    def flaky() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database went away")

    scheduler = EmbeddedScheduler(flaky, interval=60)
    scheduler.run_once()
    scheduler.run_once()
    assert (scheduler.runs, scheduler.failures) == (1, 1)


def test_stopping_ends_the_thread_without_waiting_for_the_interval() -> None:
    scheduler = EmbeddedScheduler(lambda: None, interval=3600)
    scheduler.start()
    scheduler.stop(timeout=5)
    assert scheduler._thread is None
