"""dask: input arrays consumed chunk by chunk, lazily computed outputs, any scheduler.

* A dask **input** is never computed whole: it is stored chunk by chunk (on whatever scheduler computes
  it) into a temporary file, which the engine then reads through a memory map, touching only the
  windows each output block needs.
* A dask **output** (``return_type='dask'``, or ``parallel='current-scheduler'``) is one task per output
  chunk; each task is one engine call that computes only that chunk, in the coordinates of the full
  output — so every chunk is bit-identical to the same pixels of a single whole-image call, whatever the
  chunking, scheduler, threads or processes. Tasks carry only small picklable objects (the
  :class:`~skywarp._engine.Plan` with the WCS as header text, a memory-map description or the input
  array itself); engine objects are rebuilt inside each task.
"""

import atexit
import mmap
import os
import shutil
import tempfile
import uuid

import numpy as np

from ._engine import run

__all__ = ["stage", "source_spec", "build", "compute_into", "scratch_dir"]

_SCRATCH = []


def scratch_dir():
    """A temporary directory that lives as long as this process (for lazily computed results)."""
    d = tempfile.mkdtemp(prefix="skywarp-")
    if not _SCRATCH:
        atexit.register(_cleanup)
    _SCRATCH.append(d)
    return d


def _cleanup():
    for d in _SCRATCH:
        shutil.rmtree(d, ignore_errors=True)


class MemmapTarget:
    """A ``da.store`` target writing into a raw file through a fresh memory map per chunk: picklable, so
    threaded, process and distributed workers on this machine can all write to it."""

    def __init__(self, path, dtype, shape):
        self.path, self.dtype, self.shape = path, dtype, tuple(shape)

    def __setitem__(self, key, value):
        mm = np.memmap(self.path, dtype=self.dtype, mode="r+", shape=self.shape)
        mm[key] = value
        mm.flush()
        del mm


def staging_dtype(dtype):
    """float32 stays float32; everything else is stored as float64 (as reproject's memmap staging does)."""
    dtype = np.dtype(dtype)
    if dtype.kind == "f" and dtype.itemsize == 4:
        return np.dtype(np.float32)
    return np.dtype(np.float64)


def stage(array, directory, scheduler=None):
    """Store dask ``array`` chunk by chunk into a file in ``directory``; return it memory-mapped."""
    import dask.array as da

    dt = staging_dtype(array.dtype)
    path = os.path.join(directory, f"input-{uuid.uuid4().hex}.raw")
    np.memmap(path, dtype=dt, mode="w+", shape=array.shape).flush()
    da.store(
        array.astype(dt),
        MemmapTarget(path, dt.str, array.shape),
        lock=False,
        compute=True,
        scheduler=scheduler,
    )
    return np.memmap(path, dtype=dt, mode="r", shape=array.shape)


class _Boxed:
    """Keeps dask from computing the wrapped dask array before the staging task runs."""

    def __init__(self, array):
        self.array = array


def _stage_task(boxed, directory):
    # runs inside a task: the inner computation is synchronous (no nested scheduling on busy workers)
    return source_spec(stage(boxed.array, directory, scheduler="synchronous"))


class MemmapSpec:
    """A memory-mapped input described by file, dtype, shape and offset: cheap to send to other
    processes, reopened (read-only) by each task."""

    def __init__(self, path, dtype, shape, offset):
        self.path, self.dtype, self.shape, self.offset = path, dtype, tuple(shape), int(offset)

    def open(self):
        return np.memmap(self.path, mode="r", dtype=self.dtype, shape=self.shape, offset=self.offset)

    def __dask_tokenize__(self):
        st = os.stat(self.path)
        return ("skywarp-memmap", self.path, st.st_mtime_ns, st.st_size, self.dtype, self.shape, self.offset)


def source_spec(array):
    """What a task needs to find the input: a :class:`MemmapSpec` for a whole memory-mapped file, else
    the array itself."""
    if (
        isinstance(array, np.memmap)
        and isinstance(array.base, mmap.mmap)
        and array.flags.c_contiguous
        and array.filename
    ):
        return MemmapSpec(array.filename, array.dtype.str, array.shape, array.offset)
    return array


