"""Split a legal text into its structure: headings (book › title › chapter › section) and articles.

Moroccan usage differs by text: in codes «الفصل» IS the article; in laws and decrees «المادة» is
the article and «الفصل» followed by an ordinal word is a chapter. The catalogue says which
convention a work follows. Amending laws quote the articles they insert into a code («المادة
الأولى» of Law 27-14 contains Penal Code «الفصل 448-1» … «الفصل 448-14»): a quoted article is
kept as an article of the *target* work, marked with the article that quotes it.

Usage::

    from ingest.structure import split_articles
    articles = split_articles(body, work=work, language="ar", source="ma-law-27-14.ar.txt")
    [a.key for a in articles][:2]   # ['ma-law-27-14:1', 'ma-penal-code:448-1']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple

from ingest.article_numbers import NUMBER_PATTERN, normalize_number
from ingest.catalogue import Catalogue, Work
from ingest.text_fr import fold_accents

_AR_ORDINAL = r"(?:ال)?(?:[\u0621-\u064a]+)(?:\s+(?:و?ال)?(?:[\u0621-\u064a]+)){0,2}"
_AR_SUFFIX = r"(?:\s*(?:مكرر|المكرر|مكررة)(?:\s+مرتين)?)?"
# «الفصل 448-2», «المادة الأولى», «المادة 5:نطاق الانطباق» (a short title after a colon)
_AR_ARTICLE_RE = re.compile(
    rf"^(?P<word>الفصل|المادة|الماده|البند)\s+(?P<num>{NUMBER_PATTERN}{_AR_SUFFIX}|{_AR_ORDINAL})"
    # Not a number's last part taken for a title: «الفصل 448-1 من مجموعة القانون الجنائي» is 448-1 (a trial's pack,
    # exported and uploaded, became «المادة 448 من pack»).
    rf"\s*(?:[:：\-–]\s*(?P<title>(?![\s0-9٠-٩۰-۹])[^.؛]{{1,80}}))?$"
)
_FR_ARTICLE_RE = re.compile(
    rf"^(?P<word>Article|Art\.)\s+(?P<num>{NUMBER_PATTERN}(?:\s*(?:bis|ter|quater))?|premier|1er|unique)"
    r"\s*[.:\-–]?\s*(?P<title>[^.]{1,80})?$",
    re.IGNORECASE,
)
_PARAGRAPH_RE = re.compile(r"^(?P<num>[0-9]{1,3})\.\s+\S")
# «الفرع: 7 الإخلال …»: a colon after the word, as the consolidated Penal Code prints some sections.
_AR_HEADING_RE = re.compile(r"^(?P<word>الكتاب|الجزء|الباب|الفرع|القسم|الفصل)(?:\s*:)?\s+\S")
# Capitalised heading words followed by their number: running text starting with «partie de …» is no heading.
_FR_HEADING_RE = re.compile(
    r"^(?P<word>Livre|LIVRE|Partie|PARTIE|Titre|TITRE|Chapitre|CHAPITRE|Section|SECTION|Sous-section|SOUS-SECTION)"
    r"\s+(?:[IVXLC]+|premier|première|PREMIER|PREMIERE|unique|UNIQUE|\d+)\b"
)
# «Deuxième Partie» (the CRC's parts), the ordinal before the word.
_FR_PART_RE = re.compile(
    r"^(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième|Septième|Huitième|Neuvième|Dixième)\s+Partie$",
    re.IGNORECASE,
)
# Headings only where an article heading follows (a list item «ثانيا: …» or «II» in running text is none):
# «ثانيا -حماية ضحايا الاتجار بالأشخاص», «II» over «Protection of victims of trafficking in persons» (Palermo).
_ORDINAL_PART_RE = re.compile(
    r"^(?:(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\s*[:\-–]\s*\S.*|[IVX]{1,6}\.?)$"
)
# «(باء) ضحايا إساءة استعمال السلطة»: the lettered parts of a UN declaration.
_LETTERED_PART_RE = re.compile(r"^\((?:ألف|باء|جيم|دال|هاء)\)\s+\S")
# «Articles 19 à 23» alone between articles 18 and 24: where repealed articles stood (a note says so).
_GAP_RE = re.compile(r"^Articles\s+\d+(?:-\d+)*\s+à\s+\d+(?:-\d+)*$")
_ARTICLE_RANGE_RE = re.compile(r"\s*\((?:الفصول|الفصل|Articles?)\b.*$")
_SENTENCE_END_RE = re.compile(r"[.;:؛!?»)\"]$")
_ENDS_SENTENCE_RE = re.compile(r"[.!?][»\")]?$")
# French words a sentence never ends on: a line ending on one was wrapped by the PDF, whatever starts the next
# («une amende de 200 à» / «1.000 dirhams», «au service du» / «Maroc»).
_FR_NOT_LAST = frozenset(
    "à au aux de du des d’ d' le la les l’ l' un une et ou en par pour sur dans sous contre vers entre avec sans "
    "tout toute tous toutes chaque".split()
)
# Arabic words no sentence ends on: a line that ends on one was wrapped («… تلقائيا أو» / «بناء على طلب …», Law
# 27-14's quotation of CPP 82-7, which a judge's trial saw broken mid-sentence). Not after «؛»: «؛ أو» ends an item.
_AR_NOT_LAST = frozenset("أو و في من على إلى عن التي الذي بين".split())
# … and words a sentence may end on, but that a number continues («aux articles» / «80 à 85 dudit code»).
_FR_BEFORE_NUMBER = frozenset("article articles l’article l'article alinéa".split())
_LEVELS = {
    "الكتاب": 0,
    "Livre": 0,
    "الجزء": 1,
    "Partie": 1,
    "الباب": 2,
    "Titre": 2,
    "الفصل": 3,
    "Chapitre": 3,
    "الفرع": 4,
    "القسم": 4,
    "Section": 4,
    "Sous-section": 5,
}
_PART_LEVEL = _LEVELS["Partie"]
_TITLE_LEVEL = _LEVELS["Section"]  # a short title line over numbered paragraphs («رد الحق»)
_MAX_HEADING_CHARS = 160
# Another instrument printed after the last article (ILO C182's Arabic file continues with
# Recommendation 190): it ends the article instead of becoming part of it.
_NEXT_INSTRUMENT_RE = re.compile(
    r"^(?:مؤتمر العمل الدولي\s+)?(?:التوصية|توصية|Recommandation|Recommendation)\s+(?:رقم\s+|n°\s*|no\s+)?\d+"
)
# A heading run into the text of the article before it, after a sentence's end: «… التهديد به. الفصل 231-4
# يعاقب بالسجن المؤبد:». Taken for one only when it numbers the next article (`_follows`), so that a reference
# («… طبقا لمقتضيات الفصل 48 من هذا القانون») never is. The PDF behind the consolidated code garbles some of
# them: «الفصل - 35.-4» is 35-4.
_INLINE_HEADING_RE = re.compile(
    r"(?:^|(?<=[.:;؛]))\s*(?P<heading>(?P<word>الفصل|المادة|Article|Art\.)\s+(?:-\s*)?(?P<num>\d+(?:\.?-\d+)*))"
    r"\s*[.:\-–]?\s+(?=\S)"
)
_TOC_ENTRY_RE = re.compile(r"\.{5,}\s*\d+\s*$")  # «Section VI … ........ 170»: a table of contents
# The title of a table of contents: after it, only its entries, some wrapped over lines without dot leaders.
_TOC_TITLE_RE = re.compile(r"(?i)^(?:table\s+des\s+mati[eè]res|sommaire|contents|table of contents|ال?فهرس)\s*:?$")
_REFERENCE_NUMBER_RE = re.compile(r"^\d{6,}$")  # «0724071802»: a printer's or publisher's reference, no text
# «الفصول من 494 إلى 496 ألغيت.», «الفصول 23 – 19 نسخت.»: what a consolidated code keeps of repealed articles.
_REPEALED_RE = re.compile(
    r"^(?:ال)?(?:فصول|فصل|مواد|ماده|مادة)\s+(?:من\s+)?(\d{1,4})(?:\s*(?:إلى|الى|[-–])\s*(\d{1,4}))?\s+"
    r"(?:ألغيت|الغيت|ألغي|الغي|نسخت|نسخ)\s*\.?$"
)
_MAX_REPEALED = 30  # articles one repeal line may name


@dataclass
class Article:
    """One article of one language version, with where it sits in the text."""

    work_id: str
    language: str
    number: str
    heading: str  # the heading line as written, e.g. «الفصل 448-2»
    text: str
    heading_path: list[str] = field(default_factory=list)
    position: int = 0  # order in its source file
    source: str = ""
    title: str | None = None  # a short article title («Définitions», «نطاق الانطباق»)
    quoted_by: str | None = None  # key of the amending article that quotes this one
    repealed: bool = False  # the text only says the article was repealed («الفصول من 494 إلى 496 ألغيت.»)

    @property
    def key(self) -> str:
        """Stable across languages: the same article of the same work in ar and fr shares it."""
        return f"{self.work_id}:{self.number}"


class ArticleHeading(NamedTuple):
    word: str  # «الفصل», «المادة», «Article»…
    number: str  # canonical, see ingest.article_numbers
    title: str | None
    in_words: bool  # «المادة الأولى» rather than «المادة 1»


def match_article_heading(line: str, language: str, convention: str) -> ArticleHeading | None:
    """Return the heading's parts when ``line`` is an article heading in this convention."""
    line = line.strip()
    if convention == "paragraph":
        match = _PARAGRAPH_RE.match(line)
        return ArticleHeading("", match["num"], None, False) if match else None
    if language == "ar":
        match = _AR_ARTICLE_RE.match(line)
        if not match:
            return None
        word, raw = match["word"], match["num"]
        # In laws, «الفصل الأول» is a chapter; «الفصل 448-1» (digits) is a quoted code article.
        if convention == "madda" and word == "الفصل" and not _is_digits(raw):
            return None
    else:
        match = _FR_ARTICLE_RE.match(line)
        if not match:
            return None
        word, raw = match["word"], match["num"]
    # Arabic headings from right-to-left extraction can be reversed («الفصل 1-308» is 308-1).
    number = normalize_number(raw, rtl=language == "ar")
    return ArticleHeading(word, number, match["title"], not _is_digits(raw)) if number else None


