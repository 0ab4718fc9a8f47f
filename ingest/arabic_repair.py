"""Repair Arabic text taken from PDF text layers.

What goes wrong, and what is done about it (in this order):

* bidi control characters (LRM, RLE, isolates…) are dropped;
* lines stored in *visual* order (the Arabic reversed, as drawn left to right) are detected and put
  back into logical order with python-bidi — before NFKC, so that a lam-alef ligature glyph
  (U+FEFB…) is decomposed only once it stands in its logical place;
* Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are folded to letters with NFKC
  (only those characters: NFKC elsewhere would turn "Nº" into "No");
* lam-alef and Allah ligatures decoded as letters and reversed with the line ("االتجار", "هللا")
  are swapped back where the reversed spelling is impossible in Arabic orthography;
* words run together or broken apart by the extraction are split or joined, using orthography
  (ta marbuta and alef maqsura end a word; digits do not stick to words) and the document's own
  vocabulary (a rare token made of two frequent ones is split; two rare fragments that form a
  word seen elsewhere are joined).

Usage::

    from ingest.arabic_repair import repair_lines

    lines = repair_lines(["ﻲﺒﻳﺮﺠﺘﻟﺍ ﺺﻨﻟﺍ ﻦﻣ ﻰﻟﻭﻷﺍ ﺓﺩﺎﻤﻟﺍ"])  # visual order, presentation forms
    assert lines == ["المادة الأولى من النص التجريبي"]
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from bidi import get_display

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_ARABIC = re.compile(f"[{ARABIC_LETTER}\ufb50-\ufdff\ufe70-\ufefc]")
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
_TOKEN = re.compile(f"[{ARABIC_LETTER}]+")
# Letters that never join the following letter: a word may end after them without a visible gap.
NON_JOINING = set("اأإآدذرزوؤةى")
PROCLITICS = set("وفبلك")
# Pronoun suffixes: a token ending with one of these is one word, not two.
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي")
_ALEFS = "اأإآ"


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def strip_bidi_controls(text: str) -> str:
    return _BIDI_CONTROLS.sub("", text)


def fold_presentation_forms(text: str) -> str:
    """NFKC on Arabic presentation forms only."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _form(ch: str) -> str:
    decomposition = unicodedata.decomposition(ch)
    return decomposition[1:].split(">", 1)[0] if decomposition.startswith("<") else ""


def visual_order_evidence(text: str) -> tuple[int, int]:
    """(logical, visual) votes from word shapes and spelling.

    With presentation forms, a logical word begins with an initial/isolated form, a reversed one
    with a final form. Without them, the article «ال» begins many logical words, while in reversed
    text it ends them as «لا».
    """
    logical = visual = 0
    for word in text.split():
        letters = [c for c in word if _ARABIC.match(c)]
        if len(letters) < 2:
            continue
        first, last = _form(letters[0]), _form(letters[-1])
        if first or last:
            logical += first == "initial" or last == "final"
            visual += first == "final" or last == "initial"
        elif len(letters) >= 4:
            joined = "".join(letters)
            logical += joined.startswith("ال")
            visual += joined.endswith("لا") and not joined.startswith("ال")
    return logical, visual


def is_visual_order(lines: Iterable[str]) -> bool:
    logical = visual = 0
    for line in lines:
        lo, vi = visual_order_evidence(line)
        logical, visual = logical + lo, visual + vi
    return visual > max(3, 2 * logical)


def to_logical(line: str) -> str:
    """Reorder one visual-order line (bidi reordering is its own inverse for a single line)."""
    return get_display(line, base_dir="R")


def fix_reversed_ligatures(text: str) -> str:
    """Swap back ligatures decoded as letters and reversed with their line.

    A lam-alef glyph decodes to «لا»; reversed it reads «ال», and after the article's alef that
    gives «اال», «األ», «اإل», «اآل» — never written in Arabic. The Allah ligature likewise comes
    out as «هللا» / «هلل» for «الله» / «لله».
    """
    text = re.sub(f"ا([{_ALEFS}])ل", r"ال\1", text)
    text = re.sub(f"(?<![{ARABIC_LETTER}])هللا(?![{ARABIC_LETTER}])", "الله", text)
    return re.sub(f"(?<![{ARABIC_LETTER}])هلل(?![{ARABIC_LETTER}])", "لله", text)


def split_digits(text: str) -> str:
    """Separate digits glued to Arabic words («في18» → «في 18»), except after a proclitic («و50»)."""
    text = re.sub(
        f"(?<![{ARABIC_LETTER}])([{ARABIC_LETTER}]+)(?=\\d)",
        lambda m: m[1] if m[1] in PROCLITICS else m[1] + " ",
        text,
    )
    return re.sub(f"(?<=\\d)(?=[{ARABIC_LETTER}]{{2,}})", " ", text)


