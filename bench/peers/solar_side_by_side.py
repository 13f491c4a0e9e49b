#!/usr/bin/env python
"""Side-by-side: skywarp vs reproject+sunpy on the solar cases of tests/python/test_python_solar.py, in ONE
process: reproject's AIA and SECCHI files (128², shipped inside reproject) between observers and onto
Stonyhurst / Carrington plate carrée maps, with reproject_interp (bilinear) and reproject_adaptive.

For each case it prints skywarp's time (best of --repeats, in process, all cores), reproject's (best of
--repeats), their ratio, max|difference| / max|input| and NaN-pattern mismatches. The images are small, so
the times are dominated by per-call set-up (sunpy's frame transformations for reproject, the WCS and
frame set-up for skywarp); `--big N` adds AIA onto SECCHI-A's view at N² pixels (same field, finer
pixels), where the per-pixel work dominates.

Run (after `maturin develop --release`):
    .venv/bin/python bench/peers/solar_side_by_side.py --repeats 3
"""
import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from measure import best_of  # noqa: E402
sys.path.insert(0, str(REPO / "tests" / "python"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--big", type=int, default=1024, help="side of the large case's output (0: none)")
    args = ap.parse_args()

    import reproject
    import sunpy.coordinates  # noqa: F401  (registers sunpy's FITS-WCS frames with astropy)

    import skywarp
    from test_python_solar import CASES, _hdu, _shape

    print(f"{'case':22s} {'method':18s} {'skywarp s':>10s} {'reproject s':>12s} {'ratio':>7s} "
          f"{'max|diff|/max':>14s} {'NaN mism.':>9s}")
    cases = sorted(CASES.items())
    if args.big:
        n = args.big

        def big_target(n=n):
            h = CASES["aia_to_secchi_a"][1]()
            f = n / h["NAXIS1"]
            h["NAXIS1"] = h["NAXIS2"] = n
            h["CRPIX1"] = (h["CRPIX1"] - 0.5) * f + 0.5
            h["CRPIX2"] = (h["CRPIX2"] - 0.5) * f + 0.5
            h["CDELT1"] /= f
            h["CDELT2"] /= f
            return h

        cases.append((f"aia_to_secchi_a_{n}", ("aia_171_level1.fits", big_target)))
    for label, (name, target_fn) in cases:
        hdu, target = _hdu(name), target_fn()
        shape = _shape(target)
        scale = np.nanmax(np.abs(hdu.data))
        for func, kw in (("reproject_interp", {"order": "bilinear"}), ("reproject_adaptive", {})):
            ts, (a, _) = best_of(lambda: getattr(skywarp, func)(hdu, target, shape_out=shape, **kw),
                                 args.repeats)
            tr, (b, _) = best_of(lambda: getattr(reproject, func)(hdu, target, shape_out=shape, **kw),
                                 args.repeats)
            both = np.isfinite(a) & np.isfinite(b)
            diff = float(np.max(np.abs(a[both] - b[both]))) / scale if both.any() else float("nan")
            mism = int(np.sum(np.isnan(a) != np.isnan(b)))
            method = func.replace("reproject_", "") + ("/bilinear" if kw else "")
            print(f"{label:22s} {method:18s} {ts:10.4f} {tr:12.4f} {tr / ts:6.1f}x {diff:14.2e} {mism:9d}")


if __name__ == "__main__":
    main()
