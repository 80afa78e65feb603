"""The fairness report on constructed data where the right answer is known."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal

import pytest

from amends.insights.fairness import (
    GrantedRemedy,
    LoudnessBand,
    LoudnessInputs,
    fairness_report,
    holm_adjust,
    kruskal_wallis,
    loudness_band,
    render_fairness_report,
)
from amends.policy.remedies import Severity

VOICES: dict[LoudnessBand, LoudnessInputs] = {
    "quiet": LoudnessInputs(emotion_intensity=0.1),
    "moderate": LoudnessInputs(emotion_intensity=0.6),
    "loud": LoudnessInputs(emotion_intensity=0.9, public_threat=True, followers=50_000),
}
# Skewed like real remedies: most cases get an apology only (0), a few a credit.
VALUES = [0, 0, 0, 0, 0, 0, 10, 15, 20, 25, 30, 50]


def _rows(
    topic: str, severity: Severity, band: LoudnessBand, values: Sequence[float]
) -> list[GrantedRemedy]:
    return [GrantedRemedy(topic, severity, VOICES[band], Decimal(str(v))) for v in values]


def _fair(topic: str, severity: Severity, rng: random.Random, n: int) -> list[GrantedRemedy]:
    rows: list[GrantedRemedy] = []
    for band in VOICES:
        rows += _rows(topic, severity, band, [rng.choice(VALUES) for _ in range(n)])
    return rows


# --- loudness bands -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inputs", "band"),
    [
        (LoudnessInputs(0.0, public_threat=True), "loud"),
        (LoudnessInputs(0.0, followers=10_000), "loud"),
        (LoudnessInputs(0.8), "loud"),
        (LoudnessInputs(0.79), "moderate"),
        (LoudnessInputs(0.1, followers=1_000), "moderate"),
        (LoudnessInputs(0.49, followers=999), "quiet"),
        (LoudnessInputs(0.0), "quiet"),
    ],
)
def test_loudness_bands_follow_the_documented_cut_points(
    inputs: LoudnessInputs, band: LoudnessBand
) -> None:
    assert loudness_band(inputs) == band


def test_an_emotion_intensity_outside_zero_to_one_is_rejected() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        LoudnessInputs(1.5)


# --- the test -------------------------------------------------------------------------------


def test_the_same_values_in_every_band_raise_no_flag() -> None:
    rows: list[GrantedRemedy] = []
    for band in VOICES:
        rows += _rows("delivery", Severity.MAJOR, band, [0, 0, 10, 20, 25, 50])
    report = fairness_report(rows)
    (stratum,) = report.strata
    assert stratum.tested
    assert stratum.h == pytest.approx(0.0)
    assert stratum.p_value == pytest.approx(1.0)
    assert not stratum.flagged
    assert stratum.loud_minus_quiet == Decimal("0.00")


def test_when_everyone_got_the_same_the_test_finds_no_difference() -> None:
    assert kruskal_wallis([[0.0] * 6, [0.0] * 7]) == (0.0, 1.0)
    rows = _rows("billing", Severity.MINOR, "quiet", [0] * 6)
    rows += _rows("billing", Severity.MINOR, "loud", [0] * 6)
    (stratum,) = fairness_report(rows).strata
    assert (stratum.h, stratum.p_value, stratum.flagged) == (0.0, 1.0, False)


def test_loud_customers_given_double_credit_flag_that_stratum_and_only_it() -> None:
    rng = random.Random(7)
    rows: list[GrantedRemedy] = []
    for topic, severity in [
        ("billing", Severity.MODERATE),
        ("delivery", Severity.MINOR),
        ("staff_attitude", Severity.MAJOR),
    ]:
        rows += _fair(topic, severity, rng, n=20)
    credits = [rng.choice([10, 15, 20, 25, 30]) for _ in range(20)]
    rows += _rows("delivery", Severity.MAJOR, "quiet", credits)
    rows += _rows("delivery", Severity.MAJOR, "moderate", [rng.choice(credits) for _ in range(20)])
    rows += _rows("delivery", Severity.MAJOR, "loud", [2 * v for v in credits])

    report = fairness_report(rows)

    assert [(s.topic, s.severity) for s in report.flagged] == [("delivery", Severity.MAJOR)]
    flagged = report.flagged[0]
    mean = Decimal(sum(credits)) / 20
    assert flagged.loud_minus_quiet == mean.quantize(Decimal("0.01"))
    assert flagged.epsilon_squared is not None
    assert flagged.epsilon_squared > 0.3
    assert flagged.p_adjusted is not None
    assert flagged.p_adjusted < 0.05


def test_strata_with_too_few_cases_are_listed_but_not_tested() -> None:
    rows = _rows("delivery", Severity.MAJOR, "quiet", [0, 10, 20, 0, 5, 5])
    rows += _rows("delivery", Severity.MAJOR, "loud", [50, 60, 70, 80])  # one short of min_group
    rows += _rows("billing", Severity.MINOR, "quiet", [0, 10, 20, 0, 5])
    rows += _rows("billing", Severity.MINOR, "loud", [0, 10, 20, 0, 5])
    report = fairness_report(rows, min_group=5)
    small = next(s for s in report.strata if s.topic == "delivery")
    assert not small.tested
    assert small.note.startswith("not tested (too few)")
    assert small.p_value is None
    assert [b.n for b in small.bands] == [6, 0, 4]
    tested = next(s for s in report.strata if s.topic == "billing")
    # The skipped stratum is not one of the Holm family: one test, nothing to adjust.
    assert tested.p_adjusted == tested.p_value


def test_band_summaries_give_count_mean_and_median() -> None:
    rows = _rows("delivery", Severity.MAJOR, "quiet", [0, 0, 10, 10, 30])
    rows += _rows("delivery", Severity.MAJOR, "loud", [0, 20, 20, 40, 40, 60])
    (stratum,) = fairness_report(rows).strata
    quiet, moderate, loud = stratum.bands
    assert (quiet.n, quiet.mean, quiet.median) == (5, Decimal("10.00"), Decimal("10.00"))
    assert (moderate.n, moderate.mean, moderate.tested) == (0, None, False)
    assert (loud.n, loud.mean, loud.median) == (6, Decimal("30.00"), Decimal("30.00"))
    assert stratum.loud_minus_quiet == Decimal("20.00")
    assert stratum.h is not None
    assert stratum.epsilon_squared == pytest.approx(stratum.h / 10)


def test_holm_adjustment_matches_a_hand_computation() -> None:
    # Sorted: 0.005*4 = 0.02; 0.01*3 = 0.03; 0.03*2 = 0.06; 0.04*1 = 0.04 -> kept at 0.06.
    assert holm_adjust([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm_adjust([0.5, 0.6]) == [1.0, 1.0]
    assert holm_adjust([]) == []


def test_the_report_adjusts_each_strata_p_value_with_holm() -> None:
    rng = random.Random(11)
    rows: list[GrantedRemedy] = []
    for topic in ("billing", "delivery", "policy"):
        rows += _fair(topic, Severity.MODERATE, rng, n=8)
    report = fairness_report(rows)
    raw = [s.p_value for s in report.strata]
    assert None not in raw
    expected = holm_adjust([p for p in raw if p is not None])
    assert [s.p_adjusted for s in report.strata] == pytest.approx(expected)


def test_fair_data_is_flagged_no_more_often_than_alpha() -> None:
    rng = random.Random(20261125)
    datasets = 300
    false_alarms = raw_rejections = 0
    for _ in range(datasets):
        rows: list[GrantedRemedy] = []
        for topic in ("billing", "delivery", "wait_time"):
            rows += _fair(topic, Severity.MAJOR, rng, n=12)
        report = fairness_report(rows, alpha=0.05)
        false_alarms += bool(report.flagged)
        raw_rejections += sum(s.p_value is not None and s.p_value < 0.05 for s in report.strata)
    # Holm keeps the family-wise error at or below alpha; 0.08 allows for sampling noise
    # (two standard errors of a 0.05 rate over 300 datasets is 0.025).
    assert false_alarms / datasets <= 0.08
    # Each unadjusted test is calibrated, not silent: about alpha of fair strata come out p < alpha.
    assert 0.02 <= raw_rejections / (3 * datasets) <= 0.08


def test_the_report_states_its_method() -> None:
    report = fairness_report([], alpha=0.01, min_group=7)
    assert "Kruskal-Wallis" in report.method
    assert "Holm-Bonferroni" in report.method
    assert "adjusted p < 0.01" in report.method
    assert "7 or more" in report.method
    assert report.strata == ()


def test_the_rendered_report_marks_flagged_strata() -> None:
    rows = _rows("delivery", Severity.MAJOR, "quiet", [10, 10, 15, 20, 20, 25])
    rows += _rows("delivery", Severity.MAJOR, "loud", [40, 50, 50, 60, 70, 80])
    text = render_fairness_report(fairness_report(rows), currency="EUR")
    assert "FLAG delivery x major: values differ by loudness" in text
    assert "loud - quiet 41.67 EUR" in text


def test_alpha_and_min_group_are_checked() -> None:
    with pytest.raises(ValueError, match="alpha"):
        fairness_report([], alpha=1.5)
