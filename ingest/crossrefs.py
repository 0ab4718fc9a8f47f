"""Cross-references between articles, found in an article's text at ingestion.

A reference is an article word («الفصل», «الفصلين», «الفصول», «المادة», «المادتين», «المواد»,
«article(s)», «art.») followed by one or several numbers — a list («المادتين 6-82 و7-82», «articles
448-1 et 448-2») or a range («من 448-1 إلى 448-14», «448-1 à 448-14», whose two ends only are kept) —
and, optionally, by what says which work it belongs to:

- «أعلاه», «أدناه», «من هذا القانون», «ci-dessus», «de la présente loi», or nothing: the work itself;
- a work named right after («من مجموعة القانون الجنائي», «du code pénal», «de la loi n° 27-14»):
  that work when the catalogue has it, else the reference is kept unresolved (``work_id`` None);
- «منه», «من نفس القانون», «son art. 5»: the work last named before it in the same paragraph.

Moroccan laws number their own articles «المادة» and quote the codes' «الفصل»: a «الفصل» reference
in such a law that names no other work is resolved through the law's relations in the catalogue
(Law 103-13's «بالفصول 88-2 و88-3» → the Penal Code). Arabic running text from the adala PDFs
prints hyphenated numbers reversed («6-82» for 82-6): :func:`normalize_number` with ``rtl=True``
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

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ingest.article_numbers import NUMBER_PATTERN, normalize_number, ordinal_to_int
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
# «الفصل», «والفصل», «بالفصل», «للمادة» (ل + ال), «وفقا للمواد»; the stem says fasl or madda.
_AR_WORD_RE = re.compile(
    rf"(?<![{_AR_LETTER}])(?:[وف])?(?:بال|كال|لل|ال)"
    rf"(?P<stem>فصلين|فصلان|فصول|فصل|مادتين|مادتان|مادة|ماده|مواد)(?![{_AR_LETTER}])"
)
_FR_WORD_RE = re.compile(r"(?<![\w])(?:[lL]['’]\s?)?(?P<stem>[Aa]rticles?|[Aa]rts?\.)(?!\w)")
_EN_WORD_RE = re.compile(r"(?<![\w])(?P<stem>[Aa]rticles?|[Aa]rts?\.)(?!\w)")

# A number in running text is THE article-number pattern, cut where a sentence or a line ends
# («الفصل 448-1.\n2- إذا …» is 448-1, not 448-1-2).
_NUMBER_RE = re.compile(NUMBER_PATTERN)
_AR_SUFFIX_RE = re.compile(r"\s*(?:المكرر|مكررة|مكرر)(?:\s+مرتين)?(?![\u0621-\u064a])")
_FR_SUFFIX_RE = re.compile(r"\s*(?:bis|ter|quater)(?!\w)", re.IGNORECASE)
_FR_ORDINAL_RE = re.compile(r"(?:premier|1er|unique)(?!\w)", re.IGNORECASE)
_AR_WORDS_RE = re.compile(rf"[{_AR_LETTER}]+(?:\s+[{_AR_LETTER}]+){{0,2}}")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 10.000 درهم: an amount, never an article
# «10 سنوات», «5.000 درهم», «30 jours»: a quantity after «و»/«إلى» ends the list.
_UNITS = frozenset(
    "درهم دراهم سنة سنه سنوات سنين سنتين شهر اشهر شهور يوم يوما ايام ساعة ساعه ساعات ماي مارس "
    "dirham dirhams dh an ans annee annees mois jour jours heure heures year years month months day days".split()
)
_NEXT_WORD_RE = re.compile(r"\s*(%|\w+)")

# Between numbers: «و», «،», «أو», «et», «ou», «,»; a range: «إلى», «à», «to» (the article word may
# be repeated: «من الفصل 448-1 إلى الفصل 448-14»).
_AR_SEPARATOR_RE = re.compile(
    r"\s*(?:[،,]\s*(?:و\s*)?|\s(?:و|أو\s|او\s)\s*|\s(?:إلى|الى|حتى)\s+(?:(?:ال)?(?:فصل|مادة)\s+)?)"
)
_FR_SEPARATOR_RE = re.compile(
    r"\s*(?:,\s*(?:et\s+|ou\s+)?|\s(?:et|ou)\s+|\s(?:à|au)\s+(?:l['’]\s?(?:article|art\.)\s*)?)", re.IGNORECASE
)
_EN_SEPARATOR_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to)\s+)", re.IGNORECASE)
# Before the first number: «الفصول من 19 إلى 23», «المادة رقم 5», «des articles n° 5».
_AR_BEFORE_RE = re.compile(r"\s*(?:(?:من|رقم)\s+)?")
_FR_BEFORE_RE = re.compile(r"\s*(?:n°\s*)?")

# --- What follows the numbers ----------------------------------------------------------------------

# «… من الباب الثالث من الكتاب الثاني من المرسوم …», «… , par. 1, de la Convention»: skipped over.
_AR_DIVISION_RE = re.compile(
    rf"\s+من\s+(?:ال)?(?:فقرة|فقرات|بند|بنود|باب|كتاب|قسم|فرع|جزء|فصل)\s+[{_AR_LETTER}0-9]+(?:\s+(?:عشر|عشرة))?"
)
_FR_DIVISION_RE = re.compile(
    r"\s*,?\s*(?:(?:par\.|paragraphe|al\.|alinéa|let\.|lettre|ch\.|chiffre|point|§)\s*[\w()]+"
    r"|(?:du|de\s+la|de\s+l['’])\s*(?:chapitre|titre|section|livre|partie|paragraphe)\s+[\w]+)\s*,?",
    re.IGNORECASE,
)
_AR_SELF_RE = re.compile(r"\s+(?:أعلاه|اعلاه|أدناه|ادناه|بعده|بعدها|قبله|قبلها|أسفله|أعلاها|آنفا|آنفاً)(?![\w])")
_AR_ANAPHOR_RE = re.compile(r"\s+(?:منه|منها)(?![\w])")
_AR_FROM_RE = re.compile(r"\s+(?:من|في)\s+")
_AR_THIS_RE = re.compile(rf"(?:هذا|هذه)\s+(?P<kind>[{_AR_LETTER}]+)")
_AR_SAME_RE = re.compile(rf"(?:نفس\s+[{_AR_LETTER}]+|[{_AR_LETTER}]+\s+(?:نفسه|نفسها|ذاته|ذاتها))(?![\w])")
_FR_SELF_RE = re.compile(
    r"\s*,?\s*(?:ci-?\s?dessus|ci-?\s?dessous|ci-?\s?après|susvisée?s?|précitée?s?)(?!\w)", re.IGNORECASE
)
_FR_OF_RE = re.compile(r"\s*,?\s*(?:du|de\s+la|de\s+l['’]\s?|des|de|d['’])\s*", re.IGNORECASE)
_FR_THIS_RE = re.compile(r"(?:présente?|présents)\s+(?P<kind>\w+)", re.IGNORECASE)
_FR_SAME_RE = re.compile(r"(?:même\s+\w+|ladite\s+\w+|dudit\s+\w+|celle-ci|celui-ci)(?!\w)", re.IGNORECASE)
_EN_SELF_RE = re.compile(r"\s*,?\s*(?:above|below|hereof)(?!\w)", re.IGNORECASE)
_EN_OF_RE = re.compile(r"\s*,?\s*(?:of|in)\s+(?:the\s+(?!present))?", re.IGNORECASE)
_EN_THIS_RE = re.compile(r"(?:this|the\s+present)\s+(?P<kind>\w+)", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"(?:\b(?:son|sa|ses|its)\s+)$", re.IGNORECASE)  # «conformément à son art. 5»

# Words that name a kind of legal text: «من مدونة الأسرة» names a work even when it is not catalogued.
_AR_KINDS = {
    "القانون": "law", "قانون": "law", "مجموعه": "code", "مدونه": "law", "الظهير": "dahir", "ظهير": "dahir",
    "المرسوم": "decree", "مرسوم": "decree", "القرار": "decree", "قرار": "decree", "الدستور": "constitution",
    "دستور": "constitution", "الاتفاقيه": "convention", "اتفاقيه": "convention", "البروتوكول": "protocol",
    "بروتوكول": "protocol", "الميثاق": "convention", "ميثاق": "convention", "العهد": "convention",
    "الاعلان": "declaration", "اعلان": "declaration", "المعاهده": "convention", "معاهده": "convention",
}  # fmt: skip
_LATIN_KINDS = {
    "loi": "law", "code": "code", "dahir": "dahir", "decret": "decree", "arrete": "decree",
    "constitution": "constitution", "convention": "convention", "protocole": "protocol", "charte": "convention",
    "pacte": "convention", "declaration": "declaration", "traite": "convention", "statut": "convention",
    "law": "law", "act": "law", "decree": "decree", "protocol": "protocol", "charter": "convention",
    "covenant": "convention", "statute": "convention", "treaty": "convention",
}  # fmt: skip
# Which catalogue types a kind word may name by number («القانون رقم 22.01» is the CPP, a code).
_KIND_TYPES = {
    "law": {"law", "code"},
    "code": {"code", "law"},
    "decree": {"decree"},
    "convention": {"convention"},
    "protocol": {"protocol"},
}
# After a kind word, before its number: «القانون السالف الذكر رقم 02.03», «du dahir n° 1-59-413».
_AR_NUMBER_AFTER_RE = re.compile(rf"(?:\s+[{_AR_LETTER}]+){{0,4}}?\s+رقم\s+(?P<number>[0-9٠-٩]+(?:[.\-/][0-9٠-٩]+)*)")
_AR_BARE_NUMBER_RE = re.compile(r"\s+(?P<number>[0-9٠-٩]+(?:[.\-/][0-9٠-٩]+)+)")  # «القانون 13.103»
_FR_NUMBER_AFTER_RE = re.compile(
    r"(?:\s+\w+){0,3}?\s*(?:n°|no\.?|nº|numéro)\s*(?P<number>\d+(?:[.\-/]\d+)*)", re.IGNORECASE
)
_ANAPHOR_WORDS = {"المذكور", "المذكوره", "السالف", "المشار", "السابق", "précité", "précitée", "susvisé", "susvisée"}
_PROMULGATING_RE = re.compile(r"(?:بتنفيذه|بتنفيذها|promulguée?\s+par|portant\s+promulgation\s+de)\s*$")

# --- The catalogue's names for its works ---------------------------------------------------------


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _tokens(text: str) -> list[str]:
    """Comparable words of a title or of running text: folded Arabic, unaccented lower-case Latin, digits."""
    return re.findall(r"\w+", _fold_latin(normalize_arabic(text)))


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.split(r"[.\-/]", normalize_arabic(number)) if p)


@dataclass(frozen=True)
class _Names:
    """A catalogue's works by title words (longest first) and by number."""

    phrases: tuple[tuple[tuple[str, ...], str], ...]
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
    numbers: dict[tuple[int, ...], list[Work]] = {}
    for work in catalogue.works:
        for title in [*work.titles.values(), *work.short_titles.values()]:
            for alias in _aliases(title):
                words = tuple(_tokens(alias))
                if len(words) >= 2:  # «القانون» alone names nothing
                    phrases.setdefault(words, work.id)
        if work.number:
            numbers.setdefault(_number_key(work.number), []).append(work)
    names = _Names(
        phrases=tuple(sorted(phrases.items(), key=lambda item: -len(item[0]))),
        numbers={k: tuple(v) for k, v in numbers.items()},
    )
    if len(_NAMES_CACHE) > 8:
        _NAMES_CACHE.clear()
    _NAMES_CACHE[id(catalogue)] = (catalogue, names)
    return names


