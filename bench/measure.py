#!/usr/bin/env python3
"""The measuring half of bench/run: times the cases, checks the goals, writes
docs/benchmarks.md. bench/run builds everything and calls it; by hand:

    python3 bench/measure.py --build build-bench --corpus build-bench/corpus ...

Every case is a whole process (or two, started together), timed from outside
with os.wait4: wall-clock seconds (a monotonic clock around start and reap)
and the user + system seconds the kernel accounts for the finished child.
The peak resident set size comes from the warm-up run, made under
/usr/bin/time -f %M (a child forked from Python would count Python's pages). The cases of a group run in rounds,
one run of each case per round (A B C A B C ...), so that a machine whose
speed drifts slows every case alike; a ratio of two cases is taken round by
round (paired) and its median is the figure. Only the standard library.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

P = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
P.add_argument("--build", required=True)
P.add_argument("--corpus", required=True)
P.add_argument("--list", required=True)
P.add_argument("--scaling", required=True, help="folder of gen_scaling.py's files")
P.add_argument("--sizes", default="1000,2000,4000,8000")
P.add_argument("--example", required=True)
P.add_argument("--runs", type=int, default=5)
P.add_argument("--python", default=sys.executable)
P.add_argument("--results", required=True)
P.add_argument("--doc", required=True)
P.add_argument("--quick", action="store_true")
P.add_argument("--libyaml", action="store_true", help="the floor was built with libyaml")
P.add_argument("--no-jobs", action="store_true", help="zhibiao has no `check --jobs`")
A = P.parse_args()
E = os.environ
os.makedirs(A.results, exist_ok=True)

ZB = os.path.join(A.build, "zhibiao")
FLOOR = os.path.join(A.build, "floor")
HELLO = os.path.join(A.build, "hello")
with open(A.list) as f:
    FILES = [line.rstrip("\n") for line in f if line.strip()]
HALF = len(FILES) // 2
SIZES = [int(s) for s in A.sizes.split(",")]
J1 = [] if A.no_jobs else ["--jobs", "1"]
J2 = [] if A.no_jobs else ["--jobs", "2"]


def run(argvs, out_path):
    """Start every argv of `argvs` at once; wait for all. (wall s, cpu s, peak KiB, [exit statuses])."""
    outs = []
    procs = []
    t0 = time.monotonic()
    for k, argv in enumerate(argvs):
        o = open(f"{out_path}.{k}" if len(argvs) > 1 else out_path, "wb")
        outs.append(o)
        procs.append(subprocess.Popen(argv, stdout=o, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))
    cpu = 0.0
    peak = 0
    status = {}
    pending = {p.pid: p for p in procs}
    while pending:
        pid, st, ru = os.wait4(-1, 0)
        if pid not in pending:
            continue
        p = pending.pop(pid)
        p.returncode = os.waitstatus_to_exitcode(st)
        status[pid] = p.returncode
        cpu += ru.ru_utime + ru.ru_stime
        peak = max(peak, ru.ru_maxrss)
    wall = time.monotonic() - t0
    for o in outs:
        o.close()
    return wall, cpu, peak, [status[p.pid] for p in procs]


class Case:
    def __init__(self, name, argvs, label, ok_status=(0,), rounds=None, warmup=True):
        self.name, self.argvs, self.label, self.ok = name, argvs, label, ok_status
        self.rounds = rounds  # None: every round of its group
        self.warmup = warmup
        self.wall, self.cpu, self.status = [], [], None
        self.rss_kib = None  # peak RSS in KiB, from the warm-up

    def once(self):
        wall, cpu, peak, st = run(self.argvs, os.path.join(A.results, self.name + ".out"))
        bad = [s for s in st if s not in self.ok]
        if bad:
            sys.exit(f"bench/measure: {self.name} exited {bad[0]} (see {A.results}/{self.name}.out*): "
                     + " ".join(self.argvs[0][:4]) + " ...")
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.status = st[0]

    def rss_run(self):
        """The warm-up, each process under /usr/bin/time -f %M: a child forked from this Python
        would count Python's own pages in its ru_maxrss; /usr/bin/time is small."""
        outs = [os.path.join(A.results, f"{self.name}.rss.{k}") for k in range(len(self.argvs))]
        run([["/usr/bin/time", "-f", "%M", "-o", o, *argv] for o, argv in zip(outs, self.argvs)],
            os.path.join(A.results, self.name + ".warmup"))
        self.rss_kib = max(int(open(o).read().split()[-1]) for o in outs)

    def cmd(self):
        def short(argv):
            if len(argv) > 8:  # the floor gets every path of the corpus
                return " ".join(argv[:2]) + f" $(cat {A.list})" if argv[1].startswith("--") else \
                    f"{argv[0]} $(cat {A.list})"
            return " ".join(argv)
        if len(self.argvs) == 2:
            return "two at once: " + " & ".join(short(a) + (" (first half)" if i == 0 else " (second half)")
                                                for i, a in enumerate(self.argvs))
        return short(self.argvs[0])

    @property
    def median(self):
        return statistics.median(self.wall)

    @property
    def peak_mib(self):
        return self.rss_kib / 1024 if self.rss_kib is not None else float("nan")


