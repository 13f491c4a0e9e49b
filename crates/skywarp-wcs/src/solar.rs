//! Solar frames: helioprojective (HPLN/HPLT), heliographic Stonyhurst (HGLN/HGLT) and heliographic
//! Carrington (CRLN/CRLT), converted the way sunpy 7 converts them, so that a reprojection between
//! solar images gives reproject+sunpy's answer without Python.
//!
//! # What sunpy does, and what we reproduce
//!
//! * **Frames from the header** (sunpy `solar_wcs_frame_mapping`): the observation time is the first of
//!   DATE-AVG, DATE-OBS, DATE-BEG, DATE-END as WCSLIB holds them (its `datfix` fills DATE-OBS in from
//!   MJD-OBS), read as UTC; the observer is HGLN_OBS/HGLT_OBS/DSUN_OBS, or else CRLN_OBS/HGLT_OBS/
//!   DSUN_OBS (a Carrington longitude, turned into Stonyhurst at the observation time); the Sun's radius
//!   is RSUN_REF, default 695 700 km. A Stonyhurst frame has no observer.
//! * **Stonyhurst** (sunpy `hcrs_to_hgs`): HCRS rotated so that z is the Sun's north pole (fixed at
//!   RA 286.13°, Dec 63.87°, IAU 2009) and x is the Sun→Earth direction projected on the solar
//!   equator. The Earth's heliocentric position and the Sun's barycentric one come from ERFA `epv00`
//!   at the TDB time, as astropy's builtin ephemeris gives them.
//! * **Carrington** (sunpy `_rotation_matrix_hgs_to_hgc`): Stonyhurst longitude + L0 + the rotation
//!   of the Sun during the extra light travel time of an observer farther than the Earth; L0 is sunpy's
//!   `sun.L0`: the Earth's longitude in the de-tilted HCRS minus the prime meridian's (W₀ = 84.176° at
//!   J2000 from the pole's node, 14.1844°/day), antedated by the light time from the Earth to the
//!   nearest point of the Sun.
//! * **Helioprojective** (sunpy `hpc_to_hcc`/`hcc_to_hpc`): directions seen by the observer. A 2-D
//!   helioprojective direction becomes a 3-D point on the solar sphere (the near intersection of the
//!   line of sight; none off the disk: NaN, which is why reproject with sunpy returns off-disk pixels
//!   NaN), a 2-D heliographic one a point at the frame's radius.
//! * **Different observation times** (sunpy `hgs_to_hgs`): through HCRS, i.e. a point stays fixed in
//!   inertial space, including the Sun's barycentric motion between the two times.
//! * **Shortcuts** sunpy takes and we take too, because they change the answer (no 3-D point, so
//!   nothing is NaN off the disk): helioprojective → helioprojective with the same observer (sunpy's
//!   `allclose`, relative 1e-5) and the same time is the identity, and so are Stonyhurst → Stonyhurst
//!   and Carrington → Carrington (same observer) at the same time.
//! * **Attributes a target lacks** come from the source, as astropy's `SkyCoord.transform_to` merges
//!   them: the observation time and the observer (moved to the target's time when it differs).
//!
//! `tests/python/test_python_solar.py` checks the result against sunpy on reproject's AIA and SECCHI
//! files; the unit tests below pin numbers computed with sunpy 7.0.5.

use std::fmt;
use std::os::raw::{c_double, c_int};

use crate::ffi;
use crate::frames::{FrameError, Mat3, Vec3};

/// sunpy's default solar radius (IAU 2015 nominal, `sunpy.sun.constants.radius`), metres.
pub const RSUN_DEFAULT: f64 = 695_700_000.0;
/// The astronomical unit (IAU 2012), metres: ERFA's positions are in au.
const AU: f64 = 149_597_870_700.0;
/// Speed of light, m/s.
const C: f64 = 299_792_458.0;
/// The Sun's north pole in ICRS (IAU WGCCRE 2009, sunpy's `alpha_0`/`delta_0`), degrees.
const POLE_RA: f64 = 286.13;
const POLE_DEC: f64 = 63.87;
/// Longitude of the prime meridian at J2000 (`W_0`) and the sidereal rotation rate, degrees and °/day.
const W0: f64 = 84.176;
const ROTATION_RATE: f64 = 14.1844;
const JD_J2000: f64 = 2451545.0;
const SECONDS_PER_DAY: f64 = 86400.0;

/// Which solar frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SolarKind {
    /// HPLN/HPLT: directions seen by an observer (sunpy `Helioprojective`).
    Helioprojective,
    /// HGLN/HGLT: heliographic Stonyhurst (sunpy `HeliographicStonyhurst`).
    Stonyhurst,
    /// CRLN/CRLT: heliographic Carrington (sunpy `HeliographicCarrington`).
    Carrington,
}

