#!/usr/bin/env bash
# The whole test suite: formatting, lints, Rust tests, then the oracle tests against astropy/reproject.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export CARGO_TERM_COLOR=never
echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace
echo "== cargo build --release"
cargo build --release --workspace --bins --examples
echo "== Python package skywarp: build the wheel (maturin, release, reusing target/) and install it into .venv"
rm -rf target/python-wheel
.venv/bin/maturin build --release --out target/python-wheel
.venv/bin/python -m pip install -q --force-reinstall --no-deps target/python-wheel/skywarp-*.whl
echo "== self-contained builds: no shared CFITSIO/WCSLIB/zlib in the binary or the extension module"
scripts/check-static.sh target/release/skywarp .venv/lib/python3*/site-packages/skywarp/_core*.so
echo "== pytest (oracle tests)"
set +e
.venv/bin/python -m pytest tests/python -q -p no:cacheprovider "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
[ $rc -eq 0 ] || exit $rc
echo "== fuzz smoke: every libFuzzer target of fuzz/ on 2000 inputs from seed 1 (scripts/fuzz.sh; longer runs: scripts/fuzz.sh 600)"
command -v cargo-fuzz >/dev/null || cargo install -q cargo-fuzz --locked
FUZZ_RUNS=2000 scripts/fuzz.sh 300
echo "== the self-contained wheel as a user gets it: pip wheel, auditwheel, cargo install, a fresh venv (smoke tests)"
scripts/test-wheel.sh --smoke
