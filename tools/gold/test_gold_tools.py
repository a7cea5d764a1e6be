"""Tests of the round-measurement tools (freshsum.py, diffjson.py, endmeasure.py, errors.py and their evalrun.py; pack.py):
what they read from the evaluation's tables and the CLI's JSON, and what they run. No build and no shared data needed.
Run by tests/DocLint.CueTool.Tests (PythonScriptTests), or by hand:

    python3 -m unittest discover -s tools/gold -p 'test_*.py'
"""
import contextlib, io, json, os, tempfile, unittest

import diffjson, endmeasure, errors, evalrun, freshsum, pack

# Two sets' tables as the evaluation prints them (--gold A --gold B), trimmed to what the tools read.
TABLE = """
## DocLint on fresh{n}.tsv (480 sentences, author-voice view, borderline neutral)

| family | sent P | sent R | sent F1 | sent TP/pred/gold | span P | span R | span F1 | span correct/pred, found/gold |
|---|---|---|---|---|---|---|---|---|
| hedge (DL1xxx) | 0.700 | 0.824 | 0.757 | {h} | 0.652 | 0.824 | 0.728 | 15/23, 14/17 |
| unsourced_figure (DL2xxx) | 0.765 | 0.788 | 0.776 | 26/34/33 | 0.711 | 0.795 | 0.751 | 32/45, 31/39 |
| **micro** | 0.798 | 0.838 | 0.817 | {m} | 0.755 | 0.837 | 0.794 | 77/102, 72/86 |

### Errors: fresh{n} hedge (DL1xxx) (1)
FP a.txt#s001: It could rain.
"""
OUTPUT = TABLE.format(n=14, h="14/20/17", m="40/54/50") + TABLE.format(n=15, h="1/2/3", m="27/36/36")


def layout(root, names):
    """A repository's tools/gold/sets holding empty files of these names."""
    sets = os.path.join(root, "tools", "gold", "sets")
    os.makedirs(sets)
    for name in names:
        open(os.path.join(sets, name), "w").close()
    return root


