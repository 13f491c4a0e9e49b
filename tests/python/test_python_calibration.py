"""skywarp.calibration and skywarp.utils (issue #5, Python): eloy's API computed in Rust.

The oracles: eloy's formulas written with numpy (always), ``eloy.calibration`` itself (when importable: it is
installed with ``pip install --no-deps eloy`` since its dependencies pin astropy<8), and the ``skywarp
calibrate`` CLI for ``calibrate_files``. Synthetic frame sets with a known bias, dark current and flat, noise,
odd and even counts, NaN pixels and differing exposure times.
"""

import json
import os
import pickle
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from astropy.io import fits

import skywarp
from skywarp import calibration, utils
from skywarp.utils import SharedArray

from conftest import run_skywarp, write_fits as write

SHAPE = (48, 70)  # non-square: catches axis mix-ups
RTOL = 1e-5


def eloy_or_none():
    """eloy.calibration when installed (the oracle of the parts that use it), else None."""
    try:
        from eloy import calibration as eloy
    except ImportError:
        return None
    return eloy


def close(got, want, rtol=RTOL):
    """float32 comparison, relative with an absolute floor at rtol * the typical magnitude; NaN where NaN."""
    got, want = np.asarray(got, np.float64), np.asarray(want, np.float64)
    assert got.shape == want.shape
    assert np.array_equal(np.isnan(got), np.isnan(want)), "NaN patterns differ"
    scale = np.nanmax(np.abs(want)) if np.isfinite(want).any() else 1.0
    np.testing.assert_allclose(got, want, rtol=rtol, atol=rtol * scale, equal_nan=True)


def nanmedian32(frames):
    return np.nanmedian(np.asarray(frames, dtype=np.float32), axis=0)


def eloy_formulas(files):
    """eloy's masters written with numpy, in float32 (normalisation by the mean of finite pixels)."""
    data = {k: [fits.getdata(f).astype(np.float32) for f in v] for k, v in files.items() if k != "light"}
    t = {k: [float(fits.getheader(f)["EXPTIME"]) for f in v] for k, v in files.items()}
    b = nanmedian32(data["bias"])
    dk = nanmedian32([(d - b) / ti for d, ti in zip(data["dark"], t["dark"])])
    flats = []
    for f, ti in zip(data["flat"], t["flat"]):
        r = f - b - dk * ti
        flats.append(r / np.float32(np.nanmean(r.astype(np.float64))))
    return b, dk, nanmedian32(flats)


def eloy_calibrate(raw, t, dk, fl, b):
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (raw - (dk * t + b)) / fl
        out[out < 0] = np.nan
    out[~np.isfinite(out)] = -1
    return out


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    """Bias with column structure, dark current with hot pixels, vignetted flat, Gaussian + shot noise.
    5 biases, 4 darks, 6 flats, 3 lights; NaN pixels in biases, darks and lights (2 of 5 biases at one pixel);
    every exposure differs between darks, flats and lights."""
    d = tmp_path_factory.mktemp("frames")
    rng = np.random.default_rng(5)
    ny, nx = SHAPE
    y, x = np.mgrid[0:ny, 0:nx].astype(np.float32)
    bias = 1000 + rng.normal(0, 3, nx)[None, :] + 2 * y / ny
    rate = 0.05 * (1 + 0.1 * rng.standard_normal(SHAPE))
    rate[rng.integers(0, ny, 10), rng.integers(0, nx, 10)] = 4.0
    flat = 1 - 0.3 * ((x - nx / 2) ** 2 + (y - ny / 2) ** 2) / (nx * nx / 4)

    def noisy(signal):
        return signal + rng.normal(0, 1, SHAPE) * np.sqrt(25 + np.maximum(signal - 1000, 0))

    files = {"bias": [], "dark": [], "flat": [], "light": []}
    for i in range(5):
        im = noisy(bias)
        if i in (0, 2):
            im[10, 11] = np.nan
        if i == 1:
            im[3, 4] = np.nan
        files["bias"].append(str(write(d / f"bias_{i}.fits", im, EXPTIME=0.0)))
    for i, t in enumerate([60.0, 90.0, 120.0, 30.0]):
        im = noisy(bias + rate * t)
        if i == 3:
            im[5, 6] = np.nan
        files["dark"].append(str(write(d / f"dark_{i}.fits", im, EXPTIME=t)))
    for i, t in enumerate([2.0, 3.0, 4.0, 5.0, 2.5, 3.5]):
        im = noisy(bias + rate * t + (18000 + 500 * i) * flat)
        files["flat"].append(str(write(d / f"flat_{i}.fits", im, EXPTIME=t)))
    for i, t in enumerate([30.0, 45.0, 300.0]):
        sky = 200 + 50 * i
        im = noisy(bias + rate * t + sky * flat)
        im[7, 8] = np.nan
        im[20, 30] = 900.0  # well below the bias: negative once calibrated
        files["light"].append(str(write(d / f"light_{i}.fits", im, EXPTIME=t)))
    return files


