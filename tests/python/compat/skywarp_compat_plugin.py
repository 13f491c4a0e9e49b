"""pytest plugin: run reproject's own test suite with skywarp's ``reproject_interp``, ``reproject_adaptive``
and ``reproject_exact`` in place of reproject's.

Loaded with ``-p skywarp_compat_plugin`` by ``run_reproject_suite.py``. At import — before pytest imports
reproject's test modules — every place reproject's tests get ``reproject_interp`` / ``reproject_adaptive`` /
``reproject_exact`` from is pointed at skywarp's; after collection the test modules' own globals are patched too (including
``_reproject_celestial``, the core function reproject's exact tests call directly).
Tests that need files from astropy's data server (no network here) run on local stand-ins instead, unless
the files are in astropy's download cache: ``gc_msx_e.fits`` (the input) becomes reproject's own
``galactic_2d.fits`` and ``gc_2mass_k.fits`` (whose header is the target) the same image with an
equatorial TAN header. The tests using them compare skywarp's blocked/parallel runs with its single
call, so the stand-ins test the same thing.
"""

import functools
import os
import sys

import reproject
import reproject.interpolation
import reproject.interpolation._high_level
import reproject.adaptive
import reproject.adaptive._high_level
import reproject.spherical_intersect
import reproject.spherical_intersect._core
import reproject.spherical_intersect._high_level
import skywarp

ORIGINAL = reproject.interpolation._high_level.reproject_interp
ORIGINAL_ADAPTIVE = reproject.adaptive._high_level.reproject_adaptive
ORIGINAL_EXACT = reproject.spherical_intersect._high_level.reproject_exact
ORIGINAL_CELESTIAL = reproject.spherical_intersect._core._reproject_celestial
CALLS = {"reproject_interp": 0, "reproject_adaptive": 0, "reproject_exact": 0}


@functools.wraps(skywarp.reproject_interp)
def _counted(*args, **kwargs):
    CALLS["reproject_interp"] += 1
    return skywarp.reproject_interp(*args, **kwargs)


@functools.wraps(skywarp.reproject_adaptive)
def _counted_adaptive(*args, **kwargs):
    CALLS["reproject_adaptive"] += 1
    return skywarp.reproject_adaptive(*args, **kwargs)


@functools.wraps(skywarp.reproject_exact)
def _counted_exact(*args, **kwargs):
    CALLS["reproject_exact"] += 1
    return skywarp.reproject_exact(*args, **kwargs)


def _celestial(array, wcs_in, wcs_out, shape_out, array_out=None, output_footprint=None, return_footprint=True):
    """reproject's ``_reproject_celestial(array, wcs_in, wcs_out, shape_out, ...)`` through skywarp."""
    return _counted_exact(
        (array, wcs_in),
        wcs_out,
        shape_out=shape_out,
        output_array=array_out,
        output_footprint=output_footprint,
        return_footprint=return_footprint,
    )


# SKYWARP_COMPAT_BASELINE=1 runs the same selection against reproject itself (for comparison).
BASELINE = os.environ.get("SKYWARP_COMPAT_BASELINE") == "1"
SUBSTITUTE = ORIGINAL if BASELINE else _counted
SUBSTITUTE_ADAPTIVE = ORIGINAL_ADAPTIVE if BASELINE else _counted_adaptive
SUBSTITUTE_EXACT = ORIGINAL_EXACT if BASELINE else _counted_exact
SUBSTITUTE_CELESTIAL = ORIGINAL_CELESTIAL if BASELINE else _celestial
# module attribute -> (reproject's function, skywarp's stand-in)
SUBSTITUTES = {
    "reproject_interp": (ORIGINAL, SUBSTITUTE),
    "reproject_adaptive": (ORIGINAL_ADAPTIVE, SUBSTITUTE_ADAPTIVE),
    "reproject_exact": (ORIGINAL_EXACT, SUBSTITUTE_EXACT),
    "_reproject_celestial": (ORIGINAL_CELESTIAL, SUBSTITUTE_CELESTIAL),
}

for _mod in (reproject, reproject.interpolation, reproject.interpolation._high_level):
    _mod.reproject_interp = SUBSTITUTE
