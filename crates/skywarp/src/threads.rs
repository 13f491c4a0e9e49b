//! How many worker threads a run may start.
//!
//! A thread count is a request, not a command: `--threads 100000` on a 64² image once spawned
//! thousands of threads, drove the load past 3000 and aborted. Beyond a few threads per core
//! nothing gets faster (blocks are CPU-bound; I/O waits are covered by the oversubscription
//! allowed here), so every pool of the project is sized through [`cap_threads`]: the CLI for
//! reprojection and calibration, the Python bindings for `parallel=`/`threads=`, and the
//! executor itself as a last guard.

/// Threads allowed per core.
pub const THREADS_PER_CORE: usize = 4;
/// Absolute ceiling, whatever the core count.
pub const MAX_THREADS: usize = 1024;

/// The outcome of [`cap_threads`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadCount {
    /// Threads to start (at least 1).
    pub threads: usize,
    /// The request, when it was above the cap and [`ThreadCount::threads`] is the cap.
    pub capped_from: Option<usize>,
}

impl ThreadCount {
    /// The one-line note callers print (stderr, a Python warning) when the request was capped.
    pub fn note(&self) -> Option<String> {
        self.capped_from.map(|asked| {
            format!(
                "{asked} threads requested; using {} ({THREADS_PER_CORE} per core, at most {MAX_THREADS})",
                self.threads
            )
        })
    }
}

/// The most threads a pool may have on this machine: [`THREADS_PER_CORE`] × the cores this
/// process may run on, at most [`MAX_THREADS`].
pub fn max_threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.saturating_mul(THREADS_PER_CORE).clamp(1, MAX_THREADS)
}

/// Caps a requested thread count (0 is treated as 1) at [`max_threads`].
pub fn cap_threads(requested: usize) -> ThreadCount {
    let max = max_threads();
    ThreadCount {
        threads: requested.clamp(1, max),
        capped_from: (requested > max).then_some(requested),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_requests_are_capped_and_small_ones_kept() {
        let max = max_threads();
        assert!((THREADS_PER_CORE..=MAX_THREADS).contains(&max) || max == MAX_THREADS);
        let c = cap_threads(100_000);
        assert_eq!(c.threads, max);
        assert_eq!(c.capped_from, Some(100_000));
        assert!(c.note().unwrap().contains("100000 threads requested"));
        assert_eq!(
            cap_threads(1),
            ThreadCount {
                threads: 1,
                capped_from: None
            }
        );
        assert_eq!(cap_threads(0).threads, 1);
        assert_eq!(cap_threads(max).capped_from, None);
    }
}
