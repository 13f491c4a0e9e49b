#!/usr/bin/env python
"""Side-by-side: skywarp.reproject_adaptive vs reproject.reproject_adaptive on peers' case A, in ONE process.

For the Gaussian default and the Hann kernel it prints: skywarp's time (best of --repeats, in process,
all cores), reproject's (once), their ratio, max|difference| / max|input| and NaN-pattern mismatches.
Then the whole-process numbers: the CLI `skywarp reproject --method adaptive` under /usr/bin/time -v
(wall, peak RSS), and the same Python job (import, read the FITS file, reproject, write) with
skywarp's and with reproject's reproject_adaptive, each in a fresh Python subprocess (wall and peak RSS
by /usr/bin/time -v).

Inputs: ../shared/peers/make_cases.py (case A: 2048² TAN -> rotated TAN). Generate once:
    python ../shared/peers/make_cases.py --outdir /tmp/skywarp-bench/data --only A
Run (after `scripts/test.sh` or `maturin develop --release` and `cargo build --release`):
    .venv/bin/python bench/peers/adaptive_side_by_side.py --data /tmp/skywarp-bench/data
"""
import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from measure import best_of  # noqa: E402

# The same whole-process job for either package: import, read, reproject, write (argv[5]: the module).
RUNNER = r"""
import importlib, sys
from astropy.io import fits
reproject_adaptive = importlib.import_module(sys.argv[5]).reproject_adaptive
inp, hdr, kernel = sys.argv[1:4]
h = fits.Header.fromtextfile(hdr)
with fits.open(inp) as hl:
    arr, fp = reproject_adaptive(hl[0], h, kernel=kernel)
fits.writeto(sys.argv[4], arr, h, overwrite=True)
"""


def cli_run(binary, inp, hdr, kernel, out):
    t0 = time.perf_counter()
    p = subprocess.run(
        ["/usr/bin/time", "-v", str(binary), "reproject", str(inp), "--to", str(hdr),
         "-o", str(out), "--method", "adaptive", "--kernel", kernel],
        capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return wall, rss


def python_run(module, inp, hdr, kernel, out):
    """Wall time and peak RSS (MiB) of RUNNER with `module` in a fresh Python, under /usr/bin/time -v.

    Not getrusage inside the child: Linux carries the parent's peak RSS into a child across
    fork and exec, so a child of this (large) process would report this process's peak.
    """
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", RUNNER, str(inp), str(hdr), kernel,
                        str(out), module], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return wall, rss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/tmp/skywarp-bench/data")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--binary", default=str(REPO / "target" / "release" / "skywarp"))
    args = ap.parse_args()

    import numpy as np
    from astropy.io import fits
    import reproject
    import skywarp

    data = Path(args.data)
    inp, hdr = data / "A_in.fits", data / "A_out.hdr"
    h = fits.Header.fromtextfile(hdr)
    hdu = fits.open(inp)[0]
    src = (hdu.data, hdu.header)
    vmax = float(np.nanmax(np.abs(hdu.data)))
    print(f"case A: {hdu.data.shape} -> ({h['NAXIS2']}, {h['NAXIS1']}), reproject {reproject.__version__}")
    for kernel in ("gaussian", "hann"):
        ts, (a, _) = best_of(lambda: skywarp.reproject_adaptive(src, h, kernel=kernel), args.repeats)
        tr, (b, _) = best_of(lambda: reproject.reproject_adaptive(src, h, kernel=kernel), 1)
        diff = float(np.nanmax(np.abs(a - b))) / vmax
        nan_mismatch = int(np.count_nonzero(np.isnan(a) != np.isnan(b)))
        print(f"in process, {kernel:8s}: skywarp {ts:.3f} s (best of {args.repeats}), reproject {tr:.2f} s,"
              f" ratio {tr / ts:.1f}x, max|diff|/max {diff:.1e}, NaN mismatches {nan_mismatch}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for kernel in ("gaussian", "hann"):
            wall, rss = cli_run(args.binary, inp, hdr, kernel, Path(tmp) / f"sw_{kernel}.fits")
            py = {}
            for module in ("skywarp", "reproject"):
                py[module] = python_run(module, inp, hdr, kernel, Path(tmp) / f"{module}_{kernel}.fits")
            (swt, swr), (rpt, rpr) = py["skywarp"], py["reproject"]
            print(f"whole process, {kernel:8s}: skywarp CLI {wall:.2f} s, peak RSS {rss / 1024:.0f} MB;"
                  f" skywarp Python {swt:.2f} s, peak RSS {swr:.0f} MB;"
                  f" reproject {rpt:.2f} s, peak RSS {rpr:.0f} MB;"
                  f" ratios {rpt / wall:.1f}x (CLI), {rpt / swt:.1f}x (Python)", flush=True)


if __name__ == "__main__":
    main()
