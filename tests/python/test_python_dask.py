"""skywarp with dask: lazy outputs, every scheduler, dask.distributed, dask inputs in bounded memory.

Every parallel or chunked result must equal the serial in-process call bit for bit (the engine's
coordinate grid is anchored to fixed output tiles and each dask chunk is computed in the coordinates of
the full output), and agree with reproject within the usual tolerance.
"""

import logging
import pickle
import tracemalloc
import warnings
from pathlib import Path

import numpy as np
import pytest
from astropy.io import fits
from astropy.wcs import WCS, FITSFixedWarning

import reproject
import skywarp

da = pytest.importorskip("dask.array")
import dask  # noqa: E402

warnings.simplefilter("ignore", FITSFixedWarning)
pytestmark = pytest.mark.filterwarnings("ignore::astropy.wcs.FITSFixedWarning")

REPROJECT_DATA = Path(reproject.__file__).parent / "tests" / "data"


def sky(shape, seed=0, y0=0):
    """Deterministic smooth sky + stars; rows start at y0 (so chunks of a big image can be made alone)."""
    ny, nx = shape
    yy, xx = np.mgrid[y0 : y0 + ny, 0:nx].astype(float)
    img = 100 + 10 * np.sin(xx / 37.0) * np.cos(yy / 23.0) + 0.01 * xx
    rng = np.random.default_rng(seed)
    for _ in range(60):
        sx, sy = rng.uniform(0, nx), rng.uniform(0, 4 * nx)
        img += rng.uniform(10, 3000) * np.exp(-((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * 1.7**2))
    return img


@pytest.fixture(scope="module")
def case():
    """A 300x280 galactic image onto a rotated equatorial 260x270 grid."""
    hin = fits.Header.fromtextfile(REPROJECT_DATA / "gc_ga.hdr")
    hout = fits.Header.fromtextfile(REPROJECT_DATA / "gc_eq.hdr")
    hin["NAXIS"], hin["NAXIS1"], hin["NAXIS2"] = 2, 280, 300
    hout["NAXIS"], hout["NAXIS1"], hout["NAXIS2"] = 2, 270, 260
    data = sky((300, 280), seed=4)
    serial = skywarp.reproject_interp((data, hin), hout)
    return data, hin, hout, serial


def same(got, ref):
    assert np.array_equal(np.asarray(got[0]), ref[0], equal_nan=True), "values differ from the serial call"
    assert np.array_equal(np.asarray(got[1]), ref[1]), "footprint differs from the serial call"


def test_serial_matches_reproject(case):
    data, hin, hout, serial = case
    ref = reproject.reproject_interp((data, hin), hout)
    assert np.array_equal(np.isnan(serial[0]), np.isnan(ref[0]))
    assert np.nanmax(np.abs(serial[0] - ref[0])) <= 1e-6 * np.abs(data).max()


@pytest.mark.parametrize("scheduler", ["threads", "processes", "synchronous"])
@pytest.mark.parametrize("block_size", [(64, 64), (50, 70), (7, 300), "auto"])
def test_return_type_dask_every_scheduler(case, scheduler, block_size):
    data, hin, hout, serial = case
    arr, fp = skywarp.reproject_interp((data, hin), hout, block_size=block_size, return_type="dask")
    assert isinstance(arr, da.Array) and isinstance(fp, da.Array)
    assert arr.dtype == np.float64 and arr.shape == serial[0].shape
    if block_size != "auto":
        assert arr.chunksize == tuple(min(b, s) for b, s in zip(block_size, arr.shape, strict=True))
    got = dask.compute(arr, fp, scheduler=scheduler)
    same(got, serial)


def test_return_type_dask_is_lazy(case, monkeypatch):
    """Nothing is computed until asked for, and only the chunks asked for."""
    import skywarp._dask

    data, hin, hout, serial = case
    calls = []
    real_run = skywarp._dask.run

    def counting_run(*args, **kwargs):
        calls.append(kwargs.get("window"))
        return real_run(*args, **kwargs)

    monkeypatch.setattr(skywarp._dask, "run", counting_run)
    arr = skywarp.reproject_interp(
        (data, hin), hout, block_size=(100, 100), return_type="dask", return_footprint=False
    )
    assert calls == []
    part = arr[:100, :100].compute(scheduler="synchronous")
    assert len(calls) == 1
    np.testing.assert_array_equal(part, serial[0][:100, :100])


@pytest.mark.parametrize("scheduler", ["threads", "processes", "synchronous"])
def test_parallel_current_scheduler(case, scheduler):
    data, hin, hout, serial = case
    with dask.config.set(scheduler=scheduler):
        got = skywarp.reproject_interp((data, hin), hout, parallel="current-scheduler", block_size=(64, 64))
    same(got, serial)


@pytest.mark.parametrize("parallel", [True, 2, 1])
def test_parallel_threads(case, parallel):
    data, hin, hout, serial = case
    same(skywarp.reproject_interp((data, hin), hout, parallel=parallel), serial)
    same(skywarp.reproject_interp((data, hin), hout, parallel=parallel, block_size=(32, 48)), serial)


def test_threaded_dask_workers_share_nothing(case):
    """Many dask threads running engine calls at once (each its own WCS copies, no shared state)."""
    data, hin, hout, serial = case
    arr, fp = skywarp.reproject_interp((data, hin), hout, block_size=(20, 20), return_type="dask")
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        got = dask.compute(arr, fp, scheduler="threads", pool=pool)
    same(got, serial)


def test_distributed_local_cluster(case):
    distributed = pytest.importorskip("distributed")
    data, hin, hout, serial = case
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=2,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster),
    ):
        # numpy result computed on the cluster
        got = skywarp.reproject_interp((data, hin), hout, parallel="current-scheduler", block_size=(64, 64))
        same(got, serial)
        # a lazy result computed by the client
        arr, fp = skywarp.reproject_interp((data, hin), hout, block_size=(50, 70), return_type="dask")
        same(dask.compute(arr, fp), serial)
        # a dask input staged by the cluster's workers
        darr = da.from_array(data, chunks=(64, 64))
        got = skywarp.reproject_interp((darr, hin), hout, parallel="current-scheduler", block_size=(100, 100))
        same(got, serial)
        arr, fp = skywarp.reproject_interp((darr, hin), hout, block_size=(100, 100), return_type="dask")
        same(dask.compute(arr, fp), serial)


