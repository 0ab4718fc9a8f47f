"""Notices said again in Arabic and French from their fields, works named by their titles, not their ids."""

from __future__ import annotations

from ingest.catalogue import Catalogue
from search.notice_text import localized, message
from search.results import Notice, SearchResponse


def test_a_missing_article_names_its_work_by_title(catalogue: Catalogue) -> None:
    notice = Notice(
        code="citation_not_found",
        message="article 999 of ma-law-27-14 is not in the corpus",
        article="999",
        work_id="ma-law-27-14",
    )
    said = message(notice, "ar", catalogue, results_follow=False)
    assert said == "المادة 999 من القانون رقم 27.14 غير موجودة في النصوص المدرجة."
    assert (
        message(notice, "fr", catalogue, results_follow=False)
        == "L’article 999 (Loi n° 27-14) n’est pas dans le corpus."
    )


def test_a_missing_article_another_work_has_is_cited_there(catalogue: Catalogue) -> None:
    notice = Notice(
        code="citation_not_found",
        message="…",
        article="82-5-1",
        work_id="ma-penal-code",
        works=["ma-cpp"],
        keys=["ma-cpp:82-5-1"],
    )
    assert message(notice, "fr", catalogue, results_follow=False) == (
        "Le texte « Code pénal » n’a pas d’article 82-5-1 ; voir : Code de procédure pénale, article 82-5-1."
    )
    # The Penal Code's articles are «فصول», masculine.
    assert message(notice, "ar", catalogue, results_follow=False) == (
        "لا يوجد في «مجموعة القانون الجنائي» فصل رقم 82-5-1، وإنما في: المادة 82-5-1 من قانون المسطرة الجنائية."
    )
    missing = Notice(code="citation_not_found", message="…", article="448-15", work_id="ma-penal-code")
    assert message(missing, "ar", catalogue, results_follow=False) == (
        "الفصل 448-15 من مجموعة القانون الجنائي غير موجود في النصوص المدرجة."
    )


def test_a_missing_article_of_no_text_named_is_said_in_the_readers_words(catalogue: Catalogue) -> None:
    # A prosecutor's trial: «الفصل 448-15» was answered «المادة 448-15 غير موجودة», and «الفصل 448 مكرر 3» with
    # «448 bis» inside the Arabic sentence.
    missing = Notice(code="citation_not_found", message="…", article="448-15")
    assert message(missing, "ar", catalogue, results_follow=False) == (
        "المادة أو الفصل 448-15 غير موجود في النصوص المدرجة."
    )
    bis = missing.model_copy(update={"article": "448 bis"})
    assert message(bis, "ar", catalogue, results_follow=False).startswith("المادة أو الفصل 448 مكرر غير موجود")
    assert message(bis, "fr", catalogue, results_follow=False).startswith("L’article 448 bis n’est pas")
    outside = Notice(code="citation_outside_corpus", message="…", article="5 ter", text="القانون 88.13")
    assert message(outside, "ar", catalogue, results_follow=False) == (
        "المادة أو الفصل 5 مكرر مرتين من «القانون 88.13»، وهو نص غير مدرج في النصوص."
    )


def test_a_missing_paragraph_of_the_declaration_is_called_a_paragraph(catalogue: Catalogue) -> None:
    # A trial read «L’article 99» of the 1985 Declaration, whose units are paragraphs.
    work = "un-declaration-victims-1985"
    missing = Notice(code="citation_not_found", message="…", article="99", work_id=work)
    assert message(missing, "fr", catalogue, results_follow=False).startswith("Le paragraphe 99 (")
    assert message(missing, "ar", catalogue, results_follow=False).startswith("الفقرة 99 من ")
    elsewhere = missing.model_copy(update={"works": ["ma-cpp"], "keys": ["ma-cpp:82-4"], "article": "82-4"})
    assert "n’a pas de paragraphe 82-4 ;" in message(elsewhere, "fr", catalogue, results_follow=False)
    assert "فقرة رقم 82-4" in message(elsewhere, "ar", catalogue, results_follow=False)
    french = Notice(code="citation_other_language", message="…", article="4", work_id=work, languages=["ar"])
    assert message(french, "fr", catalogue, results_follow=False).startswith("Le paragraphe 4 n’est dans le corpus")
    assert message(french, "ar", catalogue, results_follow=False).startswith("الفقرة 4 موجودة في النصوص")
    # The Penal Code's word, in its gender.
    penal = french.model_copy(update={"work_id": "ma-penal-code", "article": "448-2", "languages": ["fr"]})
    assert message(penal, "ar", catalogue, results_follow=False).startswith("الفصل 448-2 موجود في النصوص")
    assert message(penal, "fr", catalogue, results_follow=False).startswith("L’article 448-2 n’est dans le corpus")


def test_results_below_a_citation_notice_are_said_to_answer_the_words(catalogue: Catalogue) -> None:
    notice = Notice(code="citation_outside_corpus", message="…", article="9", text="Code du travail")
    said = message(notice, "fr", catalogue, results_follow=True)
    assert said.startswith("L’article 9 appartient à «Code du travail», un texte absent du corpus ; les résultats")


def test_many_works_are_cut_to_four_laws_first(catalogue: Catalogue) -> None:
    works = ["un-untoc", "un-crc", "ilo-c029", "ilo-c105", "ilo-c182", "ma-law-19-12"]
    notice = Notice(code="citation_ambiguous", message="…", article="5", works=works)
    said = message(notice, "fr", catalogue, results_follow=False)
    assert "Loi n° 19-12" in said.split(":")[1].split(",")[0] and said.endswith("et 2 autres.")


