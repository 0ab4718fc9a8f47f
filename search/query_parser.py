"""`QueryParser`: reads one query (`parse`): the works it names (`WorkFinder`), its cited articles and the works
they belong to, and what is left once the citation parts are taken out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from ingest.article_numbers import normalize_number, number_key
from ingest.text import analyze, detect_languages
from search.query_folding import _fold, _Folded, _Token, _tokens
from search.query_matches import ArticleRef, ParsedQuery, _Citation, _overlaps, _resolve, _WorkMatch
from search.query_names import (
    _foreign,
    _outside_name_at,
    _qualified_end,
    _subject_words,
    _without_proclitics,
)
from search.query_numbers import (
    _bare_articles,
    _cited_paragraph,
    _cited_paragraph_before,
    _expand_range,
    _followed_by_unit,
    _next_articles,
    _number_after_code,
    _number_before_code,
    _paragraph_end,
    _read_numbers,
    _spaced_bare_article,
)
from search.query_patterns import (
    _ARTICLE_WORD_RE,
    _BARE_NUMBER_RE,
    _BEFORE_NUMBER_RE,
    _CHAIN_RE,
    _CLAUSE_BREAK_RE,
    _CONNECTOR_BEFORE_RE,
    _DAHIR_BETWEEN_RE,
    _DAHIR_START_RE,
    _FOLLOW_RE,
    _GAP_RE,
    _NUMBER_ALONE_RE,
    _NUMBER_WINDOW,
    _NUMERO_START_RE,
    _OF_ARTICLE_RE,
    _OF_RE,
    _PARAGRAPH_WORD_RE,
    _SENTENCE_END_RE,
    _SHARIF_RE,
    _SPACED_BARE_RE,
    _SPACES_RE,
    _YEAR_RE,
)
from search.query_vocabulary import _ACT, _ALL_TYPE_WORDS, _ANAPHORA, _OUTSIDE_KINDS
from search.query_works import WorkFinder, _content_keys

# «448-1 à 448-14», «82-5 إلى 82-10», «448-1 - 448-14» on the folded text: two numbers written alone, a range between.
_BARE_RANGE_BETWEEN_RE = re.compile(r"[ \t]*(?:a|au|jusqu'?(?:a|au)|to|الي|حتي|[-–—])[ \t]*")


def _day_and_month(number: str) -> bool:
    """«25-3»: a day and a month as much as an article; a range of them («du 25-3 au 25-9») is a period of dates."""
    parts = [int(p) for p in number.split("-")]
    return len(parts) == 2 and parts[0] <= 31 and parts[1] <= 12


def _bare_ranges(text: str, bare: list[_Citation]) -> list[_Citation]:
    """Numbers written alone, two of them joined into the range they bound where a range word or a dash is all that
    separates them and only their last parts differ («448-1 à 448-14»: the fourteen articles; a trainer got the
    first and the last)."""
    joined: list[_Citation] = []
    for citation in bare:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and len(previous.numbers) == 1
            and len(citation.numbers) == 1
            and _BARE_RANGE_BETWEEN_RE.fullmatch(text, previous.end, citation.start)
            and not (_day_and_month(previous.numbers[0]) and _day_and_month(citation.numbers[0]))
            and len(members := _expand_range(previous.numbers[0], citation.numbers[0])) > 2
        ):
            joined[-1] = _Citation(previous.start, citation.end, members, range_inner=set(members[:-1]))
        else:
            joined.append(citation)
    return joined


# --- The parser ------------------------------------------------------------------------------


class QueryParser(WorkFinder):
    """Work aliases built once from a catalogue; `parse` reads one query."""

    # -- articles

    def _citations(self, text: str, rtl: bool, works: list[_WorkMatch]) -> list[_Citation]:
        citations = []
        for m in _ARTICLE_WORD_RE.finditer(text):
            if _overlaps(m.start(), m.end(), [(w.start, w.end) for w in works]):
                continue
            pos = _BEFORE_NUMBER_RE.match(text, m.end()).end()
            numbers, end, inner = _read_numbers(text, pos, rtl, digits_only=bool(m.group("abbr")))
            # Darija's «ف» is also «في»: «بنت خدامة ف 15 عام» says an age, not the Penal Code's article 15.
            if numbers and m.group("abbr") and _followed_by_unit(text, end):
                continue
            # «م» is Darija's «من» too («كتخدم م 7 حتى 11»): without its dot, an article only beside a text's name
            # («ق 27.14 م 4», «م 52 ق 02-03»); never a work's own number («م 2.17.740»: the decree, مرسوم).
            if numbers and m.group("abbr") == "م" and not _beside_work(text, m.start(), end, works):
                continue
            if numbers and _overlaps(pos, end, [(w.start, w.end) for w in works]):
                continue
            if numbers:
                cited_paragraph, before = None, None
                theirs = _next_articles(text, end, rtl)  # «art. 448-1, alinéa 2 de l'article 448-2»
                if len(numbers) == 1:
                    cited_paragraph = None if theirs else _cited_paragraph(text, end, rtl)
                    if not cited_paragraph and (before := _cited_paragraph_before(text, m.start(), rtl)):
                        cited_paragraph = before[0]
                end = end if theirs else _paragraph_end(text, end, rtl)
                conjoined = bool(m.group("ar")) and text[m.start()] == "و"
                word = m.group("ar") or m.group("abbr") or ""
                fasl = "فصل" in word or "فصول" in word or word.startswith("ف") and bool(m.group("abbr"))
                kind: Literal["fasl", "madda", ""] = "fasl" if fasl else "madda" if word else ""
                citation = _Citation(
                    m.start(), end, numbers, conjoined, kind, range_inner=inner, cited_paragraph=cited_paragraph
                )
                if before:  # «الفقرة 2 من المادة 6»: part of the citation, not words to search
                    citation.removed.append((before[1], m.start()))
                citations.append(citation)
        citations += self._paragraphs(text, rtl, works, citations)
        taken = [(w.start, w.end) for w in works] + [(c.start, c.end) for c in citations]
        bare: list[_Citation] = []
        for m in _BARE_NUMBER_RE.finditer(text):
            if not _overlaps(m.start(), m.end(), taken) and (numbers := _bare_articles(text, m)):
                listed = _Citation(m.start(), _paragraph_end(text, m.end(), rtl), numbers)  # «448-3 3°»
                if len(numbers) == 1 or not self._law_number(listed):  # «27-14/103-13»: two laws
                    bare.append(listed)
        citations += _bare_ranges(text, bare)
        for m in _SPACED_BARE_RE.finditer(text):
            if not _overlaps(m.start(), m.end(), taken) and (number := _spaced_bare_article(text, m)):
                spaced = _Citation(m.start(), m.end(), [number])
                if not self._law_number(spaced):  # «103 - 13»: Law 103-13
                    citations.append(spaced)
        taken = [(w.start, w.end) for w in works] + [(c.start, c.end) for c in citations]
        codes = [w for w in works if w.work_id and self.catalogue.work(w.work_id).type == "code"]
        # A number between two codes is read the way the question writes the others: after each code's name when it
        # starts with one («CP 448.2 CPP 82.7»), else before it («448.2 CP, 82.7 CPP»); a number another code's name
        # has taken is not read again.
        before = [_number_before_code(text, w.start) for w in codes]
        after = [_number_after_code(text, w.end) for w in codes]
        found = after + before if codes and not text[: codes[0].start].strip() else before + after
        for citation in found:
            if citation and not _overlaps(citation.start, citation.end, taken) and not self._law_number(citation):
                citations.append(citation)
                taken.append((citation.start, citation.end))
        return sorted(citations, key=lambda c: c.start)

    def _law_number(self, citation: _Citation) -> bool:
        """A number of the citation is a law's, decree's or code's of the corpus typed with a space («code pénal 103
        13» is Law 103-13); not a one-part number (ILO C182's «182 CP» is the code's article 182), nor a user's."""
        return any(
            len(key := number_key(n)) > 1
            and any(w.type in ("law", "decree", "code") and not w.added_by_user for w in self._by_number.get(key, []))
            for n in citation.numbers
        )

    def _paragraphs(self, text: str, rtl: bool, works: list[_WorkMatch], articles: list[_Citation]) -> list[_Citation]:
        """Numbered paragraphs cited as articles: not those of an article written next to them."""
        found = []
        for m in _PARAGRAPH_WORD_RE.finditer(text):
            if _overlaps(m.start(), m.end(), [(w.start, w.end) for w in works] + [(c.start, c.end) for c in articles]):
                continue
            if any(_SPACES_RE.fullmatch(text, c.end, m.start()) for c in articles if c.end <= m.start()):
                continue
            pos = _BEFORE_NUMBER_RE.match(text, m.end()).end()
            numbers, end, _ = _read_numbers(text, pos, rtl, digits_only=False)
            if numbers and not _OF_ARTICLE_RE.match(text, end):
                found.append(_Citation(m.start(), end, numbers, paragraph=True))
        return found

    def _article_refs(
        self,
        folded: _Folded,
        tokens: list[_Token],
        c: _Citation,
        named: list[str],
        works: list[_WorkMatch],
        typed: str,
        citations: Sequence[_Citation] = (),
    ) -> list[ArticleRef]:
        """The citation's articles, with the works to read them in when it is not tied to one. ``typed`` is the
        query as typed, where the name of a text the corpus lacks is read for the notice."""
        text = folded.text

        def name(start: int, end: int) -> str:
            span = folded.original(start, end)
            return typed[span.start : span.stop].strip()

        if c.work is not None:
            work_id = c.work.work_id
            if c.paragraph and (work_id is None or self.catalogue.work(work_id).type != "declaration"):
                return []
            outside = name(c.work.start, c.work.end) if work_id is None else ""
            return [
                ArticleRef(
                    work_id,
                    n,
                    unknown_work=work_id is None,
                    named_as=outside,
                    word=c.word if c.chained else "",  # which texts it may be looked up in (`search.pipeline`)
                    others_works=c.chained,
                )
                for n in c.numbers
            ]
        follow = _FOLLOW_RE.match(text, c.end).end()
        at = next((i for i, t in enumerate(tokens) if t.start == follow), None)
        # «الفصل 5 والمادة 3 من بروتوكول باليرمو»: the Protocol's articles are «مواد», the «فصل» is another text's.
        in_works = tuple(w for w in named if not c.word or self.catalogue.work(w).convention_for("ar") == c.word)
        unsure = False
        # «Protocole facultatif à la Convention contre la torture, article 4»: the text named last before the
        # article, in the same sentence, is one the catalogue lacks.
        before = [
            w
            for w in works
            if w.end <= c.start and not w.from_title and not _SENTENCE_END_RE.search(text, w.end, c.start)
        ]
        unknown = bool(before) and before[-1].work_id is None
        named_as = name(before[-1].start, before[-1].end) if unknown else ""
        if named and not unknown and before and _DAHIR_BETWEEN_RE.fullmatch(text, before[-1].end, c.start):
            # «Code pénal, dahir, article 9»: the French label of the code's dahir's article.
            c.removed.append((before[-1].end, c.start))
            return [ArticleRef(before[-1].work_id, f"dahir-{n}") for n in c.numbers]
        if not unknown and not c.paragraph and (abbreviation := self._abbreviation_before(text, c.start, works)):
            # «ق.ل.ع الفصل 77», «C.T. art. 9»: as after the article.
            return [ArticleRef(None, n, (), True, name(*abbreviation)) for n in c.numbers]
        # Not beside a work named, nor with «و» («الدستور والمادة 3 من البروتوكول») or a connector after the article
        # («Constitution article 3 de la convention»): the article is another text's.
        if (
            not unknown
            and not named
            and not c.conjoined
            and not text[c.end : follow].strip(" ,(")
            and (span := self._outside_kind_before(text, tokens, c.start))
        ):
            return [ArticleRef(None, n, (), True, name(*span)) for n in c.numbers]
        if not unknown and (span := self._name_before(text, tokens, c.start, named)):
            # «Code du travail article 143», «CEDAW article 6»: not the code's or any work's article 143.
            return [] if c.paragraph else [ArticleRef(None, n, (), True, name(*span)) for n in c.numbers]
        if at is not None and (end := _outside_name_at(tokens, at)):
            # «… de la CEDAW», «… من العهد الدولي»: the name and the words that qualify it («الدولي»).
            end = _qualified_end(text, tokens, at, end)
            return [ArticleRef(None, n, (), True, name(tokens[at].start, tokens[end - 1].end)) for n in c.numbers]
        connector = text[c.end : follow].strip(" ,(")
        # «de l'accord»: the connector ends inside the token «l'accord».
        inside = next((i for i, t in enumerate(tokens) if t.start <= follow < t.end), None)
        word = tokens[inside].text.rsplit("'", 1)[-1] if inside is not None else ""
        typed_word = name(follow, tokens[inside].end) if inside is not None else ""
        if not c.paragraph and (abbreviation := self._outside_abbreviation(text, follow, works)):
            # «الفصل 77 من ق.ل.ع», «art. 9 C.T.»: a text's abbreviation, none of the corpus's.
            return [ArticleRef(None, n, (), True, name(*abbreviation)) for n in c.numbers]
        of = _OF_RE.fullmatch(connector) is not None  # «de», «من», «of»: not «في», «in» («… في قرار محكمة النقض»)
        if of and (word in _OUTSIDE_KINDS or typed_word.lower() == "traité"):
            # «… من الدستور», «… du Statut de Rome»: a kind of text the corpus has none of (or the circulars it has).
            kind = _OUTSIDE_KINDS.get(word)
            of_kind = tuple(named) if kind == "dahir" else tuple(w.id for w in self.catalogue.works if w.type == kind)
            # «الفصل 9 من ظهير مجموعة القانون الجنائي» (the page's own label), the work's name right after the dahir
            # word: the dahir's article, not the code's 9 (an audit got the code's, shown as the citation's match).
            # Not «art. 1 du Dahir formant Code pénal», «… du dahir portant promulgation de la loi …»: the work's.
            if kind == "dahir" and (tight := self._work_right_after(text, tokens[inside].end, works, of_kind)):
                c.removed.append((c.end, tight.start))  # «من ظهير (الشريف)»: no word to search for
                return [ArticleRef(tight.work_id, f"dahir-{n}") for n in c.numbers]
            if kind and of_kind:
                return [ArticleRef(None, n, of_kind) for n in c.numbers]
            end = _qualified_end(text, tokens, inside, inside + 1)
            if kind == "dahir" and all(t.text in ("شريف", "الشريف") for t in tokens[inside + 1 : end]):
                return []  # «الفصل 3 من الظهير»: which dahir is not said (the Penal Code's has articles too)
            return [ArticleRef(None, n, (), True, name(follow, tokens[end - 1].end)) for n in c.numbers]
        # «article 5 of the Istanbul Convention»: English says the kind last, after «of»; right after the number
        # («art. 5 Trafficking Protocol», a trial), only a name typed as one («does article 5 say the convention apply»,
        # «article 4 human rights convention», «art. 448-1 traite protocole» name none: a review) and a work's.
        if (
            at is not None
            and (last := self._type_word_last(text, tokens, at)) is not None
            and (
                connector
                or (
                    tokens[last].text in ("protocol", "convention", "covenant")
                    and all(w[:1].isupper() for w in name(tokens[at].start, tokens[last].end).split() if len(w) > 3)
                    and self._names_a_work_in_english(tokens, at, last, named)
                )
            )
        ):
            types, named_of_type, of_type = self._of_kind(tokens[last], named)
            words = tokens[at:last]
            subject = _content_keys(words)
            if tokens[last].text == _ACT:  # «the Anti-Trafficking Act»: a law in English, one of the corpus's or not
                if any(t.keys & _ANAPHORA for t in words):  # «Law 19-12, article 3 of the said Act»
                    return [ArticleRef(None, n, tuple(named)) for n in c.numbers]
                if held := self._works_holding(subject, {"law"}, enough=1):
                    return [ArticleRef(None, n, held) for n in c.numbers]
                return [ArticleRef(None, n, (), True, name(tokens[at].start, tokens[last].end)) for n in c.numbers]
            in_works = tuple(named_of_type or of_type)
            pointer = any(t.keys & _ANAPHORA for t in words)  # «the said convention», «la présente convention»
            # The Latin-script names are mostly French: an English word counts as unknown only if no name has it.
            if (
                not unknown
                and not pointer
                and not named_of_type
                and self._names_no_work(subject[:2], types, arabic=False)
                and not any(keys & self._latin_terms for keys in subject[:2])
            ):
                unknown, named_as = True, name(tokens[at].start, tokens[last].end)
            # «the 1949 Convention»: the year before the kind; «the UN Trafficking Protocol»: the words of one name.
            years = {t.text for t in words if _YEAR_RE.fullmatch(t.text)}
            if years and not named_of_type and not unknown:
                dated = tuple(w for w, keys, y in self._years if tokens[last].keys & keys and years & y)
                # «the 2000 Protocol on trafficking»: two protocols of that year, one on trafficking.
                if len(dated) > 1 and (subject_after := _subject_words(text, tokens[last:])):
                    on = self._works_holding(subject_after, types)
                    dated, unsure = tuple(w for w in dated if w in on) or dated, not on
                in_works, unknown = dated, not dated
                named_as = "" if dated else name(tokens[at].start, tokens[last].end)
            elif not unknown and not pointer and not named_of_type and (held := self._works_holding(subject, types)):
                in_works = held
            # «ILO Convention 189»: the number names the text, one the catalogue has or lacks.
            if numbered := next((w for w in works if w.start == tokens[last].start), None):
                in_works, unknown = ((numbered.work_id,), False) if numbered.work_id else ((), True)
                named_as = "" if numbered.work_id else name(tokens[at].start, numbered.end)
        elif at is not None and tokens[at].keys & _ALL_TYPE_WORDS:
            # «… من المرسوم»: the decrees the query names («المرسوم المتعلق باللجنة الوطنية لتنسيق إجراءات مكافحة
            # الاتجار بالبشر» names one by its title), else any of its decrees.
            types, named_of_type, of_type = self._of_kind(tokens[at], named)
            # «Protocole de Palerme, article 3 de la Convention»: the convention a protocol named supplements.
            named_of_type = named_of_type or [
                r.target
                for w in named
                for r in self.catalogue.work(w).relations
                if r.type == "supplements" and self.catalogue.work(r.target).type in types
            ]
            in_works = tuple(named_of_type or of_type)
            # «… من اتفاقية العمل الدولية رقم 189», «… de la convention OIT 189»: a number the catalogue lacks.
            if not named_of_type and (unnumbered := self._unknown_number_after(text, tokens, at, works)):
                unknown, named_as = True, named_as or name(tokens[at].start, unnumbered.end)
            # «… من اتفاقية زجر الاتجار في الرقيق»: the beginning of one title names that work.
            elif not named_of_type and (by_title := self._title_beginning(tokens[at:], types)):
                in_works, unknown = (by_title,), False
            elif not named_of_type and (end := self._subject_in_no_title(text, tokens[at:], types)):
                # «… du Code du travail», «… من مدونة الأسرة», «… contre la torture»
                unknown, named_as = True, named_as or name(tokens[at].start, end)
            elif not named_of_type and (by_subject := self._subject_works(text, tokens[at:], types)):
                # «… من اتفاقية الطفل», «… من قانون مكافحة الاتجار بالأشخاص»: the works whose names say most of it.
                in_works = by_subject
            elif not named_of_type and len(in_works) > 1:
                unsure = bool(_subject_words(text, tokens[at:]))
        if c.paragraph:  # «paragraphe 6» is an article of a declaration only
            in_works = tuple(w for w in in_works if self.catalogue.work(w).type == "declaration")
            if not in_works or unknown:
                return []
        if not in_works and not unknown:  # «Convention sur les pires formes de travail des enfants article 3»
            in_works = self._works_named_before(text, tokens, c.start)
        others = bool(in_works) and set(in_works) <= {
            o.work.work_id for o in citations if o is not c and o.work is not None and o.work.start >= o.end
        }
        return [
            ArticleRef(
                None,
                n,
                in_works,
                unknown,
                named_as if unknown else "",
                unsure and not unknown,
                word=c.word,
                others_works=others,
            )
            for n in c.numbers
        ]

    @staticmethod
    def _work_right_after(text: str, end: int, works: list[_WorkMatch], ids: Sequence[str]) -> _WorkMatch | None:
        """The work of ``ids`` whose name starts right after ``end`` (a dahir word), «الشريف» aside."""
        return next((w for w in works if w.work_id in ids and _SHARIF_RE.fullmatch(text, end, w.start)), None)

    @staticmethod
    def _outside_start(text: str, tokens: list[_Token], match: _WorkMatch) -> int | None:
        """Where the name of a text the catalogue lacks begins: at its law word («loi n° 88-13», «C189»), or at
        the type word a few words before a bare number («اتفاقية العمل الدولية رقم 189»); None for a number no
        word names as a text's («n° 12»)."""
        if _DAHIR_START_RE.match(text, match.start):  # a dahir the catalogue lacks may promulgate a law it holds
            return None
        at = next((i for i, t in enumerate(tokens) if t.start == match.start), None)
        if at is None or not _NUMERO_START_RE.match(text, match.start):
            return match.start
        for j in range(at - 1, max(-1, at - 1 - _NUMBER_WINDOW), -1):
            if _CLAUSE_BREAK_RE.search(text, tokens[j].end, match.start):
                break
            if tokens[j].keys & _ALL_TYPE_WORDS:
                return None if _DAHIR_START_RE.match(text, tokens[j].start) else tokens[j].start
        return None

    @staticmethod
    def _unknown_number_after(text: str, tokens: list[_Token], at: int, works: list[_WorkMatch]) -> _WorkMatch | None:
        """A law number the catalogue lacks within a few words after the type word at token ``at``, in the same
        clause: the name of a text outside the corpus. Not another text's name with a type word of its own:
        «… du protocole et loi 12-34»."""
        window = tokens[at : at + _NUMBER_WINDOW + 1]
        return next(
            (
                w
                for w in works
                if w.work_id is None
                and any(t.start == w.start for t in window)
                and not _CLAUSE_BREAK_RE.search(text, tokens[at].end, w.start)
                and not any(t.keys & _ALL_TYPE_WORDS for t in window[1:] if t.start <= w.start)
            ),
            None,
        )

    def parse(self, query: str) -> ParsedQuery:
        text = query.strip()
        languages = detect_languages(text)
        folded = _fold(text)
        if number := _NUMBER_ALONE_RE.fullmatch(folded.text):
            # «448», «٤٤٨ مكرر»: a number typed alone is an article looked up, as «الفصل 448» is (not a year).
            return ParsedQuery(text, [ArticleRef(None, normalize_number(number.group(1)) or "")], [], "", languages)
        tokens = _tokens(folded.text)
        works = _resolve(self._law_numbers(folded.text) + self._named_works(folded.text, tokens))
        works = _resolve([self._protocol_of(folded.text, w, tokens) for w in works])
        works = [self._unmatched_protocol(folded.text, w, works, tokens) for w in works]
        works = [_foreign(folded.text, w) if self._is_law(w) else w for w in works]
        works = [self._implementing(folded.text, w) for w in works]
        # «DOC» as typed, the Code of obligations and contracts (folded, «doc» would be any document).
        works += [
            _WorkMatch(t.start, t.end, None)
            for t in tokens
            if t.text == "doc" and text[(span := folded.original(t.start, t.end)).start : span.stop] == "DOC"
        ]
        # «model law on trafficking», «loi type contre la traite»: a text the corpus lacks, though its words after the
        # law word would name Law 27-14.
        outside_names = [(i, end) for i in range(len(tokens)) if (end := _outside_name_at(tokens, i))]
        outside_spans = [(tokens[i].start, tokens[end - 1].end) for i, end in outside_names]
        works = [w for w in works if not (w.work_id and any(start <= w.start < end for start, end in outside_spans))]
        # Title runs only where nothing names a work more surely (Palermo's English title holds UNTOC's).
        taken = [(w.start, w.end) for w in works]
        works += [m for m in _resolve(self._title_runs(tokens)) if not _overlaps(m.start, m.end, taken)]
        works.sort(key=lambda w: w.start)
        named = [w for w in works if w.work_id]
        if named:  # an issue the catalogue lacks beside a work named is that work's other edition
            works = [w for w in works if w.work_id or not w.gazette]
        citations = self._citations(folded.text, "ar" in languages, works)
        # A topic phrase after «art. 5» is not the work the article belongs to; a text the catalogue lacks is.
        _attach_works(folded.text, citations, [w for w in works if not w.from_title], "ar" in languages)
        named_ids = list(dict.fromkeys(w.work_id for w in named if w.work_id))
        articles = [
            replace(ref, range_inner=ref.article in c.range_inner, paragraph=c.cited_paragraph)
            for c in citations
            for ref in self._article_refs(folded, tokens, c, named_ids, works, text, citations)
        ]
        removed = [span for c in citations for span in c.removed]
        removed += [(_start_with_connector(folded.text, w.start), w.end) for w in named]
        cited_outside = [ref.named_as for ref in articles if ref.unknown_work and ref.named_as]
        outside: list[str] = []
        other_way: dict[str, str] = {}
        outside_ends: list[int] = []  # where each text said to be outside ends (folded)
        for w in works:
            start = None if w.work_id or w.from_title else self._outside_start(folded.text, tokens, w)
            if start is None:
                continue
            span = folded.original(start, w.end)
            typed = text[span.start : span.stop].strip()
            typed = _without_proclitics(typed)  # «والاتفاقية رقم 189», «بالقانون 03.23»: the name, not «and», «by»
            if typed and not any(typed in cited or cited in typed for cited in cited_outside):
                outside.append(typed)
                outside_ends.append(w.end)
                if w.other_way:
                    other_way[typed] = w.other_way
                # Its number would match articles of that number («C189» → Penal Code art. 189): the notice says it.
                # A sibling protocol's subject is searched still («بروتوكول باليرمو تهريب المهاجرين»: Law 02-03's
                # articles), not the corpus work's name before it.
                removed.append((_start_with_connector(folded.text, start), w.name_end or w.end))
        # «Code du travail», «بروتوكول مكافحة تهريب المهاجرين» named alone: said to be outside the corpus, its words
        # still searched (a trial got the Palermo Protocol's articles for the Smuggling Protocol, nothing said). Not
        # a one-word name everyday words share («pacte», «العهد»): only several words, or a capitalised name.
        for i, end in outside_names:
            if any(j < i and i < other for j, other in outside_names):  # «model law» in «UNODC model law»
                continue
            # «القانون رقم 65.99 المتعلق بمدونة الشغل»: the subject of the law just said to be outside, not a second
            # text (a trial read two notices, the second «بمدونة الشغل»).
            begins = tokens[i].start
            if any(_RELATING_TO_RE.fullmatch(folded.text, e, begins) for e in outside_ends if e <= begins):
                continue
            span = folded.original(tokens[i].start, tokens[end - 1].end)
            typed = _without_proclitics(text[span.start : span.stop].strip())
            if (end - i > 1 or typed[:1].isupper()) and not any(typed in cited for cited in cited_outside):
                outside.append(typed)
        return ParsedQuery(
            text=text,
            articles=list(dict.fromkeys(articles)),
            works=named_ids,
            remainder=_remainder(text, folded, removed),
            languages=languages,
            outside=list(dict.fromkeys(outside)),
            by_title_words=[i for i in named_ids if all(w.from_title for w in named if w.work_id == i)],
            read_reversed=list(dict.fromkeys(_typed(text, folded, w) for w in works if w.reversed_number)),
            other_way=other_way,
        )


