"""Retrieval evaluation on a question set: Recall@1/3/5/10, MRR@10 and nDCG@10, overall and per bucket.

The hit rule is the one of ``../shared/eval/README.md``: a passage answers a gold entry when its text
contains one of the entry's snippets, both sides passed through `ingest.text.normalize_for_match`;
entries linked by ``alt_of`` are copies of one article (either copy counts, and counts once). The
figures are computed exactly as ``../shared/eval/score.py`` computes them, so that a run can be
cross-checked with it (`write_results_jsonl` writes the file it reads).

Nothing here knows any question: the question sets are data, for measuring only.

Usage::

    from pathlib import Path
    from search.evaluation import compare_table, evaluate, load_questions, write_results_jsonl

    questions = load_questions(Path("../shared/eval/dev.jsonl"))
    report = evaluate(questions, lambda q: [r.text for r in searcher.search(q, top_k=10).results])
    print(report.format_table("hybrid"))
    write_results_jsonl(Path("hybrid.jsonl"), report.results())  # then: python score.py dev.jsonl hybrid.jsonl
    print(compare_table({"hybrid": report, "dense": dense_report}))

From the shell, to score saved results files (one or several, compared side by side)::

    python -m search.evaluation ../shared/eval/dev.jsonl hybrid.jsonl dense.jsonl
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.text import normalize_for_match

RECALL_KS = (1, 3, 5, 10)
CUTOFF = 10  # MRR@10 and nDCG@10
METRIC_NAMES = tuple(f"R@{k}" for k in RECALL_KS) + ("MRR@10", "nDCG@10")  # score.py's names, in its order
BUCKET_FIELDS = ("lang", "kind")


@dataclass(frozen=True)
class GoldEntry:
    """One copy of an article that answers a question."""

    file: str
    article: str
    snippets: tuple[str, ...]
    alt_of: str | None = None

    @property
    def key(self) -> str:
        """The distinct article this entry stands for: copies share their original's key."""
        return self.alt_of or f"{self.file}:{self.article}"


@dataclass(frozen=True)
class Question:
    id: str
    lang: str
    kind: str
    persona: str
    question: str
    gold: tuple[GoldEntry, ...]
    note: str = ""

    def gold_groups(self) -> dict[str, list[str]]:
        """Distinct gold articles (key → normalised snippets of all its copies), in order of first mention."""
        groups: dict[str, list[str]] = {}
        for entry in self.gold:
            groups.setdefault(entry.key, []).extend(normalize_for_match(s) for s in entry.snippets)
        return groups


def _question_from_json(obj: Mapping[str, Any]) -> Question:
    gold = tuple(
        GoldEntry(
            file=g["file"],
            article=str(g["article"]),
            snippets=tuple(g["snippets"]),
            alt_of=g.get("alt_of") or None,
        )
        for g in obj["gold"]
    )
    if not gold or any(not g.snippets for g in gold):
        raise ValueError("every question needs gold entries, each with at least one snippet")
    return Question(
        id=obj["id"],
        lang=obj["lang"],
        kind=obj["kind"],
        persona=obj.get("persona", ""),
        question=obj["question"],
        gold=gold,
        note=obj.get("note", ""),
    )


def load_questions(path: Path) -> list[Question]:
    """Questions of a JSONL question set (format of ``../shared/eval/README.md``)."""
    questions: list[Question] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                question = _question_from_json(json.loads(line))
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{path}:{number}: not a valid question ({e!r})") from e
            # Results are matched to questions by id: a duplicate would silently score twice.
            if question.id in seen:
                raise ValueError(f"{path}:{number}: duplicate question id {question.id!r}")
            seen.add(question.id)
            questions.append(question)
    return questions


def hits(question: Question, texts: Sequence[str]) -> dict[str, int | None]:
    """For each distinct gold article of `question`, the 1-based rank of the first of `texts` that
    answers it (None when none does). Keys are the articles' keys (alt_of copies merged)."""
    normed = [normalize_for_match(t) for t in texts]
    return {
        key: next((rank for rank, text in enumerate(normed, start=1) if any(s in text for s in snippets)), None)
        for key, snippets in question.gold_groups().items()
    }


