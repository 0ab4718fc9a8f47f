"""Notices said in the reader's language: Arabic or French (the pipeline writes them in English).

A notice's fields (`search.results.Notice`: code, article, work_id, works, languages, text, keys) say everything
its message says; this module writes the message again from them, naming works by their short titles in that
language rather than by catalogue ids. The web page does the same in `ui/js/i18n.js`; this serves the API and the
command line.

Usage::

    from search.notice_text import localized
    response = localized(searcher.search("المادة 999 من القانون 27.14"), "ar", searcher.catalogue)
    response.notices[0].message  # 'المادة 999 من القانون رقم 27.14 غير موجودة في النصوص المدرجة؛ …'
"""

from __future__ import annotations

from ingest.catalogue import Catalogue
from ingest.citation import arabic_number, article_word, citation_label
from ingest.text import dominant_language
from search.results import Notice, SearchResponse, added_by_user_mark

LANGUAGES = ("ar", "fr")

_TEMPLATES: dict[str, dict[str, str]] = {
    # No text named: the reader's word may be «الفصل» or «المادة», as the page says too.
    "citation_not_found": {
        "ar": "المادة أو الفصل {article} غير موجود في النصوص المدرجة",
        "fr": "L’article {article} n’est pas dans le corpus",
    },
    "citation_not_found_in": {
        "ar": "{label} {absent} في النصوص المدرجة",
        "fr": "{the_article} {article} ({work}) n’est pas dans le corpus",
    },
    "citation_not_found_elsewhere": {
        "ar": "{none} في «{work}» {word} رقم {article}، وإنما في: {articles}",
        "fr": "Le texte « {work} » n’a pas {of_article} {article} ; voir : {articles}",
    },
    "citation_in_amending_law": {
        "ar": "{label} {absent} في النصوص المدرجة، لكن {its} كما وردت في قانون لاحق موجودة في: {articles}",
        "fr": "L’article {article} ({work}) n’est pas dans le corpus, mais sa rédaction issue d’une loi postérieure "
        "y est : {articles}",
    },
    "citation_outside_corpus": {
        "ar": "المادة أو الفصل {article} من نص غير مدرج في النصوص",
        "fr": "L’article {article} appartient à un texte absent du corpus",
    },
    "citation_outside_corpus_named": {
        "ar": "المادة أو الفصل {article} من «{text}»، وهو نص غير مدرج في النصوص",
        "fr": "L’article {article} appartient à «{text}», un texte absent du corpus",
    },
    "citation_paragraph_not_found": {
        "ar": "لا توجد فقرة {paragraph} في {label}",
        "fr": "{the_article} {article} ({work}) n’a pas {of_paragraph} {paragraph}",
    },
    "citation_other_language": {
        "ar": "{the_word} {article} {present} في النصوص المدرجة باللغة {languages} فقط",
        "fr": "{the_article} {article} n’est dans le corpus qu’en {languages}",
    },
    "citation_filtered_out": {
        "ar": "{the_word} {article} {present} في النصوص المدرجة ({work}) لكن خارج التصفية المختارة",
        "fr": "{the_article} {article} est dans le corpus ({work}), mais hors des filtres choisis",
    },
    "work_outside_corpus": {
        "ar": "«{text}» غير مدرج في النصوص",
        "fr": "«{text}» n’est pas dans le corpus",
    },
    "work_outside_corpus_noted": {
        "ar": "«{text}» غير مدرج في النصوص، وتذكره حواشي التعديل في: {articles}",
        "fr": "«{text}» n’est pas dans le corpus ; les notes de modification le citent pour : {articles}",
    },
    "work_outside_corpus_other_way": {
        "ar": "«{text}» غير مدرج في النصوص؛ المدرج هو {works}، برقمه في الاتجاه المعاكس",
        "fr": "«{text}» n’est pas dans le corpus ; il contient {works}, au numéro inversé",
    },
    # The corpus holds legal texts: what a question asked for that it has none of (`search.material`).
    "material_outside_corpus_case_law": {
        "ar": "النصوص المدرجة نصوص قانونية، وليس فيها اجتهاد قضائي",
        "fr": "Le corpus contient des textes juridiques, pas de jurisprudence",
    },
    "material_outside_corpus_circular": {
        "ar": "ليس في النصوص المدرجة أي دورية أو منشور",
        "fr": "Le corpus ne contient aucune circulaire",
    },
    "material_outside_corpus_statistics": {
        "ar": "النصوص المدرجة نصوص قانونية، وليس فيها إحصائيات",
        "fr": "Le corpus contient des textes juridiques, pas de statistiques",
    },
    "number_read_reversed": {
        "ar": "قُرئ «{text}» على أنه {work}: رقم القانون يُكتب رقمه ثم سنته",
        "fr": "«{text}» est lu comme {work} : le numéro d’une loi s’écrit numéro, puis année",
    },
    "citation_ambiguous": {
        "ar": "لا يربط السؤال المادة {article} بنص من النصوص المدرجة؛ توجد مادة بهذا الرقم في: {works}",
        "fr": "La question ne rattache l’article {article} à aucun texte du corpus ; un article de ce numéro figure "
        "dans : {works}",
    },
    "citation_several_works": {
        "ar": "توجد مادة أو فصل بالرقم {article} في عدة نصوص: {works}؛ اذكر النص لعرض مادته وحدها",
        "fr": "Plusieurs textes du corpus ont un article {article} : {works} ; nommez le texte pour n’afficher que "
        "le sien",
    },
    "answers_in_other_language": {
        "ar": "قد تجيب أيضا مواد لا توجد إلا باللغة {languages}: {articles}",
        "fr": "Des articles qui n’existent qu’en {languages} répondent peut-être aussi : {articles}",
    },
    "answers_in_other_language_only": {
        "ar": "توجد المواد المطلوبة باللغة {languages} فقط: {articles}",
        "fr": "Ce qui est demandé n’existe qu’en {languages} : {articles}",
    },
    "provisions_in_language": {
        "ar": "مواد من نصوص أخرى أضافها «{work}» أو غيّرها، وهي موجودة باللغة {languages}: {articles}",
        "fr": "Articles d’autres textes que « {work} » a insérés ou modifiés, et qui existent en {languages} : "
        "{articles}",
    },
    "answers_outside_filters": {
        "ar": "قد تجيب أيضا مواد خارج التصفية المختارة: {articles}",
        "fr": "Des articles hors des filtres choisis répondent peut-être aussi : {articles}",
    },
    "work_filtered_out": {
        "ar": "{works} موجود في النصوص المدرجة لكن خارج التصفية المختارة",
        "fr": "{works} est dans le corpus, mais hors des filtres choisis",
    },
    "arabizi": {
        "ar": "يبدو أن السؤال مكتوب بالدارجة بحروف لاتينية، وهو ما لا يقرؤه البحث: اكتبه بالحروف العربية أو بالفرنسية؛ "
        "النتائج أدناه هي الأقرب فقط",
        "fr": "La question semble écrite en darija avec des lettres latines, ce que la recherche ne lit pas : "
        "écrivez-la en lettres arabes ou en français ; les résultats ci-dessous sont seulement les plus proches",
    },
    "spelling": {
        "ar": "تم البحث عن «{text}» (بعد تصحيح كلمات مكتوبة خطأ)",
        "fr": "Recherche faite pour « {text} » (mots mal orthographiés corrigés)",
    },
    "weak_match": {
        "ar": "لا شيء في النصوص المدرجة يطابق هذا السؤال عن قرب؛ النتائج هي الأقرب فقط، فتحقق منها قبل الاعتماد عليها",
        "fr": "Rien dans le corpus ne répond de près à cette question ; les résultats sont seulement les plus proches",
    },
}
_OTHERS_IN_CONTENTS = {
    "ar": "؛ وباقي مواده في فهرس «{work}»",
    "fr": " ; les autres articles sont dans la table des matières de « {work} »",
}
# What the results below a citation notice answer, when there are any (as the English message says).
_RESULTS_BELOW = {
    "ar": "؛ النتائج أدناه هي ما تطابقه كلمات السؤال",
    "fr": " ; les résultats ci-dessous sont ceux que les mots de la question trouvent",
}
_PROVISIONS_BELOW = {
    "ar": "؛ النتائج أدناه مقتضيات تطابقها كلمات السؤال",
    "fr": " ; les résultats ci-dessous sont des dispositions que trouvent les mots de la question",
}
_LANGUAGE_NAMES = {
    "ar": {"ar": "العربية", "fr": "الفرنسية", "en": "الإنجليزية"},
    "fr": {"ar": "arabe", "fr": "français", "en": "anglais"},
}


