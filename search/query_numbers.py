"""Reading article numbers in the folded query, for `search.query`: after an article word (one, a list, a range,
a paragraph), written alone («448-2»), or typed with dots or spaces right before or after a code's name.
"""

from __future__ import annotations

import re

from ingest.article_numbers import ARABIC_DIGITS, normalize_number, ordinal_to_int
from search.cited_paragraph import ARABIC_ITEM_LETTERS
from search.query_folding import _fold_text
from search.query_matches import _Citation
from search.query_patterns import (
    _ARTICLE_WORD_END_RE,
    _BEFORE_NUMBER_RE,
    _LIST_AFTER_CODE_RE,
    _LIST_BEFORE_RE,
    _LIST_SEPARATOR_RE,
    _LONG_NUMBER_RE,
    _MAX_RANGE,
    _MIN_BARE_BASE,
    _NEXT_WORD_RE,
    _NUMBER_AFTER_CODE_RE,
    _NUMBER_BEFORE_CODE_RE,
    _NUMBER_RE,
    _OF_ARTICLE_RE,
    _PARAGRAPH_RE,
    _PARAGRAPH_WORD_RE,
    _RANGE_AFTER_CODE_RE,
    _RANGE_SEPARATOR_RE,
    _REVERSED_BASE_RE,
    _SLASHED_NUMBER_RE,
    _SPACED_PARTS_RE,
    _SPACES_RE,
    _SUFFIX_RE,
    _SUFFIXES,
    _UNITS,
    _WORDS_RE,
)


def _expand_range(first: str, last: str) -> list[str]:
    """«448-1 à 448-14» → 448-1 … 448-14 when only the last part varies; else the two ends."""
    a, b = first.split("-"), last.split("-")
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1].isdigit() and b[-1].isdigit():
        low, high = int(a[-1]), int(b[-1])
        if 0 < high - low <= _MAX_RANGE:
            return ["-".join([*a[:-1], str(n)]) for n in range(low, high + 1)]
    return [first, last]


def _followed_by_unit(text: str, pos: int) -> bool:
    """«10 سنوات», «5-10 ans», «20 %»: a quantity, not an article; «448-3, 1°»: an item of the article."""
    match = _NEXT_WORD_RE.match(text, pos)
    return bool(match) and (match.group(1) in _UNITS or match.group(1) == "°")


def _article_word_before(text: str, pos: int) -> bool:
    return bool(_ARTICLE_WORD_END_RE.search(text[:pos]))


def _read_number(text: str, pos: int, rtl: bool, digits_only: bool) -> tuple[str, int] | None:
    """One article number at `pos`: digits («448 - 2», «448 مكرر») or ordinal words («السادسة», «premier»)."""
    if (slashed := _SLASHED_NUMBER_RE.match(text, pos)) and (number := _slashed(slashed, rtl)):
        return number, slashed.end()
    if m := _NUMBER_RE.match(text, pos):
        suffix = _SUFFIXES.get(m.group("suffix") or "", m.group("suffix") or "")
        raw, end = m.group("number"), m.end()
        if not suffix and (parts := _spaced_parts(text, m)):
            raw, end = f"{raw}-{'-'.join(parts.group().split())}", parts.end()
        elif not suffix and (base := _reversed_base(text, m)):
            raw, end = f"{base.group(1)}-{raw}", base.end()
        number = normalize_number(f"{raw} {suffix}".strip(), rtl=rtl)
        return (number, end) if number else None
    words = _WORDS_RE.match(text, pos)
    if digits_only or not words:
        return None
    for count in (3, 2, 1):  # «الحادية عشرة», «الثالثة والعشرون», «الأولى»
        ordinal = words.group(count) and ordinal_to_int(" ".join(words.groups()[:count]))
        # Several words make one ordinal from 11 up: «الأولى والثانية» is two articles, not a 3rd.
        if ordinal and (count == 1 or ordinal > 10):
            # «المادة الخامسة مكرر» is article 5 bis, not 5 (a trial got art. 5 as the citation's exact match).
            after = _SUFFIX_RE.match(text, words.end(count))
            suffix = _SUFFIXES.get(after.group("suffix") or "", after.group("suffix") or "")
            if suffix:
                return normalize_number(f"{ordinal} {suffix}"), after.end()
            return str(ordinal), words.end(count)
    return None


