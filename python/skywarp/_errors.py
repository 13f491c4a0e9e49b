"""skywarp's exceptions.

Every error skywarp raises on its own account derives from :class:`SkywarpError`, and also from the
builtin exception reproject raises in the same situation, so code written for reproject keeps working:
``except ValueError`` and ``pytest.raises(ValueError, match=...)`` catch skywarp's validation errors, whose
messages are reproject's, word for word.
"""

__all__ = [
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
]


class SkywarpError(Exception):
    """Base class of all skywarp errors."""


class SkywarpValueError(SkywarpError, ValueError):
    """Invalid arguments (reproject raises ValueError with the same message)."""


class ShapeError(SkywarpValueError):
    """Arrays whose shapes do not fit together."""


class WcsError(SkywarpValueError):
    """A header or WCS that cannot be parsed or used."""


class UnsupportedError(SkywarpError, NotImplementedError):
    """A valid request that skywarp does not handle (reproject might): e.g. a WCS that cannot be written
    as a FITS header, a celestial frame the engine does not know, interpolation order 4 or 5."""


class IoError(SkywarpError, OSError):
    """Reading or writing a file failed in the operating system (missing file, permission denied, disk
    full, ...). ``errno`` is set when the system gave one, e.g. ``errno.ENOSPC``."""


class FitsError(IoError):
    """A FITS file that cannot be read or written: malformed (astropy raises OSError too) or failing
    in the operating system (then ``errno`` is set)."""


class CancelledError(SkywarpError):
    """The engine was asked to stop."""


class InvalidOrderError(SkywarpError, KeyError):
    """An unknown interpolation order name (reproject raises KeyError)."""


class SkywarpWarning(Warning):
    """Base class of skywarp's warnings (its test suite turns them into errors where not expected)."""


class CalibrationWarning(SkywarpWarning, RuntimeWarning):
    """Some lights given to ``calibration.calibrate_files`` could not be calibrated."""