# --- Which work a reference points to -----------------------------------------------------------

TargetKind = Literal["self", "work", "unknown", "anaphor"]


@dataclass(frozen=True)
class _Target:
    kind: TargetKind
    work_id: str | None = None
    convention: ArticleConvention | None = None  # of an uncatalogued work, guessed from its kind word
    end: int = 0


class _Resolver:
    """Reads the work phrase after a reference («من مجموعة القانون الجنائي», «de la présente loi»)."""

    def __init__(self, text: str, language: str, work: Work, catalogue: Catalogue) -> None:
        self.text = text
        self.language = language
        self.work = work
        self.catalogue = catalogue
        self.names = _names(catalogue)
        self.words = [(m.start(), m.end(), _tokens(m.group())) for m in re.finditer(r"\w+", text)]

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
        """A work phrase starting at ``pos`` (after «من», «de la», «of»)."""
        text = self.text
        this_re, same_re = (
            (_AR_THIS_RE, _AR_SAME_RE)
            if self.language == "ar"
            else (_EN_THIS_RE, _FR_SAME_RE)
            if self.language == "en"
            else (_FR_THIS_RE, _FR_SAME_RE)
        )
        if m := this_re.match(text, pos):
            if self._kind(m["kind"]):  # «من هذا القانون», «de la présente loi»; not «de la présente section»
                return _Target("self", end=m.end())
            if self.language != "ar":
                return _Target("self", end=m.end())  # «du présent chapitre»: a part of this same work
        if m := same_re.match(text, pos):
            return _Target("anaphor", end=m.end())
        if named := self._named(pos):
            return named
        word = re.compile(r"\w+").match(text, pos)
        if not word or not (kind := self._kind(word.group())):
            return None  # «الفصل 40 من خمس سنوات»: not a work
        if found := self._numbered(word.end(), kind):
            return found
        if kind == "convention" and (supplemented := self._convention()):
            return _Target("work", supplemented, end=word.end())  # «من الاتفاقية» in a protocol
        following = re.compile(r"\s+(\w+)").match(text, word.end())
        if not following or _fold_latin(normalize_arabic(following[1])) in _ANAPHOR_WORDS:
            return _Target("anaphor", end=word.end())  # «من القانون المذكور», «de la loi précitée»
        return _Target("unknown", convention=self._guess_convention(kind), end=following.end())

    def before(self, pos: int) -> _Target:
        """The work last named before ``pos`` in the same paragraph («الدستور … الفصلين 42 و50 منه»)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        for start, _, _ in reversed([w for w in self.words if line_start <= w[0] < pos]):
            if _PROMULGATING_RE.search(self.text, line_start, start):
                continue  # «القانون رقم 27.14 الصادر بتنفيذه الظهير الشريف …»: the dahir is not the antecedent
            target = self.phrase(start)
            if target is not None and target.kind != "anaphor" and target.end <= pos:
                return target
        return _Target("unknown")

    def _kind(self, word: str) -> str | None:
        folded = _fold_latin(normalize_arabic(word))
        if self.language == "ar":
            return _AR_KINDS.get(folded)
        return _LATIN_KINDS.get(folded) or _LATIN_KINDS.get(folded.rstrip("s"))

    def _named(self, pos: int) -> _Target | None:
        """A catalogued work named by its title words at ``pos``, longest title first."""
        index = next((i for i, w in enumerate(self.words) if w[0] >= pos), None)
        if index is None or self.words[index][0] - pos > 2:
            return None
        flat: list[tuple[str, int]] = []  # (word, end offset) for the next few words
        for _, end, tokens in self.words[index : index + 30]:
            flat.extend((t, end) for t in tokens)
        words = [t for t, _ in flat]
        for phrase, work_id in self.names.phrases:
            if tuple(words[: len(phrase)]) == phrase:
                return _Target("work", work_id, end=flat[len(phrase) - 1][1])
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
        key = _number_key(m["number"])
        types = _KIND_TYPES.get(kind, set())
        for candidate in (key, key[::-1]):  # «13.103» printed reversed in RTL text is Law 103-13
            for work in self.names.numbers.get(candidate, ()):
                if work.type in types:
                    return _Target("work", work.id, end=m.end())
        return _Target("unknown", convention=self._guess_convention(kind), end=m.end())

    def _convention(self) -> str | None:
        """«الاتفاقية» / «la Convention» bare: a protocol's parent convention, or a convention itself."""
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


