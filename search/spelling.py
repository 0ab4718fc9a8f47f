"""Mistyped Latin words of a question put right against the corpus's own words: «victme» → «victime».

A practitioner types fast: «victme etrangere droit de sejour» found nothing of the CPP's 82-5-1, which the same
question spelt right has first (a trial). Neither list forgives a typo: the lexical side has no term «victm», the
embedding model reads the word in pieces.

A word is put right when it has five letters or more and
- no passage, title or heading holds it (accents and case aside), nor any word of its stem («expulser» beside the
  corpus's «expulsé»: the analyser already matches them);
- it is no French or English word (pyspellchecker's dictionaries: «procureur», «passeur», «comment» are words the
  corpus's French texts happen to lack, not typos of «procurer», «passer», «commet»);
- a corpus word beginning with the same letter is one edit away (a letter added, dropped or changed, or two swapped:
  «enfnats»; two edits from nine letters): the one most passages hold replaces it.
Otherwise it stays as typed («pacte», a text outside the corpus, is no «acte»), as does a word with a capital
(«Imane», «CEDEF», «Taroudant»: names) or a part of a hyphenated word. Arabic is left alone: its clitics and
spellings make a word absent from the corpus more often a form than a typo; so is Darija typed in Latin letters.

Usage::

    speller = Speller(["La victime étrangère …", "…"])
    speller.correct("victme etrangere droit de sejour")   # 'victime etrangere droit de sejour'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

from ingest.text import analyze

# Latin words, with an elided article or pronoun kept apart («l'exploitaton» → «l'» + «exploitaton»); not a part of
# a hyphenated word («sous-traitance» is no «traitance»).
_WORD_RE = re.compile(r"(?<![\w'’-])(?:[a-zA-Z]['’])?([^\W\d_]+)(?![\w'’-])")
# The forms a dictionary may lack of a word it has: feminine and plural («procureure», «défenseure»), British
# spellings («organised», «favour»).
_VARIANTS = [
    tuple(pair.split(">"))
    for pair in "eures>eur eure>eur euses>eur euse>eur rices>eur rice>eur ieres>ier iere>ier es> e> s> "
    "isations>izations isation>ization ised>ized ising>izing ises>izes ise>ize ours>ors our>or".split()
]  # folded: accents aside
_MIN_LENGTH = 5  # shorter words have too many neighbours («payer», «pays»)
_LONG = 9  # from this length, two edits


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _latin(word: str) -> bool:
    return word.isascii() or all(ord(c) < 0x0250 for c in word)


@cache
def _dictionary() -> frozenset[str]:
    """French and English words, accents and case aside (loaded once: ≈0.5 s)."""
    words: set[str] = set()
    for language in ("fr", "en"):
        words |= {_fold(word) for word in SpellChecker(language=language).word_frequency.keys()}
    return frozenset(words)


def _is_word(folded: str) -> bool:
    """Whether a folded word, or a form of one (`_VARIANTS`), is a French or English word."""
    words = _dictionary()
    return folded in words or any(
        folded.endswith(ending) and folded[: len(folded) - len(ending)] + other in words for ending, other in _VARIANTS
    )


class Speller:
    """The corpus's Latin words with their counts, and the nearest of them to a word it lacks."""

    def __init__(self, texts: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        spelt: dict[str, Counter[str]] = {}
        for text in texts:
            for word in set(m.group(1) for m in _WORD_RE.finditer(text or "")):
                if not _latin(word):
                    continue
                folded = _fold(word)
                counts[folded] += 1
                spelt.setdefault(folded, Counter())[word.lower()] += 1
        self.counts = counts
        # The form to write a correction in: the one the corpus uses most («victime», «étrangère»).
        self.forms = {folded: forms.most_common(1)[0][0] for folded, forms in spelt.items()}
        self._choices = list(counts)
        self._stems = {term for word in self.forms.values() for term in analyze(word)}
        self._nearest: dict[str, str | None] = {}  # word → its correction, once per corpus
        if counts:
            _dictionary()  # loaded with the corpus's words, not at the first question

    def nearest(self, word: str) -> str | None:
        """The corpus's word nearest to ``word`` when the corpus lacks it, else None."""
        if word not in self._nearest:
            self._nearest[word] = self._find(word)
        return self._nearest[word]

    def _find(self, word: str) -> str | None:
        folded = _fold(word)
        if len(folded) < _MIN_LENGTH or folded in self.counts or not _latin(word) or word[0].isupper():
            return None  # short, the corpus's, another script, or a name («Imane», «CEDEF», «Taroudant»)
        if set(analyze(word)) <= self._stems or _is_word(folded):
            return None  # another form of a word the corpus has, or a word the corpus lacks
        limit = 2 if len(folded) >= _LONG else 1
        found = process.extract(folded, self._choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
        found = [match for match in found if match[0][0] == folded[0]]
        if not found:
            return None
        best = min(found, key=lambda match: (match[1], -self.counts[match[0]], match[0]))
        return self.forms[best[0]]

    def correct(self, text: str) -> str:
        """``text`` with each mistyped Latin word replaced by its nearest corpus word."""

        def fix(m: re.Match[str]) -> str:
            right = self.nearest(m.group(1))
            if right is None:
                return m.group()
            return m.group()[: m.start(1) - m.start()] + right

        return _WORD_RE.sub(fix, text)
