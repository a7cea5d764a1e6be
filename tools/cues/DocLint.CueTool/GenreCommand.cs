using System.Globalization;
using System.Text;
using DocLint.Evaluation;
using DocLint.Lexicons;

namespace DocLint.CueTool;

/// <summary>
/// A genre's extra cues for DL1001 (doclint_genre = research | reference): the weighted cue-word baseline learned
/// from one CoNLL-2010 train part (bio for research, Wikipedia for reference) without the news filter, the genre's
/// own cues being exactly what news prose must not flag. The count and weight thresholds are chosen by 5-fold
/// cross-validation on that train part (interleaved folds); the
/// eval split is never read. Writes rules/lexicons/hedges-{genre}.txt and rules/models/uncertainty-cues-{genre}.tsv.
/// </summary>
internal static class GenreCommand
{
    private const int Folds = 5;
    private static readonly int[] MinCounts = [3, 5, 10, 20, 40];
    private static readonly double[] Thresholds = [0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    public static int Run(string data, string rules, string genre, TextWriter output)
    {
        var train = GenreCorpus.ReadTrain(data, genre, output);
        if (train is null)
        {
            return 2;
        }

        var part = GenreCorpus.PartOf(genre)!;
        // The genre adds to what DocLint already finds with the default (news) settings: a DL1xxx or DL3xxx finding.
        var linter = new DocLintLinter();
        var fired = train.Select(s => linter.Lint(s.Text).Any(f => FamilyMap.IsUncertainty(f.Rule))).ToList();
        var listed = Lexicon.ParseEntries(File.ReadAllText(Path.Combine(rules, "lexicons", "hedges.txt")))
            .Concat(Lexicon.ParseEntries(File.ReadAllText(Path.Combine(rules, "lexicons", "hedges-learned.txt"))))
            .ToHashSet(StringComparer.Ordinal);
        var features = train.Select(s => CueFeatures.Of(s.Text)).ToList();
        // Words a reader would not call a hedge in this genre (topical nouns, sentence fragments the weights happen to
        // favour), reviewed by hand with a reason each; left out before the thresholds are chosen.
        var reviewedOutFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rules))!, "tools", "cues", $"reviewed-out-{genre}.txt");
        var reviewedOut = File.Exists(reviewedOutFile)
            ? Lexicon.ParseEntries(File.ReadAllText(reviewedOutFile)).ToHashSet(StringComparer.Ordinal)
            : [];

        var best = (MinCount: 0, Threshold: 0.0, F1: -1.0);
        var grid = new StringBuilder();
        foreach (var minCount in MinCounts)
        {
            foreach (var threshold in Thresholds)
            {
                var (tp, fp, fn) = (0, 0, 0);
                for (var fold = 0; fold < Folds; fold++)
                {
                    var held = Enumerable.Range(0, train.Count).Where(i => FoldOf(i) == fold).ToList();
                    var kept = Learn(Enumerable.Range(0, train.Count).Where(i => FoldOf(i) != fold), train, features, listed, reviewedOut, minCount, threshold).Kept;
                    foreach (var i in held)
                    {
                        var predicted = fired[i] || features[i].Overlaps(kept);
                        tp += predicted && train[i].Uncertain ? 1 : 0;
                        fp += predicted && !train[i].Uncertain ? 1 : 0;
                        fn += !predicted && train[i].Uncertain ? 1 : 0;
                    }
                }

                var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
                grid.Append(CultureInfo.InvariantCulture, $"#   min-count {minCount,2}, threshold {threshold:0.00}: cross-validated F1 {f1:0.000}\n");
                if (f1 > best.F1)
                {
                    best = (minCount, threshold, f1);
                }
            }
        }

        var final = Learn(Enumerable.Range(0, train.Count), train, features, listed, reviewedOut, best.MinCount, best.Threshold);
        var provenance = string.Format(CultureInfo.InvariantCulture,
            "# Learned by: dotnet run -c Release --project tools/cues/DocLint.CueTool -- --data ../shared/data --rules rules --genre {0}\n" +
            "# From: CoNLL-2010 {1} train only ({2} sentences, conll2010_sentences/{1}.tsv), eval never read; no news filter.\n" +
            "# weight = uncertain / total training sentences containing the cue. Kept: total >= {3}, weight >= {4:0.00}, not already\n" +
            "# in hedges.txt or hedges-learned.txt, no modal (DL1002's), not reviewed out (tools/cues/reviewed-out-{0}.txt), and (for a\n" +
            "# pair) neither word kept on its own.\n" +
            "# Thresholds chosen by {5}-fold cross-validation on that train part (interleaved folds), sentence level, a sentence being\n" +
            "# predicted uncertain when DocLint (default settings) finds a hedge or unnamed source in it or it holds a kept cue:\n{6}",
            genre, part, train.Count, best.MinCount, best.Threshold, Folds, grid);

        var table = new StringBuilder(provenance).Append("cue\tweight\tuncertain\ttotal\tkept\n");
        foreach (var candidate in final.Candidates)
        {
            table.Append(CultureInfo.InvariantCulture, $"{candidate.Cue}\t{candidate.Weight:0.000}\t{candidate.Uncertain}\t{candidate.Total}\t{(final.Kept.Contains(candidate.Cue) ? "yes" : "no")}\n");
        }

        var lexicon = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"# DL1001 with doclint_genre = {genre}: extra uncertainty cues (weights and counts: rules/models/uncertainty-cues-{genre}.tsv).\n"))
            .Append("# Generated; do not edit by hand, rerun the command below.\n")
            .Append(provenance);
        foreach (var cue in final.Kept.Order(StringComparer.Ordinal))
        {
            lexicon.Append(cue).Append('\n');
        }

        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(rules, "models", $"uncertainty-cues-{genre}.tsv"), table.ToString(), utf8);
        File.WriteAllText(Path.Combine(rules, "lexicons", $"hedges-{genre}.txt"), lexicon.ToString(), utf8);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{genre}: {train.Count} {part} train sentences; chosen min-count {best.MinCount}, threshold {best.Threshold:0.00} (cross-validated F1 {best.F1:0.000}); {final.Kept.Count} cues kept."));
        return 0;
    }

    // The corpus files are sorted by label (all certain sentences, then all uncertain), so document order is lost and
    // contiguous folds would each hold one label: the folds interleave instead.
    private static int FoldOf(int index) => index % Folds;

    private static (List<CueCount> Candidates, HashSet<string> Kept) Learn(
        IEnumerable<int> indices, List<LabelledSentence> train, List<HashSet<string>> features, HashSet<string> listed, HashSet<string> reviewedOut, int minCount, double threshold)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var uncertain = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in indices)
        {
            foreach (var cue in features[i])
            {
                total[cue] = total.GetValueOrDefault(cue) + 1;
                if (train[i].Uncertain)
                {
                    uncertain[cue] = uncertain.GetValueOrDefault(cue) + 1;
                }
            }
        }

        var candidates = total
            .Where(p => p.Value >= minCount && !listed.Contains(p.Key) && !reviewedOut.Contains(p.Key) && !p.Key.Split(' ').Any(GenreCorpus.Modals.Contains))
            .Select(p => new CueCount(p.Key, uncertain.GetValueOrDefault(p.Key), p.Value, 0))
            .Where(c => c.Weight >= threshold)
            .OrderByDescending(c => c.Weight).ThenBy(c => c.Cue, StringComparer.Ordinal)
            .ToList();
        var passing = candidates.Select(c => c.Cue).ToHashSet(StringComparer.Ordinal);
        var kept = passing
            .Where(c => !c.Contains(' ', StringComparison.Ordinal) || c.Split(' ').All(w => !passing.Contains(w) && !listed.Contains(w)))
            .ToHashSet(StringComparer.Ordinal);
        return (candidates, kept);
    }
}
