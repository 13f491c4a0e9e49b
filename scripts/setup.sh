#!/usr/bin/env bash
# Install what skywarp needs on a Debian/Ubuntu machine (idempotent):
#   system: a C and a C++ compiler (CFITSIO, WCSLIB and zlib are compiled in from vendor/; the C++
#           compiler builds libFuzzer for the fuzz smoke run). `--no-default-features` builds that link
#           the system's CFITSIO/WCSLIB need libcfitsio-dev, wcslib-dev and pkg-config instead.
#   Rust:   cargo (must already be installed, e.g. by rustup)
#   tests:  a Python venv at .venv with the oracle (astropy, reproject) from PyPI
# Usage: scripts/setup.sh [--no-python]
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cc >/dev/null || need+=(gcc)
command -v c++ >/dev/null || need+=(g++)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: missing system packages: ${need[*]} — install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi
command -v cargo >/dev/null || { echo "setup: cargo not found — install Rust (https://rustup.rs)" >&2; exit 1; }

if [ "${1:-}" != "--no-python" ]; then
  PY=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
  fi
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r tests/requirements.txt
fi
