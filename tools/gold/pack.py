#!/usr/bin/env python3
"""Store a hand-labelled sentence set as offsets only, so the repository keeps our labels without the articles' text.

usage: pack.py SET.jsonl OUT.tsv [--data SHARED_DATA_DIR]

Each row: id, file, start, end of the sentence; start/end of prev and next ("-" when empty); the labels as
category:offset:length:note (offset within the sentence; note empty for none), joined by "|". The header keeps the
sha256 of the jsonl so unpack.py can prove it rebuilt the very file that was frozen."""
import hashlib, json, os, sys

# train.jsonl's fields: all unpack.py rebuilds, so a line with any other (sample.py's "stratum") could never match
# the sha256 recorded here.
FIELDS = ("id", "file", "start", "end", "labels", "sentence", "prev", "next")


def refuse_extra_fields(src, rows):
    for number, row in enumerate(rows, 1):
        extra = sorted(set(row) - set(FIELDS))
        if extra:
            sys.exit(f"{src}: line {number}: field '{extra[0]}' is not one of train.jsonl's; unpack.py rebuilds only "
                     f"those, so drop it before packing")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    data = argv[argv.index("--data") + 1] if "--data" in argv else os.path.join(os.path.dirname(__file__), "../../../shared/data")
    src, out = args[0], args[1]
    digest = hashlib.sha256(open(src, "rb").read()).hexdigest()
    rows = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    refuse_extra_fields(src, rows)
    texts = {}
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# doclint hand-labelled set, offsets only (tools/gold/README.md); sha256 of the jsonl: {digest}\n")
        for r in rows:
            raw = texts.setdefault(r["file"], open(os.path.join(data, r["file"]), encoding="utf-8", newline="").read())
            s, e = r["start"], r["end"]
            if raw[s:e] != r["sentence"]:
                sys.exit(f"{src}: {r['id']}: the sentence is not the article's text at {s}-{e}")
            def locate(text, before):
                if not text:
                    return "-"
                i = raw.rfind(text, 0, s) if before else raw.find(text, e)
                if i < 0:
                    sys.exit(f"{src}: {r['id']}: neighbour not found in the article")
                return f"{i}-{i + len(text)}"
            labels, used = [], set()
            for lab in r["labels"]:
                i = r["sentence"].find(lab["span"])
                while (lab["category"], i) in used:
                    i = r["sentence"].find(lab["span"], i + 1)
                if i < 0:
                    sys.exit(f"{src}: {r['id']}: span '{lab['span']}' is not in the sentence")
                used.add((lab["category"], i))
                labels.append(f"{lab['category']}:{i}:{len(lab['span'])}:{lab['note']}")
            f.write("\t".join([r["id"], r["file"], str(s), str(e), locate(r["prev"], True), locate(r["next"], False),
                               "|".join(labels)]) + "\n")
    print(f"{out}: {len(rows)} sentences")

if __name__ == "__main__":
    main(sys.argv[1:])
