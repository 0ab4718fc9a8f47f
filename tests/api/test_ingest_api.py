"""Adding users' documents: over HTTP (protected) and from the command line, on obviously synthetic texts.

Every text uploaded here is labelled SYNTHETIC and is no law. Uploads meant to succeed go into an index of their own
(`fresh`), so that they never mix with the small real index the other tests search; the real index (`writable`)
only receives uploads that must be refused, and the tests prove it unchanged.
"""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import httpx
import pytest
import yaml
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

import api.app
from api.cli import app as cli
from ingest.catalogue import LanguageVersion, Work
from ingest.extract import extract
from ingest.settings import Settings
from ingest.user_documents import (
    MetadataError,
    WorkConflict,
    describe_document,
    full_catalogue,
    register_work,
    user_catalogue_path,
)
from search.query import parse_query, starter_name_reader
from tests.api.test_app import serve
from tests.conftest import SOURCES_DIR

SYNTHETIC_CIRCULAR = (
    "دورية تجريبية رقم 0 (نص مصطنع لأغراض الاختبار فقط)\n"
    "المادة الأولى\n"
    "يتعين على الجهة التجريبية تسجيل كل طلب اختباري في سجل الزرافات الزرقاء.\n"
    "المادة 2\n"
    "يحفظ سجل الزرافات الزرقاء لمدة تجريبية.\n"
)
AUTH = {"Authorization": "Bearer test-token"}
DECREE_PDF = SOURCES_DIR.parent / "pdf-samples" / "ma-decree-2-17-355.ar.pdf"  # pages 3-5: images, no text layer


