"""`WorkFinder`: the works a query names, by aliases built once from a catalogue (law and dahir numbers, titles,
subjects, usual names, abbreviations, years, Bulletin officiel issues), and the texts outside the corpus it
names; `search.query_parser.QueryParser` adds the articles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ingest.article_numbers import number_key
from ingest.catalogue import Catalogue, Work
from search.query_folding import _fold_text, _Token
from search.query_matches import _overlaps, _Subject, _WorkMatch
from search.query_names import (
    _abbreviation_pattern,
    _date_at,
    _is_content,
    _is_specific,
    _law_word_types,
    _letters,
    _match_phrase,
    _names,
    _not_texts,
    _outside_name_at,
    _phrase,
    _qualified_end,
    _readable,
    _sibling_heads,
    _sibling_subjects,
    _subject,
    _subject_words,
    _subjectless_names,
    _with_clitic_dropped,
)
from search.query_numbers import _article_word_before
from search.query_patterns import (
    _ABBREVIATION_BEFORE_RE,
    _ARABIC_RE,
    _BARE_NUMBER_RE,
    _CLAUSE_BREAK_RE,
    _DAHIR_START_RE,
    _DOTTED_ABBREVIATION_RE,
    _GAZETTE_BEFORE_RE,
    _GAZETTE_ISSUE_RE,
    _GAZETTE_RE,
    _ILO_PROTOCOL_RE,
    _ILO_SHORT_RE,
    _IMPLEMENTING_RE,
    _INVERSION_RE,
    _LAW_NUMBER_RE,
    _NEXT_WORD_RE,
    _PROTOCOL_OF_RE,
    _PROTOCOL_SUBJECT_RE,
    _SENTENCE_END_RE,
    _TO_CONVENTION_RE,
    _YEAR_RE,
)
from search.query_vocabulary import (
    _ABBREVIATIONS,
    _ACT,
    _ALIASES,
    _ALL_TYPE_WORDS,
    _ANAPHORA,
    _CONJUNCTIONS,
    _CONNECTORS,
    _DATE_LEAD,
    _DATED_TYPES,
    _LAW_TYPES,
    _MARKERS,
    _MIN_TITLE_RUN,
    _MIN_TITLE_START,
    _MONTHS,
    _NAME_AFTER,
    _OUTSIDE_KINDS_BEFORE,
    _QUALIFIERS,
    _SIBLING_WINDOW,
    _TOPICAL_ALIASES,
    _TYPE_WORDS,
    _VERBS,
    _YEAR_WINDOW,
    _YEAR_WORDS,
)

# Tokens read back from an article for the name of a text the corpus lacks: «Convention du Conseil de l'Europe sur la
# lutte contre la traite art. 10» has its type word eleven tokens back (stop words count).
_NAME_BEFORE_WINDOW = 14


def _content_keys(tokens: list[_Token]) -> list[frozenset[str]]:
    """The terms of the content words among ``tokens``, numbers aside: the words a name is matched on."""
    return [t.keys for t in tokens if t.keys and _is_content(t.keys) and not t.text[0].isdigit()]


class WorkFinder:
    """The works a query names, by aliases built once from a catalogue; `QueryParser` adds the articles."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._by_number: dict[tuple[int, ...], list[Work]] = {}
        self._number_forms: dict[str, str] = {}  # «27-14», «27.14», «27/14» → work id
        self._by_dahir: dict[tuple[int, ...], str] = {}  # the dahir's number → the work it promulgates
        self._by_issue: dict[str, set[str]] = {}  # a Bulletin officiel issue → the works it published
        self._phrases: list[tuple[str, tuple[frozenset[str], ...], bool]] = []  # work id, words, from a title
        self._subjects: list[_Subject] = []
        self._abbreviations: list[tuple[str, re.Pattern[str]]] = []
        self._years: list[tuple[str, frozenset[str], frozenset[str]]] = []  # work id, type words, years
        self._years_of_type: dict[str, set[str]] = {}  # the years of the laws, codes and decrees, by type
        self._titles: list[tuple[str, tuple[frozenset[str], ...]]] = []  # work id, a title's words
        self._beginnings: dict[tuple[str, tuple[frozenset[str], ...]], set[str]] = {}
        for work in catalogue.works:
            self._add_work(work)
        self._subjects = [
            replace(
                subject,
                phrases=subject.phrases
                + tuple(
                    phrase
                    for (kind, phrase), ids in self._beginnings.items()
                    if ids == {subject.work_id} and kind == catalogue.work(subject.work_id).type
                ),
            )
            for subject in self._subjects
        ]
        self._vocabulary = self._title_vocabulary()
        # The works' names and abbreviations written without dots, and the organisations': a dotted abbreviation
        # that is one of these («C.D.E.», «O.I.T.») names no text outside the corpus.
        # Every term of each work's titles, for the subject written after a protocol's name (`_subject_fits`).
        self._title_terms = {
            work.id: frozenset(
                key
                for title in (*work.titles.values(), *work.short_titles.values())
                for keys in _phrase(title)
                for key in keys
            )
            for work in catalogue.works
        }
        # Every term of each work's names, for the subject words a citation gives it (`_works_holding`).
        self._name_terms = {
            work.id: frozenset().union(*(key for name in _names(work, described=True) for key in _phrase(name)))
            for work in catalogue.works
        }
        self._by_phrase: dict[tuple[frozenset[str], ...], set[str]] = {}
        for work_id, phrase, _ in self._phrases:
            self._by_phrase.setdefault(phrase, set()).add(work_id)
        self._name_phrases = frozenset(phrase for _, phrase, _ in self._phrases) | frozenset(
            _phrase(re.sub(r"[.\s]", "", name))
            for name in (*(a for names in _ABBREVIATIONS.values() for a in names), "OIT", "ILO", "ONU", "NU", "UN")
        )
        self._latin_terms = frozenset().union(
            *(terms for (_, arabic), terms in self._vocabulary.items() if not arabic and terms is not None)
        )
        # Each pair of content words in a row in a name of any work: «traite … êtres», «droits … enfant». Not the
        # subjects: «travail domestique» is Law 19-12's, and also ILO Convention 189's, which the corpus lacks.
        self._title_pairs = {
            (a, b)
            for work in catalogue.works
            for name in _names(work, topical=False)
            for a, b in pairwise([key for key in _phrase(name) if _is_content(key)])
        }

    def _add_work(self, work: Work) -> None:
        for gazette in work.gazette.values():  # «الجريدة الرسمية عدد 6501 …», «Bulletin officiel … n° 6526 …»
            for issue in _GAZETTE_ISSUE_RE.findall(_fold_text(gazette)):
                self._by_issue.setdefault(issue, set()).add(work.id)
        if work.number:
            self._by_number.setdefault(number_key(work.number), []).append(work)
            if work.type in ("law", "code", "decree") and re.search(r"\D", work.number):
                for sep in "-./":
                    self._number_forms[re.sub(r"[-./]", sep, work.number)] = work.id
        if work.dahir:
            self._by_dahir[number_key(work.dahir.number)] = work.id
            for sep in "-./":
                self._number_forms[re.sub(r"[-./]", sep, work.dahir.number)] = work.id
        titles = [*work.titles.values(), *work.short_titles.values()]
        for title in titles:
            if _is_specific(phrase := _phrase(title)):
                self._phrases.append((work.id, phrase, True))
            if sum(map(_is_content, phrase)) >= _MIN_TITLE_RUN:
                self._titles.append((work.id, phrase))
        for alias in _ALIASES.get(work.id, ()):
            self._phrases.append((work.id, _phrase(alias), False))
        for abbreviation in _ABBREVIATIONS.get(work.id, ()):
            self._abbreviations.append((work.id, re.compile(_abbreviation_pattern(abbreviation))))
        if work.id.startswith("ilo-c") and work.number:  # «C029», «C 182», «ILO 182», «OIT 182»
            ilo = r"(?:c|conv|ilo|oit)\.?"  # «C182», «C.182», «Conv. 182», «ILO 182»
            self._abbreviations.append((work.id, re.compile(rf"(?<!\w){ilo}\s?0*{work.number}(?!\w)")))
        if work.type in _DATED_TYPES:
            # «la Convention de 1949», «إعلان 1985»: instruments are named by their year, the one they were
            # adopted in (enacted) or the one their id carries where the dates differ (the 1949 Convention
            # was opened for signature in 1950).
            years = set(re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", work.id))
            years |= {str(work.enacted.year)} if work.enacted else set()
            if years:
                self._years.append((work.id, _TYPE_WORDS[work.type], frozenset(years)))
        elif work.enacted and work.type in _TYPE_WORDS:
            # «la loi de 2016», «décret de 2018»: a year of the corpus's laws names none for sure (the country passes
            # many a year), but is no sign of a text the corpus lacks either.
            self._years_of_type.setdefault(work.type, set()).add(str(work.enacted.year))
        subjects = {_subject(title) for title in titles}
        endings = {s[i:] for s in subjects for i in range(len(s)) if _is_specific(s[i:])}
        endings |= {_phrase(alias) for alias in _TOPICAL_ALIASES.get(work.id, ())}
        # «la loi relative à l'entrée et au séjour des étrangers» stops before «au Maroc»: a subject's beginning
        # of two content words or more names the work too, where no other work of the kind begins so.
        for subject in subjects:
            for n in range(2, len(subject)):
                if sum(map(_is_content, subject[:n])) >= 2:
                    self._beginnings.setdefault((work.type, subject[:n]), set()).add(work.id)
        if endings:
            self._subjects.append(_Subject(work.id, _TYPE_WORDS.get(work.type, frozenset()), tuple(endings)))

    # -- works

    def _numbered(self, key: tuple[int, ...], types: tuple[str, ...] | None) -> str | None:
        """The first work of the catalogue with that number, of one of ``types`` (None: any)."""
        return next((w.id for w in self._by_number.get(key, []) if types is None or w.type in types), None)

    def _law_numbers(self, text: str) -> list[_WorkMatch]:
        matches = []
        for m in _LAW_NUMBER_RE.finditer(text):
            if not m.group("word") and _article_word_before(text, m.start()):
                continue  # «المادة رقم 5»: an article number
            if (following := _NEXT_WORD_RE.match(text, m.end())) and following.group(1) in _MONTHS:
                continue  # «ظهير 25 غشت 2016»: a date (`_named_by_date`)
            if not m.group("word") and _GAZETTE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # «B.O. n° 6526»: the gazette's issue (`_gazette_issues`), not a law's number
            types = _law_word_types(m.group("word"))
            if types == ():  # «ظهير شريف رقم 1.16.127»: the law it promulgates (code it approves, treaty it publishes)
                matches.append(_WorkMatch(m.start(), m.end(), self._by_dahir.get(number_key(m.group("number")))))
                continue
            number, end = m.group("number"), m.end()
            parts = re.split(r"[ \t]*,[ \t]*|[ \t]+", number.strip())
            if len(parts) == 3 and all(map(str.isdigit, parts)) and types is not None and "decree" not in types:
                # «loi 2 03 52»: a law's number, then an article's; three parts are only a decree's (or a dahir's).
                number = re.match(r"\d+(?:[ \t]*,[ \t]*|[ \t]+)\d+", number.strip()).group()  # type: ignore[union-attr]
                end = m.start("number") + len(number)
            key = number_key(number)
            readable = _readable(key)
            spaced = bool(re.search(r"[ ,]", number.strip())) and not re.search(r"[-./]", number)
            word = (m.group("word") or "").rstrip(".")
            known = self._numbered(readable, types) or self._numbered(key[::-1], types)
            if spaced and word in ("ق", "l") and not known:
                continue  # «ق 18 15 سنة»: a letter and two numbers name a law only where the corpus has it
            # «convention 182 18 ans»: a space or comma makes a number only of a work the corpus has, either way;
            # «décret 2 18 999»: three parts are a decree's number, had the corpus it or not.
            if spaced and len(key) == 2 and not known:
                number = re.split(r"[ ,]", number.strip())[0]
                end = m.start("number") + len(number)
                key = readable = number_key(number)
            if (m.group("word") or "").endswith(("ilo", "oit")) and not re.fullmatch(r"\d{1,3}", number):
                continue  # «l'OIT 2019»: a year; the ILO's conventions are numbered 1 to 190
            if work_id := self._numbered(readable, types):
                matches.append(_WorkMatch(m.start(), end, work_id, reversed_number=readable != key))
            else:
                other = self._numbered(key[::-1], types) if len(key) == 2 else None
                matches.append(_WorkMatch(m.start(), end, None, other_way=other))
        for m in _ILO_PROTOCOL_RE.finditer(text):  # «P029», «protocole P29»: the 2014 protocol the corpus lacks
            matches.append(_WorkMatch(m.start(), m.end(), None))
        for m in _ILO_SHORT_RE.finditer(text):  # «C189»: an ILO convention the corpus lacks (those it has: C182)
            if not any(w.id.startswith("ilo-c") for w in self._by_number.get(number_key(m.group("number")), [])):
                matches.append(_WorkMatch(m.start(), m.end(), None))
        for m in _BARE_NUMBER_RE.finditer(text):
            if work_id := self._number_forms.get(m.group()):
                matches.append(_WorkMatch(m.start(), m.end(), work_id))
        return matches

    def _named_works(self, text: str, tokens: list[_Token]) -> list[_WorkMatch]:
        matches = []
        for i in range(len(tokens)):
            for work_id, phrase, title in self._phrases:
                if (end := _match_phrase(tokens, i, phrase, conjunctions=title)) is not None:
                    start = self._type_word_before(tokens, i, work_id)
                    matches.append(_WorkMatch(start, tokens[end - 1].end, work_id))
            if tokens[i].keys & _ALL_TYPE_WORDS:
                matches += self._subjects_after(tokens, i)
        for work_id, pattern in self._abbreviations:
            matches += [_WorkMatch(m.start(), m.end(), work_id) for m in pattern.finditer(text)]
        for m in re.finditer(rf"(?<!\w){_DOTTED_ABBREVIATION_RE.pattern}", text):  # «C.D.E.», «U.N.T.O.C.»
            phrase = _phrase(m.group().replace(".", ""))
            if phrase and len(works := self._by_phrase.get(phrase, set())) == 1:
                matches.append(_WorkMatch(m.start(), m.end(), next(iter(works))))
        return matches + self._dated_names(tokens) + self._named_by_date(text, tokens) + self._gazette_issues(text)

    def _gazette_issues(self, text: str) -> list[_WorkMatch]:
        """«BO n° 6501», «الجريدة الرسمية عدد 6501»: the work that issue of the gazette published (as the catalogue
        records it: mostly the Arabic edition's). An issue written with «n°» or «عدد», and none of the catalogue's,
        is a text the corpus lacks, unless the query names a work (`parse`): «la loi 103-13 publiée au BO n° 6688»
        gives the French edition's issue. Nothing is said of several works, nor of «BO 2016», a year."""
        matches = []
        for m in _GAZETTE_RE.finditer(text):
            works = self._by_issue.get(m.group("issue"), set())
            if len(works) == 1:
                matches.append(_WorkMatch(m.start(), m.end(), next(iter(works)), gazette=True))
            elif not works and m.group("numero") and not _YEAR_RE.fullmatch(m.group("issue")):
                matches.append(_WorkMatch(m.start(), m.end(), None, gazette=True))
        return matches

    def _named_by_date(self, text: str, tokens: list[_Token]) -> list[_WorkMatch]:
        """A law, code, decree or dahir named by its date: «la loi du 25 août 2016», «ظهير 25 غشت 2016», «décret du
        6 juillet 2018». The work of that kind enacted, promulgated or published that day, or a text the corpus
        lacks when none was."""
        matches = []
        for i, token in enumerate(tokens):
            dahir = bool(_DAHIR_START_RE.fullmatch(token.text))
            types = {kind for kind, keys in _TYPE_WORDS.items() if token.keys & keys} & (_LAW_TYPES | {"decree"})
            if not (dahir or types):
                continue
            j = i + 1
            while j < len(tokens) and j <= i + 3 and tokens[j].text in _DATE_LEAD:
                j += 1
            date = _date_at(tokens, j)
            if date is None or _CLAUSE_BREAK_RE.search(text, token.end, tokens[j].start):
                continue
            day, end = date
            works = [
                w.id
                for w in self.catalogue.works
                if (dahir and w.dahir or w.type in types)
                and day in {w.enacted, w.published, w.dahir.date if w.dahir else None}
            ]
            if len(works) <= 1:  # several of that day («dahir du 4 décembre 2003»): nothing said
                matches.append(_WorkMatch(token.start, tokens[end - 1].end, works[0] if works else None))
        return matches

    def _dated_names(self, tokens: list[_Token]) -> list[_WorkMatch]:
        """A type word followed closely by a year: «Déclaration des Nations Unies de 1985», «اتفاقية 1949»."""
        matches = []
        for i, token in enumerate(tokens):
            if not token.keys & _ALL_TYPE_WORDS:
                continue
            # The first year after the type word is its year («la convention de 1930 ou celle de 1989»).
            window = range(i + 1, min(i + 1 + _YEAR_WINDOW, len(tokens)))
            year_at = next((j for j in window if _YEAR_RE.fullmatch(tokens[j].text)), None)
            if year_at is None:
                continue
            year = tokens[year_at].text
            named = {work_id for work_id, keys, years in self._years if token.keys & keys and year in years}
            kinds = {kind for kind, keys in _TYPE_WORDS.items() if token.keys & keys}
            if not named and any(year in self._years_of_type.get(kind, ()) for kind in kinds):
                continue
            if len(named) == 1:  # «le protocole de 2000» names two protocols: neither is meant for sure
                matches.append(_WorkMatch(token.start, tokens[year_at].end, named.pop()))
            elif not named and all(not t.keys or t.text in _YEAR_WORDS for t in tokens[i + 1 : year_at]):
                # «la convention de 1926», «اتفاقية لسنة 1926», «Déclaration de 1948»: right after its kind, a year
                # none of the corpus's texts of that kind has names one the corpus lacks.
                matches.append(_WorkMatch(token.start, tokens[year_at].end, None))
        return matches

    def _title_runs(self, tokens: list[_Token]) -> list[_WorkMatch]:
        """Runs of consecutive title words in the query with enough content words, each of one work alone
        (`_resolve` keeps the longest)."""
        words = [t for t in tokens if t.keys]  # stop words skipped on both sides, as titles are stored without
        runs: dict[tuple[int, int], set[str]] = {}
        for work_id, title in self._titles:
            for i in range(len(words)):
                # Only where the title has the query's word: a run starts with a match.
                for j in (j for j, key in enumerate(title) if words[i].keys & key):
                    n = content = 0
                    while i + n < len(words) and j + n < len(title) and words[i + n].keys & title[j + n]:
                        content += _is_content(title[j + n])
                        n += 1
                    if content >= _MIN_TITLE_RUN:
                        runs.setdefault((i, i + n), set()).add(work_id)
        # Titles that share the run («دخول وإقامة الأجانب بالمملكة المغربية» is in a law and its decree) name
        # neither: the run then describes a subject, not one text.
        return [
            _WorkMatch(words[i].start, words[end - 1].end, next(iter(ids)), from_title=True)
            for (i, end), ids in runs.items()
            if len(ids) == 1
        ]

    def _title_beginning(self, tokens: list[_Token], types: set[str]) -> str | None:
        """The one work of ``types`` whose title the tokens (from its type word on) begin, with at least
        `_MIN_TITLE_START` content words: «Convention pour la répression de la traite des êtres humains» is the
        1949 Convention cut short, where «la Convention des Nations Unies» could be several."""
        words = [t for t in tokens if t.keys]  # stop words skipped on both sides, as titles are stored without
        best: dict[str, int] = {}
        for work in self.catalogue.works:
            if work.type not in types:
                continue
            for title in (*work.titles.values(), *work.short_titles.values()):
                phrase, n, content = _phrase(title), 0, 0
                while n < min(len(words), len(phrase)) and words[n].keys & phrase[n]:
                    content += _is_content(phrase[n])
                    n += 1
                best[work.id] = max(best.get(work.id, 0), content)
        top = max(best.values(), default=0)
        winners = [work_id for work_id, content in best.items() if content == top]
        return winners[0] if top >= _MIN_TITLE_START and len(winners) == 1 else None

    def _title_vocabulary(self) -> dict[tuple[str, bool], frozenset[str] | None]:
        """The terms of every title and name of each type's works, by script (Arabic or not); None where a work
        of that type has no name in that script, so that no word of it can be said to be in none of them."""
        vocabulary: dict[tuple[str, bool], frozenset[str] | None] = {}
        for kind in _TYPE_WORDS:
            works = [w for w in self.catalogue.works if w.type == kind]
            for arabic in (True, False):
                # A name says a subject only with a content word: «Décret n° 2-17-740» says none.
                names = [
                    [
                        n
                        for n in _names(w)
                        if bool(_ARABIC_RE.search(n)) == arabic
                        and any(_is_content(key) for key in _phrase(re.sub(r"\d", " ", n)))
                    ]
                    for w in works
                ]
                if works:  # «code_section» has none: «le code» is read in the codes
                    terms = frozenset(k for ns in names for n in ns for key in _phrase(n) for k in key)
                    vocabulary[kind, arabic] = terms if all(names) else None
        return vocabulary

    def _subject_in_no_title(self, text: str, tokens: list[_Token], types: set[str]) -> int | None:
        """«le Code du travail», «la convention contre la torture», «البروتوكول المتعلق بالأسلحة النارية»: the type
        word (tokens[0]) is followed, through stop words and connectors, by a subject that names no work of that
        kind in the corpus. That is another text, one the corpus lacks.

        The subject's first two content words decide. It names no work when one of them is in no name of a work
        of that kind and the two are not a pair of any title: «la convention européenne des droits de l'homme»
        shares «droits» with the CRC, but no title says «droits de l'homme»; «le protocole sur la traite des êtres
        humains» says what the 1949 Convention's title does, and is the Palermo Protocol. A verb ends the subject
        («l'article 5 de la loi prévoit-il…», «المادة 5 من القانون تنص على…»); a word pointing back names no text.

        Returns where the subject's words end in ``text`` when it names no work, else None."""
        subject: list[frozenset[str]] = []
        previous = tokens[0]
        for token in tokens[1:]:
            if _CLAUSE_BREAK_RE.search(text, previous.end, token.start):
                break
            previous = token
            if token.text in _CONJUNCTIONS:  # «article 5 du protocole et l'incrimination»: the subject is over
                break
            if token.keys & _ANAPHORA:
                return None
            if token.text in _VERBS or _INVERSION_RE.match(text, token.end):
                break
            if token.keys and _is_content(token.keys) and not token.keys & _CONNECTORS and not token.text[0].isdigit():
                subject.append(_with_clitic_dropped(token.text, token.keys))
                end = token.end
                if len(subject) == 2:
                    break
        outside = self._names_no_work(subject, types, arabic=bool(_ARABIC_RE.search(tokens[0].text)))
        return end if outside else None

    def _implementing(self, text: str, match: _WorkMatch) -> _WorkMatch:
        """«décret d'application de la loi 02-03», «المرسوم التطبيقي للقانون 02.03»: the decree that implements the law
        named (the only one the catalogue has), not the law."""
        if match.work_id is None or not (
            before := _IMPLEMENTING_RE.search(text, max(0, match.start - 40), match.start)
        ):
            return match
        decrees = [
            w.id
            for w in self.catalogue.works
            if w.type == "decree" and any(r.type == "implements" and r.target == match.work_id for r in w.relations)
        ]
        return _WorkMatch(before.start(), match.end, decrees[0]) if len(decrees) == 1 else match

    def _is_law(self, match: _WorkMatch) -> bool:
        return match.work_id is not None and self.catalogue.work(match.work_id).type in _LAW_TYPES

    def _outside_abbreviation(self, text: str, at: int, works: list[_WorkMatch]) -> tuple[int, int] | None:
        """The span of an abbreviation at ``at`` that names none of the corpus's texts: dotted letters («ق.ل.ع»,
        «C.T.») that are no usual name of a work once the dots are gone («C.D.E.» is the CRC's «CDE») and hold
        or come right before no name of one («م.ق.ج» holds «ق.ج», «O.I.T. n° 182» is C182)."""
        abbreviation = _DOTTED_ABBREVIATION_RE.match(text, at)
        if abbreviation is None:
            return None
        start, end = abbreviation.span()
        named = [(w.start, w.end) for w in works if w.work_id]
        if _overlaps(start, end, named) or any(end <= s <= end + _NAME_AFTER for s, _ in named):
            return None
        if _letters(abbreviation.group()) in _not_texts():
            return None
        phrase = _phrase(abbreviation.group().replace(".", ""))
        return None if phrase and phrase in self._name_phrases else (start, end)

    def _abbreviation_before(self, text: str, start: int, works: list[_WorkMatch]) -> tuple[int, int] | None:
        """The span of an abbreviation of a text the corpus lacks written right before the article (a comma or a
        colon between them): see `_outside_abbreviation`."""
        before = _ABBREVIATION_BEFORE_RE.search(text, 0, start)
        if before is None or any(
            w.work_id and before.start() - _NAME_AFTER <= w.end <= before.start() for w in works
        ):  # «Loi 27-14 J.O. art. 5»: the work is named just before
            return None
        return self._outside_abbreviation(text, before.start(), works)

    def _subject_works(self, text: str, tokens: list[_Token], types: set[str]) -> tuple[str, ...]:
        """The works of ``types`` whose names (titles, short titles, usual names and subjects) hold the most of the
        content words after the type word (tokens[0]) in its clause, up to a verb or «et»; none if no name holds
        any. «اتفاقية الطفل» is the CRC's name cut short; «المرسوم المتعلق بالهجرة» is decree 2-09-607's subject."""
        return self._works_holding(_subject_words(text, tokens), types)

    def _works_holding(
        self, subject: list[frozenset[str]], types: set[str], enough: int | None = None
    ) -> tuple[str, ...]:
        """The works of ``types`` whose names hold the most of the subject's words (see `_subject_works`), half of
        them at least and the last: a name that shares some words may be another text's («… des personnes
        handicapées», «اللجنة الوطنية لمكافحة الفساد»). A law needs two (``enough``): the corpus holds a few of the
        country's laws, and one word («la loi sur le travail») may be the subject of one it lacks (the Labour Code)."""
        if not subject:
            return ()
        held: dict[str, tuple[int, bool]] = {}
        for work in self.catalogue.works:
            if work.type in types:
                terms = self._name_terms[work.id]
                held[work.id] = (sum(1 for keys in subject if keys & terms), bool(subject[-1] & terms))
        top = max((n for n, last in held.values() if last), default=0)
        enough = enough or (2 if types & _LAW_TYPES else 1)
        if top < enough or 2 * top < len(subject):
            return ()
        return tuple(work_id for work_id, (n, last) in held.items() if n == top and last)

    def _works_named_before(self, text: str, tokens: list[_Token], start: int) -> tuple[str, ...]:
        """The works of a kind named just before the article, in the same clause, whose names hold the words said
        with its type word: after it («Convention sur les pires formes de travail des enfants article 3»), or before
        it in English («UN Trafficking Protocol article 3»); none when nothing names one (see `_works_holding`)."""
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        last = tokens[first - 1].start if first else start  # a break right before the article is allowed
        for j in range(first - 1, max(-1, first - 10), -1):
            if _SENTENCE_END_RE.search(text, tokens[j].end, start) or _CLAUSE_BREAK_RE.search(
                text, tokens[j].end, last
            ):
                return ()
            if tokens[j].keys & _ALL_TYPE_WORDS:
                types = {kind for kind, keys in _TYPE_WORDS.items() if tokens[j].keys & keys}
                if j < first - 1:
                    return self._subject_works(text, tokens[j:first], types)
                before = [
                    t for t in tokens[max(0, j - 3) : j] if not _CLAUSE_BREAK_RE.search(text, t.end, tokens[j].start)
                ]
                words = _content_keys(before)
                return self._works_holding(words, types)
        return ()

    def _outside_kind_before(self, text: str, tokens: list[_Token], start: int) -> tuple[int, int] | None:
        """«الدستور الفصل 22», «la Constitution marocaine, art. 22»: a kind of text the corpus has none of, right before
        the article (or a qualifier between, «المغربي»), with no word such as «مع», «de» that makes the article
        another's («هل يتعارض الدستور مع الفصل 448-2», «conformité à la constitution de l'article 448-1»: a review)."""
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        for j in (first - 1, first - 2):
            if j < 0 or _SENTENCE_END_RE.search(text, tokens[j].end, start):
                return None
            if tokens[j].text.rsplit("'", 1)[-1] in _OUTSIDE_KINDS_BEFORE:
                between = tokens[j + 1 : first]
                if all(t.keys & _QUALIFIERS for t in between):
                    return tokens[j].start, tokens[first - 1].end
                return None
        return None

    def _name_before(self, text: str, tokens: list[_Token], start: int, named: list[str]) -> tuple[int, int] | None:
        """«Code du travail article 143», «CEDAW, article 6», «la convention contre la torture article 1»: a text the
        corpus lacks, named just before the article in the same clause (a comma or colon may end the name). The
        same readings as after the article (`_outside_names`, `_subject_in_no_title`); returns the name's span."""
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        last = tokens[first - 1].start if first else start  # a break right before the article is allowed
        # A whole name ending right before the article, first: «smuggling of migrants protocol article 6» ends with
        # its kind, which the walk back below takes for a type word.
        for j in range(first - 1, max(-1, first - 10), -1):
            if _SENTENCE_END_RE.search(text, tokens[j].end, start) or _CLAUSE_BREAK_RE.search(
                text, tokens[j].end, last
            ):
                break
            if _outside_name_at(tokens, j) == first:
                return tokens[j].start, tokens[first - 1].end
        for j in range(first - 1, max(-1, first - _NAME_BEFORE_WINDOW), -1):
            if _SENTENCE_END_RE.search(text, tokens[j].end, start) or _CLAUSE_BREAK_RE.search(
                text, tokens[j].end, last
            ):
                return None
            if tokens[j].text in _CONJUNCTIONS or tokens[j].text in _VERBS:
                return None
            if (end := _outside_name_at(tokens, j)) and end <= first:
                return tokens[j].start, tokens[end - 1].end
            # «Labour Code art. 143», «Dahir des obligations…»: an English name ending with its kind, a dahir named
            # by its subject.
            if j and (end := _outside_name_at(tokens, j - 1)) and end <= first:
                return tokens[j - 1].start, tokens[end - 1].end
            if tokens[j].text in ("dahir", "ظهير", "الظهير") and not named and j < first - 1:
                return tokens[j].start, tokens[first - 1].end
            if tokens[j].keys & _ALL_TYPE_WORDS:
                types, named_of_type, _ = self._of_kind(tokens[j], named)
                if named_of_type or self._title_beginning(tokens[j:first], types):
                    return None
                subject_end = self._subject_in_no_title(text, tokens[j:first], types)
                return (tokens[j].start, subject_end) if subject_end else None
        return None

    def _type_word_last(self, text: str, tokens: list[_Token], at: int) -> int | None:
        """The type word that ends an English name starting at token ``at`` («the Istanbul Convention», «ILO
        Convention 189» not: the number is read as the text's), within three words and the same clause."""
        if tokens[at].keys & _ALL_TYPE_WORDS or _ARABIC_RE.search(tokens[at].text):
            return None
        for j in range(at + 1, min(at + 4, len(tokens))):
            if _CLAUSE_BREAK_RE.search(text, tokens[j - 1].end, tokens[j].start) or tokens[j].text[0].isdigit():
                return None
            if tokens[j].keys & _ALL_TYPE_WORDS or tokens[j].text == _ACT:
                return j
        return None

    def _names_no_work(self, subject: list[frozenset[str]], types: set[str], *, arabic: bool) -> bool:
        """Whether a subject's first two words (their terms) name no work of ``types``: see `_subject_in_no_title`."""
        if not subject:
            return False
        vocabularies = [self._vocabulary[kind, arabic] for kind in types if (kind, arabic) in self._vocabulary]
        if not vocabularies or any(v is None for v in vocabularies):
            return False
        known = frozenset().union(*(v for v in vocabularies if v is not None))
        if all(keys & known for keys in subject):
            return False
        return len(subject) == 1 or not any(
            subject[0] & first and subject[1] & second for first, second in self._title_pairs
        )

    def _type_word_before(self, tokens: list[_Token], i: int, work_id: str) -> int:
        """Start of «بروتوكول باليرمو» / «protocole de Palerme» / «la convention CDE» for the alias at token i."""
        type_keys = _TYPE_WORDS.get(self.catalogue.work(work_id).type, frozenset())
        for j in (i - 1, i - 2):
            if j < 0 or (j == i - 2 and tokens[i - 1].keys):
                break
            if tokens[j].keys & type_keys:
                return tokens[j].start
        return tokens[i].start

    def _subjects_after(self, tokens: list[_Token], i: int) -> list[_WorkMatch]:
        """The type word at token i followed (through a few connectors) by a work's subject."""
        matches = []
        j = i + 1
        while j < len(tokens) and j <= i + 8:  # connectors only: «relative à la lutte contre les»
            for subject in self._subjects:
                if not tokens[i].keys & subject.type_keys:
                    continue
                for phrase in subject.phrases:
                    if (end := _match_phrase(tokens, j, phrase)) is not None:
                        matches.append(_WorkMatch(tokens[i].start, tokens[end - 1].end, subject.work_id))
            # A qualifier («الأممية», «onusienne») only before a word: not «les conventions internationales et les
            # droits de l'enfant», two things named.
            qualifier = tokens[j].keys <= _QUALIFIERS and j + 1 < len(tokens) and bool(tokens[j + 1].keys)
            skipped = tokens[j].keys & _CONNECTORS or qualifier or tokens[j].text in _MARKERS
            if tokens[j].keys and not skipped:
                break
            j += 1
        return matches

    def _protocol_of(self, text: str, match: _WorkMatch, tokens: list[_Token]) -> _WorkMatch:
        """A convention written after «protocole … à la» names its protocol: the catalogue's when it has that one
        (its only protocol to the convention, and the words that follow, if any, are its subject's), else a text
        the corpus lacks («le protocole … relatif au trafic illicite de migrants»)."""
        work = self.catalogue.get(match.work_id) if match.work_id else None
        if work is None or work.type != "convention":
            return match
        before = _PROTOCOL_OF_RE.search(text, 0, match.start + text.startswith(("ل", "ب"), match.start))
        if before is None:
            return match
        protocols = [
            w
            for w in self.catalogue.works
            if w.type == "protocol" and any(r.type == "supplements" and r.target == work.id for r in w.relations)
        ]
        if len(protocols) == 1 and self._subject_fits(text, match.end, protocols[0], tokens):
            return _WorkMatch(before.start(), match.end, protocols[0].id)
        return _WorkMatch(before.start(), match.end, None)

    def _subject_fits(self, text: str, end: int, protocol: Work, tokens: list[_Token]) -> bool:
        """No subject written after the convention's name, or one that shares a content word with the protocol's
        titles and says none of its siblings' subjects («… concernant l'implication d'enfants dans les conflits
        armés» is the CRC's other protocol, though «enfants» is in both)."""
        subject = _PROTOCOL_SUBJECT_RE.match(text, end)
        if subject is None:
            return True
        words = [t.keys for t in tokens if t.start >= subject.end() and t.keys and _is_content(t.keys)]
        if any(keys & _sibling_subjects(protocol.id) for keys in words[:_SIBLING_WINDOW]):
            return False
        return any(keys & self._title_terms[protocol.id] for keys in words[:3])

    def _unmatched_protocol(
        self, text: str, match: _WorkMatch, works: list[_WorkMatch], tokens: list[_Token]
    ) -> _WorkMatch:
        """«Protocole facultatif à la Convention contre la torture»: a protocol's usual name followed by a convention
        other than the one it supplements names a protocol the corpus lacks; so does a name that says no subject
        («protocole facultatif») followed by one that is not the protocol's («… concernant l'implication
        d'enfants dans les conflits armés»: the head word, «implication», is in none of its titles)."""
        work = self.catalogue.get(match.work_id) if match.work_id else None
        if work is None or work.type != "protocol":
            return match
        if not (to := _TO_CONVENTION_RE.match(text, match.end)):
            return self._other_subject(text, match, work, tokens)
        supplemented = {r.target for r in work.relations if r.type == "supplements"}
        convention = next(
            (w for w in works if w.start <= to.end() and w.end > to.start() and w.work_id in supplemented | {work.id}),
            None,
        )
        if convention is None:
            return _WorkMatch(match.start, match.end, None)
        # «Protocole facultatif à la CDE concernant l'implication d'enfants dans les conflits armés»: the convention's
        # other protocol, by its subject.
        if not self._subject_fits(text, convention.end, work, tokens):
            return _WorkMatch(match.start, convention.end, None)
        return match

    def _other_subject(self, text: str, match: _WorkMatch, work: Work, tokens: list[_Token]) -> _WorkMatch:
        named = tuple(t.keys for t in tokens if match.start <= t.start < match.end and t.keys)
        subject = _PROTOCOL_SUBJECT_RE.match(text, match.end)
        at = None
        if subject is not None:
            at = next(
                (i for i, t in enumerate(tokens) if t.start >= subject.end() and t.keys and _is_content(t.keys)), None
            )
        head = tokens[at].keys if at is not None else None
        following = [t for t in tokens[at:] if t.keys][:_SIBLING_WINDOW] if at is not None else []
        if subject is None and (sibling_end := self._sibling_right_after(text, tokens, match.end, work)):
            # «protocole de Palerme trafic illicite de migrants», «بروتوكول باليرمو تهريب المهاجرين»: no connector, the
            # sibling's subject right after the name (a trial got the Trafficking Protocol's articles, nothing said).
            return _WorkMatch(match.start, sibling_end, None, name_end=match.end)
        if any(t.keys & _sibling_subjects(work.id) for t in following):
            # «le protocole de Palerme relatif au trafic illicite de migrants»: the name and its subject (searched).
            end = tokens[_qualified_end(text, tokens, at, at + 1) - 1].end
            return _WorkMatch(match.start, end, None, name_end=match.end)
        if subject is None or named not in _subjectless_names():  # «protocole de Palerme» says which protocol
            return match
        return match if head is None or head & self._title_terms[work.id] else _WorkMatch(match.start, match.end, None)

    @staticmethod
    def _sibling_right_after(text: str, tokens: list[_Token], end: int, work: Work) -> int | None:
        """The end of a sibling protocol's subject written right after ``work``'s name, spaces only between: two of
        the next three content words are the sibling's («trafic illicite de migrants», «تهريب المهاجرين»), or the
        first one says it alone («armes», «الأسلحة»). Not «trafic d'êtres humains» nor «تهريب البشر», loose words for
        trafficking; not after «و», «et», punctuation («الفرق بين بروتوكول باليرمو وتهريب المهاجرين»: two things)."""
        after = [t for t in tokens if t.start >= end]
        words = [t for t in after if t.keys and _is_content(t.keys)][:3]
        if not words or words[0].text[0] == "و":
            return None
        # Small words may come between («الخاص بتهريب المهاجرين», «حول», «pour le trafic…»), not a conjunction nor a
        # break: «… باليرمو وتهريب المهاجرين», «… de Palerme et le trafic…», «… de Palerme. Trafic…» name two things.
        between = [t for t in after if t.start < words[0].start]
        if any(t.text in _CONJUNCTIONS for t in between) or _CLAUSE_BREAK_RE.search(text, end, words[0].start):
            return None
        hits = [t for t in words if t.keys & _sibling_subjects(work.id)]
        if not hits or not (len(hits) >= 2 or words[0].keys & _sibling_heads(work.id)):
            return None
        return hits[-1].end

    def _names_a_work_in_english(self, tokens: list[_Token], at: int, last: int, named: list[str]) -> bool:
        """Whether the words from token ``at`` to the type word at ``last`` name a work of its kind («Trafficking
        Protocol»), a work the query names, or a year a work of that kind has («the 1949 Convention»)."""
        types, named_of_type, _ = self._of_kind(tokens[last], named)
        words = tokens[at:last]
        subject = _content_keys(words)
        years = {t.text for t in words if _YEAR_RE.fullmatch(t.text)}
        dated = any(tokens[last].keys & keys and years & y for _, keys, y in self._years)
        return bool(named_of_type or dated or (subject and self._works_holding(subject, types)))

    def _of_kind(self, type_word: _Token, named: list[str]) -> tuple[set[str], list[str], list[str]]:
        """The kinds a type word says, the works of those kinds the query names, and every work of those kinds
        but laws and codes: «القانون» and «loi» say little, only a named one narrows the search."""
        types = {kind for kind, keys in _TYPE_WORDS.items() if type_word.keys & keys}
        named_of_type = [w for w in named if self.catalogue.work(w).type in types]
        return types, named_of_type, [w.id for w in self.catalogue.works if w.type in types - _LAW_TYPES]
