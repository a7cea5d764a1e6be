using System.Collections.Frozen;
using System.Globalization;

namespace DocLint.Rules.Hedging;

/// <summary>
/// A linear model that decides whether a hedge candidate is a hedge: the sum of its features' weights must exceed
/// the threshold. Read from text under rules/models (hedge-model-{genre}.tsv, written by tools/cues --model): the
/// header says how it was trained, then one "threshold", the cue vocabulary ("cue" lines) and the weights ("w" lines).
/// </summary>
internal sealed class HedgeModel
{
    private readonly FrozenDictionary<string, double> _weights;

    private HedgeModel(double threshold, FrozenSet<string> vocabulary, FrozenDictionary<string, double> weights)
    {
        Threshold = threshold;
        Vocabulary = vocabulary;
        _weights = weights;
    }

    public double Threshold { get; }

    /// <summary>Words that are candidates besides the rule's lexicon, compared ignoring case.</summary>
    public FrozenSet<string> Vocabulary { get; }

    public int WeightCount => _weights.Count;

    public double Score(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sum = 0.0;
        foreach (var feature in features)
        {
            sum += _weights.GetValueOrDefault(feature);
        }

        return sum;
    }

    public bool IsHedge(HedgeCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Score(candidate.Features) > Threshold;
    }

    public static HedgeModel Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        double? threshold = null;
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in content.Split('\n'))
        {
            number++;
            var text = line.TrimEnd('\r');
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var fields = text.Split('\t');
            switch (fields)
            {
                case ["threshold", var value]:
                    threshold = ParseNumber(value, number);
                    break;
                case ["cue", var word]:
                    vocabulary.Add(word);
                    break;
                case ["w", var feature, var value]:
                    weights[feature] = ParseNumber(value, number);
                    break;
                default:
                    throw new FormatException($"hedge model line {number}: expected 'threshold', 'cue' or 'w' fields, found '{text}'.");
            }
        }

        return new HedgeModel(
            threshold ?? throw new FormatException("hedge model: no 'threshold' line."),
            vocabulary.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            weights.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static double ParseNumber(string value, int line) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"hedge model line {line}: '{value}' is not a number.");
}