def resolve(spec):
    return spec.open() if isinstance(spec, MemmapSpec) else spec


def _block_task(template, source, *, plan, shape_out, nwcs, block_shape, block_info=None):
    """One output chunk: ``[values, footprint]`` for the chunk's window of the full output."""
    if not block_info or template.ndim == 0:
        return np.empty((2,) + tuple(template.shape))
    loc = [tuple(int(x) for x in se) for se in block_info[0]["array-location"]]
    array = resolve(source)
    nlead = len(shape_out) - nwcs
    if nlead:
        # broadcast axes: only this chunk's images
        array = array[tuple(slice(a, b) for a, b in loc[:nlead])]
    sub_shape = tuple(b - a for a, b in loc[:nlead]) + tuple(shape_out[nlead:])
    window = [(0, b - a) for a, b in loc[:nlead]] + loc[nlead:]
    res = np.empty((2,) + tuple(b - a for a, b in loc))
    run(plan, array, sub_shape, res[0], res[1], window=window, threads=1, block_shape=block_shape)
    return res


def build(plan, array_in, shape_out, nwcs, chunks_spec, broadcasting, temp_dir):
    """A lazy ``(2, *shape_out)`` float64 dask array of [values, footprint] computed by the engine chunk
    by chunk. ``chunks_spec`` is reproject's block size (a tuple, possibly with -1, or None/'auto')."""
    import dask
    import dask.array as da

    from ._inputs import is_dask_array

    if chunks_spec is not None and chunks_spec != "auto":
        template = da.empty(shape_out, chunks=tuple(chunks_spec))
    else:
        kwargs = {}
        if broadcasting:
            kwargs["chunks"] = (-1,) * (len(shape_out) - nwcs) + ("auto",) * nwcs
        template = da.empty(shape_out).rechunk(block_size_limit=64 * 1024**2, **kwargs)

    if is_dask_array(array_in):
        source = dask.delayed(_stage_task, pure=True)(_Boxed(array_in), temp_dir)
    else:
        spec = source_spec(array_in)
        source = spec if isinstance(spec, MemmapSpec) else dask.delayed(spec, pure=True)

    # engine blocks = dask chunks (regular from the origin), so each task computes exactly its chunk
    block_shape = tuple(c[0] for c in template.chunks)
    return da.map_blocks(
        _block_task,
        template,
        source,
        plan=plan,
        shape_out=tuple(shape_out),
        nwcs=nwcs,
        block_shape=block_shape,
        dtype=np.float64,
        new_axis=0,
        chunks=((2,),) + template.chunks,
        meta=np.empty((0,) * (len(shape_out) + 1), dtype=np.float64),
    )


def compute_into(result, array_out, footprint_out, progress=None, batch_bytes=256 * 1024**2):
    """Compute ``result`` (from :func:`build`) on the active scheduler — threads, processes or a
    dask.distributed client — into the numpy outputs, a batch of chunks at a time (bounded memory)."""
    import dask

    chunks = result.chunks[1:]
    starts = [np.concatenate(([0], np.cumsum(c))) for c in chunks]
    pending = []
    size = 0

    def flush():
        nonlocal pending, size
        if not pending:
            return
        values = dask.compute(*[blk for _, blk in pending])
        for (slices, _), res in zip(pending, values, strict=True):
            array_out[slices] = res[0]
            if footprint_out is not None:
                footprint_out[slices] = res[1]
        if progress is not None:
            progress(len(pending))
        pending, size = [], 0

    for idx in np.ndindex(*result.numblocks[1:]):
        slices = tuple(slice(int(starts[k][i]), int(starts[k][i + 1])) for k, i in enumerate(idx))
        pending.append((slices, result.blocks[(0,) + idx]))
        size += 16 * int(np.prod([s.stop - s.start for s in slices]))
        if size >= batch_bytes:
            flush()
    flush()