def rounds(cases, n, what):
    print(f"-- {what}: {n} rounds of {len(cases)} cases", flush=True)
    for c in cases:  # one warm-up of each, not counted; it measures the peak RSS
        if c.warmup:
            c.rss_run()
    for r in range(n):
        for c in cases:
            if c.rounds is None or r < c.rounds:
                c.once()
        print(f"   round {r + 1}/{n}: " + ", ".join(f"{c.name} {c.wall[-1]:.3f}" for c in cases
                                                     if c.rounds is None or r < c.rounds), flush=True)


def paired(a, b):
    """Median over rounds of a's time / b's time in the same round."""
    n = min(len(a.wall), len(b.wall))
    return statistics.median(a.wall[i] / b.wall[i] for i in range(n))


def steps(sub, stem):
    """Each doubling's time ratio (N → 2N), paired round by round: the two
    sizes ran back to back, so a machine that slows down between rounds does
    not make one step look worse than it is."""
    return [paired(C[f"{sub}_{stem}_{SIZES[i]}"], C[f"{sub}_{stem}_{SIZES[i - 1]}"]) for i in range(1, len(SIZES))]


LOAD_BEFORE = open("/proc/loadavg").read().split()[:3]

# --- the corpus ----------------------------------------------------------------
corpus = [
    Case("check_jobs1", [[ZB, "check", *J1, A.corpus]], "`zhibiao check --jobs 1` over the corpus", (0, 1)),
    Case("events_corpus", [[FLOOR, "--events", *FILES]], "**floor**: yaml-cpp's event API alone, every file"),
]
if not A.no_jobs:
    corpus.append(Case("check_jobs2", [[ZB, "check", *J2, A.corpus]], "`zhibiao check --jobs 2` over the corpus",
                       (0, 1)))
    corpus.append(Case("events_pair", [[FLOOR, "--events", *FILES[:HALF]], [FLOOR, "--events", *FILES[HALF:]]],
                       "two floor processes at once, half the files each"))
# The references get fewer rounds: they carry no goal of their own, and the
# tree load and Python are the slow ones.
corpus.append(Case("tree_corpus", [[FLOOR, *FILES]], "reference: yaml-cpp `LoadFile` + every scalar visited",
                   rounds=min(A.runs, 2), warmup=False))
if A.libyaml:
    corpus.append(Case("libyaml_corpus", [[FLOOR, "--libyaml", *FILES]], "reference: libyaml's event parser (C)"))
corpus.append(Case("python_check", [[A.python, "bench/py_check.py", A.corpus]], "Python: PyYAML CSafeLoader + Fraction",
                   (0, 1), rounds=min(A.runs, 2), warmup=False))
C = {c.name: c for c in corpus}

# --- small processes -------------------------------------------------------------
small = [
    Case("report_example", [[ZB, "report", A.example]], f"`zhibiao report {A.example}`"),
    Case("events_example", [[FLOOR, "--events", A.example]], f"floor on {A.example}"),
    Case("check_one", [[ZB, "check", *J1, FILES[0]]], f"`zhibiao check` on one corpus file ({FILES[0]})", (0, 1)),
    Case("version", [[ZB, "--version"]], "`zhibiao --version`"),
    Case("hello", [[HELLO]], "C++ hello world linked to the same libraries (bench/hello.cpp)"),
]
C.update({c.name: c for c in small})

