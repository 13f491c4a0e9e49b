#!/usr/bin/env python
"""skywarp calibrate next to eloy's multiprocessing pipeline and the read floor, in the same run.

Data and peer methods come from the shared peer baseline (peers/make_calib.py, peers/bench_calib.py; see
peers/CALIB_BASELINE.md): copy those two scripts into a scratch directory, generate the frame set there, and
point this script at it. Every run is a fresh process; methods are interleaved round-robin so that each repeat
of every method sees the same machine conditions.

Measured per run: wall time from spawn to exit; user+sys CPU and ru_maxrss from os.wait4 (the largest single
process, pool workers included); tree RSS, the peak of the summed RSS of the process and its descendants sampled
every 20 ms (needs psutil); CPU used by other processes during the run (from /proc/stat), to flag interference.

    mkdir -p /tmp/calibbench && cp peers/make_calib.py peers/bench_calib.py /tmp/calibbench/
    (cd /tmp/calibbench && python make_calib.py)            # data/calib: 10+10+10 calibration frames, 100 lights
    python bench/calib/bench_calibrate.py --peers /tmp/calibbench --repeats 3

Methods: skywarp (masters + 100 calibrated FITS lights), eloy_pool_dict (eloy's documented pipeline),
eloy_pool_fits (the same writing FITS), floor_getdata (astropy getdata + float32 copy of all 130 files),
floor_cat (cat of all files). Results are appended as JSON lines to --results and summarised as a table.
"""
import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
METHODS = ["skywarp", "eloy_pool_dict", "eloy_pool_fits", "floor_getdata", "floor_cat"]


def frame_sets(data):
    pick = lambda kind: sorted(glob.glob(os.path.join(data, f"{kind}_*.fits")))
    return pick("bias"), pick("dark"), pick("flat"), pick("light")


