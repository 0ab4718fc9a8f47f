"""Cross-references between articles, found in an article's text at ingestion.

A reference is an article word («الفصل», «الفصلين», «الفصول», «المادة», «المادتين», «المواد»,
«article(s)», «art.») followed by one or several numbers — a list («المادتين 6-82 و7-82», «articles
448-1 et 448-2») or a range («من 448-1 إلى 448-14», «448-1 à 448-14», whose two ends only are kept) —
and, optionally, by what says which work it belongs to:

- «أعلاه», «أدناه», «من هذا القانون», «ci-dessus», «de la présente loi», or nothing: the work itself;
- a work named right after («من مجموعة القانون الجنائي», «du code pénal», «de la loi n° 27-14»):
  that work when the catalogue has it, else the reference is kept unresolved (``work_id`` None);
- «منه», «من نفس القانون», «son art. 5»: the work last named before it in the same paragraph.

Moroccan laws number their own articles «المادة» 1, 2, 3… and quote the codes' «الفصل 448-2» and
«المادة 82-5-1»: such a reference in a law that names no other work is resolved through the law's
relations in the catalogue (Law 27-14's «بالمادة 82-5-1» → the CPP), and left unresolved when they do
not list it. Ordinal words are read as articles only where they are («المادة الأولى» of a law,
«الفصل الأول» of a code); «الفصل الأول» of a law is a chapter. Arabic running text from the adala
PDFs prints hyphenated numbers reversed («6-82» for 82-6): :func:`normalize_number` with ``rtl=True``
puts them back.

Pass the work the article belongs to (``Article.work_id``): a Penal Code article quoted by Law 27-14
says «من هذا القانون» of the Code, not of the law.

Usage::

    from ingest.catalogue import load_catalogue
    from ingest.crossrefs import find_references
    catalogue = load_catalogue()
    cpp = catalogue.work("ma-cpp")
    refs = find_references("المنصوص عليها في المادتين 6-82 و7-82 أدناه", language="ar", work=cpp,
                           catalogue=catalogue)
    [r.key for r in refs]   # ['ma-cpp:82-6', 'ma-cpp:82-7']
    refs[0].text            # 'المادتين 6-82 و7-82 أدناه'
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from ingest.article_numbers import (
    ARABIC_DIGITS,
    NUMBER_PATTERN,
    QUANTITY_UNITS,
    normalize_number,
    number_key,
    ordinal_to_int,
)
from ingest.catalogue import ArticleConvention, Catalogue, Work
from ingest.text import normalize_arabic


@dataclass(frozen=True)
class CrossReference:
    """One referenced article; the numbers of one list or range share their ``text`` and offsets."""

    text: str  # the matched span as written: «الفصل 448-1 أعلاه», «l'article 448-1 ci-dessus»
    start: int
    end: int
    article: str  # canonical target number («448-1», «82-6»)
    work_id: str | None  # None when the text names a work the catalogue does not have
    key: str | None  # f"{work_id}:{article}" when work_id is known


# --- Article words and numbers -------------------------------------------------------------------

_AR_LETTER = "\u0621-\u064a"
_DASHES = "-–‐‑"
# «الفصل», «والفصل», «بالفصل», «للمادة» (ل + ال), «وفقا للمواد»; the stem says fasl or madda, and
# whether a list follows (dual, plural).
_AR_WORD_RE = re.compile(
    rf"(?<![{_AR_LETTER}])(?:[وف])?(?:بال|كال|لل|ال)"
    rf"(?P<stem>فصلين|فصلان|فصول|فصل|مادتين|مادتان|مادة|ماده|مواد)(?![{_AR_LETTER}])"
)
_FR_WORD_RE = re.compile(r"(?<!\w)(?:[lL]['’]\s?)?(?P<stem>[Aa]rticles?|[Aa]rts?\.)(?!\w)")
_EN_WORD_RE = re.compile(r"(?<!\w)(?P<stem>[Aa]rticles?|[Aa]rts?\.)(?!\w)")
_PLURAL_STEMS = {"فصلين", "فصلان", "فصول", "مادتين", "مادتان", "مواد", "Articles", "articles", "Arts.", "arts."}

# A number in running text is THE article-number pattern, cut where a sentence or a line ends
# («الفصل 448-1.\n2- إذا …» is 448-1, not 448-1-2).
_NUMBER_RE = re.compile(NUMBER_PATTERN)
_GARBLED_AFTER_RE = re.compile(r"[.:][-–][0-9٠-٩]")
_NUMBER_CUT_RE = re.compile(r"\s*\n|\.\s|\.$")
_SPACED_PAIR_RE = re.compile(rf"(\d+) [{_DASHES}] (\d+)")  # «الفصول 23 – 19»: a range, printed RTL
_AR_SUFFIX_RE = re.compile(rf"\s*(?:المكرر|مكررة|مكرر)(?:\s+مرتين)?(?![{_AR_LETTER}])")
_FR_SUFFIX_RE = re.compile(r"\s*(?:bis|ter|quater)(?!\w)", re.IGNORECASE)
_FR_ORDINAL_RE = re.compile(r"(?:premier|1er|unique)(?!\w)", re.IGNORECASE)
_AR_WORDS_RE = re.compile(rf"[{_AR_LETTER}]+(?:\s+[{_AR_LETTER}]+){{0,2}}")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 10.000 درهم: an amount, never an article


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


# A quantity ends the list.
_UNITS = frozenset(_fold_latin(normalize_arabic(w)) for w in QUANTITY_UNITS)
_NEXT_WORD_RE = re.compile(r"\s*(%|\w+)")

# Between numbers: «و», «،», «أو», «et», «ou», «,»; a range: «إلى», «à», «to» (the article word may
# be repeated: «من الفصل 448-1 إلى الفصل 448-14»).
_AR_SEPARATOR_RE = re.compile(
    r"\s*(?:[،,]\s*(?:و\s*)?|\s(?:و|أو\s|او\s)\s*|\s(?:إلى|الى|حتى)\s+(?:(?:ال)?(?:فصل|مادة)\s+)?)"
)
_FR_SEPARATOR_RE = re.compile(
    r"\s*(?:,\s*(?:et\s+|ou\s+)?|\s(?:et|ou)\s+|\s(?:à|au)\s+(?:l['’]\s?(?:article|art\.)\s*)?)", re.IGNORECASE
)
# Between two references, one naming no work and the next one naming it: «المادة 10 وفي الفقرة 1 من المادة 18 من …»,
# «l'article 10 et à l'alinéa 2 de l'article 18 de la loi …».
_AR_COORDINATED_RE = re.compile(
    rf"\s*(?:[،,]\s*)?(?P<conjunction>(?:و|أو\s|او\s)\s*)?(?:(?:في|ب|ل)\s*)?"
    rf"(?:(?:ال)?فقرة\s+[{_AR_LETTER}0-9]+\s+من\s+)?"
)
_FR_COORDINATED_RE = re.compile(
    r"\s*,?\s*(?:et|ou)\s+(?:(?:à|au|de|du)\s+)?(?:(?:l['’]\s?)?(?:alinéa|paragraphe)\s+\w+\s+(?:de\s+)?)?",
    re.IGNORECASE,
)
_EN_COORDINATED_RE = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:(?:to|in|of)\s+)?(?:(?:paragraph)\s+\w+\s+(?:of\s+)?)?", re.IGNORECASE
)
_EN_SEPARATOR_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to)\s+)", re.IGNORECASE)
# A paragraph named inside a list: «الفصول 188 فقرة أولى، و191 و193», «art. 5, al. 2, et 6».
_AR_PARAGRAPH_RE = re.compile(rf"\s+(?:ال)?فقرة\s+[{_AR_LETTER}0-9]+")
_FR_PARAGRAPH_RE = re.compile(
    r"\s*,?\s*(?:(?:par\.|paragraphe|al\.|alinéa|let\.|lettre|§)\s*\w+|\d{1,2}°)", re.IGNORECASE
)
_BRACKET_OPEN_RE = re.compile(r"\(\s*(?=[0-9٠-٩])")
_BRACKET_CLOSE_RE = re.compile(r"(?:\s+[^\W\d_]{1,8})?\s*\)")
# Before the first number: «الفصول من 19 إلى 23», «المادة رقم 5», «des articles n° 5».
_AR_BEFORE_RE = re.compile(r"\s*(?:(?:من|رقم)\s+)?")
_FR_BEFORE_RE = re.compile(r"\s*(?:n°\s*)?")

# --- What follows the numbers ----------------------------------------------------------------------

# «… من الباب الثالث من الكتاب الثاني من المرسوم …», «…, par. 1, de la Convention»: skipped over.
# «الفصل 663 وما يليه من المسطرة الجنائية», «articles 663 et suivants du code de procédure pénale» too.
_AR_DIVISION_RE = re.compile(
    rf"\s+من\s+(?:ال)?(?:فقرة|فقرات|بند|بنود|باب|كتاب|قسم|فرع|جزء|فصل)\s+[{_AR_LETTER}0-9]+(?:\s+(?:عشر|عشرة))?"
    r"|\s+وما\s+(?:يليه|يليها|بعده|بعدها)(?!\w)"
)
_FR_DIVISION_RE = re.compile(
    r"\s*,?\s*(?:(?:par\.|paragraphe|al\.|alinéa|let\.|lettre|ch\.|chiffre|point|§)\s*[\w()]+"
    r"|(?:du|de\s+la|de\s+l['’])\s*(?:chapitre|titre|section|livre|partie|paragraphe)\s+\w+"
    r"|et\s+suivants(?!\w))\s*,?",
    re.IGNORECASE,
)
_AR_SELF_RE = re.compile(r"\s+(?:أعلاه|اعلاه|أدناه|ادناه|بعده|بعدها|قبله|قبلها|أسفله|أعلاها|آنفا|آنفاً)(?!\w)")
_AR_ANAPHOR_RE = re.compile(r"\s+(?:منه|منها)(?!\w)")
_AR_FROM_RE = re.compile(r"\s+(?:من|في)\s+")
_AR_THIS_RE = re.compile(rf"(?:هذا|هذه)\s+(?P<kind>[{_AR_LETTER}]+)")
_AR_SAME_RE = re.compile(
    rf"(?:نفس\s+(?P<kind>[{_AR_LETTER}]+)|(?P<kind2>[{_AR_LETTER}]+)\s+(?:نفسه|نفسها|ذاته|ذاتها))(?!\w)"
)
_CI = rf"ci\s?[{_DASHES}]?\s?"
_FR_SELF_RE = re.compile(
    rf"\s*,?\s*(?:{_CI}dessus|{_CI}dessous|{_CI}après|susvisée?s?|précitée?s?)(?!\w)", re.IGNORECASE
)
_FR_OF_RE = re.compile(r"\s*,?\s*(?:du|de\s+la|de\s+l['’]\s?|des|de|d['’])\s*", re.IGNORECASE)
_FR_THIS_RE = re.compile(r"(?:présente?s?)\s+(?P<kind>\w+)", re.IGNORECASE)
_FR_SAME_RE = re.compile(r"(?:même|ladite|ledit|dudit|desdits)\s+(?P<kind>\w+)(?!\w)", re.IGNORECASE)
_FR_ANNEXED_RE = re.compile(rf"\s*{_CI}annexée?(?!\w)", re.IGNORECASE)  # «du code ci-annexé»: the dahir's code
_EN_SELF_RE = re.compile(r"\s*,?\s*(?:above|below|hereof)(?!\w)", re.IGNORECASE)
_EN_OF_RE = re.compile(r"\s*,?\s*(?:of|in)\s+(?:the\s+(?!present))?", re.IGNORECASE)
_EN_THIS_RE = re.compile(r"(?:this|the\s+present)\s+(?P<kind>\w+)", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"(?<!\w)(?:son|sa|ses|its)\s+$", re.IGNORECASE)  # «conformément à son art. 5»

# Words that name a kind of legal text (folded): «من مدونة الأسرة» names a work, catalogued or not.
_AR_KINDS = {
    "القانون": "law", "قانون": "law", "مجموعه": "code", "مدونه": "law", "المسطره": "code",
    "الظهير": "dahir", "ظهير": "dahir",
    "المرسوم": "decree", "مرسوم": "decree", "القرار": "decree", "قرار": "decree", "الدستور": "constitution",
    "دستور": "constitution", "الاتفاقيه": "convention", "اتفاقيه": "convention", "البروتوكول": "protocol",
    "بروتوكول": "protocol", "الميثاق": "charter", "ميثاق": "charter", "العهد": "charter",
    "الاعلان": "declaration", "اعلان": "declaration", "المعاهده": "charter", "معاهده": "charter",
}  # fmt: skip
_LATIN_KINDS = {
    "loi": "law", "code": "code", "dahir": "dahir", "decret": "decree", "arrete": "decree",
    "constitution": "constitution", "convention": "convention", "protocole": "protocol", "charte": "charter",
    "pacte": "charter", "declaration": "declaration", "traite": "charter", "statut": "charter",
    "law": "law", "act": "law", "decree": "decree", "protocol": "protocol", "charter": "charter",
    "covenant": "charter", "statute": "charter", "treaty": "charter",
}  # fmt: skip
# Which catalogue types a kind word may name («القانون رقم 22.01» is the CPP, a code).
_KIND_TYPES = {
    "law": {"law", "code"},
    "code": {"code", "law"},
    "decree": {"decree"},
    "convention": {"convention"},
    "protocol": {"protocol"},
}
# After a kind word, up to its number: «القانون السالف الذكر رقم 02.03», «du dahir n° 1-59-413».
_AR_NUMBER_AFTER_RE = re.compile(rf"(?:\s+[{_AR_LETTER}]+){{0,4}}?\s+رقم\s+(?P<number>[0-9٠-٩]+(?:[.\-/][0-9٠-٩]+)*)")
_AR_BARE_NUMBER_RE = re.compile(r"\s+(?P<number>[0-9٠-٩]+(?:[.\-/][0-9٠-٩]+)+)")  # «القانون 13.103»
_FR_NUMBER_AFTER_RE = re.compile(
    r"(?:\s+\w+){0,3}?\s*(?:n°|no\.?|nº|numéro)\s*(?P<number>\d+(?:[.\-/]\d+)*)", re.IGNORECASE
)
_NEXT_NAME_WORD_RE = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
_LATIN_NAME_RE = re.compile(
    r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?(\w+)", re.IGNORECASE
)  # «Code de commerce»
# Words of a work phrase that point back to a work named earlier («القانون السالف الذكر»).
_ANAPHOR_WORDS = frozenset(
    "المذكور المذكوره السالف المشار السابق المومإ المومأ precite precitee susvise susvisee ci".split()
)
# «القانون رقم 27.14 الصادر بتنفيذه الظهير الشريف …»: the promulgating dahir is no antecedent.
_PROMULGATING_RE = re.compile(r"(?:بتنفيذه|بتنفيذها|promulguée?\s+par(?:\s+le)?|portant\s+promulgation\s+de)\s*$")
# A French title's subject, after its kind word: «Code de procédure pénale» → «procédure pénale», so
# that «la loi relative à la procédure pénale» names it too.
_FR_TITLE_HEAD_RE = re.compile(
    r"^(?:code|loi|décret|convention)(?:\s+n°\s*[\d.\-]+)?\s+(?:relative?\s+(?:à|aux?)|fixant|concernant|sur|de|du|des)?\s*",
    re.IGNORECASE,
)
_CONNECTORS = frozenset("relative relatif a au aux la le les l de du des d sur concernant portant".split())

# --- The catalogue's names for its works ---------------------------------------------------------


def _tokens(text: str) -> list[str]:
    """Comparable words: folded Arabic, unaccented lower-case Latin, digits apart («pénale46» → penale, 46)."""
    return re.findall(r"[^\W\d_]+|\d+", _fold_latin(normalize_arabic(text)))


@dataclass(frozen=True)
class _Names:
    """A catalogue's works by title words (longest first), by French subject and by number."""

    phrases: tuple[tuple[tuple[str, ...], str], ...]
    subjects: tuple[tuple[tuple[str, ...], str, str], ...]  # (words, work id, work type)
    numbers: dict[tuple[int, ...], tuple[Work, ...]]


