"""The citation label: the one place that says how a practitioner cites an article.

Usage::

    from ingest.citation import citation_label
    citation_label(penal_code, "448-2", "ar")   # 'الفصل 448-2 من مجموعة القانون الجنائي'
    citation_label(law_19_12, "6", "fr")        # 'Loi n° 19-12, article 6'
    citation_label(law_19_12, "1", "fr")        # 'Loi n° 19-12, article premier'
    official_reference(law_27_14, "fr")         # 'Loi n° 27-14 relative à … ; dahir n° 1-16-127 du 25 août 2016 ; …'
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.catalogue import Work

_AR_WORDS = {"fasl": "الفصل", "madda": "المادة", "paragraph": "الفقرة"}
_FR_WORDS = {"fasl": "article", "madda": "article", "paragraph": "paragraphe"}
_EN_WORDS = {"fasl": "article", "madda": "article", "paragraph": "paragraph"}


def article_word(work: Work, language: str) -> str:
    """The word the work's text uses for its articles in ``language`` («الفصل», «المادة», «article»)."""
    convention = work.convention_for(language)
    return {"ar": _AR_WORDS, "fr": _FR_WORDS}.get(language, _EN_WORDS)[convention]


def original_wording_label(quoting: Work, language: str, amended_by: str | None = None) -> str:
    """How the original wording of an article, as an amending law enacted it, is labelled.

    «الصيغة الأصلية (القانون رقم 27.14، 2016) — عُدّلت بالقانون 03.23»,
    «rédaction d'origine (Loi n° 27-14, 2016), modifiée par la loi 03-23».
    """
    year = quoting.published.year if quoting.published else (quoting.enacted.year if quoting.enacted else None)
    title = quoting.short_title(language)
    if language == "ar":
        label = f"الصيغة الأصلية ({title}{'، ' + str(year) if year else ''})"
        return f"{label} — عُدّلت بالقانون {amended_by}" if amended_by else label
    label = f"rédaction d'origine ({title}{', ' + str(year) if year else ''})"
    return f"{label}, modifiée par la loi {amended_by.replace('.', '-')}" if amended_by else label


def citation_label(work: Work, number: str, language: str) -> str:
    """The citation a practitioner would write for article ``number`` of ``work``, in ``language``."""
    title = work.short_title(language)
    word = article_word(work, language)
    dahir = number.startswith("dahir-")
    number = number.removeprefix("dahir-")
    if language == "ar":
        if dahir:
            return f"الفصل {number} من ظهير {title}"
        return f"{word} {number} من {title}"
    shown = "premier" if language == "fr" and number == "1" and word == "article" else number
    if dahir:
        return f"{title}, dahir, article {shown}"
    return f"{title}, {word} {shown}"


# The month names of the Bulletin officiel's own date lines («(19 سبتمبر 2016)»), so that one reference
# does not mix them with the Maghreb forms («شتنبر»); the first of a month is «فاتح», as there.
_AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
              "ديسمبر")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_GAZETTE_NUMBER_RE = re.compile(r"عدد\s+(\d+)(\s+مكرر)?")
_GAZETTE_PAGE_RE = re.compile(r"ص\s+(\d+)")
# What a publishing dahir publishes, by work type: «ظهير شريف … بنشر الاتفاقية», «dahir … portant publication
# de la convention».
_PUBLISHED = {
    "ar": {"protocol": "البروتوكول", "declaration": "الإعلان"},
    "fr": {"protocol": "du protocole", "declaration": "de la déclaration"},
    "en": {"protocol": "the Protocol", "declaration": "the Declaration"},
}
_PUBLISHED_DEFAULT = {"ar": "الاتفاقية", "fr": "de la convention", "en": "the Convention"}
_SEPARATOR = {"ar": "؛ ", "fr": " ; ", "en": "; "}


def format_date(date: dt.date, language: str) -> str:
    """«25 أغسطس 2016», «25 août 2016», «25 August 2016»; the 1st is «فاتح» in Arabic and «1er» in French."""
    months = {"ar": _AR_MONTHS, "fr": _FR_MONTHS}.get(language, _EN_MONTHS)
    day = {"ar": "فاتح", "fr": "1er"}.get(language, "1") if date.day == 1 else str(date.day)
    return f"{day} {months[date.month - 1]} {date.year}"


