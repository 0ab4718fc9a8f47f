"""`daleel eval` runs every variant on the small real index and leaves the searcher as it found it."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

import api.cli
from search.pipeline import Searcher
from tests.conftest import SOURCES_DIR


def _question(qid: str, question: str, article: str) -> dict:
    """A question whose gold is the start of the article's text, read from the source (not written here)."""
    lines = (SOURCES_DIR / "ma-penal-code-448.ar.txt").read_text(encoding="utf-8").splitlines()
    text = lines[lines.index(f"الفصل {article}") + 1]
    gold = [{"file": "ma-penal-code-448.ar.txt", "article": article, "snippets": [text[:40]]}]
    return {"id": qid, "lang": "ar", "persona": "judge", "kind": "topic", "question": question, "gold": gold}


def _state(searcher: Searcher) -> tuple[tuple[object, ...], ...]:
    """What a variant changes on the searcher for its run."""
    fusion, rendering = searcher.fusion, searcher.cross_lingual
    return (
        (searcher.focus_bonus, searcher.focus_bonus_named, searcher.formal_penalty, searcher.definitions),
        (rendering.weight, rendering.glossary, searcher.translator.glossary),
        (fusion.dense_weight, fusion.translation_credit, fusion.cross_script_translation_credit),
        (fusion.question_weight, fusion.question_confidence),
    )


def test_every_variant_runs_and_the_searcher_is_restored(
    indexed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, searcher = indexed

    @contextmanager
    def session_searcher():  # the index the session's searcher holds open (embedded Qdrant admits one client)
        yield searcher

    monkeypatch.setattr(api.cli, "_searcher", session_searcher)
    questions = tmp_path / "questions.jsonl"
    row = _question("q1", "الفصل 448-2", "448-2")
    questions.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    before = _state(searcher)
    # Each variant alone: a run of all of them ends on one that sets everything again, which would hide a variant
    # that leaves its change behind (a review).
    for variant in api.cli.VARIANTS:
        result = CliRunner().invoke(api.cli.app, ["eval", str(questions), "--variants", variant, "--json"])
        assert result.exit_code == 0, (variant, result.output)
        [figures] = json.loads(result.output).values()
        if variant != "dense":  # a citation is looked up, whatever the lists (dense alone reads its sense only)
            assert figures["questions"][0]["first_rank"] == 1, variant
        assert _state(searcher) == before, variant
