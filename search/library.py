"""Browse what is indexed: the works, their language versions, their articles in order.

Everything here is read from the index (what was really ingested) and the catalogue (what each
work is); nothing outside the corpus is ever returned.

Usage::

    library = Library(PassageIndex(store), catalogue)
    library.works()[0].id                            # 'ma-law-27-14'
    library.article("ma-penal-code", "448-2").text   # the article's whole text
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from haystack import Document
from pydantic import BaseModel, Field

from ingest.article_numbers import normalize_number, sort_key
from ingest.catalogue import Catalogue, Work
from ingest.citation import article_label, article_word, citation_label, wording_articles
from ingest.structure import paragraphs
from search.article_warning import consolidation_date, with_warnings
from search.passage_index import PassageIndex
from search.results import (
    Citation,
    CrossReference,
    Passage,
    added_by_user_mark,
    citation_from_meta,
    marked_label,
    passage_from_meta,
)

_SEPARATORS = {"ar": "، ", "fr": " ; "}


class UnknownError(LookupError):
    """An unknown work or article; the message names it. ``see``: the articles of the corpus's laws that give the
    missing article's wording (CPP 302, which the corpus lacks, is rewritten by Law 103-13's article 6).
    ``localized``: the message in Arabic and French, with citations as a reader writes them, not ids. ``inserted``:
    for a law's article number it lacks, the other work's article of that number it inserted or amended
    («ma-law-27-14», «448-2» → «ma-penal-code:448-2»)."""

    def __init__(
        self,
        message: str,
        see: list[str] | None = None,
        localized: dict[str, str] | None = None,
        inserted: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.see = see or []
        self.localized = localized or {}
        self.inserted = inserted or []


class VersionSummary(BaseModel):
    language: str
    source: str
    wording: str
    version_date: str | None = None
    completeness: str = ""
    articles: int = Field(description="the work's own articles in this version")
    quoted_articles: int = Field(0, description="articles of other works that this text quotes (amending laws)")
    dahir_articles: int = Field(0, description="articles of the promulgating or publishing dahir")
    passages: int = 0


class WorkSummary(BaseModel):
    id: str
    type: str
    number: str | None
    jurisdiction: str
    titles: dict[str, str]
    short_titles: dict[str, str]
    enacted: str | None = None
    published: str | None = None
    gazette: dict[str, str] = Field(default_factory=dict)
    versions: list[VersionSummary]
    relations: list[dict] = Field(default_factory=list)
    added_by_user: bool = Field(default=False, description="a user's upload, not a text of the starter corpus")
    article_words: dict[str, str] = Field(
        default_factory=dict, description="the word its text uses for an article, by language («الفصل», «المادة»)"
    )
    ordinal_articles: bool = Field(
        default=False, description="its Arabic text heads its articles by ordinals («المادة الثانية»), cited so"
    )
    excerpt: dict[str, str] = Field(
        default_factory=dict,
        description="where the corpus holds only part of the work: which part, by language",
        examples=[
            {
                "fr": "Partie II bis seulement : protection des victimes, des témoins, des experts et des "
                "dénonciateurs (articles 82-4 à 82-10)"
            }
        ],
    )


class Change(BaseModel):
    """What an article of an amending law does to another work («inserts Penal Code 448-1 to 448-14»)."""

    type: str = Field(examples=["inserts"], description="inserts, amends, completes… as the catalogue records it")
    work: str = Field(examples=["ma-penal-code"])
    articles: list[str] = Field(default_factory=list, examples=[["448-1", "448-2"]])
    keys: list[str] = Field(default_factory=list, description="those of `articles` the index holds, as keys")
    note: str | None = None


class TocEntry(BaseModel):
    article: str
    label: str
    short_label: str = Field(
        default="", description="the article alone, for a list under the work's title", examples=["الفصل 448-2"]
    )
    heading_path: list[str]
    language: str = Field(default="", description="the language of the text listed: the one asked for where it exists")
    repealed: bool = Field(default=False, description="a text in force of the article says it was repealed")
    changes: list[Change] = Field(
        default_factory=list, description="for an article of an amending law: the articles it inserts or amends"
    )


class ParagraphView(BaseModel):
    marker: str | None = Field(default=None, examples=["1-", "أ)", "1°"])
    text: str


class ArticleView(BaseModel):
    citation: Citation
    language: str
    text: str
    heading_path: list[str]
    repealed: bool = Field(default=False, description="this text only says the article was repealed")
    changes: list[Change] = Field(
        default_factory=list, description="for an article of an amending law: the articles it inserts or amends"
    )
    later_amendments: list[str] = Field(
        default_factory=list,
        description="amendments another language's notes date after this text's consolidation date: this text may"
        " not be the law in force",
    )
    versions: list[Passage] = Field(default_factory=list, description="other wordings (original, consolidated)")
    counterparts: list[Passage] = Field(default_factory=list, description="the article in the other languages")
    paragraphs: list[ParagraphView] = Field(default_factory=list, description="paragraphs and numbered items")
    cross_references: list[CrossReference] = Field(default_factory=list)
    history: list[str] = Field(default_factory=list, description="publisher notes: when and how it was amended")
    warning: str | None = Field(
        default=None,
        description="the corpus's warning on this text, in its language: a repeal, by this text or by another language"
        " version in force («Abrogé selon le texte arabe…»), a later amendment, a translation that differs (none if"
        " there are no grounds)",
    )
    previous: str | None = None
    next: str | None = None


@dataclass
class _ArticleParts:
    documents: list[Document]

    @property
    def first(self) -> Document:
        return self.documents[0]

    @property
    def text(self) -> str:
        return "\n".join(d.content or "" for d in self.documents)


def _distinct_references(parts: list[Document]) -> list[CrossReference]:
    """The references an article's parts make, each once (Law 19-12 art. 23 says «المادة 6 أعلاه» three times: a
    trial saw it listed three times), in the order they first occur."""
    seen: dict[tuple[str, str | None, str | None], CrossReference] = {}
    for ref in (r for d in parts for r in d.meta.get("references") or []):
        seen.setdefault((ref["text"], ref.get("article"), ref.get("key")), CrossReference(**ref))
    return list(seen.values())


class Library:
    """Read-only views over the index (through the in-memory PassageIndex)."""

    def __init__(self, passages: PassageIndex, catalogue: Catalogue) -> None:
        self.passages = passages
        self.catalogue = catalogue
        self._law_dates: dict[tuple[str, int], dict[str, dt.date]] = {}

    def _missing_article(self, work: Work, number: str, see: list[str], inserted: Sequence[str] = ()) -> dict[str, str]:
        """«Not in the corpus» in Arabic and French, naming the article as a reader cites it (a trial read «no article
        '448-99' in 'ma-penal-code'» after an Arabic prefix), and where a later law gives its wording."""

        def cited(key: str, language: str) -> str:
            writer = self.catalogue.get(key.partition(":")[0])
            return citation_label(writer, key.partition(":")[2], language) if writer else key

        missing = {language: citation_label(work, number, language) for language in ("ar", "fr")}
        messages = {"ar": f"ليس في النصوص المدرجة: {missing['ar']}.", "fr": f"Absent du corpus : {missing['fr']}."}
        # Which part of the work the corpus holds, where only part (CPP 108, cited by 82-7, is outside Part II bis).
        for language in messages:
            if part := work.excerpt.get(language):  # type: ignore[call-overload]
                messages[language] += (
                    (" يضم النص المدرج منه: " if language == "ar" else " Le corpus en contient : ")
                    + part
                    + ("." if not part.endswith(".") else "")
                )
        if see:
            laws = {language: _SEPARATORS[language].join(cited(k, language) for k in see) for language in ("ar", "fr")}
            word = article_word(work, "ar")
            messages["ar"] += f" صيغة {word} {number} كما وردت في قانون لاحق موجودة في: {laws['ar']}."
            messages["fr"] += f" La rédaction de l’article {number} issue d’une loi postérieure y est : {laws['fr']}."
        if inserted:
            codes = {
                language: _SEPARATORS[language].join(cited(k, language) for k in inserted) for language in ("ar", "fr")
            }
            messages["ar"] += f" أما ما أضافه هذا النص أو غيّره تحت هذا الرقم فهو: {codes['ar']}."
            messages["fr"] += f" Ce texte a inséré ou modifié sous ce numéro : {codes['fr']}."
        return messages

    def _all(self) -> list[Document]:
        return self.passages.all()

    def _work(self, work_id: str) -> Work:
        work = self.catalogue.get(work_id)
        if work is None:
            raise UnknownError(
                f"unknown work {work_id!r}",
                localized={
                    "ar": f"لا يوجد في النصوص المدرجة نص معرّفه «{work_id}».",
                    "fr": f"Aucun texte du corpus n’a pour identifiant « {work_id} ».",
                },
            )
        return work

    def _articles(self, predicate) -> dict[tuple[str, str], _ArticleParts]:  # type: ignore[no-untyped-def]
        """(version_id, key) → the article's passages in order, for documents matching ``predicate``."""
        grouped: dict[tuple[str, str], list[Document]] = defaultdict(list)
        for document in self._all():
            if predicate(document):
                grouped[(document.meta["version_id"], document.meta["key"])].append(document)
        return {k: _ArticleParts(sorted(v, key=lambda d: d.meta.get("part", 0))) for k, v in grouped.items()}

    def works(self) -> list[WorkSummary]:
        return [self.work(w.id) for w in self.catalogue.works]

    def work(self, work_id: str) -> WorkSummary:
        work = self._work(work_id)
        parts = self._articles(lambda d: d.meta["version_id"].startswith(f"{work_id}/"))
        versions = []
        for version in work.versions:
            vid = f"{work.id}/{version.language}"
            mine = [p for (v, _), p in parts.items() if v == vid]
            own = [p for p in mine if p.first.meta["work_id"] == work.id]
            dahir = [p for p in own if str(p.first.meta["article"]).startswith("dahir-")]
            versions.append(
                VersionSummary(
                    language=version.language,
                    # The file's name only: «../pdf-samples/ma-penal-code.fr.pdf» told a client where the server
                    # reads its files (a trial).
                    source=PurePath(version.source).name,
                    wording=version.wording,
                    version_date=version.version_date.isoformat() if version.version_date else None,
                    completeness=version.completeness,
                    articles=len(own) - len(dahir),
                    quoted_articles=len(mine) - len(own),
                    dahir_articles=len(dahir),
                    passages=sum(len(p.documents) for p in mine),
                )
            )
        return WorkSummary(
            id=work.id,
            type=work.type,
            number=work.number,
            jurisdiction=work.jurisdiction,
            titles=dict(work.titles),
            short_titles=dict(work.short_titles),
            enacted=work.enacted.isoformat() if work.enacted else None,
            published=work.published.isoformat() if work.published else None,
            gazette=dict(work.gazette),
            versions=versions,
            relations=[r.model_dump(exclude_none=True) for r in work.relations],
            added_by_user=work.added_by_user,
            article_words={language: article_word(work, language) for language in ("ar", "fr")},
            ordinal_articles=work.ordinal_articles,
            excerpt=dict(work.excerpt),
        )

    def table_of_contents(self, work_id: str, language: str | None = None) -> list[TocEntry]:
        """The work's articles in order (current wording), in ``language`` where it exists."""
        work = self._work(work_id)
        parts = self._articles(lambda d: d.meta["work_id"] == work_id and d.meta.get("current") is not False)
        rank = _language_rank(work, language)
        chosen: dict[str, Document] = {}
        for (_, key), article in parts.items():
            doc = article.first
            if key not in chosen or rank(doc.meta["language"]) < rank(chosen[key].meta["language"]):
                chosen[key] = doc
        ordered = sorted(chosen.values(), key=lambda d: sort_key(d.meta["article"]))
        # Repealed where any text in force of the article says so, as the article's page says it (Penal Code 19 to 23
        # were listed as «en arabe seulement», a trial).
        repealed = self.passages.repealed_keys()
        return [
            TocEntry(
                article=d.meta["article"],
                label=marked_label(d.meta, self.catalogue),
                short_label=article_label(work, d.meta["article"], d.meta["language"])
                + (added_by_user_mark(d.meta["language"]) if work.added_by_user else ""),
                heading_path=d.meta.get("heading_path") or [],
                language=d.meta["language"],
                repealed=d.meta["key"] in repealed,
                # Law 27-14's contents were seven bare articles, the 448-x its first wrote nowhere (a trial).
                changes=self._changes(work_id, d.meta["article"]),
            )
            for d in ordered
        ]

    def wordings(self, key: str) -> list[Passage]:
        """Every text the corpus holds under an article key («ma-law-27-14:5»): each language and wording, whole, with
        the label, reference, `repealed` and `later_amendments` the article view gives it; none for an unknown key."""
        grouped: dict[str, list[Document]] = defaultdict(list)
        for document in self.passages.by_key(key):
            grouped[document.meta["version_id"]].append(document)
        parts = [_ArticleParts(sorted(v, key=lambda d: d.meta.get("part", 0))) for v in grouped.values()]
        wordings = []
        for part in parts:
            shown = passage_from_meta(part.text, part.first.meta, self.catalogue)
            shown.later_amendments = self._later_amendments(part.first.meta["work_id"], part, parts)
            wordings.append(shown)
        return wordings

    def consolidation_date(self, work_id: str, passage: Passage) -> dt.date | None:
        """The date a consolidated text in force is consolidated to (`search.article_warning.consolidation_date`)."""
        return consolidation_date(self.catalogue, work_id, passage)

    def article(self, work_id: str, article: str, language: str | None = None) -> ArticleView:
        work = self._work(work_id)
        number = normalize_number(article) or article
        key = f"{work_id}:{number}"
        parts = self._articles(lambda d: d.meta["key"] == key)
        if not parts:
            # As the search's `citation_in_amending_law` notice points (`search.pipeline.Searcher._written_in`).
            see = [k for k in wording_articles(self.catalogue, work_id, number) if self.passages.by_key(k)]
            # «ma-law-27-14:448-2»: the code's article the law inserted, asked for under the law (an audit).
            inserted = [
                key
                for relation in work.relations
                if relation.type in ("inserts", "completes", "amends")
                and number in relation.articles
                and self.passages.by_key(key := f"{relation.target}:{number}")
            ]
            message = f"no article {article!r} in {work_id!r}" + (
                " (the corpus holds part of it only)" if work.excerpt else ""
            )
            if inserted:
                message += f"; the article of that number it inserted or amended is {', '.join(inserted)}"
            raise UnknownError(
                message + (f"; its wording by a later law is in {', '.join(see)}" if see else ""),
                see,
                localized=self._missing_article(work, number, see, inserted),
                inserted=inserted,
            )
        current = [p for p in parts.values() if p.first.meta.get("current") is not False] or list(parts.values())
        rank = _language_rank(work, language)
        main = min(current, key=lambda p: rank(p.first.meta["language"]))
        meta = main.first.meta
        others = [p for p in parts.values() if p is not main]
        toc = [e.article for e in self.table_of_contents(work_id)]
        index = toc.index(number) if number in toc else -1

        def passage(p: _ArticleParts) -> Passage:
            shown = passage_from_meta(p.text, p.first.meta, self.catalogue)
            shown.later_amendments = self._later_amendments(work_id, p, list(parts.values()))
            return shown

        # The warning an API client gets with the text, as the page and the export say it: a trial read the French 494
        # through the API as in force, its repeal said only by the Arabic counterpart's `repealed`.
        # Each counterpart and wording with its own (a trial read the French 494 as a counterpart, `warning` null).
        texts = {id(p): passage(p) for p in parts.values()}
        with_warnings(list(texts.values()), work_id, self.catalogue)
        warning = texts[id(main)].warning

        return ArticleView(
            citation=citation_from_meta(meta, self.catalogue),
            language=meta["language"],
            text=main.text,
            heading_path=meta.get("heading_path") or [],
            repealed=bool(meta.get("repealed")),
            changes=self._changes(work_id, number),
            later_amendments=self._later_amendments(work_id, main, list(parts.values())),
            history=meta.get("history") or [],
            warning=warning,
            paragraphs=[ParagraphView(marker=p.marker, text=p.text) for p in paragraphs(main.text)],
            cross_references=_distinct_references(main.documents),
            versions=[
                texts[id(p)]
                for p in others
                if p.first.meta.get("current") is False or p.first.meta["language"] == meta["language"]
            ],
            counterparts=[
                texts[id(p)]
                for p in others
                if p.first.meta["language"] != meta["language"] and p.first.meta.get("current") is not False
            ],
            previous=toc[index - 1] if index > 0 else None,
            next=toc[index + 1] if 0 <= index < len(toc) - 1 else None,
        )

    def _changes(self, work_id: str, number: str) -> list[Change]:
        """The catalogue's relations made by this article: a law's «المادة الأولى» that inserts the trafficking
        articles into the Penal Code says little more than «يتمم … بالفرع السادس التالي», the rest is the code's."""
        work = self.catalogue.get(work_id)
        relations = [r for r in work.relations if r.via_article == number] if work else []
        if not relations:
            return []  # most articles: no pass over the index
        held = {d.meta["key"] for d in self._all()}
        return [
            Change(
                type=r.type,
                work=r.target,
                articles=r.articles,
                keys=[key for a in r.articles if (key := f"{r.target}:{a}") in held],
                note=r.note,
            )
            for r in relations
        ]

    def _later_amendments(self, work_id: str, text: _ArticleParts, parts: list[_ArticleParts]) -> list[str]:
        """The amendment notes of the article's other languages dated after ``text``'s consolidation date: the
        French Penal Code (consolidated 5 July 2018) prints for 352 the life sentence that Law 33-18 (2019) replaced,
        as the Arabic text's note says (a trial found it)."""
        work = self.catalogue.get(work_id)
        language = text.first.meta["language"]
        version = work.version(language) if work else None
        if version is None or version.version_date is None or text.first.meta.get("current") is False:
            return []
        notes = [
            note
            for p in parts
            if p.first.meta["language"] != language and p.first.meta.get("current") is not False
            for note in p.first.meta.get("history") or []
        ]
        laws = self._amending_law_dates(work_id)
        return [note for note in notes if (date := note_date(note, laws)) is not None and date > version.version_date]

    def _amending_law_dates(self, work_id: str) -> dict[str, dt.date]:
        """Law number → its date, from the work's notes that date it: many notes name a law «السالف الذكر»
        (mentioned above) without its date (Penal Code 353 and 574-1: Laws 33.18 and 12.18)."""
        generation, documents = self.passages.snapshot()
        cached = self._law_dates.get((work_id, generation))
        if cached is not None:
            return cached
        dates: dict[str, dt.date] = {}
        notes = {n for d in documents if d.meta.get("work_id") == work_id for n in d.meta.get("history") or []}
        for note in notes:
            for law, date in dated_laws(note).items():
                dates[law] = max(date, dates.get(law, date))
        kept = {k: v for k, v in self._law_dates.items() if k[1] == generation}
        self._law_dates = {**kept, (work_id, generation): dates}
        return dates


