"""Reading the names of texts in a query's tokens, for `search.query`: phrases of the works' names and subjects,
names of texts the corpus lacks, abbreviations, law numbers as typed, dates, another country's codes, and the
kinds of text a query names.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ingest.catalogue import Work
from search.query_folding import _fold_text, _keys, _Token, _tokens
from search.query_matches import _WorkMatch
from search.query_patterns import (
    _ARABIC_RE,
    _CLAUSE_BREAK_RE,
    _FOREIGN_BEFORE_RE,
    _FOREIGN_RE,
    _INVERSION_RE,
    _LAW_WORD_TYPES,
    _MOROCCAN_BEFORE_RE,
    _MOROCCAN_RE,
    _YEAR_RE,
)
from search.query_vocabulary import (
    _ACT,
    _ALIASES,
    _ALL_TYPE_WORDS,
    _CONJUNCTIONS,
    _CONNECTORS,
    _DESCRIBED_SUBJECTS,
    _ENGLISH_FUNCTION_WORDS,
    _GENERIC,
    _MARKERS,
    _MONTHS,
    _NOT_TEXTS,
    _OUTSIDE_KINDS,
    _OUTSIDE_NAMES,
    _SIBLING_HEADS,
    _SIBLING_SUBJECTS,
    _SUBJECT_WORDS,
    _TOPICAL_ALIASES,
    _TYPE_WORDS,
    _VERBS,
)


def _abbreviation_pattern(abbreviation: str) -> str:
    letters = [p for p in re.split(r"[.\s]+", _fold_text(abbreviation)) if p]
    return r"(?<!\w)" + r"\s*\.?\s*".join(map(re.escape, letters)) + r"\.?(?!\w)"


def _phrase(text: str) -> tuple[frozenset[str], ...]:
    return tuple(t.keys for t in _tokens(_fold_text(text)) if t.keys)


@lru_cache(maxsize=1)
def _outside_names() -> tuple[tuple[frozenset[str], ...], ...]:
    """Names of texts practitioners cite that the corpus lacks and that no type word of it introduces: right
    after an article («article 1 de la CEDAW», «المادة 9 من العهد الدولي»), the article is none of the corpus's."""
    return tuple(_phrase(name) for name in _OUTSIDE_NAMES)


@lru_cache(maxsize=8)
def _sibling_subjects(work_id: str) -> frozenset[str]:
    """The terms of `_SIBLING_SUBJECTS` for a protocol."""
    return frozenset(key for word in _SIBLING_SUBJECTS.get(work_id, ()) for keys in _phrase(word) for key in keys)


@lru_cache(maxsize=8)
def _sibling_heads(work_id: str) -> frozenset[str]:
    """The terms of `_SIBLING_HEADS`: a sibling protocol's subject said by one word."""
    return frozenset(key for word in _SIBLING_HEADS.get(work_id, ()) for keys in _phrase(word) for key in keys)


@lru_cache(maxsize=1)
def _subjectless_names() -> frozenset[tuple[frozenset[str], ...]]:
    """Usual names that say no subject: «protocole facultatif» could be any optional protocol."""
    return frozenset(_phrase(name) for name in ("protocole facultatif", "optional protocol", "البروتوكول الاختياري"))


def _is_content(key: frozenset[str]) -> bool:
    """A title word that says what the text is about: not a type word, connector or English function word."""
    return not key <= _GENERIC | _CONNECTORS | _ENGLISH_FUNCTION_WORDS


def _names(work: Work, *, topical: bool = True, described: bool = False) -> tuple[str, ...]:
    """The names the parser knows a work by: its titles, short titles and usual names, unless not ``topical``
    the subjects it is called by after a word of its kind («la loi sur le travail domestique»), and if
    ``described`` what it is about (`_DESCRIBED_SUBJECTS`)."""
    names = (*work.titles.values(), *work.short_titles.values(), *_ALIASES.get(work.id, ()))
    names = (*names, *_TOPICAL_ALIASES.get(work.id, ())) if topical else names
    return (*names, *_DESCRIBED_SUBJECTS.get(work.id, ())) if described else names


def _letters(abbreviation: str) -> str:
    return re.sub(r"[.\s]", "", _fold_text(abbreviation))


@lru_cache(maxsize=1)
def _not_texts() -> frozenset[str]:
    return frozenset(_letters(name) for name in _NOT_TEXTS)


