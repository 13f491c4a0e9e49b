//! WCSLIB structs are not thread-safe when distortions are present (their scratch memory is shared):
//! every worker must own a clone. This proves the clones give bit-identical results to one thread.

use skywarp_wcs::{PixelMapper, Wcs};

mod common;
use common::{assert_mapper_threads_equal_one_thread, cards, SIP_HEADER};

fn sip_wcs() -> Wcs {
    Wcs::from_cards(&cards(SIP_HEADER)).expect("SIP header parses")
}

fn galactic_car() -> Wcs {
    Wcs::from_cards(&cards(&[
        "NAXIS   = 2",
        "NAXIS1  = 300",
        "NAXIS2  = 300",
        "CTYPE1  = 'GLON-CAR'",
        "CTYPE2  = 'GLAT-CAR'",
        "CRVAL1  = 107.42",
        "CRVAL2  = -64.13",
        "CRPIX1  = 150.0",
        "CRPIX2  = 150.0",
        "CDELT1  = -0.0004",
        "CDELT2  = 0.0004",
    ]))
    .expect("CAR header parses")
}

fn batch(n: usize) -> Vec<f64> {
    (0..n)
        .flat_map(|i| {
            [
                (i % 317) as f64 * 0.83 - 10.0,
                (i / 317) as f64 * 0.91 - 5.0,
            ]
        })
        .collect()
}

#[test]
fn eight_threads_equal_one_thread_bit_for_bit() {
    let wcs = sip_wcs();
    assert!(wcs.has_distortion());
    let pix = batch(200_000);
    let mut single = vec![0.0; pix.len()];
    wcs.clone().pix2world(&pix, &mut single).unwrap();
    let mut single_back = vec![0.0; pix.len()];
    wcs.clone().world2pix(&single, &mut single_back).unwrap();

    let chunk = pix.len() / 8 / 2 * 2;
    let results: Vec<(Vec<f64>, Vec<f64>)> = std::thread::scope(|s| {
        let handles: Vec<_> = pix
            .chunks(chunk)
            .map(|part| {
                let mut w = wcs.clone();
                s.spawn(move || {
                    let mut world = vec![0.0; part.len()];
                    // many small calls interleaved with the other threads
                    for (i, o) in part.chunks(998).zip(world.chunks_mut(998)) {
                        w.pix2world(i, o).unwrap();
                    }
                    let mut back = vec![0.0; part.len()];
                    w.world2pix(&world, &mut back).unwrap();
                    (world, back)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let world: Vec<f64> = results.iter().flat_map(|r| r.0.iter().copied()).collect();
    let back: Vec<f64> = results.iter().flat_map(|r| r.1.iter().copied()).collect();
    assert_eq!(world.len(), single.len());
    for (a, b) in world
        .iter()
        .zip(&single)
        .chain(back.iter().zip(&single_back))
    {
        assert_eq!(a.to_bits(), b.to_bits());
    }
}

#[test]
fn mapper_threads_equal_one_thread_with_frame_change() {
    let mapper = PixelMapper::new(&galactic_car(), &sip_wcs(), true).unwrap();
    assert_mapper_threads_equal_one_thread(&mapper, &batch(50_000), "the SIP image");
}

#[test]
fn bad_headers_give_errors() {
    let no_wcs = cards(&["NAXIS   = 2", "NAXIS1  = 10", "NAXIS2  = 10"]);
    let e = Wcs::from_cards(&no_wcs).unwrap_err().to_string();
    assert!(e.contains("no WCS"), "{e}");
    let unknown = cards(&[
        "CTYPE1  = 'RA---XYZ'",
        "CTYPE2  = 'DEC--XYZ'",
        "CRVAL1  = 1.0",
        "CRVAL2  = 1.0",
    ]);
    let e = Wcs::from_cards(&unknown).unwrap_err().to_string();
    assert!(e.to_lowercase().contains("invalid wcs"), "{e}");
}

#[test]
fn roundtrip_rejects_points_behind_the_projection() {
    // SIN is two-valued: the far hemisphere maps onto the same pixels. A point mapped from a CAR
    // all-sky grid to SIN and back must be rejected where the round trip fails.
    let sin = Wcs::from_cards(&cards(&[
        "CTYPE1  = 'RA---SIN'",
        "CTYPE2  = 'DEC--SIN'",
        "CRVAL1  = 0.0",
        "CRVAL2  = 0.0",
        "CRPIX1  = 50.0",
        "CRPIX2  = 50.0",
        "CDELT1  = -1.0",
        "CDELT2  = 1.0",
    ]))
    .unwrap();
    let car = Wcs::from_cards(&cards(&[
        "CTYPE1  = 'RA---CAR'",
        "CTYPE2  = 'DEC--CAR'",
        "CRVAL1  = 0.0",
        "CRVAL2  = 0.0",
        "CRPIX1  = 181.0",
        "CRPIX2  = 91.0",
        "CDELT1  = -1.0",
        "CDELT2  = 1.0",
    ]))
    .unwrap();
    let mut m = PixelMapper::new(&car, &sin, true).unwrap();
    // (0 deg, 0 deg) is in front, (180 deg, 0 deg) is behind.
    let pts = [180.0, 90.0, 0.0, 90.0];
    let mut out = [0.0; 4];
    m.map(&pts, &mut out).unwrap();
    assert!(
        (out[0] - 49.0).abs() < 1e-9 && (out[1] - 49.0).abs() < 1e-9,
        "{out:?}"
    );
    assert!(out[2].is_nan() && out[3].is_nan(), "{out:?}");
}
