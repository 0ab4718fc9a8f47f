"""The structure parser on the real starter corpus, and on obviously synthetic fixtures."""

from __future__ import annotations

import pytest

from ingest.catalogue import Catalogue, Work
from ingest.extract import extract
from ingest.extract_accuracy import word_scores
from ingest.structure import match_article_heading, split_articles
from tests.conftest import SOURCES_DIR

# Article headings counted in each source (they agree with each file's `# articles:` header line);
# the second figure is how many of them are code articles quoted by an amending law.
EXPECTED = {
    "ilo-c029.fr.txt": (33, 0),
    "ilo-c105.fr.txt": (10, 0),
    "ilo-c182.ar.txt": (16, 0),
    "ilo-c182.fr.txt": (16, 0),
    "ma-cpp-victim-witness-protection.ar.txt": (10, 0),
    "ma-decree-2-09-607-law-02-03.ar.txt": (25, 0),
    "ma-decree-2-17-740.ar.txt": (9, 0),
    "../pdf-samples/ma-decree-2-17-355.ar.pdf": (2, 0),
    "ma-law-02-03.ar.txt": (58, 0),
    "ma-law-103-13.ar.txt": (43, 25),
    "ma-law-19-12.ar.txt": (27, 0),
    "ma-law-19-12.fr.txt": (27, 0),
    "ma-law-27-14.ar.txt": (23, 16),
    # The header counts 724 headings at the start of a line; eight more run on after the text of the article
    # before them («… التهديد به. الفصل 231-4 يعاقب …»: 231-4, 232, 355, 467, 511, 550, 582, and «الفصل - 35.-4»
    # garbled); and eight repealed articles, named by two repeal lines («الفصول 23 – 19 نسخت», «الفصول من 494 إلى
    # 496 ألغيت»).
    "ma-penal-code.ar.txt": (724 + 8 + 9 + 8, 0),
    "../pdf-samples/ma-penal-code.fr.pdf": (717 + 9, 0),
    "un-convention-1949-traffic-in-persons.ar.txt": (28 + 2, 0),
    "un-crc-opsc.ar.txt": (17, 0),
    "un-crc-opsc.fr.txt": (17, 0),
    "un-crc.ar.txt": (54, 0),
    "un-crc.fr.txt": (54, 0),
    "un-declaration-justice-victims-1985.ar.txt": (21, 0),
    "un-palermo-protocol.ar.txt": (20, 0),
    "un-palermo-protocol.en.txt": (20, 0),
    "un-palermo-protocol.fr.txt": (20, 0),
    "un-untoc.ar.txt": (41, 0),
    "un-untoc.fr.txt": (41, 0),
}


def _versions(catalogue: Catalogue):
    for work in catalogue.works:
        for version in work.versions:
            yield work, version


def test_every_source_has_an_expected_count(catalogue: Catalogue) -> None:
    sources = {v.source for _, v in _versions(catalogue)}
    assert sources == set(EXPECTED)


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_article_count_per_source(catalogue: Catalogue, source: str) -> None:
    work, version = next((w, v) for w, v in _versions(catalogue) if v.source == source)
    articles = split_articles(
        extract(SOURCES_DIR / source).body_text, work=work, language=version.language, catalogue=catalogue
    )
    total, quoted = EXPECTED[source]
    assert len(articles) == total
    assert sum(1 for a in articles if a.quoted_by) == quoted
    assert all(a.text for a in articles), [a.number for a in articles if not a.text]
    keys = [a.key for a in articles if not a.quoted_by]
    assert len(keys) == len(set(keys)), "article keys collide"


def test_law_27_14_quotes_penal_code_articles_as_articles_of_the_code(catalogue: Catalogue) -> None:
    work = catalogue.work("ma-law-27-14")
    articles = split_articles(
        extract(SOURCES_DIR / "ma-law-27-14.ar.txt").body_text, work=work, language="ar", catalogue=catalogue
    )
    by_key = {a.key: a for a in articles}
    assert by_key["ma-penal-code:448-4"].quoted_by == "ma-law-27-14:1"
    assert by_key["ma-cpp:82-5-1"].quoted_by == "ma-law-27-14:2"
    assert "ma-law-27-14:5" in by_key and by_key["ma-law-27-14:5"].quoted_by is None
    assert "الرسوم القضائية" in by_key["ma-law-27-14:5"].text
    assert [a.number for a in articles if a.work_id == "ma-law-27-14"] == ["1", "2", "3", "4", "5", "6", "7"]


