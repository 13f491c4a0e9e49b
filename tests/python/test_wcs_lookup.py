"""astropy's lookup-table distortions in skywarp: detector-to-image tables (D2IMDISj / D2IMARR, and the
deprecated AXISCORR form) and distortion paper IV prior tables (CPDISj / WCSDVARR), as HST ACS/WFC3 files
carry them, against astropy.wcs on astropy's own test files, plus a reprojection against reproject.

Tolerances (as test_wcs.py): pix→world ≤ 1e-9 deg of `WCS(header, hdulist).all_pix2world`; world→pix
≤ 1e-6 px of `all_world2pix(tolerance=1e-12)`; identical NaN pattern. The files:

* dist_lookup.fits.gz, HDU 1 (SCI): D2IM on axis 1 + CPDIS on both axes (WCSDVARR,1/2) + SIP (order 4);
* ie6d07ujq_wcs.fits, HDU 0: D2IM on both axes (D2IMARR,1/2), TAN, no SIP (header + tables only);
* dist.fits, HDU 0: old-style AXISCORR = 2 with a 1-D D2IMARR, linear WCS (header + table only). astropy
  does not iterate world→pix when only one axis has a D2IM table, and neither does skywarp;
* j94f05bgq_flt.fits, HDUs 1 and 4: SIP only (no tables; a control: SIP stays in WCSLIB there).
"""
import warnings

import numpy as np
import pytest
from astropy.io import fits
from astropy.wcs import WCS, FITSFixedWarning
from reproject import reproject_interp

from conftest import assert_matches, run_skywarp
from test_reproject import skywarp_reproject, synthetic_image

warnings.simplefilter("ignore", FITSFixedWarning)
pytestmark = [
    pytest.mark.filterwarnings("ignore::astropy.wcs.FITSFixedWarning"),
    # dist.fits uses the deprecated AXISCORR form on purpose
    pytest.mark.filterwarnings("ignore::astropy.utils.exceptions.AstropyDeprecationWarning"),
]

# (file, hdu, what it carries)
FILES = [
    ("dist_lookup.fits.gz", 1, ("det2im1", "cpdis1", "cpdis2", "sip")),
    ("ie6d07ujq_wcs.fits", 0, ("det2im1", "det2im2")),
    ("dist.fits", 0, ("det2im2",)),
    ("j94f05bgq_flt.fits", 1, ("sip",)),
    ("j94f05bgq_flt.fits", 4, ("sip",)),
]


def _wcs(path, hdu):
    with fits.open(path) as hl:
        return WCS(hl[hdu].header, hl)


def _grid():
    """Dense grid over a 4096 x 2048 HST chip with a margin outside it (the tables clamp there), the
    tables' node lines (multiples of 64) and cell centres, and two NaN points."""
    xs = np.concatenate([np.linspace(-300.0, 4400.0, 95), np.arange(0, 4097, 512) - 1.0, [31.5, 2047.0]])
    ys = np.concatenate([np.linspace(-300.0, 2350.0, 55), np.arange(0, 2049, 512) - 1.0, [95.25, 1023.5]])
    xx, yy = np.meshgrid(xs, ys)
    pix = np.stack([xx.ravel(), yy.ravel()], axis=1)
    return np.concatenate([pix, [[np.nan, 10.0], [10.0, np.nan]]])


def _lines(points):
    return "\n".join(" ".join(repr(float(v)) for v in p) for p in points) + "\n"


def _parse(stdout):
    return np.array([[float(v) for v in line.split()] for line in stdout.splitlines()])


def _ang_diff(a, b):
    d = np.abs(a - b) % 360.0
    return np.minimum(d, 360.0 - d)


def _world_error(w, expected, got):
    """Worst difference per point: angular (deg) on celestial axes, absolute (relative above 1) else."""
    if w.wcs.lng >= 0:
        lng, lat = w.wcs.lng, w.wcs.lat
        dlon = _ang_diff(expected[:, lng], got[:, lng]) * np.cos(np.radians(expected[:, lat]))
        return np.maximum(dlon, np.abs(expected[:, lat] - got[:, lat]))
    return (np.abs(expected - got) / np.maximum(np.abs(expected), 1.0)).max(axis=1)


