"""PDF extraction on PDFs made here with real tools: reportlab (visual-order Arabic with presentation
forms, the way python-bidi + arabic-reshaper users produce it; French with page furniture and
footnotes) and LibreOffice (logical-order Arabic and French).

All texts are synthetic test text («نص تجريبي», «texte d'essai»), not law.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ingest.extract import extract

arabic_reshaper = pytest.importorskip("arabic_reshaper")
pytest.importorskip("reportlab")
from bidi import get_display  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

KNOWN_ARABIC_TTFS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian fonts-dejavu-core
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",  # fonts-noto-core
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/truetype/fonts-hosny-amiri/Amiri-Regular.ttf",  # fonts-hosny-amiri
)

AR_LINES = [
    "المادة 1: نص تجريبي لاختبار الاستخراج فقط.",
    "لا يعتبر هذا النص قانونا، وهو مثال للاختبار (رقم 12.34).",
    "المادة 2: يطبق الإجراء التجريبي ابتداء من 5 يناير 2024.",
    "الإمضاء: اسم تجريبي.",
]


def _arabic_font_files() -> list[str]:
    found: list[str] = []
    if shutil.which("fc-list"):
        out = subprocess.run(["fc-list", ":lang=ar", "file"], capture_output=True, text=True, timeout=30)
        found = [line.split(":")[0].strip() for line in out.stdout.splitlines()]
    return [f for f in [*found, *KNOWN_ARABIC_TTFS] if f.lower().endswith(".ttf") and Path(f).is_file()]


@pytest.fixture(scope="module")
def arabic_font() -> str:
    """Register an Arabic-capable TrueType font with reportlab; skip if the system has none."""
    for path in _arabic_font_files():
        try:
            pdfmetrics.registerFont(TTFont("TestArabic", path))
        except Exception:  # noqa: BLE001 - reportlab cannot embed some (CFF) fonts: try the next one
            continue
        return "TestArabic"
    pytest.skip("no Arabic-capable TrueType font (install the Debian package fonts-dejavu-core)")


def _visual(line: str) -> str:
    return get_display(arabic_reshaper.reshape(line))


def _draw_word_by_word(c: canvas.Canvas, text: str, font: str, size: float, right: float, y: float) -> None:
    # Each word drawn on its own, left to right, as some PDF producers do.
    words = text.split(" ")
    space = pdfmetrics.stringWidth(" ", font, size)
    x = right - pdfmetrics.stringWidth(text, font, size)
    for word in words:
        c.setFont(font, size)
        c.drawString(x, y, word)
        x += pdfmetrics.stringWidth(word, font, size) + space


@pytest.mark.parametrize("word_by_word", [False, True], ids=["line-at-once", "word-by-word"])
def test_visual_order_arabic_comes_out_logical(tmp_path: Path, arabic_font: str, word_by_word: bool) -> None:
    pdf = tmp_path / "ar-visual.pdf"
    c = canvas.Canvas(str(pdf))
    y = 780.0
    for line in AR_LINES:
        if word_by_word:
            _draw_word_by_word(c, _visual(line), arabic_font, 14, 550, y)
        else:
            c.setFont(arabic_font, 14)
            c.drawRightString(550, y, _visual(line))
        y -= 24
    c.showPage()
    c.save()

    doc = extract(pdf)
    assert doc.pages[0].split("\n") == AR_LINES
    assert doc.language == "ar"
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in doc.body_text)  # presentation forms folded


def test_arabic_page_furniture_and_footnotes(tmp_path: Path, arabic_font: str) -> None:
    pdf = tmp_path / "ar-notes.pdf"
    c = canvas.Canvas(str(pdf))
    for page in range(1, 4):
        c.setFont(arabic_font, 10)
        c.drawRightString(550, 810, _visual("نشرة تجريبية للاختبار"))  # running header
        c.drawCentredString(297, 30, f"- {page} -")  # page number
        c.setFont(arabic_font, 14)
        body = f"المادة {page}: فقرة تجريبية رقم {page} للاختبار."
        c.drawRightString(550, 760, _visual(body))
        width = pdfmetrics.stringWidth(_visual(body), arabic_font, 14)
        c.setFont(arabic_font, 8)
        c.drawRightString(550 - width - 2, 766, "1")  # superscript reference, left of the line
        c.setFont(arabic_font, 14)
        for i, line in enumerate(AR_LINES):
            c.drawRightString(550, 730 - 24 * i, _visual(line))
        c.line(400, 110, 550, 110)  # the footnote rule (a graphic)
        c.setFont(arabic_font, 10)
        c.drawRightString(550, 95, _visual(f"1- حاشية تجريبية للصفحة {page}."))
        c.showPage()
    c.save()

    doc = extract(pdf)
    assert doc.pages == ["\n".join([f"المادة {n}: فقرة تجريبية رقم {n} للاختبار.", *AR_LINES]) for n in (1, 2, 3)]
    assert [(n.page, n.marker, n.text) for n in doc.footnotes] == [
        (p, "1", f"حاشية تجريبية للصفحة {p}.") for p in (1, 2, 3)
    ]


def test_french_pdf_furniture_hyphens_footnotes_fake_bold(tmp_path: Path) -> None:
    pdf = tmp_path / "fr.pdf"
    c = canvas.Canvas(str(pdf))
    body = [
        ["Article 1 : texte d'essai pour le test d'extraction, voir ci-dessus", "et l'article 2 ci-"],
        ["dessus ; ce texte n'est pas une loi.", "Article 2 : autre texte d'essai synthétique."],
        ["Article 3 : dernier texte d'essai, sans valeur juridique.", "Fin du document d'essai."],
    ]
    for page, lines in enumerate(body, start=1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 810, "Bulletin d'essai - document synthétique")
        c.drawCentredString(297, 30, f"Page {page}")
        if page == 1:  # a title in fake bold: every glyph drawn twice, half a point apart
            title = c.beginText()
            title.setFont("Helvetica-Bold", 16)
            x = 72.0
            for ch in "TITRE D'ESSAI":
                for dx, dy in ((0, 0), (0.5, 0.6)):
                    title.setTextOrigin(x + dx, 780 + dy)
                    title.textOut(ch)
                x += pdfmetrics.stringWidth(ch, "Helvetica-Bold", 16)
            c.drawText(title)
        y = 740.0
        for line in lines:
            c.setFont("Helvetica", 12)
            c.drawString(72, y, line)
            y -= 18
        if page == 2:  # a superscript reference in the middle of a line, then its note
            c.drawString(72, y, "Texte d'essai")
            c.setFont("Helvetica", 7)
            c.drawString(72 + pdfmetrics.stringWidth("Texte d'essai", "Helvetica", 12), y + 5, "1")
            c.setFont("Helvetica", 12)
            c.drawString(150, y, "suite de la phrase d'essai.")
            c.line(72, 100, 200, 100)
            c.setFont("Helvetica", 9)
            c.drawString(72, 88, "1 - Note d'essai en bas de page,")
            c.drawString(72, 77, "sur deux lignes.")
        c.showPage()
    c.save()

    doc = extract(pdf)
    text = doc.body_text
    assert doc.language == "fr"
    assert "Bulletin d'essai" not in text and "Page 2" not in text
    assert doc.pages[0].startswith("TITRE D'ESSAI\n")
    # «ci-» at a page end is not joined across pages; inside a page compounds keep their hyphen.
    assert "l'article 2 ci-" in doc.pages[0]
    assert "Texte d'essai suite de la phrase d'essai." in doc.pages[1]
    assert [(n.page, n.marker, n.text) for n in doc.footnotes] == [
        (2, "1", "Note d'essai en bas de page, sur deux lignes.")
    ]
    assert doc.warnings == []


def test_reference_markers_of_notes_inserted_later_and_markers_in_body_type(tmp_path: Path) -> None:
    # As in the Ministry's French Penal Code: a raised «12 bis» after an article number («542» then «12 bis» read
    # as «54212 bis»), and a marker printed in body type glued to a word («pénale3,»).
    pdf = tmp_path / "fr-markers.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont("Helvetica", 12)
    c.drawString(72, 740, "Article 1 : texte d'essai, voir les articles 540 et 542")
    c.setFont("Helvetica", 7)
    c.drawString(
        72 + pdfmetrics.stringWidth("Article 1 : texte d'essai, voir les articles 540 et 542", "Helvetica", 12),
        745,
        "12 bis",
    )
    c.setFont("Helvetica", 12)
    c.drawString(72, 722, "Article 2 : renvoi d'essai au code de procédure pénale3, puis la suite.")
    c.drawString(72, 704, "Article 3 : l'article 3 d'essai reste l'article 3.")
    c.line(72, 100, 200, 100)
    c.setFont("Helvetica", 9)
    c.drawString(72, 88, "3 - Note d'essai en corps de texte.")
    c.showPage()
    c.save()

    doc = extract(pdf)
    assert "voir les articles 540 et 542\n" in doc.body_text + "\n" and "12 bis" not in doc.body_text
    assert "code de procédure pénale, puis la suite." in doc.body_text
    assert "l'article 3 d'essai reste l'article 3." in doc.body_text  # a number after a space is text


def test_french_hyphenated_compound_across_lines(tmp_path: Path) -> None:
    pdf = tmp_path / "fr-hyphen.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont("Helvetica", 12)
    for i, line in enumerate(["Voir l'article 3 ci-", "dessus et la loi n° 65-", "99 (texte d'essai)."]):
        c.drawString(72, 740 - 18 * i, line)
    c.showPage()
    c.save()
    assert extract(pdf).pages == ["Voir l'article 3 ci-dessus et la loi n° 65-99 (texte d'essai)."]


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <style:style style:name="AR" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end" style:writing-mode="rl-tb"/>
   <style:text-properties fo:font-size="12pt" style:font-size-complex="12pt"
    style:language-complex="ar" style:country-complex="MA"/>
  </style:style>
 </office:automatic-styles>
 <office:body><office:text>
{paragraphs}
 </office:text></office:body>
</office:document>
"""


