"""The page in a real browser (Debian's chromium through Playwright) against the real app on the small index.

Screenshots go to test-output/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode, urlparse

import httpx
import pytest
from docx import Document

from api import export
from api.app import create_app
from api.background import serving
from ingest.catalogue import Catalogue
from ingest.settings import Settings

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")

CHROMIUM = os.environ.get("DALEEL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

AR_QUESTION = "إعفاء ضحايا الاتجار بالبشر من الرسوم القضائية"
AR_LABEL = "المادة الخامسة من القانون رقم 27.14"
FR_QUESTION = "protection des victimes étrangères"

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)),
    reason=f"no chromium at {CHROMIUM} (Debian package 'chromium'); Playwright's own browser download is not used",
)


@pytest.fixture(scope="module")
def base_url(indexed) -> Iterator[str]:
    settings, _, searcher = indexed
    with serving(create_app(settings, searcher=searcher)) as url:
        # Another module's server closed the shared index on its way out: opened again here, before a page's
        # requests race to open it.
        assert httpx.get(f"{url}/api/health", timeout=60).is_success
        yield url


@pytest.fixture(scope="module")
def browser():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        # launch() runs chromium on a fresh temporary profile, removed on close; each test gets a new context.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def _pages(browser, base_url: str) -> Iterator:
    """A maker of pages on ``base_url`` (each in its own context, its script errors kept in ``page.errors``)."""
    contexts = []

    def make(viewport: dict = DESKTOP, **options):
        # The page's Content-Security-Policy forbids eval, which `wait_for_function("…")` needs: lifted for the tests
        # but one, `test_the_page_works_under_its_content_security_policy`.
        options.setdefault("bypass_csp", True)
        context = browser.new_context(viewport=viewport, base_url=base_url, accept_downloads=True, **options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.errors = []  # type: ignore[attr-defined]
        page.on("pageerror", lambda error: page.errors.append(str(error)))  # type: ignore[attr-defined]
        # Another test's server may have closed the shared index on its way out: opened again by one request here,
        # before a page's requests race to open it (a test after such a one timed out now and then).
        assert page.request.get(f"{base_url}/api/health", timeout=60_000).ok
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page_factory(browser, base_url: str):
    yield from _pages(browser, base_url)


@pytest.fixture
def articles_in_parts(indexed) -> Iterator[None]:
    """Results show each article of several passages in parts, as the corpus's long ones are (UNTOC art. 18 is
    16,000 characters; the small index has none past `WHOLE_ARTICLE_CHARS`): its best part, the others folded."""
    builder = indexed[2].builder
    most, builder.whole_article_chars = builder.whole_article_chars, 0
    yield
    builder.whole_article_chars = most


def shot(page, name: str, full_page: bool = False) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def on_screen(page, selector: str) -> list[tuple[str, float, float]]:
    """Each character of the first element matching ``selector`` with its left and right edges on screen."""
    return page.eval_on_selector(
        selector,
        """element => {
            const out = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                for (let i = 0; i < node.length; i++) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    const box = range.getBoundingClientRect();
                    out.push([node.data[i], box.left, box.right]);
                }
            }
            return out;
        }""",
    )


def visual_digits(page, selector: str) -> str:
    """The digits and hyphens of the first element matching ``selector``, in on-screen left-to-right order."""
    characters = [(char, left) for char, left, _ in on_screen(page, selector) if re.fullmatch(r"[0-9.-]", char)]
    return "".join(char for char, _ in sorted(characters, key=lambda c: c[1]))


def no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def wait_results(page) -> None:
    page.wait_for_selector("ol.results > li.result, .notice", state="visible")


def test_arabic_question_finds_the_cited_article(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    # The home page's entry points are searches, not answers.
    assert page.locator(".entry a", has_text="إعفاء الضحية من الرسوم القضائية").count() == 1
    assert page.locator(".entry a", has_text="définition de la traite des êtres humains").count() == 1
    shot(page, "home-ar-desktop")

    page.get_by_role("searchbox").fill(AR_QUESTION)
    page.keyboard.press("Enter")
    wait_results(page)
    labels = page.locator("ol.results .card-head .cite")
    assert AR_LABEL in labels.all_inner_texts()
    assert parse_qs(urlparse(page.url).query)["q"] == [AR_QUESTION]
    first = page.locator("li.result", has=page.locator(".cite", has_text=AR_LABEL)).first
    assert first.locator(".passage.main .text").get_attribute("dir") == "auto"
    assert first.locator("mark").count() >= 1  # the matched sentences
    assert first.locator(".badge-original").count() == 0  # Law 27-14 as enacted is the law in force
    assert first.locator("a.open-article").get_attribute("href").startswith("?article=ma-law-27-14%3A5")
    assert page.locator("#announcer").inner_text() != ""  # the result count, for screen readers
    # One h1 (the site's name), the view's title an h2 and each answer an h3: a screen reader's outline of headings.
    assert page.locator("h1").all_inner_texts() == [page.locator(".brand").inner_text()]
    assert page.locator("h2").evaluate_all("hs => hs.map(h => h.id)") == ["results-heading"]
    assert page.locator("ol.results h3").count() == page.locator("ol.results > li").count()
    # «الفصل 448-9 …»: the article number keeps its left-to-right order inside the Arabic label.
    penal = page.locator("ol.results .card-head .cite", has_text="من مجموعة القانون الجنائي").first
    number = re.search(r"448-\d+", penal.inner_text()).group()
    assert visual_digits(page, f"ol.results li:nth-child({_index_of(page, penal)}) .card-head .cite") == number
    shot(page, "results-ar-desktop")
    # A citation as the query: the article itself, flagged as found by its reference.
    page.get_by_role("searchbox").fill("الفصل 448-2")
    page.keyboard.press("Enter")
    page.wait_for_selector("ol.results .badge-cited")
    assert page.locator("ol.results .badge-cited").first.inner_text() == "مطابقة للإحالة"
    assert visual_digits(page, "#results-heading") == "448-2"  # the query in the heading keeps its number's order
    assert "448-2" in page.locator("ol.results .card-head .cite").first.inner_text()

    phone = page_factory(PHONE)
    phone.goto(page.url)
    wait_results(phone)
    assert no_horizontal_overflow(phone)
    card = phone.locator("li.result", has=phone.locator(".toggle-other")).first
    other = card.locator(".others")
    assert not other.is_visible()  # one language at a time on a phone, with a toggle
    card.locator(".toggle-other").click()
    assert other.is_visible() and card.locator(".toggle-other").get_attribute("aria-expanded") == "true"
    # A long official reference folds to two lines on a phone, and a tap unfolds it; so does a keyboard reader's
    # reaching the card's copy button (a tap on a button does not: the card would jump under the finger).
    reference = phone.locator("ol.results .card > .reference").first
    folded = reference.bounding_box()["height"]
    phone.locator("ol.results .copy").first.focus()
    phone.keyboard.press("Shift+Tab")
    phone.keyboard.press("Tab")
    assert reference.bounding_box()["height"] > folded
    phone.locator("#q").focus()
    assert reference.bounding_box()["height"] == folded
    reference.click()
    assert reference.bounding_box()["height"] > folded
    shot(phone, "results-ar-phone")
    assert not page.errors and not phone.errors  # type: ignore[attr-defined]


def _index_of(page, locator) -> int:
    """1-based position of the result holding ``locator``."""
    return locator.evaluate("e => [...e.closest('ol').children].indexOf(e.closest('li')) + 1")


def test_french_interface_filters_and_history(page_factory) -> None:
    page = page_factory(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page.goto("/")
    page.locator("#lang-switch").click()
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["fr", "ltr"]
    assert page.get_by_role("button", name="Rechercher").is_visible()
    assert page.locator(".entry h3").first.inner_text() == "Droits des victimes"
    # A curated query runs a search.
    page.locator(".entry a", has_text="définition de la traite des êtres humains").click()
    wait_results(page)
    assert parse_qs(urlparse(page.url).query)["q"] == ["définition de la traite des êtres humains"]

    page.get_by_role("searchbox").fill(FR_QUESTION)
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_function("document.querySelector('#results-heading')?.textContent.includes('étrangères')")
    assert page.locator("ol.results > li").count() >= 3
    assert page.locator(".badge-wording", has_text="version consolidée").count() >= 1
    shot(page, "results-fr-desktop")

    # Copy a citation: its label and, under it, the official reference (dahir, Bulletin officiel).
    label = page.locator("ol.results .card-head .cite").first.inner_text()
    reference = page.locator("ol.results .card > .reference").first.inner_text()
    assert re.search(r"dahir n° [\d-]+|ظهير شريف رقم [\d.]+", reference)
    page.locator("ol.results .copy").first.click()
    page.wait_for_function("document.querySelector('#announcer').textContent === 'Référence copiée'")
    copied = page.evaluate("navigator.clipboard.readText()").split("\n")
    assert [unmarked(line) for line in copied[-2:]] == [label, reference]
    # An Arabic-only text, as the first answer here is, is cited in French first.
    assert copied[0].endswith("(texte arabe)") if re.search("[\u0600-\u06ff]", label) else len(copied) == 2

    # Filters live in the URL; the French-only filter keeps only French passages.
    page.locator("#filters summary").click()
    page.locator("#f-lang").select_option("fr")
    page.wait_for_function("new URLSearchParams(location.search).get('lang') === 'fr'")
    wait_results(page)
    page.wait_for_function("[...document.querySelectorAll('ol.results .passage.main')].every(p => p.lang === 'fr')")
    # A filter with nothing in it (the CPP's articles are in Arabic only): no result, in French, with where its
    # articles are and a way out.
    page.locator("#f-work").select_option("ma-cpp")
    page.wait_for_function("document.querySelector('#results-heading')?.textContent.startsWith('Aucun résultat')")
    assert "n’existe qu’en arabe" in page.locator(".notice.other-language").inner_text()
    assert page.locator(".notice.other-language a.xref").count() >= 1
    assert page.locator("main button", has_text="Effacer les filtres").count() == 1
    # Back and forward walk the searches.
    page.go_back()
    page.wait_for_function("!new URLSearchParams(location.search).get('work')")
    wait_results(page)
    assert page.locator("#f-work").input_value() == "" and page.locator("#f-lang").input_value() == "fr"
    page.go_back()
    page.wait_for_function("!new URLSearchParams(location.search).get('lang')")
    assert page.get_by_role("searchbox").input_value() == FR_QUESTION
    page.go_forward()
    page.wait_for_function("new URLSearchParams(location.search).get('lang') === 'fr'")

    phone = page_factory(PHONE)
    phone.goto(f"/?{_query(q=FR_QUESTION, ui='fr')}")
    wait_results(phone)
    assert phone.evaluate("document.documentElement.dir") == "ltr"
    assert no_horizontal_overflow(phone)
    shot(phone, "results-fr-phone")

    # Error state: an unknown work is a 422 from the API, shown as a message.
    page.goto(f"/?{_query(q='traite', work='no-such-work', ui='fr')}")
    page.wait_for_selector(".notice.error[role=alert]")
    assert "La demande n’a pas abouti" in page.locator(".notice.error").inner_text()
    assert not page.errors and not phone.errors  # type: ignore[attr-defined]


def _query(**params: str) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def test_a_translation_that_differs_is_said_on_the_page_and_copied_with_its_citation(page_factory) -> None:
    page = page_factory(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page.goto("/?article=ma-penal-code:448-7&ui=fr")
    page.wait_for_selector("#article-title")
    note = page.locator(".article-view > .translation-difference").inner_text().replace("⚠", "").strip()
    assert note.startswith("Le texte arabe, qui fait foi, diffère ici")
    page.locator(".article-view .card-head .copy").click()
    page.wait_for_function("document.querySelector('#announcer').textContent === 'Référence copiée'")
    assert page.evaluate("navigator.clipboard.readText()").endswith(note)


def test_article_view_follows_cross_references(page_factory) -> None:
    page = page_factory(DESKTOP)
    # CPP 82-5 ends: «… المنصوص عليها في المادتين 6-82 و7-82 أدناه» (numbers as typed in running Arabic text).
    page.goto("/#/article/ma-cpp/82-5")
    page.wait_for_selector("#article-title")
    assert parse_qs(urlparse(page.url).query)["article"] == ["ma-cpp:82-5"]
    assert "المادة 82-5" in page.locator("#article-title").inner_text()
    # The article alone under the work's title (a trial: each entry repeated the title, four lines an entry).
    current = page.locator(".toc-list a[aria-current=page]")
    assert (
        current.inner_text() == "المادة 82-5"
        and current.get_attribute("title") == "المادة 82-5 من قانون المسطرة الجنائية"
    )
    assert page.locator(".prevnext a[rel=next]").count() == 1
    links = page.locator(".passage.main a.xref")
    assert sorted(links.evaluate_all("ls => ls.map(l => l.dataset.article)")) == ["82-6", "82-7"]
    assert page.locator(".passage.main a.xref-missing").count() == 0  # both are in the work's contents
    page.locator(".passage.main a.xref[data-article='82-7']").click()
    page.wait_for_function("document.querySelector('#article-title')?.textContent.includes('82-7')")
    assert parse_qs(urlparse(page.url).query)["article"] == ["ma-cpp:82-7"]
    assert page.locator(".passage.main .text").inner_text().strip()
    # The publisher's note on 82-7 is its amendment history.
    assert "بمقتضى المادة الثالثة من القانون رقم 27.14" in page.locator(".history-section li").first.inner_text()
    # Its «المادة 7-82», as the publisher wrote it, is a link that names 82-7 (a trial could read another article).
    assert page.locator(".history-section li a.xref").evaluate_all("ls => ls.map(l => l.dataset.article)") == ["82-7"]
    page.go_back()
    page.wait_for_function("document.querySelector('#article-title')?.textContent.includes('82-5')")

    # Penal Code 448-4 in French with its Arabic counterpart side by side, its original wording, its neighbours.
    page.goto("/?article=ma-penal-code:448-4&ui=fr")
    page.wait_for_selector("#article-title")
    assert page.locator("#article-title").inner_text() == "Code pénal, article 448-4"
    assert page.locator(".others .passage[lang=ar]").is_visible()
    assert page.locator(".versions-section .badge-original").first.inner_text() == "Rédaction d’origine"
    assert page.locator(".prevnext a[rel=prev]").inner_text().endswith("448-3")
    shot(page, "article-fr-desktop", full_page=True)

    # The French 448-7 differs in law from the Arabic, which prevails: the page says so beside each text.
    page.goto("/?article=ma-penal-code:448-7&ui=fr")
    page.wait_for_selector("#article-title")
    note = page.locator(".article-view > .translation-difference")
    assert note.get_attribute("lang") == "fr" and "Le texte arabe, qui fait foi, diffère ici" in note.inner_text()
    # Beside the Arabic, which prevails, the note is information on its translation, not a warning on it (a trial).
    arabic = page.locator(".others .passage[lang=ar]")
    assert arabic.locator(".counterpart-difference").get_attribute("dir") == "rtl"
    assert arabic.locator(".counterpart-difference").inner_text().startswith("ℹ")
    # Its own note, a warning, is on its own slip only («من سنة على خمس سنوات», a trial), not on its translation.
    [own] = arabic.locator(".translation-difference").all()
    assert "«من سنة إلى خمس سنوات»" in own.inner_text() and "excuse absolutoire" not in own.inner_text()

    # Law 19-12 art. 6's exception for 16-18-year-olds ended in 2023: said on the result card and the page (a trial).
    page.goto("/?ui=fr&q=" + quote("article 6 de la loi 19-12"))
    wait_results(page)
    card_note = page.locator(".results .card").first.locator(".translation-difference")
    assert "La période transitoire du deuxième alinéa est close" in card_note.inner_text()
    page.goto("/?article=ma-law-19-12:6&ui=fr")
    page.wait_for_selector("#article-title")
    assert "2 octobre 2023" in page.locator(".article-view > .translation-difference").inner_text()

    # 448-6 refers to «l'article 62 de la présente loi», which the index does not hold: a clear message.
    page.goto("/?article=ma-penal-code:448-6&ui=ar")
    page.wait_for_selector("#article-title")
    assert page.locator(".passage.main").get_attribute("lang") == "ar"  # «… في الفصل 62 من هذا القانون»
    # Marked before the click: not in the work's contents.
    missing = page.locator(".passage.main a.xref[data-article='62']")
    assert missing.get_attribute("class") == "xref xref-missing"
    assert missing.get_attribute("title") == "الفصل 62: ليس في النصوص المدرجة"  # its word too (a trial: «62»)
    assert missing.get_attribute("aria-label") == "62: ليس في النصوص المدرجة"  # not only to the eye and the mouse
    missing.click()
    message = page.locator(".notice.error[role=alert]")
    message.wait_for()
    assert "لا فصل ولا مادة بهذا الرقم" in message.inner_text() and "62" in message.inner_text()
    assert "(14 فصلا)" in message.inner_text()  # the work is indexed: how many articles it has there, in its word
    assert page.locator(".toc-list li:not(.toc-heading)").count() == 14  # the work's table of contents stays at hand
    # Headed by its section, which is not counted as an entry (a trial: the Penal Code's contents were one flat list).
    section = page.locator(".toc-list li.toc-heading")
    assert section.count() == 1 and section.inner_text().startswith("الفرع السادس")
    assert section.evaluate("li => getComputedStyle(li).display") == "block"
    # No list numbers beside the articles' own: «545. الفصل 448-7» read as one more number (a trial).
    entry = page.locator(".toc-list li:not(.toc-heading)").first
    assert entry.evaluate("li => getComputedStyle(li).listStyleType") == "none"
    shot(page, "article-not-found")

    phone = page_factory(PHONE)
    phone.goto("/?article=ma-penal-code:448-4")
    phone.wait_for_selector("#article-title")
    assert no_horizontal_overflow(phone)
    shot(phone, "article-ar-phone", full_page=True)
    assert not page.errors and not phone.errors  # type: ignore[attr-defined]


def test_a_laws_reference_to_the_code_article_it_inserted_links_to_the_code(page_factory) -> None:
    # Law 27-14 art. 2's «بالمادة 82-5-1» is the CPP's article it inserted: the link went to a missing article 82-5-1
    # of the law itself, though the server read it right (a trial).
    page = page_factory(DESKTOP)
    page.goto("/?article=ma-law-27-14%3A2")
    link = page.locator(".passage.main a.xref[data-article='82-5-1']").first
    link.wait_for()
    assert link.get_attribute("href").startswith("?article=ma-cpp%3A82-5-1")
    assert not page.errors  # type: ignore[attr-defined]


def test_course_pack_export_and_printable_page(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto(f"/?{_query(q=AR_QUESTION)}")
    wait_results(page)
    law = page.locator("li.result", has=page.locator(".card-head .cite", has_text=AR_LABEL)).first
    law.locator(".passage.main .pack-add").click()
    page.wait_for_function("document.querySelector('#pack-count').textContent === '1'")
    assert law.locator(".passage.main .pack-add").get_attribute("aria-disabled") == "true"
    # A French passage: the counterpart of a Penal Code result.
    penal = page.locator("li.result", has=page.locator(".others .passage[lang=fr]")).first
    fr_label = penal.locator(".others .passage[lang=fr] .cite").inner_text()
    penal.locator(".others .passage[lang=fr] .pack-add").click()
    page.wait_for_function("document.querySelector('#pack-count').textContent === '2'")

    page.locator("#pack-link").click()
    page.wait_for_selector(".pack-list")
    assert page.locator(".pack-item").count() == 2
    page.locator("#pack-title").fill("Formation — حماية الضحايا")
    page.locator("#pack-title").press("Tab")
    page.locator("#new-heading").fill("الإطار القانوني")
    page.locator("#new-heading").press("Enter")
    page.wait_for_function("document.querySelectorAll('.pack-item').length === 3")
    assert page.locator("#pack-count").inner_text() == "2"  # the texts, not the heading (a trial read 19 for 11)
    # Move the new heading to the top with the keyboard: focus stays on its "up" button.
    up = page.locator(".pack-item").nth(2).locator("[data-action=up]")
    up.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('.pack-item')[1].classList.contains('pack-heading')")
    page.keyboard.press("Enter")  # still focused on the same item's "up"
    page.wait_for_function("document.querySelectorAll('.pack-item')[0].classList.contains('pack-heading')")
    assert page.evaluate("document.activeElement.dataset.action") == "up"
    assert page.locator(".pack-item").first.inner_text().startswith("الإطار القانوني")
    shot(page, "pack-panel", full_page=True)

    with page.expect_download() as info:
        page.locator("[data-export=md]").click()
    download = info.value
    assert download.suggested_filename.endswith(".md")
    markdown = Path(download.path()).read_text(encoding="utf-8")
    assert "\u200e27.14" in markdown  # a left-to-right mark keeps an Arabic line's numbers in order
    markdown = markdown.replace("\u200e", "")
    assert markdown.startswith("# Formation — حماية الضحايا\n")
    assert f"**{AR_LABEL}**" in markdown and f"**{fr_label}**" in markdown
    assert f"**{AR_LABEL}**\n\n*القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر؛ ظهير شريف رقم 1.16.127" in markdown
    assert "*Code pénal ; dahir n° 1-59-413" in markdown  # the counterpart's own reference, in French
    assert "يعفى ضحايا الاتجار بالبشر من الرسوم القضائية" in markdown  # the Arabic passage itself
    assert markdown.index("## الإطار القانوني") < markdown.index(AR_LABEL) < markdown.index(fr_label)

    with page.expect_download() as info:
        page.locator("[data-export=docx]").click()
    assert Path(info.value.path()).read_bytes()[:2] == b"PK"

    # A double click exports once (each export first re-reads every passage's warning).
    downloads: list = []
    page.on("download", lambda download: downloads.append(download))
    with page.expect_download():
        page.locator("[data-export=md]").dblclick()
    page.wait_for_timeout(1500)  # time for a second export, were there one
    assert len(downloads) == 1

    # The pack survives a reload (localStorage) and prints both passages, Arabic right-to-left.
    page.reload()
    page.wait_for_selector(".pack-list")
    page.get_by_role("link", name=re.compile("صفحة للطباعة")).click()
    page.wait_for_selector(".print-pack")
    items = page.locator(".print-item")
    assert items.count() == 2
    assert items.nth(0).get_attribute("dir") == "rtl" and AR_LABEL in items.nth(0).inner_text()
    assert "الجريدة الرسمية عدد 6501" in items.nth(0).locator(".reference").inner_text()
    assert items.nth(1).get_attribute("dir") == "ltr" and fr_label in items.nth(1).inner_text()
    page.emulate_media(media="print")
    assert not page.locator(".print-toolbar").is_visible() and not page.locator("header.site").is_visible()
    shot(page, "pack-printable", full_page=True)
    stored = json.loads(page.evaluate("localStorage.getItem('daleel.pack')"))
    assert [i["type"] for i in stored["items"]] == ["heading", "passage", "passage"]

    # Remove the heading with the keyboard; focus moves to the next item's remove button.
    page.emulate_media(media="screen")
    page.go_back()
    page.wait_for_selector(".pack-list")
    page.locator(".pack-item").first.locator("[data-action=remove]").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('.pack-item').length === 2")
    assert page.evaluate("document.activeElement.dataset.action") == "remove"
    assert page.locator("#pack-count").inner_text() == "2"
    assert not page.errors  # type: ignore[attr-defined]


def test_arabic_font_is_served_locally(page_factory, base_url: str) -> None:
    page = page_factory(DESKTOP)
    page.goto("/")
    faces = page.evaluate("[...document.fonts].map(f => f.family.replace(/\"/g, ''))")
    assert "Amiri" in faces and "Amiri Full" in faces
    response = page.request.get(f"{base_url}/fonts/Amiri-Regular.ttf")
    if any((folder / "Amiri-Regular.ttf").is_file() for folder in export.FONT_DIRS):
        assert response.status == 200 and response.headers["content-type"] == "font/ttf"
    assert page.request.get(f"{base_url}/fonts/passwd").status == 404


@pytest.mark.parametrize(
    ("query", "article", "says", "results"),
    [
        ("الفصل 448-15", "448-15", "غير موجود", False),  # no such article, and nothing else asked
        ("الفصل 448 مكرر", "448 مكرر", "غير موجود", False),  # its suffix in Arabic (a trial read «448 bis»)
        ("عقوبة الاتجار بالبشر حسب الفصل 448-15", "448-15", "غير موجود", True),  # words to search by
        # Of a text the corpus lacks, named: no other text's article 4 (a trial got the Penal Code's article 5 first
        # for «article 5 de la Constitution»); with words besides, what they match.
        ("المادة 4 من مدونة الأسرة", "4", "«مدونة الأسرة» غير مدرج", False),
        ("حضانة الطفل حسب المادة 4 من مدونة الأسرة", "4", "«مدونة الأسرة» غير مدرج", True),
        ("المادة 82-5-1 من قانون المسطرة الجنائية&lang=fr", "82-5-1", "العربية فقط", False),  # hidden by the filter
        ("الفصل 448-2&work=ma-cpp", "448-2", "خارج التصفية", False),  # in another work than the one chosen
        ("C189", "C189", "غير مدرج", False),  # a text the corpus lacks, named without an article
        ("Genocide Convention article 5", "5", "لا يربط السؤال", True),  # a name the parser does not know
        ("المادة 82-5-1 من القانون الجنائي", "82-5-1", "وإنما في", False),  # the wrong code named
        # A text named by its dahir, neither having an article 9: said of the text (a review: not «dahir-9»).
        ("المادة 9 من ظهير القانون رقم 27.14", "9", "غير موجود في القانون رقم 27.14", False),
    ],
)
def test_a_cited_article_missing_from_the_corpus_is_announced(
    page_factory, query: str, article: str, says: str, results: bool
) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?q=" + query)
    page.wait_for_selector(".citation-missing", state="visible")
    notice = page.locator(".citation-missing").inner_text()
    assert article in notice and says in notice
    # Whatever the words match comes after the notice, which says so; a citation alone that finds nothing
    # gets the notice only (before, an empty page hid it).
    assert page.locator("ol.results").count() == int(results)
    assert ("النتائج أدناه" in notice) == results
    filtered = "&" in query
    assert page.locator("main > button.secondary").count() == int(filtered and not results)  # «clear the filters»
    assert page.locator(".badge-cited").count() == 0  # no article is passed off as the one cited
    if "وإنما في" in says:  # the article of the work that has one is a link to it
        assert page.locator(".citation-missing a.xref").get_attribute("href") == "?article=ma-cpp%3A82-5-1"


def test_a_text_outside_the_corpus_beside_a_cited_article_does_not_call_the_results_word_matches(page_factory) -> None:
    # The cited article comes first: a review found the page still saying the results were only word matches.
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "المادة 5 من القانون 27.14 كما عدلت بالقانون 88.13")
    page.wait_for_selector(".citation-missing", state="visible")
    notice = page.locator(".citation-missing").inner_text()
    assert "«القانون 88.13» غير مدرج" in notice and "النتائج أدناه" not in notice
    assert page.locator(".badge-cited").count() == 1


def test_a_paragraph_the_cited_article_lacks_is_announced_above_it(page_factory) -> None:
    # A review: «art. 448-2 al. 2» showed the article as if it had a second paragraph.
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&q=" + "art. 448-2 al. 2 CP")
    page.wait_for_selector(".citation-missing", state="visible")
    assert page.locator(".citation-missing").inner_text() == (
        "L’article 448-2 (Code pénal) n’a pas d’alinéa 2."
    )
    assert page.locator(".badge-cited").count() == 1
    assert not page.errors  # type: ignore[attr-defined]


def test_a_cited_item_is_marked_in_the_article_and_beside_it_in_the_other_language(page_factory) -> None:
    # A prosecutor's trial: the French text beside the Arabic result showed nothing of the item cited.
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "الفصل 448-3 البند الثالث")
    wait_results(page)
    card = page.locator("li.result").first
    assert card.locator(".passage.main mark").inner_text().startswith("3- إذا كان مرتكب الجريمة موظفا عموميا")
    assert card.locator(".passage.counterpart[lang=fr] mark").inner_text().startswith("3-lorsque l’auteur")
    assert not page.errors  # type: ignore[attr-defined]


def test_a_cited_paragraph_is_in_the_citation_copied(page_factory) -> None:
    # A prosecutor's trial: «الفقرة الثانية من الفصل 448-1» copied «الفصل 448-1 …», the paragraph lost.
    page = page_factory(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page.goto("/?q=" + "الفقرة الثانية من الفصل 448-1")
    wait_results(page)
    card = page.locator("ol.results .card").first
    card.locator(".card-head .copy").click()
    page.wait_for_selector("ol.results .card-head .copy[data-copied=yes]")
    copied = unmarked(page.evaluate("navigator.clipboard.readText()"))
    assert copied.startswith("الفقرة الثانية من الفصل 448-1 من مجموعة القانون الجنائي\n")
    card.locator(".passage.counterpart[lang=fr] .copy").click()
    page.wait_for_selector(".passage.counterpart[lang=fr] .copy[data-copied=yes]")
    assert page.evaluate("navigator.clipboard.readText()").startswith("Code pénal, article 448-1, alinéa 2\n")
    assert not page.errors  # type: ignore[attr-defined]


def test_a_law_outside_the_corpus_links_the_articles_its_notes_say_it_changed(page_factory) -> None:
    # A judge traced Law 03.23, which amended CPP 82-5-1, and found only «not in the corpus» (a trial).
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&q=" + "loi 03-23")
    page.wait_for_selector(".citation-missing", state="visible")
    notice = page.locator(".citation-missing")
    assert notice.inner_text().startswith("Le texte « loi 03-23 » n’est pas dans le corpus ; les notes de modification")
    assert notice.locator("a.xref").evaluate_all("ls => ls.map(l => l.getAttribute('href'))") == [
        "?article=ma-cpp%3A82-5-1",
        "?article=ma-cpp%3A82-5-3",
    ]
    assert not page.errors  # type: ignore[attr-defined]


def test_escape_folds_what_was_opened_and_leaves_the_printable_page(page_factory) -> None:
    # A judge's trial, working with the keyboard: Escape closed nothing, and the printable page left the focus on
    # the page itself.
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "الفصل 448-2")
    wait_results(page)
    page.locator("#filters summary").click()
    page.locator("#f-lang").focus()
    page.keyboard.press("Escape")
    assert page.evaluate("document.querySelector('#filters').open") is False
    assert page.evaluate("document.activeElement === document.querySelector('#filters summary')")
    page.get_by_role("searchbox").focus()
    page.keyboard.press("Escape")  # the browser's own: the search box cleared, nothing folded or left
    assert "448-2" in page.url
    page.locator("li.result .passage.main .pack-add").first.click()
    # The contents beside an article, open on a wide screen: Escape from one of its links folds them.
    page.goto("/?article=ma-penal-code:448-2")
    contents = page.locator("aside.toc details")
    contents.locator("a").first.focus()
    page.keyboard.press("Escape")
    assert contents.evaluate("d => d.open") is False
    assert page.evaluate("document.activeElement === document.querySelector('aside.toc summary')")

    page.wait_for_function("document.querySelector('#pack-count').textContent === '1'")
    page.goto("/?view=pack")
    page.locator(".pack-list").wait_for()
    page.get_by_role("link", name=re.compile("صفحة للطباعة")).focus()
    page.keyboard.press("Enter")
    page.locator(".print-pack").wait_for()
    page.wait_for_timeout(1500)  # the passages' warnings read again, and the page drawn again
    assert page.evaluate("document.activeElement === document.querySelector('.print-pack h1')")
    page.keyboard.press("Escape")
    page.locator(".pack-list").wait_for()
    assert "view=pack" in page.url
    assert not page.errors  # type: ignore[attr-defined]


def test_the_page_works_under_its_content_security_policy(page_factory) -> None:
    # Only this server's scripts run and no other site may frame the page (an audit found no policy): searching,
    # reading an article and adding it to the pack must not need anything the policy forbids.
    page = page_factory(DESKTOP, bypass_csp=False)
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else 0)
    page.goto("/?ui=fr")
    page.get_by_role("searchbox").fill("frais de justice des victimes")
    page.get_by_role("searchbox").press("Enter")
    page.locator("li.result").first.wait_for()
    page.goto("/?article=ma-law-27-14:5&ui=fr")
    page.locator("#article-title").wait_for()
    page.locator(".passage.main .pack-add").first.click()
    page.locator("#pack-count", has_text="1").wait_for()
    assert refused == [] and not page.errors  # type: ignore[attr-defined]


def test_a_filter_passed_over_with_the_arrow_keys_searches_once(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "الرسوم القضائية")
    wait_results(page)
    page.locator("#filters summary").click()
    before = page.evaluate("history.length")
    # The arrow keys on a closed list change it option by option: one search once the reader settles.
    page.locator("#f-jurisdiction").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_function("new URLSearchParams(location.search).get('jurisdiction') === 'international'")
    wait_results(page)
    assert page.evaluate("history.length") == before + 1
    assert not page.errors  # type: ignore[attr-defined]


def test_a_mixed_question_reads_in_the_direction_of_most_of_its_words(page_factory) -> None:
    page = page_factory(DESKTOP)
    # Darija with French words, starting with one (made up for the test): right to left, or its Arabic parts come
    # out in reverse order; a French question with one Arabic term stays left to right.
    for query, direction in (
        ("la bonne خدامة عندهم، شدو ليها le passeport وما كيعطيوهاش الخلصة", "rtl"),
        ("Quel est le rôle du وكيل الملك ?", "ltr"),
    ):
        page.goto("/?q=" + query)
        wait_results(page)
        assert page.locator("#q").get_attribute("dir") == direction
        assert page.locator("#results-heading bdi[dir]").first.get_attribute("dir") == direction
    page.locator("#q").fill("le passeport ديال الخدامة اللي خدامة عندهم")  # typed: the box turns as the words do
    assert page.locator("#q").get_attribute("dir") == "rtl"
    # By words, not letters; a tie goes to the first word; vowel marks and punctuation are no words' letters.
    cases = {
        "Que signifie الاتجار بالبشر ?": "ltr",
        "c quoi الكفالة": "ltr",
        "مُحَمَّد abcde": "rtl",
        "؟؟؟ abc": "ltr",
        "الفصل 448-2 من مجموعة القانون الجنائي": "rtl",
        "448-2": None,
        "": None,
    }
    directions = page.evaluate(
        "async (texts) => { const m = await import('/js/dom.js'); return texts.map((t) => m.textDirection(t)); }",
        list(cases),
    )
    assert dict(zip(cases, directions, strict=True)) == cases
    assert not page.errors  # type: ignore[attr-defined]


def test_a_question_nothing_matches_is_said_to_be_unanswered(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "asdfgh qwerty zxcv")  # no word of it in any text, in any language
    page.wait_for_selector(".weak-match", state="visible")
    assert "الأقرب فقط" in page.locator(".weak-match").inner_text()
    assert page.locator("ol.results").count() == 1  # the nearest passages are still shown, after the notice
    page.goto("/?q=" + AR_QUESTION)
    wait_results(page)
    assert page.locator(".weak-match").count() == 0


def test_a_cited_paragraph_is_shown_highlighted(page_factory) -> None:
    # A trial: «art. 6 §3» showed paragraphs 1 and 2, the third folded under the article's other passages.
    page = page_factory(DESKTOP)
    page.goto("/?" + urlencode({"q": "art. 448-1 al. 2 CP", "ui": "fr"}))
    wait_results(page)
    card = page.locator("ol.results .card").first
    assert card.locator(".passage.main mark").count() == 1
    assert card.locator(".passage.main mark").inner_text().startswith("Il n’est pas nécessaire qu’il soit fait appel")
    # And the same paragraph in the Arabic beside it, nothing else.
    assert card.locator("mark").count() == 2
    assert card.locator(".passage.counterpart[lang=ar] mark").inner_text().startswith("لا يشترط استعمال أي وسيلة")


def test_case_law_asked_for_is_said_to_be_outside_the_corpus(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?" + urlencode({"q": "jurisprudence sur la traite des êtres humains", "ui": "fr"}))
    page.wait_for_selector(".material-outside", state="visible")
    assert page.locator(".material-outside").inner_text() == (
        "Le corpus contient des textes juridiques, pas de jurisprudence ; les résultats ci-dessous sont des "
        "dispositions que trouvent les mots de la question."
    )
    assert page.locator("ol.results").count() == 1  # the provisions still follow
    page.goto("/?" + urlencode({"q": "دورية رئاسة النيابة العامة حول الاتجار بالبشر", "ui": "ar"}))
    page.wait_for_selector(".material-outside", state="visible")
    assert page.locator(".material-outside").inner_text().startswith("ليس في النصوص المدرجة أي دورية أو منشور؛")
    assert not page.errors  # type: ignore[attr-defined]


def test_an_article_shown_in_another_language_than_asked_says_so(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?article=ma-law-19-12:6&in=ar")  # the small index has Law 19-12 in French only
    page.wait_for_selector(".language-missing", state="visible")
    notice = page.locator(".language-missing").inner_text()
    assert "العربية" in notice and "الفرنسية" in notice
    page.goto("/?article=ma-penal-code:448-2&in=ar")  # in Arabic: nothing to say
    page.wait_for_selector("#article-title", state="visible")
    assert page.locator(".language-missing").count() == 0


def test_a_work_named_alone_opens_on_its_articles_in_order(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "loi 27-14")
    wait_results(page)
    labels = page.locator("ol.results .card-head .cite").all_inner_texts()
    assert labels[0].startswith("المادة الأولى من القانون رقم 27.14") and labels[1].startswith(
        "المادة الثانية من القانون رقم 27.14"
    )
    assert page.locator("ol.results .badge-cited", has_text="بالترتيب").count() == len(labels)


def test_the_api_documentation_works_offline(page_factory, base_url: str) -> None:
    page = page_factory(DESKTOP)
    outside: list[str] = []

    def only_this_server(route) -> None:  # the machines this runs on have no internet: neither may the page
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    page.goto("/docs")
    page.wait_for_selector(".opblock-summary-path", state="visible")
    assert "/api/search" in page.locator(".opblock-summary-path").all_inner_texts()
    assert outside == []


def test_a_search_narrowed_to_a_language_links_the_answers_that_exist_only_in_another(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&lang=fr&q=" + "exonération des frais de justice pour les victimes de traite")
    page.wait_for_selector(".notice.other-language", state="visible")
    notice = page.locator(".notice.other-language")
    assert "qu’en arabe" in notice.inner_text()
    link = notice.locator("a", has_text="27")
    assert link.count() >= 1 and "article=ma-law-27-14%3A5" in notice.inner_html()
    notice.locator("a[href*='ma-law-27-14%3A5']").click()
    page.wait_for_selector("#article-title", state="visible")
    assert "27.14" in page.locator("#article-title").inner_text()


def test_a_law_in_arabic_only_narrowed_to_french_links_the_french_articles_it_wrote(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&lang=fr&q=" + quote("loi 27-14"))
    notice = page.locator(".notice.other-language", has_text="a insérés ou modifiés")
    notice.wait_for(state="visible")
    assert "« Loi n° 27-14 »" in notice.inner_text() and "en français" in notice.inner_text()
    assert notice.locator("a.xref").count() == 14
    # Its own articles, in Arabic: the first five, then its contents for the rest (a trial read articles 1 to 5 as
    # the whole law).
    own = page.locator(".notice.other-language", has_text="qu’en arabe")
    assert "les autres articles sont dans la table des matières de Loi n° 27-14" in own.inner_text()
    assert own.locator("a[href='?toc=ma-law-27-14']").count() == 1
    notice.locator("a[href*='ma-penal-code%3A448-2']").click()
    page.wait_for_selector("#article-title", state="visible")
    assert "448-2" in page.locator("#article-title").inner_text()


def test_a_search_narrowed_to_a_kind_of_work_links_the_answers_it_leaves_out(page_factory) -> None:
    page = page_factory(DESKTOP)
    query = "la victime de la traite n'est pas pénalement responsable des actes commis sous la contrainte"
    page.goto("/?ui=fr&work_type=law&q=" + quote(query))
    wait_results(page)
    notice = page.locator(".notice.other-language", has_text="hors des filtres choisis")
    assert notice.count() == 1
    assert notice.locator("a[href*='ma-penal-code%3A448-14']").count() == 1


def test_an_error_is_said_in_the_language_of_the_page(page_factory) -> None:
    # The browser here says it reads English; the page is in French: the API's message follows the page.
    page = page_factory(DESKTOP, locale="en-US")
    page.goto("/?ui=fr&q=travail&work=ilo-c999")
    page.wait_for_selector(".notice.error", state="visible")
    assert page.locator(".notice.error .detail").inner_text().startswith("Aucun texte du corpus n'a pour identifiant")


BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def unmarked(text: str) -> str:
    """A copied text without the left-to-right marks before its Arabic lines' numbers."""
    return text.replace("\u200e", "")