def test_french_penal_code_pdf_section_vi_matches_the_checked_text_article_by_article(catalogue: Catalogue) -> None:
    work = catalogue.work("ma-penal-code")
    from_pdf = split_articles(extract(SOURCES_DIR / work.version("fr").source).body_text, work=work, language="fr")
    checked = split_articles(extract(SOURCES_DIR / "ma-penal-code-448.fr.txt").body_text, work=work, language="fr")
    by_number = {a.number: a for a in from_pdf}
    assert [a.number for a in checked] == [f"448-{i}" for i in range(1, 15)]
    for article in checked:
        assert word_scores(by_number[article.number].text, article.text).f1 == 1.0, article.number
    section = by_number["448-4"].heading_path
    assert section[0].startswith("LIVRE III") and section[-1] == "SECTION VI DE LA TRAITE DES ETRES HUMAINS"
    assert [a.number for a in from_pdf[:10]] == [*(f"dahir-{i}" for i in range(1, 10)), "1"]
    # The dahir ends with its signature, not with the code's title printed after it (a trial found it there).
    assert from_pdf[8].text.endswith("Fait à Rabat, le 28 joumada II 1382 (26 novembre 1962).")
    # The code's first heading, printed with that title, heads articles 1 to 12 (a judge's trial found them under none).
    assert {tuple(a.heading_path) for a in from_pdf[9:21]} == {("DISPOSITIONS PRELIMINAIRES",)}  # articles 1-12
    assert from_pdf[8].heading_path == [] and from_pdf[21].heading_path[0].startswith("LIVRE PREMIER")


def test_penal_code_dahir_articles_do_not_collide_with_code_articles(catalogue: Catalogue) -> None:
    work = catalogue.work("ma-penal-code")
    articles = split_articles(extract(SOURCES_DIR / "ma-penal-code.ar.txt").body_text, work=work, language="ar")
    numbers = [a.number for a in articles]
    assert numbers[:2] == ["dahir-1", "dahir-2"]
    assert articles[8].text.endswith("الموافق 26 نونبر 1962.")  # not the code's title printed after the signature
    assert (articles[9].number, articles[9].heading_path) == ("1", ["مبادئ عامة"])  # but the first heading it gave
    assert "1" in numbers and "448-14" in numbers and "607 ter" in numbers
    article = next(a for a in articles if a.number == "448-4")
    assert any(h.startswith("الفرع السادس") for h in article.heading_path)
    assert any(h.startswith("الكتاب الثالث") for h in article.heading_path)


SYNTHETIC = """الباب الأول: أحكام تجريبية
الفصل الأول: مقتضيات عامة
المادة الأولى
نص تجريبي للمادة الأولى.
المادة 2
نص تجريبي للمادة الثانية.
1- بند أول تجريبي؛
2- بند ثان تجريبي.
الفصل الثاني: مقتضيات ختامية
المادة ٣
نص تجريبي للمادة الثالثة.
"""


def _work(convention: str, type_: str = "law") -> Work:
    return Work(
        id="test-law",
        type=type_,
        jurisdiction="MA",
        titles={"ar": "قانون تجريبي"},
        short_titles={"ar": "قانون تجريبي"},
        article_convention=convention,
        versions=[],
    )


def test_in_laws_fasl_with_an_ordinal_is_a_chapter() -> None:
    articles = split_articles(SYNTHETIC, work=_work("madda"), language="ar")
    assert [a.number for a in articles] == ["1", "2", "3"]
    assert articles[1].text.endswith("2- بند ثان تجريبي.")
    assert articles[2].heading_path == ["الباب الأول: أحكام تجريبية", "الفصل الثاني: مقتضيات ختامية"]


def test_a_sub_numbered_citation_line_is_no_heading_of_its_first_part() -> None:
    # A trial uploaded an exported course pack: its label line «الفصل 448-1 من مجموعة القانون الجنائي» was read as
    # article 448 titled «1 من مجموعة …». A title never starts with a number; a short title after a dash still reads.
    assert match_article_heading("الفصل 448-1 من مجموعة القانون الجنائي", "ar", "madda") is None
    assert match_article_heading("المادة 82-5-1 من قانون المسطرة الجنائية", "ar", "madda") is None
    assert match_article_heading("الفصل 448 - 1 من مجموعة القانون الجنائي", "ar", "madda") is None  # spaced (a review)
    dashed = match_article_heading("المادة 5 - تعاريف", "ar", "madda")
    assert dashed is not None and (dashed.number, dashed.title) == ("5", "تعاريف")