for _mod in (reproject, reproject.adaptive, reproject.adaptive._high_level):
    _mod.reproject_adaptive = SUBSTITUTE_ADAPTIVE
for _mod in (reproject, reproject.spherical_intersect, reproject.spherical_intersect._high_level):
    _mod.reproject_exact = SUBSTITUTE_EXACT

REMOTE = ("galactic_center/gc_2mass_k.fits", "galactic_center/gc_msx_e.fits")
_STANDINS = {}


def _standin(name, tmpdir):
    """A local file standing in for one of astropy's remote test files: the input (gc_msx_e) is
    reproject's galactic_2d.fits as float64 (like the original's pixels); the target (gc_2mass_k) an
    equatorial TAN image of the original's 720x721 shape covering the same region."""
    if name not in _STANDINS:
        import os

        import numpy as np
        from astropy.io import fits
        from astropy.utils.data import get_pkg_data_filename

        src = get_pkg_data_filename("data/galactic_2d.fits", package="reproject.tests")
        with fits.open(src) as hdul:
            header = hdul[0].header.copy()
            data = hdul[0].data.astype(np.float64)
        if name.endswith("gc_msx_e.fits"):
            path = os.path.join(tmpdir, "gc_msx_e_standin.fits")
            fits.writeto(path, data, header, overwrite=True)
        else:
            ny, nx = 720, 721
            scale = abs(header["CDELT1"]) * data.shape[1] / 600.0
            h = fits.Header()
            h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
            h["CRVAL1"], h["CRVAL2"] = 266.39311, -28.939779
            h["CRPIX1"], h["CRPIX2"] = (nx + 1) / 2, (ny + 1) / 2
            h["CDELT1"], h["CDELT2"] = -scale, scale
            h["CUNIT1"], h["CUNIT2"] = "deg", "deg"
            path = os.path.join(tmpdir, "gc_2mass_k_standin.fits")
            fits.writeto(path, np.zeros((ny, nx), dtype=np.float32), h, overwrite=True)
        _STANDINS[name] = path
    return _STANDINS[name]


def _patch_remote_data(mod, tmpdir):
    from astropy.utils.data import is_url_in_cache

    original = getattr(mod, "get_pkg_data_filename", None)
    if original is None or getattr(original, "_skywarp_standin", False):
        return

    package = mod.__name__.rpartition(".")[0]

    def get_pkg_data_filename(name, *args, **kwargs):
        if name in REMOTE and not is_url_in_cache(f"http://data.astropy.org/{name}"):
            return _standin(name, tmpdir)
        if not args:
            # resolve names relative to the test module's package, as the unwrapped call would
            kwargs.setdefault("package", package)
        return original(name, *args, **kwargs)

    get_pkg_data_filename._skywarp_standin = True
    mod.get_pkg_data_filename = get_pkg_data_filename


def pytest_configure(config):
    config.addinivalue_line("markers", "remote_data: test uses remote data (pytest-remotedata)")
    config.addinivalue_line("markers", "array_compare: reference array comparison (pytest-arraydiff)")


def pytest_collection_modifyitems(session, config, items):
    tmpdir = (
        str(config._tmp_path_factory.mktemp("standins")) if hasattr(config, "_tmp_path_factory") else None
    )
    if tmpdir is None:
        import tempfile

        tmpdir = tempfile.mkdtemp(prefix="skywarp-compat-")
    for mod in list(sys.modules.values()):
        name = getattr(mod, "__name__", "") or ""
        if name.startswith("reproject.") and ".tests" in name:
            for attr, (original, substitute) in SUBSTITUTES.items():
                if getattr(mod, attr, None) is original:
                    setattr(mod, attr, substitute)
            if name == "reproject.interpolation.tests.test_core":
                _patch_remote_data(mod, tmpdir)


def pytest_report_header(config):
    target = "reproject's own (baseline)" if BASELINE else "skywarp's"
    return [
        f"skywarp compatibility run: reproject_interp, reproject_adaptive, reproject_exact -> {target} "
        f"(skywarp {skywarp.__version__}, reproject {reproject.__version__})"
    ]


def pytest_terminal_summary(terminalreporter):
    if not BASELINE:
        for name, n in CALLS.items():
            terminalreporter.write_line(f"skywarp.{name} was called {n} times")