def test_a_notice_links_an_article_in_the_order_arabic_reads(page_factory) -> None:
    # «المادة 448-4 من القانون 19.12»: Law 19-12 has no 448-4, the Penal Code has. The link read «4-448 ،مجموعة
    # القانون الجنائي» (a trial): its text was laid out left to right, the title first on the left.
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "المادة 448-4 من القانون 19.12")
    page.wait_for_selector(".citation-missing a.xref", state="visible")
    link = ".citation-missing a.xref"
    # As a reader cites it, with the code's own word (a trial found «القانون رقم 103.13، 6» without one).
    assert page.locator(link).inner_text() == "الفصل 448-4 من مجموعة القانون الجنائي"
    assert visual_digits(page, link) == "448-4"
    chars = on_screen(page, link)
    digits = [box for box in chars if box[0].isdigit()]
    first = min(i for i, box in enumerate(chars) if box[0].isdigit())
    word = [box for box in chars[:first] if "\u0621" <= box[0] <= "\u064a"]
    title = [box for box in chars[first:] if "\u0621" <= box[0] <= "\u064a"]
    # Right to left: the word, then the number, then «من» and the title.
    assert max(d[2] for d in digits) <= min(w[1] for w in word) + 1
    assert max(t[2] for t in title) <= min(d[1] for d in digits) + 1
    assert not BIDI_CONTROLS.search(page.locator(link).evaluate("e => e.textContent"))
    shot(page, "notice-link-ar")
    assert not page.errors  # type: ignore[attr-defined]


