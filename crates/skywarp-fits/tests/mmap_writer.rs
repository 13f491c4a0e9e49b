//! The streaming, concurrently-filled disk sink.

mod common;

use common::{listing, tmpdir};
use skywarp_fits::*;

fn header_with_name(name: &str) -> Header {
    let mut h = Header::new();
    if !name.is_empty() {
        h.set_str("EXTNAME", name).unwrap();
    }
    h.set_str("CTYPE1", "RA---TAN").unwrap();
    h.set_f64("CRVAL1", 10.125).unwrap();
    h
}

#[test]
fn concurrent_tiles_make_the_expected_file() {
    let dir = tmpdir();
    let p = dir.path().join("mosaic.fits");
    let (h, w) = (97usize, 131usize);
    let (ch, cw) = (3usize, 17usize);
    let value = |r: usize, c: usize| (r * 1000 + c) as f64 + 0.5;
    let cube_value = |pl: usize, r: usize, c: usize| -((pl * 100 + r) as f64) - c as f64 / 64.0;
    let wr = MmapFitsWriter::create(
        &p,
        &[
            (header_with_name(""), vec![h, w], Bitpix::F64),
            (header_with_name("FOOTPRINT"), vec![h, w], Bitpix::F32),
            (header_with_name("CUBE"), vec![4, ch, cw], Bitpix::F32),
            (header_with_name("COUNT"), vec![h, w], Bitpix::I16),
        ],
    )
    .unwrap();
    assert_eq!(wr.hdu_count(), 4);
    assert_eq!(wr.shape(2), Some(&[4, ch, cw][..]));
    // Target absent until finish; the temporary (if it has a name at all) is beside it.
    assert!(!p.exists());
    match wr.temp_path() {
        Some(t) => assert_eq!(t.parent(), p.parent()),
        None => assert!(listing(dir.path()).is_empty(), "O_TMPFILE: nameless"),
    }
    // 8 threads writing 16x16 tiles of HDU 0 and 1, rows of the cube, and a count image.
    let tiles: Vec<(usize, usize)> = (0..h)
        .step_by(16)
        .flat_map(|r| (0..w).step_by(16).map(move |c| (r, c)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&(r0, c0)) = tiles.get(k) else { break };
                let (nr, nc) = (16.min(h - r0), 16.min(w - c0));
                let tile: Vec<f64> = (0..nr)
                    .flat_map(|r| (0..nc).map(move |c| value(r0 + r, c0 + c)))
                    .collect();
                wr.write_region(0, 0, r0, c0, nr, nc, &tile).unwrap();
                let ones = vec![1f32; nr * nc];
                wr.write_region(1, 0, r0, c0, nr, nc, &ones).unwrap();
                let counts = vec![(k % 7) as f64; nr * nc];
                wr.write_region(3, 0, r0, c0, nr, nc, &counts).unwrap();
            });
        }
        s.spawn(|| {
            for pl in 0..4 {
                let rows: Vec<f32> = (0..ch)
                    .flat_map(|r| (0..cw).map(move |c| cube_value(pl, r, c) as f32))
                    .collect();
                wr.write_rows(2, pl, 0, &rows).unwrap();
            }
        });
    });
    // Read back through the writer before finishing.
    let mut back = vec![0f64; 2 * 3];
    wr.read_region(0, 0, 10, 20, 2, 3, &mut back).unwrap();
    assert_eq!(
        back,
        vec![
            value(10, 20),
            value(10, 21),
            value(10, 22),
            value(11, 20),
            value(11, 21),
            value(11, 22)
        ]
    );
    wr.finish().unwrap();
    assert_eq!(listing(dir.path()), vec!["mosaic.fits"]);

    // CFITSIO sees a valid file with our layout.
    let hdus = list_hdus(&p).unwrap();
    assert_eq!(hdus.len(), 4);
    assert_eq!(hdus[1].extname.as_deref(), Some("FOOTPRINT"));
    assert_eq!(hdus[2].shape, vec![4, ch, cw]);
    assert_eq!(hdus[3].bitpix, 16);
    let img = read_image::<f64>(&p, &0.into()).unwrap();
    assert_eq!(img.header.get_str("CTYPE1"), Some("RA---TAN"));
    assert_eq!(img.header.get_f64("CRVAL1"), Some(10.125));
    assert_eq!(img.header.get_i64("BITPIX"), Some(-64));
    for r in 0..h {
        for c in 0..w {
            assert_eq!(img.data[r * w + c], value(r, c));
        }
    }
    let fp = read_image::<f32>(&p, &"FOOTPRINT".into()).unwrap();
    assert!(fp.data.iter().all(|&v| v == 1.0));
    let cube = MmapImage::open(&p, &"CUBE".into()).unwrap();
    for pl in 0..4 {
        let mut rows = vec![0f64; ch * cw];
        cube.read_rows(pl, 0, ch, &mut rows).unwrap();
        for r in 0..ch {
            for c in 0..cw {
                assert_eq!(rows[r * cw + c], cube_value(pl, r, c) as f32 as f64);
            }
        }
    }
    let counts = read_image::<i16>(&p, &"COUNT".into()).unwrap();
    assert!(counts.data.iter().all(|&v| (0..7).contains(&v)));
}

