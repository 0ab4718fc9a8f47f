"""Users' own documents: a file plus its metadata becomes a catalogue work, ingested like the starter corpus.

Metadata comes from a sidecar YAML beside the file (``circular.pdf`` → ``circular.yaml``, the same
fields as a work in ``corpus/catalogue.yaml``, without ``versions``) and/or from explicit values,
which win. What kind of text it is (``type``) and whose law it is (``jurisdiction``) must be given:
they are shown beside every citation of the document and are never guessed. The user's works are kept
in ``$DALEEL_DATA_DIR/user-catalogue.yaml`` so that search and the document views know them.

A user's work never takes the place of another one: an id of the starter catalogue is refused, an id
the user already has is refused unless the replacement is explicit, and so is a file whose bytes are
those of a work already there (a second copy would show the same article under two titles).

Usage::

    check_work_id(settings, "circ-2024-01")           # raises WorkConflict if the id is taken
    described = describe_document(Path("circular.pdf"), {"id": "circ-2024-01", "type": "circular",
                                                           "jurisdiction": "MA"})
    Ingestor(settings, full_catalogue(settings)).ingest_version(described.work, described.work.versions[0])
    register_work(settings, described.work)
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from ingest.article_numbers import number_key
from ingest.catalogue import Catalogue, LanguageVersion, Work, load_catalogue
from ingest.extract import ExtractionError, PageGaps, extract, page_gaps
from ingest.settings import Settings
from ingest.text import normalize_arabic, without_format_characters
from ingest.text_fr import fold_accents

if TYPE_CHECKING:
    from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

log = logging.getLogger(__name__)

_ID_RE = re.compile(r"[^a-z0-9]+")
UPLOADS_DIR = "uploads"
REQUIRED_FIELDS = {
    "type": "its type (code, code_section, law, decree, convention, protocol, declaration, circular, procedure, or "
    "guide for a practical guide, a note or a report)",
    "jurisdiction": "its jurisdiction (MA or international)",
}


class MetadataError(ValueError):
    """The metadata given for a document is incomplete or invalid; the message names the file."""


class MissingMetadata(MetadataError):
    """A field Daleel does not guess (type, jurisdiction) was not given."""


class UnreadableDocument(MetadataError):
    """The file itself cannot be used: damaged, encrypted, empty, scanned, no article heading."""


class WorkConflict(ValueError):
    """The document would take another work's place; ``work`` is that work, ``code`` says how.

    ``work_exists``: the id is a starter catalogue work, or the user's own work without an explicit replace;
    ``duplicate_document``: the file's bytes are those of a work already in the catalogue; ``official_name``: the
    document is given the number, dahir or title of a starter work, or a title the search reads as one, under which
    it would be cited as that law."""

    def __init__(self, message: str, work: Work, code: str) -> None:
        super().__init__(message)
        self.work = work
        self.code = code


@dataclass(frozen=True)
class Description:
    """A user's document described as a catalogue work, with what the user should be told about it."""

    work: Work
    title_from_filename: bool = False
    pages_without_text: list[int] = field(default_factory=list)
    pages_unreadable: list[int] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        version = self.work.versions[0]
        notes = []
        if self.title_from_filename:
            title = self.work.titles[version.language]
            notes.append(f"the title «{title}» is the file's name: give a title to name the document")
        if self.pages_without_text or self.pages_unreadable:
            notes.append(version.completeness)
        return notes


def user_catalogue_path(settings: Settings) -> Path:
    return settings.data_dir / "user-catalogue.yaml"


def _user_works(settings: Settings) -> list[dict[str, Any]]:
    path = user_catalogue_path(settings)
    return yaml.safe_load(path.read_text(encoding="utf-8")) or [] if path.exists() else []


def starter_catalogue() -> Catalogue:
    return load_catalogue()


