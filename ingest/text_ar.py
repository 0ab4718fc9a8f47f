"""Arabic pieces of the analyser: letter folding, stop words and stemming.

Tokens reaching these functions are already NFKC-normalised, undiacritised and without tatweel
(see `ingest.text`). `fold_letters` then applies the orthographic folding users and OCR disagree on
(إأآٱ → ا, ى → ي, ة → ه), and `fold_hamza` the hamza's seat (ؤ ئ → ء); `light_stem` removes clitics and
affixes from a folded token.

Usage:
    >>> from ingest.text_ar import fold_letters, light_stem
    >>> light_stem(fold_letters("والضحايا")), light_stem(fold_letters("الضحايا"))
    ('ضحا', 'ضحا')
    >>> light_stem(fold_letters("للضحية")), light_stem(fold_letters("ضحية"))
    ('ضحي', 'ضحي')
"""

from __future__ import annotations

import re
import threading
from typing import Any, Literal

import snowballstemmer
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

from ingest.darija import FUNCTION_WORDS as DARIJA_FUNCTION_WORDS

# How to treat a token that starts with و/ف (conjunction) or ب/ك/ل (preposition) not followed by
# the article: these letters are just as often part of the word (وظيفة، فاعل، بيانات، لجنة).
# "both" emits the stripped and the unstripped stems; the extra stem only ever matches words with
# the same remainder, so it adds recall at little cost (measured by `python -m ingest.text_bench`).
ProcliticMode = Literal["keep", "strip", "both"]

# Proclitic chains ending in the article, longest first: the article makes the split certain.
_ARTICLE_CHAINS = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")
# Pronoun suffixes, removed once and only from long words (هم in متهم/مساهم is part of the word).
_PRONOUN_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "ه")
_MIN_STEM_BEFORE_PRONOUN = 4
# Inflection suffixes after folding (ة → ه, so ية → يه) with the shortest stem each may leave:
# ون/ين/ان need 4 letters left so that قانون، سجين، ضمان stay whole; ا is the accusative tanwin
# alif (موظفا). Up to two are removed (عموميا → عمومي → عموم).
_INFLECTION_SUFFIXES = (("ات", 3), ("يه", 3), ("ون", 4), ("ين", 4), ("ان", 4), ("ه", 3), ("ي", 3), ("ا", 3))
_INFLECTION_PASSES = 2

# Function words of Modern Standard Arabic, plus Moroccan Darija's (ديال "of", واش question particle, …:
# `ingest.darija`) since lay users write in Darija; folded at import like the tokens.
_STOP_WORDS_TEXT = """
في من إلى على عن مع عند لدى حتى منذ بين دون ضد نحو خلال حول عبر لكل كل بعض غير سوى
و أو أم ثم بل لكن لكنه لأن أن إن أنه إنه أنها إذا إذ لو لولا كي لكي حيث حين كما مثل أما إما إلا
لا لم لن ما ماذا متى أين كيف هل قد لقد سوف ليس ليست
هو هي هم هن هما أنا نحن أنت أنتم
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك
الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي اللائي
كان كانت كانوا يكون تكون يكونوا
به بها بهم له لها لهم لهن فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه إليها إليهم
عنه عنها عنهم بما مما فيما عما بذلك لذلك وذلك
أي أية أيا
شي
"""


def fold_letters(token: str) -> str:
    """Fold alef variants to ا, alef maksura to ي and teh marbuta to ه (camel-tools' normalisers)."""
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(token)))


# The hamza's seat follows the vowels around it, so a suffix moves it: «إيواء» but «لإيوائهم», «جزاء» but «جزائه»; and
# Moroccan texts write «مسؤول» and «مسئول» alike. Index terms put every seat on the line (ؤ ئ → ء). Only the
# analyser's terms: the citation parser's patterns read `fold_letters`' output, hamza seats included.
_HAMZA_SEATS = str.maketrans({"ؤ": "ء", "ئ": "ء"})


def fold_hamza(token: str) -> str:
    """A folded token with its hamza on the line whatever its seat: «ايوائهم» → «ايواءهم», «مسؤول» → «مسءول»."""
    return token.translate(_HAMZA_SEATS)


STOP_WORDS: frozenset[str] = frozenset(
    fold_hamza(fold_letters(w)) for w in [*_STOP_WORDS_TEXT.split(), *DARIJA_FUNCTION_WORDS]
)


def _strip_suffix(word: str) -> str:
    for suffix in _PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM_BEFORE_PRONOUN:
            word = word[: -len(suffix)]
            # Before a pronoun the teh marbuta is written ت (عقوبته): restore it, plurals in ات aside.
            if word.endswith("ت") and not word.endswith("ات"):
                word = word[:-1] + "ه"
            break
    for _ in range(_INFLECTION_PASSES):
        for suffix, min_stem in _INFLECTION_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def _strip_prefix(word: str, proclitics: ProcliticMode) -> list[str]:
    """Candidate words without their proclitics (one or two candidates, see `ProcliticMode`)."""
    for chain in _ARTICLE_CHAINS:
        if word.startswith(chain) and len(word) - len(chain) >= 2:
            rest = word[len(chain) :]
            # «للجنة» is ل + اللجنة: before a word that starts with ل the article's lam is not written twice.
            if chain.endswith("لل") and proclitics != "keep":
                return ["ل" + rest, rest]  # the usual reading last: the skeleton is taken from it
            return [rest]
    if proclitics == "keep":
        return [word]
    bare = word
    if bare[0] in _CONJUNCTIONS and len(bare) - 1 >= 4:
        bare = bare[1:]
    if bare[0] in _PREPOSITIONS and len(bare) - 1 >= 4:
        bare = bare[1:]
    if bare == word:
        return [word]
    return [bare] if proclitics == "strip" else [word, bare]


def light_stems(word: str, proclitics: ProcliticMode = "both") -> list[str]:
    """Light stems of a folded token: proclitics, then one pronoun and one inflection suffix removed.

    >>> light_stems("بالبشر"), light_stems("وبغرامه")
    (['بشر'], ['وبغرام', 'غرام'])
    """
    stems = [_strip_suffix(w) for w in _strip_prefix(word, proclitics)]
    return list(dict.fromkeys(stems))


def light_stem(word: str) -> str:
    """The single light stem of a folded token (ambiguous proclitics kept)."""
    return light_stems(word, "keep")[0]


_local = threading.local()  # Snowball stemmers keep state while stemming: one per thread


def _snowball() -> Any:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("arabic")
    return stemmer


def snowball_stem(token: str) -> str:
    """Snowball's Arabic stem of an unfolded token, folded afterwards.

    Snowball needs the teh marbuta (its suffix rules test ة), so it runs before `fold_letters`.
    """
    return fold_letters(_snowball().stemWord(token))


_SKELETON_PREFIXES = "ميتنا"  # verb and participle prefixes: يعاقب، معاقب، تاجر، اتجار
_LONG_VOWELS = re.compile("[اوي]")


def skeleton(stem: str) -> str | None:
    """A consonant skeleton that brings a stem's derived forms together (عقوب، يعاقب، معاقب → عقب).

    A rough stand-in for the root, used as an extra, lower-precision term: the question's
    «عقوبة» then meets the article's «يعاقب». None when too little is left to mean anything.
    """
    core = stem[1:] if len(stem) >= 4 and stem[0] in _SKELETON_PREFIXES else stem
    core = core[0] + _LONG_VOWELS.sub("", core[1:]) if core else core
    return core if len(core) >= 3 and core != stem else None