def _slashed(match: re.Match[str], rtl: bool) -> str | None:
    """«448/3» → 448-3, «3/448» right to left: sub-numbers under 20 after a base of 20 or more, as a code numbers its
    inserted articles; not «5/2» (an article and its paragraph), «40/41» (two articles), «30/06» (a date)."""
    raw = [p.translate(ARABIC_DIGITS) for p in match.group("number").split("/")]
    if any(p.startswith("0") for p in raw):
        return None
    parts = [int(p) for p in raw]
    if rtl and parts[0] < _MIN_BARE_BASE <= parts[-1]:
        parts.reverse()
    if parts[0] < _MIN_BARE_BASE or any(p == 0 or p >= _MIN_BARE_BASE for p in parts[1:]):
        return None
    suffix = _SUFFIXES.get(match.group("suffix") or "", match.group("suffix") or "")
    return normalize_number(f"{'-'.join(map(str, parts))} {suffix}".strip())


def _spaced_parts(text: str, number: re.Match[str]) -> re.Match[str] | None:
    """«الفصل 448 2», «art. 82 5 1»: a code's sub-numbers typed with spaces for dashes. Only after a base of 20 or
    more written without dashes, each part of two digits at most and smaller than the base, and not a quantity
    («المادة 5 2016», «article 30 10 ans»)."""
    base = number.group("number").translate(ARABIC_DIGITS)
    if not base.isdigit() or int(base) < _MIN_BARE_BASE:
        return None
    parts = _SPACED_PARTS_RE.match(text, number.end())
    if parts is None or _followed_by_unit(text, parts.end()):
        return None
    return parts if all(int(p.translate(ARABIC_DIGITS)) < int(base) for p in parts.group().split()) else None


def _reversed_base(text: str, number: re.Match[str]) -> re.Match[str] | None:
    """«الفصل 2 448»: a sub-number and its base typed with a space, right to left as PDFs copy them (the dashed
    «2-448» is read so already). Only a sub-number of two digits at most before a base of 20 to 999, not a quantity."""
    sub = number.group("number").translate(ARABIC_DIGITS)
    if not sub.isdigit() or len(sub) > 2:
        return None
    base = _REVERSED_BASE_RE.match(text, number.end())
    if base is None or _followed_by_unit(text, base.end()):
        return None
    return base if int(sub) < _MIN_BARE_BASE <= int(base.group(1).translate(ARABIC_DIGITS)) else None


def _read_numbers(text: str, pos: int, rtl: bool, digits_only: bool) -> tuple[list[str], int, set[str]]:
    """The numbers after an article word: one, a list («5 و6», «448-2 et 448-3») or a range («1 إلى 5»); and the
    members of a range before its last (the articles numbered under them belong to it too)."""
    first = _read_number(text, pos, rtl, digits_only)
    if not first:
        # «art. 44811 CP» (448-11 mistyped), «الفصل 100000»: no article has so long a number, and the reader is told
        # so rather than shown the code's words for it.
        if (long := _LONG_NUMBER_RE.match(text, pos)) and not _followed_by_unit(text, long.end(1)):
            return [long.group(1).translate(ARABIC_DIGITS)], long.end(1), set()
        return [], pos, set()
    numbers, end, inner = [first[0]], first[1], set()
    while True:
        if (sep := _RANGE_SEPARATOR_RE.match(text, end)) and (last := _read_number(text, sep.end(), rtl, True)):
            members = _expand_range(numbers[-1], _sibling(numbers[-1], last[0]))
            numbers[-1:] = members
            inner.update(members[:-1])
        elif (
            (sep := _listed(text, end)) is not None
            and (last := _read_number(text, sep, rtl, digits_only))
            and not _followed_by_unit(text, last[1])
        ):
            numbers.append(_sibling(numbers[-1], last[0]))
        else:
            return numbers, end, inner
        end = last[1]