def _pdf(*pages: str, image_pages: int = 0) -> bytes:
    """A real PDF (reportlab): one page per text, one line per text line, then ``image_pages`` pages that are only
    an image (a scanned page without a text layer)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for text in pages:
        c.setFont("Helvetica", 12)
        for row, line in enumerate(text.splitlines()):
            c.drawString(72, 740 - 18 * row, line)
        c.showPage()
    if image_pages:
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        for _ in range(image_pages):
            c.drawImage(ImageReader(Image.new("RGB", (200, 100), "white")), 72, 400, width=400, height=200)
            c.showPage()
    c.save()
    return buffer.getvalue()


def _synthetic(word: str) -> str:
    """Two SYNTHETIC articles whose one rare word (``word``) finds them."""
    return (
        f"SYNTHETIC TEST TEXT, NOT LAW ({word})\n"
        f"Article premier\nLe registre synthetique des {word} est tenu par le service d'essai.\n"
        f"Article 2\nLe registre des {word} est conserve pendant une duree d'essai.\n"
    )


@pytest.fixture(scope="module")
def writable(indexed):
    """The small real index behind a server that accepts writes."""
    settings, _, searcher = indexed
    with serve(settings.model_copy(update={"api_token": "test-token"}), searcher) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory, model_dir: Path):
    """(base_url, settings, searcher): a server over an empty index of its own, for uploads that succeed."""
    from search.pipeline import Searcher

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("uploads") / "data",
        model=str(model_dir),
        sources_dir=SOURCES_DIR,
        api_token="test-token",
    )
    searcher = Searcher(settings)
    try:
        with serve(settings, searcher) as base_url:
            yield base_url, settings, searcher
    finally:
        searcher.store.close()


def _post(base_url: str, body: bytes, token: str | None = "test-token", **params: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(f"{base_url}/api/ingest", params=params, content=body, headers=headers, timeout=120)


def _upload(base_url: str, body: bytes, filename: str, **params: str) -> httpx.Response:
    """An upload with the metadata Daleel does not guess given."""
    return _post(base_url, body, filename=filename, **{"work_type": "circular", "jurisdiction": "MA", **params})


def _files(settings: Settings) -> list[Path]:
    return sorted(p for p in (settings.data_dir / "uploads").rglob("*") if p.is_file())


def _article_text(base_url: str, work: str, article: str = "1") -> str:
    response = httpx.get(f"{base_url}/api/documents/{work}/articles/{article}")
    assert response.status_code == 200, response.text
    return response.json()["text"]


def test_writing_needs_the_token(writable: str) -> None:
    refused = _post(writable, b"x", token=None, filename="a.txt", lang="fr")
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == 'Bearer realm="daleel"'
    assert refused.json()["message"] == "L'écriture demande le jeton d'accès (Authorization: Bearer)."
    # A wrong token is said to be wrong, not missing (a trial sent one and read that a token was needed).
    wrong = _post(writable, b"x", token="wrong", filename="a.txt", lang="fr")
    assert wrong.status_code == 401 and wrong.json()["error"] == "unauthorized"
    said = "Le jeton envoyé n'est pas le jeton d'écriture de ce serveur (Authorization: Bearer)."
    assert wrong.json()["message"] == said
    assert wrong.headers["www-authenticate"] == 'Bearer realm="daleel", error="invalid_token"'


def test_an_uploaded_circular_is_searchable_with_its_citation(fresh) -> None:
    base_url, _, _ = fresh
    response = _upload(
        base_url, SYNTHETIC_CIRCULAR.encode(), "circulaire-test.txt", title="دورية تجريبية", work_id="test-circular",
        number="99-01",
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert {k: body[k] for k in ("work_id", "status", "articles", "passages")} == {
        "work_id": "test-circular", "status": "indexed", "articles": 2, "passages": 2
    }
    assert (body["title"], body["title_from_filename"], body["completeness"]) == ("دورية تجريبية", False, "complete")
    assert body["notes"] == [] and body["replaced"] is False
    results = httpx.get(f"{base_url}/api/search", params={"q": "سجل الزرافات الزرقاء", "top_k": 3}).json()["results"]
    assert results[0]["citation"]["document_id"] == "test-circular"
    # The running server's results read the catalogue the upload changed; a title alone makes no reference.
    assert (results[0]["citation"]["number"], results[0]["citation"]["reference"]) == ("99-01", None)
    assert (results[0]["citation"]["work_type"], results[0]["citation"]["jurisdiction"]) == ("circular", "MA")
    works = {w["id"] for w in httpx.get(f"{base_url}/api/documents").json()}
    assert "test-circular" in works


def test_the_same_upload_sent_again_is_unchanged_not_a_conflict(fresh) -> None:
    # An administrator's retry after a timeout: a trial was told to choose another id, then that the file was a
    # duplicate. The same file with the same metadata is already indexed: said so, and nothing is done.
    base_url, settings, searcher = fresh
    params = {"title": "دورية تجريبية", "work_id": "test-again", "number": "99-02"}
    circular = SYNTHETIC_CIRCULAR.replace("رقم 0", "رقم 2").encode()  # not the bytes another test uploads
    first = _upload(base_url, circular, "circulaire-again.txt", **params)
    assert first.status_code == 201, first.text
    files, catalogue = _files(settings), user_catalogue_path(settings).read_text()
    again = _upload(base_url, circular, "circulaire-again.txt", **params)
    assert again.status_code == 200, again.text
    body, before = again.json(), first.json()
    assert body["status"] == "unchanged"
    assert {k: body[k] for k in ("work_id", "articles", "passages", "title", "file")} == {
        k: before[k] for k in ("work_id", "articles", "passages", "title", "file")
    }
    assert _files(settings) == files and user_catalogue_path(settings).read_text() == catalogue
    # Unchanged only when it is the same: other metadata, or other bytes, are still a conflict to resolve.
    retitled = _upload(base_url, circular, "circulaire-again.txt", **{**params, "title": "Autre"})
    assert (retitled.status_code, retitled.json()["error"]) == (409, "work_exists")
    edited = _upload(base_url, circular + b"\n", "circulaire-again.txt", **params)
    assert (edited.status_code, edited.json()["error"]) == (409, "work_exists")
    assert _files(settings) == files and user_catalogue_path(settings).read_text() == catalogue
    # Its passages lost from the index (a removal stopped half-way, an index rebuilt), the same file sent again is
    # indexed anew, not answered «unchanged» over nothing (a review).
    searcher.store.delete_documents([d.id for d in searcher.store.filter_documents(
        {"field": "meta.work_id", "operator": "==", "value": "test-again"}
    )])
    searcher.passages.invalidate()
    restored = _upload(base_url, circular, "circulaire-again.txt", **params)
    assert (restored.status_code, restored.json()["status"], restored.json()["passages"]) == (201, "indexed", 2)
    found = httpx.get(f"{base_url}/api/search", params={"q": "سجل الزرافات الزرقاء", "top_k": 5}).json()["results"]
    assert any(r["citation"]["document_id"] == "test-again" for r in found)


def test_a_retry_sent_while_the_first_upload_is_indexed_is_unchanged(fresh) -> None:
    # The client timed out while the server was still embedding, and sends the file again: the retry waits for the
    # first, then finds it done (a review got 409 «choose another id»).
    import threading

    base_url, _, _ = fresh
    circular = SYNTHETIC_CIRCULAR.replace("رقم 0", "رقم 4").encode()
    params = {"title": "دورية متزامنة", "work_id": "test-retry"}
    answers: list[httpx.Response] = []
    first = threading.Thread(target=lambda: answers.append(_upload(base_url, circular, "retry.txt", **params)))
    first.start()
    second = _upload(base_url, circular, "retry.txt", **params)
    first.join()
    statuses = sorted([answers[0].status_code, second.status_code])
    assert statuses == [200, 201], [answers[0].text, second.text]


def test_a_users_document_can_be_removed_and_only_that(fresh) -> None:
    # An administrator's withdrawn circular (a trial found no way to take one out).
    base_url, settings, _ = fresh
    circular = SYNTHETIC_CIRCULAR.replace("رقم 0", "رقم 3").replace("الزرقاء", "البنفسجية").encode()
    added = _upload(base_url, circular, "circulaire-retiree.txt", title="دورية للحذف", work_id="test-removed")
    assert added.status_code == 201, added.text
    kept = _upload(base_url, _synthetic("girafes turquoise").encode(), "note-gardee.txt", work_id="test-kept")
    assert kept.status_code == 201, kept.text
    query = {"q": "سجل الزرافات البنفسجية", "top_k": 3}
    assert httpx.get(f"{base_url}/api/search", params=query).json()["results"][0]["citation"]["document_id"] == (
        "test-removed"
    )
    passages = httpx.get(f"{base_url}/api/health").json()["passages"]
    assert httpx.delete(f"{base_url}/api/documents/test-removed").status_code == 401  # writing needs the token
    starter = httpx.delete(f"{base_url}/api/documents/ma-penal-code", headers=AUTH)
    assert (starter.status_code, starter.json()["error"]) == (409, "starter_work")
    removed = httpx.delete(f"{base_url}/api/documents/test-removed", headers=AUTH)
    assert removed.status_code == 200, removed.text
    assert {k: removed.json()[k] for k in ("work_id", "status", "passages")} == {
        "work_id": "test-removed",
        "status": "removed",
        "passages": 2,
    }
    assert httpx.get(f"{base_url}/api/health").json()["passages"] == passages - 2
    assert httpx.get(f"{base_url}/api/documents/test-removed").status_code == 404
    results = httpx.get(f"{base_url}/api/search", params=query).json()["results"]
    assert all(r["citation"]["document_id"] != "test-removed" for r in results)
    assert not any("retiree" in str(p) for p in _files(settings)) and any("gardee" in str(p) for p in _files(settings))
    assert "test-removed" not in user_catalogue_path(settings).read_text()
    assert "test-kept" in user_catalogue_path(settings).read_text()
    again = httpx.delete(f"{base_url}/api/documents/test-removed", headers={**AUTH, "Accept-Language": "fr"})
    assert (again.status_code, again.json()["error"]) == (404, "no_document")
    assert again.json()["message"].startswith("Aucun document que vous avez ajouté n'a l'identifiant «test-removed»")
    # Added again, it is indexed anew, not «unchanged».
    back = _upload(base_url, circular, "circulaire-retiree.txt", title="دورية للحذف", work_id="test-removed")
    assert (back.status_code, back.json()["status"]) == (201, "indexed")


# --- 1. an upload never takes a starter work's place, nor silently the user's own -----------------------------


@pytest.mark.parametrize("work_id", ["ma-penal-code", "ma-law-27-14"])
@pytest.mark.parametrize("replace", ["false", "true"])
def test_a_starter_work_id_is_refused_and_the_law_is_untouched(writable: str, indexed, work_id: str, replace: str):
    settings, _, _ = indexed
    before = (httpx.get(f"{writable}/api/health").json(), httpx.get(f"{writable}/api/documents/{work_id}").json())
    article = "448-2" if work_id == "ma-penal-code" else "1"
    text_before = _article_text(writable, work_id, article)
    body = _pdf(_synthetic("girafes rouges"))
    response = _upload(writable, body, "x.pdf", work_id=work_id, language="fr", replace=replace)
    assert response.status_code == 409, response.text
    error = response.json()
    assert (error["error"], error["work_id"]) == ("work_exists", work_id)
    assert "starter catalogue" in error["message"] and "choose another id" in error["message"]
    assert error["work_title"] in ("Code pénal", "Loi n° 27-14")
    after = (httpx.get(f"{writable}/api/health").json(), httpx.get(f"{writable}/api/documents/{work_id}").json())
    assert after == before
    assert _article_text(writable, work_id, article) == text_before
    assert "SYNTHETIC" not in httpx.get(f"{writable}/api/search", params={"q": "girafes rouges"}).text
    assert not _files(settings) and not user_catalogue_path(settings).exists()


@pytest.mark.parametrize(
    "metadata",
    [
        {"number": "27-14", "work_type": "law", "title": "Note interne"},
        {"number": "27.14", "work_type": "decree", "title": "Note interne"},
        {"title": "Loi n° 27-14", "work_type": "law"},
        {"title": "القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر", "work_type": "law"},
    ],
)
def test_an_upload_under_a_starter_laws_number_or_title_is_refused(writable: str, indexed, metadata: dict) -> None:
    # A trial's association note, uploaded as «Loi n° 27-14», came first for «loi 27-14 hébergement» and was copied
    # and exported as «Loi n° 27-14, article premier».
    settings, _, _ = indexed
    response = _upload(writable, _pdf(_synthetic("girafes jaunes")), "note.pdf", language="fr", **metadata)
    assert response.status_code == 409, response.text
    error = response.json()
    assert (error["error"], error["work_id"]) == ("official_name", "ma-law-27-14")
    assert "official text of the corpus" in error["message"]
    assert "SYNTHETIC" not in httpx.get(f"{writable}/api/search", params={"q": "girafes jaunes"}).text
    assert not _files(settings) and not user_catalogue_path(settings).exists()


def test_a_document_about_a_law_keeps_its_title_and_is_marked_as_added(fresh) -> None:
    base_url, settings, _ = fresh
    response = _upload(
        base_url, _synthetic("girafes ocres").encode(), "note-ocre.txt", title="Note d'application de la loi 27-14",
        work_type="guide", language="fr",
    )
    assert response.status_code == 201, response.text
    hit = httpx.get(f"{base_url}/api/search", params={"q": "girafes ocres", "top_k": 1}).json()["results"][0]
    label = hit["citation"]["label"]
    assert label.startswith("Note d'application de la loi 27-14, article ")
    assert label.endswith(" (document ajouté par un utilisateur)")
    assert hit["citation"]["work_type"] == "guide"
    work_id = response.json()["work_id"]
    view = httpx.get(f"{base_url}/api/documents/{work_id}/articles/1").json()
    assert view["citation"]["label"].endswith("(document ajouté par un utilisateur)")
    # Its table of contents, and the work itself for the page's notices and links, say so too.
    toc = httpx.get(f"{base_url}/api/documents/{work_id}/toc").json()
    assert toc and all(entry["label"].endswith("(document ajouté par un utilisateur)") for entry in toc)
    assert httpx.get(f"{base_url}/api/documents/{work_id}").json()["added_by_user"] is True
    stored = yaml.safe_load(user_catalogue_path(settings).read_text(encoding="utf-8"))
    assert all("added_by_user" not in work for work in stored)  # said when read, never stored


def test_a_refused_upload_is_said_in_the_readers_language(writable: str) -> None:
    body = _pdf(_synthetic("girafes rouges"))
    response = _upload(writable, body, "x.pdf", work_id="ma-penal-code", language="fr", lang="fr")
    error = response.json()
    said = "Cet identifiant est celui d'un texte du corpus de départ : «Code pénal» (ma-penal-code). Donnez à votre"
    assert error["message"].startswith(said) and "work_id=" in error["message"]
    assert "replace=true" not in error["message"]  # nothing replaces a starter work (a trial was offered it)
    # In French only (a trial read «…sous un autre texte. this file is already…»); the English reason is in `detail`.
    assert "starter catalogue" not in error["message"] and "starter catalogue" in error["detail"]
    arabic = _upload(writable, body, "x.pdf", work_id="ma-penal-code", language="fr", lang="ar").json()["message"]
    assert arabic.startswith("هذا المعرف لنص من النصوص المدرجة أصلا: «مجموعة القانون الجنائي» (ma-penal-code).")
    assert "starter" not in arabic


def test_your_own_work_is_replaced_only_when_asked(fresh) -> None:
    base_url, settings, _ = fresh
    first = _upload(base_url, _pdf(_synthetic("girafes vertes")), "mine.pdf", work_id="test-own")
    assert first.status_code == 201, first.text
    second = _pdf(_synthetic("girafes mauves"))
    refused = _upload(base_url, second, "mine.pdf", work_id="test-own")
    assert refused.status_code == 409, refused.text
    assert (refused.json()["error"], refused.json()["work_id"]) == ("work_exists", "test-own")
    assert "already your document" in refused.json()["message"] and "replace=true" in refused.json()["message"]
    assert "girafes vertes" in _article_text(base_url, "test-own")
    replaced = _upload(
        base_url, second, "mine.pdf", work_id="test-own", replace="true", title="Texte NOUVEAU", work_type="law"
    )
    assert replaced.status_code == 201, replaced.text
    assert (replaced.json()["replaced"], replaced.json()["status"]) == (True, "indexed")
    assert "girafes mauves" in _article_text(base_url, "test-own")
    # Cited with the new title and type, not those of the document it replaces (a review found the old ones).
    citation = httpx.get(f"{base_url}/api/documents/test-own/articles/1").json()["citation"]
    assert "Texte NOUVEAU" in citation["label"] and citation["work_type"] == "law"
    hits = httpx.get(f"{base_url}/api/search", params={"q": "girafes vertes", "top_k": 10}).json()["results"]
    assert not [h for h in hits if "vertes" in h["text"]]
    # The replaced file is gone; only the new one is kept.
    mine = [p for p in _files(settings) if "test-own" in p.parts]
    assert len(mine) == 1 and mine[0].read_bytes() == second


def test_register_work_refuses_a_starter_id_and_full_catalogue_keeps_the_starter_work(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", sources_dir=SOURCES_DIR)
    fake = Work(
        id="ma-penal-code", type="circular", jurisdiction="MA", titles={"fr": "SYNTHETIC"}, short_titles={"fr": "S"},
        article_convention="madda", versions=[LanguageVersion(language="fr", source=str(tmp_path / "s.txt"))],
    )
    with pytest.raises(WorkConflict, match="starter catalogue"):
        register_work(settings, fake)
    assert not user_catalogue_path(settings).exists()
    # An entry written before the check (by an earlier version) cannot hide or double the starter work.
    user_catalogue_path(settings).parent.mkdir(parents=True)
    user_catalogue_path(settings).write_text(yaml.safe_dump([fake.model_dump(mode="json")]), encoding="utf-8")
    works = [w for w in full_catalogue(settings).works if w.id == "ma-penal-code"]
    assert len(works) == 1 and works[0].type == "code" and "SYNTHETIC" not in works[0].titles.values()


def test_cli_refuses_a_starter_work_id(tmp_path, model_dir, monkeypatch) -> None:
    source = tmp_path / "note.pdf"
    source.write_bytes(_pdf(_synthetic("girafes rouges")))
    monkeypatch.setenv("DALEEL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DALEEL_MODEL", str(model_dir))
    result = CliRunner().invoke(
        cli, ["ingest", str(source), "--id", "ma-penal-code", "--type", "code", "--jurisdiction", "MA"]
    )
    assert result.exit_code == 2, result.output
    assert "starter catalogue" in result.output and "choose another id" in result.output
    assert not (tmp_path / "data").exists()  # refused before the index was even opened


# --- 2. uploads named alike keep their own files ------------------------------------------------------------


def test_uploads_sharing_a_file_name_keep_their_own_text(fresh) -> None:
    from ingest.ingestion import Ingestor

    base_url, settings, searcher = fresh
    a, b = _pdf(_synthetic("girafes jaunes")), _pdf(_synthetic("girafes grises"))
    assert _upload(base_url, a, "synthetic.pdf", work_id="test-a").status_code == 201
    assert _upload(base_url, b, "synthetic.pdf", work_id="test-b").status_code == 201
    stored = {w: [p for p in _files(settings) if w in p.parts] for w in ("test-a", "test-b")}
    assert [p.read_bytes() for p in stored["test-a"]] == [a] and [p.read_bytes() for p in stored["test-b"]] == [b]
    # What `daleel ingest` does: every catalogue work read again from its recorded file.
    report = Ingestor(settings, full_catalogue(settings), store=searcher.store).ingest_catalogue(["test-a", "test-b"])
    assert [r.status for r in report.results] == ["unchanged", "unchanged"]
    assert "girafes jaunes" in _article_text(base_url, "test-a")
    assert "girafes grises" in _article_text(base_url, "test-b")


# --- 3 and 5. a refused upload leaves nothing behind, with a fitting error ----------------------------------


@pytest.mark.parametrize(
    ("body", "filename", "words"),
    [
        (b"SYNTHETIC: plain text, not a PDF at all", "not-a-pdf.pdf", "not a PDF"),
        (_pdf(_synthetic("girafes"))[:400], "damaged.pdf", "damaged.pdf"),
        (_pdf("SYNTHETIC TEST TEXT, NOT LAW: a page with no article heading."), "no-articles.pdf", "no recognisable"),
        (b"", "empty.txt", "empty"),
        ("نص مصطنع بلا مواد (SYNTHETIC)".encode(), "no-articles.txt", "no recognisable article"),
        # An audit: one «article» of 5 MB, the headings of the rest unrecognised, slowed every search.
        (("Article 1\n" + "Texte fictif. " * 8000).encode(), "one-huge-article.txt", "article 1 is 111999 characters"),
        # A trial's PDF named «a.txt» was refused for its lack of article headings.
        (_pdf(_synthetic("girafes lilas")), "a-pdf-named.txt", "the file is a PDF, not text: send it under a .pdf"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_left(writable: str, indexed, body: bytes, filename: str, words: str):
    settings, _, _ = indexed
    before = httpx.get(f"{writable}/api/health").json()["passages"]
    response = _upload(writable, body, filename)
    assert response.status_code == 422, response.text
    error = response.json()
    assert error["error"] == "invalid_document"
    assert filename in error["message"] and words in error["message"]
    assert httpx.get(f"{writable}/api/health").json()["passages"] == before
    assert not _files(settings) and not user_catalogue_path(settings).exists()


@pytest.mark.parametrize(
    ("body", "filename", "language", "said"),
    [
        (b"", "empty.txt", "fr", "Fichier illisible : empty.txt : le fichier est vide."),
        ("نص مصطنع بلا مواد (SYNTHETIC)".encode(), "x.txt", "ar", "تعذرت قراءة الملف: x.txt: لا يتضمن أي عنوان مادة"),
        (b"SYNTHETIC: plain text, not a PDF at all", "x.pdf", "fr", "Fichier illisible : x.pdf : ce n'est pas un PDF."),
        (_pdf(_synthetic("girafes")), "x.txt", "fr", "Fichier illisible : x.txt : le fichier n’est pas du texte"),
        (
            ("Article 1\n" + "Texte fictif. " * 8000).encode(),
            "x.txt",
            "fr",
            "Fichier illisible : x.txt : l'article 1 compte 111999 caractères, plus de 100000 : les intitulés",
        ),
    ],
)
def test_why_a_file_is_unreadable_is_said_in_the_readers_language(
    writable: str, body: bytes, filename: str, language: str, said: str
) -> None:
    # «Fichier illisible : x.txt: no recognisable article heading» (a trial); the English stays in `detail`.
    error = _upload(writable, body, filename, lang=language).json()
    assert error["message"].startswith(said), error["message"]
    assert error["detail"].startswith(f"{filename}: ")


def test_a_multipart_form_is_refused_not_indexed_with_its_boundary(writable: str, indexed) -> None:
    # A trial sent the file as curl -F does: 201, and the form's boundary was indexed as the last line of article 2.
    settings, _, _ = indexed
    before = httpx.get(f"{writable}/api/health").json()["passages"]
    response = httpx.post(
        f"{writable}/api/ingest",
        params={"filename": "form.txt", "work_type": "circular", "jurisdiction": "MA"},
        files={"file": ("form.txt", _synthetic("ornithorynques").encode())},
        headers={"Authorization": "Bearer test-token"},
    )
    assert response.status_code == 422, response.text
    error = response.json()
    assert error["error"] == "invalid_document"
    assert "form.txt" in error["message"] and "--data-binary" in error["message"]
    assert httpx.get(f"{writable}/api/health").json()["passages"] == before
    assert not _files(settings)


def _raw_post(base_url: str, head: str, *chunks: bytes) -> tuple[int, dict]:
    """Send a request head and body bytes on a plain socket (to claim a length, or stream without one)."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head.encode())
        for chunk in chunks:
            sock.sendall(chunk)
        reply = b""
        while b"\r\n\r\n" not in reply or len(reply.partition(b"\r\n\r\n")[2]) < _length(reply):
            data = sock.recv(65536)
            if not data:
                break
            reply += data
    status = int(reply.split(b" ", 2)[1])
    return status, httpx.Response(status, content=reply.partition(b"\r\n\r\n")[2]).json()