def busy_cpu_s():
    """CPU seconds used by everything on the machine so far (all but idle and iowait)."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return (sum(v[:8]) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")


def tree_rss(proc):
    try:
        procs = [proc] + proc.children(recursive=True)
    except Exception:  # the process (or a child) exited while being listed
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except Exception:
            pass
    return total


def argv_for(method, a, outdir):
    bias, dark, flat, lights = frame_sets(a.data)
    if method == "skywarp":
        return [a.skywarp, "calibrate", "--bias", *bias, "--dark", *dark, "--flat", *flat,
                "--out", outdir, "--threads", str(a.threads), "-v", *lights]
    if method == "floor_cat":
        return ["bash", "-c", 'cat "$@" > /dev/null', "cat", *bias, *dark, *flat, *lights]
    return [a.python, os.path.join(a.peers, "bench_calib.py"), "child", method, "--data", a.data,
            "--outdir", outdir, "--nproc", str(a.threads)]


def run_once(method, a):
    outdir = os.path.join(a.work, method)
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    argv = argv_for(method, a, outdir)
    log_path = os.path.join(a.work, f"{method}.log")
    busy0 = busy_cpu_s()
    t0 = time.perf_counter()
    with open(log_path, "w") as log:
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=log, text=True)
        peak = [0]
        stop = threading.Event()

        def sampler():
            try:
                import psutil
                pp = psutil.Process(p.pid)
            except Exception:
                return
            while not stop.is_set():
                peak[0] = max(peak[0], tree_rss(pp))
                stop.wait(0.02)

        th = threading.Thread(target=sampler, daemon=True)
        th.start()
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        stop.set()
        th.join()
    cpu = ru.ru_utime + ru.ru_stime
    rec = {"method": method, "wall_s": wall, "cpu_s": cpu, "user_s": ru.ru_utime, "sys_s": ru.ru_stime,
           "maxrss_mib": ru.ru_maxrss / 1024, "tree_rss_mib": peak[0] / 2**20,
           "other_cpu_s": busy_cpu_s() - busy0 - cpu, "exit": os.waitstatus_to_exitcode(status),
           "time": time.strftime("%Y-%m-%dT%H:%M:%S")}
    for line in out.splitlines():
        if line.startswith("RESULT "):
            rec["child"] = json.loads(line[7:])
    with open(log_path) as log:
        rec["log_tail"] = log.read()[-600:]
    outs = [f for f in glob.glob(os.path.join(outdir, "*.fits"))]
    if outs:
        rec["n_out_files"] = len(outs)
        rec["out_gib"] = sum(os.path.getsize(f) for f in outs) / 2**30
    shutil.rmtree(outdir, ignore_errors=True)  # outputs are GBs; the next method starts from the same state
    return rec


def table(recs):
    by = {}
    for r in recs:
        if r["exit"] == 0:
            by.setdefault(r["method"], []).append(r)
    med = lambda rs, k: statistics.median(r[k] for r in rs)
    ref_eloy = med(by["eloy_pool_dict"], "wall_s") if "eloy_pool_dict" in by else None
    ref_floor = med(by["floor_getdata"], "wall_s") if "floor_getdata" in by else None
    lines = ["| method | runs | wall s (median) | min–max | CPU s | peak RSS MiB (wait4) | tree RSS MiB | "
             "eloy_pool_dict / this | this / floor_getdata | other CPU s | outputs |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for m in METHODS:
        rs = by.get(m)
        if not rs:
            continue
        w = med(rs, "wall_s")
        walls = [r["wall_s"] for r in rs]
        outs = ""
        if any("n_out_files" in r for r in rs):
            r0 = next(r for r in rs if "n_out_files" in r)
            outs = f"{r0['n_out_files']} files, {r0['out_gib']:.2f} GiB"
        lines.append(
            f"| {m} | {len(rs)} | {w:.2f} | {min(walls):.2f}–{max(walls):.2f} | {med(rs, 'cpu_s'):.2f} | "
            f"{med(rs, 'maxrss_mib'):.0f} | {med(rs, 'tree_rss_mib'):.0f} | "
            f"{(ref_eloy / w if ref_eloy else float('nan')):.1f}× | {(w / ref_floor if ref_floor else float('nan')):.2f}× | "
            f"{max(r['other_cpu_s'] for r in rs):.1f} | {outs} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--peers", required=True, help="directory holding copies of bench_calib.py and make_calib.py")
    ap.add_argument("--data", help="frame set (default: PEERS/data/calib)")
    ap.add_argument("--skywarp", default=os.path.join(REPO, "target", "release", "skywarp"))
    ap.add_argument("--python", default=sys.executable, help="interpreter with eloy, astropy, tqdm (for the peers)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", help="comma-separated subset of " + ",".join(METHODS))
    ap.add_argument("--work", default=None, help="scratch output directory (default: PEERS/out/skywarp_bench)")
    ap.add_argument("--results", default=None, help="JSON lines file (default: WORK/runs.jsonl)")
    a = ap.parse_args()
    a.peers = os.path.abspath(a.peers)
    a.data = os.path.abspath(a.data or os.path.join(a.peers, "data", "calib"))
    a.work = os.path.abspath(a.work or os.path.join(a.peers, "out", "skywarp_bench"))
    os.makedirs(a.work, exist_ok=True)
    results = a.results or os.path.join(a.work, "runs.jsonl")
    methods = a.only.split(",") if a.only else METHODS
    nfiles = sum(len(s) for s in frame_sets(a.data))
    if nfiles == 0:
        raise SystemExit(f"no frames in {a.data}: run make_calib.py first")
    print(f"data: {a.data} ({nfiles} files); skywarp: {a.skywarp}; threads: {a.threads}; load {os.getloadavg()[0]:.2f}")
    recs = []
    for k in range(a.repeats):
        for m in methods:
            rec = run_once(m, a)
            rec["run"] = k
            recs.append(rec)
            with open(results, "a") as f:
                f.write(json.dumps(rec) + "\n")
            extra = ""
            if m == "skywarp":
                extra = " | " + " ".join(l.strip() for l in rec["log_tail"].splitlines() if "lights" in l)
            print(f"{m:16s} run {k}: wall {rec['wall_s']:6.2f} s  cpu {rec['cpu_s']:6.2f} s  maxrss {rec['maxrss_mib']:6.0f} MiB"
                  f"  tree {rec['tree_rss_mib']:6.0f} MiB  other-cpu {rec['other_cpu_s']:5.1f} s  exit {rec['exit']}{extra}",
                  flush=True)
            if rec["exit"] != 0:
                print(rec["log_tail"], file=sys.stderr)
    print()
    print(table(recs))


if __name__ == "__main__":
    main()
