"""The shape of search results: the same JSON from the CLI and the API.

One result per article: its text (whole when short, else its best passage, with its other passages), language
versions and wordings attached, so the top 10 holds 10 different provisions.

Usage::

    from search.results import SearchResponse
    SearchResponse(query="448-2", results=[]).model_dump_json()
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import BaseModel, Field

from ingest.catalogue import Catalogue
from ingest.citation import citation_label, gazette_reference, history_note, official_reference, translation_note


class CitedIn(BaseModel):
    """An article's citation written in another language than its text's."""

    label: str = Field(examples=["Loi n° 27-14, article 5"])
    reference: str | None = Field(default=None, examples=["Loi n° 27-14 relative à la lutte contre la traite …"])


class Citation(BaseModel):
    document_id: str = Field(description="the work's id in the catalogue", examples=["ma-penal-code"])
    document_title: str = Field(examples=["مجموعة القانون الجنائي"])
    article: str = Field(description="the article number", examples=["448-2"])
    label: str = Field(
        description="the citation as a practitioner writes it", examples=["الفصل 448-2 من مجموعة القانون الجنائي"]
    )
    key: str = Field(
        description="stable article key, shared by the article's language versions", examples=["ma-penal-code:448-2"]
    )
    heading_path: list[str] = Field(default_factory=list)
    wording: str = Field(
        default="authentic",
        description="consolidated, authentic…; as_enacted / as_amended: an article as the law that inserted / "
        "rewrote it quotes it",
    )
    current: bool = Field(default=True, description="false for an original wording that a later text replaced")
    version_label: str | None = Field(default=None, examples=["الصيغة الأصلية (القانون رقم 27.14، 2016)"])
    work_type: str = Field(default="", examples=["code"])
    jurisdiction: str = Field(default="", examples=["MA"])
    quoted_by: str | None = Field(default=None, description="the amending article that enacted this wording")
    pages: list[int] = Field(default_factory=list, description="first and last page in the source PDF")
    translation_difference: str | None = Field(
        default=None,
        description="how this text differs from the text that prevails (a translation) or from the law that wrote it (a"
        " consolidation's slip), where the corpus records it",
        examples=["Le texte arabe, qui fait foi, dit « يجوز الإعفاء » : l’exemption y est facultative, non de droit."],
    )
    counterpart_difference: str | None = Field(
        default=None,
        description="for the readers of the text that prevails, how its translation differs from it, where the corpus "
        "records it: shown with the text, not part of its citation (the page does not copy it, nor a course pack "
        "carry it)",
    )
    standing_note: str | None = Field(
        default=None,
        description="what the article's words alone do not say of its standing, where the corpus records it: a "
        "transitional period that has ended",
    )
    amended_by: str | None = Field(
        default=None,
        description="the number of the later law that amended this wording, no longer in force as worded (an original"
        " wording shown with include_original)",
        examples=["03.23"],
    )
    reference: str | None = Field(
        default=None,
        description="the full reference of the text this wording comes from, in the passage's language: title, "
        "dahir, Bulletin officiel, consolidation date (only what the catalogue records)",
        examples=["القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127 بتاريخ 25 أغسطس 2016؛ …"],
    )
    # number, dahir, enacted and gazette are, like `reference`, those of the text this wording comes from: for
    # a code article as its amending law quoted it (current false), that law's.
    number: str | None = Field(default=None, description="the text's number", examples=["27-14"])
    dahir: str | None = Field(
        default=None,
        description="the dahir that promulgates (a law), approves (a code) or publishes in Morocco (a treaty)",
        examples=["1.16.127"],
    )
    enacted: str | None = Field(
        default=None,
        description="ISO date of the text itself: its dahir (laws, codes), the decree, or a treaty's adoption "
        "(a treaty's publishing dahir is dated in `reference`)",
    )
    gazette: str | None = Field(default=None, description="the Bulletin officiel reference, in the passage's language")
    cited_in: dict[str, CitedIn] = Field(
        default_factory=dict,
        description="the citation in ar or fr where the corpus holds the text in the other language only: a French "
        "brief cites the Arabic-only Law 27-14 as «Loi n° 27-14, article 5» (the text quoted stays the Arabic)",
    )


class CrossReference(BaseModel):
    """A reference in the article's text to another article, resolved to its key when it is in the corpus."""

    text: str = Field(examples=["الفصل 448-1 أعلاه"])
    article: str = Field(examples=["448-1"])
    key: str | None = Field(default=None, examples=["ma-penal-code:448-1"])


