//! Naming a piece of an image: a rectangle of one plane, and a region of a stack of planes.
//!
//! Positional `(plane, row0, col0, nrows, ncols)` lists invite swaps that compile; these types make
//! each number say what it is. They live here, at the bottom of the crate graph (FITS knows no
//! coordinates), so that the engine (which re-exports them as `skywarp::{Rect, Region}`), its sources
//! and sinks, calibration and the FITS writers all name pixels the same way.

/// Rows `row0..row0 + nrows`, columns `col0..col0 + ncols` of one 2-D plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rect {
    pub row0: usize,
    pub col0: usize,
    pub nrows: usize,
    pub ncols: usize,
}

impl Rect {
    pub const fn new(row0: usize, col0: usize, nrows: usize, ncols: usize) -> Rect {
        Rect {
            row0,
            col0,
            nrows,
            ncols,
        }
    }

    /// Full-width rows `row0..row0 + nrows` of an image `width` pixels wide.
    pub const fn rows(row0: usize, nrows: usize, width: usize) -> Rect {
        Rect::new(row0, 0, nrows, width)
    }

    /// The whole of a `(rows, cols)` plane.
    pub const fn full((nrows, ncols): (usize, usize)) -> Rect {
        Rect::new(0, 0, nrows, ncols)
    }

    /// Number of pixels.
    pub const fn len(&self) -> usize {
        self.nrows * self.ncols
    }

    pub const fn is_empty(&self) -> bool {
        self.nrows == 0 || self.ncols == 0
    }

    /// One past the last row.
    pub const fn row_end(&self) -> usize {
        self.row0 + self.nrows
    }

    /// One past the last column.
    pub const fn col_end(&self) -> usize {
        self.col0 + self.ncols
    }

    /// The pixels both rectangles contain (empty, at `self`'s origin, when they do not overlap).
    pub fn intersect(&self, other: &Rect) -> Rect {
        let (r0, c0) = (self.row0.max(other.row0), self.col0.max(other.col0));
        let (r1, c1) = (
            self.row_end().min(other.row_end()),
            self.col_end().min(other.col_end()),
        );
        if r1 <= r0 || c1 <= c0 {
            return Rect::new(self.row0, self.col0, 0, 0);
        }
        Rect::new(r0, c0, r1 - r0, c1 - c0)
    }

    /// Whether every pixel of `self` lies in a `(rows, cols)` plane.
    pub const fn fits_in(&self, (nrows, ncols): (usize, usize)) -> bool {
        self.row_end() <= nrows && self.col_end() <= ncols
    }
}

/// A rectangle of one plane; `plane` indexes the flattened leading axes (numpy order, slowest first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Region {
    pub plane: usize,
    pub rect: Rect,
}

impl Region {
    pub const fn new(plane: usize, rect: Rect) -> Region {
        Region { plane, rect }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intersection() {
        let a = Rect::new(10, 20, 5, 6);
        assert_eq!(
            a.intersect(&Rect::new(12, 0, 100, 22)),
            Rect::new(12, 20, 3, 2)
        );
        assert!(a.intersect(&Rect::new(15, 20, 3, 3)).is_empty());
        assert!(a.intersect(&Rect::new(0, 0, 10, 100)).is_empty());
        assert_eq!(a.intersect(&a), a);
        assert!(a.fits_in((15, 26)) && !a.fits_in((14, 26)));
        assert_eq!(Rect::rows(3, 4, 9), Rect::new(3, 0, 4, 9));
    }
}
