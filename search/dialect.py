"""Moroccan Darija questions rewritten toward Modern Standard Arabic for the embedding model.

Lay users ask in Darija («واش القانون كيسمح بهادشي؟»); the laws are in Modern Standard Arabic, and the
multilingual embedding model places a Darija sentence far from the MSA sentence that says the same. Its
function words and verb forms have regular MSA counterparts, so the question is rewritten word for word
before it is embedded: «شنو» → «ما», «واش» → «هل», «ديال» dropped (MSA joins the nouns), the progressive
prefix of «كيخدم» dropped (→ «يخدم»), the negation «ما…ش» → «لا», «فالدار» → «في الدار».

Only questions with a Darija function word or negation are touched, and the prefix rules leave alone the
words the corpus's own (MSA) texts use, given as `vocabulary`: «كتابة», «كيفية» or «فالقانون» are not Darija.
Content words are left as they are: a Darija → MSA word list was tried and lowered the figures (a lexicon
of Darija vocabulary is another matter: `corpus/darija.tsv`, on the lexical side, `search.glossary`). The
lexical side does not need this rewrite: its analyser already drops Darija function words and reads «كيخدم» as
«يخدم» too (`ingest.text_ar`).

Measured (`daleel eval`, hybrid MRR@10): dev 0.883 → 0.882, held-out 1 0.559 → 0.613 (three Darija
questions up: ranks none/3/4 → 5/1/1), held-out 2 unchanged.

Usage::

    DarijaToMsa().run(text="واش غادي يدخل للحبس؟")["text"]  # 'هل سوف يدخل للحبس؟'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from haystack import component

from ingest.darija import FUNCTION_WORDS as _WORDS

# Rewritten in a Darija question, but MSA words too, so no sign of Darija.
_SHARED_WORDS: dict[str, str] = {"بلا": "بدون"}
# Darija conjugates «كان» with a ك the progressive rule would take for its prefix (كانوا, كنتي).
_KAN = frozenset(["كان", "كانت", "كانو", "كانوا", "كنت", "كنتي", "كنا", "كنتو", "كنتوا", "كانش", "كانتش"])
_ARABIC = r"[\u0621-\u064a\u064b-\u0652\u0640\u067e\u0686\u06a4\u06ad\u06af]"  # with ڤ ڭ گ پ چ and the marks
_MARKS_RE = re.compile(r"[\u064b-\u0652\u0640]")  # diacritics and tatweel
_TOKEN_RE = re.compile(rf"{_ARABIC}+")
_PROGRESSIVE_RE = re.compile(r"^(?:كا|ك)(?=[يتن]\w{2,}$)")  # كيخدم، كاتخدم، كنخدمو → يخدم …
_NEGATION_RE = re.compile(r"^ما(?:(?:كا|ك)(?=[يتن]\w{2}))?(?P<verb>\w{3,})ش$")  # ماكيخليهمش → لا يخليهم
_NEGATED_PROGRESSIVE_RE = re.compile(r"^(?:كا|ك)(?P<verb>[يتن]\w{2,})ش$")  # «ما كيخليهمش» → «ما يخليهم»
_IN_THE_RE = re.compile(r"^ف(?=ال\w{2,}$)")  # فالدار → في الدار
_INDEFINITE = "واحد"  # «واحد السمسار»: «a broker», dropped before a noun with ال


def vocabulary_of(texts: Iterable[str]) -> frozenset[str]:
    """The Arabic words of the given texts, without diacritics, and without their conjunction (و، ف) too:
    the MSA words the rewrite must leave alone."""
    words = {_MARKS_RE.sub("", word) for text in texts for word in _TOKEN_RE.findall(text)}
    return frozenset(words | {word[1:] for word in words if len(word) > 3 and word[0] in "وف"}) - {""}


def _bare(word: str) -> tuple[str, str]:
    """The word without diacritics, and its conjunction «و» apart («وواش» → «و», «واش»)."""
    word = _MARKS_RE.sub("", word)
    if word.startswith("و") and word not in _WORDS and word[1:] in _WORDS:
        return "و", word[1:]
    return "", word


def _is_darija_word(word: str, vocabulary: frozenset[str]) -> bool:
    _, word = _bare(word)
    if word in vocabulary:
        return False
    return word in _WORDS or bool(_NEGATED_PROGRESSIVE_RE.match(word) or _NEGATION_RE.match(word))


def is_darija(text: str, vocabulary: frozenset[str] = frozenset()) -> bool:
    """Whether the text uses one of Darija's own function words or negations («ماكيخليهمش», «كيخليهمش»)."""
    return any(_is_darija_word(word, vocabulary) for word in _TOKEN_RE.findall(text))


def _rewrite(word: str, following: str, vocabulary: frozenset[str]) -> str:
    """One word of a Darija question in its MSA form (the same word when it has none)."""
    conjunction, word = _bare(word)
    if word in _WORDS:
        return conjunction + _WORDS[word]
    if word in _SHARED_WORDS:
        return _SHARED_WORDS[word]
    if word == _INDEFINITE and following.startswith("ال"):
        return ""
    if word in vocabulary or word in _KAN:
        return word
    if negated := _NEGATED_PROGRESSIVE_RE.match(word):
        return negated.group("verb")
    if negated := _NEGATION_RE.match(word):
        return "لا " + negated.group("verb")
    if _IN_THE_RE.match(word):
        return "في " + word[1:]
    return _PROGRESSIVE_RE.sub("", word)


