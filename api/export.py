"""Course-pack export: the passages a trainer picked, as an editable Markdown or Word file.

The file contains what the client sent — the pack's title, its headings, and for every passage its text,
language, article key and wording — laid out, with each passage's citation label and official reference as the
corpus gives them. A passage whose text is not, whole, one of the corpus's texts of that key in that language (any
wording) refuses the pack (422 ``not_in_corpus``): a file Daleel makes never shows made-up or cut text as law. A
passage that is a repeal, or that another text repeals or later amends, is laid out with the corpus's own warning,
which names that text and both dates, as is a wording a later law amended (CPP 82-5-1 as Law 27-14 enacted it) and
the catalogue's note where a translation says other than the text that
prevails; a warning the client sends is never laid out (it could say anything, an article in force repealed or a
repealed one in force). The formatting itself
(``to_markdown``, ``to_docx``) never looks up, completes or invents legal text.

Usage::

    from api import export
    app.include_router(export.router)        # POST /api/export (before the static mount at "/")
    app.include_router(export.fonts_router)  # GET /fonts/{name}: the page's Arabic font, from Debian

    # body: {"title": "...", "format": "md" | "docx",
    #        "items": [{"type": "heading", "text": "..."},
    #                  {"type": "passage", "label": "...", "reference": "...", "text": "...", "language": "ar",
    #                   "key": "ma-law-27-14:5"}]}
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from api.error_schema import error_responses
from ingest.article_numbers import ARABIC_DIGITS
from search.article_warning import corpus_warning
from search.results import Passage

MAX_ITEMS = 200
MAX_TITLE_CHARS = 200
MAX_HEADING_CHARS = 300
MAX_LABEL_CHARS = 300
MAX_REFERENCE_CHARS = 1_000
MAX_PASSAGE_CHARS = 50_000
MAX_TOTAL_CHARS = 1_000_000

MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

# Characters XML 1.0 (and so .docx) cannot hold; tab and newlines are allowed.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,100}:[A-Za-z0-9_. -]{1,60}$")


def _clean(text: str, *, single_line: bool) -> str:
    if _FORBIDDEN.search(text):
        raise ValueError("contains control characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if single_line and "\n" in text:
        raise ValueError("must be a single line")
    if not text:
        raise ValueError("must not be blank")
    return text


class HeadingItem(BaseModel):
    """A heading the trainer typed, e.g. «Module 2: protecting victims»."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["heading"]
    text: str = Field(min_length=1, max_length=MAX_HEADING_CHARS)

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        return _clean(value, single_line=True)


