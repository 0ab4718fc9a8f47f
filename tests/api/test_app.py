"""The real FastAPI app over HTTP (a real uvicorn server on loopback), on the small real index."""

from __future__ import annotations

import json
import socket
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from api.app import create_app
from api.background import serving
from ingest.catalogue import Catalogue
from search.library import Library
from tests.conftest import AR_27_14, FR_27_14


@contextmanager
def serve(settings, searcher) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, over the given searcher."""
    with serving(create_app(settings, searcher=searcher)) as url:
        yield url


@pytest.fixture(scope="module")
def base_url(indexed):
    settings, _, searcher = indexed
    with serve(settings, searcher) as url:
        yield url


def test_health(base_url: str) -> None:
    body = httpx.get(f"{base_url}/api/health").json()
    assert body["status"] == "ok" and body["passages"] > 0


def test_search_over_http(base_url: str) -> None:
    response = httpx.get(
        f"{base_url}/api/search", params={"q": "إعفاء ضحايا الاتجار بالبشر من الرسوم القضائية", "top_k": 3}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "إعفاء ضحايا الاتجار بالبشر من الرسوم القضائية"
    first = body["results"][0]
    assert set(first) >= {"rank", "score", "text", "language", "citation"}
    assert first["citation"]["label"] == "المادة الخامسة من القانون رقم 27.14"
    assert set(first["citation"]) >= {"document_id", "document_title", "article", "label"}
    # The exact citation: law, number, dahir, date and Bulletin officiel, from the catalogue.
    citation = first["citation"]
    assert (citation["number"], citation["dahir"], citation["enacted"]) == ("27-14", "1.16.127", "2016-08-25")
    assert citation["gazette"].startswith("الجريدة الرسمية عدد 6501")
    assert citation["reference"].startswith("القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127")


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 2001},
        {"q": "traite", "lang": "de"},
        {"q": "traite", "top_k": "many"},
        {"q": "traite", "top_k": 0},
        {},
    ],
)
def test_bad_requests_get_a_json_422(base_url: str, params: dict) -> None:
    response = httpx.get(f"{base_url}/api/search", params=params)
    assert response.status_code == 422
    assert response.json()["message"]


def test_a_query_of_200_kb_gets_the_json_error_too(base_url: str) -> None:
    # Before, the HTTP server refused a request head over its default size with a bare «Invalid HTTP request
    # received.». httpx will not send a URL this long: a raw socket does.
    host, port = base_url.removeprefix("http://").split(":")
    query = urllib.parse.quote("ع" * 32_000)
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(f"GET /api/search?q={query} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := connection.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 422") and json.loads(body)["error"] == "query_too_long"


def test_openapi_and_page_are_served(base_url: str) -> None:
    schema = httpx.get(f"{base_url}/openapi.json").json()
    assert "/api/search" in schema["paths"] and "/api/health" in schema["paths"]
    docs = httpx.get(f"{base_url}/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text  # FastAPI's own page loads Swagger UI from a CDN
    script = next(s for s in docs.text.split('"') if s.endswith("swagger-ui-bundle.js"))
    assert httpx.get(f"{base_url}{script}").status_code == 200
    page = httpx.get(f"{base_url}/")
    assert page.status_code == 200 and "Daleel" in page.text


def test_openapi_describes_the_error_body_the_api_sends(base_url: str) -> None:
    # A trial: the description gave FastAPI's {"detail": [...]} for a 422, which this API never sends, and no 404 or
    # 401/403 at all; a generated client mis-read every error.
    schema = httpx.get(f"{base_url}/openapi.json").json()
    paths = schema["paths"]

    def error_schema(path: str, method: str, status: str) -> str:
        return paths[path][method]["responses"][status]["content"]["application/json"]["schema"]["$ref"]

    body = "#/components/schemas/ErrorBody"
    assert error_schema("/api/search", "get", "422") == body
    assert error_schema("/api/documents/{work}/articles/{article}", "get", "404") == body
    assert {s: error_schema("/api/ingest", "post", s) for s in ("401", "403", "409", "413", "422")} == dict.fromkeys(
        ("401", "403", "409", "413", "422"), body
    )
    assert error_schema("/api/export", "post", "422") == body and error_schema("/api/health", "get", "500") == body
    assert "HTTPValidationError" not in json.dumps(paths)
    assert set(schema["components"]["schemas"]["ErrorBody"]["required"]) == {"error", "message", "detail"}
    # What it says is what is sent.
    sent = httpx.get(f"{base_url}/api/documents/ma-law-99-99/articles/1", headers={"Accept-Language": "fr"})
    assert sent.status_code == 404 and {"error", "message", "detail"} <= sent.json().keys()
    assert paths["/api/search"]["get"]["description"].startswith("Search the corpus")
    assert (
        "not comparable between queries"
        in schema["components"]["schemas"]["Result"]["properties"]["score"]["description"]
    )


def test_documents_list_every_work_with_its_article_counts(base_url: str) -> None:
    works = {w["id"]: w for w in httpx.get(f"{base_url}/api/documents").json()}
    law = works["ma-law-27-14"]["versions"][0]
    assert (law["language"], law["articles"], law["quoted_articles"]) == ("ar", 7, 16)
    code = {v["language"]: v["articles"] for v in works["ma-penal-code"]["versions"]}
    assert code == {"ar": 14, "fr": 14}  # the small index holds Section VI only
    assert works["ma-law-27-14"]["gazette"]["ar"].startswith("الجريدة الرسمية عدد 6501")
    # The CPP is its Part II bis only: said (a trial read its 10 articles as the whole code); a whole text says nothing.
    assert works["ma-cpp"]["excerpt"]["fr"].startswith("Partie II bis seulement")
    assert works["ma-law-27-14"]["excerpt"] == {}


def test_a_version_read_from_another_folder_is_listed_by_its_file_name(indexed) -> None:
    # The starter catalogue reads two PDFs from «../pdf-samples/»: the path told a client where the server reads.
    _, _, searcher = indexed
    catalogue = searcher.catalogue
    works = [
        w.model_copy(
            update={"versions": [v.model_copy(update={"source": f"../pdf-samples/{v.source}"}) for v in w.versions]}
        )
        for w in catalogue.works
    ]
    listed = Library(searcher.passages, Catalogue(works=works)).work("ma-penal-code")
    names = [v.source.rpartition("/")[2] for v in catalogue.work("ma-penal-code").versions]
    assert [v.source for v in listed.versions] == names and not any("/" in name for name in names)


def test_article_view_has_text_versions_counterparts_and_links(base_url: str) -> None:
    view = httpx.get(f"{base_url}/api/documents/ma-penal-code/articles/448-2", params={"lang": "ar"}).json()
    assert view["citation"]["label"] == "الفصل 448-2 من مجموعة القانون الجنائي"
    assert view["heading_path"][-1] == "الفرع السادس: في الاتجار بالبشر"
    assert [c["language"] for c in view["counterparts"]] == ["fr"]
    assert any(v["version_label"] == "الصيغة الأصلية (القانون رقم 27.14، 2016)" for v in view["versions"])
    # The consolidated article is referenced to the Code and the law that inserted it; its 2016 wording to that law.
    assert view["citation"]["reference"].startswith("مجموعة القانون الجنائي؛ ظهير شريف رقم 1.59.413")
    consolidated = "صيغة محينة بتاريخ 22 أغسطس 2024؛ مضاف بمقتضى المادة الأولى من القانون رقم 27.14" + AR_27_14
    assert view["citation"]["reference"].endswith(consolidated)
    original = next(v for v in view["versions"] if v["current"] is False)
    assert original["wording"] == "as_enacted"  # Law 27-14 inserted 448-2: its 2016 text is the original
    # Law 27-14 only completed CPP 82-7: its quotation is the wording that law gave it, not an original one.
    completed = next(v for v in httpx.get(f"{base_url}/api/documents/ma-cpp/articles/82-7").json()["versions"])
    assert (completed["wording"], completed["current"]) == ("as_amended", False)
    assert completed["version_label"] == "الصيغة كما تممها القانون رقم 27.14 (2016)"
    assert original["reference"].startswith("القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛")
    assert view["counterparts"][0]["reference"].startswith("Code pénal ; dahir n° 1-59-413")
    # «المادة» is feminine: a CPP article is «مضافة», a Penal Code «الفصل» «مضاف».
    cpp_reference = httpx.get(f"{base_url}/api/documents/ma-cpp/articles/82-5-1").json()["citation"]["reference"]
    # Then changed by Law 03.23's article 2, as the source's note 73 says (a trial: «ومغيرة بمقتضى القانون رقم 03.23»).
    assert cpp_reference.endswith(
        "مضافة بمقتضى المادة الثانية من القانون رقم 27.14"
        + AR_27_14
        + "؛ مغيرة ومتممة بمقتضى المادة الثانية من القانون "
        "رقم 03.23"
    )
    assert (view["previous"], view["next"]) == ("448-1", "448-3")
    cpp = httpx.get(f"{base_url}/api/documents/ma-cpp/articles/82-5").json()
    assert "ma-cpp:82-7" in {ref["key"] for ref in cpp["cross_references"]}
    # A reference the text repeats is listed once: Law 19-12 art. 23 says «l'article 6 ci-dessus» three times.
    domestic = httpx.get(f"{base_url}/api/documents/ma-law-19-12/articles/23", params={"lang": "fr"}).json()
    assert domestic["text"].count("l'article 6 ci-dessus") == 3
    listed = [(r["text"], r["key"]) for r in domestic["cross_references"]]
    assert listed == [("l'article 6 ci-dessus", "ma-law-19-12:6")]


def test_an_article_asked_for_in_no_language_is_the_text_that_prevails(base_url: str) -> None:
    # Not the index's first copy: an integrator got the French translation of 448-1, and the Arabic of 448-2.
    for number in (f"448-{n}" for n in range(1, 15)):
        view = httpx.get(f"{base_url}/api/documents/ma-penal-code/articles/{number}").json()
        assert (view["language"], [c["language"] for c in view["counterparts"]]) == ("ar", ["fr"]), number
    assert {e["language"] for e in httpx.get(f"{base_url}/api/documents/ma-penal-code/toc").json()} == {"ar"}
    # Asked for, the translation.
    assert httpx.get(f"{base_url}/api/documents/ma-penal-code/articles/448-1?lang=fr").json()["language"] == "fr"
    assert {e["language"] for e in httpx.get(f"{base_url}/api/documents/ma-penal-code/toc?lang=fr").json()} == {"fr"}


def test_an_amending_laws_contents_say_what_each_article_inserts(base_url: str) -> None:
    # A trial found Law 27-14's contents seven bare articles: the 448-x its first article wrote were nowhere.
    toc = httpx.get(f"{base_url}/api/documents/ma-law-27-14/toc").json()
    [first] = [e for e in toc if e["article"] == "1"]
    [change] = first["changes"]
    assert (change["type"], change["work"]) == ("inserts", "ma-penal-code")
    assert change["articles"] == [f"448-{n}" for n in range(1, 15)] and "ma-penal-code:448-1" in change["keys"]
    assert not [e for e in toc if e["article"] == "5"][0]["changes"]  # its own provision


def test_a_text_held_in_one_language_is_cited_in_the_other_too(base_url: str) -> None:
    # A trial: a French report could cite the Arabic-only Law 27-14 and the CPP only in Arabic.
    law = httpx.get(f"{base_url}/api/documents/ma-law-27-14/articles/5").json()["citation"]
    assert set(law["cited_in"]) == {"fr"} and law["cited_in"]["fr"]["label"] == "Loi n° 27-14, article 5"
    assert "Bulletin officiel (édition française) n° 6526" in law["cited_in"]["fr"]["reference"]
    cpp = httpx.get(f"{base_url}/api/documents/ma-cpp/articles/82-5-1").json()["citation"]["cited_in"]["fr"]
    assert cpp["label"] == "Code de procédure pénale, article 82-5-1"
    assert cpp["reference"].endswith(
        "version consolidée au 8 septembre 2025 ; inséré par l'article 2 de la loi n° 27-14" + FR_27_14 + " ; "
        "modifié et complété par l'article 2 de la loi n° 03-23"
    )
    # A text the corpus holds in both languages is cited in each text's own.
    assert httpx.get(f"{base_url}/api/documents/ma-penal-code/articles/448-2").json()["citation"]["cited_in"] == {}


def test_an_amending_article_lists_the_articles_it_inserts(base_url: str) -> None:
    # «المادة الأولى» of Law 27-14 says only «يتمم … بالفرع السادس التالي» and the section's title: the code's
    # articles it inserts are quoted apart. A judge opening it saw an article that seemed empty (a trial found it).
    view = httpx.get(f"{base_url}/api/documents/ma-law-27-14/articles/1").json()
    [change] = view["changes"]
    assert (change["type"], change["work"]) == ("inserts", "ma-penal-code")
    assert change["keys"] == [f"ma-penal-code:448-{n}" for n in range(1, 15)]
    [cpp] = httpx.get(f"{base_url}/api/documents/ma-law-27-14/articles/2").json()["changes"]
    assert (cpp["work"], cpp["articles"]) == ("ma-cpp", ["82-5-1"])
    assert httpx.get(f"{base_url}/api/documents/ma-penal-code/articles/448-2").json()["changes"] == []
    assert view["repealed"] is False


def test_answers_carry_the_headers_a_public_page_owes(base_url: str) -> None:
    # An audit found none of these.
    page = httpx.get(f"{base_url}/")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src 'self';" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-cache"  # an update of the page shows at once
    assert httpx.get(f"{base_url}/api/documents").headers["cache-control"] == "no-store"  # an upload shows at once
    search = httpx.get(f"{base_url}/api/search", params={"q": "traite"})
    assert search.headers["referrer-policy"] == "same-origin" and "content-security-policy" not in search.headers
    refused = httpx.post(f"{base_url}/api/ingest", params={"filename": "x.txt"}, content=b"x")  # writing is off here
    assert refused.status_code == 403 and refused.headers["cache-control"] == "no-store"
    assert "content-security-policy" not in httpx.get(f"{base_url}/docs").headers  # its own inline scripts


def test_a_failure_inside_the_server_is_a_json_500_in_the_readers_language(base_url: str, indexed, monkeypatch) -> None:
    # An audit got «Internal Server Error» as plain text (a search during an upload, since fixed): the page could
    # not read it. Made to fail here on purpose.
    _, _, searcher = indexed

    def fail(*args, **kwargs):
        raise RuntimeError("a failure made by the test")

    monkeypatch.setattr(searcher, "search", fail)
    response = httpx.get(f"{base_url}/api/search", params={"q": "traite"}, headers={"Accept-Language": "fr"})
    assert response.status_code == 500
    body = response.json()
    assert body["error"] == "internal_error" and body["message"].startswith("Le serveur n'a pas pu traiter")
    assert "made by the test" not in response.text  # the reason goes to the server's log, not to the reader
    assert response.headers["x-content-type-options"] == "nosniff" and response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    "path", ["/api/documents/no-such-work", "/api/documents/ma-penal-code/articles/9999", "/api/nothing-here"]
)
def test_unknown_documents_are_a_json_404(base_url: str, path: str) -> None:
    response = httpx.get(f"{base_url}{path}")
    assert response.status_code == 404 and response.json()["message"]
    # In Arabic and French, no English inside the message for a work or article.
    for language in ("ar", "fr"):
        message = httpx.get(f"{base_url}{path}", headers={"Accept-Language": language}).json()["message"]
        assert "nothing-here" in path or not any(w in message for w in ("unknown", "no article", "'")), message
    if "nothing-here" in path:  # no such address, said so: not «Introuvable dans le corpus : Not Found» (a trial)
        said = httpx.get(f"{base_url}{path}", headers={"Accept-Language": "fr"}).json()
        assert said["error"] == "no_route"
        assert said["message"] == "Cette adresse n'existe pas sur ce serveur (l'API est décrite sur /docs)."


@pytest.mark.parametrize(
    ("params", "headers", "expected"),
    [
        ({"q": "", "lang": "ar"}, {}, "لم تكتب شيئا للبحث عنه."),
        ({"q": "x" * 2001}, {"Accept-Language": "fr-MA,fr;q=0.9"}, "La recherche est trop longue"),
        ({"q": "   "}, {"Accept-Language": "ar"}, "لم تكتب شيئا للبحث عنه."),
        ({"q": "traite", "top_k": "many"}, {"Accept-Language": "fr"}, "Requête invalide : top_k : doit être un nombre"),
        # Every word in the reader's language (a trial read «Requête invalide : lang: Input should be …»).
        (
            {"q": "traite", "lang": "xx"},
            {"Accept-Language": "fr"},
            "Requête invalide : lang : doit valoir 'ar', 'fr' ou 'en'",
        ),
        ({"q": "traite", "lang": "xx"}, {"Accept-Language": "ar"}, "طلب غير صالح: lang: يجب أن يكون 'ar', 'fr' أو"),
        ({"q": "الاتجار", "top_k": "0"}, {"Accept-Language": "ar"}, "طلب غير صالح: top_k: يجب ألا يقل عن 1"),
        ({"q": "traite", "top_k": "0"}, {}, "top_k: Input should be greater than or equal to 1"),
        ({"q": ""}, {}, "the query is empty"),
        ({"q": "😀🙏"}, {"Accept-Language": "fr"}, "La recherche ne contient ni lettre ni chiffre"),
    ],
)
def test_errors_speak_the_language_of_the_request(base_url: str, params: dict, headers: dict, expected: str) -> None:
    response = httpx.get(f"{base_url}/api/search", params=params, headers=headers)
    assert response.status_code == 422
    assert response.json()["message"].startswith(expected)


def test_an_unknown_work_filter_and_a_wrong_method_are_said_in_the_readers_language(base_url: str) -> None:
    # A bookmarked search narrowed to a document since removed: «Recherche invalide : unknown work 'x'» (a trial).
    french = {"Accept-Language": "fr"}
    said = httpx.get(f"{base_url}/api/search", params={"q": "traite", "work": "nope"}, headers=french)
    assert (said.status_code, said.json()["error"]) == (422, "unknown_work")
    assert said.json()["message"] == "Aucun texte du corpus n'a pour identifiant «nope» (la liste : /api/documents)."
    wrong = httpx.put(f"{base_url}/api/documents/ma-penal-code", headers={"Accept-Language": "ar"})
    assert (wrong.status_code, wrong.json()["error"]) == (405, "method_not_allowed")
    assert wrong.json()["message"].startswith("هذه الطريقة غير مقبولة على هذا العنوان")
    # Also where the page's static files used to answer: «GET /api/ingest», «HEAD /api/search» (an audit got 404s).
    for method, path, allow in (
        ("GET", "/api/ingest", "POST"),
        ("HEAD", "/api/search", "GET"),
        ("POST", "/api/search", "GET"),
    ):
        wrong = httpx.request(method, f"{base_url}{path}")
        assert (wrong.status_code, wrong.headers["allow"]) == (405, allow), (method, path)
    assert httpx.get(f"{base_url}/api/no-such-thing").json()["error"] == "no_route"


def test_optional_parameters_sent_empty_are_unset(base_url: str) -> None:
    # As the README writes the URL and an HTML form sends it: «any language, any work» (a trial got a 422).
    empty = "top_k=&lang=+&work_type=%20&jurisdiction=&work=&include_original="
    response = httpx.get(f"{base_url}/api/search?q=%D8%A7%D9%84%D9%81%D8%B5%D9%84%20448-2&{empty}")
    assert response.status_code == 200, response.text
    [first, *_] = response.json()["results"]
    assert first["citation"]["key"] == "ma-penal-code:448-2"
    # Not the question: an empty one is still the reader's mistake, said as such.
    response = httpx.get(f"{base_url}/api/search?q=&{empty}", headers={"Accept-Language": "fr"})
    assert (response.status_code, response.json()["error"]) == (422, "empty_query")
    view = httpx.get(f"{base_url}/api/documents/ma-penal-code/articles/448-2?lang=")
    assert view.status_code == 200 and view.json()["citation"]["key"] == "ma-penal-code:448-2"


def test_a_query_not_in_utf8_is_refused_not_searched(base_url: str) -> None:
    # «%E9tranger»: «étranger» in Latin-1. Decoded, its «é» is U+FFFD, and «\ufffdtranger» was searched (a trial).
    response = httpx.get(f"{base_url}/api/search?q=victime+%E9trang%E8re", headers={"Accept-Language": "fr"})
    assert (response.status_code, response.json()["error"]) == (422, "not_utf8")
    assert response.json()["message"].startswith("La recherche est illisible")
    assert httpx.get(f"{base_url}/api/search?q=victime+%C3%A9trang%C3%A8re").status_code == 200
    # A «\ufffd» sent as UTF-8 (text pasted from a damaged PDF) is searched, its words with it (a review).
    pasted = httpx.get(f"{base_url}/api/search", params={"q": "victime \ufffd étrangère"})
    assert pasted.status_code == 200 and pasted.json()["results"]


AR_999 = "المادة 999 من القانون رقم 27.14 غير موجودة في النصوص المدرجة"
FR_999 = "L’article 999 (Loi n° 27-14) n’est pas dans le corpus"


@pytest.mark.parametrize(
    ("query", "headers", "expected"),
    [
        ("loi 27-14 article 999", {"Accept-Language": "ar"}, AR_999),
        ("loi 27-14 article 999", {"Accept-Language": "fr-MA,fr;q=0.9"}, FR_999),
        # No reader's language: the question's (a trial's Arabic question read «… of ma-law-27-14 …»); English for
        # a question in no language.
        ("loi 27-14 article 999", {}, FR_999),
        ("المادة 999 من القانون 27.14", {}, AR_999),
        ("448-15", {}, "article 448-15"),
    ],
)
def test_notices_speak_the_language_of_the_request(base_url: str, query: str, headers: dict, expected: str) -> None:
    response = httpx.get(f"{base_url}/api/search", params={"q": query}, headers=headers)
    [notice] = response.json()["notices"]
    assert notice["code"] == "citation_not_found" and notice["message"].startswith(expected)


def test_notices_follow_the_reader_not_the_language_filter(base_url: str) -> None:
    # An Arabic reader narrowing a search to French texts reads the notice in Arabic.
    params = {"q": "loi 27-14 article 999", "lang": "fr"}
    [notice] = httpx.get(f"{base_url}/api/search", params=params, headers={"Accept-Language": "ar"}).json()["notices"]
    assert notice["message"].startswith("المادة 999")


def test_an_amendment_notes_date_is_its_dahirs_gregorian_date() -> None:
    import datetime as dt

    from search.library import note_date

    note = "94- تم تغيير الفصل 352 أعلاه، بمقتضى القانون رقم 33.18 بتاريخ 4 رجب 1440 (11 مارس 2019)؛ (25 مارس 2019)"
    assert note_date(note) == dt.date(2019, 3, 25)  # published then
    assert note_date("أضيف بمقتضى القانون (5 يونيو 2000)؛ كما غير بمقتضى القانون (8 يونيو 2021)") == dt.date(2021, 6, 8)
    assert note_date("7 - Alinéa modifié par la loi 25-93 du 15 safar 1415 (25 juillet 1994)") == dt.date(1994, 7, 25)
    assert note_date("(1er août 2003)") == dt.date(2003, 8, 1) and note_date("sans date (31 février 2003)") is None


def test_a_law_named_without_its_date_takes_the_date_another_note_gives_it() -> None:
    # Penal Code 574-1's note names Law 12.18 «السالف الذكر» without a date; 218-4-2's dates it (a review found
    # 574-1, 574-2, 574-3, 574-5 and 353 shown in French as current without a warning).
    import datetime as dt

    from search.library import dated_laws, note_date

    dated = "أضيف بمقتضى القانون رقم 13.10، السالف الذكر. كما غير بمقتضى القانون رقم 12.18 بتاريخ (8 يونيو 2021)"
    assert dated_laws(dated) == {"12.18": dt.date(2021, 6, 8)}
    undated = "214- تم تغيير وتتميم الفصل 574-1 أعلاه، بمقتضى المادة الأولى من القانون رقم 12.18، السالف الذكر."
    assert note_date(undated) is None
    assert note_date(undated, dated_laws(dated)) == dt.date(2021, 6, 8)
    assert dated_laws("نص بلا قانون (8 يونيو 2021)") == {}


def test_a_text_outside_the_corpus_beside_a_cited_article_is_said_alike_in_every_language(base_url: str) -> None:
    # The English notice stopped saying the results were word matches; a review found the Arabic one still did.
    query = "المادة 5 من القانون 27.14 كما عدلت بالقانون 88.13"
    for language, expected in (("ar", "«القانون 88.13» غير مدرج في النصوص."), ("fr", None), ("en", None)):
        body = httpx.get(f"{base_url}/api/search", params={"q": query}, headers={"Accept-Language": language}).json()
        [notice] = body["notices"]
        assert notice["results_follow"] is False and body["results"][0]["citation"]["key"] == "ma-law-27-14:5"
        assert not any(w in notice["message"] for w in ("words", "كلمات", "mots")), notice["message"]
        if expected:
            assert notice["message"] == expected


def test_a_laws_number_that_is_the_code_article_it_inserted_points_to_it(indexed) -> None:
    # An audit: «ma-law-27-14» article «448-2» was a bare 404, though Law 27-14 art. 1 inserted Penal Code 448-2.
    settings, _, searcher = indexed
    with serve(settings, searcher) as url:
        missing = httpx.get(f"{url}/api/documents/ma-law-27-14/articles/448-2", headers={"Accept-Language": "fr"})
        body = missing.json()
        assert missing.status_code == 404 and body["inserted"] == ["ma-penal-code:448-2"] and "see" not in body
        assert body["message"].endswith("Ce texte a inséré ou modifié sous ce numéro : Code pénal, article 448-2.")
        assert "inserted" not in httpx.get(f"{url}/api/documents/ma-law-27-14/articles/99").json()


def test_a_missing_code_article_points_to_the_law_that_gives_its_wording(indexed, monkeypatch) -> None:
    # CPP 302 is not in the corpus's extract of the CPP, but Law 103-13's article 6 rewrites it: its page said only
    # «not found». A relation made up by the test (Law 27-14 art. 5 «amending» a CPP article 999) stands for it here.
    from ingest.catalogue import Relation
    from tests.conftest import MADE_UP_WORDING, with_relations

    settings, _, searcher = indexed
    # Two the page must not point to: an article the index lacks, and a wording a later law has since replaced.
    unindexed = Relation(type="amends", target="ma-cpp", via_article="999", articles=["997"])
    replaced = Relation(type="amends", target="ma-cpp", via_article="4", articles=["996"], amended_by="00.00")
    catalogue = with_relations(searcher.catalogue, MADE_UP_WORDING, unindexed, replaced)
    monkeypatch.setattr(searcher, "catalogue", catalogue)
    with serve(settings, searcher) as url:
        for article in ("997", "996"):
            assert "see" not in httpx.get(f"{url}/api/documents/ma-cpp/articles/{article}").json()
        missing = httpx.get(f"{url}/api/documents/ma-cpp/articles/999", headers={"Accept-Language": "fr"})
        assert missing.status_code == 404 and missing.json()["see"] == ["ma-law-27-14:5"]
        assert "ma-law-27-14:5" in missing.json()["detail"]
        # The message names them as a reader cites them, not by ids (a trial read «غير موجود في النصوص المدرجة: no
        # article '448-99' in 'ma-penal-code'»).
        # With the part of the CPP the corpus holds (a trial followed 82-7's «المادة 108» to a bare «not found»).
        assert missing.json()["message"] == (
            "Absent du corpus : Code de procédure pénale, article 999. Le corpus en contient : Partie II bis seulement "
            ": protection des victimes, des témoins, des experts et des dénonciateurs (articles 82-4 à 82-10). La "
            "rédaction de l’article 999 issue d’une loi postérieure y est : Loi n° 27-14, article 5."
        )
        assert "the corpus holds part of it only" in missing.json()["detail"]
        arabic = httpx.get(f"{url}/api/documents/ma-cpp/articles/999", headers={"Accept-Language": "ar"}).json()
        assert arabic["message"] == (
            "ليس في النصوص المدرجة: المادة 999 من قانون المسطرة الجنائية. يضم النص المدرج منه: القسم الثاني مكرر فقط: "
            "حماية الضحايا والشهود والخبراء والمبلغين (المواد 82-4 إلى 82-10). صيغة المادة 999 كما وردت في قانون لاحق "
            "موجودة في: المادة الخامسة من القانون رقم 27.14."
        )
        plain = httpx.get(f"{url}/api/documents/ma-cpp/articles/998")
        assert plain.status_code == 404 and "see" not in plain.json()