@pytest.mark.parametrize("method", [None, "memmap", "none"])
def test_dask_input(case, method):
    data, hin, hout, serial = case
    darr = da.from_array(data, chunks=(37, 53))
    same(skywarp.reproject_interp((darr, hin), hout, dask_method=method), serial)
    arr, fp = skywarp.reproject_interp(
        (darr, hin), hout, dask_method=method, block_size=(64, 64), return_type="dask"
    )
    same(dask.compute(arr, fp, scheduler="threads"), serial)


@pytest.mark.parametrize("dtype", [">f8", "<f4", ">f4", ">i2"])
def test_dask_input_byte_orders(case, dtype):
    data, hin, hout, _ = case
    arr = data.astype(dtype)
    ref = reproject.reproject_interp((da.from_array(arr, chunks=100), hin), hout, dask_method="memmap")
    got = skywarp.reproject_interp((da.from_array(arr, chunks=100), hin), hout)
    assert np.array_equal(np.isnan(got[0]), np.isnan(ref[0]))
    assert np.nanmax(np.abs(got[0] - ref[0])) <= 1e-6 * np.abs(data).max()


def cheap_sky(ny, nx, y0):
    """A cheap deterministic image with structure on all scales (rows from y0)."""
    y = np.arange(y0, y0 + ny, dtype=float)[:, None]
    x = np.arange(nx, dtype=float)[None, :]
    return 100 * np.sin(x / 37.0) * np.cos(y / 23.0) + ((7 * x + 13 * y) % 101)


def _big_chunk(block_info=None):
    (y0, y1), (x0, x1) = block_info[None]["array-location"]
    return cheap_sky(y1 - y0, x1 - x0, y0)


