from __future__ import annotations

import pytest

from search.jurisdiction import jurisdiction_named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Au Maroc, l'État doit-il héberger les victimes ?", "MA"),
        ("ما هي العقوبة في التشريع المغربي؟", "MA"),
        ("Selon le droit international, quelle assistance aux victimes ?", "international"),
        ("ما الضمانات وفق الاتفاقيات الدولية؟", "international"),
        ("la convention onusienne contre la criminalité", "international"),
        # Not a legal order: a network across borders, a national; nor both at once.
        ("un réseau international de traite", None),
        ("un ressortissant marocain exploité en Europe", None),
        ("Le droit marocain est-il conforme au droit international ?", None),
        ("عقوبة الاتجار بالبشر", None),
    ],
)
def test_jurisdiction_named(text: str, named: str | None) -> None:
    assert jurisdiction_named(text) == named


def test_a_legal_order_named_in_words_lifts_its_texts(tmp_path, model_dir, catalogue) -> None:
    # Two real texts on victims' assistance, one Moroccan (Law 27-14, Arabic), one international (Palermo, French).
    from ingest.catalogue import Catalogue
    from ingest.ingestion import Ingestor
    from ingest.settings import Settings
    from search.pipeline import Searcher
    from tests.conftest import SOURCES_DIR

    palermo = catalogue.work("un-palermo-protocol")
    works = [
        catalogue.work("ma-law-27-14"),
        palermo.model_copy(update={"versions": [v for v in palermo.versions if v.language == "fr"]}),
    ]
    settings = Settings(data_dir=tmp_path / "data", model=str(model_dir), sources_dir=SOURCES_DIR)
    small = Catalogue(works=works)
    ingestor = Ingestor(settings, small)
    assert not ingestor.ingest_catalogue().failed
    searcher = Searcher(settings, store=ingestor.store, catalogue=small)
    question = "hébergement et assistance des victimes de la traite"
    try:

        def lead(query: str) -> float:
            """How far the best Moroccan article scores above the best international one."""
            results = searcher.search(query, top_k=10).results
            best = {j: max(r.score for r in results if r.citation.jurisdiction == j) for j in ("MA", "international")}
            return best["MA"] - best["international"]

        assert lead(question + " au Maroc") > lead(question) > lead(question + " selon le droit international")
    finally:
        ingestor.store.close()
