//! The one place the bindings release the GIL.
//!
//! [`run_detached`] runs a job without the GIL, so other Python threads (dask workers, a GUI, asyncio)
//! keep running while the engine works. On the main thread it also keeps Python responsive: the job runs
//! on a helper thread while the calling thread — detached from the interpreter most of the time — wakes
//! every few milliseconds to deliver progress to Python and to run Python's signal handlers
//! (`PyErr_CheckSignals`). A Ctrl-C raises `KeyboardInterrupt` there; the helper is told to stop through
//! the engine's cancel flag, finishes the blocks under way, and the call returns promptly with the
//! `KeyboardInterrupt`.
//!
//! Nothing outlives the call: the helper is a scoped thread joined before returning, and the engine builds
//! its thread pool per call and drops it at the end. So no thread is left holding a lock when the process
//! later forks (multiprocessing, dask's processes scheduler, `os.fork`).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

/// How often the waiting thread looks at signals and progress.
const POLL: Duration = Duration::from_millis(20);

/// Progress reporting: the engine's threads count finished blocks here; Python's `callback(n)` is called
/// on the calling thread, with the GIL, with the number of blocks finished since the last call.
pub struct Progress<'py> {
    pub callback: Bound<'py, PyAny>,
    pub done: Arc<AtomicU64>,
}

/// Sets the flag when dropped: also when the job panics, so the waiter never sleeps forever.
struct DoneGuard<'a>(&'a (Mutex<bool>, Condvar));

impl Drop for DoneGuard<'_> {
    fn drop(&mut self) {
        let (lock, cv) = self.0;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = true;
        cv.notify_all();
    }
}

fn flush_progress(progress: Option<&Progress<'_>>) -> PyResult<()> {
    if let Some(p) = progress {
        let n = p.done.swap(0, Ordering::AcqRel);
        if n > 0 {
            p.callback.call1((n,))?;
        }
    }
    Ok(())
}

/// True on Python's main thread, where signal handlers (Ctrl-C) run.
pub fn on_main_thread(py: Python<'_>) -> bool {
    let main = || -> PyResult<bool> {
        let threading = py.import("threading")?;
        let main = threading.call_method0("main_thread")?.getattr("ident")?;
        let this = threading.call_method0("get_ident")?;
        main.eq(this)
    };
    main().unwrap_or(false)
}

/// Run `job` without the GIL through [`run_detached`], with no progress: interruptible on the main
/// thread. `job` gets the cancel flag, set on Ctrl-C; a job that checks it stops early (its result is
/// then discarded for the `KeyboardInterrupt`), one that does not still raises the interrupt as soon as
/// it returns.
pub fn detached<'py, T, F>(py: Python<'py>, job: F) -> PyResult<T>
where
    T: Send,
    F: FnOnce(&AtomicBool) -> T + Send,
{
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();
    run_detached(py, &cancel, None, on_main_thread(py), move || job(&flag))
}

/// Run `job` without the GIL. With `interruptible` (callers pass true on Python's main thread) or a
/// progress callback, the job runs on a helper thread and the caller polls signals and progress; a raised
/// signal handler (KeyboardInterrupt) or progress callback sets `cancel` and is returned once the job has
/// stopped. Otherwise the job simply runs on this thread with the GIL released.
pub fn run_detached<'py, T, F>(
    py: Python<'py>,
    cancel: &Arc<AtomicBool>,
    progress: Option<Progress<'py>>,
    interruptible: bool,
    job: F,
) -> PyResult<T>
where
    T: Send,
    F: FnOnce() -> T + Send,
{
    if !interruptible && progress.is_none() {
        return Ok(py.detach(job));
    }
    let done = (Mutex::new(false), Condvar::new());
    std::thread::scope(|s| {
        let handle = s.spawn(|| {
            let _guard = DoneGuard(&done);
            job()
        });
        let mut interrupt: Option<PyErr> = None;
        loop {
            let finished = py.detach(|| {
                let (lock, cv) = &done;
                let g = lock.lock().unwrap_or_else(|p| p.into_inner());
                let (g, _) = cv
                    .wait_timeout_while(g, POLL, |d| !*d)
                    .unwrap_or_else(|p| p.into_inner());
                *g
            });
            if let Err(e) = flush_progress(progress.as_ref()) {
                if interrupt.is_none() {
                    cancel.store(true, Ordering::Relaxed);
                    interrupt = Some(e);
                }
            }
            if finished {
                break;
            }
            if interrupt.is_none() {
                if let Err(e) = py.check_signals() {
                    cancel.store(true, Ordering::Relaxed);
                    interrupt = Some(e);
                }
            }
        }
        // The job has returned (or unwound): joining does not block.
        let result = handle.join();
        match (result, interrupt) {
            (_, Some(e)) => Err(e),
            (Ok(v), None) => Ok(v),
            (Err(panic), None) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                Err(PyRuntimeError::new_err(format!(
                    "skywarp engine panicked: {what}"
                )))
            }
        }
    })
}

/// Run `f` with the GIL from an engine worker thread (one that is not attached to the interpreter),
/// e.g. a Python callback of a [`skywarp::Mapping`]. The engine's threads hold the GIL only for such
/// calls; [`run_detached`]'s caller is detached while it waits, so this never waits on it.
pub fn attached<T>(f: impl for<'py> FnOnce(Python<'py>) -> T) -> T {
    Python::attach(f)
}
