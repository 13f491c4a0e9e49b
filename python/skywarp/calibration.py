"""CCD calibration with eloy's API (``eloy.calibration``, 0.0.11b0), computed by skywarp's Rust engine.

>>> from skywarp import calibration                                    # doctest: +SKIP
>>> bias = calibration.master_bias(files=biases)                       # doctest: +SKIP
>>> dark = calibration.master_dark(files=darks, bias=bias)             # doctest: +SKIP
>>> flat = calibration.master_flat(files=flats, bias=bias, dark=dark)  # doctest: +SKIP
>>> image = calibration.calibrate(raw, exposure=t, bias=bias, dark=dark, flat=flat)  # doctest: +SKIP

:func:`master_bias`, :func:`master_dark`, :func:`master_flat` and :func:`calibrate` take eloy's arguments
(``files=``, ``fun_load=``, ``fun_exp=``, ...) and return what eloy returns: numpy arrays of the dtype eloy
would give, holding eloy's values to float32 rounding:

* bias: ``nanmedian(b_i)``;
* dark: ``nanmedian((d_i - bias) / t_i)`` (a rate per second);
* flat: ``nanmedian(r_i / mean(r_i))``, ``r_i = f_i - bias - dark * t_i``;
* calibrated: ``(data - (dark * exposure + bias)) / flat``, negative and non-finite values set to -1.

With the default ``fun_load`` and ``fun_exp`` the frames never enter Python: the engine maps each file,
reads it once, band by band within a memory budget, on all cores, without the GIL. With a custom
``fun_load`` the frames are loaded in Python and combined by the engine from memory. :func:`calibrate`
runs on arrays in Rust without the GIL, and :func:`calibrate_files` calibrates a list of FITS files in
parallel into a directory, with a progress bar.

Differences from eloy, all deliberate:

* arithmetic is float32 (eloy computes in float64 when its inputs are integers or float64): results agree
  to ~1e-7 relative; integer frames are exact up to 2**24;
* a reduced flat is normalised by the mean of its *finite* pixels (eloy's ``np.mean`` turns a flat with one
  NaN pixel entirely into NaN);
* the default ``fun_load`` reads the first HDU holding an image (``fits.getdata``), so compressed
  (``.fz``) files work; eloy reads the primary HDU;
* ``files`` must not be empty (eloy fails inside numpy).
"""

import numbers
import os
import threading
import warnings
from collections import OrderedDict, namedtuple

import numpy as np
from astropy.io import fits

from . import _core
from ._errors import CalibrationWarning, SkywarpError, SkywarpValueError
from ._progress import progress as _reproject_progress
from .utils import SharedArray

__all__ = [
    "master_bias",
    "master_dark",
    "master_flat",
    "calibrate",
    "calibrate_files",
    "default_fun_load",
    "default_fun_exp",
    "CalibratedFile",
    "CalibrationFailed",
]


def default_fun_load(file):
    """Load the image of a FITS file: the first HDU holding one (:func:`astropy.io.fits.getdata`)."""
    return fits.getdata(file)


def default_fun_exp(file, key="EXPTIME"):
    """The exposure time of a FITS file: keyword ``EXPTIME`` of the HDU :func:`default_fun_load` reads."""
    with fits.open(file) as hdul:
        hdu = next((h for h in hdul if h.is_image and h.shape), hdul[0])
        return hdu.header[key]


def _is_default(fun, default, eloy_name):
    """True when ``fun`` loads/reads what the engine reads itself (ours or eloy's default)."""
    if fun is None or fun is default:
        return True
    return getattr(fun, "__module__", None) == "eloy.calibration" and getattr(fun, "__name__", None) == eloy_name


# -- dtypes: what eloy would return ------------------------------------------------------------------------

_INT_DTYPES = {8: np.uint8, 16: np.int16, 32: np.int32, 64: np.int64}


def _astropy_dtype(bitpix, bzero, bscale, blank):
    """The dtype astropy gives the data of an image HDU with these keywords."""
    if bitpix < 0:
        return np.dtype(np.float32 if bitpix == -32 else np.float64)
    if bzero == 0 and bscale == 1 and not blank:
        return np.dtype(_INT_DTYPES[bitpix])
    if bscale == 1:
        if bitpix == 8 and bzero == -128:
            return np.dtype(np.int8)
        if bitpix in (16, 32, 64) and bzero == 2 ** (bitpix - 1):
            return np.dtype(f"uint{bitpix}")
    return np.dtype(np.float64 if bitpix > 16 else np.float32)


