#!/usr/bin/env python3
"""The document's voice: what kind of document each gold article is, read from its text, and how the gold labels
and the evaluation's errors split by that kind.

usage: voice.py [--data SHARED_DATA_DIR] [--errors EVAL_ERRORS.txt]... [--features OUT.tsv] [--show KIND N] [--fit]

Kinds (first that holds wins): transcript (speaker-label or Q/A turns), liveblog (time-stamped updates),
release (press-release furniture, or mostly list items), opinion (an opinion marker, or first person outside
quotation marks in many sentences with few "said"-type attributions), report (the rest).
Gold: train.jsonl, tools/gold/sets/tune*.tsv, fresh*.tsv, agree*.tsv (never the blind sets, which are not here).
--errors reads `DocLint.Evaluation --errors tuning` output (and fresh sets) to split false alarms and misses by kind."""
import glob, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

# Thresholds of the kind reader; kept here as data, the same numbers the DocumentVoice reader uses.
# FIRST_PERSON_SHARE and ATTRIBUTION_CEILING are fitted by `voice.py --fit` (even-hash articles; the odd half checks).
FIRST_PERSON_SHARE = 0.02      # share of sentences with I/me/my or we/our/us outside quotation marks, summed
ATTRIBUTION_CEILING = 0.15     # "said"-type attributions per sentence at most, for a first-person opinion piece
SPEAKER_TURNS = 4              # lines opening with a speaker label ("SANDERS:", "Q:")
TIME_STAMPS = 3                # paragraphs opening with a clock time or "Update"
LIST_SHARE = 0.5               # share of paragraphs that are list items

QUOTE = re.compile(r'"[^"]*"|“[^”]*”')
FIRST = re.compile(r"\b(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|me|myself)\b")
WE = re.compile(r"\b(we|our|us|ourselves|we're|we’re|we've|we’ve)\b", re.I)
SAID = re.compile(r"\b(said|says|say|told|according to|stated|added|noted|reported|explained|wrote|tweeted|announced)\b", re.I)
SPEAKER = re.compile(r"^((?:[A-Z][A-Z .'’\-]{1,30}|Q|A|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+)):\s+\S")
# Labels that open page furniture (related links, headline kickers), not a speaker's turn.
FURNITURE = {"READ", "MORE", "RELATED", "BREAKING", "OPINION", "WATCH", "SEE ALSO", "UPDATE", "UPDATED", "NOTE",
             "EDITOR'S NOTE", "PHOTOS", "VIDEO", "ANALYSIS", "EXCLUSIVE", "CLICK HERE", "ALSO", "SOURCE", "CORRECTION"}
TIME = re.compile(r"^(?:\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?|AM|PM|ET|EST|EDT|GMT)?|Update[d]?\b|UPDATE\b)")
LISTITEM = re.compile(r"^(?:[•\-\*–·▪]\s|\d{1,2}[.)]\s)")
# Only markers that name the piece itself: "columnist", "op-ed", "Opinion" and "editorial board" are as often a news
# report's subject (the --fit run counts them in 337 of 2,689 articles whose address is not an opinion page).
OPINION = re.compile(r"\b(?:[Tt]his column|[Mm]y column|[Tt]he views expressed|[Gg]uest [Cc]olumn|[Tt]his op-ed|[Mm]y op-ed)\b")
RELEASE = re.compile(r"FOR IMMEDIATE RELEASE|Media Contact|Press Release|PRESS RELEASE|###")
SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z0-9])")

def sentences(paragraph):
    return [s for s in SENT.split(paragraph.strip()) if s]

def features(text):
    paras = [p for p in re.split(r"\n\s*\n", text)[1:] if p.strip()]  # line 1 is the title
    lines = [l.strip() for p in paras for l in p.split("\n") if l.strip()]
    sents = [s for p in paras for s in sentences(p)]
    n = max(1, len(sents))
    first = we = said = 0
    for s in sents:
        outside = QUOTE.sub(" ", s)
        if outside.count('"') % 2 == 1 or outside.startswith("“"):
            outside = ""                                 # a sentence inside a quotation that spans sentences
        first += bool(FIRST.search(outside))
        we += bool(WE.search(outside))
        said += len(SAID.findall(s))
    return {
        "sentences": len(sents),
        "first": first / n, "we": we / n, "said": said / n,
        "speakers": turns(lines),
        "questions": sum(l.endswith("?") for l in lines) / max(1, len(lines)),
        "stamps": sum(bool(TIME.match(l)) for l in lines),
        "list": sum(bool(LISTITEM.match(l)) for l in lines) / max(1, len(lines)),
        "opinion": bool(OPINION.search(text)),
        "release": bool(RELEASE.search(text)),
    }

