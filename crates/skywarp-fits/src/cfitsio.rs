//! Reading through CFITSIO: every FITS flavour (tile-compressed RICE/GZIP/HCOMPRESS/PLIO
//! images, gzip'ed files, any BITPIX with BZERO/BSCALE/BLANK), at the cost of copying.
//!
//! # Thread safety
//!
//! Debian's libcfitsio is built reentrant (`fits_is_reentrant() == 1`, checked at run time by
//! [`cfitsio_is_reentrant`]): its global tables are guarded by its own mutex, so *different*
//! `fitsfile` handles may be used from different threads at once. Two things are still not safe:
//!
//! * using one `fitsfile` from two threads at once (it holds a current-HDU position and I/O
//!   buffers);
//! * two handles on the *same* file: CFITSIO notices the file is already open and makes the new
//!   handle share the first one's internal `FITSfile` (buffers, file position), so those two
//!   handles are effectively one.
//!
//! We therefore serialize all CFITSIO calls **per file** (keyed by canonical path), with one
//! mutex shared by every handle open on that file; different files proceed in parallel. If the
//! library were not reentrant, all files would share a single global mutex instead. CFITSIO's
//! error-message stack is process-global, so under heavy concurrent failures a message may be
//! attributed to the wrong file; the status code and our own location prefix are always right.

use std::collections::HashMap;
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_long, c_void};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::ptr;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, Weak};

use fitsio::sys as ffi;

use crate::error::{invalid_arg, loc, FitsError, Result};
use crate::hdu::{require_image, select, HduInfo, HduKind, HduSelector, Purpose};
use crate::header::Header;
use crate::pixel::{Bitpix, Pixel};

const READONLY: c_int = 0;
const END_OF_FILE: c_int = 107;
const IMAGE_HDU: c_int = 0;
const ASCII_TBL: c_int = 1;
const BINARY_TBL: c_int = 2;

/// Whether the linked CFITSIO was compiled thread-safe. Decides between per-file and global
/// locking (see the module docs).
pub fn cfitsio_is_reentrant() -> bool {
    static R: OnceLock<bool> = OnceLock::new();
    // SAFETY: a pure query with no arguments.
    *R.get_or_init(|| unsafe { ffi::fits_is_reentrant() } != 0)
}

type FileLock = Arc<Mutex<()>>;

/// The mutex serializing CFITSIO work on `path` (or the global one when CFITSIO is not
/// reentrant). Entries are weak so the registry does not grow without bound.
fn file_lock(path: &Path) -> FileLock {
    static REGISTRY: OnceLock<Mutex<HashMap<PathBuf, Weak<Mutex<()>>>>> = OnceLock::new();
    let key = if cfitsio_is_reentrant() {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        PathBuf::new()
    };
    let mut reg = REGISTRY
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(l) = reg.get(&key).and_then(Weak::upgrade) {
        return l;
    }
    if reg.len() >= 256 {
        reg.retain(|_, w| w.strong_count() > 0);
    }
    let l = Arc::new(Mutex::new(()));
    reg.insert(key, Arc::downgrade(&l));
    l
}

/// Locks, ignoring poisoning: a panic elsewhere does not corrupt CFITSIO state that the next
/// call (which re-positions on its HDU) depends on.
fn guard(l: &Mutex<()>) -> MutexGuard<'_, ()> {
    l.lock().unwrap_or_else(|e| e.into_inner())
}

fn status_text(status: c_int) -> String {
    let mut buf = [0 as c_char; 64];
    // SAFETY: ffgerr writes at most 31 bytes (FLEN_STATUS) including the NUL.
    unsafe {
        ffi::ffgerr(status, buf.as_mut_ptr());
        one_line(&CStr::from_ptr(buf.as_ptr()).to_string_lossy())
    }
}

