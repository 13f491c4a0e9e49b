"""Oracle test of `skywarp convert` (crates/skywarp-wcs/src/frames.rs) against astropy.

For every ordered pair of frames below, ~2000 seeded random points all over the sphere plus the poles,
the RA wrap and the equator are converted by skywarp and by astropy's
`SkyCoord(lon, lat, frame=FROM).transform_to(TO)`; the angular separation must be at most 1 mas.
The worst error per pair is printed at the end of the session (also with -q).

Every frame is built with all its attributes given explicitly: SkyCoord carries non-default attributes
of the source over to frames that lack them ("sticky" attributes), so an implicit default target
(e.g. `FK5()` after an `FK4(equinox="B1900")` source) would silently become FK5(equinox=B1900).
"""

import math

import numpy as np
import pytest

from conftest import run_skywarp

import astropy.units as u
from astropy.coordinates import (
    FK4,
    FK5,
    ICRS,
    BarycentricMeanEcliptic,
    FK4NoETerms,
    Galactic,
    SkyCoord,
    Supergalactic,
)
from astropy.time import Time

TOLERANCE_MAS = 1.0

# skywarp frame string -> astropy frame with every attribute explicit.
FRAMES = {
    "icrs": lambda: ICRS(),
    "fk5:J2000": lambda: FK5(equinox=Time("J2000")),
    "fk5:J2010.5": lambda: FK5(equinox=Time("J2010.5")),
    "fk5:J1975": lambda: FK5(equinox=Time("J1975")),
    "fk4:B1950:B1950": lambda: FK4(equinox=Time("B1950"), obstime=Time("B1950")),
    "fk4:B1950:B1980": lambda: FK4(equinox=Time("B1950"), obstime=Time("B1980")),
    "fk4:B1900:B1950": lambda: FK4(equinox=Time("B1900"), obstime=Time("B1950")),
    "fk4:B1900:B1980": lambda: FK4(equinox=Time("B1900"), obstime=Time("B1980")),
    "fk4noeterms:B1950:B1950": lambda: FK4NoETerms(equinox=Time("B1950"), obstime=Time("B1950")),
    "fk4noeterms:B1900:B1980": lambda: FK4NoETerms(equinox=Time("B1900"), obstime=Time("B1980")),
    "galactic": lambda: Galactic(),
    "supergalactic": lambda: Supergalactic(),
    "ecliptic:J2000": lambda: BarycentricMeanEcliptic(equinox=Time("J2000")),
    "ecliptic:J2050": lambda: BarycentricMeanEcliptic(equinox=Time("J2050")),
}

PAIRS = [(a, b) for a in FRAMES for b in FRAMES]

# worst error (mas) per (from, to), filled by test_pair, printed by the summary fixture.
WORST = {}


def _points():
    rng = np.random.default_rng(20240611)
    n = 2000
    lon = rng.uniform(0.0, 360.0, n)
    lat = np.degrees(np.arcsin(rng.uniform(-1.0, 1.0, n)))
    special = [
        (0.0, 90.0), (137.0, 90.0), (0.0, -90.0), (301.0, -90.0),
        (0.0, 89.9999999), (180.0, -89.9999999),
        (0.0, 0.0), (359.9999999999, 0.0), (1e-10, -1e-10), (359.99999, 45.0), (180.0, 0.0),
        (266.40499, -28.93617), (192.85948, 27.12825), (12.0, 0.0001),
    ]
    lon = np.concatenate([lon, [p[0] for p in special]])
    lat = np.concatenate([lat, [p[1] for p in special]])
    return lon, lat


LON, LAT = _points()
STDIN = "".join(f"{a!r} {b!r}\n" for a, b in zip(LON.tolist(), LAT.tolist()))


def _unit(lon_deg, lat_deg):
    lon, lat = np.radians(lon_deg), np.radians(lat_deg)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=-1)


def separation_mas(lon1, lat1, lon2, lat2):
    """Angular separation (atan2 of |a x b| and a.b: accurate at every angle), milliarcseconds."""
    a, b = _unit(lon1, lat1), _unit(lon2, lat2)
    cross = np.linalg.norm(np.cross(a, b), axis=-1)
    return np.degrees(np.arctan2(cross, np.sum(a * b, axis=-1))) * 3.6e6


def skywarp_convert(frm, to, stdin):
    out = run_skywarp("convert", "--from", frm, "--to", to, input=stdin).stdout
    rows = [line.split() for line in out.strip().splitlines()]
    return np.array([[float(x) for x in r] for r in rows]).reshape(-1, 2)


@pytest.fixture(scope="module", autouse=True)
def worst_error_table(request):
    yield
    if not WORST:
        return
    capman = request.config.pluginmanager.get_plugin("capturemanager")
    with capman.global_and_fixture_disabled():
        _print_table(print)


