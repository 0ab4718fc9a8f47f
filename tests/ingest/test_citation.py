from ingest.catalogue import Catalogue
from ingest.citation import citation_label, original_wording_label


def test_citation_labels_as_practitioners_write_them(catalogue: Catalogue) -> None:
    assert citation_label(catalogue.work("ma-penal-code"), "448-2", "ar") == "الفصل 448-2 من مجموعة القانون الجنائي"
    assert citation_label(catalogue.work("ma-law-19-12"), "6", "fr") == "Loi n° 19-12, article 6"
    assert citation_label(catalogue.work("ma-law-19-12"), "1", "fr") == "Loi n° 19-12, article premier"
    assert citation_label(catalogue.work("ma-penal-code"), "dahir-2", "ar").startswith("الفصل 2 من ظهير")


def test_original_wording_labels_say_what_replaced_them(catalogue: Catalogue) -> None:
    law = catalogue.work("ma-law-27-14")
    arabic = "الصيغة الأصلية (القانون رقم 27.14، 2016) — عُدّلت بالقانون 03.23"
    french = "rédaction d'origine (Loi n° 27-14, 2016), modifiée par la loi 03-23"
    assert original_wording_label(law, "ar", "03.23") == arabic
    assert original_wording_label(law, "fr", "03.23") == french
    assert original_wording_label(law, "fr") == "rédaction d'origine (Loi n° 27-14, 2016)"