def test_french_headings() -> None:
    text = "Chapitre premier : Dispositions d'essai\nArticle premier\nTexte d'essai.\nArticle 2 bis\nAutre texte."
    work = Work(
        id="test-loi",
        type="law",
        jurisdiction="MA",
        titles={"fr": "Loi d'essai"},
        short_titles={"fr": "Loi d'essai"},
        article_convention="madda",
        versions=[],
    )
    articles = split_articles(text, work=work, language="fr")
    assert [a.number for a in articles] == ["1", "2 bis"]
    assert articles[0].heading_path == ["Chapitre premier : Dispositions d'essai"]


def test_paragraphs_and_numbered_items() -> None:
    from ingest.structure import paragraphs

    text = "نص تجريبي:\n1- بند أول؛\nأ) بند فرعي؛\n(b) item d'essai ;\n2° autre item ;\nTexte suivant."
    assert [(p.marker, p.text) for p in paragraphs(text)] == [
        (None, "نص تجريبي:"),
        ("1-", "بند أول؛"),
        ("أ)", "بند فرعي؛"),
        ("(b)", "item d'essai ;"),
        ("2°", "autre item ;"),
        (None, "Texte suivant."),
    ]


def _penal_code_articles(catalogue: Catalogue, lines: list[str], language: str) -> list[tuple[str, str]]:
    """(number, text) of the articles a synthetic body of the Penal Code's is split into."""
    work = catalogue.work("ma-penal-code")
    return [(a.number, a.text) for a in split_articles("\n".join(lines), work=work, language=language)]


def test_a_heading_run_into_the_text_before_it_starts_the_next_article(catalogue: Catalogue) -> None:
    lines = [
        "الفصل 10",
        "نص تجريبي أول يحيل على الفصل 48 من هذا القانون. الفصل 12 ليس التالي. الفصل 11 نص تجريبي ثان.",
        "الفصل 11-1",
        "نص تجريبي ثالث: الفصل 12 نص تجريبي رابع.",
    ]
    assert _penal_code_articles(catalogue, lines, "ar") == [
        ("10", "نص تجريبي أول يحيل على الفصل 48 من هذا القانون. الفصل 12 ليس التالي."),
        ("11", "نص تجريبي ثان."),
        ("11-1", "نص تجريبي ثالث:"),
        ("12", "نص تجريبي رابع."),
    ]


def test_a_table_of_contents_after_the_articles_is_no_article_text(catalogue: Catalogue) -> None:
    # As at the end of the Ministry's French Penal Code: a printer's reference, then the table of contents, some
    # of its entries wrapped without dot leaders.
    lines = [
        "Article 10",
        "Texte d'essai du premier article.",
        "Article 11",
        "Texte d'essai du dernier article.",
        "0724071802",
        "TABLE DES MATIERES",
        "Dahir d'essai portant approbation du",
        "texte d'essai ........................ 6",
        "LIVRE PREMIER ........................ 13",
    ]
    assert _penal_code_articles(catalogue, lines, "fr") == [
        ("10", "Texte d'essai du premier article."),
        ("11", "Texte d'essai du dernier article."),
    ]


def test_penal_code_231_4_is_its_own_article_in_arabic(catalogue: Catalogue) -> None:
    work = catalogue.work("ma-penal-code")
    body = extract(SOURCES_DIR / "ma-penal-code.ar.txt").body_text
    articles = {a.number: a for a in split_articles(body, work=work, language="ar")}
    assert articles["231-3"].text.endswith("أو باستعمال السلاح أو التهديد به.")
    assert articles["231-4"].text.startswith("يعاقب بالسجن المؤبد")


def test_a_contents_title_with_no_entries_after_it_cuts_nothing(catalogue: Catalogue) -> None:
    lines = ["Article 10", "Texte d'essai.", "Sommaire", "Suite d'essai du même article.", "Article 11", "Fin."]
    [(first, text), second] = _penal_code_articles(catalogue, lines, "fr")
    assert (first, second) == ("10", ("11", "Fin.")) and text.endswith("Suite d'essai du même article.")


def test_a_repeal_line_is_each_repealed_article_not_the_text_before_it(catalogue: Catalogue) -> None:
    # «الفصول من 494 إلى 496 ألغيت.» ended article 493's text, and the French PDF's 494–496 were shown as law in force
    # with nothing beside them saying otherwise (a trial found it).
    work = catalogue.work("ma-penal-code")
    articles = {
        a.number: a
        for a in split_articles(extract(SOURCES_DIR / "ma-penal-code.ar.txt").body_text, work=work, language="ar")
    }
    assert "ألغيت" not in articles["493"].text and "نسخت" not in articles["18"].text
    assert [articles[n].text for n in ("494", "495", "496")] == ["الفصول من 494 إلى 496 ألغيت."] * 3
    assert all(articles[str(n)].text == "الفصول 23 – 19 نسخت." for n in range(19, 24))


