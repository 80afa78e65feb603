"""Settings, read once at the edge (CLI or app factory) and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///var/amends.db"


class Settings(BaseSettings):
    """Every setting comes from the environment with the ``AMENDS_`` prefix, or a ``.env`` file."""

    model_config = SettingsConfigDict(env_prefix="AMENDS_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL of the store: SQLite (embedded default) or "
        "postgresql+psycopg://user@host/db.",
    )
    api_token: SecretStr | None = Field(
        default=None,
        description="Bearer token the HTTP API requires. Unset: the API is open, which is only "
        "sensible on 127.0.0.1.",
    )
    default_region: str = Field(
        default="US",
        description="ISO 3166 region used to read phone numbers written without a country code.",
    )
    ingest_chunk_size: int = Field(
        default=2000,
        ge=1,
        le=20000,
        description="Rows written per transaction during ingestion.",
    )
    analyzer: str = Field(
        default="default",
        description="Registered analyzer that reads feedback (`amends analyze --analyzer` too).",
    )
    taxonomy: Path | None = Field(
        default=None,
        description="Topic taxonomy YAML to use instead of the shipped one (`amends topics fit`).",
    )
    analyze_on_ingest: bool = Field(
        default=True,
        description="Analyse new feedback as it is ingested, in the same process.",
    )
    policy: Path | None = Field(
        default=None,
        description="Policy YAML (opportunities, routing, SLA, remedies, budgets) to use instead "
        "of the shipped default; re-read when the file changes (`amends policy check`).",
    )
    open_cases_on_ingest: bool = Field(
        default=True,
        description="Decide on new feedback as it is ingested (after analysis): open, attach "
        "or reopen recovery cases in the same process.",
    )
    scheduler: bool = Field(
        default=True,
        description="Run the SLA and promise sweep every minute in a thread of `amends serve` "
        "(embedded mode). Off when a separate worker runs it (`amends cases sweep`).",
    )
    host: str = Field(default="127.0.0.1", description="Address `amends serve` binds to.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `amends serve` listens on.")

    @field_validator("default_region")
    @classmethod
    def _upper_region(cls, value: str) -> str:
        return value.upper()

    def sqlite_path(self) -> Path | None:
        """The database file when the store is SQLite on disk, so callers can create its folder."""
        prefix = "sqlite:///"
        if self.database_url.startswith(prefix) and ":memory:" not in self.database_url:
            return Path(self.database_url[len(prefix) :])
        return None
