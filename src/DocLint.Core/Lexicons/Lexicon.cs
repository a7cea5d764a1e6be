using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using DocLint.Prose;

namespace DocLint.Lexicons;

/// <summary>
/// A list of words and phrases matched over tokens in one scan: a trie keyed by lower-cased token text.
/// Entries are plain text, one a line; <c>#</c> starts a comment. Tokens in an entry are matched whole
/// and case-insensitively, so "may" never matches inside "mayor".
/// </summary>
internal sealed class Lexicon
{
    // What an entry split at its spaces is made of (AddKeys): lower-case ASCII letters and the spaces between words.
    private static readonly SearchValues<char> PlainWordCharacters = SearchValues.Create(" abcdefghijklmnopqrstuvwxyz");

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

    public static Lexicon FromEntries(string name, IEnumerable<string> entries) => new(name, NormalizeEntries(entries));

    /// <summary>The entries a lexicon made <see cref="FromEntries"/> holds, without building its trie.</summary>
    public static ImmutableArray<string> NormalizeEntries(IEnumerable<string> entries) =>
        entries.Select(e => Normalize(e)).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>A lexicon with extra entries added and some removed (user options).</summary>
    public Lexicon With(IEnumerable<string> added, IEnumerable<string> removed)
    {
        var removedSet = removed.Select(e => Normalize(e)).ToHashSet(StringComparer.Ordinal);
        return FromEntries(Name, Entries.Concat(added).Where(e => !removedSet.Contains(Normalize(e))));
    }

    public static ImmutableArray<string> ParseEntries(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Line by line over spans: a run parses about 150 lists on its first document, and splitting each into
        // line strings, then each line at '#', then normalising a copy was most of their load time (fresh memory).
        var entries = ImmutableArray.CreateBuilder<string>();
        AddEntries(content, new HashSet<string>(StringComparer.Ordinal), entries);
        return entries.DrainToImmutable();
    }

