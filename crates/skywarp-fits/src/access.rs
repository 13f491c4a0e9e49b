//! Making concurrent accesses to one output file take turns only where they overlap.
//!
//! The writers are shared by reference between threads. Each write or read of a rectangle first
//! claims it: the claim waits until no access in flight touches a common pixel with at least one
//! side writing, and is released when the returned guard drops — also when the access panics, so
//! waiters are never stranded. For the memory-mapped writer this is what upholds Rust's aliasing
//! rules over the shared mapping (a claimed rectangle's bytes have exactly one `&mut`); for the
//! positioned-write writer it makes an overlapping write land whole, after the one in progress,
//! instead of interleaving rows of both.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use crate::region::Region;

/// A data-area access in progress.
#[derive(Debug, Clone, Copy)]
struct Access {
    id: u64,
    hdu: usize,
    region: Region,
    write: bool,
}

impl Access {
    fn conflicts(&self, o: &Access) -> bool {
        let (a, b) = (&self.region.rect, &o.region.rect);
        (self.write || o.write)
            && self.hdu == o.hdu
            && self.region.plane == o.region.plane
            && a.row0 < b.row0 + b.nrows
            && b.row0 < a.row0 + a.nrows
            && a.col0 < b.col0 + b.ncols
            && b.col0 < a.col0 + a.ncols
    }
}

/// The accesses in flight on one file.
#[derive(Debug, Default)]
pub(crate) struct Claims {
    active: Mutex<Vec<Access>>,
    freed: Condvar,
    next_id: AtomicU64,
}

/// Releases an access when dropped (also on panic).
pub(crate) struct Claim<'a> {
    claims: &'a Claims,
    id: u64,
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut list = self.claims.lock();
        list.retain(|a| a.id != self.id);
        drop(list);
        self.claims.freed.notify_all();
    }
}

impl Claims {
    fn lock(&self) -> MutexGuard<'_, Vec<Access>> {
        self.active.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until no conflicting access is in flight, then registers this one.
    pub(crate) fn claim(&self, hdu: usize, region: Region, write: bool) -> Claim<'_> {
        let a = Access {
            id: self.next_id.fetch_add(1, Ordering::Relaxed),
            hdu,
            region,
            write,
        };
        let mut list = self.lock();
        while list.iter().any(|b| a.conflicts(b)) {
            list = self.freed.wait(list).unwrap_or_else(|e| e.into_inner());
        }
        list.push(a);
        Claim {
            claims: self,
            id: a.id,
        }
    }
}
