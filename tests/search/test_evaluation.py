"""Evaluation metrics on fabricated result lists: no model, no index.

Passages are obviously synthetic strings around real gold snippets of the dev set; the last tests
check that our figures equal those of the reference scorer (../shared/eval/score.py) on the same
results file.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from search.evaluation import (
    GoldEntry,
    Metrics,
    Question,
    Report,
    compare_table,
    evaluate,
    hits,
    load_questions,
    read_results_jsonl,
    score_results,
    write_results_jsonl,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = Path(os.environ.get("DALEEL_EVAL_DIR", REPO_ROOT.parent / "shared" / "eval"))
DEV = EVAL_DIR / "dev.jsonl"
SCORE_PY = EVAL_DIR / "score.py"
needs_dev = pytest.mark.skipif(not DEV.exists(), reason=f"no question set at {DEV}")
needs_score_py = pytest.mark.skipif(not (DEV.exists() and SCORE_PY.exists()), reason=f"no {SCORE_PY}")

INV_LOG2_3 = 1 / math.log2(3)  # gain at rank 2
INV_LOG2_5 = 1 / math.log2(5)  # gain at rank 4


def filler(i: int) -> str:
    return f"synthetic filler passage number {i}, answering nothing"


def synthetic_question(qid: str = "t1", lang: str = "fr", kind: str = "topic", gold: tuple = ()) -> Question:
    """A question with two distinct gold articles, A and B, B also in a second copy (alt_of)."""
    gold = gold or (
        GoldEntry("law-a.fr.txt", "1", ("alpha clause one",)),
        GoldEntry("law-b.fr.txt", "2", ("beta clause two", "beta other words")),
        GoldEntry("law-b-copy.ar.txt", "2", ("beta copy snippet",), alt_of="law-b.fr.txt:2"),
    )
    return Question(id=qid, lang=lang, kind=kind, persona="judge", question=f"synthetic question {qid}", gold=gold)


def one_article(qid: str, lang: str, kind: str) -> Question:
    return synthetic_question(qid, lang, kind, gold=(GoldEntry("law-x.txt", "9", (f"gold snippet of {qid}",)),))


@pytest.fixture(scope="module")
def dev() -> list[Question]:
    if not DEV.exists():
        pytest.skip(f"no question set at {DEV}")
    return load_questions(DEV)


def by_id(questions: list[Question], qid: str) -> Question:
    return next(q for q in questions if q.id == qid)


# --- metrics on hand-computed cases -------------------------------------------------------------


def test_two_articles_found_at_ranks_2_and_4() -> None:
    q = synthetic_question()
    texts = [filler(1), "… beta copy snippet …", filler(3), "xx alpha clause one yy", "beta clause two", filler(6)]
    assert hits(q, texts) == {"law-a.fr.txt:1": 4, "law-b.fr.txt:2": 2}
    m = Metrics.of_ranks(list(hits(q, texts).values()))
    assert m.recall == {1: 0.0, 3: 0.5, 5: 1.0, 10: 1.0}
    assert m.mrr == 0.5
    assert m.ndcg == pytest.approx((INV_LOG2_5 + INV_LOG2_3) / (1 + INV_LOG2_3))  # ideal: both at 1 and 2


def test_single_article_at_rank_3() -> None:
    q = one_article("t2", "ar", "citation")
    m = Metrics.of_ranks(list(hits(q, [filler(1), filler(2), "gold snippet of t2", filler(4)]).values()))
    assert m.recall == {1: 0.0, 3: 1.0, 5: 1.0, 10: 1.0}
    assert m.mrr == pytest.approx(1 / 3)
    assert m.ndcg == pytest.approx(0.5)  # 1 / log2(4), ideal 1


def test_no_hit_scores_zero() -> None:
    q = synthetic_question()
    ranks = hits(q, [filler(i) for i in range(10)])
    assert ranks == {"law-a.fr.txt:1": None, "law-b.fr.txt:2": None}
    m = Metrics.of_ranks(list(ranks.values()))
    assert (m.recall, m.mrr, m.ndcg) == ({1: 0.0, 3: 0.0, 5: 0.0, 10: 0.0}, 0.0, 0.0)


def test_one_passage_answering_both_articles_caps_ndcg_at_1() -> None:
    q = synthetic_question()
    m = Metrics.of_ranks(list(hits(q, ["alpha clause one and beta clause two", filler(2)]).values()))
    assert m.recall[1] == 1.0
    assert m.mrr == 1.0
    assert m.ndcg == 1.0  # 2 / (1 + 1/log2 3) > 1, capped as score.py does


def test_hits_beyond_10_count_for_nothing() -> None:
    q = one_article("t3", "fr", "lay")
    texts = [filler(i) for i in range(1, 11)] + ["gold snippet of t3"]
    assert hits(q, texts) == {"law-x.txt:9": 11}
    m = Metrics.of_ranks([11])
    assert (m.recall[10], m.mrr, m.ndcg) == (0.0, 0.0, 0.0)


def test_ideal_dcg_stops_at_10_articles() -> None:
    gold = tuple(GoldEntry(f"law-{i}.txt", str(i), (f"snippet number {i:02d}",)) for i in range(12))
    q = synthetic_question(gold=gold)
    ranks = hits(q, [f"synthetic: snippet number {i:02d}" for i in range(10)])  # 10 of 12 found, at 1…10
    m = Metrics.of_ranks(list(ranks.values()))
    assert m.recall[10] == pytest.approx(10 / 12)
    assert m.ndcg == pytest.approx(1.0)  # the best 10 results possible


# --- alt_of: copies of one article --------------------------------------------------------------


def test_either_copy_counts_and_counts_once() -> None:
    q = synthetic_question(gold=(
        GoldEntry("law-b.fr.txt", "2", ("beta clause two",)),
        GoldEntry("law-b-copy.ar.txt", "2", ("beta copy snippet",), alt_of="law-b.fr.txt:2"),
    ))
    assert hits(q, [filler(1), "beta copy snippet"]) == {"law-b.fr.txt:2": 2}  # the copy alone
    assert hits(q, ["beta clause two", filler(2)]) == {"law-b.fr.txt:2": 1}  # the original alone
    both = hits(q, [filler(1), "beta copy snippet", filler(3), "beta clause two"])
    assert both == {"law-b.fr.txt:2": 2}  # one article, found first at 2
    m = Metrics.of_ranks(list(both.values()))
    assert m.recall == {1: 0.0, 3: 1.0, 5: 1.0, 10: 1.0}  # not 2 articles out of 2, nor 2 out of 1
    assert m.ndcg == pytest.approx(INV_LOG2_3)  # ideal DCG of one article: 1


def test_dev_question_with_three_copies_is_one_article(dev: list[Question]) -> None:
    q = by_id(dev, "d001")
    assert len(q.gold) == 3 and len(q.gold_groups()) == 1
    french_copy = "synthetic passage: … est puni de l’emprisonnement de cinq ans à dix ans …"
    arabic_copy = "مقطع مصطنع: يعاقب بالسجن من خمس إلى عشر سنوات وبغرامة من 10.000 درهم"
    assert list(hits(q, [filler(1), french_copy, arabic_copy]).values()) == [2]


def test_dev_question_with_two_distinct_articles(dev: list[Question]) -> None:
    q = by_id(dev, "d020")  # CPP 82-6 and 82-7, the latter also in Law 27-14
    assert len(q.gold_groups()) == 2
    texts = [filler(1), "مقطع مصطنع: الاستماع شخصيا للشاهد أو الخبير", filler(3)]
    ranks = hits(q, texts)
    assert sorted(ranks.values(), key=str) == [2, None]
    assert Metrics.of_ranks(list(ranks.values())).recall[10] == 0.5


# --- Arabic and French normalisation of the hit rule ----------------------------------------------


def test_arabic_diacritics_tatweel_hamza_digits_and_spacing(dev: list[Question]) -> None:
    q = by_id(dev, "d001")  # snippet: «بالسجن من خمس إلى عشر سنوات وبغرامة من 10.000»
    passage = "مقطع مصطنع: يُعاقَبُ بِالسِّـجْنِ  مِنْ خَمْسِ الى\nعَشْرِ سَنَوَاتٍ وَبِغَرَامَةٍ مِنْ ١٠.٠٠٠ درهم"
    assert list(hits(q, [filler(1), passage]).values()) == [2]
    persian_digits = "بالسجن من خمس إلى عشر سنوات وبغرامة من ۱۰.۰۰۰"
    assert list(hits(q, [persian_digits]).values()) == [1]


def test_arabic_letter_folding_teh_marbuta_alef_maqsura_and_ligatures(dev: list[Question]) -> None:
    q = by_id(dev, "d003")  # «إذا كان مرتكب الجريمة موظفا عموميا استغل وظيفته»
    assert list(hits(q, ["اذا كان مرتكب الجريمه موظفاً عمومياً استغل وظيفته"]).values()) == [1]
    q = by_id(dev, "d005")  # «ويشمل أيضا الاستغلال عن طريق العمل القسري أو السخرة»
    ligature = "ويشمل أيضا الاستغ\ufefbل عن طريق العمل القسري أو السخرة"  # lam-alef presentation form
    assert list(hits(q, [ligature]).values()) == [1]
    q = by_id(dev, "d001")  # «… إلى …» written with alef maqsura; ى and ي meet
    assert list(hits(q, ["بالسجن من خمس الي عشر سنوات وبغرامة من 10.000"]).values()) == [1]


def test_near_misses_do_not_hit(dev: list[Question]) -> None:
    q = by_id(dev, "d001")
    near = ["بالسجن من خمس إلى عشرين سنة وبغرامة", "est puni de l’emprisonnement de deux ans à cinq ans"]
    assert list(hits(q, near).values()) == [None]


def test_french_case_apostrophes_and_decomposed_accents(dev: list[Question]) -> None:
    q = by_id(dev, "d001")  # «est puni de l’emprisonnement de cinq ans à dix ans»
    passage = "SYNTHETIC. Est puni de L'EMPRISONNEMENT de cinq ans a\u0300 dix ans"
    assert list(hits(q, [passage]).values()) == [1]


# --- aggregation and report ---------------------------------------------------------------------


def _three_question_report() -> Report:
    questions = [
        one_article("a1", "ar", "topic"),
        one_article("a2", "ar", "citation"),
        one_article("f1", "fr", "topic"),
    ]
    ranked = {
        "a1": ["gold snippet of a1"],  # rank 1
        "a2": [filler(1), filler(2), filler(3), filler(4), filler(5), "gold snippet of a2"],  # rank 6
        # f1 missing: scored as no results
    }
    return score_results(questions, ranked)


def test_means_overall_and_per_bucket() -> None:
    report = _three_question_report()
    assert report.overall.n == 3
    assert report.overall.recall == pytest.approx({1: 1 / 3, 3: 1 / 3, 5: 1 / 3, 10: 2 / 3})
    assert report.overall.mrr == pytest.approx((1 + 1 / 6) / 3)
    assert report.overall.ndcg == pytest.approx((1 + 1 / math.log2(7)) / 3)
    assert list(report.by_lang) == ["ar", "fr"] and list(report.by_kind) == ["citation", "topic"]
    assert report.by_lang["ar"].n == 2 and report.by_lang["ar"].recall[10] == 1.0
    assert report.by_lang["fr"].mrr == 0.0
    assert report.by_kind["topic"].recall[1] == 0.5
    assert list(report.buckets()) == ["all", "lang=ar", "lang=fr", "kind=citation", "kind=topic"]
    assert [(r.id, r.first_rank) for r in report.rows] == [("a1", 1), ("a2", 6), ("f1", None)]
    assert report.missed(5) == ["a2", "f1"] and report.missed(10) == ["f1"]


def test_to_dict_is_json_and_rounds_on_request() -> None:
    data = json.loads(json.dumps(_three_question_report().to_dict(digits=3)))
    assert data["overall"] == {"R@1": 0.333, "R@3": 0.333, "R@5": 0.333, "R@10": 0.667,
                               "MRR@10": 0.389, "nDCG@10": 0.452, "n": 3}
    assert data["questions"][1] == {"id": "a2", "lang": "ar", "kind": "citation", "first_rank": 6,
                                    "ranks": {"law-x.txt:9": 6}}
    assert data["missed_at_5"] == ["a2", "f1"]


def test_format_table_is_fixed_width() -> None:
    table = _three_question_report().format_table("synthetic run")
    lines = table.splitlines()
    assert lines[0] == "== synthetic run"
    assert lines[1].split() == ["n", "R@1", "R@3", "R@5", "R@10", "MRR@10", "nDCG@10"]
    body = lines[2:-1]
    assert [line.split()[0] for line in body] == ["all", "lang=ar", "lang=fr", "kind=citation", "kind=topic"]
    assert len({len(line) for line in lines[1:-1]}) == 1  # header and rows line up
    assert body[0].split()[1:] == ["3", "0.333", "0.333", "0.333", "0.667", "0.389", "0.452"]
    assert lines[-1] == "missed at 5: a2 f1"


def test_compare_table_stars_the_better_variant_and_marks_missing_buckets() -> None:
    better = _three_question_report()
    worse = score_results([one_article("a1", "ar", "topic")], {"a1": [filler(1), "gold snippet of a1"]})
    table = compare_table({"hybrid": better, "sparse": worse}, per_question=True)
    lines = table.splitlines()
    all_block = lines[lines.index(next(x for x in lines if x.startswith("all (n=3)"))):][:3]
    assert all_block[1].split()[:3] == ["hybrid", "3", "0.333*"]
    assert all_block[2].split()[:3] == ["sparse", "1", "0.000"]
    fr_block = lines[lines.index(next(x for x in lines if x.startswith("lang=fr"))):][:3]
    assert fr_block[2].split() == ["sparse"] + ["-"] * 7  # no French question in that run
    assert fr_block[1].split()[2:] == ["0.000"] * 6  # a single variant present: nothing starred
    assert "first hit" in table
    assert next(x for x in lines if x.startswith("a1")).split() == ["a1", "1", "2"]
    assert next(x for x in lines if x.startswith("f1")).split() == ["f1", "-", "n/a"]


# --- evaluate() and the results file ------------------------------------------------------------


def test_evaluate_searches_the_question_text_and_keeps_k_max() -> None:
    q = one_article("e1", "fr", "topic")
    asked: list[str] = []

    def search(text: str) -> list[str]:
        asked.append(text)
        return [filler(i) for i in range(1, 12)] + ["gold snippet of e1"] + [filler(13)]

    report = evaluate([q], search)
    assert asked == ["synthetic question e1"]
    assert report.rows[0].first_rank is None and len(report.rows[0].texts) == 10
    deeper = evaluate([q], search, k_max=20)
    assert deeper.rows[0].first_rank == 12  # shown for diagnosis…
    assert deeper.overall.recall[10] == 0.0  # …but scores nothing
    with pytest.raises(ValueError, match="at least 10"):
        evaluate([q], search, k_max=5)


def test_results_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    write_results_jsonl(path, {"d001": ["نص عربي", "texte français"], "d002": []})
    assert read_results_jsonl(path) == {"d001": ["نص عربي", "texte français"], "d002": []}
    write_results_jsonl(path, [("x", ("a", "b"))])
    assert path.read_text(encoding="utf-8") == '{"id": "x", "texts": ["a", "b"]}\n'


def test_load_questions_rejects_bad_sets(tmp_path: Path) -> None:
    good = {"id": "q1", "lang": "fr", "kind": "topic", "persona": "judge", "question": "?",
            "gold": [{"file": "f.txt", "article": "1", "snippets": ["s"]}]}
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(good) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"q.jsonl:3: duplicate question id 'q1'"):
        load_questions(path)
    path.write_text(json.dumps(good | {"gold": []}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"q.jsonl:1"):
        load_questions(path)


def test_load_dev_questions(dev: list[Question]) -> None:
    assert len(dev) == len({q.id for q in dev}) == 40
    q = by_id(dev, "d001")
    assert (q.lang, q.kind, q.persona) == ("ar", "topic", "prosecutor")
    assert [g.key for g in q.gold] == ["ma-penal-code-448.ar.txt:448-2"] * 3


# --- the reference scorer agrees ----------------------------------------------------------------

_ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


def _disguise(snippet: str, rng: random.Random) -> str:
    """The snippet as a passage may spell it: harakat, tatweel, hamza on alef, Eastern digits, upper case."""
    out = []
    for ch in snippet:
        if ch == "ا" and rng.random() < 0.5:
            ch = rng.choice("أإآ")
        elif ch.isdigit() and rng.random() < 0.5:
            ch = "٠١٢٣٤٥٦٧٨٩"[int(ch)]
        elif ch == " " and rng.random() < 0.2:
            ch = " \n "
        out.append(ch.upper() if rng.random() < 0.1 else ch)
        if _ARABIC_LETTERS.match(ch) and rng.random() < 0.3:
            out.append(rng.choice("\u064e\u064f\u0650\u0651\u0652\u0640"))
    return "".join(out)


def _synthetic_run(questions: list[Question], seed: int) -> dict[str, list[str]]:
    """For each question, 0–12 passages: fillers, and gold snippets (any copy, some twice, some
    disguised, some past rank 10, some not at all); a few questions left out of the run."""
    rng = random.Random(seed)
    ranked: dict[str, list[str]] = {}
    for q in questions:
        if rng.random() < 0.05:
            continue
        texts = [f"synthetic filler {q.id} #{i}" for i in range(rng.randint(0, 12))]
        for entry in q.gold:
            if rng.random() < 0.55:
                snippet = rng.choice(entry.snippets)
                if rng.random() < 0.5:
                    snippet = _disguise(snippet, rng)
                texts.insert(rng.randint(0, len(texts)), f"synthetic lead-in {q.id}: {snippet} …")
        ranked[q.id] = texts
    return ranked


def _run_score_py(questions_path: Path, results_path: Path) -> tuple[dict[str, dict[str, float]], list[str]]:
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(questions_path), str(results_path)],
        capture_output=True, text=True, check=True, encoding="utf-8",
    ).stdout
    report, missed = {}, []
    for line in out.splitlines():
        if line.startswith("missed at 5:"):
            missed = line.removeprefix("missed at 5:").split()
        elif line.startswith("  "):
            bucket, figures = line.split(None, 1)
            report[bucket] = {name: float(v) for name, v in (f.split("=") for f in figures.split())}
    return report, missed


@needs_score_py
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_figures_equal_score_py(dev: list[Question], tmp_path: Path, seed: int) -> None:
    ranked = _synthetic_run(dev, seed)
    results = tmp_path / "results.jsonl"
    write_results_jsonl(results, ranked)
    report = score_results(dev, read_results_jsonl(results))
    reference, reference_missed = _run_score_py(DEV, results)
    ours = {bucket: m.as_dict(digits=3) for bucket, m in report.buckets().items()}
    assert ours == reference
    assert report.missed(5) == reference_missed
    assert 0 < report.overall.recall[10] < 1  # the run is neither empty nor perfect: the check has teeth


@needs_score_py
def test_figures_equal_score_py_through_evaluate(dev: list[Question], tmp_path: Path) -> None:
    ranked = _synthetic_run(dev, seed=7)
    by_text = {q.question: ranked.get(q.id, []) for q in dev}
    report = evaluate(dev, lambda text: by_text[text], k_max=12)
    results = tmp_path / "results.jsonl"
    write_results_jsonl(results, report.results())
    reference, _ = _run_score_py(DEV, results)
    assert {bucket: m.as_dict(digits=3) for bucket, m in report.buckets().items()} == reference
