"""Text to features: one tokenizer for training and serving, so the two can never disagree.

Two views of a text, one per member of the model's ensemble: lower-cased word unigrams and bigrams
(with ``!``/``?``, emoji and emoticons kept as tokens: they carry emotion), and character 2-5-grams
inside word boundaries, which make the model robust to the spelling of tweets and texts ("soooo",
"pls", "refnd"). Word features keep their character offsets, which is how the analyzer points at
the words behind each emotion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

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

Token = tuple[str, int, int]  # lower-cased text, start, end: plain tuples keep this hot path fast

WordHits = tuple[list[int], list[int]]
"""A text's word-view vocabulary columns and, for each, the n-gram it came from: its place among
the text's unigrams then bigrams (``gram_span``). Found once per text, they serve both the TF-IDF
row and the evidence, which then need not tokenize or look anything up again."""


def tokens(text: str) -> list[Token]:
    """Word tokens with their offsets in ``text`` (curly apostrophes read as straight ones)."""
    normalised = text.translate(_APOSTROPHES)  # same length: offsets stay valid
    if "://" in normalised or "www." in normalised:
        normalised = _URL.sub(lambda m: " " * len(m.group()), normalised)
    return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(normalised)]


def word_features(toks: list[Token]) -> Iterator[tuple[str, int, int]]:
    """Unigrams and bigrams, each with the span of text it covers."""
    for i, (word, start, end) in enumerate(toks):
        yield word, start, end
        if i + 1 < len(toks):
            following, _, following_end = toks[i + 1]
            yield f"{word} {following}", start, following_end


def gram_span(toks: list[Token], place: int) -> tuple[int, int]:
    """Where the n-gram at ``place`` (unigrams first, then bigrams) lies in the text."""
    if place < len(toks):
        return toks[place][1], toks[place][2]
    first = place - len(toks)
    return toks[first][1], toks[first + 1][2]


@lru_cache(maxsize=200_000)
def char_grams(word: str, low: int = 2, high: int = 5) -> tuple[str, ...]:
    # Cached per word: customers repeat their words, so this costs one lookup after the first.
    padded = f" {word} "
    return tuple(
        "#" + padded[i : i + size]  # "#" keeps them apart from words
        for size in range(low, high + 1)
        for i in range(len(padded) - size + 1)
    )


def cue_features(complaint: bool, signals: Iterable[str], undervalued: bool) -> list[str]:
    """What the rule-based detectors found, as features the word view can weigh: a flat
    complaint ("3 hours on the tarmac") has few emotion words but clear cues."""
    found = [f"__signal_{name}" for name in signals]
    if complaint:
        found.append("__complaint")
    if undervalued:
        found.append("__undervalued")
    return found


def detect_cues(text: str) -> list[str]:
    from amends.analysis.cues import detect_complaint, detect_undervalued
    from amends.analysis.signals import detect_signals

    return cue_features(
        bool(detect_complaint(text)), detect_signals(text), bool(detect_undervalued(text))
    )


def analyze_features(text: str, *, chars: bool, cues: bool = False) -> list[str]:
    """The feature strings of one text: word n-grams (with the detectors' cues when ``cues``),
    or character n-grams within words."""
    toks = tokens(text)
    if chars:
        return [gram for word, _, _ in toks for gram in char_grams(word)]
    found = [feature for feature, _, _ in word_features(toks)]
    return found + detect_cues(text) if cues else found


@dataclass(frozen=True)
class Vectorizer:
    """TF-IDF (sublinear tf, l2-normalised) over a fixed vocabulary, as scikit-learn computes it."""

    vocabulary: dict[str, int]
    idf: NDArray[np.float32]
    chars: bool
    cues: bool = False
    # word -> its character n-grams' columns; filled as words are met (chars view only)
    _columns_of_word: dict[str, tuple[int, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def word_hits(self, toks: list[Token]) -> WordHits:
        """The word view's columns of a tokenized text, with the n-gram each came from."""
        words = [word for word, _, _ in toks]
        looked = list(map(self.vocabulary.get, words + [f"{a} {b}" for a, b in pairwise(words)]))
        columns = [column for column in looked if column is not None]
        return columns, [place for place, column in enumerate(looked) if column is not None]

    def columns(
        self, toks: list[Token], cues: Sequence[str] = (), hits: WordHits | None = None
    ) -> list[int]:
        """The vocabulary columns of a tokenized text, one per occurrence (``hits``: the word
        view's, when the caller has them already)."""
        if not self.chars:
            columns = (hits or self.word_hits(toks))[0]
            if self.cues and cues:
                columns = columns + [self.vocabulary[c] for c in cues if c in self.vocabulary]
            return columns
        cache, columns = self._columns_of_word, []
        for word, _, _ in toks:
            known = cache.get(word)
            if known is None:
                found = map(self.vocabulary.get, char_grams(word))
                known = cache[word] = tuple(c for c in found if c is not None)
                if len(cache) > 500_000:  # a stream of unique junk must not grow memory forever
                    cache.clear()
            columns.extend(known)
        return columns

    def matrix(
        self,
        tokenized: Sequence[list[Token]],
        cues: Sequence[Sequence[str]] | None = None,
        hits: Sequence[WordHits] | None = None,
    ) -> csr_matrix:
        """TF-IDF rows of many tokenized texts, built in one pass of numpy arithmetic."""
        found: list[int] = []
        indptr = [0]
        for number, toks in enumerate(tokenized):
            found.extend(
                self.columns(
                    toks,
                    cues[number] if cues is not None else (),
                    hits[number] if hits is not None and not self.chars else None,
                )
            )
            indptr.append(len(found))
        shape = (len(tokenized), len(self.vocabulary))
        # One entry per occurrence; scipy adds up the repeats in C (a Python tally per text
        # was a tenth of the analyzer's time).
        ones = np.ones(len(found), dtype=np.float32)
        counts = csr_matrix((ones, np.asarray(found, dtype=np.int32), indptr), shape=shape)
        counts.sum_duplicates()
        values = (1.0 + np.log(counts.data)) * self.idf[counts.indices]
        starts = counts.indptr
        rows = np.repeat(np.arange(len(tokenized)), np.diff(starts))
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=len(tokenized)))
        values /= norms[rows].astype(np.float32)
        return csr_matrix((values.astype(np.float32), counts.indices, starts), shape=shape)
