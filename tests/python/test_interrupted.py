"""Interrupted runs leave nothing behind in the output directory.

Regression tests for: Ctrl-C, SIGTERM, SIGHUP and SIGKILL mid-run used to leave full-size hidden
temporaries (`.OUT.XXXX.tmp`) that later runs never reaped. Now the temporary is an `O_TMPFILE` file
with no name (it vanishes with the process, even on SIGKILL); where that is unavailable
(`SKYWARP_NO_TMPFILE=1` simulates such a file system) it is named after its process, removed by the
signal handling, and reaped by the next run after a SIGKILL. A catchable signal exits with 128 + the
signal number and one line saying the output was not written.
"""
import os
import signal
import subprocess
import time

import numpy as np
import pytest
from astropy.io import fits

from conftest import skywarp_bin

SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGKILL]


def _header(n, scale):
    h = fits.Header()
    h["NAXIS"], h["NAXIS1"], h["NAXIS2"] = 2, n, n
    h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
    h["CRVAL1"], h["CRVAL2"] = 150.0, 2.0
    h["CRPIX1"] = h["CRPIX2"] = n / 2 + 0.5
    h["CDELT1"], h["CDELT2"] = -scale, scale
    return h


@pytest.fixture(scope="module")
def big_job(tmp_path_factory):
    """A 1000² input and a 6000² target covering it: seconds of work, hundreds of MB of output."""
    d = tmp_path_factory.mktemp("inputs")
    data = np.random.default_rng(1).normal(100, 5, (1000, 1000)).astype(np.float32)
    fits.PrimaryHDU(data, _header(1000, 1 / 3600)).writeto(d / "in.fits")
    _header(6000, 1 / 6 / 3600).totextfile(d / "target.hdr")
    return d / "in.fits", d / "target.hdr"


def _start(out, job, env):
    src, target = job
    cmd = [str(skywarp_bin()), "reproject", str(src), "--to", str(target), "-o", str(out), "--threads", "2"]
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)


def _writing(proc, out_dir):
    """True once the process holds a file open in `out_dir` (its temporary output)."""
    try:
        links = [os.readlink(f"/proc/{proc.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{proc.pid}/fd")]
    except OSError:
        return False
    return any(link.startswith(str(out_dir) + "/") for link in links)


def _interrupt(proc, out_dir, sig):
    deadline = time.monotonic() + 60
    while not _writing(proc, out_dir):
        assert proc.poll() is None, f"finished before it could be interrupted: {proc.stderr.read()}"
        assert time.monotonic() < deadline, "the output was never opened"
        time.sleep(0.005)
    time.sleep(0.2)  # well inside the computation
    assert proc.poll() is None, "test set-up: the job must still be running when signalled"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


@pytest.mark.parametrize("named", [False, True], ids=["o_tmpfile", "named_fallback"])
@pytest.mark.parametrize("sig", SIGNALS, ids=[s.name for s in SIGNALS])
def test_interrupted_reproject_leaves_no_file_behind(tmp_path, big_job, sig, named):
    env = dict(os.environ)
    env.pop("SKYWARP_NO_TMPFILE", None)
    if named:
        env["SKYWARP_NO_TMPFILE"] = "1"
    out = tmp_path / "out.fits"
    rc, err = _interrupt(_start(out, big_job, env), tmp_path, sig)
    left = sorted(os.listdir(tmp_path))
    if sig == signal.SIGKILL:
        assert rc == -signal.SIGKILL
        if not named:
            assert left == [], left
            return
        # Named temporaries cannot survive a later run in the same directory.
        assert len(left) == 1 and left[0].startswith(".out.fits.sw") and left[0].endswith(".tmp"), left
        small = tmp_path.parent / f"{tmp_path.name}-small.hdr"
        _header(64, 1 / 3600).totextfile(small)
        done = subprocess.run(
            [str(skywarp_bin()), "reproject", str(big_job[0]), "--to", str(small), "-o", str(tmp_path / "next.fits")],
            capture_output=True, text=True, env=env, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert sorted(os.listdir(tmp_path)) == ["next.fits"]
        return
    assert rc == 128 + sig, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"interrupted by {sig.name}" in lines[0] and "out.fits was not written" in lines[0], err
    assert left == [], left
