"""Adding users' documents: over HTTP (protected) and from the command line, on obviously synthetic texts."""

from __future__ import annotations

import httpx
import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from tests.api.test_app import serve

SYNTHETIC_CIRCULAR = (
    "دورية تجريبية رقم 0 (نص مصطنع لأغراض الاختبار فقط)\n"
    "المادة الأولى\n"
    "يتعين على الجهة التجريبية تسجيل كل طلب اختباري في سجل الزرافات الزرقاء.\n"
    "المادة 2\n"
    "يحفظ سجل الزرافات الزرقاء لمدة تجريبية.\n"
)


@pytest.fixture(scope="module")
def writable(indexed):
    settings, _, searcher = indexed
    with serve(settings.model_copy(update={"api_token": "test-token"}), searcher) as base_url:
        yield base_url


def _post(base_url: str, body: bytes, token: str | None = "test-token", **params: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(f"{base_url}/api/ingest", params=params, content=body, headers=headers, timeout=120)


def test_writing_needs_the_token(writable: str) -> None:
    assert _post(writable, b"x", token=None, filename="a.txt").status_code == 401
    assert _post(writable, b"x", token="wrong", filename="a.txt").status_code == 401


def test_an_uploaded_circular_is_searchable_with_its_citation(writable: str) -> None:
    response = _post(writable, SYNTHETIC_CIRCULAR.encode(), filename="circulaire-test.txt",
                     work_type="circular", title="دورية تجريبية", work_id="test-circular", number="99-01")
    assert response.status_code == 201, response.text
    assert response.json() == {"work_id": "test-circular", "status": "indexed", "articles": 2, "passages": 2}
    results = httpx.get(f"{writable}/api/search", params={"q": "سجل الزرافات الزرقاء", "top_k": 3}).json()["results"]
    assert results[0]["citation"]["document_id"] == "test-circular"
    # The running server's results read the catalogue the upload changed; a title alone makes no reference.
    assert (results[0]["citation"]["number"], results[0]["citation"]["reference"]) == ("99-01", None)
    assert results[0]["citation"]["label"] == "المادة 2 من دورية تجريبية" or results[0]["citation"]["article"] == "1"
    works = {w["id"] for w in httpx.get(f"{writable}/api/documents").json()}
    assert "test-circular" in works


@pytest.mark.parametrize(
    ("body", "filename", "message"),
    [
        (b"%PDF-1.4 truncated", "broken.pdf", "broken.pdf"),
        (b"", "empty.txt", "empty"),
        ("نص بلا مواد".encode(), "no-articles.txt", "no recognisable article"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_lost(writable: str, body: bytes, filename: str, message: str) -> None:
    before = httpx.get(f"{writable}/api/health").json()["passages"]
    response = _post(writable, body, filename=filename)
    assert response.status_code == 422 and message in response.json()["message"]
    assert httpx.get(f"{writable}/api/health").json()["passages"] == before


def test_hostile_file_names_are_refused(writable: str) -> None:
    assert _post(writable, b"x", filename="../../etc/passwd.txt").status_code == 422


def test_cli_ingests_a_users_file_with_flags(tmp_path, model_dir, monkeypatch) -> None:
    source = tmp_path / "note.txt"
    source.write_text(
        "Article premier\nTexte d'essai synthétique sur les girafes bleues.\nArticle 2\nAutre texte d'essai.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DALEEL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DALEEL_MODEL", str(model_dir))
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(source), "--type", "procedure", "--title", "Note d'essai"])
    assert first.exit_code == 0, first.output
    assert "1 indexed" in first.output
    # The lexicon is learnt (here from no parallel article) and cached, so that serving starts at once.
    assert "lexicon: 0 terms from 0 parallel articles" in first.output
    assert len(list((tmp_path / "data" / "lexicon").glob("*.json"))) == 1
    again = runner.invoke(cli, ["ingest", str(source), "--type", "procedure", "--title", "Note d'essai"])
    assert "1 unchanged" in again.output
    found = runner.invoke(cli, ["search", "girafes bleues", "--json", "--top-k", "1"])
    assert found.exit_code == 0 and "Note d'essai, article premier" in found.output
    missing = runner.invoke(cli, ["ingest", str(tmp_path / "nope.pdf")])
    assert missing.exit_code == 2 and "not a file nor a catalogue work" in missing.output
