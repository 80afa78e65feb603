"""The shared template language of the project's text generators."""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amends.templates import Choice, Slot, parse, render


def _write(template: str, seed: int = 1, **slots: str) -> str:
    out: list[str] = []
    render(parse(template), Random(seed), slots.__getitem__, out)
    return "".join(out)


def test_a_template_parses_into_text_choices_and_slots() -> None:
    assert parse("hi [a|b{x}|] {y}") == (
        "hi ",
        Choice((("a",), ("b", Slot("x")), ())),
        " ",
        Slot("y"),
    )


def test_braces_stay_text_when_the_caller_formats_them_later() -> None:
    assert parse("{amount:,.2f} [a|b]", slots=False)[0] == "{amount:,.2f} "


def test_every_alternative_is_reachable_and_slots_are_filled() -> None:
    seen = {
        _write("[late|lost|[broken|cracked]] {thing}", seed, thing="box") for seed in range(200)
    }
    assert seen == {"late box", "lost box", "broken box", "cracked box"}


def test_the_same_seed_writes_the_same_text() -> None:
    template = "[a|b|c][d|e|f][g|h|]"
    assert _write(template, 7) == _write(template, 7)


@pytest.mark.parametrize("broken", ["[a|b", "a]b", "x|y"])
def test_unbalanced_templates_are_refused(broken: str) -> None:
    with pytest.raises(ValueError, match="template"):
        parse(broken)


@given(st.text(alphabet=st.characters(blacklist_characters="[]|{}"), max_size=40))
def test_plain_text_comes_back_unchanged(text: str) -> None:
    assert _write(text) == text
