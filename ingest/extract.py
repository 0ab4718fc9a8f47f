"""Extract the text of a legal document (PDF, plain text, Markdown, optionally .docx).

``extract`` returns the body text per page, repaired (Arabic order, ligatures and word breaks,
page furniture removed), with footnotes kept apart, the detected language and any warnings.
Every failure is an ``ExtractionError`` naming the file (and the page where it matters).

Usage::

    from pathlib import Path
    from ingest.extract import extract, ExtractionError

    try:
        doc = extract(Path("ma-law-19-12.ar.pdf"))
    except ExtractionError as exc:
        print(exc)          # "ma-law-19-12.ar.pdf: encrypted PDF, a password is needed"
    else:
        print(doc.language, len(doc.pages), doc.body_text[:200], doc.footnotes[:1])

    header, body = split_header(Path("corpus-sources/ma-law-19-12.ar.txt").read_text())
    body, source_notes = split_source_footnotes(body)
"""

from __future__ import annotations

import logging
import re
import unicodedata
import warnings as pywarnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from ingest import arabic_repair
from ingest.pdf_layout import Line, page_lines, split_pages
from ingest.text import without_format_characters

T = TypeVar("T")

TEXT_SUFFIXES = {".txt", ".md"}
SOURCE_NOTES_MARK = "——— حواشي النص المصدر"
_HEADER_LINE = re.compile(r"^# ?([A-Za-z][\w -]{0,40}?)\s*:\s?(.*)$")
_FOOTNOTE_LINE = re.compile(r"^\s*(\(?\d{1,3}\)?|\*{1,3})\s*[-–.)]\s*(.*)$")
# Private-use glyphs of the Symbol/Wingdings fonts that Word uses for list bullets.
_PUA_BULLETS = re.compile("[\uf020-\uf0ff]")
_LINE_BULLET_RE = re.compile("(?m)^([ \t]*)[\uf020-\uf0ff][ \t]*")  # one at a line's start; a «≥» inside is no bullet
# Control codes a reader never sees and a search never matches (a BEL an audit put in an upload stopped its export),
# left out with the format characters (`without_format_characters`: direction overrides, which reverse what a citation
# shows, zero-width spaces, soft hyphens, a stray BOM). Tabs, line and page breaks stay; none of the others is in the
# starter corpus.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_SEPARATOR_RE = re.compile("[\x0b\x1c-\x1f\x85\u2028\u2029]")  # line and record separators: a line break
# A publisher's note left in the body of a corpus text, one per line, with its number before or after a dash: «56- نفس
# الإحالة المشار إليها في الفصل 248 …», «– 57 نفس الإحالة …», «68- وردت في الجريدة الرسمية عبارة "رسائل" …». Only words
# no legal text opens a paragraph with: an enumerated paragraph («11- إخضاع المحكوم عليه …») stays.
_STRAY_NOTE_LINE = re.compile(
    r"^[ \t]*(?:[–-][ \t]*)?(\d{1,3})[ \t]*[-–]?[ \t]*((?:نفس الإحالة|وردت في [^\n]{0,12}ريدة الرسمية)[^\n]*)\n?", re.M
)
# The Swiss official publication's editorial inserts in a treaty's French text (an audit found them shown, and
# exportable, as the treaty's words): «Nouvelle teneur selon la D du 12 déc. 1995, en vigueur depuis le 18 nov. 2002
# (RO 2007 4095).» after CRC art. 43(2), and the collection number after an instrument's name, «… du 26 juin 1945
# RS 0.120, …» in C182 art. 13. The corpus's curators removed the like from C029 by hand.
_EDITORIAL_NOTE_RE = re.compile(r"[ \t]*(Nouvelle teneur selon [^()\n]{1,160}?\(RO \d{4} \d+\)\.?)")
_COLLECTION_NUMBER_RE = re.compile(r"(?<=\S) (RS 0(?:\.\d+)+)(?=[\s,;.)])")
_FR_WORDS = {"le", "la", "les", "des", "du", "de", "et", "est", "une", "dans", "par", "pour", "au", "aux"}
_EN_WORDS = {"the", "of", "and", "to", "in", "is", "shall", "be", "by", "for", "any", "or", "with"}


