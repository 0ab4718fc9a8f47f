"""The search pipeline: citations looked up → dense + sparse retrieval → fusion → one entry per article.

```
query ─┬─ Darija → MSA ─ dense embedder ─┬─ dense retriever ─┐
       │                                 └─ written questions ┤
       ├─ sparse embedder ─ sparse retriever ────────────────┤
       ├─ written questions' words (BM25) ───────────────────┤
       ├─ lexicon (other language) ─ sparse retriever ───────┴─ fusion ─ focus ─ work named ─ definition ranker ─┐
       └─ citation parser ─ cited articles ─────────────────────────────────────────────────────────────────────┤
                                                                                   result builder ─ article grouper ─┘
```

Usage::

    from search.pipeline import Searcher
    searcher = Searcher(Settings())
    response = searcher.search("ما هي عقوبة الاتجار بالبشر؟", top_k=5)
    response.results[0].citation.label
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from threading import Lock
from typing import Any, Literal

from haystack import Document, Pipeline, component
from haystack_integrations.components.embedders.sentence_transformers import SentenceTransformersTextEmbedder
from haystack_integrations.components.retrievers.qdrant import (
    QdrantEmbeddingRetriever,
    QdrantSparseEmbeddingRetriever,
)
from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

from ingest.article_numbers import ARABIC_DIGITS, sort_key
from ingest.catalogue import Catalogue
from ingest.citation import wording_articles
from ingest.embedding_model import resolve_model
from ingest.index import open_document_store
from ingest.model import is_bundled_model
from ingest.passages import MAX_PASSAGE_CHARS
from ingest.settings import Settings
from ingest.sparse import LexicalSparseTextEmbedder
from ingest.text import SKELETON_MARK, analyze, as_embedded, dominant_language, without_format_characters
from ingest.user_documents import full_catalogue
from search.amending_laws import law_number, laws_in_notes
from search.article_questions import (
    ArticleQuestionMatcher,
    embedding_function,
    load_article_questions,
    starter_works,
)
from search.article_warning import with_warnings
from search.articles import ArticleGrouper, ArticleHit
from search.cited_paragraph import cited_label, paragraph_count, paragraph_span
from search.cross_lingual import CrossLingualQueryBlend
from search.definitions import DefinitionRanker, without_asking
from search.dialect import DarijaToMsa, looks_like_arabizi, vocabulary_of, without_digit_words
from search.fusion import Method, ScoreFusion, lift
from search.glossary import load_glossary
from search.highlight import highlight_sentences
from search.jurisdiction import jurisdiction_named
from search.lexicon import cached_lexicon
from search.material import asks_for_material
from search.passage_index import PassageIndex
from search.query import ArticleRef, ParsedQuery, kinds_named, outside_name_terms, parse_query
from search.question_words import QuestionWordMatcher
from search.results import Notice, Passage, Result, SearchResponse, citation_from_meta, passage_from_meta
from search.shared_document import shared
from search.sparse_index import InMemorySparseRetriever
from search.spelling import Speller
from search.subject import names_subject
from search.synonyms import SynonymExpander
from search.translation import TranslatedSparseRetriever, translate_query

MAX_QUERY_CHARS = 2000
# A result shows its article whole up to this (two passages' worth: 130 of the 153 wordings of several parts), else
# the passage that matched best, its other parts folded.
WHOLE_ARTICLE_CHARS = 2 * MAX_PASSAGE_CHARS
_SEARCHABLE = {"Lu", "Ll", "Lt", "Lo", "Nd"}
LANGUAGES = ("ar", "fr", "en")
CANDIDATES = 50  # passages per list (per language for dense) that go into fusion
OVERFETCH_DENSE = 400  # unfiltered dense results, cut per language by CandidateFilter
OVERFETCH_SPARSE = 150
# Added to the fused score (0 to 1) of the passages of a work the query names («loi 27-14»), and of the
# articles that work inserted into a code: nearly a filter, as a reader naming a law means it (dev MRR
# 0.839 at 0.25, 0.843 at 0.5 and at 1.0). The sum is scaled back to [0, 1].
WORK_BOOST = 0.5
# For a work named only by a run of its title's words, the name of a body it sets up, which other texts name too.
TITLE_WORK_BOOST = 0.25
# Added likewise to the passages of the legal order the question names in words («au Maroc», «وفق الاتفاقيات
# الدولية»: `search.jurisdiction`). Sum of MRR@10 × questions over the read sets (477): 315.23 without, 315.86 at
# 0.1 (three questions up, none down; 0.25 the same).
JURISDICTION_BOOST = 0.1
# Added likewise to the passages of the texts on trafficking in persons itself (the catalogue's `focus`): the tool
# is for those who fight it, and a plain question («il risque quoi ?», «ما العقوبة») means those texts before
# the general provisions of the Penal Code that share its words. Sum of MRR@10 × questions over dev, held-out 1, 2,
# 3, 8 and 10, definitions and the examples: 169.83 without, 170.50 at 0.03, 171.70 at 0.06, 171.57 at 0.1
# (held-out 1 then loses); held-out 10's plain questions R@5 0.350 → 0.425 (`daleel eval --variants
# hybrid,hybrid-no-focus`). Measured with whole works in focus; their final clauses left out since cost held-out 3 one
# question (tests/eval/README.md). On questions no one read (held-out 9 and 11, Darija 6 and 7) it is neutral.
FOCUS_BONUS = 0.06
# The lift instead where the question itself names trafficking («الاتجار», «traite», «trafiquant»: `search.subject`):
# the specific provision before the general one that shares its other words. Sum of MRR@10 × questions as above
# (dev, held-out 1, 2, 3, 8 and 10, definitions, the examples; 79 of their 253 questions name it): 172.57 at
# 0.06 (as elsewhere), 172.76 at 0.12, 173.39 at 0.2 (kept), 173.57 at 0.3, where two questions that name trafficking
# but ask of other texts (the decree's entry into force, Law 02-03's carriers) leave the top ten. On the questions
# no one read (held-out 9 and 11, Darija 6 and 7): no change at 0.2 (`daleel eval --variants hybrid,hybrid-no-subject`).
FOCUS_BONUS_NAMED = 0.2
# Taken off, likewise, the passages of a treaty's final clauses and of every dahir (`Work.is_formal`): a trial's
# «بعد ما درت شكاية ولاو كيهددوني» got the Optional Protocol's entry into force first. Sum of MRR@10 × questions as
# above: 171.60 without, 171.63 at 0.06, 171.74 at 0.15 (as a lift of the rest, scaled back: held-out 10 MRR 0.324 →
# 0.328, definitions 0.813 → 0.819, held-out 8 0.653 → 0.647, one question of each moving). Lines that only say an
# article was repealed too (held-out 8 0.647 → 0.652 with the footnotes set apart; the other read sets unmoved).
FORMAL_PENALTY = 0.15
OPENING_PASSAGES = 10  # a work named by a number its text never writes: this many of its first passages
ELSEWHERE_WORKS = 3  # a cited article missing from the work named: at most this many other works having one are named
OTHER_LANGUAGE_TOP = 5  # a search narrowed to a language: these first articles of all languages are checked
_PASSAGES_PER_ARTICLE = 6  # a work named alone: enough of its first passages for top_k articles (languages, parts)
_WORDING_RELATIONS = ("inserts", "completes", "amends")  # relations by which a work writes another's articles
# The dense share of the weighted fusion, measured with `daleel eval --variants hybrid@0.3,hybrid@0.45,…`:
# 0.3 is best for Arabic, French and mixed questions alike (all: R@5 0.875, MRR 0.783; 0.45: 0.800, 0.740).
# Before the translated lexical list French questions needed 0.6, the dense side being their only way to
# Arabic-only texts.
DEFAULT_DENSE_WEIGHT = 0.3
# Below this cosine between the question and its nearest passage, the bundled e5-small finds nothing close:
# each of the 140 questions of the dev and held-out sets scores 0.836 or more, while 15 of 25 off-topic ones
# (cooking, football, weather, in Arabic, Darija and French) score 0.822 or less. Off-topic legal questions
# (divorce, dismissal) score as high as real ones (0.86-0.88): this tells "far from any law", not "outside
# the corpus".
# Another model (DALEEL_MODEL) has another scale, so the threshold only applies to the bundled one.
WEAK_DENSE_SCORE = 0.825


class QueryError(ValueError):
    """The query cannot be searched (empty, too long, unknown option); the message says why."""

    def __init__(self, message: str, code: str = "invalid_query", work: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.work = work  # the work id the message is about, named in the reader's language


@dataclass(frozen=True)
class SearchFilters:
    """What the user narrowed the search to. Current wordings only unless ``include_original``."""

    language: str | None = None
    work_type: str | None = None
    jurisdiction: Literal["MA", "international"] | None = None
    work_id: str | None = None
    include_original: bool = False

    @property
    def narrowed(self) -> bool:
        """Whether the user narrowed the search to a language, a kind of work, a jurisdiction or a work."""
        return any((self.language, self.work_type, self.jurisdiction, self.work_id))

    def _chosen(self) -> dict[str, str]:
        """The payload fields narrowed and the value chosen for each (the wording aside)."""
        fields = {
            "language": self.language,
            "work_type": self.work_type,
            "jurisdiction": self.jurisdiction,
            "work_id": self.work_id,
        }
        return {name: value for name, value in fields.items() if value}

    def admits(self, document: Document) -> bool:
        """Whether a passage is within the language, kind of work, jurisdiction and work chosen (not the wording)."""
        return all(document.meta.get(name) == value for name, value in self._chosen().items())

    def to_haystack(self) -> dict[str, Any] | None:
        conditions = [
            {"field": f"meta.{name}", "operator": "==", "value": value} for name, value in self._chosen().items()
        ]
        if not self.include_original:
            conditions.append({"field": "meta.current", "operator": "==", "value": True})
        return {"operator": "AND", "conditions": conditions} if conditions else None


@component
class ResultBuilder:
    """Turns ranked articles into results: citation, highlights, counterparts and other wordings.

    Usage example::

        builder = ResultBuilder(passages=PassageIndex(store))
        builder.run(articles=hits, query="عقوبة الاتجار بالبشر", catalogue=load_catalogue())["results"][0].citation
    """

    def __init__(self, passages: PassageIndex, whole_article_chars: int = WHOLE_ARTICLE_CHARS) -> None:
        """:param whole_article_chars: an article of several passages up to this long is shown whole."""
        self.passages = passages
        self.whole_article_chars = whole_article_chars

    @component.output_types(results=list[Result])
    def run(
        self,
        articles: list[ArticleHit],
        query: str,
        catalogue: Catalogue,
        preferred_language: str | None = None,
        translations: list[str] | None = None,
    ) -> dict[str, Any]:
        """``catalogue`` is read per run, as users' uploads change it, for each citation's official reference."""

        def passage(document: Document) -> Passage:
            return passage_from_meta(document.content or "", document.meta, catalogue)

        related = {hit.key: self.passages.by_key(hit.key) for hit in articles}
        results = []
        for rank, hit in enumerate(articles, start=1):
            best = _in_language(hit.best, related.get(hit.key, []), preferred_language, hit.passages)
            meta = best.meta
            others = [d for d in related.get(hit.key, []) if d.id != best.id]
            same_wording = sorted(
                (d for d in others if d.meta.get("version_id") == meta.get("version_id")),
                key=lambda d: d.meta.get("part", 0),
            )
            wholes = _short_wholes(related.get(hit.key, []), self.whole_article_chars)
            cited = _cited_spans(hit.passages, related.get(hit.key, []), wholes)
            # The paragraph or item cited, found in the article: its citation to copy («art. 448-1, alinéa 2»).
            part = next((d.meta["cited_paragraph"] for d in hit.passages if d.meta.get("paragraph_span")), None)
            work = catalogue.get(meta["work_id"])
            numbered = work is None or work.jurisdiction != "MA"
            counterparts = [
                _with_cited(passage(wholes.get(d.id, d)), cited.get(d.id), part, numbered)
                for d in _first_parts(others)
                if d.meta["language"] != meta["language"] and d.meta.get("current") is not False
            ]
            versions = [
                _with_cited(passage(wholes.get(d.id, d)), cited.get(d.id), part, numbered)
                for d in _first_parts(others)
                if d.meta.get("version_id") != meta.get("version_id")
                and (d.meta["language"] == meta["language"] or d.meta.get("current") is False)
            ]
            # A short article is shown whole: the part that matched best may not be the one that answers (a
            # victim paid for her work is still exploited, in 448-1's fourth paragraph, its second part).
            offset = 0
            if (shown_whole := _short_whole([best, *same_wording], self.whole_article_chars)) is not None:
                offset = sum(
                    len(d.content or "") + 1 for d in same_wording if d.meta.get("part", 0) < meta.get("part", 0)
                )
                text, same_wording = shown_whole.content or "", []
            else:
                text = best.content or ""
            # As the article view says them (an audit found `warning` null on search results' texts only).
            shown = passage(best)
            with_warnings([shown, *counterparts, *versions], meta["work_id"], catalogue)
            results.append(
                Result(
                    rank=rank,
                    score=round(hit.score if hit.score != float("inf") else 1.0, 4),
                    text=text,
                    language=meta["language"],
                    matched_by=hit.matched_by,
                    # The paragraph cited («art. 6 §3»), else the sentences the words match.
                    highlights=[(offset + span[0], offset + span[1])]
                    if (span := meta.get("paragraph_span"))
                    else highlight_sentences(text, query, translations or ()),
                    citation=(citation := citation_from_meta(meta, catalogue)),
                    cited_label=cited_label(citation.label, part, meta["language"], numbered=numbered)
                    if part and meta.get("paragraph_span")
                    else None,
                    warning=shown.warning,
                    other_passages=[passage(d) for d in same_wording],
                    counterparts=counterparts,
                    versions=versions,
                )
            )
        return {"results": results}


@component
class CandidateFilter:
    """Keeps current wordings (unless asked for originals) and the best passages of each language.

    Embedded Qdrant filters payloads slowly, so a search that narrows nothing over-fetches
    unfiltered and filters here; the dense list is cut per language so that a French question
    still sees the best Arabic-only texts (see search.fusion). The written questions' lists are not cut: they hold
    whole articles, as many as `ArticleQuestionMatcher.top_articles` and `QuestionWordMatcher.top_articles`.

    Usage example::

        CandidateFilter().run(dense=dense_docs, sparse=sparse_docs)["dense"]  # `SharedDocument`s
    """

    @component.output_types(
        dense=list[Document],
        sparse=list[Document],
        translated=list[Document],
        questions=list[Document],
        question_words=list[Document],
    )
    def run(
        self,
        dense: list[Document],
        sparse: list[Document],
        translated: list[Document] | None = None,
        questions: list[Document] | None = None,
        question_words: list[Document] | None = None,
        include_original: bool = False,
    ) -> dict[str, Any]:
        def keep(document: Document) -> bool:
            return include_original or document.meta.get("current") is not False

        per_language: dict[str, list[Document]] = {}
        # Shared from here on: the pipeline would copy each passage again into the fusion.
        for document in map(shared, filter(keep, dense)):
            kept = per_language.setdefault(document.meta.get("language", ""), [])
            if len(kept) < CANDIDATES:
                kept.append(document)
        return {
            "dense": [d for kept in per_language.values() for d in kept],
            "sparse": [shared(d) for d in sparse if keep(d)][:CANDIDATES],
            "translated": [shared(d) for d in translated or [] if keep(d)][:CANDIDATES],
            "questions": [shared(d) for d in questions or [] if keep(d)],
            "question_words": [shared(d) for d in question_words or [] if keep(d)],
        }


def _in_language(
    best: Document, related: list[Document], language: str | None, retrieved: Sequence[Document] = ()
) -> Document:
    """The same article in the reader's language when the corpus has it: the part of it that ranked best,
    else the part with the same number (the two languages' parts do not line up: Arabic runs longer)."""
    if not language or best.meta.get("language") == language:
        return best

    def usable(document: Document) -> bool:
        return (
            document.meta.get("language") == language
            and document.meta.get("current") is not False
            and document.meta.get("version_id") != best.meta.get("version_id")
        )

    if ranked := next((d for d in retrieved if usable(d)), None):
        return ranked
    same = [d for d in related if usable(d)]
    part = best.meta.get("part", 0)
    return next((d for d in same if d.meta.get("part", 0) == part), next(iter(same), best))


@dataclass(frozen=True)
class Retrieval:
    """Fused passages, best first, and how strongly anything matched the question at all."""

    documents: list[Document]
    lexical_hits: int = 0  # passages sharing a word with the question, in its language or translated
    best_dense: float | None = None  # cosine of the nearest passage by meaning


def _weak_match(retrieval: Retrieval, calibrated: bool) -> Notice | None:
    """The notice for a question that nothing in the corpus matches closely («recette du couscous»): none of
    its words occur in any passage in either language, or (bundled model only) nothing is near in meaning."""
    if not retrieval.documents:
        return None
    no_words = retrieval.lexical_hits == 0
    far = calibrated and retrieval.best_dense is not None and retrieval.best_dense < WEAK_DENSE_SCORE
    if not (no_words or far):
        return None
    why = "none of the question's words occur in the texts" if no_words else "no passage is close in meaning"
    return Notice(code="weak_match", message=f"{why}: the results below are only the nearest, not an answer")


def _results_below(results_follow: bool, within: str = "") -> str:
    """The end of a citation notice that results follow: they answer the question's words, not the citation."""
    return f"; the results below are what the words of the question match{within}" if results_follow else ""


def _not_found(
    ref: ArticleRef, in_languages: Sequence[str] = (), results_follow: bool = True, elsewhere: Sequence[str] = ()
) -> Notice:
    """The notice for a cited article that no passage of the corpus answers, saying which text was meant, or
    that it is there in other languages than the one the search is narrowed to (``in_languages``), or that other
    works than the one named have an article of that number (``elsewhere``: «المادة 82-5-1 من القانون الجنائي»,
    the CPP's article with the wrong code named)."""
    if in_languages:
        return Notice(
            code="citation_other_language",
            results_follow=results_follow,
            message=f"article {ref.article} is in the corpus in {', '.join(in_languages)} only"
            + _results_below(results_follow, " in the language chosen"),
            article=ref.article,
            work_id=ref.work_id or next(iter(ref.in_works), None),
            languages=list(in_languages),
        )
    if ref.unknown_work:
        text = f"«{ref.named_as}», a text" if ref.named_as else "a text"
        what = f"article {ref.article} belongs to {text} that is not in the corpus"
    else:
        works = [ref.work_id] if ref.work_id else list(ref.in_works)
        what = f"article {ref.article}{' of ' + ' or '.join(works) if works else ''} is not in the corpus"
        if elsewhere:
            what += f"; {', '.join(elsewhere)} {'have' if len(elsewhere) > 1 else 'has'} an article {ref.article}"
    return Notice(
        code="citation_outside_corpus" if ref.unknown_work else "citation_not_found",
        results_follow=results_follow,
        message=what + _results_below(results_follow),
        article=ref.article,
        # A text outside the corpus is none of the works of its kind that the parser considered.
        work_id=None if ref.unknown_work else ref.work_id or next(iter(ref.in_works), None),
        text=ref.named_as or None if ref.unknown_work else None,
        works=list(elsewhere),
        keys=[f"{work}:{ref.article}" for work in elsewhere],
    )


def _in_amending_law(ref: ArticleRef, keys: Sequence[str], results_follow: bool) -> Notice:
    """A code's article the corpus lacks whose wording a law of the corpus gives, in the articles ``keys``."""
    return Notice(
        code="citation_in_amending_law",
        results_follow=results_follow,
        message=f"article {ref.article} of {ref.work_id} is not in the corpus; its wording by a later law is in "
        + ", ".join(keys)
        + _results_below(results_follow),
        article=ref.article,
        work_id=ref.work_id,
        works=list(dict.fromkeys(key.partition(":")[0] for key in keys)),
        keys=list(keys),
    )


_MATERIAL_NAMES = {"case_law": "case law", "circular": "circulars", "statistics": "statistics"}


def _paragraph_not_found(ref: ArticleRef, work_id: str) -> Notice:
    """The notice for a paragraph the article cited does not have («Protocole de Palerme art. 6 §7»), shown above
    the article."""
    return Notice(
        code="citation_paragraph_not_found",
        message=f"article {ref.article} of {work_id} has no paragraph {ref.paragraph}",
        article=ref.article,
        work_id=work_id,
        paragraph=ref.paragraph,
        results_follow=False,
    )


def _material_outside_corpus(material: str, results_follow: bool) -> Notice:
    """The notice for a question asking for case law, a circular or figures (`search.material`)."""
    below = ": the results below are provisions the question's words match" if results_follow else ""
    return Notice(
        code="material_outside_corpus",
        message=f"the corpus holds legal texts, not {_MATERIAL_NAMES[material]}{below}",
        material=material,
        results_follow=results_follow,
    )


def _arabizi() -> Notice:
    """The notice for Darija typed in Latin letters («wach lkhdama sghira 9anoni»), which nothing here reads."""
    return Notice(
        code="arabizi",
        message="the question looks like Moroccan Arabic typed in Latin letters, which the search does not read: "
        "write it in Arabic letters or in French; the results below are only the nearest",
    )


def _spelling(spelt: str) -> Notice:
    """The notice for mistyped words put right (`search.spelling`): the words searched, so that a wrong guess shows."""
    return Notice(code="spelling", text=spelt, message=f"searched for «{spelt}» (misspelt words put right)")


def _outside_corpus(name: str, results_follow: bool, noted: Sequence[str] = (), other_way: str | None = None) -> Notice:
    """The notice for a text the question names by a number the corpus lacks («C189», «loi n° 88-13»), with the
    articles whose amendment notes name it (`noted`: «loi 03-23» amended CPP 82-5-1 and added 82-5-3), and the work
    whose number is the same the other way round (`other_way`: «loi 12-19», where the corpus has Law 19-12)."""
    where = f"; the amendment notes of these articles name it: {', '.join(noted)}" if noted else ""
    where += f"; the corpus has {other_way}, its number the other way round" if other_way else ""
    return Notice(
        code="work_outside_corpus",
        message=f"«{name}» is not in the corpus{where}" + _results_below(results_follow),
        text=name,
        results_follow=results_follow,
        keys=list(noted),
        works=[other_way] if other_way else [],
    )


def _read_reversed(typed: str, work_id: str) -> Notice:
    """The notice for a law's number typed year first and read the other way round («loi 14-27»: no law is of 2027,
    the corpus has Law 27-14), so that a reader who meant another law knows what was searched."""
    return Notice(
        code="number_read_reversed",
        message=f"«{typed}» read as {work_id}: a law's number is written number, then year",
        text=typed,
        work_id=work_id,
    )


def _ambiguous(ref: ArticleRef, works: Sequence[str], results_follow: bool) -> Notice:
    """The notice for an article the question ties to no text the corpus has, with the works that have one."""
    return Notice(
        code="citation_ambiguous",
        results_follow=results_follow,
        message=f"the question ties article {ref.article} to no text of the corpus; {', '.join(works)} "
        + ("have one" if len(works) > 1 else "has one")
        + _results_below(results_follow),
        article=ref.article,
        works=list(works),
    )


def _other_language_notice(
    keys: Sequence[str], languages: Sequence[str], chosen: str, work_id: str | None = None
) -> Notice:
    """The notice for articles that answer the question but exist only in languages other than the one chosen;
    ``work_id``: the work named alone whose first articles these are (its contents list the others)."""
    return Notice(
        code="answers_in_other_language",
        message=f"articles that exist only in {', '.join(languages)}, not in {chosen}, may answer too: "
        + ", ".join(keys)
        + (f"; the others are in the contents of {work_id}" if work_id else ""),
        languages=list(languages),
        keys=list(keys),
        work_id=work_id,
    )


def _provisions_notice(work_id: str, keys: Sequence[str], chosen: str) -> Notice:
    """The notice for a work named alone that lacks the language chosen but wrote articles of other texts that have
    it: «loi 27-14» in French → the French Penal Code's 448-1 to 448-14."""
    return Notice(
        code="provisions_in_language",
        message=f"{work_id} wrote these articles of other texts, which exist in {chosen}: " + ", ".join(keys),
        work_id=work_id,
        works=[work_id],
        languages=[chosen],
        keys=list(keys),
    )


def _outside_filters_notice(keys: Sequence[str]) -> Notice:
    """The notice for articles that answer the question but lie outside the kind of work or jurisdiction chosen."""
    return Notice(
        code="answers_outside_filters",
        message="articles outside the filters chosen may answer too: " + ", ".join(keys),
        keys=list(keys),
    )


def _typed_with_spaces(text: str, article: str) -> str | None:
    """The base number of a sub-numbered article the query typed with spaces or a slash («27 1», «52/2» for 27-1,
    52-2), else None."""
    base, *parts = article.split(" ")[0].split("-")
    if not parts:
        return None
    spaced = r"(?:[ \t]+|[ \t]*/[ \t]*)".join(map(re.escape, [base, *parts]))
    slashed = r"[ \t]*/[ \t]*".join(map(re.escape, [*parts[::-1], base]))  # «2/52», typed right to left
    typed = text.translate(ARABIC_DIGITS)
    return base if re.search(rf"(?<![\d/-])(?:{spaced}|{slashed})(?![\d/-])", typed) else None


def _has_sub_numbers(documents: Sequence[Document], base: str) -> bool:
    """Whether any of the passages is of an article numbered under `base` («448-1» under 448)."""
    return any(str(d.meta.get("article", "")).startswith(f"{base}-") for d in documents)


_ANY = SearchFilters(include_original=True)  # every passage, whatever its language, kind, work or wording


def _several_works(ref: ArticleRef, works: Sequence[str]) -> Notice:
    """The notice for an article number tied to no work that several works have: all are shown, cited."""
    return Notice(
        code="citation_several_works",
        results_follow=False,
        message=f"article {ref.article} is in several texts of the corpus ({', '.join(works)}); name the text to see"
        " its article alone",
        article=ref.article,
        works=list(works),
    )


def _untied(ref: ArticleRef) -> bool:
    """An article the query ties to no work, nor to any works of a kind it names, nor to a text outside the corpus."""
    return ref.work_id is None and not ref.in_works and not ref.unknown_work


def _works_of(documents: Sequence[Document]) -> list[str]:
    return sorted({d.meta["work_id"] for d in documents})


def _filtered_out(ref: ArticleRef, works: Sequence[str], results_follow: bool = True) -> Notice:
    """The notice for a cited article the corpus has, but outside the kind of work, jurisdiction or work chosen."""
    return Notice(
        code="citation_filtered_out",
        results_follow=results_follow,
        message=f"article {ref.article} is in the corpus ({', '.join(works)}) but outside the filters chosen"
        + _results_below(results_follow, " within them"),
        article=ref.article,
        work_id=works[0],
    )


def _words(text: str) -> set[str]:
    """The words of a text that can match a passage's, numbers aside."""
    return {t for t in analyze(text) if not t.startswith(SKELETON_MARK) and not t[0].isdigit()}


def _cites_outside(parsed: ParsedQuery) -> bool:
    return any(ref.unknown_work for ref in parsed.articles)


def _lexical_query(parsed: ParsedQuery) -> str:
    """The words to match lexically: the remainder, unless naming and citing left it under two words to
    match («عقوبة الفصل 448-2»), which would give any text with that one word full lexical marks. Never the
    article number of a text the corpus lacks: «article 5 de la Constitution» matched the Penal Code's article 5."""
    return parsed.remainder if len(_words(parsed.remainder)) >= 2 or _cites_outside(parsed) else parsed.text


def _admitted(retrieval: Retrieval, filters: SearchFilters) -> Retrieval:
    """A retrieval's passages that ``filters`` admit, in its order."""
    return replace(retrieval, documents=[d for d in retrieval.documents if filters.admits(d)])


def _without_kind(filters: SearchFilters) -> SearchFilters:
    """The filters less the kind of work and the jurisdiction chosen."""
    return replace(filters, work_type=None, jurisdiction=None)


def _dense_query(parsed: ParsedQuery) -> str:
    """The question as the dense side reads it: whole, for the sense its citations give it, but for an article of a
    text the corpus lacks, whose number would bring other texts' articles of that number (the label is embedded with
    each passage), nor the digits Darija typed in Latin letters writes letters with («9anoni»)."""
    text = parsed.remainder if _cites_outside(parsed) and _words(parsed.remainder) else parsed.text
    return without_digit_words(text).strip() or text


def _words_besides_citations(parsed: ParsedQuery) -> set[str]:
    """The remainder's words, less the names of the texts outside the corpus its articles belong to («de la
    Constitution» in «article 5 de la Constitution»), which the parser leaves in it."""
    outside = {term for ref in parsed.articles if ref.unknown_work for term in outside_name_terms(ref.named_as)}
    return _words(parsed.remainder) - outside


def _first_parts(documents: list[Document]) -> list[Document]:
    return [d for d in documents if d.meta.get("part", 0) == 0]


def _wordings(documents: Iterable[Document]) -> list[list[Document]]:
    """An article's passages by wording (language and version), each wording's parts in order."""
    wordings: dict[tuple, list[Document]] = {}
    for document in documents:
        meta = document.meta
        wordings.setdefault((meta.get("key"), meta.get("language"), meta.get("version_id")), []).append(document)
    return [sorted(parts, key=lambda d: d.meta.get("part", 0)) for parts in wordings.values()]


def _short_whole(parts: list[Document], most: int) -> Document | None:
    """An article's wording of several parts as one passage, its parts joined as the article view joins them, when
    it is `most` characters long at most; None for one part, or a long article (UNTOC art. 18 is 16,000)."""
    if len(parts) < 2:
        return None
    ordered = sorted(parts, key=lambda d: d.meta.get("part", 0))
    text = "\n".join(d.content or "" for d in ordered)
    if len(text) > most:
        return None
    return Document(id=ordered[0].id, content=text, meta=ordered[0].meta)


def _with_cited(shown: Passage, spans: list[tuple[int, int]] | None, part: str | None, numbered: bool) -> Passage:
    """A counterpart or wording with the paragraph or item cited highlighted, and its citation narrowed to it."""
    if not spans or part is None:
        return shown
    label = cited_label(shown.label, part, shown.language, numbered=numbered)
    return shown.model_copy(update={"highlights": spans, "cited_label": label})


def _cited_spans(
    retrieved: Sequence[Document], related: list[Document], wholes: dict[str, Document]
) -> dict[str, list[tuple[int, int]]]:
    """The paragraph cited («art. 6 §3») in each wording of the article as a result shows it (whole, or its first
    part), by the id of the wording's first part: each language version's own, marked by `Searcher._at_paragraph`."""
    spans = {d.id: d.meta["paragraph_span"] for d in retrieved if d.meta.get("paragraph_span")}
    if not spans:
        return {}
    cited: dict[str, list[tuple[int, int]]] = {}
    for parts in _wordings(related):
        offset = 0
        for index, document in enumerate(parts):
            if document.id in spans and (index == 0 or parts[0].id in wholes):
                start, end = spans[document.id]
                cited[parts[0].id] = [(offset + start, offset + end)]
            offset += len(document.content or "") + 1
    return cited


def _short_wholes(documents: list[Document], most: int) -> dict[str, Document]:
    """Of an article's passages, each short wording's whole text (`_short_whole`), by the id of its first part."""
    return {whole.id: whole for parts in _wordings(documents) if (whole := _short_whole(parts, most)) is not None}


def build_search_pipeline(
    store: QdrantDocumentStore,
    model: str,
    fusion: ScoreFusion | None = None,
    passages: PassageIndex | None = None,
    questions: ArticleQuestionMatcher | None = None,
    question_words: QuestionWordMatcher | None = None,
) -> Pipeline:
    """The retrieval pipeline; with `passages`, lexical retrieval runs on them in memory (embedded Qdrant's
    own is slow, see `search.sparse_index`). ``questions`` matches the articles' written questions and
    ``question_words`` their words (none by default; the searcher attaches them to its index)."""
    # One retriever for the query's words and their translation: one matrix in memory, built once.
    sparse: QdrantSparseEmbeddingRetriever | InMemorySparseRetriever = (
        InMemorySparseRetriever(passages, top_k=OVERFETCH_SPARSE)
        if passages
        else QdrantSparseEmbeddingRetriever(document_store=store, top_k=OVERFETCH_SPARSE)
    )
    pipeline = Pipeline()
    pipeline.add_component("dialect", DarijaToMsa())
    embedder = SentenceTransformersTextEmbedder(
        model=model, prefix="query: ", progress_bar=False, local_files_only=True
    )
    pipeline.add_component("dense_embedder", embedder)
    pipeline.connect("dialect.text", "dense_embedder.text")
    pipeline.add_component("sparse_embedder", LexicalSparseTextEmbedder())
    glossary = load_glossary()
    pipeline.add_component("synonyms", SynonymExpander(glossary=glossary))
    pipeline.connect("sparse_embedder.sparse_embedding", "synonyms.sparse_embedding")
    # A French question's embedding moved toward its Arabic rendering by the glossary (`search.cross_lingual`).
    pipeline.add_component("cross_lingual", CrossLingualQueryBlend(embedder=embedder, glossary=glossary))
    pipeline.connect("dense_embedder.embedding", "cross_lingual.embedding")
    pipeline.add_component("dense", QdrantEmbeddingRetriever(document_store=store, top_k=OVERFETCH_DENSE))
    pipeline.connect("cross_lingual.embedding", "dense.query_embedding")
    # The question as asked (after the Darija rewrite), not blended: it is compared with questions, in all languages.
    pipeline.add_component("questions", questions or ArticleQuestionMatcher())
    pipeline.connect("dense_embedder.embedding", "questions.query_embedding")
    pipeline.add_component("sparse", sparse)
    pipeline.add_component(
        "translated",
        TranslatedSparseRetriever(document_store=store, glossary=glossary, retriever=sparse),
    )
    pipeline.add_component("candidates", CandidateFilter())
    pipeline.add_component("fusion", fusion or ScoreFusion())
    pipeline.connect("synonyms.sparse_embedding", "sparse.query_sparse_embedding")
    pipeline.connect("dense.documents", "candidates.dense")
    pipeline.connect("sparse.documents", "candidates.sparse")
    pipeline.connect("candidates.dense", "fusion.dense")
    pipeline.connect("candidates.sparse", "fusion.sparse")
    pipeline.connect("translated.documents", "candidates.translated")
    pipeline.connect("candidates.translated", "fusion.translated")
    pipeline.connect("questions.documents", "candidates.questions")
    pipeline.connect("candidates.questions", "fusion.questions")
    # The same questions' words, on the lexical side (`search.question_words`).
    pipeline.add_component("question_words", question_words or QuestionWordMatcher())
    pipeline.connect("question_words.documents", "candidates.question_words")
    pipeline.connect("candidates.question_words", "fusion.question_words")
    return pipeline


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")  # Unicode's Cc: C0, DEL and C1


def without_invisible(text: str) -> str:
    """The text less its invisible characters (zero-width spaces and joiners, direction marks and isolates, soft
    hyphens) and the tatweel that stretches Arabic letters: none is a letter a reader typed, and each changed the
    results (an audit's «tra\u200bite» got a weak-match notice). A control character (a NUL, a tab, a line break)
    separates words, as a space: «a%00b» was searched and echoed with its NUL (a trial)."""
    text = _CONTROL_RE.sub(" ", text)
    return without_format_characters(text).replace("\u0640", "")


def validate_query(query: str, top_k: int, lang: str | None) -> str:
    if not query.strip():
        raise QueryError("the query is empty", "empty_query")
    query = without_invisible(query).strip()
    # Letters and decimal digits: not a tatweel «ـــ», a «²» or a «①», which `str.isalnum` takes for some.
    if not any(unicodedata.category(c) in _SEARCHABLE for c in query):
        raise QueryError("the query has no letters or digits to search for («😀🙏», «???»)", "no_words")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}", "query_too_long")
    if not 1 <= top_k <= 100:
        raise QueryError("top_k must be between 1 and 100")
    if lang is not None and lang not in LANGUAGES:
        raise QueryError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return query


