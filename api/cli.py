"""The ``daleel`` command: ingest, search, serve, benchmark.

Usage::

    daleel ingest                      # the starter catalogue into $DALEEL_DATA_DIR
    daleel search "loi 27-14 art. 5" --top-k 5 --json
    daleel serve --host 127.0.0.1 --port 8000
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

from ingest.index import IndexInUseError
from ingest.settings import Settings

app = typer.Typer(help="Daleel — bilingual legal search for practitioners fighting human trafficking in Morocco.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
err = Console(stderr=True)


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def ingest(
    works: Annotated[list[str] | None, typer.Argument(help="catalogue work ids (default: the whole starter catalogue)")] = None,
    force: Annotated[bool, typer.Option(help="re-embed even unchanged documents")] = False,
) -> None:
    """Ingest the starter catalogue (or some of its works) into the index."""
    from ingest.ingestion import Ingestor, VersionResult

    try:
        ingestor = Ingestor(Settings())
    except IndexInUseError as error:
        _fail(str(error))
    def progress(result: VersionResult, done: int, total: int) -> None:
        detail = f"{result.articles} articles, {result.passages} passages" if result.status != "failed" else result.error
        err.print(f"[{done}/{total}] {result.status:9} {result.source} — {detail}")

    report = ingestor.ingest_catalogue(works or None, force=force, progress=progress)
    err.print(report.summary())
    if report.failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="a question or a citation, in Arabic or French")],
    top_k: Annotated[int, typer.Option("--top-k", "-k", help="how many results")] = 10,
    lang: Annotated[str | None, typer.Option(help="only passages in this language (ar, fr, en)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the results as JSON")] = False,
) -> None:
    """Search the index and print cited passages."""
    from search.pipeline import QueryError, Searcher

    try:
        response = Searcher(Settings()).search(query, top_k=top_k, lang=lang)
    except (QueryError, IndexInUseError) as error:
        _fail(str(error), 2 if isinstance(error, QueryError) else 1)
    if as_json:
        sys.stdout.write(response.model_dump_json(indent=2) + "\n")
        return
    out = Console()
    for result in response.results:
        out.print(f"[bold]{result.rank}. {result.citation.label}[/]  ({result.score:.3f})")
        out.print(result.text[:600] + ("…" if len(result.text) > 600 else ""), highlight=False)
        out.print()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
) -> None:
    """Serve the API and the page on the index."""
    import uvicorn

    from api.app import create_app

    try:
        application = create_app(Settings())
        uvicorn.run(application, host=host, port=port)
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


