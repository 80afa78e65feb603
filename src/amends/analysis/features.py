"""Text to features: one tokenizer for training and serving, so the two can never disagree.

Two views of a text, one per member of the model's ensemble: lower-cased word unigrams and bigrams
(with ``!``/``?``, emoji and emoticons kept as tokens: they carry emotion), and character 2-5-grams
inside word boundaries, which make the model robust to the spelling of tweets and texts ("soooo",
"pls", "refnd"). Word features keep their character offsets, which is how the analyzer points at
the words behind each emotion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix

# Words (inner apostrophes kept: "don't"), "!" and "?", emoji, and the common emoticons.
_TOKEN = re.compile(
    r"[^\W_](?:[\w']*[^\W_])?|[!?]|[\U0001F000-\U0001FAFF\u2600-\u27BF]|[:;=]-?[()\[\]DPp/|]",
    re.UNICODE,
)
_URL = re.compile(r"https?://\S+|www\.\S+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Word tokens with their offsets in ``text`` (curly apostrophes read as straight ones)."""
    normalised = text.translate(_APOSTROPHES)  # same length: offsets stay valid
    if "://" in normalised or "www." in normalised:
        normalised = _URL.sub(lambda m: " " * len(m.group()), normalised)
    return [Token(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(normalised)]


def word_features(toks: list[Token]) -> Iterator[tuple[str, int, int]]:
    """Unigrams and bigrams, each with the span of text it covers."""
    for i, token in enumerate(toks):
        yield token.text, token.start, token.end
        if i + 1 < len(toks):
            following = toks[i + 1]
            yield f"{token.text} {following.text}", token.start, following.end


@lru_cache(maxsize=200_000)
def _char_grams(word: str, low: int = 2, high: int = 5) -> tuple[str, ...]:
    # Cached per word: customers repeat their words, so this costs one lookup after the first.
    padded = f" {word} "
    return tuple(
        "#" + padded[i : i + size]  # "#" keeps them apart from words
        for size in range(low, high + 1)
        for i in range(len(padded) - size + 1)
    )


def char_features(toks: list[Token]) -> Iterator[str]:
    for token in toks:
        yield from _char_grams(token.text)


def analyze_features(text: str, *, chars: bool) -> list[str]:
    """The feature strings of one text: word n-grams, or character n-grams within words."""
    toks = tokens(text)
    if chars:
        return list(char_features(toks))
    return [feature for feature, _, _ in word_features(toks)]


@dataclass(frozen=True)
class Vectorizer:
    """TF-IDF (sublinear tf, l2-normalised) over a fixed vocabulary, as scikit-learn computes it."""

    vocabulary: dict[str, int]
    idf: NDArray[np.float32]
    chars: bool

    def row(self, text: str) -> tuple[NDArray[np.int32], NDArray[np.float32]]:
        """Column indices and values of one text's feature vector."""
        counts: dict[int, int] = {}
        lookup = self.vocabulary.get
        for feature in analyze_features(text, chars=self.chars):
            column = lookup(feature)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        if not counts:
            return np.empty(0, np.int32), np.empty(0, np.float32)
        columns = np.fromiter(counts.keys(), np.int32, len(counts))
        tf = np.fromiter(counts.values(), np.float32, len(counts))
        values = (1.0 + np.log(tf)) * self.idf[columns]
        values /= np.sqrt(np.dot(values, values))
        return columns, values.astype(np.float32)

    def matrix(self, texts: Sequence[str]) -> csr_matrix:
        indptr = [0]
        columns: list[NDArray[np.int32]] = []
        values: list[NDArray[np.float32]] = []
        for text in texts:
            cols, vals = self.row(text)
            columns.append(cols)
            values.append(vals)
            indptr.append(indptr[-1] + len(cols))
        data = np.concatenate(values) if values else np.empty(0, np.float32)
        index = np.concatenate(columns) if columns else np.empty(0, np.int32)
        shape = (len(texts), len(self.vocabulary))
        return csr_matrix((data, index, np.asarray(indptr)), shape=shape)