_NAMES_CACHE: dict[int, tuple[Catalogue, _Names]] = {}


def _aliases(title: str) -> Iterator[str]:
    """A title, and the shorter names practitioners write for it."""
    yield title
    bare = re.sub(r"\s*(?:رقم|n°)\s*[0-9][0-9.\-]*", "", title)  # «القانون المتعلق بالمسطرة الجنائية»
    yield bare
    for head in ("مجموعة ", "قانون ", "مدونة "):  # «القانون الجنائي», «المسطرة الجنائية»
        if bare.startswith(head):
            yield bare.removeprefix(head)


def _names(catalogue: Catalogue) -> _Names:
    cached = _NAMES_CACHE.get(id(catalogue))
    if cached and cached[0] is catalogue:
        return cached[1]
    phrases: dict[tuple[str, ...], str] = {}
    subjects: dict[tuple[str, ...], tuple[str, str]] = {}
    numbers: dict[tuple[int, ...], list[Work]] = {}
    for work in catalogue.works:
        for title in [*work.titles.values(), *work.short_titles.values()]:
            for alias in _aliases(title):
                words = tuple(_tokens(alias))
                if len(words) >= 2:  # «القانون» alone names nothing
                    phrases.setdefault(words, work.id)
        for title in (work.titles.get("fr"), work.titles.get("en")):
            if title:
                head = _FR_TITLE_HEAD_RE.match(title)
                words = tuple(_tokens(title[head.end() :])) if head else ()
                if len(words) >= 2:
                    subjects.setdefault(words, (work.id, work.type))
        if work.number:
            numbers.setdefault(number_key(work.number), []).append(work)
    names = _Names(
        phrases=tuple(sorted(phrases.items(), key=lambda item: -len(item[0]))),
        subjects=tuple((words, *ids) for words, ids in sorted(subjects.items(), key=lambda item: -len(item[0]))),
        numbers={k: tuple(v) for k, v in numbers.items()},
    )
    if len(_NAMES_CACHE) > 8:
        _NAMES_CACHE.clear()
    _NAMES_CACHE[id(catalogue)] = (catalogue, names)
    return names


