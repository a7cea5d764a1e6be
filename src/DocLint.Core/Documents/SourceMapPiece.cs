namespace DocLint.Documents;

/// <summary>
/// One piece of a <see cref="SourceMap"/>. When prose and source lengths agree the piece maps
/// character by character; otherwise (an escape, an entity, a placeholder for code) it is atomic.
/// </summary>
internal readonly record struct SourceMapPiece(int ProseStart, int ProseLength, int SourceStart, int SourceLength)
{
    public int ProseEnd => ProseStart + ProseLength;

    public int SourceEnd => SourceStart + SourceLength;

    public bool IsLinear => ProseLength == SourceLength;
}
