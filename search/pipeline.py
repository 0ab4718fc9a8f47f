"""The search pipeline: embed the question → retrieve passages from Qdrant → build citations.

Usage::

    from search.pipeline import Searcher
    searcher = Searcher(Settings())
    response = searcher.search("ما هي عقوبة الاتجار بالبشر؟", top_k=5)
    response.results[0].citation.label
"""

from __future__ import annotations

from typing import Any

from haystack import Document, Pipeline, component
from haystack_integrations.components.embedders.sentence_transformers import SentenceTransformersTextEmbedder
from haystack_integrations.components.retrievers.qdrant import QdrantEmbeddingRetriever
from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

from ingest.embedding_model import resolve_model
from ingest.index import open_document_store
from ingest.settings import Settings
from search.results import Citation, Result, SearchResponse

MAX_QUERY_CHARS = 2000
LANGUAGES = ("ar", "fr", "en")


class QueryError(ValueError):
    """The query cannot be searched (empty, too long, unknown option); the message says why."""


@component
class CitationBuilder:
    """Turns retrieved passages into ranked results, each with its citation.

    Usage::

        builder = CitationBuilder()
        builder.run(documents=retrieved_documents)["results"][0].citation.label
    """

    @component.output_types(results=list[Result])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        results = []
        for rank, document in enumerate(documents, start=1):
            meta = document.meta
            results.append(
                Result(
                    rank=rank,
                    score=float(document.score or 0.0),
                    text=document.content or "",
                    language=meta["language"],
                    citation=Citation(
                        document_id=meta["work_id"],
                        document_title=meta["work_title"],
                        article=meta["article"],
                        label=meta["citation"],
                        key=meta["key"],
                        heading_path=meta.get("heading_path") or [],
                        wording=meta.get("wording") or "authentic",
                    ),
                )
            )
        return {"results": results}


def build_search_pipeline(store: QdrantDocumentStore, model: str) -> Pipeline:
    pipeline = Pipeline()
    pipeline.add_component(
        "embedder",
        SentenceTransformersTextEmbedder(model=model, prefix="query: ", progress_bar=False, local_files_only=True),
    )
    pipeline.add_component("retriever", QdrantEmbeddingRetriever(document_store=store, top_k=10))
    pipeline.add_component("citations", CitationBuilder())
    pipeline.connect("embedder.embedding", "retriever.query_embedding")
    pipeline.connect("retriever.documents", "citations.documents")
    return pipeline


def validate_query(query: str, top_k: int, lang: str | None) -> str:
    query = query.strip()
    if not query:
        raise QueryError("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
    if not 1 <= top_k <= 100:
        raise QueryError("top_k must be between 1 and 100")
    if lang is not None and lang not in LANGUAGES:
        raise QueryError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return query


class Searcher:
    """Holds the warmed-up search pipeline over one index."""

    def __init__(self, settings: Settings, store: QdrantDocumentStore | None = None) -> None:
        self.settings = settings
        self.store = store or open_document_store(settings)
        self.pipeline = build_search_pipeline(self.store, resolve_model(settings))
        self.pipeline.warm_up()

    def search(self, query: str, *, top_k: int = 10, lang: str | None = None) -> SearchResponse:
        query = validate_query(query, top_k, lang)
        filters = {"field": "meta.language", "operator": "==", "value": lang} if lang else None
        output = self.pipeline.run(
            {"embedder": {"text": query}, "retriever": {"top_k": top_k, "filters": filters}}
        )
        return SearchResponse(query=query, results=output["citations"]["results"])
