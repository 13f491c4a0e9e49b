"""`skywarp calibrate` against eloy's calibration formulas (numpy), eloy itself, astropy's sigma_clip and
ccdproc.combine, on synthetic frame sets written with astropy; plus bad inputs, resumability and bounded
memory.

eloy (pip install --no-deps eloy: its twirl dependency pins astropy<8) and ccdproc are optional: the parts that
call them are skipped when they are missing; the numpy versions of the formulas always run.
"""
import os
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from astropy.io import fits

from conftest import run_skywarp, skywarp_bin, write_fits

SHAPE = (48, 70)  # non-square: catches axis mix-ups
RTOL = 1e-5  # float32 I/O


def write(path, data, **cards):
    """A float32 frame in ADU."""
    return write_fits(path, data, BUNIT="adu", **cards)


def load(path, ext=0):
    with fits.open(path) as hdul:
        return hdul[ext].data.astype(np.float32), hdul[ext].header.copy()


def nanmedian32(stack):
    return np.nanmedian(np.asarray(stack, dtype=np.float32), axis=0)


def close(got, want, rtol=RTOL, scale=None):
    """float32 comparison: relative, with an absolute floor at rtol * (typical magnitude) for values near 0."""
    got, want = np.asarray(got, np.float64), np.asarray(want, np.float64)
    assert got.shape == want.shape
    assert np.array_equal(np.isnan(got), np.isnan(want)), "NaN patterns differ"
    if scale is None:
        scale = np.nanmax(np.abs(want))
    np.testing.assert_allclose(got, want, rtol=rtol, atol=rtol * scale, equal_nan=True)


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    """Known detector: bias structure, dark current with hot pixels, vignetted flat; Gaussian noise.
    Odd (5 bias, 3 lights) and even (4 darks, 6 flats) counts, differing exposures, NaN pixels in bias, dark
    and light frames (eloy's np.mean would turn a flat with a NaN entirely into NaN, so flats have none here)."""
    d = tmp_path_factory.mktemp("calib_in")
    rng = np.random.default_rng(42)
    ny, nx = SHAPE
    y, x = np.mgrid[0:ny, 0:nx].astype(np.float32)
    bias = (1000 + rng.normal(0, 3, nx)[None, :] + 2 * y / ny).astype(np.float32)
    rate = (0.05 * (1 + 0.1 * rng.standard_normal(SHAPE))).astype(np.float32)
    rate[rng.integers(0, ny, 12), rng.integers(0, nx, 12)] = 5.0
    flat = (1 - 0.3 * ((x - nx / 2) ** 2 + (y - ny / 2) ** 2) / (nx * nx / 4)).astype(np.float32)

    def noisy(signal, sigma=5.0):
        return signal + rng.normal(0, 1, SHAPE) * np.sqrt(sigma**2 + np.maximum(signal - 1000, 0))

    files = {"bias": [], "dark": [], "flat": [], "light": []}
    for i in range(5):
        im = noisy(bias)
        if i == 1:
            im[3, 4] = np.nan
        if i in (0, 2):
            im[10, 11] = np.nan  # 2 of 5 NaN
        files["bias"].append(write(d / f"bias_{i}.fits", im, EXPTIME=0.0, IMAGETYP="BIAS"))
    for i, t in enumerate([60.0, 60.0, 120.0, 30.0]):
        im = noisy(bias + rate * t)
        if i == 3:
            im[5, 6] = np.nan
        files["dark"].append(write(d / f"dark_{i}.fits", im, EXPTIME=t, IMAGETYP="DARK"))
    for i, t in enumerate([2.0, 3.0, 2.5, 4.0, 3.0, 5.0]):
        level = 20000 + 2500 * i
        files["flat"].append(write(d / f"flat_{i}.fits", noisy(bias + rate * t + level * flat), EXPTIME=t, IMAGETYP="FLAT"))
    for i, t in enumerate([10.0, 45.0, 300.0]):
        sky = 20.0 * t / 10
        im = noisy(bias + rate * t + flat * (sky + 500 * np.exp(-((x - 20 - i) ** 2 + (y - 30) ** 2) / 4)))
        im[7, 8] = np.nan
        files["light"].append(write(d / f"light_{i}.fits", im, EXPTIME=t, IMAGETYP="LIGHT", GAIN=1.5, RDNOISE=5.0))
    return files