class PassageItem(BaseModel):
    """A passage as shown by Daleel: its citation label, its text, its language and article key."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["passage"]
    label: str = Field(min_length=1, max_length=MAX_LABEL_CHARS, examples=["المادة الخامسة من القانون رقم 27.14"])
    reference: str | None = Field(
        default=None, max_length=MAX_REFERENCE_CHARS, description="the official reference shown under the label"
    )
    text: str = Field(min_length=1, max_length=MAX_PASSAGE_CHARS)
    language: Literal["ar", "fr", "en"]
    key: str = Field(min_length=3, max_length=170, examples=["ma-law-27-14:5"])
    wording: str | None = Field(
        default=None,
        max_length=40,
        description="which wording of the article the text is («consolidated», «as_enacted»…), as search results say: "
        "its reference is that wording's (448-11's consolidated text and Law 27-14's are the same words)",
    )
    cited_label: str | None = Field(
        default=None,
        max_length=MAX_LABEL_CHARS,
        description="set by the export, never read from the request: the citation in the pack's language "
        "(`warnings_language`) of a text the corpus holds in another only («Loi n° 27-14, article 5 (texte arabe)»), "
        "laid out above the text's own",
    )
    cited_reference: str | None = Field(
        default=None, max_length=MAX_REFERENCE_CHARS, description="set by the export: that citation's reference"
    )
    warning: str | None = Field(
        default=None,
        max_length=MAX_REFERENCE_CHARS,
        description="the page's warning, kept in the pack for the page; the file lays out the corpus's own warning "
        "instead (a repeal, a text another repeals, a later amendment, a translation that differs) and never this "
        "text",
        examples=["Abrogé selon le texte arabe : le texte français ci-dessous n'est plus en vigueur."],
    )

    @field_validator("label")
    @classmethod
    def _label(cls, value: str) -> str:
        return _clean(value, single_line=True)

    @field_validator("reference", "warning")
    @classmethod
    def _reference(cls, value: str | None) -> str | None:
        return _clean(value, single_line=True) if value and value.strip() else None

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        return _clean(value, single_line=False)

    @field_validator("key")
    @classmethod
    def _key(cls, value: str) -> str:
        if not _KEY.match(value):
            raise ValueError("must look like 'work-id:article', e.g. 'ma-penal-code:448-2'")
        return value


Item = Annotated[HeadingItem | PassageItem, Field(discriminator="type")]


class ExportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=MAX_TITLE_CHARS, examples=["الاتجار بالبشر: حماية الضحايا"])
    items: list[Item] = Field(min_length=1, max_length=MAX_ITEMS)
    format: Literal["md", "docx"]
    warnings_language: Literal["ar", "fr", "en"] | None = Field(
        default=None,
        description="the language the corpus's warnings of a repeal or a later amendment are laid out in (the page's, "
        "as its pack shows them); by default each text's own. The catalogue's notes stay in the text's language",
    )

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        return _clean(value, single_line=True)

    @model_validator(mode="after")
    def _size(self) -> ExportRequest:
        total = sum(
            len(i.text) + len(getattr(i, "label", "")) + len(getattr(i, "reference", None) or "") for i in self.items
        )
        if total > MAX_TOTAL_CHARS:
            raise ValueError(f"the pack is too large ({total} characters; at most {MAX_TOTAL_CHARS})")
        if not any(isinstance(i, PassageItem) for i in self.items):
            raise ValueError("the pack holds no passage")
        return self


class PassageNotInCorpus(ValueError):
    """A pack's passage whose text is not the corpus's text of its article key; the message names the item (in
    English; `item`, `label` and `part` for the reader's language)."""

    def __init__(self, message: str, item: int, label: str, part: bool = False) -> None:
        super().__init__(message)
        self.item, self.label, self.part = item, label, part


def _words(text: str) -> str:
    return " ".join(text.split())


# «(texte arabe)» after a citation written in another language than the text quoted.
_TEXT_IN = {
    "fr": {"ar": "texte arabe", "fr": "texte français", "en": "texte anglais"},
    "ar": {"ar": "النص العربي", "fr": "النص الفرنسي", "en": "النص الإنجليزي"},
}


def as_in_corpus(
    pack: ExportRequest,
    wordings: Callable[[str], Sequence[Passage]],
    dated: Callable[[str, Passage], dt.date | None] = lambda work, passage: None,
) -> ExportRequest:
    """The pack with each passage's label and reference as the corpus gives them (a pack saved before a reference
    changed gets today's), after checking that its text is, whole, a text of the corpus under its key in its language
    (``wordings``: key → the article's texts, e.g. `search.library.Library.wordings`). Whitespace does not count.
    Its warning is the corpus's (``dated``: a text's consolidation date, `search.library.Library.consolidation_date`).

    Raises ``PassageNotInCorpus`` otherwise: a text edited, cut («يكون ضحية الاتجار بالبشر مسؤولا» without its «لا») or
    made up is no article of the corpus, whatever label it is sent with."""
    items: list[HeadingItem | PassageItem] = []
    for number, item in enumerate(pack.items, start=1):
        if isinstance(item, HeadingItem):
            items.append(item)
            continue
        text = _words(item.text)
        texts = wordings(item.key)
        found = [w for w in texts if w.language == item.language and _words(w.text) == text]
        if not found:
            work, _, article = item.key.partition(":")
            if text and any(w.language == item.language and text in _words(w.text) for w in texts):
                # A long article's search result `text` is one passage: a trial's API client sent it, no reason why.
                raise PassageNotInCorpus(
                    f"item {number} («{item.label}»): its text is one part of {item.key}, and a pack holds whole "
                    f"articles: send the article's whole text (GET /api/documents/{work}/articles/{article}"
                    f"?lang={item.language})",
                    number,
                    item.label,
                    part=True,
                )
            raise PassageNotInCorpus(
                f"item {number} («{item.label}»): its text is not the text of {item.key} in the corpus; add the "
                "article to the pack again from a search or the article's page",
                number,
                item.label,
            )
        # The same words may be two wordings (the consolidated 448-11 and Law 27-14's): the one sent, else the one
        # in force, whose reference is the code's and not the enacting law's.
        chosen = max(found, key=lambda w: (w.wording == item.wording, w.current, w.label == item.label))
        # The corpus's own warning, never the one sent: a trial sent «Ce texte est en vigueur» with the repealed 494.
        work_id = item.key.partition(":")[0]
        warning = corpus_warning(
            chosen, texts, lambda passage, work_id=work_id: dated(work_id, passage), pack.warnings_language
        )
        # A wording no longer in force is named so, as the page names it («… — الصيغة الأصلية (القانون رقم 27.14،
        # 2016) — عُدّلت بالقانون 03.23»): a trial exported CPP 82-5-1's 2016 wording under the bare citation.
        superseded = not chosen.current and chosen.version_label
        label = f"{chosen.label} — {chosen.version_label}" if superseded else chosen.label
        # A French pack cites an Arabic-only text in French too, above its own citation (a trial's report to a
        # prosecutor); the text quoted stays the Arabic.
        language = pack.warnings_language or ""
        cited = chosen.cited_in.get(language) if language in _TEXT_IN and language != item.language else None
        cited_label = f"{cited.label} ({_TEXT_IN[language][item.language]})" if cited else None
        items.append(
            item.model_copy(
                update={
                    "label": label,
                    "reference": chosen.reference,
                    "warning": warning,
                    "cited_label": cited_label,
                    "cited_reference": cited.reference if cited else None,
                }
            )
        )
    return pack.model_copy(update={"items": items})


def is_rtl(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Arabic, Hebrew…)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


# --- Markdown ---------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def _md_escape(line: str) -> str:
    line = _MD_SPECIAL.sub(r"\\\1", line)
    match = _MD_LINE_START.match(line)
    if match:
        marker = match.group(2)
        escaped = marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
        line = match.group(1) + escaped + line[match.end() :]
    return line


def _md_quote(text: str) -> list[str]:
    """The article as a block quotation, one Markdown paragraph per line of the text.

    Consecutive «> » lines are one paragraph in CommonMark (a line break is a space), so the paragraphs are
    separated by a blank «>» line. A line's leading spaces are dropped: four of them would start a code block,
    and Markdown ignores them otherwise."""
    paragraphs = [_md_escape(line.strip()) for line in text.split("\n") if line.strip()]
    return "\n>\n".join(f"> {paragraph}" for paragraph in paragraphs).split("\n")


# Said last in every file, as the print view says it (a trial found the files without it): a pack quotes the corpus,
# and a court cites the official gazette.
_CLOSING_NOTES = {
    "ar": "النصوص كما وردت في دليل؛ يرجى الرجوع إلى الجريدة الرسمية عند الاستشهاد.",
    "fr": "Textes tels que fournis par Daleel ; se référer au Bulletin officiel pour toute citation.",
    "en": "Texts as provided by Daleel; refer to the official gazette before citing them.",
}


def closing_note(pack: ExportRequest) -> str:
    """The note that ends a pack's file, in the page's language where the pack says it, else the title's."""
    return _CLOSING_NOTES[pack.warnings_language or ("ar" if is_rtl(pack.title) else "fr")]


def _md(text: str) -> str:
    """A line for Markdown: escaped, and a right-to-left one with its numbers kept left to right, as in the Word file
    (without the marks, «الفصل 448-1» showed as 1-448 in a browser: a trial)."""
    return _md_escape(_numbers_left_to_right(text) if is_rtl(text) else text)


def to_markdown(pack: ExportRequest) -> str:
    # Every block is a paragraph of its own, a blank line between them: label, reference, key, quotation.
    out = [f"# {_md(pack.title)}", ""]
    for item in pack.items:
        if isinstance(item, HeadingItem):
            out += [f"## {_md(item.text)}", ""]
            continue
        if item.cited_label:
            out += [f"**{_md(item.cited_label)}**", ""]
            out += [f"*{_md(item.cited_reference)}*", ""] if item.cited_reference else []
        out += [f"**{_md(item.label)}**", ""]
        out += [f"*{_md(item.reference)}*", ""] if item.reference else []
        out += [f"**⚠ {_md(item.warning)}**", ""] if item.warning else []
        out += [f"<!-- {item.key} ({item.language}) -->", ""]
        rtl = item.language == "ar" or is_rtl(item.text)
        out += [*_md_quote(_numbers_left_to_right(item.text) if rtl else item.text), ""]
    out += ["---", "", f"*{_md(closing_note(pack))}*"]
    return "\n".join(out).rstrip("\n") + "\n"


# --- Word -------------------------------------------------------------------------------------


def _set_rtl(paragraph: Paragraph, rtl: bool, language: str | None = None) -> None:
    """Right-to-left paragraph (w:bidi) and runs (w:rtl), with the Arabic language tag on the runs."""
    if not rtl:
        return
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # w:bidi must come early in pPr (after pStyle, keepNext… and before jc); insert after pStyle if any.
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(bidi)
    else:
        ppr.insert(0, bidi)
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))
        lang = OxmlElement("w:lang")
        lang.set(qn("w:bidi"), "ar-MA" if language in (None, "ar") else language)
        rpr.append(lang)