@pytest.fixture(scope="module")
def masters(frames):
    b = calibration.master_bias(files=frames["bias"])
    dk = calibration.master_dark(files=frames["dark"], bias=b)
    fl = calibration.master_flat(files=frames["flat"], bias=b, dark=dk)
    return b, dk, fl


# -- masters -----------------------------------------------------------------------------------------------


def test_masters_follow_eloy_formulas(frames, masters):
    b, dk, fl = masters
    rb, rd, rf = eloy_formulas(frames)
    for got in masters:
        assert isinstance(got, np.ndarray) and type(got) is np.ndarray
        assert got.dtype == np.float32 and got.shape == SHAPE  # float32 frames: eloy returns float32
    close(b, rb)
    assert not np.isnan(b).any()  # 2 of 5 NaN still leave a median (of 3: odd count)
    np.testing.assert_allclose(dk, rd, rtol=RTOL, atol=RTOL)  # ADU/s around 0.05
    assert np.isnan(dk).sum() == 0  # one NaN among 4 darks: median of 3 values there
    close(fl, rf)
    assert abs(float(np.mean(fl)) - 1.0) < 0.02
    # the simulation's truth, to its noise
    assert abs(float(np.median(dk)) - 0.05) < 0.01


def test_even_counts_average_the_middle_values(tmp_path):
    vals = [1.0, 7.0, 3.0, 100.0]  # median of 4 = (3 + 7) / 2
    files = [str(write(tmp_path / f"b{i}.fits", np.full(SHAPE, v), EXPTIME=0.0)) for i, v in enumerate(vals)]
    assert np.all(calibration.master_bias(files=files) == 5.0)
    assert np.all(calibration.master_bias(files=files[:3]) == 3.0)


def test_masters_against_eloy_itself(frames, masters):
    eloy = pytest.importorskip("eloy.calibration")
    eb = eloy.master_bias(files=frames["bias"])
    ed = eloy.master_dark(bias=eb, files=frames["dark"])
    ef = eloy.master_flat(bias=eb, dark=ed, files=frames["flat"])
    b, dk, fl = masters
    for got, want in ((b, eb), (dk, ed), (fl, ef)):
        assert got.dtype == want.dtype and got.shape == want.shape
    close(b, eb)
    np.testing.assert_allclose(dk, ed, rtol=RTOL, atol=RTOL)
    close(fl, ef)
    for f in frames["light"]:
        raw, t = fits.getdata(f), fits.getheader(f)["EXPTIME"]
        want = eloy.calibrate(raw, t, ed, ef, eb)
        got = calibration.calibrate(raw, exposure=t, bias=b, dark=dk, flat=fl)
        assert got.dtype == want.dtype
        close(got, want)
        assert ((got == -1) == (want == -1)).all() and (got == -1).sum() >= 2
        # with the same masters, float32 arithmetic in eloy's order: identical to the bit
        np.testing.assert_array_equal(got, eloy.calibrate(raw, t, dk, fl, b))
    # eloy's stand-ins when no files are given
    for ours, theirs in ((calibration.master_bias(), eloy.master_bias()), (calibration.master_dark(), eloy.master_dark()),
                         (calibration.master_flat(), eloy.master_flat())):
        np.testing.assert_array_equal(ours, theirs)
        assert ours.dtype == theirs.dtype


