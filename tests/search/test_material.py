"""What a question asks for that the corpus holds none of: case law, circulars, statistics."""

from __future__ import annotations

import pytest

from ingest.catalogue import Catalogue, LanguageVersion, Work, load_catalogue
from search.material import asks_for_material


@pytest.mark.parametrize(
    ("question", "material"),
    [
        ("jurisprudence de la Cour de cassation sur la traite des êtres humains", "case_law"),
        ("arrêt de la Cour de cassation traite", "case_law"),
        ("case law on trafficking in persons", "case_law"),
        ("الاجتهاد القضائي في جرائم الاتجار بالبشر", "case_law"),
        ("وقرارات محكمة النقض في الاتجار بالبشر", "case_law"),
        ("العمل القضائي المغربي في الاتجار بالبشر", "case_law"),
        ("circulaire du ministère public sur la traite 2019", "circular"),
        ("دورية رئاسة النيابة العامة حول الاتجار بالبشر", "circular"),
        ("المنشور رقم 5 لوزير العدل", "circular"),
        ("statistiques de la traite au Maroc", "statistics"),
        ("إحصائيات ضحايا الاتجار بالبشر", "statistics"),
        # Words the texts use otherwise: the court named, periodic reports, a number the decree gives, statistical
        # data a convention asks for, a post on Facebook.
        ("الطعن بالنقض أمام محكمة النقض", None),
        ("تقارير دورية للجنة الوطنية", None),
        ("كم عدد أعضاء اللجنة الوطنية", None),
        ("les données statistiques de la convention 182", None),
        ("البيانات الإحصائية عن عمل الأطفال", None),
        ("صورها منشور على فيسبوك", None),
        ("ما هي عقوبة الاتجار بالبشر", None),
        # A review's: adjectives, patrols, a provision on gathering figures; and requests first missed.
        ("la migration circulaire des travailleuses saisonnières", None),
        ("circular migration of seasonal workers", None),
        ("دوريات مراقبة الحدود البرية", None),
        ("obligation des États de collecter des statistiques", None),
        ("traitement à des fins statistiques", None),
        ("تنفيذ الأحكام القضائية لفائدة الضحايا", None),
        ("اجتهادات محكمة النقض في الاتجار بالبشر", "case_law"),
        ("قرارات المجلس الأعلى في التشغيل القسري", "case_law"),
        ("judgments of the Court of Cassation on trafficking", "case_law"),
        ("the circular of the Public Prosecutor on trafficking", "circular"),
    ],
)
def test_what_a_question_asks_for_that_the_corpus_lacks(question: str, material: str | None) -> None:
    assert asks_for_material(question, load_catalogue()) == material


def test_circulars_are_asked_for_only_while_the_catalogue_has_none() -> None:
    starter = load_catalogue()
    added = Work(
        id="test-circular",
        type="circular",
        jurisdiction="MA",
        titles={"fr": "SYNTHETIC"},
        short_titles={"fr": "S"},
        article_convention="madda",
        versions=[LanguageVersion(language="fr", source="synthetic.txt")],
    )
    with_one = Catalogue(works=[*starter.works, added])
    assert asks_for_material("la circulaire sur la traite", starter) == "circular"
    assert asks_for_material("la circulaire sur la traite", with_one) is None
    assert asks_for_material("jurisprudence et circulaires", with_one) == "case_law"