def _read_number(text: str, pos: int, language: str) -> tuple[_Item, int] | None:
    """One article number at ``pos``: digits (with «مكرر», «bis»), or an ordinal word."""
    if m := _NUMBER_RE.match(text, pos):
        raw = re.split(r"\s*\n|\.\s|\.$", m.group())[0].rstrip(" -–‐.")
        end = pos + len(raw)
        if _THOUSANDS_RE.fullmatch(raw):
            return None
        suffix_re = _AR_SUFFIX_RE if language == "ar" else _FR_SUFFIX_RE
        if s := suffix_re.match(text, end):
            raw, end = raw + " " + s.group().strip(), s.end()
        if re.match(r"\w", text[end : end + 1]):
            return None  # «1er», «5أ»: not a number standing alone
        number = normalize_number(raw, rtl=language == "ar")
        return (_Item(number, False), end) if number else None
    if language == "ar":
        if m := _AR_WORDS_RE.match(text, pos):
            words = list(re.finditer(rf"[{_AR_LETTER}]+", m.group()))
            for n in range(len(words), 0, -1):  # «الثانية عشر» before «الثانية»
                value = ordinal_to_int(m.group()[: words[n - 1].end()])
                if value:
                    return _Item(str(value), True), pos + words[n - 1].end()
        return None
    if m := _FR_ORDINAL_RE.match(text, pos):
        return _Item("1", True), m.end()
    return None


