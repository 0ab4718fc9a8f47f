import datetime as dt

from ingest.catalogue import Catalogue
from ingest.citation import (
    article_label,
    citation_label,
    format_date,
    gazette_reference,
    official_reference,
    original_wording_label,
    translation_note,
)


def test_citation_labels_as_practitioners_write_them(catalogue: Catalogue) -> None:
    assert citation_label(catalogue.work("ma-penal-code"), "448-2", "ar") == "الفصل 448-2 من مجموعة القانون الجنائي"
    assert citation_label(catalogue.work("ma-law-19-12"), "6", "fr") == "Loi n° 19-12, article 6"
    assert citation_label(catalogue.work("ma-law-19-12"), "1", "fr") == "Loi n° 19-12, article premier"
    assert citation_label(catalogue.work("ma-penal-code"), "dahir-2", "ar").startswith("الفصل 2 من ظهير")
    # The number's Latin suffix is written as Arabic writes it, not «الفصل 242 bis».
    code = catalogue.work("ma-penal-code")
    assert citation_label(code, "242 bis", "ar") == "الفصل 242 مكرر من مجموعة القانون الجنائي"
    assert citation_label(code, "242 bis", "fr") == "Code pénal, article 242 bis"
    # Law 27-14 heads each of its articles by an ordinal: «المادة الثانية», as the amendment notes cite it too; a
    # law that heads its others by digits keeps them («المادة 2 من القانون رقم 19.12»).
    law = catalogue.work("ma-law-27-14")
    assert citation_label(law, "2", "ar") == "المادة الثانية من القانون رقم 27.14"
    assert citation_label(law, "7", "ar") == "المادة السابعة من القانون رقم 27.14"
    assert citation_label(law, "5", "fr") == "Loi n° 27-14, article 5"
    assert citation_label(catalogue.work("ma-law-19-12"), "2", "ar") == "المادة 2 من القانون رقم 19.12"


def test_an_article_alone_is_named_as_a_list_of_the_works_articles_names_it(catalogue: Catalogue) -> None:
    code = catalogue.work("ma-penal-code")
    assert article_label(code, "448-2", "ar") == "الفصل 448-2"
    assert article_label(code, "242 bis", "ar") == "الفصل 242 مكرر"
    assert article_label(code, "dahir-1", "ar") == "الفصل الأول من الظهير"
    assert article_label(code, "dahir-1", "fr") == "Dahir, article premier"
    assert article_label(catalogue.work("ma-law-27-14"), "1", "ar") == "المادة الأولى"
    assert article_label(catalogue.work("ma-law-19-12"), "1", "fr") == "Article premier"
    assert article_label(catalogue.work("un-declaration-victims-1985"), "4", "fr") == "Paragraphe 4"


def test_original_wording_labels_say_what_replaced_them(catalogue: Catalogue) -> None:
    law = catalogue.work("ma-law-27-14")
    arabic = "الصيغة الأصلية (القانون رقم 27.14، 2016) — عُدّلت بالقانون 03.23"
    french = "rédaction d'origine (Loi n° 27-14, 2016), modifiée par la loi 03-23"
    assert original_wording_label(law, "ar", "03.23") == arabic
    assert original_wording_label(law, "fr", "03.23") == french
    assert original_wording_label(law, "fr") == "rédaction d'origine (Loi n° 27-14, 2016)"


def test_official_references_carry_dahir_gazette_and_consolidation_date(catalogue: Catalogue) -> None:
    law = catalogue.work("ma-law-27-14")
    assert official_reference(law, "ar") == (
        "القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127 بتاريخ 25 أغسطس 2016؛ "
        "الجريدة الرسمية عدد 6501 بتاريخ 17 ذو الحجة 1437 (19 سبتمبر 2016)، ص 6644"
    )
    code = catalogue.work("ma-penal-code")
    assert official_reference(code, "fr", dt.date(2018, 7, 5)) == (
        "Code pénal ; dahir n° 1-59-413 du 26 novembre 1962 ; Bulletin officiel n° 2640 bis du 12 moharrem 1383 "
        "(5 juin 1963), p. 843 ; version consolidée au 5 juillet 2018"
    )
    # No French edition recorded: the Arabic edition's number and page, said to be that edition's.
    assert gazette_reference(catalogue.work("un-crc-opsc"), "fr") == (
        "Bulletin officiel (édition arabe) n° 5191 du 1er mars 2004, p. 760"
    )


def test_a_translation_says_which_text_prevails(catalogue: Catalogue) -> None:
    # The Ministry's French Penal Code translates the Arabic, which has legal force (448-7: «bénéficie d'une excuse
    # absolutoire» in French, the optional «يجوز الإعفاء» in Arabic): a judge comparing them is told.
    code = catalogue.work("ma-penal-code")
    french = code.version("fr")
    assert french is not None and french.translation_of == "ar"
    assert translation_note("fr", french.translation_of) == " ; traduction (le texte arabe fait foi)"
    assert translation_note("ar", "ar") == "؛ ترجمة (النص العربي هو الذي يعتد به)"
    assert code.version("ar").translation_of is None  # type: ignore[union-attr]
    assert translation_note("ar", None) == ""


def test_a_treaty_text_published_elsewhere_is_not_passed_off_as_moroccos_arabic_publication(
    catalogue: Catalogue,
) -> None:
    crc = catalogue.work("un-crc")
    french = crc.version("fr")
    assert french is not None and french.published_in
    assert official_reference(crc, "fr", published_in=french.published_in) == (
        "Convention relative aux droits de l'enfant (20 novembre 1989) ; texte français : RS 0.107 (Recueil "
        "systématique du droit fédéral suisse) ; texte arabe publié au Maroc : dahir n° 1-93-363 du 21 novembre "
        "1996 portant publication de la convention, Bulletin officiel (édition arabe) n° 4440 du 19 décembre 1996, "
        "p. 2847"
    )
    assert "بنشر الاتفاقية؛ الجريدة الرسمية عدد 4440" in official_reference(crc, "ar")


def test_an_official_reference_leaves_out_what_the_catalogue_does_not_record(catalogue: Catalogue) -> None:
    # The 1985 Declaration has no dahir and no Bulletin officiel: its title and date, nothing made up.
    declaration = catalogue.work("un-declaration-victims-1985")
    assert official_reference(declaration, "ar") == f"{declaration.titles['ar']} (29 نوفمبر 1985)"
    decree = catalogue.work("ma-decree-2-17-740")
    assert "ظهير" not in official_reference(decree, "ar")
    assert format_date(dt.date(2016, 8, 1), "fr") == "1er août 2016"
    assert format_date(dt.date(2010, 4, 1), "ar") == "فاتح أبريل 2010"  # as the Bulletin officiel writes it
