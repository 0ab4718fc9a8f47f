"""Arabic repairs for PDF text layers, on synthetic test sentences."""

from __future__ import annotations

import arabic_reshaper
import pytest
from bidi import get_display

from ingest.arabic_repair import (
    Vocabulary,
    fix_reversed_ligatures,
    fold_presentation_forms,
    is_visual_order,
    repair_line,
    repair_lines,
    repair_words,
    split_digits,
    split_final_letters,
    strip_bidi_controls,
)

LOGICAL = [
    "المادة 1: نص تجريبي لاختبار الاستخراج فقط.",
    "لا يعتبر هذا النص قانونا، وهو مثال للاختبار (رقم 12).",
]


def test_strip_bidi_controls() -> None:
    assert strip_bidi_controls("\u202bالمادة\u202c \u200f1\u200e") == "المادة 1"


def test_fold_presentation_forms_only() -> None:
    assert fold_presentation_forms("ﺍﻟﻤﺎﺩﺓ ﻻ") == "المادة لا"
    assert fold_presentation_forms("Nº 12 ﬁn") == "Nº 12 ﬁn"  # NFKC elsewhere would change these


def test_visual_order_detection() -> None:
    visual = [get_display(arabic_reshaper.reshape(line)) for line in LOGICAL]
    assert is_visual_order(visual)
    assert not is_visual_order([arabic_reshaper.reshape(line) for line in LOGICAL])
    assert not is_visual_order(LOGICAL)
    # Without presentation forms: the article «ال» ends the reversed words.
    assert is_visual_order([get_display(line) for line in LOGICAL * 2])


def test_repair_visual_lines_with_lam_alef_ligature() -> None:
    visual = [get_display(arabic_reshaper.reshape(line)) for line in LOGICAL]
    assert "\ufefb" in visual[1]  # the ligature glyph is there, in visual position
    assert repair_lines(visual) == LOGICAL


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [("االتجار", "الاتجار"), ("واألول", "والأول"), ("اإلمضاء", "الإمضاء"), ("هللا", "الله"), ("هلل", "لله")],
)
def test_reversed_ligatures(broken: str, fixed: str) -> None:
    assert fix_reversed_ligatures(f"نص {broken} تجريبي") == f"نص {fixed} تجريبي"


def test_valid_words_are_not_touched_by_ligature_fix() -> None:
    text = "الاتجار والأول الإمضاء الله لله استغلال الحال"
    assert fix_reversed_ligatures(text) == text


def test_split_digits() -> None:
    assert split_digits("في18 سنة بين3000 و5000 درهم، ص6175") == "في 18 سنة بين 3000 و5000 درهم، ص 6175"
    assert split_digits("18ذو القعدة") == "18 ذو القعدة"


def test_split_final_letters() -> None:
    assert split_final_letters("العاملةأو العامل") == "العاملة أو العامل"
    assert split_final_letters("علىالمشغل") == "على المشغل"


def test_vocabulary_split_and_join() -> None:
    filler = ["شروط الشغل في المادة الأولى", "تطبق شروط الشغل على المستخدمين", "شروط الشغل المحدثة"] * 2
    lines = [*filler, "تحدد شروطالشغل بنص", "الأعوان ا لمستخدمين", "الوكالات المحد ثة"]
    out = repair_words(lines)
    assert out[-3:] == ["تحدد شروط الشغل بنص", "الأعوان المستخدمين", "الوكالات المحدثة"]
    assert out[:-3] == filler


def test_pronoun_suffix_words_are_not_split() -> None:
    lines = ["نص عليه ما يلي", "نص عليها ما يلي", "نص عليه ما يلي", "وقع عليهما الطرفان"]
    assert repair_words(lines) == lines


def test_vocabulary_counts_stems() -> None:
    vocab = Vocabulary(["والمادة المادة بالمادة"])
    assert vocab.count("المادة") == 1 and vocab.known("مادة")


def test_repair_line_logical_text_unchanged() -> None:
    for line in LOGICAL:
        assert repair_line(line) == line