def _followed_by_unit(text: str, pos: int) -> bool:
    m = _NEXT_WORD_RE.match(text, pos)
    return bool(m) and _fold_latin(normalize_arabic(m.group(1))) in _UNITS


def _read_numbers(text: str, pos: int, language: str) -> tuple[list[_Item], int]:
    """A list or range of numbers: «6-82 و7-82», «448-1 à 448-14», «5، 6 و8»."""
    before = _AR_BEFORE_RE if language == "ar" else _FR_BEFORE_RE
    first = _read_number(text, before.match(text, pos).end(), language)
    if not first or _followed_by_unit(text, first[1]):
        return [], pos
    items, end = [first[0]], first[1]
    separator = {"ar": _AR_SEPARATOR_RE, "en": _EN_SEPARATOR_RE}.get(language, _FR_SEPARATOR_RE)
    while m := separator.match(text, end):
        following = _read_number(text, m.end(), language)
        if not following or following[0].ordinal != items[-1].ordinal or _followed_by_unit(text, following[1]):
            break
        items.append(following[0])
        end = following[1]
    return items, end


def _word_convention(stem: str, language: str) -> ArticleConvention | None:
    if language != "ar":
        return None  # «article» serves both conventions
    return "fasl" if stem.startswith("فصل") or stem.startswith("فصو") else "madda"