# --- Which work a reference points to -----------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    kind: Literal["self", "work", "unknown", "anaphor"]
    work_id: str | None = None
    convention: ArticleConvention | None = None  # of an uncatalogued work, guessed from its kind word
    end: int = 0
    kind_word: str | None = None  # an anaphor's kind («code» in «du code précité»)


class _Resolver:
    """Reads the work phrase after a reference («من مجموعة القانون الجنائي», «de la présente loi»)."""

    def __init__(self, text: str, language: str, work: Work, catalogue: Catalogue) -> None:
        self.text = text
        self.language = language
        self.work = work
        self.catalogue = catalogue
        self.names = _names(catalogue)
        words = [(m.start(), m.end(), _tokens(m.group())) for m in re.finditer(r"\w+", text)]
        self.word_starts = [start for start, _, _ in words]
        self.word_ends = [end for _, end, _ in words]
        # Title words are compared token by token: «pénale46» (a footnote mark) is two tokens of one word.
        self.flat = [(token, end) for _, end, tokens in words for token in tokens]  # token, end offset
        self.first_token: dict[int, int] = {}  # word index → index of its first token in ``flat``
        position = 0
        for word_index, (_, _, tokens) in enumerate(words):
            self.first_token[word_index] = position
            position += len(tokens)

    def after(self, pos: int) -> _Target | None:
        """The work named at ``pos`` (just after the numbers), or None when nothing names one."""
        text = self.text
        if self.language == "ar":
            while m := _AR_DIVISION_RE.match(text, pos):
                pos = m.end()
            if m := _AR_SELF_RE.match(text, pos):
                return _Target("self", end=m.end())
            if m := _AR_ANAPHOR_RE.match(text, pos):
                return _Target("anaphor", end=m.end())
            if m := _AR_FROM_RE.match(text, pos):
                return self.phrase(m.end())
            return None
        while m := _FR_DIVISION_RE.match(text, pos):
            pos = m.end()
        self_re, of_re = (_EN_SELF_RE, _EN_OF_RE) if self.language == "en" else (_FR_SELF_RE, _FR_OF_RE)
        if m := self_re.match(text, pos):
            return _Target("self", end=m.end())
        if m := of_re.match(text, pos):
            return self.phrase(m.end())
        return None

    def phrase(self, pos: int) -> _Target | None:
        """A work phrase starting at ``pos`` (after «من», «de la», «of»), or None."""
        text = self.text
        this_re = {"ar": _AR_THIS_RE, "en": _EN_THIS_RE}.get(self.language, _FR_THIS_RE)
        if m := this_re.match(text, pos):
            # «من هذا القانون», «de la présente loi», «du présent chapitre» (a part of this same work);
            # not «هذا الأخير».
            if self.language != "ar" or self._kind(m["kind"]):
                return _Target("self", end=m.end())
        # «من نفس القانون», «من القانون نفسه», «du même code»
        same = (_AR_SAME_RE if self.language == "ar" else _FR_SAME_RE).match(text, pos)
        if same and (kind_word := self._kind(next(g for g in same.groups() if g))):
            return _Target("anaphor", end=same.end(), kind_word=kind_word)
        if named := self._named(pos):
            return named
        word = re.compile(r"\w+").match(text, pos)
        if not word or not (kind := self._kind(word.group())):
            return None  # «الفصل 40 من خمس سنوات»: not a work
        if found := self._numbered(word.end(), kind) or self._subject(word.end(), kind):
            return found
        if _fold_latin(normalize_arabic(word.group())).removeprefix("ال") in ("اتفاقيه", "convention"):
            if parent := self._convention():
                return _Target("work", parent, end=word.end())  # «من الاتفاقية» in a protocol
        if self.language != "ar" and (m := _FR_ANNEXED_RE.match(text, word.end())):
            return _Target("self", end=m.end())
        following = _NEXT_NAME_WORD_RE.match(text, word.end())
        # «من القانون المذكور», «du dahir précité», «du code;»: a work named earlier
        if not following or any(_fold_latin(normalize_arabic(w or "")) in _ANAPHOR_WORDS for w in following.groups()):
            return _Target("anaphor", end=word.end(), kind_word=kind)
        name = following if self.language == "ar" else _LATIN_NAME_RE.match(text, word.end()) or following
        return _Target("unknown", convention=self._guess_convention(kind), end=name.end(1))

    def before(self, pos: int) -> _Target | None:
        """The work last named before ``pos`` in the same paragraph («الدستور … الفصلين 42 و50 منه»)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        first = bisect.bisect_left(self.word_starts, line_start)
        last = bisect.bisect_left(self.word_starts, pos)
        for index in range(last - 1, first - 1, -1):
            start = self.word_starts[index]
            if _PROMULGATING_RE.search(self.text, line_start, start):
                continue
            target = self.phrase(start)
            if target is None or target.kind == "anaphor" or target.end > pos:
                continue
            # «Le présent Protocole», «هذا القانون», «نفس القانون»: the phrase may begin a word or two earlier.
            for earlier in range(index - 1, max(first, index - 2) - 1, -1):
                wider = self.phrase(self.word_starts[earlier])
                if wider is not None and wider.end >= self.word_ends[index]:
                    target = wider
                    break
            if target.kind != "anaphor":
                return target
        return None

    def _kind(self, word: str) -> str | None:
        folded = _fold_latin(normalize_arabic(word))
        if self.language == "ar":
            return _AR_KINDS.get(folded)
        return _LATIN_KINDS.get(folded) or _LATIN_KINDS.get(folded.removesuffix("s"))

    def _tokens_at(self, pos: int) -> int | None:
        """Index in ``flat`` of the first token of the word starting at ``pos``."""
        index = bisect.bisect_left(self.word_starts, pos)
        if index == len(self.word_starts) or self.word_starts[index] - pos > 2:
            return None
        return self.first_token.get(index)

    def _named(self, pos: int) -> _Target | None:
        """A catalogued work named by its title words at ``pos``, longest title first."""
        first = self._tokens_at(pos)
        if first is None:
            return None
        words = tuple(token for token, _ in self.flat[first : first + 40])
        for phrase, work_id in self.names.phrases:
            if words[: len(phrase)] == phrase:
                return _Target("work", work_id, end=self.flat[first + len(phrase) - 1][1])
        return None

    def _subject(self, pos: int, kind: str) -> _Target | None:
        """«la loi relative à la procédure pénale»: a kind word and a catalogued French title's subject."""
        first = self._tokens_at(pos)
        if first is None or self.language == "ar":
            return None
        while first < len(self.flat) and self.flat[first][0] in _CONNECTORS:
            first += 1
        words = tuple(token for token, _ in self.flat[first : first + 40])
        for phrase, work_id, work_type in self.names.subjects:
            if words[: len(phrase)] == phrase and work_type in _KIND_TYPES.get(kind, ()):
                return _Target("work", work_id, end=self.flat[first + len(phrase) - 1][1])
        return None

    def _numbered(self, pos: int, kind: str) -> _Target | None:
        """«القانون رقم 27.14», «du dahir n° 1-59-413»: a work by its number, catalogued or not."""
        text = self.text
        if self.language == "ar":
            m = _AR_NUMBER_AFTER_RE.match(text, pos) or _AR_BARE_NUMBER_RE.match(text, pos)
        else:
            m = _FR_NUMBER_AFTER_RE.match(text, pos)
        if not m:
            return None
        key = number_key(m["number"])
        types = _KIND_TYPES.get(kind, set())
        for candidate in (key, key[::-1]):  # «13.103» printed reversed in RTL text is Law 103-13
            for work in self.names.numbers.get(candidate, ()):
                if work.type in types:
                    return _Target("work", work.id, end=m.end())
        return _Target("unknown", convention=self._guess_convention(kind), end=m.end())

    def _convention(self) -> str | None:
        """«الاتفاقية» / «la Convention» alone: a protocol's parent convention, or a convention itself."""
        if self.work.type == "convention":
            return self.work.id
        for relation in self.work.relations:
            if relation.type == "supplements" and self.catalogue.get(relation.target):
                return relation.target
        return None

    @staticmethod
    def _guess_convention(kind: str) -> ArticleConvention:
        return "fasl" if kind in ("dahir", "code", "constitution") else "madda"


