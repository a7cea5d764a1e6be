using System.Collections.Immutable;

namespace DocLint.Rules.Figures;

/// <summary>A sentence's figures, kept on the analyzed document (its annotations hold reference types).</summary>
internal sealed record SentenceFigures(ImmutableArray<Figure> Figures);
