using System.Collections.Frozen;
using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// A one-word list looked up by a token's whole text, case-insensitively (the tokenizer has made a word's apostrophe
/// straight); unlike <see cref="Lexicon"/> it keeps clitic entries ("'ve", "'s") as one word.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;

    public WordSet(Lexicon lexicon)
        : this(lexicon?.Entries ?? throw new ArgumentNullException(nameof(lexicon)))
    {
    }

    private WordSet(IEnumerable<string> words) => _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first token of every entry: a cheap test of whether any entry can start at a token.</summary>
    public static WordSet FirstWordsOf(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return new WordSet(lexicon.Entries.Select(e => Tokenizer.Tokenize(e)[0].Text));
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _words.Contains(word);
    }
}
