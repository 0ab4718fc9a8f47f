"""The bilingual lexicon learnt from parallel articles, its cache, and the translated retrieval.

The unit fixtures are obviously synthetic sentence pairs (not law); the last tests read the real
small index, whose Penal Code articles exist in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from haystack import Document

import search.lexicon as lexicon_module
from ingest.text import analyze
from search.lexicon import cached_lexicon, fingerprint, learn_lexicon
from search.translation import TranslatedSparseRetriever, translated_vector

# Synthetic parallel "articles": each French word always meets the same Arabic word, in varied company.
PAIRS = [
    ("le témoin parle au juge", "الشاهد يتكلم مع القاضي"),
    ("le témoin signe le registre", "الشاهد يوقع السجل"),
    ("la victime parle au juge", "الضحية تتكلم مع القاضي"),
    ("la victime signe le registre", "الضحية توقع السجل"),
    ("le juge lit le registre", "القاضي يقرأ السجل"),
    ("la victime et le témoin lisent", "الضحية والشاهد يقرآن"),
]


def _documents(pairs: list[tuple[str, str]]) -> list[Document]:
    documents = []
    for n, (french, arabic) in enumerate(pairs, start=1):
        for language, text in (("fr", french), ("ar", arabic)):
            meta = {"key": f"synthetic:{n}", "language": language, "current": True, "part": 0}
            documents.append(Document(id=f"{n}-{language}", content=text, meta=meta))
    return documents


def test_words_that_always_meet_are_learnt_as_translations() -> None:
    lexicon = learn_lexicon(_documents(PAIRS))
    assert lexicon.pairs == len(PAIRS)
    (temoin,) = analyze("témoin")
    (shahid,) = analyze("الشاهد")[:1]
    (juge,) = analyze("juge")
    assert lexicon.table[temoin][0][0] == shahid
    assert lexicon.table[shahid][0][0] == temoin  # both directions
    assert shahid not in lexicon.translate([juge])


def test_articles_in_one_language_teach_nothing() -> None:
    documents = [d for d in _documents(PAIRS) if d.meta["language"] == "fr"]
    assert len(learn_lexicon(documents)) == 0
    # Older wordings are not parallel to the current text: left out.
    stale = [Document(id=d.id, content=d.content, meta={**d.meta, "current": False}) for d in _documents(PAIRS)]
    assert learn_lexicon(stale).pairs == 0


def test_untranslatable_text_gives_no_query() -> None:
    lexicon = learn_lexicon(_documents(PAIRS))
    assert translated_vector("448-2", lexicon) is None
    vector = translated_vector("témoin", lexicon)
    assert vector is not None and all(0 < v <= 1 for v in vector.values)


def test_the_lexicon_is_cached_per_index_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(PAIRS)
    learnt = cached_lexicon(documents, tmp_path)
    (saved,) = (tmp_path / "lexicon").glob("*.json")
    assert saved.stem == fingerprint(documents)
    assert json.loads(saved.read_text(encoding="utf-8"))["pairs"] == len(PAIRS)

    def must_not_learn(*args: object) -> None:
        raise AssertionError("the cached lexicon should have been read")

    with monkeypatch.context() as patch:
        patch.setattr(lexicon_module, "learn_lexicon", must_not_learn)
        assert cached_lexicon(documents, tmp_path).table == learnt.table

    # A text in one language (a user's upload) teaches nothing: the cache still serves.
    upload = Document(id="upload", content="la victime écrit au juge", meta={"key": "user-note:1", "language": "fr"})
    assert fingerprint([*documents, upload]) == fingerprint(documents)
    with monkeypatch.context() as patch:
        patch.setattr(lexicon_module, "learn_lexicon", must_not_learn)
        assert cached_lexicon([*documents, upload], tmp_path).table == learnt.table

    changed = _documents([*PAIRS[:-1], ("la victime écrit", "الضحية تكتب")])
    assert fingerprint(changed) != fingerprint(documents)
    cached_lexicon(changed, tmp_path)
    assert [p.stem for p in (tmp_path / "lexicon").glob("*.json")] == [fingerprint(changed)]


def test_a_damaged_cache_is_learnt_again(tmp_path: Path) -> None:
    documents = _documents(PAIRS)
    folder = tmp_path / "lexicon"
    folder.mkdir()
    path = folder / f"{fingerprint(documents)}.json"
    for damaged in ("{not json", '{"pairs": 6, "table": []}'):
        path.write_text(damaged, encoding="utf-8")
        assert cached_lexicon(documents, tmp_path).pairs == len(PAIRS)
        assert json.loads(path.read_text(encoding="utf-8"))["pairs"] == len(PAIRS)  # rewritten whole


def test_the_searcher_learns_from_the_real_parallel_articles(indexed) -> None:
    _, _, searcher = indexed
    retriever: TranslatedSparseRetriever = searcher.pipeline.get_component("translated")
    assert retriever.lexicon.pairs >= 10  # Penal Code section VI, in Arabic and French
    (victime,) = analyze("victime")
    assert any(target == analyze("الضحية")[0] for target, _ in retriever.lexicon.table[victime])
    # A French question reaches the CPP articles, which the index holds only in Arabic.
    found = retriever.run(text="victime de la traite")["documents"]
    assert any(d.meta["work_id"] == "ma-cpp" and d.meta["language"] == "ar" for d in found)


def test_the_searcher_reloads_the_lexicon_when_the_index_changes(indexed) -> None:
    _, _, searcher = indexed
    searcher.search("victime de la traite")  # in step with the index, whatever earlier tests added to it
    before = searcher.translator.lexicon
    searcher.search("victime de la traite")
    assert searcher.translator.lexicon is before  # nothing changed: no reload
    searcher.passages.invalidate()  # what an upload does
    searcher.search("victime de la traite")
    assert searcher.translator.lexicon is not before  # reloaded (from the cache: same content)
    assert searcher.translator.lexicon.table == before.table
