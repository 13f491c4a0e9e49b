"""Input and output specifications, parsed by reproject's rules (``reproject.utils``) with the same
errors, but without loading data: FITS images on disk are read through a memory map of the file."""

import operator
import os
from pathlib import Path

import numpy as np
from astropy.io import fits
from astropy.io.fits import CompImageHDU, Header, HDUList, ImageHDU, PrimaryHDU
from astropy.wcs import WCS
from astropy.wcs.wcsapi import BaseHighLevelWCS, BaseLowLevelWCS
from astropy.wcs.wcsapi.high_level_wcs_wrapper import HighLevelWCSWrapper

from ._errors import SkywarpValueError

__all__ = ["parse_input_data", "parse_output_projection", "is_dask_array"]

_BITPIX = {8: "u1", 16: ">i2", 32: ">i4", 64: ">i8", -32: ">f4", -64: ">f8"}


def is_dask_array(obj):
    """True for a dask array (without importing dask when it is not in use)."""
    mod = type(obj).__module__
    if not mod.startswith("dask"):
        return False
    import dask.array as da

    return isinstance(obj, da.Array)


def _is_png(filename):
    with open(filename, "rb") as f:
        return f.read(8) == b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a"


def _is_jpeg(filename):
    with open(filename, "rb") as f:
        return f.read(3) == b"\xff\xd8\xff"


def _image_with_avm(filename):
    from PIL import Image
    from pyavm import AVM

    data = np.array(Image.open(filename)).transpose(2, 0, 1)[:, ::-1]
    return data, AVM.from_image(filename).to_wcs()


def hdu_array(hdu):
    """The pixels of an image HDU without loading them: a ``np.memmap`` of the file's own (big-endian)
    bytes when the HDU is an unscaled image in an uncompressed file on disk, as reproject does; otherwise
    (data already loaded or replaced, BSCALE/BZERO scaling, gzip'ed file, in-memory HDU) ``hdu.data``."""
    if getattr(hdu, "_data_loaded", False) or getattr(hdu, "_data_replaced", False):
        return hdu.data
    header = hdu.header
    if (
        getattr(hdu, "_orig_bscale", 1) != 1
        or getattr(hdu, "_orig_bzero", 0) != 0
        or header.get("BSCALE", 1) != 1
        or header.get("BZERO", 0) != 0
    ):
        return hdu.data
    try:
        info = hdu.fileinfo()
        if info is None or info["file"].compression is not None:
            return hdu.data
        path = info["file"].name
        dtype = _BITPIX[header["BITPIX"]]
        naxis = header["NAXIS"]
        shape = tuple(header[f"NAXIS{i}"] for i in range(naxis, 0, -1))
        if naxis == 0 or not path or not os.path.isfile(path) or 0 in shape:
            return hdu.data
        return np.memmap(path, mode="r", dtype=dtype, shape=shape, offset=info["datLoc"])
    except (KeyError, AttributeError, TypeError, OSError, ValueError):
        return hdu.data


def _with_data(data, hdu):
    if data is None:
        # reproject fails later with an AttributeError on None; say what is wrong instead
        raise SkywarpValueError(
            f"HDU {hdu.name or ''!s} has no data: choose an image HDU with the hdu_in= option"
        )
    return data