class FreshsumTests(unittest.TestCase):
    def test_pool_adds_each_family_s_counts_over_the_sets(self):
        sums, count = freshsum.pool(OUTPUT)
        self.assertEqual(sums, {"hedge": [15, 22, 20], "unsourced_figure": [52, 68, 66], "micro": [67, 90, 86]})
        self.assertEqual(count, 2)

    def test_lines_give_p_and_r_of_the_sums_in_the_tables_order(self):
        self.assertEqual(list(freshsum.lines({"hedge": [15, 22, 20], "booster": [0, 0, 0]})),
                         ["hedge            P 0.682 R 0.750  15/22/20", "booster          P 0.000 R 0.000  0/0/0"])

    def test_a_saved_output_is_pooled_without_running_anything(self):
        with tempfile.TemporaryDirectory() as root:
            path = os.path.join(root, "eval.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(OUTPUT)
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                freshsum.main(["--output", path])
        self.assertEqual(printed.getvalue().splitlines()[-2:], ["micro            P 0.744 R 0.779  67/90/86", f"sets {path}: 2"])

    def test_the_sets_run_are_the_fresh_ones_in_range_by_number(self):
        seen = []
        with tempfile.TemporaryDirectory() as root:
            layout(root, ["fresh9.tsv", "fresh14.tsv", "fresh15.tsv", "fresh16.tsv", "agree15.tsv", "tune14.tsv"])
            data = os.path.join(root, "shared", "data")
            os.makedirs(data)
            run = evalrun.run
            evalrun.run = lambda repo, d, args, output=None: seen.append((repo, d, args)) or OUTPUT
            try:
                printed = io.StringIO()
                with contextlib.redirect_stdout(printed):
                    freshsum.main(["--repo", root, "--data", data, "--last", "15"])
            finally:
                evalrun.run = run
        self.assertEqual(seen, [(root, data, ["--gold", "tools/gold/sets/fresh14.tsv", "--gold", "tools/gold/sets/fresh15.tsv"])])
        self.assertEqual(printed.getvalue().splitlines()[-1], "sets fresh14-15: 2")


class EvalrunTests(unittest.TestCase):
    def test_fresh_sets_are_sorted_by_number_not_by_name(self):
        with tempfile.TemporaryDirectory() as root:
            layout(root, ["fresh36.tsv", "fresh9.tsv", "fresh14.tsv", "fresh14.jsonl", "freshest.tsv"])
            self.assertEqual([n for n, _ in evalrun.fresh_sets(root)], [9, 14, 36])
            self.assertEqual(evalrun.fresh_sets(root, 10, 20), [(14, "tools/gold/sets/fresh14.tsv")])

    def test_the_evaluation_gets_the_folder_above_data_and_no_build(self):
        with tempfile.TemporaryDirectory() as root:
            data = os.path.join(root, "data")
            os.makedirs(data)
            command = evalrun.command(data + "/", ["--view", "both"])
        self.assertEqual(command[:7], ["dotnet", "run", "-c", "Release", "--no-build", "--project", "tests/DocLint.Evaluation"])
        self.assertEqual(command[7:], ["--", "--data", root, "--view", "both"])

    def test_a_data_folder_not_named_data_is_refused(self):
        with tempfile.TemporaryDirectory() as root:
            with self.assertRaises(SystemExit):
                evalrun.shared_dir(root)

    def test_the_defaults_are_this_checkout_and_the_shared_data_beside_it(self):
        self.assertTrue(os.path.exists(os.path.join(evalrun.REPO, "DocLint.sln")))
        self.assertEqual(evalrun.DATA, os.path.join(os.path.dirname(evalrun.REPO), "shared", "data"))


def finding(rule, offset, length, text):
    return {"id": rule, "range": {"offset": offset, "length": length}, "text": text}


class DiffjsonTests(unittest.TestCase):
    def setUp(self):
        self.temp = tempfile.TemporaryDirectory()
        self.root = self.temp.name
        self.articles = os.path.join(self.root, "articles")
        os.makedirs(self.articles)
        self.write("a.txt", "Title\nThe plan could fail. It may not. Some 40 people came.")
        self.write("b.txt", "Other\nMany say 12 died. Officials said so.")

    def tearDown(self):
        self.temp.cleanup()

    def write(self, name, text):
        with open(os.path.join(self.articles, name), "w", encoding="utf-8") as f:
            f.write(text)

    def run_json(self, name, files):
        path = os.path.join(self.root, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"files": [{"path": "/elsewhere/" + article, "diagnostics": found} for article, found in files.items()]}, f)
        return path

    def main(self, *args):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            diffjson.main(list(args))
        return printed.getvalue()

    def test_counts_per_rule_take_a_moved_finding_as_one_removed_and_one_added(self):
        base = self.run_json("base.json", {"a.txt": [finding("DL1002", 15, 5, "could"), finding("DL1002", 30, 3, "may")],
                                           "b.txt": [finding("DL3001", 6, 8, "Many say")]})
        new = self.run_json("new.json", {"a.txt": [finding("DL1002", 15, 5, "could"), finding("DL2001", 44, 2, "40"),
                                                   finding("DL2001", 44, 2, "40")],
                                         "b.txt": [finding("DL3001", 6, 4, "Many")]})
        self.assertEqual(self.main(base, new), "DL1002: +0 -1\nDL2001: +2 -0\nDL3001: +1 -1\n")

    def test_a_sample_shows_each_finding_in_its_sentence_and_leaves_out_excluded_articles(self):
        base = self.run_json("base.json", {"a.txt": [], "b.txt": []})
        new = self.run_json("new.json", {"a.txt": [finding("DL2001", 44, 2, "40")], "b.txt": [finding("DL2001", 15, 2, "12")]})
        excluded = os.path.join(self.root, "articles.txt")
        with open(excluded, "w", encoding="utf-8") as f:
            f.write("allsides_news_articles/articles/b.txt\n")
        out = self.main(base, new, "--sample", "5", "--rule", "DL2001", "--articles", self.articles,
                        "--exclude-articles", excluded)
        self.assertIn("## ADDED (1 outside excluded articles) for DL2001\n- DL2001 a.txt@44: Some [[40]] people came.", out)
        self.assertIn("## REMOVED (0 outside excluded articles) for DL2001", out)
        self.assertNotIn("b.txt@", out)

    def test_a_set_s_tsv_excludes_the_articles_of_its_rows(self):
        path = os.path.join(self.root, "tune99.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("# doclint hand-labelled set, offsets only; sha256 of the jsonl: 00\n"
                    "b.txt#s000\tallsides_news_articles/articles/b.txt\t6\t18\t-\t-\t\n")
        self.assertEqual(diffjson.excluded([path]), {"b.txt"})

    def test_the_cli_s_utf16_offsets_are_placed_after_an_astral_character(self):
        text = "A \U0001F600 note. The plan could fail."
        utf16 = text.index("could") + 1  # the emoji counts two UTF-16 units
        self.assertEqual(diffjson.context(text, utf16, 5), "The plan [[could]] fail.")

    def test_a_seed_draws_the_same_sample_each_time(self):
        added = {("a.txt", "DL1002", i, 1, "x"): 1 for i in range(20)}
        first = list(diffjson.samples(added, {}, None, 5, 7, set()))
        self.assertEqual(first, list(diffjson.samples(added, {}, None, 5, 7, set())))
        self.assertEqual([(label, count, len(keys)) for label, count, keys in first], [("ADDED", 20, 5), ("REMOVED", 0, 0)])