class ExtractionError(Exception):
    """A document could not be read; the message names the file and, where useful, the page."""

    def __init__(self, path: Path | str, message: str, page: int | None = None) -> None:
        self.path = Path(path)
        # A library's own message may hold the file's full path («Package not found at '/…/uploads/…'»): the file is
        # named, where it lies on the server is nobody's business.
        self.message = message.replace(str(self.path), self.path.name)
        if self.path.parent.is_absolute():  # «.», a relative path's folder, is in every sentence
            self.message = self.message.replace(str(self.path.parent), "…")
        self.page = page
        where = f"{self.path.name}, page {page}" if page is not None else self.path.name
        super().__init__(f"{where}: {self.message}")


@dataclass
class Footnote:
    page: int  # 1-based page where the note is printed
    marker: str  # "1", "*"… ("" for a note continued from the previous page)
    text: str


@dataclass
class ExtractedText:
    pages: list[str]
    footnotes: list[Footnote]
    language: str  # "ar", "fr", "en" ("und" if no letters at all)
    source: Path
    warnings: list[str] = field(default_factory=list)

    @property
    def body_text(self) -> str:
        return "\n\n".join(page for page in self.pages if page)


def extract(path: Path | str) -> ExtractedText:
    """Extract one document; raises ``ExtractionError`` for anything it cannot read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ExtractionError(path, "no such file")
    if path.stat().st_size == 0:
        raise ExtractionError(path, "empty file")
    if suffix == ".pdf":
        return _extract_pdf(path)
    if suffix in TEXT_SUFFIXES:
        return _extract_text_file(path)
    if suffix == ".docx":
        return _extract_docx(path)
    raise ExtractionError(path, f"unsupported file type {suffix or '(no extension)'!r}")


# --- corpus text files ---------------------------------------------------------------------------


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading block of ``# key: value`` lines (ended by a blank line) from the body."""
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    header: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        m = _HEADER_LINE.match(lines[i].rstrip("\r"))
        if not m:
            break
        header[m[1].strip().lower()] = m[2].strip()
        i += 1
    if not header:
        return {}, text
    while i < len(lines) and not lines[i].strip():
        i += 1
    return header, "\n".join(lines[i:])


def split_source_footnotes(text: str) -> tuple[str, str]:
    """Cut a corpus text at the «——— حواشي النص المصدر» line: (body, publisher footnotes)."""
    for m in re.finditer(r"^.*$", text, re.M):
        if m[0].lstrip().startswith(SOURCE_NOTES_MARK):
            return text[: m.start()].rstrip() + "\n", text[m.end() :].strip("\n")
    return text, ""


def set_apart_stray_notes(body: str) -> tuple[str, list[tuple[str, str]]]:
    """A corpus text's body without the publisher's notes left in it, and those notes (number, text): a trial found
    «115- نفس الإحالة.» shown, and exported, as the end of the Penal Code's article 401."""
    notes = [(m[1], m[2].strip()) for m in _STRAY_NOTE_LINE.finditer(body)]
    return (_STRAY_NOTE_LINE.sub("", body), notes) if notes else (body, [])


def set_apart_editorial_notes(body: str) -> tuple[str, list[str]]:
    """A corpus text's body without a publisher's editorial inserts in running text, and those inserts."""
    notes = [m[1] for pattern in (_EDITORIAL_NOTE_RE, _COLLECTION_NUMBER_RE) for m in pattern.finditer(body)]
    if not notes:
        return body, []
    return _COLLECTION_NUMBER_RE.sub("", _EDITORIAL_NOTE_RE.sub("", body)), notes


# Files of another format named as text: said as such, not read as cp1252 and refused for their lack of article
# headings (a trial's PDF named «a.txt»).
_OTHER_FORMATS = ((b"%PDF-", "a PDF", ".pdf"), (b"PK\x03\x04", "a Word (.docx) or zip archive", ".docx"))


