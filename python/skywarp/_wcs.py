"""WCS handling: reproject's checks, and turning any supported WCS into FITS header cards for the engine.

The engine parses FITS headers itself (WCSLIB, with astropy's fixes), so an astropy ``WCS`` crosses into
Rust as its header: written by WCSLIB at full (17-digit) precision, plus SIP keywords. APE-14 wrappers of
an astropy ``WCS`` (``HighLevelWCSWrapper``, ``SlicedLowLevelWCS`` with slices, reproject's test
wrappers) are unwrapped; any other WCS (gwcs, ...) raises :class:`~skywarp.UnsupportedError`. astropy's
lookup-table distortions (D2IM, CPDIS) travel as their table images, as ``WCS.to_fits`` writes them.

The engine wants the celestial axes first; cubes whose axes come in another order are handled by
reordering the WCS (``WCS.sub``) and viewing the arrays with transposed axes (no copies).
"""

from dataclasses import dataclass

import numpy as np
from astropy.io import fits
from astropy.wcs import WCS, WCSHDO_P17, WCSHDO_all
from astropy.wcs.wcsapi import BaseHighLevelWCS, BaseLowLevelWCS, SlicedLowLevelWCS

from ._errors import SkywarpValueError, UnsupportedError

__all__ = ["has_celestial", "validate_wcs", "EngineWcs", "engine_wcs"]


def has_celestial(wcs):
    """True if the WCS has celestial axes (reproject's rule)."""
    if isinstance(wcs, WCS):
        return wcs.has_celestial
    from astropy.coordinates import SkyCoord

    for world_axis_class in wcs.low_level_wcs.world_axis_object_classes.values():
        if issubclass(world_axis_class[0], SkyCoord):
            return True
    return False


def validate_wcs(wcs_in, wcs_out, shape_in, shape_out):
    """reproject's ``_validate_wcs``: the same checks, in the same order, with the same messages."""
    n_in = wcs_in.low_level_wcs.pixel_n_dim
    n_out = wcs_out.low_level_wcs.pixel_n_dim
    if n_in != n_out:
        raise SkywarpValueError("Number of dimensions in input and output WCS should match")
    elif len(shape_out) < n_out:
        raise SkywarpValueError("Too few dimensions in shape_out")
    elif len(shape_in) < n_in:
        raise SkywarpValueError("Too few dimensions in input data")
    elif len(shape_in) != len(shape_out):
        raise SkywarpValueError("Number of dimensions in input and output data should match")

    if tuple(shape_in[:-n_in]) != tuple(shape_out[:-n_out]):
        raise SkywarpValueError("Dimensions to be looped over must match exactly")

    if has_celestial(wcs_in) and not has_celestial(wcs_out):
        raise SkywarpValueError("Input WCS has celestial components but output WCS does not")
    elif has_celestial(wcs_out) and not has_celestial(wcs_in):
        raise SkywarpValueError("Output WCS has celestial components but input WCS does not")

    if isinstance(wcs_in, WCS) and isinstance(wcs_out, WCS):
        spec_in, spec_out = wcs_in.wcs.spec, wcs_out.wcs.spec
        if spec_in >= 0 and spec_out >= 0:
            ctype_in, ctype_out = wcs_in.wcs.ctype[spec_in], wcs_out.wcs.ctype[spec_out]
            if ctype_in[:4] != ctype_out[:4]:
                raise SkywarpValueError(
                    f"The input ({ctype_in}) and output ({ctype_out}) spectral "
                    "coordinate types are not equivalent."
                )
        elif spec_in >= 0:
            raise SkywarpValueError("Input WCS has a spectral component but output WCS does not")
        elif spec_out >= 0:
            raise SkywarpValueError("Output WCS has a spectral component but input WCS does not")


def _unsupported(wcs):
    return UnsupportedError(
        f"skywarp needs a WCS that can be written as a FITS header (an astropy.wcs.WCS, a FITS Header, "
        f"or an APE-14 wrapper or slice of an astropy.wcs.WCS); got {type(wcs).__module__}."
        f"{type(wcs).__qualname__}"
    )


def as_fits_wcs(wcs):
    """The astropy ``WCS`` equivalent to ``wcs`` (an astropy WCS or an APE-14 wrapper/slice of one)."""
    seen = set()
    obj = wcs
    while id(obj) not in seen:
        seen.add(id(obj))
        if isinstance(obj, WCS):
            return obj
        if isinstance(obj, SlicedLowLevelWCS):
            return _unslice(obj)
        inner = getattr(obj, "low_level_wcs", None)
        if inner is None or inner is obj:
            break
        obj = inner
    raise _unsupported(wcs)


def _unslice(sliced):
    """A ``SlicedLowLevelWCS`` over an astropy WCS as a plain WCS: ranges shift CRPIX (``WCS.slice``);
    integer indices drop their axis, which is only possible when no kept world axis depends on it."""
    base = as_fits_wcs(sliced._wcs)
    slices = list(sliced._slices_array)  # numpy order
    n = base.pixel_n_dim
    if all(isinstance(s, slice) and s.start in (None, 0) and s.step in (None, 1) for s in slices):
        return base
    ranges = tuple(s if isinstance(s, slice) else slice(int(s), int(s) + 1) for s in slices)
    out = base.slice(ranges)
    dropped = [n - 1 - i for i, s in enumerate(slices) if not isinstance(s, slice)]  # FITS axes
    if dropped:
        corr = base.axis_correlation_matrix  # [world, pixel]
        kept_pixel = [p for p in range(n) if p not in dropped]
        for p in dropped:
            # a dropped pixel axis must only feed world axes that no kept pixel axis feeds
            worlds = [w for w in range(corr.shape[0]) if corr[w, p]]
            if any(corr[w, k] for w in worlds for k in kept_pixel):
                raise UnsupportedError(
                    "a WCS sliced with an integer index along an axis that is coupled to the kept axes "
                    "cannot be written as a FITS header"
                )
        for p in sorted(dropped, reverse=True):
            out = out.dropaxis(p)
    return out


