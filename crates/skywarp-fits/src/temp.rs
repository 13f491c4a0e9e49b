//! Temporary outputs that cannot outlive the process.
//!
//! Every writer of the crate fills a temporary file in the target's directory and moves it into
//! place on commit, so nobody ever sees a half-written file under the final name. Where the file
//! system allows it (Linux ext4, XFS, Btrfs, tmpfs, ...), the temporary is created with
//! `O_TMPFILE`: it has no name until the commit links it into the directory, so when the process
//! dies for any reason — an error, a panic, Ctrl-C, SIGKILL, the OOM killer — the kernel frees it
//! with the last descriptor and nothing is left behind.
//!
//! Elsewhere (NFS, FUSE, old kernels, no `/proc`, or `SKYWARP_NO_TMPFILE=1` in the environment)
//! it is a hidden file `.NAME.sw<pid>-<host>-<rand>.tmp`, which is removed when the writer is
//! dropped, by [`abandon_pending_outputs`] (what a signal handler calls before exiting), and —
//! after a SIGKILL, which no process can intercept — by the next skywarp writer in the same
//! directory: it reaps the temporaries whose owning process on this host no longer exists. The
//! host tag keeps a run on another machine sharing the directory (NFS) from reaping files of a
//! live process there that happens to have a dead process' PID here.
//!
//! Permissions: a new output gets `0666` minus the umask, like any file a program creates; a
//! replaced output keeps the mode of the file it replaces.

use std::collections::HashSet;
use std::ffi::CString;
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::{AsRawFd, FromRawFd};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock, RwLock};

use crate::error::{io_err, Result};

/// Environment variable that forces named temporaries (for file systems whose `O_TMPFILE`
/// misbehaves, and for tests of the fallback).
pub const NO_TMPFILE_ENV: &str = "SKYWARP_NO_TMPFILE";

/// Named temporaries of this process that exist on disk right now.
struct Pending {
    paths: HashSet<PathBuf>,
    /// Set by [`abandon_pending_outputs`]: the process is going away, no new temporary may appear.
    abandoned: bool,
}

fn pending() -> MutexGuard<'static, Pending> {
    static PENDING: OnceLock<Mutex<Pending>> = OnceLock::new();
    PENDING
        .get_or_init(|| {
            Mutex::new(Pending {
                paths: HashSet::new(),
                abandoned: false,
            })
        })
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

/// Commits hold this shared; [`abandon_pending_outputs`] takes it exclusively and never gives it
/// back, so no output appears under its final name once the process has been told to stop.
static COMMITS: RwLock<()> = RwLock::new(());

/// Removes every named temporary of this process and makes every later commit block forever.
///
/// For a signal handler that is about to exit the process (the CLI's Ctrl-C / SIGTERM / SIGHUP
/// handling): waits for commits in flight to finish, so afterwards each output is either complete
/// under its final name or absent. Unnamed (`O_TMPFILE`) temporaries need nothing: they vanish
/// with the process.
pub fn abandon_pending_outputs() {
    let guard = COMMITS.write().unwrap_or_else(|e| e.into_inner());
    std::mem::forget(guard);
    let mut p = pending();
    p.abandoned = true;
    for path in p.paths.drain() {
        let _ = std::fs::remove_file(path);
    }
}

/// A temporary file beside `target` that becomes `target` on [`commit`](Self::commit) and
/// disappears otherwise (see the module docs).
pub(crate) struct TempOutput {
    file: File,
    target: PathBuf,
    dir: PathBuf,
    /// The temporary's name when it has one (the fallback); `None` for `O_TMPFILE`.
    named: Option<PathBuf>,
}

impl std::fmt::Debug for TempOutput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TempOutput")
            .field("target", &self.target)
            .field("named", &self.named)
            .finish()
    }
}

