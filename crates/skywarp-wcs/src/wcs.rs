//! [`Wcs`]: one WCSLIB `wcsprm`, owned, with the facts about it that callers need kept on the Rust side.

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};
use std::ptr::NonNull;
use std::sync::Arc;

use crate::ffi;
use crate::frames::Frame;
use crate::lookup::{self, Distortions, TableImage};
use crate::solar::{SolarFrame, SolarKeywords, SolarKind};
use crate::{Result, WcsError};

/// What one world axis is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisKind {
    /// Celestial longitude (RA, GLON, ELON, ...).
    Longitude,
    /// Celestial latitude (DEC, GLAT, ...).
    Latitude,
    /// A spectral axis (FREQ, VRAD, WAVE, ...).
    Spectral,
    /// Anything else (STOKES, TIME, a linear axis).
    Other,
}

/// The Rust-side description of a parsed WCS.
#[derive(Clone, Debug)]
struct Info {
    naxis: usize,
    ctype: Vec<String>,
    cunit: Vec<String>,
    crval: Vec<f64>,
    crpix: Vec<f64>,
    lng: Option<usize>,
    lat: Option<usize>,
    spec: Option<usize>,
    radesys: String,
    equinox: f64,
    mjdobs: f64,
    projection: String,
    has_distortion: bool,
    /// The observer and date keywords the solar frames are built from.
    solar: SolarKeywords,
}

/// A World Coordinate System parsed by WCSLIB from FITS header cards.
///
/// Pixel coordinates on the Rust side are **0-based** (numpy/astropy `origin=0`); the FITS 1-based
/// convention is applied at the WCSLIB boundary only. Arrays are interleaved, one point after another:
/// `[x0, y0, (z0,) x1, y1, ...]` in FITS axis order (x = NAXIS1 first).
///
/// astropy's lookup-table distortions (detector-to-image and distortion paper IV tables, see
/// [`Wcs::from_cards_with_tables`]) are applied around WCSLIB, in astropy's order, by `pix2world` and
/// `world2pix` themselves; the tables are immutable and shared between clones.
pub struct Wcs {
    ptr: NonNull<ffi::WcsPrm>,
    info: Info,
    /// Lookup-table distortions (with the SIP they must be combined with), when the header has any.
    lookup: Option<Arc<Distortions>>,
    // WCSLIB needs scratch arrays for every call; kept here so the hot path does not allocate.
    scratch_img: Vec<f64>,
    scratch_phi: Vec<f64>,
    scratch_theta: Vec<f64>,
    scratch_stat: Vec<c_int>,
    scratch_pix: Vec<f64>,
}

// SAFETY: the wcsprm is exclusively owned by this value (deep-copied on clone, freed on drop) and is only
// ever touched through `&mut self` or read-only accessors that WCSLIB does not mutate, so moving it to
// another thread is sound. It is deliberately not `Sync`: wcsp2s/wcss2p write scratch memory inside the
// struct (shared by the distortion functions), so two threads must never call them on one value.
unsafe impl Send for Wcs {}

const ERRLEN: usize = 512;

fn cstr(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: WCSLIB strings are NUL-terminated fixed-size char arrays inside the struct.
    unsafe { CStr::from_ptr(p) }
        .to_string_lossy()
        .trim()
        .to_string()
}

fn err_string(buf: &[c_char]) -> String {
    // SAFETY: the shim always NUL-terminates (snprintf) within ERRLEN.
    let s = unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned();
    s.trim().trim_end_matches('.').to_string()
}

/// Keywords whose presence makes a header "have a WCS" (the FITS WCS papers' core set).
fn has_wcs_keywords(cards: &str) -> bool {
    cards.as_bytes().chunks(80).any(|card| {
        let key = std::str::from_utf8(&card[..card.len().min(8)])
            .unwrap_or("")
            .trim_end();
        [
            "CTYPE", "CRVAL", "CRPIX", "CDELT", "CD1_", "CD2_", "PC1_", "PC2_", "CROTA",
        ]
        .iter()
        .any(|p| key.starts_with(p))
    })
}

/// Most world axes a header may declare (the FITS WCS standard numbers axes 1..99).
const MAX_WCS_AXES: i64 = 99;

