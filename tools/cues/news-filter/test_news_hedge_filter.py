"""Tests of the news hedge filter experiment's reading of the data (news_hedge_filter.py): the offsets, labels and
scores its result rests on. Run by tests/DocLint.CueTool.Tests (PythonScriptTests), or by hand:

    python3 -m unittest discover -s tools/cues/news-filter -p 'test_*.py'
"""
import json, os, tempfile, unittest

import news_hedge_filter as nf


def row(gold=(), finds=()):
    return {"gold": list(gold), "finds": list(finds)}


class OffsetsTests(unittest.TestCase):
    def test_utf16_counts_an_astral_character_twice(self):
        self.assertEqual(nf.utf16("a\U0001F600b", 2), 3)
        self.assertEqual(nf.utf16("a’b", 2), 2)

    def test_read_examples_places_findings_and_gold_in_their_sentence(self):
        with tempfile.TemporaryDirectory() as root:
            data, sets = os.path.join(root, "data"), os.path.join(root, "sets")
            os.makedirs(os.path.join(data, "doclint_gold"))
            os.makedirs(os.path.join(data, "articles"))
            os.makedirs(sets)
            # A byte-order mark and an astral character before the sentence: the CLI's offsets are UTF-16 and
            # leave the mark out, the gold's are Python characters.
            text = "\ufeffTitle \U0001F600.\nThe plan will probably fail. It may not."
            with open(os.path.join(data, "articles", "a.txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            start = text.index("The plan")
            end = text.index(" It may")
            gold = {"id": "a.txt#s001", "file": "articles/a.txt", "start": start, "end": end, "sentence": text[start:end],
                    "labels": [{"category": "hedge", "span": "probably", "note": ""}], "prev": "", "next": ""}
            with open(os.path.join(data, "doclint_gold", "train.jsonl"), "w", encoding="utf-8") as f:
                f.write(json.dumps(gold) + "\n")
            with open(os.path.join(sets, "tune99.jsonl"), "w", encoding="utf-8") as f:
                f.write(json.dumps(dict(gold, id="a.txt#s001", labels=[])) + "\n")
            probably = nf.utf16(text, text.index("probably")) - 1
            may = nf.utf16(text, text.index("may")) - 1
            findings = {"files": [{"path": "/x/data/articles/a.txt", "diagnostics": [
                {"id": "DL1001", "range": {"offset": probably, "length": 8}, "text": "probably"},
                {"id": "DL1002", "range": {"offset": may, "length": 3}, "text": "may"},
                {"id": "DL2001", "range": {"offset": probably, "length": 8}, "text": "probably"}]}]}
            path = os.path.join(root, "findings.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(findings, f)

            rows = {r["set"]: r for r in nf.read_examples(path, sets, data)}

            self.assertEqual(sorted(rows), ["train", "tune99"])
            train = rows["train"]
            at = train["sentence"].index("probably")
            self.assertEqual(train["finds"], [{"id": "DL1001", "a": at, "b": at + 8, "text": "probably"}])
            self.assertEqual(train["gold"], [(at, at + 8, "")])
            self.assertEqual(rows["tune99"]["gold"], [])


class LabelAndScoreTests(unittest.TestCase):
    def test_label_reads_the_overlapping_gold_span(self):
        r = row(gold=[(4, 12, ""), (20, 25, "borderline")])
        self.assertEqual(nf.label(r, {"a": 4, "b": 12}), 1)
        self.assertIsNone(nf.label(r, {"a": 21, "b": 24}))
        self.assertEqual(nf.label(r, {"a": 13, "b": 19}), 0)

    def test_score_counts_sentences_and_leaves_borderline_only_ones_out(self):
        rows = [row(gold=[(0, 1, "")], finds=[{"a": 0, "b": 1}]),   # true positive
                row(finds=[{"a": 0, "b": 1}]),                      # false positive
                row(gold=[(0, 1, "")]),                             # missed
                row(gold=[(0, 1, "borderline")], finds=[{"a": 0, "b": 1}])]  # neutral
        p, r, f1, tp, fp, fn = nf.score(rows)
        self.assertEqual((tp, fp, fn), (1, 1, 1))
        self.assertAlmostEqual(p, 0.5)
        self.assertAlmostEqual(r, 0.5)
        self.assertEqual(nf.score(rows, keep=lambda r, f: False)[3:], (0, 0, 2))


class FeatureTests(unittest.TestCase):
    def test_cue_classes(self):
        self.assertEqual(nf.cue_class("Could"), "modal:could")
        self.assertEqual(nf.cue_class("seems to"), "seem/appear")
        self.assertEqual(nf.cue_class("unlikely"), "likely")
        self.assertEqual(nf.cue_class("I think"), "first person")
        self.assertEqual(nf.cue_class("suggests"), "other")

    def test_features_read_the_words_around_the_cue(self):
        sentence = "If it rains, the plan could not work."
        at = sentence.index("could")
        features = nf.features({"sentence": sentence}, {"id": "DL1002", "a": at, "b": at + 5, "text": "could"})
        for expected in ("rule=DL1002", "cls=modal:could", "p1=plan", "n1=not", "negated|modal:could",
                         "condition-before|modal:could"):
            self.assertIn(expected, features)
        self.assertNotIn("question|modal:could", features)


if __name__ == "__main__":
    unittest.main()