def test_article_numbers_in_an_arabic_text_read_left_to_right(page_factory, base_url: str) -> None:
    page = page_factory(DESKTOP)
    # Law 27-14 art. 3: «تتمم على النحو التالي أحكام المادة 82-7 من القانون رقم 22.01 …». Left to the bidi
    # algorithm, «82-7» after Arabic letters showed as 7-82.
    page.goto("/?article=ma-law-27-14:3")
    page.wait_for_selector("#article-title")
    text = page.locator(".passage.main .text")
    assert visual_digits(page, ".passage.main a.xref[data-article='82-7']") == "82-7"
    assert text.locator("bdi.num[dir=ltr]", has_text="82-7").count() == 1
    # The text's characters are the article's, no direction marks added: a copy is the text.
    api_text = page.request.get(f"{base_url}/api/documents/ma-law-27-14/articles/3?lang=ar").json()["text"]
    assert text.evaluate("e => e.textContent") == api_text
    assert page.evaluate(
        "() => { const s = getSelection(); s.selectAllChildren(document.querySelector('.passage.main .text'));"
        " return s.toString(); }"
    ).replace("\n", "") == api_text.replace("\n", "")
    # CPP 82-5 types its references as they show, «المادتين 6-82 و7-82» (crossref.js reads 82-6, 82-7): the bidi
    # algorithm shows them as 82-6 and 82-7, and isolated they would read 6-82 and 7-82, so they are left as they are.
    page.goto("/?article=ma-cpp:82-5")
    page.wait_for_selector("#article-title")
    assert visual_digits(page, ".passage.main a.xref[data-article='82-7']") == "82-7"
    assert visual_digits(page, ".passage.main a.xref[data-article='82-6']") == "82-6"
    shot(page, "article-numbers-ar")

    # A result's text keeps its highlights: the number inside the matched sentence is isolated inside its <mark>.
    page.goto("/?q=" + AR_QUESTION)
    wait_results(page)
    card = page.locator("li.result", has=page.locator(".card-head .cite", has_text=AR_LABEL)).first
    result = next(
        r
        for r in page.request.get(f"{base_url}/api/search", params={"q": AR_QUESTION, "top_k": "10"}).json()["results"]
        if r["citation"]["label"] == AR_LABEL
    )
    main = card.locator(".passage.main .text")
    assert main.evaluate("e => e.textContent") == result["text"]
    assert main.locator("mark").count() >= 1
    assert main.locator("mark bdi.num", has_text="23.86").count() == 1

    # The helper, in the page's module: a number a highlight cuts is left whole to the bidi algorithm.
    checks = page.evaluate(
        """async () => {
            const { isolate, isolateNumbers } = await import('/js/dom.js');
            const p = document.createElement('p');
            p.innerHTML = 'الفصل 448-1 والقانون رقم 27.1<mark>4 من</mark> المادتين 6-82 و7-82، 82-5-1 و1-5-82';
            const before = p.textContent;
            isolateNumbers(p, 'rtl');
            const label = document.createElement('h3');
            label.append(isolate('الفصل 448-4 من مجموعة القانون الجنائي'));
            return {
                same: p.textContent === before,
                numbers: [...p.querySelectorAll('bdi.num')].map((b) => b.textContent),
                label: [...label.querySelectorAll('bdi.num[dir=ltr]')].map((b) => b.textContent),
                typed: isolate('في المادتين 6-82 و7-82 أدناه', 'rtl').querySelectorAll('bdi').length,
                // Not a law's, decree's or date's number, written in its own order (a review found «03-23» reversed).
                own: [...isolate('كما عدلت بالقانون 03-23 والمرسوم 2-17-740 بتاريخ 25-08-2016 '
                    + 'المادة 2 من 02-03 يفصل 10-20', 'rtl').querySelectorAll('bdi.num')].map((b) => b.textContent),
                range: isolate('الفصول من 1-308 إلى 12-308', 'rtl').querySelectorAll('bdi').length,
                french: [...isolate("l'article 82-5-1 du code", 'ltr').querySelectorAll('bdi.num')]
                    .map((b) => b.textContent),
            };
        }"""
    )
    assert checks == {
        "same": True,
        "numbers": ["448-1", "82-5-1"],
        "label": ["448-4"],
        "typed": 0,
        "own": ["03-23", "2-17-740", "25-08-2016", "02-03", "10-20"],
        "range": 0,
        "french": ["82-5-1"],
    }
    assert not page.errors  # type: ignore[attr-defined]


