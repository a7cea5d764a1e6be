using System.Globalization;
using DocLint.Evaluation;
using DocLint.Rules.Figures;

namespace DocLint.FigureTool;

/// <summary>
/// Grouped k-fold cross-validation by article: every sentence of an article is in the same fold, the folds are the
/// sorted articles shuffled by a fixed seed and dealt round. Each held-out sentence is scored three ways at sentence
/// level, as the evaluation scores unsourced_figure: the hand rule (its reported figures), the model deciding every
/// candidate the hand rule's furniture exemptions leave, and the model as a filter on the hand rule's findings.
/// </summary>
internal sealed class CrossValidation(int folds, int seed, double threshold, double penalty, FigureCall? only = null)
{
    /// <summary>Per hand-rule call, the held-out labelled figures the model decided the other way: rightly, wrongly.</summary>
    public SortedDictionary<string, (int Right, int Wrong)> Flips { get; } = new(StringComparer.Ordinal);

    /// <summary>Each held-out flip as one line (right or wrong, the rule's call, gold label, probability, where), to read what the model saw.</summary>
    public List<string> FlipCases { get; } = [];

    public IReadOnlyDictionary<string, SystemScores> Run(IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var foldOf = FoldsOf(items.Select(i => i.Article), folds, seed);

        var scores = new SortedDictionary<string, SystemScores>(StringComparer.Ordinal);
        for (var fold = 0; fold < folds; fold++)
        {
            var model = LogisticModel.Train(Examples(items.Where(i => foldOf[i.Article] != fold), only), penalty);
            foreach (var item in items.Where(i => foldOf[i.Article] == fold))
            {
                CountFlips(item, model);
                foreach (var part in PartsOf(item.Part))
                {
                    scores[part] = scores.GetValueOrDefault(part, SystemScores.Empty).Add(Score(item, model));
                }
            }
        }

        return scores;
    }

    /// <summary>
    /// A time split instead of folds: the model is trained on every sentence outside <paramref name="heldOutParts"/>
    /// (and outside any article those parts hold, so no article is on both sides) and scored on the held-out parts
    /// only, as the newest sets would meet a model trained on the older ones.
    /// </summary>
    public IReadOnlyDictionary<string, SystemScores> RunSplit(IReadOnlyList<GoldItem> items, IReadOnlySet<string> heldOutParts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(heldOutParts);
        var heldOutArticles = items.Where(i => heldOutParts.Contains(i.Part)).Select(i => i.Article).ToHashSet(StringComparer.Ordinal);
        var model = LogisticModel.Train(Examples(items.Where(i => !heldOutArticles.Contains(i.Article)), only), penalty);
        var scores = new SortedDictionary<string, SystemScores>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => heldOutParts.Contains(i.Part)))
        {
            CountFlips(item, model);
            foreach (var part in new[] { "all", item.Part })
            {
                scores[part] = scores.GetValueOrDefault(part, SystemScores.Empty).Add(Score(item, model));
            }
        }

        return scores;
    }

    /// <summary>
    /// The rows a sentence of a labelled file is scored under: all, its file, and the pooled tuning sets (tune*) or the
    /// once-blind fresh sets (fresh*) when it is one of them, so the pool reads as the evaluation's pool row.
    /// </summary>
    public static IEnumerable<string> PartsOf(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        yield return "all";
        yield return part;
        foreach (var pooled in new[] { "tune", "fresh" })
        {
            if (part.StartsWith(pooled, StringComparison.Ordinal))
            {
                yield return pooled + "*";
            }
        }
    }

    /// <summary>Each article's fold: the distinct articles sorted, shuffled by the seed, dealt round.</summary>
    public static IReadOnlyDictionary<string, int> FoldsOf(IEnumerable<string> articles, int folds, int seed)
    {
        var sorted = articles.Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var shuffled = sorted.OrderBy(_ => random.Next()).ToList();
        return shuffled.Select((article, i) => (article, i)).ToDictionary(p => p.article, p => p.i % folds, StringComparer.Ordinal);
    }

    /// <summary>The labelled candidates to train on; with <paramref name="only"/>, that call's alone (a model restricted to one decision).</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Features, int Label)> Examples(IEnumerable<GoldItem> items, FigureCall? only = null) =>
        [.. items.SelectMany(i => i.Candidates).Where(c => c.Label is not null && (only is null || c.Call == only)).Select(c => (c.Features, c.Label!.Value))];

    public SystemScores Score(GoldItem item, LogisticModel model)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(model);
        if (item.Skipped)
        {
            return SystemScores.Empty;
        }

        var hand = item.Candidates.Any(c => c.IsReported);
        // Restricted to one call, the model decides that call's figures and the hand rule keeps every other (the filter
        // column is then the hand rule itself).
        var learned = only is null
            ? item.Candidates.Any(c => !FigureModelScope.IsFurniture(c.Call) && model.Probability(c.Features) >= threshold)
            : item.Candidates.Any(c => c.Call == only ? model.Probability(c.Features) >= threshold : c.IsReported);
        var filtered = only is null ? item.Candidates.Any(c => c.IsReported && model.Probability(c.Features) >= threshold) : hand;
        var ceiling = item.Candidates.Any(c => c.Label == 1);
        return new SystemScores(Of(hand, item.Positive), Of(learned, item.Positive), Of(filtered, item.Positive), Of(ceiling, item.Positive));
    }

    private void CountFlips(GoldItem item, LogisticModel model)
    {
        foreach (var candidate in item.Candidates.Where(c => c.Label is not null && !FigureModelScope.IsFurniture(c.Call) && (only is null || c.Call == only)))
        {
            var learned = model.Probability(candidate.Features) >= threshold;
            if (learned != candidate.IsReported)
            {
                var (right, wrong) = Flips.GetValueOrDefault(candidate.Call.ToString());
                var isRight = learned == (candidate.Label == 1);
                Flips[candidate.Call.ToString()] = isRight ? (right + 1, wrong) : (right, wrong + 1);
                FlipCases.Add(string.Create(CultureInfo.InvariantCulture, $"{(isRight ? "right" : "wrong")}\t{candidate.Call}\t{candidate.Label}\t{model.Probability(candidate.Features):0.00}\t{candidate.Where}"));
            }
        }
    }

    private static Score Of(bool predicted, bool gold) =>
        new(predicted && gold ? 1 : 0, predicted ? 1 : 0, predicted && gold ? 1 : 0, gold ? 1 : 0);
}

/// <summary>
/// Sentence-level unsourced_figure scores of the three systems on the same sentences, and the ceiling: a perfect
/// decision on every candidate, which still misses the gold figures FigureFinder never offers.
/// </summary>
internal sealed record SystemScores(Score Hand, Score Model, Score Filter, Score Ceiling)
{
    public static readonly SystemScores Empty = new(DocLint.Evaluation.Score.Empty, DocLint.Evaluation.Score.Empty, DocLint.Evaluation.Score.Empty, DocLint.Evaluation.Score.Empty);

    public SystemScores Add(SystemScores other) => new(Hand + other.Hand, Model + other.Model, Filter + other.Filter, Ceiling + other.Ceiling);
}
