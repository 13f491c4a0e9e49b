"""Utilities for multiprocessing pipelines: :func:`share_data` (eloy's ``utils.share_data``, really shared).

>>> from skywarp import utils                                   # doctest: +SKIP
>>> shared = utils.share_data({"bias": bias, "dark": dark, "flat": flat})  # doctest: +SKIP
>>> pool.imap(partial(process_image, shared_data=shared), files)  # doctest: +SKIP

Each array is written once to a file in a private temporary directory and returned as a read-only
:class:`SharedArray`, a :class:`numpy.memmap` that pickles as ``(path, dtype, shape, offset)`` — a few
hundred bytes whatever the array's size — and unpickles (in a ``multiprocessing`` worker, fork or spawn,
or a ``concurrent.futures`` process) as a read-only memory map of the same file: every process shares
the same pages of the page cache instead of receiving its own copy.

The directory (``skywarp-shared-*`` under :func:`tempfile.gettempdir`) is removed when the process that
created it exits normally (``atexit``); processes forked from it never remove it. A process killed by a
signal leaves it behind.
"""

import atexit
import os
import re
import shutil
import tempfile
import threading

import numpy as np

__all__ = ["share_data", "SharedArray"]


def _open_shared(path, dtype, shape, offset, order="C"):
    """Reopen a shared array in this process (the unpickling side of :meth:`SharedArray.__reduce__`)."""
    return SharedArray._open(path, np.dtype(dtype), tuple(shape), int(offset), order)


class SharedArray(np.memmap):
    """A read-only :class:`numpy.memmap` of a file written by :func:`share_data`.

    Pickling sends only ``(path, dtype, shape, offset)``; the receiving process maps the same file
    read-only. Views keep this as long as they are contiguous in the file (slices of rows, the
    array itself, its transpose); other views and the results of arithmetic pickle their values
    like ordinary arrays (arithmetic results are plain :class:`numpy.ndarray`).
    """

    @classmethod
    def _open(cls, path, dtype, shape, offset, order="C"):
        arr = np.memmap.__new__(cls, path, dtype=dtype, mode="r", offset=offset, shape=shape, order=order)
        arr._sw_path = os.fspath(path)
        arr._sw_offset = int(offset)
        arr._sw_ptr = arr.ctypes.data
        return arr

    def __array_finalize__(self, obj):
        super().__array_finalize__(obj)
        if getattr(self, "_mmap", None) is not None and getattr(obj, "_sw_path", None) is not None:
            self._sw_path = obj._sw_path
            self._sw_offset = obj._sw_offset
            self._sw_ptr = obj._sw_ptr
        else:
            self._sw_path = None

    def __array_wrap__(self, arr, *args, **kwargs):
        arr = super().__array_wrap__(arr, *args, **kwargs)
        # as numpy.memmap does for itself: results that do not share the file are plain arrays
        if isinstance(arr, SharedArray) and arr is not self and arr._mmap is None:
            return arr.view(np.ndarray)
        return arr

    def _file_location(self):
        """``(path, offset, order)`` of this array's bytes in its file, or None when they are not one
        contiguous run of it (then it pickles by value)."""
        path = getattr(self, "_sw_path", None)
        if path is None or getattr(self, "_mmap", None) is None or self.size == 0:
            return None
        if self.flags.c_contiguous:
            order = "C"
        elif self.flags.f_contiguous:
            order = "F"
        else:
            return None
        return path, self._sw_offset + (self.ctypes.data - self._sw_ptr), order

    def __reduce__(self):
        loc = self._file_location()
        if loc is None:
            return np.asarray(self).__reduce__()
        path, offset, order = loc
        return (_open_shared, (path, self.dtype.str, tuple(self.shape), offset, order))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


_lock = threading.Lock()
_dir = {"path": None, "pid": None}


def _remove(path, pid):
    # atexit handlers are inherited by forked children: only the creator removes the directory
    if os.getpid() == pid:
        shutil.rmtree(path, ignore_errors=True)


def _share_dir():
    """This process' private directory of shared arrays (created on first use)."""
    with _lock:
        pid = os.getpid()
        if _dir["path"] is None or _dir["pid"] != pid or not os.path.isdir(_dir["path"]):
            path = tempfile.mkdtemp(prefix=f"skywarp-shared-{pid}-")
            atexit.register(_remove, path, pid)
            _dir.update(path=path, pid=pid)
        return _dir["path"]


def _safe(key):
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(key))[:40] or "array"


def share_data(master_files):
    """Share arrays between processes through read-only memory-mapped files (eloy's ``share_data``).

    Parameters
    ----------
    master_files : dict
        Keys (e.g. ``'bias'``, ``'dark'``, ``'flat'``) to numpy arrays.

    Returns
    -------
    dict
        The same keys to read-only :class:`SharedArray` memory maps (a :class:`numpy.memmap`
        subclass) holding the same values, dtypes and shapes. Sent to other processes (e.g. as an
        argument of a ``multiprocessing.Pool`` task) they travel as ``(path, dtype, shape, offset)``
        and are mapped again there, so the data is never copied between processes.

    Notes
    -----
    Unlike eloy, which writes ``<key>.array`` into the current directory (so two pipelines in one
    directory overwrite each other's masters), every call writes new, uniquely named files into a private
    temporary directory, removed when this process exits. Arrays that are already shared are returned as
    they are. Empty arrays are returned as read-only copies (a file cannot map zero bytes).
    """
    shared = {}
    for key, value in master_files.items():
        if isinstance(value, SharedArray) and value._file_location() is not None:
            shared[key] = value
            continue
        arr = np.asanyarray(value)
        if arr.dtype.hasobject:
            raise TypeError(f"share_data: {key!r} has dtype {arr.dtype}, which cannot be shared through a file")
        if arr.size == 0:
            copy = np.array(arr)
            copy.flags.writeable = False
            shared[key] = copy
            continue
        fd, path = tempfile.mkstemp(prefix=f"{_safe(key)}-", suffix=".array", dir=_share_dir())
        try:
            with os.fdopen(fd, "wb") as f:
                np.asarray(arr).tofile(f)  # C order, whatever the array's layout
        except BaseException:
            os.unlink(path)
            raise
        shared[key] = SharedArray._open(path, arr.dtype, arr.shape, 0, "C")
    return shared
