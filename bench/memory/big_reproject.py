#!/usr/bin/env python
"""Peak memory of `skywarp reproject` on a huge image: N×N float32 TAN → rotated, shifted N×N TAN.

Writes the input with a memory-mapped numpy array (never holding it in memory), runs the CLI in a
fresh process and reports wall time and the child's own peak RSS (bench/measure.py). Default N = 16384:
a 1 GiB input, 1 GiB output + 1 GiB footprint, so ~3 GiB of scratch disk in --dir.

    python bench/memory/big_reproject.py --n 16384 --dir /tmp/skywarp-big [--limit-mib 1024]
Exits non-zero if --limit-mib is given and exceeded.
"""
import argparse
import sys
from pathlib import Path

import numpy as np
from astropy.io import fits

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from measure import run_measured  # noqa: E402


def tan_header(n, crval, rot):
    r = np.radians(rot)
    s = 1.0 / 3600
    h = fits.Header()
    h["SIMPLE"] = True
    h["BITPIX"] = -32
    h["NAXIS"] = 2
    h["NAXIS1"] = n
    h["NAXIS2"] = n
    h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
    h["CRVAL1"], h["CRVAL2"] = crval
    h["CRPIX1"] = h["CRPIX2"] = n / 2 + 0.5
    h["CD1_1"], h["CD1_2"] = -s * np.cos(r), s * np.sin(r)
    h["CD2_1"], h["CD2_2"] = s * np.sin(r), s * np.cos(r)
    return h


def make_input(path, n):
    h = tan_header(n, (150.0, 2.0), 0.0)
    hdr = h.tostring().encode()
    data_bytes = n * n * 4
    pad = (-data_bytes) % 2880
    with open(path, "wb") as f:
        f.write(hdr)
        f.truncate(len(hdr) + data_bytes + pad)
    mm = np.memmap(path, dtype=">f4", mode="r+", offset=len(hdr), shape=(n, n))
    rows = max(1, (64 << 20) // (n * 4))
    x = np.arange(n, dtype=np.float32)
    for r0 in range(0, n, rows):
        r1 = min(n, r0 + rows)
        y = np.arange(r0, r1, dtype=np.float32)[:, None]
        mm[r0:r1] = 100 + 0.001 * x[None, :] + 0.002 * y + 50 * np.sin(x[None, :] / 37.0) * np.cos(y / 41.0)
        mm.flush()
    del mm


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=16384)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/skywarp-big"))
    ap.add_argument("--limit-mib", type=float)
    ap.add_argument("--skywarp", default=str(REPO / "target" / "release" / "skywarp"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--order", default="bilinear")
    a = ap.parse_args()
    a.dir.mkdir(parents=True, exist_ok=True)
    inp, tgt, out = a.dir / f"in_{a.n}.fits", a.dir / f"target_{a.n}.hdr", a.dir / f"out_{a.n}.fits"
    if not inp.exists():
        make_input(inp, a.n)
    shift = a.n / 4 / 3600.0
    tan_header(a.n, (150.0 + shift, 2.0), 30.0).totextfile(tgt, overwrite=True)
    try:
        wall, rss, _ = run_measured([a.skywarp, "reproject", str(inp), "--to", str(tgt), "-o", str(out),
                                     "--threads", str(a.threads), "--order", a.order])
        rc = 0
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"N={a.n} {a.order}: input {inp.stat().st_size / 2**20:.0f} MiB, exit {rc}, wall {wall:.1f} s, peak RSS {rss:.0f} MiB")
    out.unlink()
    if a.limit_mib and rss > a.limit_mib:
        print(f"peak RSS {rss:.0f} MiB exceeds the limit {a.limit_mib} MiB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
