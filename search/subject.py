"""Whether a question names trafficking in persons, the corpus's subject, in so many words.

The catalogue's `focus` names the texts on trafficking itself, and the search lifts them a little for every
question (`search.pipeline.FOCUS_BONUS`). A question that itself says «الاتجار بالبشر», «traite» or «trafiquant»
asks about them: the specific provision before the general one that shares its other words (a witness bribed in a
trafficking case is 448-8, not the general false-testimony articles 369 to 373; an aggravating circumstance of
trafficking is 448-3 or 448-4, not the Penal Code's other aggravations), so the lift is larger there
(`search.pipeline.FOCUS_BONUS_NAMED`).

The words are read as the analyser reads them (clitics, alef forms, accents): «بالاتجار», «للإتجار», «والمتاجرة»,
«Traite», «trafiquants», «trafficking». Not «traitement», «trafic de drogue», «trafic illicite de migrants» (the
smuggling of migrants, another offence) nor «تجار المخدرات».

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

# Arabic light stems (`ingest.text.analyze_words`) that name trafficking in persons by themselves: الاتجار،
# المتاجرة، المتاجرين. «تجار» (merchants, trade) only before «البشر»: «تجارة البشر», «تجار البشر».
_ARABIC_STEMS = frozenset({"اتجار", "متاجر"})
_ARABIC_BEFORE_HUMANS = frozenset({"تجار"})
_HUMANS = frozenset({"بشر", "اشخاص", "شخاص"})
# Latin words, lower case without accents. «trafic» alone is drugs, arms or migrants: only with humans after it.
_LATIN_WORDS = frozenset(
    ["traite", "traites", "trafiquant", "trafiquants", "trafiquante", "trafiquantes"]
    + ["trafficking", "trafficked", "trafficker", "traffickers"]
)
_LATIN_TRAFFIC = frozenset({"trafic", "traffic"})
_LATIN_HUMANS = frozenset({"etres", "personnes", "humains", "persons", "humans", "human", "people"})


def _latin(token: str) -> str:
    """A Latin word in lower case without accents nor elided article («d'êtres» → «etres»); "" for another script."""
    word = token.replace("’", "'").rpartition("'")[2].lower()
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded if folded.isascii() else ""


def names_subject(text: str) -> bool:
    """Whether ``text`` names trafficking in persons (in Arabic, French or English)."""
    latin = [word for word in map(_latin, tokenize(text)) if word]
    if any(word in _LATIN_WORDS for word in latin):
        return True
    # «trafic d'êtres humains», «trafic de personnes»: the next word but one at most (d', de, des).
    for i, word in enumerate(latin):
        if word in _LATIN_TRAFFIC and _LATIN_HUMANS & set(latin[i + 1 : i + 4]):
            return True
    stems = [set(word) for word in analyze_words(text)]
    for i, readings in enumerate(stems):
        if readings & _ARABIC_STEMS:
            return True
        if readings & _ARABIC_BEFORE_HUMANS and i + 1 < len(stems) and stems[i + 1] & _HUMANS:
            return True
    return False
