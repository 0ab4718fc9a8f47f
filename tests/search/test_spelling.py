"""Mistyped words put right: on made-up texts (obviously synthetic), then on the real index."""

from __future__ import annotations

from search.notice_text import localized
from search.spelling import Speller

SYNTHETIC = [
    "Texte synthétique : la victime étrangère a droit au séjour.",
    "Texte synthétique : les enfants victimes de travail forcé.",
    "Texte synthétique : un acte du protocole fictif ; l'exploitation fictive.",
    "نص مصطنع: الضحية الأجنبية",
]


def test_a_typo_is_put_right_and_a_word_is_not() -> None:
    speller = Speller(SYNTHETIC)
    assert speller.correct("victme etrangere droit de sejour") == "victime etrangere droit de sejour"
    assert speller.correct("travail forcé des enfnats") == "travail forcé des enfants"  # two letters swapped
    assert speller.correct("l'exploitaton") == "l'exploitation"  # the elided article kept
    assert speller.correct("protocle fictif") == "protocole fictif"
    # Words, not typos, though the texts lack them: French words (pyspellchecker), their feminine and plural forms,
    # British spellings, forms of a word the texts have, names (a capital), parts of hyphenated words, short words
    # (a review found «procureure» searched as «procurer», «organised» as «organisée», «Imane» as «image»).
    kept = "procureur procureure défenseure comment pacte victimes étrangères droits actes organised favour"
    for word in [*kept.split(), "sous-traitance", "Moudawana", "Imane", "CEDEF", "Protocle"]:
        assert speller.correct(word) == word
    assert speller.correct("الضحيه الاجنبيه") == "الضحيه الاجنبيه"
    assert speller.correct("art. 448-2, loi 27-14, C29") == "art. 448-2, loi 27-14, C29"
    # A word with no corpus neighbour beginning with its letter stays as typed: «pacte» is no «acte».
    assert Speller(["un acte synthétique"]).correct("pactr") == "pactr"


def test_a_mistyped_question_finds_what_the_right_spelling_does_and_says_what_was_searched(indexed) -> None:
    _, _, searcher = indexed
    # A trial: «victme» left CPP 82-5-1, the spelt question's first answer, 13th.
    right = searcher.search("victime etrangere droit de sejour")
    typed = searcher.search("victme etrangere droit de sejour")
    assert [r.citation.key for r in typed.results] == [r.citation.key for r in right.results]
    assert not right.notices
    [notice] = typed.notices
    assert (notice.code, notice.text) == ("spelling", "victime etrangere droit de sejour")
    french = localized(typed, "fr", searcher.catalogue).notices[0].message
    assert french == "Recherche faite pour « victime etrangere droit de sejour » (mots mal orthographiés corrigés)."
    # The highlights are the words searched.
    assert any(h for r in typed.results for h in r.highlights)