def _sibling(previous: str, number: str) -> str:
    """«448-1 إلى 14», «art. 448-2 et 3»: a plain number listed after a sub-numbered article, and smaller than its
    base, is the next sub-number (448-14, 448-3), not article 14 or 3 of every text."""
    parts = previous.split(" ")[0].split("-")
    if len(parts) > 1 and number.isdigit() and int(number) < int(parts[0]):
        return "-".join([*parts[:-1], number])
    return number


_LAST_RE = re.compile(r"\s+(?:ال)?اخيره(?![\u0621-\u064a])")  # «الفقرة الأخيرة», folded
_PARAGRAPH_NUMBER_RE = re.compile(r"(?:al\.?|alinea|§)\s*(?:(?P<number>\d+)|(?P<first>premiere?))(?!\d)")
# «art. 6(3)», «Article 6 (3)»: a number in brackets right after the article is its paragraph (the United Nations'
# way of citing one); a letter is an item («Article 3(a)»).
_BRACKETED_RE = re.compile(r"\s?\(\s*(\d{1,2})\s*\)")
# After the article, an ordinal before the word: «art. 448-1, dernier alinéa», «article 6, 2e paragraphe».
_ORDINAL_AFTER_RE = re.compile(
    r"\s*,?\s*(?P<ordinal>premier|1er|1ere|deuxieme|2e|2eme|second|troisieme|3e|3eme|quatrieme|4e|4eme|cinquieme|5e"
    r"|5eme|dernier)\s+(?:alinea|paragraphe)(?!\w)"
)
# «الفصل 448-1 في فقرته الثانية», «المادة 5 في فقرتها الأولى»: the law's own way of citing a paragraph of an article.
_ITS_PARAGRAPH_RE = re.compile(r"\s*(?:في\s+|ب)?فقرت(?:ه|ها)(?![\u0621-\u064a])")


# An item of an article: «3°», «(c)», «c)», «(ج)»; its letter the same in every language version (`_ITEM_LETTERS`).
_ITEM_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?P<number>\d{1,2})\s?°|\(?\s*(?P<letter>[a-j])\s*\)|\(\s*(?P<arabic>[\u0621-\u064a])\s*\))(?![\w°])"
)
# «البند 3», «البند الثالث», «البند (ج)»: the law's word for an item; «alinéa c)», «point c)»: a lettered one.
_ITEM_WORD_RE = re.compile(r"\s*,?\s*(?:(?P<band>(?:ال)?بند)|point|lettre|alinea|al\.|paragraphe)\s*")
# The query is folded: «(أ)» reads «(ا)».
_ITEM_LETTERS = {
    **{letter: letter for letter in ARABIC_ITEM_LETTERS},
    **{_fold_text(arabic): letter for letter, arabic in ARABIC_ITEM_LETTERS.items()},
}


def _item(number: str | None, letter: str | None) -> str | None:
    """The item cited: "item:3" for «3°», "item:c" for «(c)» or «(ج)»; None for a letter no item list uses."""
    if number:
        return f"item:{int(number)}"
    return f"item:{_ITEM_LETTERS[letter]}" if letter in _ITEM_LETTERS else None


def _letter(found: re.Match[str]) -> str | None:
    return found["letter"] or found["arabic"]


def _cited_item(text: str, end: int, rtl: bool) -> tuple[str, int] | None:
    """The item written right after an article or its paragraph («art. 448-3 3°», «art. 3 c)», «المادة 3 (ج)»,
    «الفصل 448-3 البند الخامس»), and where it ends."""
    if (found := _ITEM_AFTER_RE.match(text, end)) and (item := _item(found["number"], _letter(found))):
        return item, found.end()
    if word := _ITEM_WORD_RE.match(text, end):
        if (found := _ITEM_AFTER_RE.match(text, word.end())) and (letter := _letter(found)):
            return (item, found.end()) if (item := _item(None, letter)) else None
        if not word["band"]:  # «alinéa 2» is a paragraph
            return None
        numbers, number_end, _ = _read_numbers(text, word.end(), rtl, False)
        if len(numbers) == 1 and numbers[0].isdigit():
            return f"item:{int(numbers[0])}", number_end
    return None


