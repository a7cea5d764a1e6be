namespace DocLint.Scoring.Validation;

internal static class Metrics
{
    /// <summary>ROC AUC as the Mann-Whitney probability that a reliable article outscores an unreliable one (ties count half).</summary>
    public static double RocAuc(IReadOnlyList<(double Score, bool Reliable)> points)
    {
        var positives = points.Where(p => p.Reliable).Select(p => p.Score).ToArray();
        var negatives = points.Where(p => !p.Reliable).Select(p => p.Score).OrderBy(s => s).ToArray();
        if (positives.Length == 0 || negatives.Length == 0)
        {
            return double.NaN;
        }

        double wins = 0;
        foreach (var score in positives)
        {
            var below = LowerBound(negatives, score);
            var notAbove = UpperBound(negatives, score);
            wins += below + (0.5 * (notAbove - below));
        }

        return wins / ((double)positives.Length * negatives.Length);
    }

    /// <summary>Spearman's rank correlation: Pearson's over average ranks, so ties are handled.</summary>
    public static double Spearman(IReadOnlyList<(double X, double Y)> points)
    {
        var x = Ranks(points.Select(p => p.X).ToArray());
        var y = Ranks(points.Select(p => p.Y).ToArray());
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>A stable split: FNV-1a of the key (an outlet or an id), so the halves never change between runs or machines.</summary>
    public static bool IsHeldOut(string key) => !IsEvenHash(key);

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static bool IsEvenHash(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash % 2 == 0;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= value) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }
}
