#!/usr/bin/env python3
"""What a change did to the findings on a corpus nobody labelled: compare two runs of the CLI's JSON output
(`dotnet run -c Release --no-build --project src/DocLint.Cli -- DIR --include '*.txt' --format json --output F.json`)
over the same articles, finding by finding (article, rule, offset, length, text).

Prints per rule "+added -removed" (every rule that moved, sorted by ID). With --sample N, also N random added and N
random removed findings (of --rule only, if given), each with its sentence from the article and the finding in [[ ]],
for reading and tallying right / wrong / borderline. Articles listed in an --exclude-articles file are left out of the
samples (never of the counts): pass the blind samples' article lists so that nobody reads a blind article's findings.

Output:
  DL1001: +12 -3
  ...
  ## ADDED (40 outside excluded articles) for DL1001
  - DL1001 abc.txt@812: The plan [[could]] fail.
  ## REMOVED (...)
"""
import argparse, collections, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "../../../shared/data"))


def load(path):
    """Counter of findings keyed (article name, rule, offset, length, text): a finding that moved is one removed and
    one added."""
    with open(path, encoding="utf-8") as f:
        run = json.load(f)
    found = collections.Counter()
    for file in run["files"]:
        for d in file.get("diagnostics", []):
            found[(os.path.basename(file["path"]), d["id"], d["range"]["offset"], d["range"]["length"], d.get("text", ""))] += 1
    return found


def excluded(paths):
    """Article names to keep out of the samples: one article path or name a line (sample.py's articles.txt), or a
    set kept in tools/gold/sets (*.tsv: the file column of every row)."""
    names = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                if path.endswith(".tsv"):
                    fields = line.split("\t")
                    if len(fields) < 2:
                        sys.exit(f"{path}: not a set's TSV (id, file, ...): {line[:60]}")
                    line = fields[1]
                names.add(os.path.basename(line.strip()))
    return names


def by_rule(added, removed):
    counts = collections.defaultdict(lambda: [0, 0])
    for key, n in added.items():
        counts[key[1]][0] += n
    for key, n in removed.items():
        counts[key[1]][1] += n
    return {rule: counts[rule] for rule in sorted(counts)}


def context(text, offset, length):
    """The finding in its sentence: from the last ". " or line break before it to the next after it, the finding in
    [[ ]]. The CLI's offsets count UTF-16 code units (.NET strings), so a character beyond U+FFFF before the finding
    counts twice; they are turned into Python's code-point positions first."""
    if any(ord(c) > 0xFFFF for c in text):
        units = text.encode("utf-16-le", "surrogatepass")
        to_cp = lambda u: len(units[:2 * u].decode("utf-16-le", "surrogatepass"))
        offset, length = to_cp(offset), to_cp(offset + length) - to_cp(offset)
    s = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    e = min([x for x in (text.find(". ", offset + length), text.find("\n", offset + length)) if x >= 0] or [len(text)]) + 1
    return text[s:offset].strip() + " [[" + text[offset:offset + length] + "]] " + text[offset + length:e].strip()


def samples(added, removed, rule, size, seed, skip):
    """(label, keys considered, keys shown) for the added then the removed findings; one random generator draws both
    in turn, so a seed gives the same samples each time."""
    rnd = random.Random(seed)
    for label, group in (("ADDED", added), ("REMOVED", removed)):
        keys = [k for k in group if (rule is None or k[1] == rule) and k[0] not in skip]
        rnd.shuffle(keys)
        yield label, len(keys), keys[:size]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", metavar="BASE.json", help="the CLI's JSON output before the change")
    ap.add_argument("new", metavar="NEW.json", help="the CLI's JSON output after it, on the same articles")
    ap.add_argument("--rule", metavar="DLxxxx", help="sample only this rule's findings (the counts list every rule)")
    ap.add_argument("--sample", type=int, default=0, metavar="N", help="show N added and N removed findings (default 0: counts only)")
    ap.add_argument("--seed", type=int, default=1, help="the samples' random seed (default 1)")
    ap.add_argument("--exclude-articles", nargs="+", default=[], metavar="FILE",
                    help="article lists (one path a line, as sample.py's articles.txt) or sets (tools/gold/sets/*.tsv) "
                         "whose articles the samples leave out")
    ap.add_argument("--data", default=DATA, help="the shared data folder (default: ../shared/data beside the checkout)")
    ap.add_argument("--articles", help="where the articles' text is read, by file name "
                                       "(default: DATA/allsides_news_articles/articles)")
    args = ap.parse_args(argv)
    before, after = load(args.base), load(args.new)
    added, removed = after - before, before - after
    for rule, (plus, minus) in by_rule(added, removed).items():
        print(f"{rule}: +{plus} -{minus}")
    if not args.sample:
        return
    articles = args.articles or os.path.join(args.data, "allsides_news_articles", "articles")
    skip = excluded(args.exclude_articles)
    texts = {}
    for label, count, keys in samples(added, removed, args.rule, args.sample, args.seed, skip):
        print(f"\n## {label} ({count} outside excluded articles){' for ' + args.rule if args.rule else ''}")
        for name, rule, offset, length, _ in keys:
            if name not in texts:
                with open(os.path.join(articles, name), encoding="utf-8") as f:
                    texts[name] = f.read()
            print(f"- {rule} {name}@{offset}: {context(texts[name], offset, length)}")


if __name__ == "__main__":
    main()
