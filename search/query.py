"""Query understanding for citations: which articles and which works a query names.

Practitioners type citations as often as questions: «الفصل 448-2», «art. 5 de la loi 27-14»,
«المادة 3 من بروتوكول باليرمو», «عقوبة art. 448-2». `parse_query` finds the cited articles (canonical
numbers, read by `ingest.article_numbers`), the works the query names (aliases built from the
catalogue: law numbers, titles and subjects, plus a few standard abbreviations) and what is left
of the query once the citation parts are taken out, for the searcher to look articles up directly
and to filter or boost by work.

Usage::

    from ingest.catalogue import load_catalogue
    from search.query import parse_query

    parsed = parse_query("عقوبة الفصل 448-2 من القانون الجنائي", load_catalogue())
    parsed.articles          # [ArticleRef(work_id='ma-penal-code', article='448-2')]
    parsed.works             # ['ma-penal-code']
    parsed.remainder         # 'عقوبة'
    parse_query("448-2", load_catalogue()).articles   # [ArticleRef(work_id=None, article='448-2')]

Everything is matched on a folded copy of the query (Arabic letters folded, Eastern digits made
ASCII, Latin lower-cased without accents) that keeps, character by character, where it came from
in the query, so that the remainder is cut from the query as typed.

The parser's parts, each a module of its own: `search.query_folding` (the folded query and its tokens),
`search.query_vocabulary` (the words and names it knows), `search.query_patterns` (its regular expressions),
`search.query_matches` (what it finds), `search.query_names` (reading names of texts), `search.query_numbers` (reading
article numbers), `search.query_works` (the works a query names) and `search.query_parser` (`QueryParser`, which ties
them together).
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.catalogue import Catalogue, load_catalogue
from ingest.text import analyze
from search.query_matches import ArticleRef, ParsedQuery
from search.query_names import _readable as _readable
from search.query_names import kinds_named as kinds_named
from search.query_names import outside_name_terms as outside_name_terms
from search.query_parser import QueryParser

__all__ = ["ArticleRef", "ParsedQuery", "QueryParser", "parse_query"]


_PARSERS: dict[int, tuple[Catalogue, QueryParser]] = {}


def work_named_alone(text: str, catalogue: Catalogue) -> str | None:
    """The work of `catalogue` that `text` names and says nothing else of, if any: «القانون الجنائي», «Code pénal
    marocain», «قانون 27.14» are the Penal Code's and Law 27-14's names; «Note d'application de la loi 27-14» and
    «Protocole de Palerme commenté» are not. A user's upload titled so would be cited as that text."""
    parsed = parse_query(text, catalogue)
    if len(parsed.works) != 1 or parsed.articles or parsed.outside or analyze(parsed.remainder):
        return None
    # Not a run of a title's words: «Commission nationale de coordination…» names a body, whatever decree set it up.
    return None if parsed.works[0] in parsed.by_title_words else parsed.works[0]


def starter_name_reader() -> Callable[[str], str | None]:
    """`work_named_alone` over the starter catalogue: what checks a user's titles (`ingest.user_documents`)."""
    starter = load_catalogue()
    return lambda title: work_named_alone(title, starter)


def parse_query(query: str, catalogue: Catalogue) -> ParsedQuery:
    """Articles, works and remaining words of a query (aliases built once per catalogue)."""
    cached = _PARSERS.get(id(catalogue))
    if cached is None or cached[0] is not catalogue:
        if len(_PARSERS) >= 8:  # tests build small catalogues; the service has one
            _PARSERS.clear()
        cached = _PARSERS[id(catalogue)] = (catalogue, QueryParser(catalogue))
    return cached[1].parse(query)
