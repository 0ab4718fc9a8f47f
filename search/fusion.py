"""Fuse the ranked lists (dense, lexical, translated lexical) into one.

Two methods, chosen by measurement (``daleel eval`` prints both):

- ``rrf``: reciprocal rank fusion, ``Σ 1 / (k + rank)``; scale-free, ignores how confident a list is.
- ``weighted``: each list's scores min-max normalised to [0, 1], then ``w·dense + (1 − w)·sparse``;
  keeps the margin between a clear winner and the rest.

A third list, the query's words translated by the corpus's lexicon (`search.translation`), is the
lexical evidence for passages in the other language: a passage's lexical score is the better of
its own-language match and its translated match, damped by ``translation_credit`` since a
translation is less sure than the word itself, undamped (``cross_script_translation_credit``)
where a French question meets an Arabic text, which it cannot match otherwise.

A fourth list, the articles whose written questions come close to the reader's (`search.article_questions`), adds
``question_weight`` times its normalised closeness to an article's fused score; the sum is scaled back to [0, 1].
The same questions' words (`search.question_words`) add ``question_words_weight`` times their article's BM25 to each
passage's own lexical score, before the lexical list is normalised: doc2query's expansion of the indexed text.

Dense results are ranked per script of the corpus (Arabic; Latin: French and English): a multilingual model scores
passages in the query's own language higher, so without this a French question never reaches an
article that exists only in Arabic. Each script's list is normalised on its own.

Usage::

    fusion = ScoreFusion(method="weighted", dense_weight=0.3)
    fusion.run(dense=dense_docs, sparse=sparse_docs, translated=translated_docs)["documents"]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Literal

from haystack import Document, component

from ingest.text import analyze, detect_languages

Method = Literal["rrf", "weighted", "dense", "sparse"]
# Of the written questions' closeness against the fused score (see search.article_questions for the measures).
QUESTION_WEIGHT = 1.0
# Of an article's written questions' BM25 against its passages' own lexical score (see search.question_words).
QUESTION_WORDS_WEIGHT = 0.5
# The nearest written question's cosine under which it says nothing, and from which it is trusted in full. On the 253
# questions of the read evaluation sets, the article of the nearest written question answered none of the 15 whose
# nearest was under 0.88, one in five to one in four between 0.88 and 0.92, half to 0.94 and four in five above;
# questions off the corpus («recette du couscous», «météo demain à Rabat») come to 0.80–0.89. The bundled model's
# scale: None (full confidence) for another model.
QUESTION_CONFIDENCE = (0.88, 0.94)


def _confidence(closest: float, bounds: tuple[float, float] | None) -> float:
    """How far the written questions' list is trusted (0 to 1), from the nearest question's cosine."""
    if bounds is None:
        return 1.0
    low, high = bounds
    return min(1.0, max(0.0, (closest - low) / (high - low)))


def lift(documents: list[Document], bonus: Callable[[Document], float], most: float) -> list[Document]:
    """Fused passages (scores 0 to 1) with ``bonus(passage)`` (0 to ``most``) added, scaled back to [0, 1] so that
    no search score passes a cited article's 1.0, best first."""
    lifted = [
        Document(id=d.id, content=d.content, meta=d.meta, score=((d.score or 0.0) + bonus(d)) / (1 + most))
        for d in documents
    ]
    return sorted(lifted, key=lambda d: d.score or 0.0, reverse=True)


def _normalised(documents: list[Document]) -> dict[str, float]:
    if not documents:
        return {}
    scores = [d.score or 0.0 for d in documents]
    low, high = min(scores), max(scores)
    span = high - low
    # A lone result (or all equal) gets full weight: it is that list's best answer.
    return {d.id: ((d.score or 0.0) - low) / span if span else 1.0 for d in documents}


