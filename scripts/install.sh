#!/usr/bin/env bash
# Install Daleel into ./.venv (idempotent). Usage: scripts/install.sh [--test]
# torch must come first, pinned: pip then takes the CPU wheel already on these machines instead of
# resolving a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
extras=""
[[ "${1:-}" == "--test" ]] && extras="[test]"

stamp=".venv/.installed$extras"
want=$(cat pyproject.toml scripts/install.sh | sha256sum | cut -c1-16)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q "torch==2.13.0"
.venv/bin/python -m pip install -q -e ".$extras"
echo "$want" > "$stamp"
