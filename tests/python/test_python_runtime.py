"""skywarp at run time: no GIL held, Python threads, Ctrl-C, fork after use, progress bars, exceptions."""

import io
import os
import pickle
import subprocess
import sys
import textwrap
import threading
import time
import warnings

import numpy as np
import pytest
from astropy.wcs import WCS, FITSFixedWarning

import skywarp
from skywarp import _core

from conftest import tan_wcs

warnings.simplefilter("ignore", FITSFixedWarning)


@pytest.fixture(scope="module")
def big():
    n = 1536
    rng = np.random.default_rng(11)
    data = rng.random((n, n)).astype(np.float32)
    return data, tan_wcs(n), tan_wcs(n, rot=30, shift=100.5), (n, n)


def test_gil_is_released(big):
    """While the engine runs on one thread, the main thread keeps executing Python code."""
    data, win, wout, shape = big

    def spin(seconds):
        n, end = 0, time.perf_counter() + seconds
        while time.perf_counter() < end:
            n += 1
        return n

    baseline = spin(0.3) / 0.3
    done = threading.Event()
    elapsed = {}

    def work():
        t0 = time.perf_counter()
        for _ in range(3):
            skywarp.reproject_interp((data, win), wout, shape_out=shape, order="bicubic", parallel=1)
        elapsed["t"] = time.perf_counter() - t0
        done.set()

    t = threading.Thread(target=work)
    t.start()
    n, t0 = 0, time.perf_counter()
    while not done.is_set():
        n += 1
    during = time.perf_counter() - t0
    t.join()
    rate = n / during
    # holding the GIL for the engine call would leave the main thread next to nothing
    assert rate > 0.2 * baseline, f"main thread ran at {rate / baseline:.0%} of its normal rate"


