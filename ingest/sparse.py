"""Lexical sparse vectors (BM25 through Qdrant) from the shared analyser of `ingest.text`.

Qdrant's IDF modifier multiplies each matching dimension by the term's IDF over the collection,
ln(1 + (N - n + 0.5) / (n + 0.5)), the BM25 IDF. So a passage stores BM25's saturated term frequency

    tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avg_length))

and a query stores 1 per distinct term: the dot product is then the BM25 score (the scheme of
Qdrant's own BM25 model in fastembed). Each pair of neighbouring words is a term too («frais de
justice» → frais+justic), weighted the same way in a passage and `QUERY_PAIR_WEIGHT` in a query: a rough
form of the proximity models of IR (Metzler and Croft's sequential dependence model), so that the
passage that says the question's phrase outranks the one that has its words far apart.

Saturation keeps a word repeated ten times in a long article from outweighing two distinct query
words; `avg_length` is a constant, not the collection's running mean, so that a passage's vector
never changes when others are added.

Indices are CRC-32 of the UTF-8 term: stable across processes and versions (unlike `hash()`), and
32-bit as Qdrant's sparse indices are; the few colliding terms simply share a dimension.

Usage:
    >>> from haystack import Document
    >>> from ingest.sparse import LexicalSparseDocumentEmbedder, LexicalSparseTextEmbedder, term_index
    >>> docs = LexicalSparseDocumentEmbedder().run([Document(content="الفصل 448-2")])["documents"]
    >>> query = LexicalSparseTextEmbedder().run("article 448-2")["sparse_embedding"]
    >>> term_index("448-2") in docs[0].sparse_embedding.indices and term_index("448-2") in query.indices
    True
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise
from typing import Any

from haystack import Document, component
from haystack.dataclasses import SparseEmbedding

from ingest.text import SKELETON_MARK, analyze_words

# Term-frequency saturation. Measured on the dev set (hybrid R@5 / MRR@10): k1 1.2 → 0.900 / 0.843, 0.8 → 0.900 /
# 0.856, 0.5 → 0.875 / 0.853. Kept at 1.2: at 0.8, Penal Code 448-2 falls from 2nd to 4th for «ما هي عقوبة
# الاتجار بالبشر», a question the search must answer in its top 3.
K1 = 1.2
# Length normalisation. With word pairs, MRR@10 on dev / held-out 1 / held-out 2 (R@5 of the held-out sets): b 0.75
# → 0.884 / 0.581 / 0.737 (0.667, 0.883); 0.6 → 0.883 / 0.559 / 0.756 (0.733, 0.883); 0.5 → 0.882 / 0.562 / 0.762;
# 0.3 → 0.909 / 0.567 / 0.753 (0.733, 0.883). A long article holds several provisions rather than padding, so
# less normalisation helps; below 0.6 «ما هي عقوبة الاتجار بالبشر» loses 448-2 from its top 3 (rank 5 at 0.5,
# 7 at 0.3), and at 0.75 «victime étrangère séjour au Maroc jusqu'au procès» has CPP 82-5-1 at 7 (4 at 0.6).
B = 0.6
# Mean number of terms of a passage (article, or ≤ 1200-character piece of one) in the starter corpus,
# as `python -m ingest.text_bench` prints it.
AVG_LENGTH = 60.0
PAIR_MARK = "+"  # joins the two words of a pair term; the analyser never puts it inside a term
# A query's word pair weighs this much against a single word (Qdrant's IDF comes on top, and pairs are rare).
# MRR@10 on dev / held-out 1 / held-out 2 without pairs 0.880 / 0.542 / 0.723; with pairs at 0.25: 0.885 /
# 0.548 / 0.731; 0.5: 0.886 / 0.561 / 0.739; 1.0: 0.888 / 0.556 / 0.738 (before translated pairs).
PAIR_WEIGHT = 0.5
# The question's own pairs, once translation, the glossary and definitions came (hybrid R@5 / MRR@10, 2026-11-29):
# at 0.5 dev 0.950 / 0.894, held-out 1 0.767 / 0.619, held-out 3 0.825 / 0.661, definitions MRR 0.793; at 1.0
# 0.975 / 0.909, 0.767 / 0.652, 0.825 / 0.672, 0.775 (held-out 2, 4-7 unchanged; 0.75 and 1.25 no better). The
# translated and glossary pairs stay at PAIR_WEIGHT: at 1.0 they lowered held-out 2 and 5.
QUERY_PAIR_WEIGHT = 1.0


def pair_terms(words: list[tuple[str, ...]]) -> list[str]:
    """One term per pair of neighbouring words (stop words skipped: «frais de justice» → frais+justic), for
    each reading of each word: a passage that says the question's two words in a row outranks one that has
    them pages apart."""
    readings = [[t for t in word if not t.startswith(SKELETON_MARK)] for word in words]
    return [f"{a}{PAIR_MARK}{b}" for first, second in pairwise(readings) for a in first for b in second]


def term_index(term: str) -> int:
    """The sparse dimension of a term: unsigned CRC-32 of its UTF-8 bytes."""
    return zlib.crc32(term.encode("utf-8"))


def _sparse(weights: dict[int, float]) -> SparseEmbedding:
    indices = sorted(weights)
    return SparseEmbedding(indices=indices, values=[weights[i] for i in indices])


def document_vector(
    terms: Iterable[str],
    k1: float = K1,
    b: float = B,
    avg_length: float = AVG_LENGTH,
    pairs: Iterable[str] = (),
) -> SparseEmbedding:
    """BM25 term-frequency weights of a passage's terms and word pairs (IDF left to Qdrant's modifier); the
    length is counted in terms, as without pairs."""
    counts = Counter(term_index(t) for t in terms)
    norm = k1 * (1 - b + b * sum(counts.values()) / avg_length)
    counts.update(term_index(t) for t in pairs)
    return _sparse({i: tf * (k1 + 1) / (tf + norm) for i, tf in counts.items()})


def query_vector(
    terms: Iterable[str], pairs: Iterable[str] = (), pair_weight: float = QUERY_PAIR_WEIGHT
) -> SparseEmbedding:
    """Binary weights of a query's distinct terms (BM25 counts a query word once, whatever the repetition),
    `pair_weight` for its word pairs; the IDF comes from Qdrant."""
    weights = dict.fromkeys((term_index(t) for t in pairs), pair_weight)
    weights.update(dict.fromkeys((term_index(t) for t in terms), 1.0))
    return _sparse(weights)


@component
class LexicalSparseDocumentEmbedder:
    """Sets `sparse_embedding` of each Document to its lexical BM25 vector (see the module docstring).

    The analyser reads `meta["language"]` when present ("en" changes how Latin words are stemmed;
    Arabic and French are told apart by script anyway). Documents are returned as new objects
    (`dataclasses.replace`), as Haystack asks of components, not mutated.

    Usage example:
    ```python
    from haystack import Document
    from ingest.sparse import LexicalSparseDocumentEmbedder

    embedder = LexicalSparseDocumentEmbedder()
    docs = embedder.run([Document(content="يعاقب على جريمة الاتجار بالبشر", meta={"language": "ar"})])
    print(docs["documents"][0].sparse_embedding)  # SparseEmbedding(indices=[...], values=[...])
    ```
    """

    def __init__(
        self,
        k1: float = K1,
        b: float = B,
        avg_length: float = AVG_LENGTH,
        meta_fields_to_embed: list[str] | None = None,
        embedding_separator: str = "\n",
    ) -> None:
        """
        :param k1: BM25 term-frequency saturation.
        :param b: BM25 length normalisation (0: none, 1: full).
        :param avg_length: the passage length, in terms, that counts as average.
        :param meta_fields_to_embed: meta fields whose values are analysed with the content (e.g. a heading).
        :param embedding_separator: separator between those values and the content.
        """
        self.k1 = k1
        self.b = b
        self.avg_length = avg_length
        self.meta_fields_to_embed = meta_fields_to_embed or []
        self.embedding_separator = embedding_separator

    def _text(self, document: Document) -> str:
        meta = document.meta
        values = [str(meta[k]) for k in self.meta_fields_to_embed if meta.get(k) is not None]
        return self.embedding_separator.join([*values, document.content or ""])

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        """
        Embed documents lexically.

        :param documents: the passages to embed.
        :returns: a dictionary with `documents`: copies of the input with `sparse_embedding` set.
        :raises TypeError: if `documents` is not a list of Documents.
        """
        if not isinstance(documents, list) or any(not isinstance(d, Document) for d in documents):
            raise TypeError("LexicalSparseDocumentEmbedder expects a list of Documents")
        return {"documents": [replace(d, sparse_embedding=self._embed(d)) for d in documents]}

    def _embed(self, document: Document) -> SparseEmbedding:
        words = analyze_words(self._text(document), document.meta.get("language"))
        terms = [t for word in words for t in word]
        return document_vector(terms, self.k1, self.b, self.avg_length, pairs=pair_terms(words))


@component
class LexicalSparseTextEmbedder:
    """Turns a query into its lexical sparse vector (binary term weights; Qdrant adds the IDF).

    Usage example:
    ```python
    from ingest.sparse import LexicalSparseTextEmbedder

    result = LexicalSparseTextEmbedder().run(text="Quelle peine pour la traite ? الفصل 448-2")
    print(result["sparse_embedding"])  # SparseEmbedding(indices=[...], values=[1.0, ...])
    ```
    """

    @component.output_types(sparse_embedding=SparseEmbedding)
    def run(self, text: str, language: str | None = None) -> dict[str, Any]:
        """
        Embed a query lexically.

        :param text: the query, in Arabic, French or both.
        :param language: "en" to stem Latin words as English; otherwise they are read as French.
        :returns: a dictionary with `sparse_embedding`.
        :raises TypeError: if `text` is not a string.
        """
        if not isinstance(text, str):
            raise TypeError("LexicalSparseTextEmbedder expects a string")
        words = analyze_words(text, language)
        return {"sparse_embedding": query_vector([t for word in words for t in word], pair_terms(words))}
