using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.LanguageServer.Workspace;

/// <summary>
/// A sentence's tokens as a key: equal when every token has the same kind, text, length and offset from the
/// sentence's first token, which is all a sentence's grammar reads, wherever the sentence stands in its block.
/// </summary>
internal readonly struct SentenceTokens(ImmutableArray<Token> tokens) : IEquatable<SentenceTokens>
{
    private readonly ImmutableArray<Token> _tokens = tokens;

    private int Origin => _tokens.IsEmpty ? 0 : _tokens[0].Span.Start;

    public bool Equals(SentenceTokens other)
    {
        if (_tokens == other._tokens)
        {
            return true;
        }

        if (_tokens.Length != other._tokens.Length)
        {
            return false;
        }

        var origin = Origin;
        var otherOrigin = other.Origin;
        for (var i = 0; i < _tokens.Length; i++)
        {
            var token = _tokens[i];
            var otherToken = other._tokens[i];
            if (token.Kind != otherToken.Kind || token.Span.Start - origin != otherToken.Span.Start - otherOrigin
                || token.Span.Length != otherToken.Span.Length || !string.Equals(token.Text, otherToken.Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is SentenceTokens other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        var origin = Origin;
        foreach (var token in _tokens)
        {
            hash.Add(token.Kind);
            hash.Add(token.Span.Start - origin);
            hash.Add(token.Text, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