def test_answers_in_another_language_are_cited_as_a_reader_writes_them(catalogue: Catalogue) -> None:
    notice = Notice(code="answers_in_other_language", message="…", languages=["ar"], keys=["ma-law-27-14:5"])
    assert message(notice, "fr", catalogue) == (
        "Des articles qui n’existent qu’en arabe répondent peut-être aussi : Loi n° 27-14, article 5."
    )


def test_english_and_unknown_codes_keep_the_english_message(catalogue: Catalogue) -> None:
    notice = Notice(code="something_new", message="as the pipeline wrote it")
    response = SearchResponse(query="q", results=[], notices=[notice])
    assert localized(response, "fr", catalogue).notices[0].message == "as the pipeline wrote it"
    weak = SearchResponse(query="q", results=[], notices=[Notice(code="weak_match", message="english")])
    assert localized(weak, "en", catalogue).notices[0].message == "english"
    assert localized(weak, "ar", catalogue).notices[0].message.startswith("لا شيء في النصوص المدرجة")


def test_one_more_work_is_named_not_counted(catalogue: Catalogue) -> None:
    works = ["un-untoc", "un-crc", "ilo-c029", "ilo-c105", "ilo-c182"]
    notice = Notice(code="citation_ambiguous", message="…", article="5", works=works)
    assert "autre" not in message(notice, "fr", catalogue, results_follow=False)  # not «et 1 autres»


def test_with_no_results_the_other_language_is_all_there_is(catalogue: Catalogue) -> None:
    notice = Notice(code="answers_in_other_language", message="…", languages=["ar"], keys=["ma-law-27-14:1"])
    said = message(notice, "fr", catalogue, results_follow=False)
    assert said.startswith("Ce qui est demandé n’existe qu’en arabe") and "aussi" not in said


def test_a_users_upload_named_in_a_notice_says_it_was_added(catalogue: Catalogue) -> None:
    # A trial found «القانون رقم 27-14، 1» in a notice: a user's note, uploaded before titles were checked, passing
    # for Law 27-14 where every citation of it said it was added.
    note = catalogue.work("ma-law-19-12").model_copy(
        update={"id": "user-note", "short_titles": {"fr": "Note de l'association"}, "added_by_user": True}
    )
    with_note = Catalogue(works=[*catalogue.works, note])
    notice = Notice(code="answers_in_other_language", message="…", languages=["fr"], keys=["user-note:1"])
    assert message(notice, "fr", with_note).endswith(
        "Note de l'association, article premier (document ajouté par un utilisateur)."
    )
    outside = Notice(code="work_filtered_out", message="…", works=["user-note"])
    assert "Note de l'association (document ajouté par un utilisateur)" in message(outside, "fr", with_note)


def test_an_article_number_several_texts_have_is_said_to_be_in_each(catalogue: Catalogue) -> None:
    notice = Notice(code="citation_several_works", message="…", article="5", works=["un-crc", "ma-law-27-14"])
    assert message(notice, "fr", catalogue, results_follow=False) == (
        "Plusieurs textes du corpus ont un article 5 : Loi n° 27-14, Convention relative aux droits de l'enfant ; "
        "nommez le texte pour n’afficher que le sien."
    )
    assert message(notice, "ar", catalogue, results_follow=False).startswith("توجد مادة أو فصل بالرقم 5 في عدة نصوص")


def test_answers_outside_the_filters_are_cited_as_a_reader_writes_them(catalogue: Catalogue) -> None:
    notice = Notice(code="answers_outside_filters", message="…", keys=["ma-penal-code:448-14"])
    assert message(notice, "fr", catalogue) == (
        "Des articles hors des filtres choisis répondent peut-être aussi : Code pénal, article 448-14."
    )


def test_a_law_outside_the_corpus_is_said_with_the_articles_its_notes_name(catalogue: Catalogue) -> None:
    notice = Notice(code="work_outside_corpus", message="…", text="loi 03-23", keys=["ma-cpp:82-5-1"])
    assert message(notice, "fr", catalogue, results_follow=False) == (
        "«loi 03-23» n’est pas dans le corpus ; les notes de modification le citent pour : "
        "Code de procédure pénale, article 82-5-1."
    )
    assert message(notice, "ar", catalogue, results_follow=False) == (
        "«loi 03-23» غير مدرج في النصوص، وتذكره حواشي التعديل في: المادة 82-5-1 من قانون المسطرة الجنائية."
    )


def test_the_articles_a_law_wrote_are_said_with_the_law_and_the_language(catalogue: Catalogue) -> None:
    notice = Notice(
        code="provisions_in_language",
        message="…",
        work_id="ma-law-27-14",
        works=["ma-law-27-14"],
        languages=["fr"],
        keys=["ma-penal-code:448-1", "ma-penal-code:448-2"],
    )
    assert message(notice, "fr", catalogue) == (
        "Articles d’autres textes que « Loi n° 27-14 » a insérés ou modifiés, et qui existent en français : "
        "Code pénal, article 448-1, Code pénal, article 448-2."
    )
    assert message(notice, "ar", catalogue).startswith("مواد من نصوص أخرى أضافها «القانون رقم 27.14» أو غيّرها")
