"""The helper's 91 citations (`tests/eval/citation-probes2.tsv`): the parser may leave one ambiguous, never wrong.

Wrong is the worst a legal search can do with a citation: an article of another text shown as the one cited,
or a text of the corpus said to be outside it. Ambiguous («article 3 de la convention sur les pires formes de
travail des enfants» read in every convention) is allowed here; tests/eval/README.md counts those.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.catalogue import Catalogue, load_catalogue
from search.query import parse_query

PROBES = Path(__file__).parents[1] / "eval" / "citation-probes2.tsv"
CASES = [tuple(line.split("\t")) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_the_probe_file_covers_texts_in_and_outside_the_corpus() -> None:
    expected = [want for _, want in CASES]
    assert len(CASES) == 91 and 40 < expected.count("OUTSIDE") < 60


@pytest.mark.parametrize(("query", "want"), CASES)
def test_a_citation_is_never_read_as_the_wrong_text(catalogue: Catalogue, query: str, want: str) -> None:
    articles = parse_query(query, catalogue).articles
    assert articles, "the citation was not read"
    for ref in articles:
        if want == "OUTSIDE":
            assert ref.work_id is None, f"read as {ref.work_id}"  # never an article of the corpus as the one cited
        else:
            assert not ref.unknown_work, "a text of the corpus said to be outside it"
            assert ref.work_id in (None, want), f"read as {ref.work_id}"
            assert not ref.in_works or want in ref.in_works, f"read in {ref.in_works}"
