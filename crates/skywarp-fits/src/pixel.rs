//! Pixel types and the big-endian <-> native conversions shared by the readers and writers.
//!
//! FITS stores six on-disk types (BITPIX 8/16/32/64/-32/-64), all big-endian; unsigned 16/32-bit
//! and signed 8-bit integers are stored as the neighbouring signed/unsigned type with a BZERO
//! offset. The conversion loops here are written over fixed-size chunks so that the compiler
//! turns them into byte-swapping SIMD code; they are the hot path of the memory-mapped reader
//! and writer.

use std::os::raw::c_int;

use fitsio::sys as ffi;

/// The on-disk pixel type of a FITS image (the BITPIX keyword).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bitpix {
    /// BITPIX = 8, unsigned bytes.
    U8,
    /// BITPIX = 16.
    I16,
    /// BITPIX = 32.
    I32,
    /// BITPIX = 64.
    I64,
    /// BITPIX = -32, IEEE single.
    F32,
    /// BITPIX = -64, IEEE double.
    F64,
}

impl Bitpix {
    /// The BITPIX keyword value.
    pub fn value(self) -> i64 {
        match self {
            Bitpix::U8 => 8,
            Bitpix::I16 => 16,
            Bitpix::I32 => 32,
            Bitpix::I64 => 64,
            Bitpix::F32 => -32,
            Bitpix::F64 => -64,
        }
    }

    /// Parses a BITPIX keyword value.
    pub fn from_value(v: i64) -> Option<Bitpix> {
        Some(match v {
            8 => Bitpix::U8,
            16 => Bitpix::I16,
            32 => Bitpix::I32,
            64 => Bitpix::I64,
            -32 => Bitpix::F32,
            -64 => Bitpix::F64,
            _ => return None,
        })
    }

    /// Bytes per pixel.
    pub fn bytes(self) -> usize {
        match self {
            Bitpix::U8 => 1,
            Bitpix::I16 => 2,
            Bitpix::I32 | Bitpix::F32 => 4,
            Bitpix::I64 | Bitpix::F64 => 8,
        }
    }

    /// True for BITPIX -32 / -64.
    pub fn is_float(self) -> bool {
        matches!(self, Bitpix::F32 | Bitpix::F64)
    }
}

impl std::fmt::Display for Bitpix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

mod sealed {
    pub trait Sealed {}
}

/// A Rust type that can be read from / written to a FITS image.
///
/// Sealed: the set is fixed by what FITS and CFITSIO can represent.
pub trait Pixel:
    Copy + Default + Send + Sync + PartialEq + std::fmt::Debug + 'static + sealed::Sealed
{
    /// The on-disk type this Rust type is stored as.
    const BITPIX: Bitpix;
    /// The BZERO needed to store it (non-zero for u16, u32 and i8, which FITS stores offset).
    const BZERO: f64;
    /// CFITSIO datatype code (`TFLOAT`, `TUSHORT`...).
    #[doc(hidden)]
    const CFITSIO_TYPE: c_int;
    /// The value CFITSIO should substitute for undefined pixels (BLANK, NaN); `None` means no
    /// null checking (integers keep the raw BLANK value, as CFITSIO and astropy do for
    /// integer reads).
    #[doc(hidden)]
    fn null_value() -> Option<Self>;
    /// Encodes `src` as FITS big-endian bytes (BZERO offset applied); `dst.len()` must be
    /// `src.len() * BITPIX.bytes()`.
    #[doc(hidden)]
    fn encode_be(src: &[Self], dst: &mut [u8]);
    /// True for `f32`: reads of double data convert through [`Pixel::narrow_from_f64`] rather
    /// than CFITSIO, whose double → float conversion clips at ±FLT_MAX (CFITSIO >= 4.3).
    #[doc(hidden)]
    const NARROWS_F64: bool = false;
    /// Rounds `src` into `dst` (same length) as `f64 as Self` does; only called when
    /// [`Pixel::NARROWS_F64`] is true.
    #[doc(hidden)]
    fn narrow_from_f64(src: &[f64], dst: &mut [Self]) {
        let _ = (src, dst);
        unreachable!("narrow_from_f64 is only called for types with NARROWS_F64")
    }
}