class Passage(BaseModel):
    """Another passage of the same article: another part, language version or wording."""

    text: str
    language: str
    label: str
    wording: str
    current: bool = True
    version_label: str | None = None
    part: int = 0
    highlights: list[tuple[int, int]] = Field(
        default_factory=list, description="the paragraph or item cited («art. 6 §3», «art. 3 c)»), in this text"
    )
    cited_label: str | None = Field(
        default=None, description="the label narrowed to the paragraph or item cited: «…, article 448-1, alinéa 2»"
    )
    reference: str | None = Field(default=None, description="as in the citation: this wording's full reference")
    repealed: bool = Field(default=False, description="this text only says the article was repealed")
    translation_difference: str | None = Field(
        default=None, description="as in the citation: how the translation differs from the text that prevails"
    )
    counterpart_difference: str | None = Field(
        default=None, description="as in the citation: how this text's translation differs from it"
    )
    later_amendments: list[str] = Field(
        default_factory=list, description="(article view) amendments another language dates after this text's version"
    )
    standing_note: str | None = Field(
        default=None, description="as in the citation: what the article's words alone do not say of its standing"
    )
    amended_by: str | None = Field(
        default=None,
        description="the number of the later law that amended this wording, no longer in force as worded (CPP 82-5-1"
        " as Law 27-14 enacted it, amended by Law 03.23)",
    )
    cited_in: dict[str, CitedIn] = Field(
        default_factory=dict, description="as in the citation: the citation in the other language, for a text in one"
    )
    warning: str | None = Field(
        default=None,
        description="the corpus's warning on this text, in its language, as `ArticleView.warning` (a repeal, a wording "
        "a later law amended, the catalogue's notes)",
    )


class Result(BaseModel):
    rank: int = Field(description="1 for the first article; one result per article")
    score: float = Field(
        description="how well the article matched, higher first, for ordering within this response only: not a "
        "probability, not comparable between queries; 1.0 for an article cited or a work named"
    )
    text: str = Field(
        description="the article's whole text when short (2,400 characters at most); else its passage that matched "
        "best, the others in other_passages"
    )
    language: str = Field(examples=["ar"])
    citation: Citation
    cited_label: str | None = Field(
        default=None,
        description="the citation's label narrowed to the paragraph or item the query cites, where the article has "
        "it: «الفقرة الثانية من الفصل 448-1 من مجموعة القانون الجنائي», «Protocole de Palerme, article 3, alinéa c)»",
    )
    highlights: list[tuple[int, int]] = Field(
        default_factory=list, description="[start, end) character offsets of the matched sentences in `text`"
    )
    matched_by: str = Field(
        default="search",
        description="'citation' when the query cited this article; 'work' when it named this article's work and"
        " nothing else (the work's articles, in order); 'search' otherwise",
    )
    warning: str | None = Field(
        default=None,
        description="the corpus's warning on the text shown, in its language, as `ArticleView.warning`; each "
        "counterpart and version has its own",
    )
    counterparts: list[Passage] = Field(default_factory=list, description="the article in the other languages")
    versions: list[Passage] = Field(default_factory=list, description="other wordings, e.g. as enacted in 2016")
    other_passages: list[Passage] = Field(default_factory=list, description="the article's other parts")


