"""The HTTP API (FastAPI) and the page it serves.

Usage::

    from api.app import create_app
    app = create_app(Settings())        # then: uvicorn, or fastapi.testclient.TestClient(app)

Endpoints: ``GET /api/search``, ``GET /api/health``; OpenAPI docs at ``/docs``; the page at ``/``.
"""

from __future__ import annotations

import hashlib
import pathlib
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from api import export
from api.body_limit import BodyLimit
from api.empty_parameters import EmptyParametersUnset, raw_parameters
from api.error_schema import error_responses
from api.errors import (
    localized_message,
    reader_language,
    request_language,
    unreadable_reason,
    validation_detail,
)
from api.headers import API_HEADERS, SecurityHeaders
from ingest.catalogue import Work
from ingest.ingestion import Ingestor
from ingest.settings import Settings
from ingest.user_documents import (
    MetadataError,
    UnreadableDocument,
    WorkConflict,
    check_content,
    check_work_id,
    default_work_id,
    describe_document,
    discard_replaced_files,
    discard_upload,
    drop_replaced_versions,
    full_catalogue,
    public_catalogue,
    reads_same_file,
    register_work,
    registered_sources,
    remove_user_work,
    starter_catalogue,
    upload_path,
    user_work,
)
from search.library import ArticleView, Library, TocEntry, UnknownError, WorkSummary
from search.notice_text import localized, question_language
from search.pipeline import MAX_QUERY_CHARS, QueryError, Searcher, SearchFilters
from search.query import starter_name_reader
from search.results import SearchResponse

UI_DIR = pathlib.Path(__file__).resolve().parents[1] / "ui"
# The longest request head the server reads (uvicorn's h11 default is 16 KiB): a query over MAX_QUERY_CHARS, in Arabic
# percent-encoded six bytes a letter, then gets the API's own JSON error, not a bare «Invalid HTTP request».
MAX_REQUEST_HEAD = 1024 * 1024
WorkTypeParam = Literal[
    "code", "code_section", "law", "decree", "convention", "protocol", "declaration", "circular", "procedure", "guide"
]


MAX_UPLOAD_BYTES = 50 * 2**20
MAX_EXPORT_BYTES = 8 * 2**20
_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
# One upload at a time: the id and content checks must still hold when the work is registered.
_WRITING = threading.Lock()


class UploadRefused(Exception):
    """An upload refused with its HTTP status and error code; ``fields`` name the work it conflicts with, and
    ``work`` names it in the message, alike in every language or per language («Code pénal (ma-penal-code)»)."""

    def __init__(
        self, status: int, code: str, detail: str, work: str | dict[str, str] | None = None, **fields: str
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.template = code  # the message said for it (`api.errors.MESSAGES`)
        self.work = work
        self.fields = fields


def _refusal(problem: WorkConflict | MetadataError) -> UploadRefused:
    if isinstance(problem, WorkConflict):
        work = problem.work
        named = {language: f"«{work.short_title(language)}» ({work.id})" for language in ("ar", "fr")}
        refusal = UploadRefused(
            409, problem.code, str(problem), named, work_id=work.id, work_title=work.short_title("fr")
        )
        # An id of the starter corpus: another id, since nothing replaces it (a trial was offered replace=true).
        starter = starter_catalogue().get(work.id) is not None
        if problem.code == "work_exists" and starter:
            refusal.template = "starter_id"
        # The starter corpus's own file: no id or replacement takes it in again (an audit was told to replace).
        if problem.code == "duplicate_document" and starter:
            refusal.template = "duplicate_starter"
        return refusal
    code = "invalid_document" if isinstance(problem, UnreadableDocument) else "invalid_metadata"
    return UploadRefused(422, code, str(problem))


def _not_utf8(query_string: bytes, name: bytes) -> bool:
    """Whether parameter ``name`` of a raw query string is not UTF-8 once percent-decoded («q=%E9tranger», Latin-1):
    decoded anyway, its «é» would be U+FFFD and «\ufffdtranger» searched (a trial got a page of unrelated articles)."""
    for _, key, value in raw_parameters(query_string):
        if key == name:
            try:
                value.decode("utf-8")
            except UnicodeDecodeError:
                return True
    return False


def _authorize(settings: Settings, authorization: str | None) -> None:
    if not settings.api_token:
        raise HTTPException(403, "write endpoints are disabled: set DALEEL_API_TOKEN to enable them")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, _NO_TOKEN)
    if not secrets.compare_digest(token.strip().encode(), settings.api_token.encode()):
        # Said apart from a missing one (a trial was told a token was needed when it had sent a wrong one).
        raise HTTPException(401, _WRONG_TOKEN, headers={"WWW-Authenticate": _INVALID_TOKEN})


