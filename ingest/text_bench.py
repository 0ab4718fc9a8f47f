"""Measure the analyser's choices (stemming, stop words) with an in-memory BM25 over the starter corpus.

Measurement only: the product never reads the questions. Each Arabic and French source of
../shared/corpus-sources is cut into rough article chunks (one per heading line such as
«الفصل 448-2», «المادة 5», «Article 6»; long ones split at line breaks as passages are), every
analyser variant indexes them, and the questions of ../shared/eval/dev.jsonl are ranked with BM25
and scored by the reference scorer (../shared/eval/score.py, the hit rule of its README).

Usage:
    python -m ingest.text_bench [--shared ../shared]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import mean, median
from types import ModuleType

from ingest.sparse import K1, B, document_vector, query_vector
from ingest.text import Analyzer

_HEADING_RE = re.compile(r"^(?:الفصل|المادة|البند|Article|Art\.)\s+\S+(?:\s+\S+)?\s*(?::.*)?$")
_PARAGRAPH_RE = re.compile(r"^\d{1,3}\.\s")
_FOOTNOTES_RE = re.compile(r"^———")
_MAX_CHARS = 1200  # as ingest/passages.py cuts long articles

VARIANTS: dict[str, Analyzer] = {
    "no stemming (folding + stop words only)": Analyzer(arabic="none", french="none"),
    "no stemming, no stop words": Analyzer(arabic="none", french="none", stop_words=False),
    "ar light, proclitics kept": Analyzer(arabic="light", proclitics="keep"),
    "ar light, proclitics stripped": Analyzer(arabic="light", proclitics="strip"),
    "ar light, proclitics both (default)": Analyzer(arabic="light", proclitics="both"),
    "ar snowball": Analyzer(arabic="snowball"),
    "ar light+snowball (both stems)": Analyzer(arabic="light+snowball", proclitics="both"),
    "ar light, fr fold-then-stem": Analyzer(arabic="light", proclitics="both", french="fold"),
    "ar light, no stop words": Analyzer(arabic="light", proclitics="both", stop_words=False),
}


@dataclass(frozen=True)
class Chunk:
    file: str
    language: str
    text: str


def read_body(path: Path) -> list[str]:
    """Lines of a source after its "# " header and before the publisher's footnotes."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if not line.startswith("# "))
    body: list[str] = []
    for line in lines[start:]:
        if _FOOTNOTES_RE.match(line):
            break
        if line.strip():
            body.append(line.strip())
    return body


def _split_at(lines: list[str], is_heading: Callable[[str], bool]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in lines:
        if is_heading(line) and groups[-1]:
            groups.append([])
        groups[-1].append(line)
    return groups


def _cap(group: list[str]) -> list[list[str]]:
    """Split a long chunk at line breaks into pieces of at most about _MAX_CHARS characters."""
    pieces: list[list[str]] = [[]]
    size = 0
    for line in group:
        if pieces[-1] and size + len(line) > _MAX_CHARS:
            pieces.append([])
            size = 0
        pieces[-1].append(line)
        size += len(line) + 1
    return pieces


def chunks(path: Path) -> list[Chunk]:
    """Rough article chunks of a source file."""
    lines = read_body(path)
    groups = _split_at(lines, lambda s: len(s) <= 80 and bool(_HEADING_RE.match(s)))
    if len(groups) < 3:  # a declaration of numbered paragraphs
        groups = _split_at(lines, lambda s: bool(_PARAGRAPH_RE.match(s)))
    language = path.name.rsplit(".", 2)[-2]
    return [Chunk(path.name, language, "\n".join(p)) for g in groups for p in _cap(g) if p]


class BM25:
    """Okapi BM25 (Lucene's IDF), distinct query terms, as Qdrant scores with the IDF modifier."""

    def __init__(self, docs: list[list[str]], k1: float = K1, b: float = B) -> None:
        self.k1, self.b = k1, b
        self.tfs = [Counter(d) for d in docs]
        self.lengths = [len(d) for d in docs]
        self.avg = mean(self.lengths) if docs else 0.0
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, tf in enumerate(self.tfs):
            for term in tf:
                self.postings[term].append(i)
        n = len(docs)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def top(self, query: list[str], k: int = 10) -> list[int]:
        scores: dict[int, float] = defaultdict(float)
        for term in set(query):
            for i in self.postings.get(term, ()):
                tf = self.tfs[i][term]
                norm = self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg)
                scores[i] += self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return sorted(scores, key=lambda i: -scores[i])[:k]


