//! Shared by the targets: fuzz bytes become a real file (the readers take paths).

use std::path::PathBuf;

/// Writes `bytes` to a per-process file in the fastest temporary directory and returns its
/// path; the same file is reused for every input of a run.
pub fn as_file(bytes: &[u8]) -> PathBuf {
    let dir = if std::path::Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let p = dir.join(format!("skywarp-fuzz-{}.fits", std::process::id()));
    std::fs::write(&p, bytes).expect("write fuzz input file");
    p
}
