"""A French ↔ Arabic lexicon learnt from the corpus's own parallel articles.

Many articles exist in both languages (the Penal Code, Law 19-12, the UN conventions): the same
article key with an Arabic and a French text. IBM Model 1 (Brown et al., 1993), trained by EM on
those pairs in both directions, gives p(arabic term | french term) and the reverse; a pair of terms
is a translation when both directions agree, scored sqrt(p(a|f) · p(f|a)). The terms are the
index's own (`ingest.text.analyze`), so a translated term is directly a sparse query dimension.

This is how a French question reaches an article that the corpus holds only in Arabic (Law 27-14,
the CPP articles): «frais», «victime», «témoin» become «صوائر», «ضحي», «شاهد». The lexicon is
learnt from the indexed texts alone, so it grows with the corpus and knows nothing else: the terms
that no parallel article uses come from the curated glossary (`search.glossary`).

Usage::

    lexicon = learn_lexicon(passages)          # passages: indexed Documents, both languages
    lexicon.translate(["temoin", "represaill"]) # {"شاهد": 0.48, "شهود": 0.47, "انتقام": 0.34}
    lexicon = cached_lexicon(passages, data_dir)  # the same, learnt once per index content

Learning takes ≈8 s on the starter corpus (analysing the texts is most of it; EM ≈1 s), so the
lexicon is cached in the data folder under a fingerprint of the indexed passages.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from haystack import Document

from ingest.text import SKELETON_MARK, analyze

ITERATIONS = 8
MIN_SCORE = 0.1  # below this the pairs read as noise (function words, co-occurring topics)
TRANSLATIONS_PER_TERM = 3
MAX_TERMS = 400  # an article pair with more distinct terms aligns too loosely to teach anything
NULL = "\0"  # Model 1's empty word: target words with no counterpart align to it
# Part of the cache key: a change to how the lexicon is learnt must not reuse older caches.
LEXICON_FORMAT = f"1:{ITERATIONS}:{MIN_SCORE}:{TRANSLATIONS_PER_TERM}:{MAX_TERMS}"


def _is_word(term: str) -> bool:
    return len(term) > 1 and not term[0].isdigit() and not term.startswith(SKELETON_MARK)


def parallel_articles(documents: Iterable[Document]) -> list[tuple[list[str], list[str]]]:
    """(French terms, Arabic terms) of every current article the index holds in both languages (not a repealed
    article's: one side says only «ألغيت»)."""
    documents = list(documents)
    texts: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    repealed = {d.meta["key"] for d in documents if d.meta.get("repealed")}
    for document in documents:
        meta = document.meta
        if meta.get("current") is False or meta.get("language") not in ("ar", "fr") or meta["key"] in repealed:
            continue
        texts[meta["key"]][meta["language"]].append((meta.get("part", 0), document.content or ""))
    pairs = []
    for by_language in texts.values():
        if len(by_language) < 2:
            continue
        french, arabic = (
            [t for t in analyze(" ".join(text for _, text in sorted(by_language[lang])), lang) if _is_word(t)]
            for lang in ("fr", "ar")
        )
        if french and arabic and len(set(french)) <= MAX_TERMS and len(set(arabic)) <= MAX_TERMS:
            pairs.append((french, arabic))
    return pairs


def _model1(pairs: list[tuple[list[str], list[str]]], iterations: int) -> dict[tuple[str, str], float]:
    """IBM Model 1 t(target | source) by EM, vectorised over every (pair, source, target) triple.

    Each pair's source side gets the NULL word; each distinct target term counts as often as it occurs.
    Source terms count once per pair (a small departure from Model 1, which counts each position): a term
    repeated in a long article should not draw every target term of the article to itself."""
    sources: dict[str, int] = {}
    targets: dict[str, int] = {}
    src_ids, tgt_ids, group_ids, counts = [], [], [], []
    group = 0
    for source_terms, target_terms in pairs:
        s = np.array([sources.setdefault(w, len(sources)) for w in dict.fromkeys([NULL, *source_terms])])
        target_counts: dict[str, int] = {}
        for w in target_terms:
            target_counts[w] = target_counts.get(w, 0) + 1
        t = np.array([targets.setdefault(w, len(targets)) for w in target_counts])
        c = np.array(list(target_counts.values()), dtype=np.float64)
        # One row per (source word, target word) of the pair; a group is one target word of one pair.
        src_ids.append(np.tile(s, len(t)))
        tgt_ids.append(np.repeat(t, len(s)))
        group_ids.append(np.repeat(np.arange(group, group + len(t)), len(s)))
        counts.append(np.repeat(c, len(s)))
        group += len(t)
    if not group:
        return {}
    src, tgt = np.concatenate(src_ids), np.concatenate(tgt_ids)
    groups, count = np.concatenate(group_ids), np.concatenate(counts)
    cell_keys, cells = np.unique(src.astype(np.int64) * len(targets) + tgt, return_inverse=True)
    cell_source = (cell_keys // len(targets)).astype(np.int64)
    prob = np.ones(len(cell_keys))  # uniform start: only ratios within a group matter
    for _ in range(iterations):
        p = prob[cells]
        posterior = count * p / np.bincount(groups, weights=p)[groups]
        expected = np.bincount(cells, weights=posterior, minlength=len(cell_keys))
        prob = expected / np.bincount(cell_source, weights=expected)[cell_source]
    source_names, target_names = list(sources), list(targets)
    keep = prob >= MIN_SCORE**2  # the symmetric score cannot reach MIN_SCORE below this
    return {
        (source_names[int(k // len(targets))], target_names[int(k % len(targets))]): float(v)
        for k, v in zip(cell_keys[keep], prob[keep], strict=True)
    }


@dataclass
class Lexicon:
    """Term → [(translation, score)], best first, in both directions (Arabic and French terms never collide:
    their scripts differ)."""

    table: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    pairs: int = 0

    def translate(self, terms: Iterable[str]) -> dict[str, float]:
        """The translations of `terms`, each with its best score (terms with none are left out)."""
        translated: dict[str, float] = {}
        for term in terms:
            for target, score in self.table.get(term, []):
                translated[target] = max(translated.get(target, 0.0), score)
        return translated

    def __len__(self) -> int:
        return len(self.table)


def learn_lexicon(documents: Iterable[Document], iterations: int = ITERATIONS) -> Lexicon:
    """Learn the lexicon from indexed passages (see the module docstring)."""
    pairs = parallel_articles(documents)
    if not pairs:
        return Lexicon()
    fr_to_ar = _model1(pairs, iterations)
    ar_to_fr = _model1([(arabic, french) for french, arabic in pairs], iterations)
    table: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (french, arabic), p in fr_to_ar.items():
        score = (p * ar_to_fr.get((arabic, french), 0.0)) ** 0.5
        # Both directions must agree (measured: forward-only p(a|f) gives R@5 0.825 / MRR 0.752 vs 0.850 / 0.781).
        if score >= MIN_SCORE and NULL not in (french, arabic):
            table[french].append((arabic, score))
            table[arabic].append((french, score))
    return Lexicon(
        table={term: sorted(found, key=lambda x: -x[1])[:TRANSLATIONS_PER_TERM] for term, found in table.items()},
        pairs=len(pairs),
    )


def _bilingual(documents: Iterable[Document]) -> list[Document]:
    """The passages of the articles the index holds in both Arabic and French: all the lexicon learns from."""
    documents = list(documents)
    languages: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        languages[document.meta["key"]].add(document.meta.get("language"))
    return [d for d in documents if {"ar", "fr"} <= languages[d.meta["key"]]]


def fingerprint(documents: Iterable[Document]) -> str:
    """Changes whenever a passage of an article in both languages is added, removed or changes text; not for a text
    in one language (a user's upload), which teaches the lexicon nothing: the first search after it reads the cache
    instead of learning again (a trial measured 3.6 s)."""
    digest = hashlib.sha256(LEXICON_FORMAT.encode())
    for document in sorted(_bilingual(documents), key=lambda d: d.id):
        meta = document.meta
        # version_hash changes with the index format, hence with the analyser that made the terms.
        digest.update(
            f"{document.id}\0{document.content}\0{meta.get('current')}\0{meta.get('version_hash')}\0".encode()
        )
    return digest.hexdigest()[:16]


def cached_lexicon(documents: list[Document], data_dir: Path) -> Lexicon:
    """`learn_lexicon`, read from ``DATA_DIR/lexicon/<fingerprint>.json`` when this index content was seen before."""
    folder = Path(data_dir) / "lexicon"
    path = folder / f"{fingerprint(documents)}.json"
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        return Lexicon(table={k: [(t, s) for t, s in v] for k, v in saved["table"].items()}, pairs=saved["pairs"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # not learnt yet for this content, or unreadable: learn again
    lexicon = learn_lexicon(documents)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink(missing_ok=True)  # earlier index contents
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as out:
            try:
                json.dump({"pairs": lexicon.pairs, "table": lexicon.table}, out, ensure_ascii=False)
            except (OSError, ValueError):
                Path(out.name).unlink(missing_ok=True)
                raise
        os.replace(out.name, path)
    except (OSError, ValueError):
        pass  # a read-only or full data folder costs a relearn next start, nothing else
    return lexicon