# An article or law number in a right-to-left paragraph: «448-1» after Arabic letters reads as 1-448 under the
# bidi algorithm (its digits become Arabic numbers, the hyphen a neutral); a left-to-right mark before it keeps
# the whole number one left-to-right run, in Word as in any renderer. Nothing visible is added.
_NUMBER_RUN_RE = re.compile(r"(?<![0-9٠-٩\u200e])([0-9٠-٩]+(?:[-./][0-9٠-٩]+)+)")  # not Persian digits: as the page
# An article word and what may come between it and a number: «المادتين 6-82 و7-82», «الفصول من 1-308 إلى 12-308».
_ARTICLE_WORD_BEFORE_RE = re.compile(
    r"(?:^|[^\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:فصل|فصلين|فصلان|فصول|مادة|ماده|مادتين|مادتان|مواد)(?:\s+من)?"
    r"(?:[\s0-9\u0660-\u0669\-.،,]|و|إلى|الى)*$"
)


def _typed_reversed(number: str, before: str) -> bool:
    """Whether an article number in an Arabic line was typed in the order it shows in: the CPP's «المادة 7-82» is 82-7
    (an article's number is never below its sub-number). The bidi algorithm shows it as 82-7; a mark before it would
    show 7-82, an article that does not exist (a trial found both in one paragraph). As ui/js/dom.js `typedReversed`;
    only after an article word: a law's «03-23» or a date is written in its own order."""
    if not re.fullmatch(r"[0-9٠-٩]+(?:-[0-9٠-٩]+)+", number) or not _ARTICLE_WORD_BEFORE_RE.search(before[-60:]):
        return False
    parts = [int(part.translate(ARABIC_DIGITS)) for part in number.split("-")]
    return parts[0] < parts[-1]


