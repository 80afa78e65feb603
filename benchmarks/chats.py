"""The analyzer on real customer-support chats: MAIA-DQE (evaluation only, CC BY-ND 4.0).

    .venv/bin/python benchmarks/chats.py [--analyzer default] [--skip-baselines] [--shared PATH]

176 chats (1,421 customer turns, 3,009 sentences) in which customers wrote German or Portuguese
and agents read a machine translation into English; annotators gave every sentence one emotion
(neutral, anxiety, confusion, frustration, disappointment, empathy, happiness, anger). Prints:

* **The CX view** against those labels, per customer turn (the sentences joined: a message) and per
  sentence: each MAIA emotion's ROC-AUC for the CX probability it corresponds to, and the F1,
  precision and recall of the CX decision (one of the CX emotion's GoEmotions labels among the
  analysis' ``labels``). Nothing was tuned on these chats for emotions; the labelling scheme is
  not ours (its "anxiety" marks a customer who needs help, its "empathy" a thankful or friendly
  turn), so the mapping is approximate and said so.
* **``negative``** against "the turn carries anger, frustration, disappointment or anxiety".
* **The language guess** on the customers' own words (German, Portuguese) and on the English the
  agent read, before (function words only) and now. Its cut-offs were chosen on the chats whose
  md5 is even (``dev``); the ``test`` half is the figure to quote.

Needs ../shared/data/maia_dqe_customer_support (skips cleanly without it); VADER and NRCLex come
with ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amends.analysis import corpora, create_analyzer, language
from amends.analysis.base import Analysis, Analyzer
from amends.analysis.corpora import ChatTurn
from amends.analysis.labels import CX_EMOTIONS
from benchmarks.analysis import auc, baselines, f1, macro_binary

# MAIA emotion -> the CX emotion that means the same to a service team.
CX_OF: dict[str, str] = {
    "anger": "anger",
    "frustration": "frustration",
    "confusion": "confusion",
    "disappointment": "disappointment",
    "anxiety": "worry",
    "empathy": "gratitude",
    "happiness": "joy",
}
NEGATIVE = frozenset({"anger", "frustration", "disappointment", "anxiety"})
# NRCLex's emotions for the same MAIA labels (None: it has none).
NRC_OF: dict[str, str | None] = {
    "anger": "anger",
    "frustration": "anger",
    "confusion": None,
    "disappointment": "sadness",
    "anxiety": "fear",
    "empathy": "trust",
    "happiness": "joy",
}


def half(turn: ChatTurn) -> str:
    return "dev" if int(hashlib.md5(turn.chat.encode()).hexdigest(), 16) % 2 == 0 else "test"


def cx_report(
    unit: str,
    texts: Sequence[str],
    labels: Sequence[frozenset[str]],
    results: Sequence[Analysis],
    nrc: Callable[[str], dict[str, Any]] | None,
) -> None:
    print(f"\n## The CX view per {unit} ({len(texts):,})")
    print("MAIA emotion -> CX emotion       n   ROC-AUC  F1    P     R   | NRCLex AUC")
    lexicon = [nrc(text) for text in texts] if nrc else None
    for maia, cx in CX_OF.items():
        truth = np.array([maia in found for found in labels])
        scores = np.array([r.cx_emotions[cx] for r in results])
        decided = np.array([any(g in r.labels for g in CX_EMOTIONS[cx]) for r in results])
        hits = float(np.sum(truth & decided))
        precision = hits / max(float(decided.sum()), 1.0)
        recall = hits / max(float(truth.sum()), 1.0)
        nrc_name = NRC_OF[maia]
        baseline = "-"
        if lexicon is not None and nrc_name is not None:
            baseline = f"{auc(truth, np.array([s.get(nrc_name, 0) for s in lexicon])):.3f}"
        print(
            f"{maia:>14} -> {cx:<14} {int(truth.sum()):4d}   {auc(truth, scores):.3f}"
            f"   {f1(truth, decided):.2f}  {precision:.2f}  {recall:.2f} | {baseline}"
        )


def negative_report(
    texts: Sequence[str],
    labels: Sequence[frozenset[str]],
    results: Sequence[Analysis],
    vader: Callable[[str], float] | None,
) -> None:
    truth = np.array([bool(found & NEGATIVE) for found in labels])
    scores = np.array([r.negative for r in results])
    decided = np.array([r.is_negative for r in results])
    share = f"{truth.mean():.0%}"
    print(f"\n## `negative` per turn: anger, frustration, disappointment or anxiety ({share})")
    print(f"amends: ROC-AUC {auc(truth, scores):.3f}, macro-F1 {macro_binary(truth, decided):.3f}")
    if vader is not None:
        print(f"VADER:  ROC-AUC {auc(truth, np.array([-vader(text) for text in texts])):.3f}")


def named_right(pairs: Sequence[tuple[str, str]]) -> tuple[float, float]:
    """Share of ``(text, language)`` pairs guessed right by function words alone, and now."""

    def share() -> float:
        return float(np.mean([language.guess_language(text) == lang for text, lang in pairs]))

    identify = language._identify
    language._identify = lambda text: None  # type: ignore[assignment]
    try:
        before = share()
    finally:
        language._identify = identify
    return before, share()


def language_report(turns: Sequence[ChatTurn]) -> None:
    print("\n## Language of each customer turn (share named right)")
    print("half  written in     turns  function words only   now")
    for name in ("dev", "test"):
        chosen = [turn for turn in turns if half(turn) == name]
        rows = {
            "de / pt": [(" ".join(t.original), t.language) for t in chosen],
            "  of 3+ words": [
                (" ".join(t.original), t.language)
                for t in chosen
                if len(set(" ".join(t.original).lower().split())) >= language.MIN_DISTINCT_WORDS
            ],
            "English (MT)": [(" ".join(t.sentences), "en") for t in chosen],
        }
        for label, pairs in rows.items():
            before, now = named_right(pairs)
            print(f"{name:<5} {label:<14} {len(pairs):5d}  {before:17.1%}   {now:6.1%}")


def english_report(shared: Path) -> None:
    print("\n## English read as English (false alarms cost a misrouted case)")
    sets = {
        "GoEmotions dev": [e.text for e in corpora.goemotions(shared, "dev")],
        "airline tweets": [text for _, _, _, text in corpora.airline(shared)],
    }
    for name, texts in sets.items():
        before, now = named_right([(text, "en") for text in texts])
        print(f"{name:<16} {len(texts):6,d}  function words only {before:.2%}, now {now:.2%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--analyzer", default="default")
    parser.add_argument("--shared", type=Path, default=corpora.default_shared_data())
    parser.add_argument("--skip-baselines", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "maia_dqe_customer_support" / "emotion_labels.txt").is_file():
        print(f"skipped: no MAIA-DQE chats under {args.shared}")
        return
    turns = list(corpora.maia_turns(args.shared))
    analyzer: Analyzer = create_analyzer(args.analyzer)
    print(f"# amends on MAIA-DQE support chats: {analyzer.name} {analyzer.version}")
    vader, nrc = (None, None) if args.skip_baselines else baselines()
    turn_texts = [" ".join(turn.sentences) for turn in turns]
    turn_labels = [frozenset(turn.emotions) for turn in turns]
    turn_results = analyzer.analyze(turn_texts)
    cx_report("customer turn", turn_texts, turn_labels, turn_results, nrc)
    sentences = [sentence for turn in turns for sentence in turn.sentences]
    sentence_labels = [frozenset({emotion}) for turn in turns for emotion in turn.emotions]
    cx_report("sentence", sentences, sentence_labels, analyzer.analyze(sentences), nrc)
    negative_report(turn_texts, turn_labels, turn_results, vader)
    language_report(turns)
    if (args.shared / "goemotions" / "dev.tsv").is_file():
        english_report(args.shared)


if __name__ == "__main__":
    main()