def test_a_citation_label_keeps_its_number_and_copies_so_that_it_reads_so_when_pasted(page_factory) -> None:
    page = page_factory(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page.goto("/?q=" + "الفصل 448-4 من مجموعة القانون الجنائي")
    wait_results(page)
    label = page.locator("ol.results .card-head .cite").first
    assert label.evaluate("e => e.textContent") == "الفصل 448-4 من مجموعة القانون الجنائي"
    assert label.locator("bdi.num[dir=ltr]").inner_text() == "448-4"
    assert visual_digits(page, "ol.results .card-head .cite") == "448-4"
    assert visual_digits(page, "#results-heading") == "448-4"
    reference = page.locator("ol.results .card > .reference").first.evaluate("e => e.textContent")
    page.locator("ol.results .copy").first.click()
    page.wait_for_selector("ol.results .copy[data-copied=yes]")  # written (it may wait for the article's warning)
    copied = page.evaluate("navigator.clipboard.readText()")
    # Not with the catalogue's note on its French translation («emprisonnement» for «السجن»): shown beside the Arabic
    # text, it is not about it, and a judge pasted it into an order with the citation.
    assert unmarked(copied).split("\n") == ["الفصل 448-4 من مجموعة القانون الجنائي", reference]
    card = page.locator("ol.results .card").first
    assert "«emprisonnement»" in card.locator(".counterpart-difference").first.inner_text()
    assert card.locator(":scope > .translation-difference").count() == 0  # no warning on the text that prevails
    # Pasted into an Arabic paragraph, the number reads as on the page, not 4-448 (a trial): a left-to-right mark
    # before it, as the exports write it, and no other control.
    assert copied.startswith("الفصل \u200e448-4 ")
    assert not BIDI_CONTROLS.search(unmarked(copied))
    paste = (
        "t => document.body.append(Object.assign(document.createElement('p'), {id: 'x', dir: 'rtl', textContent: t}))"
    )
    page.evaluate(paste, copied.split("\n")[0])
    assert visual_digits(page, "#x") == "448-4"

    # The article view and its amendment history, the pack and its printable page: each number reads left to right.
    page.goto("/?article=ma-penal-code:448-4")
    page.wait_for_selector("#article-title")
    assert visual_digits(page, "#article-title") == "448-4"
    page.evaluate(
        """() => localStorage.setItem('daleel.pack', JSON.stringify({title: 'الفصل 448-4', items: [
            {id: 'p', type: 'passage', key: 'ma-law-27-14:3', language: 'ar', wording: 'as_enacted',
             label: 'المادة الثالثة من القانون رقم 27.14', reference: 'القانون رقم 27.14',
             text: 'تتمم على النحو التالي أحكام المادة 82-7 من القانون',
             warning: 'يقول النص العربي إن الفصل 448-4 نسخ'}]}))"""
    )
    page.goto("/?view=pack")
    page.wait_for_selector(".pack-item")
    assert visual_digits(page, ".pack-item .text") == "82-7"
    assert visual_digits(page, ".pack-item .pack-warning") == "448-4"
    page.goto("/?view=print")
    page.wait_for_selector(".print-item")
    assert visual_digits(page, ".print-pack h1") == "448-4"
    assert visual_digits(page, ".print-item .text") == "82-7"
    shot(page, "print-numbers-ar")
    assert not page.errors  # type: ignore[attr-defined]


def test_an_error_detail_is_set_in_the_page_font(page_factory) -> None:
    # The API's message is a sentence («لا يوجد في النصوص المدرجة نص…»): in a monospace font its Arabic letters came
    # apart.
    page = page_factory(DESKTOP)
    page.goto("/?q=travail&work=ilo-c999")
    page.wait_for_selector(".notice.error .detail", state="visible")
    detail = page.locator(".notice.error .detail")
    assert detail.inner_text().startswith("لا يوجد في النصوص المدرجة نص معرفه")
    assert detail.get_attribute("dir") == "rtl"
    fonts = page.evaluate(
        "[...document.querySelectorAll('.notice.error p')].map((p) => getComputedStyle(p).fontFamily)"
    )
    assert len(set(fonts)) == 1 and "monospace" not in fonts[0]
    shot(page, "error-detail-ar")


@pytest.mark.parametrize("ui", ["ar", "fr"])
def test_the_course_pack_fits_a_phone(page_factory, ui: str) -> None:
    page = page_factory(PHONE)
    page.goto("/")  # a pack with a long label and a long heading, as a trainer's would be
    page.evaluate(
        """() => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items: [
            {id: 'h', type: 'heading', text: 'الإطار القانوني لحماية ضحايا الاتجار بالبشر في المغرب'},
            {id: 'p', type: 'passage', key: 'ma-penal-code:448-1', language: 'fr', wording: 'consolidated',
             label: 'Code pénal, article 448-1', reference: 'Code pénal ; dahir n° 1-59-413 du 26 novembre 1962',
             text: 'On entend par traite des êtres humains le recrutement, le transport, le transfert…'}]}))"""
    )
    page.goto(f"/?view=pack&ui={ui}")
    page.wait_for_selector("#new-heading")
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")
    width = page.evaluate("innerWidth")
    for selector in ("label[for=new-heading]", "#new-heading", ".add-heading button", "#pack-title"):
        box = page.locator(selector).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, selector  # nothing cut at either edge
    shot(page, f"pack-{ui}-phone", full_page=True)
    assert not page.errors  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("item", "said", "named"),
    [
        # A trial removed its upload, then exported a pack holding it: «the text asked for is not there», no item
        # named, and the print view printed the removed text without a word.
        (
            {
                "key": "user-removed-note:1",
                "wording": "as_supplied",
                "label": "Note retirée, article premier",
                "text": "Texte synthétique d’un document retiré.",
            },
            "n’est plus dans le corpus",
            "« Note retirée, article premier » n’est plus dans le corpus",
        ),
        # A trial edited a stored pack's 448-4 (as a pack collected before a corpus update would be): the print view
        # printed it under the official citation, and only the .docx export refused it, in English.
        (
            {
                "key": "ma-penal-code:448-2",
                "wording": "consolidated",
                "label": "Code pénal, article 448-2",
                "text": "Texte synthétique qui n’est pas celui de l’article.",
            },
            "n’est plus celui du corpus",
            "Le texte de « Code pénal, article 448-2 » n’est plus celui du corpus",
        ),
    ],
)
def test_a_pack_item_no_longer_the_corpus_s_is_named_and_marked(page_factory, item: dict, said: str, named: str):
    page = page_factory(DESKTOP)
    page.goto("/")
    pack = {"title": "", "items": [{"id": "p", "type": "passage", "language": "fr", **item}]}
    page.evaluate("pack => localStorage.setItem('daleel.pack', JSON.stringify(pack))", pack)
    page.goto("/?view=print&ui=fr")
    warning = page.locator(".print-item .pack-warning")
    warning.wait_for()
    assert said in warning.inner_text()
    page.goto("/?view=pack&ui=fr")
    page.locator("[data-export=md]").click()
    error = page.locator(".pack-status .notice.error")
    error.wait_for()
    assert named in error.inner_text()
    assert not page.errors  # type: ignore[attr-defined]


@pytest.mark.usefixtures("articles_in_parts")
def test_a_counterpart_and_an_original_wording_go_into_the_pack_whole(page_factory, base_url: str) -> None:
    # A result carries the first passage of each other language and wording: French 448-1 is 3 passages (5
    # paragraphs), its 2016 original wording 2. The card says it shows an extract; the pack gets the whole article.
    page = page_factory(DESKTOP)
    article = page.request.get(f"{base_url}/api/documents/ma-penal-code/articles/448-1?lang=ar").json()
    french = next(p for p in article["counterparts"] if p["language"] == "fr")["text"]
    original = next(v for v in article["versions"] if v["current"] is False)["text"]
    assert french.count("\n") == 4 and "يقصد بالسخرة" in original

    page.goto("/?q=" + "الفصل 448-1")
    wait_results(page)
    card = page.locator("li.result", has=page.locator(".card-head .cite", has_text="448-1")).first
    counterpart = card.locator(".others .passage[lang=fr]")
    assert len(counterpart.locator(".text").inner_text()) < len(french)
    note = counterpart.locator(".extract-note")
    note.wait_for()
    assert "مقتطف" in note.inner_text() and note.get_attribute("lang") == "ar"
    href = note.locator("a").get_attribute("href")
    assert "article=ma-penal-code%3A448-1" in href and "in=fr" in href
    counterpart.locator(".pack-add").click()
    page.wait_for_function("document.querySelector('#pack-count').textContent === '1'")

    version = card.locator("details.version").first
    version.locator("summary").click()
    version.locator(".extract-note").wait_for()
    assert "يقصد بالسخرة" not in version.locator(".text").inner_text()
    version.locator(".pack-add").click()
    page.wait_for_function("document.querySelector('#pack-count').textContent === '2'")
    stored = json.loads(page.evaluate("localStorage.getItem('daleel.pack')"))["items"]
    assert [(i["language"], i["text"]) for i in stored] == [("fr", french), ("ar", original)]

    # The Word file holds both whole: the French article's five paragraphs, the definition of forced labour.
    page.goto("/?view=pack")
    with page.expect_download() as info:
        page.locator("[data-export=docx]").click()
    document = Document(info.value.path())
    # The two languages of one article side by side: in a table's cells.
    cells = [p for table in document.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]
    paragraphs = [p.text for p in [*document.paragraphs, *cells]]
    assert all(line in paragraphs for line in french.split("\n") + original.split("\n") if line.strip())

    # In French, the same mark; an article shown whole is not marked.
    page.goto("/?ui=fr&q=" + "الفصل 448-1")
    wait_results(page)
    note = page.locator("li.result .others .passage[lang=fr] .extract-note").first
    note.wait_for()
    assert "Extrait" in note.inner_text() and note.get_attribute("lang") == "fr"
    page.goto("/?q=" + "الفصل 448-2")
    wait_results(page)
    card = page.locator("li.result", has=page.locator(".card-head .cite", has_text="448-2")).first
    card.locator(".card[data-whole=checked]").wait_for(state="attached")
    assert card.locator(".extract-note").count() == 0
    assert not page.errors  # type: ignore[attr-defined]


