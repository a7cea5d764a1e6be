using System.Globalization;
using System.Text;

namespace DocLint.FigureTool;

/// <summary>
/// A logistic regression over named binary features, trained by full-batch gradient descent with an L2 penalty: no
/// randomness at all, so the same examples give the same weights to the last digit.
/// </summary>
internal sealed class LogisticModel
{
    private const int Epochs = 400;
    private const double LearningRate = 0.5;

    /// <summary>The L2 penalty the tool uses unless told otherwise.</summary>
    public const double DefaultPenalty = 0.01;

    private readonly SortedDictionary<string, double> _weights;

    private LogisticModel(SortedDictionary<string, double> weights) => _weights = weights;

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public static LogisticModel Train(IReadOnlyList<(IReadOnlyList<string> Features, int Label)> examples, double penalty = DefaultPenalty)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var names = examples.SelectMany(e => e.Features).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var rows = examples.Select(e => e.Features.Select(f => index[f]).ToArray()).ToArray();
        var weights = new double[names.Count];
        var gradient = new double[names.Count];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            Array.Clear(gradient);
            for (var r = 0; r < rows.Length; r++)
            {
                var error = Sigmoid(rows[r].Sum(i => weights[i])) - examples[r].Label;
                foreach (var i in rows[r])
                {
                    gradient[i] += error;
                }
            }

            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] -= LearningRate * ((gradient[i] / rows.Length) + (penalty * weights[i]));
            }
        }

        var trained = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            trained[names[i]] = Math.Round(weights[i], 4);
        }

        return new LogisticModel(trained);
    }

    public double Probability(IReadOnlyList<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sum = 0.0;
        foreach (var feature in features)
        {
            sum += _weights.GetValueOrDefault(feature);
        }

        return Sigmoid(sum);
    }

    /// <summary>The weights as TSV (feature, weight) after a header of '#' lines.</summary>
    public string ToTsv(IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var text = new StringBuilder();
        foreach (var line in header)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        text.Append("feature\tweight\n");
        foreach (var (feature, weight) in _weights)
        {
            text.Append(feature).Append('\t').Append(weight.ToString("0.0###", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
