import pytest
from haystack import Document

from search.articles import ArticleGrouper
from search.fusion import ScoreFusion


def _docs(*pairs: tuple[str, float], key: str | None = None) -> list[Document]:
    return [Document(id=i, content=i, score=s, meta={"key": key or f"w:{i}", "language": "fr"}) for i, s in pairs]


def test_rrf_rewards_agreement_between_the_lists() -> None:
    dense = _docs(("a", 0.9), ("b", 0.8), ("c", 0.7))
    sparse = _docs(("c", 12.0), ("b", 11.0), ("d", 3.0))
    ranked = [d.id for d in ScoreFusion(method="rrf").run(dense=dense, sparse=sparse)["documents"]]
    assert set(ranked[:2]) == {"b", "c"} and set(ranked) == {"a", "b", "c", "d"}


def test_weighted_fusion_keeps_a_clear_winner() -> None:
    dense = _docs(("a", 0.95), ("b", 0.60), ("c", 0.59))
    sparse = _docs(("b", 5.0), ("a", 4.9), ("c", 1.0))
    fused = ScoreFusion(method="weighted", dense_weight=0.6).run(dense=dense, sparse=sparse)["documents"]
    assert fused[0].id == "a" and fused[0].score > fused[1].score
    assert ScoreFusion().run(dense=dense, sparse=sparse, method="sparse")["documents"][0].id == "b"
    assert ScoreFusion().run(dense=[], sparse=[])["documents"] == []


def test_grouper_keeps_one_entry_per_article_and_cited_first() -> None:
    ranked = [*_docs(("p1", 0.9), ("p2", 0.8), key="w:1"), *_docs(("p3", 0.7), key="w:2")]
    cited = _docs(("c1", 0.0), key="w:9")
    articles = ArticleGrouper().run(documents=ranked, cited=cited, top_k=10)["articles"]
    assert [a.key for a in articles] == ["w:9", "w:1", "w:2"]
    assert articles[0].matched_by == "citation" and [d.id for d in articles[1].passages] == ["p1", "p2"]


def test_grouper_shows_the_wording_in_force_first() -> None:
    original = Document(id="o", content="o", score=0.9, meta={"key": "w:1", "current": False})
    current = Document(id="c", content="c", score=0.5, meta={"key": "w:1", "current": True})
    (hit,) = ArticleGrouper().run(documents=[original, current], top_k=10)["articles"]
    assert hit.best.id == "c" and hit.score == 0.9


def _lang_docs(language: str, *pairs: tuple[str, float]) -> list[Document]:
    return [Document(id=i, content=t, score=sc, meta={"key": f"w:{i}", "language": language}) for i, t, sc in pairs]


def test_a_french_questions_translated_match_in_arabic_counts_like_a_direct_one() -> None:
    query = "victime de la traite"
    sparse = _lang_docs("fr", ("f1", "la victime de la traite", 10.0), ("f2", "la victime", 4.0), ("f3", "la", 1.0))
    translated = _lang_docs("ar", ("a1", "ضحية الاتجار", 3.0), ("a2", "ضحية", 1.0))
    fused = ScoreFusion().run(dense=[], sparse=sparse, translated=translated, query=query)["documents"]
    scores = {d.id: d.score for d in fused}
    assert scores["a1"] == pytest.approx(scores["f1"]) and scores["a1"] > scores["f2"]
    off = ScoreFusion(translation_credit=0.0, cross_script_translation_credit=0.0)
    scores = {d.id: d.score for d in off.run(dense=[], sparse=sparse, translated=translated, query=query)["documents"]}
    assert scores["a1"] == 0.0 < scores["f2"]


def test_an_arabic_questions_translated_match_in_french_counts_less() -> None:
    query = "ضحية الاتجار"
    sparse = _lang_docs("ar", ("a1", "ضحية الاتجار", 10.0), ("a2", "ضحية", 4.0))
    translated = _lang_docs("fr", ("f1", "la victime de la traite", 3.0), ("f2", "la victime", 1.0))
    fused = ScoreFusion(translation_credit=0.7).run(dense=[], sparse=sparse, translated=translated, query=query)
    scores = {d.id: d.score for d in fused["documents"]}
    assert scores["f1"] == pytest.approx(0.7 * scores["a1"])


def test_rrf_ranks_the_translated_list_too() -> None:
    sparse = _lang_docs("fr", ("f1", "victime", 10.0))
    translated = _lang_docs("ar", ("a1", "ضحية", 3.0))
    ranked = ScoreFusion(method="rrf").run(dense=[], sparse=sparse, translated=translated)["documents"]
    assert {d.id for d in ranked} == {"f1", "a1"}


def test_the_written_questions_add_their_closeness_as_far_as_the_nearest_is_near() -> None:
    dense = _docs(("a", 0.90), ("b", 0.80))
    sparse = _docs(("a", 9.0), ("b", 1.0))
    # «q» is found by its written questions alone; «b» comes second among them.
    near = _docs(("q", 0.96), ("b", 0.93), ("z", 0.90))
    fusion = ScoreFusion(question_weight=1.0, question_confidence=(0.88, 0.94))
    fused = fusion.run(dense=dense, sparse=sparse, questions=near)["documents"]
    scores = {d.id: d.score for d in fused}
    assert all(0.0 <= (d.score or 0.0) <= 1.0 for d in fused)
    # «a», best of both lists, and «q», nothing but the questions' full marks: each halved back into [0, 1].
    assert scores["a"] == pytest.approx(0.5) and scores["q"] == pytest.approx(0.5)
    assert scores["b"] == pytest.approx(0.25)
    # The nearest written question at 0.91, halfway to trusted: the list weighs half as much.
    halfway = _docs(("q", 0.91), ("z", 0.85))
    fused = fusion.run(dense=dense, sparse=sparse, questions=halfway)["documents"]
    assert next(d for d in fused if d.id == "q").score == pytest.approx(0.5 / 1.5)
    # Under 0.88 it says nothing: the other lists' scores as they were, and nothing it alone brought in.
    far = _docs(("q", 0.87), ("a", 0.80))
    fused = fusion.run(dense=dense, sparse=sparse, questions=far)["documents"]
    alone = fusion.run(dense=dense, sparse=sparse)["documents"]
    assert [(d.id, d.score) for d in fused] == [(d.id, d.score) for d in alone]
    # Without weight, the list is not read; with RRF it is one more ranking.
    assert "q" not in {d.id for d in ScoreFusion(question_weight=0.0).run(dense, sparse, questions=near)["documents"]}
    ranked = ScoreFusion(method="rrf").run(dense=dense, sparse=sparse, questions=near)["documents"]
    assert [d.id for d in ranked][:2] == ["b", "a"]
    ranked = ScoreFusion(method="rrf").run(dense=dense, sparse=sparse, questions=far)["documents"]
    assert "q" not in {d.id for d in ranked}
