"""The ``daleel`` command: ingest, search, serve, benchmark.

Usage::

    daleel ingest                      # the starter catalogue into $DALEEL_DATA_DIR
    daleel search "loi 27-14 art. 5" --top-k 5 --json
    daleel serve --host 127.0.0.1 --port 8000
"""

from __future__ import annotations

import json
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from api.cli_labels import labels, language_name
from ingest.index import IndexInUseError
from ingest.settings import Settings

# The model loaders' progress bars («Loading weights 199/199») on every command say nothing to a reader; read by
# huggingface_hub and transformers when they are first imported, later than here.
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

if TYPE_CHECKING:
    from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

    from ingest.catalogue import Catalogue
    from ingest.ingestion import Ingestor, VersionResult
    from ingest.user_documents import Description
    from search.results import Citation, Passage

app = typer.Typer(
    help="Daleel — bilingual legal search for practitioners fighting human trafficking in Morocco.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def ingest(
    targets: Annotated[
        list[str] | None,
        typer.Argument(help="files (PDF, .txt, .md, .docx) or catalogue work ids; default: the starter catalogue"),
    ] = None,
    force: Annotated[bool, typer.Option(help="re-embed even unchanged documents")] = False,
    work_id: Annotated[str | None, typer.Option("--id", help="work id for a file (default: from its name)")] = None,
    work_type: Annotated[
        str | None, typer.Option("--type", help="a file's type (required, or in FILE.yaml): law, decree, circular…")
    ] = None,
    title: Annotated[str | None, typer.Option(help="the document's title (default: the file's name)")] = None,
    language: Annotated[str | None, typer.Option(help="ar, fr or en (default: detected)")] = None,
    number: Annotated[str | None, typer.Option(help="the text's number, e.g. 27-14")] = None,
    jurisdiction: Annotated[
        str | None, typer.Option(help="a file's jurisdiction (required, or in FILE.yaml): MA or international")
    ] = None,
    convention: Annotated[str | None, typer.Option(help="fasl, madda or paragraph: what an article is called")] = None,
    replace: Annotated[bool, typer.Option(help="let a file replace your own earlier document of the same id")] = False,
) -> None:
    """Ingest the starter catalogue, some of its works, or your own files (metadata: flags or FILE.yaml)."""
    from ingest.ingestion import Ingestor, IngestReport, VersionResult
    from ingest.user_documents import full_catalogue

    settings = Settings()
    files = [t for t in targets or [] if Path(t).is_file()]
    works = [t for t in targets or [] if t not in files]
    metadata = {
        "id": work_id,
        "type": work_type,
        "title": title,
        "language": language,
        "number": number,
        "jurisdiction": jurisdiction,
        "article_convention": convention,
    }
    # Checked before the index is opened: a refused file changes nothing.
    documents = _describe_files(settings, files, metadata, replace=replace)
    catalogue = full_catalogue(settings)
    unknown = [w for w in works if catalogue.get(w) is None]
    if unknown:  # before the index is opened, which a failing command would leave locked
        _fail(f"not a file nor a catalogue work: {', '.join(unknown)}", 2)
    try:
        ingestor = Ingestor(settings, catalogue)
    except IndexInUseError as error:
        _fail(str(error))

    def progress(result: VersionResult, done: int, total: int) -> None:
        ok = result.status not in ("failed", "kept")
        detail = f"{result.articles} articles, {result.passages} passages" if ok else result.error
        err.print(f"[{done}/{total}] {result.status:9} {result.source} — {detail}")

    report = IngestReport()
    for done, document in enumerate(documents, start=1):
        result = document if isinstance(document, VersionResult) else _ingest_file(settings, ingestor, document, force)
        report.results.append(result)
        progress(result, done, len(files))
        if not isinstance(document, VersionResult) and result.status != "failed":
            for note in document.notes:
                err.print(f"[yellow]note:[/] {escape(note)}")
    if works or not files:
        report.results += ingestor.ingest_catalogue(works or None, force=force, progress=progress).results
    if not works and not files:
        for removed in ingestor.prune():
            err.print(f"removed   {removed}: in the index, in no catalogue")
    err.print(report.summary())
    try:
        _learn_lexicon(ingestor.store, settings)
        _embed_article_questions(ingestor, settings, catalogue)
    finally:
        ingestor.store.close()
    if report.failed:
        raise typer.Exit(1)


