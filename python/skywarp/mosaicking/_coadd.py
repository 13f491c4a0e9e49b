"""``reproject_and_coadd``: reproject's function of that name (0.21's signature and rules, plus main's
``combine_function='median'``).

With skywarp's own ``reproject_interp``, ``reproject_adaptive`` or ``reproject_exact`` as
``reproject_function`` and 2-D images, everything runs in the
engine (``_core.coadd``): the output is filled in row bands under a memory budget, each band
reprojecting just the parts of the inputs that overlap it, so no reprojected input is ever held — with
background matching and the median too. Any other reprojection function (reproject's own,
skywarp's with cubes or dask inputs) runs through the generic path below, one cutout per input, as
reproject does; its background matching uses the engine's deterministic solver as well.
"""

import numbers
import threading
from pathlib import Path

import numpy as np
from astropy.io import fits
from astropy.io.fits import CompImageHDU, HDUList, ImageHDU, PrimaryHDU
from astropy.wcs import WCS

from .. import _core
from .._errors import SkywarpValueError, UnsupportedError
from .._inputs import is_dask_array, parse_input_data, parse_output_projection
from .._dispatch import _check_parallel, _threads
import inspect

from .._adaptive import _options as _adaptive_options
from .._adaptive import reproject_adaptive as _skywarp_adaptive
from .._exact import reproject_exact as _skywarp_exact
from .._interp import _parse_order
from .._interp import reproject_interp as _skywarp_interp
from .._progress import progress
from .._wcs import engine_wcs, has_celestial

__all__ = ["reproject_and_coadd"]

COMBINE_FUNCTIONS = ("mean", "sum", "first", "last", "min", "max", "median")
#: Memory the engine's band buffers may take (bytes).
BAND_MEMORY = 64 * 1024**2
#: Keyword arguments of every skywarp reprojection function that the engine path handles itself.
_COMMON_KWARGS = {"roundtrip_coords", "parallel", "block_size", "coord_tolerance", "return_type"}
#: skywarp's reprojection functions the engine runs natively: the engine method, and the function's
#: own keyword arguments turned into that method's options.
_ADAPTIVE_ARGS = tuple(inspect.signature(_adaptive_options).parameters)
_ADAPTIVE_DEFAULTS = {k: inspect.signature(_skywarp_adaptive).parameters[k].default for k in _ADAPTIVE_ARGS}


def _adaptive_method_options(kwargs):
    """reproject_adaptive's own options (its defaults where absent), validated by its own validation."""
    return _adaptive_options(**{k: kwargs.get(k, d) for k, d in _ADAPTIVE_DEFAULTS.items()})


_NATIVE = {
    _skywarp_interp: ("interp", lambda kw: {"order": _parse_order(kw.get("order", "bilinear"))}, {"order"}),
    _skywarp_adaptive: ("adaptive", _adaptive_method_options, set(_ADAPTIVE_ARGS)),
    # the fractional footprint is summed × weights, as reproject; exact has no round-trip check
    _skywarp_exact: ("exact", lambda kw: {}, set()),
}


def _parse_weights(weights, hdu_weights):
    """(array, wcs or None) by reproject's ``parse_input_weights`` rules."""
    if isinstance(weights, (str, Path)):
        with fits.open(weights) as hdul:
            array, wcs, _ = parse_input_data(hdul, hdu_in=hdu_weights)
            return np.array(array), wcs
    if isinstance(weights, HDUList):
        if hdu_weights is None:
            if len(weights) > 1:
                raise SkywarpValueError(
                    "More than one HDU is present, please specify HDU to use with ``hdu_weights=`` option"
                )
            hdu_weights = 0
        array, wcs, _ = parse_input_data(weights[hdu_weights])
        return array, wcs
    if isinstance(weights, (PrimaryHDU, ImageHDU, CompImageHDU)):
        wcs = WCS(weights.header) if "CTYPE1" in weights.header else None
        return weights.data, wcs
    if isinstance(weights, np.ndarray):
        return weights, None
    raise TypeError("input_weights should either be an HDU object or a Numpy array")


def _weights_wcs(weights_wcs, wcs_in):
    """The WCS the weights are reprojected with: their own if it is celestial, else the image's."""
    if weights_wcs is None or not has_celestial(weights_wcs):
        return wcs_in
    return weights_wcs


