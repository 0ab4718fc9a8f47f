"""Where the paragraph a citation names lies in its article: «Protocole de Palerme art. 6 §3», «الفصل 448-1 الفقرة 2».

The article is shown from the part (passage) that holds the paragraph, with the paragraph highlighted; before, the
first part was shown and the paragraph cited lay folded under the others (a trial). Conventions number their
paragraphs («3. Chaque État Partie…», «3- تنظر كل دولة…»): the paragraph runs from the line that starts with its
number to the next numbered line. Moroccan codes and laws do not, and their sources have one paragraph (alinéa) per
line: the second paragraph is the article's second line. An international text's unnumbered lines may be its title,
so none is counted there. An article's parts hold whole lines, in order.

Usage::

    paragraph_span(["Titre\\n1. Premier.\\n2. Second.", "3. Troisième."], "3", numbered_only=True)  # (1, 0, 13)
"""

from __future__ import annotations

import re

_NUMBERED_RE = re.compile(r"^[ \t]*(\d{1,2})[ \t]*[.\-–][ \t]", re.M)  # «3. », «3- »: not «3.000 درهم», «2016»
_LINE_RE = re.compile(r"[^\n]*\S[^\n]*")


def paragraph_span(parts: list[str], number: str, *, numbered_only: bool = False) -> tuple[int, int, int] | None:
    """(part index, start, end) of paragraph `number` in an article's parts, in order; None where it has none.

    :param numbered_only: only numbered paragraphs count (an international text, whose first line may be a title).
    """
    if not number.isdigit():
        return None
    numbered = [(i, m) for i, text in enumerate(parts) for m in _NUMBERED_RE.finditer(text)]
    if numbered:
        for n, (i, m) in enumerate(numbered):
            if int(m[1]) == int(number):
                following = numbered[n + 1] if n + 1 < len(numbered) else None
                end = following[1].start() if following and following[0] == i else len(parts[i])
                return i, m.start(), len(parts[i][:end].rstrip())
        return None
    if numbered_only:
        return None
    lines = [(i, m) for i, text in enumerate(parts) for m in _LINE_RE.finditer(text)]
    if int(number) < 1 or int(number) > len(lines) or len(lines) < 2:
        return None  # an article of one paragraph has no second, and its first is all of it
    i, m = lines[int(number) - 1]
    return i, m.start() + len(m[0]) - len(m[0].lstrip()), m.end()
