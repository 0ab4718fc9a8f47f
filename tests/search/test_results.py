"""Citations built from an indexed passage's payload and the real catalogue: which text each reference names."""

from __future__ import annotations

import datetime as dt

from ingest.catalogue import Catalogue
from ingest.citation import history_note
from search.results import citation_from_meta, passage_from_meta
from tests.conftest import AR_27_14, AR_103_13, FR_27_14, FR_103_13


def _meta(work_id: str, article: str, language: str, **extra: object) -> dict:
    return {
        "work_id": work_id,
        "work_title": "t",
        "article": article,
        "language": language,
        "citation": "label",
        "key": f"{work_id}:{article}",
        **extra,
    }


def test_a_consolidated_article_names_its_code_and_the_law_that_inserted_it(catalogue: Catalogue) -> None:
    citation = citation_from_meta(_meta("ma-penal-code", "448-2", "ar", wording="consolidated"), catalogue)
    assert citation.reference and citation.reference.startswith("مجموعة القانون الجنائي؛ ظهير شريف رقم 1.59.413")
    # With the inserting law's gazette: a judge's trial read the code's of 1963 as the 2016 article's.
    inserted = "صيغة محينة بتاريخ 22 أغسطس 2024؛ مضاف بمقتضى المادة الأولى من القانون رقم 27.14" + AR_27_14
    assert citation.reference.endswith(inserted)
    assert (citation.dahir, citation.enacted, citation.number) == ("1.59.413", "1962-11-26", None)


def test_an_article_a_later_law_completed_says_so(catalogue: Catalogue) -> None:
    # Law 27-14 art. 3 completes CPP 82-7 (a trial found its reference silent, where 82-5-1's names its insertion).
    citation = citation_from_meta(_meta("ma-cpp", "82-7", "ar", wording="consolidated"), catalogue)
    assert citation.reference and citation.reference.endswith(
        "؛ متممة بمقتضى المادة الثالثة من القانون رقم 27.14" + AR_27_14
    )
    french = citation_from_meta(_meta("ma-cpp", "82-7", "fr", wording="consolidated"), catalogue).reference
    assert french and french.endswith(" ; complété par l'article 3 de la loi n° 27-14" + FR_27_14)


def test_a_law_outside_the_corpus_that_inserted_an_article_is_named_in_its_reference(catalogue: Catalogue) -> None:
    # A trial: CPP 82-5-3's reference ended at its consolidation date, though the source's note 75 says Law 03.23
    # inserted it; 82-5-1's named that law (through Law 27-14, which the corpus holds).
    inserted = citation_from_meta(_meta("ma-cpp", "82-5-3", "ar", wording="consolidated"), catalogue).reference
    assert inserted and inserted.endswith(
        "صيغة محينة بتاريخ 8 سبتمبر 2025؛ مضافة بمقتضى المادة الثالثة من القانون رقم 03.23"
    )
    french = citation_from_meta(_meta("ma-cpp", "82-5-3", "fr", wording="consolidated"), catalogue).reference
    assert french and french.endswith(" ; inséré par l'article 3 de la loi n° 03-23")
    # Not said of a text consolidated before the law («as_of»).
    before = history_note(catalogue, catalogue.work("ma-cpp"), "82-4", "ar", dt.date(2010, 1, 1))
    assert "37.10" not in before and "37.10" in history_note(catalogue, catalogue.work("ma-cpp"), "82-4", "ar")
    # Part II bis came with Law 37.10 (note 72), before Law 27-14 completed 82-7: oldest first.
    completed = citation_from_meta(_meta("ma-cpp", "82-7", "ar", wording="consolidated"), catalogue).reference
    assert completed and completed.endswith(
        "؛ مضافة بمقتضى المادة الأولى من القانون رقم 37.10؛ متممة بمقتضى المادة الثالثة من القانون رقم 27.14" + AR_27_14
    )


