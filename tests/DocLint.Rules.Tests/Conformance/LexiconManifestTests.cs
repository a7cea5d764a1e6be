using DocLint.Lexicons;

namespace DocLint.Rules.Tests.Conformance;

/// <summary>rules/lexicons/manifest.tsv says which rule reads which list; the word-class lists are kept sorted.</summary>
public sealed class LexiconManifestTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.RulesDirectory, "lexicons");

    [Fact]
    public void Every_list_is_in_the_manifest_and_every_listed_file_exists()
    {
        var listed = Manifest().SelectMany(r => r.Lists).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.Empty(files.Except(listed).Order(StringComparer.Ordinal));
        Assert.Empty(listed.Except(files).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_manifest_names_every_lexicon_rule_the_semantic_layer_and_the_grammar_layer()
    {
        var rules = Manifest().Select(r => r.Rule).ToList();

        Assert.Equal(["DL1001", "DL1002", "DL2001", "DL2002", "DL3001", "DL3002", "DL4001", "DL5001", "semantics", "grammar"], rules);
    }

    public static TheoryData<string> ClassFiles { get; } = new(
        Directory.EnumerateFiles(Folder, "class-*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ClassFiles))]
    public void Word_class_lists_are_sorted_and_unique(string file)
    {
        var entries = Lexicon.ParseEntries(File.ReadAllText(Path.Combine(Folder, file)));

        Assert.Equal(entries.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal), entries);
    }

    private static List<(string Rule, string[] Lists)> Manifest() =>
        [.. File.ReadAllLines(Path.Combine(Folder, "manifest.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : Array.Empty<string>()))];
}
