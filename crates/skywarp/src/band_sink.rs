//! A FITS file on disk filled by positioned writes ([`skywarp_fits::BandFitsWriter`]): the sink of
//! the reprojection CLI.
//!
//! Why not [`FitsSink`](crate::FitsSink)'s shared mapping: every output page is written exactly once,
//! and through a fresh writable mapping each first write faults (`page_mkwrite`, plus the page's
//! zero-fill). A positioned write copies the encoded pixels straight into the page cache, and nothing
//! of the output counts in the process' resident set, so no release sweeps are needed either.
//!
//! Blocks are rectangles, whose rows are short separate runs in the file; written as they come, a
//! 256-column block costs one system call per row and plane. So blocks narrower than the image are
//! gathered per band (the rows a row of blocks covers, per plane) in a buffer of full rows, and a band
//! goes to the file in one contiguous write when its last column arrives. Buffers are recycled from
//! band to band (a fresh buffer would fault in its own pages). Memory: one band per plane for each row
//! of blocks in flight (the executor keeps those to about one per thread), and never more than
//! [`GATHER_BYTES`] in all: past that, blocks are written as they come, row by row.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use skywarp_fits::{BandFitsWriter, Bitpix};

use crate::region::{Rect, Region};
use crate::sink::Sink;
use crate::{Error, Result};

/// Most bytes of band buffers a sink holds (a cube's bands are one per plane).
pub const GATHER_BYTES: usize = 256 << 20;

/// HDU 0 takes the values, `footprint_hdu` (if any) the footprint.
pub struct BandFitsSink<'a> {
    writer: &'a BandFitsWriter,
    footprint_hdu: Option<usize>,
    width: usize,
    /// Most bytes of band buffers ([`GATHER_BYTES`]).
    limit: usize,
    state: Mutex<Bands>,
}

/// The bands being gathered, and spare buffers.
#[derive(Default)]
struct Bands {
    open: HashMap<BandKey, Band>,
    spare: Vec<Band>,
    /// Bytes of every buffer, open or spare.
    bytes: usize,
}

/// One band: rows `row0..row0 + nrows` of `plane`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct BandKey {
    plane: usize,
    row0: usize,
    nrows: usize,
}

/// What became of a block offered to its band.
enum Gathered {
    /// Copied; the band waits for more columns.
    Pending,
    /// Copied, and the band is complete: write it out.
    Completed(Band),
    /// Not copied (full-width, outside the file, or the buffers at their limit): write it directly.
    Refused,
}

/// Full rows of values and footprint, and which columns hold data.
#[derive(Default)]
struct Band {
    values: Samples,
    footprint: Vec<f32>,
    filled: Vec<bool>,
    missing: usize,
}

/// Values kept in the output's own precision (float32 halves the buffers).
enum Samples {
    F32(Vec<f32>),
    F64(Vec<f64>),
}

impl Band {
    fn bytes(&self) -> usize {
        let values = match &self.values {
            Samples::F32(v) => v.capacity() * 4,
            Samples::F64(v) => v.capacity() * 8,
        };
        values + self.footprint.capacity() * 4 + self.filled.capacity()
    }
}

impl Default for Samples {
    fn default() -> Self {
        Samples::F32(Vec::new())
    }
}