def _length(reply: bytes) -> int:
    for line in reply.partition(b"\r\n\r\n")[0].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def test_too_large_uploads_are_refused_before_they_are_read(writable: str, indexed, monkeypatch) -> None:
    settings, _, _ = indexed
    query = "/api/ingest?filename=big.pdf&work_type=circular&jurisdiction=MA"
    head = f"POST {query} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-token\r\n"
    # A declared length over the limit: refused from the header, before any byte of the body is sent.
    status, error = _raw_post(writable, head + f"Content-Length: {60 * 2**20}\r\nConnection: close\r\n\r\n")
    assert (status, error["error"]) == (413, "too_large") and "big.pdf" in error["message"]
    # No declared length (chunked): reading stops past the limit.
    monkeypatch.setattr(api.app, "MAX_UPLOAD_BYTES", 1500)
    chunk = b"%PDF-1.4 " + b"x" * 991
    chunked = [f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"] * 2
    status, error = _raw_post(writable, head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", *chunked)
    assert (status, error["error"]) == (413, "too_large")
    assert not _files(settings)


def test_hostile_file_names_are_refused(writable: str) -> None:
    assert _upload(writable, b"x", "../../etc/passwd.txt").status_code == 422


# --- 4. read endpoints show the file's name, never its place on the server ----------------------------------


def test_documents_show_the_file_name_not_the_server_path(fresh) -> None:
    base_url, settings, _ = fresh
    response = _upload(base_url, _pdf(_synthetic("girafes orange")), "note de service.pdf", work_id="test-path")
    assert response.status_code == 201, response.text
    assert response.json()["file"] == "note de service.pdf"
    for url in (f"{base_url}/api/documents/test-path", f"{base_url}/api/documents"):
        text = httpx.get(url).text
        assert str(settings.data_dir.resolve()) not in text and "/uploads/" not in text
    version = httpx.get(f"{base_url}/api/documents/test-path").json()["versions"][0]
    assert version["source"] == "note de service.pdf"


# --- 6. the same file is not added twice ---------------------------------------------------------------------


def test_the_same_bytes_are_not_added_twice(fresh) -> None:
    base_url, settings, _ = fresh
    body = _pdf(_synthetic("girafes bleu nuit"))
    assert _upload(base_url, body, "c.pdf", work_id="test-c").status_code == 201
    again = _upload(base_url, body, "c-copie.pdf", work_id="test-c2")
    assert again.status_code == 409, again.text
    assert (again.json()["error"], again.json()["work_id"]) == ("duplicate_document", "test-c")
    assert httpx.get(f"{base_url}/api/documents/test-c2").status_code == 404
    # The same work may take its own file again when the replacement is explicit.
    same = _upload(base_url, body, "c.pdf", work_id="test-c", replace="true")
    assert (same.status_code, same.json()["status"]) == (200, "unchanged")  # nothing was written
    hits = httpx.get(f"{base_url}/api/search", params={"q": "girafes bleu nuit", "top_k": 10}).json()["results"]
    assert {h["citation"]["document_id"] for h in hits if "bleu nuit" in h["text"]} == {"test-c"}


def test_a_starter_works_own_file_is_not_added_again(fresh) -> None:
    base_url, settings, _ = fresh
    response = _upload(base_url, DECREE_PDF.read_bytes(), "decret.pdf", work_type="decree")
    assert response.status_code == 409, response.text
    assert (response.json()["error"], response.json()["work_id"]) == ("duplicate_document", "ma-decree-2-17-355")
    assert not [p for p in _files(settings) if "decret.pdf" in p.name]
    # Not told to send it again with replace=true, which a starter work always refuses (an audit followed it).
    said = _upload(base_url, DECREE_PDF.read_bytes(), "decret.pdf", work_type="decree", lang="fr").json()["message"]
    assert said.startswith("Ce fichier est déjà un texte du corpus de départ") and "replace" not in said


def test_a_file_name_in_capitals_is_taken(fresh) -> None:
    # «SCAN.PDF», as phones and scanners name files, was refused by a pattern that knew only «.pdf» (an audit).
    base_url, _, _ = fresh
    response = _upload(base_url, _pdf(_synthetic("girafes capitales")), "NOTE.PDF", work_id="test-capitals")
    assert response.status_code == 201, response.text


# --- 7. what the catalogue does not know is not guessed -------------------------------------------------------


def test_type_and_jurisdiction_are_required_not_guessed(writable: str, indexed) -> None:
    settings, _, _ = indexed
    response = _post(writable, _pdf(_synthetic("girafes")), filename="x.pdf")
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"
    assert "work_type" in response.json()["detail"] and "jurisdiction" in response.json()["detail"]
    assert not _files(settings)


def test_a_title_taken_from_the_file_name_is_said(fresh) -> None:
    base_url, _, _ = fresh
    response = _upload(base_url, _pdf(_synthetic("girafes lilas")), "circulaire-essai.pdf", work_id="test-title")
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["title"], body["title_from_filename"]) == ("circulaire-essai", True)
    assert any("file's name" in note for note in body["notes"])


def test_optional_metadata_sent_empty_are_unset(fresh) -> None:
    # A form sends its empty fields: «work_id=&title=&language=» got 422 for a pattern and an enum (a trial).
    base_url, _, _ = fresh
    empty = {"work_id": "", "title": "", "language": "", "number": "", "replace": ""}
    response = _upload(base_url, _pdf(_synthetic("girafes lilas")), "formulaire-vide.pdf", **empty)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["work_id"], body["title"]) == ("user-formulaire-vide", "formulaire-vide")
    assert body["title_from_filename"]


