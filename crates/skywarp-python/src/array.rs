//! numpy arrays as engine sources and sinks, whatever their dtype, byte order and strides.
//!
//! reproject accepts any numeric array: big-endian memory maps of FITS files, transposed or flipped views,
//! integer images. Copying those into a native contiguous buffer first would double the memory of large
//! inputs, so [`NdSource`] reads the array's own memory, converting only the window each engine block
//! asks for. [`NdSink`] writes straight into the caller's output array (float32 or float64, either byte
//! order, any strides: a `np.memmap`, the data of a FITS file opened in update mode), optionally keeping
//! only a window of the full output (one dask chunk).
//!
//! Both read and write the arrays' memory directly, without the GIL, so a run first takes rust-numpy's
//! borrows of them ([`Borrows`]): shared for the input, exclusive for the outputs. An `output_array`
//! that shares memory with the input (or `output_footprint` with either) is then a `ValueError`, not a
//! data race, and no other Rust extension can write the arrays during the run.

use std::marker::PhantomData;
use std::ops::Range;

use numpy::{
    BorrowError, PyArrayDescrMethods, PyArrayDyn, PyArrayMethods, PyUntypedArray,
    PyUntypedArrayMethods,
};
use pyo3::prelude::*;
use skywarp::{Rect, Region, Sink, Source};

use crate::errors;

/// Anything kept alive for its `Drop` (a rust-numpy borrow guard).
trait Held {}
impl<T> Held for T {}

/// rust-numpy's borrows of the arrays of one run, released when dropped (with the GIL, at the end of
/// the binding call). [`NdSource`] and [`NdSink`] borrow from it, so they cannot outlive the borrows.
pub struct Borrows<'py> {
    _guards: Vec<Box<dyn Held + 'py>>,
}

impl<'py> Borrows<'py> {
    /// Borrows `source` shared, then each of `outputs` (array, name) exclusively. An array that shares
    /// memory with one borrowed before it, or that another running skywarp call is writing, is refused
    /// with a `ValueError` naming it.
    pub fn take(
        source: &Bound<'py, PyUntypedArray>,
        outputs: &[(&Bound<'py, PyUntypedArray>, &str)],
    ) -> PyResult<Borrows<'py>> {
        let py = source.py();
        let mut guards = vec![borrow(source, false)?.map_err(|e| {
            errors::value_error(
                py,
                format!("input array: {e} (it is being written elsewhere)"),
            )
        })?];
        for (i, &(arr, what)) in outputs.iter().enumerate() {
            let guard = borrow(arr, true)?.map_err(|e| {
                let others: Vec<&str> = std::iter::once("the input array")
                    .chain(outputs[..i].iter().map(|o| o.1))
                    .collect();
                match e {
                    BorrowError::AlreadyBorrowed => errors::value_error(
                        py,
                        format!(
                            "{what} shares memory with {} (or with an array another skywarp call is \
                             using): write the result into a separate array",
                            others.join(" or ")
                        ),
                    ),
                    e => errors::value_error(py, format!("{what}: {e}")),
                }
            })?;
            guards.push(guard);
        }
        Ok(Borrows { _guards: guards })
    }
}

/// rust-numpy's borrow of `arr` (exclusive with `write`). rust-numpy borrows typed arrays of native
/// byte order only, so the borrow is taken on a view of the same memory as unsigned integers of the
/// element's size: its overlap checks (base object and address range) do not depend on the dtype.
fn borrow<'py>(
    arr: &Bound<'py, PyUntypedArray>,
    write: bool,
) -> PyResult<Result<Box<dyn Held + 'py>, BorrowError>> {
    let dtype = arr.dtype();
    let size = dtype.itemsize();
    if Kind::from_dtype(dtype.kind(), size).is_none() {
        return Err(errors::value_error(
            arr.py(),
            format!(
                "unsupported dtype {} (numeric integer or float32/float64 expected)",
                dtype.str().map(|s| s.to_string()).unwrap_or_default()
            ),
        ));
    }
    let view = arr.call_method1("view", (format!("u{size}"),))?;
    macro_rules! typed {
        ($t:ty) => {{
            let a = view.cast::<PyArrayDyn<$t>>().map_err(PyErr::from)?;
            if write {
                a.try_readwrite()
                    .map(|g| Box::new(g) as Box<dyn Held + 'py>)
            } else {
                a.try_readonly().map(|g| Box::new(g) as Box<dyn Held + 'py>)
            }
        }};
    }
    Ok(match size {
        1 => typed!(u8),
        2 => typed!(u16),
        4 => typed!(u32),
        8 => typed!(u64),
        n => {
            return Err(errors::value_error(
                arr.py(),
                format!("arrays of {n}-byte elements are not supported"),
            ))
        }
    })
}

/// Element types the bindings read (sources) or write (sinks, floats only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    U8,
    I8,
    U16,
    I16,
    U32,
    I32,
    U64,
    I64,
    F32,
    F64,
}