def _with_question_words(sparse: list[Document], matched: list[Document], weight: float) -> list[Document]:
    """The lexical list with each passage's score raised by ``weight`` times its article's written questions' BM25
    (``matched``: passages scored so, `search.question_words`); the passages only those bring in join it. Best first."""
    if not matched or not weight or not sparse:
        return sparse  # raises a lexical list, makes none: no passage shares a word with the question
    by_article = {d.meta.get("key"): d.score or 0.0 for d in matched}
    listed = {d.id for d in sparse}
    own = [(d, d.score or 0.0) for d in sparse] + [(d, 0.0) for d in matched if d.id not in listed]
    raised = [replace(d, score=score + weight * by_article.get(d.meta.get("key"), 0.0)) for d, score in own]
    return sorted(raised, key=lambda d: -(d.score or 0.0))


def _coverage(query: str, document: Document) -> float:
    """Share of the query's analysed terms that the document (with its context) contains."""
    query_terms = set(analyze(query))
    if not query_terms:
        return 1.0
    text = "\n".join([document.content or "", str(document.meta.get("context") or "")])
    return len(query_terms & set(analyze(text))) / len(query_terms)


def _languages_out_of_lexical_reach(query: str | None, documents) -> set[str]:  # type: ignore[no-untyped-def]
    """Passage languages whose script the query does not use (Latin script covers fr and en)."""
    if not query:
        return set()
    # Only French questions: the corpus is mostly Arabic, so nearly everything an Arabic question needs
    # exists in Arabic, while some of what a French one needs exists only in Arabic.
    if detect_languages(query) != {"fr"}:
        return set()
    return {d.meta.get("language") for d in documents} - {"fr", "en"}


def _by_language(documents: list[Document]) -> list[list[Document]]:
    """Dense results per script: Arabic, and Latin (French with the few English texts, which share it)."""
    lists: dict[str, list[Document]] = {}
    for document in sorted(documents, key=lambda d: d.score or 0.0, reverse=True):
        script = "ar" if document.meta.get("language") == "ar" else "latin"
        lists.setdefault(script, []).append(document)
    return list(lists.values())