def reference(files):
    """eloy's formulas written with numpy, in float32 like eloy (mean normalisation over finite pixels)."""
    b = nanmedian32([load(f)[0] for f in files["bias"]])
    dk = nanmedian32([(load(f)[0] - b) / np.float32(load(f)[1]["EXPTIME"]) for f in files["dark"]])
    flats = []
    for f in files["flat"]:
        data, h = load(f)
        r = data - b - dk * np.float32(h["EXPTIME"])
        flats.append(r / np.float32(np.nanmean(r.astype(np.float64))))
    fl = nanmedian32(flats)
    return b, dk, fl


def calibrate_ref(raw, t, b, dk, fl):
    with np.errstate(divide="ignore", invalid="ignore"):
        return (raw - (dk * np.float32(t) + b)) / fl


def run_all(files, out, *extra, check=True):
    return run_skywarp(
        "calibrate",
        "--bias", *files["bias"],
        "--dark", *files["dark"],
        "--flat", *files["flat"],
        "--out", out,
        *extra,
        *files["light"],
        check=check,
    )


def test_masters_and_lights_follow_eloy_formulas(frames, tmp_path):
    out = tmp_path / "out"
    run_all(frames, out)
    b, dk, fl = reference(frames)
    mb, hb = load(out / "master_bias.fits")
    md, hd = load(out / "master_dark.fits")
    mf, hf = load(out / "master_flat.fits")
    close(mb, b)
    assert np.isnan(mb).sum() == 0  # 2 of 5 NaN still leaves a median
    close(md, dk, scale=1.0)
    close(mf, fl)
    assert hb["NCOMBINE"] == 5 and hd["NCOMBINE"] == 4 and hf["NCOMBINE"] == 6
    assert hb["IMAGETYP"] == "MASTER BIAS" and hd["SWDKMODE"] == "RATE" and hd["BUNIT"] == "adu/s"
    hist = "\n".join(str(c) for c in hf["HISTORY"])
    assert "flat_5.fits" in hist and "mean" in hist
    # The masters recover the truth of the simulation (the flat to its noise).
    assert abs(float(np.nanmean(mf)) - 1.0) < 0.01
    for f in frames["light"]:
        raw, h = load(f)
        got, gh = load(out / f.name)
        want = calibrate_ref(raw, h["EXPTIME"], b, dk, fl)
        want[~np.isfinite(want)] = np.nan
        close(got, want)
        assert np.isnan(got[7, 8])
        assert gh["EXPTIME"] == h["EXPTIME"] and "SWCALHSH" in gh
        assert any("(raw - (dark * t + bias)) / flat" in str(c) for c in gh["HISTORY"])


def test_against_eloy_itself(frames, tmp_path):
    calibration = pytest.importorskip("eloy.calibration")
    out = tmp_path / "out"
    run_all(frames, out, "--invalid", "eloy")
    files = {k: [str(p) for p in v] for k, v in frames.items()}
    eb = calibration.master_bias(files=files["bias"])
    ed = calibration.master_dark(bias=eb, files=files["dark"])
    ef = calibration.master_flat(bias=eb, dark=ed, files=files["flat"])
    close(load(out / "master_bias.fits")[0], eb)
    close(load(out / "master_dark.fits")[0], ed, scale=1.0)
    close(load(out / "master_flat.fits")[0], ef)
    for f in frames["light"]:
        raw, h = load(f)
        want = calibration.calibrate(raw, h["EXPTIME"], ed, ef, eb)
        got = load(out / f.name)[0]
        close(got, want)
        assert (got == -1).sum() == (want == -1).sum() >= 1  # the NaN pixel (and any negative) became -1


