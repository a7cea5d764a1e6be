using System.Collections.Frozen;
using DocLint.Lexicons;

namespace DocLint.Grammar;

/// <summary>
/// A one-word list looked up by a token's whole text, case-insensitively, with a typographic apostrophe read as a
/// straight one; unlike <see cref="Lexicon"/> it keeps clitic entries ("'ve", "'s") as one word.
/// </summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;

    public WordSet(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _words = lexicon.Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _words.Contains(word.Contains('\u2019', StringComparison.Ordinal) ? word.Replace('\u2019', '\'') : word);
    }
}
