namespace DocLint.Evaluation;

/// <summary>
/// A labelled set named on the command line or kept in the repository: a jsonl in train.jsonl's format (checked
/// against its articles first) or an offsets-only tsv (tools/gold/sets). Either way, the same sentences.
/// </summary>
public static class LabelledSetFile
{
    public static (IReadOnlyList<GoldSentence> Sentences, string? Problem) Read(string path, SharedArticles articles)
    {
        if (!File.Exists(path))
        {
            return ([], "no such file");
        }

        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return OffsetGoldReader.Read(path, articles);
        }

        var problem = new GoldSourceCheck(articles).FirstProblem(path);
        return problem is null ? (DevSetReader.Read(path), null) : ([], problem);
    }

    /// <summary>The repository's tuning sets (tools/gold/sets/tune*.tsv), sorted by name; none when the folder is absent.</summary>
    public static IReadOnlyList<string> TuningSets(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "tools", "gold", "sets");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "tune*.tsv").Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>Every tuning set's sentences, pooled, with one line per set that could not be read (that set is left out).</summary>
    public static (IReadOnlyList<GoldSentence> Sentences, IReadOnlyList<string> Problems) ReadTuningPool(string repositoryRoot, SharedArticles articles) =>
        ReadTuningPool(repositoryRoot, articles, _ => true);

    /// <summary>The tuning sets whose name (without ".tsv") the filter accepts, pooled, as <see cref="ReadTuningPool(string, SharedArticles)"/>.</summary>
    public static (IReadOnlyList<GoldSentence> Sentences, IReadOnlyList<string> Problems) ReadTuningPool(
        string repositoryRoot, SharedArticles articles, Func<string, bool> includeSet)
    {
        var pooled = new List<GoldSentence>();
        var problems = new List<string>();
        foreach (var path in TuningSets(repositoryRoot).Where(p => includeSet(Path.GetFileNameWithoutExtension(p))))
        {
            var (sentences, problem) = Read(path, articles);
            if (problem is not null)
            {
                problems.Add($"{Path.GetFileName(path)}: {problem}");
            }

            pooled.AddRange(sentences);
        }

        return (pooled, problems);
    }
}
