"""Understanding feedback: emotions, negativity, signals, topics, and the words behind each.

Importing this package is cheap; the model loads when an analyzer is first created
(``create_analyzer()``), never at import time.
"""

from amends.analysis.base import (
    Analysis,
    Analyzer,
    analyzer_names,
    create_analyzer,
    register_analyzer,
)
from amends.analysis.spans import Span

__all__ = [
    "Analysis",
    "Analyzer",
    "Span",
    "analyzer_names",
    "create_analyzer",
    "register_analyzer",
]
