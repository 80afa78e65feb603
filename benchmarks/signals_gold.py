"""Hand-labelled gold set for the customer-service signal detector.

    from benchmarks.signals_gold import default_shared_path, load_gold
    rows = load_gold(default_shared_path())

`data/signals_gold.csv` holds only dataset names, ids, the sampling part, 7 labels (0/1) and the
dev/test split; the message texts are never copied into the repository. They are read at
evaluation time from the `shared/data` folder (see `data/README.md`). Rows whose text cannot be
found there are skipped. Standard library only.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SIGNALS: tuple[str, ...] = (
    "follow_up_requested",
    "churn_threat",
    "public_escalation_threat",
    "repeat_contact",
    "long_wait",
    "transferred",
    "broken_promise",
)
DATASETS: tuple[str, ...] = ("twcs", "airline", "cfpb", "cfpb_extra")
GOLD_CSV = Path(__file__).resolve().parent / "data" / "signals_gold.csv"

# dataset -> (file under shared/data, id column, text column)
_SOURCES: dict[str, tuple[str, str, str]] = {
    "twcs": ("twcs_customer_support_twitter/twcs_sample.csv", "tweet_id", "text"),
    "airline": ("twitter_us_airline_sentiment/Tweets.csv", "tweet_id", "text"),
    "cfpb": (
        "cfpb_consumer_complaints/complaints.csv",
        "Complaint ID",
        "Consumer complaint narrative",
    ),
    "cfpb_extra": (
        "cfpb_consumer_complaints/narratives_extra.csv",
        "extra_id",
        "Consumer complaint narrative",
    ),
}


def default_shared_path() -> Path:
    """The `shared/data` folder next to the repository root."""
    return Path(__file__).resolve().parents[2] / "shared" / "data"


def _rows(path: Path) -> Iterator[dict[str, str]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # CFPB narratives can be long
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def _texts(shared: Path, dataset: str, wanted: set[str]) -> dict[str, str]:
    """Texts for the wanted ids of one dataset, first occurrence of each id wins."""
    relative, id_column, text_column = _SOURCES[dataset]
    path = shared / relative
    if not path.is_file():
        return {}
    found: dict[str, str] = {}
    for row in _rows(path):
        key = (row.get(id_column) or "").strip()
        if key not in wanted or key in found:
            continue
        if dataset == "twcs" and row.get("inbound") != "True":
            continue  # customer tweets only
        text = row.get(text_column) or ""
        if text.strip():
            found[key] = text
    return found


def load_gold(shared: Path, split: str | None = None) -> list[dict[str, Any]]:
    """Gold rows joined with their texts from `shared` (the `shared/data` folder).

    Each dict has `dataset`, `id`, `part` ("random" or "targeted"), `split` ("dev" or "test"),
    `round` (1 to 8: the labelling round that added it), `text` and `labels` (signal name ->
    bool). Pass `split` to keep only one split.
    """
    with GOLD_CSV.open(newline="", encoding="utf-8") as handle:
        gold = [row for row in csv.DictReader(handle) if split is None or row["split"] == split]
    wanted: dict[str, set[str]] = {dataset: set() for dataset in DATASETS}
    for row in gold:
        wanted.setdefault(row["dataset"], set()).add(row["id"])
    texts = {
        dataset: _texts(shared, dataset, ids) if dataset in _SOURCES and ids else {}
        for dataset, ids in wanted.items()
    }
    out: list[dict[str, Any]] = []
    for row in gold:
        text = texts.get(row["dataset"], {}).get(row["id"])
        if text is None:
            continue
        out.append(
            {
                "dataset": row["dataset"],
                "id": row["id"],
                "part": row["part"],
                "split": row["split"],
                "round": int(row["round"]),
                "text": text,
                "labels": {signal: row[signal] == "1" for signal in SIGNALS},
            }
        )
    return out


if __name__ == "__main__":
    loaded = load_gold(default_shared_path())
    print(f"{len(loaded)} rows with text")
    for name in SIGNALS:
        counts = {
            s: sum(r["labels"][name] for r in loaded if r["split"] == s) for s in ("dev", "test")
        }
        print(f"{name:26s} dev={counts['dev']:3d} test={counts['test']:3d}")
