#!/usr/bin/env python3
"""Error listings to read before choosing what to fix: the evaluation's --errors output (each wrong sentence as
FP|FN with DocLint's findings and the gold's labels, then the error classes, largest first), written to one file per
set in --out:

  pool.txt     the tuning pool (train, dev and the pooled tune* sets; --view both, --errors tuning)
  freshN.txt   each fresh set from --first to --last (--gold tools/gold/sets/freshN.tsv --errors freshN)

The pool runs in the background while the fresh sets run one after the other. Needs a Release build of --repo.
"""
import argparse, os, sys

import evalrun


def jobs(repo, first, last, pool=True):
    """(evaluation arguments, output file name) of each listing, the pool first."""
    listed = [(["--view", "both", "--errors", "tuning"], "pool.txt")] if pool else []
    for n, path in evalrun.fresh_sets(repo, first, last):
        listed.append((["--gold", path, "--errors", f"fresh{n}"], f"fresh{n}.txt"))
    return listed


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, metavar="DIR", help="the folder the listings are written to (made if absent)")
    evalrun.add_arguments(ap)
    ap.add_argument("--no-pool", action="store_true", help="list the fresh sets only")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    listed = jobs(args.repo, args.first, args.last, pool=not args.no_pool)
    background = None
    if not args.no_pool:
        (pool_args, name), listed = listed[0], listed[1:]
        background = evalrun.start(args.repo, args.data, pool_args, os.path.join(args.out, name))
    for fresh_args, name in listed:
        evalrun.run(args.repo, args.data, fresh_args, os.path.join(args.out, name))
    if background is not None and background.wait():
        sys.exit(f"the pool's evaluation exited with {background.returncode}; see {os.path.join(args.out, 'pool.txt')}")
    print(f"{args.out}: {'pool.txt and ' if background else ''}{len(listed)} fresh sets")


if __name__ == "__main__":
    main()
