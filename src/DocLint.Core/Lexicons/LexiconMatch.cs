namespace DocLint.Lexicons;

/// <summary>A lexicon entry found at <see cref="Start"/> spanning <see cref="Length"/> tokens.</summary>
internal sealed record LexiconMatch(int Start, int Length, string Entry)
{
    public int End => Start + Length;

    /// <summary>True when the match shares a token with the tokens from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public bool Overlaps(int start, int end) => Start < end && start < End;
}
