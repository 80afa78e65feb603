"""``amends model train|train-signals|info``: the shipped models' recipes, the text model's card."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

from amends.cli.common import console, errors
from amends.errors import InvalidInput

app = typer.Typer(help="The shipped text model.", no_args_is_help=True)


@app.command()
def train(
    shared: Annotated[
        Path | None, typer.Option(help="The shared data folder (default: ../shared/data).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option(help="Where to write the model (default: the package's).")
    ] = None,
) -> None:
    """Train the default model from the licensed corpora (reproducible; needs scikit-learn)."""
    from amends.analysis.corpora import default_shared_data
    from amends.analysis.model import SHIPPED_MODEL
    from amends.analysis.training import Recipe
    from amends.analysis.training import train as fit

    folder = shared or default_shared_data()
    if not (folder / "goemotions" / "train.tsv").is_file():
        raise InvalidInput(f"no training data under {folder} (expected goemotions/train.tsv)")
    started = time.perf_counter()
    model = fit(folder, Recipe(), progress=lambda line: errors.print(line))
    target = output or SHIPPED_MODEL
    model.save(target)
    size = sum(f.stat().st_size for f in target.iterdir()) / 1e6
    took = time.perf_counter() - started
    console.print(f"model {model.version} written to {target} ({size:.1f} MB) in {took:.0f} s")


@app.command("train-signals")
def train_signals(
    shared: Annotated[
        Path | None, typer.Option(help="The shared data folder (default: ../shared/data).")
    ] = None,
    labels: Annotated[
        Path | None,
        typer.Option(help="The labels CSV (default: benchmarks/data/signals_gold.csv)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option(help="Where to write the heads (default: the package's).")
    ] = None,
) -> None:
    """Train the learned signal heads for letters on the dev CFPB rows of the gold set."""
    from amends.analysis.corpora import default_shared_data
    from amends.analysis.signal_model import SHIPPED_SIGNAL_MODEL
    from amends.analysis.signal_training import default_labels, train_letter_signals

    folder = shared or default_shared_data()
    if not (folder / "cfpb_consumer_complaints" / "complaints.csv").is_file():
        raise InvalidInput(
            f"no CFPB narratives under {folder} (expected cfpb_consumer_complaints/)"
        )
    gold = labels or default_labels()
    if not gold.is_file():
        raise InvalidInput(f"no labels file at {gold}")
    started = time.perf_counter()
    heads = train_letter_signals(folder, gold, progress=lambda line: errors.print(line))
    target = output or SHIPPED_SIGNAL_MODEL
    heads.save(target)
    size = sum(f.stat().st_size for f in target.iterdir()) / 1e6
    took = time.perf_counter() - started
    console.print(f"signal heads written to {target} ({size:.2f} MB) in {took:.0f} s")


@app.command()
def info() -> None:
    """The shipped models' cards: the text model (name, version, outputs, thresholds, recipe) and
    the learned signal heads for letters (version, thresholds, training rows and figures)."""
    from amends.analysis.model import SHIPPED_MODEL
    from amends.analysis.signal_model import SHIPPED_SIGNAL_MODEL

    meta = json.loads((SHIPPED_MODEL / "model.json").read_text(encoding="utf-8"))
    for member in meta["members"]:
        member["vocabulary"] = f"{len(member['vocabulary']):,} features"
    heads_card = SHIPPED_SIGNAL_MODEL / "signals.json"
    if heads_card.is_file():
        heads = json.loads(heads_card.read_text(encoding="utf-8"))
        heads["vocabulary"] = f"{len(heads['vocabulary']):,} features"
        meta["letter_signal_heads"] = heads
    console.print_json(json.dumps(meta))
