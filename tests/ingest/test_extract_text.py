"""Text sources: header and source footnotes, encodings, language, optional .docx."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from ingest.extract import (
    ExtractionError,
    detect_language,
    extract,
    split_header,
    split_source_footnotes,
)

SOURCES = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-sources"

CORPUS_STYLE = """# title: نص تجريبي — texte d'essai
# language: ar
# note: fichier d'essai, sans valeur juridique

المادة 1
نص تجريبي للاختبار فقط.
المادة 2
نص تجريبي آخر.
——— حواشي النص المصدر (adala) ———
1- حاشية تجريبية.
2- حاشية تجريبية أخرى.
"""


def test_split_header() -> None:
    header, body = split_header(CORPUS_STYLE)
    assert header == {
        "title": "نص تجريبي — texte d'essai",
        "language": "ar",
        "note": "fichier d'essai, sans valeur juridique",
    }
    assert body.startswith("المادة 1\n")


def test_split_header_without_header() -> None:
    assert split_header("Article 1\ntexte") == ({}, "Article 1\ntexte")
    assert split_header("# Un titre markdown\n\ntexte")[0] == {}  # no "key: value": not a header


def test_split_source_footnotes() -> None:
    _, body = split_header(CORPUS_STYLE)
    text, notes = split_source_footnotes(body)
    assert text.endswith("نص تجريبي آخر.\n")
    assert notes == "1- حاشية تجريبية.\n2- حاشية تجريبية أخرى."
    assert split_source_footnotes("texte sans notes") == ("texte sans notes", "")


def test_extract_txt_returns_body_and_footnotes(tmp_path: Path) -> None:
    path = tmp_path / "essai.ar.txt"
    path.write_text(CORPUS_STYLE, encoding="utf-8")
    doc = extract(path)
    assert doc.pages == ["المادة 1\nنص تجريبي للاختبار فقط.\nالمادة 2\nنص تجريبي آخر."]
    assert [(n.page, n.marker, n.text) for n in doc.footnotes] == [
        (1, "1", "حاشية تجريبية."),
        (1, "2", "حاشية تجريبية أخرى."),
    ]
    assert doc.language == "ar" and doc.warnings == [] and doc.source == path


def test_publisher_notes_left_in_the_body_are_set_apart(tmp_path: Path) -> None:
    # The Arabic Penal Code's source keeps 24 of its publisher's notes between articles («115- نفس الإحالة.»): a trial
    # saw them shown, and exported, as the end of article 401. An enumerated paragraph is kept.
    path = tmp_path / "essai.ar.txt"
    body = (
        "الفصل 1\nنص تجريبي.\n11- بند تجريبي مرقم.\n56- نفس الإحالة المشار إليها في الفصل 9 من هذا القانون.\n"
        "الفصل 2\nنص تجريبي آخر.\n– 57 نفس الإحالة.\n68- وردت في الجريدة الرسمية عبارة تجريبية.\n"
        "——— حواشي النص المصدر (adala) ———\n1- حاشية تجريبية."
    )
    path.write_text(f"# title: نص تجريبي\n\n{body}\n", encoding="utf-8")
    doc = extract(path)
    assert doc.body_text.split("\n") == ["الفصل 1", "نص تجريبي.", "11- بند تجريبي مرقم.", "الفصل 2", "نص تجريبي آخر."]
    assert [(n.marker, n.text) for n in doc.footnotes] == [
        ("56", "نفس الإحالة المشار إليها في الفصل 9 من هذا القانون."),
        ("57", "نفس الإحالة."),
        ("68", "وردت في الجريدة الرسمية عبارة تجريبية."),
        ("1", "حاشية تجريبية."),
    ]


@pytest.mark.skipif(not SOURCES.is_dir(), reason="needs ../shared/corpus-sources")
def test_no_publisher_note_is_left_in_the_penal_codes_articles() -> None:
    doc = extract(SOURCES / "ma-penal-code.ar.txt")
    assert "نفس الإحالة" not in doc.body_text and "ريدة الرسمية عبارة" not in doc.body_text
    assert len([n for n in doc.footnotes if "نفس الإحالة" in n.text]) >= 24


@pytest.mark.skipif(not SOURCES.is_dir(), reason="needs ../shared/corpus-sources")
def test_the_swiss_publications_editorial_inserts_are_set_apart_from_treaty_text() -> None:
    # An audit: CRC art. 43(2) ended with «Nouvelle teneur selon la D du 12 déc. 1995 … (RO 2007 4095).», C182 art. 13
    # named «la Charte des Nations Unies du 26 juin 1945 RS 0.120»: the Swiss collection's words, shown as the treaty's.
    crc = extract(SOURCES / "un-crc.fr.txt")
    assert "Nouvelle teneur" not in crc.body_text and "RO 2007" not in crc.body_text
    assert "eu égard aux principaux systèmes juridiques.\n3. Les membres du Comité" in crc.body_text
    assert any(n.text.startswith("Nouvelle teneur selon la D du 12 déc. 1995") for n in crc.footnotes)
    c182 = extract(SOURCES / "ilo-c182.fr.txt")
    assert "Charte des Nations Unies du 26 juin 1945, des renseignements complets" in c182.body_text
    assert "RS 0." not in c182.body_text


def test_word_symbol_bullets_become_dashes(tmp_path: Path) -> None:
    # Law 19-12's and the Penal Code's Arabic texts list items with Word's Symbol-font bullets (U+F0B7, U+F02D),
    # which show as boxes or blanks (an audit found 54).
    path = tmp_path / "essai.ar.txt"
    body = "المادة 1\nبنود تجريبية:\n\uf0b7بند أول؛\n\uf02d بند ثان \uf0b3 18."
    path.write_text(f"# title: نص تجريبي\n\n{body}\n", encoding="utf-8")
    lines = ["المادة 1", "بنود تجريبية:", "- بند أول؛", "- بند ثان \uf0b3 18."]  # a symbol inside a line is kept
    assert extract(path).body_text.split("\n") == lines


def test_utf8_bom_and_markdown(tmp_path: Path) -> None:
    path = tmp_path / "essai.md"
    path.write_bytes("\ufeff# Titre d'essai\n\nArticle 1 : le texte de la loi d'essai.\n".encode())
    doc = extract(path)
    assert doc.body_text.startswith("# Titre d'essai")
    assert doc.language == "fr"


def test_cp1256_arabic_decodes_with_warning(tmp_path: Path) -> None:
    text = "المادة 1: نص تجريبي مكتوب بترميز ويندوز العربي، للاختبار فقط."
    path = tmp_path / "windows-arabic.txt"
    path.write_bytes(text.encode("cp1256"))
    doc = extract(path)
    assert doc.body_text == text
    assert doc.language == "ar"
    assert doc.warnings == ["windows-arabic.txt: not UTF-8, decoded as cp1256"]


def test_cp1252_french_decodes_with_warning(tmp_path: Path) -> None:
    text = "Article 1 : la présente loi d’essai s’applique à l’été — texte synthétique."
    path = tmp_path / "windows-latin.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = extract(path)
    assert doc.body_text == text
    assert doc.warnings == ["windows-latin.txt: not UTF-8, decoded as cp1252"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_decodes_with_warning(tmp_path: Path, codec: str) -> None:
    # Some Windows tools save UTF-16 without its BOM: its spaces are NUL bytes, which made it «binary data» (an audit).
    text = "المادة 1: نص تجريبي للاختبار فقط.\nArticle 2 : texte d’essai synthétique, à l’été."
    path = tmp_path / "unmarked.txt"
    path.write_bytes(text.encode(codec))
    doc = extract(path)
    assert doc.body_text == text
    assert doc.warnings == [f"unmarked.txt: no byte order mark, decoded as {codec.upper()}"]


def test_binary_data_with_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    # 16-bit samples that decode as UTF-16, with a «space» every third: read as text, they would be CJK letters
    # (a review: the first version of this test did not decode at all, so the script check went untested).
    samples = [0x20 if i % 3 == 2 else 0x4E00 + i % 500 for i in range(6000)]
    data = struct.pack(f"<{len(samples)}H", *samples)
    data.decode("utf-16-le")  # it does decode
    path = tmp_path / "samples.txt"
    path.write_bytes(data)
    with pytest.raises(ExtractionError, match="samples.txt: binary data, not text"):
        extract(path)


def test_whitespace_only_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n \n")
    with pytest.raises(ExtractionError, match="blank.txt: no text"):
        extract(path)


def test_detect_language() -> None:
    assert detect_language("المادة الأولى من النص التجريبي") == "ar"
    assert detect_language("Le présent texte d'essai est une loi de la République.") == "fr"
    assert detect_language("This test text shall be read by the parties to the protocol.") == "en"
    assert detect_language("1234 — 5678") == "und"


@pytest.mark.skipif(not (SOURCES / "ma-law-19-12.ar.txt").is_file(), reason="corpus-sources not found")
def test_real_corpus_file() -> None:
    doc = extract(SOURCES / "ma-law-19-12.ar.txt")
    assert doc.body_text.startswith("قانون بتحديد شروط الشغل")
    assert "حواشي النص المصدر" not in doc.body_text
    assert doc.footnotes and doc.footnotes[0].marker == "1"


def test_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("المادة 1: نص تجريبي في ملف وورد.")
    document.add_paragraph("Article 1 : texte d'essai.")
    path = tmp_path / "essai.docx"
    document.save(str(path))
    doc = extract(path)
    assert doc.pages == ["المادة 1: نص تجريبي في ملف وورد.\nArticle 1 : texte d'essai."]


def test_damaged_docx(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ExtractionError, match="broken.docx: damaged .docx") as error:
        extract(path)
    # python-docx names the file by its full path; an upload's error must not tell where the server keeps it.
    assert str(tmp_path) not in str(error.value)
