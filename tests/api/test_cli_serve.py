"""`daleel serve` listens where the settings say (environment or `.env`), as `scripts/run.sh` and the README promise."""

from __future__ import annotations

from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from api.cli import app as cli


@pytest.fixture
def listening(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Where `serve` would listen: uvicorn.run is the one part not run (it would block on the port)."""
    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    for name in ("DALEEL_HOST", "DALEEL_PORT"):
        monkeypatch.delenv(name, raising=False)
    return seen


def test_serve_takes_host_and_port_from_a_dot_env_file(
    listening: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A trial: DALEEL_PORT in .env was ignored (uvicorn listened on 8000) while DALEEL_API_TOKEN there was read.
    (tmp_path / ".env").write_text("DALEEL_HOST=0.0.0.0\nDALEEL_PORT=8791\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["serve"]).exit_code == 0
    assert (listening["host"], listening["port"]) == ("0.0.0.0", 8791)
    # The options win over the settings.
    assert CliRunner().invoke(cli, ["serve", "--port", "8792"]).exit_code == 0
    assert (listening["host"], listening["port"]) == ("0.0.0.0", 8792)
    assert CliRunner().invoke(cli, ["serve", "--port", "0"]).exit_code == 0  # any free port, not the default
    assert listening["port"] == 0


def test_serve_takes_host_and_port_from_the_environment(
    listening: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env
    result = CliRunner().invoke(cli, ["serve"], env={"DALEEL_HOST": "127.0.0.2", "DALEEL_PORT": "8793"})
    assert result.exit_code == 0 and (listening["host"], listening["port"]) == ("127.0.0.2", 8793)
    result = CliRunner().invoke(cli, ["serve"])
    assert (listening["host"], listening["port"]) == ("127.0.0.1", 8000)  # the defaults
