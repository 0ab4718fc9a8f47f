"""The paragraph a citation names inside its article (synthetic articles, not law)."""

from __future__ import annotations

from search.cited_paragraph import cited_label, paragraph_count, paragraph_span

NUMBERED = [
    "Titre synthétique\n1. Premier paragraphe.\n2. Deuxième paragraphe :\na) un point;",
    "3. Troisième.\n4. Fin.",
]


def test_a_numbered_paragraph_runs_to_the_next_numbered_line() -> None:
    part, start, end = paragraph_span(NUMBERED, "2", numbered=True)
    assert NUMBERED[part][start:end] == "2. Deuxième paragraphe :\na) un point;"
    part, start, end = paragraph_span(NUMBERED, "3", numbered=True)
    assert (part, NUMBERED[part][start:end]) == (1, "3. Troisième.")
    assert paragraph_span(NUMBERED, "9", numbered=True) is None


def test_numbered_sub_items_are_no_paragraphs() -> None:
    # Items numbered under a lettered one, and a numbering that does not open the article (a review).
    restarting = ["1. Premier paragraphe :\n(a) un point :\n1. sous-point;\n2. autre sous-point;\n2. Deuxième."]
    assert paragraph_span(restarting, "2", numbered=True) is None
    late = ["(a) un point synthétique :\n1. sous-point;\n2. autre sous-point."]
    assert paragraph_span(late, "2", numbered=True) is None
    assert paragraph_span(["Un titre synthétique\nSans numéros."], "2", numbered=True) is None


def test_a_moroccan_articles_paragraphs_are_its_lines_but_items() -> None:
    parts = [
        "Premier alinéa synthétique, dans les cas suivants :\n1- un cas;\n2 - un autre cas;\nDeuxième alinéa.",
        "Troisième alinéa.",
    ]
    part, start, end = paragraph_span(parts, "1", numbered=False)
    assert parts[part][start:end].endswith("2 - un autre cas;")  # its items with it
    part, start, end = paragraph_span(parts, "2", numbered=False)
    assert parts[part][start:end] == "Deuxième alinéa."
    part, start, end = paragraph_span(parts, "3", numbered=False)
    assert (part, parts[part][start:end]) == (1, "Troisième alinéa.")
    assert paragraph_span(parts, "4", numbered=False) is None
    assert paragraph_span(parts, "last", numbered=False) == paragraph_span(parts, "3", numbered=False)
    assert paragraph_span(NUMBERED, "last", numbered=True) == paragraph_span(NUMBERED, "4", numbered=True)
    assert paragraph_span(["Un seul alinéa synthétique :\n1- un cas."], "2", numbered=False) is None
    # A title line is no paragraph.
    titled = ["Titre synthétique\nPremier alinéa.\nDeuxième alinéa."]
    part, start, end = paragraph_span(titled, "1", numbered=False)
    assert titled[part][start:end] == "Premier alinéa."


def test_an_articles_paragraphs_are_counted_where_they_can_be_told() -> None:
    assert paragraph_count(NUMBERED, numbered=True) == 4
    assert paragraph_count(["Un seul alinéa synthétique, sans points."], numbered=False) == 1
    # A lead sentence and its items: an item may be counted an alinéa too (a review), so not known.
    assert paragraph_count(["Un seul alinéa synthétique :\n1- un cas;\n2- un autre."], numbered=False) is None
    assert paragraph_count(["Titre synthétique\nPremier alinéa.\nDeuxième alinéa."], numbered=False) == 2
    # A numbering that does not open the article, or none: not known.
    assert paragraph_count(["(a) un point synthétique :\n1. sous-point;\n2. autre."], numbered=True) is None
    assert paragraph_count(["Un titre synthétique\nSans numéros."], numbered=True) is None


def test_an_item_is_its_line_and_those_under_it() -> None:
    international = [
        "Titre synthétique\nAux fins du texte synthétique :\na) premier point;\nb) second point;",
        "c) fin.",
    ]
    part, start, end = paragraph_span(international, "item:b", numbered=True)
    assert international[part][start:end] == "b) second point;"
    assert paragraph_span(international, "item:c", numbered=True)[0] == 1
    # The Arabic versions' letters: «(ب)» is b).
    arabic = ["لأغراض هذا النص التجريبي:\n(أ) البند الأول؛\n(ب) البند الثاني."]
    part, start, end = paragraph_span(arabic, "item:b", numbered=True)
    assert arabic[part][start:end] == "(ب) البند الثاني."
    moroccan = ["Alinéa synthétique, dans les cas suivants :\n1- un cas;\n2 - un autre cas;\nAutre alinéa."]
    part, start, end = paragraph_span(moroccan, "item:2", numbered=False)
    assert moroccan[part][start:end] == "2 - un autre cas;"
    # Absent, or numbered again under each paragraph: not known.
    assert paragraph_span(moroccan, "item:7", numbered=False) is None
    twice = ["1. Premier :\na) point;\n2. Second :\na) point."]
    assert paragraph_span(twice, "item:a", numbered=True) is None


def test_a_citation_narrowed_to_its_paragraph_or_item_reads_as_practitioners_write_it() -> None:
    label_ar, label_fr = "الفصل 1 من مدونة اصطناعية", "Code synthétique, article 1"
    assert cited_label(label_ar, "2", "ar", numbered=False) == "الفقرة الثانية من الفصل 1 من مدونة اصطناعية"
    assert cited_label(label_ar, "last", "ar", numbered=False) == "الفقرة الأخيرة من الفصل 1 من مدونة اصطناعية"
    assert cited_label(label_ar, "item:3", "ar", numbered=False) == "البند 3 من الفصل 1 من مدونة اصطناعية"
    assert cited_label(label_ar, "item:c", "ar", numbered=True) == "الفقرة الفرعية (ج) من الفصل 1 من مدونة اصطناعية"
    assert cited_label(label_fr, "2", "fr", numbered=False) == "Code synthétique, article 1, alinéa 2"
    assert cited_label(label_fr, "3", "fr", numbered=True) == "Code synthétique, article 1, paragraphe 3"
    assert cited_label(label_fr, "item:3", "fr", numbered=False) == "Code synthétique, article 1, 3°"
    assert cited_label(label_fr, "item:c", "fr", numbered=True) == "Code synthétique, article 1, alinéa c)"
    assert cited_label("Synthetic Code, article 1", "item:c", "en", numbered=True) == (
        "Synthetic Code, article 1, subparagraph (c)"
    )
