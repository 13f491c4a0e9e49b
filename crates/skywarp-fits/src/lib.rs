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
//! * **Writers** ([`write_image`], [`FitsWriter`], [`MmapFitsWriter`]) format headers and
//!   big-endian data themselves and always write through a temporary file renamed into place,
//!   so a crash or error never leaves a partial file behind. [`MmapFitsWriter`] is the
//!   streaming sink: the output is laid out on disk up front and filled region by region by
//!   many threads.
//!
//! Conventions: shapes are in numpy order (slowest axis first, `[NAXIS2, NAXIS1]`); rows and
//! columns are 0-based; "planes" flatten axes 3 and up. Float reads apply BZERO/BSCALE and turn
//! integer BLANK pixels into NaN, like astropy's `.data`. Every failure is a [`FitsError`] whose
//! one-line message names the file and HDU; nothing panics on bad input.
//!
//! # Threads
//!
//! [`MmapImage`], [`ImageReader`], [`CfitsioImage`] and [`MmapFitsWriter`] are `Send + Sync`
//! and take `&self`. Memory-mapped reads and writes run fully in parallel (the writer only
//! makes *overlapping* regions take turns). CFITSIO: Debian's library is built reentrant
//! ([`cfitsio_is_reentrant`] checks at run time), so different files are read in parallel,
//! but CFITSIO shares internal state between handles on the same file, so calls are
//! serialized per file behind a mutex keyed by canonical path (one global mutex if the library
//! is not reentrant). See the `cfitsio` module source for details.

mod cfitsio;
mod error;
mod file;
mod hdu;
mod header;
mod mmap_reader;
mod mmap_writer;
mod native;
mod pixel;
mod reader;
mod tiled;
mod writer;

pub use cfitsio::{
    cfitsio_is_reentrant, list_hdus, read_header, read_image, read_region, CfitsioImage, Image,
};
pub use error::{FitsError, Result};
pub use file::{
    new_file_mode, open_regular, read_capped, read_text_capped, require_regular, TEXT_FILE_CAP,
};
pub use hdu::{HduInfo, HduKind, HduSelector};
pub use header::{Card, Header, Value, BLOCK_LEN, CARD_LEN};
pub use mmap_reader::{list_hdus_native, MmapImage};
pub use mmap_writer::MmapFitsWriter;
pub use pixel::{Bitpix, FloatPixel, Pixel, Scaling};
pub use reader::ImageReader;
pub use writer::{write_image, FitsWriter};
