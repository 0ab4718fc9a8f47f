"""The folded query and its tokens, for `search.query`.

Everything is matched on a folded copy of the query (Arabic letters folded, Eastern digits made ASCII, Latin
lower-cased without accents) that keeps, character by character, where it came from in the query; its words are
compared by their index terms, so that «بالقانون» meets «القانون».
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ingest.text import analyze, normalize_arabic
from ingest.text_fr import fold_accents

# --- Folding ---------------------------------------------------------------------------------

_CHAR_MAP = {
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "−": "-",
    "’": "'",
    "ʼ": "'",
    "`": "'",
    "٫": ".",
    "،": ",",
    "؛": ";",
    "\u00a0": " ",
}


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _CHAR_MAP:
        return _CHAR_MAP[char]
    return fold_accents(normalize_arabic(char)).lower()


@dataclass(frozen=True)
class _Folded:
    """The folded query and, for each of its characters, the index of its source in the query."""

    text: str
    origin: tuple[int, ...]  # one per folded character, plus len(query) at the end

    def original(self, start: int, end: int) -> range:
        # Up to the next kept character: marks dropped by folding go with the character they follow.
        return range(self.origin[start], self.origin[end])


# A code's abbreviation typed right after the article number («448-2CP», «82-5-1ق.م.ج»): read as if spaced (a judge's
# trial got Penal Code 448 first for «448-2CP»).
# Only after an article's number, of two digits or parts: «en 2cp» is a school grade.
_ARTICLE_BEFORE_RE = re.compile(r"(?<![0-9٠-٩۰-۹])(?:[0-9٠-٩۰-۹]{2,}|[0-9٠-٩۰-۹]+(?:[-./][0-9٠-٩۰-۹]+)+)$")
_GLUED_CODE_RE = re.compile(r"(?<=[0-9٠-٩۰-۹])(?=(?:cpp?|c\.p(?:\.p)?\.?|ق\.?(?:م\.?)?ج)(?![^\W\d_]))", re.IGNORECASE)


def _fold(query: str) -> _Folded:
    chars: list[str] = []
    origin: list[int] = []
    glued = {m.start() - 1 for m in _GLUED_CODE_RE.finditer(query) if _ARTICLE_BEFORE_RE.search(query, 0, m.start())}
    for index, char in enumerate(query):
        folded = _fold_char(char)
        chars.append(folded)
        origin += [index] * len(folded)
        if index in glued:  # the space stands before the abbreviation: a span ending at the digit keeps it
            chars.append(" ")
            origin.append(index + 1)
    return _Folded("".join(chars), (*origin, len(query)))


def _fold_text(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


# --- Tokens: words compared by their index terms, so that «بالقانون» meets «القانون» ----------------

_TOKEN_RE = re.compile(r"\d+(?:[-./]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    keys: frozenset[str]  # the token's index terms (light stems); empty for stop words


@lru_cache(maxsize=8192)
def _keys(word: str) -> frozenset[str]:
    return frozenset(analyze(word))


def _tokens(folded: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group(), _keys(m.group())) for m in _TOKEN_RE.finditer(folded)]


def _keyset(words: Iterable[str]) -> frozenset[str]:
    return frozenset(k for w in words for k in _keys(_fold_text(w)))
