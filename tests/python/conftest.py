"""Shared fixtures for skywarp's oracle tests.

The oracle is the real astropy / reproject installed from PyPI into the test venv; the thing under test is
the real `skywarp` binary built by cargo (release profile), found through $SKYWARP_BIN or target/release.
"""
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def skywarp_bin() -> Path:
    env = os.environ.get("SKYWARP_BIN")
    path = Path(env) if env else REPO / "target" / "release" / "skywarp"
    if not path.exists():
        pytest.fail(f"skywarp binary not found at {path}: run `cargo build --release -p skywarp-cli` first")
    return path


def run_skywarp(*args, input=None, check=True, timeout=600):
    """Run the skywarp CLI; returns the CompletedProcess (text mode)."""
    proc = subprocess.run(
        [str(skywarp_bin()), *map(str, args)],
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"skywarp {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def astropy_wcs_data() -> Path:
    import astropy

    return Path(astropy.__file__).parent / "wcs" / "tests" / "data"


@pytest.fixture(scope="session")
def reproject_data() -> Path:
    import reproject

    return Path(reproject.__file__).parent / "tests" / "data"
