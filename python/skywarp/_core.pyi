"""Type stubs of ``skywarp._core``, the Rust extension (crates/skywarp-python). Called only by the
package's Python modules; its arguments are already validated there."""

from collections.abc import Callable, Sequence
from os import PathLike
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

__version__: str
DEFAULT_TOLERANCE: float
DEFAULT_BLOCK: int
DEFAULT_MEMORY_BUDGET: int

_Path = str | PathLike[str]
# (extname, extver, header cards, 2-D float32/float64 array) of a lookup-table distortion
_Table = tuple[str, int, str, npt.NDArray[np.floating[Any]]]

def reproject(
    source: npt.NDArray[Any],
    header_in: str,
    header_out: str,
    shape_out: Sequence[int],
    output: npt.NDArray[np.floating[Any]],
    footprint: npt.NDArray[np.floating[Any]] | None = None,
    *,
    method: str,
    options: dict[str, bool | int | float | str] | None = None,
    roundtrip: bool = True,
    tolerance: float = ...,
    block: tuple[int, int] | None = None,
    threads: int | None = None,
    window: Sequence[tuple[int, int]] | None = None,
    progress: Callable[[int], object] | None = None,
    interruptible: bool = True,
    tables_in: Sequence[_Table] | None = None,
    tables_out: Sequence[_Table] | None = None,
    mapping: Callable[..., object] | None = None,
    mapping_naxis: int = 0,
) -> dict[str, int]:
    """Reproject ``source`` into ``output`` (and ``footprint``) with kernel ``method``; returns statistics
    (``blocks``, ``exact_points``, ``pixels``). With ``mapping`` the headers are ignored and output pixels
    are mapped onto input pixels of ``mapping_naxis`` axes by that callable."""

def unknown_frames(
    header_in: str,
    header_out: str,
    tables_in: Sequence[_Table] | None = None,
    tables_out: Sequence[_Table] | None = None,
) -> str | None:
    """Why the engine does not know a celestial frame of the pair (a message), or ``None``."""

def progress_total(
    shape_out: Sequence[int],
    window: Sequence[tuple[int, int]] | None = None,
    block: tuple[int, int] | None = None,
) -> int: ...

class Masters:
    def __init__(
        self,
        bias: npt.NDArray[np.floating[Any]] | _Path | None = None,
        dark: npt.NDArray[np.floating[Any]] | _Path | None = None,
        flat: npt.NDArray[np.floating[Any]] | _Path | None = None,
        *,
        fingerprint: bool = False,
        exposure_key: str = "EXPTIME",
        hdu: str | None = None,
    ) -> None: ...
    @property
    def shape(self) -> tuple[int, int] | None: ...
    @property
    def present(self) -> list[Literal["bias", "dark", "flat"]]: ...

def calibrate_array(
    masters: Masters,
    data: npt.NDArray[np.float32],
    exposure: float | None = None,
    invalid: Literal["eloy", "nan"] = "eloy",
) -> None: ...
def frames_info(
    files: Sequence[_Path], hdu: str | None = None
) -> list[tuple[list[int], int, float, float, bool]]: ...
def build_master(
    kind: Literal["bias", "dark", "flat"],
    files: Sequence[_Path] | None = None,
    arrays: Sequence[npt.NDArray[np.floating[Any]]] | None = None,
    names: Sequence[str] | None = None,
    exposures: Sequence[float | None] | None = None,
    bias: npt.NDArray[np.floating[Any]] | None = None,
    dark: npt.NDArray[np.floating[Any]] | None = None,
    *,
    method: Literal["median", "mean", "sigma_clip", "minmax"] = "median",
    sigma_lower: float = 3.0,
    sigma_upper: float = 3.0,
    maxiters: int | None = 5,
    cenfunc: Literal["median", "mean"] = "median",
    nlow: int = 1,
    nhigh: int = 1,
    normalization: Literal["mean", "median"] = "mean",
    exposure_key: str = "EXPTIME",
    hdu: str | None = None,
    memory_budget: int | None = None,
    threads: int | None = None,
) -> npt.NDArray[np.float32]: ...
def calibrate_files(
    files: Sequence[_Path],
    out_dir: _Path,
    masters: Masters,
    *,
    exposure_key: str = "EXPTIME",
    invalid: Literal["eloy", "nan"] = "eloy",
    variance: bool = False,
    gain: float | str | None = None,
    read_noise: float | str | None = None,
    bad_pixel_mask: npt.NDArray[np.uint8] | _Path | None = None,
    write_mask: bool = False,
    hdu: str | None = None,
    overwrite: bool = False,
    memory_budget: int | None = None,
    sync: bool = False,
    threads: int | None = None,
    progress: Callable[[int], object] | None = None,
    interruptible: bool = True,
) -> list[tuple[str, Literal["written", "skipped", "failed"], str | None]]: ...

# (pixels, WCS cards, lookup tables) of one mosaic input or weight map
_Image = tuple[npt.NDArray[Any], str, Sequence[_Table]]

def coadd(
    inputs: Sequence[tuple[npt.NDArray[Any], str, Sequence[_Table], _Image | None]],
    header_out: str,
    shape_out: tuple[int, int],
    output: npt.NDArray[np.floating[Any]],
    footprint: npt.NDArray[np.floating[Any]],
    *,
    method: str = "interp",
    options: dict[str, bool | int | float | str] | None = None,
    combine: str = "mean",
    roundtrip: bool = True,
    tolerance: float = ...,
    blank: float = 0.0,
    memory: int = ...,
    match_background: bool = False,
    background_reference: int | None = None,
    threads: int | None = None,
    progress: Callable[[int], object] | None = None,
    interruptible: bool = True,
    rows: tuple[int, int] | None = None,
    corrections: Sequence[float] | None = None,
) -> dict[str, Any]:
    """Co-add ``inputs`` into ``output`` / ``footprint`` (output rows ``rows`` only, when given);
    returns ``skipped``, ``corrections``, ``bands``."""

def optimal_grid(
    inputs: Sequence[tuple[str, Sequence[int], bool]],
    *,
    frame: str | None = None,
    projection: str = "TAN",
    resolution: float | None = None,
    reference: tuple[float, float] | None = None,
    auto_rotate: bool = False,
    lon_cdelt: str = "negative",
) -> dict[str, Any]:
    """The optimal celestial grid of ``inputs``: frame, ctype, radesys, equinox, crval, cdelt, pc, crpix,
    shape."""

def rectangle_rotation(points: Sequence[tuple[float, float]]) -> float:
    """``auto_rotate``'s angle in radians for corner pixel positions on the unrotated grid."""

def solve_background(offsets: Sequence[Sequence[float]], reference: int | None = None) -> list[float]: ...
