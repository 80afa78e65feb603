"""Input records: the canonical shape of a customer, an event or a feedback item as it arrives.

Every adapter (CSV/JSONL files, the HTTP API, the demo loader) validates through these models, so
a row means the same thing whichever door it came in by. Validation needs two facts the data may
not carry, passed as pydantic context (see ``RecordContext``): the time zone to read timestamps
without an offset in (by default none: such timestamps are refused, never guessed), and the region
for phone numbers without a country code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from amends.domain.customers import Tier, normalize_email, normalize_phone
from amends.domain.events import EventType
from amends.domain.feedback import FeedbackChannel, SurveyMetric, check_score
from amends.domain.identity import IdentityKeys

RecordKind = Literal["customers", "events", "feedback"]


@dataclass(frozen=True, slots=True)
class RecordContext:
    """What validation needs to know that a row does not say."""

    timezone: tzinfo | None = None
    region: str = "US"


def _context(info: ValidationInfo) -> RecordContext:
    context = info.context
    return context if isinstance(context, RecordContext) else RecordContext()


def parse_instant(value: Any, info: ValidationInfo) -> datetime:
    """ISO 8601 text or a datetime, returned in UTC. Without an offset only if a zone was given."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"not an ISO 8601 timestamp: {value!r}") from None
    if not isinstance(value, datetime):
        raise ValueError("expected an ISO 8601 timestamp")
    instant: datetime = value
    if instant.tzinfo is None:
        zone = _context(info).timezone
        if zone is None:
            raise ValueError(
                f"timestamp {instant.isoformat()} has no time zone: add an offset such as "
                "+00:00, or name the zone the file was written in (--timezone)"
            )
        instant = instant.replace(tzinfo=zone)
    return instant.astimezone(UTC)


def _email(value: Any) -> Any:
    return normalize_email(value) if isinstance(value, str) else value


def _phone(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, int):
        value = str(value)
    return normalize_phone(value, _context(info).region) if isinstance(value, str) else value


def _text_id(value: Any) -> Any:
    # Spreadsheets turn customer numbers into integers; an id is text whatever it looks like.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _tags(value: Any) -> Any:
    if isinstance(value, str):
        return [tag.strip() for tag in value.replace("|", ";").replace(",", ";").split(";")]
    return value


