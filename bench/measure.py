"""Run a command in a fresh process and measure it: wall time and the child's own peak RSS.

Peak RSS is the child's high-water mark (VmHWM in /proc/PID/status, polled every 5 ms; it only grows),
not ru_maxrss from wait4: a forked child starts with its parent's resident pages in that count, so a
Python benchmark driver that has touched a large file would inflate every tool's number.
"""
import subprocess
import time


def run_measured(argv, cwd=None, env=None):
    """Returns (wall seconds, peak RSS MiB, stdout text); raises RuntimeError on a non-zero exit."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    hwm_kib = 0
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        hwm_kib = max(hwm_kib, int(line.split()[1]))
        except (FileNotFoundError, ProcessLookupError):
            break
        time.sleep(0.005)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed ({proc.returncode}): {err.decode().strip()[-500:]}")
    return wall, hwm_kib / 1024.0, out.decode()


def best_of(f, n):
    """Call ``f`` ``n`` times in this process; return (the fastest wall time in seconds, the last result)."""
    best, res = float("inf"), None
    for _ in range(n):
        t0 = time.perf_counter()
        res = f()
        best = min(best, time.perf_counter() - t0)
    return best, res
