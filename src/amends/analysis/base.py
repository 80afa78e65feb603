"""The analysis contract: what an analyzer returns, the protocol it follows, and the registry.

Analyzers are batch-first (``analyze(texts)``) because every caller — ingestion, re-analysis, the
``amends analyze`` command — works on many texts, and a linear model is far cheaper per text in a
batch. The shipped analyzer registers itself here exactly as a third-party one would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from amends.analysis.spans import Span


@dataclass(frozen=True, slots=True)
class Analysis:
    """How one text reads: emotions, the CX view of them, negativity, signals, topics, evidence."""

    emotions: dict[str, float]  # all 28 GoEmotions labels
    labels: list[str]  # GoEmotions labels over their thresholds
    cx_emotions: dict[str, float]
    negative: float
    is_negative: bool
    signals: dict[str, bool]
    topics: list[str]
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    language: str = "en"

    def as_json(self) -> dict[str, Any]:
        return {
            "emotions": {k: round(v, 4) for k, v in self.emotions.items()},
            "labels": self.labels,
            "cx_emotions": {k: round(v, 4) for k, v in self.cx_emotions.items()},
            "negative": round(self.negative, 4),
            "is_negative": self.is_negative,
            "signals": self.signals,
            "topics": self.topics,
            "evidence": {k: [s.as_list() for s in v] for k, v in self.evidence.items()},
            "language": self.language,
        }


class Analyzer(Protocol):
    name: str
    version: str

    def analyze(self, texts: Sequence[str]) -> list[Analysis]: ...


AnalyzerFactory = Callable[..., Analyzer]
_REGISTRY: dict[str, AnalyzerFactory] = {}


def register_analyzer(name: str, factory: AnalyzerFactory) -> None:
    """Make an analyzer available by name (settings choose one with ``AMENDS_ANALYZER``)."""
    _REGISTRY[name] = factory


def analyzer_names() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def create_analyzer(name: str = "default", **options: Any) -> Analyzer:
    """A new analyzer; ``options`` go to its factory (the default takes ``taxonomy``, a path)."""
    _load_builtin()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise LookupError(f"no analyzer named {name!r} (known: {known})") from None
    return factory(**options)


def _load_builtin() -> None:
    # The built-in analyzers register on import, through the same door as any plugin.
    import amends.analysis.default

    # "ml" registers without importing torch; the [ml] extra is needed only to create it.
    import amends.analysis.embedding  # noqa: F401