def _cited_paragraph(text: str, end: int, rtl: bool) -> str | None:
    """The number of the paragraph written right after an article («art. 6 §3», «art. 448-1 al. 2», «alinéa premier»,
    «art. 6(3)», «المادة 6 الفقرة 3», «الفصل 448-1 الفقرة الثانية», «في فقرته الثانية», «dernier alinéa»), "last"
    for the last one, or its item ("item:3" for «3°», "item:c" for «c)» or «(ج)», `_cited_item`); None for none."""
    if bracketed := _BRACKETED_RE.match(text, end):
        return bracketed[1]
    if item := _cited_item(text, end, rtl):
        return item[0]
    if ordinal := _ORDINAL_AFTER_RE.match(text, end):
        return _ordinal(ordinal["ordinal"])
    if paragraph := _PARAGRAPH_RE.match(text, end):
        number = _PARAGRAPH_NUMBER_RE.search(text, end, paragraph.end())
        # «art. 448-3 alinéa 1er 3°»: the item, which says more; not a letter, which a convention repeats under
        # each paragraph («art. 6 §3 b)»: the paragraph).
        if number and (item := _ITEM_AFTER_RE.search(text, number.end(), paragraph.end())) and item["number"]:
            return _item(item["number"], None)
        return None if number is None else number["number"] or "1"
    if word := _paragraph_word(text, end):
        if _LAST_RE.match(text, word.end()):
            return "last"
        numbers, _, _ = _read_numbers(text, _BEFORE_NUMBER_RE.match(text, word.end()).end(), rtl, False)
        return numbers[0] if len(numbers) == 1 and numbers[0].isdigit() else None
    return None


def _next_articles(text: str, end: int, rtl: bool) -> bool:
    """Whether the paragraph or item written at `end` opens the next article's citation («art. 448-1, alinéa 2 de
    l'article 448-2», «الفقرة 2 من الفصل 448-2»), or numbers a list of them («a) art. 448-1 b) art. 448-2»)."""
    after = _paragraph_end(text, end, rtl)
    return after != end and _OF_ARTICLE_RE.match(text, after) is not None


def _paragraph_word(text: str, end: int) -> re.Match[str] | None:
    """«الفقرة», «paragraphe», «في فقرته» right after an article."""
    return _ITS_PARAGRAPH_RE.match(text, end) or _PARAGRAPH_WORD_RE.match(text, _SPACES_RE.match(text, end).end())


def _ordinal(word: str) -> str | None:
    """«dernier» → "last", «2e» → "2", «premier» → "1"."""
    if word == "dernier":
        return "last"
    if word[0].isdigit():
        return word[0]
    return _FRENCH_ORDINALS.get(word)


# «الفقرة الثانية من الفصل 448-1», «le deuxième alinéa de l'article», «paragraphe 3 de l'article 6», «paragraph 3 of
# article 6»: the paragraph written before its article, up to the article word.
_PARAGRAPH_BEFORE_RE = re.compile(
    r"(?:(?<![\u0621-\u064a])و?(?:(?:ال)?فقره(?:\s+(?:ال)?فرعيه)?|(?P<item>(?:ال)?بند))\s+(?P<ar>[^\s]+)\s+من\s*"
    r"|\b(?:paragraphe|alinea|paragraph)\s+(?P<fr>\d+|premier)\s+(?:de\s+l'|du\s+|de\s+|of\s+(?:the\s+)?)\s*"
    r"|\b(?P<ordinal>premier|deuxieme|second|troisieme|quatrieme|cinquieme|dernier)\s+(?:alinea|paragraphe)\s+"
    r"(?:de\s+l'|du\s+|de\s+)\s*)$"
)
_FRENCH_ORDINALS = {
    "premier": "1",
    "deuxieme": "2",
    "second": "2",
    "troisieme": "3",
    "quatrieme": "4",
    "cinquieme": "5",
}


