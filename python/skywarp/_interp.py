"""``reproject_interp``: reproject's function of that name, computed by the skywarp engine."""

import numbers

from ._dispatch import reproject
from ._errors import InvalidOrderError, UnsupportedError

__all__ = ["reproject_interp"]

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
        Whether to return the footprint too: 1 where the output value is not NaN (``±inf`` counts as
        covered, as in reproject), else 0 — the same footprint as the CLI's ``FOOTPRINT`` extension.
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
    return reproject(
        input_data,
        output_projection,
        shape_out=shape_out,
        hdu_in=hdu_in,
        method="interp",
        options={"order": _parse_order(order)},
        output_array=output_array,
        output_footprint=output_footprint,
        return_footprint=return_footprint,
        block_size=block_size,
        parallel=parallel,
        return_type=return_type,
        dask_method=dask_method,
        progress_bar=progress_bar,
        roundtrip_coords=roundtrip_coords,
        coord_tolerance=coord_tolerance,
    )
