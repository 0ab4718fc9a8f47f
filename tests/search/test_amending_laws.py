"""The laws the amendment notes name, read from made-up notes (obviously not law)."""

from __future__ import annotations

from haystack import Document

from search.amending_laws import law_number, laws_in_notes


def test_a_law_number_is_read_in_any_form_and_a_dahirs_is_not() -> None:
    assert law_number("loi n° 03-23") == law_number("القانون رقم 03.23") == law_number("loi 3/23") == "3.23"
    assert law_number("القانون ٠٣.٢٣") == "3.23"
    assert law_number("C189") is None
    assert law_number("dahir 1-16-127") is None
    assert law_number("loi n° 2016-41") is None  # not «16.41»
    assert law_number("décret 3-23") is None and law_number("circulaire 3/23") is None  # not Law 3.23 (a review)


def test_each_law_lists_the_articles_whose_notes_name_it_in_order() -> None:
    def passage(key: str, *notes: str) -> Document:
        return Document(content="نص تجريبي", meta={"key": key, "history": list(notes)})

    noted = laws_in_notes(
        [
            passage("test-code:10", "حاشية تجريبية: عدل بالقانون رقم 99.98."),
            passage("test-code:2-1", "Note fictive : modifié par la loi n° 99-98 et la loi n° 7.97."),
            passage("test-code:2-1", "حاشية تجريبية أخرى بالقانون رقم 99.98."),  # another passage of the same article
            passage("test-code:3"),
        ]
    )
    assert noted == {"99.98": ["test-code:2-1", "test-code:10"], "7.97": ["test-code:2-1"]}
