"""Where the paragraph a citation names lies in its article: «Protocole de Palerme art. 6 §3», «الفصل 448-1 الفقرة 2».

The article is shown from the part (passage) that holds the paragraph, with the paragraph highlighted; before, the
first part was shown and the paragraph cited lay folded under the others (a trial).

- An international text numbers its paragraphs («3. Chaque État Partie…», «3- تنظر كل دولة…»): the paragraph runs
  from the line that starts with its number to the next numbered line. Only a numbering that opens the article (its
  first line, or the one after its title) and runs 1, 2, 3… without a repeat is read: the numbered sub-items under
  a lettered item («(أ) … 1- … 2- …», the children's protocol's article 3) are not paragraphs. Its unnumbered lines
  are not counted (the first may be its title).
- A Moroccan code or law does not number its paragraphs (alinéas), and its source has one per line: the second
  paragraph is the second line that is not an item («1-», «2 -», «3°»: the items belong to the paragraph that
  introduces them). A first line that reads as a title (short, no final punctuation) is not one.

An article's parts hold whole lines, in order.

Usage::

    paragraph_span(["Titre\\n1. Premier.\\n2. Second.", "3. Troisième."], "3", numbered=True)  # (1, 0, 13)
    cited_label("Code pénal, article 448-1", "2", "fr", numbered=False)  # 'Code pénal, article 448-1, alinéa 2'
"""

from __future__ import annotations

import re

_NUMBERED_RE = re.compile(r"^[ \t]*(\d{1,2})[ \t]*[.\-–][ \t]", re.M)  # «3. », «3- »: not «3.000 درهم», «2016»
_ITEM_RE = re.compile(r"^[ \t]*(?:\d{1,2}[ \t]*[.\-–)°]|\d{1,2}[ \t]*$|\(?[a-z\u0621-\u064a]\)|[-–•])")
_LINE_RE = re.compile(r"[^\n]*\S[^\n]*")
_TITLE_MAX = 60


def paragraph_span(parts: list[str], number: str, *, numbered: bool) -> tuple[int, int, int] | None:
    """(part index, start, end) of paragraph `number` ("last" for the last) in an article's parts, in order; None
    where it has none.

    :param numbered: the text numbers its paragraphs (an international text); else its lines are its paragraphs.
    """
    if number.startswith("item:"):
        return _item_span(parts, number.removeprefix("item:"), numbered)
    if number != "last" and (not number.isdigit() or int(number) < 1):
        return None
    lines = _lines(parts, numbered)
    starts = _starts(lines, numbered)
    if starts is None or len(starts) < 2 and not numbered:
        return None  # a Moroccan article of one paragraph: it is all of it
    index = len(starts) if number == "last" else int(number)  # «الفقرة الأخيرة», «le dernier alinéa»
    if index > len(starts):
        return None
    first = starts[index - 1]
    last = (starts[index] if index < len(starts) else len(lines)) - 1
    part = lines[first][0]
    while lines[last][0] != part:  # a paragraph that runs on into the next part: its lines in this one
        last -= 1
    start, end = lines[first][1], lines[last][1]
    return part, start.start() + len(start[0]) - len(start[0].lstrip()), len(end.string[: end.end()].rstrip())


def paragraph_count(parts: list[str], *, numbered: bool) -> int | None:
    """How many paragraphs an article has; None where its paragraphs cannot be told with certainty.

    Usage::

        paragraph_count(["Titre\n1. Premier.\n2. Second."], numbered=True)  # 2
    """
    lines = _lines(parts, numbered)
    # A Moroccan article of a lead sentence and items: each item may be counted an alinéa too (a review).
    if not numbered and any(_ITEM_RE.match(m[0]) for _, m in lines):
        return None
    starts = _starts(lines, numbered)
    return None if starts is None else max(len(starts), 1)


# Item letters as the Arabic versions write them: «(ج)» is c).
ARABIC_ITEM_LETTERS = dict(zip("abcdefghij", "أبجدهوزحطي", strict=True))