def _json_object(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise ValueError("must be a JSON object") from None
    return value


Instant = Annotated[datetime, BeforeValidator(parse_instant)]
Email = Annotated[str, BeforeValidator(_email)]
Phone = Annotated[str, BeforeValidator(_phone)]
ExternalId = Annotated[str, BeforeValidator(_text_id), Field(min_length=1, max_length=200)]


class _Record(BaseModel):
    model_config = ConfigDict(
        str_strip_whitespace=True, extra="ignore", frozen=True, use_enum_values=False
    )
    kind: ClassVar[RecordKind]

    @model_validator(mode="before")
    @classmethod
    def _blank_is_absent(cls, data: Any) -> Any:
        # "" or "  " from JSON means "not given", as an empty CSV cell does: never an erasure.
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data


class _CustomerReference(_Record):
    """The identity keys shared by events and feedback: at least one must be present."""

    customer_id: ExternalId | None = None
    email: Email | None = None
    phone: Phone | None = None
    name: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _some_identity(self) -> _CustomerReference:
        if not (self.customer_id or self.email or self.phone):
            raise ValueError("no customer_id, email or phone: cannot attach to a customer")
        return self

    @property
    def identity(self) -> IdentityKeys:
        return IdentityKeys(external_id=self.customer_id, email=self.email, phone=self.phone)


class CustomerRecord(_Record):
    kind: ClassVar[RecordKind] = "customers"

    external_id: ExternalId
    name: str | None = Field(default=None, max_length=200)
    email: Email | None = None
    phone: Phone | None = None
    timezone: str | None = Field(default=None, description="IANA zone, e.g. Europe/London")
    tier: Tier | None = None
    lifetime_value: Decimal | None = Field(default=None, ge=0, max_digits=14, decimal_places=2)
    tags: Annotated[list[str], BeforeValidator(_tags)] = Field(default_factory=list)
    consent_email: bool | None = None
    consent_sms: bool | None = None
    consent_call: bool | None = None
    opted_out_email_at: Instant | None = None
    opted_out_sms_at: Instant | None = None
    opted_out_call_at: Instant | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("tags")
    @classmethod
    def _clean_tags(cls, value: list[str]) -> list[str]:
        return sorted({tag.strip().lower() for tag in value if tag and tag.strip()})

    @property
    def identity(self) -> IdentityKeys:
        return IdentityKeys(external_id=self.external_id, email=self.email, phone=self.phone)


class EventRecord(_CustomerReference):
    kind: ClassVar[RecordKind] = "events"

    external_id: ExternalId | None = None
    type: EventType
    occurred_at: Instant
    amount: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    currency: str | None = Field(default=None, pattern=r"^[A-Za-z]{3}$")
    channel: str | None = Field(default=None, max_length=40)
    hold_seconds: int | None = Field(default=None, ge=0)
    transfers: int | None = Field(default=None, ge=0)
    attributes: Annotated[dict[str, Any], BeforeValidator(_json_object)] = Field(
        default_factory=dict
    )

    @field_validator("currency")
    @classmethod
    def _upper_currency(cls, value: str | None) -> str | None:
        return value.upper() if value else value


class FeedbackRecord(_CustomerReference):
    kind: ClassVar[RecordKind] = "feedback"

    external_id: ExternalId | None = None
    channel: FeedbackChannel | None = None
    metric: SurveyMetric | None = None
    score: int | None = None
    text: str | None = Field(default=None, max_length=100_000)
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$")
    received_at: Instant
    in_reply_to: ExternalId | None = None
    contact_requested: bool = Field(
        default=False, description="The customer ticked 'talk to someone now' on the survey."
    )

    @model_validator(mode="after")
    def _score_needs_metric(self) -> FeedbackRecord:
        if (self.metric is None) != (self.score is None):
            raise ValueError("metric and score come together: give both or neither")
        if self.metric is not None and self.score is not None:
            check_score(self.metric, self.score)
        if self.channel is None:
            if self.metric is None:
                raise ValueError("channel is required when there is no survey metric")
            object.__setattr__(self, "channel", FeedbackChannel.SURVEY)
        if not self.text and self.metric is None and not self.contact_requested:
            raise ValueError("empty feedback: no text, no score")
        return self


RECORD_TYPES: dict[RecordKind, type[CustomerRecord] | type[EventRecord] | type[FeedbackRecord]] = {
    "customers": CustomerRecord,
    "events": EventRecord,
    "feedback": FeedbackRecord,
}

Record = CustomerRecord | EventRecord | FeedbackRecord


@dataclass(frozen=True, slots=True)
class RawRow:
    """One row as a reader found it: its line number, its fields, or why it could not be read."""

    line: int
    data: dict[str, Any] | None
    problem: str | None = None


class RecordError(ValueError):
    """One row could not be read; the message says which fields and why, in one line."""


def read_record(kind: RecordKind, data: dict[str, Any], context: RecordContext) -> Record:
    """Validate one row. Unknown columns of an event become its attributes; elsewhere, ignored."""
    model = RECORD_TYPES[kind]
    try:
        if model is EventRecord:
            data = _fold_extras_into_attributes(data)
        return model.model_validate(data, context=context)
    except RecordError:
        raise
    except ValueError as error:  # pydantic's ValidationError is a ValueError
        raise RecordError(_describe(error)) from None


def _fold_extras_into_attributes(data: dict[str, Any]) -> dict[str, Any]:
    known = EventRecord.model_fields
    extras = {key: value for key, value in data.items() if key not in known}
    if not extras:
        return data
    folded = {key: value for key, value in data.items() if key in known}
    try:
        attributes = _json_object(folded.get("attributes") or {})
    except ValueError as error:
        raise RecordError(f"attributes: {error}") from None
    folded["attributes"] = {**extras, **attributes} if isinstance(attributes, dict) else attributes
    return folded


def _describe(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if not callable(errors):
        return str(error)
    parts = []
    for item in errors(include_url=False):
        field_path = ".".join(str(step) for step in item.get("loc", ()))
        message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{field_path}: {message}" if field_path else message)
    return "; ".join(parts)