def _is_digits(raw: str) -> bool:
    return raw[0].isdigit()  # str.isdigit is true for Arabic-Indic digits too


def _levels(body: str, language: str) -> dict[str, int]:
    """The heading words' levels in this text: «القسم» is a title above the chapters («الباب») where it comes before
    the first of them (Law 02-03's «القسم الأول: دخول الأجانب …», the CPP's «القسم الثاني مكرر»), a section below
    them elsewhere."""
    if language != "ar":
        return _LEVELS
    first = {word: body.find(f"\n{word} ") for word in ("القسم", "الباب")}
    if 0 <= first["القسم"] < first["الباب"]:
        return {**_LEVELS, "القسم": _LEVELS["الجزء"]}
    return _LEVELS


def _structure_level(line: str, language: str, convention: str, levels: dict[str, int] = _LEVELS) -> int | None:
    if len(line) > _MAX_HEADING_CHARS:
        return None
    match = (_AR_HEADING_RE if language == "ar" else _FR_HEADING_RE).match(line)
    if not match:
        return None
    word = match["word"].capitalize() if language != "ar" else match["word"]
    if word == "الفصل" and convention == "fasl":
        return None  # in codes «الفصل» is the article, matched before this
    return levels.get(word, levels.get(match["word"]))


def _article_follows(queue: list[tuple[int, str]], language: str, convention: str, skip: int = 0) -> bool:
    """Whether the next non-empty line (after `skip` others) of ``queue`` (the next one last) is an article heading."""
    following = (text.strip() for _, text in reversed(queue) if text.strip())
    line = next(islice(following, skip, None), None)
    return line is not None and match_article_heading(line, language, convention) is not None


