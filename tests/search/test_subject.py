"""A question naming trafficking in persons, the corpus's subject, in Arabic, French or English (search.subject)."""

from __future__ import annotations

import pytest

from search.subject import names_subject


@pytest.mark.parametrize(
    "question",
    [
        "ما هي عقوبة الاتجار بالبشر",
        "واش اللي خلص شاهد فقضية ديال الإتجار بالبشر كيتعاقب؟",  # hamza on the alef, Darija around it
        "عقوبة المتاجرين بالأطفال",
        "تجارة البشر فالمغرب",  # lay: «trade in humans»
        "La TRAITE des êtres humains est-elle punie ?",
        "peine encourue par les trafiquants",
        "TEH mineure Tanger",  # the acronym practitioners write (a trial)
        "trafic d'êtres humains",
        "trafic de personnes à l’étranger",
        "what is the penalty for human trafficking",
        "واحد كيتاجر بالنساء فالحومة",  # the verb, before people
        "الاتجار بالبشر والمخدرات",  # people first
    ],
)
def test_a_question_that_names_trafficking(question: str) -> None:
    assert names_subject(question)


@pytest.mark.parametrize(
    "question",
    [
        "mauvais traitements infligés à un enfant",  # «trait» is also traitement's stem
        "trafic de drogue",
        "trafic illicite de migrants",  # the smuggling of migrants, another offence
        "تهريب المهاجرين",
        "تجار المخدرات",
        "عقوبة شهادة الزور",
        "",
        # A review: a treaty, and trafficking in other goods (UNTOC's firearms), are not the subject.
        "entrée en vigueur du traité de Palerme",
        "الاتجار في المخدرات",
        "الاتجار غير المشروع بالأسلحة النارية",
        "المتاجرة بالمخدرات",
        "drug trafficking",
        "trafficking in firearms",
    ],
)
def test_a_question_that_does_not(question: str) -> None:
    assert not names_subject(question)