def decode_text(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Decode a text file: UTF-8 (BOM or not), UTF-16 (BOM or not), else cp1256 or cp1252."""
    for magic, kind, suffix in _OTHER_FORMATS:
        if magic in data[:1024]:  # a PDF reader finds its header past some leading bytes too
            raise ExtractionError(path, f"the file is {kind}, not text: send it under a {suffix} name")
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif unmarked := _utf16_without_bom(data):
        text, encoding = unmarked
        warnings.append(f"{path.name}: no byte order mark, decoded as {encoding}")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data)
            warnings.append(f"{path.name}: not UTF-8, decoded as {encoding}")
    if _looks_binary(text):
        raise ExtractionError(path, "binary data, not text")
    return text, warnings


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """The text and codec of UTF-16 saved without its byte order mark (some Windows tools), else None: its spaces
    and line ends are NUL bytes, which made it «binary data» (an audit). Only a reading whose characters are mostly
    the scripts of the corpus's texts, with spaces between words, is taken: not a binary file that decodes."""
    if b"\x00" not in data[:4096] or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        usual = sum(1 for c in sample if c < "\u0250" or "\u0600" <= c <= "\u06ff" or "\u2000" <= c <= "\u206f")
        if usual / len(sample) > 0.95 and sample.count(" ") + sample.count("\n") > len(sample) / 20:
            return text, codec.upper()
    return None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    # Every byte decodes in cp1256 (Arabic Windows), and cp1256 keeps the French accented letters
    # where cp1252 has them, so cp1256 is right whenever it yields a fair share of Arabic letters.
    text = data.decode("cp1256", errors="replace")
    letters = [c for c in text if c.isalpha()]
    if letters and sum(1 for c in letters if arabic_repair.has_arabic(c)) / len(letters) >= 0.2:
        return text, "cp1256"
    # Not latin-1 for a byte cp1252 leaves undefined: its «’ “ ”» would be control codes (then left out: «larticle»).
    return data.decode("cp1252", errors="replace"), "cp1252"


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(
        1
        for c in sample
        if unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\t\n\r\f" and not _PUA_BULLETS.match(c)
    )
    return "\x00" in sample or controls / len(sample) > 0.02


def _extract_text_file(path: Path) -> ExtractedText:
    text, warnings = decode_text(_read(path), path)
    text = _visible(text.replace("\r\n", "\n").replace("\r", "\n"))
    body, notes, stray = text, "", []
    if path.suffix.lower() == ".txt":  # the corpus format; in Markdown "# x: y" is a heading
        _, body = split_header(text)
        body, notes = split_source_footnotes(body)
        body, stray = set_apart_stray_notes(body)
        body, editorial = set_apart_editorial_notes(body)
        stray += [("", note) for note in editorial]
    if not body.strip():
        raise ExtractionError(path, "no text")
    # Texts copied out of Word keep its Symbol-font bullets («\uf0b7», «\uf02d»), boxes or blanks on screen.
    body = _LINE_BULLET_RE.sub(r"\1- ", body)
    footnotes = [Footnote(1, marker, note) for marker, note in stray]
    footnotes += [Footnote(1, *_split_marker(line)) for line in notes.split("\n") if line.strip()]
    return ExtractedText([body.strip("\n")], footnotes, detect_language(body), path, warnings)


def _visible(text: str) -> str:
    """The text with its line and record separators as line breaks, less control codes and format characters."""
    return without_format_characters(_CONTROL_RE.sub("", _SEPARATOR_RE.sub("\n", text)))


def _split_marker(line: str) -> tuple[str, str]:
    m = _FOOTNOTE_LINE.match(line)
    return (m[1].strip("()"), m[2].strip()) if m else ("", line.strip())


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExtractionError(path, f"cannot read: {exc.strerror or exc}") from exc


# --- language --------------------------------------------------------------------------------------


def detect_language(text: str) -> str:
    """'ar' when Arabic letters are the majority, else 'fr' or 'en' by common function words."""
    letters = [c for c in text[:200000] if c.isalpha()]
    if not letters:
        return "und"
    arabic = sum(1 for c in letters if arabic_repair.has_arabic(c))
    if arabic / len(letters) >= 0.5:
        return "ar"
    words = re.findall(r"[a-zà-ÿ]+", text[:200000].lower())
    fr = sum(w in _FR_WORDS for w in words) + sum(1 for c in text[:200000] if c in "éèàçêù")
    en = sum(w in _EN_WORDS for w in words)
    return "fr" if fr >= en else "en"


# --- PDF -------------------------------------------------------------------------------------------


@contextmanager
def _pypdf_warnings(sink: list[str], name: str) -> Iterator[None]:
    """Collect pypdf's logged and raised warnings (broken xref, bad fonts…) as extraction warnings."""

    class _Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            sink.append(f"{name}: pypdf: {record.getMessage()}")

    logger = logging.getLogger("pypdf")
    handler = _Handler(logging.WARNING)
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        with pywarnings.catch_warnings(record=True) as caught:
            pywarnings.simplefilter("always")
            yield
        sink.extend(f"{name}: pypdf: {w.message}" for w in caught)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _open_pdf(path: Path) -> PdfReader:
    if not _read(path)[:1024].lstrip().startswith(b"%PDF"):
        raise ExtractionError(path, "not a PDF (no %PDF signature)")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):  # many PDFs only lock editing
            raise ExtractionError(path, "encrypted PDF, a password is needed")
        _ = len(reader.pages)
    except ExtractionError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise ExtractionError(path, f"encrypted PDF that cannot be opened: {exc}") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise ExtractionError(path, f"damaged or truncated PDF: {exc}") from exc
    return reader


