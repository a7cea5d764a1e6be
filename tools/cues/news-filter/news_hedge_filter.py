"""The news hedge filter experiment (hedgelearn21, issue #9 build item 3): can a learned linear model over DocLint's own
news hedge findings (DL1001 + DL1002) tell the author's doubt from the modal and "seem/appear" senses that are not?

It was not shipped: grouped cross-validation by article finds no threshold that beats the hand rule (docs/quality.md,
"What hedgelearn21 changed"). Kept so that the result can be reproduced and the experiment rerun when the gold grows.

    dotnet run -c Release --no-build --project src/DocLint.Cli -- ../shared/data/allsides_news_articles/articles \
        --include '*.txt' --format json --output /tmp/allsides.json
    for f in tools/gold/sets/tune*.tsv tools/gold/sets/fresh*.tsv; do
        python3 tools/gold/unpack.py $f /tmp/sets/$(basename $f .tsv).jsonl --data ../shared/data; done
    python3 tools/cues/news-filter/news_hedge_filter.py /tmp/allsides.json /tmp/sets ../shared/data

Sentence-level scores follow tests/DocLint.Evaluation's article view (author voice, borderline neutral): a sentence
is predicted a hedge when a kept finding starts in it. Standard library only, deterministic (fixed seeds).
"""
import collections, glob, json, math, os, random, re, sys

MODALS = {"may", "might", "could", "can", "would", "should", "must"}
SUBJECTS = {"i", "we", "you", "they", "he", "she", "it", "this", "that", "there"}
REPORT = re.compile(r"\b(said|says|say|told|tells|according|argued|argues|claimed|claims|believes?|thinks?|warned|warns|wrote|writes|noted|added|suggested)\b", re.I)
CONDITION = re.compile(r"\b(if|unless|whether|lest|in case)\b", re.I)
HELD_OUT = {"fresh19", "fresh20", "tune29", "tune30", "tune31", "tune32"}


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def read_examples(findings_json, sets_dir, data):
    sets = {"train": os.path.join(data, "doclint_gold/train.jsonl")}
    for path in sorted(glob.glob(os.path.join(sets_dir, "*.jsonl"))):
        name = os.path.basename(path)[:-6]
        if name.startswith(("tune", "fresh")):
            sets[name] = path
    rows = []
    for name, path in sets.items():
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            row["set"] = name
            rows.append(row)
    files = {r["file"] for r in rows}
    hedges = {}
    for f in json.load(open(findings_json, encoding="utf-8"))["files"]:
        relative = f["path"].split("/data/", 1)[-1]
        if relative in files:
            hedges[relative] = [d for d in f.get("diagnostics", []) if d["id"] in ("DL1001", "DL1002")]
    texts = {}
    for r in rows:
        text = texts.setdefault(r["file"], open(os.path.join(data, r["file"]), encoding="utf-8", newline="").read())
        shift = 1 if text.startswith("\ufeff") else 0
        start, end = utf16(text, r["start"]) - shift, utf16(text, r["end"]) - shift
        sentence = r["sentence"]
        r["gold"] = []
        for label in r["labels"]:
            at = sentence.find(label["span"]) if label["category"] == "hedge" else -1
            if at >= 0:
                a = utf16(sentence, at)
                r["gold"].append((a, a + utf16(label["span"], len(label["span"])), label["note"]))
        r["finds"] = []
        for d in hedges.get(r["file"], []):
            offset = d["range"]["offset"]
            if start <= offset < end:
                r["finds"].append({"id": d["id"], "a": offset - start, "b": min(end, offset + d["range"]["length"]) - start, "text": d["text"]})
    return rows


def positive(r):
    return any(note == "" for _, _, note in r["gold"])


def skipped(r):
    return not positive(r) and any(note == "borderline" for _, _, note in r["gold"])


def score(rows, keep=lambda r, f: True):
    tp = fp = fn = 0
    for r in rows:
        if skipped(r):
            continue
        predicted, gold = any(keep(r, f) for f in r["finds"]), positive(r)
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return p, rec, 2 * p * rec / (p + rec) if p + rec else 0.0, tp, fp, fn


