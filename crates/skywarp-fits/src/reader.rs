//! One reader type over both back ends, for code that streams images without caring whether
//! they are compressed: memory-mapped when possible, CFITSIO otherwise.

use std::path::Path;

use crate::cfitsio::CfitsioImage;
use crate::error::Result;
use crate::hdu::{HduInfo, HduSelector};
use crate::header::Header;
use crate::mmap_reader::MmapImage;
use crate::pixel::FloatPixel;

/// An image opened for row/region reads: [`MmapImage`] for uncompressed files (zero-copy,
/// fully parallel), [`CfitsioImage`] for tile-compressed or gzip'ed ones (reads serialized per
/// file). Both give identical values (checked by the test suite).
#[derive(Debug)]
pub enum ImageReader {
    /// Uncompressed: memory-mapped.
    Mmap(MmapImage),
    /// Compressed: through CFITSIO.
    Cfitsio(CfitsioImage),
}

impl ImageReader {
    /// Opens with the memory-mapped reader, falling back to CFITSIO when the HDU cannot be
    /// mapped. Other errors (missing HDU, truncated file...) are returned as they are.
    pub fn open(path: impl AsRef<Path>, sel: &HduSelector) -> Result<ImageReader> {
        let path = path.as_ref();
        match MmapImage::open(path, sel) {
            Ok(m) => Ok(ImageReader::Mmap(m)),
            Err(e) if e.is_not_mappable() => {
                Ok(ImageReader::Cfitsio(CfitsioImage::open(path, sel)?))
            }
            Err(e) => Err(e),
        }
    }

    /// True when served by the memory map.
    pub fn is_mmap(&self) -> bool {
        matches!(self, ImageReader::Mmap(_))
    }

    /// HDU description.
    pub fn info(&self) -> &HduInfo {
        match self {
            ImageReader::Mmap(m) => m.info(),
            ImageReader::Cfitsio(c) => c.info(),
        }
    }

    /// Axes in numpy order.
    pub fn shape(&self) -> &[usize] {
        &self.info().shape
    }

    /// The header.
    pub fn header(&self) -> &Header {
        &self.info().header
    }

    /// NAXIS1.
    pub fn width(&self) -> usize {
        match self {
            ImageReader::Mmap(m) => m.width(),
            ImageReader::Cfitsio(c) => c.width(),
        }
    }

    /// NAXIS2 (1 for 1-D images).
    pub fn height(&self) -> usize {
        match self {
            ImageReader::Mmap(m) => m.height(),
            ImageReader::Cfitsio(c) => c.height(),
        }
    }

    /// Number of 2-D planes.
    pub fn n_planes(&self) -> usize {
        match self {
            ImageReader::Mmap(m) => m.n_planes(),
            ImageReader::Cfitsio(c) => c.n_planes(),
        }
    }

    /// See [`MmapImage::read_rows`].
    pub fn read_rows<T: FloatPixel>(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        out: &mut [T],
    ) -> Result<()> {
        match self {
            ImageReader::Mmap(m) => m.read_rows(plane, row0, nrows, out),
            ImageReader::Cfitsio(c) => c.read_rows(plane, row0, nrows, out),
        }
    }

    /// See [`MmapImage::read_region`] (rows, then columns).
    pub fn read_region<T: FloatPixel>(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
        out: &mut [T],
    ) -> Result<()> {
        match self {
            ImageReader::Mmap(m) => m.read_region(plane, row0, nrows, col0, ncols, out),
            ImageReader::Cfitsio(c) => c.read_region(plane, row0, nrows, col0, ncols, out),
        }
    }

    /// Reads the whole image.
    pub fn read_all<T: FloatPixel>(&self) -> Result<Vec<T>> {
        match self {
            ImageReader::Mmap(m) => m.read_all(),
            ImageReader::Cfitsio(c) => c.read_all(),
        }
    }
}
