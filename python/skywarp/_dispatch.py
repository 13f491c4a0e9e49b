"""The one dispatcher behind every reprojection function (``reproject_interp`` today; ``reproject_adaptive``
and ``reproject_exact`` plug in the same way).

Everything that does not depend on the algorithm happens here, once, with reproject's rules and messages:
input parsing (file names and Paths, HDUList + ``hdu_in``, Primary/Image/CompImage HDUs, ``(array, Header
or WCS)`` with numpy or dask arrays, NDData), output parsing (a Header, a WCS with ``shape_out`` or
``array_shape``, a file name; ``output_array`` / ``output_footprint`` including ``np.memmap`` and the data of
FITS files opened for update), broadcasting of extra leading axes, ``block_size``, ``parallel`` (threads or
``'current-scheduler'``), ``return_type='dask'``, ``dask_method`` and ``progress_bar``.

How a new reprojection function plugs in
-----------------------------------------
1. **One Python wrapper** (its own module, e.g. ``_adaptive.py``, exported from ``__init__.py``): it takes
   reproject's signature, validates the options that are its own (turning names into the values the engine
   takes, raising reproject's errors), and returns
   ``reproject(input_data, output_projection, method="adaptive", options={...}, **the common arguments)``.
   ``options`` is a flat dict of ints, floats, bools and strings (it travels in the picklable
   :class:`~skywarp._engine.Plan` to dask workers).
2. **One branch in the binding** (``crates/skywarp-python/src/kernels.rs``): ``Method::parse`` turns
   ``method`` and ``options`` into the Rust kernel (unknown option names are an error there), and
   ``Method::run`` runs it through the engine's executor.

The footprint each function returns is the one its kernel produced (0/1 for interpolation, fractional
for exact overlap), unchanged, for numpy and dask outputs alike.
"""

import contextlib
import logging
import numbers
import operator
import tempfile

import numpy as np

from . import _core
from ._engine import Plan, progress_total, run
from ._errors import SkywarpValueError, UnsupportedError
from ._inputs import is_dask_array, parse_input_data, parse_output_projection
from ._progress import progress
from ._wcs import EngineWcs, engine_wcs, validate_wcs

__all__ = ["reproject"]

# reproject logs whether broadcasting is used, and how it parallelises, under this name; a drop-in logs
# the same records there, so logging set up for reproject (or tests asserting on it) sees them
reproject_log = logging.getLogger("reproject._common")


def reproject(
    input_data,
    output_projection,
    shape_out=None,
    hdu_in=0,
    *,
    method,
    options,
    output_array=None,
    output_footprint=None,
    return_footprint=True,
    block_size=None,
    parallel=False,
    return_type=None,
    dask_method=None,
    progress_bar=None,
    roundtrip_coords=True,
    coord_tolerance=None,
    check_input_wcs=None,
):
    """Reproject ``input_data`` onto ``output_projection`` with the engine's ``method`` kernel, configured
    by ``options``; every other argument is reproject's (see ``reproject_interp``'s docstring).
    ``check_input_wcs``, if given, is called with the parsed input WCS before anything else is checked
    (a method's own restriction, raised with its own message, as reproject does)."""
    array_in, wcs_in, header_in = parse_input_data(input_data, hdu_in=hdu_in)
    wcs_out, shape_out, header_out = parse_output_projection(
        output_projection, shape_in=array_in.shape, shape_out=shape_out, output_array=output_array
    )
    if check_input_wcs is not None:
        check_input_wcs(wcs_in)
    if coord_tolerance is None:
        coord_tolerance = _core.DEFAULT_TOLERANCE
    coord_tolerance = float(coord_tolerance)
    if not coord_tolerance >= 0:
        raise SkywarpValueError(f"coord_tolerance must be >= 0, got {coord_tolerance}")
    return_type, dask_method = _check_return_type(return_type, dask_method)
    _check_output_arrays(output_array, output_footprint, shape_out, array_in.dtype)

    direct = block_size is None and parallel is False
    if direct and return_type == "dask":
        raise SkywarpValueError(
            "Output cannot be returned as dask arrays "
            "when parallel=False and no block size has "
            "been specified"
        )
    _check_parallel(parallel)
    _check_block_size(block_size)

    nwcs = wcs_in.low_level_wcs.pixel_n_dim
    broadcasting = nwcs < len(shape_out)
    chunks_spec = block_size if direct else _chunks_spec(block_size, shape_out, nwcs, broadcasting)

    # reproject validates inside its core function; here it happens up front, for every path
    validate_wcs(wcs_in, wcs_out, array_in.shape, shape_out)
    if nwcs not in (2, 3):
        raise UnsupportedError(
            f"{nwcs}-dimensional WCS: skywarp reprojects 2-D images and 3-D cubes (with any number of "
            "leading broadcast axes)"
        )
    if any(s == 0 for s in shape_out[-nwcs:]):
        raise SkywarpValueError(f"shape_out {tuple(shape_out)} has a zero-length image axis")

    plan = _plan(method, options, (wcs_in, header_in), (wcs_out, header_out), roundtrip_coords, coord_tolerance)
    empty = any(s == 0 for s in array_in.shape)

    if return_type == "dask":
        if empty:
            return _empty_result_dask(shape_out, chunks_spec, return_footprint)
        from . import _dask

        result = _dask.build(plan, array_in, shape_out, nwcs, chunks_spec, broadcasting, _dask.scratch_dir())
        return (result[0], result[1]) if return_footprint else result[0]

    array_out = output_array if output_array is not None else np.zeros(shape_out, dtype=float)
    if return_footprint and output_footprint is None:
        output_footprint = np.zeros(shape_out, dtype=float)
    footprint = output_footprint if return_footprint else None

    if empty:
        # nothing to sample (reproject returns NaN and a zero footprint too)
        array_out[...] = np.nan
        if footprint is not None:
            footprint[...] = 0
    else:
        _compute(plan, array_in, shape_out, array_out, footprint, parallel, nwcs, chunks_spec, broadcasting,
                 progress_bar)
    if return_footprint:
        return array_out, output_footprint
    return array_out


