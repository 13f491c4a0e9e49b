"""Every public function of the Python package called from many threads at once gives results
bit-identical to the same calls made one after another (a probe ran 16 threads × 800 calls; this keeps
it so). Each thread runs the whole list of calls in a different order, so different functions overlap."""
import random
import threading

import numpy as np
import pytest
from astropy.io import fits
from astropy.wcs import WCS

import skywarp
from skywarp import calibration

N_THREADS = 12
SHAPE = (40, 52)


def tan(n, rot=0.0, shift=0.0):
    w = WCS(naxis=2)
    w.wcs.ctype = ["RA---TAN", "DEC--TAN"]
    w.wcs.crval = [150.0, 2.0]
    w.wcs.crpix = [n / 2 + shift, n / 2]
    w.wcs.cdelt = [-1 / 3600, 1 / 3600]
    c, s = np.cos(np.radians(rot)), np.sin(np.radians(rot))
    w.wcs.pc = [[c, -s], [s, c]]
    return w


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    d = tmp_path_factory.mktemp("concurrency")
    rng = np.random.default_rng(7)
    paths = {"bias": [], "dark": [], "flat": [], "light": []}
    for kind, level, n in (("bias", 100, 3), ("dark", 5, 3), ("flat", 1.0, 3), ("light", 500, 4)):
        for i in range(n):
            p = d / f"{kind}{i}.fits"
            h = fits.Header()
            h["EXPTIME"] = 10.0
            data = rng.normal(level, level * 0.01 + 1, SHAPE).astype(np.float32)
            fits.writeto(p, data, h)
            paths[kind].append(str(p))
    return d, paths


def calls(frames, out_root):
    """(name, zero-argument callable returning a tuple of arrays) for every public function."""
    d, paths = frames
    rng = np.random.default_rng(3)
    img = rng.normal(0, 1, (60, 60)).astype(np.float64)
    w_in, w_out = tan(60), tan(50, rot=20, shift=3)
    bias = calibration.master_bias(paths["bias"])
    dark = calibration.master_dark(bias, paths["dark"])
    flat = calibration.master_flat(bias, dark, paths["flat"])
    light = fits.getdata(paths["light"][0]).astype(np.float32)
    counter = iter(range(10**9))
    lock = threading.Lock()

    def fresh_dir():
        with lock:
            k = next(counter)
        p = out_root / f"out{k}"
        p.mkdir()
        return p

    def files_out():
        out = fresh_dir()
        calibration.calibrate_files(paths["light"], out, bias=bias, dark=dark, flat=flat, threads=2)
        return tuple(fits.getdata(out / f"light{i}.fits") for i in range(len(paths["light"])))

    def shared():
        arrays = skywarp.utils.share_data({"bias": bias, "dark": dark})
        return (np.array(arrays["bias"]), np.array(arrays["dark"]))

    out = [
        (f"reproject_interp order={order}",
         lambda order=order: skywarp.reproject_interp((img, w_in), w_out, shape_out=(50, 50), order=order))
        for order in ("nearest-neighbor", "bilinear", "biquadratic", "bicubic")
    ]
    out += [
        ("reproject_interp threads=2", lambda: skywarp.reproject_interp((img, w_in), w_out, shape_out=(50, 50),
                                                                        parallel=2)),
        ("master_bias", lambda: (calibration.master_bias(paths["bias"]),)),
        ("master_bias sigma_clip", lambda: (calibration.master_bias(paths["bias"], method="sigma_clip"),)),
        ("master_dark", lambda: (calibration.master_dark(bias, paths["dark"]),)),
        ("master_flat", lambda: (calibration.master_flat(bias, dark, paths["flat"]),)),
        ("calibrate", lambda: (calibration.calibrate(light, 10.0, dark, flat, bias),)),
        ("calibrate_files", files_out),
        ("share_data", shared),
    ]
    return out


def test_every_public_function_in_many_threads_is_bit_identical_to_serial(frames, tmp_path):
    todo = calls(frames, tmp_path)
    serial = {name: tuple(np.asarray(a) for a in f()) for name, f in todo}
    failures, errors = [], []
    start = threading.Barrier(N_THREADS)

    def worker(seed):
        order = list(todo)
        random.Random(seed).shuffle(order)
        start.wait()
        for name, f in order:
            try:
                got = tuple(np.asarray(a) for a in f())
            except Exception as e:  # noqa: BLE001 - reported below with the call's name
                errors.append(f"{name}: {type(e).__name__}: {e}")
                continue
            ref = serial[name]
            same = len(got) == len(ref) and all(
                g.shape == r.shape and g.dtype == r.dtype and np.array_equal(g, r, equal_nan=True)
                for g, r in zip(got, ref))
            if not same:
                failures.append(name)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not any(t.is_alive() for t in threads), "a call hung"
    assert not errors, errors[:5]
    assert not failures, sorted(set(failures))