macro_rules! int_pixel {
    ($t:ty, $bitpix:expr, $bzero:expr, $code:expr, $stored:ty, $to_stored:expr) => {
        impl sealed::Sealed for $t {}
        impl Pixel for $t {
            const BITPIX: Bitpix = $bitpix;
            const BZERO: f64 = $bzero;
            const CFITSIO_TYPE: c_int = $code as c_int;
            fn null_value() -> Option<Self> {
                None
            }
            fn encode_be(src: &[Self], dst: &mut [u8]) {
                const N: usize = std::mem::size_of::<$stored>();
                let f: fn($t) -> $stored = $to_stored;
                for (d, s) in dst.chunks_exact_mut(N).zip(src) {
                    d.copy_from_slice(&f(*s).to_be_bytes());
                }
            }
        }
    };
}

int_pixel!(u8, Bitpix::U8, 0.0, ffi::TBYTE, u8, |v| v);
// Signed bytes are stored as unsigned with BZERO = -128: flipping the sign bit does it.
int_pixel!(i8, Bitpix::U8, -128.0, ffi::TSBYTE, u8, |v| (v as u8)
    ^ 0x80);
int_pixel!(i16, Bitpix::I16, 0.0, ffi::TSHORT, i16, |v| v);
int_pixel!(u16, Bitpix::I16, 32768.0, ffi::TUSHORT, u16, |v| v ^ 0x8000);
int_pixel!(i32, Bitpix::I32, 0.0, ffi::TINT, i32, |v| v);
int_pixel!(u32, Bitpix::I32, 2147483648.0, ffi::TUINT, u32, |v| v
    ^ 0x8000_0000);
int_pixel!(i64, Bitpix::I64, 0.0, ffi::TLONGLONG, i64, |v| v);

macro_rules! float_pixel {
    ($t:ty, $bitpix:expr, $code:expr, $narrows:expr) => {
        impl sealed::Sealed for $t {}
        impl Pixel for $t {
            const BITPIX: Bitpix = $bitpix;
            const BZERO: f64 = 0.0;
            const CFITSIO_TYPE: c_int = $code as c_int;
            const NARROWS_F64: bool = $narrows;
            fn narrow_from_f64(src: &[f64], dst: &mut [Self]) {
                for (d, s) in dst.iter_mut().zip(src) {
                    *d = *s as $t;
                }
            }
            fn null_value() -> Option<Self> {
                Some(<$t>::NAN)
            }
            fn encode_be(src: &[Self], dst: &mut [u8]) {
                const N: usize = std::mem::size_of::<$t>();
                for (d, s) in dst.chunks_exact_mut(N).zip(src) {
                    d.copy_from_slice(&s.to_bits().to_be_bytes());
                }
            }
        }
    };
}

float_pixel!(f32, Bitpix::F32, ffi::TFLOAT, true);
float_pixel!(f64, Bitpix::F64, ffi::TDOUBLE, false);

/// The floating-point pixel types (`f32`, `f64`): what the streaming reader produces and the
/// streaming writer consumes, since those paths carry NaN for undefined pixels.
pub trait FloatPixel: Pixel {
    /// Converts from `f64` (rounding for `f32`).
    fn from_f64(v: f64) -> Self;
    /// Converts from `f32` exactly.
    fn from_f32(v: f32) -> Self;
    /// Converts to `f64` exactly.
    fn to_f64(self) -> f64;
    /// Converts to `f32` (rounding for `f64`).
    fn to_f32(self) -> f32;
    /// NaN.
    fn nan() -> Self;
}

impl FloatPixel for f32 {
    #[inline(always)]
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    #[inline(always)]
    fn from_f32(v: f32) -> Self {
        v
    }
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self as f64
    }
    #[inline(always)]
    fn to_f32(self) -> f32 {
        self
    }
    fn nan() -> Self {
        f32::NAN
    }
}

