"""Which sentences of a passage match the query: offsets for the page to highlight.

The same analysers as indexing and querying (ingest.text) decide what matches, so «للضحية»
matches a question about «الضحايا»/«ضحية» the way the sparse retriever does. The query's terms
translated by the corpus lexicon (search.lexicon) count too, so that a French question's words
are found in the Arabic text it retrieved.

Usage::

    highlight_sentences("Premier alinéa. La victime est protégée.", "protection de la victime")
    # [(16, 40)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.text import analyze

# A dot between digits («50.000», «1.16.127») does not end a sentence, nor one after the abbreviations of legal
# references («énoncés à l'al. a)», «art. 3», «par. 2», «cf.»), which cut a trial's highlight short.
_ABBREVIATION_DOTS = "|".join(rf"(?<=\b{a})\." for a in ("al", "art", "arts", "par", "cf", "ch", "pp", "p", "no", "op"))
_SENTENCE_RE = re.compile(rf"(?:[^.!?؟؛;\n]|(?<=\d)\.(?=\d)|{_ABBREVIATION_DOTS})+[.!?؟؛;]?", re.IGNORECASE)
MAX_HIGHLIGHTS = 2


def highlight_sentences(text: str, query: str, translations: Iterable[str] = ()) -> list[tuple[int, int]]:
    """[start, end) offsets of the (at most two) sentences sharing the most query terms (or their translations)."""
    query_terms = set(analyze(query)) | set(translations)
    if not query_terms:
        return []
    scored = []
    for match in _SENTENCE_RE.finditer(text):
        sentence = match.group()
        overlap = len(query_terms & set(analyze(sentence)))
        if overlap:
            start = match.start() + (len(sentence) - len(sentence.lstrip()))
            scored.append((overlap, start, match.end()))
    if not scored:
        return []
    best = max(s[0] for s in scored)
    floor = max(1, best - 1)
    chosen = sorted(scored, key=lambda s: -s[0])[:MAX_HIGHLIGHTS]
    return sorted((start, end) for overlap, start, end in chosen if overlap >= floor)