impl Kind {
    fn from_dtype(kind: u8, itemsize: usize) -> Option<Kind> {
        Some(match (kind, itemsize) {
            (b'u', 1) => Kind::U8,
            (b'i', 1) => Kind::I8,
            (b'u', 2) => Kind::U16,
            (b'i', 2) => Kind::I16,
            (b'u', 4) => Kind::U32,
            (b'i', 4) => Kind::I32,
            (b'u', 8) => Kind::U64,
            (b'i', 8) => Kind::I64,
            (b'f', 4) => Kind::F32,
            (b'f', 8) => Kind::F64,
            _ => return None,
        })
    }
}

/// One element type's conversion to f64, with optional byte swapping.
trait Elem: Copy {
    /// Read one element at `p` (any alignment) as the engine sees it: integers are rounded through
    /// float32 first, as reproject's `at_least_float32` does.
    ///
    /// # Safety
    /// `p` must point to `size_of::<Self>()` readable bytes.
    unsafe fn load(p: *const u8, swap: bool) -> f64;
}

macro_rules! int_elem {
    ($($t:ty),*) => {$(
        impl Elem for $t {
            #[inline(always)]
            unsafe fn load(p: *const u8, swap: bool) -> f64 {
                // SAFETY: the caller guarantees size_of::<Self>() readable bytes; read_unaligned has no alignment needs.
                let v = unsafe { (p as *const $t).read_unaligned() };
                let v = if swap { v.swap_bytes() } else { v };
                (v as f32) as f64
            }
        }
    )*};
}
int_elem!(u8, i8, u16, i16, u32, i32, u64, i64);

impl Elem for f32 {
    #[inline(always)]
    unsafe fn load(p: *const u8, swap: bool) -> f64 {
        // SAFETY: see the trait.
        let b = unsafe { (p as *const u32).read_unaligned() };
        f32::from_bits(if swap { b.swap_bytes() } else { b }) as f64
    }
}

impl Elem for f64 {
    #[inline(always)]
    unsafe fn load(p: *const u8, swap: bool) -> f64 {
        // SAFETY: see the trait.
        let b = unsafe { (p as *const u64).read_unaligned() };
        f64::from_bits(if swap { b.swap_bytes() } else { b })
    }
}

/// Read `out.len()` elements starting at `p`, `step` bytes apart.
///
/// # Safety
/// Every `p + i * step` for `i < out.len()` must point to one readable `T`.
#[inline]
unsafe fn read_run<T: Elem>(p: *const u8, step: isize, swap: bool, out: &mut [f64]) {
    if swap {
        for (i, o) in out.iter_mut().enumerate() {
            // SAFETY: guaranteed by the caller.
            *o = unsafe { T::load(p.offset(i as isize * step), true) };
        }
    } else {
        for (i, o) in out.iter_mut().enumerate() {
            // SAFETY: guaranteed by the caller.
            *o = unsafe { T::load(p.offset(i as isize * step), false) };
        }
    }
}

/// The memory of a numpy array: base pointer, shape, byte strides, element kind and byte order.
#[derive(Clone, Debug)]
struct RawView {
    ptr: *mut u8,
    shape: Vec<usize>,
    strides: Vec<isize>,
    kind: Kind,
    swap: bool,
}

impl RawView {
    /// Describe `arr`'s memory. The caller keeps `arr` alive (and its buffer unresized) while the view is
    /// used; numpy guarantees every in-bounds index addresses memory of the array's buffer.
    fn of(arr: &Bound<'_, PyUntypedArray>, what: &str) -> PyResult<RawView> {
        let dtype = arr.dtype();
        let kind = Kind::from_dtype(dtype.kind(), dtype.itemsize()).ok_or_else(|| {
            errors::value_error(
                arr.py(),
                format!(
                    "{what}: unsupported dtype {} (numeric integer or float32/float64 expected)",
                    dtype.str().map(|s| s.to_string()).unwrap_or_default()
                ),
            )
        })?;
        // byteorder: '=' native, '|' not applicable, '<' little, '>' big.
        let little = cfg!(target_endian = "little");
        let swap = match dtype.byteorder() {
            b'<' => !little,
            b'>' => little,
            _ => false,
        };
        // SAFETY: as_array_ptr is a valid PyArrayObject while `arr` is alive; we only read its data field.
        let ptr = unsafe { (*arr.as_array_ptr()).fields.data as *mut u8 };
        Ok(RawView {
            ptr,
            shape: arr.shape().to_vec(),
            strides: arr.strides().to_vec(),
            kind,
            swap,
        })
    }