@pytest.mark.usefixtures("articles_in_parts")
def test_a_cited_article_shows_all_its_parts_and_a_found_one_folds_them(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&q=" + quote("article 448-1 du code pénal"))
    wait_results(page)
    more = page.locator("li.result").first.locator(".passage.main details.more")
    assert more.count() == 1 and more.get_attribute("open") is not None
    assert more.locator("p.text").first.is_visible()
    page.goto("/?ui=fr&q=" + quote("définition de la traite des êtres humains"))
    wait_results(page)
    assert page.locator("details.more").count() >= 1
    assert page.locator("details.more[open]").count() == 0


def test_an_article_only_in_arabic_says_so_on_the_french_page(page_factory) -> None:
    # A trial: the French page's «article 82-5-1 CPP» came in Arabic without a word (the corpus has no French CPP).
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&q=" + quote("article 82-5-1 du CPP"))
    wait_results(page)
    first = page.locator("li.result").first
    assert first.locator(".passage.main").get_attribute("lang") == "ar"
    assert first.locator(".badge-only-in").inner_text() == "Texte en arabe seulement"
    page.goto("/?ui=fr&q=" + quote("article 448-4 du code pénal"))  # in French too: nothing to say
    wait_results(page)
    assert page.locator("li.result").first.locator(".passage.main").get_attribute("lang") == "fr"
    assert page.locator("li.result").first.locator(".badge-only-in").count() == 0
    page.goto("/?article=ma-cpp:82-5-1&ui=fr")
    page.wait_for_selector("#article-title")
    assert page.locator(".article-view .badge-only-in").inner_text() == "Texte en arabe seulement"
    page.goto("/?article=ma-cpp:82-5-1&ui=ar")  # the Arabic page: the text is in its language
    page.wait_for_selector("#article-title")
    assert page.locator(".badge-only-in").count() == 0


def test_an_article_number_several_texts_have_is_said_to_be_in_each(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?q=" + quote("المادة 5"))
    wait_results(page)
    notice = page.locator("p.notice.citation-missing")
    assert notice.count() == 1 and "في عدة نصوص" in notice.inner_text()
    assert "النتائج أدناه" not in notice.inner_text()  # the results are the cited articles, not word matches
    assert page.locator("li.result").count() == 3  # Law 27-14's, Law 19-12's and Decree 2-17-740's


def test_the_contents_beside_an_article_open_on_its_entry(page_factory) -> None:
    page = page_factory({"width": 1280, "height": 420})  # short: Law 19-12's 27 entries overflow the contents
    page.goto("/?article=ma-law-19-12:26&ui=fr")
    page.wait_for_selector("#article-title")
    inside = page.evaluate(
        """() => {
        const box = document.querySelector("aside.toc").getBoundingClientRect();
        const entry = document.querySelector('.toc-list a[aria-current="page"]').getBoundingClientRect();
        return [document.querySelector("aside.toc").scrollTop > 0, entry.top >= box.top && entry.bottom <= box.bottom];
    }"""
    )
    assert inside == [True, True]


def test_a_whole_article_that_cannot_be_fetched_is_not_replaced_by_its_extract(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.route("**/api/documents/*/articles/**", lambda route: route.abort())  # the article cannot be had
    page.goto("/?q=" + "الفصل 448-1")
    wait_results(page)
    card = page.locator("li.result", has=page.locator(".card-head .cite", has_text="448-1")).first
    for button in (card.locator(".others .passage[lang=fr] .pack-add"), card.locator(".passage.main .pack-add")):
        button.click()
        page.wait_for_function("el => el.textContent.includes('تعذرت الإضافة')", arg=button.element_handle())
        assert page.locator("#pack-count").inner_text() == "0"  # nothing rather than part of the article
        assert button.get_attribute("aria-disabled") == "false"  # and it can be tried again
    page.wait_for_function("document.querySelector('#announcer').textContent.includes('تعذر تحميل النص الكامل')")
    assert json.loads(page.evaluate("localStorage.getItem('daleel.pack') || '{\"items\": []}'"))["items"] == []


def test_an_amending_article_says_what_it_inserts_with_links(page_factory, base_url: str) -> None:
    # Law 27-14's «المادة الأولى» says only «تتمم … بالفرع السادس التالي» and the section's title: a judge took it for
    # an empty article. The page now lists what it does: the 14 Penal Code articles it inserts, each a link.
    page = page_factory(DESKTOP)
    page.goto("/?article=ma-law-27-14:1")
    section = page.locator(".changes-section")
    section.wait_for()
    assert section.locator("h3").inner_text() == "ما تقوم به هذه المادة"
    change = section.locator(".change[data-work=ma-penal-code]")
    assert change.get_attribute("data-type") == "inserts"
    assert change.locator(".change-line").inner_text().startswith("تضيف إلى مجموعة القانون الجنائي")
    links = change.locator("a.change-article")
    assert links.all_inner_texts() == [f"448-{n}" for n in range(1, 15)]
    hrefs = links.evaluate_all("ls => ls.map(l => new URLSearchParams(l.search).get('article'))")
    assert hrefs == [f"ma-penal-code:448-{n}" for n in range(1, 15)]
    assert links.first.get_attribute("aria-label") == "مجموعة القانون الجنائي، 448-1"
    # In the right-to-left page the numbers keep their order: «448-1», never «1-448».
    assert visual_digits(page, ".change a.change-article[data-article='448-1']") == "448-1"
    assert visual_digits(page, ".change a.change-article[data-article='448-14']") == "448-14"
    shot(page, "article-changes-ar-desktop", full_page=True)
    links.last.click()
    page.wait_for_function("document.querySelector('#article-title')?.textContent.includes('448-14')")
    assert page.locator(".changes-section").count() == 0  # a code's article changes nothing

    # Art. 2 inserts CPP 82-5-1, art. 3 completes CPP 82-7: links for what the index holds, plain numbers otherwise.
    for number, verb, article in (("2", "تضيف إلى", "82-5-1"), ("3", "تتمّم أحكام", "82-7")):
        view = page.request.get(f"{base_url}/api/documents/ma-law-27-14/articles/{number}").json()
        [change] = view["changes"]
        page.goto(f"/?article=ma-law-27-14:{number}")
        line = page.locator(".change[data-work=ma-cpp] .change-line")
        line.wait_for()
        assert line.inner_text().startswith(f"{verb} قانون المسطرة الجنائية")
        held = page.locator(".change a.change-article").evaluate_all("ls => ls.map(l => l.dataset.article)")
        assert held == [k.partition(":")[2] for k in change["keys"]]
        assert page.locator(".change .change-article").all_inner_texts()[0].startswith(article)

    # In French, and on a phone: the 14 numbers wrap inside the screen.
    phone = page_factory(PHONE)
    phone.goto("/?article=ma-law-27-14:1&ui=fr")
    section = phone.locator(".changes-section")
    section.wait_for()
    assert section.locator("h3").inner_text() == "Effet de l’article"
    assert section.locator(".change-line").inner_text() == "Insère : Code pénal, art."
    assert section.locator("a.change-article").count() == 14
    assert no_horizontal_overflow(phone)
    width = phone.evaluate("innerWidth")
    boxes = [b.bounding_box() for b in section.locator("a.change-article").all()]
    assert all(b["x"] >= 0 and b["x"] + b["width"] <= width for b in boxes)
    assert len({round(b["y"]) for b in boxes}) > 1  # more than one row
    shot(phone, "article-changes-fr-phone", full_page=True)
    assert not page.errors and not phone.errors  # type: ignore[attr-defined]


# --- repealed articles ----------------------------------------------------------------------------------------
# The small index has Penal Code Section VI only, where nothing is repealed: a synthetic code is indexed for the
# purpose (tests.conftest.synthetic_code).


@pytest.fixture(scope="module")
def synthetic_url(tmp_path_factory: pytest.TempPathFactory, model_dir: Path) -> Iterator[str]:
    from tests.conftest import synthetic_code

    yield from _served(*synthetic_code(tmp_path_factory.mktemp("synthetic"), model_dir))


def _served(settings: Settings, catalogue: Catalogue) -> Iterator[str]:
    """The app's address over an index of ``catalogue`` alone, built under ``settings``."""
    from ingest.ingestion import Ingestor
    from search.pipeline import Searcher

    ingestor = Ingestor(settings, catalogue)
    report = ingestor.ingest_catalogue()
    assert not report.failed, report.summary()
    searcher = Searcher(settings, store=ingestor.store, catalogue=catalogue)
    with serving(create_app(settings, searcher=searcher)) as url:  # the app closes the store on the way out
        yield url


@pytest.fixture
def synthetic_page(browser, synthetic_url: str):
    yield from _pages(browser, synthetic_url)


def test_a_missing_code_article_links_to_the_law_that_gives_its_wording(browser, indexed, monkeypatch) -> None:
    # A made-up relation (Law 27-14 art. 5 «amending» a CPP article 999) stands for Law 103-13 art. 6 rewriting CPP
    # 302, which the corpus lacks: the article's page said «not found» and nothing else.
    from tests.conftest import MADE_UP_WORDING, with_relations

    settings, _, searcher = indexed
    monkeypatch.setattr(searcher, "catalogue", with_relations(searcher.catalogue, MADE_UP_WORDING))
    with serving(create_app(settings, searcher=searcher)) as url:
        for make in _pages(browser, url):
            page = make(DESKTOP)
            # The shared index was closed by the last server's shutdown: opened again here, before the page's three
            # requests race to open it.
            assert page.request.get(f"{url}/api/health").ok
            page.goto("/?article=ma-cpp:999&ui=fr")
            message = page.locator(".notice.error[role=alert]")
            message.wait_for()
            said = message.inner_text()
            assert "La rédaction de l’article 999 issue d’une loi postérieure est dans le corpus" in said
            assert "(10 articles indexés)" in said  # not «(10 articles)», as if the code had ten
            link = message.locator("a.xref")
            assert link.inner_text() == "Loi n° 27-14, article 5"
            link.click()
            page.wait_for_selector("#article-title")
            assert "ma-law-27-14:5" in page.url or "ma-law-27-14%3A5" in page.url
            page.goto("/?article=ma-cpp:999&ui=ar")  # «المادة», the CPP's word: «صيغة المادة 999», not «صيغته»
            page.locator(".notice.error[role=alert] a.xref").wait_for()
            said = page.locator(".notice.error[role=alert]").inner_text()
            assert "صيغة المادة 999 كما وردت في قانون لاحق" in said
            assert "(10 مواد)" in said  # the CPP counts «المادة», not «مواد أو فصول» (a trial)
            assert not page.errors


def test_a_range_of_articles_in_a_text_opens_all_of_them(synthetic_page) -> None:
    # The synthetic French article 4 refers to «articles 1 à 3»: a trial found only its two ends linked, the judge
    # left to open 2 by hand (the Penal Code's «الفصول 146 إلى 151» hide four).
    page = synthetic_page(DESKTOP)
    page.goto("/?article=test-synthetic-code:4&ui=fr&lang=fr")
    page.wait_for_selector("#article-title")
    text = page.locator(".passage.main[lang=fr] .text")
    # («l'article 4» is the text's own first words.)
    assert text.locator("a.xref:not(.xref-range)").evaluate_all("ls => ls.map(l => l.dataset.article)") == [
        "4",
        "1",
        "3",
    ]
    joined = text.locator("a.xref-range")
    assert joined.inner_text() == "à"
    assert joined.get_attribute("aria-label") == "Tous les articles 1–3, dans l’ordre"
    joined.click()
    wait_results(page)
    assert parse_qs(urlparse(page.url).query) == {"q": ["articles 1 à 3"], "work": ["test-synthetic-code"]}
    cites = page.locator("li.result .card-head .cite").all_inner_texts()
    assert [c.split(",")[-1].strip() for c in cites] == ["article premier", "article 2", "article 3"]
    assert not page.errors  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def long_code_url(tmp_path_factory: pytest.TempPathFactory, model_dir: Path) -> Iterator[str]:
    """A SYNTHETIC code (not law) of two books of 35 articles each, the second in a part of two chapters: a table of
    contents past the jump list's 60."""
    from ingest.catalogue import LanguageVersion, Work

    root = tmp_path_factory.mktemp("long-code")
    (root / "sources").mkdir()
    heads = {36: "الجزء الأول: جزء تجريبي\nالباب الأول: باب تجريبي أول\n", 54: "الباب الثاني: باب تجريبي ثان\n"}
    books = [
        f"الكتاب {name}: كتاب تجريبي {name}\n"
        + "".join(f"{heads.get(n, '')}الفصل {n}\nنص تجريبي قصير للفصل {n} من مدونة اصطناعية طويلة.\n" for n in numbers)
        for name, numbers in (("الأول", range(1, 36)), ("الثاني", range(36, 71)))
    ]
    text = "# title: مدونة اصطناعية طويلة (نص تجريبي، ليس قانونا)\n# language: ar\n\n" + "".join(books)
    (root / "sources" / "long-code.ar.txt").write_text(text, encoding="utf-8")
    work = Work(
        id="test-long-code", type="code", jurisdiction="MA", titles={"ar": "مدونة اصطناعية طويلة"},
        short_titles={"ar": "مدونة طويلة"}, article_convention="fasl",
        versions=[LanguageVersion(language="ar", source="long-code.ar.txt", wording="consolidated")],
    )  # fmt: skip
    settings = Settings(data_dir=root / "data", model=str(model_dir), sources_dir=root / "sources")
    yield from _served(settings, Catalogue(works=[work]))


@pytest.fixture(scope="module")
def three_languages_url(tmp_path_factory: pytest.TempPathFactory, model_dir: Path) -> Iterator[str]:
    """A SYNTHETIC protocol (not law) in Arabic, French and English, as the Palermo Protocol is in the corpus."""
    from ingest.catalogue import LanguageVersion, Work

    root = tmp_path_factory.mktemp("three-languages")
    (root / "sources").mkdir()
    texts = {
        "ar": ("المادة", "نص تجريبي للمادة {n} من بروتوكول اصطناعي بثلاث لغات، وليس قانونا."),
        "fr": ("Article", "Texte fictif de l'article {n} d'un protocole synthétique en trois langues, pas une loi."),
        "en": ("Article", "Made-up text of article {n} of a synthetic protocol in three languages, not law."),
    }
    for language, (word, body) in texts.items():
        text = f"# title: synthetic protocol ({language})\n# language: {language}\n\n" + "".join(
            f"{word} {n}\n{body.format(n=n)}\n" for n in (1, 2)
        )
        (root / "sources" / f"protocol.{language}.txt").write_text(text, encoding="utf-8")
    work = Work(
        id="test-three-languages", type="protocol", jurisdiction="international",
        titles={"ar": "بروتوكول اصطناعي", "fr": "Protocole synthétique", "en": "Synthetic protocol"},
        short_titles={"ar": "البروتوكول الاصطناعي", "fr": "Protocole synthétique", "en": "Synthetic protocol"},
        article_convention="madda",
        versions=[LanguageVersion(language=lang, source=f"protocol.{lang}.txt", wording="authentic") for lang in texts],
    )  # fmt: skip
    settings = Settings(data_dir=root / "data", model=str(model_dir), sources_dir=root / "sources")
    yield from _served(settings, Catalogue(works=[work]))


def test_a_result_shows_the_corpus_other_language_and_folds_a_third(browser, three_languages_url: str) -> None:
    # A trial found each Palermo Protocol card 1,700 pixels tall: the English and the Arabic beside the French.
    for make in _pages(browser, three_languages_url):
        page = make(DESKTOP)
        for ui, main, other, summary in (
            ("fr", "fr", "ar", "Le texte aussi en anglais"),
            ("ar", "ar", "fr", "النص أيضا باللغة الإنجليزية"),
        ):
            page.goto(f"/?ui={ui}&lang={main}&q=" + quote("texte fictif protocole synthétique trois langues article 1"))
            wait_results(page)
            card = page.locator("li.result .card").first
            assert card.locator(".passage.main").get_attribute("lang") == main
            shown = card.locator(".others > .counterpart")
            assert shown.count() == 1 and shown.get_attribute("lang") == other
            folded = card.locator(".others > details.more-language")
            assert folded.locator("summary").inner_text() == summary
            assert folded.get_attribute("open") is None and folded.locator(".counterpart[lang=en]").count() == 1
            assert not folded.locator(".counterpart").is_visible()
            folded.locator("summary").click()
            assert folded.locator(".counterpart[lang=en] .text").is_visible()
        shot(page, "result-three-languages-ar")
        assert not page.errors  # type: ignore[attr-defined]


def test_a_long_table_of_contents_opens_with_links_to_its_books(browser, long_code_url: str) -> None:
    # A trial scrolled the Penal Code's 749 entries (29,000 pixels) for Book III.
    for make in _pages(browser, long_code_url):
        page = make(DESKTOP)
        page.goto("/?toc=test-long-code&ui=ar")
        jumps = page.locator("nav.toc-jump a")
        jumps.first.wait_for()
        # Down to the chapters (a prosecutor on a phone had only the books and parts of the Penal Code).
        assert jumps.all_inner_texts() == [
            "الكتاب الأول: كتاب تجريبي الأول",
            "الكتاب الثاني: كتاب تجريبي الثاني",
            "الجزء الأول: جزء تجريبي",
            "الباب الأول: باب تجريبي أول",
            "الباب الثاني: باب تجريبي ثان",
        ]
        assert page.locator("nav.toc-jump li.toc-jump-2").count() == 2
        assert page.locator(".toc-list li:not(.toc-heading)").count() == 70
        jumps.nth(1).click()
        book = page.locator(".toc-heading [role=heading]", has_text="الكتاب الثاني")
        page.wait_for_function("() => document.activeElement?.textContent.includes('الكتاب الثاني')")
        assert -2 <= book.bounding_box()["y"] < 100  # scrolled to it
        assert "toc=test-long-code" in page.url and "#" not in page.url
        page.evaluate("window.scrollTo(0, 0)")
        shot(page, "toc-jump-ar")
        assert not page.errors  # type: ignore[attr-defined]


def test_a_contents_entry_in_another_language_says_so(synthetic_page) -> None:
    # A trial found the French Penal Code's contents with 23 Arabic labels among the French, unmarked.
    page = synthetic_page(DESKTOP)
    page.goto("/?toc=test-synthetic-code&ui=fr")
    entries = page.locator(".toc-list li:not(.toc-heading)")
    entries.nth(5).wait_for()
    assert entries.nth(5).locator("a").get_attribute("lang") == "ar"
    assert entries.nth(5).locator(".toc-other-language").inner_text().strip() == "(en arabe seulement)"
    assert entries.nth(3).locator(".toc-other-language").inner_text().strip() == "(en arabe seulement)"  # 3-1
    assert page.locator(".toc-other-language").count() == 2  # the entries in French say nothing
    # A repealed article says so (its Arabic text repeals article 2), not that it is in one language only (a trial).
    assert entries.nth(1).locator(".badge-repealed").inner_text().startswith("Abrog")
    assert entries.nth(0).locator(".badge-repealed").count() == 0
    # The French chapter heads the French entries; the Arabic-only one comes under its own (Arabic) heading, not
    # the French one's (a review: the Penal Code's Arabic-only chapter 35-1 to 35-15 stood under «Chapitre premier»).
    # 3-1, between two French articles of the chapter, is in it: its Arabic chapter heading before it made the
    # French one print again after it (a trial, in the Penal Code's French contents around 19–23 and 242 bis).
    headings = page.locator(".toc-list .toc-heading")
    assert headings.all_inner_texts() == ["Chapitre premier : chapitre fictif", "الباب الأول: باب تجريبي"]
    assert headings.nth(1).get_attribute("lang") == "ar"
    assert headings.nth(1).evaluate("li => li.nextElementSibling.querySelector('a').lang") == "ar"
    # Headings, not list items, to a screen reader.
    assert headings.first.get_attribute("role") == "none"
    assert headings.first.locator("[role=heading]").get_attribute("aria-level") == "3"


def test_the_home_page_counts_each_languages_articles_where_they_differ(synthetic_page, synthetic_url: str) -> None:
    # The synthetic code's Arabic text has article 5, its French text not (as the French Penal Code lacks 35-1): a
    # trial read «740 articles · arabe، français» as both having 740, with an Arabic comma in French.
    work = synthetic_page(DESKTOP).request.get(f"{synthetic_url}/api/documents/test-synthetic-code").json()
    counts = {v["language"]: v["articles"] for v in work["versions"]}
    assert counts["ar"] != counts["fr"]
    for ui, expected in (
        ("fr", f"arabe ({counts['ar']}), français ({counts['fr']})"),
        ("ar", f"العربية ({counts['ar']})، الفرنسية ({counts['fr']})"),
    ):
        page = synthetic_page(DESKTOP)
        page.goto(f"/?ui={ui}")
        entry = page.locator(".works li[data-work=test-synthetic-code]")
        entry.wait_for()
        assert expected in entry.inner_text(), entry.inner_text()


def test_back_from_an_article_returns_to_where_the_contents_were_read(page_factory) -> None:
    # A trial scrolled Law 02-03's contents to art. 52, opened it, pressed Back: the list was at its top again (it is
    # drawn after its fetch, too late for the browser's own restoring). A short screen: the small index's contents
    # are short.
    page = page_factory({"width": 390, "height": 300}, is_mobile=True, has_touch=True)
    page.goto("/?ui=fr&toc=ma-penal-code")
    last = page.locator(".toc-list a[href*='448-14']").first
    last.wait_for()
    last.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 40)")
    before = page.evaluate("window.scrollY")
    assert before > 300
    last.click()
    page.wait_for_selector("#article-title")
    page.go_back()
    page.wait_for_selector(".toc-list")
    page.wait_for_function(f"Math.abs(window.scrollY - {before}) < 5")
    # A reload keeps the place; Forward goes to the article as it was read, at its top (a review).
    page.reload()
    page.wait_for_selector(".toc-list")
    page.wait_for_function(f"Math.abs(window.scrollY - {before}) < 5")
    page.go_forward()
    page.wait_for_selector("#article-title")
    page.wait_for_function("window.scrollY === 0")
    assert not page.errors  # type: ignore[attr-defined]


def test_on_a_phone_the_filters_fold_away_from_the_results_and_say_how_many_are_set(page_factory) -> None:
    # A prosecutor's trial: on a phone the open filters pushed the results off the screen, which showed only them.
    page = page_factory(PHONE, is_mobile=True, has_touch=True)
    page.goto("/?ui=ar&q=" + quote("الاتجار بالبشر") + "&lang=ar&work_type=code")
    wait_results(page)
    assert page.locator("#filters").get_attribute("open") is None
    assert page.locator("#filters summary").inner_text().strip() == "تصفية النتائج (2)"
    assert page.locator("li.result").first.bounding_box()["y"] < PHONE["height"]
    # Opened to change one, it stays open to choose another (a review); a question submitted folds it again.
    page.locator("#filters summary").click()
    page.locator("#f-lang").select_option("")
    page.wait_for_function("!new URLSearchParams(location.search).get('lang')")
    wait_results(page)
    assert page.locator("#filters").get_attribute("open") is not None
    assert page.locator("#filters summary").inner_text().strip() == "تصفية النتائج (1)"
    page.locator("#q").fill("حماية الضحايا")
    page.locator("#q").press("Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'حماية الضحايا'")
    wait_results(page)
    page.wait_for_function("!document.querySelector('#filters').open")
    # The copy button is a finger's size there.
    box = page.locator("li.result button.copy").first.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    # On a wide screen a filter set shows open, as before.
    wide = page_factory(DESKTOP)
    wide.goto("/?ui=ar&q=" + quote("الاتجار بالبشر") + "&lang=ar")
    wait_results(wide)
    assert wide.locator("#filters").get_attribute("open") is not None
    assert not page.errors  # type: ignore[attr-defined]


def test_the_phone_page_does_not_scroll_sideways_at_twice_the_text_size(page_factory) -> None:
    # A trial at 200 % text on a phone: the header's tools did not wrap, «Français» spilled out and the page was
    # 423 px wide on a 390 px screen.
    page = page_factory(PHONE, is_mobile=True, has_touch=True)
    for url in ("/?ui=fr&q=traite", "/?ui=ar", "/?ui=fr&article=ma-cpp:82-5-1", "/?ui=fr&toc=ma-penal-code"):
        page.goto(url)
        page.wait_for_selector("main h2")
        page.add_style_tag(content="html { font-size: 200% !important; }")
        # Against the screen's width: a mobile browser widens its layout viewport (innerWidth) to what overflows.
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], url
    assert page.locator("nav.tools").get_attribute("aria-label") == "Outils du site"  # not the Latin «Daleel»
    assert not page.errors  # type: ignore[attr-defined]


def test_a_laws_number_that_is_a_code_article_it_inserted_links_to_it(page_factory) -> None:
    # An audit: Law 27-14's «448-2» was a bare «not found»; its article 1 inserted Penal Code 448-2.
    page = page_factory(DESKTOP)
    page.goto("/?article=ma-law-27-14:448-2&ui=fr")
    message = page.locator(".notice.error[role=alert]")
    message.wait_for()
    assert "Ce texte a inséré ou modifié sous ce numéro" in message.inner_text()
    assert "issue d’une loi postérieure" not in message.inner_text()
    assert message.locator("a.xref").get_attribute("href") == "?article=ma-penal-code%3A448-2"
    assert not page.errors  # type: ignore[attr-defined]


def test_a_reference_to_a_work_named_by_its_usual_name_is_a_link(page_factory) -> None:
    # A trial: Law 02-03 art. 52's «الفصل 294 من القانون الجنائي» was plain text, the page knowing the code by its title
    # («مجموعة القانون الجنائي») only; the server reads it (`cross_references`). The small index has no such text: one
    # is added to an article on its way to the page, obviously a test's.
    def with_reference(route) -> None:
        view = route.fetch().json()
        view["text"] += "\nجملة تجريبية للاختبار: الفصل 448-3 من القانون الجنائي."
        view["cross_references"] = [
            {"text": "الفصل 448-3 من القانون الجنائي", "article": "448-3", "key": "ma-penal-code:448-3"}
        ]
        route.fulfill(json=view)

    page = page_factory(DESKTOP)
    page.route("**/api/documents/ma-law-27-14/articles/5*", with_reference)
    page.goto("/?article=ma-law-27-14:5&ui=ar")
    link = page.locator(".article-view .main a.xref[data-work=ma-penal-code]")
    link.wait_for()
    assert link.get_attribute("data-article") == "448-3" and link.inner_text() == "448-3"
    assert not page.errors  # type: ignore[attr-defined]


def test_a_quoted_wording_shows_the_quoting_laws_note(browser, indexed, monkeypatch) -> None:
    # Law 103-13's wording of Penal Code 503-1-2 has the source's «من ثالث» slip, noted for the code's text only (a
    # review); the small index lacks Law 103-13: a made-up note of Law 27-14 on the 448-2 it quotes stands for it.
    settings, _, searcher = indexed
    note = "ملاحظة اختبارية على صيغة مقتبسة (ليست من القانون)"
    works = [
        w.model_copy(update={"translation_differences": {"ma-penal-code:448-2": {"ar": note}}})
        if w.id == "ma-law-27-14"
        else w
        for w in searcher.catalogue.works
    ]
    monkeypatch.setattr(searcher, "catalogue", Catalogue(works=works))
    with serving(create_app(settings, searcher=searcher)) as url:
        for make in _pages(browser, url):
            page = make(DESKTOP)
            assert page.request.get(f"{url}/api/health").ok
            page.goto("/?article=ma-penal-code:448-2&ui=ar")
            version = page.locator("details.version").first
            version.wait_for()
            version.evaluate("details => { details.open = true; }")
            assert note in version.locator(".notice.translation-difference").inner_text()
            # The code's own text keeps its own note (on its French translation, as information), not the law's.
            assert note not in page.locator(".article-view > .notice.counterpart-difference").inner_text()
            assert page.locator(".article-view > .notice.translation-difference").count() == 0
            assert not page.errors  # type: ignore[attr-defined]


def test_a_work_of_one_article_is_counted_in_the_singular_and_paragraphs_as_paragraphs(page_factory) -> None:
    # A trial's one-article upload read «1 articles» in the French list; the list is the server's, one work's count
    # set to one on its way to the page.
    def one_article(route) -> None:
        works = route.fetch().json()
        for version in next(w for w in works if w["id"] == "ma-law-27-14")["versions"]:
            version["articles"] = 1
        # And a work numbered by paragraphs, as the 1985 Declaration (a trial read its «21 articles»).
        next(w for w in works if w["id"] == "ma-cpp")["article_words"]["fr"] = "paragraphe"
        route.fulfill(json=works)

    page = page_factory(DESKTOP)
    page.route("**/api/documents", one_article)
    page.goto("/?ui=fr")
    entry = page.locator(".works li[data-work=ma-law-27-14]")
    entry.wait_for()
    assert "1 article ·" in entry.inner_text(), entry.inner_text()
    assert "10 paragraphes" in page.locator(".works li[data-work=ma-cpp]").inner_text()
    # And a missing one is a paragraph too (a trial read «L’article» of the Declaration's).
    page.goto("/?" + urlencode({"ui": "fr", "q": "art. 999 CPP"}))
    notice = page.locator(".notice.citation-missing")
    notice.wait_for()
    assert notice.inner_text().startswith("Le paragraphe 999 (")
    assert not page.errors  # type: ignore[attr-defined]


def test_a_work_the_corpus_holds_in_part_says_which_part(page_factory) -> None:
    # A trial read «Code de procédure pénale · 10 articles» as the whole code: the list and its contents say the part.
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr")
    entry = page.locator(".works li[data-work=ma-cpp]")
    entry.wait_for()
    assert "Partie II bis seulement" in entry.locator(".excerpt").inner_text()
    assert page.locator(".works li[data-work=ma-law-27-14] .excerpt").count() == 0  # a whole text says nothing
    # A law by its number and its whole title (a judge's trial read «Loi n° 103-13» where conventions had names).
    law = page.locator(".works li[data-work=ma-law-27-14]")
    assert law.locator("a").inner_text() == "Loi n° 27-14"
    assert (
        law.locator(".work-full-title").inner_text().strip()
        == "— relative à la lutte contre la traite des êtres humains"
    )
    assert page.locator(".works li[data-work=ma-penal-code] .work-full-title").count() == 0  # «Code pénal» once
    # Counted as Arabic counts (a trial read «7 فصل/مادة»): a plural from 3 to 10, a singular accusative from 11.
    page.goto("/?ui=ar")
    counts = page.locator(".works li[data-work=ma-cpp]")
    counts.wait_for()
    # The decree's number once: «المرسوم رقم 2.17.740 — بتحديد …», not «— مرسوم رقم 2.17.740 بتحديد …» (a trial).
    decree = page.locator(".works li[data-work=ma-decree-2-17-740] .work-full-title").inner_text()
    assert decree.strip().startswith("— بتحديد تأليف اللجنة الوطنية"), decree
    assert "10 مواد" in counts.inner_text()
    assert "14 فصلا" in page.locator(".works li[data-work=ma-penal-code]").inner_text()
    # Each title in its own direction (a trial's Latin upload title read «27 traite 14/Loi» on the Arabic page).
    assert counts.locator("a").get_attribute("dir") == "rtl"
    page.goto("/?ui=fr")
    assert page.locator(".works li[data-work=ma-cpp] a").get_attribute("dir") == "ltr"
    # And on the page of an article of that work the corpus lacks (a trial followed 82-7's «المادة 108» there).
    page.goto("/?ui=fr&article=ma-cpp:108")
    assert "Partie II bis seulement" in page.locator(".notice.error .excerpt").inner_text()
    page.goto("/?ui=ar&toc=ma-cpp")
    note = page.locator(".toc-page .excerpt")
    note.wait_for()
    assert note.inner_text().startswith("القسم الثاني مكرر فقط") and note.get_attribute("dir") == "rtl"
    # Its consolidation date as the rest of the page says dates (two trials read «2025-09-08» in its badge).
    page.goto("/?ui=fr&toc=ma-cpp")
    page.locator(".toc-page .excerpt").wait_for()
    assert "8 septembre 2025" in page.locator(".toc-page .badges").inner_text()
    # And where the work was published (a trial found Law 27-14's contents without it).
    page.goto("/?ui=fr&toc=ma-law-27-14")
    gazette = page.locator(".toc-page .gazette")
    gazette.nth(1).wait_for()
    assert gazette.first.inner_text().startswith("Bulletin officiel (édition française) n° 6526")
    # The corpus lists its Arabic text, whose citations give the Arabic edition: said too (a trial paired them wrong).
    assert gazette.nth(1).inner_text().startswith("Texte du corpus (arabe) : الجريدة الرسمية عدد 6501")
    assert page.locator(".toc-page > p.muted").first.inner_text() == (  # its whole title under its name
        "Loi n° 27-14 relative à la lutte contre la traite des êtres humains"
    )
    page.goto("/?ui=fr&toc=ma-penal-code")
    page.locator(".toc-page .gazette").first.wait_for()
    # «Code pénal» once: its name is its whole title (a judge's trial saw it twice).
    assert page.locator(".toc-page").inner_text().count("Code pénal") == 1
    page.goto("/?ui=ar&toc=ma-law-27-14")
    gazette.first.wait_for()
    assert gazette.count() == 1
    assert gazette.inner_text().startswith("الجريدة الرسمية عدد 6501") and gazette.get_attribute("dir") == "rtl"


def test_an_article_another_text_repeals_is_not_shown_as_law_in_force(synthetic_page, synthetic_url: str) -> None:
    page = synthetic_page(DESKTOP)
    view = page.request.get(f"{synthetic_url}/api/documents/test-synthetic-code/articles/2?lang=fr").json()
    assert view["repealed"] is False and [c["repealed"] for c in view["counterparts"]] == [True]
    # An API client is told too, in the text's words (a trial read the French 494 through the API as in force).
    assert view["warning"].startswith("Abrogé selon le texte arabe (version consolidée au 22 août 2024)")
    assert "il n’est plus en vigueur" in view["warning"]
    arabic = page.request.get(f"{synthetic_url}/api/documents/test-synthetic-code/articles/2?lang=ar").json()
    assert arabic["warning"] == "تنبيه: يفيد هذا النص أن الحكم قد أُلغي."
    # And on each counterpart, as on the text shown (a trial read the French text as the Arabic's counterpart).
    [french] = arabic["counterparts"]
    assert french["warning"] == view["warning"] and view["counterparts"][0]["warning"] == arabic["warning"]
    in_force = page.request.get(f"{synthetic_url}/api/documents/test-synthetic-code/articles/1?lang=fr").json()
    assert in_force["warning"] is None

    # The French 2 prints a text; the Arabic, more recent, says it is repealed: a warning above the text says so,
    # naming the text that repeals it and both dates, and quoting it.
    page.goto("/?article=test-synthetic-code:2&in=fr&ui=fr")
    notice = page.locator(".article-view .notice.repealed")
    notice.wait_for()
    said = notice.inner_text()
    assert "Abrogé selon le texte arabe" in notice.locator(".repeal-title").inner_text()
    assert "Le texte arabe (version consolidée au 22 août 2024) indique que cet article a été abrogé" in said
    assert "الفصول من 2 إلى 3 ألغيت." in notice.locator(".repeal-quote[lang=ar]").inner_text()
    stale = (
        "Le texte français ci-dessous (version consolidée au 5 juillet 2018) ne tient pas compte de cette abrogation :"
        " il n’est plus en vigueur"
    )
    assert stale in said
    before_text = "(n, t) => Boolean(n.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)"
    assert notice.evaluate(before_text, page.locator(".texts").element_handle())  # the warning comes first
    assert page.locator(".others .passage[lang=ar] .badge-repealed").inner_text() == "Abrogé"
    assert page.locator(".article-view > .badges .badge-repealed").count() == 0  # the French text is no repeal
    shot(page, "article-repealed-elsewhere-fr-desktop", full_page=True)
    # Copied into a brief, the citation carries the warning (a trial copied the French 494 with its reference alone),
    # from an Arabic page too: in the text's language.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.locator(".article-view .card-head .copy").click()
    page.wait_for_function("document.querySelector('#announcer').textContent === 'Référence copiée'")
    copied = page.evaluate("navigator.clipboard.readText()").split("\n")
    # In the text's language, as the API and the export say it (a review: the page's language is the reader's).
    assert copied[-1] == view["warning"]
    page.goto("/?article=test-synthetic-code:2&in=fr&ui=ar")
    page.locator(".article-view .card-head .copy").click()
    page.wait_for_function("document.querySelector('#announcer').textContent === 'تم نسخ الإحالة'")
    assert page.evaluate("navigator.clipboard.readText()").split("\n")[-1] == view["warning"]
    page.goto("/?article=test-synthetic-code:2&in=fr&ui=fr")
    # Into a course pack, the warning goes with the text: a handout must not show the French 2 as law in force.
    page.locator(".article-view .passage.main .pack-add").first.click()
    page.wait_for_function("(localStorage.getItem('daleel.pack') || '').includes('warning')")
    [item] = json.loads(page.evaluate("localStorage.getItem('daleel.pack')"))["items"]
    assert item["warning"].startswith("Abrogé selon le texte arabe") and stale in item["warning"]
    # As the page's payload sends it: without what only the page keeps (its standing, its citation in French).
    sent = {k: v for k, v in item.items() if k not in ("id", "wording", "current", "version_label", "cited_in")}
    pack = {"title": "Essai", "format": "md", "items": [sent]}
    exported = page.request.post(f"{synthetic_url}/api/export", data=pack).text()
    assert "**⚠ Abrogé selon le texte arabe" in exported
    # Sent without its warning (a pack made without the page), the export says so in the corpus's own words.
    bare = {**pack, "items": [{k: v for k, v in pack["items"][0].items() if k != "warning"}]}
    exported = page.request.post(f"{synthetic_url}/api/export", data=bare).text()
    assert "**⚠ Abrogé selon le texte arabe (version consolidée au 22 août 2024) : le texte ci-dessous" in exported
    # Sent with a warning that says the opposite (a trial), the file still says the corpus's.
    forged = {**pack, "items": [{**pack["items"][0], "warning": "Ce texte est en vigueur."}]}
    exported = page.request.post(f"{synthetic_url}/api/export", data=forged).text()
    assert "Ce texte est en vigueur" not in exported and "il n’est plus en vigueur.**" in exported
    page.goto("/?view=pack&ui=fr")
    assert page.locator(".pack-warning").inner_text().startswith("⚠ Abrogé selon le texte arabe")
    page.goto("/?view=print&ui=fr")  # the printed handout too (a helper found it silent)
    assert page.locator(".print-item .pack-warning").inner_text().startswith("⚠ Abrogé selon le texte arabe")
    # Exported from the Arabic page, the file's warning is in Arabic, as that page's pack shows it (a trial found a
    # French pack's file with its warning in Arabic: each text's language, not the page's).
    page.goto("/?view=pack&ui=ar")
    with page.expect_download() as info:
        page.locator("[data-export=md]").click()
    assert "**⚠ ملغى حسب النص العربي" in Path(info.value.path()).read_text(encoding="utf-8")
    # An item collected before packs carried warnings is checked when the pack is exported.
    old = {k: v for k, v in item.items() if k != "warning"}
    page.evaluate("(item) => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items: [item]}))", old)
    page.goto("/?view=pack&ui=fr")
    with page.expect_download() as info:
        page.locator("[data-export=md]").click()
    assert "**⚠ Abrogé selon le texte arabe" in Path(info.value.path()).read_text(encoding="utf-8")
    # Printed straight away, too (a review found the printable page skipping the check).
    page.evaluate("(item) => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items: [item]}))", old)
    page.goto("/?view=print&ui=fr")
    page.wait_for_selector(".print-item .pack-warning")
    assert page.locator(".print-item .pack-warning").inner_text().startswith("⚠ Abrogé selon le texte arabe")
    # An item checked before the corpus gave grounds (stored with no warning) is read again before printing: the
    # handout must say what the file would (a review found the print view showing the stored warning only).
    unwarned = {**item, "warning": ""}
    page.evaluate("(item) => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items: [item]}))", unwarned)
    page.goto("/?view=print&ui=fr")
    page.wait_for_selector(".print-item .pack-warning")
    assert page.locator(".print-item .pack-warning").inner_text().startswith("⚠ Abrogé selon le texte arabe")

    # In Arabic, the same; the numbers of the quoted line keep their order.
    page.goto("/?article=test-synthetic-code:2&in=fr&ui=ar")
    notice = page.locator(".article-view .notice.repealed")
    notice.wait_for()
    # The French text's work title in its language, not in the Arabic page's font (a trial).
    assert page.locator(".article-view .work-title").get_attribute("lang") == "fr"
    assert notice.locator(".repeal-title").inner_text().endswith("هذا الفصل ملغى حسب النص العربي")
    said = notice.inner_text()
    assert "يفيد النص العربي (صيغة محينة بتاريخ 22 أغسطس 2024) أن هذا الفصل قد أُلغي" in said
    stale_ar = "أما النص الفرنسي أدناه (صيغة محينة بتاريخ 5 يوليو 2018) فلا يأخذ هذا الإلغاء بعين الاعتبار"
    assert f"{stale_ar}: لم يعد ساري المفعول." in said

    # The Arabic 2 is the repeal itself: a badge and a notice, which say the French text still prints a wording.
    page.goto("/?article=test-synthetic-code:2&in=ar&ui=ar")
    page.locator(".article-view > .badges .badge-repealed").wait_for()
    assert page.locator(".article-view > .badges .badge-repealed").inner_text() == "ملغى"
    said = page.locator(".notice.repealed").inner_text()
    assert "فصل ملغى" in said and "يقتصر النص العربي (صيغة محينة بتاريخ 22 أغسطس 2024)" in said
    beside = "أما النص الفرنسي (صيغة محينة بتاريخ 5 يوليو 2018) فلا يأخذ هذا الإلغاء بعين الاعتبار"
    assert f"{beside}، ولا يزال يورد نصه السابق" in said
    # Screen readers hear it with the article's label.
    page.wait_for_function("document.querySelector('#announcer').textContent.endsWith('— فصل ملغى')")

    # An article no text repeals: nothing said of a repeal. But the Arabic text's note dates an amendment (2019)
    # after the French version (2018): the French 4 may not be the law in force (a trial found the Penal Code's 352).
    page.goto("/?article=test-synthetic-code:4&in=fr&ui=fr")
    page.wait_for_selector("#article-title")
    # (The contents beside it mark the repealed 2 and 3.)
    marks = "[...document.querySelectorAll('.notice.repealed, .badge-repealed')].filter((e) => !e.closest('.toc'))"
    assert page.evaluate(f"{marks}.length") == 0
    later = page.locator(".article-view .notice.later-amended").inner_text()
    assert "Selon une note du texte arabe, l’article a été modifié après cette version (version consolidée" in later
    assert "(11 مارس 2019)" in later
    page.goto("/?article=test-synthetic-code:4&in=ar&ui=ar")  # the Arabic 4 is the newer: no notice; a badge beside
    page.locator(".others .badge-later").wait_for()
    assert page.locator(".notice.later-amended").count() == 0
    assert page.locator(".others .badge-later").inner_text() == "قد لا يكون محينا"

    # A result card: the French 2 under the warning (from the search alone), the Arabic 2 marked once its article
    # is read; on a phone, nothing runs off the screen.
    phone = synthetic_page(PHONE)
    phone.goto("/?ui=fr&lang=fr&q=" + "rédaction que le texte arabe déclare abrogée")
    wait_results(phone)
    card = phone.locator("li.result", has=phone.locator(".card-head .cite", has_text="article 2")).first
    assert "Abrogé selon le texte arabe" in card.locator(".notice.repealed").inner_text()
    assert no_horizontal_overflow(phone)
    shot(phone, "results-repealed-fr-phone", full_page=True)
    # The French 4's card says what the article view says: the Arabic note dates an amendment after it.
    phone.goto("/?ui=fr&lang=fr&q=" + "Texte fictif de l'article 4 du code synthétique")
    wait_results(phone)
    card = phone.locator("li.result", has=phone.locator(".card-head .cite", has_text="article 4")).first
    card.locator(".notice.later-amended").wait_for()
    assert "modifié après cette version" in card.locator(".notice.later-amended").inner_text()
    page.goto("/?ui=ar&q=" + "الفصل 2")
    wait_results(page)
    card = page.locator("li.result", has=page.locator(".card-head .cite", has_text="الفصل 2 ")).first
    card.locator(":scope .badges .badge-repealed").first.wait_for()
    assert "فصل ملغى" in card.locator(".notice.repealed").inner_text()
    assert card.locator(".others .passage[lang=fr] .badge-repealed").count() == 0
    shot(page, "results-repealed-ar-desktop", full_page=True)
    assert not page.errors and not phone.errors  # type: ignore[attr-defined]


def test_every_wording_the_catalogue_allows_has_a_name_in_both_page_languages() -> None:
    # A user's upload is «as_supplied» (not «texte officiel»): the page would show the raw key without its name.
    from typing import get_args

    from ingest.catalogue import LanguageVersion

    strings = (Path(__file__).resolve().parents[2] / "ui" / "js" / "i18n.js").read_text(encoding="utf-8")
    wordings = get_args(LanguageVersion.model_fields["wording"].annotation)
    assert "as_supplied" in wordings
    for wording in wordings:
        assert strings.count(f"    wording_{wording}:") == 2, wording  # ar and fr


def test_a_wording_a_later_law_amended_goes_into_the_pack_with_its_warning(page_factory) -> None:
    # A trial: CPP 82-5-1 as Law 27-14 enacted it (2016), since amended by Law 03.23, went into the pack with its
    # label alone; the Word file gets the server's warning, the page's pack and print view the page's.
    page = page_factory(DESKTOP)
    page.goto("/?article=ma-cpp:82-5-1")
    page.wait_for_selector("#article-title")
    version = page.locator("details.version").first
    version.evaluate("details => { details.open = true; }")  # open already when its text differs from the current
    # The page says it too, above that text (a trial found only its name, «عُدّلت بالقانون 03.23», to tell), and the
    # name does not run into the label in the French interface.
    assert "صيغة لم تعد سارية المفعول" in version.locator(":scope > .notice.later-amended").inner_text()
    assert version.locator("summary > span[lang=ar][dir=rtl]").count() == 2
    version.locator(".pack-add").click()
    page.wait_for_function("document.querySelector('#pack-count').textContent === '1'")
    [stored] = json.loads(page.evaluate("localStorage.getItem('daleel.pack')"))["items"]
    assert stored["warning"].startswith("صيغة لم تعد سارية المفعول. عدّل القانون رقم 03.23 هذه الصيغة")
    # The printed handout reads the warning again from the same wording, not from the text in force (a review found
    # it blank there); so for an item saved before items kept their standing.
    for item in (stored, {k: v for k, v in stored.items() if k not in ("current", "version_label")}):
        page.evaluate("(item) => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items: [item]}))", item)
        page.goto("/?view=print")
        page.wait_for_selector(".print-item .pack-warning")
        assert "عدّل القانون رقم 03.23" in page.locator(".print-item .pack-warning").inner_text()
    assert not page.errors  # type: ignore[attr-defined]


def test_a_question_over_the_limit_is_refused_beside_the_box_and_kept_whole(page_factory) -> None:
    # A caseworker pastes a whole story: nothing is cut silently, the box says why nothing was searched.
    page = page_factory(PHONE)
    page.goto("/?ui=fr")
    box = page.get_by_role("searchbox")
    # Nothing typed: said beside the box, not a button that does nothing (a trial).
    box.press("Enter")
    page.locator("#q-hint").wait_for(state="visible")
    assert page.locator("#q-hint").inner_text().startswith("Écrivez une question ou une référence")
    assert "q=" not in page.url
    # Punctuation alone, the same (a trial saw a red «failed request» box).
    box.fill("؟؟؟!!!...،،،")
    box.press("Enter")
    page.locator("#q-hint", has_text="ni lettre ni chiffre").wait_for()
    assert "q=" not in page.url and not page.locator(".notice.error").count()
    story = "Elle travaillait chez une famille sans salaire ni papiers. " * 40  # about 2,360 characters
    box.fill(story)
    box.press("Enter")
    hint = page.locator("#q-hint")
    hint.wait_for(state="visible")
    assert "trop longue" in hint.inner_text() and str(len(story.strip())) in hint.inner_text()
    assert box.input_value() == story  # all of it, to be shortened
    assert box.get_attribute("aria-invalid") == "true"
    assert "q=" not in page.url  # no search ran
    box.fill(story[:600])  # short enough: the hint goes, the search runs
    assert not hint.is_visible()
    box.press("Enter")
    wait_results(page)
    heading = page.locator("#results-heading").inner_text()
    assert "…" in heading and len(heading) < 200  # the question's beginning, not the whole story again


def test_two_results_are_counted_in_the_arabic_dual(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?q=" + "الفصلان 448-2 و448-3")
    wait_results(page)
    assert page.locator("li.result").count() == 2
    assert page.locator("#results-heading").inner_text().startswith("نتيجتان")  # a trial read «2 نتائج»


def test_a_refused_query_offers_no_retry_that_would_be_refused_again(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&q=%3F!...%3B")
    page.wait_for_selector(".notice.error", state="visible")
    assert page.locator(".notice.error .detail").inner_text().startswith("La recherche ne contient ni lettre")
    assert page.locator(".notice.error button").count() == 0


def test_a_text_or_article_not_there_is_named_as_cited_and_offers_the_list_not_a_retry(page_factory) -> None:
    # A trial: «?toc=foo» offered «Réessayer», which would fail again; «?article=ma-penal-code:999» said «« 999 — Code
    # pénal »» rather than the citation.
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr&toc=foo")
    box = page.locator(".notice.error")
    box.wait_for()
    assert box.locator("button").count() == 0
    assert box.locator("a[href='./']").inner_text() == "La liste des textes du corpus"
    page.goto("/?ui=fr&article=ma-penal-code:999")
    heading = page.locator(".notice.error h2")
    heading.wait_for()
    assert "« Code pénal, article 999 »" in heading.inner_text()
    assert not page.errors  # type: ignore[attr-defined]


def test_a_long_printed_passage_may_run_over_a_page_break_a_short_one_not(page_factory) -> None:
    # A trial printed eight passages on six half-empty A4 pages: each kept whole, a long one pushed to the next page.
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr")
    items = [
        {"label": "Texte d’essai court", "reference": "", "language": "fr", "text": "Phrase d’essai. " * 10},
        {"label": "Texte d’essai long", "reference": "", "language": "fr", "text": "Phrase d’essai. " * 200},
    ]
    page.evaluate("(items) => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items}))", items)
    page.goto("/?view=print&ui=fr")
    page.wait_for_selector(".print-item")
    page.emulate_media(media="print")
    breaks = page.eval_on_selector_all(".print-item", "els => els.map(e => getComputedStyle(e).breakInside)")
    assert breaks == ["avoid-page", "auto"]
    assert not page.errors  # type: ignore[attr-defined]


def test_an_article_packed_in_two_languages_prints_side_by_side(page_factory) -> None:
    # A trainer's comparative handout: the French and the Arabic of 448-2 came one under the other.
    page = page_factory(DESKTOP)
    page.goto("/?ui=ar")
    items = []
    for n, language in enumerate(("ar", "fr")):  # the Arabic added first: the French still on the left
        view = page.request.get("/api/documents/ma-penal-code/articles/448-2", params={"lang": language}).json()
        items.append({"id": f"i{n}", "type": "passage", "label": view["citation"]["label"], "reference": "",
                      "language": language, "key": "ma-penal-code:448-2", "text": view["text"]})  # fmt: skip
    page.evaluate("(items) => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items}))", items)
    page.goto("/?view=print&ui=ar")
    page.wait_for_selector(".print-pair")
    columns = page.locator(".print-pair > .print-item")
    assert columns.count() == 2 and page.locator(".print-item").count() == 2
    for i in (0, 1):  # laid out (a clean-clone CI run measured one before it was: no box)
        columns.nth(i).wait_for(state="visible")
    left, right = (columns.nth(i).bounding_box() for i in (0, 1))
    assert columns.nth(0).get_attribute("lang") == "fr" and left["x"] < right["x"]
    assert abs(left["y"] - right["y"]) < 2  # side by side, not one under the other
    assert not page.errors  # type: ignore[attr-defined]


def test_the_other_language_text_has_its_own_citation_to_copy(page_factory) -> None:
    # A judge reading the French 448-4 quotes the Arabic text, which prevails, in his judgment.
    page = page_factory(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page.goto("/?article=ma-penal-code:448-4&ui=fr&lang=fr")
    page.wait_for_selector("#article-title")
    counterpart = page.locator(".article-view .counterpart").first
    label = counterpart.locator(".cite").first.inner_text()
    assert "448-4" in label and "الفصل" in label
    counterpart.locator(".passage-actions .copy").click(force=True)  # the Arabic text may be behind its toggle
    page.wait_for_function("document.querySelector('#announcer').textContent === 'Référence copiée'")
    assert unmarked(page.evaluate("navigator.clipboard.readText()")).startswith(label)


def test_the_other_language_text_opens_on_its_own_page_to_walk_its_neighbours(page_factory) -> None:
    # A trial read the French 448-4 and could not reach the Arabic 448-5 but through a search.
    page = page_factory(DESKTOP)
    page.goto("/?article=ma-penal-code:448-4&ui=fr&in=fr")
    page.wait_for_selector("#article-title")
    link = page.locator(".article-view .counterpart .open-language").first
    assert link.inner_text() == "Ouvrir le texte en arabe"
    link.click(force=True)  # the Arabic text may be behind its toggle
    page.wait_for_function("new URLSearchParams(location.search).get('in') === 'ar'")
    page.wait_for_selector("#article-title[lang=ar]")
    assert page.locator("#article-title").evaluate("e => e.textContent").startswith("الفصل 448-4")
    assert "in=ar" in page.locator("a.nav-next").get_attribute("href")
    assert not page.errors  # type: ignore[attr-defined]


def test_an_arabic_only_text_is_copied_with_its_french_citation_first_on_the_french_page(page_factory) -> None:
    # A trial: a French report to a prosecutor could copy only «المادة 5 من القانون رقم 27.14».
    page = page_factory(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page.goto("/?" + urlencode({"q": "loi 27-14 article 5", "ui": "fr"}))
    wait_results(page)
    label = page.locator("ol.results .card-head .cite").first.evaluate("e => e.textContent")
    reference = page.locator("ol.results .card > .reference").first.evaluate("e => e.textContent")
    assert label == "المادة الخامسة من القانون رقم 27.14"  # the text shown is the Arabic, cited as it is
    # Shown under it, before it is copied (a trial found it only in the clipboard).
    shown = page.locator("ol.results .card > p.cited-in").first
    assert shown.inner_text().startswith("Référence en français : Loi n° 27-14, article 5 — Loi n° 27-14 relative")
    page.locator("ol.results .copy").first.click()
    page.wait_for_selector("ol.results .copy[data-copied=yes]")
    copied = page.evaluate("navigator.clipboard.readText()").split("\n")
    assert copied[0] == "Loi n° 27-14, article 5 (texte arabe)"
    assert copied[1].startswith(
        "Loi n° 27-14 relative à la lutte contre la traite des êtres humains ; dahir n° 1-16-127"
    )
    assert [unmarked(line) for line in copied[2:4]] == [label, reference]
    # Added to the pack, the pack's list shows it too, as its print view and files do (a trial found them apart).
    page.locator("ol.results .pack-add").first.click()
    page.wait_for_function("(localStorage.getItem('daleel.pack') || '').includes('cited_in')")
    page.goto("/?view=pack&ui=fr")
    assert page.locator(".pack-item .cited-in").first.inner_text().startswith("Loi n° 27-14, article 5 (texte arabe)")
    # The Arabic page copies the Arabic citation alone, as before.
    page.goto("/?" + urlencode({"q": "loi 27-14 article 5", "ui": "ar"}))
    wait_results(page)
    page.locator("ol.results .copy").first.click()
    page.wait_for_selector("ol.results .copy[data-copied=yes]")
    assert unmarked(page.evaluate("navigator.clipboard.readText()")).split("\n")[:2] == [label, reference]
    assert page.locator("ol.results .card > p.cited-in").count() == 0


def test_a_mistyped_question_says_what_was_searched(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?" + urlencode({"q": "victme etrangere droit de sejour", "ui": "fr"}))
    wait_results(page)
    notice = page.locator(".notice.spelling")
    assert notice.inner_text().startswith("Mots mal orthographiés corrigés ; recherche faite pour :")
    assert notice.locator("q").inner_text() == "victime etrangere droit de sejour"


def test_a_printed_french_handout_cites_an_arabic_only_text_in_french_first(page_factory) -> None:
    page = page_factory(DESKTOP)
    page.goto("/?ui=fr")
    view = page.evaluate("fetch('/api/documents/ma-law-27-14/articles/5?lang=ar').then((r) => r.json())")
    item = {
        "id": "x1",
        "type": "passage",
        "label": view["citation"]["label"],
        "reference": view["citation"]["reference"],
        "text": view["text"],
        "language": "ar",
        "key": "ma-law-27-14:5",
        "wording": view["citation"]["wording"],
        "warning": "",
        "current": True,
        "version_label": None,
    }
    page.evaluate("(item) => localStorage.setItem('daleel.pack', JSON.stringify({title: '', items: [item]}))", item)
    page.goto("/?view=print&ui=fr")
    cited = page.locator(".print-item .cited-in h3")
    cited.wait_for()
    assert cited.inner_text() == "Loi n° 27-14, article 5 (texte arabe)"
    assert page.locator(".print-item .cited-in .reference").inner_text().startswith("Loi n° 27-14 relative à la lutte")
    assert page.locator(".print-item > h3").inner_text() == "المادة الخامسة من القانون رقم 27.14"
    page.goto("/?view=print&ui=ar")
    page.wait_for_selector(".print-item > h3")
    assert page.locator(".print-item .cited-in").count() == 0


def test_a_notice_names_a_first_article_as_citations_do(page_factory) -> None:
    # A trial: «Loi n° 27-14, article 1» in a notice, «article premier» everywhere else.
    page = page_factory(DESKTOP)
    page.goto("/?" + urlencode({"q": "victime", "work": "ma-law-27-14", "lang": "fr", "ui": "fr"}))
    notice = page.locator(".notice.other-language").first
    notice.wait_for()
    assert "Loi n° 27-14, article premier" in notice.inner_text()
    assert "article 1," not in notice.inner_text() and not notice.inner_text().endswith("article 1.")
    # Law 27-14 heads all its articles by ordinals, and its citations say them so: its links in a notice too.
    page.goto("/?" + urlencode({"q": "ضحايا الاتجار بالبشر", "work": "ma-law-27-14", "lang": "fr", "ui": "ar"}))
    notice = page.locator(".notice.other-language").first
    notice.wait_for()
    links = notice.locator("a.xref").evaluate_all("ls => ls.map(l => l.textContent)")
    assert len(links) >= 2 and all(re.fullmatch(r"المادة ال\w+ من القانون رقم 27\.14", link) for link in links), links


def test_a_law_number_typed_the_other_way_round_is_said_on_the_page(page_factory) -> None:
    # A trial: «loi 14-27» silently gave Law 27-14, and «loi 12-19» only «not in the corpus».
    page = page_factory(DESKTOP)
    page.goto("/?" + urlencode({"q": "loi 14-27", "ui": "fr"}))
    wait_results(page)
    assert "« loi 14-27 » est lu comme Loi n° 27-14" in page.locator(".notice.spelling").inner_text()
    page.goto("/?" + urlencode({"q": "loi 12-19", "ui": "ar"}))
    notice = page.locator(".notice.citation-missing")
    notice.wait_for()
    assert "المدرج هو القانون رقم 19.12، برقمه في الاتجاه المعاكس" in notice.inner_text()


def test_an_amending_laws_contents_say_what_its_articles_insert(page_factory) -> None:
    # A trial: Law 27-14's contents listed seven bare articles; its first inserts the Penal Code's 448-1 to 448-14.
    page = page_factory(DESKTOP)
    page.goto("/?toc=ma-law-27-14&ui=ar")
    changes = page.locator(".toc-list .toc-changes").first
    changes.wait_for()
    assert "تضيف إلى مجموعة القانون الجنائي" in changes.inner_text()
    numbers = changes.locator("a bdi.num").evaluate_all("ns => ns.map(n => n.textContent)")
    assert numbers == ["448-1", "448-14"]
    changes.locator("a", has_text="448-14").click()
    page.wait_for_function("new URLSearchParams(location.search).get('article') === 'ma-penal-code:448-14'")