def _describe_files(
    settings: Settings, files: list[str], metadata: dict, *, replace: bool
) -> list[Description | VersionResult]:
    """Each file described as a work, or its failure when it cannot be read. A file that would take another work's
    place (a starter work's id, your own work's id without --replace, the bytes of a work already there), or whose
    type or jurisdiction is not given, stops the command (exit 2) before anything is ingested."""
    from ingest.ingestion import VersionResult
    from ingest.user_documents import (
        MetadataError,
        MissingMetadata,
        WorkConflict,
        check_content,
        check_work_id,
        describe_document,
        file_digest,
    )
    from search.query import starter_name_reader

    if metadata["id"] and len(files) > 1:
        _fail("--id names one work: ingest the files one at a time", 2)
    documents: list[Description | VersionResult] = []
    ids: dict[str, str] = {}
    digests: dict[str, str] = {}
    for file in files:
        path = Path(file).resolve()
        try:
            described = describe_document(path, metadata, names_work=starter_name_reader())
            digest = file_digest(path)
            check_work_id(settings, described.work.id, replace=replace, source=path)
            check_content(settings, described.work.id, digest, path.stat().st_size)
        except MissingMetadata as error:
            _fail(str(error), 2)
        except WorkConflict as error:
            _fail(f"{path.name}: {error}", 2)
        except MetadataError as error:
            documents.append(VersionResult(version_id="", source=file, status="failed", error=str(error)))
            continue
        if described.work.id in ids:
            twin = ids[described.work.id]
            _fail(f"{twin} and {file} would both be {described.work.id!r}: ingest each alone, with its own --id", 2)
        if digest in digests:
            _fail(f"{digests[digest]} and {file} are the same file: ingest one of them", 2)
        ids[described.work.id], digests[digest] = file, file
        documents.append(described)
    return documents


def _ingest_file(settings: Settings, ingestor: Ingestor, described: Description, force: bool) -> VersionResult:
    """Ingest a user's file, then register it; a work it replaces loses its other languages' passages."""
    from ingest.user_documents import discard_replaced_files, drop_replaced_versions, register_work, user_work

    work = described.work
    previous = user_work(settings, work.id)
    result = ingestor.ingest_version(work, work.versions[0], force=force)
    if result.status == "failed":
        return result
    if previous is not None:
        drop_replaced_versions(ingestor.store, previous, work)
    register_work(settings, work)
    if previous is not None:
        discard_replaced_files(settings, previous)
    return result


def _learn_lexicon(store: QdrantDocumentStore, settings: Settings) -> None:
    """Learn (or find cached) the French–Arabic lexicon now, so that the server starts without the wait."""
    from search.lexicon import cached_lexicon

    start = time.perf_counter()
    err.print("French–Arabic lexicon of the parallel articles (learnt once per index content)…")
    lexicon = cached_lexicon(store.filter_documents(), settings.data_dir)
    seconds = time.perf_counter() - start
    err.print(f"lexicon: {len(lexicon)} terms from {lexicon.pairs} parallel articles ({seconds:.1f} s)")


