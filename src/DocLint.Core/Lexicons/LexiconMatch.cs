namespace DocLint.Lexicons;

/// <summary>A lexicon entry found at <see cref="Start"/> spanning <see cref="Length"/> tokens.</summary>
internal sealed record LexiconMatch(int Start, int Length, string Entry)
{
    public int End => Start + Length;
}
