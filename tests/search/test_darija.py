"""Darija questions get the standard Arabic the law uses, for lexical retrieval."""

from __future__ import annotations

import pytest

from ingest.text import analyze
from search.darija import expand_darija


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("واش كاين شي قانون كيحمي الخدامات ديال الديور؟", ["العاملات", "المنازل", "يحمي"]),
        ("شي واحد خدا الفلوس ديالها", ["أخذ", "الأموال"]),
        ("كنخدم عند الباطرون وما كيخلصش", ["يعمل", "المشغل", "يدفع"]),  # present prefix, ما…ش negation
        ("بغاو يديوها للزنقة تسعا", ["الشارع"]),
    ],
)
def test_darija_words_get_their_standard_arabic(question: str, standard: list[str]) -> None:
    expanded = expand_darija(question)
    assert expanded.startswith(question)  # the question's own words are kept
    added = set(analyze(expanded.split("\n", 1)[1]))
    for word in standard:
        assert set(analyze(word)) <= added, word


@pytest.mark.parametrize(
    "question",
    [
        "ما هي العقوبة المقررة لجريمة الاتجار بالبشر؟",
        "كيفية تطبيق القانون",  # كي… but a noun, not a Darija verb
        "الحق في الحياة الخاصة",  # الخاصة is not the Darija «خاص» (must)
        "Quelle peine pour la traite des êtres humains ?",
    ],
)
def test_standard_arabic_and_french_are_left_alone(question: str) -> None:
    assert expand_darija(question) == question


def test_a_darija_question_finds_the_unpaid_wage_article(indexed) -> None:
    _, _, searcher = indexed
    # «The boss doesn't pay the house maid». Law 19-12 is indexed in French only in the small index: the
    # Darija words reach it through their standard Arabic (المشغل، يؤدي، العاملة) and the lexicon.
    # Without the glossary a CPP witness-protection article comes first.
    results = searcher.search("الباطرون ما كيخلصش الخدامة ديال الدار", top_k=5).results
    assert results[0].citation.key == "ma-law-19-12:25"
