"""The language guess that flags feedback the English model should not be trusted on."""

from __future__ import annotations

import pytest

from amends.analysis.language import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The parcel is late and I want my money back.", "en"),
        ("Das Paket ist nicht angekommen und ich will mein Geld zurück.", "de"),
        ("Não recebi a minha encomenda e quero o meu dinheiro de volta.", "pt"),
        ("No he recibido el pedido y quiero que me devuelvan el dinero.", "es"),
        ("Je ne suis pas content, le colis est perdu et je veux un remboursement.", "fr"),
    ],
)
def test_function_words_name_the_language(text: str, language: str) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize("text", ["", "👍👍", "1234 5678", "ok", "Danke"])
def test_too_little_to_go_on_reads_as_the_default(text: str) -> None:
    assert guess_language(text) == "en"
    assert guess_language(text, default="und") == "und"
