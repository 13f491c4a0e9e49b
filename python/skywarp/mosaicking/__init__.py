"""Mosaics: reproject's ``reproject.mosaicking`` API (``reproject_and_coadd``,
``find_optimal_celestial_wcs``), computed by the skywarp engine in bounded memory."""

from ._coadd import reproject_and_coadd
from ._wcs_helpers import find_optimal_celestial_wcs

__all__ = ["reproject_and_coadd", "find_optimal_celestial_wcs"]