def _format_value(v):
    return repr(float(v)).upper()


def _card(key, value):
    text = f"{key:<8}= {value:>20}"
    if len(text) > 80:
        raise SkywarpValueError(f"cannot format FITS card {key} = {value}")
    return text.ljust(80)


_LOOKUP_ATTRS = ("cpdis1", "cpdis2", "det2im1", "det2im2")
_LOOKUP_KEYS = ("CPDIS", "CPERR", "DP", "D2IM", "AXISCORR")


def has_lookup_tables(w):
    """True when astropy WCS ``w`` carries lookup-table distortions (D2IM / CPDIS)."""
    return any(getattr(w, a, None) is not None for a in _LOOKUP_ATTRS)


def fits_cards_of_wcs(w):
    """FITS header cards (80-character records, concatenated) describing astropy WCS ``w`` exactly,
    and its lookup-table distortion images as ``(extname, extver, cards, data)`` (usually none)."""
    if w.wcs.alt.strip():
        w = w.deepcopy()
        w.wcs.alt = " "
    text = w.wcs.to_header(WCSHDO_all | WCSHDO_P17)
    header = fits.Header.fromstring(text)
    for kw in ("", " ", "COMMENT"):
        while kw in header:
            del header[kw]
    extra = []
    if w.sip is not None:
        for i in range(w.naxis):
            key = f"CTYPE{i + 1}"
            if key in header and i in (w.wcs.lng, w.wcs.lat) and not header[key].endswith("-SIP"):
                header[key] = header[key] + "-SIP"
        for name in ("a", "b", "ap", "bp"):
            coeffs = getattr(w.sip, name)
            if coeffs is None:
                continue
            size = coeffs.shape[0]
            extra.append(_card(f"{name.upper()}_ORDER", str(size - 1)))
            for i in range(size):
                for j in range(size - i):
                    if coeffs[i, j] != 0.0:
                        extra.append(_card(f"{name.upper()}_{i}_{j}", _format_value(coeffs[i, j])))
    tables = ()
    if has_lookup_tables(w):
        # astropy writes the tables as image extensions and declares them in the primary header
        hdul = w.to_fits(relax=True)
        for card in hdul[0].header.cards:
            if card.keyword.upper().startswith(_LOOKUP_KEYS) and not card.keyword.upper().startswith("DATE"):
                extra.append(card.image)
        tables = tuple(
            (
                hdu.name,
                int(hdu.ver),
                header_cards(hdu.header),
                hdu.data.astype(hdu.data.dtype.newbyteorder("=")),
            )
            for hdu in hdul[1:]
        )
    return header.tostring(sep="", endcard=False, padding=False) + "".join(extra), tables


def header_cards(header):
    """A FITS ``Header``'s cards as the engine reads them."""
    return header.tostring(sep="", endcard=False, padding=False)


def _celestial_first(w):
    """FITS-order axis permutation putting the celestial axes first, or None if they already are."""
    if not w.has_celestial:
        return None
    lng, lat = w.wcs.lng, w.wcs.lat
    if {lng, lat} == {0, 1}:
        return None
    others = [i for i in range(w.naxis) if i not in (lng, lat)]
    return [lng, lat] + others


def _numpy_axes(perm, ndim):
    """numpy transpose for an array of ``ndim`` dims whose last ``len(perm)`` axes follow a WCS reordered
    by FITS-order permutation ``perm`` (leading broadcast axes stay)."""
    n = len(perm)
    lead = ndim - n
    return tuple(range(lead)) + tuple(ndim - 1 - perm[ndim - 1 - k] for k in range(lead, ndim))


@dataclass(frozen=True, eq=False)
class EngineWcs:
    """A WCS as the engine takes it: header cards, the FITS-order axis permutation applied to reach
    celestial-first order (None if none was needed), and the images of lookup-table distortions as
    ``(extname, extver, cards, data)``."""

    cards: str
    perm: tuple = None
    naxis: int = 0
    tables: tuple = ()

    def __eq__(self, other):
        return (
            isinstance(other, EngineWcs)
            and (self.cards, self.perm, self.naxis) == (other.cards, other.perm, other.naxis)
            and len(self.tables) == len(other.tables)
            and all(
                a[:3] == b[:3] and np.array_equal(a[3], b[3])
                for a, b in zip(self.tables, other.tables, strict=True)
            )
        )

    __hash__ = None

    def numpy_axes(self, ndim):
        return None if self.perm is None else _numpy_axes(self.perm, ndim)


def engine_wcs(wcs, header=None):
    """Convert ``wcs`` (as parsed by reproject's rules) for the engine. ``header``, when the WCS came from
    a FITS Header, is passed through as it is unless the axes need reordering."""
    w = as_fits_wcs(wcs)
    perm = _celestial_first(w)
    if perm is not None:
        if w.sip is not None or has_lookup_tables(w):
            raise UnsupportedError("distortions on a WCS whose celestial axes are not the first two")
        cards, tables = fits_cards_of_wcs(w.sub([p + 1 for p in perm]))
        return EngineWcs(cards, tuple(perm), w.naxis, tables)
    if header is not None and not has_lookup_tables(w):
        return EngineWcs(header_cards(header), None, w.naxis)
    cards, tables = fits_cards_of_wcs(w)
    return EngineWcs(cards, None, w.naxis, tables)


def is_wcs_like(obj):
    return isinstance(obj, (BaseLowLevelWCS, BaseHighLevelWCS))
