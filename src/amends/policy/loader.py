"""Reading the policy: the shipped default, a file, and a store that reloads it when it changes.

A running server never falls over because someone saved a broken policy: ``PolicySource`` keeps
serving the last good one and says what is wrong (``problem``) until the file is fixed.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from amends.errors import PolicyInvalid
from amends.policy.model import Policy
from amends.yaml_files import read_text, validate_yaml

log = logging.getLogger(__name__)

DEFAULT_SOURCE = "amends/policy/default.yaml"


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    policy: Policy
    source: str
    version: (
        str  # the file's own `version`, then a short hash of its text: "2026-11 (3f2a9c1b0d4e)"
    )


def parse_policy(text: str, *, source: str = "policy") -> LoadedPolicy:
    """Validate policy YAML; every problem comes back as ``{line, path, message}``."""
    policy = validate_yaml(text, Policy, source=source, what="policy", error=PolicyInvalid)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return LoadedPolicy(policy, source, f"{policy.version} ({digest})")


def load_policy(path: Path | str) -> LoadedPolicy:
    text = read_text(path, what="policy", error=PolicyInvalid)
    return parse_policy(text, source=str(path))


def default_policy_text() -> str:
    return resources.files("amends.policy").joinpath("default.yaml").read_text("utf-8")


@lru_cache(maxsize=1)
def default_policy() -> LoadedPolicy:
    return parse_policy(default_policy_text(), source=DEFAULT_SOURCE)


class PolicySource:
    """The policy in force: the file named by ``AMENDS_POLICY`` (re-read when it changes on
    disk), or the shipped default."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.problem: PolicyInvalid | None = None
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._loaded = load_policy(path) if path is not None else default_policy()
        self._stamp = self._file_stamp()

    def current(self) -> LoadedPolicy:
        if self.path is None:
            return self._loaded
        stamp = self._file_stamp()
        if stamp != self._stamp:
            with self._lock:
                if stamp != self._stamp:
                    self._reload(stamp)
        return self._loaded

    def _reload(self, stamp: tuple[int, int] | None) -> None:
        assert self.path is not None
        self._stamp = stamp
        try:
            self._loaded = load_policy(self.path)
            self.problem = None
            log.info("policy reloaded from %s: version %s", self.path, self._loaded.version)
        except PolicyInvalid as problem:
            self.problem = problem
            log.error(
                "policy %s not reloaded, keeping %s: %s",
                self.path,
                self._loaded.version,
                problem.message,
            )

    def _file_stamp(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)
