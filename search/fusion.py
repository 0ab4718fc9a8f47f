"""Fuse the dense and the sparse ranked lists into one.

Two methods, chosen by measurement (``daleel eval`` prints both):

- ``rrf``: reciprocal rank fusion, ``Σ 1 / (k + rank)``; scale-free, ignores how confident a list is.
- ``weighted``: each list's scores min-max normalised to [0, 1], then ``w·dense + (1 − w)·sparse``;
  keeps the margin between a clear winner and the rest.

Usage::

    fusion = ScoreFusion(method="weighted", dense_weight=0.6)
    fusion.run(dense=dense_docs, sparse=sparse_docs)["documents"]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from haystack import Document, component

Method = Literal["rrf", "weighted", "dense", "sparse"]


def _normalised(documents: list[Document]) -> dict[str, float]:
    if not documents:
        return {}
    scores = [d.score or 0.0 for d in documents]
    low, high = min(scores), max(scores)
    span = high - low
    # A lone result (or all equal) gets full weight: it is that list's best answer.
    return {d.id: ((d.score or 0.0) - low) / span if span else 1.0 for d in documents}


@component
class ScoreFusion:
    """Merges dense and sparse retrieval results into one ranking.

    Usage example::

        fusion = ScoreFusion(method="rrf")
        documents = fusion.run(dense=dense_docs, sparse=sparse_docs)["documents"]
    """

    def __init__(self, method: Method = "weighted", dense_weight: float = 0.6, rrf_k: int = 60) -> None:
        self.method = method
        self.dense_weight = dense_weight
        self.rrf_k = rrf_k

    @component.output_types(documents=list[Document])
    def run(
        self,
        dense: list[Document],
        sparse: list[Document],
        method: Method | None = None,
        dense_weight: float | None = None,
    ) -> dict[str, Any]:
        method = method or self.method
        weight = self.dense_weight if dense_weight is None else dense_weight
        if method == "dense":
            return {"documents": list(dense)}
        if method == "sparse":
            return {"documents": list(sparse)}
        by_id = {d.id: d for d in [*sparse, *dense]}
        scores: dict[str, float] = {}
        if method == "rrf":
            for ranked in (dense, sparse):
                for rank, document in enumerate(ranked, start=1):
                    scores[document.id] = scores.get(document.id, 0.0) + 1.0 / (self.rrf_k + rank)
        else:
            dense_scores, sparse_scores = _normalised(dense), _normalised(sparse)
            for doc_id in by_id:
                scores[doc_id] = weight * dense_scores.get(doc_id, 0.0) + (1 - weight) * sparse_scores.get(doc_id, 0.0)
        ranked_ids = sorted(scores, key=scores.__getitem__, reverse=True)
        return {"documents": [replace(by_id[i], score=scores[i]) for i in ranked_ids]}