def test_nan_in_flats_odd_even_and_all_nan(tmp_path):
    """NaN pixels in flats are ignored by the normalisation (finite mean); an all-NaN pixel stays NaN."""
    rng = np.random.default_rng(1)
    flats = []
    for i in range(4):
        im = (rng.normal(1000, 10, SHAPE) * (1 + 0.1 * i)).astype(np.float32)
        im[0, 0] = np.nan  # NaN in every flat
        if i == 2:
            im[1, 1] = np.nan
        flats.append(write(tmp_path / f"f{i}.fits", im, EXPTIME=1.0))
    out = tmp_path / "out"
    run_skywarp("calibrate", "--flat", *flats, "--out", out)
    want = nanmedian32([d / np.float32(np.nanmean(d.astype(np.float64))) for d in (load(f)[0] for f in flats)])
    got = load(out / "master_flat.fits")[0]
    close(got, want)
    assert np.isnan(got[0, 0]) and np.isfinite(got[1, 1])


@pytest.mark.parametrize("n", [5, 6])
def test_combine_methods(tmp_path, n):
    rng = np.random.default_rng(n)
    stack = rng.normal(500, 5, (n,) + SHAPE).astype(np.float32)
    stack[0, :5, :5] += 400  # outliers
    stack[n - 1, 10, :] -= 300
    stack[1, 20, 20] = np.nan
    files = [write(tmp_path / f"b{i}.fits", s) for i, s in enumerate(stack)]

    def combine(method, *extra):
        out = tmp_path / f"out_{method}_{len(extra)}"
        run_skywarp("calibrate", "--bias", *files, "--out", out, "--combine", method, *extra)
        return load(out / "master_bias.fits")[0]

    close(combine("median"), np.nanmedian(stack, axis=0))
    close(combine("mean"), np.nanmean(stack.astype(np.float64), axis=0))
    srt = np.sort(stack.astype(np.float64), axis=0)  # NaN sorts last
    finite = np.isfinite(stack).sum(axis=0)
    want = np.where(finite == n, srt[1 : n - 1].sum(axis=0) / (n - 2), np.nan)
    got = combine("minmax", "--nlow", "1", "--nhigh", "1")
    m = finite == n
    close(got[m], want[m])
    # the pixel with a NaN: drop 1 low + 1 high of the n-1 finite values
    v = np.sort(stack[:, 20, 20][np.isfinite(stack[:, 20, 20])].astype(np.float64))
    assert got[20, 20] == pytest.approx(v[1:-1].mean(), rel=RTOL)

    from astropy.stats import sigma_clip

    for maxiters, cen in [(5, "median"), (1, "mean"), (None, "median")]:
        clipped = sigma_clip(stack, sigma=3, maxiters=maxiters, cenfunc=cen, stdfunc="std", axis=0, masked=True)
        want = clipped.astype(np.float64).mean(axis=0).filled(np.nan)
        got = combine("sigma-clip", "--maxiters", str(maxiters or 0), "--cenfunc", cen)
        close(got, want)


def test_sigma_clip_against_ccdproc(tmp_path):
    ccdproc = pytest.importorskip("ccdproc")
    rng = np.random.default_rng(7)
    stack = rng.normal(300, 4, (9,) + SHAPE).astype(np.float32)
    stack[2, ::7, ::5] += 200
    stack[5, 3, :] -= 150
    files = [write(tmp_path / f"s{i}.fits", s) for i, s in enumerate(stack)]
    for cen in ["median", "mean"]:
        out = tmp_path / f"out_{cen}"
        run_skywarp("calibrate", "--bias", *files, "--out", out, "--combine", "sigma-clip", "--maxiters", "1", "--cenfunc", cen)
        want = ccdproc.combine(
            [str(f) for f in files], method="average", sigma_clip=True, sigma_clip_low_thresh=3,
            sigma_clip_high_thresh=3, sigma_clip_func=cen, sigma_clip_dev_func="std", unit="adu",
        )
        close(load(out / "master_bias.fits")[0], np.asarray(want.data))