def _outside_name_at(tokens: list[_Token], i: int) -> int:
    """The end (a token index) of a name of `_OUTSIDE_NAMES` starting at token i, else 0."""
    return max(_match_phrase(tokens, i, name) or 0 for name in _outside_names())


def _qualifies(text: str, previous: _Token, token: _Token) -> bool:
    """Whether ``token`` goes on the name ending at ``previous``: a word in the same clause, not a stop word,
    connector, verb, type word or number («العهد الدولي», not «… الخاص بالحقوق»)."""
    return (
        not _CLAUSE_BREAK_RE.search(text, previous.end, token.start)
        and bool(token.keys)
        and not token.keys & (_CONNECTORS | _ALL_TYPE_WORDS)
        and token.text not in _MARKERS
        and token.text not in _VERBS
        and not token.text[0].isdigit()
    )


def _qualified_end(text: str, tokens: list[_Token], start: int, end: int) -> int:
    """``end`` moved past the words that qualify the name starting at token ``start`` (three words after it at most)."""
    while end < min(len(tokens), start + 4) and _qualifies(text, tokens[end - 1], tokens[end]):
        end += 1
    return end


def _with_clitic_dropped(word: str, keys: frozenset[str]) -> frozenset[str]:
    """The word's terms and, for an Arabic word that may carry «ب», «ل», «ك», «و» or «ف», those of the rest: the
    analyser keeps «بعقد» and «ببيع» whole, since the letter can be the root's, but the titles say «عقد», «بيع»."""
    if len(word) > 3 and word[0] in "بلكوف" and _ARABIC_RE.match(word):
        return keys | _keys(word[1:])
    return keys


def _is_specific(phrase: tuple[frozenset[str], ...]) -> bool:
    """At least two terms, one of them not generic: «القانون» or «Convention des Nations Unies» alone names nothing."""
    return len(phrase) >= 2 and any(not key <= _GENERIC for key in phrase)


def _subject(title: str) -> tuple[frozenset[str], ...]:
    """The subject of a title: after «المتعلق ب» / «relative à» / «لمكافحة» (or after the type word), up to a comma."""
    tokens = _tokens(_fold_text(re.split(r"[,،(]", title)[0]))
    start = next((i + 1 for i, t in enumerate(tokens) if t.text in _MARKERS or t.keys & _CONNECTORS), 1)
    rest = tokens[start:]
    while rest and (not rest[0].keys or rest[0].keys & _CONNECTORS or rest[0].text in _MARKERS):
        rest = rest[1:]
    return tuple(t.keys for t in rest if t.keys)


def _match_phrase(
    tokens: list[_Token], i: int, phrase: tuple[frozenset[str], ...], conjunctions: bool = True
) -> int | None:
    """Index past the match of `phrase` at token i (stop words skipped inside, conjunctions too only where
    `conjunctions`: a title may have them, a short usual name does not), or None."""
    j = i
    for n, key in enumerate(phrase):
        while n and j < len(tokens) and not tokens[j].keys:
            if not conjunctions and tokens[j].text in _CONJUNCTIONS:
                return None  # «les conventions internationales et les droits de l'enfant» names no convention
            j += 1
        if j >= len(tokens) or not tokens[j].keys & key:
            return None
        j += 1
    return j


def _readable(key: tuple[int, ...]) -> tuple[int, ...]:
    """A law's number as Morocco writes it, number then year: «14-27» and «13-103», read right to left from a PDF or
    typed so, cannot be (no law of 2027, none of year 103) and are 27-14 and 103-13."""

    def impossible(year: int) -> bool:  # the kingdom's laws are numbered from 1957 («1-58») to this year
        return year >= 100 or dt.date.today().year % 100 < year < 57

    if len(key) == 2 and impossible(key[1]) and not impossible(key[0]):
        return key[1], key[0]
    return key


def kinds_named(text: str) -> set[str]:
    """The kinds of text that words of ``text`` name: the catalogue's types («اتفاقية» → convention, «code» → code),
    and "other" for kinds the corpus has none of («Constitution», «charte», «Act»)."""
    kinds: set[str] = set()
    for token in _tokens(_fold_text(text)):
        kinds |= {kind for kind, keys in _TYPE_WORDS.items() if token.keys & keys}
        if token.text.rsplit("'", 1)[-1] in _OUTSIDE_KINDS or token.text == _ACT:
            kinds.add("other")
    return kinds


