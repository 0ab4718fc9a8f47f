"""What the citation parser (`search.query`) finds: the articles and works a query cites (`ArticleRef`,
`ParsedQuery`), and the spans it matches on the way (a work named, an article cited, a work's subject).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class ArticleRef:
    work_id: str | None  # None when the query names no work ("448-2" alone)
    article: str  # canonical number, e.g. "448-2", "5", "82-5-1"
    # Where to read an article not tied to a work: the works the query names («loi 19-12 du 10 août 2016,
    # article 6»), or every work of the kind it says («من المرسوم»); empty: every work.
    in_works: tuple[str, ...] = ()
    unknown_work: bool = False  # of a text the corpus lacks («art. 9 du Code du travail»): look nothing up
    # That text's name as the query writes it («Code du travail»), for the notice; not part of the reference.
    named_as: str = field(default="", compare=False)
    # The query says which of `in_works` with words none of their names holds («article 9 du décret sur les marchés
    # publics»): the article of whichever has one is not what was cited.
    unsure: bool = field(default=False, compare=False)
    # A member of a typed range before its last («82-5» in «82-4 à 82-10»): the articles numbered under it (82-5-1…)
    # are in the range too, which the parser's count skips; search adds them (`implied`).
    range_inner: bool = field(default=False, compare=False)
    implied: bool = field(default=False, compare=False)
    # The Arabic word the article is cited with: «الفصل» ("fasl", the Penal Code's and the Constitution's), «المادة»
    # ("madda"), or none; an article tied to no work is first sought in the texts that use that word.
    word: Literal["fasl", "madda", ""] = field(default="", compare=False)
    # `in_works` are works another citation of the query took as written after it («art. 82-7 CPP et art. 448-8»), or
    # `work_id` is the next citation's of its list («article 448-1 et article 3 du Protocole»): an article they lack
    # may be another text's, and is looked up there (`search.pipeline`).
    others_works: bool = field(default=False, compare=False)
    looked_elsewhere: bool = field(default=False, compare=False)  # set by search: shown from the texts that have it
    # The paragraph cited with it («art. 6 §3», «الفقرة الثانية»), as a number, or "last" («الفقرة الأخيرة»): the part
    # of the article shown.
    paragraph: str | None = field(default=None, compare=False)


@dataclass
class ParsedQuery:
    text: str  # the query as typed (stripped)
    articles: list[ArticleRef]  # cited articles, in order of appearance
    works: list[str]  # works named in the query (law names/numbers), for a filter or boost
    remainder: str  # the query minus the citation parts (empty when the query is only a citation)
    languages: set[str] = field(default_factory=set)
    # Texts the query names by a number the catalogue lacks («loi n° 88-13», «C189»), as written, but for those
    # an article cited belongs to (its `ArticleRef.named_as` says so).
    outside: list[str] = field(default_factory=list)
    # Works of `works` named only by words of their title in a row («اللجنة الوطنية لتنسيق إجراءات مكافحة الاتجار
    # بالبشر»): the subject asked about as much as the text.
    by_title_words: list[str] = field(default_factory=list)
    # Law numbers typed year first, as typed, with the work read («loi 14-27» → ma-law-27-14: no law is of 2027).
    read_reversed: list[tuple[str, str]] = field(default_factory=list)
    # Texts of `outside` whose number the other way round is a work of the corpus («loi 12-19» → ma-law-19-12).
    other_way: dict[str, str] = field(default_factory=dict)

    @property
    def is_citation_only(self) -> bool:
        """The query cites articles or works and nothing else: there is nothing left to search by meaning."""
        return bool(self.articles or self.works) and not self.remainder


# --- Matches ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _WorkMatch:
    start: int
    end: int
    work_id: str | None  # None: a law number not in the catalogue (not an article, kept in the remainder)
    from_title: bool = False  # named by a run of its title's words: a topic phrase, not a citation's work
    gazette: bool = False  # named by the Bulletin officiel issue that published it
    # Its number typed year first («loi 14-27»: no law is of 2027), read the other way round: the reader is told.
    reversed_number: bool = False
    # A number the corpus lacks whose other way round it has («loi 12-19»: Law 19-12), told beside the notice.
    other_way: str | None = None
    # A text outside the corpus named by a corpus work's name and a subject of its own («بروتوكول باليرمو تهريب
    # المهاجرين»): where the name ends, the subject's words searched still.
    name_end: int | None = None


@dataclass
class _Citation:
    """One article word with its numbers («المادتين 5 و6»), or a bare number, and its work."""

    start: int
    end: int
    numbers: list[str]
    conjoined: bool = False  # starts with «و» («والفصل»): does not take the work written before it
    # «فصل» (the codes' word) or «مادة» (the others'): two citations of different words are not one list's.
    word: Literal["fasl", "madda", ""] = ""
    paragraph: bool = False  # «paragraphe 6»: an article only of a declaration
    cited_paragraph: str | None = None  # «art. 6 §3»: the article's paragraph 3 (`ArticleRef.paragraph`)
    code_after: bool = False  # «448 CP»: numbers read as articles because the code's name follows, which is theirs
    code_before: bool = False  # «CP 448.11»: the same with the code's name before them
    range_inner: set[str] = field(default_factory=set)  # members of a range before its last (`ArticleRef`)
    work: _WorkMatch | None = None
    chained: bool = False  # its work is the next citation's of its list («article 448-1 et article 3 du Protocole»)
    removed: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Subject:
    """A work named by its kind and subject: «قانون محاربة العنف ضد النساء», «loi sur la traite…»."""

    work_id: str
    type_keys: frozenset[str]
    phrases: tuple[tuple[frozenset[str], ...], ...]  # the subject and its shorter endings


def _resolve(matches: list[_WorkMatch]) -> list[_WorkMatch]:
    """Longest matches first, without overlaps («Convention de Palerme» over «Palerme»), in query order."""
    kept: list[_WorkMatch] = []
    # On equal spans a match that names a work wins over one that does not («اتفاقية 1949»: a year, not a number).
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.work_id is None, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