# --- The scanner ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    number: str
    ordinal: bool


def _read_number(text: str, pos: int, language: str, plural: bool) -> tuple[list[_Item], int] | None:
    """One article number at ``pos`` (digits with «مكرر» / «bis», or an ordinal word), or a spaced pair;
    in brackets with its item: «الفصول (129 رابعا) و196», «المادة (3 د)»."""
    if bracket := _BRACKET_OPEN_RE.match(text, pos):
        read = _read_number(text, bracket.end(), language, plural)
        close = _BRACKET_CLOSE_RE.match(text, read[1]) if read else None
        return (read[0], close.end()) if read and close else None
    if language != "ar" and (m := _FR_ORDINAL_RE.match(text, pos)):
        return [_Item("1", True)], m.end()  # «article premier», «article 1er»
    if m := _NUMBER_RE.match(text, pos):
        raw = _NUMBER_CUT_RE.split(m.group())[0].rstrip(" " + _DASHES + ".")
        end = pos + len(raw)
        if _THOUSANDS_RE.fullmatch(raw):
            return None
        if plural and (pair := _SPACED_PAIR_RE.fullmatch(raw.translate(ARABIC_DIGITS))):
            low, high = sorted(int(n) for n in pair.groups())
            if low > high / 2:  # «الفصول 23 – 19» is 19 to 23; «448 - 2» stays an article number
                return [_Item(str(low), False), _Item(str(high), False)], end
        if s := (_AR_SUFFIX_RE if language == "ar" else _FR_SUFFIX_RE).match(text, end):
            raw, end = raw + " " + s.group().strip(), s.end()
        if re.match(r"[\w°]", text[end : end + 1]):
            return None  # «1er», «5°», «5أ»: not an article number standing alone
        if _GARBLED_AFTER_RE.match(text, end):
            return None  # «467.-2» is 467-2, «2:-5-82» is 82-5-2 (the PDF's garbling): no link rather than a wrong one
        number = normalize_number(raw, rtl=language == "ar")
        return ([_Item(number, False)], end) if number else None
    if language == "ar":
        if m := _AR_WORDS_RE.match(text, pos):
            words = list(re.finditer(rf"[{_AR_LETTER}]+", m.group()))
            for n in range(len(words), 0, -1):  # «الثانية عشر» before «الثانية»
                if value := ordinal_to_int(m.group()[: words[n - 1].end()]):
                    return [_Item(str(value), True)], pos + words[n - 1].end()
    return None