/// Refuses WCSAXES / NAXIS values beyond [`MAX_WCS_AXES`]: WCSLIB 7 allocates matrices of
/// naxis² elements from them and dereferences the failed allocation (`WCSAXES = 100000` was a
/// SIGSEGV under fuzzing).
fn check_axis_counts(cards: &str) -> Result<()> {
    for card in cards.as_bytes().chunks(80) {
        let key = std::str::from_utf8(&card[..card.len().min(8)])
            .unwrap_or("")
            .trim_end();
        if key != "NAXIS" && !key.starts_with("WCSAXES") {
            continue;
        }
        let value = std::str::from_utf8(card.get(10..).unwrap_or(b""))
            .ok()
            .and_then(|v| v.split('/').next())
            .and_then(|v| v.trim().parse::<f64>().ok());
        if let Some(n) = value.filter(|&n| n > MAX_WCS_AXES as f64) {
            return Err(WcsError::Invalid(format!(
                "{key} = {n}: a WCS has at most {MAX_WCS_AXES} axes"
            )));
        }
    }
    Ok(())
}

/// The cards without SIP keywords WCSLIB cannot use: WCSLIB 7's `wcspih` corrupts its heap
/// (abort or SIGSEGV, found by fuzzing) on SIP coefficients whose `X_ORDER` is missing, or
/// when one of a pair (A/B, AP/BP) has no order. A SIP set is only handed over complete: both
/// orders of the pair present and integral in 0..=20, else that pair's cards are dropped
/// (astropy ignores coefficients without an order as well).
fn without_unusable_sip(cards: &str) -> std::borrow::Cow<'_, str> {
    let key_of = |card: &[u8]| {
        std::str::from_utf8(&card[..card.len().min(8)])
            .unwrap_or("")
            .trim_end()
            .to_string()
    };
    let order_ok = |name: &str| {
        cards.as_bytes().chunks(80).any(|c| {
            // a valued card: "= " in columns 9-10, as WCSLIB requires to see the order
            key_of(c) == name
                && c.get(8..10) == Some(b"= ")
                && std::str::from_utf8(c.get(10..).unwrap_or(b""))
                    .ok()
                    .and_then(|v| v.split('/').next())
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .is_some_and(|o| o.fract() == 0.0 && (0.0..=20.0).contains(&o))
        })
    };
    let forward_ok = order_ok("A_ORDER") && order_ok("B_ORDER");
    let inverse_ok = order_ok("AP_ORDER") && order_ok("BP_ORDER");
    let drop = |key: &str| {
        let group = if key.starts_with("AP_") || key.starts_with("BP_") {
            Some(inverse_ok)
        } else if key.starts_with("A_") || key.starts_with("B_") {
            Some(forward_ok)
        } else {
            None
        };
        group == Some(false)
    };
    if !cards.as_bytes().chunks(80).any(|c| drop(&key_of(c))) {
        return std::borrow::Cow::Borrowed(cards);
    }
    let kept: String = cards
        .as_bytes()
        .chunks(80)
        .filter(|c| !drop(&key_of(c)))
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    std::borrow::Cow::Owned(kept)
}

/// NAXISn values of the header, for WCSLIB's cylfix (which needs the image size).
fn naxis_values(cards: &str) -> Vec<c_int> {
    let mut n = 0usize;
    let (mut has_naxis, mut highest) = (false, 0usize);
    let mut vals = [0 as c_int; 99];
    for card in cards.as_bytes().chunks(80) {
        let key = std::str::from_utf8(&card[..card.len().min(8)])
            .unwrap_or("")
            .trim_end();
        let Some(rest) = key.strip_prefix("NAXIS") else {
            continue;
        };
        if card.len() < 10 || &card[8..10] != b"= " {
            continue;
        }
        let value = std::str::from_utf8(&card[10..]).unwrap_or("");
        let value = value.split('/').next().unwrap_or("").trim();
        let Ok(v) = value.parse::<i64>() else {
            continue;
        };
        if rest.is_empty() {
            n = v.clamp(0, 99) as usize;
            has_naxis = true;
        } else if let Ok(i) = rest.parse::<usize>() {
            if (1..=99).contains(&i) {
                vals[i - 1] = v.clamp(0, c_int::MAX as i64) as c_int;
                highest = highest.max(i);
            }
        }
    }
    // Without NAXIS (a header cut to fewer axes than its data), the NAXISn present give the sizes.
    vals[..if has_naxis { n } else { highest }].to_vec()
}

