using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Rules.Tests.Conformance;

public sealed class LexiconFileTests
{
    public static TheoryData<string> Files { get; } = new(
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RulesDirectory, "lexicons"), "*.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal));

    [Fact]
    public void There_are_lexicon_files() => Assert.NotEmpty(Files);

    [Theory]
    [MemberData(nameof(Files))]
    public void Loads_with_entries(string file)
    {
        var lexicon = Lexicon.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(LexiconPath(file)));
        Assert.NotEmpty(lexicon.Entries);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Entries_are_trimmed_lower_case_and_unique(string file)
    {
        // Read the raw lines: the parser normalizes, so only the file itself shows untidy or repeated entries.
        var entries = File.ReadAllLines(LexiconPath(file))
            .Select((line, index) => (Text: line.Split('#')[0], Line: index + 1, HasComment: line.Contains('#', StringComparison.Ordinal)))
            .Select(e => e.HasComment ? e with { Text = e.Text.TrimEnd() } : e)
            .Where(e => e.Text.Length > 0)
            .ToList();

        var problems = entries
            .Where(e => !e.Text.Equals(e.Text.Trim(), StringComparison.Ordinal) || !e.Text.Equals(e.Text.ToLowerInvariant(), StringComparison.Ordinal) || e.Text.Contains("  ", StringComparison.Ordinal))
            .Select(e => $"line {e.Line}: '{e.Text}' is not trimmed lower case")
            .Concat(entries.GroupBy(e => e.Text, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => $"'{g.Key}' appears on lines {string.Join(", ", g.Select(e => e.Line))}"))
            .ToList();
        Assert.True(problems.Count == 0, $"rules/lexicons/{file}:\n{string.Join('\n', problems)}");
    }

    // Lexicon.AddKeys splits a plain entry at its spaces rather than tokenizing it (perf44): every entry of every list
    // must come out as the tokenizer's words, lower-cased, which is what the trie was keyed by before.
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_entrys_trie_keys_are_its_tokens_lower_cased(string file)
    {
        var pool = new TokenTextPool();
        var keys = new List<string>();
        var problems = new List<string>();
        foreach (var entry in Lexicon.ParseEntries(File.ReadAllText(LexiconPath(file))))
        {
            keys.Clear();
            Lexicon.AddKeys(entry, pool, keys);
            var tokens = Tokenizer.Tokenize(entry).Select(t => t.Text.ToLowerInvariant()).ToList();
            if (!keys.SequenceEqual(tokens, StringComparer.Ordinal))
            {
                problems.Add($"'{entry}': [{string.Join("|", keys)}], tokenized [{string.Join("|", tokens)}]");
            }
        }

        Assert.Empty(problems);
    }

    private static string LexiconPath(string file) => Path.Combine(RepositoryPaths.RulesDirectory, "lexicons", file);
}