def _proto(dtype):
    return np.ones((1, 1), dtype=dtype)


def _master_dtype(kind, frame_dtype, bias, dark, exposure):
    """eloy's result dtype, by running its formula on one pixel of each input's dtype."""
    zero = np.array([0.0])  # eloy's stand-in for a missing master
    b = zero if bias is None else np.ones(1, dtype=np.asarray(bias).dtype)
    d = zero if dark is None else np.ones(1, dtype=np.asarray(dark).dtype)
    x = _proto(frame_dtype)
    with np.errstate(all="ignore"):
        if kind == "bias":
            r = x
        elif kind == "dark":
            r = (x - b) / exposure
        else:
            r = x - b - d * exposure
        return np.nanmedian(r[None], axis=0).dtype


def _calibrated_dtype(data, exposure, dark, flat, bias):
    with np.errstate(all="ignore"):
        r = np.ones(1, dtype=data.dtype)
        sub = None
        if dark is not None:
            sub = np.ones(1, dtype=np.asarray(dark).dtype) * (1.0 if exposure is None else exposure)
        if bias is not None:
            b = np.ones(1, dtype=np.asarray(bias).dtype)
            sub = b if sub is None else sub + b
        if sub is not None:
            r = r - sub
        if flat is not None:
            r = r / np.ones(1, dtype=np.asarray(flat).dtype)
    dt = r.dtype
    return dt if dt.kind == "f" else np.dtype(np.float64)


# -- conversion to what the engine takes ------------------------------------------------------------------


def _engine_array(a):
    """A float32/float64 array in native byte order (other dtypes become float32); any strides."""
    a = np.asanyarray(a)
    if type(a) is not np.ndarray:  # memmaps (shared arrays) and other subclasses: their memory as it is
        a = a.view(np.ndarray)
    if a.dtype.kind == "f" and a.dtype.itemsize in (4, 8) and a.dtype.isnative:
        return a
    return a.astype(np.float32)


def _frame_master(m, shape, what):
    """Master ``m`` over frames of ``shape``: broadcast like eloy's numpy arithmetic would."""
    if m is None:
        return None
    m = np.asanyarray(m)
    if m.shape != tuple(shape):
        try:
            m = np.broadcast_to(m, shape)
        except ValueError:
            raise SkywarpValueError(
                f"{what} of shape {m.shape} does not fit frames of shape {tuple(shape)}"
            ) from None
    return _engine_array(m)


def _name(f):
    try:
        return os.fspath(f)
    except TypeError:
        return repr(f)


_METHOD_OPTIONS = {"sigma", "sigma_lower", "sigma_upper", "maxiters", "cenfunc", "nlow", "nhigh"}


def _method_kwargs(method, method_options):
    o = dict(method_options or {})
    unknown = set(o) - _METHOD_OPTIONS
    if unknown:
        raise TypeError(f"unknown method_options {sorted(unknown)}; known: {sorted(_METHOD_OPTIONS)}")
    sigma = float(o.get("sigma", 3.0))
    return dict(
        method=str(method).replace("-", "_"),
        sigma_lower=float(o.get("sigma_lower", sigma)),
        sigma_upper=float(o.get("sigma_upper", sigma)),
        maxiters=o.get("maxiters", 5),
        cenfunc=o.get("cenfunc", "median"),
        nlow=int(o.get("nlow", 1)),
        nhigh=int(o.get("nhigh", 1)),
    )


def _file_list(files):
    """``files`` as a list: a single file name (str, bytes or path) is one file, not a sequence of
    one-letter names."""
    if isinstance(files, (str, bytes, os.PathLike)):
        return [files]
    try:
        return list(files)
    except TypeError:
        raise TypeError(f"files should be a list of file names, got {type(files).__name__}") from None