def _followed_by_unit(text: str, pos: int) -> bool:
    m = _NEXT_WORD_RE.match(text, pos)
    return bool(m) and _fold_latin(normalize_arabic(m.group(1))) in _UNITS


def _read_numbers(text: str, pos: int, language: str, plural: bool) -> tuple[list[_Item], int]:
    """A list or range of numbers: «6-82 و7-82», «448-1 à 448-14», «5، 6 و8»; ([], pos) if none."""
    before = _AR_BEFORE_RE if language == "ar" else _FR_BEFORE_RE
    skipped = before.match(text, pos)
    first = _read_number(text, skipped.end() if skipped else pos, language, plural)
    if not first or _followed_by_unit(text, first[1]):
        return [], pos
    items, end = first
    separator = {"ar": _AR_SEPARATOR_RE, "en": _EN_SEPARATOR_RE}.get(language, _FR_SEPARATOR_RE)
    paragraph = _AR_PARAGRAPH_RE if language == "ar" else _FR_PARAGRAPH_RE
    while True:
        after = m.end() if (m := paragraph.match(text, end)) else end
        if not (m := separator.match(text, after)):
            break
        following = _read_number(text, m.end(), language, plural)
        if not following or following[0][0].ordinal != items[-1].ordinal or _followed_by_unit(text, following[1]):
            break
        items += following[0]
        end = following[1]
    if plural and len(items) == 1 and items[0].ordinal:
        return [], pos  # «الفصول الثالثة السابقة» counts articles, it does not name one
    return items, end


