from haystack import Document

from search.articles import ArticleGrouper
from search.fusion import ScoreFusion
from search.highlight import highlight_sentences


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


def test_highlights_point_at_the_matching_sentence() -> None:
    text = "Texte d'essai sans rapport. La victime de la traite est protégée. Fin."
    ((start, end),) = highlight_sentences(text, "protection de la victime de traite")
    assert text[start:end] == "La victime de la traite est protégée."
    assert highlight_sentences(text, "zzz") == []


def test_highlights_do_not_cut_numbers() -> None:
    text = "يعاقب بغرامة من 10.000 إلى 500.000 درهم كل من ارتكب جريمة الاتجار بالبشر."
    assert highlight_sentences(text, "غرامة الاتجار بالبشر") == [(0, len(text))]


def test_grouper_shows_the_wording_in_force_first() -> None:
    original = Document(id="o", content="o", score=0.9, meta={"key": "w:1", "current": False})
    current = Document(id="c", content="c", score=0.5, meta={"key": "w:1", "current": True})
    (hit,) = ArticleGrouper().run(documents=[original, current], top_k=10)["articles"]
    assert hit.best.id == "c" and hit.score == 0.9


def test_highlights_use_the_translations_of_the_query() -> None:
    text = "تتخذ تدابير الحماية. يستفيد ضحايا الاتجار بالبشر من المساعدة القضائية."
    assert highlight_sentences(text, "l'aide aux victimes") == []
    (span,) = highlight_sentences(text, "l'aide aux victimes", translations=["ضحا"])
    assert text[span[0] : span[1]].startswith("يستفيد ضحايا")