    /// Byte offset of the element at the given leading indices (all axes but the last two) with row and
    /// column 0.
    fn plane_offset(&self, lead_idx: &[usize]) -> isize {
        lead_idx
            .iter()
            .zip(&self.strides)
            .map(|(&i, &s)| i as isize * s)
            .sum()
    }

    /// Split a flat plane number over this view's leading axes (C order).
    fn unravel_plane(shape: &[usize], mut plane: usize, idx: &mut [usize]) {
        for k in (0..idx.len()).rev() {
            idx[k] = plane % shape[k];
            plane /= shape[k];
        }
    }
}

/// An input array of any numeric dtype, byte order and strides, read while [`Borrows`] holds it.
pub struct NdSource<'b> {
    view: RawView,
    _borrowed: PhantomData<&'b Borrows<'b>>,
}

// SAFETY: the source only reads the array's memory; the bindings keep the array alive for the run, and
// reads from many threads at once are fine (concurrent writers would be the caller's data race, exactly
// as for numpy's own GIL-free operations).
unsafe impl Send for NdSource<'_> {}
unsafe impl Sync for NdSource<'_> {}

impl<'b> NdSource<'b> {
    /// The source reading `arr`, which `_borrows` must hold (shared).
    pub fn new(
        arr: &Bound<'_, PyUntypedArray>,
        _borrows: &'b Borrows<'_>,
    ) -> PyResult<NdSource<'b>> {
        let view = RawView::of(arr, "input array")?;
        if view.shape.len() < 2 {
            return Err(errors::value_error(
                arr.py(),
                "Too few dimensions in input data".to_string(),
            ));
        }
        Ok(NdSource {
            view,
            _borrowed: PhantomData,
        })
    }
}

impl Source for NdSource<'_> {
    fn shape(&self) -> &[usize] {
        &self.view.shape
    }

    fn read(&self, region: Region, out: &mut [f64]) -> skywarp::Result<()> {
        let Region { plane, rect } = region;
        let Rect {
            row0,
            col0,
            nrows,
            ncols,
        } = rect;
        let v = &self.view;
        let d = v.shape.len();
        let (ny, nx) = (v.shape[d - 2], v.shape[d - 1]);
        let nplanes: usize = v.shape[..d - 2].iter().product();
        if plane >= nplanes || row0 + nrows > ny || col0 + ncols > nx || out.len() < nrows * ncols {
            return Err(skywarp::Error::Shape(format!(
                "read of plane {plane} rows {row0}..{} cols {col0}..{} outside {nplanes} planes of {ny}x{nx}",
                row0 + nrows,
                col0 + ncols
            )));
        }
        let mut idx = vec![0usize; d - 2];
        RawView::unravel_plane(&v.shape[..d - 2], plane, &mut idx);
        let base = v.plane_offset(&idx);
        let (srow, scol) = (v.strides[d - 2], v.strides[d - 1]);
        for r in 0..nrows {
            let off = base + (row0 + r) as isize * srow + col0 as isize * scol;
            // SAFETY: indices are inside the array's shape (checked above), so every address is inside
            // the buffer numpy describes; the array outlives the run.
            let p = unsafe { v.ptr.offset(off) } as *const u8;
            let dst = &mut out[r * ncols..(r + 1) * ncols];
            // SAFETY (all arms): p + i*scol for i < ncols are in-bounds elements, as above.
            unsafe {
                match v.kind {
                    Kind::F64 if !v.swap && scol == 8 && (p as usize).is_multiple_of(8) => {
                        dst.copy_from_slice(std::slice::from_raw_parts(p as *const f64, ncols))
                    }
                    Kind::F32 if !v.swap && scol == 4 && (p as usize).is_multiple_of(4) => {
                        for (o, &x) in dst
                            .iter_mut()
                            .zip(std::slice::from_raw_parts(p as *const f32, ncols))
                        {
                            *o = x as f64;
                        }
                    }
                    Kind::F64 => read_run::<f64>(p, scol, v.swap, dst),
                    Kind::F32 => read_run::<f32>(p, scol, v.swap, dst),
                    Kind::U8 => read_run::<u8>(p, scol, v.swap, dst),
                    Kind::I8 => read_run::<i8>(p, scol, v.swap, dst),
                    Kind::U16 => read_run::<u16>(p, scol, v.swap, dst),
                    Kind::I16 => read_run::<i16>(p, scol, v.swap, dst),
                    Kind::U32 => read_run::<u32>(p, scol, v.swap, dst),
                    Kind::I32 => read_run::<i32>(p, scol, v.swap, dst),
                    Kind::U64 => read_run::<u64>(p, scol, v.swap, dst),
                    Kind::I64 => read_run::<i64>(p, scol, v.swap, dst),
                }
            }
        }
        Ok(())
    }
}