def _word_convention(stem: str, language: str) -> ArticleConvention | None:
    if language != "ar":
        return None  # «article» serves both conventions
    return "fasl" if stem.startswith("فص") else "madda"


def find_references(text: str, *, language: str, work: Work, catalogue: Catalogue) -> list[CrossReference]:
    """The article references in ``text`` (one article of ``work``, in ``language``), in text order."""
    language = language if language in ("ar", "en") else "fr"
    word_re = {"ar": _AR_WORD_RE, "en": _EN_WORD_RE}.get(language, _FR_WORD_RE)
    resolver = _Resolver(text, language, work, catalogue)
    own_convention = work.convention_for(language)
    amending = work.type in ("law", "decree") and own_convention == "madda"
    groups: list[_Group] = []
    done = 0  # end of the last reference: «من الفصل 448-1 إلى الفصل 448-14» is one range
    for m in word_re.finditer(text):
        if m.start() < done:
            continue
        items, end = _read_numbers(text, m.end(), language, m["stem"] in _PLURAL_STEMS)
        if not items:
            continue
        target = _target(resolver, text, m.start(), end, work)
        done = max(end, target.end)
        unqualified = target.kind == "self" and target.end == end  # nothing named after the numbers
        groups.append(_Group(m.start(), done, items, _word_convention(m["stem"], language), target, unqualified))

    # «في الفقرة 2 من المادة 10 وفي الفقرة 1 من المادة 18 من القانون رقم 02.03»: the work named after the last of
    # coordinated references is every one's (a trial's Decree 2-09-607 art. 7 linked «المادة 10» to the decree).
    # Only between references of one article word («المادة 5 والفصل 448-1 من مجموعة القانون الجنائي» in a law is the
    # law's article 5 and the code's 448-1), the last naming articles (not «الفصل الأول», a chapter), and not for a
    # code article a law quotes, which its relations place (a review).
    def refs(group: _Group) -> list[CrossReference]:
        return _group_references(text, group, work, catalogue, language, own_convention, amending)

    for index in range(len(groups) - 2, -1, -1):
        group, following = groups[index], groups[index + 1]
        if (
            group.unqualified
            and following.target.kind != "self"
            and group.word == following.word
            and _coordinated(text, group, following, language)
            and refs(following)
            and not any(_quoted(group, item, own_convention, amending) for item in group.items)
        ):
            groups[index] = replace(group, target=replace(following.target, end=group.end))
    return [reference for group in groups for reference in refs(group)]


