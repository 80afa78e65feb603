"""Statistics for ``amends report fairness``: are loud customers given more for the same problem?

Remedies are recommended without any loudness input (``amends.policy.remedies``), but agents
choose what they actually grant. This report compares granted value across loudness bands within
each topic and severity stratum, where the problem is the same and only loudness differs.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from amends.policy.remedies import SEVERITIES, Severity

LoudnessBand = Literal["quiet", "moderate", "loud"]
BANDS: tuple[LoudnessBand, ...] = ("quiet", "moderate", "loud")

# Cut points, chosen to be easy to state rather than fitted: a public threat or a large audience
# is loud whatever the wording; otherwise the strongest negative emotion decides.
LOUD_FOLLOWERS = 10_000
LOUD_EMOTION = 0.8
MODERATE_FOLLOWERS = 1_000
MODERATE_EMOTION = 0.5

_CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class LoudnessInputs:
    emotion_intensity: float  # the strongest negative emotion, 0..1
    public_threat: bool = False
    followers: int | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.emotion_intensity <= 1.0:
            raise ValueError(f"emotion intensity must be between 0 and 1: {self.emotion_intensity}")
        if self.followers is not None and self.followers < 0:
            raise ValueError(f"followers cannot be negative: {self.followers}")


@dataclass(frozen=True, slots=True)
class GrantedRemedy:
    """One case: the total value granted on it, and how loud its customer was."""

    topic: str
    severity: Severity
    loudness: LoudnessInputs
    value: Decimal


def loudness_band(inputs: LoudnessInputs) -> LoudnessBand:
    followers = inputs.followers or 0
    if (
        inputs.public_threat
        or followers >= LOUD_FOLLOWERS
        or inputs.emotion_intensity >= LOUD_EMOTION
    ):
        return "loud"
    if followers >= MODERATE_FOLLOWERS or inputs.emotion_intensity >= MODERATE_EMOTION:
        return "moderate"
    return "quiet"


@dataclass(frozen=True, slots=True)
class BandSummary:
    band: LoudnessBand
    n: int
    mean: Decimal | None  # None when the band is empty
    median: Decimal | None
    tested: bool  # large enough (min_group rows) to take part in the test


@dataclass(frozen=True, slots=True)
class StratumResult:
    topic: str
    severity: Severity
    bands: tuple[BandSummary, ...]  # quiet, moderate, loud
    tested: bool
    note: str  # "not tested (too few): ..." or a one-line verdict
    h: float | None = None
    p_value: float | None = None
    p_adjusted: float | None = None  # Holm-Bonferroni across the tested strata
    flagged: bool = False
    loud_minus_quiet: Decimal | None = None  # difference of mean value, when both were tested
    epsilon_squared: float | None = None  # H / (n - 1): 0 no effect, 1 bands fully separated


@dataclass(frozen=True, slots=True)
class FairnessReport:
    method: str
    alpha: float
    min_group: int
    rows: int
    strata: tuple[StratumResult, ...]

    @property
    def flagged(self) -> tuple[StratumResult, ...]:
        return tuple(s for s in self.strata if s.flagged)


def describe_method(alpha: float, min_group: int) -> str:
    return (
        "Kruskal-Wallis H test of remedy value across loudness bands (quiet, moderate, loud) "
        f"within each topic x severity stratum that has at least two bands of {min_group} or more "
        "cases; p-values adjusted across the tested strata with Holm-Bonferroni; a stratum is "
        f"flagged when its adjusted p < {alpha}. Effect sizes: mean value loud minus quiet, and "
        "epsilon-squared = H / (n - 1)."
    )


def holm_adjust(p_values: Sequence[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values, in the order given."""
    m = len(p_values)
    adjusted = [0.0] * m
    running = 0.0
    for rank, index in enumerate(sorted(range(m), key=lambda i: p_values[i])):
        # Monotone: a larger raw p never gets a smaller adjusted p than one before it.
        running = max(running, min(1.0, (m - rank) * p_values[index]))
        adjusted[index] = running
    return adjusted


def kruskal_wallis(groups: Sequence[Sequence[float]]) -> tuple[float, float]:
    """H and p; when every value is the same there is no difference at all (H 0, p 1)."""
    values = [v for group in groups for v in group]
    if len(set(values)) <= 1:
        return 0.0, 1.0  # scipy would divide by a zero tie correction and answer nan
    from scipy.stats import kruskal  # imported late: scipy.stats costs a second at start-up

    result = kruskal(*groups)
    return float(result.statistic), float(result.pvalue)