def test_the_upload_and_removal_are_described_as_they_are_answered(fresh) -> None:
    # An integrator: no request body in the schema (Swagger's «Try it out» sent no file) and untyped answers.
    base_url, _, _ = fresh
    schema = httpx.get(f"{base_url}/openapi.json").json()
    upload = schema["paths"]["/api/ingest"]["post"]
    assert upload["requestBody"]["required"] and "application/pdf" in upload["requestBody"]["content"]
    models = schema["components"]["schemas"]
    response = _upload(base_url, _pdf(_synthetic("girafes lilas")), "schema.pdf", work_id="schema-check")
    assert response.status_code == 201, response.text
    assert response.json().keys() == models["IngestResult"]["properties"].keys()
    work = response.json()["work_id"]
    removed = httpx.delete(f"{base_url}/api/documents/{work}", headers={"Authorization": "Bearer test-token"})
    assert removed.status_code == 200, removed.text
    assert removed.json().keys() == models["RemovalResult"]["properties"].keys()


def test_cli_needs_type_and_jurisdiction(tmp_path, model_dir, monkeypatch) -> None:
    source = tmp_path / "note.pdf"
    source.write_bytes(_pdf(_synthetic("girafes")))
    monkeypatch.setenv("DALEEL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DALEEL_MODEL", str(model_dir))
    result = CliRunner().invoke(cli, ["ingest", str(source), "--type", "circular"])
    assert result.exit_code == 2 and "jurisdiction (MA or international)" in result.output
    assert "not guessed" in result.output and not (tmp_path / "data").exists()