def _quoted(group: _Group, item: _Item, own_convention: ArticleConvention, amending: bool) -> bool:
    """A law's «الفصل» (and a law's «المادة 82-5-1»: its own articles are 1, 2, 3…) quotes a code."""
    return (
        group.target.kind == "self"
        and own_convention == "madda"
        and (group.word == "fasl" or (amending and "-" in item.number))
    )


@dataclass(frozen=True)
class _Group:
    """One article word, its numbers and the work they were read to belong to."""

    start: int
    end: int
    items: list[_Item]
    word: ArticleConvention | None
    target: _Target
    unqualified: bool  # read as the work itself because nothing follows the numbers


def _coordinated(text: str, group: _Group, following: _Group, language: str) -> bool:
    """Whether ``following`` is joined to ``group`` by «و», «أو», «et», «ou» (with a paragraph between)."""
    gap = text[group.end : following.start]
    if language == "en":
        return bool(_EN_COORDINATED_RE.fullmatch(gap))
    if language != "ar":
        return bool(_FR_COORDINATED_RE.fullmatch(gap))
    joined = _AR_COORDINATED_RE.fullmatch(gap)
    return bool(joined) and (bool(joined["conjunction"]) or text.startswith("و", following.start))


def _group_references(
    text: str,
    group: _Group,
    work: Work,
    catalogue: Catalogue,
    language: str,
    own_convention: ArticleConvention,
    amending: bool,
) -> list[CrossReference]:
    target, word = group.target, group.word
    if target.kind == "self":
        work_id: str | None = work.id
        convention = own_convention
    elif target.kind == "work" and target.work_id and (found := catalogue.get(target.work_id)):
        work_id, convention = found.id, found.convention_for(language)
    else:
        work_id, convention = None, target.convention
    references = []
    for item in group.items:
        quoted = _quoted(group, item, own_convention, amending)
        if item.ordinal and word is not None and (quoted or convention != word):
            continue  # «الفصل الأول» of a law is a chapter; «المادة الأولى» of a code names nothing
        item_work = _through_relations(work, item.number, catalogue) if quoted else work_id
        references.append(
            CrossReference(
                text=text[group.start : group.end],
                start=group.start,
                end=group.end,
                article=item.number,
                work_id=item_work,
                key=f"{item_work}:{item.number}" if item_work else None,
            )
        )
    return references