def _is_short_title(line: str) -> bool:
    return len(line) <= 80 and not _SENTENCE_END_RE.search(line)


def _heading_before_article(
    line: str, text: list[str], queue: list[tuple[int, str]], language: str, convention: str
) -> int | None:
    """The level of a heading that only its place shows to be one: after an article's last sentence (``text``, the
    article's lines so far, ends one) and right before the next article heading. An ordinal part
    (`_ORDINAL_PART_RE`, «II» with its title line between; not in an article that lists «أولا: …» items itself), a
    part «Deuxième Partie», or a title over numbered paragraphs («رد الحق», «(باء) …»). A short last line of an
    article («ثانيا: استغلال الأطفال» closing a list, «تقل الغرامة عن قيمة الشيك») stays its text."""
    if not _is_short_title(line) or (text and not _ENDS_SENTENCE_RE.search(text[-1])):
        return None
    if _FR_PART_RE.match(line) and _article_follows(queue, language, convention):
        return _PART_LEVEL
    if (
        _ORDINAL_PART_RE.match(line)
        and not any(_ORDINAL_PART_RE.match(t) for t in text)
        and (
            _article_follows(queue, language, convention)
            or (line.isupper() and _article_follows(queue, language, convention, 1))
        )
    ):
        return _PART_LEVEL
    if convention == "paragraph" and _article_follows(queue, language, convention):
        if _LETTERED_PART_RE.match(line):
            return _PART_LEVEL
        if len(line.split()) <= 6 and not _ITEM_RE.match(line):
            return _TITLE_LEVEL
    return None


