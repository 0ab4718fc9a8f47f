"""The shape of search results: the same JSON from the CLI and the API.

One result per article: its best passage, with the article's other passages, language versions
and wordings attached, so the top 10 holds 10 different provisions.

Usage::

    from search.results import SearchResponse
    SearchResponse(query="448-2", results=[]).model_dump_json()
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ingest.catalogue import Catalogue, Relation, Work
from ingest.citation import article_word, official_reference
from ingest.citation import gazette_reference as _gazette


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
    wording: str = Field(default="authentic", description="consolidated, as_enacted, authentic…")
    current: bool = Field(default=True, description="false for an original wording that a later text replaced")
    version_label: str | None = Field(default=None, examples=["الصيغة الأصلية (القانون رقم 27.14، 2016)"])
    work_type: str = Field(default="", examples=["code"])
    jurisdiction: str = Field(default="", examples=["MA"])
    quoted_by: str | None = Field(default=None, description="the amending article that enacted this wording")
    pages: list[int] = Field(default_factory=list, description="first and last page in the source PDF")
    reference: str | None = Field(
        default=None,
        description="the full reference of the text this wording comes from, in the passage's language: title, "
        "dahir, Bulletin officiel, consolidation date (only what the catalogue records)",
        examples=["القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127 بتاريخ 25 أغسطس 2016؛ …"],
    )
    number: str | None = Field(default=None, description="the work's number", examples=["27-14"])
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
    reference: str | None = Field(default=None, description="as in the citation: this wording's full reference")


class Result(BaseModel):
    rank: int
    score: float
    text: str
    language: str
    citation: Citation
    highlights: list[tuple[int, int]] = Field(
        default_factory=list, description="[start, end) character offsets of the matched sentences in `text`"
    )
    matched_by: str = Field(default="search", description="'citation' when the query cited this article")
    counterparts: list[Passage] = Field(default_factory=list, description="the article in the other languages")
    versions: list[Passage] = Field(default_factory=list, description="other wordings, e.g. as enacted in 2016")
    other_passages: list[Passage] = Field(default_factory=list, description="the article's other parts")


class Notice(BaseModel):
    """Something the reader must know about the results, e.g. that a cited article is not in the corpus."""

    # citation_not_found: no such article (in the work named, if any); citation_outside_corpus: the article
    # belongs to a text the corpus does not hold («art. 9 du Code du travail»).
    code: str = Field(examples=["citation_not_found", "citation_outside_corpus"])
    message: str = Field(examples=["article 448-15 of ma-penal-code is not in the corpus"])
    article: str | None = None
    work_id: str | None = None


class SearchResponse(BaseModel):
    query: str
    results: list[Result]
    notices: list[Notice] = Field(default_factory=list)


def citation_from_meta(meta: dict, catalogue: Catalogue | None = None) -> Citation:
    """The citation of an indexed passage, from the payload that ingestion wrote, with the official reference
    from the catalogue: an original wording is referenced to the text that enacted it (a 2016 wording of
    448-2 to Law 27-14), a consolidated one to its work and consolidation date."""
    return Citation(
        **_reference(meta, catalogue),
        document_id=meta["work_id"],
        document_title=meta["work_title"],
        article=meta["article"],
        label=meta["citation"],
        key=meta["key"],
        heading_path=meta.get("heading_path") or [],
        wording=meta.get("wording") or "authentic",
        current=meta.get("current") is not False,
        version_label=meta.get("version_label"),
        work_type=meta.get("work_type", ""),
        jurisdiction=meta.get("jurisdiction", ""),
        quoted_by=meta.get("quoted_by"),
        pages=meta.get("pages") or [],
    )


def passage_from_meta(text: str, meta: dict, catalogue: Catalogue | None = None) -> Passage:
    return Passage(
        reference=_reference(meta, catalogue).get("reference"),
        text=text,
        language=meta["language"],
        label=meta["citation"],
        wording=meta.get("wording") or "authentic",
        current=meta.get("current") is not False,
        version_label=meta.get("version_label"),
        part=meta.get("part", 0),
    )


def _reference(meta: dict, catalogue: Catalogue | None) -> dict:
    language = meta["language"]
    quoting = (meta.get("quoted_by") or "").partition(":")[0]
    work = catalogue.get(quoting or meta["work_id"]) if catalogue else None
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
    if not quoting and catalogue and (insertion := _inserted_by(catalogue, work.id, meta["article"])):
        reference += _insertion_note(*insertion, work, language)
    return {
        "reference": reference,
        "number": work.number,
        "dahir": work.dahir.number if work.dahir else None,
        "enacted": work.enacted.isoformat() if work.enacted else None,
        "gazette": _gazette(work, language),
    }


def _inserted_by(catalogue: Catalogue, work_id: str, article: str) -> tuple[Work, Relation] | None:
    """The work that inserted ``article`` into ``work_id`` (Law 27-14 for Penal Code 448-1 to 448-14), if any."""
    return next(
        ((w, r) for w in catalogue.works for r in w.relations
         if r.type == "inserts" and r.target == work_id and article in r.articles),
        None,
    )


def _insertion_note(inserting: Work, relation: Relation, into: Work, language: str) -> str:
    """«؛ مضافة بمقتضى المادة 2 من القانون رقم 27.14، ومغيرة بمقتضى القانون رقم 03.23» (المادة is feminine, الفصل not),
    « ; inséré par l'article premier de la loi n° 27-14»."""
    title, via, later = inserting.short_title(language), relation.via_article, relation.amended_by
    if language == "ar":
        feminine = article_word(into, "ar") == "المادة"
        added, changed = ("مضافة", "مغيرة") if feminine else ("مضاف", "مغير")
        by = f"المادة {via} من {title}" if via else title
        return f"؛ {added} بمقتضى {by}" + (f"، و{changed} بمقتضى القانون رقم {later}" if later else "")
    if language == "fr":
        title = ("la " if inserting.type == "law" else "") + title[:1].lower() + title[1:]
        by = f"l'article {'premier' if via == '1' else via} de {title}" if via else title
        return f" ; inséré par {by}" + (f", modifié par la loi n° {later.replace('.', '-')}" if later else "")
    by = f"article {via} of {title}" if via else title
    return f"; inserted by {by}" + (f", amended by Law No. {later.replace('.', '-')}" if later else "")