/// Empties CFITSIO's message stack, returning the first few messages joined on one line.
fn drain_messages() -> String {
    let mut msgs = Vec::new();
    for _ in 0..64 {
        let mut buf = [0 as c_char; 128];
        // SAFETY: messages are at most 80 characters (FLEN_ERRMSG = 81).
        let n = unsafe { ffi::ffgmsg(buf.as_mut_ptr()) };
        if n <= 0 {
            break;
        }
        // SAFETY: ffgmsg NUL-terminates.
        let m = one_line(&unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy());
        if !m.is_empty() && msgs.len() < 4 {
            msgs.push(m);
        }
    }
    if msgs.is_empty() {
        String::new()
    } else {
        format!(": {}", msgs.join(" | "))
    }
}

/// CFITSIO sometimes echoes file content (a garbage "header") in its messages: keep them to
/// one printable line.
fn one_line(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if (' '..='~').contains(&c) { c } else { ' ' })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Allocates `n` default values, failing with an error (not an abort) when the image is too
/// large for memory — a garbage header can declare petabytes.
fn alloc<T: Pixel>(n: Option<usize>, loc: &str) -> Result<Vec<T>> {
    let too_big = || {
        invalid_arg(
            loc,
            "image too large to read into memory; stream it with read_region/read_rows",
        )
    };
    let n = n.ok_or_else(too_big)?;
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| too_big())?;
    v.resize(n, T::default());
    Ok(v)
}

fn cfitsio_err(status: c_int, loc: String, action: &str) -> FitsError {
    FitsError::Cfitsio {
        loc,
        status,
        text: status_text(status),
        action: action.to_string(),
        detail: drain_messages(),
    }
}

/// An open CFITSIO handle plus the lock that must be held to use it.
struct RawFits {
    fptr: *mut ffi::fitsfile,
    path: PathBuf,
    lock: FileLock,
}

// SAFETY: the fitsfile pointer is only dereferenced (by CFITSIO) while `lock` is held, and the
// lock is shared by every handle that CFITSIO may alias to the same internal file structure.
// CFITSIO handles are plain heap data with no thread affinity.
unsafe impl Send for RawFits {}
unsafe impl Sync for RawFits {}

impl RawFits {
    fn open(path: &Path) -> Result<RawFits> {
        let where_ = path.display().to_string();
        // Our own parser sees every header first: CFITSIO crashes (SIGFPE) on some parameter
        // values instead of reporting them, and both readers must accept the same files.
        crate::native::validate_file(path)?;
        let c = CString::new(path.as_os_str().as_bytes())
            .map_err(|_| invalid_arg(where_.clone(), "path contains a NUL byte"))?;
        let lock = file_lock(path);
        let fptr = {
            let _g = guard(&lock);
            let mut fptr: *mut ffi::fitsfile = ptr::null_mut();
            let mut status: c_int = 0;
            // SAFETY: valid C string and out-pointers. `ffdkopn` takes the name literally (no
            // extended-filename syntax), so names with brackets or '!' are safe.
            unsafe { ffi::ffdkopn(&mut fptr, c.as_ptr(), READONLY, &mut status) };
            if status != 0 {
                if !fptr.is_null() {
                    let mut s2 = 0;
                    // SAFETY: closing the partially opened handle CFITSIO returned.
                    unsafe { ffi::ffclos(fptr, &mut s2) };
                }
                let detail = drain_messages();
                return Err(FitsError::NotFits {
                    loc: where_,
                    reason: format!(
                        "CFITSIO cannot open it: {} (status {status}){detail}",
                        status_text(status)
                    ),
                });
            }
            fptr
        };
        Ok(RawFits {
            fptr,
            path: path.to_path_buf(),
            lock,
        })
    }

