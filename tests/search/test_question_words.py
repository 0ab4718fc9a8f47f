"""The written questions' words on the lexical side (search.question_words, search.fusion): synthetic questions
(«zorglub», «blorp» are made-up words, not law) and the real index."""

from __future__ import annotations

from haystack import Document

from search.fusion import ScoreFusion
from search.question_words import QuestionWordMatcher

QUESTIONS = {
    "w:1": ["Le zorglub peut-il être saisi ?", "saisie du zorglub"],
    "w:2": ["Quelle peine pour qui vend un zorglub avec un blorp ?"],
    "w:3": ["Une question sans aucun rapport"],
}


def _passage(doc_id: str, key: str, language: str = "fr") -> Document:
    return Document(id=doc_id, content=f"texte {doc_id}", meta={"key": key, "language": language})


PASSAGES = {
    "w:1": [_passage("p1", "w:1"), _passage("p1-ar", "w:1", "ar")],
    "w:2": [_passage("p2", "w:2")],
    "w:3": [_passage("p3", "w:3")],
}


def _matcher(top_articles: int = 100) -> QuestionWordMatcher:
    matcher = QuestionWordMatcher(top_articles=top_articles)
    matcher.attach(QUESTIONS, PASSAGES)
    return matcher


def test_the_articles_whose_questions_share_the_rarest_words_come_first() -> None:
    found = _matcher().run(query="la saisie d'un zorglub")["documents"]
    assert [d.id for d in found] == ["p1", "p1-ar", "p2"]  # «saisie» is only w:1's; «zorglub» both; w:3 shares none
    assert found[0].score == found[1].score > found[2].score > 0  # each passage takes its article's score
    assert _matcher(top_articles=1).run(query="la saisie d'un zorglub")["documents"][-1].id == "p1-ar"


def test_nothing_for_words_no_question_has_and_the_filters_hold() -> None:
    matcher = _matcher()
    assert matcher.run(query="")["documents"] == []
    assert matcher.run(query="météo demain")["documents"] == []
    arabic = matcher.run(query="saisie du zorglub", admits=lambda d: d.meta["language"] == "ar")["documents"]
    assert [d.id for d in arabic] == ["p1-ar"]
    assert QuestionWordMatcher().run(query="zorglub")["documents"] == []  # nothing attached


def test_the_questions_words_raise_their_passages_and_bring_new_ones_into_the_lexical_list() -> None:
    dense = [Document(id="d", content="d", score=0.9, meta={"key": "w:9", "language": "fr"})]
    sparse = [
        Document(id="s", content="saisie du zorglub", score=10.0, meta={"key": "w:8", "language": "fr"}),
        Document(id="p2", content="un zorglub", score=2.0, meta={"key": "w:2", "language": "fr"}),
        Document(id="z", content="zorglub", score=1.0, meta={"key": "w:7", "language": "fr"}),
    ]
    matched = _matcher().run(query="saisie du zorglub")["documents"]

    def fused(weight: float) -> dict[str, float]:
        fusion = ScoreFusion(question_words_weight=weight)
        documents = fusion.run(dense=dense, sparse=sparse, question_words=matched, query="saisie du zorglub")
        return {d.id: d.score for d in documents["documents"]}

    without, with_words = fused(0.0), fused(5.0)
    assert "p1" not in without and "p1" in with_words  # w:1's questions hold the question's words, its text none
    assert with_words["p2"] > without["p2"]  # w:2's hold one
    assert with_words["s"] == without["s"] == max(with_words.values())  # an article without questions keeps its due


def test_the_searcher_reads_the_written_questions_words(indexed) -> None:
    _, _, searcher = indexed
    questions, passages = searcher.questions.written()
    assert questions and set(questions) <= set(passages)
    # The index's own questions: «expulsée», «renvoyée» are in those written for CPP 82-5-1 (the victim's stay), not in
    # its text, which is in Arabic.
    scores = searcher.question_words.scores("une victime étrangère risque-t-elle d'être expulsée et renvoyée ?")
    assert max(scores, key=scores.__getitem__) in {"ma-cpp:82-5-1", "ma-law-27-14:82-5-1"}