def test_ccdproc_options_exposure_ratio_and_median_norm(frames, tmp_path):
    """--dark-scaling exposure-ratio: master dark = median(dark - bias) at the darks' exposure, scaled by t/t_d."""
    same_t = [f for f in frames["dark"] if load(f)[1]["EXPTIME"] == 60.0]
    out = tmp_path / "out"
    run_skywarp(
        "calibrate", "--bias", *frames["bias"], "--dark", *same_t, "--flat", *frames["flat"], "--out", out,
        "--dark-scaling", "exposure-ratio", "--flat-norm", "median", *frames["light"],
    )
    b = nanmedian32([load(f)[0] for f in frames["bias"]])
    dk = nanmedian32([load(f)[0] - b for f in same_t])
    md, hd = load(out / "master_dark.fits")
    close(md, dk, scale=60.0)
    assert hd["EXPTIME"] == 60.0 and hd["SWDKMODE"] == "SCALED"
    flats = []
    for f in frames["flat"]:
        data, h = load(f)
        r = data - b - dk * np.float32(h["EXPTIME"] / 60.0)
        flats.append(r / np.float32(np.nanmedian(r)))
    fl = nanmedian32(flats)
    close(load(out / "master_flat.fits")[0], fl)
    for f in frames["light"]:
        raw, h = load(f)
        with np.errstate(invalid="ignore"):
            want = (raw - (dk * np.float32(h["EXPTIME"] / 60.0) + b)) / fl
        close(load(out / f.name)[0], want)
    # darks of mixed exposures are refused in this mode, naming the file
    proc = run_skywarp("calibrate", "--dark", *frames["dark"], "--out", tmp_path / "o2", "--dark-scaling", "exposure-ratio", check=False)
    assert proc.returncode != 0 and "dark_2.fits" in proc.stderr


def test_variance_and_mask_extensions(frames, tmp_path):
    bpm = np.zeros(SHAPE, np.uint8)
    bpm[2, 3] = 1
    bpm_path = tmp_path / "bpm.fits"
    fits.writeto(bpm_path, bpm)
    out = tmp_path / "out"
    run_all(frames, out, "--variance", "--read-noise", "5", "--bad-pixel-mask", bpm_path)
    b = load(out / "master_bias.fits")[0]
    fl = load(out / "master_flat.fits")[0]
    raw, h = load(frames["light"][0])
    with fits.open(out / frames["light"][0].name) as hdul:
        assert [x.name for x in hdul] == ["PRIMARY", "VARIANCE", "MASK"]
        var = hdul["VARIANCE"].data.astype(np.float64)
        mask = hdul["MASK"].data
    g, rn = 1.5, 5.0  # GAIN from the header, read noise given
    want = (g * np.maximum(raw - b, 0) + rn**2) / g**2 / fl.astype(np.float64) ** 2
    ok = np.isfinite(want)
    np.testing.assert_allclose(var[ok], want[ok], rtol=1e-5)
    assert np.isnan(var[7, 8])
    assert mask[2, 3] == 1 and mask[7, 8] == 2 and mask.sum() == 3


