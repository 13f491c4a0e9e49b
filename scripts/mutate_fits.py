#!/usr/bin/env python3
"""Mutation run: N mutated FITS files (fixed seed) through `skywarp info` and `skywarp reproject`.

Every run must end in success or in a clean failure: exit 1/2 with exactly one line on stderr. Counted
separately: signals (a native crash: SIGFPE, SIGSEGV, SIGABRT...), Rust panics, hangs (timeout) and
multi-line failures. Inputs that produce any of these are copied to --keep (default
tests/data/mutation-failures) so they can become regression files.

    .venv/bin/python scripts/mutate_fits.py --count 10000 --bin target/release/skywarp

Exit status 0 when nothing bad happened, 1 otherwise. The seed files are written with astropy
(uncompressed images of several BITPIX with scaling and BLANK, multi-extension files, RICE / GZIP /
HCOMPRESS / PLIO tile-compressed images, a gzip'ed file), so the run needs no data beyond the venv.
"""
import argparse
import concurrent.futures as cf
import gzip
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from astropy.io import fits

REPO = Path(__file__).resolve().parents[1]

# Card values that have broken FITS readers: zeros and negatives where sizes go, blanks, overflow,
# non-numbers, huge numbers.
INTERESTING = ["0", "-1", "1", "", "2147483648", "-2147483649", "9223372036854775807", "1E999", "NAN",
               "'x'", "T", "F", "1.5", "-0", "99999999999999999999", "3", "64", "1000000000"]
# Keywords whose values matter most to the readers.
TARGET_KEYS = ["BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "PCOUNT", "GCOUNT", "BZERO", "BSCALE",
               "BLANK", "ZBITPIX", "ZNAXIS", "ZNAXIS1", "ZNAXIS2", "ZTILE1", "ZTILE2", "ZVAL1", "ZVAL2",
               "ZVAL3", "ZCMPTYPE", "ZQUANTIZ", "ZDITHER0", "THEAP", "TFIELDS", "TFORM1", "EXTEND",
               "CRPIX1", "CDELT1", "CTYPE1", "CTYPE2", "PC1_1", "A_ORDER", "NAXIS4", "XTENSION", "SIMPLE"]


def celestial(h, n):
    h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
    h["CRPIX1"] = h["CRPIX2"] = n / 2
    h["CRVAL1"], h["CRVAL2"] = 10.0, 20.0
    h["CDELT1"], h["CDELT2"] = -0.001, 0.001
    return h


def write_seeds(d: Path):
    """Small valid files covering every layout the readers handle."""
    rng = np.random.default_rng(0)
    n = 24
    f32 = rng.normal(100, 5, (n, n)).astype(np.float32)
    seeds = []

    def add(name, hdul):
        p = d / name
        hdul.writeto(p, overwrite=True)
        seeds.append(p)

    add("f32.fits", fits.HDUList([fits.PrimaryHDU(f32, celestial(fits.Header(), n))]))
    i16 = fits.PrimaryHDU((f32 * 10).astype(np.int16), celestial(fits.Header(), n))
    i16.header["BLANK"] = -32768
    i16.scale("int16", bzero=32768)
    add("i16_scaled.fits", fits.HDUList([i16]))
    add("u8_cube.fits", fits.HDUList([fits.PrimaryHDU(rng.integers(0, 255, (3, n, n)).astype(np.uint8),
                                                      celestial(fits.Header(), n))]))
    add("mef.fits", fits.HDUList([fits.PrimaryHDU(), fits.ImageHDU(f32, celestial(fits.Header(), n), name="SCI"),
                                  fits.BinTableHDU.from_columns([fits.Column("A", "E", array=f32[0])])]))
    for comp in ("RICE_1", "GZIP_1", "GZIP_2", "HCOMPRESS_1", "PLIO_1"):
        data = f32 if comp != "PLIO_1" else (f32 > 100).astype(np.int16)
        add(f"{comp.lower()}.fits", fits.HDUList([fits.PrimaryHDU(), fits.CompImageHDU(
            data, celestial(fits.Header(), n), compression_type=comp, tile_shape=(8, n))]))
    gz = d / "f32.fits.gz"
    gz.write_bytes(gzip.compress((d / "f32.fits").read_bytes()))
    seeds.append(gz)
    return seeds


