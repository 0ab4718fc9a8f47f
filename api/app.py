"""The HTTP API (FastAPI) and the page it serves.

Usage::

    from api.app import create_app
    app = create_app(Settings())        # then: uvicorn, or fastapi.testclient.TestClient(app)

Endpoints: ``GET /api/search``, ``GET /api/health``; OpenAPI docs at ``/docs``; the page at ``/``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from ingest.settings import Settings
from search.pipeline import MAX_QUERY_CHARS, QueryError, Searcher
from search.results import SearchResponse

UI_DIR = Path(__file__).resolve().parents[1] / "ui"


def create_app(settings: Settings | None = None, searcher: Searcher | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.searcher = searcher or Searcher(settings)
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
        q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="the question or citation",
                                examples=["ما هي عقوبة الاتجار بالبشر؟"])],
        top_k: Annotated[int, Query(ge=1, le=100)] = 10,
        lang: Annotated[Literal["ar", "fr", "en"] | None, Query(description="only passages in this language")] = None,
    ) -> SearchResponse:
        return request.app.state.searcher.search(q, top_k=top_k, lang=lang)

    if UI_DIR.is_dir():
        app.mount("/", StaticFiles(directory=UI_DIR, html=True), name="ui")
    return app