def _positive(value, name):
    """``value`` (None or an integer >= 1) checked before it reaches Rust: a negative count is a
    ValueError, not an OverflowError from the conversion."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} should be a positive integer or None, got {value!r}")
    if value < 1:
        raise SkywarpValueError(f"{name} must be at least 1, got {value}")
    return int(value)


def _build(kind, files, fun_load, fun_exp, bias, dark, *, method, method_options, normalization,
           exposure_key, hdu, threads, memory_budget, dtype):
    files = _file_list(files)
    threads = _positive(threads, "threads")
    memory_budget = _positive(memory_budget, "memory_budget")
    if not files:
        raise SkywarpValueError(f"no {kind} frames given (files is empty)")
    engine_load = _is_default(fun_load, default_fun_load, "default_fun_load")
    engine_exp = _is_default(fun_exp, default_fun_exp, "default_fun_exp")
    hdu = None if hdu is None else str(hdu)
    kw = _method_kwargs(method, method_options)
    if engine_load:
        paths = [os.fspath(f) for f in files]
        info = _core.frames_info(paths, hdu)
        shape = tuple(info[0][0])
        frame_dtype = np.result_type(*[_astropy_dtype(*i[1:]) for i in info])
        arrays = names = None
    else:
        paths = None
        loaded = [np.asanyarray(fun_load(f)) for f in files]
        shape = loaded[0].shape
        frame_dtype = np.result_type(*[a.dtype for a in loaded])
        names = [_name(f) for f in files]
        arrays = []
        for n, a in zip(names, loaded):
            if a.ndim != 2:
                raise SkywarpValueError(f"{n}: calibration frames are 2-D images; fun_load gave shape {a.shape}")
            arrays.append(_engine_array(a))
    if len(shape) != 2:
        raise SkywarpValueError(f"{_name(files[0])}: calibration frames are 2-D images, not of shape {shape}")

    exposures = None
    proto_exposure = 1.0  # a header value: a Python float (or int), weakly typed like eloy's
    if kind != "bias":
        if not engine_exp:
            raw = [fun_exp(f) for f in files]  # eloy calls it for every dark and flat
            proto_exposure = raw[0]
            exposures = [float(t) for t in raw]
        elif not engine_load and (kind == "dark" or dark is not None):
            exposures = [float(default_fun_exp(f, exposure_key)) for f in files]
    result_dtype = np.dtype(dtype) if dtype is not None else _master_dtype(
        kind, frame_dtype, bias, dark, proto_exposure
    )
    out = _core.build_master(
        kind,
        files=paths,
        arrays=arrays,
        names=names,
        exposures=exposures,
        bias=_frame_master(bias, shape, "bias"),
        dark=_frame_master(dark, shape, "dark"),
        normalization=normalization,
        exposure_key=exposure_key,
        hdu=hdu,
        memory_budget=memory_budget,
        threads=threads,
        **kw,
    )
    return out if out.dtype == result_dtype else out.astype(result_dtype)


_BUILD_DOC = """
    method : {'median', 'mean', 'sigma_clip', 'minmax'}, optional
        How frames are combined (keyword only). eloy: ``'median'`` (``numpy.nanmedian``).
    method_options : dict, optional
        ``sigma`` (3), ``sigma_lower``, ``sigma_upper``, ``maxiters`` (5; None: until nothing changes),
        ``cenfunc`` ('median') for ``'sigma_clip'`` (astropy's ``sigma_clip``); ``nlow``, ``nhigh`` (1)
        for ``'minmax'``.
    hdu : int or str, optional
        The HDU holding the image (default: the first with data), when the engine reads the files.
    threads : int, optional
        Worker threads (default: all cores).
    memory_budget : int, optional
        Bytes the frame stack may use (default 256 MiB): larger stacks are combined band by band.
    dtype : dtype, optional
        Result dtype (default: eloy's — float32 for float32 frames and masters, float64 otherwise).
"""


def master_bias(files=None, fun_load=None, *, method="median", method_options=None, hdu=None, threads=None,
                memory_budget=None, dtype=None):
    """Master bias: the NaN-ignoring median of the bias frames (eloy's ``master_bias``).

    Parameters
    ----------
    files : list, path or None
        Paths of the bias frames. None: return ``np.array([0.0])`` (eloy's "no bias").
    fun_load : callable or None
        ``fun_load(file) -> array``. Default (:func:`default_fun_load`): the engine reads the files.
    {build}
    Returns
    -------
    np.ndarray
        The master bias.
    """
    if files is None:
        return np.array([0.0])
    return _build("bias", files, fun_load, None, None, None, method=method, method_options=method_options,
                  normalization="mean", exposure_key="EXPTIME", hdu=hdu, threads=threads,
                  memory_budget=memory_budget, dtype=dtype)


def master_dark(bias=None, files=None, fun_load=None, fun_exp=None, *, exposure_key="EXPTIME", method="median",
                method_options=None, hdu=None, threads=None, memory_budget=None, dtype=None):
    """Master dark, a rate per second: the NaN-ignoring median of ``(dark_i - bias) / t_i`` (eloy's
    ``master_dark``).

    Parameters
    ----------
    bias : np.ndarray or None
        Master bias to subtract (None: none).
    files : list, path or None
        Paths of the dark frames. None: return ``np.array([0.0])``.
    fun_load : callable or None
        ``fun_load(file) -> array``. Default (:func:`default_fun_load`): the engine reads the files.
    fun_exp : callable or None
        ``fun_exp(file) -> seconds``. Default: header keyword ``exposure_key`` (``EXPTIME``) of the image HDU.
    exposure_key : str, optional
        The keyword the default ``fun_exp`` reads (keyword only).
    {build}
    Returns
    -------
    np.ndarray
        The master dark (ADU per second).
    """
    if files is None:
        return np.array([0.0])
    return _build("dark", files, fun_load, fun_exp, bias, None, method=method, method_options=method_options,
                  normalization="mean", exposure_key=exposure_key, hdu=hdu, threads=threads,
                  memory_budget=memory_budget, dtype=dtype)


def master_flat(bias=None, dark=None, files=None, fun_load=None, fun_exp=None, *, normalization="mean",
                exposure_key="EXPTIME", method="median", method_options=None, hdu=None, threads=None,
                memory_budget=None, dtype=None):
    """Master flat: the NaN-ignoring median of ``r_i / mean(r_i)``, ``r_i = flat_i - bias - dark * t_i``
    (eloy's ``master_flat``).

    Parameters
    ----------
    bias, dark : np.ndarray or None
        Master bias and master dark (a rate) to subtract (None: none).
    files : list, path or None
        Paths of the flat frames. None: return ``np.array([1.0])``.
    fun_load : callable or None
        ``fun_load(file) -> array``. Default (:func:`default_fun_load`): the engine reads the files.
    fun_exp : callable or None
        ``fun_exp(file) -> seconds``. Default: header keyword ``exposure_key`` (read only when a dark is given).
    normalization : {{'mean', 'median'}}, optional
        What each reduced flat is divided by: its mean over finite pixels (eloy) or its median (keyword only).
    exposure_key : str, optional
        The keyword the default ``fun_exp`` reads (keyword only).
    {build}
    Returns
    -------
    np.ndarray
        The master flat (around 1).
    """
    if files is None:
        return np.array([1.0])
    return _build("flat", files, fun_load, fun_exp, bias, dark, method=method, method_options=method_options,
                  normalization=normalization, exposure_key=exposure_key, hdu=hdu, threads=threads,
                  memory_budget=memory_budget, dtype=dtype)


for _f in (master_bias, master_dark, master_flat):
    if _f.__doc__:  # None under python -OO
        _f.__doc__ = _f.__doc__.format(build=_BUILD_DOC.strip())


# -- calibrate: arrays ------------------------------------------------------------------------------------

_NEUTRAL = {"bias": 0.0, "dark": 0.0, "flat": 1.0}
_CACHE_SIZE = 2
_cache = OrderedDict()
_cache_lock = threading.Lock()


def _shared_key(m):
    """An identity for a master that cannot change (a file of :func:`skywarp.utils.share_data`), None for no
    master, False when the master is an ordinary array (not cached: it could be modified)."""
    if m is None:
        return None
    if not isinstance(m, SharedArray):
        return False
    loc = m._file_location()
    if loc is None:
        return False
    try:
        st = os.stat(loc[0])
    except OSError:
        return False
    return loc + (m.dtype.str, m.shape, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _is_neutral(m, kind):
    """A single value that changes nothing (eloy's stand-ins for missing masters)."""
    return m.size == 1 and m.ndim <= 2 and float(m.reshape(-1)[0]) == _NEUTRAL[kind]


def _engine_masters(bias, dark, flat, frame_shape):
    """The engine's masters for frames of ``frame_shape`` (cached for shared, hence immutable, masters)."""
    key = None
    keys = (_shared_key(bias), _shared_key(dark), _shared_key(flat))
    if False not in keys:
        key = (keys, frame_shape)
        with _cache_lock:
            hit = _cache.get(key)
            if hit is not None:
                _cache.move_to_end(key)
                return hit
    args = {}
    for kind, m in (("bias", bias), ("dark", dark), ("flat", flat)):
        if m is None or _is_neutral(m, kind):
            args[kind] = None
        else:
            args[kind] = _frame_master(m, frame_shape, kind)
    masters = _core.Masters(**args)
    if key is not None:
        with _cache_lock:
            _cache[key] = masters
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return masters


def _calibrate_numpy(data, exposure, dark, flat, bias, invalid):
    """eloy's formula with numpy, for inputs the engine does not take (1-D data, masters with more axes than
    a frame, arrays of exposures, non-real dtypes)."""
    zero = np.array([0.0])
    dark = zero if dark is None else dark
    bias = zero if bias is None else bias
    flat = np.array([1.0]) if flat is None else flat
    exposure = 0.0 if exposure is None else exposure
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (data - (dark * exposure + bias)) / flat
    out = np.array(out, copy=True)
    if invalid == "eloy":
        with np.errstate(invalid="ignore"):
            out[out < 0] = np.nan
        out[~np.isfinite(out)] = -1
    else:
        out[~np.isfinite(out)] = np.nan
    return out


def _engine_takes(data, exposure, masters):
    if data.ndim < 2 or data.dtype.kind not in "biuf":
        return False
    if exposure is not None and (np.ndim(exposure) != 0 or np.iscomplexobj(exposure)):
        return False
    for m in masters:
        if m is not None and (m.ndim > 2 or m.dtype.kind not in "biuf"):
            return False
    return True


def calibrate(data, exposure, dark, flat, bias, *, invalid="eloy", dtype=None):
    """Calibrate raw image data with master frames (eloy's ``calibrate``).

    ``(data - (dark * exposure + bias)) / flat``, computed in Rust (float32, the GIL released); then, with
    ``invalid='eloy'`` (eloy's convention, the default), negative and non-finite values become -1; with
    ``invalid='nan'`` (skywarp's convention) negative values are kept and non-finite values become NaN.

    Parameters
    ----------
    data : np.ndarray
        Raw image data: one frame, or several along leading axes.
    exposure : float
        Exposure time of the image (may be None when ``dark`` is None).
    dark, flat, bias : np.ndarray or None
        Master dark (a rate per second), flat and bias, of the frame's shape (or a single value, which is
        broadcast). None: no such correction. Masters shared with :func:`skywarp.utils.share_data` are
        converted for the engine once per process and reused by later calls.
    invalid : {'eloy', 'nan'}, optional
        What negative and non-finite results become (keyword only).
    dtype : dtype, optional
        Result dtype (default: eloy's, from numpy's promotion of the inputs; float32 for float32 inputs).

    Returns
    -------
    np.ndarray
        The calibrated image (a new array).
    """
    if invalid not in ("eloy", "nan"):
        raise SkywarpValueError(f"invalid must be 'eloy' or 'nan', got {invalid!r}")
    data = np.asanyarray(data)
    masters = [None if m is None else np.asanyarray(m) for m in (dark, flat, bias)]
    dark_a, flat_a, bias_a = masters
    if not _engine_takes(data, exposure, masters):
        out = _calibrate_numpy(data, exposure, dark_a, flat_a, bias_a, invalid)
        return out if dtype is None else out.astype(dtype)
    if dark_a is not None and not _is_neutral(dark_a, "dark") and exposure is None:
        raise SkywarpValueError("calibrate: an exposure time is needed to subtract a dark")
    result_dtype = np.dtype(dtype) if dtype is not None else _calibrated_dtype(data, exposure, dark, flat, bias)
    frame_shape = tuple(data.shape[-2:])
    engine = _engine_masters(bias_a, dark_a, flat_a, frame_shape)
    out = np.array(data, dtype=np.float32, order="C", copy=True, subok=False)
    _core.calibrate_array(engine, out, None if exposure is None else float(exposure), invalid)
    return out if out.dtype == result_dtype else out.astype(result_dtype)


# -- calibrate_files: files in parallel -------------------------------------------------------------------

CalibratedFile = namedtuple("CalibratedFile", ["input", "output", "status", "error"])
CalibratedFile.__doc__ = """One light of :func:`calibrate_files`: its ``input`` path, its ``output`` path, ``status``
('written', 'skipped': already up to date, 'failed') and the ``error`` message (None unless failed)."""


class CalibrationFailed(SkywarpError):
    """Some lights of :func:`calibrate_files` (``errors='raise'``) could not be calibrated; ``results`` holds
    every light's :class:`CalibratedFile`."""

    def __init__(self, message, results):
        super().__init__(message)
        self.results = results


class _UpdateBar:
    """A progress-bar object with ``update(n)`` (a ``tqdm`` instance): advanced, left open for its owner."""

    def __init__(self, bar):
        self.bar = bar

    def __call__(self, n):
        self.bar.update(n)


def _progress_hook(progress_bar, total):
    """A context manager yielding ``callback(n)`` or None. ``progress_bar``: None/False; True (tqdm); an object
    with ``update(n)`` (e.g. a ``tqdm`` instance); or a callable wrapping an iterable (e.g. ``tqdm.tqdm``,
    reproject's convention)."""
    from contextlib import nullcontext

    if progress_bar is None or progress_bar is False:
        return nullcontext(None)
    if progress_bar is True:
        from tqdm import tqdm

        progress_bar = tqdm
    if not isinstance(progress_bar, type) and callable(getattr(progress_bar, "update", None)):
        return nullcontext(_UpdateBar(progress_bar))
    if callable(progress_bar):
        return _reproject_progress(progress_bar, total)
    raise TypeError(f"progress_bar must be None, True, an object with update(n) or a callable, not {progress_bar!r}")


def _file_master(m, kind, shape_hint):
    """A master for :func:`calibrate_files`: a FITS path, None, or an array for the engine."""
    if m is None:
        return None
    if isinstance(m, (str, os.PathLike)):
        return os.fspath(m)
    m = np.asanyarray(m)
    if _is_neutral(m, kind):
        return None
    if m.ndim != 2:
        if shape_hint is None:
            raise SkywarpValueError(f"master {kind} of shape {m.shape} is not a frame")
        return _frame_master(m, shape_hint, f"master {kind}")
    return _engine_array(m)


def calibrate_files(files, out_dir, bias=None, dark=None, flat=None, *, threads=None, progress_bar=None,
                    invalid="eloy", exposure_key="EXPTIME", hdu=None, overwrite=False, variance=False,
                    gain="GAIN", read_noise="RDNOISE", bad_pixel_mask=None, write_mask=False, memory_budget=None,
                    sync=False, errors="warn"):
    """Calibrate FITS files in parallel in Rust: ``out_dir/<file name>`` for each, as float32 FITS files with
    the light's header and the provenance in HISTORY cards.

    The same computation as :func:`calibrate` on each light (exposure from its ``exposure_key`` keyword), on
    all cores without the GIL — the work of a ``multiprocessing.Pool`` of ``calibrate`` calls, without
    loading frames into Python or pickling them. Outputs appear atomically; a re-run skips lights whose
    output is up to date (same input, masters and options) unless ``overwrite``. A light that fails (missing
    or unreadable, wrong shape, no exposure time) is reported and the others go on.

    Parameters
    ----------
    files : list of path, or one path
        The lights (FITS, also compressed).
    out_dir : path
        Output directory (created if missing). Two lights with the same file name fail.
    bias, dark, flat : np.ndarray, path or None
        Masters as arrays (e.g. from :func:`master_bias` or :func:`skywarp.utils.share_data`) or FITS files
        (e.g. ``master_*.fits`` of ``skywarp calibrate``).
    threads : int, optional
        Worker threads (default: all cores).
    progress_bar : None, True, object or callable, optional
        True: a ``tqdm`` bar; an object with ``update(n)`` (a ``tqdm`` instance); or a callable wrapping an
        iterable, like ``tqdm.tqdm`` (reproject's convention). Advanced by one per finished light.
    invalid : {'eloy', 'nan'}, optional
        As in :func:`calibrate` (default eloy's: negative or non-finite -> -1; the CLI's default is 'nan').
    exposure_key : str, optional
        Header keyword with the exposure time (needed when a dark is given).
    hdu : int or str, optional
        The HDU holding the image in each light (default: the first with data).
    overwrite : bool, optional
        Recompute outputs that are already up to date.
    variance : bool, optional
        Add a ``VARIANCE`` extension with ``gain`` (e-/ADU) and ``read_noise`` (e-): numbers or header keywords.
    bad_pixel_mask : array or path, optional
        Non-zero = bad: carried into a ``MASK`` extension (bit 1; bit 2 = non-finite).
    write_mask : bool, optional
        Add the ``MASK`` extension even without a bad-pixel mask.
    memory_budget : int, optional
        Bytes of band buffers all workers may use together (default 256 MiB).
    sync : bool, optional
        fsync each output before it is renamed into place.
    errors : {'warn', 'raise', 'ignore'}, optional
        After all lights are processed: warn about failed lights (default), raise :class:`CalibrationFailed`,
        or say nothing. Failures are in the results in every case.

    Returns
    -------
    list of CalibratedFile
        One per light, in order: ``(input, output, status, error)``.
    """
    if errors not in ("warn", "raise", "ignore"):
        raise SkywarpValueError(f"errors must be 'warn', 'raise' or 'ignore', got {errors!r}")
    files = _file_list(files)
    threads = _positive(threads, "threads")
    memory_budget = _positive(memory_budget, "memory_budget")
    paths = [os.fspath(f) for f in files]
    out_dir = os.fspath(out_dir)
    hdu = None if hdu is None else str(hdu)
    shape_hint = None
    for m in (bias, dark, flat):
        if m is not None and not isinstance(m, (str, os.PathLike)) and np.ndim(m) == 2:
            shape_hint = np.shape(m)
            break
    if shape_hint is None and paths and any(
        m is not None and not isinstance(m, (str, os.PathLike)) and np.size(m) == 1 for m in (bias, dark, flat)
    ):
        try:
            shape_hint = tuple(_core.frames_info(paths[:1], hdu)[0][0])
        except Exception:  # the first light is unreadable: it fails on its own below
            shape_hint = None
    masters = _core.Masters(
        _file_master(bias, "bias", shape_hint),
        _file_master(dark, "dark", shape_hint),
        _file_master(flat, "flat", shape_hint),
        fingerprint=True,
        exposure_key=exposure_key,
        hdu=hdu,
    )
    mask = bad_pixel_mask
    if mask is not None and not isinstance(mask, (str, os.PathLike)):
        m = np.asanyarray(mask)
        with np.errstate(invalid="ignore"):
            mask = np.ascontiguousarray((m != 0) | (np.isnan(m) if m.dtype.kind == "f" else False), dtype=np.uint8)
    elif mask is not None:
        mask = os.fspath(mask)
    os.makedirs(out_dir, exist_ok=True)
    with _progress_hook(progress_bar, len(paths)) as tick:
        raw = _core.calibrate_files(
            paths,
            out_dir,
            masters,
            exposure_key=exposure_key,
            invalid=invalid,
            variance=variance,
            gain=gain,
            read_noise=read_noise,
            bad_pixel_mask=mask,
            write_mask=write_mask,
            hdu=hdu,
            overwrite=overwrite,
            memory_budget=memory_budget,
            sync=sync,
            threads=threads,
            progress=tick,
            interruptible=threading.current_thread() is threading.main_thread(),
        )
    results = [CalibratedFile(f, out, status, err) for f, (out, status, err) in zip(files, raw)]
    failed = [r for r in results if r.status == "failed"]
    if failed and errors != "ignore":
        lines = "\n".join(f"  {r.error}" for r in failed[:20])
        more = f"\n  ... and {len(failed) - 20} more" if len(failed) > 20 else ""
        msg = f"{len(failed)} of {len(results)} light(s) could not be calibrated:\n{lines}{more}"
        if errors == "raise":
            raise CalibrationFailed(msg, results)
        warnings.warn(msg, CalibrationWarning, stacklevel=2)
    return results
