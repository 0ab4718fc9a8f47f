"""The laws the corpus's amendment notes name, and the articles whose notes name each.

A law the corpus does not hold is often one that changed a text it does: «loi 03-23» amended CPP 82-5-1 and added
82-5-3, as the consolidated CPP's notes say. A question naming it is told where (`search.pipeline`'s
``work_outside_corpus`` notice), rather than only that it is not in the corpus.

Usage::

    from search.amending_laws import laws_in_notes, law_number
    noted = laws_in_notes(documents)   # indexed passages, their ``history`` notes in meta
    noted[law_number("loi n° 03-23")]  # ['ma-cpp:82-5-1', 'ma-cpp:82-5-3']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from haystack import Document

from ingest.article_numbers import sort_key
from search.library import law_numbers

_NUMBER_RE = re.compile(r"(?<![\d.\-/])(\d{1,3})\s*[.\-/]\s*(\d{2})(?![.\-/]?\d)")  # not «1-16-127», «2016-41»
_LAW_WORD_RE = re.compile(r"(?i)(?<!\w)(?:loi|law)(?!\w)|قانون")  # a law's number, not a decree's or a circular's


def _key(number: str, year: str) -> str:
    return f"{int(number)}.{year}"  # «03.23» and «3-23» are one law


def law_number(name: str) -> str | None:
    """The law number a name holds («loi n° 03-23», «القانون رقم 03.23» → «3.23»), or None («C189», «décret 3-23»)."""
    if not _LAW_WORD_RE.search(name):
        return None
    match = _NUMBER_RE.search(name.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    return _key(*match.groups()) if match else None


def laws_in_notes(documents: Iterable[Document]) -> dict[str, list[str]]:
    """Law number → the keys of the articles (of texts in force) whose amendment notes name it, in the works' order."""
    noted: dict[str, set[str]] = {}
    for document in documents:
        for note in document.meta.get("history") or []:
            for law in law_numbers(note):
                noted.setdefault(_key(*law.split(".")), set()).add(document.meta["key"])
    return {
        law: sorted(keys, key=lambda k: (k.partition(":")[0], sort_key(k.partition(":")[2])))
        for law, keys in noted.items()
    }
