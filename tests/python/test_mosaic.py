"""Mosaics against the oracle: skywarp's find_optimal_celestial_wcs / reproject_and_coadd (Python) and
`skywarp mosaic` (CLI) against reproject 0.21's, on tile sets of different sizes, rotations and pixel
scales over one patch of sky.

Tolerances: values within 1e-6 × max|value| for bilinear/nearest (1e-5 for spline orders), footprint
within 1e-5, the same NaN pattern; optimal grids the same shape and the same pixel grid to 1e-6 px.
"""

import warnings

import numpy as np
import pytest
from astropy import units as u
from astropy.coordinates import FK4, FK5, Galactic, SkyCoord
from astropy.io import fits
from astropy.wcs import WCS

import reproject
import skywarp
from reproject.mosaicking import find_optimal_celestial_wcs as ref_optimal
from reproject.mosaicking import reproject_and_coadd as ref_coadd
from skywarp.mosaicking import find_optimal_celestial_wcs, reproject_and_coadd

from conftest import run_skywarp


def _wcs(crval, shape, rot=0.0, scale=1.0 / 3600, ctype=("RA---TAN", "DEC--TAN"), radesys=None, equinox=None):
    w = WCS(naxis=2)
    w.wcs.ctype = list(ctype)
    w.wcs.crval = crval
    w.wcs.crpix = [shape[1] / 2 + 0.3, shape[0] / 3 + 0.1]
    w.wcs.cdelt = [-scale, scale]
    t = np.radians(rot)
    w.wcs.pc = [[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]]
    if radesys:
        w.wcs.radesys = radesys
    if equinox:
        w.wcs.equinox = equinox
    return w


def _sky(w, shape, level=0.0, seed=0, nans=True, linear=False):
    """A sky that is the same function of position in every tile (wavy, or linear so that interpolation
    is exact), plus a level and (optionally) a few NaNs."""
    yy, xx = np.mgrid[0 : shape[0], 0 : shape[1]]
    ra, dec = w.wcs_pix2world(xx, yy, 0)
    if linear:
        img = 3.0 + level + 100.0 * (ra - 10.0) + 50.0 * (dec - 20.0)
    else:
        img = np.sin(ra * 300.0) + np.cos(dec * 400.0) + 3.0 + level
    if nans:
        rng = np.random.default_rng(seed)
        img[rng.integers(0, shape[0], 3), rng.integers(0, shape[1], 3)] = np.nan
    return img.astype(np.float64 if linear else np.float32)


TILES = [
    ((100, 120), (10.0, 20.0), 0.0, 1.0),
    ((90, 110), (10.02, 20.01), 15.0, 1.2),
    ((130, 100), (9.992, 20.012), -30.0, 0.9),
    ((60, 70), (10.03, 19.985), 50.0, 1.5),
]


def tiles(levels=None, **sky):
    out = []
    for k, (shape, crval, rot, scale) in enumerate(TILES):
        w = _wcs(crval, shape, rot, scale / 3600)
        level = 0.0 if levels is None else levels[k]
        out.append((_sky(w, shape, level, seed=k, **sky), w))
    return out


def weight_maps():
    rng = np.random.default_rng(7)
    maps = []
    for shape, *_ in TILES:
        m = (0.5 + rng.random(shape)).astype(np.float32)
        m[2, 3] = np.nan
        maps.append(m)
    return maps


@pytest.fixture(scope="module")
def grid():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ref_optimal(tiles())


def assert_close(got, fp_got, want, fp_want, rtol=1e-6):
    assert got.shape == want.shape
    assert np.array_equal(np.isnan(got), np.isnan(want))
    scale = np.nanmax(np.abs(want))
    assert np.nanmax(np.abs(got - want)) <= rtol * scale
    assert np.max(np.abs(fp_got - fp_want)) <= 1e-5


# --- find_optimal_celestial_wcs ------------------------------------------------------------------

GRID_SETS = {
    "tiles": [((s[0], s[1]), w) for (s, w) in ((a.shape, w) for a, w in tiles())],
    "galactic_car": [
        ((200, 300), _wcs([120, -5], (200, 300), 5, 0.01, ("GLON-CAR", "GLAT-CAR"))),
        ((150, 150), _wcs([121, -4], (150, 150), 40, 0.012, ("GLON-CAR", "GLAT-CAR"))),
    ],
    "fk4_fk5": [
        ((64, 80), _wcs([200, 60], (64, 80), 20, 0.001, radesys="FK4", equinox=1950.0)),
        ((80, 64), _wcs([200.05, 60.02], (80, 64), -10, 0.0011, ("RA---SIN", "DEC--SIN"), "FK5", 2000.0)),
    ],
    "near_pole": [
        ((100, 100), _wcs([0, 89.5], (100, 100), 0, 0.01)),
        ((100, 100), _wcs([180, 89.7], (100, 100), 30, 0.01)),
    ],
}