def _plan(method, options, side_in, side_out, roundtrip, tolerance):
    """The engine plan: FITS WCS the engine maps itself, or the generic path (:mod:`skywarp._generic`)
    for WCS with no FITS form (gwcs, ...) and FITS WCS in celestial frames the engine does not know."""
    common = dict(options=tuple(sorted(options.items())), roundtrip=bool(roundtrip), tolerance=tolerance)
    try:
        ew_in, ew_out = engine_wcs(*side_in), engine_wcs(*side_out)
        unknown = _core.unknown_frames(
            ew_in.cards, ew_out.cards, list(ew_in.tables) or None, list(ew_out.tables) or None
        )
    except UnsupportedError:
        unknown = True
    if unknown is None:
        return Plan(method=method, wcs_in=ew_in, wcs_out=ew_out, **common)
    if method == "exact":
        raise UnsupportedError(
            "reproject_exact needs WCS that can be written as FITS headers in celestial frames skywarp "
            "knows (it intersects pixel corners on the sphere); reproject_interp and reproject_adaptive "
            f"take this WCS ({type(side_in[0]).__name__} -> {type(side_out[0]).__name__})"
        )
    from ._generic import PixelMapping

    mapping = PixelMapping(side_out[0], side_in[0], roundtrip)
    placeholder = EngineWcs("", None, mapping.naxis)
    return Plan(method=method, wcs_in=placeholder, wcs_out=placeholder, mapping=mapping, **common)


def _compute(plan, array_in, shape_out, array_out, footprint, parallel, nwcs, chunks_spec, broadcasting,
             progress_bar):
    """Fill the numpy outputs: one engine call, or chunk by chunk on the current dask scheduler."""
    with contextlib.ExitStack() as stack:
        if is_dask_array(array_in):
            from . import _dask

            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="skywarp-"))
            array_in = _dask.stage(array_in, tmp)

        if parallel == "current-scheduler":
            from . import _dask

            # chunks are stored into the outputs between batches of tasks that read the input: the
            # engine's borrows cover one task, not the whole computation, so check here
            _check_not_shared(array_in, array_out, footprint)
            result = _dask.build(plan, array_in, shape_out, nwcs, chunks_spec, broadcasting, None)
            total = int(np.prod(result.numblocks[1:]))
            with progress(progress_bar, total) as tick:
                _dask.compute_into(result, array_out, footprint, progress=tick)
        else:
            # one engine call for the whole output: its own blocks (results do not depend on them)
            total = progress_total(plan, shape_out) if progress_bar else 0
            with progress(progress_bar, total) as tick:
                run(plan, array_in, shape_out, array_out, footprint, threads=_threads(parallel), progress=tick)
        array_in = None


def _shares(a, b):
    return b is not None and np.may_share_memory(a, b) and np.shares_memory(a, b)


def _check_not_shared(array_in, array_out, footprint):
    """The engine's messages for outputs that share memory with the input (or with each other)."""
    if isinstance(array_in, np.ndarray) and _shares(array_in, array_out):
        raise SkywarpValueError(
            "output_array shares memory with the input array: write the result into a separate array"
        )
    if footprint is not None and (
        (isinstance(array_in, np.ndarray) and _shares(array_in, footprint)) or _shares(array_out, footprint)
    ):
        raise SkywarpValueError(
            "output_footprint shares memory with the input array or output_array: write the result into a "
            "separate array"
        )