def cue_class(cue):
    word = cue.lower().split()[0]
    if word in MODALS:
        return "modal:" + word
    if word.startswith(("seem", "appear")):
        return "seem/appear"
    if word.startswith(("likel", "unlikel")):
        return "likely"
    if word in ("probably", "perhaps", "possibly", "maybe", "apparently", "presumably", "seemingly", "allegedly", "reportedly"):
        return "adverb"
    if word in ("i", "we"):
        return "first person"
    return "other"


def words(text):
    return re.findall(r"[A-Za-z’']+|[0-9]+|[^\sA-Za-z0-9]", text)


def features(r, f):
    s, a, b = r["sentence"], f["a"], f["b"]
    left, right, cue, c = words(s[:a]), words(s[b:]), f["text"].lower(), cue_class(f["text"])
    p1 = left[-1].lower() if left else "<s>"
    p2 = left[-2].lower() if len(left) > 1 else "<s>"
    n1 = right[0].lower() if right else "</s>"
    n2 = right[1].lower() if len(right) > 1 else "</s>"
    out = ["bias", "rule=" + f["id"], "cls=" + c, "cue=" + cue, f"cls|n1={c}|{n1}", f"p1|cls={p1}|{c}", f"cue|n1={cue}|{n1}",
           "p1=" + p1, "n1=" + n1, "n2=" + n2, f"cls|n2={c}|{n2}"]
    before = s[:a]
    flags = {
        "perfect": n1 == "have" or (n2 == "have" and n1 != "to"),
        "negated": n1 in ("not", "n’t", "n't") or cue.endswith("n't"),
        "be": n1 == "be",
        "condition-before": bool(CONDITION.search(before)),
        "condition-anywhere": bool(CONDITION.search(s)),
        "question": s.rstrip().endswith("?"),
        "person-1-2": p1 in ("you", "we", "i"),
        "in-quote": sum(before.count(q) for q in "“\"") - before.count("”") > 0 or before.count('"') % 2 == 1,
        "quotes": any(q in s for q in "“”\""),
        "report-anywhere": bool(REPORT.search(s)),
        "report-before": bool(REPORT.search(before)),
        "purpose": bool(re.search(r"\bso\s*$|\bso that\s*$|\bin order\b", before, re.I)) or p2 == "so",
        "but-after": bool(re.search(r"\bbut\b", s[b:], re.I)),
        "than-after": bool(re.search(r"\bthan\b", s[b:], re.I)),
        "adverb-after": bool(re.search(r"\b(only|still|even|also|easily)\b", " ".join(right[:2]), re.I)),
        "first": not left,
        "conditional-modal": bool(re.search(r"\b(would|could|might)\b.*\bif\b|\bif\b.*\b(would|could|might)\b", s, re.I)),
    }
    out += [f"{name}|{c}" for name, on in flags.items() if on]
    if p1 in SUBJECTS:
        out.append(f"subj={p1}|{c}")
    return out


def label(r, f):
    notes = [note for a, b, note in r["gold"] if a < f["b"] and f["a"] < b]
    return 1 if "" in notes else None if "borderline" in notes else 0


def train(findings, epochs=30, lam=1e-3, rate=0.1, seed=1):
    weights, examples = {}, [f for f in findings if f["y"] is not None]
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(examples)
        for e in examples:
            gradient = e["y"] - probability(weights, e)
            for k in e["F"]:
                weights[k] = weights.get(k, 0.0) * (1 - rate * lam) + rate * gradient
    return weights


def probability(weights, f):
    z = max(-30.0, min(30.0, sum(weights.get(k, 0.0) for k in f["F"])))
    return 1 / (1 + math.exp(-z))


def folds(rows, k, seed):
    articles = sorted({r["file"] for r in rows})
    random.Random(seed).shuffle(articles)
    return {a: i % k for i, a in enumerate(articles)}


def out_of_fold(rows, k=5, seed=7):
    fold = folds(rows, k, seed)
    for i in range(k):
        weights = train([f for r in rows if fold[r["file"]] != i for f in r["finds"]])
        for r in rows:
            if fold[r["file"]] == i:
                for f in r["finds"]:
                    f["p"] = probability(weights, f)