def _continues(line: str, queue: list[tuple[int, str]], language: str, convention: str) -> bool:
    """A line that finishes the heading just read: upper case after upper case («LIVRE PREMIER DES PEINES …» /
    «SURETE»), or a short line right before an article («الباب الثالث: مدة العمل، الراحة الأسبوعية، والعطلة
    السنوية» / «وأيام العطل»; «II» / «Protection of victims of trafficking in persons»)."""
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(line) < 80:
        return True
    # Not «(الفصول 109) – 13» under a part's title: the range of articles it holds, no words of the title.
    return _is_short_title(line) and not line.startswith("(") and _article_follows(queue, language, convention)


def _quoted_target(work: Work, own_number: str, quoted_number: str, catalogue: Catalogue | None) -> str:
    """Which work a quoted article belongs to, from the catalogue's relations of the quoting article."""
    for relation in work.relations:
        if relation.via_article not in (None, own_number):
            continue
        if not relation.articles or quoted_number in relation.articles:
            if catalogue is None or catalogue.get(relation.target):
                return relation.target
    return work.id


def split_articles(
    body: str,
    *,
    work: Work,
    language: str,
    source: str = "",
    catalogue: Catalogue | None = None,
) -> list[Article]:
    """Split ``body`` (one heading or paragraph per line) into articles with their heading paths.

    Text before the first article (titles, the promulgating dahir's preamble) is not an article
    and is dropped here; the catalogue holds the work's metadata.
    """
    convention = work.convention_for(language)
    levels = _levels("\n" + body, language)
    articles: list[Article] = []
    path: dict[int, str] = {}  # the work's own structure
    quote_path: dict[int, str] = {}  # the structure of the code being quoted by an amending law
    pending: list[tuple[int, str]] = []  # headings met inside an amending law's article, not yet placed
    current: Article | None = None
    lines: list[str] = []
    own_number: str | None = None  # the amending law's own article we are inside
    quotes_codes = work.type in ("law", "decree") and convention == "madda"

    def close() -> None:
        if current is not None:
            current.text = "\n".join(_join_wrapped_lines(lines, language)).strip()
            articles.append(current)

    def placed(into: dict[int, str], headings: list[tuple[int, str]]) -> dict[int, str]:
        for level, heading_line in headings:
            into = {k: v for k, v in into.items() if k < level}
            into[level] = heading_line
        return into

    last_heading: tuple[int, str] | None = None
    queue = list(reversed(list(enumerate(body.splitlines()))))  # lines still to read, the next one last
    while queue:
        position, raw_line = queue.pop()
        line = raw_line.strip()
        if current is not None and _TOC_TITLE_RE.match(line) and _toc_follows(queue):
            break  # a table of contents after the articles: the rest is its entries, no article's text
        if not line or _TOC_ENTRY_RE.search(line) or _REFERENCE_NUMBER_RE.match(line):
            continue
        if repealed := _repealed(line):
            # Not the text of the article before it: each repealed article's own entry, saying so in the code's
            # words (a reader of another language's wording of 494 sees, beside it, that this one repeals it).
            close()
            current, lines = None, []
            heading_path = [path[k] for k in sorted(path)]
            articles += [
                Article(work.id, language, n, line, line, heading_path, position, source, repealed=True)
                for n in repealed
            ]
            continue
        heading = match_article_heading(line, language, convention)
        if heading:
            last_heading = None
        if heading:
            word, number, title, in_words = heading
            work_id, quoted_by = work.id, None
            if quotes_codes and own_number is not None and _is_quoted(number, own_number, word):
                work_id = _quoted_target(work, own_number, number, catalogue)
                quoted_by = f"{work.id}:{own_number}"
                # Headings just before a quoted article («الفرع السادس: …») are the code's structure,
                # and part of the amending article's text that introduces them.
                lines.extend(h for _, h in pending if current is not None and current.quoted_by is None)
                quote_path = placed(quote_path, pending)
            else:
                if quotes_codes:
                    own_number = number
                    quote_path = {}
                if pending and current is not None and lines and lines[-1].endswith(":"):
                    # «يغير … عنوان الفرع السابع … :» then the new title: the amending article's text, not the law's
                    # own structure (a heading of the law's own after it still is).
                    lines.append(pending.pop(0)[1])
                path = placed(path, pending)
            pending = []
            close()
            lines = []
            current = Article(
                work_id=work_id,
                language=language,
                number=number,
                heading=line,
                text="",
                heading_path=[p[k] for p in [quote_path if quoted_by else path] for k in sorted(p)],
                position=position,
                source=source,
                title=title,
                quoted_by=quoted_by,
            )
            if convention == "paragraph":  # a numbered paragraph's heading is its first line
                current.heading = f"{number}."
                lines.append(line)
            continue
        if _NEXT_INSTRUMENT_RE.match(line):
            close()
            current, lines, path, pending = None, [], {}, []
            continue
        if (
            current is not None
            and _GAP_RE.match(line)
            and (not lines or _ENDS_SENTENCE_RE.search(lines[-1]))
            and _article_follows(queue, language, convention)
        ):
            close()  # not the text of the article before it
            current, lines = None, []
            continue
        level = _structure_level(line, language, convention, levels)
        if level is None and last_heading is not None and _continues(line, queue, language, convention):
            # A heading wrapped onto two lines; without the range of articles the code prints after some titles
            # («… وممارسة» / «التعذيب (الفصول 232) – 224»), garbled and no words of the title.
            level, line = last_heading[0], f"{last_heading[1]} {_ARTICLE_RANGE_RE.sub('', line)}"
            path = {k: v for k, v in path.items() if k < level}
            if pending and pending[-1] == last_heading:
                pending.pop()
        elif level is None:
            level = _heading_before_article(line, lines if current else [], queue, language, convention)
        last_heading = (level, line) if level is not None else None
        if level is not None:
            if quotes_codes and current is not None:
                pending.append((level, line))  # the next article heading says whose structure it is
                continue
            path = placed(path, [(level, line)])
            close()
            current, lines = None, []
            continue
        if current is not None:
            if inline := _inline_heading(line, current.number):
                line, heading_line, rest = inline
                queue += [(position, rest), (position, heading_line)]
                if not line:
                    continue
            lines.extend(h for _, h in pending)  # headings followed by text stay in the text
            pending = []
            lines.append(line)
    close()
    if quotes_codes:
        articles = [a for a in articles if a.text or a.quoted_by is None]
    return _mark_promulgating_articles(articles, work.titles.get(language))  # type: ignore[call-overload]