def full_catalogue(settings: Settings) -> Catalogue:
    """The starter catalogue plus the works users added.

    ``register_work`` refuses a starter id, so a user's entry under one can only be left from before that check:
    it is ignored (the starter work wins), and said so in the log."""
    starter = starter_catalogue()
    known = {w.id for w in starter.works}
    extra: dict[str, Work] = {}
    for entry in _user_works(settings):
        if entry["id"] in known:
            log.warning("%s: %r is a starter work; that entry is ignored", user_catalogue_path(settings), entry["id"])
            continue
        checked = dict(entry)
        try:  # an entry stored before these checks: a number the search cannot read would stop every search
            _checked_fields(checked, str(user_catalogue_path(settings)), known)
            extra[entry["id"]] = Work.model_validate({**checked, "added_by_user": True})
        except (MetadataError, ValidationError) as error:
            log.warning("%s: %r is left out: %s", user_catalogue_path(settings), entry["id"], error)
    return Catalogue(works=[*starter.works, *extra.values()])


def public_catalogue(catalogue: Catalogue) -> Catalogue:
    """The catalogue as read endpoints show it: a user's file by its name, never where it lies on the server.

    The starter corpus's sources are paths relative to its folder and stay as the catalogue writes them."""

    def public(version: LanguageVersion) -> LanguageVersion:
        name = Path(version.source).name
        return version.model_copy(update={"source": name}) if Path(version.source).is_absolute() else version

    works = [w.model_copy(update={"versions": [public(v) for v in w.versions]}) for w in catalogue.works]
    return Catalogue(works=works)


def user_work(settings: Settings, work_id: str) -> Work | None:
    """The user's own work of that id, if any."""
    return next((Work.model_validate(w) for w in _user_works(settings) if w["id"] == work_id), None)


def default_work_id(filename: str) -> str:
    """``user-`` and the file's name in lower-case ASCII; a name without any (e.g. Arabic) is replaced by its hash,
    so that two such files do not share an id."""
    stem = Path(filename).stem
    slug = _ID_RE.sub("-", stem.lower()).strip("-")
    return "user-" + (slug or hashlib.sha256(stem.encode()).hexdigest()[:10])


def _title(work: Work) -> str:
    return work.short_title("fr")


def check_work_id(settings: Settings, work_id: str, *, replace: bool = False, source: Path | None = None) -> None:
    """Raise ``WorkConflict`` unless ``work_id`` may be given to a user's document.

    A starter catalogue id never may: its citation, dahir and Bulletin officiel would be shown over the upload's
    text. The user's own earlier work may be replaced when ``replace`` says so, or read again from the same
    ``source`` file (``daleel ingest FILE`` run twice)."""
    starter = starter_catalogue().get(work_id)
    if starter is not None:
        raise WorkConflict(
            f"{work_id!r} is a work of the starter catalogue ({_title(starter)}): choose another id for your document",
            starter,
            "work_exists",
        )
    existing = user_work(settings, work_id)
    if existing is None or replace:
        return
    if source is not None and any(Path(v.source) == source.resolve() for v in existing.versions):
        return
    files = ", ".join(Path(v.source).name for v in existing.versions)
    raise WorkConflict(
        f"{work_id!r} is already your document «{_title(existing)}» ({files}): choose another id, or replace it "
        "explicitly (replace=true over HTTP, --replace with daleel ingest)",
        existing,
        "work_exists",
    )


# Kinds of text that share a numbering: a circular numbered 29 is not ILO Convention No. 29, a law numbered 2-03 is
# Law 02-03.
_NUMBERING = {"code": "ma", "code_section": "ma", "law": "ma", "decree": "ma", "convention": "treaty",
              "protocol": "treaty", "declaration": "treaty"}
_NUMBER_RE = re.compile(r"[0-9٠-٩]+(?:[./-][0-9٠-٩]+)*")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_NUMBER_WORDS = {"n", "no", "num", "numero", "رقم"}  # «n°», «nº», «numéro», «رقم»: not part of a name


# A title that begins with a law's or decree's name («Loi 27/14 traite», «القانون 27.14 والضحايا») is cited as that
# text, whatever follows (a trial's «Loi 27/14 traite» was the only answer to its own words, the law itself gone); one
# about it names it later («Note sur la loi 27-14», «دورية تطبيق القانون 27.14»). Read on `_name_key`'s folding.
_NAMED_FIRST_RE = re.compile(
    r"^(?:loi|law|القانون|قانون|decret|decree|المرسوم|مرسوم|dahir|ظهير|الظهير)(?: (?:ال)?شريف| cherifien)?"
    r" ([0-9]+(?: [0-9]+)+)(?!\w)"
)


