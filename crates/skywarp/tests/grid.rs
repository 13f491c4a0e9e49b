//! The coordinate grid: pixel centres, the ring of centres and the pixel corners are the same bits for
//! any block size and thread count, stay within tolerance of the exact mapping, and around invalid
//! regions (all-sky maps) keep the exact NaN pattern while mapping far fewer points exactly.

use skywarp::coords::{BlockCoords, CoordMode, DEFAULT_TOLERANCE};
use skywarp::{
    run, ArraySink, ArraySource, BlockCtx, BlockGeometry, GridNeeds, InterpOptions, Kernel, Rect,
    RunOptions, Source,
};
use skywarp_wcs::{PixelMapper, Wcs};

mod common;
use common::{galactic_car, map_header, tan};

/// (centres, ring, corners) of block `rect`, each as (xs, ys).
type Nodes = [(Vec<f64>, Vec<f64>); 3];

fn nodes(c: &mut BlockCoords, rect: Rect) -> Nodes {
    let alloc = |n: usize| (vec![0.0; n], vec![0.0; n]);
    let mut out = [
        alloc(rect.len()),
        alloc((rect.nrows + 2) * (rect.ncols + 2)),
        alloc((rect.nrows + 1) * (rect.ncols + 1)),
    ];
    let [a, b, k] = &mut out;
    c.block(rect, &mut a.0, &mut a.1).unwrap();
    c.ring(rect, &mut b.0, &mut b.1).unwrap();
    c.corners(rect, &mut k.0, &mut k.1).unwrap();
    out
}

/// A grid for `out` → `inp` that knows the input plane is `plane` (rows, cols).
fn coords(out: &Wcs, inp: &Wcs, plane: (usize, usize), mode: CoordMode) -> BlockCoords {
    let mapper = PixelMapper::new(out, inp, true).unwrap();
    let mut c = BlockCoords::new(Box::new(mapper), (0, 1), vec![], mode);
    c.set_input_plane(plane);
    c
}

fn same_bits(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
}