def gazette_reference(work: Work, language: str) -> str | None:
    """The Bulletin officiel reference in ``language``: the catalogue's own wording where it has one, else the
    Arabic edition's number and page (read from its Arabic wording) with the publication date."""
    if language in work.gazette:
        return work.gazette[language]  # type: ignore[index]
    arabic = work.gazette.get("ar")
    if language == "ar" or not arabic or not work.published:
        return arabic if language == "ar" else None
    number, page = _GAZETTE_NUMBER_RE.search(arabic), _GAZETTE_PAGE_RE.search(arabic)
    if language == "fr":
        out = "Bulletin officiel (édition arabe)"
        out += f" n° {number[1]}{' bis' if number[2] else ''}" if number else ""
        out += f" du {format_date(work.published, 'fr')}" + (f", p. {page[1]}" if page else "")
        return out
    out = "Bulletin officiel (Arabic edition)" + (f" no. {number[1]}{' bis' if number[2] else ''}" if number else "")
    return out + f" of {format_date(work.published, 'en')}" + (f", p. {page[1]}" if page else "")


def _dahir(work: Work, lang: str) -> str | None:
    """«ظهير شريف رقم 1.16.127 بتاريخ 25 أغسطس 2016», «dahir n° 1-93-363 du 21 novembre 1996 portant publication
    de la convention»."""
    if not work.dahir:
        return None
    number = work.dahir.number if lang == "ar" else work.dahir.number.replace(".", "-")
    out = {"ar": f"ظهير شريف رقم {number}", "fr": f"dahir n° {number}", "en": f"dahir no. {number}"}[lang]
    if work.dahir.date:
        out += {"ar": " بتاريخ ", "fr": " du ", "en": " of "}[lang] + format_date(work.dahir.date, lang)
    if work.jurisdiction == "international":
        what = _PUBLISHED[lang].get(work.type, _PUBLISHED_DEFAULT[lang])
        out += {"ar": f" بنشر {what}", "fr": f" portant publication {what}", "en": f" publishing {what}"}[lang]
    return out


def official_reference(
    work: Work, language: str, consolidated_on: dt.date | None = None, published_in: str | None = None
) -> str:
    """The full reference, in ``language``, of the text an article is read from, as a practitioner cites it under
    the article: title, dahir, Bulletin officiel and, for a consolidated text, the date it is consolidated to.
    ``published_in`` names where this language's text comes from when Morocco published the work in another
    language (a treaty's French text from the Swiss RS): the Moroccan publication is then said to be that
    other text's. Only what the catalogue records is said; a part it lacks is left out, never guessed.

    «القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127 بتاريخ 25 أغسطس 2016؛ الجريدة الرسمية
    عدد 6501 …، ص 6644»; «Convention relative aux droits de l'enfant (20 novembre 1989) ; texte français : RS 0.107
    (…) ; texte arabe publié au Maroc : dahir n° 1-93-363 du 21 novembre 1996 portant publication de la convention,
    Bulletin officiel (édition arabe) n° 4440 du 19 décembre 1996, p. 2847».
    """
    lang = language if language in ("ar", "fr") else "en"
    title = work.titles.get(language) or work.short_title(language)  # type: ignore[call-overload]
    dated = work.jurisdiction == "international" or work.dahir is None
    parts = [f"{title} ({format_date(work.enacted, lang)})" if dated and work.enacted else title]
    moroccan = [p for p in (_dahir(work, lang), gazette_reference(work, lang)) if p]
    if published_in:
        parts.append({"ar": "النص العربي: ", "fr": "texte français : ", "en": "English text: "}[lang] + published_in)
        if moroccan:
            parts.append({"ar": "النشر بالمغرب: ", "fr": "texte arabe publié au Maroc : ",
                          "en": "Arabic text published in Morocco: "}[lang] + ", ".join(moroccan))
    else:
        parts += moroccan
    if consolidated_on:
        parts.append({"ar": "صيغة محينة بتاريخ ", "fr": "version consolidée au ", "en": "consolidated to "}[lang]
                     + format_date(consolidated_on, lang))
    return _SEPARATOR[lang].join(parts)
