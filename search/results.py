"""The shape of search results: the same JSON from the CLI and the API.

One result per article: its best passage, with the article's other passages, language versions
and wordings attached, so the top 10 holds 10 different provisions.

Usage::

    from search.results import SearchResponse
    SearchResponse(query="448-2", results=[]).model_dump_json()
"""

from __future__ import annotations

from pydantic import BaseModel, Field


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


def citation_from_meta(meta: dict) -> Citation:
    """The citation of an indexed passage, from the payload that ingestion wrote."""
    return Citation(
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


def passage_from_meta(text: str, meta: dict) -> Passage:
    return Passage(
        text=text,
        language=meta["language"],
        label=meta["citation"],
        wording=meta.get("wording") or "authentic",
        current=meta.get("current") is not False,
        version_label=meta.get("version_label"),
        part=meta.get("part", 0),
    )
