using DocLint.Evaluation;

namespace DocLint.CueTool;

/// <summary>What the genre commands share: which CoNLL-2010 part trains a genre, and the modals DL1002 owns.</summary>
internal static class GenreCorpus
{
    // DL1002 owns the modals and decides their sense (epistemic, ability, permission, counterfactual); a learned
    // "proteins may" would report the same word twice and bypass those checks.
    public static readonly HashSet<string> Modals = new(["may", "might", "could"], StringComparer.Ordinal);

    /// <summary>The CoNLL-2010 part that trains a genre: bio for research, wikipedia for reference; null for others.</summary>
    public static string? PartOf(string genre) => genre switch { "research" => "bio", "reference" => "wikipedia", _ => null };

    /// <summary>The train split of the genre's CoNLL-2010 part (bio for research, Wikipedia for reference), or null
    /// after writing why to <paramref name="output"/>.</summary>
    public static List<LabelledSentence>? ReadTrain(string data, string genre, TextWriter output)
    {
        var part = PartOf(genre);
        if (part is null)
        {
            output.WriteLine($"unknown genre '{genre}'; expected research or reference");
            return null;
        }

        return TsvCorpusReader.ReadConll(Path.Combine(data, "conll2010_sentences", part + ".tsv"), "train").ToList();
    }
}