    /// Describes HDU `index` (0-based). Caller holds the lock. `Ok(None)` past the last HDU.
    fn hdu_info_locked(&self, index: usize) -> Result<Option<HduInfo>> {
        let loc0 = loc(&self.path, Some(index), None);
        let hdunum = c_int::try_from(index + 1)
            .map_err(|_| invalid_arg(loc0.clone(), "HDU index too large"))?;
        let mut status: c_int = 0;
        let mut hdutype: c_int = 0;
        // SAFETY: valid handle (lock held by caller), out-pointers to locals.
        unsafe { ffi::ffmahd(self.fptr, hdunum, &mut hdutype, &mut status) };
        if status == END_OF_FILE {
            drain_messages();
            return Ok(None);
        }
        if status != 0 {
            return Err(cfitsio_err(status, loc0, "moving to the HDU"));
        }
        let header = self.header_locked(&loc0)?;
        let extname = header
            .get_str("EXTNAME")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let extver = header.get_i64("EXTVER");
        let loc1 = loc(&self.path, Some(index), extname.as_deref());
        // SAFETY: as above.
        let compressed = unsafe { ffi::fits_is_compressed_image(self.fptr, &mut status) } != 0;
        if status != 0 {
            return Err(cfitsio_err(status, loc1, "checking for a compressed image"));
        }
        let mut info = HduInfo {
            index,
            extname,
            extver,
            kind: HduKind::Other,
            shape: Vec::new(),
            bitpix: 8,
            compressed,
            header,
        };
        if hdutype == IMAGE_HDU || compressed {
            let mut naxis: c_int = 0;
            let mut bitpix: c_int = 0;
            // SAFETY: as above; `naxes` has room for `naxis` values.
            unsafe {
                ffi::ffgidm(self.fptr, &mut naxis, &mut status);
                ffi::ffgidt(self.fptr, &mut bitpix, &mut status);
            }
            if status != 0 || !(0..=999).contains(&naxis) {
                return Err(cfitsio_err(status, loc1, "reading the image dimensions"));
            }
            let mut naxes = vec![0 as ffi::LONGLONG; naxis as usize];
            if naxis > 0 {
                // SAFETY: `naxes` holds `naxis` elements.
                unsafe { ffi::ffgiszll(self.fptr, naxis, naxes.as_mut_ptr(), &mut status) };
                if status != 0 {
                    return Err(cfitsio_err(status, loc1, "reading the image size"));
                }
            }
            let mut shape = Vec::with_capacity(naxes.len());
            for &n in naxes.iter().rev() {
                shape.push(usize::try_from(n).map_err(|_| FitsError::InvalidHeader {
                    loc: loc1.clone(),
                    reason: format!("negative axis length {n}"),
                })?);
            }
            info.kind = HduKind::Image;
            info.shape = shape;
            info.bitpix = bitpix as i64;
        } else if hdutype == ASCII_TBL || hdutype == BINARY_TBL {
            let mut nrows: ffi::LONGLONG = 0;
            // SAFETY: as above.
            unsafe { ffi::ffgnrwll(self.fptr, &mut nrows, &mut status) };
            if status != 0 {
                return Err(cfitsio_err(status, loc1, "reading the table size"));
            }
            info.kind = if hdutype == ASCII_TBL {
                HduKind::AsciiTable
            } else {
                HduKind::BinTable
            };
            info.shape = vec![nrows.max(0) as usize];
        }
        Ok(Some(info))
    }

    /// The header of the current HDU, converted to the equivalent image header for compressed
    /// images (`fits_convert_hdr2str`). Caller holds the lock.
    fn header_locked(&self, where_: &str) -> Result<Header> {
        let mut status: c_int = 0;
        let mut text: *mut c_char = ptr::null_mut();
        let mut nkeys: c_int = 0;
        // SAFETY: valid handle; CFITSIO allocates `text`, which we free with fffree.
        unsafe {
            ffi::ffcnvthdr2str(
                self.fptr,
                0,
                ptr::null_mut(),
                0,
                &mut text,
                &mut nkeys,
                &mut status,
            )
        };
        if status != 0 || text.is_null() {
            return Err(cfitsio_err(
                status,
                where_.to_string(),
                "reading the header",
            ));
        }
        // SAFETY: NUL-terminated string allocated by CFITSIO.
        let bytes = unsafe { CStr::from_ptr(text) }.to_bytes().to_vec();
        let mut s2 = 0;
        // SAFETY: freeing CFITSIO's allocation once.
        unsafe { ffi::fffree(text as *mut c_void, &mut s2) };
        Ok(Header::from_card_bytes(&sanitize(bytes)))
    }