def sparse_top(docs: list[list[str]], queries: list[list[str]], k: int = 10) -> list[list[int]]:
    """Rank with the product's sparse vectors and Qdrant's IDF modifier (checks `ingest.sparse`)."""
    vectors = [document_vector(d) for d in docs]
    df: Counter[int] = Counter(i for v in vectors for i in v.indices)
    n = len(docs)
    idf = {i: math.log(1 + (n - c + 0.5) / (c + 0.5)) for i, c in df.items()}
    as_dicts = [dict(zip(v.indices, v.values, strict=True)) for v in vectors]
    ranked = []
    for q in queries:
        qv = query_vector(q)
        scores = {
            j: sum(w * d[i] * idf[i] for i, w in zip(qv.indices, qv.values, strict=True) if i in d)
            for j, d in enumerate(as_dicts)
        }
        ranked.append(sorted((j for j in scores if scores[j] > 0), key=lambda j: -scores[j])[:k])
    return ranked


def _load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _strip_accents(text: str) -> str:
    """Latin accents only (Arabic marks are combining characters too)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) or ord(c) > 0x36F)


def _row(name: str, report: dict[str, dict[str, float]]) -> str:
    cells = [name.ljust(40)]
    for bucket in ("all", "lang=ar", "lang=fr", "lang=mixed"):
        r = report.get(bucket)
        cells.append(f"{r['R@5']:.3f} {r['MRR@10']:.3f}" if r else "  -     -  ")
    return " | ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args()
    scorer = _load_scorer(args.shared / "eval" / "score.py")
    questions = scorer.load(args.shared / "eval" / "dev.jsonl")
    sources = sorted(
        p for p in (args.shared / "corpus-sources").glob("*.txt") if p.name.endswith((".ar.txt", ".fr.txt"))
    )
    corpus = [c for p in sources for c in chunks(p)]
    texts = [c.text for c in corpus]
    print(f"{len(sources)} sources, {len(corpus)} chunks, {len(questions)} questions")
    print(f"{'variant (R@5 MRR@10)':40} | {'all':11} | {'ar':11} | {'fr':11} | {'mixed':11}")

    def evaluate(name: str, analyzer: Analyzer, sparse: bool = False, fold_questions: bool = False) -> None:
        docs = [analyzer(c.text, c.language) for c in corpus]
        qs = [analyzer(_strip_accents(q["question"]) if fold_questions else q["question"]) for q in questions]
        if sparse:
            ranked = sparse_top(docs, qs)
        else:
            bm25 = BM25(docs)
            ranked = [bm25.top(q) for q in qs]
        results = {q["id"]: [texts[i] for i in r] for q, r in zip(questions, ranked, strict=True)}
        report, _ = scorer.score(questions, results)
        print(_row(name, report))
        if name.endswith("(default)"):
            lengths = [len(d) for d in docs]
            print(f"{'':40}   terms per chunk: mean {mean(lengths):.0f}, median {median(lengths):.0f}")

    for name, analyzer in VARIANTS.items():
        evaluate(name, analyzer)
    default = VARIANTS["ar light, proclitics both (default)"]
    evaluate("default through ingest.sparse vectors", default, sparse=True)
    print("questions typed without accents:")
    evaluate("  fr stem-then-fold (as default)", default, fold_questions=True)
    evaluate("  fr fold-then-stem", VARIANTS["ar light, fr fold-then-stem"], fold_questions=True)
    evaluate("  no stemming", VARIANTS["no stemming (folding + stop words only)"], fold_questions=True)
    print(json.dumps({"k1": K1, "b": B, "max_chars_per_chunk": _MAX_CHARS}))


if __name__ == "__main__":
    main()