@dataclass(frozen=True)
class Metrics:
    """Recall@k, MRR@10 and nDCG@10 of one question, or their means over `n` questions."""

    n: int
    recall: dict[int, float]
    mrr: float
    ndcg: float

    @classmethod
    def of_ranks(cls, ranks: Sequence[int | None]) -> Metrics:
        """One question's metrics from the first-hit rank of each distinct gold article."""
        found = [r for r in ranks if r is not None]
        recall = {k: sum(1 for r in found if r <= k) / len(ranks) for k in RECALL_KS}
        best = min(found, default=None)
        mrr = 1 / best if best is not None and best <= CUTOFF else 0.0
        # Gain 1 per distinct gold article at its first hit, as score.py; two articles hit by one
        # passage both count at its rank, hence the cap at 1.
        dcg = sum(1 / math.log2(r + 1) for r in found if r <= CUTOFF)
        idcg = sum(1 / math.log2(i + 2) for i in range(min(len(ranks), CUTOFF)))
        return cls(n=1, recall=recall, mrr=mrr, ndcg=min(1.0, dcg / idcg))

    @classmethod
    def mean(cls, items: Sequence[Metrics]) -> Metrics:
        """Macro average (each question weighs the same), summed in the given order like score.py."""
        n = len(items)
        if not n:
            raise ValueError("no questions to average")
        return cls(
            n=n,
            recall={k: sum(m.recall[k] for m in items) / n for k in RECALL_KS},
            mrr=sum(m.mrr for m in items) / n,
            ndcg=sum(m.ndcg for m in items) / n,
        )

    def values(self) -> dict[str, float]:
        """Metric name (score.py's) → value, in display order."""
        return {**{f"R@{k}": self.recall[k] for k in RECALL_KS}, "MRR@10": self.mrr, "nDCG@10": self.ndcg}

    def as_dict(self, digits: int | None = None) -> dict[str, float | int]:
        values = self.values()
        if digits is not None:
            values = {name: round(v, digits) for name, v in values.items()}
        return {**values, "n": self.n}


@dataclass(frozen=True)
class QuestionResult:
    id: str
    lang: str
    kind: str
    ranks: dict[str, int | None]  # gold article key → rank of its first hit
    metrics: Metrics
    texts: list[str] = field(repr=False)

    @property
    def first_rank(self) -> int | None:
        """Rank of the first passage that answers any gold article (None: no hit in the results)."""
        return min((r for r in self.ranks.values() if r is not None), default=None)


@dataclass(frozen=True)
class Report:
    overall: Metrics
    by_lang: dict[str, Metrics]
    by_kind: dict[str, Metrics]
    rows: list[QuestionResult]

    def buckets(self) -> dict[str, Metrics]:
        """ "all", then "lang=…" and "kind=…" in sorted order: score.py's lines."""
        return (
            {"all": self.overall}
            | {f"lang={b}": m for b, m in self.by_lang.items()}
            | {f"kind={b}": m for b, m in self.by_kind.items()}
        )

    def missed(self, k: int = 5) -> list[str]:
        """Ids of the questions with a gold article not found in the top `k` (score.py's "missed at 5")."""
        return [r.id for r in self.rows if any(x is None or x > k for x in r.ranks.values())]

    def results(self) -> dict[str, list[str]]:
        """Question id → the passage texts scored, for `write_results_jsonl`."""
        return {r.id: r.texts for r in self.rows}

    def to_dict(self, digits: int | None = None) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(digits),
            "by_lang": {b: m.as_dict(digits) for b, m in self.by_lang.items()},
            "by_kind": {b: m.as_dict(digits) for b, m in self.by_kind.items()},
            "questions": [
                {"id": r.id, "lang": r.lang, "kind": r.kind, "first_rank": r.first_rank, "ranks": r.ranks}
                for r in self.rows
            ],
            "missed_at_5": self.missed(5),
        }

    def format_table(self, title: str = "") -> str:
        """A fixed-width table: one line per bucket, then the questions missed at 5."""
        lines = [f"== {title}" if title else "==", _header("")]
        lines += [_line(name, m) for name, m in self.buckets().items()]
        missed = self.missed(5)
        lines.append("missed at 5: " + (" ".join(missed) if missed else "none"))
        return "\n".join(lines)


_LABEL_WIDTH = 22
_COLUMN_WIDTH = 8


def _header(label: str, width: int = _LABEL_WIDTH) -> str:
    return (f"{label:<{width}}{'n':>5}" + "".join(f"{name:>{_COLUMN_WIDTH - 1}} " for name in METRIC_NAMES)).rstrip()


def _line(label: str, metrics: Metrics | None, marks: Sequence[bool] = (), width: int = _LABEL_WIDTH) -> str:
    if metrics is None:  # a bucket this variant has no question in
        cells = "".join(f"{'-':>{_COLUMN_WIDTH - 1}} " for _ in METRIC_NAMES)
        return f"{label:<{width}}{'-':>5}{cells}".rstrip()
    marks = list(marks) or [False] * len(METRIC_NAMES)
    cells = "".join(
        f"{v:>{_COLUMN_WIDTH - 1}.3f}" + ("*" if mark else " ")
        for v, mark in zip(metrics.values().values(), marks, strict=True)
    )
    return f"{label:<{width}}{metrics.n:>5}{cells}".rstrip()