impl FloatPixel for f64 {
    #[inline(always)]
    fn from_f64(v: f64) -> Self {
        v
    }
    #[inline(always)]
    fn from_f32(v: f32) -> Self {
        v as f64
    }
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self
    }
    #[inline(always)]
    fn to_f32(self) -> f32 {
        self as f32
    }
    fn nan() -> Self {
        f64::NAN
    }
}

/// Linear scaling of stored values: `physical = stored * bscale + bzero`, with integer BLANK
/// values becoming NaN.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scaling {
    /// BZERO (0 when absent).
    pub bzero: f64,
    /// BSCALE (1 when absent).
    pub bscale: f64,
    /// BLANK (integer images only).
    pub blank: Option<i64>,
}

impl Default for Scaling {
    fn default() -> Self {
        Scaling {
            bzero: 0.0,
            bscale: 1.0,
            blank: None,
        }
    }
}

impl Scaling {
    /// Reads BZERO/BSCALE/BLANK from a header (BLANK only counts for integer BITPIX, as the
    /// standard says and astropy does).
    pub fn from_header(h: &crate::Header, bitpix: Bitpix) -> Scaling {
        Scaling {
            bzero: h.get_f64("BZERO").unwrap_or(0.0),
            bscale: h.get_f64("BSCALE").unwrap_or(1.0),
            blank: if bitpix.is_float() {
                None
            } else {
                h.get_i64("BLANK")
            },
        }
    }

    fn is_identity(&self) -> bool {
        self.bzero == 0.0 && self.bscale == 1.0
    }
}

#[inline(always)]
fn decode_int<T: FloatPixel, const N: usize>(
    raw: &[u8],
    out: &mut [T],
    sc: &Scaling,
    get: impl Fn([u8; N]) -> i64,
) {
    let (bscale, bzero) = (sc.bscale, sc.bzero);
    let chunks = raw.chunks_exact(N);
    match sc.blank {
        Some(blank) => {
            for (o, c) in out.iter_mut().zip(chunks) {
                let v = get(c.try_into().unwrap_or([0; N]));
                *o = if v == blank {
                    T::nan()
                } else {
                    T::from_f64(v as f64 * bscale + bzero)
                };
            }
        }
        None => {
            for (o, c) in out.iter_mut().zip(chunks) {
                let v = get(c.try_into().unwrap_or([0; N]));
                *o = T::from_f64(v as f64 * bscale + bzero);
            }
        }
    }
}

/// Decodes big-endian FITS pixels to floats, applying the scaling (computed in `f64`, then
/// rounded to `T`, which is what CFITSIO does, so both readers agree bit for bit).
/// `raw.len()` must be `out.len() * bitpix.bytes()`.
pub(crate) fn decode_be<T: FloatPixel>(bitpix: Bitpix, sc: &Scaling, raw: &[u8], out: &mut [T]) {
    debug_assert_eq!(raw.len(), out.len() * bitpix.bytes());
    match bitpix {
        Bitpix::U8 => decode_int::<T, 1>(raw, out, sc, |b| b[0] as i64),
        Bitpix::I16 => decode_int::<T, 2>(raw, out, sc, |b| i16::from_be_bytes(b) as i64),
        Bitpix::I32 => decode_int::<T, 4>(raw, out, sc, |b| i32::from_be_bytes(b) as i64),
        Bitpix::I64 => decode_int::<T, 8>(raw, out, sc, i64::from_be_bytes),
        Bitpix::F32 => {
            if sc.is_identity() {
                for (o, c) in out.iter_mut().zip(raw.chunks_exact(4)) {
                    *o = T::from_f32(f32::from_bits(u32::from_be_bytes(
                        c.try_into().unwrap_or([0; 4]),
                    )));
                }
            } else {
                for (o, c) in out.iter_mut().zip(raw.chunks_exact(4)) {
                    let v = f32::from_bits(u32::from_be_bytes(c.try_into().unwrap_or([0; 4])));
                    *o = T::from_f64(v as f64 * sc.bscale + sc.bzero);
                }
            }
        }
        Bitpix::F64 => {
            if sc.is_identity() {
                for (o, c) in out.iter_mut().zip(raw.chunks_exact(8)) {
                    *o = T::from_f64(f64::from_bits(u64::from_be_bytes(
                        c.try_into().unwrap_or([0; 8]),
                    )));
                }
            } else {
                for (o, c) in out.iter_mut().zip(raw.chunks_exact(8)) {
                    let v = f64::from_bits(u64::from_be_bytes(c.try_into().unwrap_or([0; 8])));
                    *o = T::from_f64(v * sc.bscale + sc.bzero);
                }
            }
        }
    }
}

