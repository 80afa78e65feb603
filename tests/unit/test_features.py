"""Features and the linear model's arithmetic, on a tiny model built by hand."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from amends.analysis.features import (
    Vectorizer,
    analyze_features,
    gram_span,
    tokens,
    word_features,
)
from amends.analysis.model import LinearTextModel, Member
from amends.analysis.training import Recipe, best_f1_threshold, model_version


def test_tokens_keep_their_offsets_in_the_original_text() -> None:
    text = "I don\u2019t want a refund\u2026 I want my bag!! \U0001f621 http://t.co/abc :("
    found = tokens(text)
    assert [word for word, _, _ in found] == [
        "i",
        "don't",
        "want",
        "a",
        "refund",
        "i",
        "want",
        "my",
        "bag",
        "!",
        "!",
        "\U0001f621",
        ":(",
    ]
    for word, start, end in found:
        assert text[start:end].lower().replace("\u2019", "'") == word


@given(st.text(max_size=200))
def test_every_word_feature_points_at_its_words(text: str) -> None:
    for feature, start, end in word_features(tokens(text)):
        covered = text[start:end].lower().replace("\u2019", "'").replace("\u2018", "'")
        assert covered.startswith(feature.split(" ")[0])
        assert covered.endswith(feature.split(" ")[-1])


def test_the_character_view_reads_ngrams_within_words_marked_apart_from_words() -> None:
    features = analyze_features("so late", chars=True)
    assert "late" not in features
    assert "# la" in features
    assert "#ate " in features
    assert "#o l" not in features  # never across words
    assert analyze_features("so late", chars=False) == ["so", "so late", "late"]


def _tiny_model(word_share: float = 1.0) -> LinearTextModel:
    vocabulary = {"late": 0, "thanks": 1, "never": 2, "never again": 3}
    words = Member(
        Vectorizer(vocabulary, np.ones(4, np.float32), chars=False),
        np.array([[3.0, 0.0], [-2.0, 0.0], [1.0, 0.0], [2.0, 5.0]], np.float32),
        np.array([-1.0, -2.0], np.float32),
    )
    chars = Member(
        Vectorizer({"#lat": 0}, np.ones(1, np.float32), chars=True),
        np.array([[0.0, 0.0]], np.float32),
        np.array([0.0, 0.0], np.float32),
    )
    return LinearTextModel(
        name="tiny",
        version="1",
        outputs=("negative", "churn"),
        members=(words, chars),
        mix=np.array([[word_share] * 2, [1 - word_share] * 2], np.float32),
        thresholds={"negative": 0.5, "churn": 0.5},
        info={},
    )


def test_probabilities_are_the_logistic_of_the_tfidf_dot_product() -> None:
    model = _tiny_model()
    (row,) = model.predict(["late late"])
    # one feature, sublinear tf, l2-normalised to 1.0: score = 3 - 1
    assert row[0] == pytest.approx(1 / (1 + np.exp(-2.0)), rel=1e-5)
    (empty,) = model.predict([""])
    assert empty[1] == pytest.approx(1 / (1 + np.exp(2.0)), rel=1e-5)


def test_an_output_is_the_mix_weighted_average_of_its_members() -> None:
    (row,) = _tiny_model(word_share=0.25).predict(["late"])
    assert row[0] == pytest.approx(0.25 / (1 + np.exp(-2.0)) + 0.75 * 0.5, rel=1e-5)


def test_evidence_is_the_words_that_pushed_the_output_up() -> None:
    evidence = _tiny_model().explain("Thanks, but never again. Late!", ["churn", "negative"])
    assert [s.text for s in evidence["churn"]] == ["never again"]
    assert [s.text for s in evidence["negative"]] == ["never again", "Late"]


def test_a_saved_model_loads_back_identically_and_without_pickle(tmp_path: Path) -> None:
    model = _tiny_model()
    model.save(tmp_path)
    loaded = LinearTextModel.load(tmp_path)
    texts = ["late", "never again thanks", "nothing known"]
    assert np.allclose(loaded.predict(texts), model.predict(texts), atol=1e-3)
    assert loaded.members[0].vectorizer.vocabulary == model.members[0].vectorizer.vocabulary
    assert loaded.members[1].vectorizer.chars
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as arrays:
        assert set(arrays.files) == {f"{a}_{i}" for a in ("idf", "weights", "bias") for i in (0, 1)}


def test_a_model_of_another_format_is_refused(tmp_path: Path) -> None:
    _tiny_model().save(tmp_path)
    meta = (tmp_path / "model.json").read_text().replace('"format": 2', '"format": 99')
    (tmp_path / "model.json").write_text(meta)
    with pytest.raises(ValueError, match="format 99"):
        LinearTextModel.load(tmp_path)


def test_the_threshold_is_the_one_with_the_best_f1() -> None:
    truth = np.array([True, True, False, False, False])
    scores = np.array([0.9, 0.6, 0.55, 0.2, 0.1], np.float32)
    assert best_f1_threshold(truth, scores) == pytest.approx(0.56, abs=0.011)


def test_the_model_version_changes_with_the_weights_not_only_the_recipe() -> None:
    model = _tiny_model()
    recipe = Recipe()
    same = model_version(recipe, model.members, model.thresholds)
    assert same == model_version(recipe, model.members, dict(model.thresholds))
    words, chars = model.members
    nudged = Member(words.vectorizer, words.weights + np.float32(0.5), words.bias)
    assert model_version(recipe, (nudged, chars), model.thresholds) != same
    assert model_version(recipe, model.members, {**model.thresholds, "churn": 0.6}) != same


@given(st.lists(st.sampled_from(["late", "thanks", "never", "again", "x", "!", " "]), max_size=12))
def test_word_hits_name_the_ngrams_they_came_from(words: list[str]) -> None:
    text = " ".join(words)
    toks = tokens(text)
    vectorizer = _tiny_model().members[0].vectorizer
    columns, places = vectorizer.word_hits(toks)
    features = [feature for feature, _, _ in word_features(toks)]
    by_column = {column: feature for feature, column in vectorizer.vocabulary.items()}
    assert len(columns) == len(places)
    for column, place in zip(columns, places, strict=True):
        start, end = gram_span(toks, place)
        assert " ".join(text[start:end].lower().split()) == by_column[column]
    assert sorted(by_column[c] for c in columns) == sorted(
        f for f in features if f in vectorizer.vocabulary
    )


def test_evidence_from_shared_hits_equals_evidence_read_afresh() -> None:
    model = _tiny_model()
    texts = ["Thanks, but never again. Late!", "late late never", "", "nothing known"]
    tokenized = [tokens(text) for text in texts]
    hits = model.word_hits(tokenized)
    assert hits is not None
    assert np.array_equal(model.predict(texts, tokenized, None, hits), model.predict(texts))
    for text, toks, text_hits in zip(texts, tokenized, hits, strict=True):
        shared = model.explain(text, ["churn", "negative"], toks=toks, hits=text_hits)
        assert shared == model.explain(text, ["churn", "negative"])