_NO_TOKEN = "a valid 'Authorization: Bearer <token>' header is required"
_WRONG_TOKEN = "the token sent in 'Authorization: Bearer <token>' is not this server's write token"
_INVALID_TOKEN = 'Bearer realm="daleel", error="invalid_token"'  # RFC 6750


async def _read_upload(request: Request, filename: str) -> bytes:
    """The request body, refused past MAX_UPLOAD_BYTES (by its Content-Length before reading, else while reading), and
    refused when it is a multipart form rather than the file itself."""
    too_large = UploadRefused(413, "too_large", f"{filename}: the file is larger than {MAX_UPLOAD_BYTES // 2**20} MiB")
    if request.headers.get("content-type", "").lower().startswith("multipart/"):
        # A trial's «curl -F file=@…» was indexed with its form boundary as the last article's last line.
        raise UploadRefused(
            422,
            "invalid_document",
            f"{filename}: the body is a multipart form (curl -F), not the file; send the file itself as the body "
            "(curl --data-binary @FILE)",
        )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_UPLOAD_BYTES:
            raise too_large
    if not body:
        raise UploadRefused(422, "invalid_document", f"{filename}: the request body (the file) is empty")
    return bytes(body)


def _ingest_upload(
    settings: Settings, searcher: Searcher, library: Library, filename: str, body: bytes, metadata: dict, replace: bool
) -> dict:
    """Check the id and content, save the upload under its work id, describe it, ingest it, register it.

    A refusal leaves nothing behind: not the file, nor anything in the index or the user catalogue. The very file one
    of the user's works reads, described the same, sent again (a retry after a timeout, maybe while the first was
    still being indexed) is read again as `daleel ingest FILE` reads it: ``unchanged`` when the index holds it whole,
    indexed anew when it does not."""
    work_id: str = metadata["id"]
    digest = hashlib.sha256(body).hexdigest()
    with _WRITING:
        try:
            conflict: WorkConflict | None = None
            try:
                check_work_id(settings, work_id, replace=replace)
            except WorkConflict as error:
                if not reads_same_file(settings, work_id, filename, digest):
                    raise
                conflict = error
            check_content(settings, work_id, digest, len(body))
            previous = user_work(settings, work_id)
            path = upload_path(settings, work_id, filename, digest)
            kept = registered_sources(settings)  # a replacement of identical bytes and name is the same file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)
            try:
                described = describe_document(path, metadata, names_work=starter_name_reader())
                work = described.work
                if conflict is not None and previous is not None and _stored(work) != _stored(previous):
                    raise conflict  # the same file, told otherwise (title, type…): a replacement, to be asked for
                ingestor = Ingestor(settings, searcher.catalogue, store=searcher.store)
                try:
                    result = ingestor.ingest_version(work, work.versions[0])
                finally:
                    searcher.passages.invalidate()  # even a failed ingest may have written some passages
                if result.status == "failed":
                    raise UnreadableDocument(result.error or f"{filename}: could not be ingested")
            except BaseException:
                if path.resolve() not in kept:
                    discard_upload(settings, path)
                raise
            if previous is not None:
                drop_replaced_versions(searcher.store, previous, work)
                searcher.passages.invalidate()
            register_work(settings, work)
            if previous is not None:
                discard_replaced_files(settings, previous)
        finally:  # as the files say, whatever happened: a half-done write leaves no stale list
            searcher.catalogue = full_catalogue(settings)
            library.catalogue = public_catalogue(searcher.catalogue)
    version = work.versions[0]
    return {
        "work_id": work.id,
        "status": result.status,
        "articles": result.articles,
        "passages": result.passages,
        "replaced": previous is not None and conflict is None,
        "file": path.name,
        "title": _title_of(work),
        "title_from_filename": described.title_from_filename,
        "completeness": version.completeness,
        "pages_without_text": described.pages_without_text,
        "pages_unreadable": described.pages_unreadable,
        "notes": described.notes,
    }


