"""Definition questions and defining provisions (search.definitions).

The passages here are made up (the «zorglub», a word no law uses) to show the formulas alone; the search
tests read the real Penal Code."""

from __future__ import annotations

import pytest
from haystack import Document

from ingest.text import analyze
from search.definitions import (
    DefinitionRanker,
    _words,
    asked_whether,
    asks_for_definition,
    defines,
    is_bare_term,
    term_match,
    without_asking,
)


@pytest.mark.parametrize(
    "question",
    [
        "تعريف الطفل",
        "ما المقصود بالاتجار بالبشر؟",
        "مفهوم الضحية في الإعلان",
        "شنو معنى الاستغلال",
        "ماذا يعني الاتجار بالبشر",
        "ماذا يقصد بالاتجار بالبشر",  # «يقصد» and «المقصود» joined to «ب» (found by a trial)
        "شنو المقصود بالعامل المنزلي",
        "من يعتبر موظفا عموميا",
        "définition de la traite des êtres humains",
        "Qu'est-ce qu'un groupe criminel organisé ?",
        "Qu’est-ce que la servitude ?",
        "Comment la loi 103-13 définit-elle la violence économique ?",
        "que signifie travail forcé",
        "qui est réputé fonctionnaire public",
        "est-ce de la traite au sens du Code pénal ?",
        "definition of a child",
        "what is meant by exploitation",
    ],
)
def test_questions_asking_what_a_term_means(question: str) -> None:
    assert asks_for_definition(question)


@pytest.mark.parametrize(
    "question",
    [
        "ما هي عقوبة الاتجار بالبشر",
        "شنو هي العقوبة ديال الاتجار بالبشر",  # «what is», not «what does it mean»
        "من هي الجهة المختصة بحماية الضحايا",
        "c'est quoi la peine pour la traite",
        "qu'est-ce que risque un trafiquant",
        "la peine définie à l'article 448-2",
        "حقوق المعني بالأمر",  # «المعني»: the person concerned, not a meaning
        "victime mineure frais de justice",
        # Found by a review: the same words in other senses.
        "مصادرة بطاقة التعريف الوطنية للعامل المنزلي",  # an identity card
        "délai de signification du jugement",  # the service of a judgment
        "qu'est-ce que la loi prévoit pour les victimes de la traite",  # what the law does
        "qu'est-ce qu'une victime peut demander au tribunal",
        "هل الشخص معني بالحماية",  # concerned by
        "عقوبة من يعتبر شريكا",  # the penalty of whoever is an accomplice
        "ماذا يعني ذلك بالنسبة للضحية",  # what that means for the victim
        "l'auteur qui est considéré comme récidiviste",
        "عقوبة القتل غير المقصود",  # unintentional
    ],
)
def test_questions_asking_no_definition(question: str) -> None:
    assert not asks_for_definition(question)


def test_the_asking_words_are_left_out_of_the_words_searched() -> None:
    assert "definit" not in analyze(without_asking("définition de la traite des êtres humains"))
    assert set(analyze(without_asking("تعريف الطفل"))) == set(analyze("الطفل"))
    assert without_asking("عقوبة الاتجار بالبشر") == "عقوبة الاتجار بالبشر"  # nothing asked: as typed
    # Nothing but asking words: as typed, not an empty query that nothing matches (a review found the notice
    # «none of the question's words occur in the texts» for «définition»).
    assert without_asking("définition") == "définition" and without_asking("تعريف") == "تعريف"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aux fins du présent texte, on entend par zorglub tout objet bleu.", "fr"),
        ("Un zorglub s’entend de tout objet bleu.", "fr"),
        ("L'expression «zorglub» désigne tout objet bleu.", "fr"),
        ("يقصد بالزرغلوب كل شيء أزرق.", "ar"),
        ("لأغراض هذا النص، يعنى الزرغلوب كل شيء أزرق.", "ar"),  # alef maksura, as the CRC writes it
        ('For the purposes of this text, "zorglub" means any blue object.', "en"),
    ],
)
def test_defining_formulas(text: str, language: str) -> None:
    assert defines(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Est puni de l'emprisonnement quiconque vend un zorglub.", "fr"),
        ("يعاقب بالحبس كل من باع زرغلوبا.", "ar"),
        ("on entend par zorglub tout objet bleu", "ar"),  # a formula of another language
    ],
)
def test_provisions_that_define_nothing(text: str, language: str) -> None:
    assert not defines(text, language)