@component
class ScoreFusion:
    """Merges dense and sparse retrieval results into one ranking.

    Usage example::

        fusion = ScoreFusion(method="rrf")
        documents = fusion.run(dense=dense_docs, sparse=sparse_docs)["documents"]
    """

    def __init__(
        self,
        method: Method = "weighted",
        dense_weight: float = 0.3,  # measured: see search.pipeline.DEFAULT_DENSE_WEIGHT
        rrf_k: int = 60,
        translation_credit: float = 0.7,
        cross_script_translation_credit: float = 1.0,
        question_weight: float = QUESTION_WEIGHT,
        question_confidence: tuple[float, float] | None = QUESTION_CONFIDENCE,
        question_words_weight: float = QUESTION_WORDS_WEIGHT,
    ) -> None:
        """
        :param translation_credit: weight of a translated lexical match against a match of the query's own words.
        :param cross_script_translation_credit: the same for a French question and an Arabic passage.
        :param question_weight: weight of the closeness of an article's written questions (0: not used).
        :param question_confidence: the nearest written question's cosine from which its list counts not at all, and
            in full (None: always in full).
        :param question_words_weight: weight of the BM25 of an article's written questions, added to its passages'
            lexical score (0: not used).
        """
        self.method = method
        self.question_words_weight = question_words_weight
        self.question_weight = question_weight
        self.question_confidence = question_confidence
        self.translation_credit = translation_credit
        self.cross_script_translation_credit = cross_script_translation_credit
        self.dense_weight = dense_weight
        self.rrf_k = rrf_k

    @component.output_types(documents=list[Document])
    def run(
        self,
        dense: list[Document],
        sparse: list[Document],
        method: Method | None = None,
        dense_weight: float | None = None,
        query: str | None = None,
        translated: list[Document] | None = None,
        questions: list[Document] | None = None,
        question_words: list[Document] | None = None,
    ) -> dict[str, Any]:
        method = method or self.method
        weight = self.dense_weight if dense_weight is None else dense_weight
        if method == "dense":
            return {"documents": sorted(dense, key=lambda d: d.score or 0.0, reverse=True)}
        if method == "sparse":
            return {"documents": list(sparse)}
        translated = translated or []
        # The best match of the passages' own words, which the lexical side's coverage is read on: a passage that only
        # its questions' words bring first covers none of the question, and would scale the whole side to nothing.
        best_own = sparse[0] if sparse else None
        sparse = _with_question_words(sparse, question_words or [], self.question_words_weight)
        questions = (questions or []) if self.question_weight else []
        # Min-max gives the closest article full marks even when no written question is near the reader's: the list
        # counts as far as the nearest is near, on the bundled model's scale (QUESTION_CONFIDENCE), and not at all
        # under it (nor do the passages it alone brought in).
        confidence = _confidence(max((d.score or 0.0 for d in questions), default=0.0), self.question_confidence)
        questions = questions if confidence else []
        by_id = {d.id: d for d in [*questions, *translated, *sparse, *dense]}
        dense_lists = _by_language(dense)
        scores: dict[str, float] = {}
        if method == "rrf":
            for ranked in (*dense_lists, sparse, *_by_language(translated)):
                for rank, document in enumerate(ranked, start=1):
                    scores[document.id] = scores.get(document.id, 0.0) + 1.0 / (self.rrf_k + rank)
            # The written questions rank articles: each passage of an article takes its article's rank.
            ranks = {key: rank for rank, key in enumerate(dict.fromkeys(d.meta.get("key") for d in questions), 1)}
            for document in questions:
                rank = ranks[document.meta.get("key")]
                scores[document.id] = scores.get(document.id, 0.0) + 1.0 / (self.rrf_k + rank)
        else:
            dense_scores = {i: s for ranked in dense_lists for i, s in _normalised(ranked).items()}
            sparse_scores = _normalised(sparse)
            if query and sparse:
                # Min-max gives the best lexical match full marks even when it shares one common word
                # with the question; scale the lexical side by how much of the question it covers.
                coverage = _coverage(query, best_own) if best_own else 0.0
                sparse_scores = {i: s * coverage**0.5 for i, s in sparse_scores.items()}
            translated_scores = {i: s for ranked in _by_language(translated) for i, s in _normalised(ranked).items()}
            # Not scaled by coverage as the lexical list is: measured, scaling by the share of the question's
            # translatable terms the best translated match covers lowers MRR 0.803 → 0.782 (mixed questions).
            unreachable = _languages_out_of_lexical_reach(query, by_id.values())
            for doc_id, document in by_id.items():
                dense_score, sparse_score = dense_scores.get(doc_id, 0.0), sparse_scores.get(doc_id, 0.0)
                # A French question's words cannot match an Arabic text: its translations count in full there.
                # (Crediting such texts with a share of their dense score instead served before the lexicon;
                # with it that share measured no better at 0.3 than at 0, and 0.758 against 0.766 at 0.5.)
                credit = (
                    self.cross_script_translation_credit
                    if document.meta.get("language") in unreachable
                    else self.translation_credit
                )
                sparse_score = max(sparse_score, credit * translated_scores.get(doc_id, 0.0))
                scores[doc_id] = weight * dense_score + (1 - weight) * sparse_score
            if questions:
                # Scaled back into [0, 1] by the weight the list had, so that the lifts added after the fusion keep
                # the scale they were measured on when the list says little.
                weight_asked = self.question_weight * confidence
                asked = _normalised(questions)
                for doc_id in scores:
                    scores[doc_id] = (scores[doc_id] + weight_asked * asked.get(doc_id, 0.0)) / (1 + weight_asked)
        ranked_ids = sorted(scores, key=scores.__getitem__, reverse=True)
        return {"documents": [replace(by_id[i], score=scores[i]) for i in ranked_ids]}
