"""`daleel serve` listens where the environment says, as `scripts/run.sh` and the README promise."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from api.cli import app as cli


def test_serve_takes_host_and_port_from_the_environment() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    text = re.sub(r"\x1b\[[0-9;]*m", "", result.output)
    assert "env var: DALEEL_HOST" in text and "env var: DALEEL_PORT" in text