class Notice(BaseModel):
    """Something the reader must know about the results, e.g. that a cited article is not in the corpus."""

    # citation_not_found: no such article (in the work named, if any); citation_outside_corpus: the article
    # belongs to a text the corpus does not hold («art. 9 du Code du travail»); weak_match: nothing matches the
    # question closely, the results are only the nearest («recette du couscous»); citation_other_language: the
    # article is in the corpus, but not in the language the search is narrowed to; citation_filtered_out: it is in
    # the corpus, but outside the kind of work, jurisdiction or work the search is narrowed to; work_outside_corpus:
    # the question names by its number a text the corpus does not hold («C189», «loi n° 88-13»; `keys`: the articles
    # whose amendment notes name it, «loi 03-23» → CPP 82-5-1 and 82-5-3; `works`: the corpus's law of that number
    # the other way round, «loi 12-19» → Law 19-12); number_read_reversed: a law's number typed year first, read the
    # other way round («loi 14-27» → `work_id` ma-law-27-14, `text` as typed); citation_ambiguous:
    # the question ties the article to no text the corpus has, and several have one of that number («Statut de
    # Rome art. 7» read by no name the parser knows): none is shown as cited; answers_in_other_language: the
    # search is narrowed to a language, and some of the first articles of a search in every language exist only in
    # others (`keys`, `languages`); work_filtered_out: a work named alone is outside the kind of work, jurisdiction
    # or work the search is narrowed to (`works`); citation_several_works: an article number the question ties to no
    # text alone, which several texts have: each is shown (`works`); answers_outside_filters: the search
    # is narrowed to a kind of work or a jurisdiction, and some of the first articles of a search without them are
    # outside (`keys`); provisions_in_language: a work named alone, in a search narrowed to a language it lacks,
    # wrote articles of other texts that have it (`keys`: «loi 27-14» in French → the Penal Code's 448-1 to 448-14);
    # citation_paragraph_not_found: the article cited is shown whole, having no paragraph of the number cited
    # («art. 6 §7»: `paragraph`);
    # material_outside_corpus: the question asks for case law, circulars or statistics, which the corpus holds none of
    # (`material`): the results are provisions its words match («jurisprudence de la Cour de cassation sur la traite»).
    code: str = Field(
        examples=[
            "citation_not_found",
            "citation_in_amending_law",
            "citation_outside_corpus",
            "citation_other_language",
            "citation_filtered_out",
            "work_outside_corpus",
            "number_read_reversed",
            "citation_ambiguous",
            "citation_several_works",
            "answers_in_other_language",
            "answers_outside_filters",
            "provisions_in_language",
            "work_filtered_out",
            "weak_match",
            "arabizi",
            "material_outside_corpus",
            "citation_paragraph_not_found",
        ]
    )
    message: str = Field(examples=["article 448-15 of ma-penal-code is not in the corpus"])
    article: str | None = None
    work_id: str | None = None
    languages: list[str] = Field(default_factory=list, description="citation_other_language: where the article is")
    works: list[str] = Field(
        default_factory=list,
        description="citation_ambiguous: the works with that article; citation_not_found: the few other works than "
        "the one named that have an article of that number (the CPP's 82-5-1 cited as the Penal Code's)",
    )
    keys: list[str] = Field(
        default_factory=list,
        description="answers_in_other_language: the articles (keys) that may answer, in other languages only; "
        "citation_not_found: those articles of the other works; citation_in_amending_law: the articles of later "
        "laws that give the missing article's wording (Law 103-13 art. 6 for CPP 302)",
    )
    text: str | None = Field(
        default=None,
        description="citation_outside_corpus, work_outside_corpus: the text the question names, as written «C189»",
    )
    paragraph: str | None = Field(
        default=None, description="citation_paragraph_not_found: the paragraph cited, which the article lacks"
    )
    material: str | None = Field(
        default=None,
        description='material_outside_corpus: what the question asks for, "case_law", "circular" or "statistics"',
    )
    results_follow: bool = Field(
        default=True,
        description="false when the results shown are not only what the question's words match (a cited article "
        "comes first): the notice then does not say they are",
    )