    /// Finds the HDU chosen by `sel`. Stops at the first match so that selecting the primary
    /// of a 60-extension mosaic does not read 60 headers.
    fn locate(&self, sel: &HduSelector, purpose: Purpose) -> Result<HduInfo> {
        let _g = guard(&self.lock);
        if let HduSelector::Index(i) = sel {
            if let Some(info) = self.hdu_info_locked(*i)? {
                return Ok(info);
            }
        } else {
            let mut index = 0;
            while let Some(info) = self.hdu_info_locked(index)? {
                if sel.matches(&info) {
                    return Ok(info);
                }
                index += 1;
            }
        }
        // Not found (or Default fell through): build the listing for the message / fallback.
        let all = self.list_locked()?;
        select(&all, sel, &self.path, purpose).cloned()
    }

    fn list_locked(&self) -> Result<Vec<HduInfo>> {
        let mut all = Vec::new();
        while let Some(info) = self.hdu_info_locked(all.len())? {
            all.push(info);
        }
        Ok(all)
    }
}

impl Drop for RawFits {
    fn drop(&mut self) {
        let _g = guard(&self.lock);
        let mut status = 0;
        // SAFETY: the handle is open and used by no one else (we own it, lock held).
        unsafe { ffi::ffclos(self.fptr, &mut status) };
        if status != 0 {
            drain_messages();
        }
    }
}

/// Replaces bytes that cannot appear in a header by '?', so that a stray Latin-1 character in a
/// comment does not make an otherwise good file unreadable.
pub(crate) fn sanitize(mut bytes: Vec<u8>) -> Vec<u8> {
    for b in bytes.iter_mut() {
        if !(0x20..=0x7e).contains(b) {
            *b = b'?';
        }
    }
    bytes
}

/// An image read completely into memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Image<T> {
    /// Axes in numpy order (slowest first): `[NAXIS2, NAXIS1]` for a 2-D image.
    pub shape: Vec<usize>,
    /// Pixels, row-major in numpy order (NAXIS1 varies fastest).
    pub data: Vec<T>,
    /// The full header (for compressed images, the equivalent uncompressed-image header).
    pub header: Header,
}

impl<T> Image<T> {
    /// NAXIS1 (row length).
    pub fn width(&self) -> usize {
        self.shape.last().copied().unwrap_or(0)
    }

    /// NAXIS2 (1 for 1-D images).
    pub fn height(&self) -> usize {
        if self.shape.len() >= 2 {
            self.shape[self.shape.len() - 2]
        } else {
            1
        }
    }
}

/// Geometry of an image HDU as seen by the row/region readers: `planes` 2-D planes of
/// `height` rows of `width` pixels (a 1-D image is one row; axes beyond 2 are flattened into
/// planes in FITS order, NAXIS3 fastest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Geometry {
    pub width: usize,
    pub height: usize,
    pub planes: usize,
}

impl Geometry {
    pub fn of(shape: &[usize]) -> Geometry {
        let n = shape.len();
        let width = shape.last().copied().unwrap_or(0);
        let height = if n >= 2 { shape[n - 2] } else { 1 };
        let planes = if n >= 3 {
            shape[..n - 2]
                .iter()
                .try_fold(1usize, |a, &b| a.checked_mul(b))
                .unwrap_or(usize::MAX)
        } else {
            1
        };
        Geometry {
            width,
            height,
            planes,
        }
    }

    /// Validates a region request; returns a message on failure.
    pub fn check(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
    ) -> std::result::Result<(), String> {
        if plane >= self.planes {
            return Err(format!(
                "plane {plane} is out of range (the image has {} plane(s))",
                self.planes
            ));
        }
        if exceeds(row0.checked_add(nrows), self.height) {
            return Err(format!(
                "rows {row0}..{} are outside the image (height {})",
                row0.saturating_add(nrows),
                self.height
            ));
        }
        if exceeds(col0.checked_add(ncols), self.width) {
            return Err(format!(
                "columns {col0}..{} are outside the image (width {})",
                col0.saturating_add(ncols),
                self.width
            ));
        }
        Ok(())
    }
}

