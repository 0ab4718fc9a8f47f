"""The Darija → MSA rewrite of questions for the embedding model (made-up sentences, not legal text)."""

from __future__ import annotations

import pytest

from search.dialect import (
    DarijaToMsa,
    darija_to_msa,
    is_darija,
    looks_like_arabizi,
    vocabulary_of,
    without_digit_words,
)


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
        # «واحد»: «a» before a noun with ال, else left («عام واحد»: one year)
        ("واحد السمسار جاب بنات، شنو نديرو", "السمسار جاب بنات، ما نديرو"),
        ("خدمت عام واحد، واش هادشي قانوني", "خدمت عام واحد، هل هذا قانوني"),
        # «كان» and «كاين», whose ك is no prefix; the conjunction و on a function word; diacritics
        ("واش كانوا كيخدمو؟ ماكاينش شي حل؟", "هل كانوا يخدمو؟ لا يوجد شي حل؟"),
        ("ماكانش عندها الوراق", "لا كان عندها الوراق"),
        ("وواش كَيخدمو", "وهل يخدمو"),
        ("واش نخدم بلا عقد", "هل نخدم بدون عقد"),  # «بلا» is rewritten, but is no sign of Darija
        # French words pass through
        ("واش كاين l'âge minimum ديال الخدمة؟", "هل يوجد l'âge minimum الخدمة؟"),
    ],
)
def test_darija_is_rewritten_toward_msa(darija: str, msa: str) -> None:
    assert darija_to_msa(darija) == msa


@pytest.mark.parametrize(
    "text",
    [
        "ما هي عقوبة كتابة محضر مزور فالقانون يعاقب عليه",  # كتابة and فالقانون are MSA words
        "ما عقوبة كتمان الجريمة بلا عذر",  # «بلا» is MSA too
        "Quelle est la peine prévue à l'article 448-2 ?",
    ],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert not is_darija(text)
    assert darija_to_msa(text) == text


def test_the_corpus_words_are_never_taken_for_darija_forms() -> None:
    vocabulary = vocabulary_of(["تحدد كيفية التبليغ وكتابة الضبط", "يعاقب على كتمان"])  # made-up MSA, not law
    question = "شنو هي كيفية التبليغ وفين كاينة كتابة الضبط؟"
    assert darija_to_msa(question) == "ما هي يفية التبليغ وأين توجد تابة الضبط؟"  # what the rules do alone
    assert darija_to_msa(question, vocabulary) == "ما هي كيفية التبليغ وأين توجد كتابة الضبط؟"
    assert DarijaToMsa(vocabulary).run(text=question)["text"] == darija_to_msa(question, vocabulary)


def test_the_component_feeds_the_dense_embedder_in_the_search_pipeline(indexed) -> None:
    _, _, searcher = indexed
    assert DarijaToMsa().run(text="شنو العقوبة؟") == {"text": "ما العقوبة؟"}
    assert {"يعاقب", "الاتجار"} <= searcher.dialect.vocabulary  # learnt from the indexed Arabic passages
    # «واحد» is a corpus word, yet before a noun with ال it is Darija's indefinite article
    assert searcher.dialect.run(text="واحد السمسار، شنو العقوبة؟")["text"] == "السمسار، ما العقوبة؟"
    assert list(searcher.pipeline.graph.successors("dialect")) == ["dense_embedder"]
    assert list(searcher.pipeline.graph.predecessors("dense_embedder")) == ["dialect"]


def test_marks_alone_make_no_word() -> None:
    assert vocabulary_of(["\u0640\u064e ـ", ""]) == frozenset()


@pytest.mark.parametrize(
    ("question", "arabizi"),
    [
        ("wach lkhdama sghira 9anoni", True),  # a trial's: «9» was read as an article number
        ("bghit n3ref l7o9o9 dyal dahiya", True),
        ("wach kayn chi 9anon", True),
        ("9anoun", True),  # a trial's: one word, and ten article 9s with no notice
        ("3lach", True),
        ("lbent kat5dem f dar", True),  # a trial's: one digit word and «lbent», only a weak-match notice before
        ("chi wahed khda liya passport", True),
        ("l bonne 16 3am ma kat khlesch", True),  # a trial's: «3am» was read as 3 a.m., «khlesch» unknown
        ("réveillée à 3am chaque nuit", False),
        ("Kay and Kat were trafficked", False),
        ("wach hadchi 9anouni", True),
        ("7mad khda liya lflous", True),  # «7mad» is a name (حماد), not an amount
        ("payée 5dh de l'heure, 9heures par jour", False),  # «5» for خ, but these are amounts (a review)
        ("pause de 5mn toutes les 3heures", False),
        ("she works 5hrs then 3hrs more", False),
        ("C29", False),
        ("2bis", False),
        ("la patronne a pris mon passeport", False),
        ("art. 448-2 CP", False),
        ("loi 27-14 article 5", False),
        ("C182 article 3", False),
        ("3 ans de prison pour la traite", False),
        ("fin de contrat d'une employée de maison", False),
        ("واش kayn chi 9anon", False),  # Arabic letters: the Darija readers take it
        # French and English a review found flagged: conventions' numbers, ordinals, «bis», words both languages have.
        ("Conventions C29 et C97 de l'OIT", False),
        ("responsabilité du patron, 3eme alinéa de l'article 7", False),
        ("Travailleuse domestique à Safi : le patron refuse de payer", False),
        ("article 2bis et article 3bis de la loi 19-12", False),
        ("the 2nd and 3rd paragraphs of the Palermo protocol", False),
    ],
)
def test_darija_in_latin_letters_is_recognised(question: str, arabizi: bool) -> None:
    assert looks_like_arabizi(question) is arabizi


def test_darija_in_latin_letters_is_told_how_to_ask(indexed) -> None:
    _, _, searcher = indexed
    notices = searcher.search("wach lkhdama sghira 9anoni").notices
    assert [n.code for n in notices] == ["arabizi"]
    assert "Arabic letters or in French" in notices[0].message
    assert [n.code for n in searcher.search("9anoun").notices] == ["arabizi"]


def test_digits_that_write_letters_are_not_searched_as_numbers() -> None:
    assert without_digit_words("wach lkhdama sghira 9anoni").split() == ["wach", "lkhdama", "sghira"]
    assert without_digit_words("l7o9o9 dyal victime").split() == ["dyal", "victime"]
    # Numbers, ordinals and conventions' numbers stay.
    kept = "art. 448-2 CP, C29, P029, 1er et 3eme alinéa, 2nde phrase, 2bis, 2quinquies, 3ans, loi 27-14, الفصل 9"
    assert without_digit_words(kept) == kept
