"""Training and evaluation corpora, read from the shared data folder (never shipped).

Only corpora whose licence allows shipping a derived model are used for training: GoEmotions
(Apache-2.0), XED (CC BY 4.0), the UCI review sentences (CC BY 4.0), CFPB complaint narratives
(US public domain) and text this project writes itself (the demo generator). The airline and TWCS
tweets (CC BY-NC-SA) are read only by evaluation code.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from amends.analysis.labels import COMPLAINT_EMOTIONS, GOEMOTIONS

_REDACTED = re.compile(r"\b[X]{2,}(?:/[X]{2,})*\b|\{\$[\d.,]+\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def default_shared_data() -> Path:
    """``shared/data`` beside the repository (the layout of the project's machines)."""
    return Path(__file__).resolve().parents[4] / "shared" / "data"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    labels: frozenset[str]  # GoEmotions labels, empty when the corpus has none
    negative: bool
    corpus: str


def goemotions(shared: Path, split: str) -> Iterator[Example]:
    path = shared / "goemotions" / f"{split}.tsv"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text, ids, _ = line.rstrip("\n").split("\t")
            labels = frozenset(GOEMOTIONS[int(i)] for i in ids.split(","))
            yield Example(text, labels, bool(labels & COMPLAINT_EMOTIONS), "goemotions")


def xed(shared: Path) -> Iterator[Example]:
    negative = {"anger", "disgust", "fear", "sadness"}
    with (shared / "xed_en" / "train.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            text, names = line.rstrip("\n").split("\t")
            text = re.sub(r"\s+([.,!?'])", r"\1", text)  # undo the corpus' tokenisation
            yield Example(text, frozenset(), bool(negative & set(names.split(","))), "xed")


def uci(shared: Path) -> Iterator[Example]:
    for name in ("amazon_cells_labelled.txt", "yelp_labelled.txt"):
        with (shared / "uci_sentiment_labelled_sentences" / name).open(encoding="utf-8") as f:
            for line in f:
                text, _, label = line.rstrip("\n").rpartition("\t")
                if text:
                    yield Example(text.strip(), frozenset(), label.strip() == "0", "uci")


def cfpb(shared: Path, *, max_chars: int = 300) -> Iterator[Example]:
    """Complaint narratives, cut to their opening sentences: that is where the complaint is
    stated, and it keeps these long texts from swamping the short ones."""
    csv.field_size_limit(sys.maxsize)
    folder = shared / "cfpb_consumer_complaints"
    for name in ("complaints.csv", "narratives_extra.csv"):
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                narrative = _REDACTED.sub("", row.get("Consumer complaint narrative") or "")
                opening = _opening(narrative, max_chars)
                if len(opening) > 20:
                    yield Example(opening, frozenset(), True, "cfpb")


def _opening(text: str, max_chars: int) -> str:
    taken = ""
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        if taken and len(taken) + len(sentence) > max_chars:
            break
        taken = f"{taken} {sentence}".strip()
    return taken[: max_chars * 2]


NEGATIVE_SCENARIOS = frozenset(
    {
        "late_delivery",
        "missing_delivery",
        "damaged_item",
        "billing_error",
        "rude_staff",
        "transferred",
        "long_hold",
        "broken_promise",
        "account_activation",
        "churn_threat",
        "public_threat",
        "repeat_contact",
        "undervalued",
        "confusion",
        "worry",
        "product_quality",
        "mixed",
    }
)


def project_texts(seeds: range = range(1000, 1004)) -> Iterator[Example]:
    """Feedback written by the project's own demo generator, labelled by the scenario it was
    written for."""
    from amends.demo import generate

    now = datetime(2026, 1, 1, tzinfo=UTC)
    for seed in seeds:
        for item in generate(now=now, seed=seed).feedback:
            text = item.get("text")
            scenario = set(item.get("scenario") or [])  # type: ignore[call-overload]
            if isinstance(text, str) and text and scenario:
                yield Example(text, frozenset(), bool(scenario & NEGATIVE_SCENARIOS), "project")


def airline(shared: Path) -> Iterator[tuple[str, str, str, str]]:
    """(tweet_id, sentiment, negative reason, text) — evaluation only (CC BY-NC-SA)."""
    with (shared / "twitter_us_airline_sentiment" / "Tweets.csv").open(
        encoding="utf-8", newline=""
    ) as handle:
        for row in csv.DictReader(handle):
            yield row["tweet_id"], row["airline_sentiment"], row["negativereason"], row["text"]


MAIA_FILES = (
    "de_client_02.json",
    "pt_br_client_02.json",
    "pt_br_client_04.json",
    "pt_pt_client_03.json",
)


@dataclass(frozen=True)
class ChatTurn:
    """One customer turn of a MAIA-DQE support chat: its sentences in the English machine
    translation the agent read and as the customer wrote them (``language``: ``de`` or ``pt``),
    with the annotators' emotion for each sentence (names from ``emotion_labels.txt``)."""

    chat: str
    turn: int
    sentences: tuple[str, ...]
    emotions: tuple[str, ...]
    original: tuple[str, ...]
    language: str


def maia_turns(shared: Path) -> Iterator[ChatTurn]:
    """Customer turns of the MAIA-DQE chats — evaluation only (CC BY-ND 4.0: no derived model).

    Customers wrote German or Portuguese; ``text_mt`` is the English the agent read. A turn whose
    sentence and label lists disagree in length (6 of 1,427) cannot be aligned and is skipped.
    """
    folder = shared / "maia_dqe_customer_support"
    names = (folder / "emotion_labels.txt").read_text(encoding="utf-8").split()
    for file_name in MAIA_FILES:
        for dialogue in json.loads((folder / file_name).read_text(encoding="utf-8")):
            for number, turn in enumerate(dialogue["turns"]):
                sentences, emotions = turn["text_mt"], turn["Emotion"]
                if turn["floor"] != "inbound" or len(sentences) != len(emotions):
                    continue
                yield ChatTurn(
                    f"{file_name}:{dialogue['id']}",
                    number,
                    tuple(sentences),
                    tuple(names[e] for e in emotions),
                    tuple(turn["text_src"]),
                    file_name[:2],
                )


def service_messages(count: int = 20_000, seed: int = 3) -> Iterator[Example]:
    """Short customer-to-company messages the project writes itself (``service_corpus``)."""
    from amends.analysis.service_corpus import generate_messages

    for message in generate_messages(count, seed=seed):
        yield Example(message.text, frozenset(), message.negative, "service")


def handwritten() -> Iterator[Example]:
    """Customer messages written one by one for the project (``handwritten*.py``): the variety of
    real people's writing that templates cannot give."""
    from amends.analysis.handwritten import handwritten_messages

    for text, negative in handwritten_messages():
        yield Example(text, frozenset(), negative, "handwritten")
