"""Solar frames in the engine (crates/skywarp-wcs/src/solar.rs): reproject's AIA and SECCHI files between
observers and onto heliographic maps, through the Python package and the CLI, against reproject with
sunpy's frames (the real packages, no mocks)."""

import os
import warnings

import numpy as np
import pytest
from astropy.io import fits
from astropy.wcs import WCS

import skywarp
from conftest import run_skywarp
from skywarp import _core

reproject = pytest.importorskip("reproject")
sunpy_coordinates = pytest.importorskip("sunpy.coordinates")  # registers sunpy's FITS-WCS frames
from reproject._wcs_utils import pixel_to_pixel_with_roundtrip  # noqa: E402

DATA = os.path.join(os.path.dirname(reproject.__file__), "tests", "data")

# reproject's test_coadd_solar_map output grid (a Stonyhurst plate carrée, at SECCHI's time, not AIA's).
HGS_CAR = """WCSAXES = 2
NAXIS   = 2
NAXIS1  = 180
NAXIS2  = 90
CRPIX1  = 90.5
CRPIX2  = 45.5
CDELT1  = 2
CDELT2  = 2
CUNIT1  = 'deg'
CUNIT2  = 'deg'
CTYPE1  = 'HGLN-CAR'
CTYPE2  = 'HGLT-CAR'
CRVAL1  = 0.0
CRVAL2  = 0.0
LONPOLE = 0.0
LATPOLE = 90.0
DATE-OBS= '2011-02-15T00:14:03.654'
"""

# The same grid in Carrington longitude (centred on the far side seen from SECCHI-B), seen by an observer
# at the Earth's place in AIA's header; RSUN_REF differs from sunpy's default.
HGC_CAR = (
    HGS_CAR.replace("HGLN", "CRLN").replace("HGLT", "CRLT").replace("CRVAL1  = 0.0", "CRVAL1  = 200.0")
    + "HGLN_OBS= 0.0\nHGLT_OBS= -6.820544\nDSUN_OBS= 147724815128.0\nRSUN_REF= 696000000.0\n"
)


def _header(text):
    return fits.Header.fromstring(text, sep="\n")


def _file(name):
    return os.path.join(DATA, name)


# (input file, target header maker, shape_out)
CASES = {
    "aia_to_secchi_a": ("aia_171_level1.fits", lambda: fits.getheader(_file("secchi_l0_a.fits"))),
    "secchi_b_to_aia": ("secchi_l0_b.fits", lambda: fits.getheader(_file("aia_171_level1.fits"))),
    "aia_to_hgs_car": ("aia_171_level1.fits", lambda: _header(HGS_CAR)),
    "secchi_b_to_hgc_car": ("secchi_l0_b.fits", lambda: _header(HGC_CAR)),
}


def _hdu(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SECCHI's BLANK on float data
        with fits.open(_file(name)) as hl:
            return fits.PrimaryHDU(hl[0].data.astype(float), hl[0].header)


def _shape(header):
    return (header["NAXIS2"], header["NAXIS1"])


def _compare(ours, theirs, max_in, rel=1e-5, nan_frac=0.003):
    """Values within rel × max|input|; NaN patterns equal but for ≤ nan_frac of the pixels (the limb).
    Returns (max|diff|/max|input|, NaN mismatches)."""
    (a, fa), (b, fb) = ours, theirs
    mismatch = int(np.sum(np.isnan(a) != np.isnan(b)))
    assert mismatch <= nan_frac * a.size, f"{mismatch} NaN mismatches of {a.size}"
    both = np.isfinite(a) & np.isfinite(b)
    assert both.sum() > 0.1 * a.size
    rel_err = float(np.max(np.abs(a[both] - b[both]))) / max_in
    assert rel_err <= rel, rel_err
    same = np.isnan(a) == np.isnan(b)
    np.testing.assert_array_equal(fa[same], fb[same])
    return rel_err, mismatch


@pytest.fixture(scope="module", params=sorted(CASES))
def case(request):
    name, target = CASES[request.param]
    return request.param, _hdu(name), target()


@pytest.mark.parametrize(
    "func, kwargs",
    [
        ("reproject_interp", {"order": "bilinear"}),
        ("reproject_interp", {"order": "bicubic"}),
        ("reproject_adaptive", {}),
    ],
)
def test_matches_reproject_sunpy(case, func, kwargs):
    label, hdu, target = case
    shape = _shape(target)
    ours = getattr(skywarp, func)(hdu, target, shape_out=shape, **kwargs)
    theirs = getattr(reproject, func)(hdu, target, shape_out=shape, **kwargs)
    # measured on every case: max|diff|/max|input| ≤ 6e-11, no NaN mismatch
    rel_err, mismatch = _compare(ours, theirs, np.nanmax(np.abs(hdu.data)))
    assert rel_err < 1e-8 and mismatch == 0, (label, rel_err, mismatch)


def test_pixel_coordinates_match_sunpy(case):
    """The engine's input pixel positions, read back exactly through bilinear interpolation of a linear
    ramp (exact for a linear function), against astropy's pixel_to_pixel with reproject's round trip."""
    label, hdu, target = case
    shape = _shape(target)
    ny, nx = hdu.data.shape
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]].astype(float)
    ref_x, ref_y = pixel_to_pixel_with_roundtrip(WCS(target), WCS(hdu.header), xx, yy)
    worst = 0.0
    for axis, ref in ((1, ref_x), (0, ref_y)):
        ramp = np.broadcast_to(np.arange(hdu.data.shape[axis], dtype=float), (ny, nx))
        ramp = ramp if axis == 1 else ramp.T.copy()
        got, _ = skywarp.reproject_interp((np.ascontiguousarray(ramp), hdu.header), target, shape_out=shape,
                                          order="bilinear")
        inside = np.isfinite(ref_x) & (ref_x >= 0) & (ref_x <= nx - 1) & (ref_y >= 0) & (ref_y <= ny - 1)
        assert inside.sum() > 0.1 * got.size
        assert np.all(np.isfinite(got[inside])), label
        worst = max(worst, float(np.max(np.abs(got[inside] - ref[inside]))))
        # where sunpy gives no position (off the disk, failed round trip), neither do we
        assert np.all(np.isnan(got[np.isnan(ref_x)]))
    # measured: ≤ 3.4e-9 px
    assert worst <= 1e-6, (label, worst)


