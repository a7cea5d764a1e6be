namespace DocLint.FigureTool;

/// <summary>
/// The repository's labelled sets the tool learns from (tools/gold/sets): the tuning sets (tune*) and the once-blind
/// fresh sets (fresh*). agree* are second labellings of fresh15-18's articles: reading them too would put each of
/// those articles in twice with two sets of labels, so only the first labelling is read.
/// </summary>
internal static class LabelledSets
{
    public static IReadOnlyList<string> In(string folder) =>
        [.. Directory.GetFiles(folder, "*.tsv").Where(IsFirstLabelling).Order(StringComparer.Ordinal)];

    public static bool IsFirstLabelling(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("tune", StringComparison.Ordinal) || name.StartsWith("fresh", StringComparison.Ordinal);
    }
}
