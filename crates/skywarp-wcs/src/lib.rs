//! World Coordinate Systems for skywarp.
//!
//! * [`Wcs`] wraps one WCSLIB `wcsprm` (parsed from FITS header cards the way astropy parses them).
//!   WCSLIB keeps scratch memory inside the struct when distortions (SIP, TPV, ...) are present, so a
//!   `Wcs` is `Send` but not `Sync`: every worker thread works on its own clone.
//!   astropy's own lookup-table distortions (HST's `D2IMARR` / `WCSDVARR` tables), which WCSLIB lacks,
//!   are applied around WCSLIB in astropy's order ([`Wcs::from_cards_with_tables`]).
//! * [`frames`] converts celestial coordinates between the frames astropy defines (ICRS, FK5, FK4, ...),
//!   and [`solar`] between sunpy's solar frames (helioprojective, heliographic Stonyhurst and Carrington).
//! * [`PixelMapper`] chains them: output pixel → output world → frame change → input world → input
//!   pixel, with reproject's optional round-trip check.

pub mod alternate;
mod ffi;
pub mod frames;
mod lookup;
mod mapper;
pub mod solar;
mod wcs;

pub use frames::{Frame, FrameTransform};
pub use lookup::{TableData, TableImage};
pub use mapper::PixelMapper;
pub use wcs::{AxisKind, Wcs};

/// Everything that can go wrong in this crate.
#[derive(Debug, thiserror::Error)]
pub enum WcsError {
    /// WCSLIB refused the header or could not set the WCS up (unknown projection, singular matrix, ...).
    #[error("invalid WCS: {0}")]
    Invalid(String),
    /// The header carries no WCS keywords at all.
    #[error("header has no WCS (no CTYPE/CRVAL/CRPIX/CD/PC keywords)")]
    Missing,
    /// A WCS that is valid but unusable for the job (e.g. no celestial axes where they are needed).
    #[error("{0}")]
    Unsupported(String),
    /// Two WCS that cannot be mapped onto each other.
    #[error("cannot map between these WCS: {0}")]
    Incompatible(String),
    /// Celestial frame errors.
    #[error(transparent)]
    Frame(#[from] frames::FrameError),
}

pub type Result<T, E = WcsError> = std::result::Result<T, E>;