# --- scaling -------------------------------------------------------------------------
AXES = [  # (axis, file stem, command, exit statuses)
    ("years of a series", "years", "report", (0, 1)),
    ("years of a series", "years", "yoy", (0,)),
    ("years of a series", "years", "check", (0, 1)),
    ("indicators of a file", "indicators", "check", (0, 1)),
    ("repeated keys of a map", "keys", "lint", (2,)),
]
scaling = []
for axis, stem, sub, ok in AXES:
    for n in SIZES:
        path = os.path.join(A.scaling, f"{stem}-{n}.yaml")
        argv = [ZB, sub, *(J1 if sub == "check" else []), path]
        scaling.append(Case(f"{sub}_{stem}_{n}", [argv], " ".join(argv), ok))
C.update({c.name: c for c in scaling})

rounds(corpus, A.runs, "corpus")
rounds(small, A.runs * 6, "small processes")
rounds(scaling, A.runs * 2, "scaling")
LOAD_AFTER = open("/proc/loadavg").read().split()[:3]

seen = open(os.path.join(A.results, "events_corpus.out")).read().split()[0]
if seen != str(len(FILES)):
    sys.exit(f"bench/measure: the floor saw {seen} files, not {len(FILES)}")

# --- goals ---------------------------------------------------------------------------
goals = []  # (measure, value, goal, ok, how)


def verdict(ok):
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


r = paired(C["check_jobs1"], C["events_corpus"])
goals.append(("check --jobs 1 / floor (corpus)", f"{r:.2f}", "≤ 1.15", r <= 1.15,
              "paired median of `check --jobs 1` / yaml-cpp's event API alone, over the same files"))
if not A.no_jobs:
    sc = paired(C["check_jobs1"], C["check_jobs2"])
    sf = paired(C["events_corpus"], C["events_pair"])
    goals.append(("--jobs 2 speed-up / two floors' speed-up", f"{sc / sf:.2f}", "≥ 0.9", sc / sf >= 0.9,
                  f"check's speed-up (jobs 1 / jobs 2, paired median) {sc:.2f} ÷ the floor's speed-up when two "
                  f"processes share the corpus at the same moment (one floor / two at once) {sf:.2f}"))
for axis in dict.fromkeys(a for a, *_ in AXES):
    worst, where = 0.0, ""
    for ax, stem, sub, _ in AXES:
        if ax != axis:
            continue
        for i, q in enumerate(steps(sub, stem), 1):
            if q > worst:
                worst, where = q, f"`{sub}` {SIZES[i - 1]}→{SIZES[i]}"
    goals.append((f"doubling the {axis}: time ×", f"{worst:.2f}", "≤ 2", worst <= 2,
                  f"the worst step of {'→'.join(map(str, SIZES))}, paired median ({where})"))
mem = []
for n in SIZES:
    c = C[f"check_indicators_{n}"]
    size = os.path.getsize(os.path.join(A.scaling, f"indicators-{n}.yaml"))
    if size > 1_000_000:
        mem.append((c.rss_kib * 1024 / size, n, size))
if mem:
    worst = max(mem)
    goals.append(("peak memory / file size (files > 1 MB)", f"{worst[0]:.1f}", "≤ 10", worst[0] <= 10,
                  f"peak RSS of `check` on indicators-N.yaml ÷ its size; worst: {worst[1]} indicators, "
                  f"{worst[2] / 1e6:.1f} MB"))
rss = C["check_jobs1"].peak_mib
goals.append(("peak memory of check --jobs 1, whole corpus (MiB)", f"{rss:.1f}", "< 16", rss < 16,
              f"`/usr/bin/time -f %M`; on one corpus file {C['check_one'].peak_mib:.1f} MiB"))
r = paired(C["version"], C["hello"])
goals.append(("start-up: `--version` / hello world", f"{r:.2f}", "≤ 1.5", r <= 1.5,
              "paired median; hello world linked to the same shared libraries"))
r = paired(C["python_check"], C["check_jobs1"])
goals.append(("Python / check --jobs 1", f"{r:.2f}", "≥ 3", r >= 3, "paired median"))
r = paired(C["report_example"], C["events_example"])
goals.append(("report / floor (one file)", f"{r:.2f}", "≤ 1.5", r <= 1.5,
              f"paired median of `report {A.example}` / the floor on that file"))


def totals(path):
    import re
    with open(path, encoding="utf-8", errors="replace") as f:
        m = re.findall(r"达标 (\d+)(?:（[^）]*）)? · 未达标 (\d+) · 待定 (\d+) · 无目标 (\d+)", f.read())
    return tuple(map(int, m[-1])) if m else None


