"""Text analysis shared by indexing and querying: normalisation, tokenising, stemming (ar, fr).

One analyser per language serves both sides, so that a query term and a passage term meet
exactly when their words do. Arabic and French words are told apart by script, token by token,
which also handles mixed queries; numbers (448-2, 27.14, 10.000) become one shared term so that a
citation matches across languages.

Usage:
    >>> from ingest.text import analyze, detect_languages, normalize_for_match
    >>> analyze("والضحايا") == analyze("الضحايا")
    True
    >>> analyze("l’exploitation pénale, art. 448-2")
    ['exploit', 'penal', 'art', '448-2']
    >>> sorted(detect_languages("Le procureur peut-il orienter la victime vers un طبيب مختص ?"))
    ['ar', 'fr']
    >>> normalize_for_match("العقوبةُ  المقررة")
    'العقوبه المقرره'
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_unicode

from ingest.text_ar import STOP_WORDS as ARABIC_STOP_WORDS
from ingest.text_ar import ProcliticMode, fold_hamza, fold_letters, light_stems, skeleton, snowball_stem
from ingest.text_fr import APOSTROPHES, FrenchMode, latin_term

ArabicMode = Literal["none", "light", "snowball", "light+snowball"]


def _char_class(ranges: list[tuple[int, int]], categories: tuple[str, ...]) -> str:
    """A regex character class of the code points in `ranges` whose category starts with one of
    `categories` (built once, so that the tokenizer's notion of a letter is Unicode's)."""
    chars = "".join(
        chr(cp)
        for lo, hi in ranges
        for cp in range(lo, hi + 1)
        if unicodedata.category(chr(cp)).startswith(categories)
    )
    return "[" + re.escape(chars) + "]"


_ARABIC_BLOCKS = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
_LATIN_BLOCKS = [(0x0041, 0x024F), (0x0300, 0x036F), (0x1E00, 0x1EFF), (0xFB00, 0xFB06)]
# Letters and combining marks (harakat, tatweel, Latin accents): a word never breaks at a mark.
_ARABIC = _char_class(_ARABIC_BLOCKS, ("L", "M"))
_ARABIC_LETTER = re.compile(_char_class(_ARABIC_BLOCKS, ("L",)))
_LATIN = _char_class(_LATIN_BLOCKS, ("L", "M"))
_LATIN_LETTER = re.compile(_char_class(_LATIN_BLOCKS, ("L",)))
# Separators inside article and law numbers: 448-2, 82-5-1, 27.14, 2.09.607, 22/08/2024, ٢٧٫١٤;
# dashes other than "-" are common in PDF text.
_NUMBER_SEPARATORS = "-./\u2010\u2011\u2012\u2013\u2014\u066b\u066c"
_TOKEN_RE = re.compile(
    rf"(?P<number>\d+(?:[{re.escape(_NUMBER_SEPARATORS)}]\d+)*)"
    rf"|(?P<arabic>{_ARABIC}+)"
    rf"|(?P<latin>{_LATIN}+(?:[{APOSTROPHES}]{_LATIN}+)*)"
    r"|(?P<other>[^\W\d_]+)"
)
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[.\u066c]\d{3})+")
_SEPARATOR_RE = re.compile(f"[{re.escape(_NUMBER_SEPARATORS)}]")

# Marks removed before matching: camel-tools' harakat (dediac_ar) plus Quranic annotation marks,
# and tatweel; then bidi controls and zero-width characters, which PDF extraction leaves in words.
_EXTRA_MARKS_RE = re.compile("[\u0610-\u061a\u0653-\u065f\u06d6-\u06ed\u0640]")
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def without_format_characters(text: str) -> str:
    """``text`` less the characters a reader never sees: Unicode's format characters (direction marks, overrides and
    isolates, zero-width spaces and joiners, soft hyphens, a byte-order mark). Uploaded texts and titles and the
    questions lose them (`ingest.extract`, `ingest.user_documents`, `search.pipeline`)."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def without_marks(text: str) -> str:
    """``text`` without Arabic diacritics, Quranic marks and tatweel, its letters and digits as typed: «حَقُّ
    الضَّحِيَّةِ» → «حق الضحية», «الاتجـــار» → «الاتجار»."""
    return _EXTRA_MARKS_RE.sub("", dediac_ar(text))


_TATWEEL_RE = re.compile("\u0640")
_ARABIC_MARK_RE = re.compile("[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed]")
_ARABIC_LETTER_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")
# Share of Arabic letters marked from which a question is taken as vocalised throughout (Quranic or school style).
VOCALISED_SHARE = 0.3