def best_threshold(rows):
    best = (score(rows)[2], 0.0)
    for t in [x / 100 for x in range(5, 80, 5)]:
        f1 = score(rows, lambda r, f: f["p"] >= t)[2]
        if f1 > best[0] + 1e-9:
            best = (f1, t)
    return best[1]


def fit_and_apply(train_rows, test_rows):
    """Threshold from an inner grouped cross-validation on the training rows, then a model on all of them."""
    out_of_fold(train_rows)
    threshold = best_threshold(train_rows)
    weights = train([f for r in train_rows for f in r["finds"]])
    for r in test_rows:
        for f in r["finds"]:
            f["p"] = probability(weights, f)
    return threshold


def line(name, s):
    return "%-34s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)" % ((name,) + s)


def main(findings_json, sets_dir, data):
    rows = read_examples(findings_json, sets_dir, data)
    for r in rows:
        for f in r["finds"]:
            f["F"], f["y"] = features(r, f), label(r, f)
    groups = {"pool tune14-32": lambda r: r["set"].startswith("tune"), "fresh14-20": lambda r: r["set"].startswith("fresh"),
              "train.jsonl": lambda r: r["set"] == "train"}

    # 1. Outer grouped 5-fold cross-validation by article, the threshold chosen inside each training part.
    fold = folds(rows, 5, 3)
    kept = {}
    for i in range(5):
        part = [r for r in rows if fold[r["file"]] != i]
        test = [r for r in rows if fold[r["file"]] == i]
        threshold = fit_and_apply(part, test)
        for r in test:
            for j, f in enumerate(r["finds"]):
                kept[(r["set"], r["id"], j)] = f["p"] >= threshold
        print(f"fold {i}: threshold {threshold:.2f}")
    keep = lambda r, f: kept[(r["set"], r["id"], r["finds"].index(f))]
    for name, selected in groups.items():
        subset = [r for r in rows if selected(r)]
        print(line(name + ", hand rule", score(subset)))
        print(line(name + ", held-out model", score(subset, keep)))

    # 2. The time split: train on everything but fresh19/fresh20/tune29-32, test on those.
    early = [r for r in rows if r["set"] not in HELD_OUT]
    late = [r for r in rows if r["set"] in HELD_OUT]
    threshold = fit_and_apply(early, late)
    print(f"time split: threshold {threshold:.2f}")
    print(line("late sets, hand rule", score(late)))
    print(line("late sets, model", score(late, lambda r, f: f["p"] >= threshold)))

    # 3. Out-of-fold probabilities: discrimination, the F1 at every threshold, and the flips by cue class.
    out_of_fold(rows)
    labelled = [(f["p"], f["y"]) for r in rows for f in r["finds"] if f["y"] is not None]
    pos = [p for p, y in labelled if y == 1]
    neg = [p for p, y in labelled if y == 0]
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / len(pos) / len(neg)
    print(f"findings {len(labelled)} (hedge {len(pos)}, not {len(neg)}), out-of-fold AUC {auc:.3f}")
    pool = [r for r in rows if groups["pool tune14-32"](r)]
    for t in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
        print(line(f"pool, any threshold {t:.1f}", score(pool, lambda r, f: f["p"] >= t)))
    counts = collections.Counter()
    for r in rows:
        for f in r["finds"]:
            c = cue_class(f["text"])
            counts[(c, "all", f["y"])] += 1
            if f["p"] < 0.3:
                counts[(c, "flip", f["y"])] += 1
    print("cue class       hedge  not  borderline | flipped at p<0.3: right (not)  wrong (hedge)")
    for c in sorted({c for c, _, _ in counts}, key=lambda c: -counts[(c, "all", 0)]):
        print("%-14s %6d %4d %6d      | %6d %6d" % (c, counts[(c, "all", 1)], counts[(c, "all", 0)], counts[(c, "all", None)],
                                                    counts[(c, "flip", 0)], counts[(c, "flip", 1)]))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: news_hedge_filter.py ALLSIDES_FINDINGS.json UNPACKED_SETS_DIR SHARED_DATA_DIR")
    main(*sys.argv[1:])
