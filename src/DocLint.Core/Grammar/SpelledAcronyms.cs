using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Organisations' acronyms that spell a function word ("WHO", "IT"; rules/lexicons/grammar-spelled-acronyms.txt). The
/// tagger lowers every word, so "according to WHO" read the pronoun "who" (a wh-word, never a name) and the source went
/// unnamed. Written all in capitals in mixed-case prose such a word is the name; in a line of capitals ("WHO KNEW?")
/// or beside another word in capitals (shouting) it is still the word.
/// </summary>
internal static class SpelledAcronyms
{
    private static readonly FrozenSet<string> Words =
        Lexicon.ParseEntries(EmbeddedText.ReadCoreList("grammar-spelled-acronyms")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The word as written is one of the acronyms, in capitals: the rules' word classes and function-word tests read
    /// this half alone, as they are asked for a string with no sentence (WordClass.Contains says why that suffices).
    /// </summary>
    public static bool IsSpelled(string text) => IsSpelled(text.AsSpan());

    /// <summary>
    /// <see cref="IsSpelled(string)"/> of characters that are no string of their own: a plural's singular, which a word
    /// class looks up in place ("ITS" is asked as "IT").
    /// </summary>
    public static bool IsSpelled(ReadOnlySpan<char> text) => text.Length >= 2 && IsCapitals(text) && WordsBySpan.Contains(text);

    /// <summary>
    /// The sentence's tokens that are one of the acronyms standing as a name: in capitals, in a sentence that has a
    /// lower-case word, with no word in capitals beside it. One pass over the sentence, read by index after; asking
    /// each token found it scanned the sentence for a lower-case word once per token asked (mend46).
    /// </summary>
    public static SpelledAcronymNames In(ImmutableArray<Token> tokens)
    {
        List<int>? found = null;
        var hasLowerCaseWord = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            hasLowerCaseWord |= token.Text.Length > 0 && char.IsLower(token.Text[0]);
            if (IsSpelled(token.Text) && !IsShouted(tokens, i - 1) && !IsShouted(tokens, i + 1))
            {
                (found ??= []).Add(i);
            }
        }

        return hasLowerCaseWord && found is not null ? new SpelledAcronymNames([.. found]) : default;
    }

    // A neighbouring word of two or more capitals only ("WHO KNEW", "IT IS"); "COVID-19" or "U.S." beside it is no shouting.
    private static bool IsShouted(ImmutableArray<Token> tokens, int i) =>
        (uint)i < (uint)tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Text.Length >= 2 && IsCapitals(tokens[i].Text);

    private static bool IsCapitals(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