impl<'a> BandFitsSink<'a> {
    pub fn new(writer: &'a BandFitsWriter, footprint_hdu: Option<usize>) -> Self {
        let width = writer.shape(0).and_then(|s| s.last().copied()).unwrap_or(0);
        BandFitsSink {
            writer,
            footprint_hdu,
            width,
            limit: GATHER_BYTES,
            state: Mutex::new(Bands::default()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Bands> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes the bands still open (only incomplete ones can be: a run that failed or skipped
    /// blocks), column runs as they were filled. Call once the run is over, before committing.
    pub fn finish(&self) -> Result<()> {
        let open: Vec<(BandKey, Band)> = self.lock().open.drain().collect();
        for (key, band) in open {
            self.flush(key, &band)?;
        }
        Ok(())
    }

    fn fresh_band(&self, spare: Option<Band>, nrows: usize) -> Band {
        let mut b = spare.unwrap_or_default();
        let n = nrows * self.width;
        match (&mut b.values, self.writer.bitpix(0)) {
            (Samples::F64(v), Some(Bitpix::F64)) => v.resize(n, 0.0),
            (_, Some(Bitpix::F64)) => b.values = Samples::F64(vec![0.0; n]),
            (Samples::F32(v), _) => v.resize(n, 0.0),
            (_, _) => b.values = Samples::F32(vec![0.0; n]),
        }
        if self.footprint_hdu.is_some() {
            b.footprint.resize(n, 0.0);
        }
        b.filled.clear();
        b.filled.resize(self.width, false);
        b.missing = self.width;
        b
    }

    /// Copies a block into its band, unless the buffers are at their limit.
    fn gather(&self, key: BandKey, region: Region, values: &[f64], footprint: &[f64]) -> Gathered {
        let r = region.rect;
        let mut st = self.lock();
        if !st.open.contains_key(&key) {
            let spare = st.spare.pop();
            let before = spare.as_ref().map_or(0, Band::bytes);
            let per_value = if self.footprint_hdu.is_some() { 12 } else { 8 };
            if spare.is_none() && st.bytes + key.nrows * self.width * per_value > self.limit {
                return Gathered::Refused;
            }
            let band = self.fresh_band(spare, key.nrows);
            st.bytes = st.bytes + band.bytes() - before;
            st.open.insert(key, band);
        }
        let Some(band) = st.open.get_mut(&key) else {
            return Gathered::Refused;
        };
        for i in 0..r.nrows {
            let (src, dst) = (i * r.ncols, i * self.width + r.col0);
            let row = &values[src..src + r.ncols];
            match &mut band.values {
                Samples::F32(v) => {
                    for (d, &s) in v[dst..dst + r.ncols].iter_mut().zip(row) {
                        *d = s as f32;
                    }
                }
                Samples::F64(v) => v[dst..dst + r.ncols].copy_from_slice(row),
            }
            if self.footprint_hdu.is_some() {
                let row = &footprint[src..src + r.ncols];
                for (d, &s) in band.footprint[dst..dst + r.ncols].iter_mut().zip(row) {
                    *d = s as f32;
                }
            }
        }
        for f in &mut band.filled[r.col0..r.col0 + r.ncols] {
            band.missing -= usize::from(!*f);
            *f = true;
        }
        if band.missing > 0 {
            return Gathered::Pending;
        }
        st.open
            .remove(&key)
            .map_or(Gathered::Pending, Gathered::Completed)
    }

    /// Writes a band: in one write when complete, else each filled run of columns row by row.
    fn flush(&self, key: BandKey, band: &Band) -> Result<()> {
        let w = self.width;
        if band.missing == 0 {
            let rows = Rect::rows(key.row0, key.nrows, w);
            return self.put(key.plane, rows, band, 0..key.nrows * w);
        }
        let mut c = 0;
        while let Some(start) = (c..w).find(|&k| band.filled[k]) {
            let end = (start..w).find(|&k| !band.filled[k]).unwrap_or(w);
            for i in 0..key.nrows {
                let rect = Rect {
                    row0: key.row0 + i,
                    col0: start,
                    nrows: 1,
                    ncols: end - start,
                };
                self.put(key.plane, rect, band, i * w + start..i * w + end)?;
            }
            c = end;
        }
        Ok(())
    }

    /// Writes `span` of the band's buffers to `rect` of `plane`.
    fn put(
        &self,
        plane: usize,
        rect: Rect,
        band: &Band,
        span: std::ops::Range<usize>,
    ) -> Result<()> {
        let region = Region::new(plane, rect);
        match &band.values {
            Samples::F32(v) => self.writer.write(0, region, &v[span.clone()])?,
            Samples::F64(v) => self.writer.write(0, region, &v[span.clone()])?,
        }
        if let Some(h) = self.footprint_hdu {
            self.writer.write(h, region, &band.footprint[span])?;
        }
        Ok(())
    }

    /// Whether `region` lies in the image (else the writer itself is to refuse it, at once).
    fn inside(&self, region: Region) -> bool {
        let shape = self.writer.shape(0).unwrap_or(&[]);
        let d = shape.len();
        if d < 2 {
            return false;
        }
        let planes: usize = shape[..d - 2].iter().product();
        let r = region.rect;
        region.plane < planes
            && r.row0
                .checked_add(r.nrows)
                .is_some_and(|e| e <= shape[d - 2])
            && r.col0
                .checked_add(r.ncols)
                .is_some_and(|e| e <= shape[d - 1])
    }
}

impl Sink for BandFitsSink<'_> {
    fn write(&self, region: Region, values: &[f64], footprint: &[f64]) -> Result<()> {
        let r = region.rect;
        let n = r.len();
        if values.len() < n || (self.footprint_hdu.is_some() && footprint.len() < n) {
            return Err(Error::Value(format!(
                "{n} values needed for a {}x{} block, {} given",
                r.nrows,
                r.ncols,
                values.len().min(footprint.len())
            )));
        }
        let key = BandKey {
            plane: region.plane,
            row0: r.row0,
            nrows: r.nrows,
        };
        // Full rows are contiguous already; a region outside the file goes to the writer to refuse.
        let gathered = if r.ncols == self.width || !self.inside(region) {
            Gathered::Refused
        } else {
            self.gather(key, region, values, footprint)
        };
        match gathered {
            Gathered::Pending => Ok(()),
            Gathered::Completed(band) => {
                let written = self.flush(key, &band);
                self.lock().spare.push(band);
                written
            }
            Gathered::Refused => {
                self.writer.write(0, region, &values[..n])?;
                if let Some(h) = self.footprint_hdu {
                    self.writer.write(h, region, &footprint[..n])?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use skywarp_fits::{read_image, HduSelector, Header};

    fn value(p: usize, r: usize, c: usize) -> f64 {
        (p * 1_000_000 + r * 1000 + c) as f64 + 0.25
    }

    /// Blocks in a scrambled order, edge blocks of odd size, two planes, one block never written:
    /// the file holds exactly what was written, in both precisions.
    #[test]
    fn gathered_bands_reach_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let (planes, h, w, b) = (2usize, 45usize, 70usize, 16usize);
        for (bitpix, limit) in [
            (Bitpix::F32, GATHER_BYTES),
            (Bitpix::F64, GATHER_BYTES),
            (Bitpix::F32, 20_000),
        ] {
            let path = dir.path().join(format!("s{}-{limit}.fits", bitpix.value()));
            let hdus = [
                (Header::new(), vec![planes, h, w], bitpix),
                (Header::new(), vec![planes, h, w], Bitpix::F32),
            ];
            let writer = BandFitsWriter::create(&path, &hdus).unwrap();
            let mut sink = BandFitsSink::new(&writer, Some(1));
            sink.limit = limit; // 20 kB: one band at a time, the other blocks written directly
            let mut blocks: Vec<Region> = (0..planes)
                .flat_map(|p| (0..h).step_by(b).map(move |r| (p, r)))
                .flat_map(|(p, r)| {
                    (0..w)
                        .step_by(b)
                        .map(move |c| Region::new(p, Rect::new(r, c, b.min(h - r), b.min(w - c))))
                })
                .collect();
            blocks.reverse();
            blocks.swap(1, 7);
            let skipped = blocks.remove(3);
            std::thread::scope(|s| {
                for chunk in blocks.chunks(5) {
                    let sink = &sink;
                    s.spawn(move || {
                        for &reg in chunk {
                            let r = reg.rect;
                            let vals: Vec<f64> = (0..r.len())
                                .map(|i| {
                                    value(reg.plane, r.row0 + i / r.ncols, r.col0 + i % r.ncols)
                                })
                                .collect();
                            sink.write(reg, &vals, &vec![0.5; r.len()]).unwrap();
                        }
                    });
                }
            });
            sink.finish().unwrap();
            writer.commit().unwrap();
            let img = read_image::<f64>(&path, &HduSelector::Index(0)).unwrap();
            let fp = read_image::<f32>(&path, &HduSelector::Index(1)).unwrap();
            let k = skipped.rect;
            for p in 0..planes {
                for r in 0..h {
                    for c in 0..w {
                        let i = (p * h + r) * w + c;
                        let gap = p == skipped.plane
                            && k.row0 <= r
                            && r < k.row_end()
                            && k.col0 <= c
                            && c < k.col_end();
                        let (want, want_fp) = if gap {
                            (0.0, 0.0)
                        } else if bitpix == Bitpix::F32 {
                            (value(p, r, c) as f32 as f64, 0.5)
                        } else {
                            (value(p, r, c), 0.5)
                        };
                        assert_eq!(img.data[i], want, "{bitpix:?} plane {p} ({r}, {c})");
                        assert_eq!(fp.data[i], want_fp, "footprint plane {p} ({r}, {c})");
                    }
                }
            }
        }
    }

    #[test]
    fn regions_outside_the_file_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.fits");
        let hdus = [(Header::new(), vec![10, 10], Bitpix::F32)];
        let writer = BandFitsWriter::create(&path, &hdus).unwrap();
        let sink = BandFitsSink::new(&writer, None);
        let bad = [
            Region::new(1, Rect::new(0, 0, 2, 2)),
            Region::new(0, Rect::new(9, 0, 2, 2)),
            Region::new(0, Rect::new(0, 9, 2, 2)),
        ];
        for reg in bad {
            let e = sink.write(reg, &[0.0; 4], &[]).unwrap_err();
            assert!(e.to_string().contains("x.fits"), "{e}");
        }
        assert!(sink
            .write(Region::new(0, Rect::new(0, 0, 2, 2)), &[0.0; 3], &[])
            .is_err());
    }
}
