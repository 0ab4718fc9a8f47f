"""The citation label: the one place that says how a practitioner cites an article.

Usage::

    from ingest.citation import citation_label
    citation_label(penal_code, "448-2", "ar")   # 'الفصل 448-2 من مجموعة القانون الجنائي'
    citation_label(law_19_12, "6", "fr")        # 'Loi n° 19-12, article 6'
    citation_label(law_19_12, "1", "fr")        # 'Loi n° 19-12, article premier'
"""

from __future__ import annotations

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
