"""A taxonomy of complaint topics as data: YAML a person can read and edit, validated by pydantic.

Loading never trusts the file: a wrong field is reported with the topic it belongs to and the line
of the YAML it came from (``taxonomy.yaml:41: topics[2] (billing) -> phrases[3]: ...``), so the
output of ``fit_topics`` can be reviewed, edited and loaded back without guesswork.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from amends.analysis.topics_patterns import PhraseError, phrase_regex
from amends.errors import InvalidInput
from amends.yaml_files import read_text, validate_yaml

__all__ = [
    "Taxonomy",
    "Topic",
    "default_taxonomy",
    "dump_taxonomy",
    "load_taxonomy",
    "parse_taxonomy",
    "save_taxonomy",
]

_SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_HEADER = (
    "# amends topic taxonomy (see amends/analysis/taxonomy.yaml for a commented example).\n"
    "# Phrases: words match their inflections; word* is a prefix; a/b is either word; '#' is a\n"
    "# number; '..' allows up to three words in between; =word matches only as written.\n"
    "# Evidence overlapping an 'exclude' phrase is dropped.\n"
)


class _ReadableDumper(yaml.SafeDumper):
    """Indents lists under their key, as people write YAML (the plain dumper puts them flush)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _snake_case(name: str) -> str:
    if not _SNAKE_CASE.fullmatch(name):
        raise ValueError(f"{name!r} is not snake_case (lower-case words joined by '_')")
    return name


def _valid_phrase(phrase: str) -> str:
    try:
        re.compile(phrase_regex(phrase))
    except (PhraseError, re.error) as error:
        raise ValueError(f"{phrase!r}: {error}") from None
    return phrase


Phrase = Annotated[str, Field(min_length=1), AfterValidator(_valid_phrase)]


class Topic(BaseModel):
    """One root cause: what it means for people, and the phrases that show it in a text."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: Annotated[str, AfterValidator(_snake_case)]
    description: Annotated[str, Field(min_length=1)]
    phrases: Annotated[tuple[Phrase, ...], Field(min_length=1)]
    exclude: tuple[Phrase, ...] = ()


class Taxonomy(BaseModel):
    """The topics, in the order ties are broken."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: Annotated[tuple[Topic, ...], Field(min_length=1)]

    @field_validator("topics")
    @classmethod
    def _names_are_unique(cls, topics: tuple[Topic, ...]) -> tuple[Topic, ...]:
        seen: set[str] = set()
        for topic in topics:
            if topic.name in seen:
                raise ValueError(f"topic name {topic.name!r} is used twice")
            seen.add(topic.name)
        return topics

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(topic.name for topic in self.topics)

    def topic(self, name: str) -> Topic:
        for topic in self.topics:
            if topic.name == name:
                return topic
        raise KeyError(name)


def parse_taxonomy(text: str, *, source: str = "taxonomy") -> Taxonomy:
    """Validate YAML text; every problem is reported as ``source:line: where: what``."""
    return validate_yaml(text, Taxonomy, source=source, what="taxonomy", error=InvalidInput)


def load_taxonomy(path: Path | str) -> Taxonomy:
    text = read_text(path, what="taxonomy", error=InvalidInput)
    return parse_taxonomy(text, source=str(path))


def dump_taxonomy(taxonomy: Taxonomy) -> str:
    """YAML in the same shape ``parse_taxonomy`` reads (empty ``exclude`` lists left out)."""
    topics = [topic.model_dump(exclude_defaults=True) for topic in taxonomy.topics]
    for topic in topics:
        for field in ("phrases", "exclude"):
            if field in topic:
                topic[field] = list(topic[field])
    body = yaml.dump(
        {"topics": topics}, Dumper=_ReadableDumper, sort_keys=False, allow_unicode=True, width=88
    )
    # A blank line between topics; "  - name: " can only start a topic (a phrase holding ": "
    # is quoted by the dumper).
    body = body.replace("\n  - name: ", "\n\n  - name: ").replace("topics:\n\n", "topics:\n", 1)
    return _HEADER + body


def save_taxonomy(taxonomy: Taxonomy, path: Path | str) -> None:
    Path(path).write_text(dump_taxonomy(taxonomy), encoding="utf-8")


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The shipped taxonomy (``taxonomy.yaml`` beside this module), read on first use."""
    text = resources.files("amends.analysis").joinpath("taxonomy.yaml").read_text("utf-8")
    return parse_taxonomy(text, source="amends/analysis/taxonomy.yaml")