def _numbers_of(official: Work) -> set[tuple[int, ...]]:
    """The numbers a title beginning with a law's, decree's or dahir's name may take from a starter work."""
    numbers = {number_key(official.number)} if official.number and official.type in ("law", "decree") else set()
    return numbers | ({number_key(official.dahir.number)} if official.dahir else set())


def _name_key(name: str) -> str:
    """A title as compared with the starter works': no case, accents, diacritics, letter variants, punctuation, «n°»
    or «رقم»; «Loi n°27-14.», «LOI N° 27‑14», «القانونُ رقم ٢٧.١٤» are «Loi n° 27-14», «القانون رقم 27.14»."""
    words = re.findall(r"\w+", fold_accents(normalize_arabic(name)).casefold())
    return " ".join(w for w in words if w not in _NUMBER_WORDS)


def _taken_number(work: Work, official: Work) -> bool:
    family = _NUMBERING.get(work.type, work.type)
    if not work.number or not official.number or family != _NUMBERING.get(official.type, official.type):
        return False
    return number_key(work.number) == number_key(official.number)


def check_official_name(work: Work, names_work: Callable[[str], str | None] | None = None) -> None:
    """Raise ``WorkConflict`` when a user's document takes the number, dahir or a title of a starter work.

    Its citation would then read as that law's («Loi n° 27-14, article premier» over an association's note), in
    search, in copied references and in course packs. A document about a law («Circulaire d'application de la loi
    27-14») keeps its own title and is not concerned; nor a circular numbered 29 (ILO C029's number).

    ``names_work`` (title → the starter work it names alone, e.g. `search.query.work_named_alone` over the starter
    catalogue) also catches the names a reader writes («القانون الجنائي», «Code pénal marocain»), which the search
    would read as the official text's."""
    mine = {_name_key(t) for t in (*work.titles.values(), *work.short_titles.values())}
    starter = starter_catalogue()
    for title in dict.fromkeys((*work.titles.values(), *work.short_titles.values())) if names_work else ():
        if (named := names_work(title)) and (official := starter.get(named)):
            raise WorkConflict(
                f"the title «{title}» names «{_title(official)}», an official text of the corpus: your document would "
                "be cited as that text; give it a title of its own",
                official,
                "official_name",
            )
    # Each beginning of two parts or more: «Loi 27-14 (2016) guide» begins with 27-14 as much as «Loi 27-14 guide».
    begins = {
        number_key(m[1].replace(" ", "-"))[:size]
        for title in mine
        if (m := _NAMED_FIRST_RE.match(title))
        for size in range(2, len(m[1].split()) + 1)
    }
    for official in starter.works:
        if _taken_number(work, official):
            taken = f"the number {work.number!r}"
        elif begins & _numbers_of(official):
            taken = "the number the title begins with"
        elif work.dahir and official.dahir and number_key(work.dahir.number) == number_key(official.dahir.number):
            taken = f"the dahir {work.dahir.number!r}"
        elif mine & {_name_key(t) for t in (*official.titles.values(), *official.short_titles.values())}:
            taken = "the title"
        else:
            continue
        raise WorkConflict(
            f"{taken} is that of «{_title(official)}», an official text of the corpus: your document would be cited "
            "as that text; give it its own title, and its own number or none",
            official,
            "official_name",
        )


