//! Interpolating reprojection (reproject's `reproject_interp`), run block by block on a thread pool.

use rayon::prelude::*;
use skywarp_wcs::{AxisKind, PixelMapper, Wcs};

use crate::coords::{BlockCoords, CoordMode, CoordStats, DEFAULT_TOLERANCE};
use crate::kernels::{clip_coord, mirror, sample_direct, stencil, Order, Stencils};
use crate::sink::Sink;
use crate::source::Source;
use crate::spline::SplineCoefficients;
use crate::{Error, Result};

/// Options of [`reproject_interp`]; `Default` gives reproject's defaults (bilinear, round trip on) with
/// the adaptive coordinate grid.
#[derive(Clone, Debug)]
pub struct InterpOptions {
    pub order: Order,
    /// reproject's `roundtrip_coords`.
    pub roundtrip: bool,
    pub coords: CoordMode,
    /// Output block (rows, cols) in the celestial plane; `None` = automatic.
    pub block: Option<(usize, usize)>,
    /// Worker threads; `None` = all cores.
    pub threads: Option<usize>,
    /// Set from another thread (e.g. on Ctrl-C) to stop the run after the blocks under way.
    pub cancel: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

impl Default for InterpOptions {
    fn default() -> Self {
        InterpOptions {
            order: Order::Bilinear,
            roundtrip: true,
            coords: CoordMode::Grid(DEFAULT_TOLERANCE),
            block: None,
            threads: None,
            cancel: None,
        }
    }
}

/// Default block edge: large enough that window reads and per-block set-up are negligible, small enough
/// that two threads get many blocks and memory stays at a few MiB per thread.
pub const DEFAULT_BLOCK: usize = 256;

/// What a run did, for reports and benchmarks.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunStats {
    pub blocks: usize,
    pub coord: CoordStats,
}

/// How the WCS pixel axes relate to the array axes.
struct Geometry {
    /// Number of WCS pixel axes (2 or 3).
    naxis: usize,
    /// Celestial pixel axes (x, y) in FITS order — always (0, 1) here.
    ax: (usize, usize),
    /// For a 3-D WCS: the output→input mapping of the third pixel axis, per output index.
    zmap: Option<Vec<f64>>,
    /// Output third-axis pixel at which the (z-independent) celestial plane mapping is evaluated.
    z_anchor: f64,
    /// Input length of the third axis.
    nz_in: usize,
    /// Number of leading (broadcast) planes.
    nlead: usize,
}

fn validate(wcs_in: &Wcs, wcs_out: &Wcs, shape_in: &[usize], shape_out: &[usize]) -> Result<()> {
    let n = wcs_in.naxis();
    // Messages as reproject's _validate_wcs words them, so Python users see the same errors.
    if n != wcs_out.naxis() {
        return Err(Error::Value(
            "Number of dimensions in input and output WCS should match".into(),
        ));
    }
    if shape_out.len() < n {
        return Err(Error::Value("Too few dimensions in shape_out".into()));
    }
    if shape_in.len() < n {
        return Err(Error::Value("Too few dimensions in input data".into()));
    }
    if shape_in.len() != shape_out.len() {
        return Err(Error::Value(
            "Number of dimensions in input and output data should match".into(),
        ));
    }
    if shape_in[..shape_in.len() - n] != shape_out[..shape_out.len() - n] {
        return Err(Error::Value(
            "Dimensions to be looped over must match exactly".into(),
        ));
    }
    match (
        wcs_in.celestial_axes().is_some(),
        wcs_out.celestial_axes().is_some(),
    ) {
        (true, false) => {
            return Err(Error::Value(
                "Input WCS has celestial components but output WCS does not".into(),
            ))
        }
        (false, true) => {
            return Err(Error::Value(
                "Output WCS has celestial components but input WCS does not".into(),
            ))
        }
        _ => {}
    }
    match (wcs_in.spectral_axis(), wcs_out.spectral_axis()) {
        (Some(i), Some(o)) => {
            let (ti, to) = (&wcs_in.ctypes()[i], &wcs_out.ctypes()[o]);
            if ti.get(..4) != to.get(..4) {
                return Err(Error::Value(format!(
                    "The input ({ti}) and output ({to}) spectral coordinate types are not equivalent."
                )));
            }
        }
        (Some(_), None) => {
            return Err(Error::Value(
                "Input WCS has a spectral component but output WCS does not".into(),
            ))
        }
        (None, Some(_)) => {
            return Err(Error::Value(
                "Output WCS has a spectral component but input WCS does not".into(),
            ))
        }
        _ => {}
    }
    if shape_in.iter().chain(shape_out).any(|&s| s == 0) {
        return Err(Error::Value(
            "input and output shapes must not contain zero-length axes".into(),
        ));
    }
    Ok(())
}