def test_integer_frames_give_eloys_float64(tmp_path):
    """astropy loads BITPIX=16 as int16 and BZERO=32768 as uint16: eloy's masters are then float64."""
    rng = np.random.default_rng(2)
    bias = [str(write(tmp_path / f"b{i}.fits", 1000 + rng.integers(0, 20, SHAPE), np.int16, EXPTIME=0.0))
            for i in range(4)]
    darks = []
    for i, t in enumerate([10.0, 20.0, 40.0]):
        data = (1000 + rng.integers(0, 20, SHAPE) + 3 * t).astype(np.uint16)
        fits.writeto(tmp_path / f"d{i}.fits", data, fits.Header({"EXPTIME": t}))  # astropy writes BZERO=32768
        darks.append(str(tmp_path / f"d{i}.fits"))
    assert fits.getdata(darks[0]).dtype == np.uint16 and fits.getdata(bias[0]).dtype.kind == "i"
    b = calibration.master_bias(files=bias)
    dk = calibration.master_dark(files=darks, bias=b)
    assert b.dtype == np.float64 and dk.dtype == np.float64
    want_b = np.median(np.array([fits.getdata(f) for f in bias]), axis=0)
    np.testing.assert_array_equal(b, want_b)  # integers: exact, halves included
    want_d = np.median([(fits.getdata(f) - want_b) / fits.getheader(f)["EXPTIME"] for f in darks], axis=0)
    np.testing.assert_allclose(dk, want_d, rtol=1e-6, atol=1e-6)
    assert calibration.master_bias(files=bias, dtype=np.float32).dtype == np.float32
    eloy = eloy_or_none()
    if eloy is not None:
        eb = eloy.master_bias(files=bias)
        assert eb.dtype == b.dtype
        np.testing.assert_array_equal(b, eb)
        ed = eloy.master_dark(bias=eb, files=darks)
        assert ed.dtype == dk.dtype
        np.testing.assert_allclose(dk, ed, rtol=1e-6, atol=1e-6)


def test_custom_fun_load_and_fun_exp(frames, masters, tmp_path):
    b, dk, fl = masters
    # fun_load from non-FITS files (numpy .npy): frames are loaded in Python, combined in Rust
    npy = {}
    for kind in ("bias", "dark", "flat"):
        npy[kind] = []
        for f in frames[kind]:
            p = tmp_path / (Path(f).stem + ".npy")
            np.save(p, fits.getdata(f))
            npy[kind].append(str(p))
    exptime = {str(tmp_path / (Path(f).stem + ".npy")): fits.getheader(f)["EXPTIME"]
               for k in ("dark", "flat") for f in frames[k]}
    loads, exps = [], []

    def fun_load(f):
        loads.append(f)
        return np.load(f)

    def fun_exp(f):
        exps.append(f)
        return exptime[f]

    b2 = calibration.master_bias(files=npy["bias"], fun_load=fun_load)
    d2 = calibration.master_dark(files=npy["dark"], bias=b2, fun_load=fun_load, fun_exp=fun_exp)
    f2 = calibration.master_flat(files=npy["flat"], bias=b2, dark=d2, fun_load=fun_load, fun_exp=fun_exp)
    assert loads == npy["bias"] + npy["dark"] + npy["flat"]
    assert exps == npy["dark"] + npy["flat"]  # eloy calls fun_exp once per dark and flat
    np.testing.assert_array_equal(b2, b)
    np.testing.assert_array_equal(d2, dk)
    close(f2, fl)

    # fun_exp alone (frames streamed by the engine, exposures from Python): doubling every exposure halves the
    # dark rate; the flat follows the exposures it is given
    doubled = []
    d3 = calibration.master_dark(files=frames["dark"], bias=b,
                                 fun_exp=lambda f: doubled.append(f) or 2 * fits.getheader(f)["EXPTIME"])
    assert doubled == frames["dark"]
    np.testing.assert_allclose(d3, dk / 2, rtol=1e-6, atol=1e-7)
    f3 = calibration.master_flat(files=frames["flat"], bias=b, dark=dk, fun_exp=lambda f: 0.0)
    raw = [fits.getdata(f).astype(np.float32) - b for f in frames["flat"]]
    close(f3, nanmedian32([r / np.float32(np.nanmean(r.astype(np.float64))) for r in raw]))

    # a fun_load transforming the data is honoured (and its dtype sets the result's, as in eloy)
    b4 = calibration.master_bias(files=frames["bias"], fun_load=lambda f: fits.getdata(f).astype(np.float64) + 5)
    assert b4.dtype == np.float64
    close(b4, b.astype(np.float64) + 5)
    # eloy's own default functions count as the defaults
    eloy = eloy_or_none()
    if eloy is not None:
        b5 = calibration.master_bias(files=frames["bias"], fun_load=eloy.default_fun_load)
        np.testing.assert_array_equal(b5, b)


