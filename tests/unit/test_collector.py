"""The analyzer pauses the cyclic garbage collector for a batch and leaves it as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence

import pytest

from amends.analysis.base import Analysis
from amends.analysis.collector import collector_paused
from amends.analysis.default import DefaultAnalyzer, create_default_analyzer


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_is_on_again_after_an_error_inside() -> None:
    gc.enable()
    with pytest.raises(ValueError, match="boom"), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_caller_who_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_analyze_runs_with_the_collector_paused_and_restores_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    analyzer = create_default_analyzer()
    seen: list[bool] = []
    read = DefaultAnalyzer._analyze

    def spying(self: DefaultAnalyzer, texts: Sequence[str]) -> list[Analysis]:
        seen.append(gc.isenabled())
        return read(self, texts)

    monkeypatch.setattr(DefaultAnalyzer, "_analyze", spying)
    gc.enable()
    assert analyzer.analyze(["Still no refund. Call me."])[0].signals["follow_up_requested"]
    assert seen == [False]
    assert gc.isenabled()
