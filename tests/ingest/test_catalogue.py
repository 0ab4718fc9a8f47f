"""The starter catalogue (corpus/catalogue.yaml) validates and accounts for every source file."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from ingest.catalogue import DEFAULT_CATALOGUE, Catalogue, load_catalogue

SOURCES_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-sources"

needs_sources = pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason=f"no source folder at {SOURCES_DIR}")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(DEFAULT_CATALOGUE)


def _named_files(catalogue: Catalogue) -> list[str]:
    """Every file the catalogue names, sources and extracts, with repetitions."""
    return [f for w in catalogue.works for v in w.versions for f in (v.source, *v.extracts)]


def test_catalogue_validates(catalogue: Catalogue) -> None:
    assert catalogue.works
    for work in catalogue.works:
        assert work.versions, work.id


def test_ids_are_unique(catalogue: Catalogue) -> None:
    counts = Counter(w.id for w in catalogue.works)
    assert [i for i, n in counts.items() if n > 1] == []


def test_ids_are_kebab_case(catalogue: Catalogue) -> None:
    for work in catalogue.works:
        assert work.id == work.id.lower() and " " not in work.id and "_" not in work.id, work.id


def test_every_work_has_short_titles_in_arabic_and_french(catalogue: Catalogue) -> None:
    for work in catalogue.works:
        assert work.short_titles.get("ar"), work.id
        assert work.short_titles.get("fr"), work.id


def test_one_version_per_language(catalogue: Catalogue) -> None:
    for work in catalogue.works:
        languages = [v.language for v in work.versions]
        assert len(languages) == len(set(languages)), work.id


def test_relation_targets_are_catalogued_works(catalogue: Catalogue) -> None:
    ids = {w.id for w in catalogue.works}
    for work in catalogue.works:
        for relation in work.relations:
            assert relation.target in ids, f"{work.id} -> {relation.target}"
            assert relation.target != work.id, work.id


def test_published_not_before_enacted(catalogue: Catalogue) -> None:
    for work in catalogue.works:
        if work.enacted and work.published:
            assert work.published >= work.enacted, work.id


def test_no_file_is_named_twice(catalogue: Catalogue) -> None:
    counts = Counter(_named_files(catalogue))
    assert [f for f, n in counts.items() if n > 1] == []


@needs_sources
def test_every_named_file_exists(catalogue: Catalogue) -> None:
    missing = [f for f in _named_files(catalogue) if not (SOURCES_DIR / f).is_file()]
    assert missing == []


@needs_sources
def test_every_source_text_is_catalogued_exactly_once(catalogue: Catalogue) -> None:
    counts = Counter(_named_files(catalogue))
    texts = sorted(p.name for p in SOURCES_DIR.glob("*.txt"))
    assert texts
    assert {name: counts[name] for name in texts if counts[name] != 1} == {}


def test_catalogue_helpers(catalogue: Catalogue) -> None:
    law = catalogue.work("ma-law-27-14")
    assert law.short_title("fr") == "Loi n° 27-14"
    assert catalogue.work("ma-penal-code").convention_for("ar") == "fasl"
    assert catalogue.work("un-declaration-victims-1985").convention_for("ar") == "paragraph"
    assert "ma-penal-code-448.ar.txt" in catalogue.source_files()


def test_moroccan_laws_and_codes_name_the_dahir_that_promulgates_them(catalogue: Catalogue) -> None:
    for work in catalogue.works:
        if work.jurisdiction == "MA" and work.type in ("law", "code"):
            assert work.dahir is not None, work.id
            assert work.dahir.date == work.enacted, work.id  # a law's date is its dahir's
            assert re.fullmatch(r"1\.\d{2}\.\d{1,3}", work.dahir.number), work.id
        if work.type == "decree":
            assert work.dahir is None, work.id  # a decree is not promulgated by dahir


def test_focus_marks_the_texts_on_trafficking_itself(catalogue: Catalogue) -> None:
    # Every work whose title names trafficking in persons has its first article in focus (one added without it would
    # rank as context); of the Penal Code, exactly the articles the anti-trafficking law inserts.
    names = ("الاتجار بالبشر", "الاتجار بالأشخاص", "traite des", "trafficking in persons", "traffic in persons")
    titled = {w.id for w in catalogue.works if any(n in t.lower() for t in w.titles.values() for n in names)}
    assert titled and all(catalogue.work(w).in_focus("1") for w in titled)
    [inserted] = [r.articles for r in catalogue.work("ma-law-27-14").relations if r.target == "ma-penal-code"]
    code = catalogue.work("ma-penal-code")
    assert code.focus == inserted
    assert code.in_focus("448-4") and not code.in_focus("448") and not code.in_focus("467-1")
    assert not catalogue.work("un-crc").in_focus("35")
    # A plain question must not get a dahir or a treaty's final clauses first (a review saw «il risque quoi ?» get
    # the Palermo Protocol's «Dépositaire et langues»).
    palermo = catalogue.work("un-palermo-protocol")
    assert palermo.in_focus("3") and not palermo.in_focus("20")
    assert not catalogue.work("un-convention-1949").in_focus("23")
    assert not any(w.in_focus("dahir-1") for w in catalogue.works)
    # A final clause is never in focus, and the treaties' are marked as such (`final_clauses`).
    assert palermo.is_formal("20") and not palermo.is_formal("3") and catalogue.work("un-crc").is_formal("49")
    assert not any(w.in_focus(a) for w in catalogue.works for a in w.final_clauses)


@needs_sources
def test_every_article_the_catalogue_notes_is_in_its_work_in_that_language(catalogue: Catalogue) -> None:
    # A note on an article the work does not have («448-91», «٢٢٠») would be shown nowhere, silently: each note's
    # article is split out of the source of the language it is written for (the small test index lacks most of them).
    from ingest.extract import extract
    from ingest.structure import split_articles

    for work in catalogue.works:
        noted = [
            (article, language)
            for notes in (work.translation_differences, work.standing_notes)
            for article, by_language in notes.items()
            for language in by_language
        ]
        if not noted:
            continue
        numbers = {}
        for version in work.versions:
            body = extract(SOURCES_DIR / version.source).body_text
            articles = split_articles(body, work=work, language=version.language, source=version.source)
            # A law's note on a code article it quotes is keyed by the article's key («ma-penal-code:448-1»).
            numbers[version.language] = {a.number if a.work_id == work.id else a.key for a in articles}
        assert [(a, lang) for a, lang in noted if a not in numbers.get(lang, set())] == [], work.id


@needs_sources
def test_every_misprint_the_catalogue_names_is_printed_in_its_article(catalogue: Catalogue) -> None:
    # A misprint («التجار» for «الاتجار», Law 27-14 art. 4) adds the word meant to the article's search text only
    # where its text prints it: one the text does not hold would search nothing, silently.
    from ingest.extract import extract
    from ingest.structure import split_articles

    checked = 0
    for work in catalogue.works:
        for version in work.versions if work.misprints else []:
            body = extract(SOURCES_DIR / version.source).body_text
            texts = {
                a.number: a.text
                for a in split_articles(body, work=work, language=version.language, source=version.source)
                if a.work_id == work.id
            }
            for article, by_language in work.misprints.items():
                for printed in by_language.get(version.language, {}):  # type: ignore[call-overload]
                    assert printed in texts.get(article, ""), (work.id, article, printed)
                    checked += 1
    assert checked >= 6


_AR_PARAGRAPH_ORDINALS = {"الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5}


@needs_sources
def test_a_note_that_names_paragraphs_quotes_words_they_print(catalogue: Catalogue) -> None:
    # A trial: the note on the 82-5-1 that Law 27-14 wrote put «المهتمين» and «على غاية» in «the last two paragraphs»;
    # they are in its second and third.
    from ingest.extract import extract
    from ingest.structure import split_articles

    checked = 0
    for work in catalogue.works:
        for version in (v for v in work.versions if v.language == "ar" and work.translation_differences):
            body = extract(SOURCES_DIR / version.source).body_text
            articles = {a.key: a.text for a in split_articles(body, work=work, language="ar", source=version.source)}
            for key, by_language in work.translation_differences.items():
                note = by_language.get("ar", "")
                named = re.search(r"في الفقرتين الأخيرتين|في الفقرت(?:ين|ان) (\w+) و(\w+)|في الفقرة (\w+)", note)
                if not named or key not in articles:
                    continue
                paragraphs = [line for line in articles[key].split("\n") if line.strip()]
                last_two = [len(paragraphs) - 1, len(paragraphs)]
                numbers = [_AR_PARAGRAPH_ORDINALS[w] for w in named.groups() if w] or last_two
                said = note.split("والمقصود")[0]
                for quoted in re.findall(r"«([^»]+)»", said):
                    assert any(quoted in paragraphs[n - 1] for n in numbers if n <= len(paragraphs)), (key, quoted)
                    checked += 1
    assert checked >= 3
