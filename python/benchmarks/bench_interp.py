#!/usr/bin/env python
"""skywarp.reproject_interp against reproject.reproject_interp, side by side, same arguments.

Each measurement runs in a fresh Python process (so peak memory is per call): the input FITS image is read
as float32 (as the peer benchmarks do), the target header from a text file, then the function is called
``--runs`` times with ``(data, wcs_in), wcs_out, shape_out=...`` and the given options. Reported per tool:
median and best call time, peak RSS of the process (``VmHWM``) and the peak RSS growth caused by the
calls (peak minus the RSS just before the first call). The tools alternate, so machine noise hits both.

Usage (case A of shared/peers/make_cases.py):
    bench_interp.py --input data/A_in.fits --target data/A_out.hdr [--order bilinear] [--runs 5]
Without --input/--target a 2048x2048 case like A is generated in a temporary directory.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

CHILD = r"""
import json, resource, sys, time
import numpy as np
from astropy.io import fits
from astropy.wcs import WCS
tool, path, target, order, runs, roundtrip, parallel = sys.argv[1:8]
if tool == "skywarp":
    from skywarp import reproject_interp
else:
    from reproject import reproject_interp
h = fits.Header.fromtextfile(target)
wcs_out = WCS(h)
shape = tuple(h[f"NAXIS{i}"] for i in range(h["NAXIS"], 0, -1))
with fits.open(path) as hl:
    data = hl[0].data.astype(np.float32, copy=True)
    wcs_in = WCS(hl[0].header)

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()

before = rss()
times, after = [], []
for _ in range(int(runs)):
    t0 = time.perf_counter()
    out = reproject_interp((data, wcs_in), wcs_out, shape_out=shape, order=order,
                           roundtrip_coords=roundtrip == "1", parallel=(int(parallel) if parallel != "0" else False))
    times.append(time.perf_counter() - t0)
    del out
    after.append(rss())
def hwm():
    # VmHWM is this process' own peak (ru_maxrss can report the parent's RSS at fork time instead)
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

peak = hwm()
print("BENCH " + json.dumps({"tool": tool, "times": times, "peak_rss": peak, "rss_before_call": before,
                             "rss_after_calls": after}))
"""


def make_case(directory):
    """A 2048x2048 float32 TAN image (1"/px, stars on a smooth background, noise) and a target rotated by
    30 degrees and shifted by a quarter field, like case A of the peer benchmarks."""
    import numpy as np
    from astropy.io import fits

    n = 2048
    rng = np.random.default_rng(20240601)

    def tan(rot, crval):
        h = fits.Header()
        h["NAXIS"], h["NAXIS1"], h["NAXIS2"] = 2, n, n
        h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
        h["CRPIX1"] = h["CRPIX2"] = (n + 1) / 2
        h["CRVAL1"], h["CRVAL2"] = crval
        r = np.radians(rot)
        s = 1 / 3600
        h["CD1_1"], h["CD1_2"] = -s * np.cos(r), -s * np.sin(r)
        h["CD2_1"], h["CD2_2"] = -s * np.sin(r), s * np.cos(r)
        h["RADESYS"], h["EQUINOX"] = "ICRS", 2000.0
        return h

    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32)
    c = (n - 1) / 2
    img = 100 + 8 * (xx - c) / n - 5 * (yy - c) / n + 6 * np.sin(2 * np.pi * (xx - c) / (0.7 * n))
    for _ in range(3000):
        x0, y0 = rng.uniform(-5, n + 5, 2)
        a, sg = 10 ** rng.uniform(0.7, 3.7), rng.uniform(1.2, 2.2)
        ix, iy = int(x0), int(y0)
        x_lo, x_hi, y_lo, y_hi = max(ix - 7, 0), min(ix + 8, n), max(iy - 7, 0), min(iy + 8, n)
        if x_lo < x_hi and y_lo < y_hi:
            gx = np.exp(-0.5 * ((np.arange(x_lo, x_hi) - x0) / sg) ** 2)
            gy = np.exp(-0.5 * ((np.arange(y_lo, y_hi) - y0) / sg) ** 2)
            img[y_lo:y_hi, x_lo:x_hi] += (a * np.outer(gy, gx)).astype(np.float32)
    img = (img + rng.standard_normal((n, n), dtype=np.float32)).astype(np.float32)
    inp = os.path.join(directory, "A_in.fits")
    fits.writeto(inp, img, tan(0, (150.0, 2.0)), overwrite=True)
    target = os.path.join(directory, "A_out.hdr")
    tan(30, (150.0 + 512 / 3600 / np.cos(np.radians(2.0)), 2.0)).totextfile(target, overwrite=True)
    return inp, target


def measure(tool, inp, target, order, runs, roundtrip, parallel):
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            tool,
            inp,
            target,
            order,
            str(runs),
            str(int(roundtrip)),
            str(parallel),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH "))
    return json.loads(line[6:])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input")
    ap.add_argument("--target")
    ap.add_argument("--order", default="bilinear")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds of both tools")
    ap.add_argument("--no-roundtrip", action="store_true")
    ap.add_argument("--parallel", type=int, default=0, help="0 = parallel=False")
    ap.add_argument("--json", help="write the results here")
    a = ap.parse_args(argv)
    import numpy as np

    with tempfile.TemporaryDirectory() as tmp:
        inp, target = (a.input, a.target) if a.input else make_case(tmp)
        results = {"skywarp": [], "reproject": []}
        for _ in range(a.rounds):
            for tool in ("skywarp", "reproject"):
                runs = a.runs if tool == "skywarp" else max(1, a.runs // 2)
                results[tool].append(
                    measure(tool, inp, target, a.order, runs, not a.no_roundtrip, a.parallel)
                )
    summary = {}
    for tool, res in results.items():
        times = [t for r in res for t in r["times"]]
        summary[tool] = {
            "median_s": float(np.median(times)),
            "best_s": float(np.min(times)),
            "calls": len(times),
            "peak_rss_mib": max(r["peak_rss"] for r in res) / 2**20,
            "peak_growth_mib": max(r["peak_rss"] - r["rss_before_call"] for r in res) / 2**20,
        }
    ratio = summary["reproject"]["median_s"] / summary["skywarp"]["median_s"]
    for tool, s in summary.items():
        print(
            f"{tool:10s} median {s['median_s']:.3f} s  best {s['best_s']:.3f} s  ({s['calls']} calls)  "
            f"peak RSS {s['peak_rss_mib']:.0f} MiB  (+{s['peak_growth_mib']:.0f} MiB during the calls)"
        )
    print(f"speed-up (median): {ratio:.1f}x")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"summary": summary, "ratio": ratio, "raw": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