def _embed_article_questions(ingestor: Ingestor, settings: Settings, catalogue: Catalogue) -> None:
    """Tie the articles' written questions to the index and embed them now (cached), for the same reason."""
    from ingest.embedding_model import resolve_model
    from search.article_questions import (
        ArticleQuestionMatcher,
        embedding_function,
        load_article_questions,
        starter_works,
    )

    start = time.perf_counter()
    err.print("Questions the articles answer (embedded once per set of questions)…")
    model = resolve_model(settings)
    matcher = ArticleQuestionMatcher(
        load_article_questions(), cache_dir=settings.data_dir / "article-questions", model=model
    )
    # The ingestion's own model (the prompt is the matcher's): not a second copy loaded.
    embedder = ingestor.pipeline.get_component("embedder")
    embedder.warm_up()

    matcher.attach(
        ingestor.store.filter_documents(), embed=embedding_function(embedder), works=starter_works(catalogue)
    )
    seconds = time.perf_counter() - start
    err.print(
        f"questions: {len(matcher.questions) - len(matcher.unmatched)} for {matcher.articles} articles "
        f"({len(matcher.unmatched)} name no indexed article; {seconds:.1f} s)"
    )


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="a PDF, .txt, .md or .docx file")],
    footnotes: Annotated[bool, typer.Option(help="also print the footnotes kept apart from the body")] = False,
) -> None:
    """Print the body text the pipeline extracts from a file, after repair (what is split into articles)."""
    from ingest.extract import ExtractionError
    from ingest.extract import extract as extract_text

    try:
        extracted = extract_text(path)
    except ExtractionError as error:
        _fail(str(error), 2)
    for warning in extracted.warnings:
        err.print(f"[yellow]warning:[/] {warning}")
    sys.stdout.write(extracted.body_text.rstrip("\n") + "\n")
    if footnotes and extracted.footnotes:
        sys.stdout.write("\n——— footnotes ———\n")
        for note in extracted.footnotes:
            sys.stdout.write(f"[p. {note.page}] {note.marker} {note.text}\n")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="a question or a citation, in Arabic or French")],
    top_k: Annotated[int, typer.Option("--top-k", "-k", help="how many results")] = 10,
    lang: Annotated[str | None, typer.Option(help="only passages in this language (ar, fr, en)")] = None,
    work_type: Annotated[str | None, typer.Option(help="only works of this type (law, code, convention…)")] = None,
    jurisdiction: Annotated[str | None, typer.Option(help="MA or international")] = None,
    work: Annotated[str | None, typer.Option(help="only this work (catalogue id)")] = None,
    include_original: Annotated[bool, typer.Option(help="also rank original (as enacted) wordings")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the results as JSON")] = False,
) -> None:
    """Search the index and print cited passages."""
    from typing import get_args

    from ingest.catalogue import WorkType
    from ingest.user_documents import full_catalogue
    from search.notice_text import localized, question_language
    from search.pipeline import QueryError, SearchFilters

    # Checked before the model loads: a typo must not silently return nothing.
    if work_type is not None and work_type not in get_args(WorkType):
        _fail(f"unknown work type {work_type!r}: use one of {', '.join(get_args(WorkType))}", 2)
    if jurisdiction is not None and jurisdiction not in ("MA", "international"):
        _fail(f"unknown jurisdiction {jurisdiction!r}: use MA or international", 2)
    if work is not None and full_catalogue(Settings()).get(work) is None:
        _fail(f"unknown work {work!r}: see `daleel documents`", 2)

    filters = SearchFilters(
        language=lang,
        work_type=work_type,
        jurisdiction=jurisdiction,  # type: ignore[arg-type]
        work_id=work,
        include_original=include_original,
    )
    with _searcher() as searcher:
        try:
            response = searcher.search(query, top_k=top_k, lang=lang, filters=filters)
        except QueryError as error:
            _fail(str(error), 2)
        # Notices in the language of the question when it is written in one (English otherwise).
        response = localized(response, question_language(query), searcher.catalogue)
    if as_json:
        sys.stdout.write(response.model_dump_json(indent=2) + "\n")
        return
    for notice in response.notices:
        err.print(f"[yellow]note:[/] {notice.message}")
    out = Console(soft_wrap=True)
    for result in response.results:
        out.print(f"[bold]{result.rank}. {result.citation.label}[/]  ({result.score:.3f})")
        if result.citation.reference:
            out.print(f"[dim]{escape(result.citation.reference)}[/]", highlight=False)
        if result.cited_label:  # the paragraph or item the query cites
            out.print(f"[bold]→ {escape(result.cited_label)}[/]", highlight=False)
        _print_notes(out, result.citation)
        out.print(excerpt(result.text, result.highlights), highlight=False)
        out.print()


def excerpt(text: str, highlights: list[tuple[int, int]], most: int = 600) -> str:
    """`most` characters of a result's text from the line its first highlight is on: a short article comes whole,
    and what matched may lie past its first lines (a review: «art. 448-1 CP al. 4» printed only the first).

    Usage::

        excerpt("Premier alinéa.\nSecond alinéa.", [(16, 30)])  # '…Second alinéa.'
    """
    start = text.rfind("\n", 0, highlights[0][0]) + 1 if highlights else 0
    end = start + most
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _print_notes(out: Console, source: Citation | Passage) -> None:
    """The corpus's notes, as the page shows them above the text (a review found the command silent): the text's own
    as a warning, the note for the readers of the text that prevails on how its translation differs as information.
    Another language's or wording's text has its whole warning, as the page gives it: that a later law amended it
    (a judge's trial read only «— عُدّلت بالقانون 03.23» for the 82-5-1 Law 27-14 wrote), with the notes."""
    warning = getattr(source, "warning", None)  # a Citation has none: the view's notes are its text's
    for note in [warning] if warning else (source.translation_difference, source.standing_note):
        if note:
            out.print(f"[bold yellow]⚠[/] {escape(note)}", highlight=False)
    if source.counterpart_difference:
        out.print(f"[bold]ℹ[/] {escape(source.counterpart_difference)}", highlight=False)


