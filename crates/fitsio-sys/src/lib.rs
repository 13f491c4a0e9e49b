//! CFITSIO's C API as the `fitsio` crate expects it from `fitsio-sys` 0.5: the short `ff*` names
//! (bindgen output of upstream fitsio-sys 0.5.7, vendored unchanged) and the long `fits_*` names
//! as aliases generated from the `longnam.h` of the CFITSIO actually linked.

#![allow(improper_ctypes)]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case)]
#![allow(clippy::all)]

#[cfg(target_pointer_width = "64")]
include!("../../../vendor/fitsio-sys/src/bindings_64.rs");
#[cfg(target_pointer_width = "32")]
include!("../../../vendor/fitsio-sys/src/bindings_32.rs");

include!(concat!(env!("OUT_DIR"), "/aliases.rs"));
include!(concat!(env!("OUT_DIR"), "/version.rs"));

/// The major.minor version of the CFITSIO this crate was compiled against (the API of the
/// crates.io fitsio-sys that `fitsio` re-exports).
pub struct CfitsioVersion {
    /// Minor version
    pub minor: u32,
    /// Major version
    pub major: u32,
}

impl std::fmt::Display for CfitsioVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// The version of the CFITSIO headers this crate was built with: the vendored tree's with
/// `bundled`, the system's otherwise.
pub fn cfitsio_version() -> CfitsioVersion {
    CfitsioVersion {
        major: LINKED_MAJOR,
        minor: LINKED_MINOR,
    }
}

// The static zlib that the bundled CFITSIO calls; without a use, rustc would not link the crate.
#[cfg(feature = "bundled")]
use libz_sys as _;