def _libreoffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice not installed (Debian package libreoffice-writer-nogui)")
    return exe


def test_libreoffice_logical_order_pdf(tmp_path: Path) -> None:
    exe = _libreoffice()
    fr = "Article 1 : texte d'essai pour le test, sans valeur juridique."
    paragraphs = [f'<text:p text:style-name="AR">{line}</text:p>' for line in AR_LINES]
    paragraphs.append(f"<text:p>{fr}</text:p>")
    src = tmp_path / "doc.fodt"
    src.write_text(FODT.format(paragraphs="\n".join(paragraphs)), encoding="utf-8")
    # A private profile directory: LibreOffice must not touch (or wait on) the user's own.
    profile = (tmp_path / "lo-profile").as_uri()
    cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir"]
    subprocess.run([*cmd, str(tmp_path), str(src)], capture_output=True, timeout=180, check=True)

    doc = extract(tmp_path / "doc.pdf")
    assert doc.pages[0].split("\n") == [*AR_LINES, fr]
    assert doc.language == "ar"


def test_only_markers_glued_to_a_lower_case_word_are_dropped() -> None:
    from ingest.pdf_layout import _without_glued_markers

    notes = [(m, "note d'essai") for m in ("2", "12", "29", "46", "182")]
    body = ["procédure pénale46, suite", "C29 et C182", "المادة2 من", "article12, x", "CO2", "l'essai2."]
    assert _without_glued_markers(body, notes, []) == [
        "procédure pénale, suite",
        "C29 et C182",
        "المادة2 من",
        "article12, x",
        "CO2",
        "l'essai.",
    ]