/// True when a checked end index overflowed or passes `limit`.
fn exceeds(end: Option<usize>, limit: usize) -> bool {
    match end {
        None => true,
        Some(v) => v > limit,
    }
}

/// An image HDU opened through CFITSIO, for repeated reads (row bands of a compressed frame,
/// for instance) without re-opening the file and re-parsing headers each time.
///
/// `Send + Sync`; reads take `&self` and are serialized per file (see the module docs), so
/// several threads may share one handle, but they will take turns.
pub struct CfitsioImage {
    raw: RawFits,
    info: HduInfo,
    geom: Geometry,
    loc: String,
}

impl std::fmt::Debug for CfitsioImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CfitsioImage")
            .field("loc", &self.loc)
            .field("shape", &self.info.shape)
            .finish()
    }
}

impl CfitsioImage {
    /// Opens the image HDU chosen by `sel`. Fails if it is a table or holds no data.
    pub fn open(path: impl AsRef<Path>, sel: &HduSelector) -> Result<CfitsioImage> {
        let path = path.as_ref();
        let raw = RawFits::open(path)?;
        let info = raw.locate(sel, Purpose::Image)?;
        require_image(&info, path)?;
        let loc = loc(path, Some(info.index), info.extname.as_deref());
        if Bitpix::from_value(info.bitpix).is_none() {
            return Err(FitsError::Unsupported {
                loc,
                reason: format!("BITPIX = {}", info.bitpix),
            });
        }
        let geom = Geometry::of(&info.shape);
        Ok(CfitsioImage {
            raw,
            info,
            geom,
            loc,
        })
    }

    /// The HDU description (index, name, shape, BITPIX, compression, header).
    pub fn info(&self) -> &HduInfo {
        &self.info
    }

    /// Axes in numpy order.
    pub fn shape(&self) -> &[usize] {
        &self.info.shape
    }

    /// The header (equivalent uncompressed header for compressed images).
    pub fn header(&self) -> &Header {
        &self.info.header
    }

    /// The stored pixel type (ZBITPIX for compressed images).
    pub fn bitpix(&self) -> Bitpix {
        Bitpix::from_value(self.info.bitpix).unwrap_or(Bitpix::F64)
    }

    /// NAXIS1.
    pub fn width(&self) -> usize {
        self.geom.width
    }

    /// NAXIS2 (1 for a 1-D image).
    pub fn height(&self) -> usize {
        self.geom.height
    }

    /// Number of 2-D planes (product of NAXIS3..).
    pub fn n_planes(&self) -> usize {
        self.geom.planes
    }

    /// The "null value" handed to CFITSIO, which decides how undefined pixels come out:
    /// * integer images read as floats: NaN, so BLANK pixels become NaN (as in astropy);
    /// * uncompressed float images: none. With a null value CFITSIO would also turn ±Inf
    ///   into NaN, whereas astropy and the memory-mapped reader keep infinities;
    /// * compressed float images: NaN, because quantized tiles mark NaN pixels with ZBLANK,
    ///   which only null checking restores (a ±Inf in a *quantized* tile may then come out
    ///   as NaN; lossless tiles keep it);
    /// * integer outputs: none (raw values, like CFITSIO and astropy integer reads).
    fn null_value<T: Pixel>(&self) -> Option<T> {
        let float_image = self.info.bitpix < 0;
        if float_image && !self.info.compressed {
            None
        } else {
            T::null_value()
        }
    }

    /// Whether reading this image as `T` must go through `f64`: CFITSIO 4.3 and later clip
    /// double → float conversions at ±FLT_MAX and report an overflow error (status 412) where
    /// 4.2 and earlier, numpy and our memory-mapped reader give ±inf. So `f32` reads of
    /// BITPIX -64 data read doubles and round them in Rust, with any CFITSIO version.
    fn narrows_doubles<T: Pixel>(&self) -> bool {
        T::NARROWS_F64 && self.info.bitpix == -64
    }

