"""Shared fixtures and helpers for skywarp's oracle tests (one copy of each, imported by the test modules
with ``from conftest import ...``).

The oracle is the real astropy / reproject installed from PyPI into the test venv; the thing under test is
the real `skywarp` binary built by cargo (release profile), found through $SKYWARP_BIN or target/release.
"""
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]


def skywarp_bin() -> Path:
    env = os.environ.get("SKYWARP_BIN")
    path = Path(env) if env else REPO / "target" / "release" / "skywarp"
    if not path.exists():
        pytest.fail(f"skywarp binary not found at {path}: run `cargo build --release -p skywarp-cli` first")
    return path


def run_skywarp(*args, input=None, check=True, timeout=600):
    """Run the skywarp CLI; returns the CompletedProcess (text mode)."""
    proc = subprocess.run(
        [str(skywarp_bin()), *map(str, args)],
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"skywarp {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def astropy_wcs_data() -> Path:
    import astropy

    return Path(astropy.__file__).parent / "wcs" / "tests" / "data"


@pytest.fixture(scope="session")
def reproject_data() -> Path:
    import reproject

    return Path(reproject.__file__).parent / "tests" / "data"


def assert_matches(got, ref, max_in, order="bilinear", label=""):
    """skywarp's result against the oracle's: arrays, or ``(array, footprint)`` pairs (then the footprints
    must be equal). Same NaN and ±inf pattern; finite values within 1e-6 of the input's largest magnitude
    (for nearest-neighbour: at most 0.1% of pixels differ, ties at exact half-pixel positions)."""
    if isinstance(ref, tuple):
        (got, fp_got), (ref, fp_ref) = got, ref
    else:
        fp_got = fp_ref = None
    got, ref = np.asarray(got, dtype=float), np.asarray(ref, dtype=float)
    assert got.shape == ref.shape, f"{label}: shape {got.shape} != {ref.shape}"
    nan_got, nan_ref = np.isnan(got), np.isnan(ref)
    assert np.array_equal(nan_got, nan_ref), f"{label}: NaN pattern differs ({nan_got.sum()} vs {nan_ref.sum()})"
    assert np.array_equal(np.isposinf(got), np.isposinf(ref)), f"{label}: +inf pattern differs"
    assert np.array_equal(np.isneginf(got), np.isneginf(ref)), f"{label}: -inf pattern differs"
    if fp_ref is not None:
        assert np.array_equal(np.asarray(fp_got), np.asarray(fp_ref)), f"{label}: footprint differs"
    ok = np.isfinite(ref)
    diff = np.abs(got[ok] - ref[ok])
    if order in ("nearest-neighbor", 0):
        frac = np.mean(diff > 1e-6 * max_in) if diff.size else 0.0
        assert frac <= 1e-3, f"{label}: {frac:.2%} of pixels picked differently"
    else:
        worst = diff.max(initial=0.0)
        assert worst <= 1e-6 * max_in, f"{label}: max|diff| {worst:.3g} > 1e-6 * {max_in:.3g}"


def tan_wcs(n, rot=0.0, shift=0.0, crval=(150.0, 2.0), cdelt=1 / 3600):
    """A TAN WCS for an n x n image: reference pixel near the centre (moved by ``shift``), rotated by
    ``rot`` degrees."""
    from astropy.wcs import WCS

    w = WCS(naxis=2)
    w.wcs.ctype = ["RA---TAN", "DEC--TAN"]
    w.wcs.crval = list(crval)
    w.wcs.crpix = [n / 2 + shift, n / 2 - shift / 2]
    w.wcs.cdelt = [-cdelt, cdelt]
    c, s = np.cos(np.radians(rot)), np.sin(np.radians(rot))
    w.wcs.pc = [[c, -s], [s, c]]
    return w


def write_fits(path, data, dtype=np.float32, **cards):
    """Write ``data`` as ``dtype`` to a FITS file with header ``cards`` (None values left out)."""
    from astropy.io import fits

    h = fits.Header()
    for k, v in cards.items():
        if v is not None:
            h[k] = v
    fits.writeto(path, np.asarray(data).astype(dtype), h, overwrite=True)
    return path


def both(*args, **kwargs):
    """``reproject_interp`` of skywarp and of reproject (the oracle) called with the same arguments."""
    import reproject
    import skywarp

    return skywarp.reproject_interp(*args, **kwargs), reproject.reproject_interp(*args, **kwargs)


def pytest_configure(config):
    # reproject's test modules (imported for their reference headers and tables) use this mark
    config.addinivalue_line("markers", "remote_data: test uses remote data (pytest-remotedata)")
