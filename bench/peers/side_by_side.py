#!/usr/bin/env python
"""Side-by-side: skywarp vs reproject_interp vs SWarp vs Montage mProjectPP on identical inputs.

Every measurement is a fresh process: wall time from spawn to exit (FITS in -> FITS out, imports
included for Python) and the process' own peak RSS (bench/measure.py). Medians of --repeats runs, interleaved tool by tool
so that load drift hits every tool alike. Ratios are against skywarp in the same run.

Inputs: the deterministic benchmark cases of ../shared/peers/make_cases.py (A: 2048² TAN -> rotated
TAN; B: -> Galactic CAR; C: 4096² TAN; D: cube). Generate them once:
    python ../shared/peers/make_cases.py --outdir /tmp/skywarp-bench/data --only A,B,C
then
    python bench/peers/side_by_side.py --data /tmp/skywarp-bench/data --cases A,B,C

Needs: target/release/skywarp; a Python with reproject (default: .venv/bin/python); SWarp and
Montage (Debian packages swarp, montage) for the C tools — missing tools are reported and skipped.
"""
import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from measure import run_measured  # noqa: E402

REPROJECT_RUNNER = r"""
import sys, time
t0 = time.perf_counter()
import numpy as np
from astropy.io import fits
from reproject import reproject_interp
inp, hdr, out, order, rt = sys.argv[1:6]
h = fits.Header.fromtextfile(hdr)
with fits.open(inp) as hl:
    t1 = time.perf_counter()
    arr, fp = reproject_interp(hl[0], h, order=order, roundtrip_coords=bool(int(rt)))
    t2 = time.perf_counter()
fits.HDUList([fits.PrimaryHDU(arr.astype(np.float32), h), fits.ImageHDU(fp.astype(np.float32), name="FOOTPRINT")]).writeto(out, overwrite=True)
print("CALL", t2 - t1)
"""


def run(argv, cwd=None):
    wall, rss, out = run_measured(argv, cwd=cwd)
    call = None
    for line in out.splitlines():
        if line.startswith("CALL "):
            call = float(line.split()[1])
    return wall, rss, call


def tools(case, data, work, python, skywarp, threads, before=None, peers=True):
    inp = str(data / ("A_in.fits" if case == "B" else f"{case}_in.fits"))
    hdr = str(data / f"{case}_out.hdr")
    t = {}
    builds = [("skywarp", skywarp)] + ([("skywarp BEFORE", before)] if before else [])
    for label, exe in builds:
        t[f"{label} bilinear"] = ([exe, "reproject", inp, "--to", hdr, "-o", str(work / "sw.fits"),
                                   "--threads", str(threads)], None)
        t[f"{label} bicubic"] = ([exe, "reproject", inp, "--to", hdr, "-o", str(work / "swc.fits"),
                                  "--order", "bicubic", "--threads", str(threads)], None)
    if not peers:
        return t
    t["reproject_interp bilinear"] = ([python, "-c", REPROJECT_RUNNER, inp, hdr, str(work / "rp.fits"), "bilinear", "1"], None)
    swarp = shutil.which("SWarp") or shutil.which("swarp")
    if swarp and case in ("A", "C"):
        sw_dir = work / "swarp"
        sw_dir.mkdir(exist_ok=True)
        shutil.copy(hdr, sw_dir / "out.head")
        common = ["-SUBTRACT_BACK", "N", "-FSCALASTRO_TYPE", "NONE", "-WRITE_XML", "N", "-VERBOSE_TYPE", "QUIET",
                  "-COPY_KEYWORDS", "", "-DELETE_TMPFILES", "Y", "-MEM_MAX", "4096", "-VMEM_MAX", "8192",
                  "-COMBINE_BUFSIZE", "2048", "-IMAGEOUT_NAME", str(sw_dir / "out.fits"),
                  "-WEIGHTOUT_NAME", str(sw_dir / "out.weight.fits"), "-RESAMPLE_DIR", str(sw_dir),
                  "-VMEM_DIR", str(sw_dir), "-COMBINE_TYPE", "WEIGHTED", "-NTHREADS", str(threads)]
        t["SWarp BILINEAR"] = ([swarp, inp, *common, "-RESAMPLING_TYPE", "BILINEAR"], sw_dir)
    if shutil.which("mProjectPP") and case in ("A", "C"):
        t["Montage mProjectPP"] = (["mProjectPP", "-f", inp, str(work / "mp.fits"), hdr], None)
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--cases", default="A,B,C")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--python", default=str(REPO / ".venv" / "bin" / "python"))
    ap.add_argument("--skywarp", default=str(REPO / "target" / "release" / "skywarp"))
    ap.add_argument("--before", help="a second skywarp binary (e.g. an older build) measured in the same run")
    ap.add_argument("--no-peers", action="store_true", help="measure only the skywarp binaries")
    ap.add_argument("--json", type=Path, help="also write the results here")
    a = ap.parse_args()
    results = []
    for case in a.cases.split(","):
        with tempfile.TemporaryDirectory(prefix=f"sw-bench-{case}-") as tmp:
            work = Path(tmp)
            ts = tools(case, a.data, work, a.python, a.skywarp, a.threads, a.before, not a.no_peers)
            samples = {name: [] for name in ts}
            for _ in range(a.repeats):
                for name, (argv, cwd) in ts.items():
                    samples[name].append(run(argv, cwd=cwd))
            base = statistics.median(s[0] for s in samples["skywarp bilinear"])
            for name, s in samples.items():
                wall = statistics.median(x[0] for x in s)
                rss = max(x[1] for x in s)
                calls = [x[2] for x in s if x[2] is not None]
                results.append({"case": case, "tool": name, "wall_s": wall, "peak_rss_mib": rss,
                                "call_s": statistics.median(calls) if calls else None,
                                "x_skywarp_bilinear": wall / base, "runs": len(s)})
    print(f"| case | tool | wall s (median of {a.repeats}) | call s | peak RSS MiB | time / skywarp bilinear |")
    print("|---|---|---:|---:|---:|---:|")
    for r in results:
        call = f"{r['call_s']:.3f}" if r["call_s"] is not None else ""
        print(f"| {r['case']} | {r['tool']} | {r['wall_s']:.3f} | {call} | {r['peak_rss_mib']:.0f} | {r['x_skywarp_bilinear']:.1f}x |")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.exit(main())