def test_python_threads_run_concurrently_and_agree(big):
    data, win, wout, shape = big
    inputs = [data, data[::-1].copy(), data * 2, data.T.copy()]
    serial = [
        skywarp.reproject_interp((d, win), wout, shape_out=shape, return_footprint=False) for d in inputs
    ]
    results = [None] * len(inputs)

    def job(i):
        results[i] = skywarp.reproject_interp((inputs[i], win), wout, shape_out=shape, return_footprint=False)

    threads = [threading.Thread(target=job, args=(i,)) for i in range(len(inputs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for got, ref in zip(results, serial, strict=True):
        assert np.array_equal(got, ref, equal_nan=True)


def _run_script(code, timeout=120):
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=timeout
    )
    return proc


COMMON = """
    import os, signal, sys, threading, time
    import numpy as np
    from astropy.wcs import WCS
    import skywarp

    def tan(n, rot=0.0, shift=0.0):
        w = WCS(naxis=2)
        w.wcs.ctype = ["RA---TAN", "DEC--TAN"]
        w.wcs.crval = [150.0, 2.0]
        w.wcs.crpix = [n / 2 + shift, n / 2]
        w.wcs.cdelt = [-1 / 3600, 1 / 3600]
        c, s = np.cos(np.radians(rot)), np.sin(np.radians(rot))
        w.wcs.pc = [[c, -s], [s, c]]
        return w
"""


def _assert_sigint_interrupts(setup, long_call, check_after, delay=1.0):
    """Run ``setup``, then ``long_call`` while a thread sends SIGINT after ``delay`` s, in a fresh
    interpreter: KeyboardInterrupt within a fraction of a second, and ``check_after`` (an expression)
    true afterwards (the process stays usable)."""
    code = COMMON + textwrap.indent(
        textwrap.dedent(setup)
        + textwrap.dedent(
            f"""
            t_sig = []
            def fire():
                time.sleep({delay})
                t_sig.append(time.perf_counter())
                os.kill(os.getpid(), signal.SIGINT)
            threading.Thread(target=fire, daemon=True).start()
            t0 = time.perf_counter()
            try:
                {long_call}
                print("RESULT not-interrupted", time.perf_counter() - t0)
            except KeyboardInterrupt:
                print("RESULT interrupted", time.perf_counter() - t_sig[0], time.perf_counter() - t0)
            print("AFTER", bool({check_after}))
            """
        ),
        "    ",
    )
    proc = _run_script(code)
    lines = {ln.split()[0]: ln.split()[1:] for ln in proc.stdout.splitlines() if ln.split()}
    assert "RESULT" in lines, proc.stdout + proc.stderr
    assert lines["RESULT"][0] == "interrupted", proc.stdout
    latency = float(lines["RESULT"][1])
    assert latency < 1.5, f"KeyboardInterrupt {latency:.2f} s after SIGINT"
    assert lines["AFTER"] == ["True"], proc.stdout + proc.stderr


def test_ctrl_c_stops_a_long_call_promptly():
    """SIGINT during a long call raises KeyboardInterrupt within a fraction of a second, and the process
    stays usable."""
    _assert_sigint_interrupts(
        """
        n = 4096
        data = np.random.default_rng(0).random((n, n)).astype(np.float32)
        win, wout = tan(n), tan(n, rot=30, shift=300)
        """,
        # exact coordinates at every pixel: many seconds of work
        'skywarp.reproject_interp((data, win), wout, shape_out=(n, n), order="bilinear", coord_tolerance=0)',
        "np.isfinite(skywarp.reproject_interp((data[:64, :64], win), win, shape_out=(64, 64))[0]).all()",
    )


def test_ctrl_c_stops_a_master_build(tmp_path):
    """Calibration calls release the GIL through the same helper as reprojection: SIGINT during a long
    master_bias raises KeyboardInterrupt there (the combination stops at its next row read), and the
    process stays usable. master builds used to run detached without it, deaf to Ctrl-C until done."""
    from astropy.io import fits

    frame = tmp_path / "bias.fits"
    fits.writeto(frame, np.random.default_rng(2).normal(1000, 5, (1024, 1024)).astype(np.float32))
    _assert_sigint_interrupts(
        f"""
        from skywarp import calibration
        files = [{str(frame)!r}] * 1500  # sigma clipping of 1500 frames: many seconds on one thread
        """,
        'calibration.master_bias(files, method="sigma_clip", threads=1)',
        "np.isfinite(calibration.master_bias(files[:3])).all()",
        delay=0.5,
    )


def test_fork_after_use_does_not_deadlock():
    code = (
        COMMON
        + """
    import multiprocessing as mp
    data = np.random.default_rng(0).random((512, 512))
    win, wout = tan(512), tan(512, rot=20, shift=10)
    ref = skywarp.reproject_interp((data, win), wout, shape_out=(512, 512), parallel=2)[0]
    pid = os.fork()
    if pid == 0:
        signal.alarm(60)
        got = skywarp.reproject_interp((data, win), wout, shape_out=(512, 512), parallel=2)[0]
        os._exit(0 if np.array_equal(got, ref, equal_nan=True) else 3)
    _, status = os.waitpid(pid, 0)
    print("CHILD", os.waitstatus_to_exitcode(status))

    def job(k):
        return float(np.nansum(skywarp.reproject_interp((data * k, win), wout, shape_out=(512, 512))[0]))

    with mp.get_context("fork").Pool(2) as pool:
        sums = pool.map(job, [1, 2, 3])
    print("POOL", all(abs(s - (k + 1) * sums[0]) < 1e-6 * abs(sums[0]) * (k + 1) for k, s in enumerate(sums)))
    """
    )
    proc = _run_script(code, timeout=180)
    assert "CHILD 0" in proc.stdout, proc.stdout + proc.stderr
    assert "POOL True" in proc.stdout, proc.stdout + proc.stderr


def test_progress_bar_tqdm_style(big):
    data, win, wout, shape = big
    seen = {}

    def bar(iterable):
        seen["total"] = len(iterable)
        seen["items"] = 0

        def gen():
            for item in iterable:
                seen["items"] += 1
                yield item

        return gen()

    got = skywarp.reproject_interp((data, win), wout, shape_out=shape, progress_bar=bar)
    expected = _core.progress_total(list(shape))
    assert seen["total"] == expected > 1
    assert seen["items"] == expected
    ref = skywarp.reproject_interp((data, win), wout, shape_out=shape)
    assert np.array_equal(got[0], ref[0], equal_nan=True)


def test_progress_bar_with_tqdm(big):
    tqdm = pytest.importorskip("tqdm")
    data, win, wout, shape = big
    out = io.StringIO()
    bars = []

    def make(iterable):
        b = tqdm.tqdm(iterable, file=out, mininterval=0)
        bars.append(b)
        return b

    skywarp.reproject_interp((data, win), wout, shape_out=shape, progress_bar=make)
    (b,) = bars
    assert b.n == b.total == _core.progress_total(list(shape))
    assert f"{b.total}/{b.total}" in out.getvalue()


def test_progress_bar_current_scheduler(big):
    dask = pytest.importorskip("dask")
    data, win, wout, shape = big
    counts = []

    def bar(iterable):
        counts.append(len(iterable))
        return iter(iterable)

    with dask.config.set(scheduler="threads"):
        skywarp.reproject_interp(
            (data, win),
            wout,
            shape_out=shape,
            parallel="current-scheduler",
            block_size=(512, 512),
            progress_bar=bar,
        )
    assert counts == [9]


def test_exception_hierarchy_and_pickling():
    for cls, base in [
        (skywarp.SkywarpValueError, ValueError),
        (skywarp.ShapeError, ValueError),
        (skywarp.WcsError, ValueError),
        (skywarp.UnsupportedError, NotImplementedError),
        (skywarp.IoError, OSError),
        (skywarp.FitsError, OSError),
        (skywarp.InvalidOrderError, KeyError),
    ]:
        assert issubclass(cls, skywarp.SkywarpError) and issubclass(cls, base)
        e = pickle.loads(pickle.dumps(cls("message")))
        assert type(e) is cls and "message" in str(e)


def test_engine_errors_map_to_python_exceptions():
    data = np.ones((8, 8))
    w = tan_wcs(8)
    # a header WCSLIB refuses: WcsError (a ValueError)
    bad = "CTYPE1  = 'RA---XYZ'".ljust(80) + "CTYPE2  = 'DEC--XYZ'".ljust(80)
    with pytest.raises(skywarp.WcsError):
        _core.reproject(data, bad, bad, [8, 8], np.zeros((8, 8)), method="interp")
    # output array of the wrong shape: ShapeError
    cards, _ = skywarp._wcs.fits_cards_of_wcs(w)
    with pytest.raises(skywarp.ShapeError):
        _core.reproject(data, cards, cards, [8, 8], np.zeros((4, 8)), method="interp")
    # a celestial frame the engine does not know (a planetary xxLN/xxLT pair): the engine says
    # NotImplementedError and names it in unknown_frames, which sends such pairs down the generic path
    pl = WCS(naxis=2)
    pl.wcs.ctype = ["PLLN-TAN", "PLLT-TAN"]
    pl.wcs.cdelt = [0.001, 0.001]
    pl_cards, _ = skywarp._wcs.fits_cards_of_wcs(pl)
    why = _core.unknown_frames(pl_cards, pl_cards)
    assert why is not None and "PLLN" in why
    with pytest.raises(NotImplementedError, match="PLLN"):
        _core.reproject(data, pl_cards, pl_cards, [8, 8], np.zeros((8, 8)), method="interp")
    assert _core.unknown_frames(cards, cards) is None


def test_file_errors_are_os_errors_with_errno(tmp_path):
    """I/O failures reach Python as OSError (skywarp.IoError) with the system's errno, never as
    NotImplementedError."""
    import errno

    missing = tmp_path / "missing.fits"
    with pytest.raises(OSError) as e:
        skywarp.calibration.master_bias([missing])
    assert isinstance(e.value, skywarp.IoError) and not isinstance(e.value, NotImplementedError)
    assert e.value.errno == errno.ENOENT and "missing.fits" in str(e.value)
    again = pickle.loads(pickle.dumps(e.value))
    assert type(again) is type(e.value) and again.errno == errno.ENOENT


def test_plan_pickles(big):
    data, win, wout, shape = big
    from skywarp._engine import Plan, run
    from skywarp._wcs import engine_wcs

    plan = Plan("interp", (("order", 1),), engine_wcs(win), engine_wcs(wout), True, _core.DEFAULT_TOLERANCE)
    plan2 = pickle.loads(pickle.dumps(plan))
    assert plan2 == plan
    out = np.empty(shape)
    run(plan2, data, shape, out)
    ref = skywarp.reproject_interp((data, win), wout, shape_out=shape, return_footprint=False)
    assert np.array_equal(out, ref, equal_nan=True)


def test_version():
    assert skywarp.__version__ and isinstance(skywarp.__version__, str)
    assert os.path.basename(_core.__file__).startswith("_core")
