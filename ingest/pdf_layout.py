"""Page layout for PDF extraction: text pieces with positions, lines, page furniture and footnotes.

pypdf's plain extraction is the concatenation of the pieces it hands to a ``visitor_text`` callback,
so the pieces are collected with their position and font size, cleaned (fake-bold duplicates),
grouped into pypdf's lines (those on one baseline merged) and joined in logical order (right-to-left
runs drawn in visual order are reordered). Positions then tell page numbers, running
headers/footers, superscript footnote references and the footnote zone at the bottom of a page
apart from the body.

Usage::

    from pypdf import PdfReader
    from ingest.pdf_layout import page_lines, split_pages

    reader = PdfReader("law.pdf")
    pages = [page_lines(p) for p in reader.pages]
    for layout in split_pages(pages, [float(p.mediabox.height) for p in reader.pages]):
        print(layout.body, layout.footnotes)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import Any

from bidi import get_display
from pypdf import PageObject

_RTL_CHAR = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Characters pypdf treats as direction-neutral when it reorders right-to-left text.
_NEUTRAL = re.compile("[\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff]")
# «12», «*», «(12)», and a note inserted later in an edition's numbering: «222 bis».
_SUPERSCRIPT = re.compile(r"^\s*(?:\d{1,3}(?:\s?(?:bis|ter|quater))?|\*{1,3}|\(\d{1,3}\))\s*$")
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—(]*(?:page|p\.|صفحة|الصفحة)?\s*\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-–—)]*$", re.I
)
_RULE = re.compile(r"^[\s_\-–—=.·]*$")
_FOOTNOTE_START = re.compile(r"^\s*(\(\d{1,3}\)|\d{1,3}\s*[-–.)]|\*{1,3})\s*(?=\S)")
_SAME_POS = 0.5  # points: pieces closer than this start at the same place


@dataclass
class Piece:
    """One text-showing call as seen by pypdf's visitor: text, baseline origin and font size."""

    text: str
    x: float
    y: float
    size: float


@dataclass
class Line:
    """Pieces of one line in stream order; not to be changed once its text has been read."""

    pieces: list[Piece] = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        return logical_text(self.pieces)

    def _inked(self) -> list[Piece]:
        return [p for p in self.pieces if p.text.strip()]

    @cached_property
    def y(self) -> float | None:
        inked = self._inked() or self.pieces
        return inked[0].y if inked else None

    @cached_property
    def size(self) -> float:
        """Font size carrying most characters of the line."""
        sizes: Counter[float] = Counter()
        for p in self._inked():
            sizes[round(p.size, 1)] += len(p.text.strip())
        return sizes.most_common(1)[0][0] if sizes else 0.0


@dataclass
class PageLayout:
    body: list[str]
    footnotes: list[tuple[str, str]]  # (marker, text); marker "" continues the previous page's note
    dropped: list[str]  # page numbers, running headers/footers, footnote reference markers


def _piece(text: str, cm: list[float], tm: list[float], font_size: float) -> Piece:
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    scale = abs(tm[0] * tm[3] - tm[1] * tm[2]) ** 0.5 * abs(cm[0] * cm[3] - cm[1] * cm[2]) ** 0.5
    return Piece(text, x, y, font_size * scale)


def _same_pos(a: Piece, b: Piece, tol: float = _SAME_POS) -> bool:
    return abs(a.x - b.x) < tol and abs(a.y - b.y) < tol


def _drop_fake_bold(pieces: list[Piece]) -> list[Piece]:
    # Some producers fake bold by drawing each glyph twice, shifted by a fraction of a point;
    # pypdf then reads "CCOODDEE" for "CODE".
    out: list[Piece] = []
    for p in pieces:
        prev = next((q for q in reversed(out) if q.text.strip()), None)
        if (
            prev is not None
            and p.text.strip()
            and p.text == prev.text
            and _same_pos(p, prev, tol=max(0.15 * p.size, _SAME_POS))
        ):
            continue
        if _doubled(p.text):  # the same, drawn within one text object: "TTIITTRREE"
            p = Piece(p.text[::2], p.x, p.y, p.size)
        out.append(p)
    return out


def _doubled(text: str) -> bool:
    return (
        len(text) >= 6
        and len(text) % 2 == 0
        and text[::2] == text[1::2]
        and sum(c.isalpha() for c in text) >= 6
    )


def _is_rtl(piece: Piece) -> bool:
    return bool(_RTL_CHAR.search(piece.text))


def _direction(piece: Piece) -> bool | None:
    """True for a right-to-left run, False for left-to-right, None for neutral characters only."""
    if _is_rtl(piece):
        return True
    return False if _NEUTRAL.sub("", piece.text) else None


