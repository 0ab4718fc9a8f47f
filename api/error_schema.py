"""What an error looks like, for the OpenAPI description: every error is ``{error, message, detail}`` (`api.errors`).

FastAPI documents a 422 as its own ``{"detail": [...]}``, which this API never sends: a client generated from that
description mis-read every error (a product trial). Each route lists the statuses it can answer with this body.

Usage::

    @app.get("/api/documents/{work}", responses=error_responses(404, 422))
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorBody(BaseModel):
    """The body of every error the API answers (4xx, 5xx)."""

    model_config = ConfigDict(extra="allow")
    error: str = Field(
        description="a stable code to act on: empty_query, no_words, not_utf8, query_too_long, invalid_query, "
        "invalid_request, unknown_work, not_found, no_route, method_not_allowed, unauthorized, forbidden, "
        "not_in_corpus, work_exists, starter_id, starter_work, official_name, duplicate_document, duplicate_starter, "
        "no_document (a DELETE of a work that is not one of your documents), invalid_document, invalid_metadata, "
        "too_large, body_too_large, internal_error; http for another HTTP error",
        examples=["unknown_work"],
    )
    message: str = Field(
        description="for the reader, in the request's language: `lang` when ar or fr, else the first of ar/fr in "
        "Accept-Language; English otherwise",
        examples=["Aucun texte du corpus n'a pour identifiant ma-law-99-99 (la liste : /api/documents)."],
    )
    detail: str = Field(
        description="the precise reason, in English",
        examples=["unknown work 'ma-law-99-99' (the list: GET /api/documents)"],
    )
    see: list[str] | None = Field(
        default=None,
        description="404 for a code article the corpus lacks: the articles of its laws that give its wording (keys)",
        examples=[["ma-law-103-13:6"]],
    )
    inserted: list[str] | None = Field(
        default=None,
        description="404 for a law's article number it lacks: the article of that number it inserted in or amended "
        "in another work (keys)",
        examples=[["ma-penal-code:448-2"]],
    )


_MEANINGS = {
    401: "the write token is missing or wrong (Authorization: Bearer <token>)",
    403: "writing is disabled on this server (no DALEEL_API_TOKEN set)",
    404: "no such work or article in the corpus (`see`: where a code article's wording is), or no such address",
    405: "this address does not take this method (the Allow header lists those it takes)",
    409: "the id, or the file's content, is already another work's",
    413: "the request body is too large",
    422: "an invalid request: a parameter, the query, the file or the pack (the code says which)",
    500: "the server failed on this request; the reason is in its log, never in the answer",
}


def error_responses(*statuses: int, **meanings: str) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route for these error statuses, each with the error body; ``meanings`` («_422»: …) say
    more precisely what a status means on that route."""
    return {
        status: {"model": ErrorBody, "description": meanings.get(f"_{status}", _MEANINGS[status])}
        for status in statuses
    }
