"""Topic accuracy on real complaints: macro-F1 over the airline negative reasons, and µs per text.

    .venv/bin/python benchmarks/topics.py [--data PATH] [--show-fitted]

Data: Twitter US Airline Sentiment (CrowdFlower, via Kaggle), expected at
``../shared/data/twitter_us_airline_sentiment/Tweets.csv`` beside the repository; the script says
so and stops when it is absent. Its licence is CC BY-NC-SA 4.0, so it is used for evaluation only:
everything learned from it is fitted in memory here and thrown away, and nothing from it is
written to the repository (``--show-fitted`` prints the fitted taxonomy to the terminal).

Task: the negative tweets whose ``negativereason`` is not "Can't Tell" (nine reasons), split by a
hash of ``tweet_id`` into a fitting part (60%) and a scoring part (40%). Each tweet gets exactly
one predicted reason: the topic with the most evidence (``strongest_topic``), mapped to a reason;
a tweet that matches nothing is "none", which is always wrong. Per-reason F1 and their unweighted
mean (macro-F1) are printed on the scoring part for

(a) the shipped default taxonomy, with the hand-written mapping ``AIRLINE_REASON`` below;
(b) a taxonomy fitted on the fitting part with ``fit_topics`` and its default settings;
(c) for reference only (not shipped): logistic regression on word 1-2-gram counts with balanced
    class weights, when scikit-learn is installed. It is the bar the phrase taxonomy is held to.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from amends.analysis.topics import (
    TopicMatcher,
    default_taxonomy,
    dump_taxonomy,
    fit_topics,
    strongest_topic,
)

DATA = Path(__file__).resolve().parents[2] / "shared/data/twitter_us_airline_sentiment/Tweets.csv"
FIT_SHARE = 60  # percent of tweet ids that go to the fitting part

# Our topics -> the airline reasons, written from what each topic means, before any scoring.
# Three reasons have no topic of their own and score 0 by construction: Flight Attendant
# Complaints (crew behaviour is staff_attitude, which is mostly about agents, so it goes to
# Customer Service Issue), longlines (wait_time is mostly about delays here) and Damaged Luggage
# (lost_or_damaged_item covers both, and lost bags are ten times as common).
AIRLINE_REASON = {
    "wait_time": "late_flight",  # delays, late departures and arrivals, tarmac waits
    "delivery": "late_flight",  # for an airline the thing delivered late is the flight
    "booking_cancellation": "cancelled_flight",
    "lost_or_damaged_item": "lost_luggage",
    "staff_attitude": "customer_service_issue",
    "communication": "customer_service_issue",
    "product_quality": "bad_flight",  # seats, food, cabin, entertainment
    "billing": "flight_booking_problems",  # fares, fees and refunds around a booking
    "policy": "flight_booking_problems",  # change fees, ticket rules
    "technical_problem": "flight_booking_problems",  # the website and app used to book
    "account_access": "flight_booking_problems",
}

Example = tuple[str, str]  # (text, reason)


def load(path: Path) -> tuple[list[Example], list[Example]]:
    """The fitting and scoring parts, reasons as snake_case topic names."""
    fit: list[Example] = []
    score: list[Example] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            reason = row["negativereason"]
            if row["airline_sentiment"] != "negative" or reason in ("", "Can't Tell"):
                continue
            example = (row["text"], reason.lower().replace(" ", "_"))
            digest = hashlib.sha256(row["tweet_id"].encode()).digest()
            (fit if int.from_bytes(digest[:8], "big") % 100 < FIT_SHARE else score).append(example)
    return fit, score


def f1_by_reason(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for reason in sorted(set(gold)):
        hits = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == reason)
        said = sum(1 for p in predicted if p == reason)
        real = sum(1 for g in gold if g == reason)
        scores[reason] = 2 * hits / (said + real) if hits else 0.0
    return scores


def phrase_predictor(matcher: TopicMatcher, mapping: dict[str, str] | None) -> Callable[[str], str]:
    names = matcher.taxonomy.names

    def predict(text: str) -> str:
        topic = strongest_topic(matcher.match(text), names)
        if topic is None:
            return "none"
        return mapping.get(topic, "none") if mapping is not None else topic

    return predict


def linear_reference(fit: list[Example]) -> Callable[[str], str] | None:
    try:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        return None
    vectorizer = CountVectorizer(ngram_range=(1, 2), min_df=2, binary=True)
    features = vectorizer.fit_transform([text for text, _ in fit])
    model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
    model.fit(features, [reason for _, reason in fit])
    return lambda text: str(model.predict(vectorizer.transform([text]))[0])


def evaluate(
    predictors: dict[str, Callable[[str], str]], score: list[Example]
) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """Per-reason F1 of each predictor, and the share of tweets it gave no reason."""
    gold = [reason for _, reason in score]
    columns: dict[str, dict[str, float]] = {}
    nones: dict[str, float] = {}
    for name, predict in predictors.items():
        predicted = [predict(text) for text, _ in score]
        columns[name] = f1_by_reason(gold, predicted)
        nones[name] = predicted.count("none") / len(predicted)
    return columns, nones


def microseconds_per_text(matcher: TopicMatcher, texts: list[str], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            matcher.match(text)
        best = min(best, time.perf_counter() - started)
    return best / len(texts) * 1e6


def report(columns: dict[str, dict[str, float]], nones: dict[str, float]) -> None:
    reasons = sorted(next(iter(columns.values())))
    print(f"{'reason':<30}" + "".join(f"{name:>14}" for name in columns))
    for reason in reasons:
        print(f"{reason:<30}" + "".join(f"{col[reason]:>14.3f}" for col in columns.values()))
    macro = {name: sum(col.values()) / len(col) for name, col in columns.items()}
    print(f"{'macro-F1':<30}" + "".join(f"{value:>14.3f}" for value in macro.values()))
    print(f"{'no topic (counted wrong)':<30}" + "".join(f"{nones[n]:>14.1%}" for n in columns))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-fitted", action="store_true", help="print the fitted taxonomy")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"topics: skipped (no data at {args.data}; see this script's docstring)")
        return
    fit, score = load(args.data)
    print(f"{len(fit)} tweets to fit, {len(score)} to score, {len({r for _, r in fit})} reasons")
    default = TopicMatcher(default_taxonomy())
    started = time.perf_counter()
    fitted = TopicMatcher(fit_topics(fit))
    fit_seconds = time.perf_counter() - started
    predictors = {
        "(a) default": phrase_predictor(default, AIRLINE_REASON),
        "(b) fitted": phrase_predictor(fitted, None),
    }
    linear = linear_reference(fit)
    if linear is not None:
        predictors["(c) linear*"] = linear
    report(*evaluate(predictors, score))
    if linear is None:
        print("(c) skipped: scikit-learn is not installed")
    else:
        print("* reference only, not shipped: logistic regression on word 1-2-grams")
    texts = [text for text, _ in score]
    print(f"fit_topics on {len(fit)} tweets: {fit_seconds:.2f} s")
    print(f"match, default taxonomy: {microseconds_per_text(default, texts):.1f} µs per tweet")
    print(f"match, fitted taxonomy:  {microseconds_per_text(fitted, texts):.1f} µs per tweet")
    if args.show_fitted:
        print(dump_taxonomy(fitted.taxonomy))


if __name__ == "__main__":
    main()
