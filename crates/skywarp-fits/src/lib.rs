//! FITS input/output for skywarp.
//!
//! Two read paths, one write format:
//!
//! * **CFITSIO** ([`read_image`], [`read_region`], [`read_header`], [`list_hdus`],
//!   [`CfitsioImage`]) reads everything FITS allows, including tile-compressed images; it is
//!   the reference and the fallback.
//! * **Memory map** ([`MmapImage`]) reads uncompressed images without copying the file into
//!   memory, converting only the requested rows; it is how images larger than RAM are streamed,
//!   and it is safe to share between threads. [`ImageReader`] picks between the two.
//! * **Writers** ([`write_image`], [`FitsWriter`], [`BandFitsWriter`], [`MmapFitsWriter`])
//!   format headers and big-endian data themselves (one header builder; [`is_structural`] says
//!   which caller cards they replace) and always write through a temporary file that becomes the
//!   target atomically on commit, so a crash or error never leaves a partial file behind. On
//!   Linux the temporary is an `O_TMPFILE` file with no name at all, so even SIGKILL leaves
//!   nothing; elsewhere a hidden named file that later runs reap (see [`NO_TMPFILE_ENV`] and
//!   [`abandon_pending_outputs`]). [`BandFitsWriter`] and [`MmapFitsWriter`] lay the file out up
//!   front and are filled region by region by many threads: the first with positioned writes
//!   (outputs written once: calibration, the reprojection CLI), the second through a
//!   shared mapping (outputs read back and updated in place).
//!
//! Validation: before CFITSIO opens a file, our own parser walks every header (and every
//! compressed tile's stream), so both readers accept the same files and CFITSIO never sees a
//! parameter it would crash on (see the `tiled` module); only regular files are read
//! ([`open_regular`]).
//!
//! Conventions: shapes are in numpy order (slowest axis first, `[NAXIS2, NAXIS1]`); rows and
//! columns are 0-based; "planes" flatten axes 3 and up. Float reads apply BZERO/BSCALE and turn
//! integer BLANK pixels into NaN, like astropy's `.data`. Every failure is a [`FitsError`] whose
//! one-line message names the file and HDU; nothing panics on bad input.
//!
//! # Threads
//!
//! [`MmapImage`], [`ImageReader`], [`CfitsioImage`], [`BandFitsWriter`] and [`MmapFitsWriter`]
//! are `Send + Sync` and take `&self`. Memory-mapped reads and region writes run fully in
//! parallel (the writers only make *overlapping* regions take turns). CFITSIO: Debian's library is built reentrant
//! ([`cfitsio_is_reentrant`] checks at run time), so different files are read in parallel,
//! but CFITSIO shares internal state between handles on the same file, so calls are
//! serialized per file behind a mutex keyed by canonical path (one global mutex if the library
//! is not reentrant). See the `cfitsio` module source for details.

mod access;
mod band_writer;
mod cfitsio;
mod error;
mod file;
mod hdu;
mod header;
mod layout;
mod mmap_reader;
mod mmap_writer;
mod native;
mod pixel;
mod reader;
mod region;
mod temp;
mod tiled;
mod writer;

pub use band_writer::BandFitsWriter;
pub use cfitsio::{
    cfitsio_is_reentrant, list_hdus, read_header, read_image, read_region, CfitsioImage, Image,
};
pub use error::{FitsError, Result};
pub use file::{
    new_file_mode, open_regular, read_capped, read_text_capped, require_regular, TEXT_FILE_CAP,
};
pub use hdu::{HduInfo, HduKind, HduSelector};
pub use header::{is_structural, Card, Header, Value, BLOCK_LEN, CARD_LEN};
pub use mmap_reader::{list_hdus_native, MmapImage};
pub use mmap_writer::MmapFitsWriter;
pub use pixel::{Bitpix, FloatPixel, Pixel, Scaling};
pub use reader::ImageReader;
pub use region::{Rect, Region};
pub use temp::{abandon_pending_outputs, NO_TMPFILE_ENV};
pub use writer::{write_file, write_image, FitsWriter};