impl SolarKind {
    /// The frame of a pair of CTYPE prefixes, if solar.
    pub fn from_ctypes(lon: &str, lat: &str) -> Option<SolarKind> {
        match (lon, lat) {
            ("HPLN", "HPLT") => Some(SolarKind::Helioprojective),
            ("HGLN", "HGLT") => Some(SolarKind::Stonyhurst),
            ("CRLN", "CRLT") => Some(SolarKind::Carrington),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            SolarKind::Helioprojective => "helioprojective",
            SolarKind::Stonyhurst => "heliographic_stonyhurst",
            SolarKind::Carrington => "heliographic_carrington",
        }
    }
}

/// An observation time, with the time scales the frames need (two-part Julian dates).
#[derive(Clone, Debug, PartialEq)]
pub struct ObsTime {
    /// The keyword's text, as written.
    pub text: String,
    tai: (f64, f64),
    tt: (f64, f64),
    tdb: (f64, f64),
}

impl ObsTime {
    /// Parse a FITS date (`YYYY-MM-DD`, optionally `Thh:mm[:ss[.s…]]` or with a blank for the `T`) as
    /// UTC, as astropy's `Time` reads one. `keyword` names the card in errors.
    pub fn parse_utc(keyword: &str, text: &str) -> Result<ObsTime, FrameError> {
        let bad = |why: &str| FrameError::BadKeyword {
            keyword: keyword.to_string(),
            problem: format!("'{text}' {why}"),
        };
        let (y, mo, d, h, mi, s) =
            parse_iso(text.trim()).ok_or_else(|| bad("is not a date (YYYY-MM-DDThh:mm:ss)"))?;
        let (mut u1, mut u2) = (0.0, 0.0);
        // SAFETY: plain scalars and out-pointers to locals; ERFA validates the fields itself.
        let st = unsafe { ffi::eraDtf2d(c"UTC".as_ptr(), y, mo, d, h, mi, s, &mut u1, &mut u2) };
        if st < 0 {
            return Err(bad("is out of range"));
        }
        let (mut tai1, mut tai2, mut tt1, mut tt2) = (0.0, 0.0, 0.0, 0.0);
        // SAFETY: as above.
        if unsafe { ffi::eraUtctai(u1, u2, &mut tai1, &mut tai2) } < 0 {
            return Err(bad("is out of range"));
        }
        // SAFETY: as above; eraTaitt cannot fail.
        unsafe { ffi::eraTaitt(tai1, tai2, &mut tt1, &mut tt2) };
        // astropy's TT → TDB for a Time without location: ERFA dtdb at the geocentre (the UT argument
        // only enters terms multiplied by the zero site coordinates).
        // SAFETY: as above.
        let dtr = unsafe { ffi::eraDtdb(tt1, tt2, 0.0, 0.0, 0.0, 0.0) };
        let (mut tdb1, mut tdb2) = (0.0, 0.0);
        // SAFETY: as above.
        unsafe { ffi::eraTttdb(tt1, tt2, dtr, &mut tdb1, &mut tdb2) };
        Ok(ObsTime {
            text: text.trim().to_string(),
            tai: (tai1, tai2),
            tt: (tt1, tt2),
            tdb: (tdb1, tdb2),
        })
    }

    /// sunpy's `_times_are_equal`: equal in TAI.
    fn same_instant(&self, other: &ObsTime) -> bool {
        (self.tai.0 - other.tai.0) + (self.tai.1 - other.tai.1) == 0.0
    }

    /// TT days since J2000.
    fn tt_days_since_j2000(&self) -> f64 {
        (self.tt.0 - JD_J2000) + self.tt.1
    }

    /// The Earth's heliocentric and the Sun's barycentric positions (ICRS axes, metres), ERFA `epv00`
    /// at TDB, as astropy's `get_body_barycentric` with the builtin ephemeris.
    fn ephemeris(&self) -> (Vec3, Vec3) {
        let mut pvh = [[0.0 as c_double; 3]; 2];
        let mut pvb = [[0.0 as c_double; 3]; 2];
        // SAFETY: two 2×3 arrays as ERFA expects; the status (1: outside 1900–2100, where astropy
        // warns and carries on) is not an error.
        let _: c_int = unsafe { ffi::eraEpv00(self.tdb.0, self.tdb.1, &mut pvh, &mut pvb) };
        let earth = [pvh[0][0] * AU, pvh[0][1] * AU, pvh[0][2] * AU];
        // astropy: Sun barycentric = Earth barycentric − Earth heliocentric.
        let sun = [
            (pvb[0][0] - pvh[0][0]) * AU,
            (pvb[0][1] - pvh[0][1]) * AU,
            (pvb[0][2] - pvh[0][2]) * AU,
        ];
        (earth, sun)
    }
}

