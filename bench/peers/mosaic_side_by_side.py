#!/usr/bin/env python
"""Mosaics side by side on the peers' case E (16 overlapping 1024² TAN tiles → one ~3800² TAN mosaic):
`skywarp mosaic` vs SWarp (BILINEAR, AVERAGE), reproject_and_coadd with reproject_interp, Montage's
chain, and in process skywarp.reproject_and_coadd vs reproject's — without and with background
matching.

Every measurement is a fresh process: wall time from spawn to exit (FITS in → FITS out, imports
included for Python) and the process' own peak RSS (bench/measure.py); medians of --repeats runs,
interleaved tool by tool. "call" is the time inside the mosaic function for the in-process rows.

    python ../shared/peers/make_cases.py --outdir /tmp/skywarp-bench/data --only E
    python bench/peers/mosaic_side_by_side.py --data /tmp/skywarp-bench/data [--repeats 3]

Needs target/release/skywarp, a Python with reproject and skywarp (default .venv/bin/python);
SWarp and Montage (Debian packages swarp, montage) are skipped when missing.
"""
import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from measure import run_measured  # noqa: E402

PY_RUNNER = r"""
import glob, sys, time
import numpy as np
from astropy.io import fits
from astropy.wcs import WCS
lib, tiles, hdr, out, bg = sys.argv[1:6]
if lib == "skywarp":
    from skywarp import reproject_and_coadd, reproject_interp
else:
    from reproject import reproject_interp
    from reproject.mosaicking import reproject_and_coadd
h = fits.Header.fromtextfile(hdr)
inputs = sorted(glob.glob(tiles))
t1 = time.perf_counter()
arr, fp = reproject_and_coadd(inputs, WCS(h), shape_out=(h["NAXIS2"], h["NAXIS1"]),
                              reproject_function=reproject_interp, match_background=bool(int(bg)),
                              blank_pixel_value=np.nan, parallel=2 if lib == "skywarp" else False)
t2 = time.perf_counter()
fits.HDUList([fits.PrimaryHDU(arr.astype(np.float32), h),
              fits.ImageHDU(fp.astype(np.float32), name="FOOTPRINT")]).writeto(out, overwrite=True)
print("CALL", t2 - t1)
"""


def run(argv, cwd=None, pre=None):
    if pre:
        pre()
    wall, rss, out = run_measured(argv, cwd=cwd)
    call = next((float(line.split()[1]) for line in out.splitlines() if line.startswith("CALL ")), None)
    return wall, rss, call


def tools(data, work, python, skywarp, threads, peers):
    tiles = sorted(str(p) for p in (data / "E_tiles").glob("E_tile_*.fits"))
    hdr = str(data / "E_out.hdr")
    glob_ = str(data / "E_tiles" / "E_tile_*.fits")
    runner = work / "runner.py"
    runner.write_text(PY_RUNNER)
    t = {}
    for bg in (0, 1):
        tag = " +bg" if bg else ""
        t[f"skywarp mosaic{tag}"] = (
            [skywarp, "mosaic", *tiles, "--to", hdr, "-o", str(work / f"sw{bg}.fits"), "--threads", str(threads)]
            + (["--match-background"] if bg else []), None, None)
        t[f"skywarp.reproject_and_coadd{tag}"] = (
            [python, str(runner), "skywarp", glob_, hdr, str(work / f"swpy{bg}.fits"), str(bg)], None, None)
        t[f"reproject_and_coadd{tag}"] = (
            [python, str(runner), "reproject", glob_, hdr, str(work / f"rp{bg}.fits"), str(bg)], None, None)
    swarp = shutil.which("SWarp") or shutil.which("swarp")
    if swarp:
        sdir = work / "swarp"
        sdir.mkdir(exist_ok=True)

        def pre():
            shutil.copy(hdr, sdir / "out.head")
            (sdir / "resamp").mkdir(exist_ok=True)

        t["SWarp BILINEAR AVERAGE"] = (
            [swarp, *tiles, "-SUBTRACT_BACK", "N", "-FSCALASTRO_TYPE", "NONE", "-WRITE_XML", "N",
             "-VERBOSE_TYPE", "QUIET", "-COPY_KEYWORDS", "", "-DELETE_TMPFILES", "Y", "-MEM_MAX", "4096",
             "-VMEM_MAX", "8192", "-COMBINE_BUFSIZE", "2048", "-IMAGEOUT_NAME", str(sdir / "out.fits"),
             "-WEIGHTOUT_NAME", str(sdir / "out.weight.fits"), "-RESAMPLE_DIR", str(sdir / "resamp"),
             "-VMEM_DIR", str(sdir / "resamp"), "-RESAMPLING_TYPE", "BILINEAR", "-COMBINE_TYPE", "AVERAGE",
             "-NTHREADS", str(threads)], None, pre)
    script = peers / "montage_mosaic.sh" if peers else None
    if shutil.which("mProjExec") and script and script.exists():
        for bg in (0, 1):
            mdir = work / f"montage{bg}"

            def pre(mdir=mdir):
                shutil.rmtree(mdir, ignore_errors=True)
                mdir.mkdir()

            t[f"Montage mProjExec+mAdd{' +bg chain' if bg else ''}"] = (
                ["bash", str(script), str(data / "E_tiles"), hdr, str(mdir), str(bg), "0"], None, pre)
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--peers", type=Path, default=REPO.parent.parent / "shared" / "peers",
                    help="directory holding montage_mosaic.sh")
    ap.add_argument("--python", default=str(REPO / ".venv" / "bin" / "python"))
    ap.add_argument("--skywarp", default=str(REPO / "target" / "release" / "skywarp"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="skywarp-mosaic-bench-") as tmp:
        work = Path(tmp)
        t = tools(a.data, work, a.python, a.skywarp, a.threads, a.peers)
        res = {k: [] for k in t}
        for _ in range(a.repeats):
            for name, (argv, cwd, pre) in t.items():
                try:
                    res[name].append(run(argv, cwd, pre))
                except RuntimeError as e:
                    print(f"{name}: {e}", file=sys.stderr)
    base = {bg: statistics.median(w for w, _, _ in res[f"skywarp mosaic{bg}"]) for bg in ("", " +bg")
            if res.get(f"skywarp mosaic{bg}")}
    print(f"case E, {a.threads} threads, median of {a.repeats}; ratio = wall / skywarp mosaic (same matching)")
    print(f"{'tool':42s} {'wall s':>8s} {'call s':>8s} {'peak RSS MiB':>13s} {'ratio':>7s}")
    for name, rows in res.items():
        if not rows:
            continue
        wall = statistics.median(r[0] for r in rows)
        rss = statistics.median(r[1] for r in rows)
        calls = [r[2] for r in rows if r[2] is not None]
        call = f"{statistics.median(calls):8.2f}" if calls else f"{'':8s}"
        ref = base.get(" +bg" if "bg" in name else "")
        ratio = f"{wall / ref:7.1f}" if ref else ""
        print(f"{name:42s} {wall:8.2f} {call} {rss:13.0f} {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
