"""The paragraph a citation names inside its article (synthetic articles, not law)."""

from __future__ import annotations

from search.cited_paragraph import paragraph_span

NUMBERED = [
    "Titre synthétique\n1. Premier paragraphe.\n2. Deuxième paragraphe :\na) un point;",
    "3. Troisième.\n4. Fin.",
]


def test_a_numbered_paragraph_runs_to_the_next_numbered_line_in_its_part() -> None:
    part, start, end = paragraph_span(NUMBERED, "2", numbered_only=True)
    assert NUMBERED[part][start:end] == "2. Deuxième paragraphe :\na) un point;"
    part, start, end = paragraph_span(NUMBERED, "3", numbered_only=True)
    assert (part, NUMBERED[part][start:end]) == (1, "3. Troisième.")
    assert paragraph_span(NUMBERED, "9", numbered_only=True) is None


def test_an_unnumbered_article_counts_its_lines_where_allowed() -> None:
    parts = ["Premier alinéa synthétique.\nDeuxième alinéa.", "Troisième alinéa."]
    part, start, end = paragraph_span(parts, "3")
    assert (part, parts[part][start:end]) == (1, "Troisième alinéa.")
    assert paragraph_span(parts, "2", numbered_only=True) is None  # an international text's first line: its title
    assert paragraph_span(["Un seul alinéa synthétique."], "1") is None  # all of it: nothing to single out
    # «3.000 dirhams», a year: not numbered paragraphs.
    amounts = ["Une amende de\n3.000 dirhams synthétiques.", "2016 est une année."]
    assert paragraph_span(amounts, "2")[0:1] == (0,)
