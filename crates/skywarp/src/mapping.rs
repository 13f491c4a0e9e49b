//! [`Mapping`]: output pixel → input pixel, the one thing the coordinate grid and the geometry ask of
//! the WCS pair. The engine's own mapping is [`skywarp_wcs::PixelMapper`] (two FITS WCS, WCSLIB and the
//! native frame transforms); a binding may supply another (e.g. the Python bindings evaluate WCS objects
//! that have no FITS form, such as gwcs, through Python). Kernels and the grid only ever see this trait,
//! so every mapping gets the same grid, blocks and threads — and, for the same positions, the same
//! numbers.

use skywarp_wcs::PixelMapper;

use crate::Result;

/// Maps batches of output pixel positions onto input pixel positions.
///
/// `Send` but not necessarily `Sync`: the executor gives every worker thread its own copy
/// ([`Mapping::clone_box`]), made under a lock, so a mapping may keep scratch buffers or handles that
/// are not safe to share.
pub trait Mapping: Send {
    /// Number of pixel axes (equal on both sides).
    fn naxis(&self) -> usize;

    /// Map `out_pix` (0-based, interleaved, [`Mapping::naxis`] numbers per point, FITS axis order) to
    /// `in_pix` (same layout and length). Points without a valid mapping come out NaN.
    fn map(&mut self, out_pix: &[f64], in_pix: &mut [f64]) -> Result<()>;

    /// An independent copy for another worker thread.
    fn clone_box(&self) -> Box<dyn Mapping>;
}

impl Mapping for PixelMapper {
    fn naxis(&self) -> usize {
        PixelMapper::naxis(self)
    }

    fn map(&mut self, out_pix: &[f64], in_pix: &mut [f64]) -> Result<()> {
        Ok(PixelMapper::map(self, out_pix, in_pix)?)
    }

    fn clone_box(&self) -> Box<dyn Mapping> {
        Box::new(self.clone())
    }
}

impl Clone for Box<dyn Mapping> {
    fn clone(&self) -> Self {
        self.clone_box()
    }
}
