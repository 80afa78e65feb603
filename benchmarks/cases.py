"""Recovery cases opened per second from 100k analysed feedback items, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/cases.py [--items 100000] [--customers 10000] [--batch 2000]
        [--sweep-after 8] [--postgres URL|none] [--profile]

Builds a throw-away store of customers and feedback that already carries its analysis (written
straight through the repositories, no analyzer run: about a third of it negative, with emotions,
signals, topics and evidence spans, survey scores and "talk to someone now" choices), then times
only `open_pending_cases` under the default policy: every item decided, cases opened, attached or
none. Then one timer sweep (`sweep_timers`) `--sweep-after` hours later, when the first-contact
targets of the urgent bands have passed. `--profile` prints cProfile's hotspots of the intake.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from amends.analysis.labels import CX_EMOTIONS, GOEMOTIONS
from amends.config import Settings
from amends.runtime import Runtime
from amends.services.intake import IntakeReport, open_pending_cases
from amends.services.timers import SweepReport, sweep_timers
from amends.store import schema
from amends.store.engine import build_engine
from benchmarks.ingest import _drop, _postgres_database

ANALYZER = "default"
SOURCE = "bench"
# A Tuesday, 10 am in New York: the default calendar is open, so SLA clocks start at once.
NOW = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
CHUNK = 5000
T = TypeVar("T")

TOPICS = {  # what each topic sounds like, and how often negative feedback is about it
    "delivery": ("my parcel arrived {n} days late", 22),
    "billing": ("I was charged twice for order {n}", 16),
    "product_quality": ("the kettle broke after {n} days", 10),
    "staff_attitude": ("the agent was rude to me", 8),
    "wait_time": ("I queued for {n} minutes", 9),
    "account_access": ("I am locked out of my account", 6),
    "technical_problem": ("the app keeps crashing", 7),
    "booking_cancellation": ("my booking was cancelled without notice", 5),
    "lost_or_damaged_item": ("the box arrived crushed", 7),
    "communication": ("nobody answered my e-mails", 7),
    "policy": ("the returns policy is unfair", 3),
}
SIGNALS = {  # what each signal sounds like, and its chance in negative feedback
    "follow_up_requested": ("please call me back", 0.12),
    "churn_threat": ("I will close my account", 0.08),
    "public_escalation_threat": ("I will post a review about this", 0.04),
    "repeat_contact": ("this is the third time I have called", 0.08),
    "long_wait": ("I waited {n} minutes on hold", 0.12),
    "transferred": ("I was transferred four times", 0.06),
    "broken_promise": ("you promised a callback that never came", 0.06),
}
NEGATIVE_CX = ("anger", "frustration", "disappointment", "confusion", "worry", "sadness")
PRAISE = ("Lovely staff, quick checkout", "All good, thanks", "Arrived early, great service")
CHANNELS = {"survey": 50, "email": 18, "chat": 14, "review": 8, "social": 6, "sms": 4}
TIERS = {"standard": 70, "silver": 15, "gold": 10, "platinum": 5}
ZONES = ("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", None)


def customer_rows(count: int, rng: random.Random) -> list[dict[str, object]]:
    return [
        {
            "external_id": f"C{i:06d}",
            "name": f"{rng.choice(('Alex', 'Sam', 'Maria', 'Chen', 'Aisha'))} Customer{i}",
            "email": f"customer{i}@example.com",
            "phone": f"+1555{i:07d}" if rng.random() < 0.6 else None,
            "timezone": rng.choice(ZONES),
            "tier": rng.choices(list(TIERS), list(TIERS.values()))[0],
            "lifetime_value": Decimal(rng.randrange(20, 9000)),
            "consent_email": rng.random() < 0.7,
            "consent_sms": rng.random() < 0.4,
        }
        for i in range(count)
    ]


def feedback_row(number: int, customer_id: int, rng: random.Random) -> dict[str, object]:
    channel = rng.choices(list(CHANNELS), list(CHANNELS.values()))[0]
    metric = rng.choice(("nps", "nps", "csat")) if channel == "survey" else None
    return {
        "customer_id": customer_id,
        "source": SOURCE,
        "external_id": f"F{number:07d}",
        "channel": channel,
        "metric": metric,
        "score": None,  # set with the text, so the score agrees with the mood
        "text": None,
        "language": "en",
        "received_at": NOW - timedelta(seconds=rng.randrange(30 * 86_400)),
        "contact_requested": channel == "survey" and rng.random() < 0.03,
        "raw": {"followers": rng.randrange(50_000)} if channel == "social" else {},
        "ingested_at": NOW,
    }


Spans = dict[str, list[list[object]]]


def compose(parts: list[tuple[str, str]], rng: random.Random) -> tuple[str, Spans]:
    """The text, and the evidence span of each part under its key."""
    pieces: list[str] = []
    evidence: Spans = {}
    at = 0
    for key, phrase in parts:
        said = phrase.format(n=rng.randrange(2, 90))
        evidence.setdefault(key, []).append([at, at + len(said), said])
        pieces.append(said)
        at += len(said) + 2
    return ". ".join(pieces) + ".", evidence


def analysis_row(feedback: dict[str, object], rng: random.Random) -> dict[str, object]:
    negative = rng.random() < 0.35
    if negative:
        names, weights = zip(*((k, w) for k, (_, w) in TOPICS.items()), strict=True)
        topics = sorted(set(rng.choices(names, weights, k=rng.choice((1, 1, 1, 2)))))
        signals = [name for name, (_, p) in SIGNALS.items() if rng.random() < p]
        parts = [(t, TOPICS[t][0]) for t in topics] + [(s, SIGNALS[s][0]) for s in signals]
        body, evidence = compose(parts, rng)
        feeling = rng.choice(NEGATIVE_CX)
        cx = {name: round(rng.random() * 0.2, 4) for name in CX_EMOTIONS}
        cx[feeling] = round(rng.triangular(0.2, 0.95, 0.4), 4)
        label = CX_EMOTIONS[feeling][0]
        evidence[label] = evidence["negative"] = [evidence[topics[0]][0]]
        score = rng.randrange(0, 9) if feedback["metric"] == "nps" else rng.randrange(1, 4)
        reading = rng.uniform(0.55, 0.995)
    else:
        topics, signals, label, evidence = [], [], rng.choice(("gratitude", "neutral")), {}
        if rng.random() < 0.01:  # a calm "could someone ring me?"
            signals = ["follow_up_requested"]
        body = rng.choice(PRAISE) + "."
        cx = {name: round(rng.random() * 0.1, 4) for name in CX_EMOTIONS}
        cx["gratitude"] = round(rng.uniform(0.3, 0.9), 4)
        score = rng.randrange(7, 11) if feedback["metric"] == "nps" else rng.randrange(3, 6)
        reading = rng.uniform(0.01, 0.45)
    feedback["text"], feedback["score"] = body, score if feedback["metric"] else None
    return {
        "analyzer": ANALYZER,
        "version": "bench",
        "negative": round(reading, 4),
        "is_negative": reading >= 0.5,
        "labels": [label],
        "topics": topics,
        "signals": signals,
        "emotions": {name: round(rng.random() * 0.05, 4) for name in GOEMOTIONS},
        "cx_emotions": cx,
        "evidence": evidence,
        "language": "en",
        "analyzed_at": NOW,
    }


def build_store(runtime: Runtime, customers: int, items: int, seed: int = 3) -> None:
    """Customers, feedback and analyses, through the repositories, in chunks."""
    rng = random.Random(seed)
    with runtime.uow() as uow:
        ids = uow.customers.add(customer_rows(customers, rng), now=NOW)
        uow.commit()
    # A tail: the busiest customers write about ten times as often as the quietest.
    weights = [1 / (rank + 1000) for rank in range(len(ids))]
    owners = rng.choices(ids, weights, k=items)
    for start in range(0, items, CHUNK):
        numbers = range(start, min(start + CHUNK, items))
        feedback = [feedback_row(n, owners[n], rng) for n in numbers]
        analyses = [analysis_row(row, rng) for row in feedback]
        with runtime.uow() as uow:
            uow.feedback.add(feedback)
            stored = uow.feedback.ids_for(SOURCE, [str(row["external_id"]) for row in feedback])
            for row, analysis in zip(feedback, analyses, strict=True):
                analysis["feedback_id"] = stored[str(row["external_id"])]
            uow.analyses.save(analyses)
            uow.commit()


def intake(runtime: Runtime, batch: int) -> IntakeReport:
    return open_pending_cases(
        runtime.uow, runtime.policy, analyzer=ANALYZER, clock=lambda: NOW, batch=batch
    )


def sweep(runtime: Runtime, after_hours: float) -> SweepReport:
    return sweep_timers(runtime.uow, runtime.policy, now=NOW + timedelta(hours=after_hours))


def timed(work: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def measure(label: str, url: str, args: argparse.Namespace) -> None:
    settings = Settings(database_url=url, _env_file=None)  # type: ignore[call-arg]
    runtime = Runtime(settings=settings, engine=build_engine(url), clock=lambda: NOW)
    try:
        schema.upgrade(runtime.engine)
        _, built = timed(lambda: build_store(runtime, args.customers, args.items))
        print(
            f"{label}: store built in {built:.1f} s ({args.customers:,} customers, "
            f"{args.items:,} analysed feedback items)"
        )
        runtime.policy()  # read and validate the policy before the clock starts
        if args.profile:
            profile(runtime, args.batch)
        else:
            run(label, runtime, args)
    finally:
        runtime.close()


def run(label: str, runtime: Runtime, args: argparse.Namespace) -> None:
    report, seconds = timed(lambda: intake(runtime, args.batch))
    none = report.decided - report.opened - report.attached - report.reopened
    print(
        f"{label}: intake       {report.decided / seconds:>8,.0f} items decided/s  "
        f"{report.opened / seconds:>7,.0f} cases opened/s  ({seconds:.2f} s)"
    )
    print(
        f"{label}:   decided {report.decided:,}: opened {report.opened:,}, attached "
        f"{report.attached:,}, reopened {report.reopened:,}, none {none:,}; "
        f"messages queued {report.messages_queued:,}"
    )
    print(f"{label}:   {shape(runtime)}")
    swept, seconds = timed(lambda: sweep(runtime, args.sweep_after))
    print(
        f"{label}: timer sweep  {swept.cases_checked / seconds:>8,.0f} cases checked/s  "
        f"({swept.cases_checked:,} of {report.opened:,} due {args.sweep_after:g} h on, "
        f"{seconds:.2f} s): warnings {swept.warnings:,}, breaches {swept.breaches:,}, "
        f"escalations {swept.escalations:,}"
    )


def shape(runtime: Runtime) -> str:
    """Bands and assignment of the cases opened, to show the mixture is a plausible one."""
    with runtime.engine.connect() as connection:
        bands: dict[str, int] = dict(
            connection.execute(
                text("select priority_band, count(*) from cases group by priority_band order by 1")
            ).all()
        )
        assigned = connection.execute(
            text("select count(*) from cases where assignee is not null")
        ).scalar_one()
    spread = ", ".join(f"{band} {count:,}" for band, count in bands.items())
    return f"bands {spread}; assigned {assigned:,} (agents stop at max_open_cases)"


def profile(runtime: Runtime, batch: int) -> None:
    profiler = cProfile.Profile()
    report = profiler.runcall(intake, runtime, batch)
    print(f"profiled intake: decided {report.decided:,}, opened {report.opened:,}")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(30)
        print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--sweep-after", type=float, default=8.0, help="hours after intake")
    parser.add_argument("--profile", action="store_true", help="cProfile the intake instead")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "AMENDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure("sqlite", f"sqlite:///{folder}/bench.db", args)
    if args.sqlite_only:
        return
    database = _postgres_database(args.postgres)
    if database is None:
        print(f"postgres: skipped (not reachable at {args.postgres})")
        return
    try:
        measure("postgres", database, args)
    finally:
        _drop(args.postgres, database)


if __name__ == "__main__":
    main()