def _repealed(line: str) -> list[str]:
    """The article numbers a repeal line names, in order («الفصول 23 – 19 نسخت» is 19 to 23); none if it is not one."""
    match = _REPEALED_RE.match(line)
    if match is None:
        return []
    low, high = sorted(int(n) for n in (match.group(1), match.group(2) or match.group(1)))
    return [str(n) for n in range(low, high + 1)] if high - low < _MAX_REPEALED else []


def _toc_follows(queue: list[tuple[int, str]], lines: int = 5) -> bool:
    """Whether one of the next few lines (``queue`` holds them last first) is a table-of-contents entry: a title
    «Sommaire» alone, say an annex's, is no reason to stop reading."""
    following = [line for _, line in reversed(queue) if line.strip()][:lines]
    return any(_TOC_ENTRY_RE.search(line.strip()) for line in following)


def _inline_heading(line: str, current: str) -> tuple[str, str, str] | None:
    """(text before, heading, text after) when the line runs the next article's heading into its text."""
    for match in _INLINE_HEADING_RE.finditer(line):
        number = match["num"].replace(".", "")
        if _follows(current, number):
            return line[: match.start()].strip(), f"{match['word']} {number}", line[match.end() :]
    return None


def _follows(previous: str, number: str) -> bool:
    """Whether ``number`` comes right after ``previous``: 231-3 → 231-4, 231-8 → 232, 448 → 448-1."""
    if not re.fullmatch(r"\d+(?:-\d+)*", previous):
        return False
    before = tuple(int(p) for p in previous.split("-"))
    after = tuple(int(p) for p in number.split("-"))
    return after in (before[:-1] + (before[-1] + 1,), (before[0] + 1,), before + (1,))


