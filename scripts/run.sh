#!/usr/bin/env bash
# One command from a fresh clone to a running Daleel: install, build the model, ingest the starter
# corpus (skipped when unchanged) and serve the API and page on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
# The page falls back to system fonts if the Arabic font cannot be installed here.
bash scripts/system-deps.sh --runtime || echo "warning: could not install the Arabic font (fonts-hosny-amiri)" >&2
bash scripts/install.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/daleel ingest
exec .venv/bin/daleel serve  # where DALEEL_HOST and DALEEL_PORT say (environment or .env), else 127.0.0.1:8000
