//! Ctrl-C, SIGTERM and SIGHUP: stop at once, leave no partial output, say so in one line.
//!
//! The three signals are blocked before any other thread exists (threads inherit the mask), and
//! one thread waits for them with `sigwait`, so the reaction runs as ordinary code rather than in
//! an async-signal handler. It calls [`skywarp_fits::abandon_pending_outputs`] — which lets a
//! commit in progress finish, forbids later ones and removes named temporaries (the `O_TMPFILE`
//! ones vanish with the process anyway) — prints one line, and exits with 128 + the signal
//! number (130 for Ctrl-C), as shells report a process killed by that signal. Stopping at once
//! beats asking the engine to wind down: nothing the process was doing is worth keeping, and a
//! long block or a CFITSIO read cannot delay the exit.
//!
//! SIGKILL cannot be caught; against it the temporaries themselves are built to vanish (see
//! `skywarp_fits`'s writers).

/// Installs the handling. `what` completes the message, e.g. "out.fits was not written".
/// Call it once, early in `main`, before any thread is spawned.
pub fn install(what: String) {
    let set = signal_set();
    // SAFETY: `set` is an initialised signal set; blocking signals in the calling thread has no
    // other effect, and no other thread exists yet (so every later thread inherits the mask).
    let rc = unsafe { libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) };
    if rc != 0 {
        return; // default dispositions stay: the process dies, unnamed temporaries with it
    }
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || loop {
            let mut sig: libc::c_int = 0;
            // SAFETY: `set` is initialised and `sig` is a valid place for the result.
            if unsafe { libc::sigwait(&set, &mut sig) } == 0 {
                stop(sig, &what);
            }
        });
    if spawned.is_err() {
        // Nobody would receive them: unblock so that they still end the process.
        // SAFETY: as above.
        unsafe { libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut()) };
    }
}

fn signal_set() -> libc::sigset_t {
    // SAFETY: sigemptyset initialises the set before sigaddset reads it; all three are valid
    // signal numbers.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            libc::sigaddset(&mut set, sig);
        }
        set
    }
}

fn stop(sig: libc::c_int, what: &str) -> ! {
    skywarp_fits::abandon_pending_outputs();
    let name = match sig {
        libc::SIGINT => "SIGINT",
        libc::SIGTERM => "SIGTERM",
        libc::SIGHUP => "SIGHUP",
        _ => "a signal",
    };
    eprintln!("skywarp: interrupted by {name}: {what}");
    std::process::exit(128 + sig)
}