def _numbers_left_to_right(text: str) -> str:
    """A right-to-left text with a left-to-right mark before each of its numbers but those typed reversed."""
    return _NUMBER_RUN_RE.sub(lambda m: m[1] if _typed_reversed(m[1], text[: m.start()]) else f"\u200e{m[1]}", text)


def _add(
    document: DocxDocument | _Cell,
    text: str,
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    rtl: bool,
    language: str | None = None,
) -> Paragraph:
    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(_numbers_left_to_right(text) if rtl else text)
    if italic:
        run.italic = True
        run._r.get_or_add_rPr().append(OxmlElement("w:iCs"))  # italic for complex scripts too
    if bold:
        run.bold = True
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:bCs"))  # bold for complex scripts too
    _set_rtl(paragraph, rtl, language)
    return paragraph


# The run properties that follow <w:spacing> in the schema's order (CT_RPr).
_AFTER_SPACING = (
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText",
    "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip


_SYMBOL_FONT = "Segoe UI Symbol"  # Word's, for ⚠; a word processor without it takes one that has the sign


def side_by_side(items: Sequence[Item]) -> list[Item | tuple[PassageItem, PassageItem]]:
    """The pack's items with each article added in two languages one after the other (its French and its Arabic) as
    one pair, the left-to-right language first: a trainer's comparative handout, laid out in two columns."""
    out: list[Item | tuple[PassageItem, PassageItem]] = []
    for item in items:
        last = out[-1] if out else None
        if (
            isinstance(item, PassageItem)
            and isinstance(last, PassageItem)
            and last.key == item.key
            and {last.language, item.language} in ({"fr", "ar"}, {"en", "ar"})
        ):
            out[-1] = (last, item) if last.language != "ar" else (item, last)
        else:
            out.append(item)
    return out


def _passage(container: DocxDocument | _Cell, item: PassageItem) -> None:
    """One passage: its citation (in the pack's language first, where another), reference, warning and text."""
    rtl = item.language == "ar" or is_rtl(item.text)
    if item.cited_label:  # the citation in the pack's language first, in its direction
        cited = _add(container, item.cited_label, bold=True, rtl=is_rtl(item.cited_label))
        cited.paragraph_format.space_before = Pt(12)
        cited.paragraph_format.keep_with_next = True
        if item.cited_reference:
            line = _add(container, item.cited_reference, italic=True, rtl=is_rtl(item.cited_reference))
            line.paragraph_format.keep_with_next = True
    label = _add(container, item.label, bold=True, rtl=is_rtl(item.label), language=item.language)
    label.paragraph_format.space_before = Pt(4 if item.cited_label else 12)
    label.paragraph_format.keep_with_next = True
    if item.reference:
        reference = _add(container, item.reference, italic=True, rtl=is_rtl(item.reference), language=item.language)
        reference.paragraph_format.keep_with_next = True
    if item.warning:
        warning = _add(container, item.warning, bold=True, rtl=is_rtl(item.warning))
        # The sign in a font that has it: the Latin text's showed an empty box in LibreOffice (a trial).
        sign = warning.add_run("⚠ ")
        sign.bold, sign.font.name = True, _SYMBOL_FONT
        sign._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), _SYMBOL_FONT)
        warning.runs[0]._r.addprevious(sign._r)
        warning.paragraph_format.keep_with_next = True
    for line in item.text.split("\n"):
        if line.strip():
            _add(container, line, rtl=rtl, language=item.language)