fn geometry(
    mapper: &mut PixelMapper,
    wcs_in: &Wcs,
    wcs_out: &Wcs,
    shape_in: &[usize],
    shape_out: &[usize],
) -> Result<Geometry> {
    let n = wcs_in.naxis();
    if !(2..=3).contains(&n) {
        return Err(Error::Unsupported(format!(
            "{n}-dimensional WCS: interpolation supports 2-D images and 3-D cubes (extra leading axes are broadcast)"
        )));
    }
    for w in [wcs_in, wcs_out] {
        let kinds = w.axis_kinds();
        let plane_ok = w
            .celestial_axes()
            .is_none_or(|(a, b)| (a == 0 && b == 1) || (a == 1 && b == 0));
        if !plane_ok || (n == 3 && matches!(kinds[2], AxisKind::Longitude | AxisKind::Latitude)) {
            return Err(Error::Unsupported(
                "the celestial axes must be the first two WCS axes (NAXIS1, NAXIS2)".into(),
            ));
        }
    }
    let nlead: usize = shape_out[..shape_out.len() - n].iter().product();
    if n == 2 {
        return Ok(Geometry {
            naxis: 2,
            ax: (0, 1),
            zmap: None,
            z_anchor: 0.0,
            nz_in: 1,
            nlead,
        });
    }
    // 3-D: the cube must be separable — the celestial mapping the same for every plane and the third
    // axis mapped independently of position — so the plane mapping is computed once per block and the
    // third axis once per plane. Checked numerically on a few points.
    let d = shape_out.len();
    let (ny, nx, nz) = (
        shape_out[d - 2] as f64,
        shape_out[d - 1] as f64,
        shape_out[d - 3] as f64,
    );
    let probes = [
        (nx / 2.0, ny / 2.0),
        (0.0, 0.0),
        (nx - 1.0, ny - 1.0),
        (nx - 1.0, 0.0),
        (0.0, ny - 1.0),
    ];
    let zs = [0.0, (nz - 1.0) / 2.0, nz - 1.0];
    let mut pts = Vec::new();
    for &(x, y) in &probes {
        for &z in &zs {
            pts.extend([x, y, z]);
        }
    }
    let mut res = vec![0.0; pts.len()];
    mapper.map(&pts, &mut res)?;
    // First probe whose points all map: its z values are the reference for the others.
    let mut anchor: Option<(f64, f64, f64, [f64; 3])> = None;
    for (pi, &(x, y)) in probes.iter().enumerate() {
        let group: Vec<&[f64]> = (0..zs.len())
            .map(|zi| &res[(pi * zs.len() + zi) * 3..][..3])
            .collect();
        if group.iter().any(|p| p.iter().any(|v| !v.is_finite())) {
            continue;
        }
        if group[1..]
            .iter()
            .any(|p| (p[0] - group[0][0]).abs() > 1e-8 || (p[1] - group[0][1]).abs() > 1e-8)
        {
            return Err(Error::Unsupported(
                "cube WCS whose celestial mapping changes along the third axis (not separable)"
                    .into(),
            ));
        }
        let zin = [group[0][2], group[1][2], group[2][2]];
        match anchor {
            None => anchor = Some((x, y, zs[0], zin)),
            Some((_, _, _, z0)) => {
                if zin.iter().zip(z0).any(|(a, b)| (a - b).abs() > 1e-8) {
                    return Err(Error::Unsupported(
                        "cube WCS whose third axis mapping depends on position (not separable)"
                            .into(),
                    ));
                }
            }
        }
    }
    let Some((ax_x, ax_y, z_anchor, _)) = anchor else {
        return Err(Error::Value(
            "no valid pixel mapping found between the output and input cubes".into(),
        ));
    };
    let nzo = shape_out[d - 3];
    let mut pts = Vec::with_capacity(nzo * 3);
    for k in 0..nzo {
        pts.extend([ax_x, ax_y, k as f64]);
    }
    let mut res = vec![0.0; pts.len()];
    mapper.map(&pts, &mut res)?;
    let zmap = res.chunks_exact(3).map(|p| p[2]).collect();
    Ok(Geometry {
        naxis: 3,
        ax: (0, 1),
        zmap: Some(zmap),
        z_anchor,
        nz_in: shape_in[shape_in.len() - 3],
        nlead,
    })
}