def question_language(query: str) -> str:
    """The language a question is written in, for its notices when the reader's is not known: "ar" or "fr" for the
    one its letters are mostly in (Darija with French words is Arabic), else "en"."""
    return dominant_language(query) or "en"


def localized(response: SearchResponse, language: str, catalogue: Catalogue) -> SearchResponse:
    """`response` with each notice's message in `language` (ar or fr); any other language leaves it as it is."""
    if language not in LANGUAGES or not response.notices:
        return response
    follow = bool(response.results)
    notices = [
        n.model_copy(update={"message": message(n, language, catalogue, follow and n.results_follow)})
        for n in response.notices
    ]
    return response.model_copy(update={"notices": notices})


def message(notice: Notice, language: str, catalogue: Catalogue, results_follow: bool = True) -> str:
    """The notice said in `language`; its English message when its code is not one this module knows."""
    code = notice.code
    if code == "citation_not_found" and notice.work_id:
        code = "citation_not_found_elsewhere" if notice.keys else "citation_not_found_in"
    elif code == "citation_outside_corpus" and notice.text:
        code = "citation_outside_corpus_named"
    elif code == "work_outside_corpus" and notice.keys:
        code = "work_outside_corpus_noted"
    elif code == "work_outside_corpus" and notice.works:
        code = "work_outside_corpus_other_way"
    elif code == "answers_in_other_language" and not results_follow:
        code = "answers_in_other_language_only"
    elif code == "material_outside_corpus":
        code = f"material_outside_corpus_{notice.material}"
    template = _TEMPLATES.get(code, {}).get(language)
    if template is None:
        return notice.message
    names = _LANGUAGE_NAMES[language]
    work = catalogue.get(notice.work_id) if notice.work_id else None
    # «الفصل 448-15 من مجموعة القانون الجنائي غير موجود»: the code's own word for an article, and its gender; the
    # 1985 Declaration's «paragraphe», «الفقرة» (a trial read «article» of its paragraphs).
    masculine = work is not None and article_word(work, "ar") == "الفصل"
    paragraph = work is not None and article_word(work, "fr") == "paragraphe"
    text = template.format(
        label=citation_label(work, notice.article or "", "ar") if work else f"المادة {notice.article}",
        absent="غير موجود" if masculine else "غير موجودة",
        none="لا يوجد" if masculine else "لا توجد",
        word="فصل" if masculine else "فقرة" if paragraph else "مادة",
        the_word=article_word(work, "ar") if work else "المادة",
        present="موجود" if masculine else "موجودة",
        the_article="Le paragraphe" if paragraph else "L’article",
        of_article="de paragraphe" if paragraph else "d’article",
        its="صيغته" if masculine else "صيغتها",
        article=arabic_number(notice.article or "") if language == "ar" else notice.article or "",
        work=_title(notice.work_id, language, catalogue),
        works=_some([_title(w, language, catalogue) for w in _in_catalogue_order(notice.works, catalogue)], language),
        languages=(" أو " if language == "ar" else " ou ").join(names.get(lang, lang) for lang in notice.languages),
        text=notice.text or "",
        paragraph=notice.paragraph or "",
        # A Moroccan text's paragraphs are «alinéas»; an international one's, «paragraphes».
        of_paragraph="d’alinéa" if work is not None and work.jurisdiction == "MA" else "de paragraphe",
        articles=_some([_article(key, language, catalogue) for key in notice.keys], language),
    )
    if code.startswith("answers_in_other_language") and notice.work_id:  # a work named alone: its first articles
        text += _OTHERS_IN_CONTENTS[language].format(work=_title(notice.work_id, language, catalogue))
    if code.startswith("material_outside_corpus"):
        return text + (_PROVISIONS_BELOW[language] if results_follow else ".")
    below = results_follow and code.startswith(("citation_", "work_outside"))
    return text + (_RESULTS_BELOW[language] if below else ".")


