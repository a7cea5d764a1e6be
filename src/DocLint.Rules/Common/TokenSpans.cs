using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Rules.Common;

internal static class TokenSpans
{
    /// <summary>The block prose span from token <paramref name="start"/> to token <paramref name="end"/> (exclusive).</summary>
    public static TextSpan Of(ReadOnlySpan<Token> tokens, int start, int end) =>
        TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);

    /// <summary>A word or an abbreviation ("U.S."): what a phrase of names and nouns is made of.</summary>
    public static bool IsWord(Token token) => token.Kind is TokenKind.Word or TokenKind.Abbreviation;

    /// <summary>
    /// The index of the token before a verb's auxiliaries and adverbs (class-verb-fillers: "I would add", "what some
    /// have described as"), or -1 when they open the sentence: the verb's subject or a modal's opener.
    /// </summary>
    public static int BeforeVerbFillers(ImmutableArray<Token> tokens, int verbIndex)
    {
        var index = verbIndex - 1;
        while (index >= 0 && tokens[index].IsWord && WordClasses.VerbFillers.Contains(tokens[index].Text))
        {
            index--;
        }

        return index;
    }

    /// <summary>The index of the sentence's first word (past opening quotes and dashes), or the token count if it has none.</summary>
    public static int FirstWord(ImmutableArray<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Length && !IsWord(tokens[i]))
        {
            i++;
        }

        return i;
    }

    /// <inheritdoc cref="Of(ReadOnlySpan{Token}, int, int)"/>
    public static TextSpan Of(ImmutableArray<Token> tokens, int start, int end) => Of(tokens.AsSpan(), start, end);

    public static string Lower(this Token token) => token.Text.ToLowerInvariant();

    /// <summary>The lower-cased text of a neighbour the caller has checked is there.</summary>
    public static string Lower(this Token? token) => token!.Value.Lower();

    public static Token? At(this IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count ? tokens[index] : null;

    // A sentence's tokens are an ImmutableArray: through IReadOnlyList each look-up boxed the array (the figure
    // finder alone asks for a few neighbours of every token). Inlined: the native profile put 0.7% of a plain-text
    // run's samples in this call itself, not inlined into its callers (perf36).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Token? At(this ImmutableArray<Token> tokens, int index) =>
        index >= 0 && index < tokens.Length ? tokens[index] : null;
}
