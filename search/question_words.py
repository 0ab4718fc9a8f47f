"""The reader's words matched with the articles' written questions: document expansion on the lexical side.

`search.article_questions` compares the reader's question with the questions written for each article by their
embeddings. This compares their words: each article's written questions, taken together, are a short document scored
by BM25 against the question's analysed terms, as doc2query appends the questions it generates to the passage that
BM25 indexes (Nogueira et al. 2019). The article's passages join the lexical list with that score, added to their own
lexical score (`search.fusion`, ``question_words_weight``): «est-ce qu'on peut m'expulser si je porte plainte ?» shares
«expulser» and «plainte» with the questions written for CPP 82-5-1, whose text says «إبعاد» and «التبليغ».

Measured (sum of MRR@10 × questions over the read sets: dev, held-out 1, 2, 3, 8 and 10, definitions and the issue's
examples, 253 questions; then Darija 4 and 5 with held-out 12, 84): without, 207.8 / 35.6; weight 0.3: 212.4 / 35.2;
0.5: 212.8 / 35.9 (kept); 0.7: 213.1 / 35.4. Held-out 12, on Penal Code articles that have no written question, loses
(11.7 → 10.2 at 0.5): texts with questions gain a way to be found that the others lack, as with the embeddings. Like
them, the questions are never shown: a result shows the article's text.

Usage::

    matcher = QuestionWordMatcher()
    matcher.attach({"ma-cpp:82-5-1": ["Peut-on m'expulser si je porte plainte ?"]}, passages_by_article)
    matcher.run(query="expulsion après une plainte")["documents"]  # the passages of the best articles, scored
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from haystack import Document, component

from ingest.text import analyze

TOP_ARTICLES = 100  # articles whose questions share the most with the reader's, passed on to the fusion
K1 = 1.2  # BM25's term-frequency saturation and length normalisation, at their usual values
B = 0.75


@dataclass(frozen=True)
class _Index:
    postings: dict[str, list[tuple[str, float]]]  # term → (article key, BM25 term weight) for each article having it
    idf: dict[str, float]
    passages: dict[str, tuple[Document, ...]]  # article key → its passages


@component
class QuestionWordMatcher:
    """BM25 of the reader's question against each article's written questions (one document per article); returns
    the passages of the best articles, each scored with its article's BM25.

    Usage example::

        matcher = QuestionWordMatcher()
        matcher.attach(questions_by_article, passages_by_article)  # after each change of the index
        matcher.run(query="expulsion après une plainte")["documents"]
    """

    def __init__(self, top_articles: int = TOP_ARTICLES) -> None:
        """:param top_articles: how many of the best-matching articles are returned."""
        self.top_articles = top_articles
        self._index = _Index({}, {}, {})

    def attach(self, questions: Mapping[str, Sequence[str]], passages: Mapping[str, Sequence[Document]]) -> None:
        """Indexes each article's questions (``questions``: article key → its questions' texts); ``passages``:
        article key → its indexed passages, what `run` returns."""
        terms = {key: [t for text in texts for t in analyze(text)] for key, texts in questions.items()}
        terms = {key: found for key, found in terms.items() if found}
        count = len(terms)
        average = sum(map(len, terms.values())) / count if count else 0.0
        frequency = Counter(t for found in terms.values() for t in set(found))
        idf = {t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
        postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for key, found in terms.items():
            norm = K1 * (1 - B + B * len(found) / average)
            for term, times in Counter(found).items():
                postings[term].append((key, times * (K1 + 1) / (times + norm)))
        # One assignment: a search running while the index changes reads the old index or the new, not half of each.
        self._index = _Index(dict(postings), idf, {key: tuple(passages.get(key, ())) for key in terms})

    def scores(self, query: str) -> dict[str, float]:
        """Each article's BM25 for ``query``, for the articles that share a term with it."""
        return self._scores(query, self._index)

    @staticmethod
    def _scores(query: str, index: _Index) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        for term in set(analyze(query)):
            for key, weight in index.postings.get(term, ()):
                totals[key] += index.idf[term] * weight
        return dict(totals)

    @component.output_types(documents=list[Document])
    def run(self, query: str, admits: Callable[[Document], bool] | None = None) -> dict[str, Any]:
        """
        :param query: the question's words (as the lexical lists read them).
        :param admits: the search's filters, where it is narrowed: passages it refuses are left out.
        :returns: a dictionary with `documents`: the passages of the ``top_articles`` best articles, best first, each
            scored with its article's BM25.
        """
        index = self._index
        ranked = sorted(self._scores(query, index).items(), key=lambda item: -item[1])
        documents: list[Document] = []
        articles = 0
        for key, score in ranked:
            admitted = [d for d in index.passages.get(key, ()) if admits is None or admits(d)]
            if not admitted:
                continue
            documents += [replace(d, score=score) for d in admitted]
            articles += 1
            if articles >= self.top_articles:
                break
        return {"documents": documents}
