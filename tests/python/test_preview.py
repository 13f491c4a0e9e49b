"""`skywarp preview`: the PNG quick-look (block average, asinh stretch, north up, NaN black)."""
import numpy as np
import pytest
from astropy.io import fits

from conftest import run_skywarp

Image = pytest.importorskip("PIL.Image")


def test_preview_downsamples_stretches_and_flips(tmp_path):
    img = np.full((100, 200), 10.0, np.float32)
    img[:4, :4] = 1000.0  # FITS bottom-left corner: bright
    img[96:, 196:] = np.nan  # top-right corner: no data
    src = tmp_path / "in.fits"
    fits.PrimaryHDU(img).writeto(src)
    png = tmp_path / "q.png"
    proc = run_skywarp("preview", src, "-o", png, "--size", "64")
    assert "4x4 block average" in proc.stderr
    with Image.open(png) as im:
        assert im.mode == "L" and im.size == (50, 25)
        a = np.asarray(im)
    assert a[-1, 0] == 255, "FITS row 1 is drawn at the bottom"
    assert a[0, -1] == 0, "an all-NaN block is black"
    assert a[10, 10] == 0, "the background sits at the low percentile"


def test_preview_of_a_reprojection_and_bad_input(tmp_path, reproject_data):
    png = tmp_path / "g.png"
    run_skywarp("preview", reproject_data / "galactic_2d.fits", "-o", png)
    with Image.open(png) as im:
        assert im.size == (43, 43) and np.asarray(im).std() > 10
    proc = run_skywarp("preview", reproject_data / "galactic_2d.fits", "-o", tmp_path / "x.png", "--plane", "3",
                       check=False)
    assert proc.returncode != 0 and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()