# --- 8. pages without a text layer are recorded -----------------------------------------------------------------


def test_scanned_pages_of_the_decree_pdf_are_recorded() -> None:
    described = describe_document(DECREE_PDF, {"type": "decree", "jurisdiction": "MA"})  # read only, not ingested
    assert described.pages_without_text == [3, 4, 5]
    assert described.work.versions[0].completeness.startswith("partial: pages 3–5 are images without a text layer")


def _damaged_page_two(body: bytes) -> bytes:
    """The PDF with its second page's compressed content stream damaged in place (same length: the file's table of
    offsets still holds), as a bad disk or a cut download leaves it."""
    from pypdf import PdfReader

    raw = PdfReader(io.BytesIO(body)).pages[1]["/Contents"].get_object()._data
    assert raw in body and len(raw) > 40
    return body.replace(raw, raw[:8] + b"\x00" * 16 + raw[24:])


def test_a_page_that_cannot_be_read_is_said_not_called_complete(tmp_path: Path) -> None:
    # An audit: a PDF whose page 2 held «Article 2» in a damaged stream went in as «complete», article 2 silently lost.
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pageCompression=1)
    pages = ("SYNTHETIC TEST TEXT, NOT LAW\nArticle 1\nPremier article fictif.", "Article 2\nSecond article fictif.")
    for page in pages:
        for row, line in enumerate(page.splitlines()):
            c.drawString(72, 740 - 18 * row, line)
        c.showPage()
    c.save()
    path = tmp_path / "damaged-page.pdf"
    path.write_bytes(_damaged_page_two(buffer.getvalue()))
    described = describe_document(path, {"type": "circular", "jurisdiction": "MA"})
    assert described.pages_unreadable == [2] and described.pages_without_text == []  # damaged, not scanned
    completeness = described.work.versions[0].completeness
    assert completeness == "partial: page 2 could not be read (damaged or undecodable content); its text is not indexed"
    assert completeness in described.notes


