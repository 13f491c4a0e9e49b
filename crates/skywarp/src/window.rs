//! [`WindowCache`]: the input windows of the current block for the last two input planes read.

use crate::Result;

/// The input windows of the current block for the last two input planes read: a cube's consecutive
/// output channels share one of their two (bilinear) input channels, so each is read once per block.
/// A window may carry a mask beside its values (interpolation's spline coefficients keep the NaN mask
/// of the original pixels there).
#[derive(Default)]
pub struct WindowCache {
    slots: [(Option<usize>, Vec<f64>, Vec<bool>); 2],
    next: usize,
    masked: bool,
}

impl WindowCache {
    /// A new block: forget the planes, size the buffers for windows of `len` values (with a mask of
    /// `len` flags when `masked`).
    pub fn reset(&mut self, len: usize, masked: bool) {
        self.masked = masked;
        for (plane, buf, mask) in &mut self.slots {
            *plane = None;
            buf.resize(len, 0.0);
            mask.resize(if masked { len } else { 0 }, false);
        }
    }

    /// The window of `plane`, filled by `read(values, mask)` unless this block read it already.
    pub fn get(
        &mut self,
        plane: usize,
        read: impl FnOnce(&mut [f64], &mut [bool]) -> Result<()>,
    ) -> Result<(&[f64], Option<&[bool]>)> {
        let i = match self.slots.iter().position(|(p, _, _)| *p == Some(plane)) {
            Some(i) => i,
            None => {
                let i = self.next;
                self.next = 1 - i;
                let (p, buf, mask) = &mut self.slots[i];
                *p = None;
                read(buf, mask)?;
                *p = Some(plane);
                i
            }
        };
        let (_, buf, mask) = &self.slots[i];
        Ok((buf, self.masked.then_some(mask.as_slice())))
    }
}
