"""Turn articles into passages: the units that are embedded, indexed and shown with a citation.

A short article is one passage. A long one (the UN conventions have some) is split at paragraph
or item boundaries, so a passage stays within what the embedding model reads well; every passage
keeps its article key, heading path and position.

Usage::

    from ingest.passages import article_passages
    documents = article_passages(article, work=work, version_id="ma-law-27-14/ar")
    documents[0].meta["citation"]   # 'المادة الخامسة من القانون رقم 27.14'
"""

from __future__ import annotations

import hashlib
import re

from haystack import Document

from ingest.catalogue import Work
from ingest.citation import citation_label
from ingest.structure import Article

# ~300 e5 tokens in Arabic, fewer in French: well inside the model's 512 while keeping an item whole (600 and 2,000
# measured worse or no better: tests/eval/README.md, session 21).
MAX_PASSAGE_CHARS = 1200
# A paragraph is kept whole up to this; past it (no paragraph of the corpus comes near: its longest is 1,573) it is
# cut at its sentences. An audit uploaded one article of 5 MB on one line: one passage that every search then scored
# and returned whole (48 s a search).
MAX_PARAGRAPH_CHARS = 2 * MAX_PASSAGE_CHARS
_SENTENCE_END = re.compile(r"(?<=[.!?؟;؛])(?<![Aa]rt\.)(?<!al\.)(?<!n°\.)\s+")  # not inside «art. 5», «al. 2»
CONTEXT_HEADINGS = 2  # the nearest headings (section, chapter) are embedded with each passage


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def split_paragraphs(text: str, max_chars: int = MAX_PASSAGE_CHARS) -> list[str]:
    """Group the article's lines (paragraphs, items) into chunks of at most ``max_chars``.

    A single paragraph longer than the limit stays whole: cutting inside a sentence would show
    the practitioner half a provision. Only one far past it (`MAX_PARAGRAPH_CHARS`, none in the corpus) is cut,
    at its sentences.
    """
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in (piece for line in text.split("\n") for piece in _bounded(line, max_chars)):
        if current and size + len(paragraph) > max_chars:
            chunks.append("\n".join(current))
            current, size = [], 0
        current.append(paragraph)
        size += len(paragraph) + 1
    if current:
        chunks.append("\n".join(current))
    return chunks


def _bounded(paragraph: str, max_chars: int) -> list[str]:
    """The paragraph whole, or past `MAX_PARAGRAPH_CHARS` its sentences grouped up to ``max_chars`` (a sentence
    longer than that cut at a space, or anywhere in a text with none)."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > max_chars:
            cut = sentence.rfind(" ", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if pieces and len(pieces[-1]) + 1 + len(sentence) <= max_chars:
            pieces[-1] += " " + sentence
        elif sentence:
            pieces.append(sentence)
    return pieces


def passage_id(version_id: str, key: str, part: int) -> str:
    """Stable per (version, article, part): re-ingesting a changed text overwrites in place.

    The Qdrant integration turns this string into a UUID for the point id.
    """
    return f"{version_id}|{key}|{part}"


def article_passages(
    article: Article,
    *,
    work: Work,
    version_id: str,
    wording: str = "authentic",
    current: bool = True,
    version_label: str | None = None,
) -> list[Document]:
    """The passages of one article, as Haystack Documents ready for embedding and indexing.

    ``work`` is the article's own work: for an article quoted by an amending law, the target code;
    ``current`` says whether this is the wording in force; ``wording`` is the version's, or for an article an
    amending law quotes, ``as_enacted`` (the law inserted it) or ``as_amended`` (the law rewrote or completed it).
    """
    parts = split_paragraphs(article.text)
    label = citation_label(work, article.number, article.language)
    title = work.titles.get(article.language) or work.short_title(article.language)  # type: ignore[call-overload]
    misprints = work.misprints.get(article.number, {}).get(article.language, {})  # type: ignore[call-overload]
    documents = []
    for part, text in enumerate(parts):
        # The words a misprint stands for are searched with the text (`Work.misprints`), never shown in it.
        meant = [word for printed, word in misprints.items() if printed in text]
        meta = {
            "key": article.key,
            "work_id": article.work_id,
            "work_type": work.type,
            "jurisdiction": work.jurisdiction,
            "work_title": title,
            "language": article.language,
            "article": article.number,
            "heading": article.heading,
            "heading_path": article.heading_path,
            "citation": label,
            # What the passage is about beyond its own words: the section it sits in and its citation.
            "context": "\n".join([*article.heading_path[-CONTEXT_HEADINGS:], label, *meant]),
            "position": article.position,
            "part": part,
            "parts": len(parts),
            "source": article.source,
            "version_id": version_id,
            "wording": wording,
            # False for a code article as its amending law quoted it: the consolidated code holds the one in force.
            "current": current,
            "version_label": version_label,
            "quoted_by": article.quoted_by,
            "repealed": article.repealed,
            "article_hash": content_hash(article.text),
        }
        documents.append(Document(id=passage_id(version_id, article.key, part), content=text, meta=meta))
    return documents