/// `YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]]`.
fn parse_iso(s: &str) -> Option<(c_int, c_int, c_int, c_int, c_int, f64)> {
    let (date, time) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], Some(s[i + 1..].trim())),
        None => (s, None),
    };
    let mut d = date.split('-');
    let num = |p: Option<&str>, n: usize| -> Option<c_int> {
        let p = p?;
        (p.len() == n && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (y, mo, dd) = (num(d.next(), 4)?, num(d.next(), 2)?, num(d.next(), 2)?);
    if d.next().is_some() {
        return None;
    }
    let (mut h, mut mi, mut sec) = (0, 0, 0.0);
    if let Some(t) = time.filter(|t| !t.is_empty()) {
        let mut p = t.split(':');
        h = num(p.next(), 2)?;
        mi = num(p.next(), 2)?;
        if let Some(sp) = p.next() {
            let ok = sp.len() >= 2
                && sp[..2].bytes().all(|b| b.is_ascii_digit())
                && (sp.len() == 2
                    || (sp.as_bytes()[2] == b'.' && sp[3..].bytes().all(|b| b.is_ascii_digit())));
            if !ok {
                return None;
            }
            sec = sp.parse().ok()?;
        }
        if p.next().is_some() {
            return None;
        }
    }
    Some((y, mo, dd, h, mi, sec))
}

/// An observer's heliographic Stonyhurst position at its frame's observation time.
#[derive(Clone, Debug, PartialEq)]
pub struct Observer {
    /// Stonyhurst longitude, degrees.
    pub lon: f64,
    /// Latitude, degrees.
    pub lat: f64,
    /// Distance from the Sun's centre, metres.
    pub radius: f64,
}

impl Observer {
    fn cartesian(&self) -> Vec3 {
        scaled(&unit(self.lon, self.lat), self.radius)
    }

    /// sunpy's `_observers_are_equal`: `u.allclose` (relative 1e-5, no absolute tolerance) on each.
    fn close_to(&self, o: &Observer) -> bool {
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-5 * b.abs();
        close(self.lat, o.lat) && close(self.lon, o.lon) && close(self.radius, o.radius)
    }
}

/// The solar keywords of a header, as WCSLIB parsed them (NaN / empty when absent).
#[derive(Clone, Debug, Default)]
pub struct SolarKeywords {
    pub rsun_ref: f64,
    pub dsun_obs: f64,
    pub crln_obs: f64,
    pub hgln_obs: f64,
    pub hglt_obs: f64,
    /// DATE-AVG, DATE-OBS, DATE-BEG, DATE-END, in sunpy's order of preference.
    pub dates: [String; 4],
}

const DATE_KEYWORDS: [&str; 4] = ["DATE-AVG", "DATE-OBS", "DATE-BEG", "DATE-END"];

/// A solar frame with sunpy's attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct SolarFrame {
    pub kind: SolarKind,
    pub obstime: Option<ObsTime>,
    /// Always `None` for Stonyhurst (sunpy drops it).
    pub observer: Option<Observer>,
    /// RSUN_REF in metres, `None` for sunpy's default ([`RSUN_DEFAULT`]).
    pub rsun: Option<f64>,
}