def test_master_options_and_errors(frames, tmp_path):
    stack = np.array([fits.getdata(f) for f in frames["bias"]], dtype=np.float32)
    close(calibration.master_bias(files=frames["bias"], method="mean"), np.nanmean(stack, axis=0))
    # minmax: of each pixel's finite values, drop the lowest and the highest and average the rest
    mm = calibration.master_bias(files=frames["bias"][:4], method="minmax", method_options={"nlow": 1, "nhigh": 1})
    want = np.full(SHAPE, np.nan, dtype=np.float32)
    for j, i in np.ndindex(SHAPE):
        v = np.sort(stack[:4, j, i][np.isfinite(stack[:4, j, i])])
        if len(v) > 2:
            want[j, i] = v[1:-1].mean(dtype=np.float64)
    close(mm, want)
    assert np.isnan(mm[10, 11]) and not np.isnan(mm[3, 4])  # 2 finite values left there; 3 here
    with pytest.raises(TypeError, match="unknown method_options"):
        calibration.master_bias(files=frames["bias"], method_options={"sigmaa": 3})
    with pytest.raises(ValueError, match="unknown combination method"):
        calibration.master_bias(files=frames["bias"], method="mode")
    with pytest.raises(OSError, match="missing.fits"):
        calibration.master_bias(files=frames["bias"] + [str(tmp_path / "missing.fits")])
    with pytest.raises(ValueError, match="no bias frames"):
        calibration.master_bias(files=[])
    other = str(write(tmp_path / "small.fits", np.zeros((10, 10)), EXPTIME=1.0))
    with pytest.raises(skywarp.ShapeError):
        calibration.master_bias(files=frames["bias"] + [other])
    noexp = str(write(tmp_path / "noexp.fits", np.zeros(SHAPE)))
    with pytest.raises(ValueError, match="EXPTIME"):
        calibration.master_dark(files=[noexp])
    with pytest.raises(ValueError, match="does not fit"):
        calibration.master_dark(files=frames["dark"], bias=np.zeros((3, 3)))
    # eloy's "no bias" stand-in broadcasts
    d0 = calibration.master_dark(files=frames["dark"], bias=np.array([0.0]))
    close(d0, calibration.master_dark(files=frames["dark"]))


# -- calibrate on arrays ----------------------------------------------------------------------------------


def test_calibrate_arrays_follow_eloy(frames, masters):
    b, dk, fl = masters
    fl = fl.copy()
    fl[1, 2] = 0.0  # division by zero
    fl[2, 3] = np.nan
    for f in frames["light"]:
        raw = fits.getdata(f)  # big-endian float32, as astropy gives it
        t = fits.getheader(f)["EXPTIME"]
        got = calibration.calibrate(raw, exposure=t, dark=dk, flat=fl, bias=b)
        want = eloy_calibrate(raw.astype(np.float32), t, dk, fl, b)
        assert got.dtype == np.float32 and got.shape == SHAPE
        np.testing.assert_array_equal(got, want)
        assert got[7, 8] == -1 and got[20, 30] == -1 and got[1, 2] == -1 and got[2, 3] == -1
        # skywarp's convention: negatives kept, non-finite -> NaN
        nan = calibration.calibrate(raw, t, dk, fl, b, invalid="nan")
        with np.errstate(divide="ignore", invalid="ignore"):
            ref = (raw.astype(np.float32) - (dk * t + b)) / fl
        ref[~np.isfinite(ref)] = np.nan
        np.testing.assert_array_equal(nan, ref)
        assert nan[20, 30] < 0 and np.isnan(nan[7, 8])
    # positional order is eloy's: data, exposure, dark, flat, bias; the input is left untouched
    raw = fits.getdata(frames["light"][0]).astype(np.float32)
    keep = raw.copy()
    np.testing.assert_array_equal(calibration.calibrate(raw, 30.0, dk, fl, b),
                                  calibration.calibrate(raw, exposure=30.0, bias=b, dark=dk, flat=fl))
    np.testing.assert_array_equal(raw, keep, strict=True)


