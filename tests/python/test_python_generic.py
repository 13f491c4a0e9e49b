"""The generic path (skywarp._generic): WCS without a FITS form (gwcs) and FITS WCS in celestial frames the
engine does not know, evaluated through the WCS objects at the coordinate grid's nodes. reproject (with
gwcs/asdf/sunpy) is the oracle."""

import os
from copy import deepcopy

import numpy as np
import pytest
from astropy import units as u
from astropy.coordinates import ICRS, Galactic
from astropy.io import fits
from astropy.wcs import WCS

import skywarp

reproject = pytest.importorskip("reproject")
gwcs = pytest.importorskip("gwcs")
asdf = pytest.importorskip("asdf")

DATA = os.path.join(os.path.dirname(reproject.__file__), "tests", "data")


def _compare(ours, theirs, scale, rel=1e-9):
    (a, fa), (b, fb) = ours, theirs
    np.testing.assert_array_equal(np.isnan(a), np.isnan(b))
    np.testing.assert_array_equal(fa, fb)
    both = np.isfinite(a) & np.isfinite(b)
    assert both.sum() > 0.3 * a.size
    assert np.max(np.abs(a[both] - b[both])) <= rel * scale


@pytest.fixture(scope="module")
def aia():
    """reproject's gwcs AIA file and its Venus-observer target (reproject's aia_test_data fixture)."""
    pytest.importorskip("sunpy")
    from sunpy.coordinates.ephemeris import get_body_heliographic_stonyhurst
    from sunpy.map import Map

    f = asdf.open(os.path.join(DATA, "aia_171_level1.asdf"))
    data, wcs = f["data"][...], f["wcs"]
    target = Map(os.path.join(DATA, "aia_171_level1.fits")).wcs.deepcopy()
    target.wcs.cdelt = ([24, 24] * u.arcsec).to(u.deg)
    target.wcs.crpix = [64, 64]
    venus = get_body_heliographic_stonyhurst("venus", wcs.output_frame.reference_frame.obstime)
    target.wcs.aux.hgln_obs = venus.lon.to_value(u.deg)
    target.wcs.aux.hglt_obs = venus.lat.to_value(u.deg)
    target.wcs.aux.dsun_obs = venus.radius.to_value(u.m)
    return data, wcs, target


@pytest.mark.parametrize(
    "func, kwargs",
    [
        ("reproject_interp", {"order": "bilinear"}),
        ("reproject_interp", {"order": "bicubic"}),
        ("reproject_adaptive", {}),
        ("reproject_interp", {"order": "bilinear", "roundtrip_coords": False}),
    ],
)
def test_aia_gwcs_matches_reproject(aia, func, kwargs):
    data, wcs, target = aia
    ours = getattr(skywarp, func)((data, wcs), target, shape_out=(128, 128), **kwargs)
    theirs = getattr(reproject, func)((data, wcs), target, shape_out=(128, 128), **kwargs)
    # measured: ≤ 5e-12 of max|input| (4212.75)
    _compare(ours, theirs, np.nanmax(np.abs(data)))


def test_aia_gwcs_onto_gwcs_shifted(aia):
    """reproject's test_dask_schedulers case: gwcs onto a shifted copy of itself, dask and threads too."""
    data, wcs, _ = aia
    wcs_out = deepcopy(wcs)
    wcs_out.forward_transform.offset_0 = -60.3123 * u.pix
    wcs_out.forward_transform.offset_1 = -61.9422 * u.pix
    kw = dict(shape_out=data.shape, roundtrip_coords=False)
    theirs = reproject.reproject_interp((data, wcs), wcs_out, **kw)
    one = skywarp.reproject_interp((data, wcs), wcs_out, parallel=1, **kw)
    _compare(one, theirs, np.nanmax(np.abs(data)))
    threads = skywarp.reproject_interp((data, wcs), wcs_out, parallel=2, **kw)
    blocks = skywarp.reproject_interp((data, wcs), wcs_out, parallel=2, block_size=(40, 24), **kw)
    lazy = skywarp.reproject_interp(
        (data, wcs), wcs_out, block_size=(50, 50), return_type="dask", return_footprint=False, **kw
    ).compute(scheduler="threads")
    for other in (threads[0], blocks[0], lazy):
        np.testing.assert_array_equal(one[0], other)  # bit-identical


