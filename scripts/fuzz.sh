#!/usr/bin/env bash
# Runs every libFuzzer target of fuzz/ for a bounded time (cargo-fuzz; stable toolchain through
# RUSTC_BOOTSTRAP=1, which cargo-fuzz's nightly-only flags need).
#
#   scripts/fuzz.sh            # 60 s per target
#   scripts/fuzz.sh 20         # a CI smoke run: 20 s per target
#   scripts/fuzz.sh 600 wcs_header   # one target, longer
#   FUZZ_RUNS=2000 scripts/fuzz.sh   # CI: a fixed number of inputs from a fixed seed, so a run gives the
#                                    # same verdict every time on the same code (time-bounded runs do not)
#
# Seeds come from the repository's test data and astropy's/reproject's in .venv; the corpus grows in
# target/fuzz-corpus/<target> (outside git). A crash stops the run with a non-zero status; libFuzzer
# leaves the input in fuzz/artifacts/<target>/: add it to tests/ as a regression file and fix the cause.
# Needs: cargo install cargo-fuzz (0.13).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(header_text fits_structure tile_params wcs_header)
export RUSTC_BOOTSTRAP=1
# leaks are not what this suite hunts (see -detect_leaks below); a failed allocation must be an
# error, as in production, not an ASan abort
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz missing: cargo install cargo-fuzz" >&2; exit 1; }
cargo fuzz build --fuzz-dir fuzz -O

corpus=target/fuzz-corpus
# each target process writes its inputs to one scratch file (fuzz_targets/common.rs); libFuzzer
# exits without running destructors, so the files are removed here
trap 'rm -f /dev/shm/skywarp-fuzz-*.fits "${TMPDIR:-/tmp}"/skywarp-fuzz-*.fits' EXIT
seed() { # seed TARGET FILES...
  local d=$corpus/$1; shift
  mkdir -p "$d"
  for f in "$@"; do [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 200000 ] && cp -n "$f" "$d/" || true; done
}
site=$(ls -d .venv/lib/python3*/site-packages 2>/dev/null | head -1 || true)
hdrs=(crates/skywarp-fits/tests/data/*.hdr ${site:+$site/astropy/wcs/tests/data/*.hdr} ${site:+$site/reproject/tests/data/*.hdr})
fitsfiles=(crates/skywarp-fits/tests/data/*.fits ${site:+$site/astropy/io/fits/tests/data/*.fits})
seed header_text "${hdrs[@]}"
seed wcs_header "${hdrs[@]}"
seed fits_structure "${fitsfiles[@]}"
mkdir -p "$corpus/tile_params"
printf '\x08\x01\x00\x00\x00\x00\x00' > "$corpus/tile_params/ztile1-zero"

mkdir -p target/fuzz-logs
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${FUZZ_RUNS:+$FUZZ_RUNS inputs (seed 1) or }${secs}s"
  log=target/fuzz-logs/$t.log
  # -rss_limit_mb: a garbage header may ask for gigabytes, which must be refused, not attempted.
  # -detect_leaks=0: WCSLIB 7 leaks its error structs on some rejected headers (a few hundred bytes);
  # this suite hunts crashes, hangs and panics.
  rc=0
  cargo fuzz run --fuzz-dir fuzz -O "$t" "$corpus/$t" -- \
    ${FUZZ_RUNS:+-runs=$FUZZ_RUNS -seed=1} -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -max_len=65536 -print_final_stats=1 -detect_leaks=0 \
    >"$log" 2>&1 || rc=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE|SUMMARY|Test unit written|==[0-9]+== ?ERROR)' "$log" || true
  if [ $rc -ne 0 ]; then
    tail -40 "$log" >&2
    echo "fuzz target $t FAILED (rc $rc; input in fuzz/artifacts/$t/, log $log)" >&2
    exit 1
  fi
done
