"""The citation label: the one place that says how a practitioner cites an article.

Usage::

    from ingest.citation import citation_label
    citation_label(penal_code, "448-2", "ar")   # 'الفصل 448-2 من مجموعة القانون الجنائي'
    citation_label(law_19_12, "6", "fr")        # 'Loi n° 19-12, article 6'
    citation_label(law_19_12, "1", "fr")        # 'Loi n° 19-12, article premier'
    official_reference(law_27_14, "fr")         # 'Loi n° 27-14 relative à … ; dahir n° 1-16-127 du 25 août 2016 ; …'
    history_note(catalogue, penal_code, "448-2", "ar")  # '؛ مضاف بمقتضى المادة الأولى من القانون رقم 27.14 (الجريدة …)'
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.catalogue import Catalogue, OutsideAmendment, Relation, Work

_AR_WORDS = {"fasl": "الفصل", "madda": "المادة", "paragraph": "الفقرة"}
_FR_WORDS = {"fasl": "article", "madda": "article", "paragraph": "paragraphe"}
_EN_WORDS = {"fasl": "article", "madda": "article", "paragraph": "paragraph"}


def article_word(work: Work, language: str) -> str:
    """The word the work's text uses for its articles in ``language`` («الفصل», «المادة», «article»)."""
    convention = work.convention_for(language)
    return {"ar": _AR_WORDS, "fr": _FR_WORDS}.get(language, _EN_WORDS)[convention]


def _year(work: Work) -> int | None:
    """The year a wording is known by: its Bulletin officiel's, else its enactment's."""
    date = work.published or work.enacted
    return date.year if date else None


def original_wording_label(quoting: Work, language: str, amended_by: str | None = None) -> str:
    """How the original wording of an article, as an amending law enacted it, is labelled.

    «الصيغة الأصلية (القانون رقم 27.14، 2016) — عُدّلت بالقانون 03.23»,
    «rédaction d'origine (Loi n° 27-14, 2016), modifiée par la loi 03-23».
    """
    year = _year(quoting)
    title = quoting.short_title(language)
    if language == "ar":
        label = f"الصيغة الأصلية ({title}{'، ' + str(year) if year else ''})"
        return f"{label} — عُدّلت بالقانون {amended_by}" if amended_by else label
    label = f"rédaction d'origine ({title}{', ' + str(year) if year else ''})"
    return f"{label}, modifiée par la loi {law_number(amended_by, 'fr')}" if amended_by else label


def law_number(number: str, language: str) -> str:
    """A law's number as each language writes it: «03.23» in Arabic, «03-23» in French and English."""
    return number.replace("-", ".") if language == "ar" else number.replace(".", "-")


def amending_wording_label(quoting: Work, language: str, completes: bool = False) -> str:
    """How an existing article's wording, as an amending law rewrote or completed it, is labelled: not the
    article's original wording but the one that law gave it.

    «الصيغة كما غيرها القانون رقم 103.13 (2018)», «الصيغة كما تممها …», «rédaction issue de la loi n° 103-13 (2018)».
    """
    year = _year(quoting)
    title = quoting.short_title(language)
    dated = f"{title} ({year})" if year else title
    if language == "ar":
        return f"الصيغة كما {'تممها' if completes else 'غيرها'} {dated}"
    return f"rédaction issue de la {dated[:1].lower()}{dated[1:]}"


# The canonical number keeps the Latin suffix («242 bis», `ingest.article_numbers`); Arabic writes «242 مكرر».
_ARABIC_SUFFIXES = {"bis": "مكرر", "ter": "مكرر مرتين", "quater": "مكرر ثلاث مرات"}
# The first article is cited by its ordinal, as French says «article premier».
_AR_FIRST = {("الفصل", "1"): "الأول", ("المادة", "1"): "الأولى", ("الفقرة", "1"): "الأولى"}


def arabic_number(number: str) -> str:
    """An article's canonical number as Arabic writes it: «242 bis» → «242 مكرر»."""
    head, _, suffix = number.rpartition(" ")
    return f"{head} {_ARABIC_SUFFIXES[suffix]}" if head and suffix in _ARABIC_SUFFIXES else number


def _numbered(work: Work, number: str, language: str) -> tuple[str, str, bool]:
    """The article word, the number as a citation writes it («الأولى», «premier», «242 مكرر») and whether the article
    is the promulgating dahir's."""
    word = article_word(work, language)
    dahir = number.startswith("dahir-")
    number = number.removeprefix("dahir-")
    if language == "ar":
        number = arabic_number(number)
        word = "الفصل" if dahir else word
        # «المادة الأولى من القانون رقم 27.14», as the law and those who cite it write it (a trial read «المادة 1»);
        # its other articles too where its text heads them so («المادة الثانية»: a trial found «المادة 2» beside
        # the amendment notes' «المادة الثانية من القانون رقم 27.14»).
        if work.ordinal_articles and not dahir and number.isdigit() and 0 < int(number) <= len(_AR_ORDINALS):
            return word, _AR_ORDINALS[int(number) - 1], dahir
        return word, _AR_FIRST.get((word, number), number), dahir
    return word, "premier" if language == "fr" and number == "1" and word == "article" else number, dahir


