#!/usr/bin/env python3
"""Generate the scaling cases of bench/run: files that grow along one axis.

    python3 bench/gen_scaling.py OUT_DIR [--sizes 1000,2000,4000,8000]

For each size N it writes three files:

  years-N.yaml     one indicator whose series has N years (1000, 1001, ...),
                   each with an actual, a reported growth and, every other
                   year, a growth target: `report`, `yoy` and `check` must
                   stay linear in the years of a series;
  indicators-N.yaml  N indicators of ten years each (2014-2023), written like
                   the corpus: linear in the indicators of a file; the larger
                   ones (over 1 MB) are also the memory cases;
  keys-N.yaml      one indicator whose map repeats the key `note` N times:
                   every repeat is an error (exit 2), and finding them must be
                   linear in the repeats.

Deterministic; only the standard library.
"""

import argparse
import os


def years_file(n):
    out = ["title: scaling, years\n", "indicators:\n", "  - id: gdp\n", "    unit: 亿元\n", "    series:\n"]
    prev = None
    for i in range(n):
        level = 1000 + (i * 7919) % 1000 / 10  # bounded: 1000.0 .. 1099.9
        parts = [f"actual: {level:.1f}"]
        if prev is not None:
            parts.append(f"growth: {(level / prev - 1) * 100:.1f}%")
            if i % 2:
                parts.append(f"target: 增长{1 + i % 3}%")
        out.append(f"      {1000 + i}: {{{', '.join(parts)}}}\n")
        prev = level
    return "".join(out)


def indicators_file(n):
    out = ["title: scaling, indicators\n", "indicators:\n"]
    for k in range(n):
        out.append(f"  - id: ind_{k}\n    name: 指标{k}\n    unit: 亿元\n    series:\n")
        level = 100 + k % 900
        for i, y in enumerate(range(2014, 2024)):
            g = 3 + (k * 31 + i * 7) % 60 / 10  # 3.0 .. 8.9
            nxt = level * (1 + g / 100)
            parts = [f"actual: {nxt:.2f}"]
            if i > 0:
                parts.append(f"growth: {(nxt / level - 1) * 100:.1f}%")
                if (k + i) % 3:
                    parts.append(f"target: 增长{4 + (k + i) % 4}%")
            out.append(f"      {y}: {{{', '.join(parts)}}}\n")
            level = nxt
    return "".join(out)


def keys_file(n):
    out = ["title: scaling, repeated keys\n", "indicators:\n", "  - id: gdp\n", "    series:\n",
           "      2023: {actual: 1.0}\n"]
    for i in range(n):
        out.append(f"    note: repeat {i}\n")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--sizes", default="1000,2000,4000,8000")
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    for n in (int(s) for s in args.sizes.split(",")):
        for name, make in (("years", years_file), ("indicators", indicators_file), ("keys", keys_file)):
            with open(os.path.join(args.out_dir, f"{name}-{n}.yaml"), "w", encoding="utf-8") as f:
                f.write(make(n))


if __name__ == "__main__":
    main()
