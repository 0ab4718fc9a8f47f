"""An in-memory view of every indexed passage's payload, refreshed when the index changes.

Embedded Qdrant evaluates payload filters in Python, point by point (≈0.2 s a query on the
starter corpus); looking articles up by key or number here costs microseconds. Texts, metadata
and the sparse vectors (which feed `search.sparse_index`) are held; not the dense vectors, which
nothing here reads. They are `SharedDocument`s: the search pipeline hands them on without copying them.

Usage::

    passages = PassageIndex(store)
    passages.by_key("ma-penal-code:448-2")      # every passage of that article, all languages and wordings
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from threading import Lock

from haystack import Document
from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

from search.shared_document import shared


class PassageIndex:
    def __init__(self, store: QdrantDocumentStore) -> None:
        self.store = store
        self._lock = Lock()
        self._count = -1
        self._generation = 0
        self._documents: list[Document] = []
        self._by_key: dict[str, list[Document]] = {}
        self._by_article: dict[str, list[Document]] = {}
        self._repealed: frozenset[str] = frozenset()

    def _refresh(self) -> None:
        count = self.store.count_documents()
        with self._lock:
            if count == self._count:
                return
            documents = [shared(replace(d, embedding=None)) for d in self.store.filter_documents()]
            by_key: dict[str, list[Document]] = defaultdict(list)
            by_article: dict[str, list[Document]] = defaultdict(list)
            for document in documents:
                by_key[document.meta["key"]].append(document)
                by_article[document.meta["article"]].append(document)
            self._documents, self._by_key, self._by_article = documents, dict(by_key), dict(by_article)
            self._repealed = frozenset(
                d.meta["key"] for d in documents if d.meta.get("repealed") and d.meta.get("current") is not False
            )
            self._count = count
            self._generation += 1

    @property
    def version(self) -> int:
        """Goes up each time the passages are reloaded (after `invalidate`, or when their count changed)."""
        self._refresh()
        return self._generation

    def snapshot(self) -> tuple[int, list[Document]]:
        """The current generation and its passages, read together (a reload between them cannot mix them up)."""
        self._refresh()
        with self._lock:
            return self._generation, self._documents

    def invalidate(self) -> None:
        """Reload on next use: an ingest may have changed texts without changing how many passages there are."""
        with self._lock:
            self._count = -1

    def all(self) -> list[Document]:
        self._refresh()
        return self._documents

    def by_key(self, key: str) -> list[Document]:
        self._refresh()
        return self._by_key.get(key, [])

    def by_article(self, number: str) -> list[Document]:
        self._refresh()
        return self._by_article.get(number, [])

    def repealed_keys(self) -> frozenset[str]:
        """The articles a text in force of which only says they were repealed («الفصول 23 – 19 نسخت.»)."""
        self._refresh()
        return self._repealed
