"""The embedded scheduler: a daemon thread that runs periodic tasks (every minute by default).

One thread, not a pool: the sweep is quick (it reads only cases whose next check has come) and
running it twice at once would only contend for the same rows.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class EmbeddedScheduler:
    task: Callable[[], object]
    interval: float = 60.0
    name: str = "amends-scheduler"
    runs: int = 0
    failures: int = 0
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the scheduler is already running")
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def run_once(self) -> None:
        """Run the task now; a failure is logged and counted, and the next tick tries again."""
        try:
            result = self.task()
            self.runs += 1
            log.debug("%s ran: %s", self.name, result)
        except Exception:
            self.failures += 1
            log.exception("%s: the task failed; trying again in %.0f s", self.name, self.interval)

    def _loop(self) -> None:
        # Run at once, then every interval: a server that restarts catches up immediately.
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self.interval)

    def __enter__(self) -> EmbeddedScheduler:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