def _join_wrapped_lines(lines: list[str], language: str) -> list[str]:
    """Join lines a PDF wrapped mid-sentence (see `_wrapped`); a numbered item («b) dans le droit …») starts its own."""
    joined: list[str] = []
    for line in lines:
        if joined and not _ITEM_RE.match(line) and _wrapped(joined[-1], line, language):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _wrapped(previous: str, line: str, language: str) -> bool:
    """Whether ``line`` goes on with the sentence of ``previous``: this one does not end a sentence, and the next
    starts in lower case, or (French) this one ends on a word no sentence ends on («d'une amende de 200 à» /
    «1.000 dirhams», «au service du» / «Maroc»), on a comma, or on «article» before a number («l'article» /
    «689 du code»)."""
    if previous.endswith((".", ":", ";", "!", "?", "»")):
        return False
    if line[:1].islower():
        return True
    last = previous.split()[-1].lower() if previous.split() else ""
    if language == "ar":
        return last in _AR_NOT_LAST and not re.search(r"[؛;]\s*\S+$", previous)
    if language != "fr":
        return False
    return previous.endswith(",") or last in _FR_NOT_LAST or (last in _FR_BEFORE_NUMBER and line[:1].isdigit())


def _mark_promulgating_articles(articles: list[Article], code_title: str | None = None) -> list[Article]:
    """A code printed after its promulgating dahir numbers articles from 1 twice: the first run is the dahir's. The
    code's first heading, printed after the dahir's signature with the code's title («DISPOSITIONS PRELIMINAIRES»,
    «مبادئ عامة»), heads the code's articles before its first book (a judge's trial found articles 1 to 12 under
    none)."""
    own = [a for a in articles if a.quoted_by is None]
    restart = next((i for i, a in enumerate(own) if a.number == "1" and i > 0), None)
    if restart is None or own[0].number != "1":
        return articles
    for article in own[:restart]:
        article.number = f"dahir-{article.number}"
    own[restart - 1].text, tail = _without_code_title(own[restart - 1].text)
    if heading := _first_heading(tail, code_title):
        for article in own[restart:]:
            if article.heading_path:
                break
            article.heading_path = [heading]
    return articles