def _split(lines: list[str], convention: str, language: str, type_: str = "law") -> list[tuple[str, list[str], str]]:
    """(number, heading path, text) of each article of a synthetic body."""
    work = _work(convention, type_)
    return [(a.number, a.heading_path, a.text) for a in split_articles("\n".join(lines), work=work, language=language)]


def test_a_heading_on_two_lines_before_an_article_is_one_heading_not_the_text_before_it() -> None:
    # As Law 19-12's «الباب الثالث: …» / «وأيام العطل»: the chapter ended article 12's text, and 13–18 sat in
    # chapter II (a trial found it). The range the consolidated code prints after a title is no part of it.
    lines = [
        "الباب الأول: أحكام تجريبية",
        "المادة 1",
        "نص تجريبي أول.",
        "الباب الثاني: عنوان تجريبي طويل",
        "وتتمته التجريبية",
        "المادة 2",
        "نص تجريبي ثان.",
        "الباب الثالث: عنوان تجريبي آخر",
        "وتتمته (الفصول 4) – 3",
        "المادة 3",
        "نص تجريبي ثالث",
        "سطر قصير من نص المادة",
        "المادة 4",
        "نص تجريبي رابع.",
    ]
    assert _split(lines, "madda", "ar") == [
        ("1", ["الباب الأول: أحكام تجريبية"], "نص تجريبي أول."),
        ("2", ["الباب الثاني: عنوان تجريبي طويل وتتمته التجريبية"], "نص تجريبي ثان."),
        # A short line of an article's text before the next article stays its text.
        ("3", ["الباب الثالث: عنوان تجريبي آخر وتتمته"], "نص تجريبي ثالث\nسطر قصير من نص المادة"),
        ("4", ["الباب الثالث: عنوان تجريبي آخر وتتمته"], "نص تجريبي رابع."),
    ]


def test_a_section_heading_with_a_colon_after_its_word() -> None:
    lines = ["الفصل 1", "نص تجريبي.", "الفرع: 7 عنوان تجريبي", "الفصل 2", "نص تجريبي ثان."]
    assert _split(lines, "fasl", "ar", "code") == [
        ("1", [], "نص تجريبي."),
        ("2", ["الفرع: 7 عنوان تجريبي"], "نص تجريبي ثان."),
    ]


def test_ordinal_parts_are_headings_only_before_an_article() -> None:
    # The Palermo Protocol's «ثانيا -حماية …» and «II» / «Protection of …» ended articles 5, 8 and 13 (an audit
    # found it). In an article that lists «أولا: …» items itself, a last «ثانيا …» line stays its text (a review).
    lines = ["المادة 1", "نص تجريبي أول.", "ثانيا -جزء تجريبي", "المادة 2", "نص تجريبي ثان."]
    assert _split(lines, "madda", "ar", "convention") == [
        ("1", [], "نص تجريبي أول."),
        ("2", ["ثانيا -جزء تجريبي"], "نص تجريبي ثان."),
    ]
    listing = ["المادة 1", "نص تجريبي يعدد:", "أولا: بند تجريبي أول.", "ثانيا -بند تجريبي ثان", "المادة 2", "نص."]
    assert _split(listing, "madda", "ar", "convention")[0][2].endswith("ثانيا -بند تجريبي ثان")
    english = ["Article 1", "Synthetic text.", "II", "Synthetic part title", "Article 2", "More synthetic text."]
    assert _split(english, "madda", "en", "convention") == [
        ("1", [], "Synthetic text."),
        ("2", ["II Synthetic part title"], "More synthetic text."),
    ]
    french = ["Article 1", "Texte d'essai.", "Deuxième Partie", "Article 2", "Autre texte d'essai."]
    assert _split(french, "madda", "fr", "convention")[1] == ("2", ["Deuxième Partie"], "Autre texte d'essai.")