def test_an_upload_with_scanned_pages_says_so(fresh) -> None:
    base_url, _, _ = fresh
    body = _pdf(_synthetic("girafes cyan"), image_pages=2)
    response = _upload(base_url, body, "partiel.pdf", work_id="test-partial", title="SYNTHETIC partial")
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["pages_without_text"] == [2, 3]
    assert result["completeness"].startswith("partial: pages 2–3") and result["completeness"] in result["notes"]
    version = httpx.get(f"{base_url}/api/documents/test-partial").json()["versions"][0]
    assert version["completeness"] == result["completeness"]


# --- the command line ------------------------------------------------------------------------------------------


def test_cli_ingests_a_users_file_with_flags(tmp_path, model_dir, monkeypatch) -> None:
    source = tmp_path / "note.txt"
    source.write_text(
        "Article premier\nTexte d'essai synthétique sur les girafes bleues.\nArticle 2\nAutre texte d'essai.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DALEEL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DALEEL_MODEL", str(model_dir))
    runner = CliRunner()
    flags = ["--type", "procedure", "--jurisdiction", "MA", "--title", "Note d'essai"]
    first = runner.invoke(cli, ["ingest", str(source), *flags])
    assert first.exit_code == 0, first.output
    assert "1 indexed" in first.output
    # The lexicon is learnt (here from no parallel article) and cached, so that serving starts at once.
    assert "lexicon: 0 terms from 0 parallel articles" in first.output
    assert len(list((tmp_path / "data" / "lexicon").glob("*.json"))) == 1
    again = runner.invoke(cli, ["ingest", str(source), *flags])  # the same file read again: no --replace needed
    assert again.exit_code == 0 and "1 unchanged" in again.output
    found = runner.invoke(cli, ["search", "girafes bleues", "--json", "--top-k", "1"])
    assert found.exit_code == 0 and "Note d'essai, article premier" in found.output
    # Listed with the title it has, its type, and as added (a trial read «user-note — Note d'essai / : fr: 2»).
    listed = runner.invoke(cli, ["documents"])
    assert "user-note — Note d'essai (procedure, added by you): fr: 2" in listed.output
    assert "ma-penal-code — Code pénal / مجموعة القانون الجنائي (code)" in listed.output
    # Another file under the same id replaces it only with --replace; the same bytes under another id never.
    other = tmp_path / "other" / "note.txt"
    other.parent.mkdir()
    other.write_text("Article premier\nTexte d'essai synthétique sur les girafes pourpres.\n", encoding="utf-8")
    refused = runner.invoke(cli, ["ingest", str(other), *flags])
    assert refused.exit_code == 2 and "already your document" in refused.output and "--replace" in refused.output
    copy = runner.invoke(cli, ["ingest", str(source), "--id", "test-copy", *flags])
    assert copy.exit_code == 2 and "already in the catalogue as 'user-note'" in copy.output
    replaced = runner.invoke(cli, ["ingest", str(other), "--replace", *flags])
    assert replaced.exit_code == 0 and "1 indexed" in replaced.output
    found = runner.invoke(cli, ["search", "girafes pourpres", "--json", "--top-k", "1"])
    assert found.exit_code == 0 and "girafes pourpres" in found.output and "girafes bleues" not in found.output
    assert source.exists()  # the user's own file, outside uploads/, is never removed
    missing = runner.invoke(cli, ["ingest", str(tmp_path / "nope.pdf")])
    assert missing.exit_code == 2 and "not a file nor a catalogue work" in missing.output
    # The file read in place then moved: its indexed text is kept and said so, not a failure (a trial's run.sh, which
    # re-reads every document, stopped there and served nothing).
    other.rename(tmp_path / "moved.txt")
    kept = runner.invoke(cli, ["ingest", "user-note"])
    assert kept.exit_code == 0, kept.output
    assert "1 document: 0 indexed, 0 unchanged (skipped), 1 kept as indexed, 0 failed" in kept.output
    assert "KEPT" in kept.output and "no longer at" in kept.output and "--id user-note --replace" in kept.output
    found = runner.invoke(cli, ["search", "girafes pourpres", "--json", "--top-k", "1"])
    assert found.exit_code == 0 and "girafes pourpres" in found.output
    # Taken out (a trial found no way to): its passages and entry go; a starter work or an unknown id cannot.
    assert runner.invoke(cli, ["remove", "ma-penal-code"]).exit_code == 2
    unknown = runner.invoke(cli, ["remove", "user-nothing"])
    assert unknown.exit_code == 2 and "no document of yours has the id 'user-nothing'" in unknown.output
    removed = runner.invoke(cli, ["remove", "user-note"])
    assert removed.exit_code == 0 and "removed   user-note: 1 passages" in removed.output
    assert (tmp_path / "moved.txt").exists() and source.exists()  # files read in place are the user's: kept
    starter = runner.invoke(cli, ["remove", "ma-penal-code"])
    assert starter.output.startswith("error: 'ma-penal-code' is a work of the starter catalogue")
    listed = runner.invoke(cli, ["documents", "--json"])
    assert "user-note" not in {w["id"] for w in json.loads(listed.output)}
    found = runner.invoke(cli, ["search", "girafes pourpres", "--json", "--top-k", "3"])
    assert found.exit_code == 0 and json.loads(found.output)["results"] == []