def test_cli_matches_reproject_sunpy(case, tmp_path):
    label, hdu, target = case
    src = tmp_path / "in.fits"
    hdu.writeto(src)
    hdr = tmp_path / "target.hdr"
    target.totextfile(hdr)
    out = tmp_path / "out.fits"
    run_skywarp("reproject", src, "--to", hdr, "-o", out, "--order", "bilinear")
    with fits.open(out) as hl:
        ours = (hl[0].data.astype(float), hl["FOOTPRINT"].data.astype(float))
    theirs = reproject.reproject_interp(hdu, target, shape_out=_shape(target), order="bilinear")
    rel_err, mismatch = _compare(ours, theirs, np.nanmax(np.abs(hdu.data)))
    assert rel_err < 1e-8 and mismatch == 0, (label, rel_err, mismatch)


def test_solar_pairs_go_native():
    """Solar FITS pairs are the engine's own now; a solar/celestial pair still takes the generic path."""
    aia = fits.getheader(_file("aia_171_level1.fits")).tostring()
    secchi = fits.getheader(_file("secchi_l0_a.fits")).tostring()
    assert _core.unknown_frames(aia, secchi) is None
    assert _core.unknown_frames(secchi, _header(HGC_CAR).tostring()) is None
    icrs = _header(HGS_CAR.replace("HGLN", "RA--").replace("HGLT", "DEC-")).tostring()
    why = _core.unknown_frames(aia, icrs)
    assert why is not None and "helioprojective" in why


def test_solar_to_celestial_takes_the_generic_path():
    """AIA onto an ICRS grid around the Sun goes through skywarp's generic path (astropy/sunpy's own
    transform), so it fails as reproject+sunpy fails: a 2-D ICRS direction has no distance for the origin
    shift to the Sun."""
    from astropy.units import UnitsError

    hdu = _hdu("aia_171_level1.fits")
    target = _header(
        "NAXIS   = 2\nNAXIS1  = 96\nNAXIS2  = 96\nCTYPE1  = 'RA---TAN'\nCTYPE2  = 'DEC--TAN'\n"
        "CRPIX1  = 48.5\nCRPIX2  = 48.5\nCRVAL1  = 327.6\nCRVAL2  = -12.6\nCDELT1  = -0.01\n"
        "CDELT2  = 0.01\nRADESYS = 'ICRS'\nDATE-OBS= '2011-02-15T00:00:00.34'\n"
    )
    assert _core.unknown_frames(hdu.header.tostring(), target.tostring()) is not None
    for package in (skywarp, reproject):
        with pytest.raises(UnitsError, match="do not have length units"):
            package.reproject_interp(hdu, target, shape_out=(96, 96))


def test_exact_refuses_solar_frames():
    hdu = _hdu("aia_171_level1.fits")
    with pytest.raises(NotImplementedError, match="solar"):
        skywarp.reproject_exact(hdu, fits.getheader(_file("secchi_l0_a.fits")), shape_out=(128, 128))


def test_bad_observer_keyword_is_named():
    hdu = _hdu("aia_171_level1.fits")
    target = fits.getheader(_file("secchi_l0_a.fits"))
    target["HGLT_OBS"] = 123.0
    with pytest.raises(ValueError, match="HGLT_OBS"):
        skywarp.reproject_interp(hdu, target, shape_out=(128, 128))


def test_info_shows_the_solar_frame():
    out = run_skywarp("info", _file("secchi_l0_a.fits")).stdout
    assert "helioprojective obstime=2011-02-15T00:14:08.010" in out, out
    assert "observer=(HGS lon 87.059580°, lat -2.812511°" in out, out
    # corners as sunpy shows them (Tx, Ty of pixel (0, 0): -1424.504103″, -1636.606854″)
    assert "corners (Tx, Ty arcsec): (-1424.504103, -1636.606854)" in out, out


def test_mjd_obs_alone_gives_the_time():
    """A target with MJD-OBS and no DATE-* keyword: WCSLIB's datfix writes DATE-OBS from it, as astropy's does,
    so sunpy and the engine read the same time."""
    hdu = _hdu("aia_171_level1.fits")
    target = _header(HGS_CAR.replace("DATE-OBS= '2011-02-15T00:14:03.654'", "MJD-OBS = 55607.009764514"))
    ours = skywarp.reproject_interp(hdu, target, shape_out=(90, 180))
    theirs = reproject.reproject_interp(hdu, target, shape_out=(90, 180))
    rel_err, mismatch = _compare(ours, theirs, np.nanmax(np.abs(hdu.data)))
    assert rel_err < 1e-8 and mismatch == 0
