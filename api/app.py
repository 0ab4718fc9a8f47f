"""The HTTP API (FastAPI) and the page it serves.

Usage::

    from api.app import create_app
    app = create_app(Settings())        # then: uvicorn, or fastapi.testclient.TestClient(app)

Endpoints: ``GET /api/search``, ``GET /api/health``; OpenAPI docs at ``/docs``; the page at ``/``.
"""

from __future__ import annotations

import pathlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Literal

from fastapi import FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from api import export
from ingest.settings import Settings
from search.library import ArticleView, Library, TocEntry, UnknownError, WorkSummary
from search.pipeline import MAX_QUERY_CHARS, QueryError, Searcher, SearchFilters
from search.results import SearchResponse

UI_DIR = pathlib.Path(__file__).resolve().parents[1] / "ui"
WorkTypeParam = Literal[
    "code", "code_section", "law", "decree", "convention", "protocol", "declaration", "circular", "procedure"
]


def create_app(settings: Settings | None = None, searcher: Searcher | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.searcher = searcher or Searcher(settings)
        app.state.library = Library(app.state.searcher.store, app.state.searcher.catalogue)
        yield
        app.state.searcher.store.close()

    app = FastAPI(
        title="Daleel",
        summary="Search Moroccan and international anti-trafficking law, in Arabic and French, with citations.",
        version="0.1.0",
        lifespan=lifespan,
    )

    @app.exception_handler(QueryError)
    async def query_error(_: Request, error: QueryError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"error": "invalid_query", "message": str(error)})

    @app.exception_handler(UnknownError)
    async def unknown(_: Request, error: UnknownError) -> JSONResponse:
        return JSONResponse(status_code=404, content={"error": "not_found", "message": str(error)})

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in error.errors()
        )
        return JSONResponse(status_code=422, content={"error": "invalid_request", "message": problems})

    @app.get("/api/health", tags=["meta"])
    def health(request: Request) -> dict:
        store = request.app.state.searcher.store
        return {"status": "ok", "passages": store.count_documents()}

    @app.get("/api/search", response_model=SearchResponse, tags=["search"])
    def search(
        request: Request,
        q: Annotated[
            str,
            Query(
                min_length=1,
                max_length=MAX_QUERY_CHARS,
                description="the question or citation",
                examples=["ما هي عقوبة الاتجار بالبشر؟"],
            ),
        ],
        top_k: Annotated[int, Query(ge=1, le=100)] = 10,
        lang: Annotated[Literal["ar", "fr", "en"] | None, Query(description="only passages in this language")] = None,
        work_type: Annotated[WorkTypeParam | None, Query(description="only works of this type")] = None,
        jurisdiction: Annotated[Literal["MA", "international"] | None, Query()] = None,
        work: Annotated[
            str | None, Query(description="only this work (catalogue id)", examples=["ma-law-27-14"], max_length=100)
        ] = None,
        include_original: Annotated[bool, Query(description="also rank original (as enacted) wordings")] = False,
    ) -> SearchResponse:
        searcher: Searcher = request.app.state.searcher
        if work is not None and searcher.catalogue.get(work) is None:
            raise QueryError(f"unknown work {work!r}")
        filters = SearchFilters(
            language=lang,
            work_type=work_type,
            jurisdiction=jurisdiction,
            work_id=work,
            include_original=include_original,
        )
        return searcher.search(q, top_k=top_k, filters=filters)

    @app.get("/api/documents", response_model=list[WorkSummary], tags=["documents"])
    def documents(request: Request) -> list[WorkSummary]:
        """The catalogue: every work with its language versions and their article counts."""
        return request.app.state.library.works()

    @app.get("/api/documents/{work}", response_model=WorkSummary, tags=["documents"])
    def document(
        request: Request, work: Annotated[str, Path(examples=["ma-law-27-14"], max_length=100)]
    ) -> WorkSummary:
        return request.app.state.library.work(work)

    @app.get("/api/documents/{work}/toc", response_model=list[TocEntry], tags=["documents"])
    def table_of_contents(
        request: Request,
        work: Annotated[str, Path(examples=["ma-penal-code"], max_length=100)],
        lang: Annotated[Literal["ar", "fr", "en"] | None, Query()] = None,
    ) -> list[TocEntry]:
        return request.app.state.library.table_of_contents(work, lang)

    @app.get("/api/documents/{work}/articles/{article}", response_model=ArticleView, tags=["documents"])
    def article(
        request: Request,
        work: Annotated[str, Path(examples=["ma-penal-code"], max_length=100)],
        article: Annotated[str, Path(examples=["448-2"], max_length=40)],
        lang: Annotated[Literal["ar", "fr", "en"] | None, Query(description="preferred language")] = None,
    ) -> ArticleView:
        """The whole article: text, citation, heading path, other wordings, other languages, neighbours."""
        return request.app.state.library.article(work, article, lang)

    app.include_router(export.router)
    app.include_router(export.fonts_router)
    if UI_DIR.is_dir():  # last: the static mount answers every other path
        app.mount("/", StaticFiles(directory=UI_DIR, html=True), name="ui")
    return app