def test_titles_over_numbered_paragraphs() -> None:
    # The 1985 Declaration's «رد الحق», «التعويض» and «(باء) …» ended the paragraph before them.
    lines = ["1. فقرة تجريبية أولى.", "عنوان تجريبي", "2. فقرة تجريبية ثانية.", "(باء) جزء تجريبي", "3. فقرة ثالثة."]
    assert [(n, path) for n, path, _ in _split(lines, "paragraph", "ar", "declaration")] == [
        ("1", []),
        ("2", ["عنوان تجريبي"]),
        ("3", ["(باء) جزء تجريبي"]),
    ]
    assert [text for *_, text in _split(lines, "paragraph", "ar", "declaration")][:2] == [
        "1. فقرة تجريبية أولى.",
        "2. فقرة تجريبية ثانية.",
    ]


def test_a_title_an_amending_article_introduces_is_its_text_not_the_law_structure() -> None:
    # Law 103-13 art. 3 renames a section of the Penal Code: «… على النحو التالي:» then the new title. It became a
    # section of the law itself, over its articles 4 and 5 (a trial found it).
    lines = [
        "الباب الثاني: أحكام تجريبية",
        "المادة 3",
        "يغير على النحو التالي عنوان الفرع التجريبي:",
        "الفرع 7:عنوان تجريبي جديد",
        "المادة 4",
        "نص تجريبي رابع.",
    ]
    assert _split(lines, "madda", "ar") == [
        (
            "3",
            ["الباب الثاني: أحكام تجريبية"],
            "يغير على النحو التالي عنوان الفرع التجريبي:\nالفرع 7:عنوان تجريبي جديد",
        ),
        ("4", ["الباب الثاني: أحكام تجريبية"], "نص تجريبي رابع."),
    ]


def test_a_garbled_heading_run_into_the_text_before_it(catalogue: Catalogue) -> None:
    lines = ["الفصل 35-3", "نص تجريبي أول. الفصل - 35.-4 نص تجريبي ثان."]
    assert _penal_code_articles(catalogue, lines, "ar") == [("35-3", "نص تجريبي أول."), ("35-4", "نص تجريبي ثان.")]


def test_where_repealed_articles_stood_is_no_article_text(catalogue: Catalogue) -> None:
    lines = ["Article 18", "Texte d'essai.", "Articles 19 à 23", "Article 24", "Autre texte d'essai."]
    assert _penal_code_articles(catalogue, lines, "fr") == [("18", "Texte d'essai."), ("24", "Autre texte d'essai.")]


def test_french_lines_wrapped_after_a_word_no_sentence_ends_on_are_joined(catalogue: Catalogue) -> None:
    # The French Penal Code PDF: «d'une amende de 200 à» / «1.000 dirhams» was two paragraphs on the page, in the
    # API's paragraphs (the second with a false item marker «1.») and in a DOCX course pack.
    lines = [
        "Article 10",
        "Est puni d'une amende d'essai de 200 à",
        "1.000 dirhams quiconque sert le",
        "Royaume d'essai :",
        "a) dans un cas d'essai ; ou",
        "b) dans un autre cas d'essai.",
        "Alinéa d'essai sans point final",
        "Dernier alinéa d'essai.",
    ]
    [(number, text)] = _penal_code_articles(catalogue, lines, "fr")
    assert text.split("\n") == [
        "Est puni d'une amende d'essai de 200 à 1.000 dirhams quiconque sert le Royaume d'essai :",
        "a) dans un cas d'essai ; ou",
        "b) dans un autre cas d'essai.",
        "Alinéa d'essai sans point final",
        "Dernier alinéa d'essai.",
    ]


def test_arabic_lines_wrapped_after_a_word_no_sentence_ends_on_are_joined(catalogue: Catalogue) -> None:
    # Law 27-14's quotation of CPP 82-7 broke «… تلقائيا أو» / «بناء على طلب …» into two paragraphs (a judge's trial).
    lines = [
        "الفصل 10",
        "يمكن للجهة التجريبية، تلقائيا أو",
        "بناء على طلب، أن تتخذ ما يلي:",
        "1- تدبير تجريبي؛ أو",
        "2- تدبير تجريبي آخر؛ أو",
        "تدبير ثالث تجريبي.",
    ]
    [(number, text)] = _penal_code_articles(catalogue, lines, "ar")
    assert text.split("\n") == [
        "يمكن للجهة التجريبية، تلقائيا أو بناء على طلب، أن تتخذ ما يلي:",
        "1- تدبير تجريبي؛ أو",
        "2- تدبير تجريبي آخر؛ أو",  # «؛ أو» ends a list's item
        "تدبير ثالث تجريبي.",
    ]