GRID_OPTIONS = [
    {},
    {"frame": "galactic"},
    {"frame": FK5(equinox="J2010")},
    {"projection": "CAR"},
    {"projection": "SIN", "frame": "icrs"},
    {"resolution": 2 * u.arcsec},
    {"auto_rotate": True},
    {"auto_rotate": True, "frame": Galactic()},
    {"negative_lon_cdelt": False},
    {"negative_lon_cdelt": "auto", "frame": "galactic", "projection": "AIT"},
    {"reference": "near the first image"},
]


@pytest.mark.parametrize("name", sorted(GRID_SETS))
@pytest.mark.parametrize("opts", GRID_OPTIONS, ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "default")
def test_optimal_wcs_matches_reproject(name, opts):
    if opts.get("auto_rotate"):
        pytest.importorskip("shapely", reason="reproject needs shapely for auto_rotate")
    data = GRID_SETS[name]
    if "reference" in opts:
        opts = {"reference": data[0][1].pixel_to_world(5, 7)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wr, sr = ref_optimal(data, **opts)
        ws, ss = find_optimal_celestial_wcs(data, **opts)
    assert ss == sr
    assert tuple(ws.wcs.ctype) == tuple(wr.wcs.ctype)
    assert ws.wcs.radesys == wr.wcs.radesys
    yy, xx = np.mgrid[0 : sr[0] : 5, 0 : sr[1] : 5]
    px, py = ws.world_to_pixel(wr.pixel_to_world(xx.ravel(), yy.ravel()))
    assert np.nanmax(np.hypot(px - xx.ravel(), py - yy.ravel())) < 1e-6


def test_optimal_wcs_messages_and_warning():
    w = _wcs([10, 20], (30, 40))
    with pytest.raises(ValueError, match=r"^Input data is not 2-dimensional \(got shape \(30,\)\)$"):
        find_optimal_celestial_wcs([(np.ones(30), w)])
    bad = WCS(naxis=2)
    bad.wcs.ctype = ["OFFSETX", "OFFSETY"]
    with pytest.raises(TypeError, match="^WCS does not have celestial components$"):
        find_optimal_celestial_wcs([(np.ones((30, 40)), bad)])
    # every frame skywarp knows has a negative longitude CDELT under 'auto': no warning, negative CDELT
    gal = _wcs([10, 20], (30, 40), ctype=("GLON-TAN", "GLAT-TAN"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wcs, _ = find_optimal_celestial_wcs([((30, 40), gal)], frame=FK4())
    assert wcs.wcs.cdelt[0] < 0
    wcs, _ = find_optimal_celestial_wcs([((30, 40), gal)], negative_lon_cdelt=False)
    assert wcs.wcs.cdelt[0] > 0


def test_auto_rotate_without_shapely_turns_rotated_image_square():
    """A single image rotated by 30 deg: the auto-rotated grid is its own size (no shapely needed)."""
    w = _wcs([43, 23], (30, 40), rot=30.0, scale=0.1)
    wcs, shape = find_optimal_celestial_wcs([((30, 40), w)], auto_rotate=True)
    assert shape == (30, 40)
    ny, nx = 30, 40
    xp = np.array([0, 0, nx - 1, nx - 1, -1, -1, nx, nx])
    yp = np.array([0, ny - 1, ny - 1, 0, -1, ny, ny, -1])
    xf, yf = wcs.world_to_pixel(w.pixel_to_world(xp, yp))
    inside = (xf >= -0.5) & (xf <= nx - 0.5) & (yf >= -0.5) & (yf <= ny - 0.5)
    assert list(inside) == [1, 1, 1, 1, 0, 0, 0, 0]


# --- reproject_and_coadd ---------------------------------------------------------------------------


@pytest.mark.parametrize("combine", ["mean", "sum", "first", "last", "min", "max"])
@pytest.mark.parametrize("weighted", [False, True])
def test_coadd_matches_reproject(grid, combine, weighted):
    wout, shape = grid
    weights = weight_maps() if weighted else None
    kw = dict(shape_out=shape, combine_function=combine, input_weights=weights)
    want, fp_want = ref_coadd(tiles(), wout, reproject_function=reproject.reproject_interp, **kw)
    got, fp_got = reproject_and_coadd(tiles(), wout, reproject_function=skywarp.reproject_interp, **kw)
    assert_close(got, fp_got, want, fp_want)


@pytest.mark.parametrize("order", ["nearest-neighbor", "bicubic"])
def test_coadd_orders_and_blank(grid, order):
    wout, shape = grid
    kw = dict(shape_out=shape, blank_pixel_value=np.nan, order=order)
    # no NaN in the inputs: reproject's spline orders spread a single NaN over the whole image
    want, fp_want = ref_coadd(tiles(nans=False), wout, reproject_function=reproject.reproject_interp, **kw)
    got, fp_got = reproject_and_coadd(tiles(nans=False), wout, reproject_function=skywarp.reproject_interp, **kw)
    assert np.isnan(got).any()
    assert_close(got, fp_got, want, fp_want, rtol=1e-5 if order == "bicubic" else 1e-6)


METHODS = {
    "adaptive": (skywarp.reproject_adaptive, reproject.reproject_adaptive),
    "exact": (skywarp.reproject_exact, reproject.reproject_exact),
}


@pytest.mark.parametrize("method", sorted(METHODS))
@pytest.mark.parametrize("combine", ["mean", "sum", "first", "last", "min", "max"])
@pytest.mark.parametrize("weighted", [False, True])
def test_coadd_methods_match_reproject(grid, method, combine, weighted):
    """skywarp.reproject_adaptive / reproject_exact run natively in the engine; values within 1e-5 × max,
    footprint (fractional for exact) within 1e-5. Exact without NaN inputs (reproject_exact blanks a NaN
    pixel's whole bounding box, see test_python_exact.py)."""
    wout, shape = grid
    ours, theirs = METHODS[method]
    weights = weight_maps() if weighted else None
    kw = dict(shape_out=shape, combine_function=combine, input_weights=weights, blank_pixel_value=np.nan)
    data = tiles(nans=method != "exact")
    want, fp_want = ref_coadd(data, wout, reproject_function=theirs, **kw)
    got, fp_got = reproject_and_coadd(data, wout, reproject_function=ours, **kw)
    assert_close(got, fp_got, want, fp_want, rtol=1e-5)
    if method == "exact":
        assert ((fp_want > 0.01) & (fp_want < 0.99)).any()


def test_coadd_adaptive_options_and_generic_reproject_functions(grid):
    """Adaptive options reach the engine (Hann, conserve_flux), and reproject's own adaptive/exact as
    reproject_function go through the generic path with reproject's answer."""
    wout, shape = grid
    kw = dict(shape_out=shape, kernel="hann", conserve_flux=True)
    want, fp_want = ref_coadd(tiles(), wout, reproject_function=reproject.reproject_adaptive, **kw)
    got, fp_got = reproject_and_coadd(tiles(), wout, reproject_function=skywarp.reproject_adaptive, **kw)
    assert_close(got, fp_got, want, fp_want, rtol=1e-5)
    generic, fp_generic = reproject_and_coadd(tiles(), wout, reproject_function=reproject.reproject_adaptive, **kw)
    assert np.array_equal(generic, want, equal_nan=True) and np.array_equal(fp_generic, fp_want)
    with pytest.raises(ValueError, match="^'kernel' must be 'Hann' or 'Gaussian'$"):
        reproject_and_coadd(tiles(), wout, shape_out=shape, reproject_function=skywarp.reproject_adaptive,
                            kernel="box")
    a, fa = ref_coadd(tiles(nans=False), wout, shape_out=shape, reproject_function=reproject.reproject_exact)
    b, fb = reproject_and_coadd(tiles(nans=False), wout, shape_out=shape, reproject_function=reproject.reproject_exact)
    assert np.array_equal(a, b) and np.array_equal(fa, fb)


@pytest.mark.parametrize("method", sorted(METHODS))
def test_coadd_methods_median_is_nanmedian(grid, method):
    wout, shape = grid
    ours, theirs = METHODS[method]
    data = tiles(nans=method != "exact")
    got, fp = reproject_and_coadd(data, wout, shape_out=shape, combine_function="median", reproject_function=ours,
                                  blank_pixel_value=np.nan)
    stack, fps = [], []
    for a, w in data:
        v, f = theirs((a, w), wout, shape_out=shape)
        stack.append(np.where(f > 0, v, np.nan))
        fps.append(f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        want = np.nanmedian(np.array(stack), axis=0)
    assert np.array_equal(np.isnan(got), np.isnan(want))
    assert np.nanmax(np.abs(got - want)) <= 1e-5 * np.nanmax(np.abs(want))
    assert np.max(np.abs(fp - np.sum(fps, axis=0))) <= 1e-5


def test_coadd_memmap_outputs_filled_in_place(grid, tmp_path):
    wout, shape = grid
    arr = np.memmap(tmp_path / "a.np", mode="w+", shape=shape, dtype="float32")
    fp = np.memmap(tmp_path / "f.np", mode="w+", shape=shape, dtype="float32")
    got, fp_got = reproject_and_coadd(
        tiles(), wout, shape_out=shape, reproject_function=skywarp.reproject_interp,
        output_array=arr, output_footprint=fp,
    )
    assert got is arr and fp_got is fp
    want, fp_want = ref_coadd(tiles(), wout, shape_out=shape, reproject_function=reproject.reproject_interp)
    assert_close(np.asarray(got, float), np.asarray(fp_got, float), want, fp_want)


def test_coadd_weights_from_fits_files(grid, tmp_path):
    wout, shape = grid
    names, wnames = [], []
    for k, ((a, w), m) in enumerate(zip(tiles(), weight_maps())):
        names.append(tmp_path / f"t{k}.fits")
        wnames.append(str(tmp_path / f"w{k}.fits"))
        fits.writeto(names[-1], a, w.to_header())
        fits.writeto(wnames[-1], m, w.to_header())
    kw = dict(shape_out=shape, input_weights=wnames)
    want, fp_want = ref_coadd([str(n) for n in names], wout, reproject_function=reproject.reproject_interp, **kw)
    got, fp_got = reproject_and_coadd([str(n) for n in names], wout, reproject_function=skywarp.reproject_interp, **kw)
    assert_close(got, fp_got, want, fp_want)


def test_coadd_generic_path_matches_native(grid):
    """reproject's own reproject_interp as reproject_function runs through the generic path."""
    wout, shape = grid
    for combine in ["mean", "max"]:
        kw = dict(shape_out=shape, combine_function=combine)
        a, fa = reproject_and_coadd(tiles(), wout, reproject_function=reproject.reproject_interp, **kw)
        b, fb = reproject_and_coadd(tiles(), wout, reproject_function=skywarp.reproject_interp, **kw)
        assert_close(b, fb, a, fa)


@pytest.mark.parametrize("function", ["skywarp", "reproject"])
def test_median_is_nanmedian_of_reprojected_tiles(grid, function):
    wout, shape = grid
    fn = skywarp.reproject_interp if function == "skywarp" else reproject.reproject_interp
    got, fp = reproject_and_coadd(tiles(), wout, shape_out=shape, combine_function="median", reproject_function=fn,
                                  blank_pixel_value=np.nan)
    stack, fps = [], []
    for a, w in tiles():
        v, f = reproject.reproject_interp((a, w), wout, shape_out=shape)
        stack.append(np.where(f > 0, v, np.nan))
        fps.append(f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        want = np.nanmedian(np.array(stack), axis=0)
    assert np.array_equal(np.isnan(got), np.isnan(want))
    assert np.nanmax(np.abs(got - want)) <= 1e-6 * np.nanmax(np.abs(want))
    assert np.max(np.abs(fp - np.sum(fps, axis=0))) <= 1e-5


LEVELS = [1.5, -2.0, 0.25, 4.0]


@pytest.mark.parametrize("function", ["skywarp", "reproject"])
@pytest.mark.parametrize("reference", [None, 0, 2])
def test_background_matching_recovers_offsets(grid, function, reference):
    wout, shape = grid
    fn = skywarp.reproject_interp if function == "skywarp" else reproject.reproject_interp
    kw = dict(shape_out=shape, reproject_function=fn, blank_pixel_value=np.nan)
    # a sky linear in position: bilinear interpolation is exact, so the offsets are exactly the levels
    flat, _ = reproject_and_coadd(tiles(linear=True), wout, **kw)
    shifted = tiles(LEVELS, linear=True)
    got, _ = reproject_and_coadd(shifted, wout, match_background=True, background_reference=reference, **kw)
    again, _ = reproject_and_coadd(shifted, wout, match_background=True, background_reference=reference, **kw)
    assert np.array_equal(got, again, equal_nan=True)  # deterministic
    # the tiles' levels are removed up to one common level: the mean (zero-mean) or the reference's
    common = np.mean(LEVELS) if reference is None else LEVELS[reference]
    assert np.nanmax(np.abs(got - common - flat)) < 1e-6


def test_coadd_validation_messages(grid):
    wout, shape = grid
    with pytest.raises(ValueError, match="^combine_function should be one of"):
        reproject_and_coadd(tiles(), wout, shape_out=shape, combine_function="average",
                            reproject_function=skywarp.reproject_interp)
    with pytest.raises(ValueError, match="^reprojection function should be specified"):
        reproject_and_coadd(tiles(), wout, shape_out=shape)
    with pytest.raises(ValueError, match="must have a shape matching"):
        reproject_and_coadd(tiles(), wout, shape_out=shape, output_array=np.zeros((3, 3)),
                            reproject_function=skywarp.reproject_interp)


# --- CLI -----------------------------------------------------------------------------------------


def _write_tiles(tmp_path, levels=None, nans=True):
    names = []
    for k, (a, w) in enumerate(tiles(levels, nans=nans)):
        names.append(tmp_path / f"tile{k}.fits")
        fits.writeto(names[-1], a, w.to_header())
    return names


def test_cli_mosaic_matches_reproject(tmp_path, grid):
    names = _write_tiles(tmp_path)
    out = tmp_path / "mosaic.fits"
    run_skywarp("mosaic", *names, "-o", out, "--blank", "0")
    with fits.open(out) as h:
        got, fp = h[0].data.astype(float), h["FOOTPRINT"].data.astype(float)
        wcs = WCS(h[0].header)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wout, shape = ref_optimal([fits.open(n)[0] for n in names])
    assert got.shape == shape
    yy, xx = np.mgrid[0 : shape[0] : 9, 0 : shape[1] : 9]
    px, py = wcs.world_to_pixel(wout.pixel_to_world(xx.ravel(), yy.ravel()))
    assert np.max(np.hypot(px - xx.ravel(), py - yy.ravel())) < 1e-6
    want, fp_want = ref_coadd([str(n) for n in names], wout, shape_out=shape,
                              reproject_function=reproject.reproject_interp)
    # float32 output file
    assert np.nanmax(np.abs(got - want)) <= 1e-6 * np.nanmax(np.abs(want)) + 1e-6 * np.abs(want).max()
    assert np.max(np.abs(fp - fp_want)) <= 1e-5


def test_cli_mosaic_background_and_median(tmp_path):
    names = _write_tiles(tmp_path, LEVELS)
    for extra in (["--match-background", "--background-reference", "0"], ["--combine", "median"]):
        out = tmp_path / "m.fits"
        run_skywarp("mosaic", *names, "-o", out, *extra, "--memory", "1")
        with fits.open(out) as h:
            assert np.isfinite(h[0].data).any()
            assert np.isnan(h[0].data[h[1].data == 0]).all()


def test_cli_mosaic_reports_bad_inputs(tmp_path):
    names = _write_tiles(tmp_path)
    bad = tmp_path / "broken.fits"
    bad.write_bytes(b"not a fits file")
    out = tmp_path / "m.fits"
    proc = run_skywarp("mosaic", names[0], bad, names[1], "-o", out, check=False)
    assert proc.returncode != 0
    assert "broken.fits" in proc.stderr
    assert proc.stderr.count("\n") <= 3
    with fits.open(out) as h:
        assert np.isfinite(h[0].data).any()


@pytest.mark.parametrize("method", ["adaptive", "exact"])
def test_cli_mosaic_methods_match_reproject(tmp_path, grid, method):
    """--method adaptive|exact: reproject_and_coadd with reproject_adaptive (its defaults) /
    reproject_exact, values within 1e-5 × max (float32 file), footprint (fractional for exact) within 1e-5.
    Exact without NaN inputs: reproject_exact blanks a NaN pixel's whole bounding box, skywarp only the
    pixels it overlaps (test_python_exact.py), and a mosaic turns that into a different mean there."""
    names = _write_tiles(tmp_path, nans=method != "exact")
    wout, shape = grid
    target = tmp_path / "target.hdr"
    h = wout.to_header()
    h["NAXIS"], h["NAXIS1"], h["NAXIS2"] = 2, shape[1], shape[0]
    h.totextfile(target)
    out = tmp_path / "mosaic.fits"
    run_skywarp("mosaic", *names, "--to", target, "-o", out, "--method", method, "--blank", "0")
    with fits.open(out) as hl:
        got, fp = hl[0].data.astype(float), hl["FOOTPRINT"].data.astype(float)
    function = reproject.reproject_adaptive if method == "adaptive" else reproject.reproject_exact
    want, fp_want = ref_coadd([str(n) for n in names], wout, shape_out=shape, reproject_function=function)
    assert np.max(np.abs(got - want)) <= 1e-5 * np.max(np.abs(want))
    assert np.max(np.abs(fp - fp_want)) <= 1e-5
    if method == "exact":
        assert ((fp_want > 0.01) & (fp_want < 0.99)).any()  # the fractional edges are compared too


def test_mosaic_inputs_share_one_resident_budget(tmp_path):
    """Regression: `skywarp mosaic` kept every mapped tile resident (16 tiles of 16 MiB put a 16384²
    mosaic at 428 MiB peak RSS against its 400 MiB promise; bench/memory/big_mosaic.py). All inputs now
    share one budget of --memory MiB. Measured in one process per run: 16 tiles of 512² float32
    (1 MiB each) with --memory 4 peak no higher than one tile alone does plus half the other 15 MiB
    (before the fix, 16 tiles took ≈ 15 MiB more than one)."""
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "bench"))
    from measure import run_measured

    spec = importlib.util.spec_from_file_location("big_mosaic", root / "bench" / "memory" / "big_mosaic.py")
    big = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(big)
    from conftest import skywarp_bin

    names, target = big.make_tiles(tmp_path, 512)
    out = tmp_path / "m.fits"
    peaks = {}
    for label, inputs in (("one", names[5:6]), ("all", names)):
        argv = [str(skywarp_bin()), "mosaic", *inputs, "--to", str(target), "-o", str(out), "--threads", "2",
                "--memory", "4"]
        _, peaks[label], _ = run_measured(argv)
        with fits.open(out) as h:
            covered = np.isfinite(h[0].data).mean()
        assert covered > (0.8 if label == "all" else 0.04)
        out.unlink()
    print(f"peak RSS: one tile {peaks['one']:.1f} MiB, 16 tiles {peaks['all']:.1f} MiB")
    assert peaks["all"] - peaks["one"] <= 7.5


def test_coadd_current_scheduler_is_one_task_per_row_slice_on_a_local_cluster(grid, monkeypatch):
    """parallel='current-scheduler' on a real dask.distributed LocalCluster (2 worker processes): a task
    per slice of output rows (slices of a few rows here, so every mosaic is many tasks), background
    corrections measured once and given to every task — bit-identical to the serial call, with and
    without background matching, weights, median."""
    import logging

    distributed = pytest.importorskip("distributed")
    from skywarp.mosaicking import _coadd

    wout, shape = grid
    monkeypatch.setattr(_coadd, "TASK_PIXELS", 7 * shape[1])  # 7 rows per task
    shifted = tiles(LEVELS)
    cases = [
        dict(),
        dict(combine_function="median"),
        dict(input_weights=weight_maps(), combine_function="sum"),
        dict(match_background=True, background_reference=0),
        dict(match_background=True, combine_function="median", blank_pixel_value=np.nan),
    ]
    kw = dict(shape_out=shape, reproject_function=skywarp.reproject_interp)
    serial = [reproject_and_coadd(shifted, wout, **kw, **c) for c in cases]
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                 silence_logs=logging.ERROR) as cluster,
        distributed.Client(cluster) as client,
    ):
        for k, (c, (want, fp_want)) in enumerate(zip(cases, serial)):
            with distributed.get_task_stream(client) as stream:
                got, fp = reproject_and_coadd(shifted, wout, parallel="current-scheduler", **kw, **c)
            assert np.array_equal(got, want, equal_nan=True), c
            assert np.array_equal(fp, fp_want), c
            # the work ran on the cluster's workers, a task per slice of 7 rows
            keys = [str(t["key"]) for t in stream.data]
            assert sum("_coadd_rows" in key for key in keys) == -(-shape[0] // 7), c
    assert np.isfinite(serial[0][0]).mean() > 0.5
