namespace DocLint.Scoring.Validation;

/// <summary>
/// A coarse grid search over the model's weights on the calibration half: the mean AUC over the comparisons.
/// Every weight stays positive, so the model's monotonicity (rules/SCORE.md) holds for any choice.
/// </summary>
internal static class Calibration
{
    public static readonly string[] Objective = [Corpora.BuzzFeed, Corpora.Horne, Corpora.AllSides];

    public static (ScoreWeights Weights, double MeanAuc) Fit(IReadOnlyList<ScoredArticle> calibration)
    {
        var best = (Weights: ScoreWeights.Default, MeanAuc: MeanAuc(ScoreWeights.Default, calibration));
        double[] small = [0.5, 1, 2];
        foreach (var figure in new[] { 1.0, 2, 3 })
        foreach (var unnamed in small)
        foreach (var certainty in small)
        foreach (var hedgeOnUnsourced in small)
        foreach (var excess in new[] { 0.25, 0.5, 1 })
        foreach (var sourced in small)
        foreach (var evidence in new[] { 0.25, 0.5, 1 })
        {
            var weights = ScoreWeights.Default with
            {
                UnsourcedFigure = figure,
                UnnamedSource = unnamed,
                Certainty = certainty,
                HedgeOnUnsourcedClaim = hedgeOnUnsourced,
                ExcessHedge = excess,
                SourcedClaim = sourced,
                Evidence = evidence,
            };
            var auc = MeanAuc(weights, calibration);
            if (auc > best.MeanAuc + 1e-9)
            {
                best = (weights, auc);
            }
        }

        return best;
    }

    public static double Auc(ScoreWeights weights, IEnumerable<ScoredArticle> articles, string set)
    {
        var scorer = new ReliabilityScorer(weights);
        var points = articles.Where(a => a.Article.Set == set && a.Article.Reliable is not null)
            .Select(a => ((double)(scorer.Evaluate(a.Tally) ?? ReliabilityScorer.NotRatedValue), a.Article.Reliable!.Value))
            .ToList();
        return Metrics.RocAuc(points);
    }

    private static double MeanAuc(ScoreWeights weights, IReadOnlyList<ScoredArticle> articles) =>
        Objective.Average(set => Auc(weights, articles, set));
}
