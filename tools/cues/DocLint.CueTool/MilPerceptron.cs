namespace DocLint.CueTool;

/// <summary>
/// An averaged perceptron over sentence labels only (multiple-instance): a sentence is uncertain when its best
/// candidate scores above zero. A missed uncertain sentence promotes its best candidate; a false alarm demotes every
/// candidate that fired; a full paper's sentence moves the weights by fullPaperWeight instead of 1. Deterministic: the order of each epoch comes from a fixed seed; five orders are averaged.
/// </summary>
internal sealed class MilPerceptron(int featureCount)
{
    private readonly double[] _weights = new double[featureCount];
    private readonly double[] _stamped = new double[featureCount];
    private int _step = 1;

    // Perceptrons trained in differently shuffled orders and averaged: one order's luck does not pick the model.
    private const int Orders = 5;

    public static double[] Train(IReadOnlyList<ModelExample> examples, IReadOnlyList<int> indices, Func<string?, bool> inVocabulary, int featureCount, int epochs, double fullPaperWeight)
    {
        var sum = new double[featureCount];
        for (var run = 0; run < Orders; run++)
        {
            var perceptron = new MilPerceptron(featureCount);
            var order = indices.ToArray();
            for (var epoch = 0; epoch < epochs; epoch++)
            {
                new Random(20261202 + (1000 * run) + epoch).Shuffle(order);
                foreach (var i in order)
                {
                    perceptron.Learn(examples[i], inVocabulary, examples[i].FullPaper ? fullPaperWeight : 1);
                }
            }

            var weights = perceptron.Averaged();
            for (var f = 0; f < featureCount; f++)
            {
                sum[f] += weights[f] / Orders;
            }
        }

        return sum;
    }

    /// <summary>The best candidate's score, or null when the sentence has no candidate in the vocabulary.</summary>
    public static double? BestScore(ModelExample example, Func<string?, bool> inVocabulary, double[] weights)
    {
        double? best = null;
        foreach (var (word, features) in example.Candidates)
        {
            if (inVocabulary(word))
            {
                var score = Score(features, weights);
                best = best is null ? score : Math.Max(best.Value, score);
            }
        }

        return best;
    }

    private static double Score(int[] features, double[] weights)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += weights[f];
        }

        return sum;
    }

    private void Learn(ModelExample example, Func<string?, bool> inVocabulary, double weight)
    {
        // Another rule already decides this sentence; the model's verdict cannot change it.
        if (example.FlaggedByOthers)
        {
            return;
        }

        int[]? best = null;
        var bestScore = double.NegativeInfinity;
        var fired = new List<int[]>();
        foreach (var (word, features) in example.Candidates)
        {
            if (!inVocabulary(word))
            {
                continue;
            }

            var score = Score(features, _weights);
            if (score > bestScore)
            {
                (best, bestScore) = (features, score);
            }

            if (score > 0)
            {
                fired.Add(features);
            }
        }

        if (best is null)
        {
            return;
        }

        if (example.Uncertain && bestScore <= 0)
        {
            Update(best, weight);
        }
        else if (!example.Uncertain)
        {
            fired.ForEach(f => Update(f, -weight));
        }

        _step++;
    }

    private void Update(int[] features, double delta)
    {
        foreach (var f in features)
        {
            _weights[f] += delta;
            _stamped[f] += _step * delta;
        }
    }

    private double[] Averaged() => [.. _weights.Select((w, f) => w - _stamped[f] / _step)];
}