def raw_pdf_text(path: Path | str) -> str:
    """pypdf's plain text of every page, unrepaired (the baseline that repairs are measured on)."""
    path = Path(path)
    reader = _open_pdf(path)
    return "\n".join(
        _page_call(path, i, PageObject.extract_text, page) for i, page in enumerate(reader.pages)
    )


def _page_call(path: Path, index: int, fn: Callable[[PageObject], T], page: PageObject) -> T:
    try:
        return fn(page)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on broken content streams
        raise ExtractionError(
            path, f"cannot read the page's text ({type(exc).__name__}: {exc})", index + 1
        ) from exc


_UNDECODED_RE = re.compile(r"decompress", re.IGNORECASE)
# A page whose only text is its number («- 3 -») has no text layer for its content.
_PAGE_NUMBER_ONLY = re.compile(r"[\s\-–—]*\d{1,4}[\s\-–—]*")


@dataclass(frozen=True)
class PageGaps:
    """The PDF's pages (1-based) whose text is not indexed: ``scanned`` ones show images but have no text layer
    besides a page number; ``unreadable`` ones have content pypdf cannot decode (a damaged stream, a decompression
    bomb, a filter it has no decoder for: an audit found such a page dropped from a document reported complete)."""

    scanned: list[int] = field(default_factory=list)
    unreadable: list[int] = field(default_factory=list)


def page_gaps(path: Path) -> PageGaps:
    """Each page's text read once: which pages are scanned, which unreadable. A page with neither text nor image is
    blank, not missing."""
    gaps = PageGaps()
    for number, page in enumerate(_open_pdf(path).pages, start=1):
        problems: list[str] = []
        with _pypdf_warnings(problems, path.name):
            try:
                text = (page.extract_text() or "").strip()
            except Exception:  # noqa: BLE001 - pypdf raises many types on broken content streams
                text, problems = "", ["unreadable: decompress"]
        # Only a stream pypdf could not decode: a font's or a dictionary's warning on a blank or scanned page is no
        # damage (a review made one say so), nor another thread's warning caught meanwhile.
        if not text and any(_UNDECODED_RE.search(problem) for problem in problems):
            gaps.unreadable.append(number)
            continue
        try:
            images = len(page.images)
        except Exception:  # noqa: BLE001 - images pypdf cannot list: what the page shows is not text either
            images = 1
        if images and (not text or _PAGE_NUMBER_ONLY.fullmatch(text)):
            gaps.scanned.append(number)
    return gaps


def _read_pages(path: Path, reader: PdfReader, warnings: list[str]) -> list[list[Line]]:
    """Lines of every page; a page pypdf cannot read is left empty with a warning."""
    pages: list[list[Line]] = []
    failures: list[ExtractionError] = []
    for i, page in enumerate(reader.pages):
        try:
            pages.append(_page_call(path, i, page_lines, page))
        except ExtractionError as exc:
            failures.append(exc)
            warnings.append(str(exc))
            pages.append([])
    if failures and len(failures) == len(pages):
        raise failures[0]
    return pages