def _prepare_outputs(shape_out, output_array, output_footprint):
    if output_array is None:
        output_array = np.zeros(shape_out)
    elif output_array.shape != shape_out:
        raise SkywarpValueError(
            "If you specify an output array, it must have a shape matching "
            f"the output shape {shape_out}"
        )
    if output_footprint is None:
        output_footprint = np.zeros(shape_out)
    elif output_footprint.shape != shape_out:
        raise SkywarpValueError(
            "If you specify an output footprint array, it must have a shape matching "
            f"the output shape {shape_out}"
        )
    return output_array, output_footprint


def reproject_and_coadd(
    input_data,
    output_projection,
    shape_out=None,
    input_weights=None,
    hdu_in=None,
    hdu_weights=None,
    reproject_function=None,
    combine_function="mean",
    match_background=False,
    background_reference=None,
    output_array=None,
    output_footprint=None,
    block_sizes=None,
    progress_bar=None,
    blank_pixel_value=0,
    intermediate_memmap=False,
    **kwargs,
):
    """
    Reproject and co-add images onto one grid — a drop-in replacement for
    ``reproject.mosaicking.reproject_and_coadd`` (reproject 0.21), plus ``combine_function='median'``.

    Parameters and results are reproject's: ``input_data`` an iterable of inputs (files, HDUs,
    ``(array, WCS-or-Header)``, NDData), ``output_projection``/``shape_out`` the output grid,
    ``input_weights`` one weight map per input (arrays, files or HDUs; NaN weights count as 0),
    ``reproject_function`` e.g. ``skywarp.reproject_interp``, ``combine_function`` one of mean, sum,
    first, last, min, max, median, ``match_background`` / ``background_reference`` (an input index —
    0 included — whose level is kept; default: corrections of zero mean), ``output_array`` /
    ``output_footprint`` (e.g. ``np.memmap``; filled in place), ``blank_pixel_value`` for uncovered
    pixels, ``intermediate_memmap`` (accepted; the engine path never holds intermediates). Extra
    keyword arguments go to the reprojection function.

    Background corrections are the exact least-squares solution of the pairwise offsets (median
    differences over overlaps), so the result is the same on every run, unlike reproject's stochastic
    solver.

    Returns
    -------
    array, footprint : `~numpy.ndarray`
        The mosaic and the summed footprint × weights.
    """
    if combine_function not in COMBINE_FUNCTIONS:
        raise SkywarpValueError("combine_function should be one of mean/sum/first/last/min/max/median")
    if reproject_function is None:
        raise SkywarpValueError(
            "reprojection function should be specified with the reproject_function argument"
        )
    if "block_size" in kwargs and kwargs["block_size"] is not None:
        if block_sizes is not None:
            raise SkywarpValueError("Cannot specify block_sizes= and block_size= at the same time")
        block_sizes = kwargs.pop("block_size")
    if input_weights is not None and len(input_weights) != len(input_data):
        raise SkywarpValueError(
            f"{len(input_weights)} weight maps for {len(input_data)} inputs: give one per input"
        )
    if background_reference is not None and not (
        isinstance(background_reference, numbers.Integral) and 0 <= background_reference < len(input_data)
    ):
        raise SkywarpValueError(
            f"background_reference should be an index into input_data, got {background_reference!r}"
        )
    wcs_out, shape_out, header_out = parse_output_projection(output_projection, shape_out=shape_out)
    output_array, output_footprint = _prepare_outputs(shape_out, output_array, output_footprint)
    parsed = [parse_input_data(d, hdu_in=hdu_in) for d in input_data]
    weights = None
    if input_weights is not None:
        weights = []
        for (_, wcs_in, _), w in zip(parsed, input_weights, strict=True):
            array_w, wcs_w = _parse_weights(w, hdu_weights)
            weights.append((array_w, _weights_wcs(wcs_w, wcs_in)))
    options = dict(
        combine=combine_function,
        match_background=bool(match_background),
        background_reference=background_reference,
        blank=blank_pixel_value,
    )
    if _native(reproject_function, parsed, weights, wcs_out, shape_out, kwargs):
        method, parse_options, _ = _NATIVE[reproject_function]
        return _coadd_native(parsed, weights, wcs_out, header_out, shape_out, output_array,
                             output_footprint, progress_bar, kwargs, method=method,
                             method_options=parse_options(kwargs), **options)
    return _coadd_generic(parsed, weights, wcs_out, shape_out, output_array, output_footprint,
                          reproject_function, block_sizes, progress_bar, kwargs, **options)


