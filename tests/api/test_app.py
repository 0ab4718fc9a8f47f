"""The real FastAPI app over HTTP (a real uvicorn server on loopback), on the small real index."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
import uvicorn

from api.app import create_app


@pytest.fixture(scope="module")
def base_url(indexed):
    settings, _, searcher = indexed
    app = create_app(settings, searcher=searcher)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_health(base_url: str) -> None:
    body = httpx.get(f"{base_url}/api/health").json()
    assert body["status"] == "ok" and body["passages"] > 0


def test_search_over_http(base_url: str) -> None:
    response = httpx.get(
        f"{base_url}/api/search", params={"q": "إعفاء ضحايا الاتجار بالبشر من الرسوم القضائية", "top_k": 3}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "إعفاء ضحايا الاتجار بالبشر من الرسوم القضائية"
    first = body["results"][0]
    assert set(first) >= {"rank", "score", "text", "language", "citation"}
    assert first["citation"]["label"] == "المادة 5 من القانون رقم 27.14"
    assert set(first["citation"]) >= {"document_id", "document_title", "article", "label"}


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 2001},
        {"q": "traite", "lang": "de"},
        {"q": "traite", "top_k": "many"},
        {"q": "traite", "top_k": 0},
        {},
    ],
)
def test_bad_requests_get_a_json_422(base_url: str, params: dict) -> None:
    response = httpx.get(f"{base_url}/api/search", params=params)
    assert response.status_code == 422
    assert response.json()["message"]


def test_openapi_and_page_are_served(base_url: str) -> None:
    schema = httpx.get(f"{base_url}/openapi.json").json()
    assert "/api/search" in schema["paths"] and "/api/health" in schema["paths"]
    assert httpx.get(f"{base_url}/docs").status_code == 200
    page = httpx.get(f"{base_url}/")
    assert page.status_code == 200 and "Daleel" in page.text