def test_calibrate_dtypes_shapes_and_fallbacks(masters):
    b, dk, fl = masters
    rng = np.random.default_rng(9)
    raw = rng.normal(1500, 100, SHAPE).astype(np.float32)
    ref = eloy_calibrate(raw, 20.0, dk, fl, b)
    # numpy's promotion decides the dtype, as in eloy
    r64 = calibration.calibrate(raw.astype(np.float64), 20.0, dk, fl, b)
    assert r64.dtype == np.float64
    close(r64, eloy_calibrate(raw.astype(np.float64), 20.0, dk, fl, b))
    assert calibration.calibrate(raw, np.float64(20.0), dk, fl, b).dtype == np.float64  # numpy scalar: strong
    u16 = np.round(raw).astype(np.uint16)
    r = calibration.calibrate(u16, 20.0, dk, fl, b)
    assert r.dtype == np.float32
    np.testing.assert_array_equal(r, eloy_calibrate(u16, 20.0, dk, fl, b))
    assert calibration.calibrate(raw, 20.0, dk, fl, b, dtype=np.float64).dtype == np.float64
    # several frames along a leading axis
    cube = np.stack([raw, raw + 10, raw - 10])
    np.testing.assert_array_equal(calibration.calibrate(cube, 20.0, dk, fl, b), eloy_calibrate(cube, 20.0, dk, fl, b))
    # eloy's single-value stand-ins for missing masters, and single values in general
    z, one = np.array([0.0]), np.array([1.0])
    np.testing.assert_array_equal(calibration.calibrate(raw, 20.0, z, one, z), eloy_calibrate(raw, 20.0, z, one, z))
    np.testing.assert_array_equal(calibration.calibrate(raw, 20.0, np.array([0.5]), np.array([2.0]), np.array([3.0])),
                                  eloy_calibrate(raw, 20.0, np.array([0.5]), np.array([2.0]), np.array([3.0])))
    # what the engine does not take goes through numpy: 1-D data, per-frame exposures
    np.testing.assert_array_equal(calibration.calibrate(raw[0], 20.0, dk[0], fl[0], b[0]),
                                  eloy_calibrate(raw[0], 20.0, dk[0], fl[0], b[0]))
    t = np.array([10.0, 20.0, 30.0])[:, None, None]
    np.testing.assert_array_equal(calibration.calibrate(cube, t, dk, fl, b), eloy_calibrate(cube, t, dk, fl, b))
    with pytest.raises(ValueError, match="does not fit"):
        calibration.calibrate(raw, 20.0, dk[:10], fl, b)
    with pytest.raises(ValueError, match="exposure"):
        calibration.calibrate(raw, None, dk, fl, b)
    with pytest.raises(ValueError, match="invalid"):
        calibration.calibrate(raw, 20.0, dk, fl, b, invalid="zero")


def test_calibrate_releases_the_gil(masters):
    b, dk, fl = masters
    big = np.random.default_rng(0).normal(1000, 10, (4096, 4096)).astype(np.float32)
    bb, dd, ff = (np.broadcast_to(np.pad(m, ((0, 4096 - SHAPE[0]), (0, 4096 - SHAPE[1])), mode="edge"), big.shape)
                  for m in (b, dk, fl))
    bb, dd, ff = (np.ascontiguousarray(m) for m in (bb, dd, ff))
    ticks = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.0005)

    th = threading.Thread(target=spin)
    th.start()
    try:
        n0 = len(ticks)
        for _ in range(3):
            calibration.calibrate(big, 10.0, dd, ff, bb)
        n1 = len(ticks)
    finally:
        stop.set()
        th.join()
    assert n1 - n0 > 5


# -- share_data -------------------------------------------------------------------------------------------


