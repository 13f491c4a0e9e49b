//! Where frames come from: anything that can hand out rows of a 2-D image.
//!
//! The combination engine only sees [`RowSource`]s, so it works the same on memory-mapped FITS
//! files ([`FitsFrame`]), on compressed files read through CFITSIO, and on arrays in memory
//! ([`MemFrame`], used by the tests and by the Python bindings).

use std::path::{Path, PathBuf};

use skywarp_fits::{HduSelector, Header, ImageReader};

use crate::error::{display_name, CalibError, Result};

/// A 2-D image readable by row bands from any thread.
pub trait RowSource: Sync {
    /// How the frame is named in messages and HISTORY cards (usually the file path).
    fn name(&self) -> &str;

    /// `[height, width]` (numpy order).
    fn shape(&self) -> [usize; 2];

    /// Reads rows `row0..row0 + nrows` into `out` (`nrows * width` values), as `f32` with
    /// BZERO/BSCALE applied and integer BLANK pixels as NaN.
    fn read_rows(&self, row0: usize, nrows: usize, out: &mut [f32]) -> Result<()>;

    /// Reads rows `row0..row0 + nrows` × columns `col0..col0 + ncols` into `out` (`nrows * ncols`
    /// values, row-major). The default reads whole rows and copies the columns out.
    fn read_region(
        &self,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
        out: &mut [f32],
    ) -> Result<()> {
        let w = self.shape()[1];
        if col0 == 0 && ncols == w {
            return self.read_rows(row0, nrows, out);
        }
        let mut full = vec![0f32; nrows * w];
        self.read_rows(row0, nrows, &mut full)?;
        for (o, r) in out
            .chunks_exact_mut(ncols.max(1))
            .zip(full.chunks_exact(w.max(1)))
        {
            o.copy_from_slice(&r[col0..col0 + ncols]);
        }
        Ok(())
    }

    /// Tells the source that these rows will not be read again soon (a memory-mapped file
    /// drops their pages from the process' resident set). Optional; the default does nothing.
    fn release_rows(&self, _row0: usize, _nrows: usize) {}
}

/// A frame held in memory (row-major `f32`).
#[derive(Debug, Clone)]
pub struct MemFrame<'a> {
    name: String,
    shape: [usize; 2],
    data: &'a [f32],
}

impl<'a> MemFrame<'a> {
    /// Wraps `data` (`height * width` values, row-major).
    pub fn new(
        name: impl Into<String>,
        shape: [usize; 2],
        data: &'a [f32],
    ) -> Result<MemFrame<'a>> {
        let name = name.into();
        if shape[0].checked_mul(shape[1]) != Some(data.len()) {
            return Err(CalibError::NotAFrame {
                name,
                reason: format!("{} values given for shape {:?}", data.len(), shape),
            });
        }
        Ok(MemFrame { name, shape, data })
    }
}

impl RowSource for MemFrame<'_> {
    fn name(&self) -> &str {
        &self.name
    }

    fn shape(&self) -> [usize; 2] {
        self.shape
    }

    fn read_rows(&self, row0: usize, nrows: usize, out: &mut [f32]) -> Result<()> {
        let w = self.shape[1];
        let (a, b) = (row0 * w, (row0 + nrows) * w);
        if row0 + nrows > self.shape[0] || out.len() != b - a {
            return Err(CalibError::Other {
                name: self.name.clone(),
                reason: format!(
                    "rows {row0}..{} do not fit the frame or the buffer",
                    row0 + nrows
                ),
            });
        }
        out.copy_from_slice(&self.data[a..b]);
        Ok(())
    }
}

/// An image HDU of a FITS file: memory-mapped when uncompressed (zero-copy, parallel reads,
/// pages released after use), through CFITSIO otherwise.
#[derive(Debug)]
pub struct FitsFrame {
    name: String,
    path: PathBuf,
    reader: ImageReader,
    shape: [usize; 2],
}

impl FitsFrame {
    /// Opens the image HDU `hdu` of `path`. Only single-plane images are frames: cubes are
    /// refused (a NAXIS3 = 1 axis is accepted).
    pub fn open(path: impl AsRef<Path>, hdu: &HduSelector) -> Result<FitsFrame> {
        let path = path.as_ref();
        let reader = ImageReader::open(path, hdu)?;
        let name = display_name(path);
        if reader.n_planes() != 1 {
            return Err(CalibError::NotAFrame {
                name,
                reason: format!(
                    "the image has shape {:?}; calibration frames are 2-D images",
                    reader.shape()
                ),
            });
        }
        let shape = [reader.height(), reader.width()];
        Ok(FitsFrame {
            name,
            path: path.to_path_buf(),
            reader,
            shape,
        })
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The image HDU's header.
    pub fn header(&self) -> &Header {
        self.reader.header()
    }

    /// The exposure time from header keyword `key`.
    pub fn exposure(&self, key: &str) -> Result<f64> {
        exposure_from(self.header(), key, &self.name)
    }
}

/// Reads the exposure keyword of `header` (a number, or a string holding one).
pub(crate) fn exposure_from(header: &Header, key: &str, name: &str) -> Result<f64> {
    let v = header.get_f64(key).or_else(|| {
        header
            .get_str(key)
            .and_then(|s| s.trim().parse::<f64>().ok())
    });
    match v {
        Some(t) if t.is_finite() => Ok(t),
        Some(t) => Err(CalibError::BadExposure {
            name: name.to_string(),
            key: key.to_string(),
            value: t,
            reason: "not finite".into(),
        }),
        None => Err(CalibError::MissingExposure {
            name: name.to_string(),
            key: key.to_string(),
        }),
    }
}

impl RowSource for FitsFrame {
    fn name(&self) -> &str {
        &self.name
    }

    fn shape(&self) -> [usize; 2] {
        self.shape
    }

    fn read_rows(&self, row0: usize, nrows: usize, out: &mut [f32]) -> Result<()> {
        Ok(self.reader.read_rows(0, row0, nrows, out)?)
    }

    fn read_region(
        &self,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
        out: &mut [f32],
    ) -> Result<()> {
        Ok(self.reader.read_region(0, row0, nrows, col0, ncols, out)?)
    }

    fn release_rows(&self, row0: usize, nrows: usize) {
        if let ImageReader::Mmap(m) = &self.reader {
            // Purely an optimisation: a failure only means the pages stay resident.
            let _ = m.release_rows(0, row0, nrows);
        }
    }
}
