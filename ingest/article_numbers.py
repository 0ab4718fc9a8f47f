"""The one parser for article numbers, used for headings, cross-references and queries alike.

Article numbers appear as ``448-2``, ``82-5-1``, ``٤٤٨-٢``, ``448 - 2``, ``448.2``, ordinal words
(«المادة الأولى», «الفصل التاسع», «Article premier», «1er»), with «مكرر» / «bis», and — in text
extracted right to left — reversed (``2-448`` for 448-2).

Usage::

    from ingest.article_numbers import normalize_number, ordinal_to_int
    normalize_number("٤٤٨-٢")          # '448-2'
    normalize_number("2-448", rtl=True)  # '448-2'
    ordinal_to_int("السابعة")          # 7
"""

from __future__ import annotations

import re

ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

_AR_UNITS = {
    "اول": 1,
    "اولي": 1,
    "حادي": 1,
    "حاديه": 1,
    "فاتح": 1,
    "ثاني": 2,
    "ثانيه": 2,
    "ثالث": 3,
    "ثالثه": 3,
    "رابع": 4,
    "رابعه": 4,
    "خامس": 5,
    "خامسه": 5,
    "سادس": 6,
    "سادسه": 6,
    "سابع": 7,
    "سابعه": 7,
    "ثامن": 8,
    "ثامنه": 8,
    "تاسع": 9,
    "تاسعه": 9,
    "عاشر": 10,
    "عاشره": 10,
}
_AR_TENS = {
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "اربعون": 40,
    "اربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "ستون": 60,
    "ستين": 60,
    "سبعون": 70,
    "سبعين": 70,
    "ثمانون": 80,
    "ثمانين": 80,
    "تسعون": 90,
    "تسعين": 90,
}
_ORDINAL_WORDS = {*_AR_UNITS, *_AR_TENS, "عشر", "عشره"}
_FR_ORDINALS = {"premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ère": 1, "unique": 1}
_SUFFIXES = {
    "مكرر مرتين": "ter",
    "المكرر مرتين": "ter",
    "مكرر": "bis",
    "المكرر": "bis",
    "مكررة": "bis",
    "bis": "bis",
    "ter": "ter",
    "quater": "quater",
}

# A number followed by one of these is a quantity, not an article: «10 سنوات», «5.000 درهم», «30 jours»,
# «20 %», «13 مارس». Written plainly; each grammar folds them as it folds its text.
QUANTITY_UNITS = (
    "درهم دراهم سنة سنوات سنين سنتين سنتان عام عاما أعوام عامين شهر أشهر شهور يوم يوما أيام ساعة ساعات ماي مارس "
    "dh dhs mad dirham dirhams euro euros an ans année années mois jour jours heure heures "
    "year years month months day days %"
).split()

# An article number in digits: 448, 448-2, 82-5-1, «448 - 2», «448.2» (dots only between digits
# that are not thousands groups), Arabic-Indic digits included.
NUMBER_PATTERN = r"[0-9٠-٩۰-۹]{1,4}(?:\s?[-–‐.]\s?[0-9٠-٩۰-۹]{1,3}){0,3}"
_NUMBER_RE = re.compile(rf"^{NUMBER_PATTERN}$")
_SUFFIX_RE = re.compile(r"^(.*?)\s*(المكرر مرتين|مكرر مرتين|مكررة|المكرر|مكرر|bis|ter|quater)$", re.IGNORECASE)


def _fold_arabic_word(word: str) -> str:
    word = re.sub("[\u064b-\u0652\u0640]", "", word)  # diacritics, tatweel
    word = re.sub("[إأآٱ]", "ا", word).replace("ى", "ي").replace("ة", "ه")
    return word


def ordinal_to_int(words: str) -> int | None:
    """Arabic ordinal words («الأولى», «الحادية عشرة», «الثالث والعشرون») or French («premier») → int."""
    text = words.strip().lower()
    if text in _FR_ORDINALS:
        return _FR_ORDINALS[text]
    total = 0
    parts = [_fold_arabic_word(p) for p in re.split(r"\s+", text) if p]
    if not parts:
        return None
    units = 0
    for part in parts:
        part = part.removeprefix("و") if part.removeprefix("و").removeprefix("ال") in _ORDINAL_WORDS else part
        part = part.removeprefix("ال")
        if part in _AR_UNITS:
            units += 1
            total += _AR_UNITS[part]
        elif part in ("عشر", "عشره"):
            total += 10
        elif part in _AR_TENS:
            total += _AR_TENS[part]
        else:
            return None
    if units > 1:
        return None  # «الأولى والثانية» lists two articles; it is not a 3rd
    return total or None


def normalize_number(raw: str, *, rtl: bool = False) -> str | None:
    """Normalise an article number written in digits (or an ordinal) to its canonical form.

    ``rtl`` says the text came from right-to-left running text, where ``6-82`` means 82-6: a
    base number is never smaller than its last sub-number, so such a number is read backwards.
    """
    text = raw.strip().translate(ARABIC_DIGITS)
    suffix = ""
    if match := _SUFFIX_RE.match(text):
        text, suffix = match.group(1), " " + _SUFFIXES[match.group(2).lower()]
    if _NUMBER_RE.match(text):
        parts = [p for p in re.split(r"\s?[-–‐.]\s?", text) if p]
        parts = [str(int(p)) for p in parts]
        if rtl and len(parts) > 1 and int(parts[0]) < int(parts[-1]):
            parts.reverse()
        return "-".join(parts) + suffix
    ordinal = ordinal_to_int(text)
    return f"{ordinal}{suffix}" if ordinal else None


def number_key(number: str) -> tuple[int, ...]:
    """A law or decree number as integers, whatever its separators and digits: «27.14», «27-14», «٢٧/١٤», «27 14» →
    (27, 14), «27,14» (a comma, as «،» folds) too."""
    return tuple(int(p) for p in re.split(r"\s*[.\-/,]\s*|\s+", number.translate(ARABIC_DIGITS).strip()) if p)


def sort_key(number: str) -> tuple[tuple[int, ...], str]:
    """Order article numbers as a code does: 448 < 448-1 < 448-2 < 448-10 < 449; dahir articles first."""
    main, _, suffix = number.removeprefix("dahir-").partition(" ")
    parts = tuple(int(p) if p.isdigit() else 0 for p in main.split("-"))
    return ((-1, *parts) if number.startswith("dahir-") else parts), suffix
