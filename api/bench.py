"""``daleel bench``: timings that are printed, never asserted.

Builds the model into a scratch folder, ingests the starter catalogue (or some works) into a
scratch index cold and again warm, then times queries in process (query embedding alone, the
whole pipeline, and narrowed to Moroccan texts) and over HTTP with 1 and 8 concurrent clients. Prints JSON.

Usage::

    daleel bench --queries 30
    daleel bench --works ma-law-27-14 --works ma-cpp
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from api.background import serving
from ingest.ingestion import Ingestor
from ingest.model import build_model
from ingest.settings import Settings
from search.pipeline import Searcher, SearchFilters

QUERIES = [
    "ما هي عقوبة الاتجار بالبشر؟",
    "Quelle protection pour une victime étrangère ?",
    "إعفاء ضحايا الاتجار بالبشر من الرسوم القضائية",
    "sanction lorsque la victime est un enfant",
    "الفصل 448-2",
    "art. 448-4 CP",
    "travail forcé des enfants",
    "حماية الشهود والمبلغين",
]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def _timed(fn, n: int) -> list[float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        fn(QUERIES[i % len(QUERIES)])
        samples.append(time.perf_counter() - start)
    return samples


def _http(searcher: Searcher, settings: Settings, n: int) -> dict[str, dict[str, float]]:
    from api.app import create_app

    figures = {}
    with serving(create_app(settings, searcher=searcher)) as base_url, httpx.Client(timeout=60) as client:
        url = f"{base_url}/api/search"

        def one(q: str) -> None:
            client.get(url, params={"q": q, "top_k": 10}).raise_for_status()

        figures["http_1_client"] = _percentiles(_timed(one, n))
        with ThreadPoolExecutor(8) as pool:
            start = time.perf_counter()
            samples = list(pool.map(lambda i: _timed(one, 1)[0], range(n)))
            wall = time.perf_counter() - start
        figures["http_8_clients"] = {**_percentiles(samples), "queries_per_s": round(n / wall, 1)}
    return figures


def run_bench(settings: Settings, *, queries: int = 30, works: list[str] | None = None) -> dict:
    figures: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        model = build_model(Path(scratch) / "model", force=True)
        figures["model_build_s"] = round(time.perf_counter() - start, 1)
        bench_settings = settings.model_copy(update={"data_dir": Path(scratch) / "data", "model": str(model)})

        ingestor = Ingestor(bench_settings)
        start = time.perf_counter()
        report = ingestor.ingest_catalogue(works)
        cold = time.perf_counter() - start
        passages = sum(r.passages for r in report.results)
        figures["ingest_cold"] = {
            "documents": len(report.results),
            "passages": passages,
            "seconds": round(cold, 1),
            "passages_per_s": round(passages / cold, 1),
        }
        start = time.perf_counter()
        ingestor.ingest_catalogue(works)
        figures["ingest_warm_unchanged_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        ingestor.ingest_catalogue(works, force=True)
        forced = time.perf_counter() - start
        figures["ingest_warm_forced"] = {"seconds": round(forced, 1), "passages_per_s": round(passages / forced, 1)}

        start = time.perf_counter()
        Searcher(bench_settings, store=ingestor.store)  # learns the lexicon of this fresh index
        figures["searcher_start_first_s"] = round(time.perf_counter() - start, 1)
        start = time.perf_counter()
        searcher = Searcher(bench_settings, store=ingestor.store)  # reads it from the data folder
        figures["searcher_start_cached_s"] = round(time.perf_counter() - start, 1)
        embedder = searcher.pipeline.get_component("dense_embedder")
        _timed(lambda q: searcher.search(q), 3)  # warm-up
        figures["query_embedding_only"] = _percentiles(_timed(lambda q: embedder.run(text=q), queries))
        figures["query_in_process"] = _percentiles(_timed(lambda q: searcher.search(q), queries))
        # A narrowed search: the whole corpus's ranking less what the filter leaves out, and the notice of what it does.
        moroccan = SearchFilters(jurisdiction="MA")
        figures["query_in_process_filtered"] = _percentiles(
            _timed(lambda q: searcher.search(q, filters=moroccan), queries)
        )
        figures.update(_http(searcher, bench_settings, queries))
        ingestor.store.close()
    figures["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return figures
