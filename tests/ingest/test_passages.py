"""Articles into passages: made-up text (obviously not law)."""

from __future__ import annotations

from ingest.passages import MAX_PARAGRAPH_CHARS, MAX_PASSAGE_CHARS, split_paragraphs


def test_short_paragraphs_are_grouped_and_a_long_one_stays_whole() -> None:
    items = [f"{n}- Point fictif numéro {n} d'un article synthétique, " + "mot " * 40 for n in range(1, 9)]
    chunks = split_paragraphs("\n".join(items))
    assert len(chunks) > 1 and all(len(c) <= MAX_PASSAGE_CHARS for c in chunks)
    assert "\n".join(chunks) == "\n".join(items)  # cut between items only, nothing lost
    # Over the passage size but not far over it: one provision, not half of one.
    long_item = "Une phrase fictive assez longue. " * 60
    assert MAX_PASSAGE_CHARS < len(long_item) <= MAX_PARAGRAPH_CHARS
    assert split_paragraphs(long_item) == [long_item]


def test_a_paragraph_far_over_any_article_is_cut_at_its_sentences() -> None:
    # An audit uploaded «Article 1» and 5 MB on one line: one passage every search scored and returned whole.
    sentences = [f"Phrase fictive numéro {n} d'un texte synthétique." for n in range(20_000)]
    chunks = split_paragraphs(" ".join(sentences))
    assert len(chunks) > 100 and max(map(len, chunks)) <= MAX_PASSAGE_CHARS
    assert chunks[0].startswith("Phrase fictive numéro 0 ") and chunks[0].endswith(".")  # whole sentences
    assert " ".join(chunks) == " ".join(sentences)
    # No sentence end, no space: cut at the size all the same.
    assert [len(c) for c in split_paragraphs("x" * (3 * MAX_PASSAGE_CHARS))] == [MAX_PASSAGE_CHARS] * 3


def test_a_misprinted_word_is_searched_as_the_word_meant_and_shown_as_printed() -> None:
    # The consolidated Arabic 448-1 prints «التوسل» (supplication) for the law's «التسول» (begging): a trial's Arabic
    # questions on children's begging never reached the article that names begging as exploitation.
    from ingest.catalogue import load_catalogue
    from ingest.extract import extract
    from ingest.passages import article_passages
    from ingest.sparse import LexicalSparseDocumentEmbedder, term_index
    from ingest.structure import split_articles
    from ingest.text import analyze
    from tests.conftest import SOURCES_DIR

    catalogue = load_catalogue()
    code = catalogue.work("ma-penal-code")
    body = extract(SOURCES_DIR / "ma-penal-code-448.ar.txt").body_text
    [article] = [a for a in split_articles(body, work=code, language="ar", catalogue=catalogue) if a.number == "448-1"]
    passages = article_passages(article, work=code, version_id="synthetic-version")
    [printed] = [p for p in passages if "التوسل" in (p.content or "")]
    assert "التسول" not in (printed.content or "") and "التسول" in printed.meta["context"].split("\n")
    assert "للحصول" in printed.meta["context"].split("\n")  # «للحصوص» (sic) of the same article
    assert all("التسول" not in p.meta["context"] for p in passages if p is not printed)
    embedded = LexicalSparseDocumentEmbedder(meta_fields_to_embed=["context"]).run([printed])["documents"][0]
    [begging] = analyze("التسول", "ar")
    assert term_index(begging) in embedded.sparse_embedding.indices
