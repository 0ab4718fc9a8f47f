"""Whether a question names trafficking in persons, the corpus's subject, in so many words.

The catalogue's `focus` names the texts on trafficking itself, and the search lifts them a little for every
question (`search.pipeline.FOCUS_BONUS`). A question that itself says «الاتجار بالبشر», «traite» or «trafiquant»
asks about them: the specific provision before the general one that shares its other words (a witness bribed in a
trafficking case is 448-8, not the general false-testimony articles 369 to 373; an aggravating circumstance of
trafficking is 448-3 or 448-4, not the Penal Code's other aggravations), so the lift is larger there
(`search.pipeline.FOCUS_BONUS_NAMED`).

Arabic words are read as the analyser reads them (clitics, alef forms): «بالاتجار», «للإتجار», «والمتاجرة»; Latin ones
in lower case: «Traite», «trafiquants», «trafficking». Not «traité» (a treaty), «traitement», «trafic de drogue»,
«trafic illicite de migrants» (the smuggling of migrants, another offence), «drug trafficking», «تجار المخدرات» nor
«الاتجار غير المشروع بالأسلحة».

Read on the whole question, as typed: a law named by its title («قانون مكافحة الاتجار بالبشر») names the subject too.

Usage::

    >>> from search.subject import names_subject
    >>> names_subject("peine encourue pour la traite d'un mineur"), names_subject("واش الكفيل اللي باع البنت للمتاجرين")
    (True, True)
    >>> names_subject("mauvais traitements infligés à un enfant"), names_subject("trafic illicite de migrants")
    (False, False)
"""

from __future__ import annotations

import unicodedata

from ingest.text import analyze_words, tokenize

# Arabic light stems (`ingest.text.analyze_words`) that name trafficking: الاتجار، المتاجرة، المتاجرين, unless drugs,
# arms or migrants come next («الاتجار في المخدرات», UNTOC's «الاتجار غير المشروع بالأسلحة»). «تجار» (merchants,
# trade) and «يتاجر» (he trades) only before people: «تجارة البشر», «تجار البشر», «يتاجر بالنساء».
_ARABIC_STEMS = frozenset({"اتجار", "متاجر"})
_ARABIC_BEFORE_PEOPLE = frozenset({"تجار", "يتاجر"})
_ARABIC_PEOPLE = frozenset({"بشر", "اشخاص", "شخاص", "نساء", "اطفال", "فتي", "بنات", "قاصر"})
_ARABIC_OTHER_GOODS = frozenset({"مخدر", "اسلح", "سلاح", "ذخير", "مهاجر"})
# Latin words, lower case and without elided article, accents kept: «traite» but not «traité» (a treaty). «trafic»
# and «trafficking» of drugs, arms or migrants are other offences, as is «traffic» alone.
_LATIN_WORDS = frozenset(
    ["traite", "traites", "trafiquant", "trafiquants", "trafiquante", "trafiquantes", "teh"]
    + ["trafficking", "trafficked", "trafficker", "traffickers"]
)
_LATIN_TRAFFIC = frozenset({"trafic", "traffic"})
_LATIN_PEOPLE = frozenset({"êtres", "etres", "personnes", "humains", "persons", "humans", "human", "people"})
_LATIN_OTHER_GOODS = frozenset(
    ["drogue", "drogues", "stupéfiants", "stupefiants", "armes", "migrants", "drug", "drugs", "narcotics", "arms"]
    + ["firearms", "weapons", "migrant"]
)


def _latin(token: str) -> str:
    """A Latin word in lower case without elided article («d'êtres» → «êtres»); "" for a word in another script."""
    word = token.replace("’", "'").rpartition("'")[2].lower()
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word if bare.isascii() else ""


def _names(
    words: list[frozenset[str]],
    subject: frozenset[str],
    alone: frozenset[str],
    people: frozenset[str],
    other_goods: frozenset[str],
) -> bool:
    """Whether a word of ``subject`` names trafficking in persons (no word of ``other_goods`` in the two before it or
    the three after, unless ``people`` are among those three), or a word of ``alone`` does with ``people`` in the
    three after it."""
    for i, readings in enumerate(words):
        around = words[max(0, i - 2) : i] + words[i + 1 : i + 4]
        after = words[i + 1 : i + 4]
        with_people = any(w & people for w in after)
        if readings & subject and (with_people or not any(w & other_goods for w in around)):
            return True
        if readings & alone and with_people:
            return True
    return False


def names_subject(text: str) -> bool:
    """Whether ``text`` names trafficking in persons (in Arabic, French or English)."""
    latin = [frozenset({word}) for word in map(_latin, tokenize(text)) if word]
    arabic = [frozenset(word) for word in analyze_words(text) if not any(t.isascii() for t in word)]
    return _names(latin, _LATIN_WORDS, _LATIN_TRAFFIC, _LATIN_PEOPLE, _LATIN_OTHER_GOODS) or _names(
        arabic, _ARABIC_STEMS, _ARABIC_BEFORE_PEOPLE, _ARABIC_PEOPLE, _ARABIC_OTHER_GOODS
    )
