"""Moroccan Darija's function words and their Modern Standard Arabic counterparts: one table for both sides.

The lexical analyser drops them as stop words (`ingest.text_ar`), since the laws, written in MSA, never use
them; the dense side rewrites a Darija question with their MSA forms before embedding it (`search.dialect`).

Usage::

    from ingest.darija import FUNCTION_WORDS
    FUNCTION_WORDS["واش"]  # 'هل'
"""

from __future__ import annotations

# Darija function words and their MSA counterparts ("" drops the word). None occurs in the corpus's texts.
FUNCTION_WORDS: dict[str, str] = {
    **dict.fromkeys(["ديال", "ديالو", "ديالها", "ديالهم", "ديالي", "ديالك", "ديالنا", "ديالكم", "متاع"], ""),
    **dict.fromkeys(["شنو", "شنوا", "اشنو", "آش", "اش"], "ما"),
    "واش": "هل",
    "باش": "لكي",
    "فين": "أين",
    "منين": "من أين",
    "كيفاش": "كيف",
    "علاش": "لماذا",
    "شحال": "كم",
    "امتى": "متى",
    "إمتى": "متى",
    **dict.fromkeys(["غادي", "غادا", "غاديين", "غاتكون"], "سوف"),
    "ماشي": "ليس",
    **dict.fromkeys(["هاد", "هادا", "هادشي"], "هذا"),
    "هادي": "هذه",
    "هادو": "هؤلاء",
    "بزاف": "كثيرا",
    "دابا": "الآن",
    "حيت": "لأن",
    **dict.fromkeys(["اللي", "للي"], "الذي"),
    **dict.fromkeys(["كاين", "كاينين"], "يوجد"),
    "كاينة": "توجد",
    **dict.fromkeys(["ماكاينش", "مكاينش"], "لا يوجد"),
}