def _cited_paragraph_before(text: str, start: int, rtl: bool) -> tuple[str, int] | None:
    """The number of the paragraph written right before an article word at `start` (`_PARAGRAPH_BEFORE_RE`), and
    where it is written."""
    window = max(0, start - 60)
    found = _PARAGRAPH_BEFORE_RE.search(text[window:start])
    if found is None:
        return None
    if found["ordinal"] == "dernier" or found["ar"] in ("الاخيره", "اخيره"):
        return "last", window + found.start()
    if found["ar"] and (letter := re.fullmatch(r"\(?([\u0621-\u064a]|[a-j])\)?", found["ar"])):
        number = _item(None, letter[1]) if letter[0] != letter[1] or found["item"] else None  # «(ج)», «البند ج»
    elif found["ar"]:
        numbers, _, _ = _read_numbers(found["ar"], 0, rtl, False)
        number = numbers[0] if len(numbers) == 1 and numbers[0].isdigit() else None
        if number and found["item"]:
            number = f"item:{int(number)}"
    else:
        value = found["fr"] or found["ordinal"]
        number = _FRENCH_ORDINALS.get(value, value if value.isdigit() else None)
    return (number, window + found.start()) if number else None


def _paragraph_end(text: str, end: int, rtl: bool) -> int:
    """Past the paragraph written after an article («art. 448-2 al. 2», «Article 3(a)», «art. 3, paragraphe 2»,
    «المادة 5 الفقرة الثانية», «art. 448-1, dernier alinéa»), part of the citation; `end` when there is none."""
    if ordinal := _ORDINAL_AFTER_RE.match(text, end):
        return ordinal.end()
    if paragraph := _PARAGRAPH_RE.match(text, end):
        return paragraph.end()
    if item := _cited_item(text, end, rtl):
        return item[1]
    if word := _paragraph_word(text, end):
        if last := _LAST_RE.match(text, word.end()):
            return last.end()
        numbers, number_end, _ = _read_numbers(text, _BEFORE_NUMBER_RE.match(text, word.end()).end(), rtl, False)
        return number_end if numbers else end
    return end


def _listed(text: str, end: int) -> int | None:
    """Where the next listed number starts: after a comma or «و» / «et» («5 و6», «5, 6 et 7»), or at
    an ordinal with «و» («الأولى والثانية»); a mere space lists nothing («المادة 5 2016»)."""
    sep = _LIST_SEPARATOR_RE.match(text, end)
    if sep.group().strip() or text.startswith("و", sep.end()):
        return sep.end()
    return None


def _number_before_code(text: str, code_start: int) -> _Citation | None:
    """«448.4 CP», «448 4 du code pénal», «82.5.1 ق.م.ج», «448.1, 448.2 et 448.3 CP», «448 CP»: a code's articles
    typed with dots, spaces or none right before the code's name (the French Penal Code prints «Article 448.4»).
    Alone, «27.14» is a law's number and «448 4» two numbers; before a code they are its articles, within bounds: a
    base of 20 to 999, each part of two digits at most, smaller than the base and without a leading zero; not a law
    number's shape (two digits, a dot, two digits: «24.03 CP», «86.14 CP» name laws amending the code); and, when any
    number of the list is written with spaces or none, only with the list as the question's first words or after a
    bracket («amende de 500 10 CP», «pages 150 et 151 CP», «Convention, 40 CP» are none)."""
    numbers: list[str] = []
    loose = False  # a number of the list written with spaces or none: the list must stand on its own
    end, start, last_end = code_start, None, 0
    while (match := _NUMBER_BEFORE_CODE_RE.search(text[:end])) and (number := _dotted_article(match)):
        last_end = last_end or match.end("number")
        numbers.insert(0, number)
        loose = loose or not _dotted(match)
        start = match.start("number")
        end = start
        if not (separator := _LIST_BEFORE_RE.search(text[:end])):
            break
        end = separator.start()
    if not numbers or start is None:
        return None
    if loose and (before := text[:start].rstrip()) and before[-1] not in "([«\"'":
        return None
    return _Citation(start, last_end, numbers, code_after=True)