def _run_directions(pieces: list[Piece]) -> list[bool]:
    # pypdf hands over a run each time the direction changes, so within one drawing call the
    # runs alternate; a run of neutral characters (").") takes its direction from its neighbours.
    known = [(i, d) for i, p in enumerate(pieces) if (d := _direction(p)) is not None]
    if not known:
        return [False] * len(pieces)
    out = []
    for i in range(len(pieces)):
        j, d = min(known, key=lambda k: abs(k[0] - i))
        out.append(d if (i - j) % 2 == 0 else not d)
    return out


def _visual_run(pieces: list[Piece]) -> str:
    """Logical text of pieces that follow each other in *visual* (left-to-right) order.

    pypdf already reversed each right-to-left run, so it is reversed back to rebuild the line as
    drawn, and the bidi algorithm (its own inverse on one line) gives the logical order.
    """
    rtl = _run_directions(pieces)
    visual = "".join(p.text[::-1] if r else p.text for p, r in zip(pieces, rtl, strict=True))
    return get_display(visual, base_dir="R")


def logical_text(pieces: list[Piece]) -> str:
    """Join a line's pieces in logical order.

    pypdf reads a right-to-left text run correctly but keeps runs in drawing order. That is right
    when a producer draws runs one by one in reading order (Word), but not when it draws a whole
    visual-order line at once (reportlab with python-bidi; pypdf then splits it into runs that all
    start at the same point), nor when words are drawn left to right one by one. Word also writes
    a word and the space or punctuation after it as two pieces starting at the same point,
    follower first («ظهيرشريف», «.أدناه»). Each such case is rebuilt in visual order and
    reordered with the bidi algorithm.
    """
    if not any(_is_rtl(p) for p in pieces):
        return "".join(p.text for p in pieces)
    groups: list[list[Piece]] = []
    for p in pieces:
        if groups and _same_pos(p, groups[-1][0]):
            groups[-1].append(p)
        else:
            groups.append([p])
    xs = [g[0].x for g in groups if any(_is_rtl(p) for p in g)]
    rightward = sum(b > a + _SAME_POS for a, b in pairwise(xs))
    leftward = sum(b < a - _SAME_POS for a, b in pairwise(xs))
    if rightward > leftward:  # right-to-left words drawn from left to right: a visual-order line
        return _visual_run(pieces)
    out: list[str] = []
    for k, g in enumerate(groups):
        if len(g) > 1 and any(_is_rtl(p) for p in g):
            out.append(_visual_run(g))
        elif len(g) == 1 and _drawn_visual_neutrals(groups, k):
            out.append(g[0].text[::-1])
        else:
            out.append("".join(p.text for p in g))
    return "".join(out)


def _drawn_visual_neutrals(groups: list[list[Piece]], k: int) -> bool:
    """A run of punctuation after a number, drawn right to left but left as drawn by pypdf.

    In right-to-left text, punctuation next to Arabic or to a number reads right to left
    (LibreOffice draws «12.34).» as «12.34» then «.)»). pypdf reverses such a run only when the
    run before it was right-to-left, so after a number the run is still in drawing order.
    """
    piece = groups[k][0]
    if k == 0 or len(piece.text.strip()) < 2 or _direction(piece) is not None:
        return False
    later = [g[0] for g in groups[k + 1 :] if _direction(g[0]) is not None]
    # Between two Latin words the punctuation reads left to right.
    latin_after = bool(later) and not _is_rtl(later[0]) and bool(re.search(r"[^\W\d_]", later[0].text))
    return _direction(groups[k - 1][-1]) is False and not latin_after


def page_lines(page: PageObject) -> list[Line]:
    """The page's text as pypdf's plain mode splits it into lines, with positions kept."""
    pieces: list[Piece] = []

    def visit(text: str, cm: Any, tm: Any, font_dict: Any, font_size: float) -> None:
        if text:
            pieces.append(_piece(text, list(cm), list(tm), float(font_size or 0.0)))

    page.extract_text(visitor_text=visit)
    pieces = _drop_fake_bold(pieces)
    lines: list[Line] = [Line()]
    for p in pieces:
        parts = p.text.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append(Line())
            if part:
                lines[-1].pieces.append(Piece(part, p.x, p.y, p.size))
    return _merge_same_baseline([line for line in lines if line.text.strip() or _is_rule(line)])


