using System.Buffers;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>Whether a sentence says its source spoke on condition of anonymity, which keeps a role noun anonymous.</summary>
internal static class AnonymityReader
{
    // The markers are phrases found anywhere in the text ("anonymity" within "on condition of anonymity"), compared as
    // String.Contains with OrdinalIgnoreCase compares. Searched for all at once: one ordinal ignore-case search per
    // marker ran the runtime's scalar loop over the sentence each time (about 9,000 instructions a marker, 80,000 a
    // call, 1.5% of a plain-text lint, perf54); the set's vectorised search gives the same answer.
    private static readonly SearchValues<string> Markers =
        SearchValues.Create([.. WordClasses.AnonymityMarkers], StringComparison.OrdinalIgnoreCase);

    public static bool IsAnonymous(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.AsSpan().ContainsAny(Markers);
    }
}
