#!/usr/bin/env bash
# System packages, installed with apt-get only when missing.
#   (no argument)  what the tests use: Chromium (browser tests), LibreOffice (real logical-order PDFs),
#                  fonts (Arabic PDFs made by the tests, the page's Arabic font)
#   --runtime      only what the running product uses: the page's Arabic font (Amiri)
set -euo pipefail
need=()
fc-list 2>/dev/null | grep -qi "amiri" || need+=(fonts-hosny-amiri)
if [[ "${1:-}" != "--runtime" ]]; then
  command -v chromium >/dev/null || need+=(chromium)
  command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
  fc-list 2>/dev/null | grep -qi "DejaVuSans.ttf" || need+=(fonts-dejavu-core)
fi
if ((${#need[@]})); then
  echo "installing system packages: ${need[*]}" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