def citation_label(work: Work, number: str, language: str) -> str:
    """The citation a practitioner would write for article ``number`` of ``work``, in ``language``."""
    title = work.short_title(language)
    word, shown, dahir = _numbered(work, number, language)
    if language == "ar":
        return f"{word} {shown} من {'ظهير ' if dahir else ''}{title}"
    return f"{title}, dahir, article {shown}" if dahir else f"{title}, {word} {shown}"


def article_label(work: Work, number: str, language: str) -> str:
    """The article alone, as a list of the work's articles names it under the work's title: «الفصل 448-2», «المادة
    الأولى», «Article premier», «Article 24»."""
    word, shown, dahir = _numbered(work, number, language)
    if language == "ar":
        return f"{word} {shown} من الظهير" if dahir else f"{word} {shown}"
    return f"{'Dahir, article' if dahir else word[:1].upper() + word[1:]} {shown}"


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
    lang = "fr" if language == "fr" else "en"
    number, page = _GAZETTE_NUMBER_RE.search(arabic), _GAZETTE_PAGE_RE.search(arabic)
    edition, no, of = {"fr": ("édition arabe", "n°", "du"), "en": ("Arabic edition", "no.", "of")}[lang]
    out = f"Bulletin officiel ({edition})" + (f" {no} {number[1]}{' bis' if number[2] else ''}" if number else "")
    return out + f" {of} {format_date(work.published, lang)}" + (f", p. {page[1]}" if page else "")


def _dahir(work: Work, lang: str) -> str | None:
    """«ظهير شريف رقم 1.16.127 بتاريخ 25 أغسطس 2016», «dahir n° 1-93-363 du 21 novembre 1996 portant publication
    de la convention»."""
    if not work.dahir:
        return None
    number = law_number(work.dahir.number, lang)
    out = {"ar": f"ظهير شريف رقم {number}", "fr": f"dahir n° {number}", "en": f"dahir no. {number}"}[lang]
    if work.dahir.date:
        out += {"ar": " بتاريخ ", "fr": " du ", "en": " of "}[lang] + format_date(work.dahir.date, lang)
    if work.jurisdiction == "international":
        what = _PUBLISHED[lang].get(work.type, _PUBLISHED_DEFAULT[lang])
        out += {"ar": f" بنشر {what}", "fr": f" portant publication {what}", "en": f" publishing {what}"}[lang]
    return out


def official_reference(
    work: Work, language: str, consolidated_on: dt.date | None = None, published_in: str | None = None
) -> str | None:
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
    return _SEPARATOR[lang].join(parts) if parts != [title] else None


def translation_note(language: str, translation_of: str | None) -> str:
    """What the reference of a translated text ends with, empty for an original: « ; traduction (le texte arabe fait
    foi)», the language named being that of the text with legal force (`LanguageVersion.translation_of`)."""
    if not translation_of:
        return ""
    lang = language if language in ("ar", "fr") else "en"
    prevailing = _LANGUAGE_ADJECTIVES[lang].get(translation_of, translation_of)
    return _SEPARATOR[lang] + _TRANSLATION_OF[lang].format(language=prevailing)


_TRANSLATION_OF = {"ar": "ترجمة (النص {language} هو الذي يعتد به)", "fr": "traduction (le texte {language} fait foi)",
                   "en": "a translation (the {language} text prevails)"}
_LANGUAGE_ADJECTIVES = {"ar": {"ar": "العربي", "fr": "الفرنسي", "en": "الإنجليزي"},
                        "fr": {"ar": "arabe", "fr": "français", "en": "anglais"},
                        "en": {"ar": "Arabic", "fr": "French", "en": "English"}}


# «المادة الأولى» … «المادة العاشرة», as Moroccan laws name their first articles.
_AR_ORDINALS = ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
                "العاشرة")


