"""Lexical sparse vectors and their Haystack components."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import warnings
import zlib
from pathlib import Path

import pytest
from haystack import Document, Pipeline
from haystack.dataclasses import SparseEmbedding

from ingest.sparse import (
    QUERY_PAIR_WEIGHT,
    LexicalSparseDocumentEmbedder,
    LexicalSparseTextEmbedder,
    document_vector,
    pair_terms,
    query_vector,
    term_index,
)
from ingest.text import analyze, analyze_words

AR_448_2 = (
    "الفصل 448-2\nدون الإخلال بالمقتضيات الجنائية الأشد، يعاقب بالسجن من خمس إلى عشر سنوات وبغرامة من "
    "10.000 إلى 500.000 درهم كل من ارتكب جريمة الاتجار بالبشر."
)
FR_448_2 = (
    "Article 448-2\nSans préjudice de dispositions pénales plus sévères, est puni de l’emprisonnement de "
    "cinq ans à dix ans et d’une amende de 10.000 à 500.000 dirhams quiconque commet l’infraction de traite "
    "des êtres humains."
)
FR_OTHER = "Article 3\nLes États parties veillent à ce que l'intérêt supérieur de l'enfant soit primordial."
REPO_ROOT = Path(__file__).resolve().parents[2]


def weight(vector: SparseEmbedding, term: str) -> float:
    return vector.values[vector.indices.index(term_index(term))]


def assert_well_formed(vector: SparseEmbedding) -> None:
    assert vector.indices == sorted(set(vector.indices))
    assert all(0 <= i < 2**32 for i in vector.indices)
    assert all(v > 0 for v in vector.values)
    assert len(vector.indices) == len(vector.values)


def test_term_index_is_crc32_and_stable_across_processes() -> None:
    assert term_index("448-2") == zlib.crc32(b"448-2")
    code = "from ingest.sparse import term_index; print(term_index('ضحي'), term_index('exploit'))"
    env_seeds = ["0", "12345"]  # hash randomisation would change hash() between these; CRC-32 must not
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in env_seeds
    ]
    outputs = {run.stdout for run in runs}
    assert outputs == {f"{term_index('ضحي')} {term_index('exploit')}\n"}


def test_document_vector_is_bm25_tf() -> None:
    vector = document_vector(analyze(AR_448_2))
    assert_well_formed(vector)
    assert len(vector.indices) == len(set(analyze(AR_448_2)))
    weights = dict(zip(vector.indices, vector.values, strict=True))
    # Saturation: more occurrences weigh more, never more than k1 + 1.
    once, twice = document_vector(["a", "b"]), document_vector(["a", "a", "b"])
    assert weight(twice, "a") > weight(once, "a")
    assert max(weights.values()) < 2.2
    # Length normalisation: the same count weighs less in a longer passage.
    short, long = document_vector(["x"] + ["y"] * 10), document_vector(["x"] + ["y"] * 200)
    assert weight(short, "x") > weight(long, "x")


def test_query_vector_is_binary() -> None:
    vector = query_vector(analyze("الاتجار بالبشر ثم الاتجار بالبشر"))
    assert_well_formed(vector)
    assert vector.values == [1.0, 1.0, 1.0]  # اتجار, its skeleton √تجر, بشر
    assert query_vector([]) == SparseEmbedding(indices=[], values=[])


def test_word_pairs_skip_stop_words_and_cover_every_reading() -> None:
    assert pair_terms(analyze_words("les frais de justice")) == ["frais+justic"]
    # «وبغرامة» reads as «وبغرام» or «غرام» (و a letter of the word, or «and»): both pairs are made.
    assert set(pair_terms(analyze_words("وبغرامة مالية"))) == {"وبغرام+مال", "غرام+مال"}
    assert pair_terms(analyze_words("victime")) == []


def test_word_pairs_weigh_in_vectors_without_changing_the_length() -> None:
    terms = ["frais", "justic", "victim"]
    plain, paired = document_vector(terms), document_vector(terms, pairs=["frais+justic"])
    assert weight(paired, "frais") == weight(plain, "frais")  # a pair is not a word more of the passage
    assert weight(paired, "frais+justic") == weight(plain, "victim")
    query = LexicalSparseTextEmbedder().run(text="frais de justice")["sparse_embedding"]
    assert weight(query, "frais") == 1.0 and weight(query, "frais+justic") == QUERY_PAIR_WEIGHT


def test_words_in_a_row_outrank_the_same_words_apart() -> None:
    """Synthetic texts: the same words, once as the phrase of the query and once scattered."""
    together = Document(content="Synthetic: the fees of justice are waived for the claimant.", meta={"language": "en"})
    apart = Document(content="Synthetic: fees are owed, and justice is public.", meta={"language": "en"})
    other = Document(content="Synthetic: a text about something else entirely.", meta={"language": "en"})
    vectors = [d.sparse_embedding for d in LexicalSparseDocumentEmbedder().run([together, apart, other])["documents"]]
    query = LexicalSparseTextEmbedder().run(text="fees of justice", language="en")["sparse_embedding"]
    scores = [
        sum(
            dict(zip(v.indices, v.values, strict=True)).get(i, 0.0) * w
            for i, w in zip(query.indices, query.values, strict=True)
        )
        for v in vectors
    ]
    assert scores[0] > scores[1] > scores[2]


def test_document_embedder_sets_sparse_embedding_without_mutating() -> None:
    documents = [
        Document(content=AR_448_2, meta={"language": "ar"}),
        Document(content=FR_448_2, meta={"language": "fr"}),
        Document(content="", meta={}),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Haystack warns when a component mutates a Document
        result = LexicalSparseDocumentEmbedder().run(documents=documents)
    embedded = result["documents"]
    assert [d.id for d in embedded] == [d.id for d in documents]
    assert all(d.sparse_embedding is None for d in documents)
    for document in embedded[:2]:
        assert_well_formed(document.sparse_embedding)
    assert embedded[2].sparse_embedding == SparseEmbedding(indices=[], values=[])
    with pytest.raises(TypeError):
        LexicalSparseDocumentEmbedder().run(documents="not documents")  # type: ignore[arg-type]


def test_document_embedder_reads_meta_fields_and_language() -> None:
    document = Document(content="يعاقب على جريمة الاتجار", meta={"heading": "الفصل 448-2", "language": "ar"})
    plain = LexicalSparseDocumentEmbedder().run([document])["documents"][0]
    heading_embedder = LexicalSparseDocumentEmbedder(meta_fields_to_embed=["heading"])
    with_heading = heading_embedder.run([document])["documents"][0]
    assert term_index("448-2") not in plain.sparse_embedding.indices
    assert term_index("448-2") in with_heading.sparse_embedding.indices
    english = Document(content="trafficking in persons", meta={"language": "en"})
    vector = LexicalSparseDocumentEmbedder().run([english])["documents"][0].sparse_embedding
    assert term_index("traffick") in vector.indices


def test_text_embedder() -> None:
    result = LexicalSparseTextEmbedder().run(text="art. 448-2 : la peine de la traite (الاتجار بالبشر)")
    vector = result["sparse_embedding"]
    assert_well_formed(vector)
    assert {term_index(t) for t in ("448-2", "trait", "اتجار", "بشر")} <= set(vector.indices)
    with pytest.raises(TypeError):
        LexicalSparseTextEmbedder().run(text=["a list"])  # type: ignore[arg-type]


def test_qdrant_style_scoring_ranks_the_right_article() -> None:
    """Dot product with IDF (as Qdrant's modifier computes it) puts the answering article first,
    across languages for a citation."""
    documents = [Document(content=t) for t in (AR_448_2, FR_448_2, FR_OTHER)]
    vectors = [d.sparse_embedding for d in LexicalSparseDocumentEmbedder().run(documents)["documents"]]
    df: dict[int, int] = {}
    for v in vectors:
        for i in v.indices:
            df[i] = df.get(i, 0) + 1
    n = len(vectors)

    def score(query: str, v: SparseEmbedding) -> float:
        q = LexicalSparseTextEmbedder().run(text=query)["sparse_embedding"]
        d = dict(zip(v.indices, v.values, strict=True))
        return sum(d[i] * math.log(1 + (n - df[i] + 0.5) / (df[i] + 0.5)) for i in q.indices if i in d)

    def ranking(query: str) -> list[int]:
        return sorted(range(n), key=lambda j: -score(query, vectors[j]))

    assert ranking("عقوبة الاتجار في البشر")[0] == 0
    assert ranking("quelle amende pour la traite des êtres humains ?")[0] == 1
    assert set(ranking("448-2")[:2]) == {0, 1}
    assert ranking("intérêt supérieur de l’enfant")[0] == 2


def test_components_in_a_pipeline_and_serialised() -> None:
    pipeline = Pipeline()
    pipeline.add_component("embedder", LexicalSparseDocumentEmbedder(avg_length=80.0))
    restored = Pipeline.loads(pipeline.dumps(), allowed_modules=["ingest.sparse"])  # Haystack 3 allowlist
    embedder = restored.get_component("embedder")
    assert isinstance(embedder, LexicalSparseDocumentEmbedder) and embedder.avg_length == 80.0
    result = restored.run({"embedder": {"documents": [Document(content=FR_448_2)]}})
    assert_well_formed(result["embedder"]["documents"][0].sparse_embedding)
    query = Pipeline()
    query.add_component("sparse", LexicalSparseTextEmbedder())
    assert_well_formed(query.run({"sparse": {"text": "الفصل 448-2"}})["sparse"]["sparse_embedding"])