def _native(function, parsed, weights, wcs_out, shape_out, kwargs):
    """Whether the engine path applies: skywarp's interpolation, 2-D numpy images on a 2-D grid."""
    if function not in _NATIVE or len(shape_out) != 2:
        return False
    own = _NATIVE[function][2]
    if kwargs.get("return_type") not in (None, "numpy") or not set(kwargs) <= _COMMON_KWARGS | own:
        return False
    if wcs_out.low_level_wcs.pixel_n_dim != 2:
        return False
    images = [(a, w) for a, w, _ in parsed] + list(weights or [])
    if not all(
        isinstance(a, np.ndarray) and a.ndim == 2 and w.low_level_wcs.pixel_n_dim == 2 for a, w in images
    ):
        return False
    return _engine_maps(wcs_out, [w for _, w, _ in parsed])


def _engine_maps(wcs_out, wcs_in):
    """Whether the engine maps every input WCS onto the output itself: each has a FITS form and a
    celestial frame it knows. Others (gwcs, frames it does not know) take the generic path, where the
    reprojection function is called per input and evaluates the WCS objects themselves."""
    try:
        out = engine_wcs(wcs_out)
        for w in wcs_in:
            ew = engine_wcs(w)
            if _core.unknown_frames(ew.cards, out.cards, list(ew.tables) or None,
                                    list(out.tables) or None) is not None:
                return False
    except UnsupportedError:
        return False
    return True


def _engine_image(array, wcs, header=None):
    ew = engine_wcs(wcs, header)
    return array, ew.cards, list(ew.tables)


def _coadd_native(parsed, weights, wcs_out, header_out, shape_out, output_array, output_footprint,
                  progress_bar, kwargs, *, method, method_options, combine, match_background,
                  background_reference, blank):
    parallel = kwargs.get("parallel", False)
    _check_parallel(parallel)
    tolerance = kwargs.get("coord_tolerance")
    inputs = []
    for k, (array, wcs, header) in enumerate(parsed):
        w = None if weights is None else _engine_image(*weights[k])
        inputs.append((*_engine_image(array, wcs, header), w))
    out_cards = engine_wcs(wcs_out, header_out).cards
    passes = 2 if match_background else 1
    common = dict(
        method=method,
        options=method_options,
        combine=combine,
        roundtrip=bool(kwargs.get("roundtrip_coords", True)),
        tolerance=_core.DEFAULT_TOLERANCE if tolerance is None else float(tolerance),
        blank=float(blank),
        memory=BAND_MEMORY,
        match_background=match_background,
        background_reference=background_reference,
    )
    with progress(progress_bar, passes * shape_out[0]) as tick:
        if parallel == "current-scheduler":
            _coadd_on_scheduler(inputs, out_cards, shape_out, output_array, output_footprint, common, tick)
        else:
            _core.coadd(inputs, out_cards, shape_out, output_array, output_footprint,
                        threads=_threads(parallel), progress=tick, **common)
    return output_array, output_footprint


#: Output pixels per dask task of a mosaic on the current scheduler (a slice of whole rows).
TASK_PIXELS = 2 * 1024**2


