#!/usr/bin/env python3
"""One head's measurement at the end of a round (or of a helper's branch), into one folder:

  head.txt                 the commit measured (git log --oneline -1)
  main.txt                 the main evaluation: train, dev and the pooled tune* sets, in both views (--view both)
  blind.txt                the sets named with --gold, scored in one run (only if any is named)
  freshsum-F-L.txt         freshsum.py's pooled counts of fresh sets F..L, once for each --fresh-last L

then prints a summary: each --gold set's heading and micro row, the tuning pool's family rows (sentence window view)
and the pooled fresh counts up to the highest --fresh-last. Needs a Release build of --repo; nothing is rebuilt.
"""
import argparse, os, re, subprocess, sys

import evalrun, freshsum


def pool_rows(main_text):
    """The tuning pool's family and micro rows (sentence window view) of the main evaluation's output."""
    rows, inside = [], False
    for line in main_text.splitlines():
        if re.search(r"tune\*\.tsv, pooled.*window", line):
            inside = True
        if inside:
            if re.search(r"hedge|booster|unnamed|figure|micro", line):
                rows.append(line)
            if "micro" in line:
                break
    return rows


def gold_rows(gold_text):
    """Each named set's heading and its micro row."""
    return [line for line in gold_text.splitlines() if line.startswith("## DocLint on") or "**micro" in line]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, metavar="DIR", help="the folder the measurement is written to (made if absent)")
    evalrun.add_arguments(ap, last=False)
    ap.add_argument("--gold", action="append", default=[], metavar="FILE",
                    help="a labelled set to score (jsonl or tools/gold/sets TSV), e.g. this round's blind sample; repeatable")
    ap.add_argument("--fresh-last", type=int, action="append", metavar="N",
                    help="pool fresh sets --first..N; repeatable (default: up to the highest freshN.tsv)")
    args = ap.parse_args(argv)
    # Checked before the evaluations run: a range with no set would otherwise fail only after the main evaluation.
    if args.fresh_last and min(args.fresh_last) < args.first:
        ap.error(f"--fresh-last {min(args.fresh_last)} is below --first {args.first}")
    os.makedirs(args.out, exist_ok=True)
    out = lambda name: os.path.join(args.out, name)
    gold = [os.path.abspath(path) for path in args.gold]  # the evaluation runs in --repo
    head = subprocess.run(["git", "log", "--oneline", "-1"], cwd=args.repo, capture_output=True, text=True, check=True)
    with open(out("head.txt"), "w", encoding="utf-8") as f:
        f.write(head.stdout)
    evalrun.run(args.repo, args.data, ["--view", "both"], out("main.txt"))
    if gold:
        evalrun.run(args.repo, args.data, [a for path in gold for a in ("--gold", path)], out("blind.txt"))
    available = evalrun.fresh_sets(args.repo, args.first)
    if not available:
        sys.exit(f"no fresh set from {args.first} on in {args.repo}/tools/gold/sets")
    lasts = sorted(set(args.fresh_last or [available[-1][0]]))
    for last in lasts:
        sets = [(n, path) for n, path in available if n <= last]
        if not sets:
            sys.exit(f"--fresh-last {last}: no fresh set from {args.first} to {last} in {args.repo}/tools/gold/sets")
        if sets[-1][0] != last:
            print(f"warning: fresh{last}.tsv is not in tools/gold/sets; pooling fresh{args.first}-{sets[-1][0]}", file=sys.stderr)
        sums, count = freshsum.pool(evalrun.run(args.repo, args.data, [a for _, path in sets for a in ("--gold", path)]))
        with open(out(f"freshsum-{args.first}-{last}.txt"), "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in freshsum.lines(sums))
            f.write(f"sets fresh{sets[0][0]}-{sets[-1][0]}: {count}\n")
    print(head.stdout.strip())
    if gold:
        print("\n".join(gold_rows(read(out("blind.txt")))))
    print("\n".join(pool_rows(read(out("main.txt")))))
    print(read(out(f"freshsum-{args.first}-{lasts[-1]}.txt")), end="")


if __name__ == "__main__":
    main()
