"""Hostile input through every subcommand and the Python package: one clear line, never a native
crash, a hang, a destroyed input or a non-standard output file.

Each test is named after what broke before it existed (a probe with 12,000 mutated files and 73
hand-made bad inputs). Every subprocess runs under a timeout, so a regression shows as a failure,
not a hung suite.
"""
import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from astropy.io import fits

from conftest import run_skywarp, skywarp_bin

TIMEOUT = 60


def one_line_error(proc):
    """The process failed cleanly: exit 1 or 2 (not a signal), one line on stderr."""
    assert proc.returncode in (1, 2), f"exit {proc.returncode} (negative = killed by a signal): {proc.stderr}"
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, f"not one line: {proc.stderr!r}"
    assert lines[0].startswith("skywarp: error: "), lines[0]
    assert "panicked" not in proc.stderr
    return lines[0]


def celestial_header(n=32):
    h = fits.Header()
    h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
    h["CRPIX1"] = h["CRPIX2"] = n / 2
    h["CRVAL1"], h["CRVAL2"] = 10.0, 20.0
    h["CDELT1"], h["CDELT2"] = -0.001, 0.001
    return h


@pytest.fixture
def image(tmp_path):
    p = tmp_path / "img.fits"
    data = np.random.default_rng(0).normal(100, 5, (32, 32)).astype(np.float32)
    fits.writeto(p, data, celestial_header(), overwrite=True)
    return p


def patch_card(src, dst, keyword, card):
    """Copy `src` replacing the first card of `keyword` after the primary header by `card`."""
    raw = bytearray(src.read_bytes())
    key = keyword.ljust(8).encode()
    for i in range(2880, len(raw), 80):
        if raw[i:i + 8] == key:
            raw[i:i + 80] = card.ljust(80).encode()
            dst.write_bytes(bytes(raw))
            return dst
    raise KeyError(keyword)


# The files that killed the process with SIGFPE inside CFITSIO before the parameters were checked in Rust.
CRASHERS = [
    ("ztile1_zero", "ZTILE1", "ZTILE1  =                    0"),
    ("ztile2_zero", "ZTILE2", "ZTILE2  =                    0"),
    ("ztile1_blank", "ZTILE1", "ZTILE1  ="),
    ("rice_blocksize_zero", "ZVAL1", "ZVAL1   =                    0"),
]


@pytest.fixture
def compressed(tmp_path):
    data = np.random.default_rng(1).normal(100, 5, (32, 32)).astype(np.float32)
    p = tmp_path / "rice.fits"
    fits.HDUList([fits.PrimaryHDU(), fits.CompImageHDU(data, header=celestial_header(), compression_type="RICE_1")]
                 ).writeto(p)
    return p


@pytest.mark.parametrize("name,keyword,card", CRASHERS)
def test_zero_or_blank_ztile_and_rice_blocksize_no_sigfpe(tmp_path, compressed, image, name, keyword, card):
    bad = patch_card(compressed, tmp_path / f"{name}.fits", keyword, card)
    runs = [
        ["info", bad],
        ["reproject", bad, "--to", image, "-o", tmp_path / "out.fits"],
        ["preview", bad, "-o", tmp_path / "out.png"],
        ["calibrate", "--bias", bad, bad, "-o", tmp_path / "cal"],
        ["calibrate", bad, "-o", tmp_path / "cal2"],
    ]
    for args in runs:
        proc = run_skywarp(*args, check=False, timeout=TIMEOUT)
        if args[0] == "calibrate" and args[1] != "--bias":
            # a batch of lights reports each failing light on its own line, then the summary
            assert proc.returncode == 1, proc.stderr
            assert keyword in proc.stderr and "panicked" not in proc.stderr
            continue
        line = one_line_error(proc)
        assert keyword in line and "HDU 1" in line and bad.name in line, line
    assert not (tmp_path / "out.fits").exists() and not (tmp_path / "out.png").exists()