impl SolarFrame {
    /// The frame sunpy's `solar_wcs_frame_mapping` builds from these keywords.
    pub fn from_keywords(kind: SolarKind, kw: &SolarKeywords) -> Result<SolarFrame, FrameError> {
        let bad = |keyword: &str, problem: String| FrameError::BadKeyword {
            keyword: keyword.to_string(),
            problem,
        };
        let obstime = DATE_KEYWORDS
            .iter()
            .zip(&kw.dates)
            .find(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| ObsTime::parse_utc(k, v))
            .transpose()?;
        let rsun = if kw.rsun_ref.is_nan() {
            None
        } else if kw.rsun_ref.is_finite() && kw.rsun_ref > 0.0 {
            Some(kw.rsun_ref)
        } else {
            return Err(bad(
                "RSUN_REF",
                format!("{} is not a positive radius in metres", kw.rsun_ref),
            ));
        };
        let check_lat = |v: f64| {
            if (-90.0..=90.0).contains(&v) {
                Ok(v)
            } else {
                Err(bad("HGLT_OBS", format!("{v} is not a latitude in degrees")))
            }
        };
        let check_dist = |v: f64| {
            if v.is_finite() && v > 0.0 {
                Ok(v)
            } else {
                Err(bad(
                    "DSUN_OBS",
                    format!("{v} is not a positive distance in metres"),
                ))
            }
        };
        let have = |v: f64| !v.is_nan();
        let observer = if have(kw.hgln_obs) && have(kw.hglt_obs) && have(kw.dsun_obs) {
            if !kw.hgln_obs.is_finite() {
                return Err(bad("HGLN_OBS", format!("{} is not finite", kw.hgln_obs)));
            }
            Some(Observer {
                lon: kw.hgln_obs,
                lat: check_lat(kw.hglt_obs)?,
                radius: check_dist(kw.dsun_obs)?,
            })
        } else if have(kw.crln_obs) && have(kw.hglt_obs) && have(kw.dsun_obs) {
            if !kw.crln_obs.is_finite() {
                return Err(bad("CRLN_OBS", format!("{} is not finite", kw.crln_obs)));
            }
            let t = obstime.as_ref().ok_or_else(|| {
                bad(
                    "CRLN_OBS",
                    "a Carrington observer needs an observation time (DATE-OBS, DATE-AVG, ...)"
                        .into(),
                )
            })?;
            let radius = check_dist(kw.dsun_obs)?;
            Some(Observer {
                lon: kw.crln_obs - carrington_offset(&Ephemeris::at(t), radius),
                lat: check_lat(kw.hglt_obs)?,
                radius,
            })
        } else {
            None
        };
        Ok(SolarFrame {
            kind,
            observer: if kind == SolarKind::Stonyhurst {
                None
            } else {
                observer
            },
            obstime,
            rsun,
        })
    }

    fn rsun_m(&self) -> f64 {
        self.rsun.unwrap_or(RSUN_DEFAULT)
    }
}

impl fmt::Display for SolarFrame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.kind.name())?;
        match &self.obstime {
            Some(t) => write!(f, " obstime={}", t.text)?,
            None => write!(f, " obstime=none")?,
        }
        if let Some(o) = &self.observer {
            write!(
                f,
                " observer=(HGS lon {:.6}°, lat {:.6}°, {:.6} au)",
                o.lon,
                o.lat,
                o.radius / AU
            )?;
        }
        write!(f, " rsun={} km", self.rsun_m() / 1000.0)
    }
}

// ---------------------------------------------------------------------------------------------
// Geometry.

fn unit(lon_deg: f64, lat_deg: f64) -> Vec3 {
    let (sl, cl) = lon_deg.to_radians().sin_cos();
    let (sb, cb) = lat_deg.to_radians().sin_cos();
    [cb * cl, cb * sl, sb]
}

fn scaled(v: &Vec3, s: f64) -> Vec3 {
    [v[0] * s, v[1] * s, v[2] * s]
}