def _pair(document: DocxDocument, pair: tuple[PassageItem, PassageItem]) -> None:
    """An article in two languages side by side: a table of two columns, the left-to-right text on the left."""
    table = document.add_table(rows=1, cols=2)
    table.autofit = True
    for cell, item in zip(table.rows[0].cells, pair, strict=True):
        _passage(cell, item)
        empty = cell.paragraphs[0]  # a new cell's own paragraph, before the passage's
        empty._p.getparent().remove(empty._p)
    document.add_paragraph()  # the next item apart from the table


def _page_footer(section: Section, title: str) -> None:
    """The pack's title and the page's number at the foot of every page: a trial's 11-page handout had neither."""
    rtl = is_rtl(title)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{_numbers_left_to_right(title) if rtl else title} — ")
    number = OxmlElement("w:fldSimple")
    number.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"  # shown until the word processor computes the field
    run.append(text)
    number.append(run)
    footer._p.append(number)
    _set_rtl(footer, rtl, None)


def to_docx(pack: ExportRequest) -> bytes:
    document = Document()
    document.core_properties.title = pack.title
    # A4, as Moroccan courts and training centres print (python-docx's template is US Letter: a trial's file).
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:cs"), "Arial")  # a font with Arabic on every Word installation
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), "26")  # 13 pt for Arabic, which reads small at the Latin size
    rpr.append(size_cs)

    _page_footer(section, pack.title)
    title = _add(document, pack.title, style="Title", rtl=is_rtl(pack.title))
    if is_rtl(pack.title):  # the Title style spaces its letters, which cuts Arabic letters apart (a trial saw it)
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), "0")
        # Where the schema puts it, before the size, direction and language already set (Word may reject otherwise).
        title.runs[0]._r.get_or_add_rPr().insert_element_before(spacing, *_AFTER_SPACING)
    for item in side_by_side(pack.items):
        if isinstance(item, HeadingItem):
            _add(document, item.text, style="Heading 1", rtl=is_rtl(item.text))
        elif isinstance(item, tuple):
            _pair(document, item)
        else:
            _passage(document, item)
    note = closing_note(pack)
    _add(document, note, italic=True, rtl=is_rtl(note)).paragraph_format.space_before = Pt(18)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _shortened(title: str, most: int) -> str:
    """The title cut to ``most`` characters at a word's end, without a bracket it no longer closes: a trial's file was
    «Module traite … — ISM Rabat (inspecteurs.md»."""
    if len(title) <= most:
        return title
    cut = title[:most]
    cut = cut[: cut.rfind(" ")] if " " in cut[most // 2 :] else cut
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rfind("(")]
    return cut.rstrip(" ,;:—–-")