def _item_span(parts: list[str], item: str, numbered: bool) -> tuple[int, int, int] | None:
    """(part index, start, end) of an article's item («3°», «3-», «c)», «(ج)»): its line, and those under it up to
    the next item or paragraph; None where no line, or more than one, starts with it (items numbered again under
    each paragraph)."""
    if item.isdigit():
        # «3-», «3 -», «3°», «3)»; a Moroccan text's «3.» too (an international one numbers its paragraphs so).
        marker = re.compile(rf"^[ \t]*{int(item)}[ \t]*(?:[\-–)°]{'' if numbered else '|[.]'})")
    else:
        letters = {item, ARABIC_ITEM_LETTERS.get(item, item)} | ({"ا"} if item == "a" else set())  # «(ا)», unhamzated
        marker = re.compile(rf"^[ \t]*\(?[ \t]*(?:{'|'.join(map(re.escape, letters))})[ \t]*\)")
    lines = [(i, m) for i, text in enumerate(parts) for m in _LINE_RE.finditer(text)]
    found = [k for k, (_, m) in enumerate(lines) if marker.match(m[0])]
    if len(found) != 1:
        return None
    first = last = found[0]
    part = lines[first][0]
    while last + 1 < len(lines) and lines[last + 1][0] == part:
        following = lines[last + 1][1][0]
        if _ITEM_RE.match(following) or _NUMBERED_RE.match(following) or not numbered:
            break
        last += 1
    start, end = lines[first][1], lines[last][1]
    return part, start.start() + len(start[0]) - len(start[0].lstrip()), len(end.string[: end.end()].rstrip())


def _lines(parts: list[str], numbered: bool) -> list[tuple[int, re.Match[str]]]:
    """(part index, line) for each line of the parts that is not blank; not a Moroccan article's title."""
    lines = [(i, m) for i, text in enumerate(parts) for m in _LINE_RE.finditer(text)]
    if not numbered and len(lines) > 1 and _is_title(lines[0][1][0]):
        return lines[1:]
    return lines


def _starts(lines: list[tuple[int, re.Match[str]]], numbered: bool) -> list[int] | None:
    """The indexes of the lines that open a paragraph; None where a numbered text's numbering is not read."""
    if not numbered:
        return [k for k, (_, m) in enumerate(lines) if not _ITEM_RE.match(m[0])]
    starts = [k for k, (_, m) in enumerate(lines) if _NUMBERED_RE.match(m[0])]
    values = [int(_NUMBERED_RE.match(lines[k][1][0])[1]) for k in starts]
    opens = starts and (starts[0] == 0 or starts[0] == 1 and _heading_like(lines[0][1][0]))
    return starts if opens and values == list(range(1, len(values) + 1)) else None


def _heading_like(line: str) -> bool:
    """«Assistance et protection accordées aux victimes de la traite des personnes»: no item, no final punctuation."""
    return not _ITEM_RE.match(line) and not re.search(r"[.:;؛،,]$", line.strip())


def _is_title(line: str) -> bool:
    """«اللجان الجهوية»: a short heading, not a paragraph of a Moroccan text."""
    return len(line.strip()) <= _TITLE_MAX and _heading_like(line)


_AR_ORDINALS = tuple("الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة".split())


def cited_label(label: str, paragraph: str, language: str, *, numbered: bool) -> str:
    """The article's citation `label` narrowed to the paragraph or item cited, as a practitioner writes it: «الفقرة
    الثانية من الفصل 448-1 من مجموعة القانون الجنائي», «Code pénal, article 448-1, alinéa 2», «Protocole de Palerme,
    article 3, alinéa c)»; a copied citation kept only the article (a prosecutor's trial).

    :param numbered: the text numbers its paragraphs (an international text's «paragraphe»; a Moroccan «alinéa»).
    """
    item = paragraph.removeprefix("item:") if paragraph.startswith("item:") else None
    if language == "ar":
        if item is not None:
            part = f"البند {item}" if item.isdigit() else f"الفقرة الفرعية ({ARABIC_ITEM_LETTERS.get(item, item)})"
        elif paragraph == "last":
            part = "الفقرة الأخيرة"
        else:
            number = int(paragraph)
            part = f"الفقرة {_AR_ORDINALS[number - 1] if number <= len(_AR_ORDINALS) else number}"
        return f"{part} من {label}"
    if item is not None and item.isdigit():
        part = f"{item}°" if language == "fr" else f"item {item}"
    elif item is not None:
        part = f"alinéa {item})" if language == "fr" else f"subparagraph ({item})"
    elif language == "fr":
        word = "paragraphe" if numbered else "alinéa"
        part = f"dernier {word}" if paragraph == "last" else f"{word} {paragraph}"
    else:
        part = "last paragraph" if paragraph == "last" else f"paragraph {paragraph}"
    return f"{label}, {part}"
