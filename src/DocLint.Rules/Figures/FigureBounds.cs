using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A bound that is a figure's own approximator: its first two words ("more than", "at least", "up to") or its first word
/// ("over", "under") in the given list. IncomeBounds and GroupBounds read their bounds this way, each with its own list.
/// </summary>
internal static class FigureBounds
{
    public static bool OpensWithBound(ImmutableArray<Token> tokens, int start, int end, WordClass bounds) =>
        (start + 1 < end && bounds.ContainsPhrase(tokens, start, start + 2)) || (tokens[start].IsWord && bounds.Contains(tokens[start].Text));
}
