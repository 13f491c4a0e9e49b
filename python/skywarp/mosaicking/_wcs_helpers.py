"""``find_optimal_celestial_wcs``: reproject's function of that name, its numbers computed by the engine
(``skywarp-mosaic``): the same inputs, defaults, warnings and errors, the same WCS and shape."""

import warnings
from pathlib import Path

import numpy as np
from astropy import units as u
from astropy.coordinates import (
    FK4,
    FK5,
    ICRS,
    FK4NoETerms,
    Galactic,
    SkyCoord,
    frame_transform_graph,
)
from astropy.io import fits
from astropy.io.fits import Header
from astropy.wcs import WCS
from astropy.wcs.utils import celestial_frame_to_wcs, proj_plane_pixel_scales, wcs_to_celestial_frame
from astropy.wcs.wcsapi import BaseHighLevelWCS, BaseLowLevelWCS

from astropy.wcs.wcsapi.high_level_wcs_wrapper import HighLevelWCSWrapper

from .. import _core
from .._errors import UnsupportedError
from .._inputs import _is_jpeg, _is_png, parse_input_data
from .._wcs import as_fits_wcs, fits_cards_of_wcs

__all__ = ["find_optimal_celestial_wcs", "parse_input_shape"]

NEGATIVE_CDELT_CTYPES = ("RA--", "GLON", "ELON", "HLON", "SLON")


def parse_input_shape(input_shape, hdu_in=None):
    """``(shape, wcs)`` of one input specification, by reproject's ``parse_input_shape`` rules (files and
    HDUs are read for their headers only)."""
    if isinstance(input_shape, (str, Path)) and (_is_png(input_shape) or _is_jpeg(input_shape)):
        array, wcs, _ = parse_input_data(input_shape)
        return array.shape, wcs
    if isinstance(input_shape, (str, Path)):
        with fits.open(input_shape) as hdul:
            return parse_input_shape(hdul, hdu_in=hdu_in)
    if isinstance(input_shape, fits.HDUList):
        if hdu_in is None:
            if len(input_shape) > 1:
                raise ValueError(
                    "More than one HDU is present, please specify HDU to use with ``hdu_in=`` option"
                )
            hdu_in = 0
        return parse_input_shape(input_shape[hdu_in])
    if isinstance(input_shape, (fits.PrimaryHDU, fits.ImageHDU, fits.CompImageHDU)):
        return input_shape.shape, WCS(input_shape.header)
    if isinstance(input_shape, tuple) and len(input_shape) == 2:
        first, wcs = input_shape
        shape = first.shape if isinstance(first, np.ndarray) or hasattr(first, "dask") else first
        if isinstance(wcs, Header):
            wcs = WCS(wcs)
        elif isinstance(wcs, BaseLowLevelWCS) and not isinstance(wcs, BaseHighLevelWCS):
            wcs = HighLevelWCSWrapper(wcs)
        return tuple(shape), wcs
    if isinstance(input_shape, (BaseLowLevelWCS, BaseHighLevelWCS)):
        low = input_shape.low_level_wcs if isinstance(input_shape, BaseHighLevelWCS) else input_shape
        if low.array_shape is None:
            raise ValueError("WCS does not have array_shape set")
        if not isinstance(input_shape, BaseHighLevelWCS):
            input_shape = HighLevelWCSWrapper(input_shape)
        return low.array_shape, input_shape
    from astropy.nddata import NDDataBase

    if isinstance(input_shape, NDDataBase):
        wcs = input_shape.wcs
        if isinstance(wcs, BaseLowLevelWCS) and not isinstance(wcs, BaseHighLevelWCS):
            wcs = HighLevelWCSWrapper(wcs)
        return input_shape.data.shape, wcs
    raise TypeError(
        "input_shape should either be an HDU object or a tuple of (array-or-shape, WCS) or "
        "(array-or-shape, Header)"
    )


def _frame_name(frame):
    """The frame as the engine parses it."""
    if isinstance(frame, ICRS):
        return "icrs"
    if isinstance(frame, FK5):
        return f"fk5:J{float(frame.equinox.jyear)!r}"
    if isinstance(frame, FK4NoETerms):
        return f"fk4noeterms:B{float(frame.equinox.byear)!r}:B{float(frame.obstime.byear)!r}"
    if isinstance(frame, FK4):
        return f"fk4:B{float(frame.equinox.byear)!r}:B{float(frame.obstime.byear)!r}"
    if isinstance(frame, Galactic):
        return "galactic"
    raise UnsupportedError(f"find_optimal_celestial_wcs: the {type(frame).__name__} frame is not supported")