class SearchResponse(BaseModel):
    query: str = Field(description="the query as searched: trimmed, invisible characters and tatweels left out")
    results: list[Result]
    notices: list[Notice] = Field(default_factory=list)


# After the citation of a user's upload, so that no copy of it («Loi n° 65-15, article 3») passes for the law's.
_ADDED_BY_USER = {
    "ar": " (وثيقة أضافها مستعمل)",
    "fr": " (document ajouté par un utilisateur)",
    "en": " (a document added by a user)",
}


def added_by_user_mark(language: str) -> str:
    """What follows the citation or the title of a user's upload, in ``language``: « (document ajouté par un
    utilisateur)»."""
    return _ADDED_BY_USER.get(language, _ADDED_BY_USER["en"])


def marked_label(meta: dict, catalogue: Catalogue) -> str:
    """The citation label, marked when the text comes from a user's upload: its own article, or one it quotes."""
    works = [catalogue.get(meta["work_id"]), catalogue.get((meta.get("quoted_by") or "").partition(":")[0])]
    added = any(work is not None and work.added_by_user for work in works)
    return meta["citation"] + (added_by_user_mark(meta["language"]) if added else "")


def citation_from_meta(meta: dict, catalogue: Catalogue) -> Citation:
    """The citation of an indexed passage, from the payload that ingestion wrote, with the official reference
    from the catalogue: an original wording is referenced to the text that enacted it (a 2016 wording of
    448-2 to Law 27-14), a consolidated one to its work and consolidation date."""
    return Citation(
        **_reference(meta, catalogue),
        document_id=meta["work_id"],
        document_title=meta["work_title"],
        article=meta["article"],
        label=marked_label(meta, catalogue),
        key=meta["key"],
        heading_path=meta.get("heading_path") or [],
        wording=meta.get("wording") or "authentic",
        current=meta.get("current") is not False,
        version_label=meta.get("version_label"),
        work_type=meta.get("work_type", ""),
        jurisdiction=meta.get("jurisdiction", ""),
        quoted_by=meta.get("quoted_by"),
        pages=meta.get("pages") or [],
        translation_difference=_translation_difference(meta, catalogue),
        counterpart_difference=_counterpart_difference(meta, catalogue),
        standing_note=_standing_note(meta, catalogue),
        amended_by=_amended_by(meta, catalogue),
        cited_in=_cited_in(meta, catalogue),
    )


def _cited_in(meta: dict, catalogue: Catalogue) -> dict[str, CitedIn]:
    """The text's citation in ar and fr where the work has no text in that language: label and reference as the
    catalogue writes them in it (a trial: a French report to a prosecutor could copy only «المادة 5 من القانون رقم
    27.14»). Not for a wording an amending law quotes, nor a user's upload (its titles are the user's)."""
    work = catalogue.get(meta["work_id"])
    if work is None or work.added_by_user or meta.get("quoted_by"):
        return {}
    version = work.version(meta["language"])
    consolidated_on = version.version_date if version and meta.get("wording") == "consolidated" else None
    cited = {}
    for language in ("ar", "fr"):
        if language == meta["language"] or work.version(language) is not None:
            continue
        reference = official_reference(work, language, consolidated_on)
        if reference:
            reference += history_note(catalogue, work, meta["article"], language, consolidated_on)
        cited[language] = CitedIn(label=citation_label(work, meta["article"], language), reference=reference)
    return cited


def _amended_by(meta: dict, catalogue: Catalogue) -> str | None:
    """The later law that amended a wording an amending law quotes, as the catalogue records it (`Relation.amended_by`);
    None for a text in force or a wording no later law changed (Law 27-14's 448-1 is the code's text in force)."""
    quoting, _, via_article = (meta.get("quoted_by") or "").rpartition(":")
    work = catalogue.get(quoting) if meta.get("current") is False else None
    relation = work.quoting_relation(via_article, meta.get("article") or "") if work else None
    return relation.amended_by if relation else None