_MONTHS = {
    **dict.fromkeys(["يناير", "janvier", "january"], 1),
    **dict.fromkeys(["فبراير", "février", "fevrier", "february"], 2),
    **dict.fromkeys(["مارس", "mars", "march"], 3),
    **dict.fromkeys(["أبريل", "ابريل", "avril", "april"], 4),
    **dict.fromkeys(["ماي", "مايو", "mai", "may"], 5),
    **dict.fromkeys(["يونيو", "يونيه", "juin", "june"], 6),
    **dict.fromkeys(["يوليو", "يوليوز", "juillet", "july"], 7),
    **dict.fromkeys(["غشت", "أغسطس", "اغسطس", "août", "aout", "august"], 8),
    **dict.fromkeys(["شتنبر", "سبتمبر", "septembre", "september"], 9),
    **dict.fromkeys(["أكتوبر", "اكتوبر", "octobre", "october"], 10),
    **dict.fromkeys(["نونبر", "نوفمبر", "novembre", "november"], 11),
    **dict.fromkeys(["دجنبر", "ديسمبر", "décembre", "decembre", "december"], 12),
}
# «(11 مارس 2019)», «(5 juin 2000)»: the Gregorian date, in brackets after the Hijri one, of the amending dahir.
_DATE_RE = re.compile(r"\((\d{1,2})(?:er)?\s+(\w+)\s+(\d{4})\)")


