"""skywarp: astropy reproject's ``reproject_interp``, ``reproject_adaptive`` and ``reproject_exact``, computed by a Rust engine — far faster, without
holding the GIL, safe in threads, processes and dask.distributed, and in bounded memory.

>>> from skywarp import reproject_interp          # doctest: +SKIP
>>> array, footprint = reproject_interp(hdu, header_out)  # doctest: +SKIP

``skywarp.reproject_interp`` and ``skywarp.reproject_adaptive`` take reproject 0.21's arguments and return
its results (to floating-point rounding and the coordinate grid's tolerance; see their docstrings). The computation runs in Rust with the GIL released; Ctrl-C interrupts it.
Every call builds its own worker pool and tears it down at the end; no pool or lock persists between
calls, so forking the process later (multiprocessing, dask's processes scheduler) is safe.

``skywarp.calibration`` has eloy's ``master_bias`` / ``master_dark`` / ``master_flat`` / ``calibrate`` (computed
in Rust) and ``calibrate_files`` (many FITS files in parallel); ``skywarp.utils.share_data`` shares arrays
between processes through read-only memory-mapped files.
"""

from ._core import __version__
from ._errors import (
    CalibrationWarning,
    CancelledError,
    FitsError,
    InvalidOrderError,
    IoError,
    ShapeError,
    SkywarpError,
    SkywarpValueError,
    UnsupportedError,
    SkywarpWarning,
    WcsError,
)
from ._exact import reproject_exact
from ._interp import reproject_interp
from ._adaptive import reproject_adaptive
from . import calibration, mosaicking, utils
from .mosaicking import find_optimal_celestial_wcs, reproject_and_coadd

__all__ = [
    "reproject_interp",
    "reproject_exact",
    "reproject_adaptive",
    "reproject_and_coadd",
    "find_optimal_celestial_wcs",
    "mosaicking",
    "SkywarpError",
    "SkywarpValueError",
    "ShapeError",
    "WcsError",
    "UnsupportedError",
    "IoError",
    "FitsError",
    "CancelledError",
    "InvalidOrderError",
    "SkywarpWarning",
    "CalibrationWarning",
    "__version__",
    "calibration",
    "utils",
]
