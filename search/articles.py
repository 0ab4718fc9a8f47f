"""From ranked passages to ranked articles: cited articles first, one entry per article.

Usage::

    grouper = ArticleGrouper()
    grouper.run(documents=fused, cited=passages_of_cited_articles, top_k=10)["articles"]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from haystack import Document, component


@dataclass
class ArticleHit:
    """An article in the ranking: the passage shown, and how it got there."""

    key: str
    best: Document
    score: float
    matched_by: str = "search"  # or "citation", or "work" (the query named its work and nothing else)
    passages: list[Document] = field(default_factory=list)  # every retrieved passage of the article


def group_key(document: Document) -> str:
    # The same article in ar and fr shares a key: show it once, the other language as counterpart.
    return document.meta["key"]


@component
class ArticleGrouper:
    """Groups passages by article key, keeping the best-ranked passage of each; cited articles first.

    Usage example::

        articles = ArticleGrouper().run(documents=ranked, cited=[], top_k=10)["articles"]
    """

    @component.output_types(articles=list[ArticleHit])
    def run(
        self,
        documents: list[Document],
        top_k: int = 10,
        cited: list[Document] | None = None,
        preferred_language: str | None = None,
        matched_by: str = "search",
    ) -> dict[str, Any]:
        """``matched_by`` says how `documents` were found: "search", or "work" for a work's articles in order."""
        hits: dict[str, ArticleHit] = {}
        for document in _cited_in_order(cited or [], preferred_language):
            key = group_key(document)
            if key not in hits:
                hits[key] = ArticleHit(key, document, float("inf"), "citation")
            hits[key].passages.append(document)
        for document in documents:
            key = group_key(document)
            if key in hits:
                hit = hits[key]
                hit.passages.append(document)
                # Shown first: the wording in force, even when an original wording ranked higher.
                if hit.best.meta.get("current") is False and document.meta.get("current") is not False:
                    hit.best = document
                continue
            hits[key] = ArticleHit(key, document, float(document.score or 0.0), matched_by, passages=[document])
        return {"articles": list(hits.values())[:top_k]}


def _cited_in_order(cited: list[Document], preferred_language: str | None) -> list[Document]:
    """The cited articles' passages: current wording, the query's language and the first part first, or the part
    holding the paragraph cited («art. 6 §3»: `paragraph_span`, set by the pipeline)."""

    def order(document: Document) -> tuple:
        meta = document.meta
        return (
            meta.get("current") is False,
            meta.get("language") != preferred_language,
            "paragraph_span" not in meta,
            meta.get("part", 0),
        )

    keys: list[str] = []
    for document in cited:
        if group_key(document) not in keys:
            keys.append(group_key(document))
    return sorted(cited, key=lambda d: (keys.index(group_key(d)), *order(d)))
