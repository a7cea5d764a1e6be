using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Lexicons;

/// <summary>
/// A list of words and phrases matched over tokens in one scan: a trie keyed by lower-cased token text.
/// Entries are plain text, one a line; <c>#</c> starts a comment. Tokens in an entry are matched whole
/// and case-insensitively, so "may" never matches inside "mayor".
/// </summary>
internal sealed class Lexicon
{
    private readonly Node _root;

    private Lexicon(string name, ImmutableArray<string> entries)
    {
        Name = name;
        Entries = entries;
        _root = Build(entries);
    }

    public string Name { get; }

    public ImmutableArray<string> Entries { get; }

    public static Lexicon Parse(string name, string content) => new(name, ParseEntries(content));

    public static Lexicon FromEntries(string name, IEnumerable<string> entries) =>
        new(name, entries.Select(Normalize).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableArray());

    /// <summary>A lexicon with extra entries added and some removed (user options).</summary>
    public Lexicon With(IEnumerable<string> added, IEnumerable<string> removed)
    {
        var removedSet = removed.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return FromEntries(Name, Entries.Concat(added).Where(e => !removedSet.Contains(Normalize(e))));
    }

    public static ImmutableArray<string> ParseEntries(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content
            .Split('\n')
            .Select(line => line.Split('#')[0])
            .Select(Normalize)
            .Where(line => line.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Every longest match starting at each token, left to right, without overlaps.</summary>
    public IReadOnlyList<LexiconMatch> Matches(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<LexiconMatch>? result = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var length = LongestMatchAt(tokens, i, out var entry);
            if (length > 0)
            {
                (result ??= []).Add(new LexiconMatch(i, length, entry!));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return result ?? (IReadOnlyList<LexiconMatch>)[];
    }

    /// <summary>The number of tokens of the longest entry that starts at <paramref name="start"/>, or 0.</summary>
    public int LongestMatchAt(IReadOnlyList<Token> tokens, int start, out string? entry)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        entry = null;
        var node = _root;
        var best = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            if (!node.Children.TryGetValue(Key(tokens[i].Text), out var child))
            {
                break;
            }

            node = child;
            if (node.Entry is not null)
            {
                best = i - start + 1;
                entry = node.Entry;
            }
        }

        return best;
    }

    public bool ContainsWord(string word) =>
        _root.Children.TryGetValue(Key(word), out var node) && node.Entry is not null;

    private static string Key(string tokenText) =>
        tokenText.ToLowerInvariant().Replace('\u2019', '\'');

    private static string Normalize(string line) =>
        string.Join(' ', line.Trim().ToLowerInvariant().Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Node Build(ImmutableArray<string> entries)
    {
        var root = new MutableNode();
        foreach (var entry in entries)
        {
            var node = root;
            foreach (var token in Tokenizer.Tokenize(entry))
            {
                node = node.Child(Key(token.Text));
            }

            node.Entry = entry;
        }

        return root.Freeze();
    }

    private sealed class MutableNode
    {
        private readonly Dictionary<string, MutableNode> _children = new(StringComparer.Ordinal);

        public string? Entry { get; set; }

        public MutableNode Child(string key)
        {
            if (!_children.TryGetValue(key, out var child))
            {
                child = new MutableNode();
                _children[key] = child;
            }

            return child;
        }

        public Node Freeze() => new(_children.ToFrozenDictionary(p => p.Key, p => p.Value.Freeze(), StringComparer.Ordinal), Entry);
    }

    private sealed record Node(FrozenDictionary<string, Node> Children, string? Entry);
}
