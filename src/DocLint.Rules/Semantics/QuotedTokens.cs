using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Rules.Semantics;

/// <summary>Which tokens of a sentence stand inside a direct quotation, a transcript turn or an embedded tweet
/// (<see cref="SpeakerTurns"/>).</summary>
internal readonly struct QuotedTokens
{
    // Per token; default (no array) in the three sentences in four that quote nothing.
    private readonly ImmutableArray<bool> _quoted;

    private QuotedTokens(ImmutableArray<bool> quoted) => _quoted = quoted;

    /// <summary>Reads the sentence's quotations once, token by token.</summary>
    public static QuotedTokens Read(Sentence sentence) => Read(sentence, SpeakerTurns.Read(sentence));

    /// <summary>Reads the sentence's quotations with the turns and tweets that overlap it, already read.</summary>
    public static QuotedTokens Read(Sentence sentence, ImmutableArray<TextSpan> turns)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Quotations.IsEmpty && turns.IsEmpty)
        {
            return default;
        }

        var tokens = sentence.Tokens;
        var quoted = ImmutableArray.CreateBuilder<bool>(tokens.Length);
        foreach (var token in tokens)
        {
            quoted.Add(sentence.IsQuoted(token.Span) || IsInAny(turns, token.Span));
        }

        return new(quoted.MoveToImmutable());
    }

    // A loop, not Any with a lambda: the lambda captured the token, a closure per token of every quoting sentence.
    private static bool IsInAny(ImmutableArray<TextSpan> turns, TextSpan span)
    {
        foreach (var turn in turns)
        {
            if (turn.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    public bool Any => !_quoted.IsDefault;

    public bool IsQuoted(int tokenIndex) => !_quoted.IsDefault && _quoted[tokenIndex];
}