def _gwcs_tan(shape, crval, scale_deg, rot_deg=0.0):
    """A gwcs built from astropy models: shift, rotation and scale, TAN, onto ICRS."""
    from astropy.modeling import models
    from gwcs import coordinate_frames as cf

    ny, nx = shape
    det = cf.Frame2D(name="detector", axes_names=("x", "y"), unit=(u.pix, u.pix))
    sky = cf.CelestialFrame(reference_frame=ICRS(), name="icrs", unit=(u.deg, u.deg))
    transform = (
        (models.Shift(-(nx - 1) / 2) & models.Shift(-(ny - 1) / 2))
        | models.Rotation2D(rot_deg)
        | (models.Scale(scale_deg) & models.Scale(scale_deg))
        | models.Pix2Sky_TAN()
        | models.RotateNative2Celestial(crval[0], crval[1], 180)
    )
    return gwcs.WCS(forward_transform=transform, input_frame=det, output_frame=sky)


def _image(shape, seed=3):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[: shape[0], : shape[1]]
    return np.sin(x / 7.0) * np.cos(y / 5.0) * 100 + rng.normal(0, 1, shape)


def test_gwcs_built_in_test_onto_galactic_fits():
    """A gwcs (ICRS) onto a FITS WCS in Galactic: astropy's frame transform between them."""
    shape = (90, 110)
    w_in = _gwcs_tan(shape, (266.4, -28.9), 0.01, rot_deg=20)
    data = _image(shape)
    w_out = WCS(naxis=2)
    w_out.wcs.ctype = ["GLON-CAR", "GLAT-CAR"]
    c = ICRS(266.4 * u.deg, -28.9 * u.deg).transform_to(Galactic())
    w_out.wcs.crval = [c.l.deg, c.b.deg]
    w_out.wcs.crpix = [40, 35]
    w_out.wcs.cdelt = [-0.008, 0.008]
    for func in ("reproject_interp", "reproject_adaptive"):
        theirs = getattr(reproject, func)((data, w_in), w_out, shape_out=(70, 80))
        # the default grid holds positions to 1e-6 px: values to 1e-6 px × the noise's gradient
        ours = getattr(skywarp, func)((data, w_in), w_out, shape_out=(70, 80))
        _compare(ours, theirs, np.abs(data).max(), rel=1e-6)
        exact = getattr(skywarp, func)((data, w_in), w_out, shape_out=(70, 80), coord_tolerance=0)
        _compare(exact, theirs, np.abs(data).max())
    # and the other way round, FITS input onto the gwcs output
    ours = skywarp.reproject_interp((data, w_out), w_in, shape_out=shape, coord_tolerance=0)
    theirs = reproject.reproject_interp((data, w_out), w_in, shape_out=shape)
    _compare(ours, theirs, np.abs(data).max())


def test_unknown_frame_pair_takes_the_generic_path():
    """TLON/TLAT (astropy: ITRS at DATE-OBS) is a frame astropy knows and the engine does not: the pair is
    evaluated through astropy."""
    shape = (60, 70)
    data = _image(shape, seed=5)

    def itrs(proj, crpix, cdelt):
        w = WCS(naxis=2)
        w.wcs.ctype = [f"TLON-{proj}", f"TLAT-{proj}"]
        w.wcs.crval = [12.5, 41.9]
        w.wcs.crpix = crpix
        w.wcs.cdelt = [-cdelt, cdelt]
        w.wcs.dateobs = "2021-06-01T00:00:00"
        w.wcs.set()
        return w

    w_in, w_out = itrs("CAR", [35, 30], 0.002), itrs("TAN", [30, 28], 0.0017)
    assert skywarp._core.unknown_frames(*(skywarp._wcs.engine_wcs(w).cards for w in (w_in, w_out)))
    ours = skywarp.reproject_interp((data, w_in), w_out, shape_out=(60, 60), coord_tolerance=0)
    theirs = reproject.reproject_interp((data, w_in), w_out, shape_out=(60, 60))
    _compare(ours, theirs, np.abs(data).max())
    ours = skywarp.reproject_adaptive((data, w_in), w_out, shape_out=(60, 60), coord_tolerance=0)
    theirs = reproject.reproject_adaptive((data, w_in), w_out, shape_out=(60, 60))
    _compare(ours, theirs, np.abs(data).max())