def test_share_data_pickles_small_and_reopens_readonly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    big = np.random.default_rng(1).random((2048, 2048)).astype(np.float32)
    shared = utils.share_data({"bias": big, "flat": big.astype(">f8"), "cube": np.arange(24, dtype=np.int16).reshape(2, 3, 4)})
    assert os.listdir(tmp_path) == []  # nothing in the current directory (eloy writes bias.array there)
    s = shared["bias"]
    assert isinstance(s, np.memmap) and isinstance(s, SharedArray)
    assert not s.flags.writeable and s.dtype == big.dtype and s.shape == big.shape
    np.testing.assert_array_equal(s, big)
    path = Path(s.filename)
    assert path.parent.parent == Path(tempfile.gettempdir()) and path.parent.name.startswith("skywarp-shared-")
    blob = pickle.dumps(s, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(blob) < 1024
    back = pickle.loads(blob)
    assert isinstance(back, SharedArray) and Path(back.filename) == path and not back.flags.writeable
    np.testing.assert_array_equal(back, big)
    with pytest.raises(ValueError):
        back[0, 0] = 1
    f = pickle.loads(pickle.dumps(shared["flat"]))
    assert f.dtype == np.dtype(">f8")
    np.testing.assert_array_equal(f, big)
    np.testing.assert_array_equal(pickle.loads(pickle.dumps(shared["cube"])), np.arange(24).reshape(2, 3, 4))
    # contiguous views travel as (path, offset) too; other views and results by value
    rows = s[100:200]
    assert len(pickle.dumps(rows)) < 1024
    np.testing.assert_array_equal(pickle.loads(pickle.dumps(rows)), big[100:200])
    tr = pickle.loads(pickle.dumps(s.T))
    assert len(pickle.dumps(s.T)) < 1024
    np.testing.assert_array_equal(tr, big.T)
    cols = s[:, 5:9]
    np.testing.assert_array_equal(pickle.loads(pickle.dumps(cols)), big[:, 5:9])
    twice = s * 2
    assert type(twice) is np.ndarray
    # each call writes new files: masters of two pipelines never overwrite each other
    again = utils.share_data({"bias": big + 1})
    assert again["bias"].filename != s.filename
    np.testing.assert_array_equal(s, big)
    # shared arrays are returned as they are
    assert utils.share_data({"b": s})["b"] is s


OWNER = textwrap.dedent(
    """
    import json, os, pickle, sys
    import multiprocessing as mp
    from functools import partial
    import numpy as np
    from skywarp import calibration, utils

    def work(item, shared_data=None):
        i, raw = item
        b = shared_data["bias"]
        out = calibration.calibrate(raw, exposure=10.0 * i, bias=b, dark=shared_data["dark"], flat=shared_data["flat"])
        return dict(i=i, pid=os.getpid(), cls=type(b).__name__, memmap=isinstance(b, np.memmap),
                    mapped=b._mmap is not None, filename=b.filename, writeable=bool(b.flags.writeable),
                    sum=float(np.sum(b, dtype=np.float64)), out=out.tolist())

    if __name__ == "__main__":
        method, files = sys.argv[1], json.loads(sys.argv[2])
        bias = calibration.master_bias(files=files["bias"])   # the engine's threads run before the fork
        dark = calibration.master_dark(files=files["dark"], bias=bias)
        flat = calibration.master_flat(files=files["flat"], bias=bias, dark=dark)
        big = np.random.default_rng(0).random((2048, 2048)).astype(np.float32)
        shared = utils.share_data({"bias": bias, "dark": dark, "flat": flat, "big": big})
        sizes = {k: len(pickle.dumps(v)) for k, v in shared.items()}
        rng = np.random.default_rng(1)
        items = [(i, rng.normal(2000, 50, bias.shape).astype(np.float32)) for i in range(6)]
        want = [calibration.calibrate(r, exposure=10.0 * i, bias=bias, dark=dark, flat=flat).tolist() for i, r in items]
        with mp.get_context(method).Pool(2) as pool:
            got = list(pool.imap(partial(work, shared_data=shared), items))
        # a forked child that exits normally (running atexit handlers) must not remove the directory
        pid = os.fork()
        if pid == 0:
            sys.exit(0)
        os.waitpid(pid, 0)
        print(json.dumps(dict(dir=os.path.dirname(shared["bias"].filename), sizes=sizes, got=got, want=want,
                              owner=os.getpid(), dir_after_child=os.path.isdir(os.path.dirname(shared["bias"].filename)))))
    """
)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_share_data_through_a_pool(frames, tmp_path, method):
    script = tmp_path / "owner.py"
    script.write_text(OWNER)
    files = {k: v for k, v in frames.items() if k != "light"}
    proc = subprocess.run([sys.executable, str(script), method, json.dumps(files)], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    assert all(s < 1024 for s in r["sizes"].values()), r["sizes"]  # 2048x2048 float32 included
    assert r["dir_after_child"]
    assert not os.path.exists(r["dir"])  # removed when the owner exited
    assert os.listdir(tmp_path) == ["owner.py"]
    pids = set()
    for g in r["got"]:
        assert g["cls"] == "SharedArray" and g["memmap"] and g["mapped"] and not g["writeable"]
        assert os.path.dirname(g["filename"]) == r["dir"]
        assert g["out"] == r["want"][g["i"]]  # the workers' calibrations are the owner's, to the bit
        assert g["pid"] != r["owner"]
        pids.add(g["pid"])
    assert len(r["got"]) == 6


# -- calibrate_files --------------------------------------------------------------------------------------


class Bar:
    """A progress-bar object (tqdm-like instance): update(n)."""

    def __init__(self):
        self.n = 0
        self.calls = 0

    def update(self, n):
        self.n += n
        self.calls += 1


def test_calibrate_files_matches_cli_and_formulas(frames, masters, tmp_path):
    b, dk, fl = masters
    bad = tmp_path / "in" / "broken.fits"
    bad.parent.mkdir()
    bad.write_bytes(b"SIMPLE  =                    T" + b" " * 50 + b"not a FITS file")
    wrong = str(write(tmp_path / "in" / "wrong_shape.fits", np.zeros((10, 12)), EXPTIME=1.0))
    noexp = str(write(tmp_path / "in" / "no_exptime.fits", np.ones(SHAPE)))
    lights = frames["light"][:2] + [str(bad), wrong, noexp] + frames["light"][2:]
    bar = Bar()
    with pytest.warns(RuntimeWarning, match="3 of 6 light"):
        res = calibration.calibrate_files(lights, tmp_path / "out", bias=b, dark=dk, flat=fl, progress_bar=bar,
                                          threads=2)
    assert bar.n == len(lights)
    assert [r.input for r in res] == lights
    assert [r.status for r in res] == ["written", "written", "failed", "failed", "failed", "written"]
    assert "broken.fits" in res[2].error and "wrong_shape.fits" in res[3].error and "EXPTIME" in res[4].error
    assert not (tmp_path / "out" / "broken.fits").exists()
    # the CLI with the same masters (as FITS files) and eloy's invalid-pixel convention
    mdir = tmp_path / "masters"
    mdir.mkdir()
    for name, m in (("b", b), ("d", dk), ("f", fl)):
        fits.writeto(mdir / f"{name}.fits", m)
    run_skywarp("calibrate", "--master-bias", mdir / "b.fits", "--master-dark", mdir / "d.fits", "--master-flat",
                mdir / "f.fits", "--invalid", "eloy", "--out", tmp_path / "cli", *frames["light"])
    for r, f in zip([res[0], res[1], res[5]], frames["light"]):
        got = fits.getdata(r.output)
        assert Path(r.output) == tmp_path / "out" / Path(f).name
        np.testing.assert_array_equal(got, fits.getdata(tmp_path / "cli" / Path(f).name))
        raw, t = fits.getdata(f), fits.getheader(f)["EXPTIME"]
        np.testing.assert_array_equal(got, eloy_calibrate(raw.astype(np.float32), t, dk, fl, b))
        np.testing.assert_array_equal(got, calibration.calibrate(raw, t, dk, fl, b))
        h = fits.getheader(r.output)
        assert h["EXPTIME"] == t and "SWCALHSH" in h
    # a re-run skips what is up to date; errors='raise' raises after processing everything
    with pytest.raises(calibration.CalibrationFailed) as ei:
        calibration.calibrate_files(lights, tmp_path / "out", bias=b, dark=dk, flat=fl, errors="raise")
    assert [r.status for r in ei.value.results] == ["skipped", "skipped", "failed", "failed", "failed", "skipped"]
    # masters as FITS paths, the 'nan' convention, and a tqdm-style callable
    seen = []

    def wrap(it):
        for x in it:
            seen.append(x)
            yield x

    res2 = calibration.calibrate_files(frames["light"], tmp_path / "out_nan", bias=mdir / "b.fits",
                                       dark=str(mdir / "d.fits"), flat=mdir / "f.fits", invalid="nan",
                                       progress_bar=wrap)
    assert [r.status for r in res2] == ["written"] * 3 and len(seen) == 3
    for r, f in zip(res2, frames["light"]):
        raw, t = fits.getdata(f).astype(np.float32), fits.getheader(f)["EXPTIME"]
        np.testing.assert_array_equal(fits.getdata(r.output), calibration.calibrate(raw, t, dk, fl, b, invalid="nan"))
    try:
        import tqdm
    except ImportError:
        return
    res3 = calibration.calibrate_files(frames["light"], tmp_path / "out_tqdm", bias=b, progress_bar=tqdm.tqdm,
                                       errors="ignore")
    assert [r.status for r in res3] == ["written"] * 3


def test_calibrate_files_shared_masters_and_name_clashes(frames, masters, tmp_path):
    """Shared masters go straight to the engine; lights sharing a file name fail even far apart in a long
    list (the binding hands the engine batches)."""
    b, dk, fl = masters
    shared = utils.share_data({"bias": b, "dark": dk, "flat": fl})
    src = fits.getdata(frames["light"][0])
    (tmp_path / "a").mkdir()
    many = [str(write(tmp_path / "a" / f"l{i:02d}.fits", src * (1 + i / 100), EXPTIME=30.0)) for i in range(40)]
    (tmp_path / "b").mkdir()
    clash = str(write(tmp_path / "b" / "l00.fits", src, EXPTIME=30.0))
    res = calibration.calibrate_files(many + [clash], tmp_path / "out", threads=1, errors="ignore", **shared)
    assert [r.status for r in res[1:40]] == ["written"] * 39
    assert res[0].status == "written" and res[40].status == "failed" and "l00.fits" in res[40].error
    got = fits.getdata(res[7].output)
    np.testing.assert_array_equal(got, calibration.calibrate(fits.getdata(many[7]), 30.0, dk, fl, b))


def test_no_engine_thread_outlives_a_call(frames, masters, tmp_path):
    """The engine's thread pools are per call: after masters, calibrate and calibrate_files the process is back
    to the threads it had, so a later fork (multiprocessing) finds no pool half-present in the child."""
    script = textwrap.dedent(
        """
        import json, os, sys, time
        from skywarp import calibration
        files = json.loads(sys.argv[1])
        base = len(os.listdir("/proc/self/task"))  # numpy's BLAS may hold threads of its own
        b = calibration.master_bias(files=files["bias"])
        d = calibration.master_dark(files=files["dark"], bias=b)
        f = calibration.master_flat(files=files["flat"], bias=b, dark=d)
        calibration.calibrate(b + 100, 10.0, d, f, b)
        calibration.calibrate_files(files["light"], sys.argv[2], bias=b, dark=d, flat=f, progress_bar=lambda it: it)
        deadline = time.time() + 10
        while len(os.listdir("/proc/self/task")) > base and time.time() < deadline:
            time.sleep(0.01)
        n = len(os.listdir("/proc/self/task"))
        pid = os.fork()
        if pid == 0:  # in the child: build a master again (a fresh pool) and leave
            calibration.master_bias(files=files["bias"])
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        print(json.dumps(dict(threads=n - base, child=status)))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script, json.dumps(frames), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    assert r == {"threads": 0, "child": 0}


def test_calibrate_files_stops_when_the_progress_bar_raises(frames, tmp_path):
    """A progress callback that raises (as Ctrl-C's KeyboardInterrupt does) stops the run after the batch under
    way: the lights are handed to the engine in batches (32 per thread), and no new batch starts once the
    exception is seen (give or take the batch that starts while it is being raised)."""
    src = fits.getdata(frames["light"][0])
    big = np.tile(src, (6, 6))
    lights = [str(write(tmp_path / f"l{i:03d}.fits", big + i, EXPTIME=1.0)) for i in range(160)]

    class Boom(Exception):
        pass

    class Raising:
        done = None

        def update(self, n):
            Raising.done = n  # lights finished when the exception is raised
            raise Boom

    with pytest.raises(Boom):
        calibration.calibrate_files(lights, tmp_path / "out", threads=1, progress_bar=Raising())
    written = len(os.listdir(tmp_path / "out"))
    assert Raising.done >= 1
    assert Raising.done <= written <= min(len(lights), (Raising.done // 32 + 2) * 32)