_SIGNED_RE = re.compile(r"^(?:Fait à|وحرر ب)")
_TITLE_TAIL_RE = re.compile(r"^[*\s]+$|\((?:Articles?|الفصول|الفصل)\b")


def _without_code_title(text: str) -> tuple[str, list[str]]:
    """The dahir's last article without the code's own title printed after the signature («*», «* *», «CODE
    PENAL», «DISPOSITIONS PRELIMINAIRES», «(Articles 1 à 12)»; «مجموعة القانون الجنائي مبادئ عامة (الفصول 12) –
    1»), which no heading pattern reads and which a trial found shown as the dahir's text; and those lines."""
    lines = text.split("\n")
    signed = next((i for i, line in enumerate(lines) if _SIGNED_RE.match(line.strip())), None)
    if signed is None:
        return text, []
    tail = lines[signed + 1 :]
    cut = next((i for i, line in enumerate(tail) if _TITLE_TAIL_RE.search(line.strip())), None)
    if cut is None:
        return text, []
    # From the first separator or range on; the title's lines before it (upper case, no sentence) go with it.
    while cut > 0 and not re.search(r"[.:;،؛]$", tail[cut - 1].strip()):
        cut -= 1
    return "\n".join(lines[: signed + 1] + tail[:cut]).rstrip(), tail[cut:]


def _first_heading(tail: list[str], code_title: str | None) -> str | None:
    """The code's first heading in the title lines cut off its dahir: none of the separators, the code's title or the
    range of articles («(Articles 1 à 12)», «(الفصول 12) – 1»)."""
    words = " ".join(line.strip() for line in tail if not re.fullmatch(r"[*\s]*", line))
    words = re.split(r"\((?:Articles?|الفصول|الفصل)\b", words)[0].strip()
    if code_title and fold_accents(words).casefold().startswith(fold_accents(code_title).casefold()):  # «CODE PENAL»
        words = words[len(code_title) :].strip()
    return words or None


def _is_quoted(number: str, own_number: str, word: str) -> bool:
    """A law's own articles run 1, 2, 3…; any other number inside one is a quoted article."""
    if word == "الفصل":
        return True
    if not own_number.isdigit():
        return True
    return number != str(int(own_number) + 1)


# Numbered items as printed: «1- …», «2) …», «أ) …», «(ب) …», «1° …», «a. …», «(a) …», «iv) …», «B) …», «- …»,
# «— …»; not an amount («1.000 dirhams»).
_ITEM_RE = re.compile(
    r"^(?P<marker>\(?(?:[0-9٠-٩]{1,3}|[أ-ي]|[a-z])\s?[-–)\.°](?![0-9٠-٩])|\(?(?:[ivx]{2,4}|[A-Z])\)"
    r"|\([0-9٠-٩a-zأ-ي]{1,4}\)|[-–—•])\s*(?=\S)"
)


class Paragraph(NamedTuple):
    marker: str | None  # «1-», «أ)», «1°»… for a numbered item; None for a plain paragraph
    text: str


def paragraphs(text: str) -> list[Paragraph]:
    """An article's paragraphs and numbered items, in order (the leaves of the structure tree)."""
    found = []
    for line in filter(None, (line.strip() for line in text.split("\n"))):
        match = _ITEM_RE.match(line)
        found.append(Paragraph(match["marker"].strip(), line[match.end() :]) if match else Paragraph(None, line))
    return found
