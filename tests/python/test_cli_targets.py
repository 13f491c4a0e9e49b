"""How `skywarp reproject` reads its target grid and WCS, against reproject_interp given the same WCS
through astropy: a header text file written from a primary header (its first card is SIMPLE), a FITS
target whose WCS has distortion lookup tables (the output carries them), a header without NAXISn plus
``--shape``, and alternate WCS descriptions (``--wcs-key`` / ``--target-wcs-key``, astropy's
``WCS(header, key=...)``). Tolerances as every CLI test here (conftest.assert_matches): same NaN pattern,
values within 1e-6 x max|input|, equal footprints."""

import warnings

import numpy as np
import pytest
from astropy.io import fits
from astropy.wcs import WCS, FITSFixedWarning
from reproject import reproject_interp

from conftest import assert_matches, run_skywarp
from test_reproject import synthetic_image

warnings.simplefilter("ignore", FITSFixedWarning)
pytestmark = pytest.mark.filterwarnings("ignore::astropy.wcs.FITSFixedWarning")


def _tan(nx, ny, crval, scale_arcsec, rot_deg=0.0):
    h = fits.Header()
    h["NAXIS"], h["NAXIS1"], h["NAXIS2"] = 2, nx, ny
    h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
    h["CRVAL1"], h["CRVAL2"] = crval
    h["CRPIX1"], h["CRPIX2"] = (nx + 1) / 2, (ny + 1) / 2
    s, r = scale_arcsec / 3600, np.radians(rot_deg)
    h["CD1_1"], h["CD1_2"] = -s * np.cos(r), s * np.sin(r)
    h["CD2_1"], h["CD2_2"] = s * np.sin(r), s * np.cos(r)
    h["RADESYS"] = "ICRS"
    return h


@pytest.fixture
def image(tmp_path):
    h = _tan(300, 260, (150.0, 2.0), 1.0)
    data = synthetic_image(h, seed=5)
    path = tmp_path / "in.fits"
    fits.PrimaryHDU(data, h).writeto(path)
    return path, data, h


def _run(tmp_path, src, target, *extra, name="out.fits"):
    out = tmp_path / name
    run_skywarp("reproject", src, "--to", target, "-o", out, "--dtype", "f64", *extra)
    with fits.open(out) as hl:
        return hl[0].data.astype(float), hl["FOOTPRINT"].data.astype(float), hl[0].header, out


def test_header_text_file_starting_with_simple(tmp_path, image):
    """`Header.totextfile` of a primary header starts with SIMPLE: it is a header file, not a FITS file
    (also when written as raw 80-character cards, whose length may be a multiple of 2880)."""
    src, data, _ = image
    target_hdu = fits.PrimaryHDU(np.zeros((200, 220), np.float32), _tan(220, 200, (150.01, 2.01), 1.3, 15))
    ref = reproject_interp((data, WCS(fits.getheader(src))), target_hdu.header)
    as_lines = tmp_path / "lines.hdr"
    target_hdu.header.totextfile(as_lines)
    assert as_lines.read_text().startswith("SIMPLE")
    got = _run(tmp_path, src, as_lines, name="lines.fits")
    assert_matches(got[:2], ref, np.abs(data).max(), label="SIMPLE text header")
    # raw cards padded to whole 2880-byte blocks with END: a FITS header block, no data after it
    raw = tmp_path / "raw.hdr"
    raw.write_bytes(target_hdu.header.tostring().encode())
    assert raw.stat().st_size % 2880 == 0
    got = _run(tmp_path, src, raw, name="raw.fits")
    assert_matches(got[:2], ref, np.abs(data).max(), label="SIMPLE header block")


def test_shape_for_a_target_header_without_naxis(tmp_path, image):
    src, data, _ = image
    h = _tan(180, 150, (150.0, 2.0), 1.5, -30)
    for k in ("NAXIS", "NAXIS1", "NAXIS2"):
        del h[k]
    hdr = tmp_path / "nonaxis.hdr"
    h.totextfile(hdr)
    # without --shape: one line saying what is missing and what to give
    proc = run_skywarp("reproject", src, "--to", hdr, "-o", tmp_path / "x.fits", check=False)
    assert proc.returncode != 0 and len(proc.stderr.strip().splitlines()) == 1
    assert "NAXIS" in proc.stderr and "--shape" in proc.stderr, proc.stderr
    assert not (tmp_path / "x.fits").exists()
    ref = reproject_interp((data, WCS(fits.getheader(src))), WCS(h), shape_out=(150, 180))
    got = _run(tmp_path, src, hdr, "--shape", "150,180")
    assert got[0].shape == (150, 180)
    assert_matches(got[:2], ref, np.abs(data).max(), label="--shape")
    # --shape overrides NAXISn; the wrong number of axes is refused
    proc = run_skywarp("reproject", src, "--to", hdr, "-o", tmp_path / "y.fits", "--shape", "3,150,180",
                       check=False)
    assert proc.returncode != 0 and "--shape" in proc.stderr and "axes" in proc.stderr, proc.stderr
    proc = run_skywarp("reproject", src, "--to", hdr, "-o", tmp_path / "y.fits", "--shape", "150,x", check=False)
    assert proc.returncode != 0 and "NY,NX" in proc.stderr, proc.stderr


