#!/usr/bin/env python3
"""Pool the earlier blind samples (tools/gold/sets/freshN.tsv): run the evaluation once on every fresh set from
--first to --last and sum each family's sentence counts TP/pred/gold over the sets, then print P and R of the sums.

The evaluation prints one family table per set ("## DocLint on freshN ..."), each row ending in TP/pred/gold; the
sets are pooled by adding those counts (not by averaging P/R). Needs a Release build of the repository
(dotnet build -c Release DocLint.sln); the evaluation runs with --no-build.

Output, one line per family in the evaluation's order, then the number of sets scored:
  hedge            P 0.750 R 0.847  412/549/486
  ...
  sets fresh14-36: 23
"""
import argparse, re, sys

import evalrun

# A family row of the evaluation's table: "| hedge | P | R | F1 | TP/pred/gold | ...", the pooled row in bold.
ROW = re.compile(r"\| \**([a-z_]+)[^|]*\** \| [^|]+ \| [^|]+ \| [^|]+ \| (\d+)/(\d+)/(\d+) \|")
HEADING = "## DocLint on fresh"


def pool(text):
    """{family: [tp, pred, gold]} summed over every table of the evaluation's output, and the number of fresh tables."""
    sums = {}
    for line in text.splitlines():
        m = ROW.match(line)
        if m:
            total = sums.setdefault(m.group(1), [0, 0, 0])
            for i in range(3):
                total[i] += int(m.group(i + 2))
    return sums, text.count(HEADING)


def lines(sums):
    for family, (tp, pred, gold) in sums.items():
        p = tp / pred if pred else 0
        r = tp / gold if gold else 0
        yield f"{family:16s} P {p:.3f} R {r:.3f}  {tp}/{pred}/{gold}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    evalrun.add_arguments(ap)
    ap.add_argument("--output", metavar="EVAL.txt", help="pool an evaluation output saved earlier instead of running it")
    args = ap.parse_args(argv)
    if args.output:
        with open(args.output, encoding="utf-8") as f:
            sums, count = pool(f.read())
        label = args.output
    else:
        sets = evalrun.fresh_sets(args.repo, args.first, args.last)
        if not sets:
            sys.exit(f"no fresh set between {args.first} and {args.last} in {args.repo}/tools/gold/sets")
        gold = [a for _, path in sets for a in ("--gold", path)]
        sums, count = pool(evalrun.run(args.repo, args.data, gold))
        label = f"fresh{sets[0][0]}-{sets[-1][0]}"
        if count != len(sets):
            print(f"warning: {len(sets)} sets named, {count} scored", file=sys.stderr)
    for line in lines(sums):
        print(line)
    print(f"sets {label}: {count}")


if __name__ == "__main__":
    main()