/// A float output array (values or footprint) the sink writes into.
struct OutView {
    view: RawView,
}

impl OutView {
    fn of(arr: &Bound<'_, PyUntypedArray>, what: &str) -> PyResult<OutView> {
        let view = RawView::of(arr, what)?;
        if !matches!(view.kind, Kind::F32 | Kind::F64) {
            return Err(errors::value_error(
                arr.py(),
                format!("{what} must be float32 or float64"),
            ));
        }
        // SAFETY: reading the flags of a live array object.
        let flags = unsafe { (*arr.as_array_ptr()).fields.flags };
        if flags & numpy::npyffi::NPY_ARRAY_WRITEABLE == 0 {
            return Err(errors::value_error(
                arr.py(),
                format!("{what} is read-only"),
            ));
        }
        Ok(OutView { view })
    }

    /// Write `vals` at byte offset `off`, `step` bytes apart.
    ///
    /// # Safety
    /// Every written address must be an in-bounds element of the array, touched by no other thread.
    #[inline]
    unsafe fn store_run(&self, off: isize, step: isize, vals: &[f64]) {
        let v = &self.view;
        // SAFETY: guaranteed by the caller.
        let p = unsafe { v.ptr.offset(off) };
        match (v.kind, v.swap) {
            (Kind::F64, false) => {
                for (i, &x) in vals.iter().enumerate() {
                    // SAFETY: in-bounds element (caller); unaligned writes are allowed.
                    unsafe { (p.offset(i as isize * step) as *mut f64).write_unaligned(x) };
                }
            }
            (Kind::F64, true) => {
                for (i, &x) in vals.iter().enumerate() {
                    // SAFETY: as above.
                    unsafe {
                        (p.offset(i as isize * step) as *mut u64)
                            .write_unaligned(x.to_bits().swap_bytes())
                    };
                }
            }
            (Kind::F32, false) => {
                for (i, &x) in vals.iter().enumerate() {
                    // SAFETY: as above.
                    unsafe { (p.offset(i as isize * step) as *mut f32).write_unaligned(x as f32) };
                }
            }
            (Kind::F32, true) => {
                for (i, &x) in vals.iter().enumerate() {
                    // SAFETY: as above.
                    unsafe {
                        (p.offset(i as isize * step) as *mut u32)
                            .write_unaligned((x as f32).to_bits().swap_bytes())
                    };
                }
            }
            _ => unreachable!("OutView::of admits float32/float64 only"),
        }
    }
}

/// Output arrays covering `window` of an output of shape `full` (numpy order, leading axes included):
/// every output array has shape `window[k].len()` per axis. The engine works in full-output
/// coordinates; blocks and planes outside the window are skipped, parts of blocks are clipped. The
/// footprint is the kernel's, written unchanged (fractional values included), as every sink does.
pub struct NdSink<'b> {
    values: OutView,
    footprint: Option<OutView>,
    full: Vec<usize>,
    window: Vec<Range<usize>>,
    _borrowed: PhantomData<&'b Borrows<'b>>,
}

// SAFETY: the engine hands each (plane, block) to exactly one thread and blocks never overlap, so
// concurrent writes touch disjoint elements; the bindings keep the arrays alive for the run.
unsafe impl Send for NdSink<'_> {}
unsafe impl Sync for NdSink<'_> {}

