import pytest

from ingest.article_numbers import normalize_number, ordinal_to_int, sort_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("448-2", "448-2"),
        ("٤٤٨-٢", "448-2"),
        ("448 - 2", "448-2"),
        ("82-5-1", "82-5-1"),
        ("الأولى", "1"),
        ("السابعة", "7"),
        ("الحادية عشرة", "11"),
        ("الثالث والعشرون", "23"),
        ("premier", "1"),
        ("1er", "1"),
        ("242 مكرر", "242 bis"),
        ("607 المكرر مرتين", "607 ter"),
        ("12 bis", "12 bis"),
    ],
)
def test_normalize_number(raw: str, expected: str) -> None:
    assert normalize_number(raw) == expected


def test_reversed_numbers_from_right_to_left_text() -> None:
    assert normalize_number("2-448", rtl=True) == "448-2"
    assert normalize_number("6-82", rtl=True) == "82-6"
    assert normalize_number("1-5-82", rtl=True) == "82-5-1"
    assert normalize_number("448-2", rtl=True) == "448-2"  # already in reading order
    assert normalize_number("2-448") == "2-448"  # only right-to-left text is read backwards


def test_not_a_number() -> None:
    assert normalize_number("الجنائي") is None
    assert ordinal_to_int("") is None


def test_sort_key_orders_like_a_code() -> None:
    numbers = ["449", "448-10", "448", "448-2", "448-1"]
    assert sorted(numbers, key=sort_key) == ["448", "448-1", "448-2", "448-10", "449"]


def test_two_unit_ordinals_are_a_list_not_a_sum() -> None:
    assert ordinal_to_int("الأولى والثانية") is None
    assert ordinal_to_int("والثانية") == 2
    assert ordinal_to_int("الحادي والعشرون") == 21