@contextmanager
def _searcher():  # type: ignore[no-untyped-def]
    """The search pipeline over the index, closed (lock released) when the command is done."""
    from search.pipeline import Searcher

    try:
        searcher = Searcher(Settings())
    except IndexInUseError as error:
        _fail(str(error))
    try:
        yield searcher
    finally:
        searcher.store.close()


@contextmanager
def _store(settings: Settings):  # type: ignore[no-untyped-def]
    """The index's document store, closed (lock released) when the command is done; a clear failure when another
    process holds it."""
    from ingest.index import open_document_store

    try:
        store = open_document_store(settings)
    except IndexInUseError as error:
        _fail(str(error))
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _library():  # type: ignore[no-untyped-def]
    from ingest.user_documents import full_catalogue
    from search.library import Library
    from search.passage_index import PassageIndex

    settings = Settings()
    with _store(settings) as store:
        yield Library(PassageIndex(store), full_catalogue(settings))


@app.command()
def documents(as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """The catalogue, with each language version's article count as indexed."""
    with _library() as library:
        works = library.works()
    if as_json:
        sys.stdout.write(json.dumps([w.model_dump() for w in works], ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(soft_wrap=True)
    for work in works:
        counts = ", ".join(
            f"{v.language}: {v.articles}" + (f" (+{v.quoted_articles} quoted)" if v.quoted_articles else "")
            for v in work.versions
        )
        # The titles it has (a user's document often one: a trial read «Essai castors / :»), its type, and whether a
        # user added it, as the README says this list tells.
        titles = " / ".join(escape(t) for t in (work.short_titles.get("fr"), work.short_titles.get("ar")) if t)
        added = ", added by you" if work.added_by_user else ""
        out.print(f"[bold]{work.id}[/] — {titles} ({work.type}{added}): {counts}")


@app.command()
def remove(work: Annotated[str, typer.Argument(help="the id of one of your own documents (daleel documents)")]) -> None:
    """Take one of your own documents out: its passages, its catalogue entry and its uploaded file."""
    from ingest.user_documents import WorkConflict, remove_user_work

    settings = Settings()
    with _store(settings) as store:
        try:
            removed, passages = remove_user_work(settings, store, work)
        except (WorkConflict, LookupError) as error:
            _fail(str(error), 2)
    err.print(f"removed   {removed.id}: {passages} passages")


@app.command()
def article(
    work: Annotated[str, typer.Argument(help="work id, e.g. ma-penal-code")],
    number: Annotated[str, typer.Argument(help="article number, e.g. 448-2")],
    lang: Annotated[str | None, typer.Option(help="preferred language")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """One article: text, citation, heading path, versions, counterparts, neighbours."""
    from search.library import UnknownError

    try:
        with _library() as library:
            view = library.article(work, number, lang)
            targets = [(c.work, library.catalogue.get(c.work)) for c in view.changes]
            titles = {work_id: target.short_title(view.language) for work_id, target in targets if target}
    except UnknownError as error:
        _fail(str(error), 2)
    if as_json:
        sys.stdout.write(view.model_dump_json(indent=2) + "\n")
        return
    out = Console(soft_wrap=True)
    say = labels(lang or view.language)
    if lang and view.language != lang:  # the page says so too (`language-missing`)
        missing = say("not_in_language", lang=language_name(lang, lang), shown=language_name(lang, view.language))
        err.print(f"[yellow]{say('note')}:[/] {escape(missing)}")
        # Cited in the reader's language first, as the page copies it (a judge's trial found no French citation).
        if cited := view.citation.cited_in.get(lang):
            out.print(f"[bold]{escape(cited.label)}[/]")
            if cited.reference:
                out.print(escape(cited.reference), style="dim", highlight=False)
    out.print(f"[bold]{escape(view.citation.label)}[/]")
    if view.citation.reference:
        out.print(escape(view.citation.reference), style="dim", highlight=False)
    if view.citation.version_label:
        out.print(escape(view.citation.version_label), style="dim", highlight=False)
    out.print(escape(" › ".join(view.heading_path)), highlight=False)
    if view.repealed:
        out.print(f"[bold red]{escape(say('repeal_line'))}[/]", highlight=False)
    elif repealing := [p for p in view.counterparts + view.versions if p.repealed]:
        where = ", ".join(f"{p.label} ({p.language})" for p in repealing)
        out.print(f"[bold red]{escape(say('repealed_by', where=where))}[/]", highlight=False)
    if view.later_amendments:
        out.print(f"[bold yellow]{escape(say('later_amended'))}[/]", highlight=False)
        for note in view.later_amendments:
            out.print(f"  {escape(note)}", highlight=False)
    _print_notes(out, view.citation)
    out.print(escape(view.text), highlight=False)
    for change in view.changes:
        # «المادة الأولى» of Law 27-14 says little more than «يتمم …»: what it inserts is in the code.
        articles = say("comma").join(change.articles) or say("no_article")
        target = titles.get(change.work) or change.work
        line = f"{escape(target)}{say('colon')}{escape(articles)}"
        out.print(f"\n[bold]{escape(say(change.type))}[/] {line}", highlight=False)
        if change.note:
            out.print(escape(change.note), style="dim", highlight=False)
    for title, passages in ((say("counterparts"), view.counterparts), (say("versions"), view.versions)):
        for passage in passages:
            # Beside a repeal line, a text that still prints a wording is no law in force (the French 494).
            stale = view.repealed and passage.current and not passage.repealed
            flag = say("repealed") if passage.repealed else say("stale") * stale
            if passage.later_amendments and not flag:
                flag = say("amended_after")
            heading = " — ".join(filter(None, [passage.label, passage.version_label, flag]))
            out.print(f"\n[bold]{title}[/]{say('colon')}{escape(heading)}", highlight=False)
            _print_notes(out, passage)
            out.print(escape(passage.text), highlight=False)
    if view.history:
        out.print(f"\n[bold]{escape(say('history'))}[/]")
        for note in view.history:
            out.print(f"- {escape(note)}", highlight=False)
    if view.cross_references:
        refs = [f"{r.text} ({r.key})" if r.key else r.text for r in view.cross_references]
        out.print(f"\n[bold]{escape(say('refers_to'))}[/]{say('colon')}" + escape("; ".join(refs)), highlight=False)
    neighbours = [
        f"{say('previous')} {view.previous}" if view.previous else "",
        f"{say('next')} {view.next}" if view.next else "",
    ]
    if any(neighbours):
        out.print(say("comma").join(filter(None, neighbours)), style="dim", highlight=False)


VARIANTS = {
    "hybrid": "weighted",
    # The same fusion with the translated lexical list given no weight (search.translation): what the lexicon
    # adds to today's system, not a replay of the system before it (which also weighted French questions apart).
    "hybrid-no-lexicon": "weighted",
    # The translated list from the learnt lexicon alone, without the curated glossary (search.glossary), nor the
    # rendering by it (search.cross_lingual); the question's own synonyms from it stay.
    "hybrid-no-glossary": "weighted",
    # Without the help for questions asking what a term means (search.definitions).
    "hybrid-no-definitions": "weighted",
    # Without the lift of the texts on trafficking itself (the catalogue's `focus`, search.pipeline.FOCUS_BONUS) nor
    # the lowering of final clauses and dahirs (FORMAL_PENALTY).
    "hybrid-no-focus": "weighted",
    # With the same small lift where the question names trafficking as elsewhere (search.subject, FOCUS_BONUS_NAMED).
    "hybrid-no-subject": "weighted",
    # Without the French question's embedding moved toward its Arabic rendering by the glossary (search.cross_lingual).
    "hybrid-no-rendering": "weighted",
    # Without the articles' written questions, by meaning (search.article_questions) nor by their words
    # (search.question_words).
    "hybrid-no-questions": "weighted",
    # Without the written questions' words on the lexical side alone (search.question_words).
    "hybrid-no-question-words": "weighted",
    "hybrid-rrf": "rrf",
    "dense": "dense",
    "sparse": "sparse",
}


@app.command("eval")
def evaluate(
    questions: Annotated[Path, typer.Argument(help="questions in the eval format (../shared/eval/dev.jsonl)")],
    variants: Annotated[str, typer.Option(help="comma-separated: " + ", ".join(VARIANTS))] = ",".join(VARIANTS),
    results_dir: Annotated[Path | None, typer.Option(help="write each variant's ranked texts for score.py")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
) -> None:
    """Recall@1/3/5/10, MRR@10, nDCG@10 overall and per lang and kind, for each retrieval variant."""
    from search.evaluation import compare_table, evaluate, load_questions, write_results_jsonl
    from search.glossary import Glossary

    chosen = [v.strip() for v in variants.split(",") if v.strip()]
    # «hybrid@0.4» runs the weighted fusion with that dense weight, to tune it.
    unknown = [v for v in chosen if v.split("@")[0] not in VARIANTS]
    if unknown:
        _fail(f"unknown variant(s) {', '.join(unknown)}: use {', '.join(VARIANTS)}", 2)
    items = load_questions(questions)
    reports = {}
    with _searcher() as searcher:
        fusion = searcher.fusion
        default_weight = fusion.dense_weight
        credits = (fusion.translation_credit, fusion.cross_script_translation_credit)
        glossary = searcher.translator.glossary
        definitions = searcher.definitions
        standing = (searcher.focus_bonus, searcher.formal_penalty, searcher.focus_bonus_named)
        rendering = (searcher.cross_lingual.glossary, searcher.cross_lingual.weight)
        question_weight = fusion.question_weight
        question_words_weight = fusion.question_words_weight
        for variant in chosen:
            name, _, weight = variant.partition("@")

            def search_texts(question: str, name: str = name, weight: str = weight) -> list[str]:
                fusion.dense_weight = float(weight) if weight else default_weight
                fusion.translation_credit, fusion.cross_script_translation_credit = (
                    (0.0, 0.0) if name == "hybrid-no-lexicon" else credits
                )
                searcher.translator.glossary = Glossary() if name == "hybrid-no-glossary" else glossary
                searcher.cross_lingual.glossary, searcher.cross_lingual.weight = rendering
                if name == "hybrid-no-glossary":
                    searcher.cross_lingual.glossary = Glossary()
                elif name == "hybrid-no-rendering":
                    searcher.cross_lingual.weight = 0.0
                searcher.definitions = None if name == "hybrid-no-definitions" else definitions
                searcher.focus_bonus, searcher.formal_penalty, searcher.focus_bonus_named = (
                    (0.0, 0.0, 0.0) if name == "hybrid-no-focus" else standing
                )
                if name == "hybrid-no-subject":
                    searcher.focus_bonus_named = searcher.focus_bonus
                fusion.question_weight = 0.0 if name == "hybrid-no-questions" else question_weight
                fusion.question_words_weight = (
                    0.0 if name in ("hybrid-no-questions", "hybrid-no-question-words") else question_words_weight
                )
                results = searcher.search(question, top_k=10, method=VARIANTS[name]).results  # type: ignore[arg-type]
                return [r.text for r in results]

            try:
                reports[variant] = evaluate(items, search_texts)
            finally:
                fusion.dense_weight = default_weight
                fusion.translation_credit, fusion.cross_script_translation_credit = credits
                searcher.translator.glossary = glossary
                searcher.definitions = definitions
                searcher.focus_bonus, searcher.formal_penalty, searcher.focus_bonus_named = standing
                searcher.cross_lingual.glossary, searcher.cross_lingual.weight = rendering
                fusion.question_weight = question_weight
                fusion.question_words_weight = question_words_weight
            if results_dir:
                results_dir.mkdir(parents=True, exist_ok=True)
                write_results_jsonl(results_dir / f"{variant}.jsonl", reports[variant].results())
    if as_json:
        json.dump({v: r.to_dict(digits=3) for v, r in reports.items()}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(compare_table(reports) + "\n")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="interface (default: DALEEL_HOST, else 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default: DALEEL_PORT, else 8000)")] = None,
) -> None:
    """Serve the API and the page on the index."""
    import uvicorn

    from api.app import MAX_REQUEST_HEAD, create_app

    settings = Settings()  # DALEEL_HOST and DALEEL_PORT from the environment or a .env file, as every setting
    try:
        application = create_app(settings)
        uvicorn.run(
            application,
            host=settings.host if host is None else host,
            port=settings.port if port is None else port,  # --port 0: any free port
            h11_max_incomplete_event_size=MAX_REQUEST_HEAD,
        )
    except IndexInUseError as error:
        _fail(str(error))


@app.command()
def bench(
    queries: Annotated[int, typer.Option(help="queries to time")] = 30,
    works: Annotated[list[str] | None, typer.Option(help="ingest only these works (default: all)")] = None,
) -> None:
    """Print timing figures: model build, ingest throughput cold and warm, query latency, peak memory."""
    from api.bench import run_bench

    figures = run_bench(Settings(), queries=queries, works=works or None)
    json.dump(figures, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