class IngestResult(BaseModel):
    """What an upload did (201), or that this very file was already that work's (200, ``unchanged``)."""

    work_id: str = Field(examples=["user-circulaire"])
    status: str = Field(description="indexed, or unchanged", examples=["indexed"])
    articles: int
    passages: int
    replaced: bool = Field(description="an earlier document of yours under this id was replaced (replace=true)")
    file: str = Field(description="the file's name as kept on the server")
    title: str
    title_from_filename: bool = Field(description="no title was given: the file's name is the title")
    completeness: str
    pages_without_text: list[int] = Field(description="pages with no text layer (scanned): not indexed")
    pages_unreadable: list[int] = Field(description="pages whose text could not be read")
    notes: list[str] = Field(description="what the reader of this document should know (in English)")


class RemovalResult(BaseModel):
    work_id: str
    status: str = Field(examples=["removed"])
    passages: int = Field(description="passages taken out of the index")
    title: str


# The request body of an upload is the file itself, as curl --data-binary sends it; described for the API's page and
# client generators (FastAPI reads it from the request, so it cannot infer it).
_UPLOAD_BODY = {
    "required": True,
    "description": "the file itself (curl --data-binary @FILE), not a multipart form",
    "content": {
        media: {"schema": {"type": "string", "format": "binary"}}
        for media in (
            "application/pdf",
            "text/plain",
            "text/markdown",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/octet-stream",
        )
    },
}


def _stored(work: Work) -> dict:
    """A work as the user catalogue records it (`register_work`)."""
    return work.model_dump(mode="json", exclude_none=True, exclude={"added_by_user"})


def _title_of(work: Work) -> str:
    return work.titles[work.versions[0].language]