    /// Runs `f` on the handle positioned on our HDU, with the file lock held.
    fn with_hdu(&self, action: &str, f: impl FnOnce(*mut ffi::fitsfile, &mut c_int)) -> Result<()> {
        let _g = guard(&self.raw.lock);
        let mut status: c_int = 0;
        let mut hdutype: c_int = 0;
        let hdunum = (self.info.index + 1) as c_int;
        // SAFETY: handle valid, lock held.
        unsafe { ffi::ffmahd(self.raw.fptr, hdunum, &mut hdutype, &mut status) };
        if status == 0 {
            f(self.raw.fptr, &mut status);
        }
        if status != 0 {
            return Err(cfitsio_err(status, self.loc.clone(), action));
        }
        Ok(())
    }

    /// Reads every pixel. Float types get NaN for BLANK pixels; BZERO/BSCALE are applied;
    /// integer types fail with a CFITSIO overflow error if values do not fit.
    pub fn read_all<T: Pixel>(&self) -> Result<Vec<T>> {
        let n = self
            .info
            .shape
            .iter()
            .try_fold(1usize, |a, &b| a.checked_mul(b));
        let mut out = alloc::<T>(n, &self.loc)?;
        let n = out.len();
        if n == 0 {
            return Ok(out);
        }
        if self.narrows_doubles::<T>() {
            // Plane by plane through read_region's f64 staging: the extra buffer is one plane.
            let plane_len = self.geom.width * self.geom.height;
            for (plane, chunk) in out.chunks_mut(plane_len).enumerate() {
                self.read_region(plane, 0, self.geom.height, 0, self.geom.width, chunk)?;
            }
            return Ok(out);
        }
        let mut first = vec![1 as ffi::LONGLONG; self.info.shape.len()];
        let mut nul = self.null_value::<T>();
        let nulptr = nul
            .as_mut()
            .map_or(ptr::null_mut(), |v| v as *mut T as *mut c_void);
        self.with_hdu("reading the image", |fptr, status| {
            let mut anynul: c_int = 0;
            // SAFETY: `out` has room for `n` values of the type named by CFITSIO_TYPE.
            unsafe {
                ffi::ffgpxvll(
                    fptr,
                    T::CFITSIO_TYPE,
                    first.as_mut_ptr(),
                    n as ffi::LONGLONG,
                    nulptr,
                    out.as_mut_ptr() as *mut c_void,
                    &mut anynul,
                    status,
                )
            };
        })?;
        Ok(out)
    }

    /// Reads `nrows` full rows starting at `row0` of plane `plane` into `out`
    /// (`nrows * width` values).
    pub fn read_rows<T: Pixel>(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        out: &mut [T],
    ) -> Result<()> {
        self.read_region(plane, row0, nrows, 0, self.geom.width, out)
    }

