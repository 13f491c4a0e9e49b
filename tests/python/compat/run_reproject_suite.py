#!/usr/bin/env python
"""Run reproject's own tests with skywarp substituted: the interpolation, adaptive, exact
(spherical_intersect) and high-level tests with skywarp's reproject_interp, reproject_adaptive and
reproject_exact (``--suite interp``, the default), or
the mosaicking tests with skywarp's reproject_and_coadd / find_optimal_celestial_wcs (``--suite mosaic``,
plugin skywarp_mosaic_plugin).

reproject ships its tests inside the installed package. This runs them in a separate pytest process with
``skywarp_compat_plugin`` (next to this file), which points every ``reproject_interp`` those tests use at
``skywarp.reproject_interp``. Reference-array tests (``@pytest.mark.array_compare``) are compared with the
reference files reproject ships, through pytest-arraydiff when it is installed.

Usage:  run_reproject_suite.py [--suite interp|mosaic] [--json summary.json] [-- extra pytest args]
Prints pytest's own report, then one line "compat: N passed, N failed, N skipped, N deselected".
"""

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
#: suite -> (plugin next to this file, reproject's test modules)
SUITES = {
    "interp": (
        "skywarp_compat_plugin",
        [
            "reproject.interpolation.tests.test_core",
            "reproject.adaptive.tests.test_core",
            "reproject.tests.test_high_level",
            "reproject.spherical_intersect.tests.test_high_level",
            "reproject.spherical_intersect.tests.test_reproject",
        ],
    ),
    "mosaic": (
        "skywarp_mosaic_plugin",
        ["reproject.mosaicking.tests.test_coadd", "reproject.mosaicking.tests.test_wcs_helpers"],
    ),
}


def _summary(junit_path):
    root = ET.parse(junit_path).getroot()
    suites = [root] if root.tag == "testsuite" else list(root)
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    failures, skips = [], []
    for suite in suites:
        for case in suite.iter("testcase"):
            name = f"{case.get('classname')}::{case.get('name')}"
            outcome = "passed"
            for child in case:
                if child.tag in ("failure", "error"):
                    outcome = "failed" if child.tag == "failure" else "errors"
                    msg = (child.get("message") or child.text or "").strip().splitlines()
                    failures.append({"test": name, "kind": child.tag, "message": msg[0][:300] if msg else ""})
                elif child.tag == "skipped":
                    outcome = "skipped"
                    skips.append({"test": name, "reason": (child.get("message") or "")[:200]})
            counts[outcome] += 1
    return counts, failures, skips


def run(json_path=None, extra=(), suite="interp"):
    plugin, modules = SUITES[suite]
    import reproject

    pkg_parent = os.path.dirname(os.path.dirname(os.path.abspath(reproject.__file__)))
    with tempfile.TemporaryDirectory(prefix="skywarp-compat-") as tmp:
        ini = os.path.join(tmp, "pytest.ini")
        with open(ini, "w") as f:
            f.write("[pytest]\n")
        junit = os.path.join(tmp, "junit.xml")
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            ini,
            "--rootdir",
            tmp,
            "--confcutdir",
            pkg_parent,
            "-p",
            plugin,
            "-p",
            "no:cacheprovider",
            "-q",
            "-rfE",
            f"--junitxml={junit}",
            "-W",
            "ignore::DeprecationWarning",
        ]
        if importlib.util.find_spec("pytest_arraydiff") is not None:
            cmd += ["--arraydiff", "--arraydiff-default-format=fits"]
        cmd += ["--pyargs", *modules, *extra]
        env = dict(os.environ)
        env["PYTHONPATH"] = HERE + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        proc = subprocess.run(cmd, cwd=tmp, env=env)
        if not os.path.exists(junit):
            raise SystemExit(f"pytest did not run (exit {proc.returncode})")
        counts, failures, skips = _summary(junit)
    result = {"returncode": proc.returncode, **counts, "failures": failures, "skips": skips}
    if json_path:
        with open(json_path, "w") as f:
            json.dump(result, f, indent=1)
    print(
        f"compat: {counts['passed']} passed, {counts['failed'] + counts['errors']} failed, "
        f"{counts['skipped']} skipped"
    )
    return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="write the counts and the failures here")
    ap.add_argument("--suite", choices=sorted(SUITES), default="interp",
                    help="interp: reproject_interp's tests; mosaic: reproject_and_coadd's and find_optimal_celestial_wcs's")
    ap.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    a = ap.parse_args(argv)
    res = run(a.json, a.pytest_args, a.suite)
    return 0 if res["failed"] + res["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