def test_an_article_a_later_law_amended_says_so(catalogue: Catalogue) -> None:
    # Law 103-13 art. 2 rewrote Penal Code 404 (a review found amended articles silent, inserted ones not).
    citation = citation_from_meta(_meta("ma-penal-code", "404", "ar", wording="consolidated"), catalogue)
    assert citation.reference and citation.reference.endswith(
        "؛ مغير بمقتضى المادة الثانية من القانون رقم 103.13" + AR_103_13
    )
    french = citation_from_meta(_meta("ma-penal-code", "404", "fr", wording="consolidated"), catalogue).reference
    assert french and " ; modifié par l'article 2 de la loi n° 103-13" + FR_103_13 + " ; traduction" in french
    untouched = citation_from_meta(_meta("ma-penal-code", "403", "ar", wording="consolidated"), catalogue).reference
    assert untouched and "بمقتضى" not in untouched


def test_a_translated_text_says_last_which_text_prevails(catalogue: Catalogue) -> None:
    french = citation_from_meta(_meta("ma-penal-code", "448-7", "fr", wording="consolidated"), catalogue).reference
    assert french and french.endswith(
        "version consolidée au 5 juillet 2018 ; inséré par l'article premier de la loi n° 27-14" + FR_27_14 + " ; "
        "traduction (le texte arabe fait foi)"
    )


def test_a_quoted_wording_names_the_law_that_quotes_it_and_nothing_else(catalogue: Catalogue) -> None:
    meta = _meta("ma-penal-code", "448-2", "ar", wording="as_enacted", current=False, quoted_by="ma-law-27-14:1")
    citation = citation_from_meta(meta, catalogue)
    assert citation.reference and citation.reference.startswith("القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛")
    assert "مضاف" not in citation.reference and "صيغة محينة" not in citation.reference
    assert (citation.number, citation.dahir) == ("27-14", "1.16.127")


def test_an_english_treaty_text_says_where_it_is_published(catalogue: Catalogue) -> None:
    passage = passage_from_meta("text", _meta("un-palermo-protocol", "3", "en"), catalogue)
    assert passage.reference and "; English text: Netherlands treaty series, BWBV0001749; Arabic text published" in (
        passage.reference
    )


def test_unknown_works_and_bare_titles_get_no_reference(catalogue: Catalogue) -> None:
    assert citation_from_meta(_meta("no-such-work", "1", "ar"), catalogue).reference is None
    # Law 27-14 has no French version: its French reference still says only what the catalogue records.
    french = citation_from_meta(_meta("ma-law-27-14", "5", "fr"), catalogue).reference
    assert french and french.startswith("Loi n° 27-14 relative à la lutte contre la traite des êtres humains ; dahir")


def test_a_note_on_an_articles_standing_goes_with_its_texts_in_force_only(catalogue: Catalogue) -> None:
    # Law 19-12 art. 6's transitional period ended in 2023: said with the article's texts, in their language; not with
    # a wording no longer in force, nor one an amending law quotes, whose own warnings say what they are.
    french = passage_from_meta("t", _meta("ma-law-19-12", "6", "fr"), catalogue)
    arabic = citation_from_meta(_meta("ma-law-19-12", "6", "ar"), catalogue)
    assert french.standing_note and "2 octobre 2023" in french.standing_note
    assert arabic.standing_note and "2 أكتوبر 2023" in arabic.standing_note
    assert passage_from_meta("t", _meta("ma-law-19-12", "6", "fr", current=False), catalogue).standing_note is None
    quoted = _meta("ma-law-19-12", "6", "fr", quoted_by="ma-law-27-14:1")
    assert passage_from_meta("t", quoted, catalogue).standing_note is None
    assert passage_from_meta("t", _meta("ma-law-19-12", "7", "fr"), catalogue).standing_note is None