def test_dask_input_larger_than_memory_budget(tmp_path):
    """A 256 MiB dask input, reprojected within a 48 MiB budget of traced allocations: the input is
    stored chunk by chunk and read through a memory map, never computed whole."""
    ny, nx = 8192, 4096
    chunks = (64, nx)  # 2 MiB chunks
    darr = da.map_blocks(_big_chunk, chunks=((chunks[0],) * (ny // chunks[0]), (nx,)), dtype=np.float64)
    assert darr.nbytes == 256 * 1024**2
    hin = WCS(naxis=2)
    hin.wcs.ctype = ["RA---TAN", "DEC--TAN"]
    hin.wcs.crval = [150.0, 2.0]
    hin.wcs.crpix = [nx / 2, ny / 2]
    hin.wcs.cdelt = [-1 / 3600, 1 / 3600]
    hout = hin.deepcopy()
    hout.wcs.crpix = [200.5, 180.5 + 300]
    hout.wcs.pc = [[np.cos(0.3), -np.sin(0.3)], [np.sin(0.3), np.cos(0.3)]]
    shape_out = (400, 420)

    tracemalloc.start()
    try:
        with dask.config.set(scheduler="threads"):
            got = skywarp.reproject_interp((darr, hin), hout, shape_out=shape_out)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 48 * 1024**2, f"peak traced memory {peak / 2**20:.0f} MiB for a 256 MiB dask input"

    # the same pixels from a memory-mapped numpy copy of the input, made chunk by chunk
    mm = np.memmap(tmp_path / "big.dat", dtype=np.float64, mode="w+", shape=(ny, nx))
    for y0 in range(0, ny, chunks[0]):
        mm[y0 : y0 + chunks[0]] = cheap_sky(chunks[0], nx, y0)
    mm.flush()
    ref = skywarp.reproject_interp((mm, hin), hout, shape_out=shape_out)
    same(got, ref)
    assert np.isfinite(got[0]).mean() > 0.9


def test_broadcast_chunks(case):
    data, hin, hout, _ = case
    stack = np.stack([data, data[::-1], 2 * data])
    serial = skywarp.reproject_interp((stack, hin), hout)
    ny, nx = serial[0].shape[1:]
    for block_size in [(1, ny, nx), (2, ny, nx), (64, 64), (3, 64, 64)]:
        arr, fp = skywarp.reproject_interp((stack, hin), hout, block_size=block_size, return_type="dask")
        same(dask.compute(arr, fp, scheduler="threads"), serial)
    darr = da.from_array(stack, chunks=(1, 100, 100))
    arr, fp = skywarp.reproject_interp((darr, hin), hout, block_size=(1, ny, nx), return_type="dask")
    same(dask.compute(arr, fp, scheduler="processes"), serial)


@pytest.mark.parametrize("order", ["bilinear", "bicubic"])
def test_cube_chunks_split_spectral_axis(order):
    with fits.open(REPROJECT_DATA / "equatorial_3d.fits") as hdul:
        data = hdul[0].data.astype(float)
        header = hdul[0].header.copy()
    target = header.copy()
    target["CTYPE1"], target["CTYPE2"] = "GLON-SIN", "GLAT-SIN"
    target["CRVAL1"], target["CRVAL2"] = 163.16724, -15.777405
    target["CRPIX3"] -= 0.37
    serial = skywarp.reproject_interp((data, header), target, order=order)
    for block_size in [(1, 5, 5), (3, 7, 11), "auto"]:
        arr, fp = skywarp.reproject_interp(
            (data, header), target, order=order, block_size=block_size, return_type="dask"
        )
        same(dask.compute(arr, fp, scheduler="threads"), serial)


def test_dask_results_pickle(case):
    data, hin, hout, serial = case
    arr, fp = skywarp.reproject_interp((data, hin), hout, block_size=(64, 64), return_type="dask")
    arr2 = pickle.loads(pickle.dumps(arr))
    np.testing.assert_array_equal(arr2.compute(scheduler="synchronous"), serial[0])
