//! Raw declarations: WCSLIB's own array functions, the accessors of `csrc/shim.c`, and the ERFA
//! routines of `vendor/erfa` the solar frames call.
//! `wcsprm` is opaque on this side on purpose (see the shim's header comment).
use std::os::raw::{c_char, c_double, c_int, c_void};

pub type WcsPrm = c_void;

extern "C" {
    pub fn sw_wcs_parse(
        header: *const c_char,
        nkeyrec: c_int,
        naxis_hint: *const c_int,
        naxis_len: c_int,
        out: *mut *mut WcsPrm,
        err: *mut c_char,
        errlen: c_int,
    ) -> c_int;
    pub fn sw_wcs_copy(
        src: *const WcsPrm,
        out: *mut *mut WcsPrm,
        err: *mut c_char,
        errlen: c_int,
    ) -> c_int;
    pub fn sw_wcs_free(w: *mut WcsPrm);
    pub fn sw_wcs_errmsg(w: *const WcsPrm) -> *const c_char;
    pub fn sw_wcs_naxis(w: *const WcsPrm) -> c_int;
    pub fn sw_wcs_lng(w: *const WcsPrm) -> c_int;
    pub fn sw_wcs_lat(w: *const WcsPrm) -> c_int;
    pub fn sw_wcs_spec(w: *const WcsPrm) -> c_int;
    pub fn sw_wcs_ctype(w: *const WcsPrm, i: c_int) -> *const c_char;
    pub fn sw_wcs_cunit(w: *const WcsPrm, i: c_int) -> *const c_char;
    pub fn sw_wcs_crval(w: *const WcsPrm, i: c_int) -> c_double;
    pub fn sw_wcs_crpix(w: *const WcsPrm, i: c_int) -> c_double;
    pub fn sw_wcs_cdelt(w: *const WcsPrm, i: c_int) -> c_double;
    pub fn sw_wcs_pc(w: *const WcsPrm, i: c_int, j: c_int) -> c_double;
    pub fn sw_wcs_radesys(w: *const WcsPrm) -> *const c_char;
    pub fn sw_wcs_equinox(w: *const WcsPrm) -> c_double;
    pub fn sw_wcs_mjdobs(w: *const WcsPrm) -> c_double;
    pub fn sw_wcs_aux(w: *const WcsPrm, which: c_int) -> c_double;
    pub fn sw_wcs_date(w: *const WcsPrm, which: c_int) -> *const c_char;
    pub fn sw_wcs_pcode(w: *const WcsPrm) -> *const c_char;
    pub fn sw_wcs_has_distortion(w: *const WcsPrm) -> c_int;

    pub fn wcsp2s(
        wcs: *mut WcsPrm,
        ncoord: c_int,
        nelem: c_int,
        pixcrd: *const c_double,
        imgcrd: *mut c_double,
        phi: *mut c_double,
        theta: *mut c_double,
        world: *mut c_double,
        stat: *mut c_int,
    ) -> c_int;
    pub fn wcss2p(
        wcs: *mut WcsPrm,
        ncoord: c_int,
        nelem: c_int,
        world: *const c_double,
        phi: *mut c_double,
        theta: *mut c_double,
        imgcrd: *mut c_double,
        pixcrd: *mut c_double,
        stat: *mut c_int,
    ) -> c_int;
}

// ERFA (vendor/erfa/src): time scales and the Earth's ephemeris.
extern "C" {
    #[allow(clippy::too_many_arguments)]
    pub fn eraDtf2d(
        scale: *const c_char,
        iy: c_int,
        im: c_int,
        id: c_int,
        ihr: c_int,
        imn: c_int,
        sec: c_double,
        d1: *mut c_double,
        d2: *mut c_double,
    ) -> c_int;
    pub fn eraUtctai(
        utc1: c_double,
        utc2: c_double,
        tai1: *mut c_double,
        tai2: *mut c_double,
    ) -> c_int;
    pub fn eraTaitt(
        tai1: c_double,
        tai2: c_double,
        tt1: *mut c_double,
        tt2: *mut c_double,
    ) -> c_int;
    pub fn eraDtdb(
        date1: c_double,
        date2: c_double,
        ut: c_double,
        elong: c_double,
        u: c_double,
        v: c_double,
    ) -> c_double;
    pub fn eraTttdb(
        tt1: c_double,
        tt2: c_double,
        dtr: c_double,
        tdb1: *mut c_double,
        tdb2: *mut c_double,
    ) -> c_int;
    pub fn eraEpv00(
        date1: c_double,
        date2: c_double,
        pvh: *mut [[c_double; 3]; 2],
        pvb: *mut [[c_double; 3]; 2],
    ) -> c_int;
}
