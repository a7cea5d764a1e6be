using System.Collections.Immutable;

namespace DocLint.Rules.Tests.Verification;

/// <summary>Test input with its markup removed: the text to analyze and the findings the markup expects.</summary>
public sealed record MarkupDocument(string Text, ImmutableArray<MarkedSpan> Expected);