/// (name, output WCS, input WCS, output size, input plane (rows, cols)).
type Case = (&'static str, Wcs, Wcs, usize, (usize, usize));

/// The pairs of output/input WCS the grid is checked on, with the output size and input plane: a
/// rotated TAN with a frame change, and all-sky maps with invalid regions onto a Galactic plate carrée.
fn cases() -> Vec<Case> {
    let mut v = vec![(
        "TAN",
        tan(
            (236.959_277_85, 41.927_185_37),
            (160.0, 150.0),
            1.1 / 3600.0,
            30.0,
            "galactic",
        ),
        tan((150.0, 2.0), (150.5, 140.5), 1.0 / 3600.0, 0.0, "icrs"),
        300,
        (280, 300),
    )];
    for code in ["AZP", "AIT", "MOL", "CSC", "HPX"] {
        v.push((
            code,
            galactic_car(200, 1.8),
            map_header(code),
            200,
            (600, 600),
        ));
    }
    v
}

/// Every node of a sub-block equals the node of the whole-output request it coincides with.
#[test]
fn centres_ring_and_corners_do_not_depend_on_blocking() {
    for (name, out, inp, n, plane) in cases() {
        let mut c = coords(&out, &inp, plane, CoordMode::Grid(DEFAULT_TOLERANCE));
        let whole = Rect::new(0, 0, n, n);
        let all = nodes(&mut c, whole);
        // the ring of the whole output starts one pixel outside it
        let at = |k: usize, r: i64, col: i64| {
            let (w, off) = [(n, 0), (n + 2, 1), (n + 1, 0)][k];
            let i = (r + off) as usize * w + (col + off) as usize;
            (all[k].0[i], all[k].1[i])
        };
        for rect in [
            Rect::new(0, 0, 37, 53),
            Rect::new(64, 64, 64, 64),
            Rect::new(101, 3, 1, n - 3),
            Rect::new(5, 190, n - 5, 7),
        ] {
            let got = nodes(&mut c, rect);
            for (k, (rows, cols, d)) in [
                (rect.nrows, rect.ncols, 0i64),
                (rect.nrows + 2, rect.ncols + 2, -1),
                (rect.nrows + 1, rect.ncols + 1, 0),
            ]
            .into_iter()
            .enumerate()
            {
                for i in 0..rows {
                    for j in 0..cols {
                        let (x, y) = at(
                            k,
                            rect.row0 as i64 + i as i64 + d,
                            rect.col0 as i64 + j as i64 + d,
                        );
                        let q = i * cols + j;
                        assert!(
                            same_bits(&[x, y], &[got[k].0[q], got[k].1[q]]),
                            "{name} {rect:?} lattice {k} node ({i}, {j})"
                        );
                    }
                }
            }
        }
        // the ring's interior is the centres
        let w = n + 2;
        for r in 0..n {
            assert!(same_bits(
                &all[1].0[(r + 1) * w + 1..][..n],
                &all[0].0[r * n..][..n]
            ));
            assert!(same_bits(
                &all[1].1[(r + 1) * w + 1..][..n],
                &all[0].1[r * n..][..n]
            ));
        }
    }
}

/// The grid against the exact mapping on all three lattices: the same NaN pattern (except that valid
/// positions far beyond the input may be NaN next to a boundary) and, near the input, positions within
/// a few tolerances (the tolerance is the grid's predicted error bound, not a hard one).
#[test]
fn grid_stays_within_tolerance_of_exact_mapping() {
    for (name, out, inp, n, plane) in cases() {
        let rect = Rect::new(0, 0, n, n);
        let mut g = coords(&out, &inp, plane, CoordMode::Grid(DEFAULT_TOLERANCE));
        let mut e = coords(&out, &inp, plane, CoordMode::Exact);
        let (gn, en) = (nodes(&mut g, rect), nodes(&mut e, rect));
        // positions far beyond the input need no accuracy (no kernel reads there)
        let m = skywarp::coords::RELEVANCE_MARGIN + 0.5;
        let near =
            |x: f64, y: f64| x > -m && y > -m && x < plane.1 as f64 + m && y < plane.0 as f64 + m;
        let finite = |(x, y): (f64, f64)| x.is_finite() && y.is_finite();
        for k in 0..3 {
            let (gl, el) = (&gn[k], &en[k]);
            let (mut worst, mut flipped) = (0f64, 0usize);
            for i in 0..gl.0.len() {
                let (p, q) = ((gl.0[i], gl.1[i]), (el.0[i], el.1[i]));
                if finite(p) != finite(q) {
                    // a valid position far beyond the input may be declared NaN near a boundary
                    if !finite(q) || near(q.0, q.1) {
                        flipped += 1;
                    }
                } else if finite(q) && near(q.0, q.1) {
                    worst = worst.max((p.0 - q.0).abs()).max((p.1 - q.1).abs());
                }
            }
            // Centres keep the exact NaN pattern. On the ring and corner lattices an isolated node may
            // differ where the exact mapping fails sporadically inside a valid region (the round trip
            // at a plate carrée's ±180° seam, just outside the output): at most 1 in 1000.
            let allowed = if k == 0 { 0 } else { gl.0.len() / 1000 };
            assert!(
                flipped <= allowed,
                "{name} lattice {k}: {flipped} nodes differ in validity"
            );
            assert!(
                worst <= 4.0 * DEFAULT_TOLERANCE,
                "{name} lattice {k}: {worst} px"
            );
        }
        if name != "TAN" {
            // The rule before the quadtree mapped every tile meeting an invalid node exactly: count
            // the nodes of those tiles, on each lattice (tiles of TILE² nodes from node (0, 0); the
            // ring's node 0 is lattice node -1).
            let mut old_rule = 0u64;
            for (k, (w, origin)) in [(n, 0i64), (n + 2, -1), (n + 1, 0)].into_iter().enumerate() {
                let t = skywarp::coords::TILE as i64;
                let tile = |i: usize| (i as i64 + origin).div_euclid(t);
                let mut bad = std::collections::HashMap::<(i64, i64), bool>::new();
                for i in 0..w * w {
                    let e = (en[k].0[i], en[k].1[i]);
                    *bad.entry((tile(i / w), tile(i % w))).or_default() |= !finite(e);
                }
                old_rule += (0..w * w)
                    .filter(|&i| bad[&(tile(i / w), tile(i % w))])
                    .count() as u64;
            }
            let exact = g.stats.exact_points;
            eprintln!("{name}: {exact} exact evaluations, {old_rule} under the old rule");
            assert!(
                exact * 3 < old_rule * 2,
                "{name}: {exact} exact evaluations against {old_rule} for the old rule: the quadtree \
                 should map exactly only near the valid/invalid boundary and the input"
            );
        }
    }
}

/// A kernel that reports the grid: value = x of the pixel's top-left corner, footprint = y of the ring
/// node below-right of it (i.e. the centre itself) minus the centre's y (0 when the plumbing is right).
struct Probe;

impl Kernel for Probe {
    type Worker = ();
    fn needs(&self) -> GridNeeds {
        GridNeeds {
            centres: true,
            ring: true,
            corners: true,
        }
    }
    fn new_worker(&self) {}
    fn window(&self, _: &BlockGeometry, _: (usize, usize)) -> Option<Rect> {
        Some(Rect::new(0, 0, 1, 1))
    }
    fn begin_block(&self, _: &mut (), _: &BlockCtx) -> skywarp::Result<()> {
        Ok(())
    }
    fn plane(
        &self,
        _: &mut (),
        ctx: &BlockCtx,
        _: usize,
        values: &mut [f64],
        footprint: &mut [f64],
    ) -> skywarp::Result<()> {
        let g = &ctx.geom;
        let Rect { nrows, ncols, .. } = g.rect;
        assert_eq!(g.kx.len(), (nrows + 1) * (ncols + 1));
        for i in 0..nrows {
            for j in 0..ncols {
                let p = i * ncols + j;
                values[p] = g.kx[i * (ncols + 1) + j];
                footprint[p] = g.ry[(i + 1) * (ncols + 2) + j + 1] - g.cy[p];
            }
        }
        Ok(())
    }
}

fn run_probe(
    out: &Wcs,
    inp: &Wcs,
    n: usize,
    block: (usize, usize),
    threads: usize,
) -> (Vec<f64>, Vec<f64>) {
    let data = vec![0f32; 4];
    let src = ArraySource::new(&data, &[2, 2]).unwrap();
    let (mut v, mut f) = (vec![0.0; n * n], vec![0.0; n * n]);
    let sink = ArraySink::new(&mut v, Some(&mut f), &[n, n]).unwrap();
    let opts = RunOptions {
        block: Some(block),
        threads: Some(threads),
        ..Default::default()
    };
    run(
        Probe,
        &src as &dyn Source,
        out,
        inp,
        &[n, n],
        &sink,
        &opts,
        None,
    )
    .unwrap();
    drop(sink);
    (v, f)
}

/// Through the executor: kernels get the same ring and corners for any block size and thread count.
#[test]
fn executor_serves_ring_and_corners_bit_identically() {
    for (name, out, inp, n, _) in cases().into_iter().take(3) {
        let reference = run_probe(&out, &inp, n, (10_000, 10_000), 1);
        assert!(
            reference.1.iter().all(|&d| d == 0.0 || d.is_nan()),
            "{name}: ring interior = centres"
        );
        for (block, threads) in [((37, 53), 3), ((64, 64), 2), ((1, 300), 2)] {
            let got = run_probe(&out, &inp, n, block, threads);
            assert!(
                same_bits(&reference.0, &got.0),
                "{name} block {block:?} threads {threads}"
            );
        }
    }
}

/// A smooth 600² input (40° at the maps' 1/15° pixels, so it reaches the projections' edges).
fn map_data() -> Vec<f32> {
    (0..600 * 600)
        .map(|i| {
            let (y, x) = ((i / 600) as f64, (i % 600) as f64);
            (100.0 + 0.1 * x + 30.0 * (x / 37.0).sin() * (y / 23.0).cos()) as f32
        })
        .collect()
}

fn interp(out: &Wcs, inp: &Wcs, n: usize, opts: &InterpOptions) -> Vec<f64> {
    let data = map_data();
    let src = ArraySource::new(&data, &[600, 600]).unwrap();
    let mut v = vec![0.0; n * n];
    let sink = ArraySink::<f64>::new(&mut v, None, &[n, n]).unwrap();
    skywarp::reproject_interp(&src, inp, out, &[n, n], &sink, opts, None).unwrap();
    drop(sink);
    v
}

/// All-sky maps onto a Galactic plate carrée of 1.2° pixels (half of it beyond the poles, and the AZP
/// horizon cutting the sky): results are bit-identical for any block size and thread count, and the
/// NaN pattern is the exact mapping's, values within 1e-6 of it.
#[test]
fn all_sky_maps_are_bit_identical_across_blocks_and_keep_exact_nans() {
    let n = 300;
    let out = galactic_car(n, 1.2);
    for code in ["AZP", "AIT", "MOL", "CSC", "HPX"] {
        let inp = map_header(code);
        let base = InterpOptions {
            block: Some((10_000, 10_000)),
            threads: Some(1),
            ..Default::default()
        };
        let reference = interp(&out, &inp, n, &base);
        let finite = reference.iter().filter(|v| v.is_finite()).count();
        assert!(finite > 100, "{code}: {finite} finite values");
        for (block, threads) in [((37, 53), 3), ((64, 64), 2), ((300, 1), 2)] {
            let o = InterpOptions {
                block: Some(block),
                threads: Some(threads),
                ..base.clone()
            };
            let got = interp(&out, &inp, n, &o);
            assert!(same_bits(&reference, &got), "{code} {block:?} {threads}");
        }
        let exact = InterpOptions {
            coords: CoordMode::Exact,
            ..base.clone()
        };
        let exact = interp(&out, &inp, n, &exact);
        for (a, b) in reference.iter().zip(&exact) {
            assert_eq!(a.is_nan(), b.is_nan(), "{code}: NaN pattern");
            if a.is_finite() {
                assert!(
                    (a - b).abs() <= 1e-6 * b.abs().max(1.0),
                    "{code}: {a} vs {b}"
                );
            }
        }
    }
}