impl TempOutput {
    /// Creates the temporary in `target`'s directory (so the final rename is atomic).
    pub(crate) fn create_beside(target: &Path) -> Result<TempOutput> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let target = target.to_path_buf();
        if let Some(file) = open_unnamed(&dir) {
            return Ok(TempOutput {
                file,
                target,
                dir,
                named: None,
            });
        }
        reap_once(&dir);
        let (file, path) = create_named(&dir, &target).map_err(|e| {
            io_err(
                target.display().to_string(),
                format!("cannot create a temporary file in {}", dir.display()),
                e,
            )
        })?;
        Ok(TempOutput {
            file,
            target,
            dir,
            named: Some(path),
        })
    }

    pub(crate) fn file(&self) -> &File {
        &self.file
    }

    /// The temporary's path, when it has one (never with `O_TMPFILE`).
    pub(crate) fn path(&self) -> Option<&Path> {
        self.named.as_deref()
    }

    /// Puts the file in place under the target name, atomically (the target is either the old
    /// file or the whole new one). With `sync`, the data reach the disk first.
    ///
    /// No fsync by default: like astropy's `writeto` and SWarp, write-back is left to the
    /// kernel. The rename makes the write atomic against a failing or killed process; surviving
    /// a power cut as well would cost an fsync of every output, which on a 2048² image is as
    /// long as the whole reprojection.
    pub(crate) fn commit(mut self, sync: bool) -> Result<()> {
        let where_ = self.target.display().to_string();
        let _commit = COMMITS.read().unwrap_or_else(|e| e.into_inner());
        if sync {
            self.file
                .sync_all()
                .map_err(|e| io_err(where_.clone(), "cannot sync", e))?;
        }
        if let Ok(m) = std::fs::metadata(&self.target) {
            self.file
                .set_permissions(m.permissions())
                .map_err(|e| io_err(where_.clone(), "cannot set permissions", e))?;
        }
        let staged = match self.named.take() {
            Some(p) => p,
            None => self.link_unnamed().map_err(|e| {
                io_err(
                    where_.clone(),
                    "cannot link the temporary file into place",
                    e,
                )
            })?,
        };
        let moved = std::fs::rename(&staged, &self.target);
        if moved.is_err() {
            let _ = std::fs::remove_file(&staged);
        }
        pending().paths.remove(&staged);
        moved.map_err(|e| io_err(where_, "cannot rename the temporary file into place", e))
    }

    /// Gives the `O_TMPFILE` file a (registered, reapable) temporary name in its directory:
    /// `linkat` cannot replace an existing file, so the commit links, then renames.
    fn link_unnamed(&self) -> io::Result<PathBuf> {
        let proc_path = CString::new(format!("/proc/self/fd/{}", self.file.as_raw_fd()))
            .map_err(io::Error::other)?;
        for _ in 0..64 {
            let path = register(self.dir.join(temp_name(&self.target)))?;
            let c_path = CString::new(path.as_os_str().as_bytes()).map_err(io::Error::other)?;
            // SAFETY: both strings are NUL-terminated and outlive the call; linkat only reads them.
            let rc = unsafe {
                libc::linkat(
                    libc::AT_FDCWD,
                    proc_path.as_ptr(),
                    libc::AT_FDCWD,
                    c_path.as_ptr(),
                    libc::AT_SYMLINK_FOLLOW,
                )
            };
            if rc == 0 {
                return Ok(path);
            }
            let e = io::Error::last_os_error();
            pending().paths.remove(&path);
            if e.kind() != io::ErrorKind::AlreadyExists {
                return Err(e);
            }
        }
        Err(io::Error::from(io::ErrorKind::AlreadyExists))
    }
}

/// Sequential writes (the streaming [`FitsWriter`](crate::FitsWriter) wraps it in a `BufWriter`).
impl io::Write for TempOutput {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        (&self.file).write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        (&self.file).flush()
    }
}

impl Drop for TempOutput {
    fn drop(&mut self) {
        if let Some(p) = self.named.take() {
            let mut list = pending();
            if list.paths.remove(&p) {
                let _ = std::fs::remove_file(&p);
            }
        }
    }
}

/// Records `path` as a temporary of ours, unless the process is being abandoned.
fn register(path: PathBuf) -> io::Result<PathBuf> {
    let mut p = pending();
    if p.abandoned {
        return Err(io::Error::new(
            io::ErrorKind::Interrupted,
            "the process is stopping",
        ));
    }
    p.paths.insert(path.clone());
    Ok(path)
}

/// An `O_TMPFILE` file in `dir`, or `None` when that is unavailable there (or disabled): the
/// caller then uses a named temporary, which reports any real error (missing directory, no
/// permission) with its own message.
fn open_unnamed(dir: &Path) -> Option<File> {
    static USABLE: OnceLock<bool> = OnceLock::new();
    // The commit links the file through /proc/self/fd; without /proc it could not.
    let usable = *USABLE.get_or_init(|| {
        let disabled =
            matches!(std::env::var_os(NO_TMPFILE_ENV), Some(v) if !v.is_empty() && v != "0");
        !disabled && Path::new("/proc/self/fd").is_dir()
    });
    if !usable {
        return None;
    }
    let c_dir = CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: a NUL-terminated path; on success we own the returned descriptor.
    let fd = unsafe {
        libc::open(
            c_dir.as_ptr(),
            libc::O_TMPFILE | libc::O_RDWR | libc::O_CLOEXEC,
            0o666 as libc::c_uint,
        )
    };
    // SAFETY: `fd` is a fresh descriptor that nothing else owns.
    (fd >= 0).then(|| unsafe { File::from_raw_fd(fd) })
}