def turns(lines):
    """Lines that open with a speaker's label: Q/A, or a label used at least twice among at least two such labels
    (a transcript alternates speakers; a list of "Trump: ..." headlines repeats nobody)."""
    labels = Counter()
    for l in lines:
        m = SPEAKER.match(l)
        if m and m.group(1).upper() not in FURNITURE:
            labels[m.group(1)] += 1
    qa = labels["Q"] + labels["A"]
    repeated = {k: n for k, n in labels.items() if n >= 2 and k not in ("Q", "A")}
    return qa if qa >= SPEAKER_TURNS else (sum(labels.values()) if len(repeated) >= 1 and len(labels) >= 2 else 0)

def kind(f):
    if f["speakers"] >= SPEAKER_TURNS:
        return "transcript"
    if f["stamps"] >= TIME_STAMPS:
        return "liveblog"
    if f["release"] or f["list"] >= LIST_SHARE:
        return "release"
    if f["opinion"] or (f["first"] + f["we"] >= FIRST_PERSON_SHARE and f["said"] <= ATTRIBUTION_CEILING):
        return "opinion"
    return "report"

def gold(data):
    """(set, id, file, sentence, prev, next, labels[(category, span, note)]) for every gold sentence."""
    for line in open(os.path.join(data, "doclint_gold/train.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        yield "train", r["id"], r["file"], r["sentence"], r["prev"], r["next"], [(l["category"], l["span"], l["note"]) for l in r["labels"]]
    texts = {}
    for path in sorted(glob.glob(os.path.join(HERE, "sets/*.tsv"))):
        name = os.path.basename(path)[:-4]
        if not re.match(r"(tune|fresh|agree)\d+$", name):
            continue
        for line in open(path, encoding="utf-8").read().splitlines()[1:]:
            rid, file, s, e, prev, nxt, labels = line.split("\t")
            raw = texts.setdefault(file, open(os.path.join(data, file), encoding="utf-8", newline="").read())
            sentence = raw[int(s):int(e)]
            cut = lambda sp: "" if sp == "-" else raw[int(sp.split("-")[0]):int(sp.split("-")[1])]
            labs = []
            for lab in filter(None, labels.split("|")):
                c, o, ln, note = lab.split(":", 3)
                labs.append((c, sentence[int(o):int(o) + int(ln)], note))
            yield name, rid, file, sentence, cut(prev), cut(nxt), labs

# Sentence classes of the brief's large error kinds, read from the sentence itself (outside quotation marks).
HEDGE_FRAME = re.compile(r"\b(?:I|we)\s+(?:\w+\s+)?(?:think|believe|suspect|guess|doubt|suppose|feel|fear|worry|imagine|expect|wonder)\b|\bI'd\b|\bI’d\b|\bseems to me\b", re.I)
MODAL = re.compile(r"\b(?:may|might|could)\b")
CONDITION = re.compile(r"\b(?:if|unless|whether|so that|in order to|when)\b", re.I)
MONEY = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s*(?:dollars|billion|million|trillion)\b", re.I)
PERCENT = re.compile(r"\d\s?(?:%|percent|per cent)", re.I)
COUNT = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b(?!\s*(?:%|percent|a\.m|p\.m|-year-old|year-old))")
YEARLIKE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
NAMED = re.compile(r"\b(?:according to|said|says|told|reported|data from|survey|poll|study|report|census|estimates?)\b", re.I)

def outside(s):
    return QUOTE.sub(" ", s)

def classes(sentence, prev, nxt):
    o = outside(sentence)
    out = []
    if HEDGE_FRAME.search(o):
        out.append("first-person frame")
    if MODAL.search(o) and not CONDITION.search(o):
        out.append("modal, no condition")
    if MONEY.search(o):
        out.append("money")
    counts = [m.group(0) for m in COUNT.finditer(o) if not YEARLIKE.match(m.group(0))]
    if counts and not MONEY.search(o) and not PERCENT.search(o):
        out.append("plain count")
    if (counts or MONEY.search(o) or PERCENT.search(o)) and (NAMED.search(sentence) or NAMED.search(prev) or NAMED.search(nxt)):
        out.append("figure, source word near")
    return out

FAMILY = {"first-person frame": "hedge", "modal, no condition": "hedge", "money": "unsourced_figure",
          "plain count": "unsourced_figure", "figure, source word near": "unsourced_figure"}

def verdict(labels, category):
    notes = [n for c, _, n in labels if c == category]
    if not notes:
        return "none"
    if any(n == "" for n in notes):
        return "label"
    if any(n == "borderline" for n in notes):
        return "borderline"
    return "quoted/reported"

def main(argv):
    data = argv[argv.index("--data") + 1] if "--data" in argv else os.path.join(HERE, "../../../shared/data")
    rows = list(gold(data))
    kinds, feats = {}, {}
    for r in rows:
        if r[2] not in kinds:
            f = features(open(os.path.join(data, r[2]), encoding="utf-8").read())
            feats[r[2]], kinds[r[2]] = f, kind(f)
    if "--features" in argv:
        with open(argv[argv.index("--features") + 1], "w", encoding="utf-8") as out:
            keys = list(next(iter(feats.values())))
            out.write("file\tkind\t" + "\t".join(keys) + "\n")
            for file, f in sorted(feats.items()):
                out.write(f"{file}\t{kinds[file]}\t" + "\t".join(f"{f[k]:.3f}" if isinstance(f[k], float) else str(f[k]) for k in keys) + "\n")
    if "--fit" in argv:
        fit(data, feats, kinds)
        return
    if "--show" in argv:
        k, n = argv[argv.index("--show") + 1], int(argv[argv.index("--show") + 2])
        for file in [f for f in sorted(kinds) if kinds[f] == k][:n]:
            print(file, feats[file])
        return
    order = ["opinion", "report", "transcript", "liveblog", "release"]
    arts = Counter(kinds.values())
    sents = Counter(kinds[r[2]] for r in rows)
    print("| kind | articles | gold sentences |")
    print("|---|---|---|")
    for k in order:
        print(f"| {k} | {arts[k]} | {sents[k]} |")
    table = defaultdict(Counter)
    for s, rid, file, sentence, prev, nxt, labels in rows:
        for c in classes(sentence, prev, nxt):
            table[(c, kinds[file])][verdict(labels, FAMILY[c])] += 1
    print()
    print("label : borderline : none (quoted/reported) per kind, for sentences of each class (family in brackets)")
    print()
    print("| class | " + " | ".join(order) + " |")
    print("|---|" + "---|" * len(order))
    for c in FAMILY:
        cells = []
        for k in order:
            t = table[(c, k)]
            total = sum(t.values())
            rate = f" ({t['label'] / total:.0%})" if total else ""
            cells.append(f"{t['label']} : {t['borderline']} : {t['none']} ({t['quoted/reported']}){rate}" if total else "-")
        print(f"| {c} [{FAMILY[c]}] | " + " | ".join(cells) + " |")
    consistency(rows, kinds, order)
    for i, a in enumerate(argv):
        if a == "--errors":
            errors(argv[i + 1], kinds, rows, order)

def consistency(rows, kinds, order):
    """Does the split follow the document? For articles with two or more sentences of a class (each sentence once:
    train and the tune/fresh sets, not agree), how often two such sentences of one article get the same verdict
    (label vs not), against how often two sentences of different articles of the same kind do."""
    import itertools, random
    print()
    print("same verdict (labelled or not) for two sentences of a class: same article vs different articles of one kind")
    print()
    print("| class | pairs in one article | same verdict, one article | same verdict, two articles of the kind | articles |")
    print("|---|---|---|---|---|")
    rng = random.Random(28)
    for c in FAMILY:
        by = defaultdict(list)
        for s, rid, file, sentence, prev, nxt, labels in rows:
            if s.startswith("agree"):
                continue
            if c in classes(sentence, prev, nxt):
                v = verdict(labels, FAMILY[c])
                if v in ("label", "none"):
                    by[file].append(v == "label")
        within = [a == b for vs in by.values() for a, b in itertools.combinations(vs, 2)]
        across = []
        files = [f for f in by if by[f]]
        for _ in range(20000):
            f1, f2 = rng.sample(files, 2)
            if kinds[f1] == kinds[f2]:
                across.append(rng.choice(by[f1]) == rng.choice(by[f2]))
        n = sum(len(v) >= 2 for v in by.values())
        print(f"| {c} | {len(within)} | {sum(within) / max(1, len(within)):.2f} | {sum(across) / max(1, len(across)):.2f} | {n} |")

REFERENCE = re.compile(r"/(?:opinions?|commentary|columns?|op-?eds?|editorials?)/|-opinion|opinion-", re.I)

def fit(data, feats, kinds):
    """Fits the opinion thresholds against an independent reference, the article's address and source name in
    allsides' index.tsv (an opinion page or an opinion desk; never shown to the linter): even-hash articles fit,
    odd-hash ones are the check. The reference misses opinion outlets whose addresses say nothing (National Review,
    Townhall, Reason ...), so precision against it is a floor."""
    import csv, zlib
    index = {}
    for r in csv.DictReader(open(os.path.join(data, "allsides_news_articles/index.tsv"), encoding="utf-8"), delimiter="\t"):
        index["allsides_news_articles/" + r["file"]] = r
    ref = {f: bool(REFERENCE.search(index[f]["url"]) or re.search(r"Opinion|Editorial|Guest Writer|Op-?Ed", index[f]["source"])) for f in feats}
    half = lambda f, h: zlib.crc32(f.encode()) % 2 == h
    def score(files, t1, t2):
        pred = {f: feats[f]["opinion"] or (feats[f]["first"] + feats[f]["we"] >= t1 and feats[f]["said"] <= t2) for f in files}
        tp = sum(pred[f] and ref[f] for f in files); fp = sum(pred[f] and not ref[f] for f in files); fn = sum(ref[f] and not pred[f] for f in files)
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        return 2 * p * r / max(1e-9, p + r), p, r, tp, fp, fn
    even = [f for f in feats if half(f, 0)]; odd = [f for f in feats if half(f, 1)]
    grid = [(score(even, t1, t2), t1, t2) for t1 in (0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2) for t2 in (0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 1.0)]
    (f1, p, r, *_), t1, t2 = max(grid)
    print(f"fit on {len(even)} even-hash articles: FIRST_PERSON_SHARE {t1}, ATTRIBUTION_CEILING {t2} (F1 {f1:.3f}, P {p:.3f}, R {r:.3f})")
    f1, p, r, tp, fp, fn = score(odd, FIRST_PERSON_SHARE, ATTRIBUTION_CEILING)
    print(f"check on {len(odd)} odd-hash articles with the thresholds in use ({FIRST_PERSON_SHARE}, {ATTRIBUTION_CEILING}): "
          f"P {p:.3f} R {r:.3f} (tp {tp}, fp {fp}, fn {fn})")
    confusion = Counter((kinds[f], ref[f]) for f in feats)
    print("| kind (text) | opinion by address | not by address |")
    print("|---|---|---|")
    for k in ["opinion", "report", "transcript", "liveblog", "release"]:
        print(f"| {k} | {confusion[(k, True)]} | {confusion[(k, False)]} |")
    fps = Counter(index[f]["source"] for f in feats if kinds[f] == "opinion" and not ref[f])
    print("text says opinion, address does not, by source:", ", ".join(f"{s} {n}" for s, n in fps.most_common(12)))

def errors(path, kinds, rows, order):
    """Splits the evaluation's listed errors (FP/FN lines with a sentence id) by the article's kind."""
    per = defaultdict(Counter)
    family = None
    view = "window"
    base = Counter()
    name = os.path.basename(path)
    for s, rid, file, *_ in rows:
        if s.startswith("tune") if "fresh" not in name else s.startswith("fresh"):
            base[kinds[file]] += 1
    fileof = {rid: file for s, rid, file, *_ in rows}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"### Errors: (\S+) (\S+)", line)
        if m:
            family = m.group(2)
            view = "article" if "(article context)" in line else "window"
            continue
        if line.startswith("### "):
            family = None
            continue
        m = re.search(r"\b(FP|FN)\b.*?([A-Za-z0-9_-]{16}\.txt#s\d+)", line)
        if m and family and m.group(2) in fileof:
            per[(f"{family} ({view})", m.group(1))][kinds[fileof[m.group(2)]]] += 1
    print()
    print(f"{name}: errors per kind, false alarms / misses (per 100 gold sentences of the kind)")
    print()
    print("| family | " + " | ".join(order) + " |")
    print("|---|" + "---|" * len(order))
    for fam in sorted({f for f, _ in per}):
        cells = []
        for k in order:
            fp, fn = per[(fam, "FP")][k], per[(fam, "FN")][k]
            cells.append(f"{fp} / {fn} ({100 * fp / max(1, base[k]):.1f} / {100 * fn / max(1, base[k]):.1f})")
        print(f"| {fam} | " + " | ".join(cells) + " |")

if __name__ == "__main__":
    main(sys.argv[1:])
