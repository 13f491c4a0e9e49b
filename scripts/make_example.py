"""Regenerate the bundled example (example/): a 256x256 float32 star field on a TAN grid near M31 and
a Galactic CAR target header. Deterministic. Run with any Python that has numpy + astropy."""
from pathlib import Path

import numpy as np
from astropy.io import fits
from astropy.wcs import WCS

out = Path(__file__).resolve().parents[1] / "example"
rng = np.random.default_rng(31)
ny = nx = 256
yy, xx = np.mgrid[0:ny, 0:nx]
img = 100.0 + 0.05 * xx + 0.03 * yy + rng.normal(0, 1.0, (ny, nx))
for _ in range(120):
    x0, y0 = rng.uniform(0, nx), rng.uniform(0, ny)
    peak, sig = 10 ** rng.uniform(1, 3.5), rng.uniform(1.2, 2.2)
    img += peak * np.exp(-((xx - x0) ** 2 + (yy - y0) ** 2) / (2 * sig**2))
w = WCS(naxis=2)
w.wcs.ctype = ["RA---TAN", "DEC--TAN"]
w.wcs.crval = [10.6847, 41.2690]
w.wcs.crpix = [128.5, 128.5]
w.wcs.cd = [[-2.0 / 3600, 0.3 / 3600], [0.3 / 3600, 2.0 / 3600]]
w.wcs.radesys = "ICRS"
h = w.to_header()
h["BUNIT"] = "adu"
h["OBJECT"] = "skywarp example (synthetic)"
fits.PrimaryHDU(img.astype(np.float32), h).writeto(out / "input.fits", overwrite=True)

t = WCS(naxis=2)
t.wcs.ctype = ["GLON-CAR", "GLAT-CAR"]
t.wcs.crval = [121.1744, -21.5729]
t.wcs.crpix = [150.5, 150.5]
t.wcs.cdelt = [-1.8 / 3600, 1.8 / 3600]
th = t.to_header()
th.insert(0, ("NAXIS", 2))
th.insert(1, ("NAXIS1", 300))
th.insert(2, ("NAXIS2", 300))
th.totextfile(out / "target_galactic.hdr", overwrite=True)
print("wrote", out)