def test_a_users_document_is_not_called_authentic_unless_its_sidecar_says_so(tmp_path: Path) -> None:
    # Uploads were «texte officiel / نص رسمي» on the page: nobody has checked what a user's file is.
    path = tmp_path / "circulaire-essai.fr.txt"
    path.write_text("Article 1\nTexte d'essai SYNTHETIC, sans valeur juridique.\n", encoding="utf-8")
    required = {"type": "circular", "jurisdiction": "MA"}
    assert describe_document(path, required).work.versions[0].wording == "as_supplied"
    path.with_suffix(".yaml").write_text("wording: consolidated\n", encoding="utf-8")
    assert describe_document(path, required).work.versions[0].wording == "consolidated"
    path.with_suffix(".yaml").write_text("wording: official\n", encoding="utf-8")
    with pytest.raises(MetadataError, match="invalid wording 'official'"):
        describe_document(path, required)


@pytest.mark.parametrize(
    "metadata",
    [
        {"type": "law", "title": "Loi n°27-14."},  # punctuation and spacing
        {"type": "law", "title": "LOI N° 27‑14"},  # case and a non-breaking hyphen
        {"type": "law", "title": "القانونُ رقم ٢٧.١٤"},  # a vowel mark and Arabic-Indic digits
        {"type": "code", "title": "Code penal"},  # no accent
        {"type": "law", "title": "Note", "number": "2-03"},  # Law 02-03's number without its zero
        {"type": "convention", "title": "Note", "number": "29"},  # ILO C029's
        {"type": "law", "title": "Note", "dahir": {"number": "1.16.127", "date": "2016-08-25"}},  # Law 27-14's dahir
        # A title that begins with the law's name, whatever follows (a trial's «Loi 27/14 traite» hid the law itself).
        {"type": "guide", "title": "Loi 27/14 traite"},
        {"type": "circular", "title": "القانون رقم 27.14 والضحايا"},
        {"type": "guide", "title": "Dahir 1-16-127 commenté"},
        {"type": "guide", "title": "الظهير الشريف رقم 1.16.127"},  # a review: «الشريف» with its article
        {"type": "guide", "title": "Loi 27-14 (2016) guide"},  # a review: the year read as a third part
    ],
)
def test_near_misses_of_an_official_name_are_refused(tmp_path: Path, metadata: dict) -> None:
    # A review got round the exact comparison with each of these.
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes grises"), encoding="utf-8")
    with pytest.raises(WorkConflict) as refused:
        describe_document(path, {"jurisdiction": "MA", **metadata})
    assert refused.value.code == "official_name"


