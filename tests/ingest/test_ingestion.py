"""Ingestion on obviously synthetic texts: idempotent, replaces in place, names failures, keeps the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.catalogue import Catalogue, LanguageVersion, Work
from ingest.index import IndexInUseError, open_document_store
from ingest.ingestion import Ingestor
from ingest.settings import Settings

HEADER = "# title: قانون تجريبي\n# language: ar\n\n"
TEXT_V1 = HEADER + "المادة الأولى\nنص تجريبي أول.\nالمادة 2\nنص تجريبي ثان.\nالمادة 3\nنص تجريبي ثالث.\n"
TEXT_V2 = HEADER + "المادة الأولى\nنص تجريبي أول معدل.\nالمادة 2\nنص تجريبي ثان.\n"


def _catalogue(*sources: str) -> Catalogue:
    works = [
        Work(
            id=f"test-law-{i}",
            type="law",
            jurisdiction="MA",
            titles={"ar": f"قانون تجريبي {i}"},
            short_titles={"ar": f"القانون التجريبي {i}", "fr": f"Loi d'essai {i}"},
            article_convention="madda",
            versions=[LanguageVersion(language="ar", source=source)],
        )
        for i, source in enumerate(sources, start=1)
    ]
    return Catalogue(works=works)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "one.ar.txt").write_text(TEXT_V1, encoding="utf-8")
    (folder / "empty.ar.txt").write_text("", encoding="utf-8")
    (folder / "no-articles.ar.txt").write_text(HEADER + "نص بلا مواد.\n", encoding="utf-8")
    return folder


def _contents(ingestor: Ingestor) -> list[str]:
    return sorted(d.content or "" for d in ingestor.store.filter_documents())


def test_reingest_is_idempotent_and_a_change_replaces_in_place(settings: Settings, sources: Path) -> None:
    settings = settings.model_copy(update={"sources_dir": sources})
    ingestor = Ingestor(settings, _catalogue("one.ar.txt"))
    first = ingestor.ingest_catalogue()
    assert [r.status for r in first.results] == ["indexed"]
    assert first.results[0].articles == 3 and ingestor.store.count_documents() == 3

    again = ingestor.ingest_catalogue()
    assert [r.status for r in again.results] == ["unchanged"]
    assert ingestor.store.count_documents() == 3

    (sources / "one.ar.txt").write_text(TEXT_V2, encoding="utf-8")
    changed = ingestor.ingest_catalogue()
    assert [r.status for r in changed.results] == ["indexed"]
    assert _contents(ingestor) == ["نص تجريبي أول معدل.", "نص تجريبي ثان."]
    labels = sorted(d.meta["citation"] for d in ingestor.store.filter_documents())
    assert labels == sorted(["المادة الأولى من القانون التجريبي 1", "المادة 2 من القانون التجريبي 1"])


def test_a_version_no_catalogue_has_is_pruned_and_the_others_stay(settings: Settings, sources: Path) -> None:
    # A trial's upload under a starter id left French passages of Law 27-14 that `daleel ingest` never removed.
    settings = settings.model_copy(update={"sources_dir": sources})
    (sources / "two.ar.txt").write_text(TEXT_V2, encoding="utf-8")
    ingestor = Ingestor(settings, _catalogue("one.ar.txt", "two.ar.txt"))
    ingestor.ingest_catalogue()
    assert ingestor.store.count_documents() == 5
    now = _catalogue("one.ar.txt")  # test-law-2 taken out of the catalogue
    (settings.data_dir / "uploads" / "test-law-2").mkdir(parents=True)  # … but an upload of it is under way
    assert ingestor.prune(now) == []
    (settings.data_dir / "uploads" / "test-law-2").rmdir()
    assert ingestor.prune(now) == ["test-law-2/ar"]
    assert {d.meta["version_id"] for d in ingestor.store.filter_documents()} == {"test-law-1/ar"}
    assert ingestor.prune(now) == [] and ingestor.store.count_documents() == 3


def test_bad_files_are_named_and_the_batch_goes_on(settings: Settings, sources: Path) -> None:
    settings = settings.model_copy(update={"sources_dir": sources})
    ingestor = Ingestor(settings, _catalogue("empty.ar.txt", "missing.ar.txt", "no-articles.ar.txt", "one.ar.txt"))
    report = ingestor.ingest_catalogue()
    assert [r.status for r in report.results] == ["failed", "failed", "failed", "indexed"]
    for result in report.failed:
        assert result.error and result.source.split(".")[0] in result.error
    assert ingestor.store.count_documents() == 3
    assert "3 failed" in report.summary() and "FAILED missing.ar.txt" in report.summary()


def test_a_second_process_gets_a_clear_message_while_the_index_is_open(settings: Settings) -> None:
    store = open_document_store(settings)
    try:
        with pytest.raises(IndexInUseError, match="in use by another process"):
            open_document_store(settings)
    finally:
        store.close()


def test_articles_from_a_pdf_carry_their_pages(settings: Settings, catalogue: Catalogue) -> None:
    ingestor = Ingestor(settings, catalogue)
    work = catalogue.work("ma-decree-2-17-355")
    documents, articles = ingestor.passages_for(work, work.version("ar"))
    assert articles == 2
    assert {d.meta["article"]: d.meta["pages"] for d in documents} == {"1": [2], "2": [2]}  # page 1 is the title page
