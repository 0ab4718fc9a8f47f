#!/usr/bin/env bash
# System packages the tests use, installed with apt-get only when missing:
# Chromium (browser tests), LibreOffice (real logical-order PDFs), an Arabic-capable font.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -qi "DejaVuSans.ttf" || need+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -qi "amiri" || need+=(fonts-hosny-amiri)
if ((${#need[@]})); then
  echo "installing system packages: ${need[*]}" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
