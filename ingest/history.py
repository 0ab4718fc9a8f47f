"""Publisher footnotes → the amendment history of the articles they name.

Footnote markers do not survive in the starter texts (adala's superscripts were removed), so a
note is attached to an article only when its own words name exactly one article of the corpus:
«تمت إضافة المادة 1-5-82 أعلاه، بمقتضى المادة الثانية من القانون رقم 27.14…» goes to CPP 82-5-1.
Notes that say only «هذا الفصل» (this article) cannot be placed and are left out rather than guessed.

Usage::

    history = amendment_history(extracted.footnotes, language="ar", work=cpp, catalogue=catalogue)
    history["ma-cpp:82-5-1"]   # ['73- تمت إضافة المادة 1-5-82 أعلاه، بمقتضى …']
"""

from __future__ import annotations

import re
from collections import defaultdict

from ingest.catalogue import Catalogue, Work
from ingest.crossrefs import find_references
from ingest.extract import Footnote


def amendment_history(
    footnotes: list[Footnote], *, language: str, work: Work, catalogue: Catalogue
) -> dict[str, list[str]]:
    """Article key → the footnotes that name it (and no other article), in order."""
    history: dict[str, list[str]] = defaultdict(list)
    for note in footnotes:
        for text in _split_merged(f"{note.marker}- {note.text}" if note.marker else note.text):
            if _SAME_AS in text:  # «نفس الإحالة المشار إليها في الفصل 248»: 248 is where the reference is, not this one
                continue
            keys = {ref.key for ref in find_references(text, language=language, work=work, catalogue=catalogue)}
            # The amending law's own article («بمقتضى المادة الثانية من القانون رقم 27.14») is not the one amended.
            keys = {k for k in keys if k and k.split(":")[0] == work.id}
            if len(keys) == 1:
                history[keys.pop()].append(text)
            elif keys and _RANGE_REPEALED_RE.match(text):
                # «تم إلغاء الفصول من 494 إلى 496 أعلاه بمقتضى … القانون رقم 92.13»: each repealed article's history
                # (a judge found 494 marked repealed with no word of the law that repealed it).
                for key in _filled(keys):
                    history[key].append(text)
    return dict(history)


# A note that repeals several articles at once: «تم إلغاء الفصول من 494 إلى 496», «تم نسخ الفصول من 19 إلى 23».
_RANGE_REPEALED_RE = re.compile(r"^(?:\d{1,3}-|-\s?\d{1,3})?\s*تم\s+(?:إلغاء|نسخ)\s+(?:الفصول|المواد)(?!\w)")


def _filled(keys: set[str]) -> list[str]:
    """The keys of a range's two ends and the plain numbers between them («494», «496» → 494, 495, 496)."""
    work = next(iter(keys)).split(":")[0]
    numbers = [int(k.split(":")[1]) for k in keys if k.split(":")[1].isdigit()]
    if len(numbers) == len(keys) and max(numbers) - min(numbers) <= 20:
        return [f"{work}:{n}" for n in range(min(numbers), max(numbers) + 1)]
    return sorted(keys)


_SAME_AS = "نفس الإحالة"  # «the same reference (as …)»: the note's own article is the one it was printed under
# «… ص 121. 5- تم نسخ …», or reversed by right-to-left extraction «… الذكر. - 74 تمت …»
_NEXT_NOTE_RE = re.compile(r"(?<=[.؛;])\s+(?=(?:\d{1,3}-|-\s?\d{1,3})\s)")


def _split_merged(text: str) -> list[str]:
    """Notes the source printed on one line («… ص 121. 5- تم نسخ …») are separate notes."""
    return [part.strip() for part in _NEXT_NOTE_RE.split(text) if part.strip()]
