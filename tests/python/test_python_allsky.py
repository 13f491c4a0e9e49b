"""All-sky maps with invalid regions: skywarp.reproject_interp against reproject.reproject_interp.

astropy's 1904-66 map headers (AZP, AIT, MOL, CSC, HPX) as inputs, onto all-sky outputs in another
projection and frame whose pixels partly lie off the sky (a square Galactic plate carrée reaching past
the poles, a Galactic Hammer-Aitoff outside its ellipse) — the case where the coordinate grid must split
its tiles around the valid/invalid boundary. Tolerances as everywhere (issue #4): identical NaN pattern
and footprint, max |difference| <= 1e-6 * max|input|.
"""

import warnings
from pathlib import Path

import numpy as np
import pytest
from astropy.io import fits
from astropy.wcs import WCS, FITSFixedWarning

import reproject
import skywarp

warnings.simplefilter("ignore", FITSFixedWarning)
pytestmark = pytest.mark.filterwarnings("ignore::astropy.wcs.FITSFixedWarning")

MAPS = Path(__import__("astropy").__file__).parent / "wcs" / "tests" / "data" / "maps"


def map_wcs(code):
    return WCS(fits.Header.fromstring((MAPS / f"1904-66_{code}.hdr").read_text()))


def galactic(proj, shape, cdelt):
    w = WCS(naxis=2)
    w.wcs.ctype = [f"GLON-{proj}", f"GLAT-{proj}"]
    w.wcs.crval = [0.0, 0.0]
    w.wcs.crpix = [shape[1] / 2 + 0.5, shape[0] / 2 + 0.5]
    w.wcs.cdelt = [-cdelt[0], cdelt[1]]
    w.wcs.set()
    return w


OUTPUTS = {
    "CAR400": (galactic("CAR", (400, 400), (0.9, 0.9)), (400, 400)),
    "AIT360x180": (galactic("AIT", (180, 360), (1.0, 1.0)), (180, 360)),
}


def smooth(shape):
    y, x = np.mgrid[: shape[0], : shape[1]].astype(float)
    return (100 + 0.1 * x + 30 * np.sin(x / 37) * np.cos(y / 23)).astype(np.float32)


@pytest.mark.parametrize("output", sorted(OUTPUTS))
@pytest.mark.parametrize("code", ["AZP", "AIT", "MOL", "CSC", "HPX"])
@pytest.mark.parametrize("order", ["bilinear", "bicubic"])
def test_all_sky_map_matches_reproject(code, output, order):
    # 600² pixels of 1/15°: the input reaches well past the maps' 192² so that it meets the edges of
    # the projections' valid regions in the output.
    data = smooth((600, 600))
    wcs_in = map_wcs(code)
    wcs_out, shape_out = OUTPUTS[output]
    got = skywarp.reproject_interp((data, wcs_in), wcs_out, shape_out=shape_out, order=order)
    ref = reproject.reproject_interp((data, wcs_in), wcs_out, shape_out=shape_out, order=order)
    (v, fp), (rv, rfp) = got, ref
    assert np.array_equal(np.isnan(v), np.isnan(rv)), f"NaN pattern: {np.isnan(v).sum()} vs {np.isnan(rv).sum()}"
    assert np.array_equal(fp, rfp)
    ok = ~np.isnan(rv)
    assert ok.sum() > 100, "the input must be seen in the output"
    assert np.abs(v[ok] - rv[ok]).max() <= 1e-6 * np.abs(data).max()


@pytest.mark.parametrize("code", ["AZP", "HPX"])
def test_all_sky_map_is_independent_of_blocks_and_threads(code):
    data = smooth((600, 600))
    wcs_out, shape_out = OUTPUTS["CAR400"]
    ref, _ = skywarp.reproject_interp((data, map_wcs(code)), wcs_out, shape_out=shape_out)
    for block_size, parallel in [((37, 53), 2), ((64, 400), 1), ((400, 1), 2)]:
        got, _ = skywarp.reproject_interp(
            (data, map_wcs(code)), wcs_out, shape_out=shape_out, block_size=block_size, parallel=parallel
        )
        assert np.array_equal(got.view(np.uint64), ref.view(np.uint64)), (block_size, parallel)
