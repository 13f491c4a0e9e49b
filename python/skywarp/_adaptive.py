"""``reproject_adaptive``: reproject's function of that name (DeForest 2004 adaptive, anti-aliased
resampling), computed by the skywarp engine."""

import numbers

from ._dispatch import reproject
from ._errors import SkywarpValueError

__all__ = ["reproject_adaptive"]

KERNELS = {"hann": "hann", "hanning": "hann", "gaussian": "gaussian"}
BOUNDARY_MODES = ("strict", "constant", "grid-constant", "ignore", "ignore_threshold", "nearest")
BAD_VALUE_MODES = ("strict", "constant", "ignore")


def _name(value, what):
    # reproject's Cython signature types these as str
    if not isinstance(value, str):
        raise TypeError(f"Argument '{what}' has incorrect type (expected str, got {type(value).__name__})")
    return value.lower()


def _number(value, what):
    # reproject's Cython signature types these as double
    if isinstance(value, numbers.Real):
        return float(value)
    raise TypeError(f"must be real number, not {type(value).__name__} (argument {what!r})")


def _options(kernel, kernel_width, sample_region_width, boundary_mode, boundary_fill_value,
             boundary_ignore_threshold, x_cyclic, y_cyclic, bad_value_mode, bad_fill_value,
             center_jacobian, despike_jacobian, conserve_flux):
    """The engine's option dict, validated as reproject validates (same errors and messages)."""
    k = _name(kernel, "kernel")
    if k not in KERNELS:
        raise SkywarpValueError("'kernel' must be 'Hann' or 'Gaussian'")
    b = _name(boundary_mode, "boundary_mode")
    if b not in BOUNDARY_MODES:
        raise SkywarpValueError(f"boundary_mode '{boundary_mode}' not recognized")
    v = _name(bad_value_mode, "bad_value_mode")
    if v not in BAD_VALUE_MODES:
        raise SkywarpValueError(f"bad_value_mode '{bad_value_mode}' not recognized")
    return {
        "kernel": KERNELS[k],
        "kernel_width": _number(kernel_width, "kernel_width"),
        "sample_region_width": _number(sample_region_width, "sample_region_width"),
        "boundary_mode": b,
        "boundary_fill_value": _number(boundary_fill_value, "boundary_fill_value"),
        "boundary_ignore_threshold": _number(boundary_ignore_threshold, "boundary_ignore_threshold"),
        "x_cyclic": bool(x_cyclic),
        "y_cyclic": bool(y_cyclic),
        "bad_value_mode": v,
        "bad_fill_value": _number(bad_fill_value, "bad_fill_value"),
        "center_jacobian": bool(center_jacobian),
        "despike_jacobian": bool(despike_jacobian),
        "conserve_flux": bool(conserve_flux),
    }


def reproject_adaptive(
    input_data,
    output_projection,
    shape_out=None,
    hdu_in=0,
    center_jacobian=False,
    despike_jacobian=False,
    roundtrip_coords=True,
    conserve_flux=False,
    kernel="gaussian",
    kernel_width=1.3,
    sample_region_width=4,
    boundary_mode="strict",
    boundary_fill_value=0,
    boundary_ignore_threshold=0.5,
    x_cyclic=False,
    y_cyclic=False,
    bad_value_mode="strict",
    bad_fill_value=0,
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
    Reproject an image with the DeForest (2004) adaptive, anti-aliased resampling algorithm, with
    optional flux conservation — a drop-in replacement for ``reproject.reproject_adaptive``
    (reproject 0.21): same arguments, same results (to the coordinate tolerance), same errors,
    computed by skywarp's Rust engine on all cores without holding the GIL.

    For every output pixel the local Jacobian of the output→input pixel mapping is padded to singular
    values of at least 1, and the input pixels under the image of the output kernel are averaged with
    the kernel's weights: smooth interpolation where the output is finer than the input, spatial
    averaging (anti-aliasing) where it is coarser.

    Parameters
    ----------
    input_data, output_projection, shape_out, hdu_in
        As for `skywarp.reproject_interp`: files, HDUs, (array, header/WCS) tuples, NDData, dask
        arrays; extra leading array dimensions are broadcast (the Jacobians and sample regions are
        computed once for all of them). The WCS must be 2-D (celestial or not, e.g. solar).
    center_jacobian : bool
        Compute the Jacobian from the mapping at ±0.5 px (the pixel's corners) instead of from the
        neighbouring pixel centres (reproject's default, "uncentered").
    despike_jacobian : bool
        Replace Jacobians more than 10× the third-lowest squared magnitude of their 3×3 neighbourhood
        (e.g. at the longitude seam of an all-sky map) by the mean of their non-spiking neighbours.
    roundtrip_coords : bool
        Set to NaN the output pixels whose coordinates do not map back to themselves, as reproject.
    conserve_flux : bool
        Multiply by |det J| (pixel area ratio) so that flux, not surface brightness, is conserved.
    kernel : {'gaussian', 'hann'}
        Averaging window, case-insensitive.
    kernel_width : float
        Gaussian width (±1σ) in output pixels (Gaussian only).
    sample_region_width : float
        Width in output pixels of the region sampled for the Gaussian (Gaussian only).
    boundary_mode : {'strict', 'constant', 'grid-constant', 'ignore', 'ignore_threshold', 'nearest'}
        What samples outside the input image do (see reproject's documentation).
    boundary_fill_value : float
        The value outside the input for 'constant' and 'grid-constant'.
    boundary_ignore_threshold : float
        For 'ignore_threshold': the fraction of the total weight outside the input above which the
        output is NaN.
    x_cyclic, y_cyclic : bool
        Wrap the input's x (columns) or y (rows) axis, e.g. an all-sky CAR map.
    bad_value_mode : {'strict', 'ignore', 'constant'}
        What NaN and ±inf input pixels do: propagate, be left out, or be replaced by
        ``bad_fill_value``.
    bad_fill_value : float
        The replacement for 'constant'.
    output_array, output_footprint, return_footprint, block_size, parallel, return_type, dask_method,
    progress_bar, coord_tolerance
        As for `skywarp.reproject_interp`. Results are bit-identical for any block size, thread count
        and dask scheduler.

    Returns
    -------
    array_new : `~numpy.ndarray` or dask array
        The reprojected array.
    footprint : `~numpy.ndarray` or dask array
        1 where the output is not NaN (``±inf`` counts, as in reproject), 0 elsewhere (if ``return_footprint``).
    """
    options = _options(kernel, kernel_width, sample_region_width, boundary_mode, boundary_fill_value,
                       boundary_ignore_threshold, x_cyclic, y_cyclic, bad_value_mode, bad_fill_value,
                       center_jacobian, despike_jacobian, conserve_flux)
    return reproject(
        input_data,
        output_projection,
        shape_out=shape_out,
        hdu_in=hdu_in,
        method="adaptive",
        options=options,
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