#[test]
fn overlapping_writes_never_tear() {
    // Every thread writes the whole image with its own constant, many times; overlapping
    // writes are serialized, so the final image is uniform (one writer's value everywhere).
    let dir = tmpdir();
    let p = dir.path().join("o.fits");
    let (h, w) = (64usize, 64usize);
    let wr = MmapFitsWriter::create(&p, &[(Header::new(), vec![h, w], Bitpix::F32)]).unwrap();
    std::thread::scope(|s| {
        for t in 0..6 {
            let wr = &wr;
            s.spawn(move || {
                let buf = vec![t as f32; h * w];
                for _ in 0..30 {
                    wr.write_region(0, 0, 0, 0, h, w, &buf).unwrap();
                    let mut check = vec![0f32; h * w];
                    wr.read_region(0, 0, 0, 0, h, w, &mut check).unwrap();
                    assert!(check.iter().all(|&v| v == check[0]), "torn read");
                }
            });
        }
    });
    wr.finish().unwrap();
    let d = read_image::<f32>(&p, &HduSelector::Default).unwrap().data;
    assert!(d.iter().all(|&v| v == d[0]));
}

#[test]
fn fill_release_and_bounds() {
    let dir = tmpdir();
    let p = dir.path().join("f.fits");
    let wr = MmapFitsWriter::create(
        &p,
        &[
            (Header::new(), Vec::<usize>::new(), Bitpix::F32),
            (header_with_name("SCI"), vec![2, 50, 40], Bitpix::F32),
        ],
    )
    .unwrap();
    wr.fill(1, f64::NAN).unwrap();
    wr.write_region(1, 1, 10, 10, 2, 2, &[1f32, 2., 3., 4.])
        .unwrap();
    wr.release_rows(1, 1, 0, 50).unwrap();
    let mut b = vec![0f32; 4];
    wr.read_region(1, 1, 10, 10, 2, 2, &mut b).unwrap();
    assert_eq!(b, vec![1., 2., 3., 4.], "data survives release_rows");
    // Errors: bad HDU, plane, rows, columns, buffer size, data-less HDU.
    let errs = [
        wr.write_region(2, 0, 0, 0, 1, 1, &[0f32]).unwrap_err(),
        wr.write_region(1, 2, 0, 0, 1, 1, &[0f32]).unwrap_err(),
        wr.write_region(1, 0, 49, 0, 2, 1, &[0f32; 2]).unwrap_err(),
        wr.write_region(1, 0, 0, 39, 1, 2, &[0f32; 2]).unwrap_err(),
        wr.write_region(1, 0, 0, 0, 2, 2, &[0f32; 3]).unwrap_err(),
        wr.write_region(1, 0, usize::MAX, 0, 2, 2, &[0f32; 4])
            .unwrap_err(),
        wr.write_region(0, 0, 0, 0, 1, 1, &[0f32]).unwrap_err(),
        wr.write_rows(1, 0, 0, &[0f32; 41]).unwrap_err(),
    ];
    for e in errs {
        let m = e.to_string();
        assert!(m.contains("f.fits"), "{m}");
    }
    wr.finish().unwrap();
    let img = read_image::<f32>(&p, &HduSelector::Default).unwrap();
    assert_eq!(img.shape, vec![2, 50, 40]);
    let nan = img.data.iter().filter(|v| v.is_nan()).count();
    assert_eq!(nan, 2 * 50 * 40 - 4);
    assert_eq!(img.data[50 * 40 + 10 * 40 + 10], 1.0);
}

#[test]
fn abandoned_writer_leaves_nothing() {
    let dir = tmpdir();
    let p = dir.path().join("a.fits");
    std::fs::write(&p, b"previous content").unwrap();
    {
        let wr =
            MmapFitsWriter::create(&p, &[(Header::new(), vec![100, 100], Bitpix::F64)]).unwrap();
        wr.write_region(0, 0, 0, 0, 1, 1, &[1f64]).unwrap();
        let visible = 1 + usize::from(wr.temp_path().is_some());
        assert_eq!(listing(dir.path()).len(), visible);
    }
    assert_eq!(listing(dir.path()), vec!["a.fits"]);
    assert_eq!(std::fs::read(&p).unwrap(), b"previous content");
    // Invalid layouts are refused before anything is created.
    assert!(MmapFitsWriter::create(&p, &Vec::<(Header, Vec<usize>, Bitpix)>::new()).is_err());
    assert!(
        MmapFitsWriter::create(&p, &[(Header::new(), vec![usize::MAX, 4], Bitpix::F64)]).is_err()
    );
    let mut bad = Header::new();
    bad.push(Card::commentary("COMMENT", "fine").unwrap());
    assert!(MmapFitsWriter::create(
        dir.path().join("no/dir/x.fits"),
        &[(bad, vec![2], Bitpix::F32)]
    )
    .is_err());
    assert_eq!(listing(dir.path()), vec!["a.fits"]);
}

#[test]
fn large_sparse_output_is_cheap_to_lay_out() {
    // 1 GiB of f32 laid out and written in a few places: creation must not touch all pages.
    let dir = tmpdir();
    let p = dir.path().join("big.fits");
    let n = 16384usize;
    let t = std::time::Instant::now();
    let wr = MmapFitsWriter::create(&p, &[(Header::new(), vec![n, n], Bitpix::F32)]).unwrap();
    wr.write_region(0, 0, n - 1, n - 3, 1, 3, &[1f32, 2., 3.])
        .unwrap();
    wr.write_rows(0, 0, 0, &vec![5f32; n]).unwrap();
    drop(wr); // abandon: nothing to sync, temp removed
    assert!(t.elapsed().as_secs_f64() < 20.0);
    assert!(listing(dir.path()).is_empty());
}