def _with_alternate(primary, alternate, key):
    """`primary` plus `alternate`'s WCS keywords under letter `key`."""
    h = primary.copy()
    for card in WCS(alternate).to_header().cards:
        if card.keyword in ("WCSAXES", "MJDREF", "DATEREF", "MJD-OBS", "DATE-OBS"):
            continue
        h[card.keyword + key] = card.value
    return h


def test_alternate_wcs_keys(tmp_path, image):
    src, data, h_in = image
    # the input also describes itself in galactic coordinates as WCS 'B'
    gal = h_in.copy()
    c = WCS(h_in).pixel_to_world(150, 130).galactic
    gal["CTYPE1"], gal["CTYPE2"] = "GLON-TAN", "GLAT-TAN"
    gal["CRVAL1"], gal["CRVAL2"] = c.l.deg, c.b.deg
    del gal["RADESYS"]
    h2 = _with_alternate(h_in, gal, "B")
    src2 = tmp_path / "alt_in.fits"
    fits.PrimaryHDU(data, h2).writeto(src2)
    # the target's primary WCS is deliberately far away; its WCS 'A' is the wanted grid
    far = _tan(200, 180, (10.0, -40.0), 1.2, 10)
    want = _tan(200, 180, (150.005, 2.0), 1.2, 10)
    target = fits.PrimaryHDU(np.zeros((180, 200), np.float32), _with_alternate(far, want, "A"))
    tpath = tmp_path / "alt_target.fits"
    target.writeto(tpath)

    ref = reproject_interp((data, WCS(h2, key="B")), WCS(target.header, key="A"), shape_out=(180, 200))
    assert np.isfinite(ref[0]).mean() > 0.5
    got = _run(tmp_path, src2, tpath, "--wcs-key", "B", "--target-wcs-key", "a")
    assert_matches(got[:2], ref, np.abs(data).max(), label="alternate WCS")
    # the output's primary WCS is the grid it was computed on
    out_wcs = WCS(got[2])
    assert np.allclose(out_wcs.wcs.crval, [150.005, 2.0]) and out_wcs.wcs.ctype[0] == "RA---TAN"
    # the primary WCS of the target is what is used without the option (nothing overlaps there)
    far_ref = reproject_interp((data, WCS(h2)), WCS(target.header), shape_out=(180, 200))
    assert np.isnan(far_ref[0]).all()

    # a key the header does not have: one line naming the ones it has
    proc = run_skywarp("reproject", src2, "--to", tpath, "-o", tmp_path / "z.fits", "--wcs-key", "C",
                       check=False)
    assert proc.returncode != 0 and len(proc.stderr.strip().splitlines()) == 1
    assert "'C'" in proc.stderr and "has: B" in proc.stderr, proc.stderr
    assert not (tmp_path / "z.fits").exists()


def test_fits_target_with_lookup_tables(tmp_path, astropy_wcs_data, image):
    """A FITS target whose WCS has D2IM + paper IV lookup tables + SIP (astropy's dist_lookup.fits.gz):
    its tables are read from the target file, and the output carries them, so that astropy reads the
    output's WCS as the target's."""
    with fits.open(astropy_wcs_data / "dist_lookup.fits.gz") as hl:
        hl = fits.HDUList([h.copy() for h in hl])
    sci = hl["SCI"].header
    sci["NAXIS1"], sci["NAXIS2"] = 700, 500  # a corner of the chip keeps the oracle quick
    w_t = WCS(sci, hl)
    ra, dec = w_t.all_pix2world([[349.5, 249.5]], 0)[0]
    # an input image around the target's centre, at 0.1"/px
    h_in = _tan(500, 450, (ra, dec), 0.1, 25)
    data = synthetic_image(h_in, seed=9)
    src = tmp_path / "around.fits"
    fits.PrimaryHDU(data, h_in).writeto(src)
    hl["SCI"].data = np.zeros((sci["NAXIS2"], sci["NAXIS1"]), np.float32)
    tpath = tmp_path / "distorted_target.fits"
    hl.writeto(tpath)

    shape = (sci["NAXIS2"], sci["NAXIS1"])
    ref = reproject_interp((data, WCS(h_in)), w_t, shape_out=shape)
    assert np.isfinite(ref[0]).sum() > 1000
    got = _run(tmp_path, src, tpath)
    assert_matches(got[:2], ref, np.abs(data).max(), label="lookup target")
    with fits.open(got[3]) as out:
        w_out = WCS(out[0].header, out)
        assert w_out.det2im1 is not None and w_out.cpdis1 is not None and w_out.cpdis2 is not None
        pix = np.array([[10.0, 20.0], [600.0, 300.0], [333.3, 444.4]])
        assert np.abs(w_out.all_pix2world(pix, 0) - w_t.all_pix2world(pix, 0)).max() < 1e-12