def _filename(title: str, extension: str) -> str:
    """``attachment`` header value: an ASCII fallback name and the UTF-8 title (RFC 6266 / 5987)."""
    ascii_name = re.sub(r"[^A-Za-z0-9]+", "-", unicodedata.normalize("NFKD", title)).strip("-").lower()
    # An Arabic title leaves only its digits («2026.docx», a trial): the name says what the file is.
    if not re.search(r"[a-z]", ascii_name):
        ascii_name = "-".join(filter(None, ("daleel-course-pack", ascii_name)))
    ascii_name = ascii_name[:60] + "." + extension
    # No path in the name a client prefers either: «../../etc/passwd» was a `filename*` of «..%2F..%2Fetc%2Fpasswd».
    # Nor what a reader cannot see (a zero-width space for a name, a right-to-left override that disguises one).
    visible = "".join(c for c in _shortened(title, 80) if unicodedata.category(c) not in ("Cc", "Cf"))
    safe_title = re.sub(r"[/\\:*?\"<>|]+", "-", visible).strip(" .-") or "daleel-course-pack"
    utf8_name = quote(f"{safe_title}.{extension}", safe="")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{utf8_name}"


router = APIRouter(tags=["export"])


@router.post(
    "/api/export",
    response_class=Response,
    responses={
        200: {
            "description": "the course pack as a file (attachment)",
            "content": {MEDIA_TYPES["md"]: {}, MEDIA_TYPES["docx"]: {}},
        },
        **error_responses(
            413,
            422,
            _413="the pack is larger than 8 MiB",
            _422="an invalid pack, or a passage whose text is not its article's (not_in_corpus)",
        ),
    },
)
def export_pack(pack: ExportRequest, request: Request) -> Response:
    """Lay out a course pack (title, headings, cited passages) as Markdown or Word. Each passage's text must be its
    article's text in the corpus (else 422 ``not_in_corpus``); its label and reference are the corpus's, and so is
    its warning (for a text that is a repeal, that another repeals, or that a later text amends), never the client's."""
    library = request.app.state.library
    pack = as_in_corpus(pack, library.wordings, library.consolidation_date)
    content = to_markdown(pack).encode("utf-8") if pack.format == "md" else to_docx(pack)
    return Response(
        content=content,
        media_type=MEDIA_TYPES[pack.format],
        headers={"Content-Disposition": _filename(pack.title, pack.format), "Cache-Control": "no-store"},
    )


# --- Fonts ------------------------------------------------------------------------------------

# Debian's fonts-hosny-amiri; the page's @font-face points at /fonts/<name>. Font files are not in git.
FONT_DIRS = (
    Path("/usr/share/fonts/opentype/fonts-hosny-amiri"),
    Path("/usr/share/fonts/truetype/fonts-hosny-amiri"),
)
FONTS = {"Amiri-Regular.ttf", "Amiri-Bold.ttf"}

fonts_router = APIRouter(tags=["meta"])


@fonts_router.api_route("/fonts/{name}", methods=["GET", "HEAD"], include_in_schema=False)
def font(name: str) -> Response:
    if name in FONTS:
        for folder in FONT_DIRS:
            path = folder / name
            if path.is_file():
                return FileResponse(path, media_type="font/ttf", headers={"Cache-Control": "public, max-age=604800"})
    return JSONResponse(status_code=404, content={"error": "not_found", "message": f"no font {name!r}"})