def _summary(band: LoudnessBand, values: list[Decimal], min_group: int) -> BandSummary:
    if not values:
        return BandSummary(band, 0, None, None, tested=False)
    mean = (sum(values, Decimal(0)) / len(values)).quantize(_CENT)
    median = Decimal(statistics.median(values)).quantize(_CENT)
    return BandSummary(band, len(values), mean, median, tested=len(values) >= min_group)


def _stratum(
    topic: str, severity: Severity, by_band: dict[LoudnessBand, list[Decimal]], min_group: int
) -> StratumResult:
    bands = tuple(_summary(b, by_band.get(b, []), min_group) for b in BANDS)
    tested = [b for b in bands if b.tested]
    if len(tested) < 2:
        note = (
            f"not tested (too few): needs at least two loudness bands with {min_group} or more "
            "cases each"
        )
        return StratumResult(topic, severity, bands, tested=False, note=note)
    groups = [[float(v) for v in by_band[b.band]] for b in tested]
    h, p = kruskal_wallis(groups)
    n = sum(b.n for b in tested)
    # From the exact means: rounding each first could be a cent out.
    means = {b.band: sum(by_band[b.band], Decimal(0)) / b.n for b in tested}
    loud, quiet = means.get("loud"), means.get("quiet")
    return StratumResult(
        topic,
        severity,
        bands,
        tested=True,
        note="tested",
        h=h,
        p_value=p,
        loud_minus_quiet=(loud - quiet).quantize(_CENT)
        if loud is not None and quiet is not None
        else None,
        epsilon_squared=h / (n - 1),
    )


def _order(key: tuple[str, Severity]) -> tuple[str, int]:
    topic, severity = key
    return topic, SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def fairness_report(
    rows: Iterable[GrantedRemedy], *, alpha: float = 0.05, min_group: int = 5
) -> FairnessReport:
    """Per topic and severity: do granted values differ across loudness bands? (see ``method``)"""
    if not 0 < alpha < 1 or min_group < 2:
        raise ValueError("alpha must be between 0 and 1 and min_group at least 2")
    cells: dict[tuple[str, Severity], dict[LoudnessBand, list[Decimal]]] = defaultdict(
        lambda: defaultdict(list)
    )
    count = 0
    for row in rows:
        cells[(row.topic, row.severity)][loudness_band(row.loudness)].append(row.value)
        count += 1
    results = [_stratum(t, s, cells[(t, s)], min_group) for t, s in sorted(cells, key=_order)]
    tested = [i for i, r in enumerate(results) if r.tested]
    adjusted = holm_adjust([_p(results[i]) for i in tested])
    for i, p_adj in zip(tested, adjusted, strict=True):
        flagged = p_adj < alpha
        verdict = "values differ by loudness" if flagged else "no significant difference"
        note = f"{verdict} (adjusted p = {p_adj:.4g})"
        results[i] = replace(results[i], p_adjusted=p_adj, flagged=flagged, note=note)
    return FairnessReport(
        method=describe_method(alpha, min_group),
        alpha=alpha,
        min_group=min_group,
        rows=count,
        strata=tuple(results),
    )


def _p(result: StratumResult) -> float:
    p = result.p_value
    return 1.0 if p is None or math.isnan(p) else p


def render_fairness_report(report: FairnessReport, *, currency: str) -> str:
    """Plain text for the terminal: the method, then one block per stratum."""
    lines = [report.method, f"{report.rows} cases, {len(report.strata)} strata.", ""]
    for s in report.strata:
        mark = "FLAG " if s.flagged else ""
        lines.append(f"{mark}{s.topic} x {s.severity}: {s.note}")
        for b in s.bands:
            if b.n:
                lines.append(
                    f"  {b.band:<8} n={b.n:<5} mean {b.mean} {currency}, median {b.median}"
                )
        if s.tested:
            effect = (
                f"loud - quiet {s.loud_minus_quiet} {currency}, "
                if s.loud_minus_quiet is not None
                else ""
            )
            lines.append(
                f"  H={s.h:.3f} p={s.p_value:.4g} {effect}epsilon^2={s.epsilon_squared:.3f}"
            )
    return "\n".join(lines)
