//! The positioned-write band writer: layout, concurrency, atomic commit, nothing left behind.

mod common;

use common::{listing, tmpdir};
use skywarp_fits::*;

fn named(name: &str) -> Header {
    let mut h = Header::new();
    if !name.is_empty() {
        h.set_str("EXTNAME", name).unwrap();
    }
    h.set_str("CTYPE1", "RA---TAN").unwrap();
    h.set_f64("CRVAL1", 10.125).unwrap();
    h
}

fn rect(row0: usize, col0: usize, nrows: usize, ncols: usize) -> Rect {
    Rect {
        row0,
        col0,
        nrows,
        ncols,
    }
}

/// The same layout and pixels through the band writer and the memory-mapped writer give the same
/// bytes: one header builder, one layout, so the two region writers are interchangeable.
#[test]
fn band_writer_matches_the_mapped_writer_byte_for_byte() {
    let dir = tmpdir();
    let (h, w) = (53usize, 71usize);
    let hdus = [
        (named(""), vec![2, h, w], Bitpix::F64),
        (named("FOOTPRINT"), vec![2, h, w], Bitpix::F32),
        (named("MASK"), vec![h, w], Bitpix::U8),
    ];
    let value = |p: usize, r: usize, c: usize| (p * 10_000 + r * 100 + c) as f64 * 0.25 - 7.0;
    let (pb, pm) = (dir.path().join("band.fits"), dir.path().join("map.fits"));
    let band = BandFitsWriter::create(&pb, &hdus).unwrap();
    let map = MmapFitsWriter::create(&pm, &hdus).unwrap();
    // 8 threads, 16x16 tiles of both planes (rectangles), full-width rows for the mask.
    let tiles: Vec<(usize, usize, usize)> = (0..2)
        .flat_map(|p| (0..h).step_by(16).map(move |r| (p, r)))
        .flat_map(|(p, r)| (0..w).step_by(16).map(move |c| (p, r, c)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&(p, r0, c0)) = tiles.get(k) else {
                    break;
                };
                let (nr, nc) = (16.min(h - r0), 16.min(w - c0));
                let tile: Vec<f64> = (0..nr * nc)
                    .map(|i| value(p, r0 + i / nc, c0 + i % nc))
                    .collect();
                let fp = vec![0.5f32; nr * nc];
                let reg = Region::new(p, rect(r0, c0, nr, nc));
                band.write(0, reg, &tile).unwrap();
                band.write(1, reg, &fp).unwrap();
                map.write_region(0, p, r0, c0, nr, nc, &tile).unwrap();
                map.write_region(1, p, r0, c0, nr, nc, &fp).unwrap();
            });
        }
    });
    let mask: Vec<f32> = (0..h * w).map(|i| (i % 3) as f32).collect();
    band.write_rows(2, 0, 0, &mask).unwrap();
    map.write_rows(2, 0, 0, &mask).unwrap();
    let mut back = vec![0f64; 6];
    band.read(0, Region::new(1, rect(10, 20, 2, 3)), &mut back)
        .unwrap();
    assert_eq!(back[4], value(1, 11, 21));
    assert!(!pb.exists(), "nothing under the final name before commit");
    band.commit().unwrap();
    map.finish().unwrap();
    let (a, b) = (std::fs::read(&pb).unwrap(), std::fs::read(&pm).unwrap());
    assert_eq!(a.len() % BLOCK_LEN, 0);
    assert!(a == b, "band writer and mapped writer differ");
    // CFITSIO reads it back.
    let img = read_image::<f64>(&pb, &0.into()).unwrap();
    assert_eq!(img.shape, vec![2, h, w]);
    assert_eq!(img.data[h * w + 5 * w + 7], value(1, 5, 7));
    let m = read_image::<f32>(&pb, &"MASK".into()).unwrap();
    assert_eq!(m.header.get_i64("BITPIX"), Some(8));
    assert_eq!(m.data, mask);
    assert_eq!(listing(dir.path()), vec!["band.fits", "map.fits"]);
}

#[test]
fn overlapping_band_writes_land_whole() {
    let dir = tmpdir();
    let p = dir.path().join("o.fits");
    let (h, w) = (64usize, 64usize);
    let wr = BandFitsWriter::create(&p, &[(Header::new(), vec![h, w], Bitpix::F32)]).unwrap();
    let whole = Region::new(0, Rect::rows(0, h, w));
    std::thread::scope(|s| {
        for t in 0..6 {
            let wr = &wr;
            s.spawn(move || {
                let buf = vec![t as f32; h * w];
                for _ in 0..30 {
                    wr.write(0, whole, &buf).unwrap();
                    let mut check = vec![0f32; h * w];
                    wr.read(0, whole, &mut check).unwrap();
                    assert!(check.iter().all(|&v| v == check[0]), "torn read");
                }
            });
        }
    });
    wr.commit().unwrap();
    let d = read_image::<f32>(&p, &HduSelector::Default).unwrap().data;
    assert!(d.iter().all(|&v| v == d[0]));
}

#[test]
fn band_writer_refuses_bad_regions_naming_the_file() {
    let dir = tmpdir();
    let p = dir.path().join("f.fits");
    let wr = BandFitsWriter::create(
        &p,
        &[
            (Header::new(), Vec::<usize>::new(), Bitpix::F32),
            (named("SCI"), vec![2, 50, 40], Bitpix::F32),
        ],
    )
    .unwrap();
    let errs = [
        wr.write(2, Region::new(0, rect(0, 0, 1, 1)), &[0f32]),
        wr.write(1, Region::new(2, rect(0, 0, 1, 1)), &[0f32]),
        wr.write(1, Region::new(0, rect(49, 0, 2, 1)), &[0f32; 2]),
        wr.write(1, Region::new(0, rect(0, 39, 1, 2)), &[0f32; 2]),
        wr.write(1, Region::new(0, rect(0, 0, 2, 2)), &[0f32; 3]),
        wr.write(1, Region::new(0, rect(usize::MAX, 0, 2, 2)), &[0f32; 4]),
        wr.write(0, Region::new(0, rect(0, 0, 1, 1)), &[0f32]),
        wr.write_rows(1, 0, 0, &[0f32; 41]),
    ];
    for e in errs {
        let m = e.unwrap_err().to_string();
        assert!(m.contains("f.fits"), "{m}");
    }
    // A dropped writer leaves nothing, and an existing file is untouched.
    std::fs::write(&p, b"previous").unwrap();
    drop(wr);
    assert_eq!(listing(dir.path()), vec!["f.fits"]);
    assert_eq!(std::fs::read(&p).unwrap(), b"previous");
}

/// Commit over an existing file keeps its mode; a new file gets 0666 minus the umask.
#[test]
fn committed_outputs_follow_the_umask_or_keep_the_replaced_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tmpdir();
    let hdus = [(Header::new(), vec![4, 4], Bitpix::F32)];
    let fresh = dir.path().join("new.fits");
    BandFitsWriter::create(&fresh, &hdus)
        .unwrap()
        .commit()
        .unwrap();
    // SAFETY (test): umask is read and restored at once; no file is created in between.
    let mask = unsafe {
        let m = libc::umask(0o022);
        libc::umask(m);
        m
    };
    let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o666 & !(mask as u32));
    let old = dir.path().join("old.fits");
    std::fs::write(&old, b"x").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o640)).unwrap();
    let mut w = FitsWriter::create(&old).unwrap();
    w.write_primary(&Header::new(), &[1f32; 4], &[2, 2])
        .unwrap();
    w.finish().unwrap();
    let mode = std::fs::metadata(&old).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}