impl Wcs {
    /// Parse the primary WCS from FITS header cards: a string of 80-character cards (no newlines),
    /// END optional. All of WCSLIB's relaxations are accepted and legacy headers are repaired the way
    /// astropy repairs them (`wcsfix`: dates, units, NCP → SIN, spectral, cylindrical).
    ///
    /// A header that declares lookup-table distortions (`D2IMDISj`/`CPDISj = 'Lookup'`, `AXISCORR`) is
    /// refused with an error naming the table extension it needs: use
    /// [`Wcs::from_cards_with_tables`] to supply the tables.
    pub fn from_cards(cards: &str) -> Result<Wcs> {
        Self::from_cards_with_tables(cards, &|_, _| None)
    }

    /// Like [`Wcs::from_cards`], with astropy's lookup-table distortions, whose tables live in other
    /// HDUs of the FITS file: `tables(extname, extver)` returns the image of extension
    /// (`"D2IMARR"` or `"WCSDVARR"`, EXTVER), or `None` when the file has no such extension.
    ///
    /// The header keywords are read as astropy reads them (`D2IMDISj = 'Lookup'` with record-valued
    /// `D2IMj.EXTVER` / `D2IMj.AXIS.j`, the deprecated `AXISCORR`, `CPDISj = 'Lookup'` with
    /// `DPj.EXTVER` / `DPj.AXIS.j`; a table whose `AXIS.j` is not `j` is transposed), and every
    /// declared table must be supplied: a missing one is an error naming the extension, never a
    /// silently ignored distortion. With lookup tables present the WCS must have 2 axes, and SIP (if
    /// any) is evaluated together with the tables, in astropy's arithmetic:
    /// `foc = d + sip(d) + cpdis(d)`, `d = p + det2im(p)` (1-based pixels), then WCSLIB's linear
    /// transformation and projection. `world2pix` inverts that with astropy's `all_world2pix`
    /// fixed-point iteration, to 1e-10 pixel.
    pub fn from_cards_with_tables(
        cards: &str,
        tables: &dyn Fn(&str, i64) -> Option<TableImage>,
    ) -> Result<Wcs> {
        if !cards.len().is_multiple_of(80) {
            return Err(WcsError::Invalid(format!(
                "header text is {} bytes, not a whole number of 80-character cards",
                cards.len()
            )));
        }
        let Some(prepared) = lookup::prepare(cards, tables)? else {
            return Self::parse_wcslib(cards);
        };
        let mut wcs = Self::parse_wcslib(&prepared.cards)?;
        if let Some(d) = prepared.distortions {
            if wcs.info.naxis != 2 {
                return Err(WcsError::Unsupported(format!(
                    "lookup-table and SIP distortions only work in 2 dimensions, but the WCS has {} axes \
                     (give the header WCSAXES = 2)",
                    wcs.info.naxis
                )));
            }
            wcs.info.has_distortion = true;
            wcs.lookup = Some(Arc::new(d));
        }
        Ok(wcs)
    }

    /// WCSLIB's part: parse, repair and set up the cards.
    fn parse_wcslib(cards: &str) -> Result<Wcs> {
        if !cards.len().is_multiple_of(80) {
            return Err(WcsError::Invalid(format!(
                "header text is {} bytes, not a whole number of 80-character cards",
                cards.len()
            )));
        }
        if !has_wcs_keywords(cards) {
            return Err(WcsError::Missing);
        }
        check_axis_counts(cards)?;
        let cards = &*without_unusable_sip(cards);
        let nkeyrec = (cards.len() / 80) as c_int;
        let naxis = naxis_values(cards);
        let hint = if naxis.is_empty() {
            std::ptr::null()
        } else {
            naxis.as_ptr()
        };
        let mut err = vec![0 as c_char; ERRLEN];
        let mut out: *mut ffi::WcsPrm = std::ptr::null_mut();
        // SAFETY: cards is nkeyrec*80 bytes (checked above), the shim copies it; err has ERRLEN bytes;
        // the hint has naxis.len() values (at most 99), and the shim ignores it when the WCS has more axes.
        let status = unsafe {
            ffi::sw_wcs_parse(
                cards.as_ptr() as *const c_char,
                nkeyrec,
                hint,
                naxis.len() as c_int,
                &mut out,
                err.as_mut_ptr(),
                ERRLEN as c_int,
            )
        };
        if status != 0 || out.is_null() {
            return Err(WcsError::Invalid(err_string(&err)));
        }
        // SAFETY: non-null pointer freshly allocated by the shim; we own it from here.
        let ptr = unsafe { NonNull::new_unchecked(out) };
        Ok(Self::from_ptr(ptr))
    }