class EndmeasureTests(unittest.TestCase):
    MAIN = ("## DocLint on doclint_gold/dev.jsonl (240 sentences, sentence window)\n| hedge (DL1xxx) | 1 | 1 | 1 | 9/9/9 |\n"
            "## DocLint on tools/gold/sets tune*.tsv, pooled (25439 sentences, author-voice view, sentence window)\n"
            "| family | sent P |\n| hedge (DL1xxx) | 0.728 | 0.848 | 0.783 | 895/1230/1056 |\n"
            "| **micro** | 0.745 | 0.782 | 0.763 | 3365/4518/4303 |\n"
            "## DocLint on tools/gold/sets tune*.tsv, pooled (25439 sentences, author-voice view, article context)\n"
            "| hedge (DL1xxx) | 0.7 | 0.8 | 0.7 | 1/2/3 |\n")

    def test_the_summary_keeps_the_pool_s_window_rows_and_each_set_s_micro(self):
        self.assertEqual(endmeasure.pool_rows(self.MAIN),
                         ["| hedge (DL1xxx) | 0.728 | 0.848 | 0.783 | 895/1230/1056 |", "| **micro** | 0.745 | 0.782 | 0.763 | 3365/4518/4303 |"])
        self.assertEqual(endmeasure.gold_rows(OUTPUT), ["## DocLint on fresh14.tsv (480 sentences, author-voice view, borderline neutral)",
                                                        "| **micro** | 0.798 | 0.838 | 0.817 | 40/54/50 | 0.755 | 0.837 | 0.794 | 77/102, 72/86 |",
                                                        "## DocLint on fresh15.tsv (480 sentences, author-voice view, borderline neutral)",
                                                        "| **micro** | 0.798 | 0.838 | 0.817 | 27/36/36 | 0.755 | 0.837 | 0.794 | 77/102, 72/86 |"])


class ErrorsTests(unittest.TestCase):
    def test_the_pool_then_each_fresh_set_gets_its_listing(self):
        with tempfile.TemporaryDirectory() as root:
            layout(root, ["fresh15.tsv", "fresh14.tsv", "tune14.tsv"])
            self.assertEqual(errors.jobs(root, 14, None), [
                (["--view", "both", "--errors", "tuning"], "pool.txt"),
                (["--gold", "tools/gold/sets/fresh14.tsv", "--errors", "fresh14"], "fresh14.txt"),
                (["--gold", "tools/gold/sets/fresh15.tsv", "--errors", "fresh15"], "fresh15.txt")])
            self.assertEqual(errors.jobs(root, 15, 15, pool=False), [(["--gold", "tools/gold/sets/fresh15.tsv", "--errors", "fresh15"], "fresh15.txt")])


class PackTests(unittest.TestCase):
    def test_a_field_unpack_cannot_rebuild_is_refused_before_any_article_is_read(self):
        row = {"id": "a.txt#s000", "file": "missing/a.txt", "start": 0, "end": 3, "labels": [], "sentence": "Hi.",
               "prev": "", "next": "", "stratum": "other"}
        with tempfile.TemporaryDirectory() as root:
            src = os.path.join(root, "set.jsonl")
            with open(src, "w", encoding="utf-8") as f:
                f.write(json.dumps(row) + "\n")
            with self.assertRaises(SystemExit) as refused:
                pack.main([src, os.path.join(root, "set.tsv"), "--data", root])
            self.assertEqual(str(refused.exception), f"{src}: line 1: field 'stratum' is not one of train.jsonl's; "
                                                     "unpack.py rebuilds only those, so drop it before packing")


if __name__ == "__main__":
    unittest.main()
