"""The generic WCS path's speed against reproject's, in one process: reproject's gwcs AIA file
(aia_171_level1.asdf) onto (a) a shifted copy of its own gwcs (reproject's test_dask_schedulers case) and
(b) a FITS helioprojective target seen from Venus (reproject's aia_test_data), at the output size given.

    .venv/bin/python bench/generic/gwcs_side_by_side.py [--size 1024] [--repeat 3]

Prints best-of-N wall times and the largest difference from reproject relative to max|input|."""

import argparse
import os
import sys
import warnings
from copy import deepcopy

import asdf
import numpy as np
from astropy import units as u

import reproject
import skywarp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from measure import best_of  # noqa: E402

warnings.simplefilter("ignore")
DATA = os.path.join(os.path.dirname(reproject.__file__), "tests", "data")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1024, help="output image edge in pixels")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    f = asdf.open(os.path.join(DATA, "aia_171_level1.asdf"))
    data, wcs = f["data"][...], f["wcs"]
    zoom = a.size / data.shape[0]

    shifted = deepcopy(wcs)
    shifted.forward_transform.offset_0 = -60.3123 * u.pix
    shifted.forward_transform.offset_1 = -61.9422 * u.pix
    # zoom the shifted gwcs: finer output pixels over the same field
    from astropy.modeling import models

    import gwcs

    shifted = gwcs.WCS(
        forward_transform=(models.Scale(1 / zoom) & models.Scale(1 / zoom)) | shifted.forward_transform,
        input_frame=shifted.input_frame,
        output_frame=shifted.output_frame,
    )

    from sunpy.coordinates.ephemeris import get_body_heliographic_stonyhurst
    from sunpy.map import Map

    target = Map(os.path.join(DATA, "aia_171_level1.fits")).wcs.deepcopy()
    target.wcs.cdelt = ([24 / zoom, 24 / zoom] * u.arcsec).to(u.deg)
    target.wcs.crpix = [64 * zoom, 64 * zoom]
    venus = get_body_heliographic_stonyhurst("venus", wcs.output_frame.reference_frame.obstime)
    target.wcs.aux.hgln_obs = venus.lon.to_value(u.deg)
    target.wcs.aux.hglt_obs = venus.lat.to_value(u.deg)
    target.wcs.aux.dsun_obs = venus.radius.to_value(u.m)

    shape = (a.size, a.size)
    scale = np.nanmax(np.abs(data))
    print(f"output {shape}, best of {a.repeat}; skywarp threads: all cores")
    for name, w_out, kw in (("gwcs->gwcs", shifted, {"roundtrip_coords": False}), ("gwcs->HPLN Venus", target, {})):
        for func in ("reproject_interp", "reproject_adaptive"):
            tr, r = best_of(lambda: getattr(reproject, func)((data, wcs), w_out, shape_out=shape, **kw), a.repeat)
            ts, s = best_of(lambda: getattr(skywarp, func)((data, wcs), w_out, shape_out=shape, **kw), a.repeat)
            both = np.isfinite(r[0]) & np.isfinite(s[0])
            d = np.max(np.abs(r[0][both] - s[0][both])) / scale if both.any() else float("nan")
            nan = int((np.isnan(r[0]) != np.isnan(s[0])).sum())
            print(f"{name:18s} {func:20s} reproject {tr:7.3f} s  skywarp {ts:7.3f} s  x{tr / ts:5.1f}  "
                  f"max|d|/max|in| {d:.1e}  NaN differ {nan}")


if __name__ == "__main__":
    main()