    fn from_ptr(ptr: NonNull<ffi::WcsPrm>) -> Wcs {
        let p = ptr.as_ptr() as *const ffi::WcsPrm;
        // SAFETY: p is a valid, wcsset wcsprm; accessors only read fields.
        let info = unsafe {
            let naxis = ffi::sw_wcs_naxis(p).max(0) as usize;
            let idx = |i: c_int| if i >= 0 { Some(i as usize) } else { None };
            Info {
                naxis,
                ctype: (0..naxis)
                    .map(|i| cstr(ffi::sw_wcs_ctype(p, i as c_int)))
                    .collect(),
                cunit: (0..naxis)
                    .map(|i| cstr(ffi::sw_wcs_cunit(p, i as c_int)))
                    .collect(),
                crval: (0..naxis)
                    .map(|i| ffi::sw_wcs_crval(p, i as c_int))
                    .collect(),
                crpix: (0..naxis)
                    .map(|i| ffi::sw_wcs_crpix(p, i as c_int))
                    .collect(),
                lng: idx(ffi::sw_wcs_lng(p)),
                lat: idx(ffi::sw_wcs_lat(p)),
                spec: idx(ffi::sw_wcs_spec(p)),
                radesys: cstr(ffi::sw_wcs_radesys(p)),
                equinox: ffi::sw_wcs_equinox(p),
                mjdobs: ffi::sw_wcs_mjdobs(p),
                projection: cstr(ffi::sw_wcs_pcode(p)),
                has_distortion: ffi::sw_wcs_has_distortion(p) != 0,
                solar: SolarKeywords {
                    rsun_ref: ffi::sw_wcs_aux(p, 0),
                    dsun_obs: ffi::sw_wcs_aux(p, 1),
                    crln_obs: ffi::sw_wcs_aux(p, 2),
                    hgln_obs: ffi::sw_wcs_aux(p, 3),
                    hglt_obs: ffi::sw_wcs_aux(p, 4),
                    dates: [0, 1, 2, 3].map(|i| cstr(ffi::sw_wcs_date(p, i))),
                },
            }
        };
        Wcs {
            ptr,
            info,
            lookup: None,
            scratch_img: Vec::new(),
            scratch_phi: Vec::new(),
            scratch_theta: Vec::new(),
            scratch_stat: Vec::new(),
            scratch_pix: Vec::new(),
        }
    }

    /// Number of WCS axes.
    pub fn naxis(&self) -> usize {
        self.info.naxis
    }
    /// CTYPEi of every axis, in FITS order.
    pub fn ctypes(&self) -> &[String] {
        &self.info.ctype
    }
    /// CUNITi of every axis (as WCSLIB normalised them: "deg", "m/s", ...).
    pub fn cunits(&self) -> &[String] {
        &self.info.cunit
    }
    /// CRVALi.
    pub fn crval(&self) -> &[f64] {
        &self.info.crval
    }
    /// CRPIXj, 1-based as in the header.
    pub fn crpix(&self) -> &[f64] {
        &self.info.crpix
    }
    /// The linear part of the WCS, CDELTi × PCi_j (the CD matrix however the header wrote it: CD,
    /// PC + CDELT or CROTA), row-major with world axes as rows, in CUNIT per pixel (degrees for
    /// celestial axes). astropy's `pixel_scale_matrix`; its column norms are the pixel scales.
    pub fn pixel_scale_matrix(&self) -> Vec<f64> {
        let n = self.info.naxis;
        let mut m = vec![0.0; n * n];
        for i in 0..n {
            // SAFETY: i, j < naxis; the accessors only read the set-up struct.
            let cdelt = unsafe { ffi::sw_wcs_cdelt(self.ptr.as_ptr(), i as c_int) };
            for j in 0..n {
                let pc = unsafe { ffi::sw_wcs_pc(self.ptr.as_ptr(), i as c_int, j as c_int) };
                m[i * n + j] = cdelt * pc;
            }
        }
        m
    }
    /// Index of the celestial longitude and latitude axes, if the WCS has both.
    pub fn celestial_axes(&self) -> Option<(usize, usize)> {
        Some((self.info.lng?, self.info.lat?))
    }
    /// Index of the spectral axis, if any.
    pub fn spectral_axis(&self) -> Option<usize> {
        self.info.spec
    }
    /// What kind each world axis is.
    pub fn axis_kinds(&self) -> Vec<AxisKind> {
        (0..self.info.naxis)
            .map(|i| {
                if Some(i) == self.info.lng {
                    AxisKind::Longitude
                } else if Some(i) == self.info.lat {
                    AxisKind::Latitude
                } else if Some(i) == self.info.spec {
                    AxisKind::Spectral
                } else {
                    AxisKind::Other
                }
            })
            .collect()
    }
    /// Projection code of the celestial axes ("TAN", "SIN", ...), empty without celestial axes.
    pub fn projection(&self) -> &str {
        &self.info.projection
    }
    /// RADESYS as WCSLIB set it (it fills in defaults), empty for non-equatorial frames.
    pub fn radesys(&self) -> &str {
        &self.info.radesys
    }
    /// EQUINOX (NaN if undefined).
    pub fn equinox(&self) -> f64 {
        self.info.equinox
    }
    /// Whether the WCS has a distortion: one WCSLIB carries (SIP, TPV, DSS, polynomial ...) or astropy's
    /// lookup tables.
    pub fn has_distortion(&self) -> bool {
        self.info.has_distortion
    }

