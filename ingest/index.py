"""The index: passages with their embeddings in Qdrant, through qdrant-haystack.

Embedded on-disk Qdrant under the data dir by default; a Qdrant server or cluster when
``DALEEL_QDRANT_URL`` is set, with no other change. Embedded mode holds an exclusive lock on its
folder, so a second process gets :class:`IndexInUseError` with a message saying what to do.

Usage::

    from ingest.index import open_document_store
    store = open_document_store(Settings())
    store.count_documents()
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from haystack.utils import Secret
from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

from ingest.settings import Settings

EMBEDDING_DIM = 384  # multilingual-e5-small; the integration's default of 768 would fail


class IndexInUseError(RuntimeError):
    """The embedded index is locked by another process (usually the running server)."""


class OneCallAtATime:
    """The embedded Qdrant client, one call at a time across threads.

    Embedded Qdrant keeps its vectors in numpy arrays in this process, and a search that runs while a write grows
    them fails («operands could not be broadcast together with shapes (3104,) (3105,)»): an audit saw 6 of 50 searches
    fail during an upload. A Qdrant server does its own locking and is left as it is.
    """

    def __init__(self, client: Any) -> None:
        self._client = client
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        if name == "_client" or name.startswith("__"):  # not yet set (copy, pickle): no recursion
            raise AttributeError(name)
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attribute(*args, **kwargs)

        return locked


class EmbeddedQdrantDocumentStore(QdrantDocumentStore):
    """The document store on embedded Qdrant, its client called one call at a time (`OneCallAtATime`), also when
    it is opened again after a close."""

    _opening = threading.RLock()  # two threads reopening it would both take the folder's lock; set-up re-enters

    def _initialize_client(self) -> None:
        with self._opening:
            super()._initialize_client()
            if self._client is not None and not isinstance(self._client, OneCallAtATime):
                self._client = OneCallAtATime(self._client)  # type: ignore[assignment]


def open_document_store(settings: Settings, *, recreate: bool = False) -> QdrantDocumentStore:
    """Open (creating if needed) the passages collection, dense + sparse with Qdrant's IDF modifier."""
    location: dict = (
        {
            "url": settings.qdrant_url,
            "api_key": Secret.from_token(settings.qdrant_api_key) if settings.qdrant_api_key else None,
        }
        if settings.qdrant_url
        else {"path": str(settings.qdrant_path)}
    )
    if not settings.qdrant_url:
        settings.qdrant_path.mkdir(parents=True, exist_ok=True)
    store = (QdrantDocumentStore if settings.qdrant_url else EmbeddedQdrantDocumentStore)(
        **location,
        index=settings.index,
        embedding_dim=EMBEDDING_DIM,
        similarity="cosine",
        use_sparse_embeddings=True,
        sparse_idf=True,
        recreate_index=recreate,
        progress_bar=False,
        # Payload indexes only matter (and only work) on a Qdrant server; embedded mode warns about them.
        payload_fields_to_index=[
            {"field_name": f"meta.{name}", "field_schema": "keyword"}
            for name in ("key", "work_id", "version_id", "language", "article", "wording", "work_type")
        ]
        if settings.qdrant_url
        else None,
    )
    try:
        store.count_documents()  # the client connects lazily: take the lock (or fail) now
    except RuntimeError as error:
        if "already accessed" in str(error):
            raise IndexInUseError(
                f"the index at {settings.qdrant_path} is in use by another process (usually `daleel serve`): "
                "stop it, or use its API instead (GET /api/search, GET /api/documents/…, POST /api/ingest,"
                " DELETE /api/documents/{work})"
            ) from None
        raise
    return store