def test_the_term_defined_is_read_next_to_its_formula() -> None:
    question = _words(without_asking("définition du zorglub bleu"))
    assert term_match("On entend par zorglub bleu tout objet.", "fr", question) == 1.0
    assert term_match("Un zorglub bleu s'entend de tout objet.", "fr", question) == 1.0  # the term before
    # Another term that has the question's words further on: the gardian of a zorglub, not a zorglub.
    assert term_match("On entend par gardien du zorglub bleu toute personne.", "fr", question) == 0.0
    assert term_match("On entend par zorglub vert tout objet.", "fr", question) == 0.5
    arabic = _words(without_asking("تعريف الزرغلوب"))
    assert term_match("يقصد بالزرغلوب كل شيء أزرق.", "ar", arabic) == 1.0
    assert term_match("يقصد بحارس الزرغلوب كل شخص.", "ar", arabic) == 0.0
    # A word announcing the term comes before it (UNTOC art. 2: «يقصد بتعبير "جماعة إجرامية منظمة"»).
    assert term_match('يقصد بتعبير "الزرغلوب" كل شيء أزرق.', "ar", arabic) == 1.0
    assert term_match("Le terme «zorglub bleu» désigne tout objet.", "fr", question) == 1.0


def _document(key: str, text: str, score: float, language: str = "fr") -> Document:
    return Document(id=key, content=text, meta={"key": key, "language": language}, score=score)


def test_the_ranker_lifts_the_provision_defining_the_term_asked_about() -> None:
    uses = _document("uses", "Est puni quiconque vend un zorglub bleu ou un zorglub vert.", 0.9)
    # Defining another term lifts a passage less: 0.75 passes 0.9, but not the term's definition at 0.6.
    other = _document("other", "On entend par gardien du zorglub toute personne.", 0.75)
    defining = _document("defining", "On entend par zorglub tout objet bleu.", 0.6)
    ranker = DefinitionRanker()
    ranked = ranker.run(documents=[uses, other, defining], query="définition du zorglub")["documents"]
    assert [d.id for d in ranked] == ["defining", "other", "uses"]
    assert all(0.0 <= (d.score or 0.0) <= 1.0 for d in ranked)
    # A question that asks no definition keeps the order and the scores.
    kept = ranker.run(documents=[uses, other, defining], query="vente du zorglub")["documents"]
    assert [(d.id, d.score) for d in kept] == [("uses", 0.9), ("other", 0.75), ("defining", 0.6)]


@pytest.mark.parametrize("query", ["traite", "الاتجار بالبشر", "travail forcé", "العمل القسري والسخرة", "zorglub bleu"])
def test_terms_alone(query: str) -> None:
    assert is_bare_term(query)


@pytest.mark.parametrize(
    "query",
    ["sanction de la traite quand la victime est un enfant", "traite ?", "الفصل 448-2", "art. 448-4", "loi 27-14"],
)
def test_queries_that_are_more_than_a_term(query: str) -> None:
    assert not is_bare_term(query)


