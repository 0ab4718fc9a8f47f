"""The catalogue of legal works: what each work is, and where its language versions come from.

A *work* (Law 27-14, the Penal Code, the Palermo Protocol) has one entry; each of its language
versions points at a source file. The starter catalogue lives in ``corpus/catalogue.yaml``; its
sources are read in place from ``../shared/corpus-sources`` and never copied into the repository.

Usage::

    from ingest.catalogue import load_catalogue
    catalogue = load_catalogue()
    work = catalogue.work("ma-law-27-14")
    work.short_title("fr")   # 'Loi n° 27-14'
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CATALOGUE = REPO_ROOT / "corpus" / "catalogue.yaml"
DEFAULT_SOURCES_DIR = REPO_ROOT.parent / "shared" / "corpus-sources"

Language = Literal["ar", "fr", "en"]
WorkType = Literal[
    "code", "code_section", "law", "decree", "convention", "protocol", "declaration", "circular", "procedure", "guide"
]
# How a text names its articles: in codes «الفصل» is the article; in laws and decrees «المادة»
# is the article and «الفصل» may be a chapter; some declarations only number their paragraphs.
ArticleConvention = Literal["fasl", "madda", "paragraph"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LanguageVersion(_Model):
    """One language version of a work, read from one source file."""

    language: Language
    source: str  # file name in the sources folder (or a path relative to it)
    # "as_supplied": a user's document, whose standing (official, consolidated, a translation) nobody has checked.
    wording: Literal["as_enacted", "consolidated", "official_translation", "authentic", "as_supplied"] = "authentic"
    version_date: dt.date | None = None
    # Where this language's text is officially published when it is not the Bulletin officiel edition the work's
    # `gazette` names (a treaty's French text from the Swiss RS): its official reference says so.
    published_in: str | None = None
    completeness: str = "complete"
    # The language of the text that has legal force when this one is a translation of it (the Ministry's French Penal
    # Code translates the Arabic, which prevails where they differ): its official reference says so.
    translation_of: Language | None = None
    # Checked extracts of this same version kept as separate files (e.g. one section of a code):
    # they are catalogued here and not ingested again as works of their own.
    extracts: list[str] = Field(default_factory=list)
    article_convention: ArticleConvention | None = None  # overrides the work's, where a version differs


class Dahir(_Model):
    """The dahir that promulgates a law, approves a code or publishes a treaty in Morocco."""

    number: str  # as the Bulletin officiel writes it: "1.16.127"
    date: dt.date | None = None


class Relation(_Model):
    """A link between works: amendment, insertion, supplement."""

    type: Literal["inserts", "amends", "completes", "supplements", "implements", "publishes"]
    target: str  # work id
    articles: list[str] = Field(default_factory=list)  # target article numbers concerned
    via_article: str | None = None  # the article of *this* work that makes the change
    amended_by: str | None = None  # the number of a later law that changed the wording this one made
    note: str | None = None


class OutsideAmendment(_Model):
    """A law the corpus does not hold that inserted, completed or amended articles of a work, as the source's
    publisher notes say («تم تتميم القانون رقم 22.01 بالمادة 82-5-3 بمقتضى المادة الثالثة من القانون رقم 03.23»)."""

    law: str  # its number as the Arabic text writes it: «03.23»
    type: Literal["inserts", "amends", "completes", "amends_completes"]
    articles: list[str]
    via_article: str | None = None
    enacted: dt.date | None = None  # its dahir's date where the notes give it; unknown ones are listed last


class Work(_Model):
    """A legal work with its metadata and its language versions."""

    id: str
    type: WorkType
    number: str | None = None
    jurisdiction: Literal["MA", "international"]
    titles: dict[Language, str]
    short_titles: dict[Language, str]
    enacted: dt.date | None = None
    published: dt.date | None = None
    dahir: Dahir | None = None
    gazette: dict[Language, str] = Field(default_factory=dict)
    article_convention: ArticleConvention
    # Its Arabic text heads each of its articles by an ordinal («المادة الثانية», Law 27-14), not by a number: its
    # citations say them so (`ingest.citation`), as its own text and the amendment notes that name them do.
    ordinal_articles: bool = False
    versions: list[LanguageVersion]
    relations: list[Relation] = Field(default_factory=list)
    # The laws outside the corpus that inserted or changed its articles, for their references (`ingest.citation.
    # history_note`); those the corpus holds say so through their own `relations`.
    outside_amendments: list[OutsideAmendment] = Field(default_factory=list)
    # The corpus's subject, trafficking in persons, is what this work (true) or these of its articles deal with: the
    # search ranks them a little first among near equals (`search.pipeline.FOCUS_BONUS`). The curator's call, never a
    # user's (`ingest.user_documents` refuses it in a sidecar).
    focus: bool | list[str] = False
    # A treaty's final clauses (signature, ratification, entry into force, amendment, denunciation, depositary,
    # languages): ranked a little after the rest among near equals (`search.pipeline.FORMAL_PENALTY`), as a dahir's
    # articles are; a plain question never means them, and one that does names them in its words.
    final_clauses: list[str] = Field(default_factory=list)
    # Where a translation says other than the text that prevails (`LanguageVersion.translation_of`), or a consolidation
    # other than the law that wrote the article (a word a publisher mistyped): article → a note in each language
    # concerned, shown with every text of the article and laid out in course packs. The curator's call, read from the
    # texts themselves; never a user's.
    translation_differences: dict[str, dict[Language, str]] = Field(default_factory=dict)
    # The same difference told to the readers of the text that prevails («the French translation writes
    # emprisonnement»): shown with that text, never copied, packed or exported with it, since it is not about it (a
    # judge pasted it into an order with the Arabic citation).
    counterpart_differences: dict[str, dict[Language, str]] = Field(default_factory=dict)
    # A word a text misprints, as the note above says it does: article → language → the word as printed → the word
    # meant («التوسل» → «التسول», begging, in the consolidated 448-1). The text stays as printed; its search text
    # reads the meant word too, so that a question asking about begging finds the article that names it.
    misprints: dict[str, dict[Language, dict[str, str]]] = Field(default_factory=dict)
    # What a reader of an article's own words cannot see: a provision whose time has run out (Law 19-12 art. 6's
    # five-year exception). Article → a note in each language, shown with each of the article's texts, as above.
    standing_notes: dict[str, dict[Language, str]] = Field(default_factory=dict)
    # The part of the work the corpus holds, where it holds only part (the CPP's Part II bis): said wherever the work
    # is listed, so that «Code de procédure pénale · 10 articles» is not read as the whole code (a trial).
    excerpt: dict[Language, str] = Field(default_factory=dict)
    # Set when the catalogue is read (`ingest.user_documents.full_catalogue`), never stored: a user's upload, whose
    # citations say so wherever they are shown or copied.
    added_by_user: bool = False

    def version(self, language: str) -> LanguageVersion | None:
        return next((v for v in self.versions if v.language == language), None)

    def short_title(self, language: str) -> str:
        """The work's name as a practitioner writes it in a citation, in that language if known."""
        for lang in (language, "fr", "ar", "en"):
            if lang in self.short_titles:
                return self.short_titles[lang]  # type: ignore[index]
        return self.id

    def quoting_relation(self, via_article: str, article: str) -> Relation | None:
        """The relation by which this work's article ``via_article`` writes another work's ``article`` (Law 27-14's
        «المادة 2» inserting CPP 82-5-1), if the catalogue records it."""
        return next((r for r in self.relations if r.via_article == via_article and article in r.articles), None)

    def in_focus(self, article: str | None) -> bool:
        """Whether the article (of this work) deals with the corpus's subject itself (`focus`); a dahir's articles
        («dahir-1») and final clauses never do (`is_formal`)."""
        if not article or self.is_formal(article):
            return False
        return self.focus is True or (isinstance(self.focus, list) and article in self.focus)

    def is_formal(self, article: str | None) -> bool:
        """Whether the article is a promulgating or publishing dahir's («dahir-1») or one of the final clauses."""
        return bool(article) and (article.startswith("dahir") or article in self.final_clauses)

    def translation_difference(self, article: str | None, language: str) -> str | None:
        """The note, in ``language``, on how the article's translation differs from the text that prevails; None where
        the catalogue records no difference, or none in that language (a note is shown marked as the text's)."""
        return self.translation_differences.get(article or "", {}).get(language)  # type: ignore[call-overload]

    def counterpart_difference(self, article: str | None, language: str) -> str | None:
        """The note, in ``language``, that tells the readers of the text that prevails how its translation differs."""
        return self.counterpart_differences.get(article or "", {}).get(language)  # type: ignore[call-overload]

    def standing_note(self, article: str | None, language: str) -> str | None:
        """The catalogue's note, in ``language``, on what the article's words alone do not say of its standing (a
        transitional period that has ended); None where it records none."""
        return self.standing_notes.get(article or "", {}).get(language)  # type: ignore[call-overload]

    def convention_for(self, language: str) -> ArticleConvention:
        version = self.version(language)
        return (version.article_convention if version else None) or self.article_convention


class Catalogue(_Model):
    works: list[Work]

    @cached_property
    def _by_id(self) -> dict[str, Work]:
        return {w.id: w for w in self.works}

    def work(self, work_id: str) -> Work:
        try:
            return self._by_id[work_id]
        except KeyError:
            raise KeyError(f"unknown work {work_id!r}") from None

    def get(self, work_id: str) -> Work | None:
        return self._by_id.get(work_id)

    @cached_property
    def positions(self) -> dict[str, int]:
        """Each work's place in the catalogue (laws first, as it lists them): the order works are named and shown in."""
        return {w.id: i for i, w in enumerate(self.works)}

    def source_files(self) -> set[str]:
        """Every source file the catalogue names, extracts included."""
        return {f for w in self.works for v in w.versions for f in (v.source, *v.extracts)}


def load_catalogue(path: Path = DEFAULT_CATALOGUE) -> Catalogue:
    """Read and validate a catalogue YAML file (a list of works)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Catalogue(works=data)
