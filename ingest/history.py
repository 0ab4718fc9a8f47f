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
        keys = {ref.key for ref in find_references(note.text, language=language, work=work, catalogue=catalogue)}
        # The amending law's own article («بمقتضى المادة الثانية من القانون رقم 27.14») is not the one amended.
        keys = {k for k in keys if k and k.split(":")[0] == work.id}
        if len(keys) == 1:
            history[keys.pop()].append(f"{note.marker}- {note.text}" if note.marker else note.text)
    return dict(history)
