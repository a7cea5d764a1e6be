using DocLint.Grammar;

namespace DocLint.GrammarTool;

/// <summary>Reads the teacher's silver labels and turns them into what training and evaluation compare.</summary>
internal static class Silver
{
    public static IEnumerable<SilverSentence> Read(string path, string split) =>
        File.ReadLines(path).Select(SilverSentence.Parse).Where(s => s.Split == split && !s.Labels.IsEmpty);

    /// <summary>
    /// The teacher's label per token, or null where the token's tag is fixed by its kind (the model never learns
    /// those) or the teacher's tag is not a Penn tag.
    /// </summary>
    public static PosLabel?[] Labels(SilverSentence sentence)
    {
        var result = new PosLabel?[sentence.Tokens.Length];
        var acronyms = SpelledAcronyms.In(sentence.Tokens);
        for (var i = 0; i < result.Length; i++)
        {
            if (!FixedTags.TryGet(sentence.Tokens, i, acronyms, out _) && PosLabel.TryParse(sentence.Labels[i], out var label))
            {
                result[i] = label;
            }
        }

        return result;
    }

    public static IEnumerable<PosLabel> LearnableLabels(SilverSentence sentence) =>
        Labels(sentence).Where(l => l.HasValue).Select(l => l!.Value);

    /// <summary>Gold label indexes for training; a rare clitic pair falls back to its word's tag, anything else unknown to -1.</summary>
    public static int[] Gold(SilverSentence sentence, Dictionary<PosLabel, int> labelIndex)
    {
        var labels = Labels(sentence);
        var gold = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            gold[i] = labels[i] is { } label
                ? labelIndex.TryGetValue(label, out var index) ? index
                : labelIndex.TryGetValue(label with { Clitic = PosTag.None }, out var host) ? host : -1
                : -1;
        }

        return gold;
    }
}
