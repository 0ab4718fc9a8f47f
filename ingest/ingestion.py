"""Ingestion: source file → articles → passages → embeddings → index, idempotently.

Each language version of a work is one unit: its passages carry the version's content hash, so
an unchanged version is skipped, and a changed one is rewritten in place (passage ids are stable
per version, article and part) before the passages it no longer has are deleted — at no moment
does the index hold no passages or two copies of one for that version.

Usage::

    from ingest.ingestion import Ingestor
    ingestor = Ingestor(Settings())
    report = ingestor.ingest_catalogue()
    print(report.summary())
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from haystack import Document, Pipeline
from haystack.components.writers import DocumentWriter
from haystack.document_stores.types import DuplicatePolicy
from haystack_integrations.components.embedders.sentence_transformers import (
    SentenceTransformersDocumentEmbedder,
)
from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

from ingest.catalogue import Catalogue, LanguageVersion, Relation, Work
from ingest.citation import amending_wording_label, original_wording_label
from ingest.crossrefs import find_references
from ingest.embedding_model import resolve_model
from ingest.extract import ExtractionError, extract
from ingest.history import amendment_history
from ingest.index import open_document_store
from ingest.passages import article_passages
from ingest.settings import Settings
from ingest.sparse import LexicalSparseDocumentEmbedder
from ingest.structure import Article, split_articles
from ingest.user_documents import full_catalogue, uploads_dir

# Part of every version's hash: bump it when what is indexed per passage changes (meta, vectors),
# so that `daleel ingest` re-indexes documents whose text did not change.
INDEX_FORMAT = "12"
# Six times the corpus's longest article (UNTOC art. 18, 16,206 characters): past it, a file's headings were missed and
# one "article" holds the rest of the document (an audit sent 5 MB after «Article 1»).
MAX_ARTICLE_CHARS = 100_000


@dataclass
class VersionResult:
    version_id: str
    source: str
    status: str  # "indexed", "unchanged", "kept" (a user's file gone, its indexed text kept), "failed"
    articles: int = 0
    passages: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    results: list[VersionResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[VersionResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        articles = sum(r.articles for r in self.results)
        passages = sum(r.passages for r in self.results)
        kept = f", {self.count('kept')} kept as indexed" if self.count("kept") else ""
        documents = "document" if len(self.results) == 1 else "documents"
        line = (
            f"{len(self.results)} {documents}: {self.count('indexed')} indexed, {self.count('unchanged')} unchanged "
            f"(skipped){kept}, {self.count('failed')} failed; {articles} articles, {passages} passages"
        )
        notes = [f"  KEPT {r.source}: {r.error}" for r in self.results if r.status == "kept"]
        errors = [f"  FAILED {r.source}: {r.error}" for r in self.failed]
        return "\n".join([line, *notes, *errors])


def version_id(work: Work, version: LanguageVersion) -> str:
    return f"{work.id}/{version.language}"


class Ingestor:
    """Ingests catalogue versions into the index. One instance holds the model and the store."""

    def __init__(
        self, settings: Settings, catalogue: Catalogue | None = None, store: QdrantDocumentStore | None = None
    ) -> None:
        self.settings = settings
        self.catalogue = catalogue or full_catalogue(settings)
        self.store = store or open_document_store(settings)
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            pipeline = Pipeline()
            pipeline.add_component(
                "embedder",
                SentenceTransformersDocumentEmbedder(
                    model=resolve_model(self.settings),
                    prefix="passage: ",
                    # The heading and the work's name are part of what a passage is about.
                    meta_fields_to_embed=["context"],
                    embedding_separator="\n",
                    progress_bar=False,
                    local_files_only=True,
                    batch_size=16,
                ),
            )
            # The article's heading and citation carry its number and the work's name for lexical matches.
            pipeline.add_component("sparse", LexicalSparseDocumentEmbedder(meta_fields_to_embed=["context"]))
            pipeline.add_component("writer", DocumentWriter(self.store, policy=DuplicatePolicy.OVERWRITE))
            pipeline.connect("embedder.documents", "sparse.documents")
            pipeline.connect("sparse.documents", "writer.documents")
            self._pipeline = pipeline
        return self._pipeline

    def passages_for(self, work: Work, version: LanguageVersion) -> tuple[list[Document], int]:
        """Read, split and cut one version into passages; returns (passages, article count)."""
        path = self.settings.sources_dir / version.source
        extracted = extract(path)
        body = extracted.body_text
        history = amendment_history(extracted.footnotes, language=version.language, work=work, catalogue=self.catalogue)
        articles = split_articles(
            body, work=work, language=version.language, source=version.source, catalogue=self.catalogue
        )
        if not articles:
            raise ValueError(f"{path.name}: no recognisable article heading")
        longest = max(articles, key=lambda a: len(a.text))
        if len(longest.text) > MAX_ARTICLE_CHARS:
            raise ValueError(
                f"{path.name}: article {longest.number} is {len(longest.text)} characters long, over"
                f" {MAX_ARTICLE_CHARS}: its article headings were not all recognised"
            )
        vid = version_id(work, version)
        line_pages = _line_pages(extracted.pages) if len(extracted.pages) > 1 else None
        documents: list[Document] = []

        def work_of(work_id: str) -> Work:
            # The work being ingested is the one given, not its catalogue entry: a user's replacement has a new
            # title, type and number the catalogue read before it does not (its text was cited with the old ones).
            return work if work_id == work.id else self.catalogue.get(work_id) or work

        for index, article in enumerate(articles):
            article_work = work_of(article.work_id)
            # A code article its amending law quotes is not the wording in force when the corpus holds the code itself.
            superseded = bool(article.quoted_by) and article_work.version(version.language) is not None
            wording, label = _quoted_wording(work, article, version.language) if article.quoted_by else (None, None)
            passages = article_passages(
                article,
                work=article_work,
                version_id=vid,
                wording=wording or version.wording,
                current=not superseded,
                version_label=label if superseded else None,
            )
            if line_pages:  # a PDF: the pages the article spans, for the citation and the reader
                end = articles[index + 1].position - 1 if index + 1 < len(articles) else len(line_pages) - 1
                pages = sorted({line_pages[article.position], line_pages[max(article.position, end)]})
                for passage in passages:
                    passage.meta["pages"] = pages
            documents.extend(passages)
        for document in documents:
            article_work = work_of(document.meta["work_id"])
            document.meta["references"] = [
                {"text": ref.text, "article": ref.article, "key": ref.key}
                for ref in find_references(
                    document.content or "", language=version.language, work=article_work, catalogue=self.catalogue
                )
            ]
            document.meta["history"] = history.get(document.meta["key"], []) if document.meta["current"] else []
        payload = INDEX_FORMAT + "".join(d.id + (d.content or "") + str(sorted(d.meta.items())) for d in documents)
        digest = hashlib.sha256(payload.encode()).hexdigest()[:16]
        for document in documents:
            document.meta["version_hash"] = digest
        return documents, len(articles)

    def _indexed(self, vid: str) -> list[Document]:
        return self.store.filter_documents({"field": "meta.version_id", "operator": "==", "value": vid})

    def ingest_version(self, work: Work, version: LanguageVersion, *, force: bool = False) -> VersionResult:
        vid = version_id(work, version)
        result = VersionResult(version_id=vid, source=version.source, status="failed")
        path = self.settings.sources_dir / version.source
        if work.added_by_user and not path.exists() and (indexed := self._indexed(vid)):
            # A file `daleel ingest FILE` read in place, since moved or deleted: a trial's `scripts/run.sh` then stopped
            # on the failure. What was indexed from it stays searchable; nothing is lost by reading the others.
            result.status, result.passages = "kept", len(indexed)
            result.error = (
                f"the file is no longer at {path}; the text indexed from it is kept (put it back, or add it from where"
                f" it is now: daleel ingest FILE --id {work.id} --replace)"
            )
            return result
        try:
            documents, result.articles = self.passages_for(work, version)
        except (ExtractionError, OSError, ValueError) as error:
            result.error = str(error)
            return result
        result.passages = len(documents)
        existing = self._indexed(vid)
        new_hash = documents[0].meta["version_hash"]
        if not force and existing and all(d.meta.get("version_hash") == new_hash for d in existing):
            result.status = "unchanged"
            return result
        self.pipeline.run({"embedder": {"documents": documents}})
        stale = {d.id for d in existing} - {d.id for d in documents}
        if stale:
            self.store.delete_documents(list(stale))
        result.status = "indexed"
        return result

    def ingest_catalogue(
        self,
        work_ids: Iterable[str] | None = None,
        *,
        force: bool = False,
        progress: Callable[[VersionResult, int, int], None] | None = None,
    ) -> IngestReport:
        """Ingest every language version of the catalogue (or of the given works)."""
        wanted = set(work_ids) if work_ids is not None else None
        units = [
            (work, version)
            for work in self.catalogue.works
            if wanted is None or work.id in wanted
            for version in work.versions
            if _is_ingestible(version.source)
        ]
        report = IngestReport()
        for done, (work, version) in enumerate(units, start=1):
            result = self.ingest_version(work, version, force=force)
            report.results.append(result)
            if progress:
                progress(result, done, len(units))
        return report

    def prune(self, catalogue: Catalogue | None = None) -> list[str]:
        """Delete the passages of versions no catalogue work has (a work or language taken out of the catalogue, a
        user's document registered under an id it may no longer hold): ingesting the catalogue then leaves exactly
        it in the index. Returns the version ids removed.

        ``catalogue`` is read now by default (starter and user works), not the one this ingestor started with: a
        server sharing the index may have added a document since. A work with an upload folder is kept even so: it
        is registered only once its passages are written."""
        catalogue = catalogue or full_catalogue(self.settings)
        known = {version_id(work, version) for work in catalogue.works for version in work.versions}
        uploading = {p.name for p in uploads_dir(self.settings).glob("*") if p.is_dir()}
        orphans: dict[str, list[str]] = {}
        for document in self.store.filter_documents():
            vid = document.meta.get("version_id")
            if vid not in known and str(vid).partition("/")[0] not in uploading:
                orphans.setdefault(str(vid), []).append(document.id)
        for ids in orphans.values():
            self.store.delete_documents(ids)
        return sorted(orphans)


def _quoted_wording(work: Work, article: Article, language: str) -> tuple[str, str]:
    """The wording kind and label of an article that ``work`` quotes, by the catalogue's relation of the quoting
    article: an article the law inserted is in its original wording («الصيغة الأصلية (القانون رقم 27.14، 2016)»);
    one it amended or completed is in the wording that law gave it («الصيغة كما غيرها القانون رقم 103.13 (2018)»)."""
    relation = _quoting_relation(work, article)
    if relation is None or relation.type == "inserts":
        return "as_enacted", original_wording_label(work, language, relation.amended_by if relation else None)
    return "as_amended", amending_wording_label(work, language, completes=relation.type == "completes")


def _quoting_relation(work: Work, article: Article) -> Relation | None:
    return work.quoting_relation((article.quoted_by or "").rpartition(":")[2], article.number)


def _line_pages(pages: list[str]) -> list[int]:
    """The 1-based page of each line of ``ExtractedText.body_text`` (non-empty pages joined by a blank line)."""
    line_pages: list[int] = []
    for number, page in enumerate(pages, start=1):
        if not page:
            continue
        if line_pages:
            line_pages.append(number)  # the blank line between two pages
        line_pages.extend([number] * len(page.split("\n")))
    return line_pages


def _is_ingestible(source: str) -> bool:
    return Path(source).suffix.lower() in {".txt", ".md", ".pdf", ".docx"}
