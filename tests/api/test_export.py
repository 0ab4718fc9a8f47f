"""POST /api/export (course pack → Markdown / Word) and GET /fonts/{name}, over the small real index.

The layout tests call the formatters (`export.to_markdown`, `export.to_docx`) on synthetic packs: the endpoint itself
refuses any passage that is not its article's text in the corpus, which the endpoint tests check with real texts.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import httpx
import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from api import export
from search.results import Passage
from tests.api.test_app import serve

AR_LABEL = "المادة الخامسة من القانون رقم 27.14"
AR_TEXT = (
    "يعفى ضحايا الاتجار بالبشر من الرسوم القضائية المرتبطة بالدعوى المدنية التي يرفعونها.\n"
    "يستفيد أيضا ضحايا الاتجار بالبشر أو ذوو حقوقهم من المساعدة القضائية بحكم القانون."
)
AR_REFERENCE = "القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127 بتاريخ 25 أغسطس 2016"
FR_LABEL = "Code pénal, article 448-1"
FR_TEXT = "On entend par traite des êtres humains le recrutement, l'enlèvement, le transport…\n1. *exploitation*"


def pack(fmt: str = "md", **changes) -> dict:
    body = {
        "title": "Protection des victimes — حماية الضحايا",
        "format": fmt,
        "items": [
            {"type": "heading", "text": "حقوق الضحايا"},
            {"type": "passage", "label": AR_LABEL, "reference": AR_REFERENCE, "text": AR_TEXT, "language": "ar",
             "key": "ma-law-27-14:5"},
            {"type": "heading", "text": "Définition"},
            {"type": "passage", "label": FR_LABEL, "text": FR_TEXT, "language": "fr", "key": "ma-penal-code:448-1"},
        ],
    }
    body.update(changes)
    return body


def layout(fmt: str = "md", **changes) -> export.ExportRequest:
    return export.ExportRequest.model_validate(pack(fmt, **changes))


@pytest.fixture(scope="module")
def client(indexed) -> Iterator[httpx.Client]:
    settings, _, searcher = indexed
    with serve(settings, searcher) as base_url, httpx.Client(base_url=base_url, timeout=60) as http:
        yield http


def _article(client: httpx.Client, work: str, article: str, lang: str) -> dict:
    view = client.get(f"/api/documents/{work}/articles/{article}", params={"lang": lang}).json()
    assert view["language"] == lang
    return {"type": "passage", "label": view["citation"]["label"], "text": view["text"], "language": lang,
            "key": view["citation"]["key"]}


def test_an_article_added_in_two_languages_one_after_the_other_is_laid_out_side_by_side() -> None:
    # A trainer's comparative handout (French and Arabic of one article) came one text under the other.
    arabic = {"type": "passage", "label": "الفصل 448-1 من مجموعة القانون الجنائي", "text": "يقصد بالاتجار بالبشر …",
              "language": "ar", "key": "ma-penal-code:448-1"}  # fmt: skip
    body = pack("docx")
    body["items"] += [arabic, {**body["items"][1], "key": "ma-law-27-14:6"}]  # then another article alone
    document = Document(io.BytesIO(export.to_docx(export.ExportRequest.model_validate(body))))
    [table] = document.tables
    left, right = table.rows[0].cells
    assert left.paragraphs[0].text == FR_LABEL and right.paragraphs[0].text.replace("\u200e", "") == arabic["label"]
    assert right.paragraphs[-1].text.replace("\u200e", "") == arabic["text"]
    texts = [p.text.replace("\u200e", "") for p in document.paragraphs]
    assert FR_LABEL not in texts and texts.count(AR_LABEL) == 2  # the paired one in the table only; 27-14's alone
    # The Arabic first, the French after it: the French on the left still.
    swapped = pack("docx")
    swapped["items"] = [arabic, swapped["items"][3]]
    document = Document(io.BytesIO(export.to_docx(export.ExportRequest.model_validate(swapped))))
    assert document.tables[0].rows[0].cells[0].paragraphs[0].text == FR_LABEL
    # Two languages of two different articles are not a pair.
    assert not export.side_by_side(export.ExportRequest.model_validate(pack()).items)[1:2] == []
    assert all(not isinstance(i, tuple) for i in export.side_by_side(layout().items))


def test_markdown_export_holds_every_label_and_text() -> None:
    text = export.to_markdown(layout("md")).replace("\u200e", "")  # the marks: test_numbers_keep_their_order…
    assert text.startswith("# Protection des victimes — حماية الضحايا\n")
    assert "## حقوق الضحايا" in text and "## Définition" in text
    assert f"**{AR_LABEL}**" in text and f"**{FR_LABEL}**" in text
    assert f"**{AR_LABEL}**\n\n*{AR_REFERENCE}*\n" in text  # the official reference under its label
    assert "> يعفى ضحايا الاتجار بالبشر من الرسوم القضائية" in text
    assert "> يستفيد أيضا ضحايا الاتجار بالبشر" in text
    assert ".\n>\n> يستفيد" in text  # two paragraphs, not one
    assert "ma-law-27-14:5" in text and "ma-penal-code:448-1" in text
    # Markdown in the legal text is escaped, not interpreted: no list, no emphasis.
    assert "> 1\\. \\*exploitation\\*" in text
    # The Arabic passage comes before the French one, as sent.
    assert text.index(AR_LABEL) < text.index(FR_LABEL)


# Five paragraphs, as the French Penal Code's art. 448-1 has (synthetic text).
FIVE_PARAGRAPHS = [
    "Premier alinéa : on entend par traite le recrutement, le transport ou l'hébergement d'une personne.",
    "Deuxième alinéa : l'exploitation comprend l'exploitation sexuelle.",
    "3. un alinéa qui commence comme une liste numérotée ;",
    "- un alinéa qui commence comme une liste à puces ;",
    "Cinquième alinéa : le consentement de la victime est indifférent.",
]
FR_REFERENCE = "Code pénal ; dahir n° 1-59-413 du 26 novembre 1962"


def test_markdown_keeps_each_paragraph_and_block_apart() -> None:
    item = {
        "type": "passage",
        "label": FR_LABEL,
        "reference": FR_REFERENCE,
        "text": "\n".join(FIVE_PARAGRAPHS),
        "language": "fr",
        "key": "ma-penal-code:448-1",
    }
    text = export.to_markdown(layout("md", items=[{"type": "heading", "text": "Définition"}, item]))
    # A blank line between label, reference, key and quotation; a blank «>» line between the article's paragraphs.
    assert (
        f"## Définition\n\n**{FR_LABEL}**\n\n*{FR_REFERENCE}*\n\n<!-- ma-penal-code:448-1 (fr) -->\n\n> Premier"
        in text
    )
    # It ends on the note the print view has (a trial found the files without it), after a rule.
    text, note = text.split("\n---\n\n")
    assert note == "*Textes tels que fournis par Daleel ; se référer au Bulletin officiel pour toute citation.*\n"
    quote = text[text.index("> Premier") :].rstrip("\n").split("\n")
    assert quote[1::2] == [">"] * 4 and len(quote) == 9
    assert quote[4] == "> 3\\. un alinéa qui commence comme une liste numérotée ;"
    assert quote[6] == "> \\- un alinéa qui commence comme une liste à puces ;"

    markdown_it = pytest.importorskip("markdown_it", reason="no CommonMark renderer installed")
    tokens = markdown_it.MarkdownIt("commonmark").parse(text)
    kinds = [t.type for t in tokens if t.nesting != -1 and t.type != "inline"]
    # label, reference (each its own paragraph), the key (an HTML comment), then the quotation of five paragraphs
    blocks = ["heading_open", "heading_open", "paragraph_open", "paragraph_open", "html_block", "blockquote_open"]
    assert kinds == blocks + ["paragraph_open"] * 5
    quoted = [t for t in tokens if t.type == "inline" and t.level == 2]
    # Each paragraph whole, as plain text: the legal text is not read as lists or emphasis.
    assert all(c.type == "text" for t in quoted for c in t.children or [])
    assert ["".join(c.content for c in t.children or []) for t in quoted] == FIVE_PARAGRAPHS


def test_docx_export_sets_right_to_left_on_arabic_paragraphs() -> None:
    document = Document(io.BytesIO(export.to_docx(layout("docx"))))
    # A4, not python-docx's US Letter (a trial printed its pack on letter paper).
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    paragraphs = {p.text.replace("\u200e", ""): p for p in document.paragraphs}
    assert "Protection des victimes — حماية الضحايا" in paragraphs
    assert AR_LABEL in paragraphs and FR_LABEL in paragraphs

    def rtl(paragraph) -> bool:  # type: ignore[no-untyped-def]
        ppr = paragraph._p.pPr
        bidi = ppr is not None and ppr.find(qn("w:bidi")) is not None
        runs = [r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None for r in paragraph.runs]
        return bidi and all(runs)

    arabic = paragraphs[AR_TEXT.split("\n")[0]]
    assert rtl(arabic) and rtl(paragraphs[AR_TEXT.split("\n")[1]]) and rtl(paragraphs[AR_LABEL])
    assert rtl(paragraphs["حقوق الضحايا"])
    assert not rtl(paragraphs[FR_LABEL]) and not rtl(paragraphs[FR_TEXT.split("\n")[0]])
    assert paragraphs["حقوق الضحايا"].style.name == "Heading 1"
    assert paragraphs[AR_LABEL].runs[0].bold
    reference_run = paragraphs[AR_REFERENCE].runs[0]
    assert rtl(paragraphs[AR_REFERENCE]) and reference_run.italic
    assert reference_run._r.rPr.find(qn("w:iCs")) is not None  # Word ignores <w:i/> for Arabic without it
    labels = [p.text.replace("\u200e", "") for p in document.paragraphs]
    assert labels.index(AR_REFERENCE) == labels.index(AR_LABEL) + 1
    # A left-to-right mark before each dotted or hyphenated number keeps «27.14» from reading 14.27 in Arabic.
    assert paragraphs[AR_LABEL].text == "المادة الخامسة من القانون رقم \u200e27.14"
    assert "\u200e" not in paragraphs[FR_LABEL].text  # left-to-right paragraphs need none


def test_numbers_keep_their_order_in_arabic_in_both_formats_but_those_typed_reversed() -> None:
    # A trial: the Markdown file had no marks, so «الفصل 448-1» showed as 1-448; the Word file put one before the
    # CPP's «المادة 7-82», typed in the order it shows (82-7), which then read 7-82, an article that does not exist.
    text = "تطبق أحكام المادة 7-82 والفصل 448-1 من القانون رقم 27.14."
    item = {"type": "passage", "label": AR_LABEL, "text": text, "language": "ar", "key": "ma-cpp:82-6"}
    request = export.ExportRequest(title="حزمة", format="md", items=[item])
    said = "تطبق أحكام المادة 7-82 والفصل \u200e448-1 من القانون رقم \u200e27.14."
    assert f"> {said}" in export.to_markdown(request).split("\n")
    document = Document(io.BytesIO(export.to_docx(request.model_copy(update={"format": "docx"}))))
    assert said in [p.text for p in document.paragraphs]
    # Both end on the print view's note, in the title's language (Arabic here), or in the page's when it says so.
    assert document.paragraphs[-1].text == "النصوص كما وردت في دليل؛ يرجى الرجوع إلى الجريدة الرسمية عند الاستشهاد."
    french_page = request.model_copy(update={"warnings_language": "fr"})
    assert export.to_markdown(french_page).endswith("se référer au Bulletin officiel pour toute citation.*\n")
    # A French text gets none.
    french = export.ExportRequest(
        title="Pack", format="md", items=[{**item, "text": "Article 448-1.", "language": "fr", "label": FR_LABEL}]
    )
    assert "\u200e" not in export.to_markdown(french)


def test_every_printed_page_of_the_docx_carries_the_title_and_its_number(tmp_path: Path) -> None:
    # A trial's 11-page handout had no page numbers and no title on its pages. Printed by LibreOffice, as a reader's
    # word processor would.
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice not installed (Debian package libreoffice-writer-nogui)")
    long = "SYNTHETIC test text, not law. " * 120
    items = [{"type": "passage", "label": f"Item {n}", "text": long, "language": "fr", "key": "x:1"} for n in range(4)]
    source = tmp_path / "pack.docx"
    source.write_bytes(export.to_docx(layout("docx", title="Dossier d’essai", items=items)))
    command = [exe, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(tmp_path), str(source)], capture_output=True, timeout=180, check=True)
    pages = [page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages]
    assert len(pages) > 2
    assert all(f"Dossier d’essai — {n}" in text for n, text in enumerate(pages, start=1))


def test_an_arabic_title_keeps_its_letters_joined_and_names_the_file() -> None:
    # A trial: the Title style's letter spacing cut the Arabic title's letters apart, and the file came as «2026.docx».
    document = Document(io.BytesIO(export.to_docx(layout("docx", title="حقوق الضحايا 2026"))))
    [title] = [p for p in document.paragraphs if p.style.name == "Title"]
    properties = title.runs[0]._r.rPr
    assert properties.find(qn("w:spacing")).get(qn("w:val")) == "0"
    order = [child.tag for child in properties]  # the schema's order: spacing before direction and language
    assert order.index(qn("w:spacing")) < order.index(qn("w:rtl"))
    latin = Document(io.BytesIO(export.to_docx(layout("docx", title="Protection des victimes")))).paragraphs[0]
    assert latin.runs[0]._r.rPr is None or latin.runs[0]._r.rPr.find(qn("w:spacing")) is None
    arabic_name = export._filename("حقوق الضحايا 2026", "docx")
    assert arabic_name.startswith('attachment; filename="daleel-course-pack-2026.docx"')
    assert export._filename("Protection 2026", "docx").startswith('attachment; filename="protection-2026.docx"')
    assert arabic_name.endswith("filename*=UTF-8''" + quote("حقوق الضحايا 2026.docx", safe=""))
    # No folder in either name: a client saving as told stays in its own folder.
    for hostile in ("../../etc/passwd", "..\\..\\boot.ini", "a/b:c*d?.", "..", "\x00", "\u200b", "\x85x"):
        names = re.findall(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)", export._filename(hostile, "md"))
        assert len(names) == 2 and not any(set("/\\") & set(unquote(n)) or unquote(n).startswith(".") for n in names)
        assert all(unicodedata.category(c) not in ("Cc", "Cf") for c in unquote(names[1])), hostile
    # Nothing a reader cannot see: a right-to-left override would show «exe.txt» as «txt.exe».
    assert "%E2%80%AE" not in export._filename("\u202eexe.txt", "docx")
    # A long title is cut at a word, without a bracket left open (a trial's «… — ISM Rabat (inspecteurs.md»).
    long = "Module traite des êtres humains, exploitation par le travail — ISM Rabat (inspecteurs et police)"
    shortened = "Module traite des êtres humains, exploitation par le travail — ISM Rabat.md"
    assert export._filename(long, "md").endswith(quote(shortened, safe=""))


@pytest.mark.parametrize(
    "body",
    [
        {},
        pack(format="pdf"),
        pack(title=""),
        pack(title="   "),
        pack(title="x" * 201),
        pack(items=[]),
        pack(items=[{"type": "heading", "text": "seulement un titre"}]),
        pack(items=[{"type": "quote", "text": "x"}]),
        pack(items=[{"type": "passage", "label": "L", "text": "t", "language": "ar"}]),  # no key
        pack(items=[{"type": "passage", "label": "", "text": "t", "language": "ar", "key": "w:1"}]),
        pack(items=[{"type": "passage", "label": "L", "text": "t", "language": "de", "key": "w:1"}]),
        pack(items=[{"type": "passage", "label": "L", "text": "t\x00", "language": "fr", "key": "w:1"}]),
        pack(items=[{"type": "passage", "label": "L", "text": "t", "language": "fr", "key": "../../etc"}]),
        pack(items=[{"type": "passage", "label": "L", "text": "x" * 50_001, "language": "fr", "key": "w:1"}]),
        pack(items=[{"type": "passage", "label": "L", "text": "t", "language": "fr", "key": "w:1", "extra": 1}]),
        pack(items=[{"type": "passage", "label": "L", "reference": "a\nb", "text": "t", "language": "fr",
                     "key": "w:1"}]),
        pack(items=[{"type": "passage", "label": "L", "reference": "r" * 1001, "text": "t", "language": "fr",
                     "key": "w:1"}]),
        pack(items=[{"type": "heading", "text": "h"}] * 200 + [pack()["items"][1]]),
    ],
)
def test_bad_packs_get_a_json_422(client: httpx.Client, body: dict) -> None:
    response = client.post("/api/export", json=body)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request" and response.json()["message"]


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"format": "md", "title": "',  # cut short
        '{"format": "md", "title": "été"}'.encode("latin-1"),  # not UTF-8
        b"[" * 100_000 + b"]" * 100_000,  # nested past Python's depth: a 400 `http` before (an integrator)
    ],
)
def test_not_json_gets_a_422(client: httpx.Client, body: bytes) -> None:
    response = client.post("/api/export", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"] == "invalid_request"
    french = client.post(
        "/api/export", content=body, headers={"content-type": "application/json", "Accept-Language": "fr"}
    )
    assert french.json()["message"].startswith("Requête invalide")


def test_a_body_past_any_pack_is_refused_before_it_is_read(client: httpx.Client) -> None:
    # An audit: a 300 MB body (no token needed) took 800 MB of the server's memory before its 422.
    from api.app import MAX_EXPORT_BYTES

    big = b'{"format": "md", "title": "' + b"x" * (MAX_EXPORT_BYTES + 1) + b'"}'
    for headers in ({}, {"Accept-Language": "fr"}):
        response = client.post("/api/export", content=big, headers={"content-type": "application/json", **headers})
        assert response.status_code == 413 and response.json()["error"] == "too_large"
    assert response.json()["message"].startswith("La requête est trop volumineuse")

    def chunks():  # no Content-Length: counted as it comes
        yield b'{"format": "md", "title": "'
        for _ in range(MAX_EXPORT_BYTES // 2**16 + 2):
            yield b"x" * 2**16

    response = client.post("/api/export", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    # Under it, the pack's own rules judge it (two hundred items pass: `test_two_hundred_items_are_accepted`).
    assert client.post("/api/export", json={"format": "md", "items": []}).status_code == 422


def test_limits_are_the_documented_ones() -> None:
    assert (export.MAX_ITEMS, export.MAX_PASSAGE_CHARS, export.MAX_TITLE_CHARS) == (200, 50_000, 200)


def test_two_hundred_items_are_accepted(client: httpx.Client) -> None:
    items = [_article(client, "ma-law-27-14", "5", "ar")] * 200
    assert client.post("/api/export", json=pack("docx", items=items)).status_code == 200


@pytest.mark.skipif(
    not any((d / "Amiri-Regular.ttf").is_file() for d in export.FONT_DIRS), reason="fonts-hosny-amiri not installed"
)
def test_the_arabic_font_is_served_from_debian(client: httpx.Client) -> None:
    response = client.get("/fonts/Amiri-Regular.ttf")
    assert response.status_code == 200 and response.headers["content-type"] == "font/ttf"
    assert response.content[:4] == b"\x00\x01\x00\x00"  # a TrueType font
    assert client.head("/fonts/Amiri-Bold.ttf").status_code == 200


@pytest.mark.parametrize("name", ["AmiriQuran.ttf", "..%2F..%2Fetc%2Fpasswd", "DejaVuSans.ttf", "x"])
def test_other_font_names_are_not_found(client: httpx.Client, name: str) -> None:
    response = client.get(f"/fonts/{name}")
    assert response.status_code == 404
    assert not Path(name).is_absolute()


def test_a_warning_goes_with_the_text_in_both_formats() -> None:
    # The page sends the repeal warning of an article another version repeals (a trial found the French 494 exported
    # as law in force); the export lays it out after the reference, before the text.
    warning = "Abrogé selon le texte arabe : le texte français ci-dessous n'est plus en vigueur."
    body = pack()
    body["items"][3]["warning"] = warning
    markdown = export.to_markdown(export.ExportRequest.model_validate(body))
    assert f"**⚠ {warning}**" in markdown and markdown.index("⚠") < markdown.index("On entend par traite")
    document = Document(io.BytesIO(export.to_docx(export.ExportRequest.model_validate({**body, "format": "docx"}))))
    texts = [p.text for p in document.paragraphs]
    assert texts[texts.index(FR_LABEL) + 1] == f"⚠ {warning}"
    # The sign in a font that has it (LibreOffice showed the Latin font's empty box), bold as the warning.
    sign = document.paragraphs[texts.index(FR_LABEL) + 1].runs[0]
    assert sign.text == "⚠ " and sign.font.name == "Segoe UI Symbol" and sign.bold
    assert "⚠" not in export.to_markdown(layout())  # none when none is sent


def _wordings(*passages: Passage) -> Callable[[str], list[Passage]]:
    return lambda key: list(passages)


def test_the_warning_laid_out_is_the_corpus_s_never_the_one_sent() -> None:
    # Synthetic texts shaped as the corpus's (a French text whose Arabic, in force and dated later, says it is
    # repealed); consolidation dates as the catalogue would give them.
    fr = Passage(
        text="Texte synthétique de l'article 7.", language="fr", label="Code d'essai, article 7", wording="consolidated"
    )
    ar_repeal = Passage(
        text="الفصل 7 نسخ.", language="ar", label="الفصل 7 من مدونة الاختبار", wording="consolidated", repealed=True
    )
    in_force = Passage(
        text="Texte synthétique de l'article 8.", language="fr", label="Code d'essai, article 8", wording="consolidated"
    )
    dates = {"fr": dt.date(2018, 7, 5), "ar": dt.date(2024, 8, 22)}

    def exported(passage: Passage, warning: str | None, *others: Passage, dated: bool = True) -> str | None:
        item = {
            "type": "passage",
            "label": passage.label,
            "text": passage.text,
            "language": passage.language,
            "key": "test-code:7",
            "warning": warning,
        }
        request = export.ExportRequest.model_validate({"title": "Essai", "format": "md", "items": [item]})
        when = (lambda work, p: dates[p.language]) if dated else (lambda work, p: None)
        [laid_out] = export.as_in_corpus(request, _wordings(passage, *others), when).items
        return laid_out.warning

    firm = (
        "Abrogé selon le texte arabe (version consolidée au 22 août 2024) : le texte ci-dessous (version consolidée "
        "au 5 juillet 2018) ne tient pas compte de cette abrogation ; il n’est plus en vigueur."
    )
    assert exported(fr, None, ar_repeal) == firm
    # A trial sent «Ce texte est en vigueur» with the repealed French 494: the file printed it under ⚠.
    assert exported(fr, "Ce texte est en vigueur et pleinement applicable.", ar_repeal) == firm
    # Undated, the repeal is said, and the reader told to check, not told the text is out of force.
    assert exported(fr, None, ar_repeal, dated=False).endswith("vérifiez le texte en vigueur avant de vous y fier.")
    # A warning sent for a text in force is laid out nowhere: a file must not say an article is repealed.
    assert exported(in_force, "Abrogé : ne plus appliquer.") is None
    # A text that is itself the repeal line gets one, whoever sent the pack (a review found it laid out bare).
    assert exported(ar_repeal, None, fr) == "تنبيه: يفيد هذا النص أن الحكم قد أُلغي."
    # A text whose other language records a later amendment.
    amended = in_force.model_copy(update={"later_amendments": ["تغير بمقتضى القانون التجريبي رقم 00.00"]})
    assert exported(amended, None, ar_repeal.model_copy(update={"repealed": False})) == (
        "Selon une note du texte arabe, l’article a été modifié après la version ci-dessous (version consolidée au "
        "5 juillet 2018) : ce texte n’est peut-être plus celui en vigueur."
    )


def test_an_export_lays_out_the_corpus_texts_with_the_corpus_citations(client: httpx.Client) -> None:
    item = _article(client, "ma-law-27-14", "5", "ar")
    # A pack saved with an older label and no reference gets the corpus's: the export is made of today's citations.
    stale = {**item, "label": "المادة 5"}
    response = client.post("/api/export", json=pack("md", items=[{"type": "heading", "text": "حقوق الضحايا"}, stale]))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/markdown; charset=utf-8"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and ".md" in disposition and "filename*=UTF-8''" in disposition
    text = response.text.replace("\u200e", "")
    assert f"**{item['label']}**\n\n*القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127" in text
    assert "**المادة 5**" not in text
    assert "⚠" not in text  # no text of the corpus repeals or later amends it: no warning is added
    assert "> بالرغم عن جميع الأحكام التشريعية المخالفة" in text
    assert "يعفى ضحايا الاتجار بالبشر من الرسوم القضائية" in text
    # Line breaks and spaces are layout, not text: the page may send the paragraphs joined.
    joined = {**item, "text": " ".join(item["text"].split())}
    docx = client.post("/api/export", json=pack("docx", items=[joined]))
    assert docx.status_code == 200 and docx.headers["content-type"] == export.MEDIA_TYPES["docx"]
    assert ".docx" in docx.headers["content-disposition"]


def test_where_a_translation_differs_from_the_text_that_prevails_every_text_of_the_article_says_so(
    client: httpx.Client,
) -> None:
    # A trial: the French 448-7 makes the exemption of the offender's spouse and family a right («bénéficie d'une
    # excuse absolutoire»), the Arabic, which prevails, leaves it to the judge («يجوز الإعفاء»); nothing said so.
    view = client.get("/api/documents/ma-penal-code/articles/448-7", params={"lang": "fr"}).json()
    assert view["citation"]["translation_difference"].startswith("Le texte arabe, qui fait foi, diffère ici")
    [arabic] = [c for c in view["counterparts"] if c["language"] == "ar"]
    # Told to the readers of the Arabic text, which prevails: shown with it, not part of its citation.
    assert arabic["counterpart_difference"].startswith("النص العربي هو الذي يعتد به، والترجمة الفرنسية تخالفه هنا")
    # A second trial: 448-2 to 448-5 translate «السجن», réclusion (a crime's penalty), as «emprisonnement».
    penalty = client.get("/api/documents/ma-penal-code/articles/448-3", params={"lang": "fr"}).json()
    assert "« السجن », la réclusion, peine criminelle" in penalty["citation"]["translation_difference"]
    # And its «fractionnaire public», a slip of the translation for «موظفا عموميا» (a trial).
    assert "fractionnaire public" in penalty["text"]
    assert "« fractionnaire public » est une coquille" in penalty["citation"]["translation_difference"]
    # And the consolidated Arabic 448-1's «التوسل» for the law's «التسول», begging: noted on the Arabic text only.
    begging = client.get("/api/documents/ma-penal-code/articles/448-1", params={"lang": "ar"}).json()
    assert "يكتب «التسول»" in begging["citation"]["translation_difference"] and "التوسل" in begging["text"]
    # Its French has a note of its own: the translation's «tout travail au service exigé» (a trial).
    [french] = begging["counterparts"]
    assert "tout travail au service exigé" in french["translation_difference"] and "التوسل" not in french["text"]
    # The French 448-9 names the victim's life; the Arabic, any danger to the victim or the witness (a trial).
    danger = client.get("/api/documents/ma-penal-code/articles/448-9", params={"lang": "fr"}).json()
    assert "sans limiter ce danger à sa vie" in danger["citation"]["translation_difference"]
    # What an article's words alone do not say: Law 19-12 art. 6's transitional period ended in 2023 (a trial).
    lapsed = client.get("/api/documents/ma-law-19-12/articles/6", params={"lang": "fr"}).json()
    assert lapsed["citation"]["standing_note"].startswith("La période transitoire du deuxième alinéa est close")
    assert lapsed["citation"]["translation_difference"] is None and "2 octobre 2023" in lapsed["warning"]
    # And its penalty article, whose first two indents turn on that period (a review).
    penalty = client.get("/api/documents/ma-law-19-12/articles/23", params={"lang": "fr"}).json()
    assert "c’est depuis lors le deuxième tiret qui s’applique" in penalty["citation"]["standing_note"]
    [found] = client.get("/api/search", params={"q": "article 6 de la loi 19-12", "lang": "fr"}).json()["results"]
    assert found["citation"]["standing_note"] == lapsed["citation"]["standing_note"]
    exported = client.post("/api/export", json=pack("md", items=[_article(client, "ma-law-19-12", "6", "fr")]))
    assert "**⚠ La période transitoire du deuxième alinéa est close" in exported.text
    plain = client.get("/api/documents/ma-penal-code/articles/448-6").json()
    assert plain["citation"]["translation_difference"] is None
    [result] = client.get("/api/search", params={"q": "art. 448-7 CP", "lang": "fr"}).json()["results"]
    assert result["citation"]["translation_difference"] == view["citation"]["translation_difference"]
    # The course pack lays it out under ⚠, with the text.
    markdown = client.post("/api/export", json=pack("md", items=[_article(client, "ma-penal-code", "448-7", "fr")]))
    assert markdown.status_code == 200 and "diffère ici : il écrit « يجوز الإعفاء »" in markdown.text
    other = client.post("/api/export", json=pack("md", items=[_article(client, "ma-penal-code", "448-6", "fr")]))
    assert "⚠" not in other.text


def test_the_same_words_in_two_wordings_keep_the_reference_of_the_one_sent(client: httpx.Client) -> None:
    # The consolidated 448-11 and Law 27-14's enacting wording are the same words: a review found the export giving
    # the code's article the enacting law's 2016 reference.
    item = _article(client, "ma-penal-code", "448-11", "ar")
    original = next(
        v for v in client.get("/api/documents/ma-penal-code/articles/448-11", params={"lang": "ar"}).json()["versions"]
        if v["current"] is False and v["language"] == "ar"
    )
    assert " ".join(original["text"].split()) == " ".join(item["text"].split())

    def reference(**changes: str) -> str:
        markdown = client.post("/api/export", json=pack("md", items=[{**item, **changes}])).text.replace("\u200e", "")
        return next(line for line in markdown.split("\n") if line.startswith("*") and not line.startswith("**"))

    assert reference().startswith("*مجموعة القانون الجنائي؛")  # none sent: the wording in force
    assert reference(wording="consolidated").startswith("*مجموعة القانون الجنائي؛")
    assert reference(wording=original["wording"]).startswith("*القانون رقم 27.14")
    # And its label names it (a trial exported CPP 82-5-1's 2016 wording under the bare citation).
    markdown = client.post("/api/export", json=pack("md", items=[{**item, "wording": original["wording"]}]))
    markdown = markdown.text.replace("\u200e", "")
    assert f"**{item['label']} — {original['version_label']}**" in markdown


def test_a_wording_a_later_law_amended_is_exported_with_a_warning(client: httpx.Client) -> None:
    # A trial: CPP 82-5-1 as Law 27-14 enacted it (2016), which Law 03.23 later amended, was exported with its label
    # alone, without the «no longer in force» warning a repealed or later-amended text gets.
    view = client.get("/api/documents/ma-cpp/articles/82-5-1", params={"lang": "ar"}).json()
    [original] = [v for v in view["versions"] if v["current"] is False]
    assert original["amended_by"] == "03.23" and view["citation"].get("amended_by") is None
    item = {**_article(client, "ma-cpp", "82-5-1", "ar"), "text": original["text"], "wording": original["wording"]}
    markdown = client.post("/api/export", json=pack("md", items=[item])).text.replace("\u200e", "")
    assert "**⚠ تنبيه: النص أدناه صيغة سابقة للمادة عدّلها بعدها القانون رقم 03.23؛" in markdown
    # In the page's language when the pack says which: a trial's French pack showed it in French, the file in Arabic.
    french = client.post("/api/export", json={**pack("md", items=[item]), "warnings_language": "fr"}).text
    said = "**⚠ Attention : le texte ci-dessous est une rédaction antérieure de l’article, modifiée depuis par la loi"
    assert f"{said} n° 03-23" in french and "تنبيه" not in french
    # An enacting law's wording that no later law changed is the code's text in force: no warning.
    code = client.get("/api/documents/ma-penal-code/articles/448-11", params={"lang": "ar"}).json()
    [enacted] = [v for v in code["versions"] if v["current"] is False and v["language"] == "ar"]
    assert enacted["amended_by"] is None
    item = {**_article(client, "ma-penal-code", "448-11", "ar"), "wording": enacted["wording"]}
    assert "⚠" not in client.post("/api/export", json=pack("md", items=[item])).text


def test_a_text_that_is_not_its_articles_is_refused(client: httpx.Client) -> None:
    # A trial exported «يعاقب الضحايا بالسجن المؤبد.» as Law 27-14 art. 5: any text, under any label, was laid out.
    real = _article(client, "ma-law-27-14", "5", "ar")
    words = real["text"].split()
    refused = [
        {**real, "text": "يعاقب الضحايا بالسجن المؤبد."},  # made up
        {**real, "text": " ".join(words[1:])},  # cut: its first word left out
        {**real, "text": real["text"] + " وتلغى جميع الرسوم."},  # added to
        {**real, "language": "fr"},  # the right text said to be another language's
        {**real, "key": "ma-law-27-14:6"},  # another article's key
        {**real, "key": "no-such-work:5"},
    ]
    for number, item in enumerate(refused):
        response = client.post("/api/export", json=pack("md", items=[item]), headers={"Accept-Language": "fr"})
        assert response.status_code == 422, (number, response.text)
        error = response.json()
        assert error["error"] == "not_in_corpus", number
        # In French to its end (a trial read it end in the English detail), naming the item.
        assert error["message"].startswith(f"Le texte de l'élément 1 du dossier (« {real['label']} »)"), number
        assert "its" not in error["message"] and "item" not in error["message"]
        assert "item 1 (" in error["detail"] and item["key"] in error["detail"]
        # A part of the article (a search result's best passage, sent by an API client) is told how to send it whole.
        assert ("one part of" in error["detail"]) == (number == 1), number
        assert ("n'est qu'une partie de son article" in error["message"]) == (number == 1), number


def test_a_french_pack_cites_an_arabic_only_text_in_french_above_its_own_citation(client: httpx.Client) -> None:
    # A trial: a French report to a prosecutor could quote Law 27-14 art. 5 only under its Arabic citation.
    items = [_article(client, "ma-law-27-14", "5", "ar"), _article(client, "ma-penal-code", "448-1", "fr")]
    french = client.post("/api/export", json=pack("md", items=items, warnings_language="fr")).text.replace("\u200e", "")
    cited = "**Loi n° 27-14, article 5 (texte arabe)**\n\n*Loi n° 27-14 relative à la lutte contre la traite"
    assert cited in french and french.index(cited) < french.index("**المادة الخامسة من القانون رقم 27.14**")
    assert "(texte français)" not in french  # the French 448-1 is cited in French already
    # Sent by a client, it is not taken: the corpus's or nothing.
    forged = [{**items[1], "cited_label": "Loi inventée, article 1"}]
    body = client.post("/api/export", json=pack("md", items=forged, warnings_language="fr")).text
    assert "inventée" not in body
    # An Arabic pack cites it in Arabic only; so does the .docx of a French one, in its own paragraphs.
    arabic = client.post("/api/export", json=pack("md", items=items[:1], warnings_language="ar")).text
    assert "texte arabe" not in arabic and "Loi n° 27-14" not in arabic
    docx = client.post("/api/export", json=pack("docx", items=items[:1], warnings_language="fr"))
    paragraphs = [p.text.replace("\u200e", "") for p in Document(io.BytesIO(docx.content)).paragraphs]
    at = paragraphs.index("Loi n° 27-14, article 5 (texte arabe)")
    assert paragraphs[at + 1].startswith("Loi n° 27-14 relative")
    assert paragraphs[at + 2] == "المادة الخامسة من القانون رقم 27.14"
