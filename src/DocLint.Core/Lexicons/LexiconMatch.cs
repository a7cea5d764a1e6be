namespace DocLint.Lexicons;

/// <summary>A lexicon entry found at <see cref="Start"/> spanning <see cref="Length"/> tokens.</summary>
public sealed record LexiconMatch(int Start, int Length, string Entry)
{
    public int End => Start + Length;
}
