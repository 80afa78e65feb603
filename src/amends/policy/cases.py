"""The ``cases`` policy section: status labels, reopening, automatic closing and case references."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from amends.domain.cases import CaseStatus
from amends.policy.durations import Duration

DEFAULT_LABELS: Mapping[CaseStatus, str] = {
    CaseStatus.OPEN: "Open",
    CaseStatus.ASSIGNED: "Assigned",
    CaseStatus.CONTACTING: "Contacting customer",
    CaseStatus.IN_PROGRESS: "In progress",
    CaseStatus.WAITING_ON_CUSTOMER: "Waiting on customer",
    CaseStatus.RESOLVED: "Resolved",
    CaseStatus.FOLLOW_UP: "Following up",
    CaseStatus.CLOSED: "Closed",
    CaseStatus.UNREACHABLE: "Unreachable",
}
_MAX_LABEL = 40
_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,9}")


class CasesSection(BaseModel):
    """How cases are shown and when finished ones come back or close by themselves."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Only the statuses named are relabelled; the rest keep their default label.
    status_labels: Mapping[CaseStatus, str] = Field(default_factory=lambda: dict(DEFAULT_LABELS))
    reopen_within: Duration = timedelta(days=30)
    auto_close_after_follow_up: Duration = timedelta(days=7)
    reference_prefix: str = "C-"
    reference_digits: int = Field(default=5, ge=1, le=12)

    @field_validator("status_labels", mode="before")
    @classmethod
    def _labels_for_known_statuses(cls, value: Any) -> dict[str, str]:
        if value is None:
            value = {}
        if not isinstance(value, Mapping):
            raise ValueError("status_labels must map a status to its label, e.g. open: New")
        statuses = ", ".join(s.value for s in CaseStatus)
        merged = {status.value: label for status, label in DEFAULT_LABELS.items()}
        for key, label in value.items():
            if str(key) not in merged:
                raise ValueError(f"{key!r} is not a case status; the statuses are: {statuses}")
            if not isinstance(label, str) or not label.strip():
                raise ValueError(f"the label for {key} must be some text")
            if len(label.strip()) > _MAX_LABEL:
                raise ValueError(f"the label for {key} is longer than {_MAX_LABEL} characters")
            merged[str(key)] = label.strip()
        _require_distinct(merged)
        return merged

    @field_validator("reference_prefix")
    @classmethod
    def _readable_prefix(cls, value: str) -> str:
        if not _PREFIX.fullmatch(value):
            raise ValueError(
                f"reference_prefix {value!r} must start with a letter and have at most 10 "
                "letters, digits, '-' or '_' (e.g. C-)"
            )
        return value


def _require_distinct(labels: Mapping[str, str]) -> None:
    seen: dict[str, str] = {}
    for status, label in labels.items():
        other = seen.setdefault(label.casefold(), status)
        if other != status:
            raise ValueError(
                f"{other} and {status} both have the label {label!r}; "
                "give each status its own label so people can tell them apart"
            )


def status_label(status: CaseStatus, section: CasesSection) -> str:
    return section.status_labels.get(status, DEFAULT_LABELS[status])


def case_reference(case_id: int, section: CasesSection) -> str:
    """What people say on the phone: ``C-00042``."""
    return f"{section.reference_prefix}{case_id:0{section.reference_digits}d}"


def parse_case_reference(text: str, section: CasesSection) -> int | None:
    """The case id in ``C-00042``, ``c-42`` or ``42``; None when it is not a case reference."""
    text = text.strip()
    if text[: len(section.reference_prefix)].casefold() == section.reference_prefix.casefold():
        text = text[len(section.reference_prefix) :]
    if not text.isascii() or not text.isdigit():
        return None
    return int(text)


def auto_close_due(
    status: CaseStatus,
    *,
    follow_up_since: datetime | None,
    now: datetime,
    section: CasesSection,
) -> bool:
    """Whether a case in follow-up has waited long enough to close by itself."""
    if status is not CaseStatus.FOLLOW_UP or follow_up_since is None:
        return False
    return now - follow_up_since >= section.auto_close_after_follow_up