def history_note(
    catalogue: Catalogue, work: Work, article: str, language: str, as_of: dt.date | None = None
) -> str:
    """What the reference of a consolidated article adds for each later law of the catalogue that inserted,
    completed or amended it, oldest first, empty if none did: «؛ مضاف بمقتضى المادة الأولى من القانون رقم 27.14» (a
    «الفصل»; an «المادة» is «مضافة»), « ; inséré par l'article premier de la loi n° 27-14, modifié par la loi n°
    03-23», « ; complété par l'article 3 de la loi n° 27-14» (CPP 82-7), « ; modifié par l'article 2 de la loi n°
    103-13» (Penal Code 404). Only the laws the catalogue holds: a code consolidated since has others. With ``as_of``
    (a consolidated text's date), not a law enacted after it: that text does not have its wording."""
    # The laws the corpus does not hold, as the source's notes name them (CPP 82-5-3, inserted by Law 03.23).
    outside = [change for change in work.outside_amendments if article in change.articles and _before(change, as_of)]
    # Each law with its Bulletin officiel: a judge's trial read the code's 1963 gazette as the source of a 2016 article.
    clauses = [
        (
            writer.enacted,
            _history_clause(
                work, writer.short_title(language), relation, language, outside, gazette_reference(writer, language)
            ),
        )
        for writer, relation in written_by(catalogue, work.id, article)
        if as_of is None or writer.enacted is None or writer.enacted <= as_of
    ]
    clauses += [
        (change.enacted, _history_clause(work, _law_title(change.law, language), change, language))
        for change in outside
    ]
    clauses.sort(key=lambda clause: clause[0] or dt.date.max)
    return "".join(_SEPARATOR[language if language in _SEPARATOR else "en"] + clause for _, clause in clauses)


def _before(change: OutsideAmendment, as_of: dt.date | None) -> bool:
    """Whether a consolidated text of ``as_of`` has the change. One of unknown date is read from the notes of the text
    the catalogue holds (CPP 82-5-1's Law 03.23, whose date the excerpt lacks), which therefore has it."""
    return as_of is None or change.enacted is None or change.enacted <= as_of


def _law_title(number: str, language: str) -> str:
    return {"ar": "القانون رقم ", "fr": "Loi n° "}.get(language, "Law No. ") + law_number(number, language)


# What a later law did to an article, by relation: Arabic masculine and feminine («الفصل», «المادة»), French, English.
_HISTORY_VERBS = {
    "inserts": ("مضاف", "مضافة", "inséré", "inserted"),
    "completes": ("متمم", "متممة", "complété", "completed"),
    "amends": ("مغير", "مغيرة", "modifié", "amended"),
    "amends_completes": ("مغير ومتمم", "مغيرة ومتممة", "modifié et complété", "amended and completed"),
}


def _history_clause(
    work: Work,
    title: str,
    relation: Relation | OutsideAmendment,
    language: str,
    outside: list[OutsideAmendment] | None = None,
    gazette: str | None = None,
) -> str:
    masculine, feminine, french, english = _HISTORY_VERBS[relation.type]
    published = f" ({gazette})" if gazette else ""
    via, later = relation.via_article, getattr(relation, "amended_by", None)
    if later and any(change.law == later for change in outside or ()):
        later = None  # said in its own clause, with its article (CPP 82-5-1: «modifié et complété par l'article 2…»)
    if language == "ar":
        is_feminine = article_word(work, "ar") == "المادة"
        ordinal = _AR_ORDINALS[int(via) - 1] if via and via.isdigit() and 0 < int(via) <= 10 else via
        by = (f"المادة {ordinal} من {title}" if via else title) + published
        changed = "مغيرة" if is_feminine else "مغير"
        amended = f"، و{changed} بمقتضى القانون رقم {law_number(later, 'ar')}" if later else ""
        return f"{feminine if is_feminine else masculine} بمقتضى {by}{amended}"
    if language == "fr":
        title = ("la " if title.startswith("Loi") else "") + title[:1].lower() + title[1:]
        by = (f"l'article {'premier' if via == '1' else via} de {title}" if via else title) + published
        return f"{french} par {by}" + (f", modifié par la loi n° {law_number(later, 'fr')}" if later else "")
    by = (f"article {via} of {title}" if via else title) + published
    return f"{english} by {by}" + (f", amended by Law No. {law_number(later, 'en')}" if later else "")


def wording_articles(catalogue: Catalogue, work_id: str, article: str) -> list[str]:
    """The keys of the articles of the catalogue's laws that give the wording of the work's article («ma-cpp», «302»
    → «ma-law-103-13:6»), oldest first; none whose wording a later law has since replaced (`Relation.amended_by`)."""
    keys = (
        f"{law.id}:{relation.via_article}"
        for law, relation in written_by(catalogue, work_id, article)
        if relation.via_article and not relation.amended_by
    )
    return list(dict.fromkeys(keys))


def written_by(catalogue: Catalogue, work_id: str, article: str) -> list[tuple[Work, Relation]]:
    """The catalogue's laws that inserted, completed or amended the work's article, oldest first; not a user's
    upload, which cannot say what an official text is."""
    found = [
        (w, r) for w in catalogue.works if not w.added_by_user for r in w.relations
        if r.type in _HISTORY_VERBS and r.target == work_id and article in r.articles
    ]
    return sorted(found, key=lambda pair: pair[0].enacted or dt.date.min)