def split_final_letters(text: str) -> str:
    """Ta marbuta and alef maqsura only end a word: «العاملةأو» → «العاملة أو»."""
    return re.sub(f"([ةى])(?=[{ARABIC_LETTER}])", r"\1 ", text)


def repair_line(line: str, visual: bool = False) -> str:
    """Character-level repairs of one line; ``visual`` when the line is in visual order."""
    line = strip_bidi_controls(line)
    if visual and has_arabic(line):
        line = to_logical(line)
    line = fold_presentation_forms(line)
    if has_arabic(line):
        line = split_digits(split_final_letters(fix_reversed_ligatures(line)))
    return line


class Vocabulary:
    """Token counts of a document, with proclitics stripped as a fallback."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()
        for text in texts:
            self.counts.update(_TOKEN.findall(text))
        self.stems: Counter[str] = Counter()
        for word, n in self.counts.items():
            for stem in _stems(word):
                self.stems[stem] += n
        # Stems of words carrying a pronoun suffix («عليها» → «علي»), to recognise «عليهما».
        self.bases: Counter[str] = Counter()
        for word, n in self.counts.items():
            for suffix in _SUFFIXES:
                if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                    self.bases[word[: -len(suffix)]] += n

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def known(self, word: str, min_count: int = 2) -> bool:
        return self.count(word) >= min_count or any(self.stems.get(s, 0) >= min_count for s in _stems(word))

    def suffixed(self, word: str) -> bool:
        """True when ``word`` is a base seen elsewhere with another pronoun suffix."""
        n = self.count(word)
        for suffix in _SUFFIXES:
            base = word[: -len(suffix)]
            if word.endswith(suffix) and len(base) >= 2 and self.bases.get(base, 0) - n >= 2:
                return True
        return False


def _stems(word: str) -> list[str]:
    stems = [word]
    if word.startswith("ال") and len(word) > 3:
        stems.append(word[2:])
    if word[:1] in PROCLITICS and len(word) > 3:
        rest = word[1:]
        stems.append(rest)
        if rest.startswith("ال") and len(rest) > 3:
            stems.append(rest[2:])
    return stems


def _best_split(word: str, vocab: Vocabulary) -> tuple[str, str] | None:
    if vocab.count(word) > 1 or vocab.known(word, 3) or vocab.suffixed(word):
        return None
    best: tuple[int, str, str] | None = None
    for i in range(2, len(word) - 1):
        a, b = word[:i], word[i:]
        if len(b) < 2 or b in _SUFFIXES or a in ("ال", "لل") or set(a) <= PROCLITICS:
            continue
        if not (vocab.count(a) >= 2 and vocab.count(b) >= 2):
            continue
        # Splits after a non-joining letter or before the article are the usual run-togethers.
        score = min(vocab.count(a), vocab.count(b)) * (2 if a[-1] in NON_JOINING or b.startswith("ال") else 1)
        if best is None or score > best[0]:
            best = (score, a, b)
    return (best[1], best[2]) if best else None


def repair_words(lines: list[str], vocab: Vocabulary | None = None) -> list[str]:
    """Split run-together words and join broken ones, using the document's vocabulary."""
    vocab = vocab or Vocabulary(lines)
    out = []
    for line in lines:
        tokens = line.split(" ")
        joined: list[str] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if _joinable(tok, nxt, vocab):
                joined.append(tok + nxt)
                i += 2
                continue
            joined.append(tok)
            i += 1
        out.append(" ".join(_split_token(t, vocab) for t in joined))
    return out


def _joinable(a: str, b: str, vocab: Vocabulary) -> bool:
    if not (_TOKEN.fullmatch(a) and _TOKEN.fullmatch(b)):
        return False
    # A bare alef is never a word, nor is one letter before ta marbuta: extraction broke a word.
    if a == "ا" or re.fullmatch(f"[{ARABIC_LETTER}]ة", b):
        return True
    whole = a + b
    return (
        vocab.count(whole) >= 1
        and vocab.count(a) <= 1
        and vocab.count(b) <= 1
        and not (vocab.known(a) and vocab.known(b))
    )


def _split_token(token: str, vocab: Vocabulary) -> str:
    m = re.fullmatch(f"([^{ARABIC_LETTER}]*)([{ARABIC_LETTER}]{{5,}})([^{ARABIC_LETTER}]*)", token)
    if not m:
        return token
    split = _best_split(m[2], vocab)
    return f"{m[1]}{split[0]} {split[1]}{m[3]}" if split else token


def repair_lines(lines: list[str], visual: bool | None = None) -> list[str]:
    """All repairs for the lines of one document; ``visual=None`` detects the order."""
    if visual is None:
        visual = is_visual_order(lines)
    fixed = [repair_line(line, visual) for line in lines]
    return repair_words(fixed)
