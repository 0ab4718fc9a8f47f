from ingest.catalogue import Catalogue
from ingest.extract import Footnote, extract
from ingest.history import amendment_history
from tests.conftest import SOURCES_DIR


def test_cpp_footnotes_become_the_history_of_the_articles_they_name(catalogue: Catalogue) -> None:
    extracted = extract(SOURCES_DIR / "ma-cpp-victim-witness-protection.ar.txt")
    history = amendment_history(extracted.footnotes, language="ar", work=catalogue.work("ma-cpp"), catalogue=catalogue)
    (note,) = history["ma-cpp:82-7"]
    assert note == "76- تم تتميم المادة 7-82 أعلاه، بمقتضى المادة الثالثة من القانون رقم 27.14، السالف الذكر."
    assert all(key.startswith("ma-cpp:") for key in history)
    # Notes 73 and 74 are printed as one line in the source: each goes to its own article.
    assert "03.23" in history["ma-cpp:82-5-1"][0] and history["ma-cpp:82-5-2"][0].startswith("- 74 ")


def test_a_note_that_names_no_single_article_is_not_guessed(catalogue: Catalogue) -> None:
    notes = [
        Footnote(1, "1", "تم تغيير هذا الفصل بموجب القانون رقم 0.00 (نص تجريبي)."),
        Footnote(1, "2", "تم تغيير الفصلين 448-1 و448-2 أعلاه (نص تجريبي)."),
        # «The same reference as in article 448-1»: a note on another article, which the source printed under it (a
        # review found the Penal Code's notes 56 and 57, on 250 and 251, filed under 248).
        Footnote(1, "3", "نفس الإحالة المشار إليها في الفصل 448-1 من هذا القانون."),
    ]
    work = catalogue.work("ma-penal-code")
    assert amendment_history(notes, language="ar", work=work, catalogue=catalogue) == {}


def test_a_note_repealing_a_range_of_articles_is_the_history_of_each(catalogue: Catalogue) -> None:
    # Penal Code note 173: «تم إلغاء الفصول من 494 إلى 496 أعلاه بمقتضى … القانون رقم 92.13»; a judge found 494 marked
    # repealed and no word of the law that repealed it.
    extracted = extract(SOURCES_DIR / "ma-penal-code.ar.txt")
    work = catalogue.work("ma-penal-code")
    history = amendment_history(extracted.footnotes, language="ar", work=work, catalogue=catalogue)
    for number in ("494", "495", "496"):
        notes = history[f"ma-penal-code:{number}"]
        assert any(note.startswith("173- تم إلغاء الفصول من 494 إلى 496") for note in notes)
    assert all(history[f"ma-penal-code:{n}"][0].startswith("8- تم نسخ الفصول من 19 إلى 23") for n in range(19, 24))
    # A change of several articles is still nobody's (`test_a_note_that_names_no_single_article_is_not_guessed`).
    notes = [
        Footnote(1, "1", "تم إلغاء الفصلين 448-1 و448-2 أعلاه (نص تجريبي)."),
        Footnote(1, "2", "تم تغيير الفصول 1 و2 (نص تجريبي)."),
    ]
    assert amendment_history(notes, language="ar", work=work, catalogue=catalogue) == {}
