//! Raw declarations: WCSLIB's own array functions and the accessors of `csrc/shim.c`.
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
