"""Serve an app on a free loopback port in a background thread: for the tests and ``daleel bench``.

Usage::

    with serving(create_app(settings, searcher=searcher)) as base_url:
        httpx.get(f"{base_url}/api/health")
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI


@contextmanager
def serving(app: FastAPI, host: str = "127.0.0.1") -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port = sock.getsockname()[1]
    from api.app import MAX_REQUEST_HEAD

    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", h11_max_incomplete_event_size=MAX_REQUEST_HEAD
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