@pytest.mark.parametrize("name,hdu,carries", FILES, ids=[f"{f}[{h}]" for f, h, _ in FILES])
def test_pix2world_and_back(astropy_wcs_data, name, hdu, carries):
    path = astropy_wcs_data / name
    w = _wcs(path, hdu)
    # the file carries what this test claims it does
    have = {
        "det2im1": w.det2im1 is not None,
        "det2im2": w.det2im2 is not None,
        "cpdis1": w.cpdis1 is not None,
        "cpdis2": w.cpdis2 is not None,
        "sip": w.sip is not None,
    }
    assert {k for k, v in have.items() if v} == set(carries), have

    pix = _grid()
    expected = w.all_pix2world(pix, 0)
    out = run_skywarp("xy2sky", path, "--origin", "0", "--hdu", hdu, input=_lines(pix))
    got = _parse(out.stdout)
    assert got.shape == expected.shape
    nan_e, nan_g = np.isnan(expected).any(axis=1), np.isnan(got).any(axis=1)
    assert np.array_equal(nan_e, nan_g), f"{name}: NaN pattern differs"
    assert nan_e.sum() == 2  # only the NaN inputs
    ok = ~nan_e
    err = _world_error(w, expected[ok], got[ok])
    print(f"{name}[{hdu}] pix2world worst {err.max():.3g} deg over {ok.sum()} points")
    assert err.max() <= 1e-9, f"{name}: pix2world off by {err.max():.3g}"

    # world → pixel, against astropy's all_world2pix converged far below the test tolerance
    w0 = expected[ok][0]
    world = np.concatenate([expected[ok], [[np.nan, w0[1]], [w0[0], np.nan]]])
    ref = w.all_world2pix(world, 0, tolerance=1e-12)
    out = run_skywarp("sky2xy", path, "--origin", "0", "--hdu", hdu, input=_lines(world))
    back = _parse(out.stdout)
    nan_r = np.isnan(ref).any(axis=1)
    assert np.array_equal(np.isnan(back).any(axis=1), nan_r) and nan_r.sum() == 2
    back, ref = back[:-2], ref[:-2]
    dpx = np.abs(back - ref).max()
    print(f"{name}[{hdu}] world2pix worst {dpx:.3g} px")
    assert dpx <= 1e-6, f"{name}: world2pix off by {dpx:.3g} px"
    if name != "dist.fits":
        # and it is the actual inverse (dist.fits: astropy, and skywarp with it, do not iterate)
        assert np.abs(back - pix[ok]).max() <= 1e-6


def test_header_without_tables_is_a_clear_error(astropy_wcs_data, tmp_path):
    """A header text file that declares lookup tables cannot be used: one line naming the extension."""
    header = fits.getheader(astropy_wcs_data / "dist_lookup.fits.gz", 1)
    hdr = tmp_path / "dist_lookup.hdr"
    header.totextfile(hdr)
    proc = run_skywarp("xy2sky", hdr, "10", "10", check=False)
    assert proc.returncode != 0 and proc.stdout == ""
    msg = proc.stderr.strip()
    assert len(msg.splitlines()) == 1, msg
    assert "D2IMARR,1" in msg and "D2IMDIS1" in msg, msg

    # without the D2IM keywords, the first missing table is the paper IV one
    for key in [k for k in header if k.startswith("D2IM")]:
        header.remove(key, ignore_missing=True, remove_all=True)
    header.totextfile(hdr, overwrite=True)
    proc = run_skywarp("sky2xy", hdr, "5.5", "-72.05", check=False)
    assert proc.returncode != 0
    assert "WCSDVARR,1" in proc.stderr and "CPDIS1" in proc.stderr, proc.stderr

    # a FITS file whose header declares tables it does not have is refused the same way
    lonely = tmp_path / "lonely.fits"
    fits.PrimaryHDU(np.zeros((4, 4), np.float32), header).writeto(lonely)
    proc = run_skywarp("xy2sky", lonely, "1", "1", check=False)
    assert proc.returncode != 0 and "WCSDVARR,1" in proc.stderr, proc.stderr
    proc = run_skywarp("reproject", lonely, "--to", hdr, "-o", tmp_path / "o.fits", check=False)
    assert proc.returncode != 0 and "WCSDVARR,1" in proc.stderr, proc.stderr


def test_reproject_image_with_lookup_tables(astropy_wcs_data, tmp_path):
    """An image on dist_lookup's distorted HST grid (D2IM + paper IV tables + SIP), reprojected onto a
    rotated TAN grid: reproject_interp (given the WCS with its tables) vs skywarp reproject."""
    with fits.open(astropy_wcs_data / "dist_lookup.fits.gz") as hl:
        hl = fits.HDUList([h.copy() for h in hl])
    sci = hl["SCI"].header.copy()
    sci["NAXIS1"], sci["NAXIS2"] = 700, 500
    data = synthetic_image(sci, seed=11)
    hl["SCI"].data = data
    src = tmp_path / "distorted.fits"
    hl.writeto(src)
    w_in = WCS(hl["SCI"].header, hl)
    assert w_in.cpdis1 is not None and w_in.det2im1 is not None and w_in.sip is not None

    # target: TAN, 0.06"/px, rotated by 20 deg, centred on the input image
    ra, dec = w_in.all_pix2world([[349.5, 249.5]], 0)[0]
    out = fits.Header()
    out["NAXIS"], out["NAXIS1"], out["NAXIS2"] = 2, 640, 560
    out["CTYPE1"], out["CTYPE2"] = "RA---TAN", "DEC--TAN"
    out["CRVAL1"], out["CRVAL2"] = ra, dec
    out["CRPIX1"], out["CRPIX2"] = 320.5, 280.5
    s, r = 0.06 / 3600, np.radians(20.0)
    out["CD1_1"], out["CD1_2"] = -s * np.cos(r), s * np.sin(r)
    out["CD2_1"], out["CD2_2"] = s * np.sin(r), s * np.cos(r)
    out["RADESYS"] = "ICRS"
    for order in ("bilinear", "bicubic"):
        ref, fp_ref = reproject_interp((data, w_in), out, order=order)
        assert np.isfinite(ref).sum() > 100_000 and np.isnan(ref).sum() > 1000, "grids must partly overlap"
        got, fp_got, _ = skywarp_reproject(
            tmp_path, src, out, order, extra=("--hdu", "SCI"), name=f"out_{order}.fits"
        )
        assert_matches((got, fp_got), (ref, fp_ref), np.abs(data).max(), order, f"lookup {order}")
