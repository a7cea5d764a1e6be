using System.Globalization;

namespace DocLint.Evaluation;

/// <summary>Runs DocLint (and, on request, the peers) on every labelled set that is present, and writes the tables.</summary>
public sealed class EvaluationRun(EvaluationOptions options, TextWriter output)
{
    private static readonly (string File, string Label, string Genre)[] ConllFiles = [("bio.tsv", "bio", "research"), ("wikipedia.tsv", "wiki", "reference")];
    private static readonly string[] SzegedBioFiles = ["bio_bmc.tsv", "bio_fly.tsv", "bio_hbc.tsv"];
    private static readonly string[] GoldSplits = ["train", "dev"];
    private readonly DocLintLinter _linter = new();
    private readonly SharedArticles _articles = new(Path.Combine(options.SharedDirectory, "data"));
    private readonly HashSet<string> _reportedUnreadable = new(StringComparer.Ordinal);
    private ArticleLinter? _articleLinter;
    private readonly Dictionary<string, DocLintLinter> _genreLinters = new(StringComparer.Ordinal)
    {
        ["research"] = new DocLintLinter("research"),
        ["reference"] = new DocLintLinter("reference"),
    };

    public int Execute()
    {
        var data = Path.Combine(options.SharedDirectory, "data");
        if (options.GoldFiles.Count > 0)
        {
            EvaluateGoldFiles();
            return 0;
        }

        var anything = false;
        var peerSets = new List<PeerSet>();
        foreach (var split in GoldSplits)
        {
            var path = Path.Combine(data, "doclint_gold", split + ".jsonl");
            if (!File.Exists(path))
            {
                output.WriteLine($"doclint_gold/{split}.jsonl: absent ({path}); skipped.");
                continue;
            }

            anything = true;
            peerSets.Add(WriteGoldSet(DevSetReader.Read(path), $"doclint_gold/{split}.jsonl", split, $"doclint_gold {split}"));
        }

        // Our own tuning sets (tools/gold/sets), pooled: more unseen-article news than train, scored the same way.
        if (ReadTuningSets(data) is { Count: > 0 } tuning)
        {
            anything = true;
            peerSets.Add(WriteGoldSet(tuning, $"tools/gold/sets tune*.tsv, pooled", "tuning", "tools/gold tuning (pooled)"));
        }

        // The uncertainty corpora are loose sentences with no article: the article view has nothing to add there.
        var sets = options.View == EvaluationView.Article ? [] : LoadUncertaintySets(data);
        if (options.View == EvaluationView.Article)
        {
            anything = true;
            output.WriteLine();
            output.WriteLine("Uncertainty sets (CoNLL-2010, Szeged): sentences without articles, window view only; skipped in the article view.");
        }

        if (sets.Count > 0)
        {
            anything = true;
            var rows = new List<UncertaintyResult>();
            var genreRows = new List<UncertaintyResult>();
            foreach (var set in sets)
            {
                // News (the default) first, unchanged; then the set's genre (doclint_genre), which the peers are compared with.
                var findings = set.Sentences.Select(s => _linter.Lint(s.Text)).ToList();
                rows.Add(UncertaintyEvaluator.Evaluate(set.Name, set.Sentences, findings, f => FamilyMap.IsUncertainty(f.Rule), set.HasCues));
                var genreLinter = _genreLinters[set.Genre];
                var genreFindings = set.Sentences.Select(s => genreLinter.Lint(s.Text)).ToList();
                genreRows.Add(UncertaintyEvaluator.Evaluate(set.Name, set.Sentences, genreFindings, f => FamilyMap.IsUncertainty(f.Rule), set.HasCues));
                var sample = Sample(set.Sentences);
                var sampleFindings = sample.Select(s => genreLinter.Lint(s.Text)).ToList();
                peerSets.Add(new PeerSet(
                    set.Name,
                    sample.Select(s => s.Text).ToList(),
                    () => WriteUncertaintyRow($"DocLint (same sample, doclint_genre = {set.Genre})", UncertaintyEvaluator.Evaluate(set.Name, sample, sampleFindings, f => FamilyMap.IsUncertainty(f.Rule), set.HasCues)),
                    (peer, peerFindings) => WriteUncertaintyRow(peer, UncertaintyEvaluator.Evaluate(set.Name, sample, peerFindings, f => f.Rule.Length > 0, set.HasCues))));
            }

            WriteUncertaintyTable("DocLint, sentence-level \"uncertain\" = a DL1xxx or DL3xxx finding (doclint_genre = news, the default)", rows, sets, _ => null);
            WriteUncertaintyTable("DocLint with the set's genre (doclint_genre = research for bio, reference for Wikipedia), same scoring", genreRows, sets, set => set.Genre);
            WriteErrors(rows.Select(r => (r.Set, (IReadOnlyList<ErrorCase>)[.. r.Errors.Select(e => new ErrorCase(string.Empty, e))])));
            WriteErrors(genreRows.Select(r => ($"{r.Set} genre", (IReadOnlyList<ErrorCase>)[.. r.Errors.Select(e => new ErrorCase(string.Empty, e))])));
        }

        if (!anything)
        {
            output.WriteLine($"No labelled data found under {data}. Nothing to evaluate.");
            return 2;
        }

        if (options.Peers)
        {
            RunPeers(peerSets);
        }

        return 0;
    }