fn sub(a: &Vec3, b: &Vec3) -> Vec3 {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

fn add(a: &Vec3, b: &Vec3) -> Vec3 {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

fn cross(a: &Vec3, b: &Vec3) -> Vec3 {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

fn dot(a: &Vec3, b: &Vec3) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn mat_vec(m: &Mat3, v: &Vec3) -> Vec3 {
    [dot(&m[0], v), dot(&m[1], v), dot(&m[2], v)]
}

fn mul(a: &Mat3, b: &Mat3) -> Mat3 {
    let mut r = [[0.0; 3]; 3];
    for (i, row) in r.iter_mut().enumerate() {
        for (j, x) in row.iter_mut().enumerate() {
            *x = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
        }
    }
    r
}

fn transpose(a: &Mat3) -> Mat3 {
    let mut r = [[0.0; 3]; 3];
    for (i, row) in a.iter().enumerate() {
        for (j, &x) in row.iter().enumerate() {
            r[j][i] = x;
        }
    }
    r
}

/// Rotation of the coordinate axes about z by `deg` (astropy's `rotation_matrix(deg, 'z')`): a
/// vector's longitude decreases by `deg`.
fn axes_rot_z(deg: f64) -> Mat3 {
    let (s, c) = deg.to_radians().sin_cos();
    [[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]]
}

/// Same about y (astropy's `rotation_matrix(deg, 'y')`).
fn axes_rot_y(deg: f64) -> Mat3 {
    let (s, c) = deg.to_radians().sin_cos();
    [[c, 0.0, -s], [0.0, 1.0, 0.0], [s, 0.0, c]]
}

/// The rotation that turns direction `a` into direction `b` about their common normal (Rodrigues),
/// as sunpy's `_rotation_matrix_reprs_to_reprs` builds it.
fn rotation_between(a: &Vec3, b: &Vec3) -> Mat3 {
    let axis = cross(a, b);
    let n = dot(&axis, &axis).sqrt();
    let angle = n.atan2(dot(a, b));
    let k = scaled(&axis, 1.0 / n);
    let (s, c) = angle.sin_cos();
    let mut r = [[0.0; 3]; 3];
    for (i, row) in r.iter_mut().enumerate() {
        for (j, x) in row.iter_mut().enumerate() {
            *x = k[i] * k[j] * (1.0 - c) + if i == j { c } else { 0.0 };
        }
    }
    // + sin θ [k]×
    r[0][1] -= s * k[2];
    r[0][2] += s * k[1];
    r[1][0] += s * k[2];
    r[1][2] -= s * k[0];
    r[2][0] -= s * k[1];
    r[2][1] += s * k[0];
    r
}

/// HCRS → the frame whose z axis is the Sun's north pole (sunpy's `_SUN_DETILT_MATRIX`).
fn detilt() -> Mat3 {
    rotation_between(&unit(POLE_RA, POLE_DEC), &[0.0, 0.0, 1.0])
}

fn lon_of(v: &Vec3) -> f64 {
    v[1].atan2(v[0]).to_degrees()
}

fn lonlat_of(v: &Vec3) -> (f64, f64) {
    let lon = v[1].atan2(v[0]).to_degrees();
    let lat = v[2].atan2(v[0].hypot(v[1])).to_degrees();
    (lon, lat)
}

/// What the frames need to know about one instant.
struct Ephemeris {
    /// HCRS → HGS.
    hcrs_to_hgs: Mat3,
    /// The Sun's barycentric position, metres (ICRS axes).
    sun_bary: Vec3,
    /// Sun–Earth distance, metres.
    earth_distance: f64,
    /// sunpy's `sun.L0`, degrees.
    l0: f64,
}

impl Ephemeris {
    fn at(t: &ObsTime) -> Ephemeris {
        let (earth, sun_bary) = t.ephemeris();
        let d = detilt();
        let earth_detilt = mat_vec(&d, &earth);
        // The de-tilted Sun→Earth vector turned about z into the xz plane.
        let hcrs_to_hgs = mul(&axes_rot_z(lon_of(&earth_detilt)), &d);
        let earth_distance = dot(&earth, &earth).sqrt();
        // sunpy `L0`: light time to the nearest point of the Sun (its default radius), no aberration.
        let node = mat_vec(&d, &unit(POLE_RA + 90.0, 0.0));
        let meridian0 = lon_of(&node) + W0;
        let light_days = (earth_distance - RSUN_DEFAULT) / C / SECONDS_PER_DAY;
        let meridian = meridian0 + (t.tt_days_since_j2000() - light_days) * ROTATION_RATE;
        let l0 = (lon_of(&earth_detilt) - meridian).rem_euclid(360.0);
        Ephemeris {
            hcrs_to_hgs,
            sun_bary,
            earth_distance,
            l0,
        }
    }
}

/// Carrington minus Stonyhurst longitude for an observer at `radius` (degrees): L0 plus the Sun's
/// rotation during the observer's extra light time relative to the Earth.
fn carrington_offset(e: &Ephemeris, radius: f64) -> f64 {
    e.l0 + (radius - e.earth_distance) / C / SECONDS_PER_DAY * ROTATION_RATE
}

/// One end of a solar transform, with its matrices.
#[derive(Clone, Debug)]
struct End {
    kind: SolarKind,
    rsun: f64,
    /// Helioprojective: the observer's distance, HCC → HGS and back.
    observer_radius: f64,
    hcc_to_hgs: Mat3,
    hgs_to_hcc: Mat3,
    /// Carrington: HGS → HGC and back.
    hgs_to_hgc: Mat3,
    hgc_to_hgs: Mat3,
}

impl End {
    /// The ends of an identity transform, never evaluated.
    fn unused() -> End {
        End {
            kind: SolarKind::Stonyhurst,
            rsun: RSUN_DEFAULT,
            observer_radius: f64::NAN,
            hcc_to_hgs: [[0.0; 3]; 3],
            hgs_to_hcc: [[0.0; 3]; 3],
            hgs_to_hgc: [[0.0; 3]; 3],
            hgc_to_hgs: [[0.0; 3]; 3],
        }
    }

    fn new(
        frame: &SolarFrame,
        observer: Option<&Observer>,
        eph: &Ephemeris,
    ) -> Result<End, FrameError> {
        let need_observer = || {
            FrameError::Solar(format!(
                "the {} frame needs an observer (HGLN_OBS/HGLT_OBS/DSUN_OBS or CRLN_OBS/HGLT_OBS/DSUN_OBS)",
                frame.kind.name()
            ))
        };
        let mut end = End {
            kind: frame.kind,
            rsun: frame.rsun_m(),
            observer_radius: f64::NAN,
            hcc_to_hgs: [[0.0; 3]; 3],
            hgs_to_hcc: [[0.0; 3]; 3],
            hgs_to_hgc: [[0.0; 3]; 3],
            hgc_to_hgs: [[0.0; 3]; 3],
        };
        match frame.kind {
            SolarKind::Stonyhurst => {}
            SolarKind::Helioprojective => {
                let o = observer.ok_or_else(need_observer)?;
                end.observer_radius = o.radius;
                // sunpy `_rotation_matrix_hcc_to_hgs`: permute HCC (x west, y north, z to the observer)
                // to HGS order, then tilt by the observer's latitude and turn by its longitude.
                let permute = [[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]];
                end.hcc_to_hgs = mul(&mul(&axes_rot_z(-o.lon), &axes_rot_y(o.lat)), &permute);
                end.hgs_to_hcc = transpose(&end.hcc_to_hgs);
            }
            SolarKind::Carrington => {
                let o = observer.ok_or_else(need_observer)?;
                end.hgs_to_hgc = axes_rot_z(-carrington_offset(eph, o.radius));
                end.hgc_to_hgs = transpose(&end.hgs_to_hgc);
            }
        }
        Ok(end)
    }

    /// A 2-D direction of this frame as a 3-D HGS point (metres) on the solar sphere; NaN off the
    /// disk of a helioprojective observer.
    fn hgs_point(&self, lon: f64, lat: f64) -> Vec3 {
        let u = unit(lon, lat);
        match self.kind {
            SolarKind::Stonyhurst => scaled(&u, self.rsun),
            SolarKind::Carrington => mat_vec(&self.hgc_to_hgs, &scaled(&u, self.rsun)),
            SolarKind::Helioprojective => {
                // Distance along the line of sight to the near intersection with the sphere (sunpy
                // `Helioprojective.make_3d`, law of cosines): NaN when the line misses it.
                let r = self.observer_radius;
                let cos_alpha = u[0];
                let c = r * r - self.rsun * self.rsun;
                let b = -2.0 * r * cos_alpha;
                let d = (-b - (b * b - 4.0 * c).sqrt()) / 2.0;
                let hpc = scaled(&u, d);
                // HPC's Cartesian axes (x to the Sun, y west, z north) to HCC, origin at the Sun.
                let hcc = [hpc[1], hpc[2], r - hpc[0]];
                mat_vec(&self.hcc_to_hgs, &hcc)
            }
        }
    }

    /// A 3-D HGS point as this frame's (lon, lat), degrees.
    fn direction_of(&self, p: &Vec3) -> (f64, f64) {
        match self.kind {
            SolarKind::Stonyhurst => lonlat_of(p),
            SolarKind::Carrington => lonlat_of(&mat_vec(&self.hgs_to_hgc, p)),
            SolarKind::Helioprojective => {
                let hcc = mat_vec(&self.hgs_to_hcc, p);
                let hpc = [self.observer_radius - hcc[2], hcc[0], hcc[1]];
                lonlat_of(&hpc)
            }
        }
    }
}

/// A precomputed conversion between two solar frames (see the module documentation).
#[derive(Clone, Debug)]
pub(crate) struct SolarTransform {
    identity: bool,
    from: End,
    to: End,
    /// HGS at the source's time → HGS at the target's: `p' = m·p + offset`, when the times differ.
    time_change: Option<(Mat3, Vec3)>,
}

impl SolarTransform {
    pub(crate) fn new(from: &SolarFrame, to: &SolarFrame) -> Result<SolarTransform, FrameError> {
        if from.obstime.is_none() && to.obstime.is_none() && from.kind == to.kind {
            // sunpy's same-frame shortcuts need no time (both None count as equal); anything else does.
            let same = match (from.kind, &from.observer, &to.observer) {
                (SolarKind::Stonyhurst, _, _) => true,
                (_, Some(a), Some(b)) => a.close_to(b),
                _ => false,
            };
            if same {
                return Ok(SolarTransform {
                    identity: true,
                    from: End::unused(),
                    to: End::unused(),
                    time_change: None,
                });
            }
        }
        let no_time = |f: &SolarFrame| {
            FrameError::Solar(format!(
                "the {} frame needs an observation time (DATE-AVG, DATE-OBS, DATE-BEG, DATE-END or MJD-OBS)",
                f.kind.name()
            ))
        };
        let t_from = from.obstime.as_ref().ok_or_else(|| no_time(from))?;
        // astropy's SkyCoord.transform_to: what the target leaves unset comes from the source.
        let t_to = to.obstime.as_ref().unwrap_or(t_from);
        let same_time = t_from.same_instant(t_to);
        let (e_from, e_to) = (Ephemeris::at(t_from), Ephemeris::at(t_to));
        let time_change = (!same_time).then(|| {
            // Through HCRS: fixed in inertial space, the Sun's barycentric motion included.
            let m = mul(&e_to.hcrs_to_hgs, &transpose(&e_from.hcrs_to_hgs));
            let offset = mat_vec(&e_to.hcrs_to_hgs, &sub(&e_from.sun_bary, &e_to.sun_bary));
            (m, offset)
        });
        let observer_to = match (&to.observer, &from.observer) {
            (Some(o), _) => Some(o.clone()),
            (None, Some(o)) if to.kind != SolarKind::Stonyhurst => Some(match &time_change {
                None => o.clone(),
                Some((m, off)) => {
                    let (lon, lat) = lonlat_of(&add(&mat_vec(m, &o.cartesian()), off));
                    Observer {
                        lon,
                        lat,
                        radius: o.radius,
                    }
                }
            }),
            _ => None,
        };
        let identity = same_time
            && from.kind == to.kind
            && match from.kind {
                SolarKind::Stonyhurst => true,
                _ => match (&from.observer, &observer_to) {
                    (Some(a), Some(b)) => a.close_to(b),
                    _ => false,
                },
            };
        Ok(SolarTransform {
            identity,
            from: End::new(from, from.observer.as_ref(), &e_from)?,
            to: End::new(to, observer_to.as_ref(), &e_to)?,
            time_change,
        })
    }

    pub(crate) fn is_identity(&self) -> bool {
        self.identity
    }

    /// Convert one direction, degrees; NaN where sunpy gives NaN (off the disk of a helioprojective
    /// source).
    #[inline]
    pub(crate) fn apply_one(&self, lon: f64, lat: f64) -> (f64, f64) {
        if self.identity {
            return (lon, lat);
        }
        if !(-90.0..=90.0).contains(&lat) || !lon.is_finite() {
            return (f64::NAN, f64::NAN);
        }
        let mut p = self.from.hgs_point(lon, lat);
        if let Some((m, off)) = &self.time_change {
            p = add(&mat_vec(m, &p), off);
        }
        let (a, b) = self.to.direction_of(&p);
        if a.is_nan() || b.is_nan() {
            return (f64::NAN, f64::NAN);
        }
        (a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(dates: &str) -> SolarKeywords {
        SolarKeywords {
            rsun_ref: f64::NAN,
            dsun_obs: f64::NAN,
            crln_obs: f64::NAN,
            hgln_obs: f64::NAN,
            hglt_obs: f64::NAN,
            dates: [
                String::new(),
                dates.to_string(),
                String::new(),
                String::new(),
            ],
        }
    }

    #[test]
    fn parses_fits_dates() {
        assert_eq!(
            parse_iso("2011-02-15T00:14:03.654"),
            Some((2011, 2, 15, 0, 14, 3.654))
        );
        assert_eq!(parse_iso("2011-02-15"), Some((2011, 2, 15, 0, 0, 0.0)));
        assert_eq!(
            parse_iso("2011-02-15 01:02"),
            Some((2011, 2, 15, 1, 2, 0.0))
        );
        for bad in [
            "2011-2-15",
            "2011-02-15T1:00:00",
            "yesterday",
            "2011-02-15T00:00:0x",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
        let e = ObsTime::parse_utc("DATE-OBS", "2011-13-15").unwrap_err();
        assert!(e.to_string().contains("DATE-OBS"), "{e}");
    }

    /// Numbers from sunpy 7.0.5 (astropy 8.0.2): `sun.L0("2011-02-15T00:00:00.34").deg` =
    /// 22.745792536911324, and an observer at HGS (87.0595795624°, −2.81251143039°, 143667689819 m) on
    /// 2011-02-15T00:14:08.010 (SECCHI-A's header) transformed to `HeliographicCarrington(observer=
    /// "self")` has lon 109.6739496810205° (the header's own CRLN_OBS, 109.672875864, was written by
    /// other software with other conventions, so it is not the reference).
    #[test]
    fn carrington_longitude_matches_sunpy() {
        let t = ObsTime::parse_utc("DATE-OBS", "2011-02-15T00:00:00.34").unwrap();
        let e = Ephemeris::at(&t);
        assert!((e.l0 - L0_AIA).abs() < 1e-9, "L0 {}", e.l0);
        let t = ObsTime::parse_utc("DATE-AVG", "2011-02-15T00:14:08.010").unwrap();
        let e = Ephemeris::at(&t);
        let crln = 87.0595795624 + carrington_offset(&e, 143667689819.0);
        assert!((crln - CRLN_SECCHI_A).abs() < 1e-9, "CRLN {crln}");
    }

    const L0_AIA: f64 = 22.745792536911324;
    const CRLN_SECCHI_A: f64 = 109.6739496810205;

    #[test]
    fn carrington_observer_becomes_stonyhurst() {
        let mut k = kw("2011-02-15T00:14:08.010");
        k.crln_obs = CRLN_SECCHI_A;
        k.hglt_obs = -2.81251143039;
        k.dsun_obs = 143667689819.0;
        let f = SolarFrame::from_keywords(SolarKind::Helioprojective, &k).unwrap();
        let o = f.observer.unwrap();
        assert!((o.lon - 87.0595795624).abs() < 1e-9, "{}", o.lon);
    }

    #[test]
    fn bad_keywords_are_named() {
        let mut k = kw("2011-02-15");
        k.hgln_obs = 0.0;
        k.hglt_obs = 95.0;
        k.dsun_obs = 1.5e11;
        let e = SolarFrame::from_keywords(SolarKind::Helioprojective, &k).unwrap_err();
        assert!(e.to_string().contains("HGLT_OBS"), "{e}");
        k.hglt_obs = 0.0;
        k.rsun_ref = -1.0;
        let e = SolarFrame::from_keywords(SolarKind::Helioprojective, &k).unwrap_err();
        assert!(e.to_string().contains("RSUN_REF"), "{e}");
        let k = kw("not a date");
        let e = SolarFrame::from_keywords(SolarKind::Stonyhurst, &k).unwrap_err();
        assert!(e.to_string().contains("DATE-OBS"), "{e}");
    }

    #[test]
    fn disk_centre_and_off_disk() {
        let mut k = kw("2011-02-15T00:00:00.34");
        k.hgln_obs = 0.0;
        k.hglt_obs = -6.820544;
        k.dsun_obs = 147724815128.0;
        let hpc = SolarFrame::from_keywords(SolarKind::Helioprojective, &k).unwrap();
        let hgs = SolarFrame::from_keywords(SolarKind::Stonyhurst, &k).unwrap();
        let t = SolarTransform::new(&hpc, &hgs).unwrap();
        // Disk centre is the sub-observer point.
        let (lon, lat) = t.apply_one(0.0, 0.0);
        assert!(
            lon.abs() < 1e-12 && (lat + 6.820544).abs() < 1e-12,
            "{lon} {lat}"
        );
        // 1000″ is off the disk (the Sun's radius is ~970″ from there).
        let (lon, lat) = t.apply_one(1000.0 / 3600.0, 0.0);
        assert!(lon.is_nan() && lat.is_nan());
        // And back: the sub-observer point is disk centre.
        let back = SolarTransform::new(&hgs, &hpc).unwrap();
        let (x, y) = back.apply_one(0.0, -6.820544);
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9, "{x} {y}");
        assert!(SolarTransform::new(&hpc, &hpc).unwrap().is_identity());
    }

    /// Solar ↔ celestial has no native route (it takes the generic path), and a helioprojective frame
    /// without an observer cannot be converted (sunpy's ConvertError).
    #[test]
    fn what_cannot_be_converted_says_why() {
        use crate::frames::{Frame, FrameTransform};
        let hgs = Frame::Solar(
            SolarFrame::from_keywords(SolarKind::Stonyhurst, &kw("2011-02-15")).unwrap(),
        );
        let e = FrameTransform::new(&hgs, &Frame::Icrs).unwrap_err();
        assert!(matches!(e, FrameError::NoTransform { .. }), "{e}");
        let hpc = Frame::Solar(
            SolarFrame::from_keywords(SolarKind::Helioprojective, &kw("2011-02-15")).unwrap(),
        );
        let e = FrameTransform::new(&hpc, &hgs).unwrap_err();
        assert!(e.to_string().contains("HGLN_OBS"), "{e}");
        // Without any date: Stonyhurst to Stonyhurst is still sunpy's identity, Carrington needs a time.
        let undated = SolarFrame::from_keywords(SolarKind::Stonyhurst, &kw("")).unwrap();
        assert!(SolarTransform::new(&undated, &undated)
            .unwrap()
            .is_identity());
        let mut k = kw("");
        k.hgln_obs = 0.0;
        k.hglt_obs = 0.0;
        k.dsun_obs = 1.5e11;
        let hgc = SolarFrame::from_keywords(SolarKind::Carrington, &k).unwrap();
        let e = SolarTransform::new(&undated, &hgc).unwrap_err();
        assert!(e.to_string().contains("DATE-OBS"), "{e}");
    }
}