impl<'b> NdSink<'b> {
    /// The sink writing `values` (and `footprint`), which `_borrows` must hold (exclusive).
    pub fn new(
        py: Python<'_>,
        values: &Bound<'_, PyUntypedArray>,
        footprint: Option<&Bound<'_, PyUntypedArray>>,
        full: &[usize],
        window: Option<Vec<(usize, usize)>>,
        _borrows: &'b Borrows<'_>,
    ) -> PyResult<NdSink<'b>> {
        let window: Vec<Range<usize>> = match window {
            None => full.iter().map(|&n| 0..n).collect(),
            Some(w) => w.into_iter().map(|(a, b)| a..b).collect(),
        };
        if window.len() != full.len()
            || window
                .iter()
                .zip(full)
                .any(|(w, &n)| w.start >= w.end || w.end > n)
        {
            return Err(errors::shape_error(
                py,
                format!("output window {window:?} does not lie inside the output shape {full:?}"),
            ));
        }
        let expect: Vec<usize> = window.iter().map(|w| w.len()).collect();
        let values = OutView::of(values, "output_array")?;
        let footprint = footprint
            .map(|f| OutView::of(f, "output_footprint"))
            .transpose()?;
        for (v, what) in std::iter::once((&values, "output_array"))
            .chain(footprint.as_ref().map(|f| (f, "output_footprint")))
        {
            if v.view.shape != expect {
                return Err(errors::shape_error(
                    py,
                    format!("{what} has shape {:?}, expected {expect:?}", v.view.shape),
                ));
            }
        }
        Ok(NdSink {
            values,
            footprint,
            full: full.to_vec(),
            window,
            _borrowed: PhantomData,
        })
    }

    /// The window's row and column ranges.
    fn plane_window(&self) -> (&Range<usize>, &Range<usize>) {
        let d = self.full.len();
        (&self.window[d - 2], &self.window[d - 1])
    }

    /// Indices of `plane` relative to the window along the leading axes, or None outside it.
    fn plane_index(&self, plane: usize) -> Option<Vec<usize>> {
        let d = self.full.len();
        let mut idx = vec![0usize; d - 2];
        RawView::unravel_plane(&self.full[..d - 2], plane, &mut idx);
        for (k, i) in idx.iter_mut().enumerate() {
            if !self.window[k].contains(i) {
                return None;
            }
            *i -= self.window[k].start;
        }
        Some(idx)
    }
}

fn intersect(a: Range<usize>, b: &Range<usize>) -> Range<usize> {
    a.start.max(b.start)..a.end.min(b.end)
}

impl Sink for NdSink<'_> {
    fn wants_block(&self, rect: Rect) -> bool {
        let (wr, wc) = self.plane_window();
        !intersect(rect.row0..rect.row_end(), wr).is_empty()
            && !intersect(rect.col0..rect.col_end(), wc).is_empty()
    }

    fn wants_plane(&self, plane: usize) -> bool {
        self.plane_index(plane).is_some()
    }

    fn write(&self, region: Region, values: &[f64], footprint: &[f64]) -> skywarp::Result<()> {
        let Region { plane, rect } = region;
        let Rect {
            row0,
            col0,
            nrows,
            ncols,
        } = rect;
        if values.len() < rect.len() || (self.footprint.is_some() && footprint.len() < rect.len()) {
            return Err(skywarp::Error::Shape(format!(
                "write of {} values and {} footprint values to a {nrows}x{ncols} block",
                values.len(),
                footprint.len()
            )));
        }
        let Some(idx) = self.plane_index(plane) else {
            return Ok(());
        };
        let (wr, wc) = self.plane_window();
        let rows = intersect(row0..row0 + nrows, wr);
        let cols = intersect(col0..col0 + ncols, wc);
        if rows.is_empty() || cols.is_empty() {
            return Ok(());
        }
        let d = self.full.len();
        for (o, data) in std::iter::once((&self.values, values))
            .chain(self.footprint.as_ref().map(|f| (f, footprint)))
        {
            let base = o.view.plane_offset(&idx);
            let (srow, scol) = (o.view.strides[d - 2], o.view.strides[d - 1]);
            for r in rows.clone() {
                let src = &data[(r - row0) * ncols + (cols.start - col0)..][..cols.len()];
                let off =
                    base + (r - wr.start) as isize * srow + (cols.start - wc.start) as isize * scol;
                // SAFETY: (r, cols) lie inside the window, so the elements are inside the output array;
                // this (plane, block) belongs to this thread alone (see the Sync impl).
                unsafe { o.store_run(off, scol, src) };
            }
        }
        Ok(())
    }
}
