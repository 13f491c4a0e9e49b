"""``reproject_interp``: reproject's function of that name, computed by the skywarp engine."""

import contextlib
import logging
import numbers
import tempfile

import numpy as np

from . import _core
from ._engine import Plan, progress_total, run
from ._errors import InvalidOrderError, SkywarpValueError, UnsupportedError
from ._inputs import is_dask_array, parse_input_data, parse_output_projection
from ._progress import progress
from ._wcs import engine_wcs, validate_wcs

__all__ = ["reproject_interp"]

log = logging.getLogger(__name__)

ORDER = {"nearest-neighbor": 0, "bilinear": 1, "biquadratic": 2, "bicubic": 3}


def _parse_order(order):
    if isinstance(order, str):
        if order not in ORDER:
            raise InvalidOrderError(order)
        return ORDER[order]
    if isinstance(order, numbers.Integral) and not isinstance(order, bool):
        order = int(order)
        if order < 0 or order > 5:
            # scipy.ndimage.map_coordinates' own error
            raise RuntimeError("spline order not supported")
        if order > 3:
            raise UnsupportedError(f"interpolation order {order}: skywarp supports orders 0 to 3")
        return order
    raise TypeError(f"order should be one of {sorted(ORDER)} or an integer, got {order!r}")


def reproject_interp(
    input_data,
    output_projection,
    shape_out=None,
    hdu_in=0,
    order="bilinear",
    roundtrip_coords=True,
    output_array=None,
    output_footprint=None,
    return_footprint=True,
    block_size=None,
    parallel=False,
    return_type=None,
    dask_method=None,
    *,
    progress_bar=None,
    coord_tolerance=None,
):
    """
    Reproject data to a new projection using interpolation — a drop-in replacement for
    ``reproject.reproject_interp`` (reproject 0.21): same arguments, same results (to floating-point
    rounding), same errors, computed by skywarp's Rust engine without holding the GIL.

    Parameters
    ----------
    input_data : object
        The input data to reproject:

            * the name of a FITS file as a `str` or a `pathlib.Path`
            * an `~astropy.io.fits.HDUList` (the HDU is chosen with ``hdu_in``)
            * an image HDU (`~astropy.io.fits.PrimaryHDU`, `~astropy.io.fits.ImageHDU`,
              `~astropy.io.fits.CompImageHDU`); images in FITS files are read through a memory map of
              the file, only where needed, never loaded whole
            * a tuple of a `~numpy.ndarray` or dask array and a `~astropy.io.fits.Header`, an
              `~astropy.wcs.WCS` or an APE-14 WCS wrapping one
            * an `~astropy.nddata.NDData` (e.g. ``CCDData``)
            * the name of a PNG or JPEG file with AVM metadata

        Extra leading array dimensions beyond the WCS are independent images sharing the WCS
        (broadcasting): the coordinates are computed once for all of them.
    output_projection : `~astropy.io.fits.Header`, WCS, or str
        The output grid: a header (its NAXISn give the shape), a WCS (with ``shape_out``, or with
        ``array_shape`` set), or the name of a FITS file whose primary HDU gives header and shape.
    shape_out : tuple, optional
        The output shape, with or without the broadcast dimensions.
    hdu_in : int or str, optional
        The HDU to use for FITS file and HDUList inputs.
    order : int or str, optional
        ``'nearest-neighbor'`` (0), ``'bilinear'`` (1), ``'biquadratic'`` (2) or ``'bicubic'`` (3).
    roundtrip_coords : bool
        Set to NaN the output pixels whose coordinates do not map back to themselves (to within one
        pixel), as reproject does.
    output_array, output_footprint : `~numpy.ndarray`, optional
        Arrays to write the result into: any numpy array, a `numpy.memmap`, or the data of a FITS file
        opened with ``mode='update'`` (big-endian data is written in place). The output array's dtype
        must match the input's, as in reproject.
    return_footprint : bool
        Whether to return the footprint (1 where the output is not NaN, else 0) too.
    block_size : tuple or 'auto', optional
        Output block size, as in reproject (results do not depend on it).
    parallel : bool, int or 'current-scheduler', optional
        The engine always runs multi-threaded, without the GIL: on all cores (or ``RAYON_NUM_THREADS``),
        or on ``parallel`` threads when it is a positive integer; results are bit-identical whatever the
        thread count. ``'current-scheduler'`` computes the output chunk by chunk on the active dask
        scheduler (threads, processes, a ``dask.distributed`` client), again bit-identical.
    return_type : {'numpy', 'dask'}, optional
        ``'dask'`` returns lazy dask arrays whose chunks the engine computes on demand (requires
        ``block_size`` or ``parallel``, as in reproject).
    dask_method : {'memmap', 'none'}, optional
        Accepted for compatibility. A dask input is always consumed chunk by chunk into a temporary
        memory-mapped file (never computed whole in memory), whichever method is named.
    progress_bar : callable, optional
        A tqdm-style callable (e.g. ``tqdm.tqdm``): it is called with an iterable of the engine's blocks
        (or the dask chunks) and advanced as they finish. Not used with ``return_type='dask'`` (nothing
        is computed by the call).
    coord_tolerance : float, optional
        skywarp only: the largest error, in input pixels, allowed for the adaptive coordinate grid
        (default 1e-6); 0 maps every output pixel exactly, as reproject does.

    Returns
    -------
    array_new : `~numpy.ndarray` or dask array
        The reprojected array (float64 unless ``output_array`` was given).
    footprint : `~numpy.ndarray` or dask array
        Footprint of the input array in the output array (if ``return_footprint``).
    """
    if dask_method is None:
        dask_method = "none"

    array_in, wcs_in, header_in = parse_input_data(input_data, hdu_in=hdu_in)
    wcs_out, shape_out, header_out = parse_output_projection(
        output_projection, shape_in=array_in.shape, shape_out=shape_out, output_array=output_array
    )
    order = _parse_order(order)
    if coord_tolerance is None:
        coord_tolerance = _core.DEFAULT_TOLERANCE
    coord_tolerance = float(coord_tolerance)
    if not coord_tolerance >= 0:
        raise SkywarpValueError(f"coord_tolerance must be >= 0, got {coord_tolerance}")

    return _dispatch(
        array_in=array_in,
        wcs_in=wcs_in,
        header_in=header_in,
        wcs_out=wcs_out,
        header_out=header_out,
        shape_out=shape_out,
        array_out=output_array,
        output_footprint=output_footprint,
        return_footprint=return_footprint,
        block_size=block_size,
        parallel=parallel,
        return_type=return_type,
        dask_method=dask_method,
        order=order,
        roundtrip=bool(roundtrip_coords),
        tolerance=coord_tolerance,
        progress_bar=progress_bar,
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


def _dispatch(
    *,
    array_in,
    wcs_in,
    header_in,
    wcs_out,
    header_out,
    shape_out,
    array_out,
    output_footprint,
    return_footprint,
    block_size,
    parallel,
    return_type,
    dask_method,
    order,
    roundtrip,
    tolerance,
    progress_bar,
):
    # reproject's _reproject_dispatcher: the same checks in the same order with the same messages
    if return_type is None:
        return_type = "numpy"
    elif return_type not in ("numpy", "dask"):
        raise SkywarpValueError("return_type should be set to 'numpy' or 'dask'")

    if dask_method is None:
        dask_method = "memmap"
    elif dask_method not in ("memmap", "none"):
        raise SkywarpValueError("dask_method should be set to 'memmap' or 'none'")

    if array_out is not None:
        if array_out.shape != tuple(shape_out):
            raise SkywarpValueError(
                f"Output array shape {array_out.shape} should match shape_out={shape_out}"
            )
        elif (array_out.dtype.kind, array_out.dtype.itemsize) != (
            array_in.dtype.kind,
            array_in.dtype.itemsize,
        ):
            raise SkywarpValueError(
                f"Output array dtype {array_out.dtype} should match input array dtype ({array_in.dtype})"
            )

    direct = block_size is None and parallel is False
    if direct and return_type == "dask":
        raise SkywarpValueError(
            "Output cannot be returned as dask arrays "
            "when parallel=False and no block size has "
            "been specified"
        )
    _check_parallel(parallel)

    nwcs = wcs_in.low_level_wcs.pixel_n_dim
    broadcasting = nwcs < len(shape_out)
    chunks_spec = block_size
    if not direct:
        log.info(f"Broadcasting is {'' if broadcasting else 'not '}being used")
        broadcasted_parallelization = False
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
        log.info(
            f"{'P' if broadcasted_parallelization else 'Not p'}arallelizing along "
            f"broadcasted dimension ({block_size=}, {shape_out=})"
        )

    # reproject validates inside its core function; here it happens up front, for every path
    validate_wcs(wcs_in, wcs_out, array_in.shape, shape_out)
    if nwcs not in (2, 3):
        raise UnsupportedError(
            f"{nwcs}-dimensional WCS: skywarp reprojects 2-D images and 3-D cubes (with any number of "
            "leading broadcast axes)"
        )
    if any(int(s) == 0 for s in array_in.shape):
        raise SkywarpValueError("input and output shapes must not contain zero-length axes")

    plan = Plan(
        wcs_in=engine_wcs(wcs_in, header_in),
        wcs_out=engine_wcs(wcs_out, header_out),
        order=order,
        roundtrip=roundtrip,
        tolerance=tolerance,
    )

    if return_type == "dask":
        from . import _dask

        result = _dask.build(plan, array_in, shape_out, nwcs, chunks_spec, broadcasting, _dask.scratch_dir())
        return (result[0], result[1]) if return_footprint else result[0]

    if array_out is None:
        array_out = np.zeros(shape_out, dtype=float)
    if return_footprint and output_footprint is None:
        output_footprint = np.zeros(shape_out, dtype=float)
    footprint = output_footprint if return_footprint else None

    with contextlib.ExitStack() as stack:
        if is_dask_array(array_in):
            from . import _dask

            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="skywarp-"))
            array_in = _dask.stage(array_in, tmp)

        if parallel == "current-scheduler":
            from . import _dask

            result = _dask.build(plan, array_in, shape_out, nwcs, chunks_spec, broadcasting, None)
            total = int(np.prod(result.numblocks[1:]))
            with progress(progress_bar, total) as tick:
                _dask.compute_into(result, array_out, footprint, progress=tick)
        else:
            # one engine call for the whole output: its own blocks (results do not depend on them)
            block_shape = None
            total = progress_total(plan, shape_out, None, block_shape) if progress_bar else 0
            with progress(progress_bar, total) as tick:
                run(
                    plan,
                    array_in,
                    shape_out,
                    array_out,
                    footprint,
                    threads=_threads(parallel),
                    block_shape=block_shape,
                    progress=tick,
                )
        array_in = None

    if return_footprint:
        return array_out, output_footprint
    return array_out
