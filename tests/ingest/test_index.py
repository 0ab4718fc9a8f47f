"""The embedded index under concurrent reads and writes: a real on-disk Qdrant, made-up vectors."""

from __future__ import annotations

import random
import threading
from pathlib import Path

from haystack import Document
from haystack.dataclasses import SparseEmbedding

from ingest.index import EMBEDDING_DIM, OneCallAtATime, open_document_store
from ingest.settings import Settings


def _passage(i: int) -> Document:
    return Document(
        id=f"{i:032x}",
        content=f"synthetic passage {i}",
        embedding=[random.random() for _ in range(EMBEDDING_DIM)],
        sparse_embedding=SparseEmbedding(indices=[i % 50, 60], values=[1.0, 0.5]),
        meta={"key": f"test:{i}"},
    )


def test_searches_do_not_fail_while_a_document_is_written(tmp_path: Path) -> None:
    # An audit saw 6 of 50 searches fail with a 500 during an upload: embedded Qdrant's arrays grew under them.
    store = open_document_store(Settings(data_dir=tmp_path / "data"))
    store.write_documents([_passage(i) for i in range(200)])
    errors: list[Exception] = []
    searches = 0
    done = threading.Event()

    def write() -> None:
        for start in range(200, 2000, 20):
            store.write_documents([_passage(i) for i in range(start, start + 20)])
        done.set()

    def search() -> None:
        nonlocal searches
        while not done.is_set():
            try:
                store._query_by_embedding(query_embedding=[random.random() for _ in range(EMBEDDING_DIM)], top_k=5)
                store._query_by_sparse(
                    query_sparse_embedding=SparseEmbedding(indices=[3, 60], values=[1.0, 1.0]), top_k=5
                )
                searches += 1
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                errors.append(error)

    threads = [threading.Thread(target=write), *(threading.Thread(target=search) for _ in range(3))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    try:
        assert searches > 0 and errors == []
        assert store.count_documents() == 2000
        # Opened again after a close (the server's shutdown closes it), it is still one call at a time.
        store.close()
        assert store.count_documents() == 2000
        assert isinstance(store._client, OneCallAtATime)
    finally:
        store.close()