def _number_after_code(text: str, code_end: int) -> _Citation | None:
    """«CP 448.11», «القانون الجنائي 448.11», «ق.م.ج 82.7», «Code pénal 448 11», «code pénal 448»: a code's article
    typed with dots, spaces or none right after the code's name, within `_dotted_article`'s bounds («code pénal 1962»,
    «CP 24.03» are none) and not a quantity («code pénal 300 dirhams»). With spaces or none, only as the question's
    last words: «code pénal 448 peine» may be a count. Before, such a question opened the code at its dahir."""
    match = _NUMBER_AFTER_CODE_RE.match(text, code_end)
    if not match or not (number := _dotted_article(match)) or _followed_by_unit(text, match.end()):
        return None
    numbers, loose, end = [number], not _dotted(match), match.end("number")
    # A list («CP 448.1, 448.2 et 448.3»): each number within the same bounds; a range («CP 448.1 à 448.14») is not
    # read here, so that none of it is cited short.
    while (
        (separator := _LIST_AFTER_CODE_RE.match(text, end))
        and (following := _NUMBER_AFTER_CODE_RE.match(text, separator.end()))
        and (number := _dotted_article(following))
    ):
        numbers.append(number)
        loose = loose or not _dotted(following)
        end = following.end("number")
    if _RANGE_AFTER_CODE_RE.match(text, end) or _followed_by_unit(text, end):
        return None
    if loose and text[end:].strip(" \t?؟.!"):
        return None
    return _Citation(match.start("number"), end, numbers, code_before=True)


def _dotted(match: re.Match[str]) -> bool:
    """Whether the number is typed with dots or slashes («448.4», «448/4»), not spaces or none (a looser reading)."""
    return any(mark in match.group("number") for mark in "./")


def _dotted_article(match: re.Match[str]) -> str | None:
    """The article «448.4», «448/4», «448 4» or «448» reads within bounds, or None (see `_number_before_code`); with a
    slash, a base over 31 («في 25/3 القانون الجنائي» is a date)."""
    base, *parts = re.split(r"[./ \t]+", match.group("number").translate(ARABIC_DIGITS))
    if (
        not _MIN_BARE_BASE <= int(base) <= 999
        or ("/" in match.group("number") and int(base) <= 31)
        or any(part.startswith("0") or int(part) >= int(base) for part in parts)
        or (len(base) == 2 and any(len(part) == 2 for part in parts))
    ):
        return None
    return "-".join([base, *parts])


def _bare_articles(text: str, match: re.Match[str]) -> list[str]:
    """The articles a number written alone is: one (`_bare_number`), or a list typed with slashes between dashed
    numbers («448-2/448-3», an audit found neither article), each one of them; not «448-2/25» (a dossier's number).
    The caller rules out law numbers («27-14/103-13»). Not a single number typed with slashes: alone, «448/4» may be a
    dossier's or a decision's number, a ratio or a date (read after an article word or beside a code's name)."""
    raw = match.group()
    if "/" in raw:
        parts = raw.split("/")
        if not all("-" in part for part in parts):
            return []
        numbers = [_bare_number(text, part, match.end()) for part in parts]
        return [n for n in numbers if n] if all(numbers) else []
    return [number] if (number := _bare_number(text, match.group(), match.end())) else []


def _spaced_bare_article(text: str, match: re.Match[str]) -> str | None:
    """«448 - 3» written alone (an audit got article 448): a base of three digits, a smaller sub-number, no unit."""
    base, sub = (int(g.translate(ARABIC_DIGITS)) for g in match.groups())
    return None if sub == 0 or sub >= base or _followed_by_unit(text, match.end()) else f"{base}-{sub}"


def _bare_number(text: str, raw: str, end: int) -> str | None:
    """A number written alone is an article only in the 448-2 form: dashes, no leading zero, no part
    over 999 (dates), a base of 20 or more («2-3 personnes» is a range), not a quantity; it is read
    right to left when its first part is the smaller (2-448 → 448-2)."""
    parts = raw.split("-")
    if any(not p.isdigit() or (p.startswith("0") and p != "0") or int(p) > 999 for p in parts):
        return None
    number = normalize_number(raw, rtl=True)
    if not number or int(number.split("-")[0]) < _MIN_BARE_BASE or _followed_by_unit(text, end):
        return None
    return number
