"""Task entry points: each takes the runtime, calls one service and returns plain data.

Idempotent by construction (the services record what they did), so a task that runs twice, or
on two machines at once, does no harm.
"""

from __future__ import annotations

from amends.runtime import Runtime
from amends.services.timers import sweep_timers


def sweep_timers_task(runtime: Runtime) -> dict[str, int]:
    """Record SLA warnings, breaches, escalations and broken promises that have fallen due."""
    with runtime.sweep_lock:
        report = sweep_timers(runtime.uow, runtime.policy, now=runtime.clock())
    return report.as_dict()
