"""Word-level accuracy of text extraction against a reference text.

The score is a bag-of-words (multiset) precision/recall/F1 after light normalisation: NFKC, Arabic
diacritics and tatweel removed, punctuation around words dropped. Alef/ya/ta-marbuta variants are
deliberately *not* folded: the point is to measure what the extractor produced.

Usage::

    python -m ingest.extract_accuracy ../shared/pdf-samples/ma-law-19-12.fr.pdf \
        ../shared/corpus-sources/ma-law-19-12.fr.txt

    >>> word_scores("Article 1 : texte", "Article 1 texte d'essai").recall
    0.75
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# Harakat, superscript alef and Quranic marks: optional in legal text, so never a real difference.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# A word: letters/digits, possibly joined by an inner apostrophe, hyphen, dot or slash
# ("d'emploi", "ci-dessus", "19.12", "1-16-121").
_WORD = re.compile(r"\w+(?:['’.\-/]\w+)*")


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    extracted_words: int
    reference_words: int

    def __str__(self) -> str:
        return (
            f"precision={self.precision:.4f} recall={self.recall:.4f} f1={self.f1:.4f} "
            f"(words: extracted={self.extracted_words}, reference={self.reference_words})"
        )


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text)
    return text.replace("’", "'").casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def word_scores(extracted: str, reference: str) -> Scores:
    """Multiset precision/recall/F1 of the words of ``extracted`` against ``reference``."""
    got, want = Counter(words(extracted)), Counter(words(reference))
    common = sum((got & want).values())
    n_got, n_want = sum(got.values()), sum(want.values())
    precision = common / n_got if n_got else 0.0
    recall = common / n_want if n_want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, n_got, n_want)


def word_diff(extracted: str, reference: str, limit: int = 40) -> tuple[list, list]:
    """The most frequent words only in ``extracted`` and only in ``reference`` (for debugging)."""
    got, want = Counter(words(extracted)), Counter(words(reference))
    return (got - want).most_common(limit), (want - got).most_common(limit)


def reference_body(path: Path) -> str:
    """A corpus-sources reference text without its ``# key: value`` header and source footnotes."""
    from ingest.extract import split_header, split_source_footnotes

    _, body = split_header(path.read_text(encoding="utf-8-sig"))
    body, _ = split_source_footnotes(body)
    return body


def main(argv: list[str] | None = None) -> int:
    from ingest.extract import ExtractionError, extract, raw_pdf_text

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", type=Path, help="document to extract (PDF, .txt, .md)")
    parser.add_argument("reference", type=Path, help="reference .txt (corpus-sources format)")
    parser.add_argument("--diff", action="store_true", help="list the words that differ after repair")
    args = parser.parse_args(argv)

    reference = reference_body(args.reference)
    try:
        before = raw_pdf_text(args.pdf) if args.pdf.suffix.lower() == ".pdf" else None
        after = extract(args.pdf)
    except ExtractionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if before is not None:
        print(f"before repair (raw pypdf): {word_scores(before, reference)}")
    print(f"after repair:              {word_scores(after.body_text, reference)}")
    for warning in after.warnings:
        print(f"warning: {warning}")
    if args.diff:
        only_got, only_want = word_diff(after.body_text, reference)
        print("only in extraction:", " ".join(f"{w}×{n}" for w, n in only_got))
        print("only in reference: ", " ".join(f"{w}×{n}" for w, n in only_want))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