    /// The lookup-table distortions applied around WCSLIB, described ("D2IM1 from D2IMARR,1",
    /// "CPDIS2 from WCSDVARR,2", "SIP" when SIP is evaluated with them); empty when there are none.
    pub fn lookup_tables(&self) -> Vec<String> {
        self.lookup
            .as_ref()
            .map_or_else(Vec::new, |d| d.summary().to_vec())
    }

    /// The celestial frame, chosen from CTYPE, RADESYS and EQUINOX the way astropy chooses it, or for
    /// HPLN/HPLT, HGLN/HGLT and CRLN/CRLT the solar frame sunpy builds from the observer, date and
    /// RSUN_REF keywords. `Ok(None)` when the WCS has no celestial axes.
    pub fn celestial_frame(&self) -> Result<Option<Frame>> {
        let Some((lng, lat)) = self.celestial_axes() else {
            return Ok(None);
        };
        let prefix = |s: &str| s.chars().take(4).collect::<String>();
        let (p_lng, p_lat) = (prefix(&self.info.ctype[lng]), prefix(&self.info.ctype[lat]));
        if let Some(kind) = SolarKind::from_ctypes(&p_lng, &p_lat) {
            let f = SolarFrame::from_keywords(kind, &self.info.solar)?;
            return Ok(Some(Frame::Solar(f)));
        }
        let frame = Frame::from_wcs(
            &prefix(&self.info.ctype[lng]),
            &prefix(&self.info.ctype[lat]),
            &self.info.radesys,
            self.info.equinox,
            self.info.mjdobs,
        )?;
        Ok(Some(frame))
    }

    fn ensure_scratch(&mut self, n: usize) {
        let len = n * self.info.naxis;
        if self.scratch_img.len() < len {
            self.scratch_img.resize(len, 0.0);
            self.scratch_phi.resize(n, 0.0);
            self.scratch_theta.resize(n, 0.0);
            self.scratch_stat.resize(n, 0);
            self.scratch_pix.resize(len, 0.0);
        }
    }

    fn last_error(&self) -> String {
        // SAFETY: valid pointer; the message lives inside the struct.
        cstr(unsafe { ffi::sw_wcs_errmsg(self.ptr.as_ptr()) })
    }

    /// Pixel → world for `pix.len() / naxis` points (0-based pixels, world in CUNIT, degrees for
    /// celestial axes). Points WCSLIB rejects, and non-finite inputs, come out as NaN on every axis,
    /// as astropy returns them.
    pub fn pix2world(&mut self, pix: &[f64], world: &mut [f64]) -> Result<()> {
        let nax = self.info.naxis;
        assert_eq!(
            pix.len(),
            world.len(),
            "pix2world: input and output lengths differ"
        );
        assert_eq!(
            pix.len() % nax,
            0,
            "pix2world: length is not a multiple of naxis"
        );
        let n = pix.len() / nax;
        if n == 0 {
            return Ok(());
        }
        self.ensure_scratch(n);
        for (dst, src) in self.scratch_pix[..pix.len()].iter_mut().zip(pix) {
            *dst = src + 1.0;
        }
        if let Some(d) = &self.lookup {
            // astropy's pix2foc: detector-to-image, then SIP and paper IV tables (1-based pixels)
            for p in self.scratch_pix[..pix.len()].chunks_exact_mut(2) {
                let f = d.pix2foc([p[0], p[1]]);
                p[0] = f[0];
                p[1] = f[1];
            }
        }
        // SAFETY: every array has n*nax (or n) elements as WCSLIB requires for ncoord=n, nelem=nax.
        let status = unsafe {
            ffi::wcsp2s(
                self.ptr.as_ptr(),
                n as c_int,
                nax as c_int,
                self.scratch_pix.as_ptr(),
                self.scratch_img.as_mut_ptr(),
                self.scratch_phi.as_mut_ptr(),
                self.scratch_theta.as_mut_ptr(),
                world.as_mut_ptr(),
                self.scratch_stat.as_mut_ptr(),
            )
        };
        self.finish_batch(status, 8, pix, world)
    }