def create_app(settings: Settings | None = None, searcher: Searcher | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.searcher = searcher or Searcher(settings)
        # Read endpoints show a user's file by its name only (public_catalogue), never its path on the server.
        app.state.library = Library(app.state.searcher.passages, public_catalogue(app.state.searcher.catalogue))
        yield
        app.state.searcher.store.close()

    # FastAPI's own /docs and /redoc load their scripts from a CDN: blank on a machine offline. FastAPIOffline
    # serves the same pages with the files from its package.
    app = FastAPIOffline(
        title="Daleel",
        summary="Search Moroccan and international anti-trafficking law, in Arabic and French, with citations.",
        version="0.1.0",
        lifespan=lifespan,
        responses=error_responses(500),
    )
    # `?lang=&work=` means «any»: not `q`, whose emptiness is the reader's mistake and said so. An upload's optional
    # metadata likewise, as a form sends its empty fields (its required type and jurisdiction are then missing).
    app.add_middleware(
        EmptyParametersUnset,
        names={"lang", "work_type", "jurisdiction", "work", "include_original", "top_k"}
        | {"work_id", "title", "language", "number", "replace"},
    )
    # A pack of 1,000,000 characters is under 4 MiB of JSON, even in Arabic.
    app.add_middleware(BodyLimit, limit=MAX_EXPORT_BYTES, paths={"/api/export"})
    app.add_middleware(SecurityHeaders)

    def error(
        request: Request,
        status: int,
        code: str,
        detail: str,
        message: str | None = None,
        work: str | dict[str, str] | None = None,
        template: str | None = None,
        **fields: str | list[str],
    ) -> JSONResponse:
        language = request_language(request)
        name = work.get(language) if isinstance(work, dict) else work
        named = {"work": name} if name else {}
        said = unreadable_reason(detail, language) if code in ("invalid_document", "invalid_metadata") else detail
        message = message or localized_message(template or code, language, said, **named)
        content = {"error": code, "message": message, "detail": detail, **fields}
        return JSONResponse(status_code=status, content=content)

    @app.exception_handler(UploadRefused)
    async def upload_refused(request: Request, problem: UploadRefused) -> JSONResponse:
        return error(
            request,
            problem.status,
            problem.code,
            str(problem),
            work=problem.work,
            template=problem.template,
            **problem.fields,
        )

    @app.exception_handler(QueryError)
    async def query_error(request: Request, problem: QueryError) -> JSONResponse:
        return error(request, 422, problem.code, str(problem), work=f"«{problem.work}»" if problem.work else None)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, problem: StarletteHTTPException) -> JSONResponse:
        codes = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}
        code, detail = codes.get(problem.status_code, "http"), str(problem.detail)
        if problem.status_code == 400 and problem.detail == "There was an error parsing the body":
            # A body FastAPI cannot decode (not UTF-8, nested past Python's depth) is as invalid as a truncated one,
            # which is a 422 `invalid_request`: an integrator got a 400 `http` for the same mistake.
            detail = "the request body is not JSON this server can read (UTF-8, at most a few hundred levels deep)"
            message = localized_message("invalid_request", request_language(request), detail)
            return error(request, 422, "invalid_request", detail, message)
        if problem.status_code == 404 and problem.detail == "Not Found":  # no such address, not a missing text
            code = "no_route"  # a trial read «Introuvable dans le corpus : Not Found»
            detail = "no such address on this server (the API is described at /docs)"
        template = "wrong_token" if detail == _WRONG_TOKEN else None
        response = error(request, problem.status_code, code, detail, template=template)
        response.headers.update(problem.headers or {})  # a 405's Allow, a 401's WWW-Authenticate
        return response

    @app.exception_handler(export.PassageNotInCorpus)
    async def not_in_corpus(request: Request, problem: export.PassageNotInCorpus) -> JSONResponse:
        # The item said in the reader's language, the English reason in `detail` (a trial read French ending in it).
        template = "not_in_corpus_part" if problem.part else "not_in_corpus"
        fields = {"item": str(problem.item), "label": problem.label}
        message = localized_message(template, request_language(request), str(problem), **fields)
        return error(request, 422, "not_in_corpus", str(problem), message)

    @app.exception_handler(UnknownError)
    async def unknown(request: Request, problem: UnknownError) -> JSONResponse:
        # `see`: where the corpus gives a missing code article's wording (`citation_in_amending_law` in a search).
        # `localized`: the Arabic or French message names the article as a reader cites it, not by ids.
        message = problem.localized.get(request_language(request))
        see = {"see": problem.see} if problem.see else {}
        inserted = {"inserted": problem.inserted} if problem.inserted else {}
        return error(request, 404, "not_found", str(problem), message, **see, **inserted)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, problem: Exception) -> JSONResponse:
        # JSON as every other error, in the reader's language; the traceback goes to the server's log (Starlette's
        # error middleware logs it after this answer), never to the reader.
        detail = f"the server failed on this request ({type(problem).__name__})"
        response = error(request, 500, "internal_error", detail)
        response.headers.update({**API_HEADERS, "Cache-Control": "no-store"})  # outside SecurityHeaders (a review)
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, problem: RequestValidationError) -> JSONResponse:
        language = request_language(request)
        message = localized_message("invalid_request", language, validation_detail(problem.errors(), language))
        return error(request, 422, "invalid_request", validation_detail(problem.errors(), "en"), message)

    @app.get("/api/health", tags=["meta"])
    def health(request: Request) -> dict:
        store = request.app.state.searcher.store
        return {"status": "ok", "passages": store.count_documents()}

    @app.get(
        "/api/search",
        response_model=SearchResponse,
        tags=["search"],
        responses=error_responses(
            422, _422="an empty or too long query, one that is not UTF-8, an unknown `work`, an invalid parameter"
        ),
    )
    def search(
        request: Request,
        q: Annotated[
            str,
            Query(
                description=f"the question or citation, at most {MAX_QUERY_CHARS} characters",
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
        """Search the corpus: one result per article, best first, each with its exact citation, the passage that
        matched (highlighted), the article in the other languages and its other wordings. A citation in the question
        («الفصل 448-2», «art. 5 loi 27-14») is that article, first; a work named alone is its articles in order.
        `notices` say what the reader must know: a cited article the corpus lacks, a text outside it, answers a filter
        hides. At most `top_k` articles, but every article a question cites is shown («المادة 5»: each text's).
        There is no paging: ask for more with a larger `top_k`."""
        searcher: Searcher = request.app.state.searcher
        if _not_utf8(request.scope.get("query_string", b""), b"q"):
            raise QueryError("the query is not UTF-8 text (encoded otherwise?): send it UTF-8-encoded", "not_utf8")
        if work is not None and searcher.catalogue.get(work) is None:
            raise QueryError(f"unknown work {work!r} (the list: GET /api/documents)", "unknown_work", work=work)
        filters = SearchFilters(
            language=lang,
            work_type=work_type,
            jurisdiction=jurisdiction,
            work_id=work,
            include_original=include_original,
        )
        # Notices in the reader's language (Accept-Language, else `lang`), else the question's (a trial's Arabic
        # question got «article 82-11 of ma-cpp is not in the corpus»); English otherwise.
        response = searcher.search(q, top_k=top_k, filters=filters)
        reader = reader_language(request)
        return localized(response, question_language(q) if reader == "en" else reader, searcher.catalogue)

    @app.get("/api/documents", response_model=list[WorkSummary], tags=["documents"])
    def documents(request: Request) -> list[WorkSummary]:
        """The catalogue: every work with its language versions and their article counts."""
        return request.app.state.library.works()

    @app.get(
        "/api/documents/{work}", response_model=WorkSummary, tags=["documents"], responses=error_responses(404, 422)
    )
    def document(
        request: Request, work: Annotated[str, Path(examples=["ma-law-27-14"], max_length=100)]
    ) -> WorkSummary:
        return request.app.state.library.work(work)

    @app.get(
        "/api/documents/{work}/toc",
        response_model=list[TocEntry],
        tags=["documents"],
        responses=error_responses(404, 422),
    )
    def table_of_contents(
        request: Request,
        work: Annotated[str, Path(examples=["ma-penal-code"], max_length=100)],
        lang: Annotated[Literal["ar", "fr", "en"] | None, Query()] = None,
    ) -> list[TocEntry]:
        return request.app.state.library.table_of_contents(work, lang)

    @app.get(
        "/api/documents/{work}/articles/{article}",
        response_model=ArticleView,
        tags=["documents"],
        responses=error_responses(404, 422),
    )
    def article(
        request: Request,
        work: Annotated[str, Path(examples=["ma-penal-code"], max_length=100)],
        article: Annotated[str, Path(examples=["448-2"], max_length=40)],
        lang: Annotated[Literal["ar", "fr", "en"] | None, Query(description="preferred language")] = None,
    ) -> ArticleView:
        """The whole article: text, citation, heading path, other wordings, other languages, neighbours."""
        return request.app.state.library.article(work, article, lang)

    def authorized(authorization: Annotated[str | None, Header(description="Bearer $DALEEL_API_TOKEN")] = None) -> None:
        _authorize(settings, authorization)  # a dependency: checked before the parameters are

    @app.post(
        "/api/ingest",
        status_code=201,
        tags=["documents"],
        dependencies=[Depends(authorized)],
        response_model=IngestResult,
        openapi_extra={"requestBody": _UPLOAD_BODY},
        responses={
            200: {
                "description": "this very file, with these metadata, is already that work's: nothing was done",
                "model": IngestResult,
            },
            **error_responses(
                401,
                403,
                409,
                413,
                422,
                _413="the file is larger than 50 MiB",
                _422="a file that cannot be read, or invalid metadata (title, type, language…)",
            ),
        },
    )
    async def ingest_document(
        request: Request,
        filename: Annotated[
            str, Query(pattern=r"^[\w.\- ]{1,120}\.(?i:pdf|txt|md|docx)$", examples=["circulaire.pdf"])
        ],
        work_type: Annotated[WorkTypeParam, Query(description="what kind of text it is (required: never guessed)")],
        jurisdiction: Annotated[
            Literal["MA", "international"], Query(description="whose law it is (required: never guessed)")
        ],
        work_id: Annotated[str | None, Query(pattern=r"^[a-z0-9][a-z0-9-]{1,80}$")] = None,
        title: Annotated[str | None, Query(max_length=300, description="default: the file's name")] = None,
        language: Annotated[Literal["ar", "fr", "en"] | None, Query(description="default: detected")] = None,
        number: Annotated[str | None, Query(max_length=40)] = None,
        replace: Annotated[bool, Query(description="replace your own earlier document of this work_id")] = False,
    ) -> dict:
        """Add a document (the request body is the file). Protected: ``Authorization: Bearer <token>``.

        409 when ``work_id`` is a starter catalogue work, your own earlier document (unless ``replace=true``), or
        when the file's bytes are already another work's; 200 ``unchanged`` for the very file that work reads, sent
        again with the same metadata; 413 past 50 MiB; 422 for a file that cannot be read."""
        work_id = work_id or default_work_id(filename)
        metadata = {
            "id": work_id,
            "type": work_type,
            "title": title,
            "language": language,
            "number": number,
            "jurisdiction": jurisdiction,
        }
        searcher: Searcher = request.app.state.searcher
        try:
            # Before reading a body that would be refused: a starter work's id. One of the user's own is judged once
            # the file is read, under the writing lock (the very same file, sent again, is no conflict).
            check_work_id(settings, work_id, replace=True)
            body = await _read_upload(request, filename)
            library = request.app.state.library
            result = await run_in_threadpool(
                _ingest_upload, settings, searcher, library, filename, body, metadata, replace
            )
        except (WorkConflict, MetadataError) as problem:
            raise _refusal(problem) from None
        # 200: nothing was written, the index already held this very file.
        return JSONResponse(status_code=200 if result["status"] == "unchanged" else 201, content=result)

    @app.delete(
        "/api/documents/{work}",
        tags=["documents"],
        dependencies=[Depends(authorized)],
        response_model=RemovalResult,
        responses=error_responses(
            401,
            403,
            404,
            409,
            422,
            _404="no document of yours has this id",
            _409="a work of the starter catalogue, which only its catalogue removes",
        ),
    )
    async def remove_document(
        request: Request, work: Annotated[str, Path(examples=["user-circulaire"], max_length=100)]
    ) -> dict:
        """Take one of your own documents out of the corpus: its passages, its catalogue entry and its uploaded file.
        Protected: ``Authorization: Bearer <token>``. The starter corpus's works are not removable (409)."""
        searcher: Searcher = request.app.state.searcher
        library: Library = request.app.state.library

        def remove() -> dict:
            with _WRITING:
                try:
                    removed, passages = remove_user_work(settings, searcher.store, work)
                finally:  # as the files say, whatever happened: a half-done removal leaves no stale list
                    searcher.passages.invalidate()
                    searcher.catalogue = full_catalogue(settings)
                    library.catalogue = public_catalogue(searcher.catalogue)
            return {"work_id": removed.id, "status": "removed", "passages": passages, "title": _title_of(removed)}

        try:
            return await run_in_threadpool(remove)
        except WorkConflict as problem:
            raise _refusal(problem) from None
        except LookupError as problem:
            raise UploadRefused(404, "no_document", str(problem), f"«{work}»") from None

    app.include_router(export.router)
    app.include_router(export.fonts_router)

    @app.api_route("/api/{rest:path}", methods=_METHODS, include_in_schema=False)
    def no_such_api_route(request: Request) -> None:
        # Before the static mount, which answered «GET /api/ingest» and «HEAD /api/search» with a 404 (an audit): an
        # address the API has, asked with another method, is a 405 saying which methods it takes.
        allowed = sorted(
            {
                m
                for r in app.routes
                if isinstance(r, APIRoute) and r.path != "/api/{rest:path}" and r.path_regex.match(request.url.path)
                for m in r.methods
            }
        )
        if allowed:
            raise StarletteHTTPException(405, headers={"Allow": ", ".join(allowed)})
        raise StarletteHTTPException(404)

    if UI_DIR.is_dir():  # last: the static mount answers every other path
        app.mount("/", StaticFiles(directory=UI_DIR, html=True), name="ui")
    return app
