"""Response headers a small public web app owes its readers (an audit found none of them).

- every answer: ``X-Content-Type-Options: nosniff`` (a browser takes a type for what it is said to be);
  ``Referrer-Policy: same-origin`` (a question typed about a victim does not leave in a link's Referer);
- the page: a Content-Security-Policy that runs only this server's scripts and lets no other site frame it;
- the API: ``Cache-Control: no-store`` on writes and on lists that a write changes, ``no-cache`` elsewhere, so an
  upload or removal shows at once; the page's own files are revalidated (``no-cache``) so an update shows too;
- a 401: ``WWW-Authenticate: Bearer`` (RFC 6750).

Usage example::

    app.add_middleware(SecurityHeaders)
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The page's scripts and styles are files of this server (no inline script, no style attribute); /docs and /redoc,
# with their own inline scripts, are left to their defaults.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
_OWN_PAGES = ("/docs", "/redoc")


# What every answer of the API carries; also set by the 500 handler, which Starlette runs outside every middleware.
API_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}


class SecurityHeaders:
    """ASGI middleware adding the headers above to every HTTP answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        writing = scope["method"] not in ("GET", "HEAD", "OPTIONS")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in API_HEADERS.items():
                    headers.setdefault(name, value)
                if path.startswith("/api/"):
                    listing = path == "/api/documents" or path.startswith("/api/documents/")
                    headers.setdefault("Cache-Control", "no-store" if writing or listing else "no-cache")
                elif not path.startswith(_OWN_PAGES):
                    headers.setdefault("Cache-Control", "no-cache")
                    if headers.get("content-type", "").startswith("text/html"):
                        headers.setdefault("Content-Security-Policy", PAGE_POLICY)
                        headers.setdefault("X-Frame-Options", "DENY")
                if message["status"] == 401:
                    headers.setdefault("WWW-Authenticate", 'Bearer realm="daleel"')
            await send(message)

        await self.app(scope, receive, send_with_headers)
