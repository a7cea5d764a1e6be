namespace DocLint.Text;

/// <summary>A zero-based, end-exclusive range of line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