zb_totals = totals(os.path.join(A.results, "check_jobs1.out"))
py_totals = totals(os.path.join(A.results, "python_check.out"))
agree = zb_totals is not None and zb_totals == py_totals
ref_tree = paired(C["check_jobs1"], C["tree_corpus"])
ref_lib = paired(C["check_jobs1"], C["libyaml_corpus"]) if A.libyaml else None
cpu_ratio = statistics.median(C["check_jobs1"].cpu) / statistics.median(C["events_corpus"].cpu)
busy = float(LOAD_BEFORE[0]) > 0.25 * os.cpu_count()

def mib(c):
    return "–" if c.rss_kib is None else f"{c.peak_mib:.1f}"


def mib(c):
    return "–" if c.rss_kib is None else f"{c.peak_mib:.1f}"


# --- the console -------------------------------------------------------------------
print()
print(f"{'case':<24} {'median s':>10} {'min s':>9} {'max s':>9} {'cpu s':>9} {'peak MiB':>9} {'runs':>5} {'exit':>5}")
for c in corpus + small:
    print(f"{c.name:<24} {c.median:>10.4f} {min(c.wall):>9.4f} {max(c.wall):>9.4f} "
          f"{statistics.median(c.cpu):>9.4f} {mib(c):>9} {len(c.wall):>5} {c.status:>5}")
print()
print(f"{'scaling (median s)':<28}" + "".join(f"{n:>10}" for n in SIZES))
for axis, stem, sub, _ in AXES:
    print(f"{sub + ' ' + stem:<28}" + "".join(f"{C[f'{sub}_{stem}_{n}'].median:>10.4f}" for n in SIZES))
print()
for label, v, goal, ok, _ in goals:
    print(f"{label:<48} {v:>7}   goal {goal:<7} {verdict(ok)}")
print(f"\nreferences, no goal: check / tree load {ref_tree:.2f}"
      + (f", check / libyaml events {ref_lib:.2f}" if ref_lib else "")
      + f"; check / floor in CPU time {cpu_ratio:.2f}")
print(f"statuses: zhibiao {zb_totals}, python {py_totals} (met, missed, pending, no_target): "
      + ("agree" if agree else "DIFFER"))
print(f"load average before {' '.join(LOAD_BEFORE)}, after {' '.join(LOAD_AFTER)}")

# --- docs/benchmarks.md ----------------------------------------------------------------
L = []
w = L.append
w("# Benchmarks")
w("")
w(f"Written by `bench/run{' --quick' if A.quick else ''}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
  "run `bench/run` again to refresh it (`bench/run --quick` for a 300-file trial). Every figure is a whole "
  "process timed from outside (wall clock; user + system CPU as the kernel accounts them, `getrusage` of the "
  f"child; peak resident memory by `/usr/bin/time -f %M` in the warm-up run). Cases run in rounds (one run of each case per round, {A.runs} rounds for "
  f"the corpus, {A.runs * 6} for the small processes, {A.runs * 2} for the scaling files, one warm-up of each "
  "before; the tree load and Python, references, 2 rounds without warm-up), and every ratio is the median of the ratios taken round by round, so that a machine whose "
  "speed drifts does not bias it.")
if A.quick:
    w("")
    w("**This is a quick run (300 files), not the full corpus.**")
if busy:
    w("")
    w(f"**The machine was busy** (load average {' '.join(LOAD_BEFORE)} before the timings, "
      f"{' '.join(LOAD_AFTER)} after, on {os.cpu_count()} cores): other work shared the CPUs. The paired ratios "
      "hold up better than the times; the jobs figure least of all.")
w("")
w("## Goals (issue 19)")
w("")
w("| measure | value | goal | result | how |")
w("|---|---:|---|---|---|")
for label, v, goal, ok, how in goals:
    w(f"| {label} | {v} | {goal} | **{verdict(ok)}** | {how} |")
w("")
w(f"References, no goal: check / yaml-cpp tree load + visit (the floor of issue 6) **{ref_tree:.2f}**"
  + (f"; check / libyaml's event parser **{ref_lib:.2f}** (what a faster parser would give)" if ref_lib else "")
  + f"; check / floor in CPU time {cpu_ratio:.2f}.")
w("")
w(f"Statuses of the evaluated year (met, missed, pending, no target): zhibiao {zb_totals}, Python {py_totals} — "
  f"{'the same' if agree else 'they DIFFER'}. `check` exits 1 on the corpus because it has missed targets, as "
  "intended.")