def _coadd_on_scheduler(inputs, out_cards, shape_out, output_array, output_footprint, common, tick,
                        batch_bytes=256 * 1024**2):
    """``parallel='current-scheduler'``: one dask task per slice of output rows, on whatever scheduler
    is active (a dask.distributed client included). Background corrections are measured once, here,
    over the whole output and handed to every task, so each slice is the same pixels of the serial
    mosaic bit for bit. Slices are computed a batch at a time into the outputs (bounded memory)."""
    import dask

    height, width = shape_out
    corrections = None
    if common["match_background"]:
        none = np.zeros((0, width))
        corrections = _core.coadd(inputs, out_cards, shape_out, none, none.copy(), rows=(0, 0),
                                  progress=tick, **common)["corrections"]
    # the inputs go to the scheduler once, as one key every task depends on
    payload = dask.delayed(inputs, pure=True, traverse=False)
    rows = max(1, min(height, TASK_PIXELS // max(width, 1)))
    slices = [(r, min(height, r + rows)) for r in range(0, height, rows)]
    per_batch = max(1, batch_bytes // (16 * rows * width))
    for b in range(0, len(slices), per_batch):
        batch = slices[b:b + per_batch]
        tasks = [dask.delayed(_coadd_rows, pure=True)(payload, out_cards, shape_out, r, corrections, common)
                 for r in batch]
        for (r0, r1), (values, footprint) in zip(batch, dask.compute(*tasks), strict=True):
            output_array[r0:r1] = values
            output_footprint[r0:r1] = footprint
            if tick is not None:
                tick(r1 - r0)


def _coadd_rows(inputs, out_cards, shape_out, rows, corrections, common):
    """One dask task: output rows ``rows`` of the mosaic, as float64 (values, footprint)."""
    n = rows[1] - rows[0]
    values, footprint = np.zeros((n, shape_out[1])), np.zeros((n, shape_out[1]))
    _core.coadd(inputs, out_cards, shape_out, values, footprint, rows=rows, corrections=corrections,
                threads=1, interruptible=threading.current_thread() is threading.main_thread(), **common)
    return values, footprint


def _cutout(wcs_in, shape_in, wcs_out, shape_out):
    """reproject's cutout of the output for one input: slices, or None when it misses the output."""
    from astropy.wcs.utils import pixel_to_pixel

    n = wcs_in.low_level_wcs.pixel_n_dim
    edges = _edge_points(shape_in[-n:])
    edges_out = pixel_to_pixel(wcs_in, wcs_out, *edges[::-1])[::-1]
    lead = len(shape_out) - n
    if np.any(np.isnan(edges_out)):
        return tuple(slice(0, s) for s in shape_out)
    bounds = [slice(0, s) for s in shape_out[:lead]]
    for k, e in enumerate(edges_out):
        lo = max(0, int(np.floor(e.min() + 0.5)))
        hi = min(shape_out[lead + k], int(np.ceil(e.max() + 0.5)))
        if hi <= lo:
            return None
        bounds.append(slice(lo, hi))
    return tuple(bounds)


def _edge_points(shape, n_samples=11):
    """Points along every edge of an array of ``shape`` (numpy order), as reproject samples them."""
    ndim = len(shape)
    shape = np.asarray(shape)
    pts = []
    for axis in range(ndim):
        for vertex in range(2**ndim):
            corner = -0.5 + shape * ((vertex & (2 ** np.arange(ndim))) > 0)
            p = np.tile(corner, (n_samples, 1)).astype(float)
            p[:, axis] = np.linspace(-0.5, shape[axis] - 0.5, n_samples)
            pts.append(p)
    return np.unique(np.vstack(pts), axis=0).T


def _coadd_generic(parsed, weights, wcs_out, shape_out, output_array, output_footprint,
                   function, block_sizes, progress_bar, kwargs, *, combine, match_background,
                   background_reference, blank):
    """One cutout per input through ``function``, combined as reproject does."""
    tiles = []  # (index, slices, values, footprint) kept only when they must be combined later
    stream = not match_background and combine in ("mean", "sum")
    output_array[...] = 0
    output_footprint[...] = 0
    for k in _iterate(progress_bar, len(parsed)):
        array_in, wcs_in, _ = parsed[k]
        view = _cutout(wcs_in, array_in.shape, wcs_out, shape_out)
        if view is None:
            continue
        sub_wcs = wcs_out[view[-wcs_in.low_level_wcs.pixel_n_dim:]] if isinstance(wcs_out, WCS) else wcs_out
        shape_sub = tuple(s.stop - s.start for s in view)
        block = _block_size(block_sizes, k, len(parsed), shape_out, shape_sub,
                            wcs_in.low_level_wcs.pixel_n_dim)
        values, fp = function((array_in, wcs_in), output_projection=sub_wcs, shape_out=shape_sub,
                              block_size=block, **kwargs)
        values = np.array(values, dtype=float)
        fp = np.array(fp, dtype=float)
        reset = np.isnan(values)
        if weights is not None:
            w_arr, w_wcs = weights[k]
            w = function((np.nan_to_num(np.asarray(w_arr, dtype=float)), w_wcs), output_projection=sub_wcs,
                         shape_out=shape_sub, return_footprint=False, **kwargs)
            reset |= np.isnan(w)
            fp *= np.where(reset, 0.0, w)
        values[reset] = 0.0
        fp[reset] = 0.0
        if stream:
            output_array[view] += values * fp
            output_footprint[view] += fp
        else:
            tiles.append((k, view, values, fp))
    if match_background and len(tiles) > 1:
        corrections = _corrections(tiles, len(parsed), background_reference)
        for k, _, values, _ in tiles:
            values -= corrections[k]
    if not stream:
        _combine_tiles(tiles, combine, output_array, output_footprint)
    if combine == "mean":
        with np.errstate(invalid="ignore", divide="ignore"):
            output_array /= output_footprint
    output_array[output_footprint == 0] = blank
    return output_array, output_footprint


def _block_size(block_sizes, k, n_inputs, shape_out, shape_sub, ndim):
    """reproject's block size for input ``k``: its own entry of a per-input list, else the global one,
    with the non-broadcast part replaced by the cutout's shape when it spans the whole output."""
    if block_sizes is None:
        return None
    if len(block_sizes) == n_inputs and np.iterable(block_sizes[k]) and len(block_sizes[k]) == len(shape_out):
        size = tuple(block_sizes[k])
    else:
        size = tuple(block_sizes)
    lead = len(shape_out) - ndim
    if size and size[-ndim] == shape_out[-ndim]:
        size = size[:lead] + tuple(shape_sub[lead:])
    return size


def _iterate(progress_bar, n):
    return range(n) if progress_bar is None else progress_bar(range(n))


def _corrections(tiles, n, reference):
    """Pairwise median offsets over the common footprint, solved by the engine."""
    offsets = np.full((n, n), np.nan)
    for a, (i, vi, xi, fi) in enumerate(tiles):
        for j, vj, xj, fj in tiles[a + 1:]:
            common = tuple(slice(max(p.start, q.start), min(p.stop, q.stop)) for p, q in zip(vi, vj, strict=True))
            if any(s.stop <= s.start for s in common):
                continue
            si = tuple(slice(c.start - p.start, c.stop - p.start) for c, p in zip(common, vi, strict=True))
            sj = tuple(slice(c.start - q.start, c.stop - q.start) for c, q in zip(common, vj, strict=True))
            both = (fi[si] > 0) & (fj[sj] > 0)
            if np.any(both):
                offsets[i, j] = np.median((xi[si] - xj[sj])[both])
                offsets[j, i] = -offsets[i, j]
    return np.array(_core.solve_background(offsets.tolist(), reference))


def _combine_tiles(tiles, combine, output_array, output_footprint):
    if combine in ("mean", "sum"):
        for _, view, values, fp in tiles:
            output_array[view] += np.where(fp == 0, 0.0, values) * fp
            output_footprint[view] += fp
    elif combine == "median":
        _median_tiles(tiles, output_array, output_footprint)
    else:
        if combine == "min":
            output_array[...] = np.inf
        elif combine == "max":
            output_array[...] = -np.inf
        for _, view, values, fp in tiles:
            if combine == "first":
                mask = output_footprint[view] == 0
            elif combine == "last":
                mask = fp > 0
            elif combine == "min":
                mask = (fp > 0) & (values < output_array[view])
            else:
                mask = (fp > 0) & (values > output_array[view])
            output_footprint[view] = np.where(mask, fp, output_footprint[view])
            output_array[view] = np.where(mask, values, output_array[view])


def _median_tiles(tiles, output_array, output_footprint):
    """NaN-aware median of the tiles covering each pixel, one output row band at a time."""
    nrows = output_array.shape[-2]
    step = max(1, int(64 * 1024**2 // (8 * max(1, output_array.shape[-1]) * max(1, len(tiles)))))
    for r0 in range(0, nrows, step):
        r1 = min(nrows, r0 + step)
        stack = np.full((len(tiles),) + output_array[..., r0:r1, :].shape, np.nan)
        for t, (_, view, values, fp) in enumerate(tiles):
            rows = view[-2]
            lo, hi = max(rows.start, r0), min(rows.stop, r1)
            if hi <= lo:
                continue
            part = (Ellipsis, slice(lo - rows.start, hi - rows.start), slice(None))
            target = (t, Ellipsis, slice(lo - r0, hi - r0), view[-1])
            stack[target] = np.where(fp[part] > 0, values[part], np.nan)
            output_footprint[..., lo:hi, view[-1]] += fp[part]
        with np.errstate(all="ignore"):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                output_array[..., r0:r1, :] = np.nanmedian(stack, axis=0)