    // --gold: the same author-voice view, error listing and peers as train/dev; --errors matches the file's name ("fresh10 hedge").
    private void EvaluateGoldFiles()
    {
        var peerSets = options.GoldFiles.Select(file => WriteGoldSet(file.Sentences, Path.GetFileName(file.Path), Path.GetFileNameWithoutExtension(file.Path), Path.GetFileName(file.Path))).ToList();
        if (options.Peers)
        {
            RunPeers(peerSets);
        }
    }

    private IReadOnlyList<GoldSentence> ReadTuningSets(string data)
    {
        if (DataLocator.FindRepositoryRoot(AppContext.BaseDirectory) is not { } root)
        {
            return [];
        }

        var (pooled, problems) = LabelledSetFile.ReadTuningPool(root, _articles);
        foreach (var problem in problems)
        {
            output.WriteLine($"{problem}; skipped.");
        }

        return pooled;
    }

    // One gold file: its family table, then (for --errors) the wrong sentences and error classes of the families named
    // "<name> <family>"; returns the set for the peers, scored the same way.
    // --view names the view in the heading ("sentence window", "article context"); the default run's headings are unchanged.
    private PeerSet WriteGoldSet(IReadOnlyList<GoldSentence> gold, string title, string name, string peerSetName)
    {
        if (options.View != EvaluationView.Article)
        {
            var view = options.ViewNamed ? ", sentence window" : string.Empty;
            var results = DevSetEvaluation.Run(gold, _linter);
            WriteFamilyTable($"DocLint on {title} ({gold.Count} sentences, author-voice view, borderline neutral{view})", results);
            WriteGoldErrors(results, name, options.ViewNamed ? " (sentence window)" : string.Empty);
        }

        if (options.View != EvaluationView.Window)
        {
            _articleLinter ??= new ArticleLinter(_articles);
            var (results, skipped) = DevSetEvaluation.Run(gold, _articleLinter);
            foreach (var (file, why) in _articleLinter.Unreadable.Where(u => _reportedUnreadable.Add(u.Key)))
            {
                output.WriteLine($"{file}: {why}; its sentences are skipped in the article view.");
            }

            var left = skipped.Count > 0 ? $", {skipped.Count} skipped: no article or unreadable" : string.Empty;
            WriteFamilyTable($"DocLint on {title} ({gold.Count - skipped.Count} sentences, author-voice view, borderline neutral, article context{left})", results);
            WriteGoldErrors(results, name, " (article context)");
        }

        return new PeerSet(peerSetName, gold.Select(s => s.Text).ToList(), null, (peer, peerFindings) =>
            WriteFamilyTable($"{peer} on {title} (hedge/weasel checks scored for hedge, booster and unnamed_source)", FamilyEvaluator.Evaluate(gold, peerFindings, PeerRules.FamiliesOf)));
    }

    private void WriteGoldErrors(IReadOnlyList<FamilyResult> results, string name, string view)
    {
        WriteErrors(results.Select(r => ($"{name} {Name(r.Family)}", r.Errors)), view);
        WriteErrorClasses(results.Select(r => ($"{name} {Name(r.Family)}", r.Errors)), view);
    }

    private void RunPeers(List<PeerSet> sets)
    {
        var peersDirectory = Path.Combine(options.SharedDirectory, "peers");
        if (!File.Exists(Path.Combine(peersDirectory, "run-peer.sh")))
        {
            output.WriteLine($"Peers: absent ({peersDirectory}); skipped.");
            return;
        }

        var runner = new PeerRunner(peersDirectory, options.CacheDirectory);
        output.WriteLine();
        output.WriteLine($"## Peers (uncertainty sets: a fixed sample of at most {options.PeerSample} sentences each, seed 20261124; cache {options.CacheDirectory})");
        foreach (var (name, texts, writeDocLint, score) in sets)
        {
            output.WriteLine();
            output.WriteLine($"### {name} ({texts.Count} sentences)");
            if (writeDocLint is not null)
            {
                output.WriteLine();
                WriteUncertaintyHeader();
                writeDocLint();
            }

            foreach (var peer in PeerRules.Peers)
            {
                IReadOnlyList<IReadOnlyList<Finding>> findings;
                try
                {
                    findings = runner.Run(peer, texts);
                }
                catch (InvalidOperationException exception)
                {
                    output.WriteLine($"{peer}: could not run ({exception.Message.Trim()})");
                    continue;
                }

                score(peer, findings);
            }
        }
    }