def find_references(text: str, *, language: str, work: Work, catalogue: Catalogue) -> list[CrossReference]:
    """The article references in ``text`` (one article of ``work``, in ``language``), in text order."""
    language = language if language in ("ar", "en") else "fr"
    word_re = {"ar": _AR_WORD_RE, "en": _EN_WORD_RE}.get(language, _FR_WORD_RE)
    resolver = _Resolver(text, language, work, catalogue)
    own_convention = work.convention_for(language)
    references: list[CrossReference] = []
    for m in word_re.finditer(text):
        items, end = _read_numbers(text, m.end(), language)
        if not items:
            continue
        word = _word_convention(m["stem"], language)
        target = resolver.after(end)
        if target is None and language != "ar" and _POSSESSIVE_RE.search(text, 0, m.start()):
            target = _Target("anaphor", end=end)
        if target is not None and target.kind == "anaphor":
            span_end = target.end
            target = resolver.before(m.start())
            target = _Target(target.kind, target.work_id, target.convention, span_end)
        span_end = max(end, target.end if target else end)
        # Which work, and the convention its articles follow (ordinal words are only read as articles
        # where they name articles: «المادة الأولى» of a law, «الفصل الأول» of a code).
        relations_lookup = False
        if target is None or target.kind == "self":
            work_id: str | None = work.id
            convention: ArticleConvention | None = own_convention
            relations_lookup = word == "fasl" and own_convention == "madda"
        elif target.kind == "work":
            work_id = target.work_id
            found = catalogue.get(work_id) if work_id else None
            convention = found.convention_for(language) if found else None
        else:
            work_id, convention = None, target.convention
        for item in items:
            if item.ordinal and word is not None and (relations_lookup or convention != word):
                continue  # «الفصل الأول» of a law is a chapter; «المادة الأولى» of a code names nothing
            item_work = _through_relations(work, item.number, catalogue) if relations_lookup else work_id
            references.append(
                CrossReference(
                    text=text[m.start() : span_end],
                    start=m.start(),
                    end=span_end,
                    article=item.number,
                    work_id=item_work,
                    key=f"{item_work}:{item.number}" if item_work else None,
                )
            )
    return references


def _through_relations(work: Work, number: str, catalogue: Catalogue) -> str | None:
    """The code a law's «الفصل N» belongs to: the related work whose listed articles include N."""
    for relation in work.relations:
        if number in relation.articles and catalogue.get(relation.target):
            return relation.target
    return None