class Searcher:
    """Holds the warmed-up search pipeline over one index."""

    def __init__(
        self,
        settings: Settings,
        store: QdrantDocumentStore | None = None,
        catalogue: Catalogue | None = None,
        fusion: ScoreFusion | None = None,
    ) -> None:
        self.settings = settings
        self.catalogue = catalogue or full_catalogue(settings)
        self.store = store or open_document_store(settings)
        self.fusion = fusion or ScoreFusion(dense_weight=DEFAULT_DENSE_WEIGHT)
        model = resolve_model(settings)
        self.passages = PassageIndex(self.store)
        # A Qdrant server searches its sparse index natively; embedded Qdrant's is the slow part of a search.
        in_memory = None if settings.qdrant_url else self.passages
        self.questions = ArticleQuestionMatcher(
            load_article_questions(), cache_dir=settings.data_dir / "article-questions", model=model
        )
        self.question_words = QuestionWordMatcher()
        self.pipeline = build_search_pipeline(
            self.store,
            model,
            self.fusion,
            passages=in_memory,
            questions=self.questions,
            question_words=self.question_words,
        )
        self._calibrated = is_bundled_model(model)  # WEAK_DENSE_SCORE is this model's scale
        if not self._calibrated and fusion is None:  # and so are the written questions' bounds of confidence
            self.fusion.question_confidence = None
        self.pipeline.warm_up()
        # 0 and 0: no lift of the texts on trafficking, no lowering of final clauses (`--variants hybrid-no-focus`).
        self.focus_bonus, self.formal_penalty = FOCUS_BONUS, FORMAL_PENALTY
        # Where the question names trafficking; FOCUS_BONUS there too: `--variants hybrid-no-subject`.
        self.focus_bonus_named = FOCUS_BONUS_NAMED
        # None: no help for definition questions (`daleel eval --variants hybrid-no-definitions`).
        self.definitions: DefinitionRanker | None = DefinitionRanker()
        self.grouper = ArticleGrouper()
        self.builder = ResultBuilder(self.passages)
        self.translator: TranslatedSparseRetriever = self.pipeline.get_component("translated")  # type: ignore[assignment]
        self.dialect: DarijaToMsa = self.pipeline.get_component("dialect")  # type: ignore[assignment]
        self.cross_lingual: CrossLingualQueryBlend = self.pipeline.get_component("cross_lingual")  # type: ignore[assignment]
        self.noted_laws: dict[str, list[str]] = {}  # law number → articles whose amendment notes name it
        self.speller = Speller([])  # the corpus's words, read with the lexicon
        self._lexicon_for = -1
        self._lexicon_lock = Lock()
        self.refresh_lexicon()

    def refresh_lexicon(self) -> None:
        """Relearn (or reload) the bilingual lexicon, and the MSA words the Darija rewrite leaves alone, and tie the
        articles' written questions to the articles indexed, when the indexed passages changed since last time.

        One thread learns while the others wait (learning takes seconds); the lexicon is recorded as that of
        the passages it was learnt from, so an upload during the learning triggers another."""
        if self.passages.version == self._lexicon_for:
            return
        with self._lexicon_lock:
            generation, documents = self.passages.snapshot()
            if generation == self._lexicon_for:
                return
            self.translator.lexicon = cached_lexicon(documents, self.settings.data_dir)
            self.questions.attach(
                documents,
                embed=embedding_function(self.pipeline.get_component("dense_embedder")),
                works=starter_works(self.catalogue),
            )
            self.question_words.attach(*self.questions.written())
            arabic = (d.content or "" for d in documents if d.meta.get("language") == "ar")
            self.dialect.vocabulary = vocabulary_of(arabic)
            self.noted_laws = laws_in_notes(documents)
            self.speller = Speller(
                [*(d.content or "" for d in documents), *(str(d.meta.get("context") or "") for d in documents)]
            )
            self._lexicon_for = generation

    def _with_sub_articles(self, refs: list[ArticleRef]) -> list[ArticleRef]:
        """A range's articles with those numbered under its members: «articles 82-4 à 82-10 CPP» holds 82-5-1, 82-5-2
        and 82-5-3, which sit between 82-5 and 82-6 (the parser counts 82-4, 82-5 … 82-10). Only a typed range
        («à», «إلى»): numbers listed one by one are those numbers. A range tied to no work («les articles 497 à 503»)
        takes those of the one work that has the member (a trial found 499-1, 499-2 and 501-1 left out); a member
        several works have is ambiguous, and so would be what is numbered under it («articles 33 à 36»: not the Penal
        Code's 35-1 … 35-15 shown as cited, a review)."""
        ranged = [ref for ref in refs if ref.range_inner]
        if not ranged:
            return refs
        works = {ref.work_id for ref in ranged}
        # The articles of the works a range is in, read once (not a scan of every passage per member).
        numbers: dict[str, set[str]] = {}
        for d in self.passages.all():
            if None in works or d.meta.get("work_id") in works:
                numbers.setdefault(d.meta["work_id"], set()).add(d.meta["article"])
        out: list[ArticleRef] = []
        for ref in refs:
            out.append(ref)
            if not ref.range_inner:
                continue
            holding = [ref.work_id] if ref.work_id else [w for w in sorted(numbers) if ref.article in numbers[w]]
            holding = [w for w in holding if not ref.in_works or w in ref.in_works]
            if len(holding) != 1:
                continue
            for work_id in holding:
                under = [n for n in numbers.get(work_id, ()) if n.startswith(f"{ref.article}-")]
                out += [
                    replace(ref, work_id=work_id, in_works=(), article=n, implied=True)
                    for n in sorted(under, key=sort_key)
                ]
        return out

    def cited_passages(self, parsed: ParsedQuery, filters: SearchFilters) -> list[tuple[ArticleRef, list[Document]]]:
        """Each article the query cites with every indexed passage of it (none if the corpus lacks it), whatever
        the filters say of wording."""
        found: list[tuple[ArticleRef, list[Document]]] = []
        for ref in parsed.articles:
            if ref.unknown_work:  # «art. 9 du Code du travail»: another text's article 9 would be a wrong citation
                found.append((ref, []))
            elif ref.in_works:  # «décret n° 2-17-740 du 6 juillet 2018, article premier»: in the works named
                works = [ArticleRef(w, ref.article) for w in ref.in_works]
                documents = [d for w in works for d in self._passages_of(w, filters)]
                # «art. 82-7 CPP et art. 448-8»: the query ties 448-8 to no work, and the one it names is written
                # after another article, and lacks it; the few texts that have it show theirs (a trial lost it), and
                # the notice that the work named has none stays (`looked_elsewhere`): the tie was the parser's guess.
                # Not a work named before a list («loi 19-12 article 3 et article 82-5-1») or for it alone, nor one
                # that has it where a filter hides it: the notice alone says so.
                if (
                    not documents
                    and ref.others_works
                    and self._elsewhere(ref)
                    and not any(self._passages_of(w, _ANY) for w in works)
                ):
                    ref, documents = self._from_elsewhere(ref, filters)
                found.append((ref, documents))
            else:
                documents = self._passages_of(ref, filters)
                # «article 448-1 et article 3 du Protocole de Palerme»: the list's work, which lacks a sub-numbered
                # article few other texts have, was the parser's guess as above (a trainer got Palermo art. 3 alone).
                # Not where the work has the number's first part, whose paragraph it may be («article 44 1 et article
                # 45 de la CDE», «44.1»), nor another text cited with another word («المادة 35-1» is no «فصل»).
                base = ref.article.split("-")[0]
                if (
                    not documents
                    and ref.others_works
                    and self._elsewhere(ref, same_word=True)
                    and not self._passages_of(ref, _ANY)
                    and not self.passages.by_key(f"{ref.work_id}:{base}")
                    and not self._written_in(ref)
                ):
                    ref, documents = self._from_elsewhere(ref, filters)
                found.append((ref, documents))
            if not found[-1][1] and ref.article.startswith("dahir-") and not self._passages_of(ref, _ANY):
                # «المادة 52 من ظهير قانون الهجرة 02.03»: a text named by its dahir, which has no article 52 (a review):
                # the text's own article.
                [found[-1]] = self.cited_passages(
                    replace(parsed, articles=[replace(ref, article=ref.article.removeprefix("dahir-"))]), filters
                )
            if not found[-1][1] and (base := _typed_with_spaces(parsed.text, found[-1][0].article)):
                # «article 27 1 de la convention de Palerme» is article 27, paragraph 1: the convention numbers no
                # article 27-1, nor any under 27. Where the texts do («الفصل 448 15», 448-1 to 448-14 exist), the
                # article cited is missing, and article 448 is another one.
                [(_, documents)] = self.cited_passages(replace(parsed, articles=[replace(ref, article=base)]), filters)
                # An article tied to no work: any text's «82-5» makes «المادة 82 11» a sub-number, not article 82.
                scope = None if _untied(ref) else {d.meta["work_id"] for d in documents}
                if documents and not _has_sub_numbers(
                    [d for d in self.passages.all() if scope is None or d.meta["work_id"] in scope], base
                ):
                    found[-1] = (replace(ref, article=base), documents)
        return found

    def _missing_citation_notice(self, ref: ArticleRef, filters: SearchFilters, results_follow: bool) -> Notice:
        """A cited article the search found nothing of: missing from the corpus, or hidden by the filters chosen."""
        if ref.unknown_work:
            return _not_found(ref, results_follow=results_follow)
        # Within the filters chosen, as the article would have been.
        if written := [k for k in self._written_in(ref) if any(filters.admits(d) for d in self.passages.by_key(k))]:
            return _in_amending_law(ref, written, results_follow)
        if not filters.narrowed:
            return _not_found(ref, results_follow=results_follow, elsewhere=self._elsewhere(ref))
        refs = [ArticleRef(w, ref.article) for w in ref.in_works] if ref.in_works else [ref]
        if filters.language:
            everywhere = replace(filters, language=None)
            languages = sorted({d.meta["language"] for r in refs for d in self._passages_of(r, everywhere)})
            if languages:
                return _not_found(ref, languages, results_follow)
        unfiltered = SearchFilters(include_original=filters.include_original)
        works = sorted({d.meta["work_id"] for r in refs for d in self._passages_of(r, unfiltered)})
        if works:
            return _filtered_out(ref, works, results_follow)
        # The works that have it when the one named has not, as without filters, within those chosen.
        elsewhere = [w for w in self._elsewhere(ref) if self._passages_of(ArticleRef(w, ref.article), filters)]
        return _not_found(ref, results_follow=results_follow, elsewhere=elsewhere)

    def _written_in(self, ref: ArticleRef) -> list[str]:
        """The articles of the corpus's laws that give the wording of a code's article the corpus lacks: CPP 302 and
        7 are not in its extract of the CPP, but Law 103-13's articles 6 and 7 rewrite them (keys, in force)."""
        if not ref.work_id:
            return []
        # Not a code article the corpus holds, hidden by a filter: «art. 448-2 CP» narrowed to laws was said to be
        # missing, its wording in Law 27-14 art. 1 (a trial).
        if any(d.meta.get("current") is not False for d in self.passages.by_key(f"{ref.work_id}:{ref.article}")):
            return []
        return [k for k in wording_articles(self.catalogue, ref.work_id, ref.article) if self.passages.by_key(k)]

    def _from_elsewhere(self, ref: ArticleRef, filters: SearchFilters) -> tuple[ArticleRef, list[Document]]:
        """A cited article the work it was tied to lacks, from the texts that have it, marked so (the notice stays)."""
        documents = self._passages_of(ArticleRef(None, ref.article, word=ref.word), filters)
        return replace(ref, looked_elsewhere=bool(documents)), documents

    def _elsewhere(self, ref: ArticleRef, same_word: bool = False) -> list[str]:
        """The other works with a sub-numbered article (82-5-1, 448-2) that the work named lacks, when they are few
        enough to be a slip of the work's name; not a plain number, which most works have (Palermo has no article
        45, UNTOC and the CRC have: no slip is likely there). In the catalogue's order."""
        named = {ref.work_id} if ref.work_id else set(ref.in_works)
        if not named or "-" not in ref.article:
            return []
        works = {d.meta["work_id"] for d in self.passages.by_article(ref.article)} - named
        if same_word and ref.word:  # ``same_word``: only texts that cite their articles with the reader's word
            works = {w for w in works if (work := self.catalogue.get(w)) and work.convention_for("ar") == ref.word}
        order = self.catalogue.positions
        return sorted(works, key=lambda w: (order.get(w, len(order)), w)) if len(works) <= ELSEWHERE_WORKS else []

    def _at_paragraph(self, ref: ArticleRef, documents: list[Document]) -> list[Document]:
        """The cited article's passages, the part of each language version that holds the paragraph cited («art. 6
        §3») marked with its span (`paragraph_span` meta): shown first, and highlighted (`search.cited_paragraph`)."""
        if not ref.paragraph or not documents:
            return documents
        marked: dict[str, Document] = {}
        for parts, numbered in self._versions(documents):
            if found := paragraph_span([d.content or "" for d in parts], ref.paragraph, numbered=numbered):
                i, start, end = found
                meta = {**parts[i].meta, "paragraph_span": (start, end), "cited_paragraph": ref.paragraph}
                marked[parts[i].id] = replace(parts[i], meta=meta)
        return [marked.get(d.id, d) for d in documents]

    def _lacks_paragraph(self, ref: ArticleRef, documents: list[Document]) -> bool:
        """The article cited has fewer paragraphs than the one cited («art. 6 §7»), in every language version whose
        paragraphs can be counted: the reader is told so rather than shown the article as if it were there."""
        if not ref.paragraph or not ref.paragraph.isdigit() or not documents:
            return False
        if len({d.meta.get("work_id") for d in documents}) > 1:  # «المادة 5 الفقرة 4», sixteen texts: not said of one
            return False
        versions = self._versions(documents)
        counts = [paragraph_count([d.content or "" for d in parts], numbered=n) for parts, n in versions]
        return all(c is not None and c < int(ref.paragraph) for c in counts)

    def _versions(self, documents: list[Document]) -> list[tuple[list[Document], bool]]:
        """An article's passages by language version, each version's parts in order, and whether its text numbers its
        paragraphs (an international text's)."""
        out = []
        for parts in _wordings(documents):
            work = self.catalogue.get(parts[0].meta.get("work_id") or "")
            out.append((parts, work is None or work.jurisdiction != "MA"))
        return out

    def _passages_of(self, ref: ArticleRef, filters: SearchFilters) -> list[Document]:
        for work_id in self._candidate_works(ref):
            documents = (
                self.passages.by_key(f"{work_id}:{ref.article}") if work_id else self.passages.by_article(ref.article)
            )
            documents = [d for d in documents if filters.admits(d)]
            if documents:
                # A number tied to no work: the corpus's texts before users' uploads (a trial's «Code pénal commenté»
                # came first for «الفصل 448-2»), those whose articles are called as cited first («الفصل 5» is the
                # Penal Code's, «المادة 5» a law's or a convention's), then in the catalogue's order.
                return sorted(documents, key=lambda d: (self._added_by_user(d), *self._cited_as(d, ref.word)))
        return []

    def _cited_as(self, document: Document, word: str) -> tuple[bool, int]:
        """Whether the article's work calls its articles otherwise than ``word`` does, and the work's place in the
        catalogue."""
        work = self.catalogue.get(document.meta["work_id"])
        other_word = bool(word) and work is not None and work.convention_for("ar") != word
        order = self.catalogue.positions
        return other_word, order.get(document.meta["work_id"], len(order))

    def _added_by_user(self, document: Document) -> bool:
        work = self.catalogue.get(document.meta["work_id"])
        return work is not None and work.added_by_user

    def _candidate_works(self, ref: ArticleRef) -> list[str | None]:
        """The work named, then the codes it inserted articles into («الفصل 448-2 من القانون 27.14»). Not the law a
        decree implements: «المادة 3 من المرسوم 2.17.355» is not Law 19-12's article 3."""
        if ref.work_id is None:
            return [None]
        work = self.catalogue.get(ref.work_id)
        wording = [r for r in work.relations if r.type in _WORDING_RELATIONS] if work else []
        targets = [r.target for r in wording if ref.article in r.articles]
        return [ref.work_id, *targets]

    def retrieve(
        self,
        query: str,
        filters: SearchFilters,
        method: Method | None = None,
        boost_works: list[str] | None = None,
        lexical_query: str | None = None,
        named_by_title: Collection[str] = (),
    ) -> Retrieval:
        """Fused passages for the query's words, best first, with the evidence of how well anything matched.

        ``lexical_query`` is what the word-matching lists search: the query without the words that name
        a work or cite an article (`ParsedQuery.remainder`), since those select a work (boosted here) and
        would otherwise match every text that repeats the name (measured: MRR 0.803 → 0.839). The dense
        side reads the whole question, whose sense they are part of. Words asking for a definition
        («تعريف», «définition de») are no part of the term asked about: the lexical side leaves them out. The texts
        on trafficking itself (the catalogue's `focus`) are lifted by `focus_bonus`, and final clauses and dahirs
        lowered by `formal_penalty`, before the work named is."""
        lexical_query = query if lexical_query is None else lexical_query
        words = without_asking(lexical_query) if self.definitions else lexical_query
        # Qdrant filters only when the user narrowed the search; otherwise CandidateFilter does it.
        haystack_filters = filters.to_haystack() if filters.narrowed else None
        output = self.pipeline.run(
            {
                "dialect": {"text": as_embedded(query)},  # without tatweel, and bare when vocalised throughout
                "cross_lingual": {"text": query, "narrowed_to": filters.language},
                "sparse_embedder": {"text": words},
                "synonyms": {"text": words},
                "dense": {"filters": haystack_filters},
                "sparse": {"filters": haystack_filters},
                # The single-list variants (evaluation) need no translated query: "" translates to nothing.
                "translated": {
                    "text": "" if method in ("dense", "sparse") else words,
                    "filters": haystack_filters,
                },
                "questions": {"admits": filters.admits if filters.narrowed else None},
                "question_words": {"query": words, "admits": filters.admits if filters.narrowed else None},
                "candidates": {"include_original": filters.include_original},
                "fusion": {"method": method, "query": words},
            },
            include_outputs_from={"candidates"},
        )
        documents = output["fusion"]["documents"]
        candidates = output["candidates"]
        evidence = {
            "lexical_hits": len(candidates["sparse"]) + len(candidates["translated"]),
            "best_dense": max((d.score or 0.0 for d in candidates["dense"]), default=None),
        }
        if (method or self.fusion.method) == "weighted":  # score margins: not for RRF's ranks
            documents = self._by_standing(documents, names_subject(query))
            if not filters.jurisdiction and (named := jurisdiction_named(query)):
                documents = lift(
                    documents,
                    lambda d: JURISDICTION_BOOST if d.meta.get("jurisdiction") == named else 0.0,
                    most=JURISDICTION_BOOST,
                )
        if boost_works:
            works, keys = self._named_provisions(boost_works)

            def named(document: Document) -> bool:
                return document.meta.get("work_id") in works or document.meta.get("key") in keys

            if not any(d.meta.get("work_id") in works for d in documents):
                # No passage of the work named was retrieved (named by a number its text never writes, «ظهير
                # 1.16.127», and no word of the question in it): its opening articles, not only other works'.
                documents = documents + self._opening_passages(works, filters)
            # A run of a title's words names a body as much as the text: «اختصاصات اللجنة الوطنية لتنسيق…» asks what
            # Law 27-14's articles 6 and 7 say as much as the decree setting the commission's composition.
            by_title = set(named_by_title)  # only by title words: by its number or name too, the full boost

            def boost(document: Document) -> float:
                if not named(document):
                    return 0.0
                return TITLE_WORK_BOOST if document.meta.get("work_id") in by_title else WORK_BOOST

            documents = lift(documents, boost, most=WORK_BOOST)
        if self.definitions and method not in ("dense", "sparse"):  # the single-list variants measure a list alone
            # After the work's boost: among the passages of a work named, the one defining the term asked about.
            documents = self.definitions.run(documents=documents, query=lexical_query)["documents"]
        return Retrieval(documents, **evidence)

    def _by_standing(self, documents: list[Document], named: bool = False) -> list[Document]:
        """The fused passages with the texts on trafficking itself lifted by `focus_bonus` (`focus_bonus_named` when
        the question names trafficking), and final clauses, dahirs and the texts of repealed articles lowered by
        `formal_penalty` (as a lift of the others, so that scores stay within [0, 1])."""
        focus = self.focus_bonus_named if named else self.focus_bonus
        most = focus + self.formal_penalty
        if not most:
            return documents
        repealed = self._repealed_keys()
        return lift(documents, lambda d: self._standing(d, repealed, focus), most=most)

    def _standing(
        self, document: Document, repealed: frozenset[str] | None = None, focus: float | None = None
    ) -> float:
        work = self.catalogue.get(document.meta.get("work_id") or "")
        article = document.meta.get("article")
        if work is None:
            return self.formal_penalty
        # A line that only says the article was repealed («الفصول من 494 إلى 496 ألغيت.») answers no question on a
        # subject, nor does the other language's text of that article (a trial got both for «تهريب المهاجرين», the
        # French 496 by its «soustrait»).
        repealed = self._repealed_keys() if repealed is None else repealed
        if work.is_formal(article) or document.meta.get("repealed") or document.meta.get("key") in repealed:
            return 0.0
        focus = self.focus_bonus if focus is None else focus
        return self.formal_penalty + (focus if work.in_focus(article) else 0.0)

    def _repealed_keys(self) -> frozenset[str]:
        """The articles a current text of which only says they were repealed (`PassageIndex.repealed_keys`)."""
        return self.passages.repealed_keys()

    def _ambiguous_citations(
        self, parsed: ParsedQuery, cited_by_ref: list[tuple[ArticleRef, list[Document]]]
    ) -> list[tuple[ArticleRef, list[str]]]:
        """The citations not to show as cited, with the works that have the article.

        «Trafficking Protocol art. 3», «Statut de Rome art. 7»: an article tied to no work, in a question that says
        more than the citation, names a text the parser did not know; every work's article of that number is not
        what was cited. So when several works have one, or one only has it but the question names a kind of text
        that work is not («Genocide Convention article 60» is no Penal Code article). Likewise an article of a kind
        of text named by words none of that kind's names hold («article 9 du décret sur la commission nationale»):
        the one decree with an article 9 may not be the decree meant."""
        if not _words(parsed.remainder):
            return []
        kinds = kinds_named(parsed.remainder)
        return [
            (ref, works)
            for ref, documents in cited_by_ref
            if (works := _works_of(documents))
            and (
                ref.unsure
                or _untied(ref)
                and (len(works) > 1 or "other" in kinds or (kinds and self.catalogue.work(works[0]).type not in kinds))
            )
        ]

    def _first_articles(
        self, parsed: ParsedQuery, filters: SearchFilters, retrieval: Retrieval | None = None
    ) -> list[str]:
        """The keys of the first `OTHER_LANGUAGE_TOP` articles of the search within ``filters`` (its ``retrieval``,
        where the search has made it); none when nothing matches the question closely («asdfgh» is answered nowhere:
        nothing to point to)."""
        retrieval = retrieval or self._retrieve(parsed, filters)
        if not parsed.works and _weak_match(retrieval, self._calibrated):
            return []
        return [
            hit.key for hit in self.grouper.run(documents=retrieval.documents, top_k=OTHER_LANGUAGE_TOP)["articles"]
        ]

    def _answers_in_other_languages(
        self, parsed: ParsedQuery, filters: SearchFilters, wider: Retrieval | None = None
    ) -> list[tuple[str, set[str]]]:
        """The articles among the first of the search in every language (``wider``, where the search has made it)
        that have no wording in the language the search is narrowed to, with their languages: «exonération des frais de
        justice» narrowed to French would never show Law 27-14 art. 5, which the corpus holds in Arabic only."""
        everywhere = replace(filters, language=None)
        hidden = []
        for key in self._first_articles(parsed, everywhere, wider and _admitted(wider, everywhere)):
            wordings = [d for d in self.passages.by_key(key) if everywhere.admits(d)]
            languages = {d.meta["language"] for d in wordings if d.meta.get("current") is not False}
            if languages and filters.language not in languages:
                hidden.append((key, languages))
        return hidden

    def _answers_outside_filters(
        self, parsed: ParsedQuery, filters: SearchFilters, wider: Retrieval | None = None
    ) -> list[str]:
        """The articles among the first of the search without the kind of work and jurisdiction chosen (in the
        language chosen, if any; ``wider``, where the search has made it) that those filters leave out: «non-punition
        des victimes» narrowed to laws would never show Penal Code 448-14, a code's (a trial)."""
        narrowing = replace(filters, language=None)
        return [
            key
            for key in self._first_articles(
                parsed, _without_kind(filters), wider and _admitted(wider, _without_kind(filters))
            )
            if not any(narrowing.admits(d) for d in self.passages.by_key(key))
        ]

    def _retrieve(self, parsed: ParsedQuery, filters: SearchFilters, method: Method | None = None) -> Retrieval:
        """`retrieve` for the parsed question: its words, the works it names boosted (not for a single list)."""
        # Mistyped words put right (`search.spelling`) for both lists; the citations and works were read as typed.
        return self.retrieve(
            self._spelt(_dense_query(parsed), parsed),
            filters,
            method,
            boost_works=[] if method in ("dense", "sparse") else parsed.works,
            lexical_query=self._spelt(without_digit_words(_lexical_query(parsed)), parsed),
            named_by_title=parsed.by_title_words,
        )

    def _spelt(self, text: str, parsed: ParsedQuery) -> str:
        """``text`` with its mistyped words put right, unless the question is Darija in Latin letters (its words are
        no French: «passeportha» is no «passeports»)."""
        return text if looks_like_arabizi(parsed.text) else self.speller.correct(text)

    def _retrieve_within(
        self, parsed: ParsedQuery, filters: SearchFilters, method: Method | None, top_k: int
    ) -> tuple[Retrieval, Retrieval | None]:
        """The search's retrieval within ``filters`` and, where they narrow the kind of work, the jurisdiction or the
        language, the one without those (what the notices on answers left out read, `_admitted` to their own filters).
        One retrieval serves both when the wider one's passages within the filters hold ``top_k`` articles: the filter
        then leaves out what it does not admit and reorders nothing, and the embedded store's filtered search (in
        Python, over every point) is not run: a search narrowed to Morocco took twice a plain one's time. A filter that
        leaves fewer («convention» in English, French for an Arabic question), or one the question is embedded otherwise
        for, is searched on its own."""
        narrowed = filters.work_type or filters.jurisdiction or filters.language
        if not narrowed or filters.work_id or method is not None:
            return self._retrieve(parsed, filters, method), None
        wider = self._retrieve(parsed, replace(_without_kind(filters), language=None))
        # Narrowed to French or English texts, a French question is not moved toward its Arabic rendering (see
        # search.cross_lingual): its ranking is not the wider one's, and is searched on its own.
        question = _dense_query(parsed)
        if self.cross_lingual.blends(question) != self.cross_lingual.blends(question, filters.language):
            return self._retrieve(parsed, filters), wider
        within = _admitted(wider, filters)
        if len({d.meta.get("key") for d in within.documents}) >= top_k:
            return within, wider
        return self._retrieve(parsed, filters), wider

    def _work_filtered_out(self, works: Sequence[str], filters: SearchFilters) -> Notice | None:
        """A work named alone that a filter other than the language hides («loi 27-14» within the Penal Code): the
        notice that says so (the language has its own, `_work_in_other_languages`)."""
        if self._opening_passages(set(works), replace(filters, language=None), limit=1):
            return None
        everywhere = SearchFilters(include_original=filters.include_original)
        hidden = [w for w in works if self._opening_passages({w}, everywhere, limit=1)]
        if not hidden:
            return None
        return Notice(
            code="work_filtered_out",
            message=f"{', '.join(hidden)} is in the corpus but outside the filters chosen",
            work_id=hidden[0],
            works=hidden,
        )

    def _work_in_other_languages(self, works: set[str], filters: SearchFilters) -> list[tuple[str, set[str]]]:
        """A work named alone, in a search narrowed to a language it lacks («loi 27-14» in French): its first
        articles, with their languages."""
        if self._opening_passages(works, filters, limit=1):
            return []
        elsewhere = self._opening_passages(works, replace(filters, language=None), limit=OTHER_LANGUAGE_TOP * 4)
        keys = list(dict.fromkeys(d.meta["key"] for d in elsewhere))[:OTHER_LANGUAGE_TOP]
        return [(key, {d.meta["language"] for d in elsewhere if d.meta["key"] == key}) for key in keys]

    def _provisions_written_by(self, work_ids: Sequence[str]) -> list[str]:
        """The keys of the articles of other texts whose wording the works wrote («loi 27-14»: Penal Code 448-1 to
        448-14), in the relations' order; not the articles a decree implements, which are another text's."""
        keys = [
            f"{r.target}:{article}"
            for work_id in work_ids
            if (work := self.catalogue.get(work_id))
            for r in work.relations
            if r.type in _WORDING_RELATIONS
            for article in r.articles
        ]
        return list(dict.fromkeys(keys))

    def _provisions_in_language(self, works: Sequence[str], filters: SearchFilters) -> list[str]:
        """`_provisions_written_by` the works that have a current wording within ``filters``: where a law exists only
        in Arabic, a search narrowed to French can still give the French of the provisions it made (a trial)."""
        return [
            key
            for key in self._provisions_written_by(works)
            if any(filters.admits(d) and d.meta.get("current") is not False for d in self.passages.by_key(key))
        ]

    def _opening_passages(
        self, works: set[str], filters: SearchFilters, limit: int = OPENING_PASSAGES
    ) -> list[Document]:
        """The first passages of the works, in their order, at score 0: within the filters and, unless originals are
        asked for, current."""
        admitted = [
            d
            for d in self.passages.all()
            if d.meta.get("work_id") in works
            and filters.admits(d)
            and (filters.include_original or d.meta.get("current") is not False)
        ]
        admitted.sort(key=lambda d: (d.meta.get("position", 0), d.meta.get("part", 0)))  # an article's first part first
        return [replace(d, score=0.0) for d in admitted[:limit]]

    def _named_provisions(self, work_ids: list[str]) -> tuple[set[str], set[str]]:
        """The works a query names, and the code articles whose wording they wrote: «loi 27-14» means Penal
        Code 448-1 to 448-14 as much as its own articles."""
        return set(work_ids), set(self._provisions_written_by(work_ids))

    def search(
        self,
        query: str,
        *,
        top_k: int = 10,
        lang: str | None = None,
        filters: SearchFilters | None = None,
        method: Method | None = None,
    ) -> SearchResponse:
        query = validate_query(query, top_k, lang)
        self.refresh_lexicon()
        filters = filters or SearchFilters(language=lang)
        if lang and not filters.language:
            filters = replace(filters, language=lang)
        parsed = parse_query(query, self.catalogue)
        parsed = replace(parsed, articles=self._with_sub_articles(parsed.articles))
        cited_by_ref = [(ref, self._at_paragraph(ref, docs)) for ref, docs in self.cited_passages(parsed, filters)]
        ambiguous = self._ambiguous_citations(parsed, cited_by_ref)
        cited_by_ref = [(ref, documents) for ref, documents in cited_by_ref if not any(ref == a for a, _ in ambiguous)]
        cited = [d for _, documents in cited_by_ref for d in documents]
        # A citation alone answers with its article, or with nothing when the corpus lacks it («الفصل 999», «C189»):
        # the words around the number («الفصل», «code pénal») would match passages that only look like an answer.
        # Not a work named besides («loi 19-12 et C189»): that one's articles answer.
        named_besides = [w for w in parsed.works if not any(w in (r.work_id, *r.in_works) for r in parsed.articles)]
        cited_only = (
            bool(parsed.articles or parsed.outside) and not named_besides and not _words_besides_citations(parsed)
        )
        # A work named and nothing else («loi 27-14», «Protocole de Palerme», «la loi du 25 août 2016»): the reader
        # opens it; its articles in order, not the passages that best match the words of its name.
        # Not a work's title words, which say a subject too («اللجنة الوطنية لتنسيق…» is Law 27-14 art. 6's as well).
        work_only = (
            bool(set(parsed.works) - set(parsed.by_title_words))
            and not parsed.articles
            and not parsed.outside
            and not _words(parsed.remainder)
        )
        work_only = work_only and method not in ("dense", "sparse")  # the single-list variants measure a list alone
        if work_only:
            opening = self._opening_passages(set(parsed.works), filters, limit=top_k * _PASSAGES_PER_ARTICLE)
            retrieval, wider = Retrieval([replace(d, score=1.0) for d in opening]), None
        else:
            retrieval, wider = (
                (Retrieval([]), None)
                if (cited and parsed.is_citation_only) or (cited_only and not cited)
                else self._retrieve_within(parsed, filters, method, top_k)
            )
        # Whether the words were searched: not for a work opened or a citation alone (its spelling notice would name
        # words no search read, a review).
        searched = not work_only and not ((cited and parsed.is_citation_only) or (cited_only and not cited))
        documents = retrieval.documents
        # A question in one language has it as its dominant one: «le patron اللي شد…» is Arabic, as «عقوبة الاتجار».
        preferred = filters.language or dominant_language(query)
        articles = self.grouper.run(
            documents=documents,
            cited=cited,
            # Every article cited is shown («articles 448-1 à 448-14» is 14, over the page's 10; a range is 51 at most,
            # with the articles numbered under its members).
            top_k=max(top_k, len({d.meta["key"] for d in cited})),
            preferred_language=preferred,
            matched_by="work" if work_only else "search",
        )["articles"]
        # What the words matched, not an article cited: «article 82-5-1 du CPP» or «loi 19-12 article 6» highlighted
        # sentences that only say «المادة» or «loi» (a trial); a work named by its title's words keeps them (they say
        # the subject too), and a work opened matched nothing.
        matched_words = "" if work_only else parsed.remainder if parsed.articles or parsed.outside else query
        spelt = self._spelt(matched_words, parsed)  # as `_retrieve` searched them
        translations = list(translate_query(spelt, self.translator.lexicon, self.translator.glossary))
        results = self.builder.run(
            articles=articles,
            query=spelt,
            catalogue=self.catalogue,
            preferred_language=preferred,
            translations=translations,
        )["results"]
        # Each citation on its own: «art. 448-2 CP et art. 448-2 du CPP» finds the first, not the second. Beside a cited
        # article found, the results are not only what the words match: no notice says they are.
        notices = [
            self._missing_citation_notice(ref, filters, results_follow=bool(results) and not cited)
            for ref, documents in cited_by_ref
            # Not a range's sub-articles hidden by a filter: its members say so.
            if (not documents or ref.looked_elsewhere) and not ref.implied
        ]
        notices += [
            _outside_corpus(
                name,
                bool(results) and not cited,
                self.noted_laws.get(law_number(name) or "", []),
                parsed.other_way.get(name),
            )
            for name in parsed.outside
        ]
        notices += [
            _paragraph_not_found(ref, documents[0].meta["work_id"])
            for ref, documents in cited_by_ref
            if self._lacks_paragraph(ref, documents)
        ]
        notices += [_read_reversed(typed, work_id) for typed, work_id in parsed.read_reversed]
        notices += [_ambiguous(ref, works, results_follow=bool(results) and not cited) for ref, works in ambiguous]
        # «المادة 5» alone: sixteen texts have one; the reader should know that naming the text narrows it to one.
        # Not for each number of a list or a range («المواد 1 إلى 30»): its reader cited many on purpose.
        if len(cited_by_ref) == 1:
            [(ref, found)] = cited_by_ref
            several = list(dict.fromkeys(d.meta["work_id"] for d in found))
            if _untied(ref) and len(several) > 1:
                notices.append(_several_works(ref, several))
        if work_only and not results and (outside := self._work_filtered_out(parsed.works, filters)):
            notices.append(outside)
        # A work chosen as a filter that has nothing in the language chosen (Law 27-14, Arabic only, in French): its
        # answers in the languages it has (a trial got no result and no word why).
        elif filters.language and method is None and not cited and (results or work_only or filters.work_id):
            hidden = (
                self._work_in_other_languages(set(parsed.works), filters)
                if work_only
                else self._answers_in_other_languages(parsed, filters, wider)
            )
            if not hidden and not results and filters.work_id:  # nothing near («asdfgh»): the work's opening articles
                hidden = self._work_in_other_languages({filters.work_id}, filters)
            if hidden:
                languages = sorted({lang for _, langs in hidden for lang in langs})
                # A work named alone: its first articles, and its contents for the rest (a trial read Law 27-14's
                # articles 1 to 5 as the whole law).
                opened = next(iter(parsed.works), None) if work_only and len(set(parsed.works)) == 1 else None
                keys = [k for k, _ in hidden]
                if opened and len({d.meta["key"] for d in self.passages.all() if d.meta["work_id"] == opened}) <= len(
                    keys
                ):
                    opened = None  # all listed
                notices.append(_other_language_notice(keys, languages, filters.language, opened))
            # One notice per law, each with its own articles (a review: two laws named gave the second's to the
            # first); beyond a filter to the law itself, whose provisions are another text's.
            for work_id in parsed.works if work_only and hidden else []:
                if provisions := self._provisions_in_language([work_id], replace(filters, work_id=None)):
                    notices.append(_provisions_notice(work_id, provisions, filters.language))
        # Not narrowed to a work: whoever chose one knows that the others are left out.
        if (
            (filters.work_type or filters.jurisdiction)
            and method is None
            and not cited
            and not work_only
            and not cited_only
        ):
            if outside := self._answers_outside_filters(parsed, filters, wider):
                notices.append(_outside_filters_notice(outside))
        # A cited article found answers the question, however little its words match, and one missing has its
        # notice; a named work or a filter narrows the search, and the threshold holds for the whole corpus only.
        narrowed = parsed.works or filters.narrowed
        if not cited and method is None and looks_like_arabizi(query):
            notices.append(_arabizi())  # says more than a weak match would: how to ask instead
        weak = None if cited or notices or method or narrowed else _weak_match(retrieval, self._calibrated)
        if weak:
            notices.append(weak)
        # «jurisprudence de la Cour de cassation sur la traite»: the provisions found read like the court's answer.
        # After the weak match, which it does not replace («jurisprudence sur le divorce» may match nothing closely).
        if searched and method is None and (material := asks_for_material(query, self.catalogue)):
            notices.append(_material_outside_corpus(material, bool(results) and not cited))
        if spelt != matched_words and method is None and searched:
            notices.append(_spelling(spelt))
        return SearchResponse(query=query, results=results, notices=notices)
