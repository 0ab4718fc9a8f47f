"""Search the labelled citations of `citation-probes3.tsv` on an index and count what the reader would see wrong.

Each line: a query, a tab, what it must show: the cited article keys («ma-law-27-14:5»), «OUT» for a notice that
the text is outside the corpus, «NF» for a notice that the article is not found, joined by «;». Flags:

- WRONG: an article shown as cited (`matched_by == "citation"`) that the query does not cite: the worst failure;
- missing: a cited article not shown among the first five;
- NO-OUT / FALSE-OUT: an outside-corpus notice missing, or given for a text the corpus holds.

Usage (the index of `daleel ingest`; one process at a time may open an embedded index)::

    python tests/eval/citation_hunt.py tests/eval/citation-probes3.tsv [--all]
"""

from __future__ import annotations

import sys
from pathlib import Path

from ingest.settings import Settings
from search.pipeline import Searcher

OUTSIDE = {"citation_outside_corpus", "work_outside_corpus"}


def flags(searcher: Searcher, query: str, expected: str) -> list[str]:
    """What is wrong in what the search shows for `query`, against `expected` (the file's second column)."""
    response = searcher.search(query, top_k=5)
    cited = [r.citation.key for r in response.results if r.matched_by == "citation"]
    codes = {n.code for n in response.notices}
    parts = expected.split(";")
    keys = {p for p in parts if ":" in p}
    found = []
    if wrong := [key for key in cited if key not in keys]:
        found.append(f"WRONG {wrong}")
    if missing := sorted(keys - set(cited)):
        found.append(f"missing {missing}")
    if "OUT" in parts and not codes & OUTSIDE:
        found.append("NO-OUT")
    if "OUT" not in parts and codes & OUTSIDE:
        found.append("FALSE-OUT")
    return found


def main(argv: list[str]) -> int:
    path, show_all = Path(argv[0]), "--all" in argv
    searcher = Searcher(Settings())
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line]
    flagged = wrong = 0
    for query, expected in lines:
        found = flags(searcher, query, expected)
        flagged += bool(found)
        wrong += any(f.startswith("WRONG") for f in found)
        if found or show_all:
            print(f"{query}\t{' | '.join(found) or 'ok'}")
    print(f"{len(lines)} citations: {wrong} with a wrong cited article, {flagged} flagged in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
