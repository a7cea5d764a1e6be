using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

/// <summary>Test helpers: a sentence written as token_TAG pairs, and renderings of chunks, clauses and entities.</summary>
internal static class Tagged
{
    /// <summary>The hand-tagged news sample, found by walking up from the test binaries to DocLint.sln.</summary>
    public static string SamplePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocLint.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "DocLint.Core.Tests", "Grammar", "hand-tagged.txt");
            }
        }

        throw new InvalidOperationException($"No DocLint.sln above {AppContext.BaseDirectory}.");
    }

    public static HandTaggedSample.Line Line(string tagged) => HandTaggedSample.Parse(tagged).Sentences.Single();

    public static string Render(IReadOnlyList<Token> tokens, IEnumerable<Chunk> chunks)
    {
        var opens = new Dictionary<int, List<string>>();
        var closes = new int[tokens.Count + 1];
        foreach (var chunk in chunks)
        {
            (opens.TryGetValue(chunk.Start, out var list) ? list : opens[chunk.Start] = []).Add(chunk.Kind == ChunkKind.NounPhrase ? "[NP" : "[VG");
            closes[chunk.End]++;
        }

        var parts = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (closes[i] > 0)
            {
                parts[^1] += new string(']', closes[i]);
            }

            foreach (var open in opens.GetValueOrDefault(i) ?? [])
            {
                parts.Add(open);
            }

            parts.Add(tokens[i].Text);
        }

        if (closes[tokens.Count] > 0)
        {
            parts[^1] += new string(']', closes[tokens.Count]);
        }

        return string.Join(' ', parts);
    }

    public static string Render(IReadOnlyList<Token> tokens, IEnumerable<Clause> clauses) =>
        string.Join(" | ", clauses.Select(c => $"{c.Kind}: {Words(tokens, c.Start, c.End)}"));

    public static string Render(IReadOnlyList<Token> tokens, IEnumerable<EntityGuess> entities) =>
        string.Join(" | ", entities.Select(e => $"{e.Kind}: {Words(tokens, e.Start, e.End)}"));

    public static ImmutableArray<Token> Tokens(string text) => Tokenizer.Tokenize(text);

    private static string Words(IReadOnlyList<Token> tokens, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => tokens[i].Text));
}
