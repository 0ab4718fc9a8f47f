"""The words `daleel article` prints around an article's texts, in the reader's language.

A trial read an Arabic article with «In the other language», «Other wordings» and «previous/next» around it: the
command speaks the language asked for (``--lang``), else the article's, as the page does; English otherwise.

Usage::

    say = labels("ar")
    say("counterparts")  # «باللغة الأخرى»
"""

from __future__ import annotations

from collections.abc import Callable

_LABELS: dict[str, dict[str, str]] = {
    "counterparts": {"en": "In the other language", "fr": "Dans l’autre langue", "ar": "باللغة الأخرى"},
    "versions": {"en": "Other wordings", "fr": "Autres rédactions", "ar": "صيغ أخرى"},
    "history": {"en": "History", "fr": "Historique", "ar": "تاريخ النص"},
    "refers_to": {"en": "Refers to", "fr": "Renvoie à", "ar": "يحيل على"},
    "comma": {"en": ", ", "fr": ", ", "ar": "، "},
    "previous": {"en": "previous", "fr": "précédent", "ar": "السابق"},
    "next": {"en": "next", "fr": "suivant", "ar": "التالي"},
    # «نص ملغى», a repealed text: the Penal Code's «فصل» and the laws' «مادة» differ in gender (a review).
    "repealed": {"en": "repealed", "fr": "abrogé", "ar": "نص ملغى"},
    "repeal_line": {
        "en": "Repealed: this text only says the article was repealed",
        "fr": "Abrogé : ce texte dit seulement que l’article a été abrogé",
        "ar": "نص ملغى: لا يذكر هذا النص إلا إلغاءه",
    },
    "repealed_by": {
        "en": "Repealed according to {where}: not law in force",
        "fr": "Abrogé selon {where} : ce n’est pas le droit en vigueur",
        "ar": "نص ملغى بحسب {where}: ليس نافذا",
    },
    "stale": {
        "en": "not in force: repealed according to the text above",
        "fr": "pas en vigueur : abrogé selon le texte ci-dessus",
        "ar": "غير نافذ: نص ملغى بحسب النص أعلاه",
    },
    "later_amended": {
        "en": "Amended after this version, says the other language's note; may not be in force:",
        "fr": "Modifié après cette version, selon la note de l’autre langue ; peut ne plus être en vigueur :",
        "ar": "عدل بعد هذه الصيغة، بحسب حاشية اللغة الأخرى؛ قد لا يكون نافذا:",
    },
    "amended_after": {
        "en": "may not be in force: amended after this version, says a note of the text above",
        "fr": "peut ne plus être en vigueur : modifié après cette version, selon une note du texte ci-dessus",
        "ar": "قد لا يكون نافذا: عدل بعد هذه الصيغة، بحسب حاشية النص أعلاه",
    },
    "no_article": {
        "en": "no article (see the note)",
        "fr": "aucun article (voir la note)",
        "ar": "لا مادة (انظر الحاشية)",
    },
    "inserts": {"en": "Inserts", "fr": "Insère dans", "ar": "تضيف إلى"},
    "completes": {"en": "Completes", "fr": "Complète", "ar": "تتمم"},
    "amends": {"en": "Amends", "fr": "Modifie", "ar": "تغير"},
    "amends_completes": {"en": "Amends and completes", "fr": "Modifie et complète", "ar": "تغير وتتمم"},
    "supplements": {"en": "Supplements", "fr": "Complète", "ar": "تكمل"},
    "implements": {"en": "Implements", "fr": "Applique", "ar": "تطبق"},
    "publishes": {"en": "Publishes", "fr": "Publie", "ar": "تنشر"},
    "colon": {"en": ": ", "fr": " : ", "ar": ": "},  # French puts a space before a colon
    "note": {"en": "note", "fr": "note", "ar": "ملاحظة"},
    # The article asked for in a language the corpus lacks it in (a judge's trial read this in English).
    "not_in_language": {
        "en": "the corpus has no {lang} text of this article; the text below is in {shown}",
        "fr": "le corpus n’a pas cet article en {lang} ; le texte ci-dessous est en {shown}",
        "ar": "ليس في المتن نص هذه المادة {lang}؛ النص أدناه {shown}",
    },
}
# Languages as `not_in_language` names them.
_LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "fr": "French", "ar": "Arabic"},
    "fr": {"en": "anglais", "fr": "français", "ar": "arabe"},
    "ar": {"en": "بالإنجليزية", "fr": "بالفرنسية", "ar": "بالعربية"},
}


def labels(language: str | None) -> Callable[..., str]:
    """The label of a key in ``language`` (Arabic, French; English otherwise), its ``{fields}`` filled in."""
    lang = language if language in ("ar", "fr") else "en"

    def say(key: str, **fields: str) -> str:
        words = _LABELS.get(key)
        if words is None:  # a change type the list lacks: its own name, as before
            return key.capitalize()
        return words[lang].format(**fields)

    return say


def language_name(reader: str | None, language: str) -> str:
    """A language's name as `labels(reader)` words it («arabe», «بالفرنسية»); its code for one it does not know."""
    return _LANGUAGE_NAMES["en" if reader not in ("ar", "fr") else reader].get(language, language)