def as_embedded(text: str) -> str:
    """What the embedding model reads of a question: without tatweel («الاتجـــار»), and without diacritics when it is
    vocalised throughout (a trial's «حَقُّ الضَّحِيَّةِ فِي الإِعْلَامِ» brought none of the articles the bare words
    bring). A few marks, as MSA writers set them to tell a passive or a doubled letter («تُعاقَب», «المشغّل»), are
    kept: stripped, three read evaluation questions lost ranks (1 → 4, 3 → 8, 10 → none) and none gained."""
    text = _TATWEEL_RE.sub("", text)
    marks, letters = len(_ARABIC_MARK_RE.findall(text)), len(_ARABIC_LETTER_RE.findall(text))
    return without_marks(text) if letters and marks >= VOCALISED_SHARE * letters else text


def _prepare(text: str) -> str:
    """NFKC (Arabic presentation forms → letters), invisible characters, diacritics and tatweel
    removed, Eastern digits → ASCII; letters not yet folded (Snowball needs the teh marbuta)."""
    text = normalize_unicode(text)
    text = _INVISIBLE_RE.sub("", text)
    return without_marks(text).translate(_DIGITS)


def normalize_arabic(text: str) -> str:
    """Normalise Arabic spelling: NFKC, no diacritics or tatweel, إأآٱ → ا, ى → ي, ة → ه, ٠-٩/۰-۹ → 0-9.

    >>> normalize_arabic("الفَصْلُ ٤٤٨-٢ مـسـؤولية إلى")
    'الفصل 448-2 مسؤوليه الي'
    """
    return fold_letters(_prepare(text))


# The hit rule of ../shared/eval/README.md, as ../shared/eval/score.py implements it (kept
# character for character: the evaluation must judge our passages the way the reference does).
_MATCH_DIACRITICS_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_MATCH_BIDI_RE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalize_for_match(text: str) -> str:
    """Light normalisation used to compare snippets with passages (the evaluation's hit rule)."""
    text = unicodedata.normalize("NFKC", text)
    text = _MATCH_BIDI_RE.sub("", text)
    text = _MATCH_DIACRITICS_RE.sub("", text)
    text = re.sub("[إأآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = text.translate(_DIGITS)
    text = text.replace("’", "'").replace("ʼ", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def tokenize(text: str) -> list[str]:
    """Words and numbers of `text`, as written: marks stay inside words («كِتاب» is one token),
    article numbers stay whole (448-2, 82-5-1, 10.000), French elisions stay attached («l’acte»)."""
    return [m.group() for m in _TOKEN_RE.finditer(text)]


def number_term(token: str) -> str:
    """One term per number, the same in both languages: ASCII digits, thousands separators dropped
    (10.000 → 10000), other separators unified to "-" (27.14 → 27-14 as French writes Law 27-14).

    Only the whole number is a term: «2» from «448-2» would match every second paragraph; partial
    citations («الفصل 448») are the citation parser's job, not the lexical index's."""
    token = token.translate(_DIGITS)
    if _THOUSANDS_RE.fullmatch(token):
        return _SEPARATOR_RE.sub("", token)
    return _SEPARATOR_RE.sub("-", token)


def _letter_counts(text: str) -> tuple[int, int]:
    """The Arabic and the Latin letters of `text`."""
    return len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))


def detect_languages(text: str) -> set[str]:
    """Languages present in `text` by script: "ar" for Arabic letters, "fr" for Latin letters; a
    script counts from 2 letters and 5% of the letters (so a mixed query returns both, and a stray
    letter does not), or when it is the text's only letter («ف 497», the Penal Code's short form). Text
    without letters (a bare article number) returns an empty set."""
    arabic, latin = _letter_counts(text)
    total = arabic + latin
    least = 1 if total == 1 else 2
    return {lang for lang, n in (("ar", arabic), ("fr", latin)) if n >= least and n >= 0.05 * total}


def dominant_language(text: str, share: float = 2 / 3) -> str | None:
    """The language whose script holds at least ``share`` of `text`'s letters («le chef ديالي فالمعمل كيقول ليا…» is
    Arabic), None when neither does or the text has no letter."""
    arabic, latin = _letter_counts(text)
    total = arabic + latin
    if not total:
        return None
    if arabic >= share * total:
        return "ar"
    return "fr" if latin >= share * total else None


