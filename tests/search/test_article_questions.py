"""The articles' written questions (corpus/article-questions): the data, their tie to the index, their use."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from haystack import Document

from ingest.catalogue import DEFAULT_SOURCES_DIR
from ingest.text import normalize_for_match
from search.article_questions import (
    LANGUAGES,
    ArticleQuestion,
    ArticleQuestionMatcher,
    crowding,
    find_articles,
    load_article_questions,
)
from search.pipeline import SearchFilters

QUESTIONS = load_article_questions()


def test_every_snippet_is_once_in_its_source_file() -> None:
    assert len(QUESTIONS) > 3000
    texts: dict[str, str] = {}
    wrong = []
    for question in QUESTIONS:
        if question.source not in texts:
            texts[question.source] = normalize_for_match((DEFAULT_SOURCES_DIR / question.source).read_text("utf-8"))
        if texts[question.source].count(normalize_for_match(question.snippet)) != 1:
            wrong.append((question.source, question.article, question.snippet))
    assert not wrong


def test_every_article_has_questions_in_french_and_arabic() -> None:
    languages: dict[tuple[str, str], set[str]] = {}
    for question in QUESTIONS:
        languages.setdefault((question.source, question.snippet), set()).add(question.language)
    assert {frozenset(found) - {"ary"} for found in languages.values()} == {frozenset({"fr", "ar"})}
    assert {q.language for q in QUESTIONS} == set(LANGUAGES)


def test_no_penal_code_article_has_questions_from_two_files() -> None:
    # Law 103-13 writes Penal Code articles (503-1 …): one file only, or they would be twice as likely to come nearest.
    labels = {
        source: {q.article for q in QUESTIONS if q.source == source}
        for source in ("ma-penal-code.ar.txt", "ma-penal-code-448.ar.txt", "ma-law-103-13.ar.txt")
    }
    first, second, third = labels.values()
    assert not (first & second) and not (first & third) and not (second & third)


def test_no_questions_for_the_forced_labour_convention_articles_no_longer_applicable() -> None:
    # The 2014 Protocol (art. 7) deletes C029's transitional articles 3 to 24: asked about, they read as law in force.
    articles = {q.article for q in QUESTIONS if q.source == "ilo-c029.fr.txt"}
    assert {"1", "2", "25"} <= articles and not articles & {str(n) for n in range(3, 25)}


def test_a_malformed_line_is_named_by_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "made-up-text.tsv").write_text(
        "# a comment\n\n1\tsnippet of a made-up text\tfr\tune question ?\n2\tno language here\tune question ?\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"made-up-text\.tsv:4: expected article, snippet"):
        load_article_questions(tmp_path)
    (tmp_path / "made-up-text.tsv").write_text("1\tsnippet\ten\ta question?\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"made-up-text\.tsv:1: language 'en'"):
        load_article_questions(tmp_path)
    assert load_article_questions(tmp_path / "missing") == []


def _passage(key: str, source: str, text: str, part: int = 0) -> Document:
    return Document(
        content=text, meta={"key": key, "source": source, "language": "fr", "part": part, "version_id": key}
    )


def test_a_snippet_finds_its_article_in_its_source_and_not_in_an_upload_quoting_it() -> None:
    # SYNTHETIC texts (not law).
    documents = [
        _passage("made-up-code:1", "made-up-code.txt", "Texte fictif : la première règle inventée pour ce test."),
        # The snippet runs over two passages of a long article.
        _passage("made-up-code:2", "made-up-code.txt", "Texte fictif : une règle", 0),
        _passage("made-up-code:2", "made-up-code.txt", "longue, en deux parties.", 1),
        _passage("user-notes:1", "user-notes.txt", "Citation : la première règle inventée pour ce test."),
        _passage("made-up-extract-code:9", "other.txt", "Article d'un extrait fictif, lu ailleurs."),
    ]
    questions = [
        ArticleQuestion("made-up-code.txt", "1", "la première règle inventée", "fr", "q1"),
        ArticleQuestion("made-up-code.txt", "2", "une règle longue, en deux", "fr", "q2"),
        ArticleQuestion("made-up-extract.txt", "9", "un extrait fictif", "fr", "q3"),
        ArticleQuestion("made-up-code.txt", "3", "une règle absente", "fr", "q4"),
    ]
    found = find_articles(questions, documents, works=lambda work_id: work_id != "user-notes")
    assert found[("made-up-code.txt", "la première règle inventée")] == ("made-up-code:1",)
    assert found[("made-up-code.txt", "une règle longue, en deux")] == ("made-up-code:2",)
    # An extract the index does not read: looked up in the catalogue's works, never in a user's upload.
    assert found[("made-up-extract.txt", "un extrait fictif")] == ("made-up-extract-code:9",)
    assert found[("made-up-code.txt", "une règle absente")] == ()
    # An upload named as a source file takes none of that file's questions.
    uploaded = [_passage("user-notes:1", "made-up-code.txt", "Citation : la première règle inventée pour ce test.")]
    found = find_articles(questions[:1], uploaded, works=lambda work_id: work_id != "user-notes")
    assert found[("made-up-code.txt", "la première règle inventée")] == ()


def test_several_close_questions_outvote_one_a_little_closer() -> None:
    # SYNTHETIC texts and made-up vectors: each question's cosine with the reader's (1, 0) is chosen.
    documents = [
        _passage("made-up-code:1", "made-up-code.txt", "Texte fictif : la première règle inventée."),
        _passage("made-up-code:2", "made-up-code.txt", "Texte fictif : la seconde règle inventée."),
    ]
    cosines = {"a1": 0.90, "a2": 0.90, "a3": 0.90, "b1": 0.91}
    questions = [
        ArticleQuestion("made-up-code.txt", name[0], "la première" if name[0] == "a" else "la seconde", "fr", name)
        for name in cosines
    ]
    matcher = ArticleQuestionMatcher(questions)

    def embed(texts: list[str]) -> list[list[float]]:
        return [
            [cosines[t.removeprefix("query: ")], (1 - cosines[t.removeprefix("query: ")] ** 2) ** 0.5] for t in texts
        ]

    matcher.attach(documents, embed)
    found = matcher.run(query_embedding=[1.0, 0.0])["documents"]
    assert [d.meta["key"] for d in found] == ["made-up-code:1", "made-up-code:2"]
    # The best article is scored on the nearest question's scale: the fusion trusts the list as far as that is near.
    assert found[0].score == pytest.approx(0.91, abs=1e-6) and found[1].score < found[0].score


def _unit(*angles: float) -> np.ndarray:
    return np.array([[np.cos(a), np.sin(a)] for a in angles], dtype=np.float32)


def test_a_question_among_other_articles_questions_is_crowded_and_its_own_article_does_not_count() -> None:
    # Made-up vectors on the unit circle: a1 sits between b1 and c1; d1 and its twin d2 are far from everything else.
    vectors = _unit(0.0, 0.1, -0.1, 2.0, 2.01)
    keys = (("made-up:a",), ("made-up:b",), ("made-up:c",), ("made-up:d",), ("made-up:d",))
    crowd = crowding(vectors, keys, neighbours=2)
    assert crowd[0] > crowd[1] > crowd[3]  # a1's two nearest others are at 0.1; b1's at 0.1 and 0.2
    assert crowd[3] == pytest.approx(crowd[4], abs=0.02) and crowd[3] < 0  # d2, d1's twin, is no crowd of d1's
    assert crowd.mean() == pytest.approx(0.0, abs=1e-6)
    # One article only: no other article's questions, no crowd.
    assert list(crowding(vectors[:2], (("made-up:a",), ("made-up:a",)))) == [0.0, 0.0]


def test_an_article_whose_question_stands_in_a_crowd_loses_to_one_a_little_farther_but_alone() -> None:
    # SYNTHETIC texts, made-up vectors: the reader's question is (1, 0). a1 is the nearest, but b1 and c1 crowd it.
    documents = [
        _passage(f"made-up-code:{n}", "made-up-code.txt", f"Texte fictif : la règle {word} inventée.")
        for n, word in enumerate(("première", "seconde", "troisième", "quatrième"), start=1)
    ]
    angles = {"a1": 0.30, "b1": 0.40, "c1": 0.20, "d1": -0.33}
    snippet = {"a": "la règle première", "b": "la règle seconde", "c": "la règle troisième", "d": "la règle quatrième"}
    questions = [ArticleQuestion("made-up-code.txt", name[0], snippet[name[0]], "fr", name) for name in angles]

    def embed(texts: list[str]) -> list[list[float]]:
        return [_unit(angles[t.removeprefix("query: ")])[0].tolist() for t in texts]

    def first(matcher: ArticleQuestionMatcher) -> str:
        matcher.attach(documents, embed)
        return matcher.run(query_embedding=[1.0, 0.0])["documents"][0].meta["key"]

    assert first(ArticleQuestionMatcher(questions, hubness_weight=0.0)) == "made-up-code:3"  # c1, the nearest
    assert first(ArticleQuestionMatcher(questions, hubness_weight=2.0)) == "made-up-code:4"  # d1, alone


def test_the_matcher_embeds_once_and_returns_the_closest_articles(tmp_path: Path, indexed) -> None:
    _, _, searcher = indexed
    embedder = searcher.pipeline.get_component("dense_embedder")
    calls = []

    def embed(texts: list[str]) -> list[list[float]]:
        calls.append(len(texts))
        return embedder.embedding_backend.embed(texts, batch_size=64)

    matcher = ArticleQuestionMatcher(QUESTIONS, top_articles=5, cache_dir=tmp_path, model="e5-small")
    documents = searcher.passages.all()
    matcher.attach(documents, embed)
    # The small index holds Law 27-14, the CPP's articles and Penal Code 448-x: their questions, not the others'.
    assert 20 < matcher.articles < 60 and matcher.unmatched
    assert calls and calls[0] < len(QUESTIONS)
    matcher.attach(documents, embed)  # the same questions: read from the cache (one text embedded, its width checked)
    assert len(calls) == 2 and calls[1] == 1
    vector = embedder.run(text="Un client sait que la fille est exploitée par un réseau : risque-t-il une peine ?")
    found = matcher.run(query_embedding=vector["embedding"])["documents"]
    keys = list(dict.fromkeys(d.meta["key"] for d in found))
    assert len(keys) == 5 and "ma-penal-code:448-10" in keys[:3]
    scores = [d.score for d in found]
    assert scores == sorted(scores, reverse=True)
    arabic_only = matcher.run(query_embedding=vector["embedding"], admits=lambda d: d.meta["language"] == "ar")
    assert {d.meta["language"] for d in arabic_only["documents"]} == {"ar"}


def test_a_plain_question_finds_the_article_its_words_miss(indexed) -> None:
    _, _, searcher = indexed
    question = "Les hommes qui vont voir une fille qu'ils savent tenue par un réseau risquent-ils quelque chose ?"
    with_questions = [r.citation.key for r in searcher.search(question, top_k=5).results]
    weights = searcher.fusion.question_weight, searcher.fusion.question_words_weight
    searcher.fusion.question_weight = searcher.fusion.question_words_weight = 0.0
    try:
        without = [r.citation.key for r in searcher.search(question, top_k=10).results]
    finally:
        searcher.fusion.question_weight, searcher.fusion.question_words_weight = weights
    assert "ma-penal-code:448-10" in with_questions[:3]
    assert "ma-penal-code:448-10" not in without[:3]


def test_a_search_narrowed_to_a_language_gets_no_other_language_from_the_questions(indexed) -> None:
    _, _, searcher = indexed
    response = searcher.search("mon patron a gardé mon passeport, que risque-t-il ?", top_k=10, lang="ar")
    assert response.results and {r.language for r in response.results} == {"ar"}
    response = searcher.search(
        "mon patron a gardé mon passeport, que risque-t-il ?", top_k=10, filters=SearchFilters(work_id="ma-cpp")
    )
    assert {r.citation.document_id for r in response.results} <= {"ma-cpp"}
