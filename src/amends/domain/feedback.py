"""Feedback: anything a customer told us, on any channel, with an optional survey score."""

from __future__ import annotations

from enum import StrEnum


class FeedbackChannel(StrEnum):
    SURVEY = "survey"
    SMS = "sms"
    EMAIL = "email"
    REVIEW = "review"
    SOCIAL = "social"
    TICKET = "ticket"
    CHAT = "chat"
    CALL_NOTE = "call_note"


class SurveyMetric(StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"

    @property
    def score_range(self) -> tuple[int, int]:
        return SCORE_RANGES[self]


# NPS 0-10 (likelihood to recommend), CSAT 1-5 (satisfaction), CES 1-7 (effort; 7 = very hard).
SCORE_RANGES: dict[SurveyMetric, tuple[int, int]] = {
    SurveyMetric.NPS: (0, 10),
    SurveyMetric.CSAT: (1, 5),
    SurveyMetric.CES: (1, 7),
}


def check_score(metric: SurveyMetric, score: int) -> int:
    low, high = metric.score_range
    if not low <= score <= high:
        raise ValueError(f"{metric.value} score must be between {low} and {high}, got {score}")
    return score