def score_results(questions: Sequence[Question], ranked: Mapping[str, Sequence[str]]) -> Report:
    """Score ranked passage texts (question id → texts, best first); a missing id scores as no results."""
    rows = []
    for q in questions:
        texts = list(ranked.get(q.id, []))
        ranks = hits(q, texts)
        rows.append(QuestionResult(q.id, q.lang, q.kind, ranks, Metrics.of_ranks(list(ranks.values())), texts))
    if not rows:
        raise ValueError("no questions to score")
    by_field: dict[str, dict[str, Metrics]] = {}
    for field_name in BUCKET_FIELDS:
        groups: dict[str, list[Metrics]] = {}
        for row in rows:
            groups.setdefault(getattr(row, field_name), []).append(row.metrics)
        by_field[field_name] = {b: Metrics.mean(ms) for b, ms in sorted(groups.items())}
    return Report(
        overall=Metrics.mean([r.metrics for r in rows]),
        by_lang=by_field["lang"],
        by_kind=by_field["kind"],
        rows=rows,
    )


def evaluate(questions: Sequence[Question], search: Callable[[str], list[str]], k_max: int = 10) -> Report:
    """Run `search` (question text → passage texts, best first) on every question and score the
    first `k_max` passages. `k_max` above 10 only shows later first-hit ranks in the rows."""
    if k_max < CUTOFF:
        raise ValueError(f"k_max must be at least {CUTOFF}: the metrics look at the top {CUTOFF}")
    return score_results(questions, {q.id: list(search(q.question))[:k_max] for q in questions})


def compare_table(reports: Mapping[str, Report], per_question: bool = False) -> str:
    """Several variants side by side: one block per bucket, one line per variant, the best value of
    each column starred. With `per_question`, also each question's first-hit rank per variant."""
    names = list(reports)
    if not names:
        return ""
    buckets: dict[str, str] = {}  # union over the variants, in first-seen order: bucket → its title
    for report in reports.values():
        for bucket, m in report.buckets().items():
            buckets.setdefault(bucket, f"{bucket} (n={m.n})")
    width = max(_LABEL_WIDTH, *(len(t) + 1 for t in buckets.values()), *(len(n) + 3 for n in names))
    lines: list[str] = []
    for bucket, title in buckets.items():
        per_variant = {name: reports[name].buckets().get(bucket) for name in names}
        # Compared as printed (3 decimals), so that the star agrees with what the reader sees.
        shown = {name: m.as_dict(3) for name, m in per_variant.items() if m is not None}
        best = {metric: max(v[metric] for v in shown.values()) for metric in METRIC_NAMES}
        lines.append(_header(title, width))
        for name, m in per_variant.items():
            # Star only real differences: a column where every variant ties says nothing.
            marks = [
                name in shown
                and shown[name][metric] == best[metric]
                and any(v[metric] != best[metric] for v in shown.values())
                for metric in METRIC_NAMES
            ]
            lines.append(_line(f"  {name}", m, marks, width))
        lines.append("")
    if per_question:
        ids = list(dict.fromkeys(r.id for report in reports.values() for r in report.rows))
        firsts = {name: {r.id: r.first_rank for r in reports[name].rows} for name in names}
        col = max(8, *(len(n) + 1 for n in names))
        lines.append("first hit".ljust(10) + "".join(f"{n:>{col}}" for n in names))
        for qid in ids:
            # "-": no gold article in the results; "n/a": the variant did not run this question.
            cells = (firsts[n].get(qid, "n/a") for n in names)
            lines.append(f"{qid:<10}" + "".join(f"{'-' if c is None else c!s:>{col}}" for c in cells))
    return "\n".join(lines).rstrip("\n")


def write_results_jsonl(path: Path, rows: Mapping[str, Sequence[str]] | Iterable[tuple[str, Sequence[str]]]) -> None:
    """Write ranked texts as score.py reads them: one ``{"id": …, "texts": [best first]}`` per line.
    `rows` is a mapping id → texts (e.g. `Report.results()`) or (id, texts) pairs."""
    items = rows.items() if isinstance(rows, Mapping) else rows
    with open(path, "w", encoding="utf-8") as f:
        for qid, texts in items:
            f.write(json.dumps({"id": qid, "texts": list(texts)}, ensure_ascii=False) + "\n")


def read_results_jsonl(path: Path) -> dict[str, list[str]]:
    """The inverse of `write_results_jsonl`: question id → texts."""
    with open(path, encoding="utf-8") as f:
        return {obj["id"]: obj["texts"] for obj in map(json.loads, filter(str.strip, f))}


def main(argv: Sequence[str]) -> int:
    if len(argv) < 2:
        print("usage: python -m search.evaluation QUESTIONS.jsonl RESULTS.jsonl [RESULTS.jsonl ...]")
        return 2
    questions = load_questions(Path(argv[0]))
    reports = {Path(p).stem: score_results(questions, read_results_jsonl(Path(p))) for p in argv[1:]}
    if len(reports) == 1:
        ((name, report),) = reports.items()
        print(report.format_table(name))
    else:
        print(compare_table(reports, per_question=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