def _checked_shape(shape, wcs):
    """(shape, wcs) of one input after reproject's checks: 2-D image, 2-D celestial WCS."""
    if len(shape) > wcs.pixel_n_dim:
        shape = shape[-wcs.pixel_n_dim :]
    if len(shape) != 2:
        raise ValueError(f"Input data is not 2-dimensional (got shape {shape!r})")
    if wcs.pixel_n_dim != 2 or wcs.world_n_dim != 2:
        raise ValueError("Input WCS is not 2-dimensional")
    if isinstance(wcs, WCS):
        if not wcs.has_celestial:
            raise TypeError("WCS does not have celestial components")
    elif not isinstance(wcs.pixel_to_world(0, 0), SkyCoord):
        raise TypeError("WCS does not have celestial components")
    return tuple(int(s) for s in shape), wcs


def _frame_of(wcs):
    if isinstance(wcs, WCS):
        return wcs_to_celestial_frame(wcs)
    return wcs.pixel_to_world(0, 0).frame.replicate_without_data()


def _engine_input(shape, wcs):
    """(cards, shape, is_fits) of one checked input, for the engine."""
    is_fits = isinstance(wcs, WCS)
    cards, tables = fits_cards_of_wcs(wcs if is_fits else as_fits_wcs(wcs))
    if tables:
        raise UnsupportedError("find_optimal_celestial_wcs: lookup-table distortions are not supported")
    return (cards, list(shape), is_fits)


def _optimal_through_astropy(shapes, frame, auto_rotate, projection, resolution, reference,
                             negative_lon_cdelt):
    """find_optimal_celestial_wcs for inputs the engine cannot map itself: the inputs' corners,
    references and pixel scales come from their WCS objects and astropy's frame transforms (as reproject
    takes them), the rotation from the engine's minimum-area rectangle."""
    corners, references, scales = [], [], []
    for (ny, nx), wcs in shapes:
        xc = np.array([-0.5, nx - 0.5, nx - 0.5, -0.5])
        yc = np.array([-0.5, -0.5, ny - 0.5, ny - 0.5])
        corners.append(wcs.pixel_to_world(xc, yc).transform_to(frame))
        if isinstance(wcs, WCS):
            xp, yp = wcs.wcs.crpix - 1
            references.append(wcs.pixel_to_world(xp, yp).transform_to(frame))
            cel = wcs.celestial
            scales.append(min(abs(s) * u.Unit(unit) for s, unit in zip(proj_plane_pixel_scales(cel),
                                                                         cel.wcs.cunit)))
        else:
            xp, yp = (nx - 1) / 2, (ny - 1) / 2
            c = wcs.pixel_to_world(np.array([xp, xp, xp + 1]), np.array([yp, yp + 1, yp]))
            references.append(c[0].transform_to(frame))
            scales.append(min(abs(c[0].separation(c[2])), abs(c[0].separation(c[1]))))
    if reference is None:
        refs = SkyCoord(references)
        reference = SkyCoord(refs.data.mean(), frame=refs.frame)
    reference = reference.transform_to(frame)
    if resolution is None:
        resolution = min(u.Quantity(s).to(u.deg) for s in scales)
    resolution = u.Quantity(resolution)
    wcs_final = celestial_frame_to_wcs(frame, projection=projection)
    negative_lon_cdelt = _lon_cdelt(wcs_final, negative_lon_cdelt)
    for i in range(2):
        if wcs_final.wcs.cunit[i] == "":
            wcs_final.wcs.cunit[i] = "deg"
    rep = reference.represent_as("unitspherical")
    wcs_final.wcs.crval = (rep.lon.to_value(wcs_final.wcs.cunit[0]), rep.lat.to_value(wcs_final.wcs.cunit[1]))
    sign = -1 if negative_lon_cdelt else 1
    wcs_final.wcs.cdelt = (sign * resolution.to_value(wcs_final.wcs.cunit[0]),
                           resolution.to_value(wcs_final.wcs.cunit[1]))
    wcs_final.wcs.crpix = (1, 1)
    allc = SkyCoord(corners)

    def corner_pixels():
        xp, yp = wcs_final.world_to_pixel(allc)
        return xp + 1, yp + 1

    xp, yp = corner_pixels()
    if auto_rotate:
        angle = _core.rectangle_rotation([(float(x), float(y)) for x, y in zip(xp, yp)])
        wcs_final.wcs.pc = [[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]]
        xp, yp = corner_pixels()
    if not (np.all(np.isfinite(xp)) and np.all(np.isfinite(yp))):
        raise ValueError("an input corner has no position in the output projection")
    wcs_final.wcs.crpix = ((1 - xp.min()) + 0.5, (1 - yp.min()) + 0.5)
    shape = (int(round(yp.max() - yp.min())), int(round(xp.max() - xp.min())))
    return wcs_final, shape