w("")
w("## Timings")
w("")
w("| case | median s | min–max s | CPU s (median) | peak RSS MiB | runs | exit |")
w("|---|---:|---:|---:|---:|---:|---:|")
for c in corpus + small:
    w(f"| {c.label} | {c.median:.4f} | {min(c.wall):.4f}–{max(c.wall):.4f} | {statistics.median(c.cpu):.4f} "
      f"| {mib(c)} | {len(c.wall)} | {c.status} |")
w("")
w("## Scaling")
w("")
w("Median seconds of whole processes over files that grow along one axis (`bench/gen_scaling.py`): "
  "`years-N` one series of N years, `indicators-N` N indicators of ten years, `keys-N` one map repeating a "
  "key N times (each repeat an error, exit 2). Linear work doubles at most when N doubles; below ~10 ms the "
  "start-up of the process dominates. The worst step is the median of the ratios N → 2N taken round by round "
  "(the two runs back to back), not the ratio of the medians shown.")
w("")
w("| command | " + " | ".join(f"N = {n}" for n in SIZES) + " | worst step |")
w("|---|" + "---:|" * (len(SIZES) + 1))
for axis, stem, sub, _ in AXES:
    meds = [C[f"{sub}_{stem}_{n}"].median for n in SIZES]
    worst = max(steps(sub, stem))
    w(f"| `zhibiao {sub} {stem}-N.yaml` | " + " | ".join(f"{m:.4f}" for m in meds) + f" | ×{worst:.2f} |")
w("")
w("Peak memory of `check` on the indicators files:")
w("")
w("| file | size MB | peak RSS MiB | RSS / size |")
w("|---|---:|---:|---:|")
for n in SIZES:
    c = C[f"check_indicators_{n}"]
    size = os.path.getsize(os.path.join(A.scaling, f"indicators-{n}.yaml"))
    w(f"| indicators-{n}.yaml | {size / 1e6:.2f} | {c.peak_mib:.1f} | {c.rss_kib * 1024 / size:.1f} |")
w("")
w("## Corpus")
w("")
nbytes = sum(os.path.getsize(p) for p in FILES)
w(f"`{A.corpus}`: {len(FILES)} files (one per county, in province folders), {nbytes / 1e6:.1f} MB of YAML, "
  f"series form 2014–2023, made by `bench/gen_corpus.py {A.corpus} --files {len(FILES)}` (fixed seed: the same "
  "files on every machine); every file passes `zhibiao lint`. See `bench/README.md`.")
w("")
w("## Commands")
w("")
w("From the repository's top folder (bench/run builds and runs them all):")
w("")
w("```sh")
w(E.get("BENCH_BUILD_CMDS", "").strip())
for c in corpus + small:
    w(f"{c.cmd():<72} # {c.name}")
for axis, stem, sub, _ in AXES:
    w(f"{ZB} {sub}{' --jobs 1' if sub == 'check' and not A.no_jobs else ''} {A.scaling}/{stem}-N.yaml"
      f"   # N = {', '.join(map(str, SIZES))}")
w("```")
w("")
w("The floor (`bench/floor.cpp --events`) reads each file whole into memory, as zhibiao does, and parses it "
  "with yaml-cpp's event API (`YAML::Parser` + a `YAML::EventHandler` that only counts), with nothing built on "
  "it. zhibiao reads a file in the plain block style of data files (every file of this corpus) with its own "
  "scanner, which hands its tree builder the very events yaml-cpp would (`src/parse/yaml_fast.cpp`; other "
  "files, and files with a mistake, go to yaml-cpp): check / floor is then all of zhibiao's work (byte checks, "
  "scanning, its small tree, schema, exact numbers, targets, warnings, evaluation, output) against yaml-cpp's "
  "parse alone. Where that time goes is in `bench/README.md`.")
w("")
w("## Machine")
w("")
for k in ("BENCH_MACHINE",):
    for line in E.get(k, "").splitlines():
        w(f"- {line}")
w(f"- load average (1/5/15 min) before the timings: {' '.join(LOAD_BEFORE)}; after: {' '.join(LOAD_AFTER)}")
w("")
with open(A.doc, "w", encoding="utf-8") as f:
    f.write("\n".join(L))
with open(os.path.join(A.results, "results.json"), "w") as f:
    json.dump({c.name: {"wall": c.wall, "cpu": c.cpu, "peak_kib": c.rss_kib, "status": c.status} for c in C.values()},
              f, indent=1)
print(f"\nwrote {A.doc}")
sys.exit(0 if all(ok is not False for *_, ok, _ in goals) else 1)
