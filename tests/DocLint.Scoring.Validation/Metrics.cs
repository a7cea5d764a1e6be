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

    /// <summary>A stable split: FNV-1a of the id, so the halves never change between runs or machines.</summary>
    public static bool IsCalibration(string id)
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
