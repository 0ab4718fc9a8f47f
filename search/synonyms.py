"""Add to the question's own lexical query the other forms of the glossary concepts it names (`search.glossary`).

A French question about «un enfant» shares no word with the Penal Code's «mineur», nor «الطفل» with its «القاصر»:
the glossary lists both as forms of one concept, so the question's sparse vector also carries the other forms,
each at `SYNONYM_WEIGHT` of a word of the question (a word the question has keeps its full weight).

Usage::

    expander = SynonymExpander(glossary=load_glossary())
    vector = LexicalSparseTextEmbedder().run(text=q)["sparse_embedding"]
    expander.run(sparse_embedding=vector, text=q)["sparse_embedding"]  # with «mineur» at 0.4 for «enfant»
"""

from __future__ import annotations

from typing import Any

from haystack import component
from haystack.dataclasses import SparseEmbedding

from ingest.sparse import term_index
from search.glossary import Glossary


@component
class SynonymExpander:
    """Merges the glossary synonyms of a question's concepts into its lexical sparse vector.

    Usage example::

        expander = SynonymExpander(glossary=load_glossary())
        expander.run(sparse_embedding=vector, text="sanction lorsque la victime est un enfant")
    """

    def __init__(self, glossary: Glossary | None = None) -> None:
        self.glossary = glossary or Glossary()

    @component.output_types(sparse_embedding=SparseEmbedding)
    def run(self, sparse_embedding: SparseEmbedding, text: str = "") -> dict[str, Any]:
        """
        :param sparse_embedding: the question's own lexical vector (`ingest.sparse.LexicalSparseTextEmbedder`).
        :param text: the question it was made from.
        :returns: a dictionary with `sparse_embedding`, the vector with the synonyms' terms added.
        """
        weights = dict(zip(sparse_embedding.indices, sparse_embedding.values, strict=True))
        for term, weight in self.glossary.synonyms(text).items():
            index = term_index(term)
            weights[index] = max(weights.get(index, 0.0), weight)
        indices = sorted(weights)
        return {"sparse_embedding": SparseEmbedding(indices=indices, values=[weights[i] for i in indices])}