# «القانون رقم 33.18», «la loi n° 33-18»: the amending law a note names.
_LAW_RE = re.compile(r"(?:القانون|بالقانون|loi)\s+(?:رقم|n°|no)\s*(\d{1,3})[.\-](\d{2})\b", re.IGNORECASE)


def _language_rank(work: Work, language: str | None) -> Callable[[str], int]:
    """The order in which an article's languages are shown first: the one asked for, then the texts that are no
    translation (the Arabic Penal Code, which prevails over the Ministry's French), in the catalogue's order. Not
    the index's order: an API client asking for 448-1 without a language got the French translation (a trial)."""
    order = sorted(
        (v.language for v in work.versions),
        key=lambda lang: (lang != language, _is_translation(work, lang)),
    )
    return lambda lang: order.index(lang) if lang in order else len(order)


def _is_translation(work: Work, language: str) -> bool:
    version = work.version(language)
    return version is not None and (version.translation_of is not None or version.wording == "official_translation")


def law_numbers(note: str) -> set[str]:
    """The law numbers a note names, as «33.18»."""
    return {f"{a}.{b}" for a, b in _LAW_RE.findall(note)}


def dated_laws(note: str) -> dict[str, dt.date]:
    """Each law a note names with the first date after it and before the next law: «القانون رقم 12.18 الصادر بتنفيذه
    الظهير الشريف رقم 1.21.56 بتاريخ 27 شوال 1442 (8 يونيو 2021)»."""
    mentions = list(_LAW_RE.finditer(note))
    dated = {}
    ends = [m.start() for m in mentions[1:]] + [len(note)] * bool(mentions)
    for mention, end in zip(mentions, ends, strict=True):
        if (date := _first_date(note[mention.end() : end])) is not None:
            dated[f"{mention[1]}.{mention[2]}"] = date
    return dated


def _first_date(text: str) -> dt.date | None:
    for day, month, year in _DATE_RE.findall(text):
        if (number := _MONTHS.get(month.lower())) is not None:
            try:
                return dt.date(int(year), number, int(day))
            except ValueError:
                continue
    return None


def note_date(note: str, laws: dict[str, dt.date] | None = None) -> dt.date | None:
    """The latest Gregorian date in brackets in an amendment note: its amending text's publication, or the last of
    several amendments («أضيف … بمقتضى القانون رقم 13.10 … كما تم تغييره بمقتضى القانون رقم 12.18 … (2021)»); and
    with ``laws`` (law number → date), the date of a law the note names without one."""
    dates = [laws[law] for law in law_numbers(note) if law in laws] if laws else []
    for day, month, year in _DATE_RE.findall(note):
        if (number := _MONTHS.get(month.lower())) is not None:
            try:
                dates.append(dt.date(int(year), number, int(day)))
            except ValueError:
                continue
    return max(dates, default=None)
