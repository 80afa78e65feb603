"""``amends report fairness``: do loud customers get more than quiet ones for the same problem?"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Annotated, Any

import typer

from amends.cli.common import console, errors, runtime
from amends.errors import InvalidInput
from amends.insights.fairness import FairnessReport, render_fairness_report
from amends.services.reports import remedy_fairness

app = typer.Typer(help="Reports on what was done.", no_args_is_help=True)

# The exit code of --fail-on-flag when a stratum is flagged: done, but something needs a look.
FLAGGED = 1


@app.command()
def fairness(
    alpha: Annotated[
        float, typer.Option(help="Significance level, after the Holm adjustment.")
    ] = 0.05,
    min_group: Annotated[
        int, typer.Option(help="Cases a loudness band needs to take part in a stratum's test.")
    ] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="The report as one JSON object.")] = False,
    fail_on_flag: Annotated[
        bool, typer.Option(help="Exit 1 when any stratum is flagged (for CI).")
    ] = False,
) -> None:
    """Compare remedies granted for the same topic and severity across loudness bands
    (Kruskal-Wallis per stratum, Holm-adjusted) and flag significant differences."""
    if not 0 < alpha < 1:
        raise InvalidInput(f"--alpha must be between 0 and 1, not {alpha}")
    if min_group < 2:
        raise InvalidInput(f"--min-group must be at least 2, not {min_group}")
    with runtime() as built, errors.status("reading granted remedies"):
        currency = built.policy().policy.currency
        report = remedy_fairness(built.uow(), alpha=alpha, min_group=min_group)
    if as_json:
        print(json.dumps(_jsonable(report, currency)))
    else:
        text = render_fairness_report(report, currency=currency)
        console.print(text, markup=False, highlight=False)
        console.print()
        _verdict(report, currency)
    if fail_on_flag and report.flagged:
        raise typer.Exit(code=FLAGGED)


def _verdict(report: FairnessReport, currency: str) -> None:
    tested = sum(1 for s in report.strata if s.tested)
    if not report.flagged:
        console.print(
            f"[green]No stratum flagged[/green]: {tested} of {len(report.strata)} strata tested "
            f"at alpha {report.alpha:g}; no significant difference by loudness.",
            highlight=False,
        )
        return
    count = len(report.flagged)
    noun = "stratum" if count == 1 else "strata"
    console.print(
        f"[bold red]{count} {noun} flagged[/bold red] of {tested} tested: remedies differ by "
        "how loud the customer was.",
        highlight=False,
    )
    for stratum in report.flagged:
        gap = (
            f"loud - quiet {stratum.loud_minus_quiet:+} {currency}, "
            if stratum.loud_minus_quiet is not None
            else ""
        )
        console.print(
            f"  {stratum.topic} x {stratum.severity}: {gap}adjusted p = {stratum.p_adjusted:.4g}",
            highlight=False,
            markup=False,
        )


def _jsonable(report: FairnessReport, currency: str) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [plain(item) for item in value]
        return value

    body: dict[str, Any] = plain(dataclasses.asdict(report))
    body["currency"] = currency
    body["flagged"] = [f"{s.topic} x {s.severity}" for s in report.flagged]
    return body
