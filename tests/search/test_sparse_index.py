"""The in-memory lexical retrieval scores and filters as embedded Qdrant does, and follows the index."""

from __future__ import annotations

import pytest
from haystack import Document
from haystack.document_stores.types import DuplicatePolicy
from haystack_integrations.components.retrievers.qdrant import QdrantSparseEmbeddingRetriever

from ingest.index import EMBEDDING_DIM, open_document_store
from ingest.settings import Settings
from ingest.sparse import LexicalSparseDocumentEmbedder, LexicalSparseTextEmbedder
from search.passage_index import PassageIndex
from search.shared_document import SharedDocument
from search.sparse_index import InMemorySparseRetriever
from search.translation import translated_vector

QUERIES = [
    "عقوبة الاتجار بالبشر إذا كانت الضحية قاصرا",
    "la victime est dispensée des frais de justice",
    "Une victime de traite peut-elle obtenir l'assistance judiciaire ? المساعدة القضائية",
    "travail domestique des mineurs de moins de 16 ans",
    "الفصل 448-2",
]


def _scores(documents: list[Document]) -> dict[str, float]:
    return {d.id: d.score or 0.0 for d in documents}


def _assert_same_ranking(ours: list[Document], qdrants: list[Document]) -> None:
    assert len(ours) == len(qdrants)
    assert [d.score for d in ours] == pytest.approx([d.score for d in qdrants], rel=1e-5)
    # Equal scores may come in another order, and the last of them may be cut differently.
    cut = min((d.score or 0.0 for d in qdrants), default=0.0)
    theirs = _scores(qdrants)
    for document in ours:
        if (document.score or 0.0) > cut * (1 + 1e-5):
            assert theirs[document.id] == pytest.approx(document.score, rel=1e-5)


FILTERS = [
    None,
    {"field": "meta.language", "operator": "==", "value": "fr"},
    {
        "operator": "AND",
        "conditions": [
            {"field": "meta.work_id", "operator": "==", "value": "ma-law-27-14"},
            {"field": "meta.current", "operator": "==", "value": True},
        ],
    },
]


@pytest.mark.parametrize("filters", FILTERS)
def test_in_memory_scores_are_embedded_qdrants(indexed, filters: dict | None) -> None:
    _, ingestor, searcher = indexed
    qdrant = QdrantSparseEmbeddingRetriever(document_store=ingestor.store, top_k=40)
    ours = InMemorySparseRetriever(PassageIndex(ingestor.store), top_k=40)
    embedder = LexicalSparseTextEmbedder()
    found = 0
    for query in QUERIES:
        vector = embedder.run(text=query)["sparse_embedding"]
        documents = ours.run(vector, filters=filters)["documents"]
        _assert_same_ranking(documents, qdrant.run(query_sparse_embedding=vector, filters=filters)["documents"])
        found += bool(documents)
    assert found >= 2
    if filters:
        return
    # The translated query weighs its terms (Qdrant's IDF comes on top): the same there.
    vector = translated_vector(QUERIES[1], searcher.translator.lexicon, searcher.translator.glossary)
    assert vector is not None
    _assert_same_ranking(ours.run(vector)["documents"], qdrant.run(query_sparse_embedding=vector)["documents"])


def _synthetic(number: int, text: str, language: str) -> Document:
    """An obviously made-up passage (not law), with the payload the passage index reads."""
    meta = {"key": f"test-work:{number}", "article": str(number), "language": language, "work_id": "test-work"}
    return Document(id=f"synthetic-{number}", content=text, meta=meta, embedding=[0.1] * EMBEDDING_DIM)


@pytest.fixture
def store(settings: Settings):
    store = open_document_store(settings)
    passages = [
        _synthetic(1, "zorblat quimbe frandole", "fr"),
        _synthetic(2, "quimbe frandole", "fr"),
        _synthetic(3, "زوربلات كيمبة", "ar"),
    ]
    store.write_documents(LexicalSparseDocumentEmbedder().run(documents=passages)["documents"])
    yield store
    store.close()


def _retriever(store) -> InMemorySparseRetriever:  # type: ignore[no-untyped-def]
    return InMemorySparseRetriever(PassageIndex(store), top_k=10)


def _ids(retriever: InMemorySparseRetriever, text: str, filters: dict | None = None) -> list[str]:
    vector = LexicalSparseTextEmbedder().run(text=text)["sparse_embedding"]
    return [d.id for d in retriever.run(vector, filters=filters)["documents"]]


def test_a_passage_that_shares_no_term_is_no_result(store) -> None:
    retriever = _retriever(store)
    assert _ids(retriever, "zorblat") == ["synthetic-1"]
    assert _ids(retriever, "mot absent de tout passage") == []


def test_passages_written_after_a_search_are_found(store) -> None:
    retriever = _retriever(store)
    assert _ids(retriever, "plimbourg") == []
    added = _synthetic(4, "plimbourg quimbe", "fr")
    store.write_documents(LexicalSparseDocumentEmbedder().run(documents=[added])["documents"])
    assert _ids(retriever, "plimbourg") == ["synthetic-4"]


def test_a_passage_rewritten_in_place_is_searched_as_rewritten_once_the_index_says_so(store) -> None:
    # The same id and so the same count: only `invalidate` (what the API calls after an ingest) tells.
    passages = PassageIndex(store)
    retriever = InMemorySparseRetriever(passages, top_k=10)
    assert _ids(retriever, "zorblat") == ["synthetic-1"]
    rewritten = LexicalSparseDocumentEmbedder().run(documents=[_synthetic(1, "glompir quimbe frandole", "fr")])
    store.write_documents(rewritten["documents"], policy=DuplicatePolicy.OVERWRITE)
    passages.invalidate()
    assert _ids(retriever, "glompir") == ["synthetic-1"]
    assert _ids(retriever, "zorblat") == []


def test_results_carry_no_vectors(store) -> None:
    vector = LexicalSparseTextEmbedder().run(text="quimbe")["sparse_embedding"]
    documents = _retriever(store).run(vector)["documents"]
    assert documents and all(d.embedding is None and d.sparse_embedding is None for d in documents)
    # Handed on by the pipeline without copies (search.shared_document).
    assert all(isinstance(d, SharedDocument) for d in [*documents, *PassageIndex(store).all()])


def test_a_filter_keeps_only_the_passages_it_matches(store) -> None:
    retriever = _retriever(store)
    arabic_only = {"field": "meta.language", "operator": "==", "value": "ar"}
    assert _ids(retriever, "quimbe frandole zorblat") == ["synthetic-1", "synthetic-2"]
    assert _ids(retriever, "quimbe frandole zorblat", filters=arabic_only) == []
    assert _ids(retriever, "زوربلات", filters=arabic_only) == ["synthetic-3"]
