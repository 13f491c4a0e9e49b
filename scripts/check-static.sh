#!/usr/bin/env bash
# Fails if any of the given ELF files (the skywarp binary, the extension module) needs CFITSIO, WCSLIB
# or zlib as a shared library: the default (`bundled`) build compiles them in.
# Usage: scripts/check-static.sh FILE...
set -euo pipefail
for file in "$@"; do
  needed=$(readelf -d "$file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
  echo "$file needs: $needed"
  if grep -Eq '(^| )lib(cfitsio|wcs|z)\.so' <<<"$needed"; then
    echo "FAIL: $file links CFITSIO, WCSLIB or zlib dynamically" >&2
    exit 1
  fi
done