def _print_table(write):
    names = list(FRAMES)
    width = max(map(len, names))
    write("")
    write(f"skywarp convert vs astropy SkyCoord.transform_to: worst error per pair (mas), {len(LON)} points")
    corner = "from \\ to"
    write(f"{corner:<{width}}  " + " ".join(f"{f'[{i}]':>7}" for i in range(len(names))))
    for i, a in enumerate(names):
        cells = []
        for b in names:
            v = WORST.get((a, b))
            cells.append(f"{'-':>7}" if v is None else f"{v:7.1e}")
        write(f"{a:<{width}}  " + " ".join(cells) + f"  [{i}]")
    worst = max(WORST.items(), key=lambda kv: kv[1])
    write(f"overall worst: {worst[1]:.6f} mas ({worst[0][0]} -> {worst[0][1]})")


@pytest.mark.parametrize("frm,to", PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_pair(frm, to):
    got = skywarp_convert(frm, to, STDIN)
    assert got.shape == (len(LON), 2)
    ref = SkyCoord(LON * u.deg, LAT * u.deg, frame=FRAMES[frm]()).transform_to(FRAMES[to]())
    ref_lon = ref.spherical.lon.to_value(u.deg)
    ref_lat = ref.spherical.lat.to_value(u.deg)

    assert np.all((got[:, 0] >= 0.0) & (got[:, 0] < 360.0)), "longitudes outside [0, 360)"
    assert np.all(np.abs(got[:, 1]) <= 90.0), "latitudes outside [-90, 90]"
    sep = separation_mas(got[:, 0], got[:, 1], ref_lon, ref_lat)
    worst = float(np.max(sep))
    WORST[(frm, to)] = worst
    i = int(np.argmax(sep))
    assert worst <= TOLERANCE_MAS, (
        f"{frm} -> {to}: worst {worst:.6f} mas at input ({LON[i]!r}, {LAT[i]!r}): "
        f"skywarp ({got[i, 0]!r}, {got[i, 1]!r}), astropy ({ref_lon[i]!r}, {ref_lat[i]!r})"
    )
    if frm == to:
        # Same frame: exact passthrough (astropy does not touch the values either).
        np.testing.assert_array_equal(got[:, 0], LON)
        np.testing.assert_array_equal(got[:, 1], LAT)


def test_arguments_on_command_line():
    out = run_skywarp("convert", "--from", "icrs", "--to", "galactic", "83.633", "22.0145", "-10", "-45").stdout
    got = np.array([[float(x) for x in line.split()] for line in out.splitlines()])
    ref = SkyCoord([83.633, -10] * u.deg, [22.0145, -45] * u.deg, frame="icrs").galactic
    sep = separation_mas(got[:, 0], got[:, 1], ref.l.deg, ref.b.deg)
    assert np.all(sep <= TOLERANCE_MAS)


def test_precision_of_output():
    """At least 12 significant digits: the printed values read back to within 1e-9 deg."""
    out = run_skywarp("convert", "--from", "fk5:J2000", "--to", "icrs", "123.456789012345", "-45.678901234567").stdout
    lon, lat = (float(x) for x in out.split())
    ref = SkyCoord(123.456789012345 * u.deg, -45.678901234567 * u.deg, frame=FK5(equinox=Time("J2000"))).icrs
    assert math.isclose(lon, ref.ra.deg, abs_tol=1e-9) and math.isclose(lat, ref.dec.deg, abs_tol=1e-9)


def test_nan_and_comments():
    out = run_skywarp(
        "convert", "--from", "fk4", "--to", "galactic",
        input="# a comment\n\nnan nan\n10 nan\nnan 10\n10, 20\n",
    ).stdout
    lines = out.strip().splitlines()
    assert lines[:3] == ["nan nan"] * 3
    lon, lat = (float(x) for x in lines[3].split())
    ref = SkyCoord(10 * u.deg, 20 * u.deg, frame=FK4(equinox=Time("B1950"), obstime=Time("B1950"))).galactic
    assert separation_mas(lon, lat, ref.l.deg, ref.b.deg) <= TOLERANCE_MAS


@pytest.mark.parametrize(
    "args,stdin",
    [
        (["--from", "fk6", "--to", "icrs", "1", "2"], None),
        (["--from", "icrs", "--to", "fk5:Jabc", "1", "2"], None),
        (["--from", "icrs", "--to", "icrs:J2000", "1", "2"], None),
        (["--from", "icrs", "--to", "galactic", "1", "abc"], None),
        (["--from", "icrs", "--to", "galactic", "1"], None),
        (["--from", "icrs", "--to", "galactic"], "1 2\n3 x\n"),
        (["--from", "icrs", "--to", "galactic"], "1 2 3\n"),
    ],
    ids=["bad-frame", "bad-epoch", "params-on-icrs", "bad-number", "odd-count", "bad-stdin-number", "bad-stdin-fields"],
)
def test_errors(args, stdin):
    proc = run_skywarp("convert", *args, input=stdin, check=False)
    assert proc.returncode != 0
    assert "panicked" not in proc.stderr
    msg = proc.stderr.strip()
    assert msg and "\n" not in msg, f"expected a one-line error, got {proc.stderr!r}"
