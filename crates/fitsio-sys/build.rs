//! Links CFITSIO for the `fitsio` crate.
//!
//! * feature `bundled`: compiles the pristine CFITSIO 4.x tree in `vendor/cfitsio` with `cc` (thread
//!   safe, like Debian's build) against libz-sys's static zlib, and links it statically, so the result
//!   needs no libcfitsio (nor libz) at run time;
//! * otherwise: the system library through pkg-config, as the crates.io fitsio-sys does.
//!
//! Either way it writes `aliases.rs`: CFITSIO's long names (`fits_open_file`, ...) are C macros in
//! `longnam.h`, so the Rust side gets them as aliases of the short-named functions that the
//! vendored bindings declare, read from the `longnam.h` of the library actually linked.

use std::collections::HashSet;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../..");
    let include_dirs = if env::var_os("CARGO_FEATURE_BUNDLED").is_some() {
        vec![build_vendored(&root.join("vendor/cfitsio"))]
    } else {
        probe_system()
    };
    let longnam = include_dirs
        .iter()
        .map(|d| d.join("longnam.h"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("longnam.h not found in {include_dirs:?}"));
    let bindings = root.join(if cfg!(target_pointer_width = "32") {
        "vendor/fitsio-sys/src/bindings_32.rs"
    } else {
        "vendor/fitsio-sys/src/bindings_64.rs"
    });
    write_aliases(&longnam, &bindings);
    write_version(&longnam.with_file_name("fitsio.h"));
    println!("cargo:rerun-if-changed={}", longnam.display());
    println!("cargo:rerun-if-changed={}", bindings.display());
}

/// The system CFITSIO; pkg-config prints the link flags. Returns its include directories.
fn probe_system() -> Vec<PathBuf> {
    let lib = pkg_config::Config::new()
        .atleast_version("3.37")
        .print_system_libs(true)
        // Keep /usr/include in the include paths: longnam.h is looked up there.
        .print_system_cflags(true)
        .probe("cfitsio")
        .unwrap_or_else(|e| {
            panic!(
                "CFITSIO not found through pkg-config ({e}); install it (Debian/Ubuntu: apt-get install \
                 libcfitsio-dev pkg-config) or build with the `bundled` feature"
            )
        });
    lib.include_paths
}

/// CFITSIO's library sources (its CMakeLists' list less the Fortran wrappers, which need cfortran.h
/// and a Fortran caller skywarp does not have).
const SOURCES: &[&str] = &[
    "buffers.c",
    "cfileio.c",
    "checksum.c",
    "drvrfile.c",
    "drvrmem.c",
    "drvrnet.c",
    "drvrsmem.c",
    "editcol.c",
    "edithdu.c",
    "eval_f.c",
    "eval_l.c",
    "eval_y.c",
    "fits_hcompress.c",
    "fits_hdecompress.c",
    "fitscore.c",
    "getcol.c",
    "getcolb.c",
    "getcold.c",
    "getcole.c",
    "getcoli.c",
    "getcolj.c",
    "getcolk.c",
    "getcoll.c",
    "getcols.c",
    "getcolsb.c",
    "getcolui.c",
    "getcoluj.c",
    "getcoluk.c",
    "getkey.c",
    "group.c",
    "grparser.c",
    "histo.c",
    "imcompress.c",
    "iraffits.c",
    "modkey.c",
    "pliocomp.c",
    "putcol.c",
    "putcolb.c",
    "putcold.c",
    "putcole.c",
    "putcoli.c",
    "putcolj.c",
    "putcolk.c",
    "putcoll.c",
    "putcols.c",
    "putcolsb.c",
    "putcolu.c",
    "putcolui.c",
    "putcoluj.c",
    "putcoluk.c",
    "putkey.c",
    "quantize.c",
    "region.c",
    "ricecomp.c",
    "scalnull.c",
    "simplerng.c",
    "swapproc.c",
    "wcssub.c",
    "wcsutil.c",
    "zcompress.c",
    "zuncompress.c",
];