def test_a_term_alone_lifts_the_provision_defining_all_of_it_only() -> None:
    # «zorglub» alone asks what it is: its definition first, the articles using it after; defining another term
    # («gardien du zorglub») or only part of the query's («zorglub» for «zorglub rouge») lifts nothing.
    uses = _document("uses", "Est puni quiconque vend un zorglub bleu ou un zorglub vert.", 0.9)
    other = _document("other", "On entend par gardien du zorglub toute personne.", 0.75)
    defining = _document("defining", "On entend par zorglub tout objet bleu.", 0.6)
    ranker = DefinitionRanker()
    ranked = ranker.run(documents=[uses, other, defining], query="zorglub")["documents"]
    assert [d.id for d in ranked] == ["defining", "uses", "other"]
    kept = ranker.run(documents=[uses, other, defining], query="zorglub rouge")["documents"]
    assert [d.id for d in kept] == ["uses", "other", "defining"]
    # Nor the last word of a term read backwards from «désigne»: «personne» is not «traite des personnes» (a review).
    backwards = _document("backwards", "Le gardien du zorglub désigne toute personne qui le garde.", 0.6)
    kept = ranker.run(documents=[uses, backwards], query="zorglub")["documents"]
    assert [(d.id, d.score) for d in kept] == [("uses", 0.9), ("backwards", 0.6)]


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("بغيت نعرف واش هادشي zorglub ولا لا", "zorglub ولا لا"),  # a trial's, the term made up
        ("هل هذا zorglub؟ أخذوا منها الجواز", "zorglub"),
        ("est-ce de la zorglub ? passeport retenu", "zorglub "),
        ("Is this zorglub", None),  # English only before the few terms a reader asks that of
        ("Is this a case of human trafficking?", "human trafficking"),
        ("هل هذا يعتبر zorglub؟", "zorglub"),  # the verb after the demonstrative too (a review)
        ("c'est de la zorglub ? elle ne sort jamais", "zorglub "),
        ("واش هادشي zorglub ولا لا، خدامة عندها 15 عام", "zorglub ولا لا"),  # up to the comma
        ("c'est de la responsabilité du parquet de protéger la victime ?", None),
        ("هل هذا القانون يحمي الضحايا", None),  # a text named: what it does, not whether facts are a term
        ("هل يعتبر الضحية مسؤولا", None),  # no demonstrative: whether a person is liable
        ("est-ce de la compétence du juge de saisir les biens du trafiquant et de les confisquer", None),
    ],
)
def test_questions_asking_whether_facts_are_a_term(question: str, term: str | None) -> None:
    assert asked_whether(question) == (None if term is None else f" {term}")
    assert not asks_for_definition(question)  # not every definition lifted: only the term's


def test_asking_whether_facts_are_a_term_lifts_its_definition_only() -> None:
    uses = _document("uses", "Est puni quiconque vend un zorglub bleu ou un zorglub vert.", 0.9)
    other = _document("other", "On entend par gardien toute personne.", 0.75)
    defining = _document("defining", "On entend par zorglub bleu tout objet.", 0.6)
    ranker = DefinitionRanker()
    ranked = ranker.run(documents=[uses, other, defining], query="est-ce du zorglub bleu ou pas ?")["documents"]
    assert [d.id for d in ranked] == ["defining", "uses", "other"]
    # A word no passage defines, or one word of several («crime» of «crime et quelle peine»), moves nothing.
    for query in ("est-ce du bleu outremer ?", "est-ce du zorglub et quelle peine ?"):
        kept = ranker.run(documents=[uses, other, defining], query=query)["documents"]
        assert [(d.id, d.score) for d in kept] == [("uses", 0.9), ("other", 0.75), ("defining", 0.6)], query


def test_a_long_word_after_the_asking_words_is_read_at_once() -> None:
    # A review: the words after «est-ce de la» or «qu'est-ce que la» were matched so that one long word could be split
    # up to five ways; 200 letters took 87 s per query. Before the fix this test would not end.
    for asking in ("est-ce de la ", "qu'est-ce que la "):
        question = asking + "a" * 1900 + " b c d e f g h"
        assert asked_whether(question) is None and not asks_for_definition(question)