    /// <summary>
    /// The entries <see cref="ParseEntries"/> reads, in a set compared by <paramref name="comparer"/>: a word class
    /// needs only the set, and building the list and its duplicate set as well, then freezing the set, was most of
    /// the classes' load (perf45).
    /// </summary>
    public static HashSet<string> ParseEntrySet(string content, IEqualityComparer<string> comparer)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Sized by the lines (entries, comments and blank lines), so that the set is not grown as it fills.
        var set = new HashSet<string>(content.AsSpan().Count('\n') + 1, comparer);
        AddEntries(content, set, null);
        return set;
    }

    // Each line's entry, its comment cut and normalised, added to `seen` and, when new to it, to `entries`.
    private static void AddEntries(string content, HashSet<string> seen, ImmutableArray<string>.Builder? entries)
    {
        foreach (var range in content.AsSpan().Split('\n'))
        {
            var line = content.AsSpan(range);
            var comment = line.IndexOf('#');
            var entry = Normalize(comment < 0 ? line : line[..comment]);
            if (entry.Length > 0 && seen.Add(entry))
            {
                entries?.Add(entry);
            }
        }
    }

    /// <summary>Every longest match starting at each token, left to right, without overlaps.</summary>
    public IReadOnlyList<LexiconMatch> Matches(ImmutableArray<Token> tokens) => Matches(tokens.AsSpan());

    /// <inheritdoc cref="Matches(ImmutableArray{Token})"/>
    public IReadOnlyList<LexiconMatch> Matches(ReadOnlySpan<Token> tokens)
    {
        List<LexiconMatch>? result = null;
        var i = 0;
        while (i < tokens.Length)
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
    public int LongestMatchAt(ImmutableArray<Token> tokens, int start, out string? entry) => LongestMatchAt(tokens.AsSpan(), start, out entry);

    /// <inheritdoc cref="LongestMatchAt(ImmutableArray{Token}, int, out string?)"/>
    public int LongestMatchAt(ReadOnlySpan<Token> tokens, int start, out string? entry)
    {
        if (start >= tokens.Length || !_root.TryGetChild(tokens[start].Text, out var first))
        {
            entry = null;
            return 0;
        }

        return LongestMatchFrom(tokens, start, first, out entry);
    }

    /// <summary>
    /// <see cref="LongestMatchAt(ReadOnlySpan{Token}, int, out string?)"/> when the token at <paramref name="start"/> is
    /// already known to lead to <paramref name="first"/> (<see cref="FirstWordNode"/>): a <see cref="LexiconSet"/> has
    /// looked the word up once for all its lexicons, so the walk goes on from the second word.
    /// </summary>
    internal static int LongestMatchFrom(ReadOnlySpan<Token> tokens, int start, Node first, out string? entry)
    {
        entry = first.Entry;
        var best = entry is null ? 0 : 1;
        var node = first;
        // Most entries are one word: a leaf ends the walk without looking the next token up.
        for (var i = start + 1; node.HasChildren && i < tokens.Length; i++)
        {
            if (!node.TryGetChild(tokens[i].Text, out var child))
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

    /// <summary>The trie's node for one of <see cref="FirstWords"/> (a word in the keys' form).</summary>
    internal Node FirstWordNode(string firstWord) =>
        _root.TryGetChild(firstWord, out var node) ? node : throw new ArgumentException($"'{firstWord}' starts no entry of {Name}.", nameof(firstWord));

    public bool ContainsWord(ReadOnlySpan<char> word) =>
        _root.TryGetChild(word, out var node) && node.Entry is not null;

    /// <summary>The words entries start with, in the keys' form (<see cref="KeyForm"/>): what a <see cref="LexiconSet"/> indexes.</summary>
    internal IEnumerable<string> FirstWords => _root.Keys;

    /// <summary>
    /// A token's text in the trie keys' form: lower-cased (the tokenizer has made a word's apostrophes straight). Lower-case ASCII
    /// (most tokens) is already in that form and comes back as it is; anything else is written to
    /// <paramref name="buffer"/>, which must be as long as the text.
    /// </summary>
    internal static ReadOnlySpan<char> KeyForm(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (Ascii.IsValid(text) && !text.ContainsAnyInRange('A', 'Z'))
        {
            return text;
        }

        var key = buffer[..text.Length];
        text.ToLowerInvariant(key);
        return key;
    }

    // The trie's keys: lower-cased tokens of the entries, whose apostrophes the tokenizer made straight as it does a
    // text's. Node.TryGetChild reads a token the same way.
    private static string Key(string tokenText) => tokenText.ToLowerInvariant();

    // An entry's own text (a user's option may spell "won\u2019t") is folded as the tokenizer folds a word, so that the
    // entry a match reports reads as the rules' lists spell it. Lower-case ASCII words one space apart (nearly every
    // line of the lists) are already in that form and are only trimmed.
    private static string Normalize(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (Ascii.IsValid(trimmed) && !trimmed.ContainsAnyInRange('A', 'Z') && !trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed.ToString();
        }

        return string.Join(' ', trimmed.ToString().ToLowerInvariant().Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Node Build(ImmutableArray<string> entries)
    {
        var root = new MutableNode();
        // One pool for all the entries: a pool of its own per entry was a table allocated per line of every list.
        var pool = new TokenTextPool();
        var keys = new List<string>();
        foreach (var entry in entries)
        {
            keys.Clear();
            AddKeys(entry, pool, keys);
            var node = root;
            foreach (var key in keys)
            {
                node = node.Child(key);
            }

            node.Entry = entry;
        }

        return root.Freeze();
    }

    /// <summary>
    /// An entry's words in the trie keys' form, added to <paramref name="keys"/>. An entry of lower-case ASCII letters one
    /// space apart (nearly every line of the lists) is split at its spaces, which is what the tokenizer makes of it
    /// (LexiconFileTests holds every list to that); anything else is tokenized. Tokenizing every entry was a quarter of
    /// the lexicons' build, and the build a quarter of a one-article run (docs/performance.md, perf44).
    /// </summary>
    internal static void AddKeys(string entry, TokenTextPool pool, List<string> keys)
    {
        if (IsPlainWords(entry))
        {
            foreach (var range in entry.AsSpan().Split(' '))
            {
                keys.Add(pool.Get(entry.AsSpan(range)));
            }

            return;
        }

        foreach (var token in Tokenizer.Tokenize(entry, pool))
        {
            keys.Add(Key(token.Text));
        }
    }

    private static bool IsPlainWords(string entry) =>
        entry.Length > 0 && entry[0] != ' ' && entry[^1] != ' ' && !entry.AsSpan().ContainsAnyExcept(PlainWordCharacters)
        && !entry.Contains("  ", StringComparison.Ordinal);

    private sealed class MutableNode
    {
        // Most nodes are an entry's last word: they never get children, so they never make a table.
        private Dictionary<string, MutableNode>? _children;

        public string? Entry { get; set; }

        public MutableNode Child(string key)
        {
            _children ??= new Dictionary<string, MutableNode>(StringComparer.Ordinal);
            if (!_children.TryGetValue(key, out var child))
            {
                child = new MutableNode();
                _children[key] = child;
            }

            return child;
        }

        // Plain loops into the node's two arrays: the LINQ pipelines they replace (a pair per child, then a key array and
        // a node array selected from the pairs) were two fifths of building the lexicons in a one-article run (perf44).
        public Node Freeze()
        {
            if (_children is null)
            {
                return new Node([], [], Entry);
            }

            var keys = new string[_children.Count];
            var nodes = new Node[_children.Count];
            var i = 0;
            foreach (var (key, child) in _children)
            {
                keys[i] = key;
                nodes[i] = child.Freeze();
                i++;
            }

            return new Node(keys, nodes, Entry);
        }
    }

    /// <summary>A trie node: the entry that ends here, if any, and the words that go on from it.</summary>
    internal sealed class Node
    {
        // Words longer than this are looked up through a heap buffer; no entry's word comes near it.
        private const int StackKeyLength = 64;

        // A node with this many children (a lexicon's first words) keeps a filter: most tokens start no entry, and
        // their look-up (lower-casing, hashing, probing) was a tenth of a plain-text lint.
        private const int FilteredChildren = 8;

        // A node with FilteredChildren or more children looks them up in a frozen table. The others (a phrase's next
        // words: one or two, mostly; and every entry's last word, with none) keep their few keys in an array, compared in
        // turn: building a frozen table per node was most of the memory, and so of the time, of loading a lexicon.
        private readonly FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _many;
        private readonly string[]? _fewKeyTexts;
        private readonly Node[]? _fewNodes;

        // Only for a node with FilteredChildren or more children; the default lets every token through.
        private readonly KeyFilter _filter;

        // A node with fewer children (a phrase's next words: one or two, mostly) keeps one word of bits instead, a bit
        // per hash of a child's first character and length. The token after a phrase's first word is seldom the next
        // one, and each was lower-cased and hashed to say so: most of the lexicons' walks once the set had marked
        // their first words. All bits for a filtered node.
        private readonly ulong _fewKeys;

        /// <param name="keys">The children's keys, in the order of <paramref name="nodes"/>; the node keeps both arrays.</param>
        public Node(string[] keys, Node[] nodes, string? entry)
        {
            Entry = entry;
            HasChildren = keys.Length > 0;
            if (keys.Length >= FilteredChildren)
            {
                var table = keys.Zip(nodes, (key, node) => KeyValuePair.Create(key, node)).ToFrozenDictionary(StringComparer.Ordinal);
                _many = table.GetAlternateLookup<ReadOnlySpan<char>>();
                _filter = new KeyFilter(table.Keys);
                _fewKeys = ulong.MaxValue;
                return;
            }

            _fewKeyTexts = keys;
            _fewNodes = nodes;
            foreach (var key in _fewKeyTexts)
            {
                // A key whose first character is not ASCII can only be spelt by a token whose first is not (lower-casing
                // keeps ASCII ASCII), and MayBeFewKey lets every such token through: it needs no bit.
                if (key.Length > 0 && key[0] < 128)
                {
                    _fewKeys |= FewKeysBit(key[0], key.Length);
                }
            }
        }

        public string? Entry { get; }

        public bool HasChildren { get; }

        // The token in the keys' form, in a stack buffer: this runs for every token of every sentence, several
        // lexicons each, and a lower-cased string per look-up was most of the lexicons' garbage.
        public bool TryGetChild(ReadOnlySpan<char> text, [NotNullWhen(true)] out Node? child)
        {
            if (!MayBeFewKey(text) || !_filter.MayContain(text))
            {
                child = null;
                return false;
            }

            // Lower-case ASCII (most tokens) is already in the keys' form: no buffer to clear.
            if (Ascii.IsValid(text) && !text.ContainsAnyInRange('A', 'Z'))
            {
                return Find(text, out child);
            }

            var buffer = text.Length <= StackKeyLength ? stackalloc char[StackKeyLength] : new char[text.Length];
            return Find(KeyForm(text, buffer), out child);
        }

        public IEnumerable<string> Keys => _fewKeyTexts ?? (IEnumerable<string>)_many.Dictionary.Keys;

        private bool Find(ReadOnlySpan<char> key, [NotNullWhen(true)] out Node? child)
        {
            if (_fewKeyTexts is null)
            {
                return _many.TryGetValue(key, out child);
            }

            for (var i = 0; i < _fewKeyTexts.Length; i++)
            {
                if (key.SequenceEqual(_fewKeyTexts[i]))
                {
                    child = _fewNodes![i];
                    return true;
                }
            }

            child = null;
            return false;
        }

        // False only when the token is none of the children's keys: lower-casing keeps an ASCII first character ASCII
        // and the length the same.
        private bool MayBeFewKey(ReadOnlySpan<char> text) =>
            text.Length == 0 || text[0] >= 128 || (_fewKeys & FewKeysBit(char.ToLowerInvariant(text[0]), text.Length)) != 0;

        private static ulong FewKeysBit(char first, int length) =>
            1UL << (int)((((uint)first * 0x9E3779B1u) ^ ((uint)length * 0x85EBCA6Bu)) >> 26);
    }
}