def darija_to_msa(text: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """The text with Darija function words and verb forms in their MSA form; other text unchanged.

    :param vocabulary: words never rewritten by the prefix rules (`vocabulary_of` the corpus's texts).
    """
    if not is_darija(text, vocabulary):
        return text
    words = list(_TOKEN_RE.finditer(text))
    parts: list[str] = []
    last = 0
    for n, match in enumerate(words):
        following = words[n + 1].group() if n + 1 < len(words) else ""
        parts += [text[last : match.start()], _rewrite(match.group(), following, vocabulary)]
        last = match.end()
    parts.append(text[last:])
    return re.sub(r"[ \t]{2,}", " ", "".join(parts)).strip()


@component
class DarijaToMsa:
    """Rewrites a Darija question toward MSA (see the module docstring); other text passes unchanged.

    Usage example::

        rewriter = DarijaToMsa(vocabulary=vocabulary_of(passage_texts))
        rewriter.run(text="شنو العقوبة ديالو؟")["text"]  # 'ما العقوبة ؟'
    """

    def __init__(self, vocabulary: frozenset[str] = frozenset()) -> None:
        """
        :param vocabulary: the corpus's Arabic words, which are MSA and never rewritten; the search sets it
            from the index, and again when the index changes.
        """
        self.vocabulary = vocabulary

    @component.output_types(text=str)
    def run(self, text: str) -> dict[str, Any]:
        """
        :param text: the question as typed.
        :returns: a dictionary with `text`, rewritten when it is Darija.
        """
        return {"text": darija_to_msa(text, self.vocabulary)}


# Moroccan Arabic typed in Latin letters («arabizi»): digits for the letters Latin lacks (3 ع, 7 ح, 9 ق, 2 ء) inside
# words, and Darija's everyday words. Neither analyser reads it, nor the embedding model well: the reader is asked
# to write in Arabic letters or in French rather than shown what «9anoni» happens to match.
# A digit between letters («n3ref», «l7o9o9») or before two («9anoni», «3lach»); not an ordinal («3eme», «2nd»,
# «2nde», «2bis», «2quinquies»), a unit typed without a space («3ans», «2kg») nor a convention's number («C29»).
# 2 ء, 3 ع, 5 خ (Moroccan use: «kat5dem»), 7 ح, 9 ق.
_ARABIZI_DIGIT_RE = re.compile(r"[a-z']*[a-z][23579][a-z'][a-z'23579]*|[23579][a-z][a-z'23579]+")
_NOT_ARABIZI_RE = re.compile(
    r"\d+(?:e|er|ers|es|re|res|eme|emes|ème|nd|nde|ndes|de|des|rd|th|bis|ter|quater|quinquies|sexies|septies|octies"
    r"|ans|an|mois|jours?|j|h|min|kg|km|am|pm|heures?|hrs?|mn|minutes?|semaines?|dhs?|dirhams?|euros?)|[a-z]\d+"
)
_ARABIZI_WORDS = frozenset(
    """wach wash wech dyal diyal dyali dyalha dyalo bghit bghat bghina chno chnou chnu achno kifach kifash
    3lach 3lah mnin imta daba ghadi kayn kayna kaynin makaynch machi mashi walo bzaf mzyan rah raha rahom
    hna nta nti ntoma hiya howa homa iyeh khdama khedama lkhdma khdma lkhadema lflous flous
    bnadem lmra mrati rajel drari sghir sghira sghar 3ndi 3ndha 3ndo 3andi mkhdma lpatron
    lbent lbnt bnti lwlad wlad weld lweld ldar ddar fdar khdem khdam khedam kheddama kaykhdem katkhdem kaykhdmo
    khassni khasni bach wla wlla hadchi hadshi chi shi chwiya bzzaf mzyana wakha ewa iwa mskina kaydir katdir ndir
    galt galo mchat wahed bnt khedma lkhedma liya khlesch khelsat khlas makhlsach makhelsach""".split()
)
# «16 3am», «sghira 3amha 14»: عام, a year, after or before a number (a trial); «3am» alone may be 3 a.m.
_YEARS_RE = re.compile(r"\d+\s+3am\b|\b3amha\b|\b3amo\b")


def looks_like_arabizi(text: str) -> bool:
    """Whether a question is Darija typed in Latin letters («wach lkhdama sghira 9anoni»): two signs at least, a
    Darija word or a word with a digit for a letter, and no Arabic letter. «art. 448-2» and «loi 27-14» are none."""
    if re.search(_ARABIC, text):
        return False
    words = re.findall(r"[A-Za-z0-9']+", text.lower())
    signs = sum(word in _ARABIZI_WORDS or _digit_for_letter(word) for word in words) + len(_YEARS_RE.findall(text))
    # One word can say it alone when a digit writes one of its letters: «9anoun» is no French.
    return signs >= 2 or (len(words) == 1 and _digit_for_letter(words[0]))


def _digit_for_letter(word: str) -> bool:
    """Whether a lower-case Latin word writes a letter with a digit («9anoni», «n3ref»)."""
    return bool(_ARABIZI_DIGIT_RE.fullmatch(word)) and not _NOT_ARABIZI_RE.fullmatch(word)


_LATIN_WORD_RE = re.compile(r"(?<![\w'])[A-Za-z0-9']+(?![\w'])")


def without_digit_words(text: str) -> str:
    """``text`` less its Latin words that write a letter with a digit: no analyser reads «9anoun» as a word, and its
    «9» matched every article 9 (a trial: «9anoun» gave ten article 9s of unrelated texts)."""
    return _LATIN_WORD_RE.sub(lambda m: "" if _digit_for_letter(m.group().lower()) else m.group(), text)