/// Creates a fresh named temporary beside `target` (mode 0666 minus the umask).
fn create_named(dir: &Path, target: &Path) -> io::Result<(File, PathBuf)> {
    for _ in 0..64 {
        let path = register(dir.join(temp_name(target)))?;
        match OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o666)
            .custom_flags(libc::O_CLOEXEC)
            .open(&path)
        {
            Ok(f) => return Ok((f, path)),
            Err(e) => {
                pending().paths.remove(&path);
                if e.kind() != io::ErrorKind::AlreadyExists {
                    return Err(e);
                }
            }
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// `.NAME.sw<pid>-<host>-<rand>.tmp` (NAME shortened so the whole fits in 255 bytes).
fn temp_name(target: &Path) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut cut = name.len().min(200);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let seed = nanos ^ COUNTER.fetch_add(1, Ordering::Relaxed).rotate_left(40);
    let rand = fnv1a(&seed.to_le_bytes()) as u32;
    format!(
        ".{}.sw{}-{:08x}-{rand:08x}.tmp",
        &name[..cut],
        std::process::id(),
        host_tag()
    )
}

/// The `(pid, host)` of a temporary named by [`temp_name`], or `None` for any other file.
fn owner_of(file_name: &str) -> Option<(u32, u32)> {
    let stem = file_name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (_, tag) = stem.rsplit_once('.')?;
    let mut parts = tag.strip_prefix("sw")?.split('-');
    let pid = parts.next()?.parse().ok()?;
    let host = u32::from_str_radix(parts.next()?, 16).ok()?;
    let rand = parts.next()?;
    (rand.len() == 8 && parts.next().is_none()).then_some((pid, host))
}

/// Removes, once per directory and process, the named temporaries left in `dir` by processes of
/// this host that no longer exist (killed by SIGKILL, or by a power cut).
fn reap_once(dir: &Path) {
    static DONE: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    let key = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let first = DONE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key);
    if first {
        reap_stale(dir);
    }
}

/// Removes the stale temporaries of [`reap_once`] in `dir`; returns how many went.
pub(crate) fn reap_stale(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let (me, host) = (std::process::id(), host_tag());
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some((pid, h)) = name.to_str().and_then(owner_of) else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if h == host && pid != me && is_file && !process_exists(pid) {
            removed += usize::from(std::fs::remove_file(entry.path()).is_ok());
        }
    }
    removed
}

fn process_exists(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks whether the process exists; nothing is sent.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// A short hash of this machine's host name.
fn host_tag() -> u32 {
    static TAG: OnceLock<u32> = OnceLock::new();
    *TAG.get_or_init(|| {
        let mut buf = [0u8; 256];
        // SAFETY: the buffer is writable for its full length; gethostname NUL-terminates within it
        // or truncates, and we only read up to the first NUL.
        let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
        let len = if rc == 0 {
            buf.iter().position(|&b| b == 0).unwrap_or(buf.len())
        } else {
            0
        };
        fnv1a(&buf[..len]) as u32
    })
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_identify_their_owner() {
        let n = temp_name(Path::new("/x/out.fits"));
        assert!(n.starts_with(".out.fits.sw"), "{n}");
        assert_eq!(owner_of(&n), Some((std::process::id(), host_tag())));
        assert_eq!(owner_of(".out.fits.abc123.tmp"), None); // tempfile's names: unknown owner
        assert_eq!(owner_of("out.fits"), None);
        let long = "é".repeat(200);
        assert!(temp_name(Path::new(&long)).len() < 255);
    }

    #[test]
    fn reaping_removes_only_temporaries_of_dead_processes_of_this_host() {
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let host = host_tag();
        let name = |pid: u32, host: u32| format!(".x.fits.sw{pid}-{host:08x}-0123abcd.tmp");
        let files = [
            name(dead, host),                 // stale: removed
            name(1, host),                    // init is alive: kept
            name(std::process::id(), host),   // ours: kept
            name(dead, host ^ 1),             // another machine's: kept
            ".x.fits.Ab12Cd.tmp".to_string(), // not ours (unknown owner): kept
        ];
        for f in &files {
            std::fs::write(dir.path().join(f), b"x").unwrap();
        }
        assert_eq!(reap_stale(dir.path()), 1);
        assert!(!dir.path().join(&files[0]).exists());
        for f in &files[1..] {
            assert!(dir.path().join(f).exists(), "{f}");
        }
    }
}
