"""The shape of search results: the same JSON from the CLI and the API.

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
    key: str = Field(description="stable article key, shared by the article's language versions")
    heading_path: list[str] = Field(default_factory=list)
    wording: str = Field(default="authentic", description="consolidated, as_enacted, authentic…")


class Result(BaseModel):
    rank: int
    score: float
    text: str
    language: str
    citation: Citation


class SearchResponse(BaseModel):
    query: str
    results: list[Result]