/// Reproject `source` (pixels on `wcs_in`) onto `wcs_out` with output shape `shape_out` (numpy order,
/// leading broadcast axes included), writing blocks into `sink`. `progress` is called with the number
/// of output pixels (per plane) each finished block covered.
pub fn reproject_interp(
    source: &dyn Source,
    wcs_in: &Wcs,
    wcs_out: &Wcs,
    shape_out: &[usize],
    sink: &dyn Sink,
    opts: &InterpOptions,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<RunStats> {
    let shape_in = source.shape().to_vec();
    validate(wcs_in, wcs_out, &shape_in, shape_out)?;
    let mut mapper = PixelMapper::new(wcs_out, wcs_in, opts.roundtrip)?;
    let geo = geometry(&mut mapper, wcs_in, wcs_out, &shape_in, shape_out)?;
    let pool = {
        let mut b = rayon::ThreadPoolBuilder::new();
        if let Some(t) = opts.threads {
            b = b.num_threads(t.max(1));
        }
        b.build()
            .map_err(|e| Error::Unsupported(format!("cannot start worker threads: {e}")))?
    };
    pool.install(|| run(source, &geo, mapper, shape_out, sink, opts, progress))
}

fn run(
    source: &dyn Source,
    geo: &Geometry,
    mapper: PixelMapper,
    shape_out: &[usize],
    sink: &dyn Sink,
    opts: &InterpOptions,
    progress: Option<&(dyn Fn(u64) + Sync)>,
) -> Result<RunStats> {
    let order = opts.order.degree();
    // Spline orders interpolate coefficients of the whole image (computed once, out of core when large).
    let coeffs = if order >= 2 {
        let nz = geo.zmap.as_ref().map(|_| geo.nz_in);
        Some(SplineCoefficients::build(source, order, nz)?)
    } else {
        None
    };
    let shape_in = source.shape();
    let d = shape_out.len();
    let (ny_out, nx_out) = (shape_out[d - 2], shape_out[d - 1]);
    let (ny_in, nx_in) = (shape_in[d - 2], shape_in[d - 1]);
    let (br, bc) = opts.block.unwrap_or((DEFAULT_BLOCK, DEFAULT_BLOCK));
    let (br, bc) = (br.max(1), bc.max(1));
    let mut blocks = Vec::new();
    for r in (0..ny_out).step_by(br) {
        for c in (0..nx_out).step_by(bc) {
            blocks.push((r, c, br.min(ny_out - r), bc.min(nx_out - c)));
        }
    }
    let extra = if geo.naxis == 3 {
        vec![geo.z_anchor]
    } else {
        vec![]
    };
    let nz_out = geo.zmap.as_ref().map_or(1, |z| z.len());
    // Wcs (inside the mapper) is Send but not Sync: workers clone it under a lock, once per worker.
    let proto = std::sync::Mutex::new(mapper);
    let stats = std::sync::Mutex::new(RunStats {
        blocks: blocks.len(),
        coord: CoordStats::default(),
    });

    // One Worker per pool thread, kept for the whole run: rayon may call an `_init` closure once per
    // split, and fresh multi-MiB buffers per block would cost page faults on every block.
    let slots: Vec<std::sync::Mutex<Option<Worker>>> = (0..rayon::current_num_threads() + 1)
        .map(|_| std::sync::Mutex::new(None))
        .collect();
    let new_worker = || Worker {
        coords: BlockCoords::new(
            proto.lock().expect("mapper lock").clone(),
            geo.ax,
            extra.clone(),
            opts.coords,
        ),
        xs: Vec::new(),
        ys: Vec::new(),
        st: Stencils::default(),
        windows: Default::default(),
        values: Vec::new(),
        acc: Vec::new(),
        foot: Vec::new(),
    };
    blocks.par_iter().try_for_each(|&(r0, c0, nr, nc)| -> Result<()> {
            let slot = rayon::current_thread_index().unwrap_or(slots.len() - 1);
            let mut guard = slots[slot].lock().expect("worker slot");
            let w = guard.get_or_insert_with(new_worker);
            if opts.cancel.as_ref().is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed)) {
                return Err(Error::Cancelled);
            }
            if !sink.wants_block(r0, c0, nr, nc) {
                return Ok(());
            }
            let n = nr * nc;
            w.xs.resize(n, 0.0);
            w.ys.resize(n, 0.0);
            let before = w.coords.stats;
            w.coords.block(r0, c0, nr, nc, &mut w.xs, &mut w.ys)?;
            {
                let mut s = stats.lock().expect("stats lock");
                s.coord.exact_points += w.coords.stats.exact_points - before.exact_points;
                s.coord.pixels += w.coords.stats.pixels - before.pixels;
            }
            // Input window covering every stencil of the block (mirrored indices stay inside it):
            // the bounding box of the mapped positions (NaNs ignored by min/max), clamped to the
            // half-pixel border where reproject's edge rule still gives values.
            let (mut xmin, mut xmax, mut ymin, mut ymax) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
            for (&x, &y) in w.xs.iter().zip(&w.ys) {
                xmin = xmin.min(x);
                xmax = xmax.max(x);
                ymin = ymin.min(y);
                ymax = ymax.max(y);
            }
            let (xlim, ylim) = (nx_in as f64 - 0.5, ny_in as f64 - 0.5);
            let any = xmax >= -0.5 && xmin <= xlim && ymax >= -0.5 && ymin <= ylim;
            let (xmin, xmax) = (xmin.max(0.0), xmax.min(xlim));
            let (ymin, ymax) = (ymin.max(0.0), ymax.min(ylim));
            let m = opts.order.margin() as i64;
            let (wc0, wc1, wr0, wr1) = match any {
                false => (0, 0, 0, 0),
                true => (
                    (xmin.floor() as i64 - m).max(0) as usize,
                    ((xmax.floor() as i64 + m + 1).min(nx_in as i64 - 1)) as usize,
                    (ymin.floor() as i64 - m).max(0) as usize,
                    ((ymax.floor() as i64 + m + 1).min(ny_in as i64 - 1)) as usize,
                ),
            };
            let (wrows, wcols) = (wr1 - wr0 + 1, wc1 - wc0 + 1);
            if wrows * wcols > u32::MAX as usize {
                return Err(Error::Unsupported(format!(
                    "an input window of {wrows}x{wcols} pixels for one output block; use a smaller block size"
                )));
            }
            // With one output plane and no third axis, stencils are used once: sample directly.
            let single = geo.nlead == 1 && geo.zmap.is_none();
            if any && !single {
                w.st.build(order, &w.xs, &w.ys, (ny_in, nx_in), (wr0, wc0), wcols);
            }
            w.windows.reset(wrows * wcols, coeffs.is_some());
            w.values.resize(n, f64::NAN);
            w.acc.resize(n, 0.0);
            w.foot.resize(n, 0.0);
            for lead in 0..geo.nlead {
                for kz in 0..nz_out {
                    let plane_out = lead * nz_out + kz;
                    if !sink.wants_plane(plane_out) {
                        continue;
                    }
                    w.values.fill(f64::NAN);
                    // the input planes this output plane draws on, with their weights
                    let zstencil = match &geo.zmap {
                        None => Some((0i64, [1.0, 0.0, 0.0, 0.0], 0usize)),
                        Some(zm) => clip_coord(zm[kz], geo.nz_in).map(|z| {
                            let mut wz = [0.0; 4];
                            let s = stencil(z, order, &mut wz);
                            (s, wz, order)
                        }),
                    };
                    if let (true, Some((zstart, zw, zorder))) = (any, zstencil) {
                        for (k, &wz) in zw.iter().enumerate().take(zorder + 1) {
                            let plane_in = match geo.zmap {
                                Some(_) => lead * geo.nz_in + mirror(zstart + k as i64, geo.nz_in as i64) as usize,
                                None => lead,
                            };
                            let (data, mask) = w.windows.get(plane_in, |buf, mbuf| match &coeffs {
                                Some(cf) => {
                                    cf.read(plane_in, wr0, wrows, wc0, wcols, buf, mbuf);
                                    Ok(())
                                }
                                None => source.read(plane_in, wr0, wrows, wc0, wcols, buf),
                            })?;
                            if single {
                                let full = (ny_in, nx_in);
                                sample_direct(order, &w.xs, &w.ys, full, (wr0, wc0), wcols, data, mask, &mut w.values);
                            } else {
                                // first plane writes, later ones accumulate (NaN anywhere propagates)
                                w.st.apply(data, mask, wz, k == 0, &mut w.acc);
                            }
                        }
                        if !single {
                            w.values.copy_from_slice(&w.acc);
                        }
                    }
                    for (f, v) in w.foot.iter_mut().zip(&w.values) {
                        *f = if v.is_finite() { 1.0 } else { 0.0 };
                    }
                    sink.write(plane_out, r0, c0, nr, nc, &w.values, &w.foot)?;
                }
            }
            if let Some(p) = progress {
                p(n as u64);
            }
            Ok(())
        })?;
    Ok(stats.into_inner().expect("stats lock"))
}

/// Per-thread buffers, reused from block to block so the hot loop never allocates.
struct Worker {
    coords: BlockCoords,
    xs: Vec<f64>,
    ys: Vec<f64>,
    st: Stencils,
    windows: WindowCache,
    values: Vec<f64>,
    acc: Vec<f64>,
    foot: Vec<f64>,
}

/// The input windows of the current block for the last two input planes read: a cube's consecutive
/// output channels share one of their two (bilinear) input channels, so each is read once per block.
/// For spline orders a window holds coefficients, with the NaN mask of the original pixels beside it.
#[derive(Default)]
struct WindowCache {
    slots: [(Option<usize>, Vec<f64>, Vec<bool>); 2],
    next: usize,
    masked: bool,
}

impl WindowCache {
    /// A new block: forget the planes, size the buffers.
    fn reset(&mut self, len: usize, masked: bool) {
        self.masked = masked;
        for (plane, buf, mask) in &mut self.slots {
            *plane = None;
            buf.resize(len, 0.0);
            mask.resize(if masked { len } else { 0 }, false);
        }
    }

    fn get(
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
