"""``amends topics fit|check``: learn a business's own taxonomy, and check one before use."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Annotated

import typer

from amends.cli.common import console
from amends.errors import InvalidInput
from amends.readers import detect_format, read_rows

app = typer.Typer(help="Topic taxonomies (root causes).", no_args_is_help=True)


@app.command()
def fit(
    file: Annotated[Path, typer.Argument(help="Labelled examples, CSV or JSONL.")],
    output: Annotated[Path, typer.Option(help="Where to write the learned taxonomy (YAML).")],
    text_column: Annotated[str, typer.Option(help="Column holding the text.")] = "text",
    topic_column: Annotated[str, typer.Option(help="Column holding the topic name.")] = "topic",
    extend_default: Annotated[
        bool, typer.Option(help="Add the learned phrases to the default taxonomy's topics.")
    ] = False,
) -> None:
    """Learn each topic's telling words from (text, topic) examples and write them as a
    taxonomy to review and edit before use (AMENDS_TAXONOMY=that file)."""
    from amends.analysis.topics_fit import fit_topics
    from amends.analysis.topics_taxonomy import default_taxonomy, save_taxonomy

    if not file.is_file():
        raise InvalidInput(f"no such file: {file}")
    with file.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(read_rows(handle, detect_format(file.name, "")))
    examples = [
        (str(row.data[text_column]), str(row.data[topic_column]))
        for row in rows
        if row.data and row.data.get(text_column) and row.data.get(topic_column)
    ]
    if not examples:
        raise InvalidInput(f"no rows with both {text_column!r} and {topic_column!r} in {file}")
    taxonomy = fit_topics(examples, base=default_taxonomy() if extend_default else None)
    save_taxonomy(taxonomy, output)
    phrases = sum(len(topic.phrases) for topic in taxonomy.topics)
    console.print(
        f"{len(taxonomy.topics)} topics, {phrases} phrases learned from {len(examples):,} "
        f"examples → {output}"
    )


@app.command()
def check(file: Annotated[Path, typer.Argument(help="A taxonomy YAML file.")]) -> None:
    """Validate a taxonomy; errors name the line, the topic and the field."""
    from amends.analysis.topics_taxonomy import load_taxonomy

    taxonomy = load_taxonomy(file)
    console.print(f"{file}: {len(taxonomy.topics)} topics, valid")
    buffer = io.StringIO()
    for topic in taxonomy.topics:
        buffer.write(f"  {topic.name}: {len(topic.phrases)} phrases\n")
    console.print(buffer.getvalue().rstrip(), highlight=False)
