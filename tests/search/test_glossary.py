"""The curated glossary: its format, how a form matches a question, and the shipped file itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from haystack.dataclasses import SparseEmbedding

from ingest.sparse import PAIR_WEIGHT, term_index
from ingest.text import analyze_words
from search.glossary import (
    DEFAULT_GLOSSARY,
    SYNONYM_WEIGHT,
    WEIGHT,
    Glossary,
    GlossaryError,
    load_glossary,
    parse_glossary,
)
from search.synonyms import SynonymExpander
from search.translation import translate_query

# Synthetic entries: the format, not legal content.
SAMPLE = """\ufeff# a comment (and a byte order mark before it)
frais de justice | dépens\tالرسوم القضائية | الصوائر
moyens de transport\tوسائل النقل
"""
DARIJA_SAMPLE = "زرزوبة | الزرزوبة ديالو\tالمحفظة | الحقيبة اليدوية\n"


def test_a_french_phrase_brings_every_arabic_form() -> None:
    glossary = parse_glossary(SAMPLE)
    # The words of each form, and each form's word pairs (`ingest.sparse.pair_terms`) at a pair's weight; the hamza
    # on the line, whatever its seat («القضائية» → «قضاء», «الصوائر» → «صواءر»).
    expected = {"رسوم": WEIGHT, "قضاء": WEIGHT, "صواءر": WEIGHT, "رسوم+قضاء": WEIGHT * PAIR_WEIGHT}
    assert glossary.translate("Qui paie les FRAIS de la justice ?") == expected
    assert glossary.translate("les dépens") == expected


def test_a_form_matches_only_with_its_words_in_a_row() -> None:
    glossary = parse_glossary(SAMPLE)
    assert glossary.translate("les frais engagés devant la justice") == {}
    assert glossary.translate("les moyens utilisés pour le transport") == {}


def test_an_arabic_phrase_with_clitics_brings_every_french_form() -> None:
    glossary = parse_glossary(SAMPLE)
    translated = glossary.translate("مصادرة وبوسائل النقل")
    assert set(translated) == {"moyen", "transport", "moyen+transport"}
    assert set(glossary.translate("الإعفاء من الرسوم القضائية")) == {"frais", "justic", "depen", "frais+justic"}


def test_a_form_brings_the_other_forms_of_its_concept_in_its_own_language() -> None:
    glossary = parse_glossary(SAMPLE)
    # A line is a set of synonyms too: «dépens» also searches «frais de justice» in French, at SYNONYM_WEIGHT, as a
    # phrase (its word pair): «justice» alone is no synonym of «dépens».
    assert glossary.synonyms("les dépens") == {"frais+justic": SYNONYM_WEIGHT}
    assert set(glossary.synonyms("الصوائر")) == {"رسوم+قضاء"}
    assert glossary.synonyms("les frais engagés devant la justice") == {}  # no form in a row, no concept
    assert glossary.synonyms("") == {}


def test_a_form_inside_a_longer_form_of_another_concept_brings_only_that_concept() -> None:
    # Synthetic: «éloignement» alone is one concept, «mesure d'éloignement» another.
    glossary = parse_glossary("éloignement | interdiction de contact\tالابتعاد\nmesure d'éloignement\tالإبعاد\n")
    assert "interdict+contact" in glossary.synonyms("l'éloignement du conjoint")
    assert glossary.synonyms("une mesure d'éloignement") == {}  # its own words are the question's already


def test_an_inflection_of_the_form_found_is_no_synonym_to_add() -> None:
    # Synthetic: both genders of one phrase. An article writing both would otherwise count the concept twice.
    glossary = parse_glossary("travailleur social | travailleuse sociale | assistant social\tالمساعد الاجتماعي\n")
    assert glossary.synonyms("un travailleur social") == {"assist+social": SYNONYM_WEIGHT}


def test_a_darija_form_has_no_synonyms_its_msa_forms_are_a_translation() -> None:
    assert parse_glossary(DARIJA_SAMPLE, one_way=True).synonyms("الزرزوبة ديالو") == {}


def test_a_malformed_line_is_refused_with_its_number() -> None:
    with pytest.raises(GlossaryError, match="my.tsv, line 2"):
        parse_glossary("frais\tرسوم\nune ligne sans tabulation\n", source="my.tsv")
    with pytest.raises(GlossaryError, match="line 1: no Arabic form"):
        parse_glossary("frais de justice\tفي\n")  # a stop word alone searches nothing


def test_a_missing_file_is_an_empty_glossary_and_a_bom_is_no_line(tmp_path: Path) -> None:
    assert len(load_glossary(tmp_path / "none.tsv", darija=tmp_path / "none.tsv", everyday=tmp_path / "none.tsv")) == 0
    (tmp_path / "g.tsv").write_text(SAMPLE, encoding="utf-8")
    # One rule per form: 3 French, 3 Arabic.
    assert len(load_glossary(tmp_path / "g.tsv", darija=None, everyday=None)) == 6


# Synthetic entries in the Darija list's format: a made-up dialect word, then Modern Standard Arabic forms.
def test_a_darija_word_brings_its_msa_forms_one_way_only() -> None:
    glossary = parse_glossary(DARIJA_SAMPLE, one_way=True)
    assert {"محفظ", "حقيب"} <= set(glossary.translate("شفرو ليه الزرزوبة فالطوبيس"))
    assert glossary.translate("سرقة المحفظة") == {}  # MSA is not Darija: nothing to rewrite
    with pytest.raises(GlossaryError, match="line 1: expected everyday or Darija forms, a tab, the law's forms"):
        parse_glossary("زرزوبة المحفظة\n", one_way=True)


def test_the_shipped_darija_list_is_loaded_with_the_glossary(tmp_path: Path) -> None:
    from search.glossary import DEFAULT_DARIJA

    assert DEFAULT_DARIJA.is_file()
    french_arabic = load_glossary(darija=None)
    both = load_glossary()
    assert len(both) > len(french_arabic)
    # «خدامة» (a domestic worker) reaches Law 19-12's words; the French ↔ Arabic glossary alone does not.
    assert "منزل" in both.translate("خدامة فدار ناس") and "منزل" not in french_arabic.translate("خدامة فدار ناس")
    # A trial's «كيبيع البنات» (he sells girls) is trafficking; «خدا ليا الباسبور», a passport withheld.
    assert {"اتجار", "بشر"} <= set(both.translate("شحال ديال الحبس لي كياخد لي كيبيع البنات"))
    assert "حجز" in both.translate("واحد خدا ليا الباسبور ديالي")


def test_no_shipped_darija_form_is_read_in_a_standard_arabic_word_of_another_sense() -> None:
    glossary = load_glossary(everyday=None)
    french_arabic = load_glossary(darija=None, everyday=None)
    # «صورة» (a copy), «تبعا» (accordingly), «تسأل» (is held liable): once analysed, «صورها» (he photographed her),
    # «تبعها» (he followed her) and «تسالي» (it ends) in Darija.
    for question in ("صورة من الحكم", "تبعا لذلك تحرك المتابعة", "هل تسأل الضحية عن التزوير"):
        assert glossary.translate(question) == french_arabic.translate(question), question
    # Nor an everyday one: «جناية» (a felony) is «ما جناه» (what he earned), «كليا» (wholly) «كليته» (his kidney),
    # «élevée» (higher) «qui l'élevait» (who raised her), «le choix» «pas le choix».
    everyday = load_glossary(darija=None)
    for question in ("عقوبة الجناية والجنحة", "إعفاء كلي من العقوبة", "une peine plus élevée", "le choix de l'avocat"):
        assert everyday.translate(question) == french_arabic.translate(question), question
    assert "اعضاء" in everyday.translate("باع كليته باش يخلص الكريدي")
    # The Darija words themselves still read.
    assert "تصوير" in glossary.translate("صوروها بلا ما تعرف")
    assert "تحرش" in glossary.translate("واحد كيتبعني كل نهار")


def test_an_everyday_word_brings_the_laws_words_one_way_in_either_language() -> None:
    sample = "couteau | pistolet | سكين\tarme | سلاح\n"
    glossary = parse_glossary(sample, one_way=True)
    # Each form is analysed in its script's language: the French plural and the Arabic clitic still match.
    assert {"arme", "سلاح"} <= set(glossary.translate("ils avaient des pistolets"))
    assert {"arme", "سلاح"} <= set(glossary.translate("هددها بسكينه"))
    assert glossary.translate("avec usage d'une arme") == {}  # the law's word brings no everyday one
    assert glossary.render("il avait un couteau") == "سلاح"  # a French question's Arabic rendering


def test_the_shipped_everyday_words_are_loaded_and_their_law_forms_are_the_corpuss_words() -> None:
    from ingest.catalogue import DEFAULT_SOURCES_DIR
    from ingest.text import dominant_language
    from search.glossary import DEFAULT_EVERYDAY

    assert {"arme", "سلاح"} <= set(load_glossary().translate("il la menaçait avec un couteau"))
    assert "arme" not in load_glossary(everyday=None).translate("il la menaçait avec un couteau")
    corpus: set[str] = set()
    for source in DEFAULT_SOURCES_DIR.glob("*.txt"):
        text = source.read_text(encoding="utf-8")
        corpus |= {t for word in analyze_words(text, "ar") + analyze_words(text, "fr") for t in word}
    missing = []
    for line in DEFAULT_EVERYDAY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for form in line.split("\t")[1].split("|"):
            words = analyze_words(form, dominant_language(form) or "fr")
            if not all(set(word) & corpus for word in words):
                missing.append(form.strip())
    assert not missing  # a law form no text holds matches nothing


@pytest.mark.parametrize(
    "text",
    [
        "en tant que personne morale",  # «tante» would be «tant»
        "l'État est-il obligé de protéger la victime ?",  # «obligée» (forced) would be «oblig»
        "plusieurs personnes ont été arrêtées",  # «à plusieurs» would be an organised group
        "faut-il une plainte de la victime ?",  # «c'est sa faute» would be «faut»
        "à travers les frontières",  # «traversée» (a crossing by sea) would be «travers»
        "l'aide juridictionnelle",  # «l'aïd» would be «aid»
        "le retrait de la carte de séjour",  # «retraitée» would be «retrait»
        "يعاقب رغم أنه لم ينفذ الجريمة",  # «رغما عنها» (against her will) would be «رغم»
        "ترك عاجز في مكان خال من الناس",  # «خالتها» (her aunt) would be «خال»
        "بلاغ السيد وكيل الملك",  # «السيدا» (AIDS) would be «سيد»
    ],
)
def test_the_everyday_words_leave_ordinary_words_alone(text: str) -> None:
    from search.glossary import DEFAULT_EVERYDAY

    everyday = parse_glossary(DEFAULT_EVERYDAY.read_text(encoding="utf-8"), one_way=True)
    assert everyday.matches(text) == [], [r.rendering for _, r in everyday.matches(text)]


def test_the_shipped_glossary_reads_and_translates_both_ways() -> None:
    glossary = load_glossary(DEFAULT_GLOSSARY)
    assert len(glossary) > 300
    assert {"رسوم", "قضاء"} <= set(glossary.translate("les frais de justice"))
    assert {"sejour", "resident"} <= set(glossary.translate("الإقامة"))


@pytest.mark.parametrize(
    "text",
    [
        "donner des instructions",  # «données» stems like «donner»
        "من أجل",  # «أجل» is also a time limit
        "مبلغ الغرامة",  # «المبلغ» is also the informant
        "un membre d'un réseau",  # «الأعضاء» are also organs
        "حالة العود",  # «العودة» is also the return home
        "la personne arrêtée",  # «arrêté» is also a ministerial order
    ],
)
def test_the_shipped_glossary_keeps_its_homographs_apart(text: str) -> None:
    translated = load_glossary(DEFAULT_GLOSSARY).translate(text)
    assert not {"معطيات", "بيانات", "dénonci", "organ", "rapatri", "قرار"} & set(translated), translated


def test_glossary_and_lexicon_translations_merge_at_their_best_score() -> None:
    from search.lexicon import Lexicon

    lexicon = Lexicon(table={"frais": [("نفق", 0.5), ("رسوم", 0.2)]})
    translated = translate_query("frais de justice", lexicon, parse_glossary(SAMPLE))
    assert translated == {
        "نفق": 0.5,
        "رسوم": WEIGHT,
        "قضاء": WEIGHT,
        "صواءر": WEIGHT,
        "رسوم+قضاء": WEIGHT * PAIR_WEIGHT,
    }
    assert translate_query("frais de justice", lexicon, Glossary()) == {"نفق": 0.5, "رسوم": 0.2}


def test_neighbouring_words_translate_as_a_pair_of_their_best_translations() -> None:
    from search.lexicon import Lexicon

    lexicon = Lexicon(table={"victim": [("ضحي", 0.8)], "etranger": [("اجنب", 0.6), ("غريب", 0.3)]})
    translated = translate_query("victime étrangère", lexicon, Glossary())
    assert translated["ضحي+اجنب"] == pytest.approx(0.6 * PAIR_WEIGHT)  # the weaker of the two translations
    assert "ضحي+غريب" not in translated and "اجنب+ضحي" not in translated


def test_untranslated_lists_what_neither_lexicon_nor_glossary_reaches() -> None:
    from haystack import Document

    from search.glossary import untranslated

    def passage(text: str, work: str = "w", language: str = "ar", current: bool = True) -> Document:
        return Document(content=text, meta={"work_id": work, "language": language, "current": current})

    passages = [
        passage("الرسوم القضائية والكلمة المجهولة"),
        passage("الرسوم القضائية والكلمة المجهولة 12"),
        passage("الكلمة المجهولة", current=False),  # an older wording counts for nothing
        passage("النص المزدوج", work="both"),
        passage("texte double", work="both", language="fr"),
    ]
    lexicon = {"كلم": [("mot", 0.9)]}
    found = dict((phrase, n) for n, phrase in untranslated(passages, lexicon, parse_glossary(SAMPLE)))
    # «الرسوم القضائية» is a glossary form (not each of its words alone); «الكلمة» a lexicon word; «المجهولة»
    # neither; the work in both languages is left out.
    assert found == {"الرسوم": 2, "القضائية": 2, "المجهولة": 2, "والكلمة المجهولة": 2, "القضائية والكلمة": 2}


@pytest.mark.parametrize(
    "text",
    [
        "الطلب المقدم إلى المحكمة",  # «المقدم»: submitted, not the local official
        "تسعى الدولة إلى حماية الضحايا",  # «تسعى»: strives, and Darija «كتسعا» (begs) analyses the same
        "يعاقب بالحبس من شهر إلى سنة",  # «الشهرية» would be «شهر»
        "لعدة مرات",  # «مراتي» would be «مرات»
        "يقر القانون بحق الضحية",  # «يقرا» would be «يقر»
        "يقود عصابة إجرامية",  # «كيقود» would be «يقود»
        "أرض خالية",  # «خالها» would be «خال»
        "الحراك الاجتماعي",
        "سد الخصاص",
        "الفساد الإداري",  # corruption, not prostitution
        "فتح الباب",  # «باباه» would be «باب»
        "حقوق الطلاب",  # «الطلابة» (beggars) would be «طلاب» (a review)
        "يخلص التقرير إلى التوصيات",  # «كيخلصوني» (they pay me) would be «يخلص»
        "يجب أن يخلصوا الضحايا من الاستغلال",  # «كيخلصوها» would be «يخلصو»
        "السجن تسع سنوات",  # «تسعا» (she begs) would be «تسع»
        "في الدار البيضاء",  # Casablanca: «فالدار» (at home, domestic work) would be «دار»
    ],
)
def test_the_darija_list_leaves_msa_questions_alone(text: str) -> None:
    from search.glossary import DEFAULT_DARIJA

    darija = parse_glossary(DEFAULT_DARIJA.read_text(encoding="utf-8"), one_way=True)
    assert darija.matches(text) == [], text


def test_the_expander_adds_synonyms_without_lowering_the_questions_own_words() -> None:
    own = SparseEmbedding(indices=[term_index("depen")], values=[1.0])
    expander = SynonymExpander(glossary=parse_glossary(SAMPLE))
    expanded = expander.run(sparse_embedding=own, text="les dépens")["sparse_embedding"]
    assert dict(zip(expanded.indices, expanded.values, strict=True)) == {
        term_index("depen"): 1.0,  # the question's own word keeps its weight
        term_index("frais+justic"): SYNONYM_WEIGHT,
    }
    assert expander.run(sparse_embedding=own, text="autre chose")["sparse_embedding"] == own


def test_a_question_is_rendered_in_the_other_language_by_the_first_form_of_each_concept() -> None:
    glossary = parse_glossary(SAMPLE + "victime\tالضحية\n")
    # In the question's order, each concept once, as its first form is written (not its analysed terms).
    assert glossary.render("Les dépens de la victime et ses moyens de transport, et les frais de justice") == (
        "الرسوم القضائية الضحية وسائل النقل"
    )
    assert glossary.render("الصوائر") == "frais de justice"
    assert glossary.render("rien de connu") == ""
    # A form inside a longer one found at the same place is the longer concept's.
    nested = parse_glossary("frais\tالمصاريف\nfrais de justice\tالرسوم القضائية\n")
    assert nested.render("les frais de justice") == "الرسوم القضائية"
    # Read one way, a Darija form renders as its MSA form.
    assert parse_glossary(DARIJA_SAMPLE, one_way=True).render("خذا ليها الزرزوبة") == "المحفظة"


def test_no_french_form_of_several_words_shrinks_to_one_word() -> None:
    # «ayants droit» was «droit» once analysed: every question on rights then named the concept, and its rendering
    # («ذوو الحقوق») moved their sense search (a review). A single specific word may stay: «en référé» is «référé».
    import re

    shrunk = []
    for line in DEFAULT_GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            for form in line.split("\t")[0].split("|"):
                words = analyze_words(form.strip(), "fr")
                if len(re.findall(r"\w+", form)) >= 2 and len(words) == 1 and words != [("refer",)]:
                    shrunk.append(form.strip())
    assert shrunk == []