def _target(resolver: _Resolver, text: str, start: int, end: int, work: Work) -> _Target:
    """Which work the reference at ``start`` (numbers ending at ``end``) points to; «self» by default."""
    target = resolver.after(end)
    if target is None and resolver.language != "ar" and _POSSESSIVE_RE.search(text, 0, start):
        target = _Target("anaphor", end=end)  # «conformément à son art. 5»
    if target is None:
        return _Target("self", end=end)
    if target.kind != "anaphor":
        return target
    if found := resolver.before(start):
        # «… هذا القرار … الفصل 28 من الظهير المشار إليه» (Penal Code 136): «this decision», read as «this decree»,
        # is no dahir; the work itself only where the anaphor's kind can be its own (a trial's link went to PC 28).
        if found.kind == "self" and target.kind_word and work.type not in _KIND_TYPES.get(target.kind_word, ()):
            return _Target("unknown", end=target.end)
        return _Target(found.kind, found.work_id, found.convention, target.end)
    if work.type in _KIND_TYPES.get(target.kind_word or "", ()):
        return _Target("self", end=target.end)  # «du code» in a code, nothing named before it: the code itself
    return _Target("unknown", end=target.end)


def _through_relations(work: Work, number: str, catalogue: Catalogue) -> str | None:
    """The work a law's quoted article belongs to: the related work listing it, or listing its base
    article («88-4» next to «88-1»); None when the relations do not say."""
    base = number.split("-")[0]
    for exact in (True, False):
        for relation in work.relations:
            listed = relation.articles if exact else [a.split("-")[0] for a in relation.articles if "-" in a]
            if (number if exact else base) in listed and catalogue.get(relation.target):
                return relation.target
    return None
