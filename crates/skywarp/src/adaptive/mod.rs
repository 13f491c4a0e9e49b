//! Adaptive, anti-aliased resampling (DeForest 2004, "On Re-sampling of Solar Images"), with the
//! conventions of reproject 0.21's `reproject_adaptive`.
//!
//! For every output pixel the local Jacobian of the output→input pixel mapping is formed
//! ([`jacobian`]), its singular values are raised to at least 1 (so magnification falls back to a
//! kernel one input pixel wide), and the input pixels inside the image of the output kernel
//! (Gaussian or Hann, in output-pixel units) are averaged with the kernel's weights ([`sample`]).
//! Boundary and bad-value modes decide what samples outside the image or non-finite samples
//! contribute.
//!
//! The numeric core is plain functions of coordinate lattices (input positions of output pixel
//! centres or corners), the input window and the options: [`plan_block`] does the plane-independent
//! work once per block (Jacobians, SVD, sample boxes, boundary decisions, the input window), and
//! [`sample::sample_plane`] computes one plane — so broadcast stacks reuse the plans.

pub mod jacobian;
mod kernel;
pub mod lanes;
pub mod options;
pub mod sample;
#[cfg(target_arch = "x86_64")]
mod simd;
pub mod weights;

pub use options::{AdaptiveKernel, AdaptiveOptions, BadValueMode, BoundaryMode};
pub use sample::{InputWindow, Plan, PlaneShape, Scratch};

use jacobian::{FieldPlace, JacobianField, Lattice};

pub use kernel::Adaptive;

use crate::region::Rect;

/// The coordinates a block's plans are made from. `halo` = [`halo`]`(options)`.
#[derive(Clone, Copy, Debug)]
pub struct BlockLattices<'a> {
    /// The output block.
    pub block: Rect,
    /// Rows and columns of the output plane (despiking treats its edges specially).
    pub out_shape: PlaneShape,
    /// Input positions of the output pixel centres of the block grown by `halo` on every side:
    /// node (i, j) is output pixel (row0 − halo + i, col0 − halo + j).
    pub centres: Lattice<'a>,
    /// With `center_jacobian`: input positions of the midpoints of the pixel edges of that grown
    /// block — vertical edges (node (i, j) at output (row0 − halo + i, col0 − halo − 0.5 + j), one
    /// more column than pixels) and horizontal edges (at (row0 − halo − 0.5 + i, col0 − halo + j),
    /// one more row).
    pub midpoints: Option<(Lattice<'a>, Lattice<'a>)>,
    pub halo: usize,
}

/// How far beyond a block its coordinate lattices must reach: one ring of centres for the default
/// Jacobian, none for the centred one (its edge midpoints lie within the pixels); two more with despiking (the 3×3 neighbourhoods of the
/// neighbours, and of the inner neighbours of image edge pixels).
pub fn halo(o: &AdaptiveOptions) -> usize {
    let base = if o.center_jacobian { 0 } else { 1 };
    base + if o.despike_jacobian { 2 } else { 0 }
}

/// Per-worker buffers for [`plan_block`].
#[derive(Default)]
pub struct PlanScratch {
    field: JacobianField,
    despiked: Vec<[f64; 4]>,
    /// The row lanes; after [`plan_block`], `row.near` lists the pixels whose box edges the
    /// positions left within [`lanes::NEAR_WHOLE`] of a whole pixel.
    pub row: sample::RowScratch,
}

/// The plans of every pixel of a block (row-major) and the input window they read.
pub fn plan_block(
    lat: &BlockLattices,
    o: &AdaptiveOptions,
    shape_in: PlaneShape,
    sc: &mut PlanScratch,
    plans: &mut Vec<Plan>,
) -> Option<Rect> {
    let b = lat.block;
    // the field covers the block grown by `g` (the halo beyond what the Jacobian itself needs)
    let g = match &lat.midpoints {
        Some((mx, my)) => {
            jacobian::centred(mx, my, &mut sc.field);
            lat.halo
        }
        None => {
            jacobian::uncentred(&lat.centres, &mut sc.field);
            lat.halo - 1
        }
    };
    let jac: &[[f64; 4]] = if o.despike_jacobian {
        let place = FieldPlace {
            row0: b.row0 as isize - g as isize,
            col0: b.col0 as isize - g as isize,
            ny: lat.out_shape.ny,
            nx: lat.out_shape.nx,
        };
        let rows = b.row0..b.row0 + b.nrows;
        let cols = b.col0..b.col0 + b.ncols;
        jacobian::despike(&sc.field, place, rows, cols, &mut sc.despiked);
        &sc.despiked
    } else {
        &sc.field.j
    };
    plans.clear();
    sc.row.near.clear();
    let mut bounds = sample::WindowBounds::default();
    let (h, fw, cw) = (lat.halo, sc.field.ncols, lat.centres.ncols);
    for i in 0..b.nrows {
        let jrow = if o.despike_jacobian {
            &jac[i * b.ncols..][..b.ncols]
        } else {
            &jac[(i + g) * fw + g..][..b.ncols]
        };
        let c = (i + h) * cw + h;
        let (cx, cy) = (
            &lat.centres.x[c..][..b.ncols],
            &lat.centres.y[c..][..b.ncols],
        );
        sample::plan_row(jrow, (cx, cy), o, shape_in, &mut sc.row, plans, &mut bounds);
    }
    bounds.rect()
}

#[cfg(test)]
mod tests;
