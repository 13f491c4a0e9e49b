//! Criterion benches for the hot paths: the interpolation and adaptive kernels on one 256² output
//! block, the adaptive coordinate grid against exact per-pixel mapping, and the raw pixel mapper.
//! Run: `cargo bench -p skywarp --bench kernels`.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use skywarp::coords::{BlockCoords, CoordMode, DEFAULT_TOLERANCE};
use skywarp::interp::kernels::Stencils;
use skywarp::interp::spline::SplineCoefficients;
use skywarp::{ArraySource, Rect, Region};
use skywarp_wcs::{PixelMapper, Wcs};

fn tan(crval: (f64, f64), rot_deg: f64, frame: &str) -> Wcs {
    let r = rot_deg.to_radians();
    let s = 1.0 / 3600.0;
    let (lon, lat) = if frame == "gal" {
        ("GLON-TAN", "GLAT-TAN")
    } else {
        ("RA---TAN", "DEC--TAN")
    };
    let cards: String = [
        format!("CTYPE1  = '{lon}'"),
        format!("CTYPE2  = '{lat}'"),
        format!("CRVAL1  = {}", crval.0),
        format!("CRVAL2  = {}", crval.1),
        "CRPIX1  = 1024.5".to_string(),
        "CRPIX2  = 1024.5".to_string(),
        format!("CD1_1   = {:E}", -s * r.cos()),
        format!("CD1_2   = {:E}", s * r.sin()),
        format!("CD2_1   = {:E}", s * r.sin()),
        format!("CD2_2   = {:E}", s * r.cos()),
    ]
    .iter()
    .map(|c| format!("{c:<80}"))
    .collect();
    Wcs::from_cards(&cards).unwrap()
}

fn mapper(frame_change: bool) -> PixelMapper {
    let inp = tan((150.0, 2.0), 0.0, "icrs");
    let out = if frame_change {
        tan((236.9595, 41.9272), 30.0, "gal")
    } else {
        tan((150.1422, 2.0), 30.0, "icrs")
    };
    PixelMapper::new(&out, &inp, true).unwrap()
}

fn bench_kernels(c: &mut Criterion) {
    let (ny, nx) = (600usize, 600usize);
    let plane: Vec<f64> = (0..ny * nx).map(|i| ((i * 7919) % 1000) as f64).collect();
    let n = 256 * 256;
    // coordinates of a rotated 256² block inside the plane
    let (mut xs, mut ys) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for r in 0..256 {
        for col in 0..256 {
            let (x, y) = (col as f64, r as f64);
            xs.push(150.0 + 0.866 * x - 0.5 * y + 0.123);
            ys.push(150.0 + 0.5 * x + 0.866 * y + 0.456);
        }
    }
    let mut group = c.benchmark_group("kernel 256x256 block");
    group.throughput(Throughput::Elements(n as u64));
    for order in 0..=3usize {
        let coeffs = if order >= 2 {
            let src = ArraySource::new(&plane, &[ny, nx]).unwrap();
            let store = SplineCoefficients::build(&src, order, None).unwrap();
            let (mut p, mut mask) = (vec![0.0; ny * nx], vec![false; ny * nx]);
            store.read(Region::new(0, Rect::full((ny, nx))), &mut p, &mut mask);
            p
        } else {
            plane.clone()
        };
        let mut st = Stencils::default();
        let mut out = vec![0.0; n];
        group.bench_with_input(BenchmarkId::new("build+apply", order), &order, |b, &o| {
            b.iter(|| {
                st.build(o, &xs, &ys, (ny, nx), (0, 0), nx);
                st.apply(&coeffs, None, 1.0, true, &mut out);
                black_box(&out);
            })
        });
        group.bench_with_input(
            BenchmarkId::new("apply only (another plane)", order),
            &order,
            |b, _| {
                b.iter(|| {
                    st.apply(&coeffs, None, 1.0, true, &mut out);
                    black_box(&out);
                })
            },
        );
    }
    group.finish();
}

