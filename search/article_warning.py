"""The corpus's warning on an article's text: that it is a repeal, that another language version in force repeals it,
that a later law amended this wording, or that another language's notes date an amendment after it, and the
catalogue's note where its translation differs from the text that prevails. Said in the text's language, in the page's
words (ui/js/i18n.js), by the article view (`search.library.ArticleView.warning`) and the course-pack export
(`api.export`).

Usage::

    texts = library.wordings("ma-penal-code:494")
    french = next(t for t in texts if t.language == "fr")
    corpus_warning(french, texts, lambda t: library.consolidation_date("ma-penal-code", t))
    # «Abrogé selon le texte arabe (version consolidée au …) : le texte ci-dessous … n'est plus en vigueur.»
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from ingest.catalogue import Catalogue
from ingest.citation import format_date, law_number
from search.results import Passage

# The corpus's warnings, in the passage's language, as the page words its own (ui/js/i18n.js repealedSays,
# staleBelow, uncertainBelow, laterBody). {text}: the text that says it; {their}, {mine}: « (version consolidée au …)»
# where the catalogue dates that wording.
_WARNINGS = {
    "ar": {
        "repealed": "تنبيه: يفيد هذا النص أن الحكم قد أُلغي.",
        "stale": "ملغى حسب {text}{their}: أما النص أدناه{mine} فلا يأخذ هذا الإلغاء بعين الاعتبار، ولم يعد ساري "
        "المفعول.",
        "uncertain": "ملغى حسب {text}{their}: أما النص أدناه{mine} فلا يزال يورد صيغة له؛ تحقق من النص الساري المفعول "
        "قبل الاعتماد عليه.",
        "later": "تشير حاشية {text} إلى تعديل لاحق للصيغة أدناه{mine}: قد لا يكون هذا النص هو الساري المفعول.",
        "superseded": "تنبيه: النص أدناه صيغة سابقة للمادة عدّلها بعدها القانون رقم {law}؛ لم يعد ساري المفعول بهذه "
        "الصيغة.",
        "version": " (صيغة محينة بتاريخ {date})",
        "ar": "النص العربي",
        "fr": "النص الفرنسي",
        "en": "النص الإنجليزي",
    },
    "fr": {
        "repealed": "Attention : ce texte dit que l’article a été abrogé.",
        "stale": "Abrogé selon le {text}{their} : le texte ci-dessous{mine} ne tient pas compte de cette abrogation ; "
        "il n’est plus en vigueur.",
        "uncertain": "Abrogé selon le {text}{their} : le texte ci-dessous{mine} en donne encore une rédaction ; "
        "vérifiez le texte en vigueur avant de vous y fier.",
        "later": "Selon une note du {text}, l’article a été modifié après la version ci-dessous{mine} : ce texte n’est "
        "peut-être plus celui en vigueur.",
        "superseded": "Attention : le texte ci-dessous est une rédaction antérieure de l’article, modifiée depuis par "
        "la loi n° {law} ; il n’est plus en vigueur sous cette forme.",
        "version": " (version consolidée au {date})",
        "ar": "texte arabe",
        "fr": "texte français",
        "en": "texte anglais",
    },
    "en": {
        "repealed": "This text says the article was repealed.",
        "stale": "Repealed according to the {text}{their}: the text below{mine} does not reflect the repeal and is no "
        "longer in force.",
        "uncertain": "Repealed according to the {text}{their}: the text below{mine} still gives a wording; check the "
        "text in force before relying on it.",
        "later": "A note of the {text} records an amendment after the version below{mine}: this text may no longer be "
        "the one in force.",
        "superseded": "The text below is an earlier wording of the article, since amended by Law No. {law}; it is no "
        "longer in force as worded.",
        "version": " (consolidated as of {date})",
        "ar": "Arabic text",
        "fr": "French text",
        "en": "English text",
    },
}


def corpus_warning(
    chosen: Passage,
    wordings: Sequence[Passage],
    dated: Callable[[Passage], dt.date | None] = lambda p: None,
    language: str | None = None,
) -> str | None:
    """The corpus's warning for a text that is a repeal, that another language version in force repeals (firm when
    that text is dated after this one, else a call to check), that is a wording a later law amended (`amended_by`), or
    whose other language records a later amendment, and
    the catalogue's notes where the translation differs from the text that prevails and on the article's standing (a
    transitional period that has ended); None where the corpus gives no
    grounds for one. In the text's language, naming the text that says so and the dates; the repeal or amendment in
    ``language`` where given (a course pack's, as its page says it), the catalogue's notes still in the text's."""
    said = [_standing_warning(chosen, wordings, dated, language), chosen.translation_difference, chosen.standing_note]
    return " ".join(w for w in said if w) or None


def _standing_warning(
    chosen: Passage, wordings: Sequence[Passage], dated: Callable[[Passage], dt.date | None], language: str | None
) -> str | None:
    language = next((lang for lang in (language, chosen.language) if lang in _WARNINGS), "en")
    say = _WARNINGS[language]

    def version(passage: Passage) -> str:
        date = dated(passage)
        return say["version"].format(date=format_date(date, language)) if date else ""

    if chosen.repealed:
        return say["repealed"]
    if repealer := next((w for w in wordings if w is not chosen and w.repealed and w.current), None):
        mine, theirs = dated(chosen), dated(repealer)
        which = "stale" if mine and theirs and mine < theirs else "uncertain"
        return say[which].format(
            text=say.get(repealer.language, repealer.language), their=version(repealer), mine=version(chosen)
        )
    if chosen.amended_by:  # a wording a later law changed («الصيغة الأصلية … — عُدّلت بالقانون 03.23»)
        return say["superseded"].format(law=law_number(chosen.amended_by, language))
    if chosen.later_amendments:
        other = next((w.language for w in wordings if w.language != chosen.language and w.current), "ar")
        return say["later"].format(text=say.get(other, other), mine=version(chosen))
    return None


def consolidation_date(catalogue: Catalogue, work_id: str, passage: Passage) -> dt.date | None:
    """The date a consolidated text in force is consolidated to, as the catalogue records it (the page's «version
    consolidée au 5 juillet 2018»); None for another wording."""
    work = catalogue.get(work_id)
    version = work.version(passage.language) if work else None
    in_force = passage.wording == "consolidated" and passage.current
    return version.version_date if version and in_force else None


def with_warnings(texts: Sequence[Passage], work_id: str, catalogue: Catalogue) -> None:
    """Sets each of an article's texts (its language versions and wordings) its `corpus_warning`."""
    for text in texts:
        text.warning = corpus_warning(text, texts, lambda other: consolidation_date(catalogue, work_id, other))