def test_a_quoted_wording_carries_the_quoting_laws_note_not_the_codes(catalogue: Catalogue) -> None:
    # The source's «من ثالث إلى خمس سنوات» (a PDF's reversed lam-alef for «ثلاث») is in the Penal Code's 503-1-2 and
    # in the wording Law 103-13 art. 5 gives it, which carried no note (a review); the code's notes on its own
    # consolidated text («السجن» translated «emprisonnement») are not a quoted wording's.
    quoted = passage_from_meta("t", _meta("ma-penal-code", "503-1-2", "ar", quoted_by="ma-law-103-13:5"), catalogue)
    assert quoted.translation_difference and "من ثالث إلى خمس سنوات" in quoted.translation_difference
    own = citation_from_meta(_meta("ma-penal-code", "503-1-2", "ar"), catalogue)
    assert own.translation_difference == quoted.translation_difference
    enacted = _meta("ma-penal-code", "448-3", "ar", quoted_by="ma-law-27-14:1")
    assert passage_from_meta("t", enacted, catalogue).translation_difference is None
    assert passage_from_meta("t", enacted, catalogue).counterpart_difference is None
    assert citation_from_meta(_meta("ma-penal-code", "448-3", "ar"), catalogue).counterpart_difference


def test_a_note_on_the_translation_is_told_to_the_prevailing_texts_readers_apart(catalogue: Catalogue) -> None:
    # The Arabic 448-4's note says the French translation writes «emprisonnement»: not about the Arabic text, it is
    # apart from its own notes, which go into its copied citation and course packs (a judge pasted it into an order).
    arabic = citation_from_meta(_meta("ma-penal-code", "448-4", "ar"), catalogue)
    assert arabic.translation_difference is None and "«emprisonnement»" in (arabic.counterpart_difference or "")
    french = citation_from_meta(_meta("ma-penal-code", "448-4", "fr"), catalogue)
    assert french.counterpart_difference is None
    assert "Le texte arabe, qui fait foi" in (french.translation_difference or "")
    # A note on the Arabic text's own slip stays its own.
    own = citation_from_meta(_meta("ma-penal-code", "448-1", "ar"), catalogue)
    assert "«التوسل»" in (own.translation_difference or "") and own.counterpart_difference is None


def test_texts_the_audit_found_damaged_or_at_odds_say_so(catalogue: Catalogue) -> None:
    # An audit: these texts were shown as clean, with nothing said — an Arabic UNTOC with lines out of order (34), a
    # fine misread from the French PDF (517), two wordings of CRC 43(2), a translation's «ten years» for «one year».
    cases = {
        ("un-untoc", "34", "ar"): "يرجع إلى النص الفرنسي",
        ("ma-penal-code", "517", "fr"): "de mille deux cents à cinq mille dirhams",
        ("un-crc", "43", "ar"): "ثمانية عشر خبيرا",
        ("un-crc", "43", "fr"): "dix experts",
        ("ilo-c182", "11", "ar"): "بعد سنة من تسجيله",
        ("un-crc-opsc", "7", "ar"): "الفقرة الفرعية (أ)",
        ("ma-law-27-14", "2", "ar"): "هي 1423، لا 1432",
    }
    for (work, article, language), said in cases.items():
        note = citation_from_meta(_meta(work, article, language), catalogue).translation_difference
        assert note and said in note, (work, article, language)
    # And the law's own slip in the 448-1 it wrote, «للحصوص» for «للحصول» (a trial), in both wordings.
    enacted = passage_from_meta("t", _meta("ma-penal-code", "448-1", "ar", quoted_by="ma-law-27-14:1"), catalogue)
    assert enacted.translation_difference and "«للحصول»" in enacted.translation_difference
    consolidated = citation_from_meta(_meta("ma-penal-code", "448-1", "ar"), catalogue).translation_difference
    assert consolidated and "«التوسل»" in consolidated and "«للحصول»" in consolidated
    # The 82-5-1 it wrote reads «المهتمين» and «على غاية» (a trial); the consolidated CPP writes them right.
    cpp_2016 = passage_from_meta("t", _meta("ma-cpp", "82-5-1", "ar", quoted_by="ma-law-27-14:2"), catalogue)
    assert cpp_2016.translation_difference and "«المتهمين»" in cpp_2016.translation_difference
    in_force = citation_from_meta(_meta("ma-cpp", "82-5-1", "ar"), catalogue)
    assert "المتهمين" not in (in_force.translation_difference or "")
    assert citation_from_meta(_meta("un-untoc", "34", "fr"), catalogue).translation_difference is None
    assert citation_from_meta(_meta("un-untoc", "32", "ar"), catalogue).translation_difference is None