    /// Reads the rectangle rows `row0..row0+nrows` × columns `col0..col0+ncols` of plane
    /// `plane` (0-based, numpy orientation) into `out` (`nrows * ncols` values, row-major).
    /// For compressed images CFITSIO decompresses only the tiles that overlap the rectangle.
    pub fn read_region<T: Pixel>(
        &self,
        plane: usize,
        row0: usize,
        nrows: usize,
        col0: usize,
        ncols: usize,
        out: &mut [T],
    ) -> Result<()> {
        self.geom
            .check(plane, row0, nrows, col0, ncols)
            .map_err(|m| invalid_arg(self.loc.clone(), m))?;
        let need = nrows * ncols;
        if out.len() != need {
            return Err(invalid_arg(
                self.loc.clone(),
                format!(
                    "output buffer holds {} values but the {nrows}x{ncols} region needs {need}",
                    out.len()
                ),
            ));
        }
        if need == 0 {
            return Ok(());
        }
        if self.narrows_doubles::<T>() {
            let mut wide = alloc::<f64>(Some(need), &self.loc)?;
            self.read_region(plane, row0, nrows, col0, ncols, &mut wide)?;
            T::narrow_from_f64(&wide, out);
            return Ok(());
        }
        let naxis = self.info.shape.len();
        let mut blc: Vec<c_long> = vec![1; naxis];
        let mut trc: Vec<c_long> = vec![1; naxis];
        let mut inc: Vec<c_long> = vec![1; naxis];
        blc[0] = (col0 + 1) as c_long;
        trc[0] = (col0 + ncols) as c_long;
        if naxis >= 2 {
            blc[1] = (row0 + 1) as c_long;
            trc[1] = (row0 + nrows) as c_long;
        }
        // Planes: FITS axes 3.. in order, NAXIS3 varying fastest.
        let mut p = plane;
        for k in 2..naxis {
            let len = self.info.shape[naxis - 1 - k];
            let idx = p % len;
            p /= len;
            blc[k] = (idx + 1) as c_long;
            trc[k] = (idx + 1) as c_long;
        }
        let mut nul = self.null_value::<T>();
        let nulptr = nul
            .as_mut()
            .map_or(ptr::null_mut(), |v| v as *mut T as *mut c_void);
        self.with_hdu("reading an image region", |fptr, status| {
            let mut anynul: c_int = 0;
            // SAFETY: corner arrays have `naxis` entries; `out` holds exactly the region.
            unsafe {
                ffi::ffgsv(
                    fptr,
                    T::CFITSIO_TYPE,
                    blc.as_mut_ptr(),
                    trc.as_mut_ptr(),
                    inc.as_mut_ptr(),
                    nulptr,
                    out.as_mut_ptr() as *mut c_void,
                    &mut anynul,
                    status,
                )
            };
        })?;
        Ok(())
    }
}

/// Lists the HDUs of a file (through CFITSIO, so compressed images are reported with their
/// image shape and `compressed = true`, and gzip'ed files work).
pub fn list_hdus(path: impl AsRef<Path>) -> Result<Vec<HduInfo>> {
    let raw = RawFits::open(path.as_ref())?;
    let _g = guard(&raw.lock);
    raw.list_locked()
}

/// Reads the header of the chosen HDU. With [`HduSelector::Default`], the header of the
/// default image HDU, or the primary header when the file has no image data.
pub fn read_header(path: impl AsRef<Path>, sel: &HduSelector) -> Result<Header> {
    let raw = RawFits::open(path.as_ref())?;
    Ok(raw.locate(sel, Purpose::Header)?.header)
}

/// Reads a whole image. `T` is the output type: `f32`/`f64` (BZERO/BSCALE applied, BLANK →
/// NaN, like astropy's `.data`), or an integer type (scaled values must fit).
pub fn read_image<T: Pixel>(path: impl AsRef<Path>, sel: &HduSelector) -> Result<Image<T>> {
    let img = CfitsioImage::open(path, sel)?;
    let data = img.read_all()?;
    Ok(Image {
        shape: img.info.shape.clone(),
        data,
        header: img.info.header.clone(),
    })
}

/// Reads a rectangle of a 2-D image or of one plane of a cube; returns `nrows * ncols` values,
/// row-major. Argument order as [`CfitsioImage::read_region`].
pub fn read_region<T: Pixel>(
    path: impl AsRef<Path>,
    sel: &HduSelector,
    plane: usize,
    row0: usize,
    nrows: usize,
    col0: usize,
    ncols: usize,
) -> Result<Vec<T>> {
    let img = CfitsioImage::open(path, sel)?;
    img.geom
        .check(plane, row0, nrows, col0, ncols)
        .map_err(|m| invalid_arg(img.loc.clone(), m))?;
    let mut out = alloc::<T>(Some(nrows * ncols), &img.loc)?;
    img.read_region(plane, row0, nrows, col0, ncols, &mut out)?;
    Ok(out)
}