def test_an_amount_at_the_start_of_a_line_is_no_item_marker() -> None:
    from ingest.structure import paragraphs

    assert paragraphs("1.000 dirhams d'essai.\n1. Item d'essai.") == [
        (None, "1.000 dirhams d'essai."),
        ("1.", "Item d'essai."),
    ]


def test_a_short_last_line_of_an_article_stays_its_text() -> None:
    # A review's inputs: each moved a line of law text into a heading over the next articles.
    listing = ["المادة 1", "يعاقب على ما يلي:", "أولا: فعل تجريبي؛", "ثانيا: فعل تجريبي آخر", "المادة 2", "نص."]
    assert _split(listing, "madda", "ar")[0][2].endswith("ثانيا: فعل تجريبي آخر")
    parts = [
        "Article 10",
        "Le rapport d'essai comprend deux parties:",
        "Première partie",
        "l'état d'essai;",
        "Deuxième partie",
        "les mesures d'essai.",
        "Article 11",
        "Texte d'essai.",
    ]
    [(_, _, first), (_, path, _)] = _split(parts, "madda", "fr", "convention")
    assert first.endswith("les mesures d'essai.") and path == []
    wrapped = ["1. Les victimes d'essai ont droit à", "une réparation d'essai", "2. Texte d'essai."]
    assert [n for n, *_ in _split(wrapped, "paragraph", "fr", "declaration")] == ["1", "2"]
    assert _split(wrapped, "paragraph", "fr", "declaration")[1][1] == []


def test_after_an_introduced_title_the_laws_own_heading_is_still_its_structure() -> None:
    lines = [
        "الباب الثاني: أحكام تجريبية",
        "المادة 3",
        "يغير على النحو التالي عنوان الفرع التجريبي:",
        "الفرع 7: عنوان تجريبي جديد",
        "الباب الثالث: أحكام ختامية تجريبية",
        "المادة 4",
        "نص تجريبي.",
    ]
    [(_, _, text), (_, path, _)] = _split(lines, "madda", "ar")
    assert text.endswith("الفرع 7: عنوان تجريبي جديد") and path == ["الباب الثالث: أحكام ختامية تجريبية"]


def test_roman_capital_and_dash_items_start_their_own_line(catalogue: Catalogue) -> None:
    lines = [
        "Article 10",
        "Sont punis d'essai :",
        "i) les auteurs d'essai,",
        "ii) les complices d'essai,",
        "A) dans un cas d'essai ; et",
        "B) dans un autre cas d'essai,",
        "— les tiers d'essai.",
        "Voir l'article",
        "12 du présent code d'essai.",
        "Les peines d'essai prévues au présent article",
        "Les autres peines d'essai.",
    ]
    [(_, text)] = _penal_code_articles(catalogue, lines, "fr")
    assert text.split("\n") == [
        "Sont punis d'essai :",
        "i) les auteurs d'essai,",
        "ii) les complices d'essai,",
        "A) dans un cas d'essai ; et",
        "B) dans un autre cas d'essai,",
        "— les tiers d'essai.",
        "Voir l'article 12 du présent code d'essai.",
        "Les peines d'essai prévues au présent article",
        "Les autres peines d'essai.",
    ]


def test_a_range_of_articles_inside_a_sentence_is_text(catalogue: Catalogue) -> None:
    lines = ["Article 18", "Les dispositions d'essai des", "Articles 19 à 23", "Article 24", "Fin d'essai."]
    assert _penal_code_articles(catalogue, lines, "fr")[0] == ("18", "Les dispositions d'essai des Articles 19 à 23")


def test_a_title_above_the_chapters_keeps_its_place() -> None:
    # Law 02-03 and the CPP put «القسم» above «الباب»: the migrant-smuggling offences showed as a section of chapter
    # VIII, and «القسم الأول» was lost (a trial found it). Where «القسم» comes after a «الباب», it is a section.
    lines = ["القسم الأول: عنوان تجريبي", "الباب الأول: باب تجريبي", "المادة 1", "نص."]
    lines += ["القسم الثاني: آخر", "المادة 2", "نص."]
    assert [path for _, path, _ in _split(lines, "madda", "ar")] == [
        ["القسم الأول: عنوان تجريبي", "الباب الأول: باب تجريبي"],
        ["القسم الثاني: آخر"],
    ]
    below = ["الباب الأول: باب تجريبي", "القسم الأول: قسم تجريبي", "المادة 1", "نص."]
    assert _split(below, "madda", "ar")[0][1] == ["الباب الأول: باب تجريبي", "القسم الأول: قسم تجريبي"]