def test_exact_refuses_generic_with_a_clear_error():
    shape = (30, 30)
    w_in = _gwcs_tan(shape, (10.0, 10.0), 0.01)
    w_out = WCS(naxis=2)
    w_out.wcs.ctype = ["RA---TAN", "DEC--TAN"]
    w_out.wcs.crval = [10.0, 10.0]
    w_out.wcs.crpix = [15, 15]
    w_out.wcs.cdelt = [-0.01, 0.01]
    with pytest.raises(NotImplementedError, match="reproject_exact needs WCS that can be written"):
        skywarp.reproject_exact((_image(shape), w_in), w_out, shape_out=shape)


def test_callback_errors_are_reraised():
    """A WCS whose evaluation raises: the Python exception comes back as it was."""
    shape = (20, 20)
    w_in = _gwcs_tan(shape, (10.0, 10.0), 0.01)

    class Broken(type(w_in)):
        def world_to_pixel(self, *args, **kwargs):
            raise RuntimeError("broken WCS for the test")

    bad = deepcopy(w_in)
    bad.__class__ = Broken
    with pytest.raises(RuntimeError, match="broken WCS for the test"):
        skywarp.reproject_interp((_image(shape), bad), w_in, shape_out=shape)


def test_gwcs_tiles_in_find_optimal_celestial_wcs_and_reproject_and_coadd():
    """gwcs tiles (and one FITS tile) through find_optimal_celestial_wcs and reproject_and_coadd: the
    grid equals reproject's to 1e-9 px; the mosaic (the generic path, one cutout per input) its values
    to 1e-6 x max (the default coordinate grid's 1e-6 px) and its footprint to 1e-6."""
    from reproject.mosaicking import find_optimal_celestial_wcs as r_optimal
    from reproject.mosaicking import reproject_and_coadd as r_coadd

    from skywarp.mosaicking import find_optimal_celestial_wcs, reproject_and_coadd

    shape = (60, 80)
    tiles = [
        (_image(shape, seed=1), _gwcs_tan(shape, (150.0, 2.0), 0.01, rot_deg=10)),
        (_image(shape, seed=2), _gwcs_tan(shape, (150.5, 2.2), 0.012, rot_deg=-25)),
    ]
    fits_w = WCS(naxis=2)
    fits_w.wcs.ctype = ["RA---TAN", "DEC--TAN"]
    fits_w.wcs.crval, fits_w.wcs.crpix, fits_w.wcs.cdelt = [150.3, 1.8], [40.5, 30.5], [-0.011, 0.011]
    tiles.append((_image(shape, seed=3), fits_w))
    for kw in ({}, {"auto_rotate": True}, {"projection": "CAR", "resolution": 40 * u.arcsec}):
        ours_w, ours_shape = find_optimal_celestial_wcs(tiles, negative_lon_cdelt=True, **kw)
        their_w, their_shape = r_optimal(tiles, negative_lon_cdelt=True, **kw)
        assert ours_shape == their_shape, kw
        ny, nx = ours_shape
        pix = np.array([[0, 0], [nx - 1, 0], [0, ny - 1], [nx - 1, ny - 1], [nx / 2, ny / 3]], float)
        world = their_w.pixel_to_world(pix[:, 0], pix[:, 1])
        back = np.array(ours_w.world_to_pixel(world)).T
        assert np.abs(back - pix).max() < 1e-9, kw
    wcs_out, shape_out = r_optimal(tiles, negative_lon_cdelt=True)
    for combine in ("mean", "sum", "max"):
        ours = reproject_and_coadd(tiles, wcs_out, shape_out=shape_out, combine_function=combine,
                                   reproject_function=skywarp.reproject_interp)
        theirs = r_coadd(tiles, wcs_out, shape_out=shape_out, combine_function=combine,
                         reproject_function=reproject.reproject_interp)
        scale = max(np.abs(t[0]).max() for t in tiles) * (3 if combine == "sum" else 1)
        np.testing.assert_allclose(ours[1], theirs[1], atol=1e-6)
        both = np.isfinite(ours[0]) & np.isfinite(theirs[0])
        assert both.sum() > 0.5 * ours[0].size
        assert np.array_equal(np.isnan(ours[0]), np.isnan(theirs[0]))
        assert np.abs(ours[0][both] - theirs[0][both]).max() <= 1e-6 * scale, combine