def test_bad_lights_reported_and_rerun_skips(frames, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    good = frames["light"]
    trunc = d / "truncated.fits"
    trunc.write_bytes(Path(good[0]).read_bytes()[:-2880])
    other = write(d / "other_shape.fits", np.ones((10, 10)), EXPTIME=5.0)
    noexp = write(d / "no_exptime.fits", load(good[0])[0])
    out = tmp_path / "out"
    lights = [*good, trunc, other, noexp]
    proc = run_all({**frames, "light": lights}, out, check=False)
    assert proc.returncode != 0
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    for bad in [trunc, other, noexp]:
        hits = [ln for ln in lines if str(bad) in ln]
        assert len(hits) == 1, (bad, proc.stderr)
        assert not (out / bad.name).exists()
    assert "EXPTIME" in next(ln for ln in lines if "no_exptime" in ln)
    assert "shape" in next(ln for ln in lines if "other_shape" in ln)
    for g in good:
        assert (out / g.name).exists()
        assert not any(str(g) in ln for ln in lines)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no temporary files left
    # Re-run: finished outputs (masters and lights) are not rewritten; the bad ones fail again.
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    time.sleep(0.05)
    proc2 = run_all({**frames, "light": lights}, out, "-v", check=False)
    assert proc2.returncode != 0
    assert "3 up to date" in proc2.stderr and "0 written" in proc2.stderr, proc2.stderr
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == stamps
    # A deleted output is recomputed; the rest still skipped.
    (out / good[1].name).unlink()
    proc3 = run_skywarp("calibrate", "--master-bias", out / "master_bias.fits", "--master-dark", out / "master_dark.fits",
                        "--master-flat", out / "master_flat.fits", "--out", out, "-v", *good)
    assert "1 written, 2 up to date" in proc3.stderr, proc3.stderr


def test_bounded_memory_40_frames_2048(tmp_path):
    """40 float32 frames of 2048x2048 (640 MiB of stack) combine with peak RSS well under 320 MiB."""
    n, size = 40, 2048
    base = (np.arange(size * size, dtype=np.float32).reshape(size, size) % 1000) + 1000
    order = np.random.default_rng(3).permutation(n)
    files = []
    t0 = time.time()
    for i in range(n):
        data = base + np.float32(order[i])
        if i < 3:
            data[5, :] = np.nan  # row 5: 37 values left
        files.append(write(tmp_path / f"big_{i:02d}.fits", data))
    gen_s = time.time() - t0
    out = tmp_path / "out"
    with open(tmp_path / "stderr.txt", "w") as err:
        p = subprocess.Popen([str(skywarp_bin()), "calibrate", "--bias", *map(str, files), "--out", str(out), "-v"],
                             stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    assert p.returncode == 0, (tmp_path / "stderr.txt").read_text()
    peak_mib = ru.ru_maxrss / 1024  # Linux: KiB
    print(f"generated in {gen_s:.1f} s; skywarp peak RSS {peak_mib:.1f} MiB; {(tmp_path / 'stderr.txt').read_text()}")
    assert peak_mib < 320, peak_mib
    got = load(out / "master_bias.fits")[0]
    assert got.shape == (size, size)
    np.testing.assert_array_equal(got[:5], base[:5] + np.float32(19.5))  # even count: mean of the middle two
    # row 5: the three NaN'd frames held order[0..3]; the median of the remaining 37 values
    np.testing.assert_array_equal(got[5], base[5] + np.float32(np.median(order[3:])))
    np.testing.assert_array_equal(got[-3:], base[-3:] + np.float32(19.5))


def test_uint16_and_compressed_inputs(tmp_path):
    """Raw CCD data as uint16 (BZERO 32768), and a tile-compressed (RICE, lossless for integers) light in an
    extension: read through CFITSIO, same numbers."""
    rng = np.random.default_rng(5)
    bias = [np.round(rng.normal(33000, 4, SHAPE)).astype(np.uint16) for _ in range(3)]
    bfiles = []
    for i, b in enumerate(bias):
        bfiles.append(tmp_path / f"ub{i}.fits")
        fits.writeto(bfiles[-1], b)
    raw = np.round(rng.normal(40000, 50, SHAPE)).astype(np.uint16)
    plain = tmp_path / "u_light.fits"
    fits.writeto(plain, raw, fits.Header({"EXPTIME": 5.0}))
    comp = tmp_path / "c_light.fits"
    fits.HDUList([fits.PrimaryHDU(), fits.CompImageHDU(raw, fits.Header({"EXPTIME": 5.0}), compression_type="RICE_1")]).writeto(comp)
    out = tmp_path / "out"
    run_skywarp("calibrate", "--bias", *bfiles, "--out", out, plain, comp)
    mb = np.median(np.stack(bias).astype(np.float32), axis=0)
    close(load(out / "master_bias.fits")[0], mb)
    want = raw.astype(np.float32) - mb
    close(load(out / "u_light.fits")[0], want, scale=100)
    close(load(out / "c_light.fits")[0], want, scale=100)
