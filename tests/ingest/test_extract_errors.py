"""Bad inputs give an ExtractionError naming the file (never a raw pypdf traceback)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from ingest.extract import ExtractionError, extract

REAL_PDF = Path(__file__).resolve().parents[2].parent / "shared" / "pdf-samples" / "ma-law-19-12.fr.pdf"


def _text_pdf(text: str = "Article 1 : texte d'essai, sans valeur juridique.") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 12)
    c.drawString(72, 740, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _expect_error(path: Path, *words: str) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        extract(path)
    message = str(info.value)
    assert path.name in message
    for word in words:
        assert word in message
    assert info.value.path == path
    return info.value


@pytest.mark.parametrize("name", ["empty.pdf", "empty.txt", "empty.md"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    _expect_error(tmp_path / name, "empty")


def test_missing_file(tmp_path: Path) -> None:
    _expect_error(tmp_path / "absent.pdf", "no such file")


def test_unsupported_extension(tmp_path: Path) -> None:
    (tmp_path / "notes.rtf").write_text("{\\rtf1 texte}")
    _expect_error(tmp_path / "notes.rtf", "unsupported", ".rtf")


def test_random_bytes_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "random.pdf"
    path.write_bytes(os.urandom(4096))
    _expect_error(path, "not a PDF")


def test_random_bytes_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "random.txt"
    path.write_bytes(bytes(range(256)) * 16)
    _expect_error(path, "binary")


def test_pdf_header_then_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(2048))
    _expect_error(path, "PDF")


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.95])
def test_truncated_real_pdf(tmp_path: Path, fraction: float) -> None:
    data = REAL_PDF.read_bytes() if REAL_PDF.is_file() else _text_pdf() * 3
    path = tmp_path / f"truncated-{int(fraction * 100)}.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    _expect_error(path, "truncated")


def _encrypted(tmp_path: Path, user: str, owner: str, algorithm: str | None = None) -> Path:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_text_pdf())))
    writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
    path = tmp_path / "locked.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    _expect_error(_encrypted(tmp_path, "secret", "owner-secret"), "encrypted", "password")


@pytest.mark.parametrize("algorithm", [None, "AES-128", "AES-256"])
def test_encrypted_pdf_with_empty_user_password_opens(tmp_path: Path, algorithm: str | None) -> None:
    # AES too: an audit's AES files, which only lock editing, were refused for want of the `cryptography` package.
    doc = extract(_encrypted(tmp_path, "", "owner-secret", algorithm))
    assert "texte d'essai" in doc.body_text


def test_an_aes_pdf_with_a_password_says_a_password_is_needed(tmp_path: Path) -> None:
    _expect_error(_encrypted(tmp_path, "secret", "owner-secret", "AES-256"), "encrypted", "password")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    """A scan-like PDF: a page with only graphics (no text operators at all)."""
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    for page in range(2):
        c.rect(72, 72, 400, 600, fill=1)
        c.line(72, 700, 500, 700 + page)
        c.showPage()
    c.save()
    _expect_error(path, "no text layer", "OCR")


def test_pdf_with_an_image_only_page_warns(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (200, 100), "white")
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 12)
    c.drawString(72, 740, "Article 1 : texte d'essai.")
    c.showPage()
    c.drawImage(ImageReader(img), 72, 400, width=400, height=200)  # page 2: an image, no text
    c.showPage()
    c.save()
    doc = extract(path)
    assert doc.pages[0] == "Article 1 : texte d'essai."
    assert any("page 2" in w and "no text" in w for w in doc.warnings)


def test_error_carries_page(tmp_path: Path) -> None:
    err = ExtractionError(tmp_path / "x.pdf", "cannot read the page's text", page=3)
    assert str(err) == "x.pdf, page 3: cannot read the page's text"
    assert err.page == 3
