//! Builds the C shim against the system WCSLIB (Debian `wcslib-dev`) and links WCSLIB.
fn main() {
    let lib = pkg_config::Config::new()
        .atleast_version("7.0")
        .probe("wcslib")
        .unwrap_or_else(|e| {
            panic!("WCSLIB >= 7 not found through pkg-config ({e}); on Debian/Ubuntu: apt-get install wcslib-dev pkg-config")
        });
    let mut build = cc::Build::new();
    build.file("csrc/shim.c").warnings(true).opt_level(2);
    for inc in &lib.include_paths {
        // wcs.h is included as <wcslib/wcs.h>; the pkg-config path points inside that directory.
        build.include(inc);
        if let Some(parent) = inc.parent() {
            build.include(parent);
        }
    }
    build.compile("skywarp_wcs_shim");
    println!("cargo:rerun-if-changed=csrc/shim.c");
}
