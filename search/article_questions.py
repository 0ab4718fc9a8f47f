"""Questions each article answers, compared with the reader's: the bridge from plain words to the law's.

A caseworker asks «les hommes qui vont voir des filles tenues par un réseau, ils risquent quelque chose ?»; Penal Code
448-10 punishes «كل من استفاد، مع علمه بجريمة الاتجار بالبشر، من خدمة … يقدمه ضحية». The two share no word, and the
embedding model (multilingual e5-small) puts the question about a thousand passages away from the article. Two
questions, though, it compares well. ``corpus/article-questions/`` holds, for the articles of the starter corpus's
texts on trafficking and the offences beside it, questions each article answers, in French, Arabic and Darija, in a
victim's words, a practitioner's and a search box's: document expansion, as doc2query does with a generation model,
written here once and offline, from each article's text alone (see that folder's README). The reader's question is
compared with them, and the articles whose questions come closest join the candidates, each scored by its questions'
vote (`VOTING_TEMPERATURE`), a list of its own in the fusion (`search.fusion`).

They are search aids, never shown nor quoted: a result always shows the article's own text.

Measured (sum of MRR@10 × questions over the read sets: dev, held-out 1, 2, 3, 8 and 10, definitions and the issue's
examples; 173.1 without): with the questions of the core texts alone (448-x, Law 27-14, the CPP's victims' articles,
Decree 2-17-740) 181.9 at weight 0.4; with every text's, in a harness, 195.6 (weight 0.3) to 204.4 (1.0, over the 300
closest articles), 202.1 at 0.5 over the 100 closest; as built, scaled by the nearest question's closeness
(`search.fusion.QUESTION_CONFIDENCE`), 201.4 at 0.7 and 203.7 at 1.0 (kept; 203.6 after a review's mends).
Embedding the reader's question after the Darija rewrite or before it measured the same (215.4 / 216.2 with the
Darija sets 4 and 5). See tests/eval/README.md for the held-out figures.

A question names its article by the source file and a snippet of the article's text, as the evaluation's gold does,
so that a change in how articles are keyed or split does not lose it; the snippets are looked up in the indexed
passages each time those change. Only the questions of articles in the index are embedded, once per set of them
(cached in the data folder).

Usage::

    matcher = ArticleQuestionMatcher(load_article_questions())
    matcher.attach(passages.all(), embed=lambda texts: embedder.embedding_backend.embed(texts))
    matcher.run(query_embedding=vector)["documents"]  # the passages of the closest articles, scored by closeness
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from haystack import Document, component

from ingest.catalogue import Catalogue
from ingest.text import normalize_for_match
from search.shared_document import shared

logger = logging.getLogger(__name__)

DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / "corpus" / "article-questions"
LANGUAGES = ("fr", "ar", "ary")  # ary: Moroccan Darija, in Arabic script
TOP_ARTICLES = 100  # articles whose questions come closest, passed on to the fusion (and the range normalised over)
# An article's closeness is a vote of its questions among the VOTERS closest to the reader's: T·log Σ exp(cosine / T),
# its nearest question's cosine when that one alone is close, more when several are. The nearest alone lets one
# question worded like the reader's (Darija with the same French words) outrank an article that several questions
# answer. Sum of MRR@10 × questions over the read sets (dev, held-out 1, 2, 3, 8, 10, definitions, the issue's
# examples; 253 questions): nearest 203.6, T 0.01 204.0, T 0.02 204.7 (kept); Darija held-out 4 and 5 (48): 19.0 →
# 21.2; none of the three moved the Penal Code set of session 17 (36: 12.3 → 12.2).
VOTING_TEMPERATURE = 0.02
VOTERS = 300
# Some questions sit close to many readers' questions on other articles («Les mesures contre la traite peuvent-elles
# priver une victime de son droit…»: any question on victims' rights comes near it), and their article wins questions
# that are not its own: Palermo Protocol 8, on repatriation, came first for «la victime doit-elle être informée de ses
# droits dans une langue qu'elle comprend ?». Each question's closeness is lowered by HUBNESS_WEIGHT times its
# `crowding`: how close its HUBNESS_NEIGHBOURS nearest questions of other articles come, against the average
# (cross-domain similarity local scaling, CSLS, Conneau et al. 2018). Sum of MRR@10 × questions over the read sets
# (253), then over Darija 4 and 5 with the Penal Code set of session 17 (84): weight 0: 204.7 / 33.5. With 5
# neighbours, 0.3: 206.4 / 34.2; 0.45: 207.8 / 35.6 (kept); 0.6: 208.4 / 34.1. At 0.45, 3 neighbours: 207.1 / 32.0;
# 10: 207.3 / 34.4; 30: 206.5 / 35.0. With 10 neighbours, 1.0: 206.1 / 33.1.
HUBNESS_NEIGHBOURS = 5
HUBNESS_WEIGHT = 0.45
PROMPT = "query: "  # a question, embedded as the reader's is: e5 compares two queries well
CACHE_FORMAT = "1"  # part of the cache key: a change to how the vectors are made must not reuse older files


@dataclass(frozen=True)
class ArticleQuestion:
    """One question an article answers. ``source`` is the file of ``../shared/corpus-sources`` the article is read
    from, ``snippet`` a few words copied from its text, which find it in the index."""

    source: str
    article: str
    snippet: str
    language: str
    text: str


def load_article_questions(folder: Path = DEFAULT_FOLDER) -> list[ArticleQuestion]:
    """The questions of every ``SOURCE.tsv`` in ``folder`` (none when it does not exist).

    A line is ``article<TAB>snippet<TAB>language<TAB>question``; blank lines and lines starting with ``#`` are
    skipped. Raises ValueError naming the file and line of a malformed one."""
    questions: list[ArticleQuestion] = []
    for path in sorted(Path(folder).glob("*.tsv")):
        source = f"{path.stem}.txt"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4 or not all(f.strip() for f in fields):
                raise ValueError(
                    f"{path.name}:{number}: expected article, snippet, language and question, tab-separated"
                )
            article, snippet, language, text = (f.strip() for f in fields)
            if language not in LANGUAGES:
                raise ValueError(f"{path.name}:{number}: language {language!r} is not one of {', '.join(LANGUAGES)}")
            questions.append(ArticleQuestion(source, article, snippet, language, text))
    return questions


def article_texts(documents: Iterable[Document]) -> dict[tuple[str, str], list[str]]:
    """Each indexed article's whole text per source file and language, normalised as snippets are (a snippet may
    run over two passages of a long article): ``{(source, key): [text, …]}``."""
    parts: dict[tuple[str, str, str, str], list[tuple[int, str]]] = defaultdict(list)
    for document in documents:
        meta = document.meta
        if not meta.get("key"):
            continue
        source = Path(str(meta.get("source") or "")).name
        unit = (source, meta["key"], str(meta.get("language")), str(meta.get("version_id")))
        parts[unit].append((int(meta.get("part") or 0), document.content or ""))
    texts: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (source, key, _, _), pieces in parts.items():
        texts[(source, key)].append(normalize_for_match(" ".join(text for _, text in sorted(pieces))))
    return texts


def find_articles(
    questions: Sequence[ArticleQuestion], documents: Iterable[Document], works: Callable[[str], bool] = lambda _: True
) -> dict[tuple[str, str], tuple[str, ...]]:
    """The article keys each (source, snippet) is found in: among the passages read from that source file, else
    among those of the works ``works`` accepts (the 448-x articles are indexed from the whole Penal Code, not from
    the extract the questions were written on), so that a user's upload quoting an article takes none of its
    questions. An empty tuple where the snippet is in no indexed article."""
    texts = article_texts(documents)
    by_source: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    catalogue: list[tuple[str, list[str]]] = []
    for (source, key), versions in texts.items():
        if not works(key.partition(":")[0]):
            continue  # a user's upload keeps its file's name: one named as a source file takes nothing either
        by_source[source].append((key, versions))
        catalogue.append((key, versions))
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for question in questions:
        unit = (question.source, question.snippet)
        if unit in found:
            continue
        snippet = normalize_for_match(question.snippet)
        candidates = by_source.get(question.source) or catalogue
        found[unit] = tuple(sorted({key for key, versions in candidates if any(snippet in t for t in versions)}))
    return found


def _cached_vectors(
    texts: list[str], embed: Callable[[list[str]], Any], cache_dir: Path | None, model: str
) -> np.ndarray:
    """Unit vectors of ``texts`` (with the query prompt), read from ``cache_dir`` when these texts were embedded by
    this model before."""
    # The model's folder name, not its path: the data folder may be moved or named otherwise (a copy re-embedded
    # 3,400 questions in two minutes at start).
    name = Path(model).name or model
    digest = hashlib.sha256("\n".join([CACHE_FORMAT, name, PROMPT, *texts]).encode("utf-8")).hexdigest()[:16]
    path = Path(cache_dir) / f"{digest}.npy" if cache_dir else None
    if path:
        try:
            vectors = np.load(path)
            # Another model of the same name would not have the same width: then embedded again.
            if vectors.shape == (len(texts), len(embed([PROMPT])[0])):
                return vectors
        except (OSError, ValueError):
            pass  # not embedded yet for these questions, or unreadable: embed again
    vectors = np.asarray(embed([PROMPT + t for t in texts]), dtype=np.float32).reshape(len(texts), -1)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    if path:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob("*.npy"):
                old.unlink(missing_ok=True)  # other question sets
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as out:
                np.save(out, vectors)
            os.replace(out.name, path)
        except OSError:
            pass  # a read-only or full data folder costs an embedding next start, nothing else
    return vectors


def starter_works(catalogue: Catalogue) -> Callable[[str], bool]:
    """Whether a work id is one of the catalogue's own works, not a user's upload (``works`` of `find_articles`);
    the catalogue is read at each call, as uploads change it."""

    def starter(work_id: str) -> bool:
        work = catalogue.get(work_id)
        return work is not None and not work.added_by_user

    return starter


def embedding_function(embedder: Any) -> Callable[[list[str]], Any]:
    """Texts to vectors with a warmed-up sentence-transformers embedder's model (query or document embedder alike:
    the prompt is added here, not by it)."""
    return lambda texts: embedder.embedding_backend.embed(texts, batch_size=64, show_progress_bar=False)


def crowding(vectors: np.ndarray, keys: Sequence[Sequence[str]], neighbours: int = HUBNESS_NEIGHBOURS) -> np.ndarray:
    """Per question (the unit rows of ``vectors``; ``keys``: the articles each answers), the mean cosine of its
    ``neighbours`` nearest questions of other articles, less the average of that mean over all questions: above 0 for
    a question in a crowd of other articles' questions, which comes close to readers' questions on any of them."""
    count = len(vectors)
    rows_of: dict[str, list[int]] = defaultdict(list)
    for row, articles in enumerate(keys):
        for key in articles:
            rows_of[key].append(row)
    crowd = np.zeros(count, dtype=np.float32)
    for start in range(0, count, 1024):  # in blocks: the whole matrix is count² floats
        block = vectors[start : start + 1024] @ vectors.T
        for offset in range(len(block)):
            for key in keys[start + offset]:
                block[offset, rows_of[key]] = -np.inf  # its own article's questions, itself among them
        nearest = -np.sort(-block, axis=1)[:, :neighbours]
        found = np.isfinite(nearest)  # fewer than `neighbours` in a tiny index; none where one article is all there is
        total = np.where(found, nearest, 0.0).sum(axis=1)
        crowd[start : start + len(block)] = total / np.maximum(found.sum(axis=1), 1)
    return crowd - crowd.mean() if count else crowd


@dataclass(frozen=True)
class _Attached:
    keys: tuple[tuple[str, ...], ...]  # per embedded question, the articles it answers
    vectors: np.ndarray  # one unit row per embedded question
    passages: dict[str, tuple[Document, ...]]  # per article key, its indexed passages
    crowding: np.ndarray  # per embedded question, its `crowding`
    texts: tuple[str, ...]  # per embedded question, its text


@component
class ArticleQuestionMatcher:
    """Finds the articles whose written questions come closest to the reader's question, by cosine of their
    embeddings; returns those articles' passages, each scored with its article's best closeness.

    Usage example::

        matcher = ArticleQuestionMatcher(load_article_questions(), cache_dir=Path("data/article-questions"))
        matcher.attach(documents, embed=embedder.embedding_backend.embed)  # after each change of the index
        matcher.run(query_embedding=vector)["documents"]
    """

    def __init__(
        self,
        questions: Sequence[ArticleQuestion] = (),
        top_articles: int = TOP_ARTICLES,
        cache_dir: Path | None = None,
        model: str = "",
        hubness_weight: float = HUBNESS_WEIGHT,
    ) -> None:
        """
        :param questions: the written questions (`load_article_questions`).
        :param top_articles: how many of the closest articles are returned.
        :param cache_dir: where the questions' vectors are kept between starts (None: embedded at each attach).
        :param model: the embedding model's name or path, part of the cache key.
        :param hubness_weight: how far a question's `crowding` lowers its closeness (0: not at all).
        """
        self.questions = list(questions)
        self.top_articles = top_articles
        self.cache_dir = cache_dir
        self.model = model
        self.hubness_weight = hubness_weight
        self.unmatched: list[ArticleQuestion] = []
        self._attached = _Attached((), np.zeros((0, 0), dtype=np.float32), {}, np.zeros(0, dtype=np.float32), ())

    def attach(
        self,
        documents: Sequence[Document],
        embed: Callable[[list[str]], Any],
        works: Callable[[str], bool] = lambda _: True,
    ) -> None:
        """Ties the questions to the indexed articles their snippets are in and embeds those questions (``embed``:
        texts to vectors, the reader's question's model). Questions of articles not in the index are left out
        (``unmatched``)."""
        found = find_articles(self.questions, documents, works)
        kept = [q for q in self.questions if found[(q.source, q.snippet)]]
        self.unmatched = [q for q in self.questions if not found[(q.source, q.snippet)]]
        if self.unmatched:
            logger.info("%d written questions name no indexed article", len(self.unmatched))
        wanted = {key for q in kept for key in found[(q.source, q.snippet)]}
        passages: dict[str, list[Document]] = defaultdict(list)
        for document in documents:
            if document.meta.get("key") in wanted:
                passages[document.meta["key"]].append(shared(replace(document, embedding=None, sparse_embedding=None)))
        vectors = (
            _cached_vectors([q.text for q in kept], embed, self.cache_dir, self.model)
            if kept
            else np.zeros((0, 0), dtype=np.float32)
        )
        keys = tuple(found[(q.source, q.snippet)] for q in kept)
        self._attached = _Attached(
            keys,
            vectors,
            {k: tuple(v) for k, v in passages.items()},
            crowding(vectors, keys),
            tuple(q.text for q in kept),
        )

    @property
    def articles(self) -> int:
        """How many indexed articles have questions."""
        return len(self._attached.passages)

    def written(self) -> tuple[dict[str, list[str]], dict[str, tuple[Document, ...]]]:
        """The attached questions' texts per article key, and each such article's passages: what
        `search.question_words.QuestionWordMatcher` indexes."""
        attached = self._attached
        texts: dict[str, list[str]] = defaultdict(list)
        for keys, text in zip(attached.keys, attached.texts, strict=True):
            for key in keys:
                texts[key].append(text)
        return dict(texts), attached.passages

    @component.output_types(documents=list[Document])
    def run(self, query_embedding: list[float], admits: Callable[[Document], bool] | None = None) -> dict[str, Any]:
        """
        :param query_embedding: the reader's question, embedded with the query prompt.
        :param admits: the search's filters, where it is narrowed: passages it refuses are left out.
        :returns: a dictionary with `documents`: the passages of the ``top_articles`` closest articles (of those
            the `VOTERS` closest questions answer), best first,
            each scored with its article's closeness: its questions' vote (see `VOTING_TEMPERATURE`), on the scale of
            the nearest question's cosine, which the best article gets.
        """
        attached = self._attached
        if not len(attached.keys) or not query_embedding:
            return {"documents": []}
        query = np.asarray(query_embedding, dtype=np.float32)
        closeness = attached.vectors @ (query / max(float(np.linalg.norm(query)), 1e-12))
        closeness = closeness - self.hubness_weight * attached.crowding
        admitted: dict[str, list[Document]] = {}
        votes: dict[str, float] = {}
        nearest: float | None = None
        voters = 0
        for index in np.argsort(-closeness):
            keys = []
            for key in attached.keys[index]:
                if key not in admitted:
                    # Filtered before the vote: a search narrowed to one work still gets its closest articles.
                    admitted[key] = [d for d in attached.passages.get(key, ()) if admits is None or admits(d)]
                if admitted[key]:
                    keys.append(key)
            if not keys:
                continue
            nearest = float(closeness[index]) if nearest is None else nearest
            for key in keys:
                votes[key] = votes.get(key, 0.0) + float(np.exp((closeness[index] - nearest) / VOTING_TEMPERATURE))
            voters += 1
            if voters >= VOTERS:
                break
        if nearest is None:
            return {"documents": []}
        scores = {key: VOTING_TEMPERATURE * float(np.log(total)) for key, total in votes.items()}
        ranked = sorted(scores.items(), key=lambda item: -item[1])[: self.top_articles]
        shift = nearest - ranked[0][1]  # the best article on the nearest question's scale (the fusion's confidence)
        documents = [replace(d, score=score + shift) for key, score in ranked for d in admitted[key]]
        return {"documents": documents}