/// Encodes floats as big-endian pixels of type `bitpix` (no scaling). Integer targets round to
/// nearest and saturate; NaN becomes 0 (Rust's `as` semantics), so integer outputs should be
/// given finite data.
pub(crate) fn encode_float_be<T: FloatPixel>(bitpix: Bitpix, src: &[T], dst: &mut [u8]) {
    debug_assert_eq!(dst.len(), src.len() * bitpix.bytes());
    // The float cases are the writers' hot loop: with AVX2 each 8 values are one byte shuffle.
    #[cfg(target_arch = "x86_64")]
    if matches!(bitpix, Bitpix::F32 | Bitpix::F64) && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU supports AVX2 (checked just above).
        return unsafe { encode_float_be_avx2(bitpix, src, dst) };
    }
    encode_float_be_generic(bitpix, src, dst)
}

/// [`encode_float_be_generic`] compiled for AVX2 (same results: no arithmetic, only shuffles).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn encode_float_be_avx2<T: FloatPixel>(bitpix: Bitpix, src: &[T], dst: &mut [u8]) {
    encode_float_be_generic(bitpix, src, dst)
}

#[inline(always)]
fn encode_float_be_generic<T: FloatPixel>(bitpix: Bitpix, src: &[T], dst: &mut [u8]) {
    match bitpix {
        Bitpix::F32 => {
            for (d, s) in dst.chunks_exact_mut(4).zip(src) {
                d.copy_from_slice(&s.to_f32().to_bits().to_be_bytes());
            }
        }
        Bitpix::F64 => {
            for (d, s) in dst.chunks_exact_mut(8).zip(src) {
                d.copy_from_slice(&s.to_f64().to_bits().to_be_bytes());
            }
        }
        Bitpix::U8 => {
            for (d, s) in dst.iter_mut().zip(src) {
                *d = s.to_f64().round() as u8;
            }
        }
        Bitpix::I16 => {
            for (d, s) in dst.chunks_exact_mut(2).zip(src) {
                d.copy_from_slice(&(s.to_f64().round() as i16).to_be_bytes());
            }
        }
        Bitpix::I32 => {
            for (d, s) in dst.chunks_exact_mut(4).zip(src) {
                d.copy_from_slice(&(s.to_f64().round() as i32).to_be_bytes());
            }
        }
        Bitpix::I64 => {
            for (d, s) in dst.chunks_exact_mut(8).zip(src) {
                d.copy_from_slice(&(s.to_f64().round() as i64).to_be_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets() {
        let mut b = [0u8; 2];
        u16::encode_be(&[0], &mut b);
        assert_eq!(i16::from_be_bytes(b), -32768);
        u16::encode_be(&[65535], &mut b);
        assert_eq!(i16::from_be_bytes(b), 32767);
        let mut c = [0u8; 1];
        i8::encode_be(&[-128], &mut c);
        assert_eq!(c[0], 0);
        i8::encode_be(&[127], &mut c);
        assert_eq!(c[0], 255);
    }

    #[test]
    fn decode_scaled_blank() {
        let raw: Vec<u8> = [5i16, -3, 7].iter().flat_map(|v| v.to_be_bytes()).collect();
        let sc = Scaling {
            bzero: 10.0,
            bscale: 2.0,
            blank: Some(7),
        };
        let mut out = [0f64; 3];
        decode_be(Bitpix::I16, &sc, &raw, &mut out);
        assert_eq!(out[0], 20.0);
        assert_eq!(out[1], 4.0);
        assert!(out[2].is_nan());
    }
}
