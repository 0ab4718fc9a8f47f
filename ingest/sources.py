"""Read a source file into the body text that is split into articles.

Starter-corpus ``.txt`` files open with a ``# key: value`` header block and end with the
publisher's footnotes after «——— حواشي النص المصدر»; :func:`ingest.extract.extract` sets both
apart, as it sets PDF footnotes apart from the body.

Usage::

    from ingest.sources import read_source
    body = read_source(Path("../shared/corpus-sources/ma-law-27-14.ar.txt"))
"""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract


def read_source(path: Path) -> str:
    """The body text of a source file (header and footnotes removed); raises ``ExtractionError``."""
    return extract(path).body_text
