using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Evaluation;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;
using DocLint.Rules.Hedging;
using DocLint.Text;

namespace DocLint.CueTool;

/// <summary>
/// DL1001's hedge model for a genre (rules/models/hedge-model-{genre}.tsv): an averaged multiple-instance perceptron
/// over the candidates HedgeCandidateReader finds (the genre's lexicon matches and the words of a learned vocabulary),
/// trained on one CoNLL-2010 train part (bio for research, Wikipedia for reference; ModelCorpus). The vocabulary
/// thresholds, the epochs, the weight of full papers and the decision threshold are chosen by 5-fold cross-validation
/// on that training data, a document never split across folds; the eval split is never read.
/// </summary>
internal static class ModelCommand
{
    private const int Folds = 5;
    private const int PreCount = 3;
    private const double PreRatio = 0.15;
    private static readonly int[] MinCounts = [5, 10, 20, 40];
    private static readonly double[] MinRatios = [0.25, 0.4, 0.55];
    private static readonly int[] Epochs = [5, 10];

    // How much a full paper's sentence weighs in training; tried only where the training data has full papers.
    private static readonly double[] FullPaperWeights = [1, 4];

    public static int Run(string data, string rules, string genre, TextWriter output)
    {
        var train = ModelCorpus.Read(data, genre, output);
        if (train is null)
        {
            return 2;
        }

        var part = GenreCorpus.PartOf(genre)!;
        var reviewedOutFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rules))!, "tools", "cues", $"reviewed-out-{genre}.txt");
        var reviewedOut = File.Exists(reviewedOutFile) ? Lexicon.ParseEntries(File.ReadAllText(reviewedOutFile)).ToHashSet(StringComparer.Ordinal) : [];
        var preVocabulary = PreVocabulary(train.Select(s => s.Sentence), reviewedOut);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var examples = Read(train, genre, preVocabulary, features);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{genre}: {train.Count} {part} train sentences, {preVocabulary.Count} candidate words, {features.Count} features."));

        var all = Enumerable.Range(0, examples.Count).ToList();
        var fullPapers = examples.Count(e => e.FullPaper);
        // Held out, the full papers (the kind of text a research genre lints) count as much in all as the abstracts.
        var fullPaperShare = fullPapers == 0 ? 1.0 : (double)(examples.Count - fullPapers) / fullPapers;
        var fullPaperWeights = fullPapers == 0 ? [1.0] : FullPaperWeights;
        var best = (MinCount: 0, MinRatio: 0.0, Epochs: 0, FullPaperWeight: 1.0, Threshold: 0.0, F1: -1.0);
        var grid = new StringBuilder();
        foreach (var minCount in MinCounts)
        {
            foreach (var minRatio in MinRatios)
            {
                foreach (var epochs in Epochs)
                {
                    foreach (var fullPaperWeight in fullPaperWeights)
                    {
                        var held = new List<(double? Score, ModelExample Example)>();
                        for (var fold = 0; fold < Folds; fold++)
                        {
                            var trainFold = all.Where(i => examples[i].Fold != fold).ToList();
                            var vocabulary = Vocabulary(examples, trainFold, minCount, minRatio);
                            var weights = MilPerceptron.Train(examples, trainFold, vocabulary.InVocabulary, features.Count, epochs, fullPaperWeight);
                            held.AddRange(all.Where(i => examples[i].Fold == fold).Select(i => (MilPerceptron.BestScore(examples[i], vocabulary.InVocabulary, weights), examples[i])));
                        }

                        var (threshold, f1) = BestThreshold(held, fullPaperShare);
                        var weightText = fullPapers == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", full-paper weight {fullPaperWeight}");
                        grid.Append(CultureInfo.InvariantCulture, $"#   min-count {minCount,2}, min-ratio {minRatio:0.00}, epochs {epochs,2}{weightText}: cross-validated F1 {f1:0.000} at threshold {threshold:0.000}\n");
                        if (f1 > best.F1)
                        {
                            best = (minCount, minRatio, epochs, fullPaperWeight, threshold, f1);
                        }
                    }
                }
            }
        }

        var final = Vocabulary(examples, all, best.MinCount, best.MinRatio);
        var finalWeights = MilPerceptron.Train(examples, all, final.InVocabulary, features.Count, best.Epochs, best.FullPaperWeight);
        var names = features.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        var weightOf = names.Zip(finalWeights).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        // A cue word whose best possible score cannot pass the threshold would never fire: leaving it out of the
        // vocabulary changes no decision and spares the rule its candidates.
        var firing = final.Words.Where(w => FiringBound(w, weightOf) > best.Threshold).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# DL1001's hedge model for doclint_genre = {genre}. Generated; do not edit by hand, rerun:\n")
            .Append(CultureInfo.InvariantCulture, $"# dotnet run -c Release --project tools/cues/DocLint.CueTool -- --data ../shared/data --rules rules --model {genre}\n")
            .Append(CultureInfo.InvariantCulture, $"# From: CoNLL-2010 {part} train only ({train.Count - fullPapers} sentences, conll2010_sentences/{part}.tsv{FullPaperSource(train, fullPapers)}), eval never read. Trained {DateTime.UtcNow:yyyy-MM-dd}.\n")
            .Append("# A candidate (a match of the genre's hedge lexicon, or a 'cue' word below outside one) is a hedge when the sum of its\n")
            .Append("# features' weights (HedgeCandidateReader) exceeds the threshold. Averaged multiple-instance perceptron on sentence labels,\n")
            .Append("# sentences another uncertainty rule (DL1002, DL3xxx) already flags left out. Cue words: seen in >= min-count train\n")
            .Append("# sentences, uncertain in >= min-ratio of them, no modal (DL1002's), not reviewed out. Chosen by 5-fold cross-validation\n")
            .Append(fullPapers == 0 ? "# (folds interleaved):\n" : "# (folds by document; held out, the full papers weigh as much in all as the abstracts):\n")
            .Append(grid)
            .Append(CultureInfo.InvariantCulture, $"# Chosen: min-count {best.MinCount}, min-ratio {best.MinRatio:0.00}, epochs {best.Epochs}{(fullPapers == 0 ? string.Empty : $", full-paper weight {best.FullPaperWeight}")}, threshold {best.Threshold:0.000} (cross-validated F1 {best.F1:0.000}).\n")
            .Append(CultureInfo.InvariantCulture, $"# {final.Words.Count - firing.Count} of the {final.Words.Count} cue words can never score above the threshold and are left out.\n")
            .Append(CultureInfo.InvariantCulture, $"threshold\t{best.Threshold:0.0000}\n");
        foreach (var word in firing.Order(StringComparer.Ordinal))
        {
            text.Append("cue\t").Append(word).Append('\n');
        }

        var kept = 0;
        foreach (var (name, weight) in names.Zip(finalWeights).Where(p => Math.Abs(p.Second) >= 0.00005).OrderBy(p => p.First, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"w\t{name}\t{weight:0.0000}\n");
            kept++;
        }

        File.WriteAllText(Path.Combine(rules, "models", $"hedge-model-{genre}.tsv"), text.ToString(), new UTF8Encoding(false));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{genre}: chosen min-count {best.MinCount}, min-ratio {best.MinRatio:0.00}, epochs {best.Epochs}{(fullPapers == 0 ? string.Empty : $", full-paper weight {best.FullPaperWeight}")}, threshold {best.Threshold:0.000} (cross-validated F1 {best.F1:0.000}); {firing.Count} of {final.Words.Count} cue words can fire, {kept} weights."));
        return 0;
    }

    // The highest score a vocabulary word (list verdict "none") can reach in any sentence: the fixed features, plus the
    // best non-negative weight of each other feature template that can involve it (HedgeCandidateReader's names).
    private static double FiringBound(string word, Dictionary<string, double> weights)
    {
        var stem = HedgeCandidateReader.Stem(word);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, weight) in weights)
        {
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            var (template, value) = equals < 0 ? (name, string.Empty) : (name[..equals], name[(equals + 1)..]);
            var involves = template switch
            {
                "bias" or "list" => false,
                "tag" or "tag|nexttag" or "reported" or "reported|list" => true,
                "stem" => value == stem,
                "prev|cue" or "prevtag|cue" => value.EndsWith("|" + word, StringComparison.Ordinal),
                "cue|tag" or "cue|next" or "cue|nexttag" or "verb|cue" => value.StartsWith(word + "|", StringComparison.Ordinal),
                _ => value == word,
            };
            if (involves)
            {
                best[template] = Math.Max(best.GetValueOrDefault(template), weight);
            }
        }

        return weights.GetValueOrDefault("bias") + weights.GetValueOrDefault("list=none") + best.Values.Sum();
    }

    private static string FullPaperSource(List<ModelSentence> train, int fullPapers)
    {
        if (fullPapers == 0)
        {
            return string.Empty;
        }

        var papers = train.Where(s => s.FullPaper).Select(s => s.Document).Distinct().Count();
        return string.Create(CultureInfo.InvariantCulture, $"; and {fullPapers} full-paper sentences of its official train part: {papers} Szeged bio_fly papers sharing no sentence with CoNLL eval, an investigation cue uncertain only where CoNLL bio train counts it");
    }

    // Words seen often enough in uncertain sentences to be worth a candidate in any fold's vocabulary.

    private static FrozenSet<string> PreVocabulary(IEnumerable<LabelledSentence> train, HashSet<string> reviewedOut)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var uncertain = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            foreach (var word in Words(sentence.Text))
            {
                total[word] = total.GetValueOrDefault(word) + 1;
                uncertain[word] = uncertain.GetValueOrDefault(word) + (sentence.Uncertain ? 1 : 0);
            }
        }

        return total.Where(p => p.Value >= PreCount && uncertain.GetValueOrDefault(p.Key) >= PreRatio * p.Value && !GenreCorpus.Modals.Contains(p.Key) && !reviewedOut.Contains(p.Key))
            .Select(p => p.Key)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static HashSet<string> Words(string text) =>
        Tokenizer.Tokenize(text)
            .Where(t => t.Kind == TokenKind.Word && t.Text.Length >= 2 && t.Text.All(char.IsAsciiLetter))
            .Select(t => t.Text.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    private static List<ModelExample> Read(List<ModelSentence> train, string genre, FrozenSet<string> preVocabulary, Dictionary<string, int> features)
    {
        var linter = new DocLintLinter(genre);
        var lexicon = RuleLexicons.HedgesFor(genre);
        var newsEntries = RuleLexicons.HedgesWithLearned.Entries.ToFrozenSet(StringComparer.Ordinal);
        var examples = new List<ModelExample>(train.Count);
        // A document's fold: documents in order of first appearance, dealt round the folds.
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (sentence, source, fullPaper) in train)
        {
            if (!folds.TryGetValue(source, out var fold))
            {
                fold = folds.Count % Folds;
                folds[source] = fold;
            }

            var others = linter.Lint(sentence.Text).Any(f => FamilyMap.IsUncertainty(f.Rule) && f.Rule != "DL1001");
            var document = new AnalyzedDocument(DocumentLoader.Parse("sentence.txt", SourceText.From(sentence.Text.Replace('\n', ' ').Replace('\r', ' '))));
            var candidates = new List<(string?, int[])>();
            foreach (var segment in document.Sentences)
            {
                var tokens = segment.Tokens;
                var reading = SentenceSemantics.Of(document, segment);
                var matches = lexicon.Matches(tokens);
                foreach (var candidate in HedgeCandidateReader.Read(tokens, document.Grammar(segment), matches, m => HedgingPhraseAnalyzer.IsHedgeUse(tokens, m), newsEntries, preVocabulary, reading.IsOthersVoice))
                {
                    // Direct quotations are never reported, so they teach the model nothing.
                    if (reading.IsQuoted(candidate.Start))
                    {
                        continue;
                    }

                    var fromLexicon = matches.Any(m => m.Start == candidate.Start);
                    candidates.Add((fromLexicon ? null : candidate.Cue, [.. candidate.Features.Select(f => Id(features, f))]));
                }
            }

            examples.Add(new ModelExample(sentence.Uncertain, others, candidates, [.. Words(sentence.Text).Where(preVocabulary.Contains)], fold, fullPaper));
        }

        return examples;
    }

    private static int Id(Dictionary<string, int> features, string feature)
    {
        if (!features.TryGetValue(feature, out var id))
        {
            id = features.Count;
            features[feature] = id;
        }

        return id;
    }

    private static (HashSet<string> Words, Func<string?, bool> InVocabulary) Vocabulary(List<ModelExample> examples, List<int> indices, int minCount, double minRatio)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var uncertain = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in indices)
        {
            foreach (var word in examples[i].Words)
            {
                total[word] = total.GetValueOrDefault(word) + 1;
                uncertain[word] = uncertain.GetValueOrDefault(word) + (examples[i].Uncertain ? 1 : 0);
            }
        }

        var words = total.Where(p => p.Value >= minCount && uncertain.GetValueOrDefault(p.Key) >= minRatio * p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return (words, word => word is null || words.Contains(word));
    }

    // The decision threshold that maximises held-out F1, sentences flagged by other rules counting as predicted.
    // A full paper's sentence counts fullPaperShare times.
    private static (double Threshold, double F1) BestThreshold(List<(double? Score, ModelExample Example)> held, double fullPaperShare)
    {
        double Weight(ModelExample e) => e.FullPaper ? fullPaperShare : 1;
        var positives = held.Where(h => h.Example.Uncertain).Sum(h => Weight(h.Example));
        var othersTp = held.Where(h => h.Example.FlaggedByOthers && h.Example.Uncertain).Sum(h => Weight(h.Example));
        var othersFp = held.Where(h => h.Example.FlaggedByOthers && !h.Example.Uncertain).Sum(h => Weight(h.Example));
        var scored = held.Where(h => !h.Example.FlaggedByOthers && h.Score is not null).OrderByDescending(h => h.Score!.Value).ToList();
        var best = (Threshold: scored.Count > 0 ? scored[0].Score!.Value : 0.0, F1: F1(othersTp, othersFp, positives));
        var (tp, fp) = (othersTp, othersFp);
        for (var k = 0; k < scored.Count; k++)
        {
            tp += scored[k].Example.Uncertain ? Weight(scored[k].Example) : 0;
            fp += scored[k].Example.Uncertain ? 0 : Weight(scored[k].Example);
            // The threshold sits halfway to the next lower score, so ties fall on one side together.
            if (k + 1 < scored.Count && scored[k + 1].Score == scored[k].Score)
            {
                continue;
            }

            var f1 = F1(tp, fp, positives);
            if (f1 > best.F1)
            {
                var lower = k + 1 < scored.Count ? scored[k + 1].Score!.Value : scored[k].Score!.Value - 1;
                best = ((scored[k].Score!.Value + lower) / 2, f1);
            }
        }

        return best;
    }

    private static double F1(double tp, double fp, double positives) => tp == 0 ? 0 : 2.0 * tp / (tp + fp + positives);
}