def _extract_pdf(path: Path) -> ExtractedText:
    warnings: list[str] = []
    with _pypdf_warnings(warnings, path.name):
        reader = _open_pdf(path)
        if not reader.pages:
            raise ExtractionError(path, "PDF has no pages")
        lines = _read_pages(path, reader, warnings)
        heights = [float(page.mediabox.height) for page in reader.pages]
    if not any(any(line.text.strip() for line in page) for page in lines):
        raise ExtractionError(path, "no text layer (scanned or image-only PDF); OCR is needed")
    for i, page in enumerate(lines):
        if not any(line.text.strip() for line in page) or _only_page_number(page):
            warnings.append(
                f"{path.name}: page {i + 1} has no text (a blank page, or an image without a text layer)"
            )

    layouts = split_pages(lines, heights)
    body = [[_clean(t) for t in layout.body] for layout in layouts]
    notes = [[(m, _clean(t)) for m, t in layout.footnotes] for layout in layouts]
    all_lines = [t for page in body for t in page] + [t for page in notes for _, t in page]
    if any(arabic_repair.has_arabic(t) for t in all_lines):
        visual = arabic_repair.is_visual_order(all_lines)
        if visual:
            warnings.append(f"{path.name}: Arabic text stored in visual order; reordered")
        flat = iter(arabic_repair.repair_lines(all_lines, visual))
        body = [[next(flat) for _ in page] for page in body]
        notes = [[(m, next(flat)) for m, _ in page] for page in notes]
    pages = _join_hyphenated([[t for t in page if t.strip()] for page in body])
    footnotes: list[Footnote] = []
    for i, page_notes in enumerate(notes):
        for marker, text in page_notes:
            if not text.strip():
                continue
            if not marker and footnotes:  # a note running over from the previous page
                footnotes[-1].text = f"{footnotes[-1].text} {text}"
            else:
                footnotes.append(Footnote(i + 1, marker, text))
    return ExtractedText(pages, footnotes, detect_language("\n".join(pages)), path, warnings)


def _only_page_number(lines: list[Line]) -> bool:
    inked = [line.text.strip() for line in lines if line.text.strip()]
    return len(inked) == 1 and bool(re.fullmatch(r"[\s\-–—]*\d{1,4}[\s\-–—]*", inked[0]))


def _clean(line: str) -> str:
    line = _PUA_BULLETS.sub("-", line)
    line = line.replace("\u00a0", " ").replace("\u00ad", "")
    line = unicodedata.normalize("NFKC", line) if re.search("[\ufb00-\ufb06]", line) else line
    return " ".join(line.split())


def _join_hyphenated(pages: list[list[str]]) -> list[str]:
    """Join words hyphenated across lines, and «ci- dessus» gaps, using the document's own words.

    «X-» at a line end followed by «y…»: «X-y» if the document writes that compound elsewhere,
    «Xy» if it writes that word, else «X-y» (these documents hyphenate compounds, not syllables).
    """
    words = Counter(
        w.casefold() for page in pages for line in page for w in re.findall(r"\w+(?:-\w+)*", line)
    )

    def join(a: str, b: str) -> str:
        # Numbers are never cut by hyphenation: «1-» + «94-284» is «1-94-284».
        if (
            a[-1].isdigit()
            or b[0].isdigit()
            or words[f"{a}-{b}".casefold()]
            or not words[f"{a}{b}".casefold()]
        ):
            return f"{a}-{b}"
        return f"{a}{b}"

    out_pages = []
    for page in pages:
        out: list[str] = []
        for line in page:
            line = re.sub(
                r"(\w+)- (\w+)",
                lambda m: f"{m[1]}-{m[2]}" if words[f"{m[1]}-{m[2]}".casefold()] else m[0],
                line,
            )
            m = re.search(r"(\w+)-$", out[-1]) if out else None
            n = re.match(r"([a-zà-ÿ0-9]\w*)(.*)", line)
            if m and n:
                out[-1] = out[-1][: m.start()] + join(m[1], n[1]) + n[2]
            else:
                out.append(line)
        out_pages.append("\n".join(out))
    return out_pages


# --- DOCX (optional) -------------------------------------------------------------------------------


def _extract_docx(path: Path) -> ExtractedText:
    try:
        import docx  # python-docx
    except ImportError as exc:
        raise ExtractionError(path, "reading .docx needs python-docx, which is not installed") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises zip, XML and KeyError alike
        raise ExtractionError(path, f"damaged .docx: {exc}") from exc
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    text = "\n".join(_visible(p) for p in paragraphs if p.strip())
    if not text.strip():
        raise ExtractionError(path, "no text")
    return ExtractedText([text], [], detect_language(text), path, [])