def _checked_fields(fields: dict[str, Any], name: str, starter: set[str] | None = None) -> None:
    """A number the search can read («n° 12» would stop every search), no `focus` (the corpus's own mark of its texts
    on trafficking, which the search lifts) nor `translation_differences`, and no relation to a starter work (ids
    ``starter``, read from the catalogue when not given): a document saying it inserts or amends an official text's
    articles would put its text under their citation."""
    if isinstance(fields.get("number"), float):  # YAML reads «number: 27.10» as 27.1
        raise MetadataError(f"{name}: number {fields['number']!r}: write it in quotes («number: \"27.10\"»)")
    if fields.get("number") is not None:
        number = str(fields["number"]).strip().translate(_DASHES)
        if not _NUMBER_RE.fullmatch(number):
            raise MetadataError(
                f"{name}: number {fields['number']!r}: write it in digits separated by «.», «-» or «/» («27-14», "
                "«2.17.740»)"
            )
        fields["number"] = number
    dahir = fields.get("dahir")
    if isinstance(dahir, dict) and dahir.get("number") is not None:
        if not _NUMBER_RE.fullmatch(number := str(dahir["number"]).strip().translate(_DASHES)):
            raise MetadataError(f"{name}: dahir number {dahir['number']!r}: write it in digits («1.16.127»)")
        fields["dahir"] = {**dahir, "number": number}
    if fields.get("focus"):
        raise MetadataError(
            f"{name}: focus: only the corpus's own texts on trafficking in persons carry it (the search ranks them "
            "first among near equals); a document you add cannot"
        )
    if fields.get("translation_differences") or fields.get("counterpart_differences"):
        raise MetadataError(
            f"{name}: translation_differences: the corpus's notes on its official translations; a document you add "
            "cannot carry them"
        )
    if fields.get("standing_notes"):
        raise MetadataError(
            f"{name}: standing_notes: the corpus's notes on its articles' standing; a document you add cannot carry "
            "them"
        )
    starter = starter if starter is not None else {w.id for w in starter_catalogue().works}
    for relation in fields.get("relations") or []:
        target = relation.get("target") if isinstance(relation, dict) else None
        if target in starter:
            raise MetadataError(
                f"{name}: relations: a document you add cannot declare a relation to an official text of the corpus "
                f"({target}): inserting, amending or completing it would put your text under that text's citations"
            )


def _checked_titles(fields: dict[str, Any], name: str) -> None:
    """Titles a citation can show as they are. Control codes are refused (a BEL stopped an export; a line break forged a
    line of `daleel documents`: an audit). Invisible format characters are left out (direction marks, zero-width
    spaces, soft hyphens, which a title copied from Word or a web page carries unseen, and overrides that would reverse
    it): «Pa\u00adlerme» is then the official name it imitated, and refused as such. A title needs a letter or digit,
    and no word may mix alphabets («Lоi n° 27-14» with a Cyrillic «о» passed for the law's name)."""
    for key in ("titles", "short_titles"):
        titles = fields.get(key)
        if not isinstance(titles, dict):
            continue  # not a mapping: the catalogue's own validation says so
        for language, title in titles.items():
            if not isinstance(title, str):
                continue
            said = f"{name}: title {title!r}"
            if any(unicodedata.category(c) == "Cc" for c in title):
                raise MetadataError(f"{said}: contains control characters; write plain text")
            title = re.sub(r" {2,}", " ", without_format_characters(title)).strip()
            if not any(c.isalnum() for c in title):
                raise MetadataError(f"{said}: has no letter; give the document a title")
            if any(len(_scripts(word)) > 1 for word in title.split()):
                raise MetadataError(f"{said}: a word mixes alphabets (Latin and Cyrillic or Greek letters)")
            titles[language] = title


def _scripts(word: str) -> set[str]:
    """The alphabets among Latin, Cyrillic and Greek that a word's letters are from."""
    return {
        script
        for c in word
        if c.isalpha()
        for script in ("LATIN", "CYRILLIC", "GREEK")
        if unicodedata.name(c, "").startswith(script)
    }


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(2**20):
            digest.update(chunk)
    return digest.hexdigest()


def find_same_content(settings: Settings, digest: str, size: int, *, exclude: str | None = None) -> Work | None:
    """The work (starter or user's, other than ``exclude``) one of whose files has exactly these bytes."""
    for work in full_catalogue(settings).works:
        if work.id == exclude:
            continue
        for name in (n for v in work.versions for n in (v.source, *v.extracts)):
            path = settings.sources_dir / name
            try:
                if path.stat().st_size == size and file_digest(path) == digest:  # size first: no hashing mostly
                    return work
            except OSError:
                continue
    return None


def reads_same_file(settings: Settings, work_id: str, filename: str, digest: str) -> bool:
    """Whether the user's own work ``work_id`` reads this very upload: the same bytes under the same file name."""
    existing = user_work(settings, work_id)
    path = upload_path(settings, work_id, filename, digest)
    if existing is None or not path.is_file() or file_digest(path) != digest:
        return False
    return any((settings.sources_dir / v.source).resolve() == path.resolve() for v in existing.versions)