def _in_catalogue_order(work_ids: list[str], catalogue: Catalogue) -> list[str]:
    """The laws first, as the catalogue lists them (and as the page does)."""
    order = catalogue.positions
    return sorted(work_ids, key=lambda w: order.get(w, len(order)))


def _title(work_id: str | None, language: str, catalogue: Catalogue) -> str:
    work = catalogue.get(work_id) if work_id else None
    if work is None:
        return work_id or ""
    title = work.short_titles.get(language) or next(iter(work.short_titles.values()), None) or work.id
    return title + (added_by_user_mark(language) if work.added_by_user else "")


def _article(key: str, language: str, catalogue: Catalogue) -> str:
    """«Loi n° 27-14, article 5», «المادة الخامسة من القانون رقم 27.14»: the citation a reader writes."""
    work_id, _, article = key.partition(":")
    work = catalogue.get(work_id)
    if work is None:
        return key
    return citation_label(work, article, language) + (added_by_user_mark(language) if work.added_by_user else "")


def _some(names: list[str], language: str, most: int = 4) -> str:
    """The first `most` names, then how many more (as the page lists them)."""
    separator = "، " if language == "ar" else ", "
    if len(names) <= most + 1:  # «and 1 other» says less than the one name
        return separator.join(names)
    more = len(names) - most
    return separator.join([*names[:most], f"و{more} أخرى" if language == "ar" else f"et {more} autres"])
