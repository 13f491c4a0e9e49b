//! The fallback for file systems without `O_TMPFILE`: hidden named temporaries, removed when a
//! writer is dropped and by `abandon_pending_outputs`. Its own test binary (one test), because
//! the choice is made once per process from the environment.

mod common;

use common::{listing, tmpdir};
use skywarp_fits::*;

#[test]
fn named_temporaries_are_removed_on_drop_and_on_abandon() {
    std::env::set_var(NO_TMPFILE_ENV, "1");
    let dir = tmpdir();
    let d = dir.path();
    let hdus = [(Header::new(), vec![8, 8], Bitpix::F32)];
    let band = BandFitsWriter::create(d.join("a.fits"), &hdus).unwrap();
    let map = MmapFitsWriter::create(d.join("b.fits"), &hdus).unwrap();
    let mut stream = FitsWriter::create(d.join("c.fits")).unwrap();
    stream
        .write_primary(&Header::new(), &[1f32; 4], &[2, 2])
        .unwrap();
    let names = listing(d);
    assert_eq!(names.len(), 3, "{names:?}");
    for (n, target) in names.iter().zip(["a.fits", "b.fits", "c.fits"]) {
        assert!(
            n.starts_with(&format!(".{target}.sw")) && n.ends_with(".tmp"),
            "{n}"
        );
    }
    assert_eq!(band.temp_path().unwrap().parent(), Some(d));
    // Committed: the temporary became the output.
    band.commit().unwrap();
    assert_eq!(listing(d).len(), 3);
    assert!(d.join("a.fits").is_file());
    // Dropped: removed.
    drop(map);
    assert_eq!(listing(d).len(), 2);
    // Abandoned (what the CLI's signal handler does before exiting): removed, and no later
    // temporary can appear.
    abandon_pending_outputs();
    assert_eq!(listing(d), vec!["a.fits"]);
    let e = BandFitsWriter::create(d.join("d.fits"), &hdus).unwrap_err();
    assert!(e.to_string().contains("d.fits"), "{e}");
    assert_eq!(listing(d), vec!["a.fits"]);
    std::mem::forget(stream); // its commit would block forever now, by design
}