# What joins a law to its subject: «المتعلق ب», «الخاص ب», «relative au», «portant».
_RELATING_TO_RE = re.compile(
    r"\s*,?\s*(?:ال)?(?:متعلق|متعلقه|خاص|خاصه)\s*(?:ب|بال)?|\s*,?\s*(?:relative?s?|relatifs?|portant|concernant)"
    r"(?:\s+(?:a|au|aux|a\s+la|a\s+l'|de|du|des|de\s+la|le|la|les))?\s*"
)


def _typed(text: str, folded: _Folded, match: _WorkMatch) -> tuple[str, str]:
    """A work's name as typed in ``text``, with the work it names."""
    span = folded.original(match.start, match.end)
    return _without_proclitics(text[span.start : span.stop].strip()), match.work_id or ""


def _beside_work(text: str, start: int, end: int, works: list[_WorkMatch]) -> bool:
    """Whether a text's name, the corpus's or not, ends right before ``start`` or begins right after ``end`` (spaces,
    a comma, «من», a dahir word between: «م 5 من القانون 88.13», «م 1 من ظهير القانون 27.14»)."""
    return any(_GAP_RE.fullmatch(text, w.end, start) or _BESIDE_AFTER_RE.fullmatch(text, end, w.start) for w in works)


# Between an abbreviated article («م 5») and the text it is of: a connector, a dahir word.
_BESIDE_AFTER_RE = re.compile(_FOLLOW_RE.pattern + r"(?:(?:ال)?ظهير\s*(?:(?:ال)?شريف\s*)?|dahir\s*)?")


