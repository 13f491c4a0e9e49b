//! Builds the C shim and links WCSLIB:
//!
//! * feature `bundled`: WCSLIB 8.x from `vendor/wcslib` (the copy astropy ships, pristine) compiled
//!   with `cc` and linked statically, so the result needs no libwcs at run time;
//! * otherwise: the system WCSLIB (Debian `wcslib-dev`) through pkg-config.
//!
//! Either way the few ERFA modules of `vendor/erfa` (time scales and the Earth's ephemeris, for the
//! solar frames) are compiled in: no system package carries ERFA reliably, and they are small.
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let bundled = env::var_os("CARGO_FEATURE_BUNDLED").is_some();
    let include_dirs = if bundled {
        let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
        vec![build_vendored(&manifest.join("../../vendor/wcslib"))]
    } else {
        probe_system()
    };
    let mut build = cc::Build::new();
    build.file("csrc/shim.c").warnings(true).opt_level(2);
    for inc in &include_dirs {
        // wcs.h is included as <wcslib/wcs.h>; the pkg-config path points inside that directory.
        build.include(inc);
        if let Some(parent) = inc.parent() {
            build.include(parent);
        }
    }
    build.compile("skywarp_wcs_shim");
    build_erfa();
    if bundled {
        // After the shim, which needs it: static libraries are searched in link order.
        println!("cargo:rustc-link-lib=static=wcs");
        if env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os != "windows") {
            println!("cargo:rustc-link-lib=m");
        }
    }
    println!("cargo:rerun-if-changed=csrc/shim.c");
}

/// ERFA's modules for the solar frames (vendor/erfa/src, unpatched): UTC → TAI → TT → TDB and the
/// Earth's position, the routines astropy's `Time` and `get_body_barycentric` use.
const ERFA_MODULES: &[&str] = &[
    "cal2jd.c",
    "dat.c",
    "dtdb.c",
    "dtf2d.c",
    "epv00.c",
    "erfadatextra.c",
    "jd2cal.c",
    "taitt.c",
    "tttdb.c",
    "utctai.c",
];

fn build_erfa() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let src = manifest.join("../../vendor/erfa/src");
    cc::Build::new()
        .files(ERFA_MODULES.iter().map(|m| src.join(m)))
        .include(&src)
        .opt_level(2)
        .warnings(false)
        .compile("skywarp_erfa");
    for m in ERFA_MODULES {
        println!("cargo:rerun-if-changed={}", src.join(m).display());
    }
}

fn probe_system() -> Vec<PathBuf> {
    let lib = pkg_config::Config::new()
        .atleast_version("7.0")
        .probe("wcslib")
        .unwrap_or_else(|e| {
            panic!("WCSLIB >= 7 not found through pkg-config ({e}); on Debian/Ubuntu: apt-get install wcslib-dev pkg-config, or build with the `bundled` feature")
        });
    lib.include_paths
}

/// WCSLIB's library sources: every module of `C/` but getwcstab (which needs CFITSIO and is not
/// used), with the lexers taken pre-generated from `C/flexed` so that no flex is needed.
const MODULES: &[&str] = &[
    "cel.c",
    "dis.c",
    "lin.c",
    "log.c",
    "prj.c",
    "spc.c",
    "sph.c",
    "spx.c",
    "tab.c",
    "wcs.c",
    "wcserr.c",
    "wcsfix.c",
    "wcshdr.c",
    "wcsprintf.c",
    "wcstrig.c",
    "wcsunits.c",
    "wcsutil.c",
    "flexed/fitshdr.c",
    "flexed/wcsbth.c",
    "flexed/wcspih.c",
    "flexed/wcsulex.c",
    "flexed/wcsutrn.c",
];

/// Compiles vendor/wcslib into a static `libwcs.a` (cargo links it). Returns an include
/// directory laid out like the installed library (`.../wcslib/wcs.h`, with the `wcsconfig.h` that
/// WCSLIB's configure would write).
fn build_vendored(root: &Path) -> PathBuf {
    let src = root.join("C");
    let version = wcslib_version(root);
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    let inc = out.join("include/wcslib");
    fs::create_dir_all(&inc).expect("create include dir");
    for entry in fs::read_dir(&src).expect("vendor/wcslib/C") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|e| e == "h") {
            fs::copy(&path, inc.join(path.file_name().expect("file name"))).expect("copy header");
        }
    }
    let gnu = env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|e| e == "gnu");
    let config = format!(
        "/* Written by skywarp-wcs's build script in place of WCSLIB's configure. */\n\
         #define HAVE_WCSLIB_VERSION\n\
         #define WCSLIB_VERSION {version}\n\
         {}\
         #define WCSLIB_INT64 long long int\n",
        if gnu { "#define HAVE_SINCOS 1\n" } else { "" }
    );
    fs::write(inc.join("wcsconfig.h"), config).expect("write wcsconfig.h");

    let mut build = cc::Build::new();
    build
        .files(MODULES.iter().map(|m| src.join(m)))
        .include(&inc)
        .include(&src)
        // Independent of the crate's profile: every coordinate goes through this code.
        .opt_level(2)
        .warnings(false)
        // main() emits the link line, after the shim's.
        .cargo_metadata(false);
    build.compile("wcs");
    println!("cargo:rustc-link-search=native={}", out.display());
    for m in MODULES {
        println!("cargo:rerun-if-changed={}", src.join(m).display());
    }
    println!("cargo:rerun-if-changed={}", root.join("README").display());
    inc
}

/// "8.6" from the banner line of vendor/wcslib/README ("WCSLIB 8.6 and PGSBOX 8.6").
fn wcslib_version(root: &Path) -> String {
    let readme = fs::read_to_string(root.join("README")).expect("vendor/wcslib/README");
    readme
        .lines()
        .find_map(|l| l.trim().strip_prefix("WCSLIB "))
        .and_then(|rest| rest.split_whitespace().next())
        .filter(|v| v.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .unwrap_or_else(|| panic!("no WCSLIB version in {}", root.join("README").display()))
        .to_string()
}
