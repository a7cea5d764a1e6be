#!/usr/bin/env python3
"""Rebuild a hand-labelled set (train.jsonl's fields) from its offsets-only TSV and the shared articles.

usage: unpack.py SET.tsv OUT.jsonl [--data SHARED_DATA_DIR]

Exits 1 with a one-line error if an article is missing, or if the rebuilt file's sha256 is not the one the TSV
recorded (the articles changed, or the TSV was edited)."""
import hashlib, json, os, sys

def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    data = argv[argv.index("--data") + 1] if "--data" in argv else os.path.join(os.path.dirname(__file__), "../../../shared/data")
    src, out = args[0], args[1]
    lines = open(src, encoding="utf-8").read().splitlines()
    expected = lines[0].rsplit(" ", 1)[1]
    texts, rows = {}, []
    for line in lines[1:]:
        rid, file, s, e, prev, nxt, labels = line.split("\t")
        path = os.path.join(data, file)
        if not os.path.exists(path):
            sys.exit(f"{src}: {path}: article not found")
        raw = texts.setdefault(file, open(path, encoding="utf-8", newline="").read())
        s, e = int(s), int(e)
        sentence = raw[s:e]
        def cut(span):
            if span == "-":
                return ""
            a, b = map(int, span.split("-"))
            return raw[a:b]
        parsed = []
        for lab in filter(None, labels.split("|")):
            category, offset, length, note = lab.split(":", 3)
            parsed.append({"category": category, "span": sentence[int(offset):int(offset) + int(length)], "note": note})
        rows.append({"id": rid, "file": file, "start": s, "end": e, "labels": parsed, "sentence": sentence,
                     "prev": cut(prev), "next": cut(nxt)})
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()
    if digest != expected:
        sys.exit(f"{src}: rebuilt file's sha256 {digest} is not the recorded {expected}")
    open(out, "wb").write(body)
    print(f"{out}: {len(rows)} sentences, sha256 {digest} (as recorded)")

if __name__ == "__main__":
    main(sys.argv[1:])
