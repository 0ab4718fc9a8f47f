"""The second set of written questions (`corpus/article-questions/second-set/`, written in session 17 and never
loaded by the product) as a large validation set: each question's article is its snippet's, and a result answers it
when it is that article, in any language (its citation key), not by snippet as `daleel eval` reads a hit.

Its questions were written after reading the first set's, on the same articles: a ranking that trusts the written
questions more is favoured here, so read its verdict on the other weights (fusion, translation) beside the read sets.

Usage (the index of `daleel ingest`; one process at a time may open an embedded index)::

    python tests/eval/second_set.py [N]   # N questions drawn with a fixed seed (default 800); prints MRR@10, R@1, R@5
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from ingest.settings import Settings
from search.article_questions import find_articles, load_article_questions, starter_works
from search.pipeline import Searcher

SECOND_SET = Path(__file__).resolve().parents[2] / "corpus" / "article-questions" / "second-set"


def main(count: int = 800) -> None:
    questions = load_article_questions(SECOND_SET)
    random.Random(0).shuffle(questions)
    questions = questions[:count]
    searcher = Searcher(Settings())
    try:
        searcher.refresh_lexicon()
        _, documents = searcher.passages.snapshot()
        found = find_articles(questions, documents, starter_works(searcher.catalogue))
        ranks: dict[str, list[int | None]] = {}
        for question in questions:
            gold = set(found[(question.source, question.snippet)])
            if not gold:
                continue
            keys = [r.citation.key for r in searcher.search(question.text, top_k=10).results]
            rank = next((i for i, key in enumerate(keys, start=1) if key in gold), None)
            ranks.setdefault(question.language, []).append(rank)
    finally:
        searcher.store.close()
    everything = [r for language in ranks.values() for r in language]
    for name, got in (("all", everything), *sorted(ranks.items())):
        mrr = sum(1 / r for r in got if r) / len(got)
        at = {k: sum(1 for r in got if r and r <= k) / len(got) for k in (1, 5)}
        print(f"{name:4} n={len(got):4} MRR@10 {mrr:.3f}  R@1 {at[1]:.3f}  R@5 {at[5]:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)
