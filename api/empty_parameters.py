"""An optional query parameter sent empty is an unset one: ``?q=traite&lang=&work=`` is what an HTML form, or the
README's own example URL, sends for «any language», «any work» (a trial got 422 for it).

Usage example::

    app.add_middleware(EmptyParametersUnset, names={"lang", "work"})
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send


def raw_parameters(query_string: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """Each ``name=value`` of a raw query string: the pair as sent, and its name and value percent-decoded, as bytes
    (what they encode is the caller's to judge)."""
    pairs = []
    for pair in query_string.split(b"&"):
        name, _, value = pair.partition(b"=")
        pairs.append((pair, unquote_to_bytes(name.replace(b"+", b" ")), unquote_to_bytes(value.replace(b"+", b" "))))
    return pairs


class EmptyParametersUnset:
    """ASGI middleware: drops the parameters of ``names`` whose value is empty from the query string, before the
    application validates it. The other parameters pass byte for byte (a query's encoding is the app's to judge)."""

    def __init__(self, app: ASGIApp, names: Collection[str]) -> None:
        self.app = app
        self.names = {name.encode() for name in names}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw: bytes = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if raw:
            pairs = raw_parameters(raw)
            # «lang=», «lang=+», «lang=%20»
            kept = [pair for pair, name, value in pairs if value.strip() or name not in self.names]
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": b"&".join(kept)}
        await self.app(scope, receive, send)