def _lon_cdelt(wcs_final, negative_lon_cdelt):
    """reproject's negative_lon_cdelt rule (with its DeprecationWarning)."""
    auto = wcs_final.wcs.ctype[0][:4] in NEGATIVE_CDELT_CTYPES
    if negative_lon_cdelt == "auto":
        return auto
    if negative_lon_cdelt is None:
        if not auto:
            warnings.warn(
                "negative_lon_cdelt is not set, and currently defaults to True, "
                "but in future will change to 'auto', and for this WCS this will "
                "evaluate to False in future. It is recommended that you set "
                "negative_lon_cdelt explicitly, either to 'auto', or to True/False.",
                DeprecationWarning,
                stacklevel=3,
            )
        return True
    return negative_lon_cdelt


def _is_single(input_data):
    if isinstance(input_data, str):
        return True
    if np.iterable(input_data):
        return len(input_data) == 2 and isinstance(input_data[1], (BaseLowLevelWCS, BaseHighLevelWCS, Header))
    return True


def find_optimal_celestial_wcs(
    input_data,
    hdu_in=None,
    frame=None,
    auto_rotate=False,
    projection="TAN",
    resolution=None,
    reference=None,
    negative_lon_cdelt=None,
):
    """
    The WCS and shape of a celestial grid covering every input — a drop-in replacement for
    ``reproject.mosaicking.find_optimal_celestial_wcs`` (reproject 0.21), computed by skywarp.

    Parameters are reproject's: ``input_data`` one input or an iterable of inputs (FITS file names,
    HDUs, HDU lists, ``(array-or-shape, WCS-or-Header)`` tuples, NDData, WCS objects with
    ``array_shape``); ``frame`` (default: the first input's); ``auto_rotate`` (turn the grid to the
    minimum-area rectangle around the inputs — shapely is not needed); ``projection``; ``resolution``
    (an angle, default the finest input); ``reference`` (a `~astropy.coordinates.SkyCoord`, default the
    mean direction of the inputs' references); ``negative_lon_cdelt`` (True, False or 'auto'; None means
    True with reproject's DeprecationWarning where 'auto' would differ).

    Returns
    -------
    wcs : `~astropy.wcs.WCS`
    shape : tuple
    """
    if isinstance(frame, str):
        frame = frame_transform_graph.lookup_name(frame)()
    inputs = [input_data] if _is_single(input_data) else list(input_data)
    shapes = [_checked_shape(*parse_input_shape(x, hdu_in=hdu_in)) for x in inputs]
    if not shapes:
        raise ValueError("find_optimal_celestial_wcs needs at least one input")
    if frame is None:
        frame = _frame_of(shapes[0][1])
    try:
        engine_inputs = [_engine_input(shape, wcs) for shape, wcs in shapes]
        frame_name = _frame_name(frame)
    except UnsupportedError:
        # a WCS with no FITS form (gwcs, ...) or a frame the engine does not know (solar, ...)
        return _optimal_through_astropy(shapes, frame, auto_rotate, projection, resolution, reference,
                                        negative_lon_cdelt)
    wcs_final = celestial_frame_to_wcs(frame, projection=projection)
    negative_lon_cdelt = _lon_cdelt(wcs_final, negative_lon_cdelt)
    if reference is not None:
        rep = reference.transform_to(frame).represent_as("unitspherical")
        reference = (float(rep.lon.to_value(u.deg)), float(rep.lat.to_value(u.deg)))
    if resolution is not None:
        resolution = float(u.Quantity(resolution).to_value(u.deg))
    grid = _core.optimal_grid(
        engine_inputs,
        frame=frame_name,
        projection=projection,
        resolution=resolution,
        reference=reference,
        auto_rotate=bool(auto_rotate),
        lon_cdelt="negative" if negative_lon_cdelt else "positive",
    )
    for i in range(2):
        if wcs_final.wcs.cunit[i] == "":
            wcs_final.wcs.cunit[i] = "deg"
    wcs_final.wcs.crval = grid["crval"]
    wcs_final.wcs.cdelt = grid["cdelt"]
    if grid["pc"] is not None:
        wcs_final.wcs.pc = np.array(grid["pc"])
    wcs_final.wcs.crpix = grid["crpix"]
    return wcs_final, tuple(grid["shape"])
