"""The Darija → MSA rewrite of questions for the embedding model (made-up sentences, not legal text)."""

from __future__ import annotations

import pytest

from search.dialect import DarijaToMsa, darija_to_msa, is_darija


@pytest.mark.parametrize(
    ("darija", "msa"),
    [
        ("شنو العقوبة ديالو؟", "ما العقوبة ؟"),
        ("واش غادي يدخل للحبس؟", "هل سوف يدخل للحبس؟"),
        ("فين نمشي باش نشكي", "أين نمشي لكي نشكي"),
        # the progressive prefix, the negation «ما…ش» fused or apart, «ف» for «في»
        ("واش المشغلة كتجبرها تخدم فالدار", "هل المشغلة تجبرها تخدم في الدار"),
        ("واش ماكيخليهاش تخرج", "هل لا يخليها تخرج"),
        ("وما كيخليهمش يتصلو", "وما يخليهم يتصلو"),
        # «واحد»: «a» before a noun with ال, «someone» otherwise
        ("واحد السمسار جاب بنات، شنو نديرو", "السمسار جاب بنات، ما نديرو"),
        ("واحد عطا الفلوس، واش هادشي جريمة", "شخص عطا الفلوس، هل هذا جريمة"),
        # French words pass through
        ("واش كاين l'âge minimum ديال الخدمة؟", "هل كاين l'âge minimum الخدمة؟"),
    ],
)
def test_darija_is_rewritten_toward_msa(darija: str, msa: str) -> None:
    assert darija_to_msa(darija) == msa


@pytest.mark.parametrize(
    "text",
    [
        "ما هي عقوبة كتابة محضر مزور فالقانون يعاقب عليه",  # كتابة and فالقانون are MSA words
        "Quelle est la peine prévue à l'article 448-2 ?",
        "",
    ],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert not is_darija(text)
    assert darija_to_msa(text) == text


def test_the_component_feeds_the_dense_embedder_in_the_search_pipeline(indexed) -> None:
    _, _, searcher = indexed
    assert DarijaToMsa().run(text="شنو العقوبة؟") == {"text": "ما العقوبة؟"}
    assert list(searcher.pipeline.graph.successors("dialect")) == ["dense_embedder"]
    assert list(searcher.pipeline.graph.predecessors("dense_embedder")) == ["dialect"]