def check_content(settings: Settings, work_id: str, digest: str, size: int) -> None:
    """Raise ``WorkConflict`` when another work's file has these very bytes (the same work may read it again)."""
    twin = find_same_content(settings, digest, size, exclude=work_id)
    if twin is not None:
        raise WorkConflict(
            f"this file is already in the catalogue as {twin.id!r} ({_title(twin)}): it is not added a second time",
            twin,
            "duplicate_document",
        )


def uploads_dir(settings: Settings) -> Path:
    return settings.data_dir / UPLOADS_DIR


def upload_path(settings: Settings, work_id: str, filename: str, digest: str) -> Path:
    """Where an upload is kept: under its work id (two uploads named alike stay apart) and its content's hash (a
    replacement never overwrites the file the work still reads until it is ingested)."""
    return uploads_dir(settings) / work_id / digest[:16] / Path(filename).name


def registered_sources(settings: Settings, *, exclude: str | None = None) -> set[Path]:
    """The files the user's works (other than ``exclude``) read."""
    return {
        (settings.sources_dir / v.source).resolve()
        for w in _user_works(settings)
        if w["id"] != exclude
        for v in Work.model_validate(w).versions
    }


def discard_upload(settings: Settings, path: Path) -> None:
    """Remove an upload and the folders it leaves empty, up to ``uploads/``; a file outside it is never touched."""
    root = uploads_dir(settings).resolve()
    path = path.resolve()
    if root not in path.parents:
        return
    path.unlink(missing_ok=True)
    for parent in path.parents:
        if parent == root:
            break
        try:
            parent.rmdir()  # only when empty
        except OSError:
            break


def drop_replaced_versions(store: QdrantDocumentStore, previous: Work, work: Work) -> None:
    """Remove the passages of a replaced work's versions in languages its replacement does not have (those in the
    same language are replaced by ingesting it)."""
    kept = {v.language for v in work.versions}
    for version in previous.versions:
        if version.language not in kept:
            vid = f"{previous.id}/{version.language}"
            stale = store.filter_documents({"field": "meta.version_id", "operator": "==", "value": vid})
            store.delete_documents([d.id for d in stale])


def discard_replaced_files(settings: Settings, previous: Work) -> None:
    """Remove a replaced work's uploaded files that no registered work reads any more (a file of the user's own,
    outside ``uploads/``, is never touched)."""
    still_read = registered_sources(settings)
    for version in previous.versions:
        old = (settings.sources_dir / version.source).resolve()
        if old not in still_read:
            discard_upload(settings, old)


def register_work(settings: Settings, work: Work) -> None:
    """Add or replace a user's work in the user catalogue (written atomically). A starter id is refused: the
    starter work would hide the entry (``full_catalogue``) while its passages stayed indexed under that id."""
    check_work_id(settings, work.id, replace=True)
    works = [w for w in _user_works(settings) if w["id"] != work.id]
    works.append(work.model_dump(mode="json", exclude_none=True, exclude={"added_by_user"}))
    _write_user_works(settings, works)