def passage_from_meta(text: str, meta: dict, catalogue: Catalogue) -> Passage:
    return Passage(
        reference=_reference(meta, catalogue).get("reference"),
        text=text,
        language=meta["language"],
        label=marked_label(meta, catalogue),
        wording=meta.get("wording") or "authentic",
        current=meta.get("current") is not False,
        version_label=meta.get("version_label"),
        part=meta.get("part", 0),
        repealed=bool(meta.get("repealed")),
        translation_difference=_translation_difference(meta, catalogue),
        counterpart_difference=_counterpart_difference(meta, catalogue),
        standing_note=_standing_note(meta, catalogue),
        amended_by=_amended_by(meta, catalogue),
        cited_in=_cited_in(meta, catalogue),
    )


def _counterpart_difference(meta: dict, catalogue: Catalogue) -> str | None:
    """The catalogue's note, for the readers of the text that prevails, on how its translation differs (the work's own
    texts in force only: a quoted wording has none)."""
    work = catalogue.get(meta["work_id"])
    if work is None or meta.get("quoted_by") or meta.get("current") is False:
        return None
    return work.counterpart_difference(meta.get("article"), meta["language"])


def _translation_difference(meta: dict, catalogue: Catalogue) -> str | None:
    """The catalogue's note on how the article's text differs from the one that prevails, in the passage's language:
    the work's for its own texts, the quoting law's for a wording an amending law quotes (a code's note on its
    consolidated text is not that wording's)."""
    quoting = (meta.get("quoted_by") or "").rpartition(":")[0]
    work = catalogue.get(quoting or meta["work_id"])
    if work is None:
        return None
    # The quoting law's note on a code's article is keyed by its key («ma-penal-code:503-1-2»), not the number alone:
    # Law 103-13 quotes CPP 7 and has an article 7 of its own.
    article = f"{meta['work_id']}:{meta.get('article')}" if quoting else meta.get("article")
    return work.translation_difference(article, meta["language"])


def _standing_note(meta: dict, catalogue: Catalogue) -> str | None:
    """The catalogue's note on the article's standing, for the work's own texts in force, in the passage's language."""
    work = catalogue.get(meta["work_id"])
    if work is None or meta.get("quoted_by") or meta.get("current") is False:
        return None
    return work.standing_note(meta.get("article"), meta["language"])


class _ReferenceFields(TypedDict, total=False):
    reference: str | None
    number: str | None
    dahir: str | None
    enacted: str | None
    gazette: str | None


def _reference(meta: dict, catalogue: Catalogue) -> _ReferenceFields:
    """The official reference of the text a passage's wording comes from: the amending law for a wording it
    quotes, else the work, with its consolidation date and the laws that inserted, completed or amended the article."""
    language = meta["language"]
    quoting = (meta.get("quoted_by") or "").partition(":")[0]
    work = catalogue.get(quoting or meta["work_id"])
    if work is None:
        return {}
    version = work.version(language)
    consolidated = meta.get("wording") == "consolidated" and not quoting
    reference = official_reference(
        work,
        language,
        version.version_date if consolidated and version else None,
        published_in=version.published_in if version and not quoting else None,
    )
    if reference and not quoting:
        as_of = version.version_date if consolidated and version else None
        reference += history_note(catalogue, work, meta["article"], language, as_of)
        # Last, so that nothing after it reads as said of the text that prevails.
        reference += translation_note(language, version.translation_of if version else None)
    return {
        "reference": reference,
        "number": work.number,
        "dahir": work.dahir.number if work.dahir else None,
        "enacted": work.enacted.isoformat() if work.enacted else None,
        "gazette": gazette_reference(work, language),
    }