@pytest.mark.parametrize("name,keyword,card", CRASHERS)
def test_zero_ztile_python_master_bias_raises_instead_of_killing_the_interpreter(tmp_path, compressed, name,
                                                                                 keyword, card):
    # in a child interpreter: a regression would be a SIGFPE, which must fail this test, not kill pytest
    bad = patch_card(compressed, tmp_path / f"{name}.fits", keyword, card)
    code = (
        "import sys, skywarp.calibration as c\n"
        "try:\n"
        f"    c.master_bias([{str(bad)!r}, {str(bad)!r}])\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e); sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 3, f"exit {proc.returncode}: {proc.stdout} {proc.stderr}"
    assert keyword in proc.stdout, proc.stdout


def test_duplicated_bitpix_refused_by_info_and_reproject_alike(tmp_path, image):
    raw = bytearray(image.read_bytes())
    # replace the first non-mandatory card (CTYPE1) by a second BITPIX that contradicts the first
    i = next(i for i in range(0, 2880, 80) if raw[i:i + 8] == b"CTYPE1  ")
    raw[i:i + 80] = "BITPIX  =                   16".ljust(80).encode()
    bad = tmp_path / "dup.fits"
    bad.write_bytes(bytes(raw))
    for args in (["info", bad], ["reproject", bad, "--to", image, "-o", tmp_path / "o.fits"]):
        line = one_line_error(run_skywarp(*args, check=False, timeout=TIMEOUT))
        assert "BITPIX appears twice" in line, line


@pytest.fixture
def special_files(tmp_path):
    fifo = tmp_path / "pipe.fits"
    os.mkfifo(fifo)
    d = tmp_path / "dir.fits"
    d.mkdir()
    return {"/dev/zero": "character device", str(fifo): "FIFO", str(d): "directory"}


def test_dev_zero_fifo_directory_fail_at_once_in_every_subcommand(tmp_path, image, special_files):
    for special, kind in special_files.items():
        runs = [
            ["info", special],
            ["reproject", special, "--to", image, "-o", tmp_path / "o.fits"],
            ["reproject", image, "--to", special, "-o", tmp_path / "o.fits"],
            ["xy2sky", special, "1", "1"],
            ["sky2xy", special, "10", "20"],
            ["preview", special, "-o", tmp_path / "o.png"],
            ["calibrate", "--lights-from", special, "-o", tmp_path / "cal"],
            ["calibrate", "--bias", special, special, "-o", tmp_path / "cal"],
        ]
        for args in runs:
            try:
                proc = run_skywarp(*args, check=False, timeout=20)
            except subprocess.TimeoutExpired:
                pytest.fail(f"skywarp {' '.join(map(str, args))} hung")
            line = one_line_error(proc)
            assert kind in line and "only regular files" in line, line


def test_threads_100000_is_capped_with_a_note(tmp_path, image):
    out = tmp_path / "o.fits"
    proc = run_skywarp("reproject", image, "--to", image, "-o", out, "--threads", "100000", timeout=TIMEOUT)
    assert "100000 threads requested; using" in proc.stderr
    ref = tmp_path / "ref.fits"
    run_skywarp("reproject", image, "--to", image, "-o", ref, "--threads", "1", timeout=TIMEOUT)
    assert np.array_equal(fits.getdata(out), fits.getdata(ref), equal_nan=True)
    proc = run_skywarp("calibrate", "--bias", image, image, "-o", tmp_path / "cal", "--threads", "100000",
                       timeout=TIMEOUT)
    assert "100000 threads requested" in proc.stderr


def test_output_equal_to_input_is_refused_symlinks_and_hard_links_included(tmp_path, image):
    before = image.read_bytes()
    link = tmp_path / "link.fits"
    link.symlink_to(image)
    hard = tmp_path / "hard.fits"
    os.link(image, hard)
    target = tmp_path / "target.hdr"
    celestial_header().totextfile(target)
    for out in (image, link, hard, tmp_path / "." / "img.fits"):
        for args in (
            ["reproject", image, "--to", target, "-o", out],
            ["reproject", link, "--to", image, "-o", out],
            ["preview", image, "-o", out],
            ["mosaic", image, link, "-o", out],
        ):
            line = one_line_error(run_skywarp(*args, check=False, timeout=TIMEOUT))
            assert "refusing to overwrite an input" in line, line
    # the header the output is modelled on is an input too
    line = one_line_error(run_skywarp("reproject", image, "--to", target, "-o", target, check=False))
    assert "refusing to overwrite an input" in line
    # calibrate: a light calibrated into its own directory, a master named like a bias frame
    line = one_line_error(run_skywarp("calibrate", image, "-o", tmp_path, check=False))
    assert "refusing to overwrite an input" in line
    bias = tmp_path / "master_bias.fits"
    fits.writeto(bias, np.zeros((32, 32), np.float32))
    line = one_line_error(run_skywarp("calibrate", "--bias", bias, image, "-o", tmp_path, check=False))
    assert "refusing to overwrite an input" in line
    assert image.read_bytes() == before


def test_outputs_follow_the_umask(tmp_path, image):
    for umask, mode in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        png = tmp_path / f"p{umask:o}.png"
        proc = subprocess.run(
            ["sh", "-c", f'umask {umask:03o} && exec "$0" "$@"', str(skywarp_bin()),
             "preview", str(image), "-o", str(png)],
            capture_output=True, text=True, timeout=TIMEOUT)
        assert proc.returncode == 0, proc.stderr
        assert stat.S_IMODE(png.stat().st_mode) == mode, (oct(umask), oct(png.stat().st_mode))


def test_header_value_1e999_calibrated_output_passes_astropy_verify(tmp_path):
    light = tmp_path / "light.fits"
    data = np.full((16, 16), 5.0, np.float32)
    fits.writeto(light, data)
    raw = bytearray(light.read_bytes())
    end = next(i for i in range(0, 2880, 80) if raw[i:i + 8] == b"END     ")
    raw[end:end + 160] = ("BIGNUM  =                1E999".ljust(80) + "END".ljust(80)).encode()
    light.write_bytes(bytes(raw))
    bias = tmp_path / "bias.fits"
    fits.writeto(bias, np.ones((16, 16), np.float32))
    out = tmp_path / "cal"
    run_skywarp("calibrate", "--master-bias", bias, light, "-o", out, timeout=TIMEOUT)
    with fits.open(out / "light.fits") as hdul:
        hdul.verify("exception")
        assert np.allclose(hdul[0].data, 4.0)
        assert "BIGNUM" in hdul[0].header


def test_error_text_names_each_cause_once(tmp_path):
    empty = tmp_path / "empty.fits"
    empty.write_bytes(b"")
    for args in (["info", empty], ["calibrate", "--bias", empty, empty, "-o", tmp_path / "c"],
                 ["calibrate", "--bias", tmp_path / "missing.fits", "-o", tmp_path / "c"]):
        line = one_line_error(run_skywarp(*args, check=False, timeout=TIMEOUT))
        body = line.removeprefix("skywarp: error: ")
        for cause in ("the file is empty", "No such file or directory", "os error 2"):
            assert body.count(cause) <= 1, line


def test_negative_option_values_give_one_line(tmp_path, image):
    for args in (
        ["reproject", image, "--to", image, "-o", tmp_path / "o.fits", "--tolerance", "-1"],
        ["reproject", image, "--to", image, "-o", tmp_path / "o.fits", "--threads", "-4"],
        ["preview", image, "-o", tmp_path / "o.png", "--size", "-3"],
        ["calibrate", "--bias", image, image, "--combine", "sigma-clip", "--sigma", "-1", "-o", tmp_path / "c"],
    ):
        line = one_line_error(run_skywarp(*args, check=False, timeout=TIMEOUT))
        assert "-" in line
    assert not (tmp_path / "o.fits").exists()
    # a negative coordinate is a value, not an unknown flag
    proc = run_skywarp("xy2sky", image, "-3", "4", timeout=TIMEOUT)
    assert len(proc.stdout.split()) == 2


def test_mutation_smoke_300_files_no_signal_panic_hang_or_multiline(tmp_path):
    """The short version of scripts/mutate_fits.py (the full run is 10,000 files; see its docstring)."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "mutate_fits.py"
    proc = subprocess.run([sys.executable, str(script), "--count", "300", "--seed", "7", "--bin", str(skywarp_bin()),
                           "--keep", str(tmp_path / "failures")], capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "signal=0 panic=0 hang=0 multiline=0" in proc.stdout, proc.stdout