fn bench_coords(c: &mut Criterion) {
    let mut group = c.benchmark_group("coordinates 256x256 block");
    group.throughput(Throughput::Elements(256 * 256));
    let mut xs = vec![0.0; 256 * 256];
    let mut ys = vec![0.0; 256 * 256];
    for (name, frame) in [("TAN->TAN", false), ("Galactic TAN->ICRS TAN", true)] {
        for (mode_name, mode) in [
            ("exact", CoordMode::Exact),
            ("grid 1e-6", CoordMode::Grid(DEFAULT_TOLERANCE)),
        ] {
            let mut bc = BlockCoords::new(Box::new(mapper(frame)), (0, 1), vec![], mode);
            group.bench_function(format!("{name} {mode_name}"), |b| {
                b.iter(|| {
                    bc.block(Rect::new(896, 896, 256, 256), &mut xs, &mut ys)
                        .unwrap();
                    black_box(&xs);
                })
            });
        }
    }
    group.finish();
}

fn bench_mapper(c: &mut Criterion) {
    let mut group = c.benchmark_group("pixel mapper");
    let pts: Vec<f64> = (0..10_000)
        .flat_map(|i| [(i % 100) as f64 * 20.0, (i / 100) as f64 * 20.0])
        .collect();
    let mut out = vec![0.0; pts.len()];
    group.throughput(Throughput::Elements(10_000));
    for (name, frame) in [
        ("TAN->TAN roundtrip", false),
        ("Galactic->ICRS roundtrip", true),
    ] {
        let mut m = mapper(frame);
        group.bench_function(name, |b| {
            b.iter(|| {
                m.map(&pts, &mut out).unwrap();
                black_box(&out);
            })
        });
    }
    group.finish();
}

/// Adaptive resampling of one rotated 256² block at equal scales (case A's geometry): the plans
/// (Jacobians, SVD, boxes) and one plane's sums, for both kernels.
fn bench_adaptive(c: &mut Criterion) {
    use skywarp::adaptive::jacobian::Lattice;
    use skywarp::adaptive::sample::{sample_plane, InputWindow, PlaneShape, Scratch};
    use skywarp::adaptive::{
        plan_block, AdaptiveKernel, AdaptiveOptions, BlockLattices, PlanScratch,
    };
    let shape = PlaneShape { ny: 600, nx: 600 };
    let plane: Vec<f64> = (0..600 * 600).map(|i| ((i * 7919) % 1000) as f64).collect();
    let block = Rect::new(0, 0, 256, 256);
    // input positions of the centres of the block grown by one pixel (the default Jacobian's ring)
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for r in -1..=256 {
        for col in -1..=256 {
            let (x, y) = (col as f64, r as f64);
            xs.push(150.0 + 0.866 * x - 0.5 * y + 0.123);
            ys.push(150.0 + 0.5 * x + 0.866 * y + 0.456);
        }
    }
    let lat = BlockLattices {
        block,
        out_shape: PlaneShape { ny: 256, nx: 256 },
        centres: Lattice {
            x: &xs,
            y: &ys,
            nrows: 258,
            ncols: 258,
        },
        midpoints: None,
        halo: 1,
    };
    let mut g = c.benchmark_group("adaptive_256x256");
    g.throughput(Throughput::Elements(256 * 256));
    for kernel in [AdaptiveKernel::Gaussian, AdaptiveKernel::Hann] {
        let o = AdaptiveOptions {
            kernel,
            ..Default::default()
        };
        let (mut psc, mut plans) = (PlanScratch::default(), Vec::new());
        let win = plan_block(&lat, &o, shape, &mut psc, &mut plans).expect("reads the input");
        let data: Vec<f64> = (0..win.nrows)
            .flat_map(|i| {
                let s = (win.row0 + i) * 600 + win.col0;
                plane[s..s + win.ncols].to_vec()
            })
            .collect();
        let input = InputWindow {
            data: &data,
            rect: win,
        };
        let name = format!("{kernel:?}").to_lowercase();
        g.bench_function(BenchmarkId::new("plans", &name), |b| {
            b.iter(|| plan_block(black_box(&lat), &o, shape, &mut psc, &mut plans))
        });
        let mut sc = Scratch::default();
        let (mut v, mut f) = (vec![0.0; 256 * 256], vec![0.0; 256 * 256]);
        g.bench_function(BenchmarkId::new("sums", &name), |b| {
            b.iter(|| sample_plane(&plans, Some(&input), shape, &o, &mut sc, &mut v, &mut f))
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_kernels,
    bench_adaptive,
    bench_coords,
    bench_mapper
);
criterion_main!(benches);
