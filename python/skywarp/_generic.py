"""The generic path: WCS that the engine cannot map itself, evaluated through the WCS objects.

Two kinds of input take it: a WCS that cannot be written as a FITS header (gwcs, any other APE-14
object), and a pair of FITS WCS in a celestial frame the engine does not know. For them the engine's
coordinate grid calls :class:`PixelMapping` — output ``pixel_to_world``, astropy's frame transform when the
frames differ, input ``world_to_pixel`` (astropy's ``pixel_to_pixel``, which is what reproject uses), with
reproject's round-trip check — at the grid's nodes only, in batches. The engine takes the GIL just for
those calls, so the kernels still run on every thread, and the results follow the same grid rules (and
tolerance) as the native path.
"""

import threading

import numpy as np
from astropy.wcs.utils import pixel_to_pixel
from astropy.wcs.wcsapi import BaseHighLevelWCS, HighLevelWCSWrapper

__all__ = ["PixelMapping"]


def _high_level(wcs):
    return wcs if isinstance(wcs, BaseHighLevelWCS) else HighLevelWCSWrapper(wcs)


class PixelMapping:
    """Output pixel → input pixel through the WCS objects: called with an ``(n, naxis)`` float64 array
    of output pixel positions (0-based, WCS pixel order), returns the input positions in the same layout,
    NaN where there is none (or, with ``roundtrip``, where mapping back lands more than a pixel away, as
    reproject's ``pixel_to_pixel_with_roundtrip``). Picklable (for dask's process schedulers) when the WCS
    are. Calls are serialised by a lock: WCS objects are not promised to be thread-safe."""

    def __init__(self, wcs_out, wcs_in, roundtrip):
        self.wcs_out = _high_level(wcs_out)
        self.wcs_in = _high_level(wcs_in)
        self.roundtrip = bool(roundtrip)
        self.naxis = self.wcs_in.low_level_wcs.pixel_n_dim
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def __call__(self, pix):
        cols = [pix[:, i] for i in range(self.naxis)]
        with self._lock:
            res = pixel_to_pixel(self.wcs_out, self.wcs_in, *cols)
            if self.naxis == 1:
                res = (res,)
            if self.roundtrip:
                back = pixel_to_pixel(self.wcs_in, self.wcs_out, *res)
                if self.naxis == 1:
                    back = (back,)
                far = np.zeros(len(pix), dtype=bool)
                for b, c in zip(back, cols, strict=True):
                    far |= np.abs(np.broadcast_to(b, c.shape) - c) > 1
        out = np.empty(pix.shape, dtype=np.float64)
        for i, r in enumerate(res):
            out[:, i] = r
        if self.roundtrip:
            out[far] = np.nan
        return out
