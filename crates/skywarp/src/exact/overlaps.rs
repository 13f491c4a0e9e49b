//! The overlap weights of one output block and their application to an input window.

/// For output pixel `k` of a block (row-major), entries `start[k]..start[k + 1]` list the input
/// window cells it overlaps with weight `area(cell ∩ pixel) / area(pixel)` (spherical areas).
/// Computed once per block and reused by every plane (broadcast leading dimensions).
#[derive(Clone, Debug, Default)]
pub struct Overlaps {
    pub start: Vec<u32>,
    pub cell: Vec<u32>,
    pub weight: Vec<f64>,
}

impl Overlaps {
    /// Forget the previous block, keeping the buffers.
    pub fn clear(&mut self) {
        self.start.clear();
        self.start.push(0);
        self.cell.clear();
        self.weight.clear();
    }

    /// Number of output pixels recorded.
    pub fn pixels(&self) -> usize {
        self.start.len().saturating_sub(1)
    }

    /// Close the current output pixel. `area` is its spherical area: the weights pushed since the last
    /// call are divided by it (all dropped when the area is not positive or the pixel was invalid).
    #[inline]
    pub(crate) fn finish_pixel(&mut self, area: f64) {
        let s = *self.start.last().expect("clear() first") as usize;
        if area > 0.0 && area.is_finite() {
            let inv = 1.0 / area;
            for w in &mut self.weight[s..] {
                *w *= inv;
            }
        } else {
            self.cell.truncate(s);
            self.weight.truncate(s);
        }
        self.start.push(self.cell.len() as u32);
    }

    #[inline]
    pub(crate) fn push(&mut self, cell: usize, weight: f64) {
        self.cell.push(cell as u32);
        self.weight.push(weight);
    }

    /// Drop the entries of the pixel under way (no mapping) and close it.
    #[inline]
    pub(crate) fn skip_pixel(&mut self) {
        self.finish_pixel(0.0);
    }

    /// Values and footprint of one plane from its input window `data` (row-major, the cells the
    /// weights index): value = Σ v·w / Σ w, footprint = Σ w. A NaN input pixel makes every output
    /// pixel it overlaps NaN (its weight still counts in the footprint, as in reproject); 0/0 is NaN.
    pub fn apply(&self, data: &[f64], values: &mut [f64], footprint: &mut [f64]) {
        for (k, (v, f)) in values.iter_mut().zip(footprint.iter_mut()).enumerate() {
            let (s, e) = (self.start[k] as usize, self.start[k + 1] as usize);
            let (mut num, mut den) = (0.0, 0.0);
            for (&c, &w) in self.cell[s..e].iter().zip(&self.weight[s..e]) {
                num += data[c as usize] * w;
                den += w;
            }
            *f = den;
            *v = if den > 0.0 { num / den } else { f64::NAN };
        }
    }
}