def card_positions(raw: bytes):
    """Offsets of the header cards of every HDU (walking headers only, tolerant of garbage)."""
    out, i = [], 0
    while i + 80 <= len(raw):
        out.append(i)
        if raw[i:i + 8] == b"END     ":
            i = (i // 2880 + 1) * 2880
            # skip to the next XTENSION (data sizes are not trusted here)
            nxt = raw.find(b"XTENSION=", i)
            if nxt < 0 or nxt % 80:
                break
            i = nxt
        else:
            i += 80
    return out


def mutate(raw: bytes, rng: random.Random) -> bytes:
    b = bytearray(raw)
    if b[:2] == b"\x1f\x8b":  # mutate the decompressed file, then gzip it again
        return gzip.compress(mutate(gzip.decompress(bytes(b)), rng))
    cards = card_positions(bytes(b))
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        op = rng.random()
        if op < 0.45 and cards:  # rewrite the value of an important card
            keyed = [c for c in cards if b[c:c + 8].decode("ascii", "replace").strip() in TARGET_KEYS]
            c = rng.choice(keyed or cards)
            key = b[c:c + 8].decode("ascii", "replace")
            val = rng.choice(INTERESTING) if rng.random() < 0.8 else str(rng.randint(-10**6, 10**6))
            b[c:c + 80] = f"{key}= {val:>20}".ljust(80)[:80].encode()
        elif op < 0.55 and cards:  # duplicate a card over another one
            src, dst = rng.choice(cards), rng.choice(cards)
            b[dst:dst + 80] = b[src:src + 80]
        elif op < 0.65 and cards:  # blank a card
            c = rng.choice(cards)
            b[c:c + 80] = b" " * 80
        elif op < 0.80:  # flip bits anywhere
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(b))
                b[i] ^= 1 << rng.randrange(8)
        elif op < 0.90:  # truncate
            del b[rng.randrange(1, len(b)):]
        elif op < 0.95:  # overwrite a run with random bytes
            i = rng.randrange(len(b))
            n = rng.randint(1, 200)
            b[i:i + n] = bytes(rng.randrange(256) for _ in range(n))[:len(b) - i]
        else:  # append garbage or a block
            b += bytes(rng.randrange(256) for _ in range(rng.choice([1, 80, 2880])))
    return bytes(b)


def classify(proc_or_timeout):
    if proc_or_timeout == "hang":
        return "hang"
    rc, err = proc_or_timeout
    if rc < 0 or rc >= 128:
        return "signal"
    if "panicked" in err or rc == 101:
        return "panic"
    if rc == 0:
        return "ok"
    lines = err.strip().splitlines()
    if len(lines) != 1 or not lines[0].startswith("skywarp: error: "):
        return "multiline"
    return "error"


def run_one(binary, args, timeout):
    try:
        p = subprocess.run([binary, *args], capture_output=True, text=True, timeout=timeout,
                           errors="replace")
        return p.returncode, p.stderr
    except subprocess.TimeoutExpired:
        return "hang"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--bin", default=str(REPO / "target" / "release" / "skywarp"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--keep", default=str(REPO / "tests" / "data" / "mutation-failures"))
    a = ap.parse_args()

    rng = random.Random(a.seed)
    work = Path(tempfile.mkdtemp(prefix="skywarp-mutate-"))
    try:
        seeds = write_seeds(work)
        target = work / "target.hdr"
        celestial(fits.Header({"NAXIS": 2, "NAXIS1": 20, "NAXIS2": 20}), 20).totextfile(target)
        raws = [(p.name, p.read_bytes()) for p in seeds]
        cases = []
        for k in range(a.count):
            name, raw = raws[rng.randrange(len(raws))]
            suffix = ".fits.gz" if name.endswith(".gz") else ".fits"
            p = work / f"m{k:05d}{suffix}"
            p.write_bytes(mutate(raw, rng))
            cases.append(p)

        counts = {"info": Counter(), "reproject": Counter()}
        bad = []

        def job(p):
            out = p.with_suffix(".out.fits")
            r = {
                "info": classify(run_one(a.bin, ["info", str(p)], a.timeout)),
                "reproject": classify(run_one(a.bin, ["reproject", str(p), "--to", str(target), "-o", str(out)],
                                              a.timeout)),
            }
            out.unlink(missing_ok=True)
            return p, r

        with cf.ThreadPoolExecutor(a.jobs) as ex:
            for p, r in ex.map(job, cases):
                for cmd, verdict in r.items():
                    counts[cmd][verdict] += 1
                if any(v in ("signal", "panic", "hang", "multiline") for v in r.values()):
                    bad.append((p, r))
                else:
                    p.unlink()
        for cmd, c in counts.items():
            print(f"{cmd:10s} " + " ".join(f"{k}={c.get(k, 0)}" for k in
                                            ("ok", "error", "signal", "panic", "hang", "multiline")))
        if bad:
            keep = Path(a.keep)
            keep.mkdir(parents=True, exist_ok=True)
            for p, r in bad:
                shutil.copy(p, keep / p.name)
                print(f"BAD {p.name}: {r}", file=sys.stderr)
            print(f"{len(bad)} failing input(s) copied to {keep}", file=sys.stderr)
        return 1 if bad else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
