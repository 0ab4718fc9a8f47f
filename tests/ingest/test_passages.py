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
