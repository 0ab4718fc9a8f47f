"""Settings read from the environment (and an optional ``.env`` file in the working directory).

| variable | default | meaning |
|---|---|---|
| ``DALEEL_DATA_DIR`` | ``./data`` | index, model and caches (never in git) |
| ``DALEEL_QDRANT_URL`` | unset | a Qdrant server or cluster; unset means embedded on-disk Qdrant |
| ``DALEEL_QDRANT_API_KEY`` | unset | API key for that server |
| ``DALEEL_MODEL`` | unset | a sentence-transformers path or model id; unset means the bundled e5-small |
| ``DALEEL_INDEX`` | ``daleel`` | the Qdrant collection name |
| ``DALEEL_SOURCES_DIR`` | ``../shared/corpus-sources`` | where the starter catalogue's source files are read |
| ``DALEEL_API_TOKEN`` | unset | bearer token for write endpoints; unset disables them |
| ``DALEEL_HOST``, ``DALEEL_PORT`` | ``127.0.0.1``, ``8000`` | where ``daleel serve`` listens |

Usage::

    from ingest.settings import Settings
    settings = Settings()            # or Settings(data_dir=tmp_path)
    settings.qdrant_path             # Path('data/qdrant')
"""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.catalogue import DEFAULT_SOURCES_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DALEEL_", env_file=".env", extra="ignore")

    data_dir: Path = Path("data")
    qdrant_url: str | None = None
    qdrant_api_key: str | None = None
    model: str | None = None
    index: str = "daleel"
    sources_dir: Path = DEFAULT_SOURCES_DIR
    api_token: str | None = None
    # Where `daleel serve` listens; read here, not only by the command line, so that a `.env` file sets them too.
    host: str = "127.0.0.1"
    port: int = 8000

    @property
    def qdrant_path(self) -> Path:
        return self.data_dir / "qdrant"
