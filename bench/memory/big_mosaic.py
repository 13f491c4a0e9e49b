#!/usr/bin/env python
"""Peak memory of `skywarp mosaic` on a large mosaic: a 4×4 grid of N×N float32 TAN tiles at 2"/px
(rotated by up to ±2 deg, overlapping by ~3 %) → one 4N'×4N' TAN mosaic at 1"/px. Default N = 2048:
16 inputs of 16 MiB, a 16384² output (1 GiB of float32 values + 1 GiB of footprint on disk).

Tiles are written through memory-mapped numpy arrays (never held in memory); the CLI runs in a fresh
process and the child's own peak RSS is reported (bench/measure.py).

    python bench/memory/big_mosaic.py --n 2048 --dir /tmp/skywarp-bigmosaic [--limit-mib 400]
      [--match-background] [--combine median] [--memory 128]
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

RA0, DEC0 = 150.0, 2.0


def tan_header(ny, nx, crval, scale_arcsec, rot=0.0):
    r = np.radians(rot)
    s = scale_arcsec / 3600
    h = fits.Header()
    h["SIMPLE"] = True
    h["BITPIX"] = -32
    h["NAXIS"] = 2
    h["NAXIS1"] = nx
    h["NAXIS2"] = ny
    h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
    h["CRVAL1"], h["CRVAL2"] = crval
    h["CRPIX1"], h["CRPIX2"] = nx / 2 + 0.5, ny / 2 + 0.5
    h["CD1_1"], h["CD1_2"] = -s * np.cos(r), s * np.sin(r)
    h["CD2_1"], h["CD2_2"] = s * np.sin(r), s * np.cos(r)
    return h


def write_tile(path, h, level):
    n = h["NAXIS1"]
    hdr = h.tostring().encode()
    data_bytes = n * h["NAXIS2"] * 4
    with open(path, "wb") as f:
        f.write(hdr)
        f.truncate(len(hdr) + data_bytes + (-data_bytes) % 2880)
    mm = np.memmap(path, dtype=">f4", mode="r+", offset=len(hdr), shape=(h["NAXIS2"], n))
    rows = max(1, (32 << 20) // (n * 4))
    x = np.arange(n, dtype=np.float32)
    for r0 in range(0, h["NAXIS2"], rows):
        y = np.arange(r0, min(h["NAXIS2"], r0 + rows), dtype=np.float32)[:, None]
        mm[r0 : r0 + len(y)] = level + 50 * np.sin(x[None, :] / 37.0) * np.cos(y / 41.0)
    mm.flush()
    del mm


def make_tiles(directory, n, grid=4):
    """Tiles of n² at 2"/px on a grid whose centres are 0.97·n·2" apart, and the output header."""
    rng = np.random.default_rng(1)
    step = 0.97 * n * 2.0 / 3600  # degrees
    names = []
    for j in range(grid):
        for i in range(grid):
            k = j * grid + i
            ra = RA0 + (i - (grid - 1) / 2) * step / np.cos(np.radians(DEC0))
            dec = DEC0 + (j - (grid - 1) / 2) * step
            path = directory / f"tile_{n}_{k:02d}.fits"
            if not path.exists():
                write_tile(path, tan_header(n, n, (ra, dec), 2.0, rng.uniform(-2, 2)), 100 + k)
            names.append(str(path))
    side = 2 * n * grid
    target = directory / f"target_{n}.hdr"
    tan_header(side, side, (RA0, DEC0), 1.0).totextfile(target, overwrite=True)
    return names, target


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2048)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/skywarp-bigmosaic"))
    ap.add_argument("--limit-mib", type=float)
    ap.add_argument("--skywarp", default=str(REPO / "target" / "release" / "skywarp"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--memory", type=int, default=128, help="band memory, MiB")
    ap.add_argument("--combine", default="mean")
    ap.add_argument("--match-background", action="store_true")
    a = ap.parse_args()
    a.dir.mkdir(parents=True, exist_ok=True)
    tiles, target = make_tiles(a.dir, a.n)
    out = a.dir / f"mosaic_{a.n}.fits"
    argv = [a.skywarp, "mosaic", *tiles, "--to", str(target), "-o", str(out), "--threads", str(a.threads),
            "--memory", str(a.memory), "--combine", a.combine]
    if a.match_background:
        argv.append("--match-background")
    try:
        wall, rss, _ = run_measured(argv)
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 1
    side = 8 * a.n
    print(f"16 tiles of {a.n}² → {side}² ({a.combine}{', background matched' if a.match_background else ''}, "
          f"--memory {a.memory}): wall {wall:.1f} s, peak RSS {rss:.0f} MiB")
    out.unlink()
    if a.limit_mib and rss > a.limit_mib:
        print(f"peak RSS {rss:.0f} MiB exceeds the limit {a.limit_mib} MiB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
