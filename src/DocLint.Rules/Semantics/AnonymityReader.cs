using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>Whether a sentence says its source spoke on condition of anonymity, which keeps a role noun anonymous.</summary>
internal static class AnonymityReader
{
    // The markers are phrases found anywhere in the text ("anonymity" within "on condition of anonymity").
    public static bool IsAnonymous(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.AsSpan();
        foreach (var marker in WordClasses.AnonymityMarkers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