SKELETON_MARK = "√"  # keeps skeleton terms apart from stems that happen to be spelled the same


@lru_cache(maxsize=262_144)
def _arabic_terms(
    token: str, mode: ArabicMode, proclitics: ProcliticMode, stop_words: bool, skeletons: bool = False
) -> tuple[str, ...]:
    folded = fold_hamza(fold_letters(token))
    if len(folded) < 2:
        return ()
    # و/ف glue to function words too (وفي، فإن، ولا): those are stop words as well.
    bare = folded[1:] if folded[0] in "وف" else folded
    if stop_words and (folded in ARABIC_STOP_WORDS or bare in ARABIC_STOP_WORDS):
        return ()
    terms: list[str] = []
    if mode in ("light", "light+snowball"):
        terms += light_stems(folded, proclitics)
    if mode in ("snowball", "light+snowball"):
        terms.append(snowball_stem(token))
    if mode == "none":
        terms.append(folded)
    if skeletons and terms:
        terms += [SKELETON_MARK + s for s in (skeleton(terms[-1]),) if s]
    return tuple(dict.fromkeys(t for t in terms if len(t) >= 2))


@dataclass(frozen=True)
class Analyzer:
    """Text → index terms. The defaults are the product's choice (see `python -m ingest.text_bench`);
    the options exist so that the bench can compare alternatives.

    Arabic and French terms are not prefixed by language: their scripts already keep them apart,
    and numbers are meant to be shared (a French query «art. 448-2» finds «الفصل 448-2»).
    """

    arabic: ArabicMode = "light"
    proclitics: ProcliticMode = "both"
    french: FrenchMode = "stem"
    stop_words: bool = True
    skeletons: bool = True  # also index each Arabic stem's consonant skeleton (see text_ar.skeleton)

    def __call__(self, text: str, language: str | None = None) -> list[str]:
        """Terms of `text`, in order, repeated as often as they occur.

        `language` only decides how Latin-script words are read: "en" for English, anything else
        French (the Latin language of Moroccan law); Arabic-script words are always Arabic."""
        return [term for word in self.words(text, language) for term in word]

    def words(self, text: str, language: str | None = None) -> list[tuple[str, ...]]:
        """The terms of `text` word by word (an Arabic word can give several: its readings and skeleton);
        words that give no term (stop words) are left out. For matching phrases, which need word order."""
        latin_language = "en" if language == "en" else "fr"
        words: list[tuple[str, ...]] = []
        for match in _TOKEN_RE.finditer(_prepare(text)):
            kind, token = match.lastgroup, match.group()
            terms: tuple[str, ...] = ()
            if kind == "number":
                terms = (number_term(token),)
            elif kind == "arabic":
                terms = _arabic_terms(token, self.arabic, self.proclitics, self.stop_words, self.skeletons)
            elif kind == "latin":
                term = latin_term(token.lower(), latin_language, self.french, self.stop_words)
                terms = (term,) if term else ()
            elif len(token) > 1:
                terms = (token.lower(),)
            if terms:
                words.append(terms)
        return _trade_in_humans(words)


# «التجار بالبشر» (the merchants «by» humans) can only be «الاتجار بالبشر» mistyped, as Law 27-14 art. 4 prints it, and
# «تجار البشر» is how people say traffickers: «تجار» before «البشر» also reads as «اتجار», so both meet the texts.
_TRADE, _TRAFFICKING, _HUMANS = "تجار", "اتجار", "بشر"
_TRAFFICKING_TERMS = (_TRAFFICKING, SKELETON_MARK + "تجر")  # as «الاتجار» itself analyses


def _trade_in_humans(words: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [
        (*word, *_TRAFFICKING_TERMS) if _TRADE in word and _TRAFFICKING not in word and _HUMANS in following else word
        for word, following in zip(words, [*words[1:], ()], strict=False)  # the last word: nothing follows
    ]


DEFAULT_ANALYZER = Analyzer()


def analyze(text: str, language: str | None = None) -> list[str]:
    """Index and query terms of `text` with the product's analyser (see `Analyzer`)."""
    return DEFAULT_ANALYZER(text, language)


def analyze_words(text: str, language: str | None = None) -> list[tuple[str, ...]]:
    """`analyze`, word by word (see `Analyzer.words`)."""
    return DEFAULT_ANALYZER.words(text, language)


if __name__ == "__main__":  # python -m ingest.text "some text": print the terms
    print(analyze(" ".join(sys.argv[1:])))
