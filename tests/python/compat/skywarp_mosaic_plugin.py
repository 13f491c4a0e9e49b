"""pytest plugin: run reproject's own mosaicking tests with skywarp's ``reproject_and_coadd``,
``find_optimal_celestial_wcs`` and ``reproject_interp`` in place of reproject's.

Loaded with ``-p skywarp_mosaic_plugin`` by ``run_reproject_suite.py --suite mosaic``. Before pytest
imports reproject's test modules, reproject's public names are pointed at skywarp's functions (so
``reproject_function=reproject_interp`` in those tests is skywarp's, run natively by the engine); after
collection the test modules' own globals are patched too. ``reproject_exact`` stays reproject's, so
those parametrizations exercise skywarp's generic path (any callable as ``reproject_function``).
``SKYWARP_COMPAT_BASELINE=1`` runs the same selection against reproject itself.
"""

import os
import sys

import reproject
import reproject.mosaicking
import reproject.mosaicking._coadd
import reproject.mosaicking._wcs_helpers
import skywarp
import skywarp.mosaicking

BASELINE = os.environ.get("SKYWARP_COMPAT_BASELINE") == "1"
SUBSTITUTES = {
    "reproject_and_coadd": (reproject.mosaicking._coadd.reproject_and_coadd, skywarp.mosaicking.reproject_and_coadd),
    "find_optimal_celestial_wcs": (
        reproject.mosaicking._wcs_helpers.find_optimal_celestial_wcs,
        skywarp.mosaicking.find_optimal_celestial_wcs,
    ),
    "reproject_interp": (reproject.reproject_interp, skywarp.reproject_interp),
}


def _patch(mod):
    for name, (original, substitute) in SUBSTITUTES.items():
        if getattr(mod, name, None) is original:
            setattr(mod, name, substitute)


if not BASELINE:
    for _mod in (reproject, reproject.mosaicking, reproject.mosaicking._coadd, reproject.mosaicking._wcs_helpers):
        _patch(_mod)


def pytest_collection_modifyitems(session, config, items):
    if BASELINE:
        return
    for mod in list(sys.modules.values()):
        name = getattr(mod, "__name__", "") or ""
        if name.startswith("reproject.") and ".tests" in name:
            _patch(mod)


def pytest_report_header(config):
    target = "reproject's own (baseline)" if BASELINE else "skywarp's"
    return [f"skywarp mosaic compatibility run: reproject_and_coadd etc. -> {target} "
            f"(skywarp {skywarp.__version__}, reproject {reproject.__version__})"]