def _same_baseline(a: Line, b: Line) -> bool:
    return (
        a.y is not None
        and b.y is not None
        and bool(a.text.strip())
        and bool(b.text.strip())
        and abs(a.y - b.y) < 0.25 * max(a.size, b.size, 1.0)
    )


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    # pypdf starts a new line for every separately positioned text object, so words drawn one by
    # one (visual-order producers) come out one per line, and so does the text after a raised
    # footnote reference; consecutive lines on the same baseline are one line. The joining space
    # gets no position so that it never counts as "same place".
    out: list[Line] = []
    gap = Piece(" ", float("nan"), float("nan"), 0.0)
    for line in lines:
        if out and _same_baseline(out[-1], line):
            out[-1] = Line(out[-1].pieces + [gap] + line.pieces)
        elif (
            len(out) > 1
            and _SUPERSCRIPT.match(out[-1].text)
            and out[-1].size < line.size
            and _same_baseline(out[-2], line)
        ):
            marker = out.pop()
            out[-1] = Line(out[-1].pieces + marker.pieces + [gap] + line.pieces)
        else:
            out.append(line)
    return out


def body_font_size(pages: list[list[Line]]) -> float:
    """The font size that carries most characters of the document."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            for p in line.pieces:
                sizes[round(p.size, 1)] += len(p.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _strip_superscripts(line: Line, dropped: list[str]) -> Line:
    """Remove footnote reference markers: small digits raised above the line's baseline."""
    size = line.size
    base = Counter(round(p.y, 1) for p in line.pieces if p.text.strip() and round(p.size, 1) == size)
    if not base:
        return line
    baseline = base.most_common(1)[0][0]
    kept = []
    for p in line.pieces:
        if _SUPERSCRIPT.match(p.text) and p.size <= 0.8 * size and p.y > baseline + 0.1 * size:
            dropped.append(p.text.strip())
            continue
        kept.append(p)
    return Line(kept)


def _is_detached_marker(line: Line, before: list[Line], body_size: float) -> bool:
    if line.size <= 0.8 * body_size:
        return True
    prev = next((ln for ln in reversed(before) if ln.text.strip()), None)
    if prev is None or prev.y is None or line.y is None:
        return False
    # Raised a little above the previous line's baseline, in smaller type: its superscript.
    return line.size <= 0.8 * prev.size and 0 < line.y - prev.y < prev.size


_EDGE_NUMBER = re.compile(r"^(\d{1,4})\b|\b(\d{1,4})$")


def _furniture_keys(text: str, page: int) -> set[str]:
    """The line's text, and, if it starts or ends with a number, the text with that number
    replaced by its offset from the page index (a page number in a running header)."""
    key = " ".join(text.split()).casefold()
    keys = {key}
    m = _EDGE_NUMBER.search(key)
    if m:
        number = int(m[1] or m[2])
        keys.add(f"{key[: m.start()]}#{number - page}#{key[m.end() :]}")
    return keys