def parse_input_data(input_data, hdu_in=None, source_hdul=None):
    """``(array, wcs, header)``: the pixels (numpy or dask array), the WCS as reproject builds it, and the
    FITS header it came from (None when the WCS was given as an object)."""
    if isinstance(input_data, (str, Path)):
        if _is_png(input_data) or _is_jpeg(input_data):
            data, wcs = _image_with_avm(input_data)
            return data, wcs, None
        with fits.open(input_data) as hdul:
            return parse_input_data(hdul, hdu_in=hdu_in)
    elif isinstance(input_data, HDUList):
        if hdu_in is None:
            if len(input_data) > 1:
                raise SkywarpValueError(
                    "More than one HDU is present, please specify HDU to use with ``hdu_in=`` option"
                )
            hdu_in = 0
        return parse_input_data(input_data[hdu_in], source_hdul=input_data)
    elif isinstance(input_data, (PrimaryHDU, ImageHDU)) and not isinstance(input_data, CompImageHDU):
        return (
            _with_data(hdu_array(input_data), input_data),
            WCS(input_data.header, fobj=source_hdul),
            input_data.header,
        )
    elif isinstance(input_data, CompImageHDU):
        return (
            _with_data(input_data.data, input_data),
            WCS(input_data.header, fobj=source_hdul),
            input_data.header,
        )
    elif (
        isinstance(input_data, tuple)
        and len(input_data) >= 2
        and (isinstance(input_data[0], np.ndarray) or is_dask_array(input_data[0]))
    ):
        array, wcs = input_data[0], input_data[1]
        if isinstance(wcs, Header):
            return array, WCS(wcs), wcs
        if isinstance(wcs, BaseHighLevelWCS):
            return array, wcs, None
        return array, HighLevelWCSWrapper(wcs), None
    elif _is_nddata(input_data):
        return input_data.data, input_data.wcs, None
    raise TypeError("input_data should either be an HDU object or a tuple of (array, WCS) or (array, Header)")


def _is_nddata(obj):
    from astropy.nddata import NDDataBase

    return isinstance(obj, NDDataBase)


def parse_output_projection(output_projection, shape_in=None, shape_out=None, output_array=None):
    """``(wcs_out, shape_out, header_out)`` by reproject's rules and with its messages."""
    if shape_out is None:
        if output_array is not None:
            shape_out = output_array.shape
    elif output_array is not None:
        if tuple(shape_out) != tuple(output_array.shape):
            raise SkywarpValueError("shape_out does not match shape of output_array")

    header_out = None
    if isinstance(output_projection, Header):
        header_out = output_projection
        wcs_out = WCS(output_projection)
        try:
            shape_out = [output_projection[f"NAXIS{i + 1}"] for i in range(output_projection["NAXIS"])][::-1]
        except KeyError:
            if shape_out is None:
                raise SkywarpValueError(
                    "Need to specify shape since output header does not contain complete shape information"
                ) from None
    elif isinstance(output_projection, (BaseLowLevelWCS, BaseHighLevelWCS)):
        if isinstance(output_projection, BaseLowLevelWCS) and not isinstance(
            output_projection, BaseHighLevelWCS
        ):
            wcs_out = HighLevelWCSWrapper(output_projection)
        else:
            wcs_out = output_projection
        if shape_out is None:
            if wcs_out.low_level_wcs.array_shape is not None:
                shape_out = wcs_out.low_level_wcs.array_shape
            else:
                raise SkywarpValueError(
                    "Need to specify shape_out when specifying output_projection as WCS object"
                )
    elif isinstance(output_projection, (str, os.PathLike)):
        with fits.open(output_projection) as hdul:
            header_out = hdul[0].header.copy()
        naxis = header_out.get("NAXIS", 0)
        shape_out = tuple(header_out[f"NAXIS{i}"] for i in range(naxis, 0, -1))
        wcs_out = WCS(header_out)
    else:
        raise TypeError("output_projection should either be a Header, a WCS object, or a filename")

    if len(shape_out) == 0:
        raise SkywarpValueError("The shape of the output image should not be an empty tuple")

    if (
        shape_in is not None
        and len(shape_out) < len(shape_in)
        and len(shape_out) == wcs_out.low_level_wcs.pixel_n_dim
    ):
        # prepend the broadcast dimensions of the input
        shape_out = (*shape_in[: -len(shape_out)], *shape_out)
    return wcs_out, _shape(shape_out), header_out


def _shape(shape):
    """``shape`` as a tuple of ints, checked as numpy checks an array shape (reproject passes shape_out
    to numpy): a non-integer size is a TypeError, a negative one a ValueError, with numpy's messages."""
    sizes = tuple(operator.index(s) for s in shape)
    if any(s < 0 for s in sizes):
        raise SkywarpValueError("negative dimensions are not allowed")
    return sizes