def _write_user_works(settings: Settings, works: list[dict[str, Any]]) -> None:
    """The user catalogue rewritten atomically: a reader never sees half a file."""
    path = user_catalogue_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(yaml.safe_dump(works, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tmp.replace(path)


def remove_user_work(settings: Settings, store: QdrantDocumentStore, work_id: str) -> tuple[Work, int]:
    """Take one of the user's own documents out: its passages from the index, then its entry from the user
    catalogue, then the uploaded files no other work reads (a file of the user's own, outside ``uploads/``, is never
    touched). Returns the work and how many passages were removed. A failure half-way is mended by running it again.

    Raises ``WorkConflict`` (``starter_work``) for a work of the starter catalogue, which only its catalogue removes,
    and ``LookupError`` when the user has no document of that id."""
    starter = starter_catalogue().get(work_id)
    if starter is not None:
        raise WorkConflict(
            f"{work_id!r} is a work of the starter catalogue ({_title(starter)}): only your own documents can be"
            " removed",
            starter,
            "starter_work",
        )
    work = user_work(settings, work_id)
    if work is None:
        raise LookupError(
            f"no document of yours has the id {work_id!r} (the list: daleel documents, GET /api/documents)"
        )
    indexed = store.filter_documents({"field": "meta.work_id", "operator": "==", "value": work_id})
    store.delete_documents([d.id for d in indexed])
    _write_user_works(settings, [w for w in _user_works(settings) if w["id"] != work_id])
    discard_replaced_files(settings, work)
    return work, len(indexed)


def page_ranges(pages: list[int]) -> str:
    """[3, 4, 5, 9] → '3–5, 9'."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)


def gap_completeness(pages: list[int], unreadable: list[int] | None = None) -> str:
    """The version's ``completeness`` (free text, as the starter catalogue records such gaps): scanned ``pages``,
    and ``unreadable`` ones whose content is damaged."""
    gaps = []
    if unreadable:
        which = f"page {unreadable[0]}" if len(unreadable) == 1 else f"pages {page_ranges(unreadable)}"
        gaps.append(f"{which} could not be read (damaged or undecodable content)")
    if pages:
        which = f"page {pages[0]} is" if len(pages) == 1 else f"pages {page_ranges(pages)} are"
        gaps.append(f"{which} images without a text layer (scanned?)")
    if not gaps:
        return "complete"
    its = "its" if len(pages) + len(unreadable or []) == 1 else "their"
    return f"partial: {'; '.join(gaps)}; {its} text is not indexed"


def describe_document(
    path: Path, metadata: dict[str, Any] | None = None, names_work: Callable[[str], str | None] | None = None
) -> Description:
    """The catalogue work for a user's file: sidecar YAML, then ``metadata``. ``type`` and ``jurisdiction`` are
    required; the title defaults to the file's name (``Description.title_from_filename`` says so); the language
    is detected when not given; pages without a text layer make the version ``partial``."""
    path = path.resolve()
    fields: dict[str, Any] = {}
    sidecar = path.with_suffix(".yaml")
    if sidecar.exists() and sidecar != path:
        try:
            fields.update(yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {})
        except yaml.YAMLError as error:
            raise MetadataError(f"{sidecar.name}: not valid YAML ({error})") from None
    fields.update({k: v for k, v in (metadata or {}).items() if v is not None})
    _checked_fields(fields, path.name)
    missing = [what for name, what in REQUIRED_FIELDS.items() if not fields.get(name)]
    if missing:
        raise MissingMetadata(
            f"{path.name}: give {' and '.join(missing)}; they are shown with every citation and are not guessed"
        )
    try:
        extracted = extract(path)  # also proves the file readable before anything is indexed
        pages = page_gaps(path) if path.suffix.lower() == ".pdf" else PageGaps()
        gaps, damaged = pages.scanned, pages.unreadable
    except ExtractionError as error:
        raise UnreadableDocument(str(error)) from None
    except Exception as error:  # pypdf's own errors on a file that extract() could still read
        raise UnreadableDocument(f"{path.name}: cannot be read ({error})") from None
    language = fields.pop("language", None) or extracted.language
    if language not in ("ar", "fr", "en"):
        raise MetadataError(f"{path.name}: cannot tell the language; give it (ar, fr or en)")
    given_title = fields.pop("title", None)
    title = given_title or path.stem
    fields.setdefault("id", default_work_id(path.name))
    fields.setdefault("titles", {language: title})
    fields.setdefault("short_titles", {language: fields["titles"].get(language, title)})
    fields.setdefault("article_convention", "madda")
    _checked_titles(fields, path.name)
    # Not «authentic» unless the sidecar says so: nobody has checked what a user's file is.
    wording = fields.pop("wording", None) or "as_supplied"
    completeness = gap_completeness(gaps, damaged)
    try:
        fields["versions"] = [
            LanguageVersion(language=language, source=str(path), wording=wording, completeness=completeness)
        ]
    except ValidationError as error:
        raise MetadataError(f"{path.name}: invalid wording {wording!r} ({error.errors()[0]['msg']})") from None
    try:
        work = Work.model_validate(fields)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise MetadataError(f"{path.name}: invalid metadata: {problems}") from None
    check_official_name(work, names_work)
    from_filename = not given_title and work.titles.get(language) == path.stem
    return Description(work, title_from_filename=from_filename, pages_without_text=gaps, pages_unreadable=damaged)
