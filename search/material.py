"""Questions that ask for material the corpus does not hold: case law, circulars, statistics.

The corpus holds legal texts: laws, decrees, codes, conventions. «jurisprudence de la Cour de cassation sur la
traite», «دورية رئاسة النيابة العامة حول الاتجار بالبشر» or «إحصائيات ضحايا الاتجار» ask for court decisions, a
circular or figures; the search still finds the provisions their other words match, which read like an answer (a
trial). The pipeline says what the corpus lacks (the `material_outside_corpus` notice).

Only words that name such material are read, not words the texts use otherwise: «محكمة النقض» alone (the CPP names
the court), «دورية» as an adjective («تقارير دورية», periodic reports), «combien», «عدد» (the national commission's
members are a number its decree gives), «البيانات الإحصائية» (the statistical data the ILO text on child labour asks
states to gather). Circulars are a kind of text a user may add (`circular`): no notice once the catalogue holds one.

Usage::

    asks_for_material("jurisprudence sur la traite des êtres humains")  # "case_law"
    asks_for_material("ما هي عقوبة الاتجار بالبشر")  # None
"""

from __future__ import annotations

import re

from ingest.catalogue import Catalogue
from ingest.text import normalize_for_match

# On `normalize_for_match` text: lower case, «ة» → «ه», «إأآ» → «ا». An Arabic word may take «و», «ف», «ب», «ل».
_PATTERNS: dict[str, re.Pattern[str]] = {
    "case_law": re.compile(
        r"\bjurisprudences?\b|\bcase[ -]law\b|\bcourt rulings?\b"
        r"|\b(?:arr[eê]ts?|d[ée]cisions?) (?:de la |of the )?(?:cour|court) "
        r"(?:de cassation|supr[eê]me|of cassation|d.appel)"
        r"|\bjudgments? of the (?:court of cassation|supreme court)\b"
        r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?اجتهاد(?:ات)? (?:ال)?قضائي|(?<![\u0621-\u064a])[وفبل]?(?:ال)?عمل القضائي"
        r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:اجتهاد|اجتهادات|قرار|قرارات|احكام) (?:صادره عن |الصادره عن )?"
        r"(?:محكمه النقض|المجلس الاعلي)"
    ),
    # Not the adjective («migration circulaire», «تقارير دورية») nor patrols («دوريات مراقبة الحدود»).
    "circular": re.compile(
        r"\b(?:la|une|les|des|cette|ces|aux?|du|par|dans|selon) circulaires?\b"
        r"|\bcirculaires? (?:n[°o]|num[ée]ro|minist[ée]rielle|conjointe|du minist|de la pr[ée]sidence|du parquet|\d)"
        r"|^circulaires?\b|\bcirculars\b|\b(?:a|the) circular (?:of|from|no|number|on|issued)\b"
        r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:دوريه|دوريات) "
        r"(?:رقم|عدد|رئاسه|رئيس|السيد|وزير|وزاره|النيابه|المجلس|الصادره|صادره)"
        r"|(?<![\u0621-\u064a])[وفبل]?(?:ال)?منشور (?:رقم|وزاري|الوزير|السيد|رئيس|رئاسه)"
    ),
    # Figures asked for, not a provision on gathering them («collecter des statistiques», «à des fins statistiques»).
    "statistics": re.compile(
        r"(?<!collecter des )(?<!recueillir des )(?<!fins )(?<!donn[ée]es )(?<!informations )\bstatistiques\b"
        r"|(?<!collect )(?<!gather )\bstatistics\b|\bdonn[ée]es chiffr[ée]es\b"
        r"|(?<!جمع )(?<!تجميع )(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:احصائيات|احصاءات)(?![\u0621-\u064a])"
    ),
}


def asks_for_material(query: str, catalogue: Catalogue | None = None) -> str | None:
    """The kind of material the question asks for that the corpus holds none of: "case_law", "circular" or
    "statistics"; None when it asks for none (or for circulars, once the catalogue holds one)."""
    text = normalize_for_match(query)
    for material, pattern in _PATTERNS.items():
        if material == "circular" and catalogue is not None and any(w.type == "circular" for w in catalogue.works):
            continue
        if pattern.search(text):
            return material
    return None
