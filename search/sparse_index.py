"""Lexical (sparse) retrieval over the passages held in memory, scored as Qdrant scores them.

Embedded Qdrant computes a sparse query's dot product in Python, point by point: ≈180 ms per
query on the starter corpus, twice per search (the query's own words and their translation),
two thirds of a search's time. The same scores from a sparse matrix take a few milliseconds.
So when Qdrant is embedded, the sparse lists come from here; a search against a Qdrant server
still goes there (its sparse index is native). Filters are matched by Haystack's own filter logic.

The score is Qdrant's with the IDF modifier: Σ query weight × IDF(term) × passage weight over the
terms both share, IDF(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5)) over the N passages (all of
them, filtered search or not, as Qdrant counts), and a passage sharing no term is no result.
`tests/search/test_sparse_index.py` holds the two equal. Where they may differ, harmlessly: Qdrant sums
in float32 and orders equal scores its own way (so a tie at the cut-off may keep another passage), and
it would return a query term of weight 0 at score 0 (the analysers weigh no term 0).

Usage::

    retriever = InMemorySparseRetriever(PassageIndex(store))
    retriever.run(query_sparse_embedding=vector)["documents"]  # best first, each with its score
    retriever.run(query_sparse_embedding=vector, filters={"field": "meta.language", "operator": "==", "value": "fr"})
"""

from __future__ import annotations

from dataclasses import replace
from threading import Lock
from typing import Any

import numpy as np
from haystack import Document, component
from haystack.dataclasses import SparseEmbedding
from haystack.utils.filters import document_matches_filter
from scipy.sparse import csr_matrix

from search.passage_index import PassageIndex


class SparseMatrix:
    """The passages' sparse vectors as one matrix, with each term's document frequency.

    Usage example::

        matrix = SparseMatrix(documents)
        matrix.search(SparseEmbedding(indices=[17, 42], values=[1.0, 1.0]), top_k=10)
    """

    def __init__(self, documents: list[Document]) -> None:
        # Passages without a sparse vector are outside Qdrant's sparse corpus too (they count in no N).
        vectors = [(d, d.sparse_embedding) for d in documents if d.sparse_embedding is not None]
        # Results carry no vectors, as Qdrant's retriever returns them: less to copy between components.
        self.documents = [replace(d, embedding=None, sparse_embedding=None) for d, _ in vectors]
        self.columns: dict[int, int] = {}
        rows, columns, values = [], [], []
        for row, (_, vector) in enumerate(vectors):
            for index, value in zip(vector.indices, vector.values, strict=True):
                rows.append(row)
                columns.append(self.columns.setdefault(index, len(self.columns)))
                values.append(value)
        shape = (len(self.documents), len(self.columns))
        self.matrix = csr_matrix((values, (rows, columns)), shape=shape, dtype=np.float64)
        self.frequency = np.bincount(np.asarray(columns, dtype=np.int64), minlength=len(self.columns))

    def search(self, query: SparseEmbedding, top_k: int, rows: np.ndarray | None = None) -> list[Document]:
        """The `top_k` passages sharing a term with `query`, best first, each with its score; only those at
        `rows` (indexes into `documents`) if given."""
        n = len(self.documents)
        weights = np.zeros(len(self.columns))
        for index, value in zip(query.indices, query.values, strict=True):
            column = self.columns.get(index)
            if column is not None:
                frequency = self.frequency[column]
                weights[column] += value * np.log((n - frequency + 0.5) / (frequency + 0.5) + 1)
        touched = np.flatnonzero(weights)
        if not touched.size:
            return []
        columns = self.matrix[:, touched]
        scores = columns @ weights[touched]
        matching = np.flatnonzero(columns.getnnz(axis=1))  # a passage that shares no term is no result
        if rows is not None:
            matching = np.intersect1d(matching, rows, assume_unique=True)
        best = matching[np.argsort(-scores[matching], kind="stable")][:top_k]
        return [replace(self.documents[i], score=float(scores[i])) for i in best]


@component
class InMemorySparseRetriever:
    """Sparse retrieval from the passages in memory, rebuilt when they change.

    Usage example::

        retriever = InMemorySparseRetriever(passages, top_k=150)
        documents = retriever.run(query_sparse_embedding=vector)["documents"]
    """

    def __init__(self, passages: PassageIndex, top_k: int = 10) -> None:
        self.passages = passages
        self.top_k = top_k
        self._lock = Lock()
        self._matrix: tuple[int, SparseMatrix] | None = None

    def warm_up(self) -> None:
        """Builds the matrix now rather than at the first search."""
        self.matrix()

    def matrix(self) -> SparseMatrix:
        generation, documents = self.passages.snapshot()
        with self._lock:
            # Only forward: a search that read its snapshot just before a reload must not put the older one back.
            if self._matrix is None or self._matrix[0] < generation:
                self._matrix = (generation, SparseMatrix(documents))
            return self._matrix[1]

    @component.output_types(documents=list[Document])
    def run(
        self,
        query_sparse_embedding: SparseEmbedding,
        filters: dict[str, Any] | None = None,
        top_k: int | None = None,
    ) -> dict[str, Any]:
        matrix = self.matrix()
        rows = None
        if filters:
            rows = np.flatnonzero([document_matches_filter(filters, d) for d in matrix.documents])
        return {"documents": matrix.search(query_sparse_embedding, top_k or self.top_k, rows)}