    /// World → pixel (0-based) for `world.len() / naxis` points; rejected and non-finite points → NaN.
    pub fn world2pix(&mut self, world: &[f64], pix: &mut [f64]) -> Result<()> {
        let nax = self.info.naxis;
        assert_eq!(
            pix.len(),
            world.len(),
            "world2pix: input and output lengths differ"
        );
        assert_eq!(
            world.len() % nax,
            0,
            "world2pix: length is not a multiple of naxis"
        );
        let n = world.len() / nax;
        if n == 0 {
            return Ok(());
        }
        self.ensure_scratch(n);
        // SAFETY: as in pix2world.
        let status = unsafe {
            ffi::wcss2p(
                self.ptr.as_ptr(),
                n as c_int,
                nax as c_int,
                world.as_ptr(),
                self.scratch_phi.as_mut_ptr(),
                self.scratch_theta.as_mut_ptr(),
                self.scratch_img.as_mut_ptr(),
                pix.as_mut_ptr(),
                self.scratch_stat.as_mut_ptr(),
            )
        };
        for v in pix.iter_mut() {
            *v -= 1.0;
        }
        if let Some(d) = &self.lookup {
            // WCSLIB gave the inverse of the linear part; astropy's all_world2pix iteration does the rest
            if d.iterates() && (status == 0 || status == 9) {
                for (p, &stat) in pix.chunks_exact_mut(2).zip(&self.scratch_stat[..n]) {
                    if stat == 0 && p[0].is_finite() && p[1].is_finite() {
                        let x = d.invert([p[0], p[1]]);
                        p[0] = x[0];
                        p[1] = x[1];
                    }
                }
            }
        }
        self.finish_batch(status, 9, world, pix)
    }

    /// Shared tail of pix2world/world2pix: map WCSLIB's status to NaN-per-point or an error.
    fn finish_batch(
        &mut self,
        status: c_int,
        invalid_code: c_int,
        input: &[f64],
        output: &mut [f64],
    ) -> Result<()> {
        let nax = self.info.naxis;
        let n = input.len() / nax;
        if status != 0 && status != invalid_code {
            return Err(WcsError::Invalid(self.last_error()));
        }
        for i in 0..n {
            let bad_in = input[i * nax..(i + 1) * nax].iter().any(|v| !v.is_finite());
            if bad_in || (status == invalid_code && self.scratch_stat[i] != 0) {
                output[i * nax..(i + 1) * nax].fill(f64::NAN);
            }
        }
        Ok(())
    }
}

impl Clone for Wcs {
    /// A deep copy, distortion tables included: the way to give each thread its own WCSLIB struct.
    fn clone(&self) -> Wcs {
        let mut err = vec![0 as c_char; ERRLEN];
        let mut out: *mut ffi::WcsPrm = std::ptr::null_mut();
        // SAFETY: self.ptr is valid; the shim allocates a fresh struct.
        let status = unsafe {
            ffi::sw_wcs_copy(
                self.ptr.as_ptr(),
                &mut out,
                err.as_mut_ptr(),
                ERRLEN as c_int,
            )
        };
        // A copy of a struct that was already set up can only fail on allocation failure.
        assert!(
            status == 0 && !out.is_null(),
            "copying a WCS failed: {}",
            err_string(&err)
        );
        // SAFETY: non-null, owned.
        let mut copy = Self::from_ptr(unsafe { NonNull::new_unchecked(out) });
        copy.info = self.info.clone();
        copy.lookup = self.lookup.clone();
        copy
    }
}

impl Drop for Wcs {
    fn drop(&mut self) {
        // SAFETY: we own the struct; the shim frees both its contents and the allocation.
        unsafe { ffi::sw_wcs_free(self.ptr.as_ptr()) }
    }
}

impl std::fmt::Debug for Wcs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wcs")
            .field("ctype", &self.info.ctype)
            .field("crval", &self.info.crval)
            .field("crpix", &self.info.crpix)
            .field("radesys", &self.info.radesys)
            .field("equinox", &self.info.equinox)
            .field("lookup_tables", &self.lookup_tables())
            .finish()
    }
}