@pytest.mark.parametrize("title", ["Note sur la loi 27/14", "دورية تطبيق القانون 27.14", "Loi 1234 sur rien"])
def test_a_title_about_an_official_text_is_accepted(tmp_path: Path, title: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes grises"), encoding="utf-8")
    assert describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": title}).work.titles


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("abc\x00\x07\x1b[31m", "control"),  # an audit: a 500 on the Word export, an escape code in the terminal
        ("Note\r\nuser-forged: line", "control"),  # a line of `daleel documents` forged
        ("L\u043ei n° 27-14", "mixes alphabets"),  # a Cyrillic «о» past the official-name check
        ("   ", "no letter"),
        (".", "no letter"),
    ],
)
def test_a_title_a_citation_cannot_show_as_it_is_is_refused(tmp_path: Path, title: str, why: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes grises"), encoding="utf-8")
    with pytest.raises(MetadataError, match=why):
        describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": title})
    # Spaces are tidied; invisible characters a pasted title carries are left out, not refused (a review), and one
    # that hid an official name no longer does.
    circular = {"type": "circular", "jurisdiction": "MA"}
    tidy = describe_document(path, {**circular, "title": "\u200f Note\u00a0:  de\u200b test "})
    assert tidy.work.titles["fr"] == tidy.work.short_titles["fr"] == "Note\u00a0: de test"
    overridden = describe_document(path, {**circular, "title": "Note \u202eetsinummoc"})
    assert overridden.work.titles["fr"] == "Note etsinummoc"
    treaty = {"type": "convention", "jurisdiction": "international"}
    with pytest.raises(WorkConflict):
        describe_document(path, {**treaty, "title": "Protocole de Pa\u00adlerme"})


def test_invisible_characters_of_an_uploaded_text_are_left_out(tmp_path: Path) -> None:
    # An audit: a BEL in an uploaded text stopped its export from the page; a direction override reversed its words.
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes\x07 gr\u200bises \u202eetsinummoc\u202c"), encoding="utf-8")
    text = extract(path).body_text
    assert "girafes grises" in text and "\u202e" not in text and "\x07" not in text


def test_a_number_of_another_kind_of_text_is_its_own(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes grises"), encoding="utf-8")
    # A circular numbered 29 is not ILO Convention No. 29 (a review found it refused).
    work = describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": "Circulaire", "number": "29"})
    assert work.work.number == "29"
    en_dash = describe_document(path, {"type": "law", "jurisdiction": "MA", "title": "Loi", "number": "65–15"})
    assert en_dash.work.number == "65-15"


@pytest.mark.parametrize("number", ["n° 12", "12 bis", "-", "x"])
def test_a_number_the_search_cannot_read_is_refused(tmp_path: Path, number: str) -> None:
    # «n° 12» was accepted and then stopped every search (the citation parser could not read it).
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes grises"), encoding="utf-8")
    with pytest.raises(MetadataError, match="write it in digits"):
        describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": "Circulaire", "number": number})


def test_a_document_cannot_say_it_amends_an_official_text(tmp_path: Path) -> None:
    # Through a sidecar's relations, a review put an upload's text under Penal Code 448-1's citation, unmarked.
    path = tmp_path / "note.txt"
    path.write_text("المادة الأولى\nالفصل 448-1\nنص تجريبي مصطنع SYNTHETIC.\n", encoding="utf-8")
    relation = {"type": "inserts", "target": "ma-penal-code", "via_article": "1", "articles": ["448-1"]}
    path.with_suffix(".yaml").write_text(yaml.safe_dump({"relations": [relation]}), encoding="utf-8")
    with pytest.raises(MetadataError, match="cannot declare a relation to an official text"):
        describe_document(path, {"type": "law", "jurisdiction": "MA", "title": "Note"})


def test_a_document_cannot_rank_itself_among_the_texts_on_trafficking(tmp_path: Path) -> None:
    # `focus` lifts the corpus's own texts on trafficking in the ranking: an upload must not claim it.
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes grises"), encoding="utf-8")
    path.with_suffix(".yaml").write_text(yaml.safe_dump({"focus": True}), encoding="utf-8")
    with pytest.raises(MetadataError, match="focus: only the corpus's own texts"):
        describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": "Note"})
    # Nor the corpus's notes on where its official translations differ, shown as warnings with every text.
    notes = {"translation_differences": {"1": {"fr": "Note synthétique."}}}
    path.with_suffix(".yaml").write_text(yaml.safe_dump(notes), encoding="utf-8")
    with pytest.raises(MetadataError, match="translation_differences: the corpus's notes"):
        describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": "Note"})
    # Nor its notes on an article's standing («this period has ended»).
    path.with_suffix(".yaml").write_text(yaml.safe_dump({"standing_notes": notes["translation_differences"]}), "utf-8")
    with pytest.raises(MetadataError, match="standing_notes: the corpus's notes"):
        describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": "Note"})


@pytest.mark.parametrize("title", ["Code pénal marocain", "القانون الجنائي", "قانون 27.14"])
def test_a_title_the_search_reads_as_an_official_text_is_refused(writable: str, indexed, title: str) -> None:
    # A review uploaded a circular titled «Code pénal marocain»: «article 448-1 du code pénal marocain» then gave
    # the upload's article 448-1.
    settings, _, _ = indexed
    response = _upload(writable, _pdf(_synthetic("girafes beiges")), "note.pdf", language="fr", title=title)
    assert response.status_code == 409, response.text
    assert response.json()["error"] == "official_name" and "names «" in response.json()["message"]
    assert not _files(settings) and not user_catalogue_path(settings).exists()


def test_a_title_about_an_official_text_is_its_own(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes beiges"), encoding="utf-8")
    for title in ("Protocole de Palerme commenté", "Note d'application de la loi 27-14", "Guide pratique"):
        metadata = {"type": "guide", "jurisdiction": "MA", "title": title}
        assert describe_document(path, metadata, names_work=starter_name_reader()).work.titles["fr"] == title


def test_a_stored_entry_that_would_stop_the_search_is_left_out(tmp_path: Path) -> None:
    # Stored before numbers were checked, «n° 12» stopped every search (the parser could not read it).
    settings = Settings(data_dir=tmp_path / "data")
    path = user_catalogue_path(settings)
    path.parent.mkdir(parents=True)
    good = {"id": "user-good", "type": "circular", "jurisdiction": "MA", "titles": {"fr": "Bonne"},
            "short_titles": {"fr": "Bonne"}, "article_convention": "madda",
            "versions": [{"language": "fr", "source": "/tmp/bonne.txt"}]}
    bad = {**good, "id": "user-bad", "number": "n° 12"}
    dashed = {**good, "id": "user-dashed", "number": "27–10"}  # an en dash: read as «27-10»
    dahir = {**good, "id": "user-dahir", "dahir": {"number": "n° 1.20.1", "date": "2020-01-01"}}
    path.write_text(yaml.safe_dump([good, bad, dashed, dahir], allow_unicode=True), encoding="utf-8")
    catalogue = full_catalogue(settings)
    assert {w.id for w in catalogue.works} >= {"user-good", "user-dashed"}
    assert not {"user-bad", "user-dahir"} & {w.id for w in catalogue.works}
    assert catalogue.get("user-dashed").number == "27-10"
    parse_query("traite", catalogue)  # the search can read every entry kept


def test_a_number_yaml_reads_as_a_decimal_must_be_quoted(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_synthetic("girafes beiges"), encoding="utf-8")
    path.with_suffix(".yaml").write_text("number: 27.10\n", encoding="utf-8")  # YAML's 27.1
    with pytest.raises(MetadataError, match="write it in quotes"):
        describe_document(path, {"type": "circular", "jurisdiction": "MA", "title": "Circulaire"})