def running_furniture(pages: list[list[Line]], heights: list[float], zone: float = 0.1) -> list[set[str]]:
    """Per page, the texts of lines in the top/bottom margin zone that recur on at least half the
    pages (and at least 3): running headers and footers, with their page numbers if any."""
    found: list[set[str]] = []
    for i, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        found.append(
            {
                key
                for line in lines
                if line.y is not None and (line.y > (1 - zone) * height or line.y < zone * height)
                for key in _furniture_keys(line.text, i)
            }
        )
    seen = Counter(key for keys in found for key in keys)
    need = max(3, (len(pages) + 1) // 2)
    recurring = {key for key, n in seen.items() if n >= need and key.strip("# -–—0123456789")}
    return [keys & recurring for keys in found]


def _marker(raw: str) -> str:
    return re.sub(r"[^\d*]", "", raw)


def _parse_footnotes(lines: list[str], last: int | None) -> tuple[list[tuple[str, str]], int | None]:
    """Group footnote-zone lines into notes; ``last`` is the previous note number in the document.

    A line opens a note when it starts with a marker («12 -», «(12)», «*») that continues the
    numbering or follows a finished sentence (a note may quote a numbered list); other lines
    continue the current note, or the previous page's last note (marker "").
    """
    notes: list[tuple[str, str]] = []
    for text in lines:
        m = _FOOTNOTE_START.match(text)
        if m and _marker(m[1]).isdigit():
            n = int(_marker(m[1]))
            in_sequence = last is None or last < n <= last + 5 or (n == 1 and not notes)
            # Out of sequence (the source's own numbering slips): a new note only after a full stop.
            if not in_sequence and notes and not re.search(r"[.!?)»]\s*$", notes[-1][1]):
                m = None
            else:
                last = n
        if m:
            notes.append((_marker(m[1]), text[m.end() :].strip()))
        elif notes:
            notes[-1] = (notes[-1][0], f"{notes[-1][1]} {text.strip()}")
        else:
            notes.append(("", text.strip()))
    return notes, last


def split_page(
    lines: list[Line],
    height: float,
    body_size: float,
    furniture: set[str] = frozenset(),  # type: ignore[assignment]
    last_note: int | None = None,
    page_index: int = 0,
) -> PageLayout:
    """Sort one page's lines into body, footnotes and dropped furniture.

    ``last_note`` is the number of the document's previous footnote, to tell note numbers from
    numbers that start a line inside a note.
    """
    dropped: list[str] = []
    kept: list[Line] = []
    ys = [line.y for line in lines if line.y is not None and line.text.strip()]
    top, bottom = (max(ys), min(ys)) if ys else (0.0, 0.0)
    for line in lines:
        text, y = line.text.strip(), line.y
        in_margin = y is not None and (y > 0.9 * height or y < 0.1 * height or y in (top, bottom))
        if text and in_margin and (_PAGE_NUMBER.match(text) or _furniture_keys(text, page_index) & furniture):
            dropped.append(text)
        else:
            kept.append(line)

    body_lines, note_lines = _split_footnote_zone(kept, body_size)
    body: list[Line] = []
    for line in body_lines:
        if _SUPERSCRIPT.match(line.text) and _is_detached_marker(line, body, body_size):
            dropped.append(line.text.strip())  # a reference marker pypdf put on a line of its own
        else:
            body.append(_strip_superscripts(line, dropped))
    notes, _ = _parse_footnotes([_marker_first(line) for line in note_lines], last_note)
    return PageLayout(_without_glued_markers([ln.text for ln in body], notes, dropped), notes, dropped)


def _without_glued_markers(body: list[str], notes: list[tuple[str, str]], dropped: list[str]) -> list[str]:
    """Body lines without the reference markers printed in body type right after a word («procédure pénale46,»):
    a number glued to a lower-case Latin word of three letters or more that is the marker of a note of the same
    page. Not «C182», «CO2», «article12» (a word cut from its number in some PDFs), nor Arabic («المادة2»)."""
    markers = sorted({m for m, _ in notes if m.isdigit()}, key=len, reverse=True)
    if not markers:
        return body
    glued = re.compile(rf"(?<!\w)(?!article)([a-zà-öø-ÿ]{{3,}})(?:{'|'.join(markers)})(?=[\s,.;:)»]|$)")

    def drop(match: re.Match[str]) -> str:
        dropped.append(match.group()[len(match.group(1)) :])
        return match.group(1)

    return [glued.sub(drop, line) for line in body]


def _marker_first(line: Line) -> str:
    """A note's own number is often superscript too: make it a plain leading marker."""
    inked = [p for p in line.pieces if p.text.strip()]
    if len(inked) > 1 and _SUPERSCRIPT.match(inked[0].text) and inked[0].size < inked[1].size:
        rest = "".join(p.text for p in line.pieces[line.pieces.index(inked[0]) + 1 :])
        return f"{inked[0].text.strip()} - {rest.lstrip(' -–.')}" if rest.strip() else line.text
    return line.text


def _is_rule(line: Line) -> bool:
    # Word prints the footnote separator as a long run of spaces (the rule itself is a graphic);
    # other producers use underscores or dashes.
    raw = line.text
    return bool(_RULE.match(raw)) and (len(raw) >= 10 or len(raw.strip()) >= 5)


def _split_footnote_zone(lines: list[Line], body_size: float) -> tuple[list[Line], list[Line]]:
    # The zone starts at the lowest separator rule with note-like lines below it (a title may be
    # underlined with a rule too), or, without one, at the first of the trailing smaller-type
    # lines when it starts with a marker.
    text_lines = [ln for ln in lines if not _is_rule(ln)]
    rules = sorted(ln.y for ln in lines if _is_rule(ln) and ln.y is not None)
    for rule_y in rules:
        notes = [ln for ln in text_lines if ln.y is not None and ln.y < rule_y - 1]
        if notes and all(ln.size <= 0.95 * body_size or _FOOTNOTE_START.match(ln.text) for ln in notes):
            below = {id(ln) for ln in notes}
            return [ln for ln in text_lines if id(ln) not in below], notes
    by_height = sorted(text_lines, key=lambda ln: -(ln.y if ln.y is not None else 0.0))
    start = len(by_height)
    while start > 0 and 0 < by_height[start - 1].size <= 0.9 * body_size:
        start -= 1
    if 0 < start < len(by_height) and _FOOTNOTE_START.match(by_height[start].text):
        below = {id(ln) for ln in by_height[start:]}
        return [ln for ln in text_lines if id(ln) not in below], [ln for ln in text_lines if id(ln) in below]
    return text_lines, []


def split_pages(pages: list[list[Line]], heights: list[float]) -> list[PageLayout]:
    """Body, footnotes and dropped furniture of every page, judged against the whole document."""
    size = body_font_size(pages)
    furniture = running_furniture(pages, heights)
    layouts: list[PageLayout] = []
    last: int | None = None
    for i, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        layout = split_page(lines, height, size, furniture[i], last, i)
        numbers = [int(m) for m, _ in layout.footnotes if m.isdigit()]
        last = numbers[-1] if numbers else last
        layouts.append(layout)
    return layouts
