"""Users' own documents: a file plus its metadata becomes a catalogue work, ingested like the starter corpus.

Metadata comes from a sidecar YAML beside the file (``circular.pdf`` → ``circular.yaml``, the same
fields as a work in ``corpus/catalogue.yaml``, without ``versions``) and/or from explicit values,
which win. The user's works are kept in ``$DALEEL_DATA_DIR/user-catalogue.yaml`` so that search and
the document views know them.

Usage::

    work = describe_document(Path("circular.pdf"), {"type": "circular", "titles": {"ar": "دورية"}})
    register_work(settings, work)
    Ingestor(settings, full_catalogue(settings)).ingest_version(work, work.versions[0])
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ingest.catalogue import Catalogue, LanguageVersion, Work, load_catalogue
from ingest.extract import ExtractionError, extract
from ingest.settings import Settings

_ID_RE = re.compile(r"[^a-z0-9]+")


class MetadataError(ValueError):
    """The metadata given for a document is incomplete or invalid; the message names the file."""


def user_catalogue_path(settings: Settings) -> Path:
    return settings.data_dir / "user-catalogue.yaml"


def _user_works(settings: Settings) -> list[dict[str, Any]]:
    path = user_catalogue_path(settings)
    return yaml.safe_load(path.read_text(encoding="utf-8")) or [] if path.exists() else []


def full_catalogue(settings: Settings) -> Catalogue:
    """The starter catalogue plus the works users added."""
    starter = load_catalogue()
    known = {w.id for w in starter.works}
    extra = [Work.model_validate(w) for w in _user_works(settings) if w["id"] not in known]
    return Catalogue(works=[*starter.works, *extra])


def register_work(settings: Settings, work: Work) -> None:
    """Add or replace a user's work in the user catalogue (written atomically)."""
    works = [w for w in _user_works(settings) if w["id"] != work.id]
    works.append(work.model_dump(mode="json", exclude_none=True))
    path = user_catalogue_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(yaml.safe_dump(works, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tmp.replace(path)


def describe_document(path: Path, metadata: dict[str, Any] | None = None) -> Work:
    """The catalogue work for a user's file: sidecar YAML, then ``metadata``, then sensible defaults."""
    path = path.resolve()
    fields: dict[str, Any] = {}
    sidecar = path.with_suffix(".yaml")
    if sidecar.exists() and sidecar != path:
        try:
            fields.update(yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {})
        except yaml.YAMLError as error:
            raise MetadataError(f"{sidecar.name}: not valid YAML ({error})") from None
    fields.update({k: v for k, v in (metadata or {}).items() if v is not None})
    language = fields.pop("language", None)
    if language is None:
        try:
            language = extract(path).language
        except ExtractionError as error:
            raise MetadataError(str(error)) from None
    if language not in ("ar", "fr", "en"):
        raise MetadataError(f"{path.name}: cannot tell the language; give it (ar, fr or en)")
    title = fields.pop("title", None) or path.stem
    fields.setdefault("id", "user-" + _ID_RE.sub("-", path.stem.lower()).strip("-"))
    fields.setdefault("type", "procedure")
    fields.setdefault("jurisdiction", "MA")
    fields.setdefault("titles", {language: title})
    fields.setdefault("short_titles", {language: fields["titles"].get(language, title)})
    fields.setdefault("article_convention", "madda")
    fields["versions"] = [LanguageVersion(language=language, source=str(path), wording="authentic")]
    try:
        return Work.model_validate(fields)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise MetadataError(f"{path.name}: invalid metadata: {problems}") from None
