#!/usr/bin/env python3
"""Draw a stratified sentence sample from allsides articles, as doclint_gold/SOURCE.md describes.
usage: sample.py SEED OUT_DIR [--exclude-seed S ...]   (writes OUT_DIR/articles.txt and OUT_DIR/unlabelled.jsonl)
Exclusions: train/dev articles, and the 60 articles each earlier seed drew (fresh10..13 were drawn with seeds 10..13,
each excluding the earlier ones)."""
import json, os, random, re, sys

DATA = os.environ.get("DOCLINT_SHARED_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/data"))
ART = os.path.join(DATA, "allsides_news_articles/articles")
ABBREV = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr", "prof",
          "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "calif", "fla", "ill", "mass", "pa",
          "va", "wash", "ariz", "colo", "conn", "ga", "md", "mich", "minn", "mo", "nev", "tenn", "tex", "wis", "ky",
          "la", "okla", "ore", "vs", "no", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m",
          "p.m", "etc", "ft", "mt", "ave", "blvd", "rev", "supt", "pres", "sens", "reps", "vol", "pp", "ph.d", "ph"}
END = re.compile(r'([.!?]["\u201d\u2019\')]*)(\s+)(?=["\u201c\u2018(]?[A-Z0-9])|([.!?])(?=[A-Z][a-z])')

def split_sentences(text, base):
    out, start = [], 0
    for m in END.finditer(text):
        cut = m.end(1) if m.group(1) else m.end(3)
        before = text[start:cut]
        word = re.search(r'([A-Za-z.]+)[.!?]["\u201d\u2019\')]*$', before)
        if word:
            w = word.group(1).lower().rstrip(".")
            if w in ABBREV or (len(w) == 1 and w.isalpha()):
                continue
        s = text[start:cut].strip()
        if s:
            off = start + (len(text[start:cut]) - len(text[start:cut].lstrip()))
            out.append((base + off, base + off + len(s), s))
        start = m.end(2) if m.group(1) else cut
    s = text[start:].strip()
    if s:
        off = start + (len(text[start:]) - len(text[start:].lstrip()))
        out.append((base + off, base + off + len(s), s))
    return out

def article_sentences(name):
    raw = open(os.path.join(ART, name), encoding="utf-8", newline="").read()
    first_nl = raw.find("\n")
    title = raw[:first_nl].strip() if first_nl >= 0 else raw.strip()
    paras = []  # (start offset, text)
    pos = first_nl + 1 if first_nl >= 0 else len(raw)
    for m in re.finditer(r'(?:[^\n]|\n(?![ \t]*\n))+', raw[pos:]):
        t = m.group(0)
        if t.strip() and t.strip() != title:
            paras.append((pos + m.start(), t))
    result = []  # list of paragraphs, each a list of (start, end, sentence)
    for off, t in paras:
        result.append(split_sentences(t, off))
    return raw, result

NUM = re.compile(r'\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|percent)\b', re.I)
ATT = re.compile(r'\b(said|says|according to|reported|told|claimed|estimated|believed?|sources|officials|experts|analysts|critics|observers)\b', re.I)

def stratum(s):
    return "number" if NUM.search(s) else "attribution" if ATT.search(s) else "other"

def gold_articles():
    names = set()
    for f in ("train.jsonl", "dev.jsonl"):
        for line in open(os.path.join(DATA, "doclint_gold", f), encoding="utf-8"):
            names.add(os.path.basename(json.loads(line)["file"]))
    return names

def draw(seed, excluded, names):
    pool = [n for n in names if n not in excluded]
    random.Random(seed).shuffle(pool)
    return pool[:60]

def main():
    seed, out = int(sys.argv[1]), sys.argv[2]
    extra = [int(a) for a in sys.argv[3:] if a.isdigit()]
    names = sorted(os.listdir(ART))
    excluded = set(gold_articles())
    for s in [10, 11, 12, 13] + extra:
        excluded |= set(draw(s, excluded, names))
    chosen = draw(seed, excluded, names)
    assert not (set(chosen) & excluded)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "articles.txt"), "w") as f:
        f.write("\n".join(chosen) + "\n")
    rng = random.Random(seed)
    quotas = [(4, 2, 2)] * 36 + [(3, 3, 2)] * 24
    rng.shuffle(quotas)
    rows = []
    for name, (qn, qa, qo) in zip(chosen, quotas):
        raw, paras = article_sentences(name)
        flat = []
        for p in paras:
            for i, (a, b, s) in enumerate(p):
                flat.append((a, b, s, p[i - 1][2] if i > 0 else "", p[i + 1][2] if i + 1 < len(p) else ""))
        cands = {"number": [], "attribution": [], "other": []}
        for idx, (a, b, s, pv, nx) in enumerate(flat):
            if len(s.split()) >= 6:
                cands[stratum(s)].append(idx)
        picked = []
        short = 0
        for key, q in (("number", qn), ("attribution", qa), ("other", qo)):
            take = rng.sample(cands[key], min(q, len(cands[key])))
            short += q - len(take)
            picked += take
        for key in ("attribution", "number", "other"):
            rest = [i for i in cands[key] if i not in picked]
            while short and rest:
                i = rng.choice(rest); rest.remove(i); picked.append(i); short -= 1
        for idx in sorted(picked):
            a, b, s, pv, nx = flat[idx]
            assert raw[a:b] == s
            rows.append({"id": f"{name}#s{idx:03d}", "file": f"allsides_news_articles/articles/{name}", "start": a,
                         "end": b, "labels": [], "sentence": s, "prev": pv, "next": nx, "stratum": stratum(s)})
    with open(os.path.join(out, "unlabelled.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["stratum"] for r in rows))

if __name__ == "__main__":
    main()
