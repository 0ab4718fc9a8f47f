"""Which sentence-transformers model to embed with: the user's choice, or the bundled e5-small.

Usage::

    from ingest.embedding_model import resolve_model
    resolve_model(Settings())   # 'data/models/multilingual-e5-small' (built on first use)
"""

from __future__ import annotations

from ingest.settings import Settings


def resolve_model(settings: Settings) -> str:
    """``DALEEL_MODEL`` when set (any sentence-transformers path or id), else the converted e5-small."""
    if settings.model:
        return settings.model
    from ingest.model import build_model, default_model_dir  # imported only when the default is used

    return str(build_model(default_model_dir(settings.data_dir)))
