//! Naming a piece of an image: a rectangle of one plane.
//!
//! Positional `(plane, row0, col0, nrows, ncols)` lists invite swaps that compile; these types
//! make each number say what it is. They live at the bottom of the crate graph (FITS knows no
//! coordinates) so that the engine, calibration and the writers all name regions the same way.

use std::ops::Range;

/// Rows `row0..row0 + nrows`, columns `col0..col0 + ncols` of one 2-D plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Rect {
    pub row0: usize,
    pub col0: usize,
    pub nrows: usize,
    pub ncols: usize,
}

impl Rect {
    /// Full-width rows `row0..row0 + nrows` of an image `width` pixels wide.
    pub fn rows(row0: usize, nrows: usize, width: usize) -> Rect {
        Rect {
            row0,
            col0: 0,
            nrows,
            ncols: width,
        }
    }

    /// Number of pixels.
    pub fn len(&self) -> usize {
        self.nrows * self.ncols
    }

    /// True when the rectangle holds no pixel.
    pub fn is_empty(&self) -> bool {
        self.nrows == 0 || self.ncols == 0
    }

    /// The rows covered.
    pub fn row_range(&self) -> Range<usize> {
        self.row0..self.row0 + self.nrows
    }

    /// The columns covered.
    pub fn col_range(&self) -> Range<usize> {
        self.col0..self.col0 + self.ncols
    }
}

/// A rectangle of one plane; `plane` indexes the flattened leading axes (numpy order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Region {
    pub plane: usize,
    pub rect: Rect,
}

impl Region {
    pub fn new(plane: usize, rect: Rect) -> Region {
        Region { plane, rect }
    }
}