/// Compiles vendor/cfitsio into a static `libcfitsio.a` (cargo links it). Returns the directory
/// holding its headers.
fn build_vendored(src: &Path) -> PathBuf {
    assert!(
        src.join("fitsio.h").is_file(),
        "vendored CFITSIO missing at {}",
        src.display()
    );
    let zlib_include = env::var_os("DEP_Z_INCLUDE")
        .map(PathBuf::from)
        .expect("libz-sys (static) exports DEP_Z_INCLUDE");
    let target_os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let mut build = cc::Build::new();
    build
        .files(SOURCES.iter().map(|f| src.join(f)))
        .include(src)
        .include(&zlib_include)
        // Independent of the crate's profile: tests and dev builds read compressed data too.
        .opt_level(2)
        .warnings(false)
        // Thread safety as in Debian's `--enable-reentrant` build: CFITSIO's global tables are
        // guarded by its own mutex (skywarp-fits checks fits_is_reentrant() at run time).
        .define("_REENTRANT", None)
        .define("_LARGEFILE_SOURCE", None)
        .define("_FILE_OFFSET_BITS", "64");
    if target_os != "windows" {
        build
            .define("HAVE_UNISTD_H", None)
            .define("HAVE_FTRUNCATE", None)
            // http:// and ftp:// URLs through plain sockets (no libcurl: nothing to link at run time).
            .define("HAVE_NET_SERVICES", None);
    }
    if target_os == "linux" {
        build.define("HAVE_FMEMOPEN", None);
    }
    build.compile("cfitsio");
    for f in SOURCES {
        println!("cargo:rerun-if-changed={}", src.join(f).display());
    }
    if target_os != "windows" {
        println!("cargo:rustc-link-lib=pthread");
        println!("cargo:rustc-link-lib=m");
    }
    // For crates that compile C against this CFITSIO (`links = "cfitsio"`: DEP_CFITSIO_INCLUDE).
    println!("cargo:include={}", src.display());
    src.to_path_buf()
}

/// Writes `$OUT_DIR/version.rs`: the CFITSIO_MAJOR/MINOR of the header compiled against (the
/// vendored bindings' constants are those of the header upstream generated them from).
fn write_version(fitsio_h: &Path) {
    let header = fs::read_to_string(fitsio_h)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", fitsio_h.display()));
    let define = |name: &str| -> u32 {
        header
            .lines()
            .find_map(|l| {
                let mut w = l.split_whitespace();
                (w.next() == Some("#define") && w.next() == Some(name))
                    .then(|| w.next().and_then(|v| v.parse().ok()))
                    .flatten()
            })
            .unwrap_or_else(|| panic!("no {name} in {}", fitsio_h.display()))
    };
    let out = format!(
        "const LINKED_MAJOR: u32 = {};\nconst LINKED_MINOR: u32 = {};\n",
        define("CFITSIO_MAJOR"),
        define("CFITSIO_MINOR")
    );
    let path = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("version.rs");
    fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    println!("cargo:rerun-if-changed={}", fitsio_h.display());
}

/// Writes `$OUT_DIR/aliases.rs`: `pub use crate::ffxxx as fits_long_name;` for each plain
/// `#define fits_long_name ffxxx` in `longnam.h` whose target the bindings declare. Function-like
/// macros are skipped, except `fits_open_file`, whose macro passes CFITSIO's SONAME to `ffopentest`
/// (a run-time version check); it is bound to the plain `ffopen` instead.
fn write_aliases(longnam: &Path, bindings: &Path) {
    let header = fs::read_to_string(longnam)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", longnam.display()));
    let decls = fs::read_to_string(bindings)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", bindings.display()));
    let declared: HashSet<&str> = decls
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("pub fn "))
        .filter_map(|rest| rest.split('(').next())
        .collect();
    let mut out = String::from("pub use crate::ffopen as fits_open_file;\n");
    let mut seen = HashSet::from(["fits_open_file"]);
    for line in header.lines() {
        let mut words = line.split_whitespace();
        let (Some("#define"), Some(long), Some(short), None) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            continue;
        };
        let plain = long.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        let wanted = plain && long.starts_with("fits_") && !declared.contains(long);
        if wanted && declared.contains(short) && seen.insert(long) {
            out.push_str(&format!("pub use crate::{short} as {long};\n"));
        }
    }
    let path = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("aliases.rs");
    fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