    private List<UncertaintySet> LoadUncertaintySets(string data)
    {
        var sets = new List<UncertaintySet>();
        var conll = Path.Combine(data, "conll2010_sentences");
        foreach (var (file, label, genre) in ConllFiles)
        {
            var path = Path.Combine(conll, file);
            if (!File.Exists(path))
            {
                output.WriteLine($"conll2010_sentences/{file}: absent; skipped.");
                continue;
            }

            sets.Add(new UncertaintySet($"CoNLL-2010 {label} train", TsvCorpusReader.ReadConll(path, "train"), false, false, genre));
            sets.Add(new UncertaintySet($"CoNLL-2010 {label} eval", TsvCorpusReader.ReadConll(path, "eval"), false, true, genre));
        }

        var szeged = Path.Combine(data, "szeged_uncertainty_corpus");
        var wiki = Path.Combine(szeged, "wiki.tsv");
        var bio = SzegedBioFiles.Select(f => Path.Combine(szeged, f)).ToArray();
        if (File.Exists(wiki))
        {
            sets.Add(new UncertaintySet("Szeged wiki", TsvCorpusReader.ReadSzeged([wiki]), true, false, "reference"));
        }

        if (bio.All(File.Exists))
        {
            sets.Add(new UncertaintySet("Szeged bio (bmc+fly+hbc)", TsvCorpusReader.ReadSzeged(bio), true, false, "research"));
        }

        if (!File.Exists(wiki) || !bio.All(File.Exists))
        {
            output.WriteLine("szeged_uncertainty_corpus: absent or incomplete; skipped what is missing.");
        }

        return sets;
    }

    private List<LabelledSentence> Sample(IReadOnlyList<LabelledSentence> sentences)
    {
        if (sentences.Count <= options.PeerSample)
        {
            return [.. sentences];
        }

        var random = new Random(20261124);
        return [.. Enumerable.Range(0, sentences.Count).OrderBy(_ => random.Next()).Take(options.PeerSample).Order().Select(i => sentences[i])];
    }

    private void WriteFamilyTable(string title, IReadOnlyList<FamilyResult> results)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        output.WriteLine("| family | sent P | sent R | sent F1 | sent TP/pred/gold | span P | span R | span F1 | span correct/pred, found/gold |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            WriteFamilyRow(FamilyMap.Name(r.Family), r.Sentences, r.Spans);
        }

        WriteFamilyRow("**micro**", results.Aggregate(Score.Empty, (sum, r) => sum + r.Sentences), results.Aggregate(Score.Empty, (sum, r) => sum + r.Spans));
    }

    private void WriteFamilyRow(string label, Score s, Score p) =>
        output.WriteLine($"| {label} | {F(s.Precision)} | {F(s.Recall)} | {F(s.F1)} | {s.PredictedCorrect}/{s.Predicted}/{s.Gold} | {F(p.Precision)} | {F(p.Recall)} | {F(p.F1)} | {p.PredictedCorrect}/{p.Predicted}, {p.GoldFound}/{p.Gold} |");

    private void WriteUncertaintyTable(string title, List<UncertaintyResult> rows, List<UncertaintySet> sets, Func<UncertaintySet, string?> genre)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        WriteUncertaintyHeader();
        foreach (var row in rows)
        {
            var set = sets.First(s => s.Name == row.Set);
            var heldOut = set.HeldOut ? " (held out)" : string.Empty;
            var named = genre(set) is { } g ? $", {g}" : string.Empty;
            WriteUncertaintyRow(row.Set + heldOut + named, row);
        }
    }

    private void WriteUncertaintyHeader()
    {
        output.WriteLine("| set | sentences | P | R | F1 | TP/pred/gold | cue P | cue R | cue F1 |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
    }

    private void WriteUncertaintyRow(string label, UncertaintyResult row)
    {
        var s = row.SentenceScore;
        var cues = row.CueScore is { } c ? $"{F(c.Precision)} | {F(c.Recall)} | {F(c.F1)}" : "– | – | –";
        output.WriteLine($"| {label} | {row.Sentences} | {F(s.Precision)} | {F(s.Recall)} | {F(s.F1)} | {s.PredictedCorrect}/{s.Predicted}/{s.Gold} | {cues} |");
    }

    // Error classes, largest first, for the sets/families named by --errors: what to fix next, and whether a fix shrank its class.
    private void WriteErrorClasses(IEnumerable<(string Name, IReadOnlyList<ErrorCase> Errors)> groups, string view)
    {
        if (options.ErrorsFor is not { } wanted)
        {
            return;
        }

        foreach (var (name, errors) in groups.Where(g => g.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)))
        {
            output.WriteLine();
            output.WriteLine($"### Error classes: {name}{view} ({errors.Count})");
            foreach (var group in errors.GroupBy(e => e.Class).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"{group.Count(),4}  {group.Key}");
            }
        }
    }

    private void WriteErrors(IEnumerable<(string Name, IReadOnlyList<ErrorCase> Errors)> groups, string view = "")
    {
        if (options.ErrorsFor is not { } wanted)
        {
            return;
        }

        foreach (var (name, errors) in groups.Where(g => g.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)))
        {
            output.WriteLine();
            output.WriteLine($"### Errors: {name}{view} ({errors.Count})");
            foreach (var error in errors)
            {
                output.WriteLine(error);
            }
        }
    }

    private static string Name(Family family) => FamilyMap.Name(family);

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