def _check_return_type(return_type, dask_method):
    # reproject's _reproject_dispatcher: the same checks in the same order with the same messages
    if return_type is None:
        return_type = "numpy"
    elif return_type not in ("numpy", "dask"):
        raise SkywarpValueError("return_type should be set to 'numpy' or 'dask'")
    if dask_method is None:
        dask_method = "memmap"
    elif dask_method not in ("memmap", "none"):
        raise SkywarpValueError("dask_method should be set to 'memmap' or 'none'")
    return return_type, dask_method


def _check_output_arrays(array_out, footprint_out, shape_out, dtype_in):
    for arr, what in ((array_out, "output_array"), (footprint_out, "output_footprint")):
        if arr is not None and not isinstance(arr, np.ndarray):
            raise TypeError(f"{what} should be a numpy array, got {type(arr).__name__}")
    if array_out is not None:
        if array_out.shape != tuple(shape_out):
            raise SkywarpValueError(f"Output array shape {array_out.shape} should match shape_out={shape_out}")
        elif (array_out.dtype.kind, array_out.dtype.itemsize) != (dtype_in.kind, dtype_in.itemsize):
            raise SkywarpValueError(
                f"Output array dtype {array_out.dtype} should match input array dtype ({dtype_in})"
            )
    if footprint_out is not None and footprint_out.shape != tuple(shape_out):
        raise SkywarpValueError(
            f"Output footprint shape {footprint_out.shape} should match shape_out={shape_out}"
        )


def _threads(parallel):
    """Engine threads for reproject's ``parallel``: an integer limits them, anything else means all."""
    if isinstance(parallel, numbers.Integral) and not isinstance(parallel, bool) and parallel > 0:
        return int(parallel)
    return None


def _check_parallel(parallel):
    if isinstance(parallel, str):
        if parallel != "current-scheduler":
            raise SkywarpValueError(
                f"parallel should be True, False, a number of threads or 'current-scheduler', "
                f"got {parallel!r}"
            )
    elif isinstance(parallel, numbers.Integral) and not isinstance(parallel, bool) and parallel < 0:
        raise SkywarpValueError("The number of processors to use must be strictly positive")


def _check_block_size(block_size):
    """``block_size``: None, 'auto', or (a sequence of) positive integers or -1 (a whole axis) — dask's chunk
    rules, checked up front so that a zero or fractional size is one clear error, not a ZeroDivisionError
    from deep inside dask."""
    if block_size is None or (isinstance(block_size, str) and block_size == "auto"):
        return
    sizes = block_size if isinstance(block_size, (tuple, list)) else (block_size,)
    for s in sizes:
        try:
            n = operator.index(s)
        except TypeError:
            raise SkywarpValueError(
                f"block_size should be 'auto' or contain integers, got {block_size!r}"
            ) from None
        if n == 0 or n < -1:
            raise SkywarpValueError(
                f"block_size should contain positive sizes (or -1 for a whole axis), got {block_size!r}"
            )


def _chunks_spec(block_size, shape_out, nwcs, broadcasting):
    """reproject's block_size rules for broadcast inputs: the dask chunks of the output."""
    reproject_log.info(f"Broadcasting is {'' if broadcasting else 'not '}being used")
    broadcasted_parallelization = False
    chunks_spec = block_size
    if broadcasting and block_size is not None and block_size != "auto":
        if len(block_size) == len(shape_out):
            if tuple(block_size[-nwcs:]) == tuple(shape_out[-nwcs:]):
                broadcasted_parallelization = True
                chunks_spec = tuple(block_size[:-nwcs]) + (-1,) * nwcs
            else:
                for i in range(len(shape_out) - nwcs):
                    if block_size[i] != -1 and block_size[i] != shape_out[i]:
                        raise SkywarpValueError(
                            "block shape should either match output data shape along broadcasted "
                            "dimension or non-broadcasted dimensions"
                        )
        elif len(block_size) < len(shape_out):
            chunks_spec = (-1,) * (len(shape_out) - len(block_size)) + tuple(block_size)
        else:
            raise SkywarpValueError(
                f"block_size {len(block_size)} cannot have more elements "
                f"than the dimensionality of the output ({len(shape_out)})"
            )
    reproject_log.info(
        f"{'P' if broadcasted_parallelization else 'Not p'}arallelizing along "
        f"broadcasted dimension ({block_size=}, {shape_out=})"
    )
    return chunks_spec


def _empty_result_dask(shape_out, chunks_spec, return_footprint):
    """Lazy NaN values and zero footprint for an input with no pixels."""
    import dask.array as da

    chunks = "auto" if chunks_spec is None else chunks_spec
    values = da.full(shape_out, np.nan, chunks=chunks)
    if return_footprint:
        return values, da.zeros(shape_out, chunks=chunks)
    return values