def _foreign(text: str, match: _WorkMatch) -> _WorkMatch:
    """«le code pénal français», «القانون الجنائي التونسي», «the French Penal Code»: another country's code, one the
    corpus lacks; «le code pénal marocain»: the corpus's, the nationality read as part of the name."""
    if match.work_id is None:
        return match
    if nationality := _FOREIGN_RE.match(text, match.end):
        return _WorkMatch(match.start, nationality.end(), None)
    if before := _FOREIGN_BEFORE_RE.search(text, max(0, match.start - 20), match.start):
        return _WorkMatch(before.start(), match.end, None)
    # «Code pénal marocain» is the Penal Code named alone: the nationality is no word to search for.
    if moroccan := _MOROCCAN_RE.match(text, match.end):
        return replace(match, end=moroccan.end())
    if before := _MOROCCAN_BEFORE_RE.search(text, max(0, match.start - 12), match.start):
        return replace(match, start=before.start())
    return match


def _date_at(tokens: list[_Token], j: int) -> tuple[dt.date, int] | None:
    """The date written from token j on («25 août 2016», «1er août 2016», «25 غشت 2016»), and the token after it."""
    if j + 2 >= len(tokens) or not tokens[j].text.isdigit():
        return None
    k = j + 1 + (tokens[j + 1].text == "er")  # «1er»
    if k + 1 >= len(tokens) or tokens[k].text not in _MONTHS or not _YEAR_RE.fullmatch(tokens[k + 1].text):
        return None
    try:
        return dt.date(int(tokens[k + 1].text), _MONTHS[tokens[k].text], int(tokens[j].text)), k + 2
    except ValueError:  # «31 février»
        return None


def _without_proclitics(name: str) -> str:
    """An Arabic name as a title writes it, without the conjunction or preposition glued to its article: «والاتفاقية»,
    «بالقانون», «للقانون» (ل + القانون) → «الاتفاقية», «القانون», «القانون»."""
    if match := re.match(r"[وف]?لل(?!ه)", name):
        return "ال" + name[match.end() :]
    return re.sub(r"^[وف]?[بك]?(?=ال)", "", name)


def _law_word_types(word: str | None) -> tuple[str, ...] | None:
    """Work types a law word can name (None: any, for «n° 27-14»; () for a dahir)."""
    if word is None:
        return None
    return next((types for base, types in _LAW_WORD_TYPES.items() if base in word), ())


def _subject_words(text: str, tokens: list[_Token]) -> list[frozenset[str]]:
    """The content words after a type word (tokens[0]) in its clause, up to a verb, «et» or another type word."""
    subject: list[frozenset[str]] = []
    previous = tokens[0]
    for token in tokens[1:_SUBJECT_WORDS]:
        if _CLAUSE_BREAK_RE.search(text, previous.end, token.start) or token.text in _CONJUNCTIONS:
            break
        if token.text in _VERBS or _INVERSION_RE.match(text, token.end) or token.keys & _ALL_TYPE_WORDS:
            break
        previous = token
        if token.keys and _is_content(token.keys) and not token.text[0].isdigit() and token.text not in _MARKERS:
            subject.append(_with_clitic_dropped(token.text, token.keys))
    return subject


def outside_name_terms(named_as: str) -> frozenset[str]:
    """The terms that name the text outside the corpus in an `ArticleRef.named_as`, which runs on over the words after
    the name («مدونة الشغل تشغيل الأطفال», «CEDH esclavage»). After a word of a kind of text, that word and the next two
    content words, with the connectors between them («Code de procédure civile», «قانون الالتزامات والعقود», «convention
    contre la torture»: the parser reads a subject by its first two words too); else the first word and those joined to
    it by a connector («Statut de Rome», «CEDAW», «الدستور»)."""
    tokens = [t for t in _tokens(_fold_text(named_as)) if not t.text[0].isdigit()]
    # A connector (or a stop word, which has no terms) links the words of one name.
    linking = [not t.keys or t.keys <= _CONNECTORS | _ENGLISH_FUNCTION_WORDS for t in tokens]
    content = [i for i, link in enumerate(linking) if not link]
    if not content:
        return frozenset()
    first = content[0]
    if tokens[first].keys & _ALL_TYPE_WORDS:
        end = content[min(2, len(content) - 1)] + 1
    else:
        end = first + 1
        while end < len(tokens) and linking[end]:
            following = next((i for i in range(end, len(tokens)) if not linking[i]), None)
            if following is None:
                break
            end = following + 1
    return frozenset().union(*(t.keys for t in tokens[first:end]))
