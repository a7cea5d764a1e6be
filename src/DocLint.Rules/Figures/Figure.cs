namespace DocLint.Rules.Figures;

/// <summary>A figure found in a sentence: its token range (end exclusive).</summary>
internal sealed record Figure(int Start, int End);
