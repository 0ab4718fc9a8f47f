"""The curated glossary: its format, how a form matches a question, and the shipped file itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.glossary import DEFAULT_GLOSSARY, WEIGHT, Glossary, GlossaryError, load_glossary, parse_glossary
from search.translation import translate_query

# Synthetic entries: the format, not legal content.
SAMPLE = """# a comment
frais de justice | dépens\tالرسوم القضائية
moyens de transport\tوسائل النقل
"""


def test_a_french_phrase_brings_every_arabic_form() -> None:
    glossary = parse_glossary(SAMPLE)
    assert glossary.translate("Qui paie les FRAIS de la justice ?") == {"رسوم": WEIGHT, "قضائ": WEIGHT}


def test_a_form_matches_only_with_its_words_in_a_row() -> None:
    glossary = parse_glossary(SAMPLE)
    assert glossary.translate("les frais engagés devant la justice") == {}
    assert glossary.translate("les moyens utilisés pour le transport") == {}


def test_an_arabic_phrase_with_clitics_brings_every_french_form() -> None:
    glossary = parse_glossary(SAMPLE)
    translated = glossary.translate("مصادرة وبوسائل النقل")
    assert set(translated) == {"moyen", "transport"}
    assert set(glossary.translate("الإعفاء من الرسوم القضائية")) == {"frais", "justic", "depen"}


def test_a_malformed_line_is_refused_with_its_number() -> None:
    with pytest.raises(GlossaryError, match="my.tsv, line 2"):
        parse_glossary("frais\tرسوم\nune ligne sans tabulation\n", source="my.tsv")
    with pytest.raises(GlossaryError, match="line 1: no ar form"):
        parse_glossary("frais de justice\tفي\n")  # a stop word alone searches nothing


def test_a_missing_file_is_an_empty_glossary(tmp_path: Path) -> None:
    assert len(load_glossary(tmp_path / "none.tsv")) == 0


def test_the_shipped_glossary_reads_and_translates_both_ways() -> None:
    glossary = load_glossary(DEFAULT_GLOSSARY)
    assert len(glossary) > 300
    assert {"رسوم", "قضائ"} <= set(glossary.translate("les frais de justice"))
    assert {"sejour", "resident"} <= set(glossary.translate("الإقامة"))


def test_glossary_and_lexicon_translations_merge_at_their_best_score() -> None:
    from search.lexicon import Lexicon

    lexicon = Lexicon(table={"frais": [("نفق", 0.5), ("رسوم", 0.2)]})
    translated = translate_query("frais de justice", lexicon, parse_glossary(SAMPLE))
    assert translated == {"نفق": 0.5, "رسوم": WEIGHT, "قضائ": WEIGHT}
    assert translate_query("frais de justice", lexicon, Glossary()) == {"نفق": 0.5, "رسوم": 0.2}