def _attach_works(text: str, citations: list[_Citation], works: list[_WorkMatch], rtl: bool) -> None:
    """Give each citation the work written right after it («… du CP»), else right before it
    («loi 27-14, art. 5»), else that of the next citation it is listed with («الفصل 5 والفصل 6 من …»).

    A work written before it does not take it when a list of pairs shows the work after it to be the next
    article's («loi 27-14 art. 5, loi 103-13 art. 2»), nor when a connector says the article is another text's
    («Selon la loi 19-12, l'article 9 du Code du travail»): that text is read as an untied article's."""
    by_start = {w.start: w for w in works}
    taken: set[int] = set()  # works that a citation before took as the one written after it
    for c in citations:
        c.removed.append((_start_with_connector(text, c.start), c.end))
        follow = _FOLLOW_RE.match(text, c.end)
        before = [w for w in works if w.end <= c.start and _GAP_RE.fullmatch(text, w.end, c.start)]
        before = [] if c.conjoined else before
        after = by_start.get(follow.end())
        connected = bool(follow.group("connector"))
        if c.code_before and before:  # «CP 448.2 de la loi 27-14»: the code's, whatever follows
            c.work = before[-1]
            c.removed.append((c.work.start, c.start))
            continue
        # «art. 5 loi 27-14, art. 2 loi 103-13»: the work before art. 2 was art. 5's, written after it.
        if after is not None and (connected or c.code_after or not before or before[-1].start in taken):
            c.work = after
            taken.add(after.start)
            c.removed.append((c.end, after.end))
            # «art. 448-1 CP al. 3», «المادة 82-5-1 من ق.م.ج الفقرة الثانية»: the paragraph after the work's name (a
            # prosecutor's trial: left as words, «alinéa» matched the second paragraph's «premier alinéa»).
            if (
                len(c.numbers) == 1
                and not c.cited_paragraph
                and not _next_articles(text, after.end, rtl)
                and (paragraph := _cited_paragraph(text, after.end, rtl))
            ):
                c.cited_paragraph = paragraph
                c.removed.append((after.end, _paragraph_end(text, after.end, rtl)))
        elif before and not (connected and follow.end() < len(text) and after is None):
            c.work = before[-1]
            c.removed.append((c.work.start, c.start))
    for c, after in zip(reversed(citations[:-1]), reversed(citations[1:]), strict=True):
        # Not «الفصل 448-8 والمادة 82-7 من ق.م.ج»: the Penal Code's «فصل» beside the CPP's «مادة» are two citations.
        listed = not (c.word and after.word and c.word != after.word)
        if c.work is None and after.work is not None and listed and _CHAIN_RE.fullmatch(text, c.end, after.start):
            c.work, c.chained = after.work, True
            c.removed.append((c.end, after.start))


def _start_with_connector(text: str, start: int) -> int:
    match = _CONNECTOR_BEFORE_RE.search(text[:start])
    return match.start() if match else start


def _remainder(text: str, folded: _Folded, removed: list[tuple[int, int]]) -> str:
    """The query as typed without the citation parts, spaces and stray punctuation tidied."""
    if not removed:
        return text
    gone = {i for start, end in removed for i in folded.original(start, end)}
    rest = "".join(" " if i in gone else c for i, c in enumerate(text))
    rest = re.sub(r"\s+", " ", rest)
    rest = re.sub(r"\s+([,،;:.?؟!)])", r"\1", rest)
    rest = re.sub(r"^[\s,،;:.)\-–—]+|[\s,،;:(\-–—]+$", "", rest)
    # Only connectors left («و», «et», «de»): nothing to search for.
    return rest if analyze(rest) else ""
