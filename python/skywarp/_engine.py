"""One engine call: arrays and a :class:`Plan` in, the Rust engine run with the GIL released."""

import threading
from dataclasses import dataclass

import numpy as np

from . import _core
from ._errors import UnsupportedError
from ._wcs import EngineWcs

__all__ = ["Plan", "run", "engine_source"]


@dataclass(frozen=True)
class Plan:
    """Everything an engine call needs besides the arrays; small and picklable, so dask tasks on other
    threads, processes or machines rebuild the engine's WCS and kernel from it. ``method`` names the
    kernel and ``options`` (sorted ``(name, value)`` pairs) configure it (see :mod:`skywarp._dispatch`)."""

    method: str
    options: tuple
    wcs_in: EngineWcs
    wcs_out: EngineWcs
    roundtrip: bool
    tolerance: float
    #: the generic path (:mod:`skywarp._generic`): a :class:`~skywarp._generic.PixelMapping` the engine
    #: calls instead of reading ``wcs_in`` / ``wcs_out`` (then header-less placeholders)
    mapping: object = None


def engine_source(array):
    """The input as the engine reads it: numeric arrays pass as they are (any byte order and strides;
    integers are rounded through float32 like reproject's ``at_least_float32``); float16 and bool become
    float32, long doubles float64 (scipy computes in double precision too)."""
    array = np.asanyarray(array)
    kind, size = array.dtype.kind, array.dtype.itemsize
    if kind in "iu" and size in (1, 2, 4, 8):
        return array
    if kind == "f" and size in (4, 8):
        return array
    if kind == "b" or (kind == "f" and size < 4):
        return array.astype(np.float32)
    if kind == "f":
        return array.astype(np.float64)
    raise UnsupportedError(f"skywarp cannot reproject arrays of dtype {array.dtype}")


def _writable_float(arr):
    return (
        isinstance(arr, np.ndarray)
        and arr.dtype.kind == "f"
        and arr.dtype.itemsize in (4, 8)
        and arr.flags.writeable
    )


def _engine_block(block_shape, axes_out):
    """The engine's (rows, cols) block from a per-axis block shape in the caller's axis order."""
    if block_shape is None:
        return None
    b = tuple(block_shape)
    if axes_out is not None:
        b = tuple(b[a] for a in axes_out)
    return (int(b[-2]), int(b[-1]))


def run(
    plan, array, shape_out, out, footprint=None, *, window=None, threads=None, block_shape=None, progress=None
):
    """Reproject ``array`` into ``out`` (and ``footprint``), all in the caller's axis order.

    ``shape_out`` is the full output shape; ``out`` covers ``window`` of it (one ``(start, stop)`` per axis,
    default everything). ``block_shape`` (one size per output axis, the caller's order) sets the engine
    block to its last two (celestial) axes, ``threads`` the
    number of engine threads (default all cores), ``progress(n)`` receives finished-block counts.
    Returns the engine's statistics.
    """
    src = engine_source(array)
    ndim = len(shape_out)
    axes_in = plan.wcs_in.numpy_axes(src.ndim)
    axes_out = plan.wcs_out.numpy_axes(ndim)
    if axes_in is not None:
        src = src.transpose(axes_in)
    # the engine writes float32/float64 arrays directly, whatever their byte order and strides; anything
    # else goes through a float64 buffer and numpy's casting (as scipy's output= would)
    targets = []
    for arr in (out, footprint):
        if arr is None:
            targets.append(None)
        elif _writable_float(arr):
            targets.append(arr)
        else:
            if not arr.flags.writeable:
                raise ValueError("output array is read-only")
            targets.append(np.empty(arr.shape, dtype=np.float64))
    vals, fp = targets
    full = tuple(shape_out)
    win = None if window is None else [tuple(int(x) for x in w) for w in window]
    if axes_out is not None:
        vals = vals.transpose(axes_out)
        fp = None if fp is None else fp.transpose(axes_out)
        full = tuple(full[a] for a in axes_out)
        win = None if win is None else [win[a] for a in axes_out]
    block = _engine_block(block_shape, axes_out)
    stats = _core.reproject(
        src,
        plan.wcs_in.cards,
        plan.wcs_out.cards,
        list(full),
        vals,
        fp,
        method=plan.method,
        options=dict(plan.options),
        roundtrip=plan.roundtrip,
        tolerance=plan.tolerance,
        block=block,
        threads=threads,
        window=win,
        progress=progress,
        interruptible=threading.current_thread() is threading.main_thread(),
        tables_in=list(plan.wcs_in.tables) or None,
        tables_out=list(plan.wcs_out.tables) or None,
        mapping=plan.mapping,
        mapping_naxis=0 if plan.mapping is None else plan.mapping.naxis,
    )
    for arr, tmp in ((out, targets[0]), (footprint, targets[1])):
        if arr is not None and tmp is not arr:
            np.copyto(arr, tmp, casting="unsafe")
    return stats


def progress_total(plan, shape_out, window=None, block_shape=None):
    """Number of progress ticks of :func:`run` with these arguments."""
    axes_out = plan.wcs_out.numpy_axes(len(shape_out))
    full = tuple(shape_out)
    win = None if window is None else [tuple(w) for w in window]
    if axes_out is not None:
        full = tuple(full[a] for a in axes_out)
        win = None if win is None else [win[a] for a in axes_out]
    return _core.progress_total(list(full), win, _engine_block(block_shape, axes_out))
